#!/usr/bin/env python3
"""Builds the blind-ll sample set deterministically. Run: /work/main/.venv/bin/python build.py"""
import os, subprocess, random, io, glob
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import numpy as np
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", FD + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVM", FD + "DejaVuSansMono.ttf"))
TMP = "/tmp/author_ll"; os.makedirs(TMP, exist_ok=True)

def make_pdf(path, text, serif=False, size=10):
    """text markup: '=C ' centered bold, '=B ' bold, '=R ' right, '---' rule,
    '|| a || b' ruled label/value row, '<<PAGE>>' new page."""
    reg, bold = ("DVS", "DVSB") if serif else ("DV", "DVB")
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    W, H = letter
    L, R = 60, W - 60
    lh = size * 1.35
    for page in text.split("<<PAGE>>"):
        y = H - 60
        prev_tab = False
        for raw in page.strip("\n").split("\n"):
            if y < 60:
                c.showPage(); y = H - 60
            line = raw.rstrip()
            tab_run = prev_tab
            if not line.startswith("||") and prev_tab:
                y -= lh * 0.3
            prev_tab = line.startswith("||")
            if line.startswith("=C "):
                fs = size + 2
                while fs > 6 and pdfmetrics.stringWidth(line[3:], bold, fs) > R - L:
                    fs -= 0.5
                c.setFont(bold, fs); c.drawCentredString(W / 2, y, line[3:]); y -= lh * 1.2
            elif line.startswith("=B "):
                c.setFont(bold, size)
                for part in simpleSplit(line[3:], bold, size, R - L):
                    c.drawString(L, y, part); y -= lh
            elif line.startswith("=R "):
                c.setFont(reg, size); c.drawRightString(R, y, line[3:]); y -= lh
            elif line.strip() == "---":
                c.setLineWidth(1); c.line(L, y + lh * 0.4, R, y + lh * 0.4); y -= lh * 0.6
            elif line.startswith("||"):
                if not tab_run:
                    y -= lh * 0.35
                cells = [x.strip() for x in line[2:].split("||")]
                lab, val = cells[0], (cells[1] if len(cells) > 1 else "")
                mid = L + 175
                vparts = simpleSplit(val, reg, size, R - mid - 8) or [""]
                h = lh * len(vparts) + 6
                c.setLineWidth(0.8); c.rect(L, y - h + lh, R - L, h); c.line(mid, y - h + lh, mid, y + lh)
                c.setFont(bold, size - 1); c.drawString(L + 4, y - 1, lab)
                c.setFont(reg, size)
                yy = y - 1
                for p in vparts:
                    c.drawString(mid + 5, yy, p); yy -= lh
                y -= h
            elif line == "":
                y -= lh * 0.6
            else:
                c.setFont(reg, size)
                ind = len(line) - len(line.lstrip(" "))
                for part in simpleSplit(line.strip(), reg, size, R - L - ind * 4):
                    c.drawString(L + ind * 4, y, part); y -= lh
        c.showPage()
    c.save()

def render(pdf, dpi, tag):
    out = os.path.join(TMP, tag)
    for f in glob.glob(out + "-*.png"): os.remove(f)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf, out], check=True)
    return [Image.open(f).convert("L") for f in sorted(glob.glob(out + "-*.png"))]

def scanned(text, path, seed, rot_pages=(), serif=False):
    rnd = random.Random(seed); rs = np.random.RandomState(seed)
    src = os.path.join(TMP, os.path.basename(path) + ".src.pdf")
    make_pdf(src, text, serif=serif)
    pages = []
    for i, im in enumerate(render(src, 200, os.path.basename(path))):
        a = np.asarray(im).astype(np.float32)
        a = a * 0.86 + 22  # grey background
        a += rs.normal(0, 9, a.shape)
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        im = im.rotate(rnd.uniform(0.5, 1.8) * rnd.choice([-1, 1]), resample=Image.BICUBIC, expand=True, fillcolor=205)
        if i in rot_pages:
            im = im.rotate(rot_pages[i], expand=True)
        buf = io.BytesIO(); im.save(buf, "JPEG", quality=45); buf.seek(0)
        pages.append(Image.open(buf).convert("L"))
    pages[0].save(path, "PDF", save_all=True, append_images=pages[1:], resolution=200.0,
                  creationDate=None, modDate=None)

def fax(text, path, header, seed):
    rnd = random.Random(seed); rs = np.random.RandomState(seed)
    src = os.path.join(TMP, os.path.basename(path) + ".src.pdf")
    make_pdf(src, text)
    ims = render(src, 200, os.path.basename(path))
    f = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 22)
    out = []
    for i, im in enumerate(ims):
        im = im.rotate(rnd.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=255)
        d = ImageDraw.Draw(im)
        d.rectangle([0, 0, im.width, 40], fill=255)
        d.text((30, 10), header + f"   P.{i+1}/{len(ims)}", font=f, fill=0)
        a = np.asarray(im).astype(np.float32)
        a += rs.normal(0, 25, a.shape)
        b = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).point(lambda v: 255 if v > 150 else 0).convert("1")
        out.append(b)
    out[0].save(path, compression="group4", dpi=(200, 200), save_all=True, append_images=out[1:])

def png_of(text, seed, scale=1.0):
    src = os.path.join(TMP, "att%d.pdf" % seed)
    make_pdf(src, text)
    ims = render(src, 150, "att%d" % seed)
    buf = io.BytesIO(); ims[0].save(buf, "PNG", optimize=True); return buf.getvalue()

def pdf_bytes(text, name, serif=False):
    p = os.path.join(TMP, name); make_pdf(p, text, serif=serif); return open(p, "rb").read()
OUT = "/work/main/samples/blind_ll"
import json, email.utils
from email.message import EmailMessage
from email import policy
random.seed(20250311)

def E(id, fmt, template, ag, subjects, basis, ptype, form, purpose, recs, channel, attached=None):
    key, name, person, title, em, ph = ag
    ci = ptype in ("judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena")
    rec = {"id": id, "family": "blind-ll", "format": fmt, "template": template,
           "requestor": {"agency_key": key, "agency_name": name, "person": person, "title": title, "email": em, "phone": ph},
           "subjects": [{"name": n, "dob": d, "identifiers": [{"type": t, "value": v} for t, v in ids]} for n, d, ids in subjects],
           "legal_basis": [{"normalized": b} for b in basis],
           "legal_process": {"type": ptype, "court_issued": ci, "form": form},
           "warrant_or_subpoena_attached": (ptype != "none") if attached is None else attached,
           "purpose": purpose, "records_requested": recs, "channel": channel}
    with open(f"{OUT}/{id}.expected.json", "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=2)

def write_eml(id, msg):
    with open(f"{OUT}/{id}.eml", "wb") as f:
        f.write(msg.as_bytes(policy=policy.SMTP))

def mk(frm, to, subj, date, cc=None, mid=None):
    m = EmailMessage()
    m["From"] = frm; m["To"] = to
    if cc: m["Cc"] = cc
    m["Subject"] = subj; m["Date"] = date
    m["Message-ID"] = mid or f"<{abs(hash(subj)) % 10**9}.{len(subj)}@mail.example.gov>"
    return m

# ---------------- bll01: forwarded chain, MD MVA, ICE ERO, none ----------------
m = mk("Renee Whitfield <rwhitfield@mva.maryland.gov>", "MVA Records Disclosure <records.disclosure@mva.maryland.gov>",
       "FW: RE: Records request - 2 subjects", "Wed, 12 Mar 2025 08:02:41 -0400", mid="<bll01.a1@mva.maryland.gov>")
m.set_content("""Disclosure team,

This came into the Customer Service shared box on Tuesday. Marcus already told the officer we would route it. Please log it and let him know what you need from him (if anything). I have NOT sent anything.

Thanks,
Renee

Renee Whitfield
Customer Service Supervisor | Maryland Motor Vehicle Administration
6601 Ritchie Highway, N.E., Glen Burnie, MD 21062
410-555-0143

-----Original Message-----
From: Marcus Oyelaran <moyelaran@mva.maryland.gov>
Sent: Tuesday, March 11, 2025 11:37 AM
To: Lindqvist, Erik J <Erik.J.Lindqvist@ice.dhs.gov>
Cc: Renee Whitfield <rwhitfield@mva.maryland.gov>
Subject: RE: Records request - 2 subjects

Officer Lindqvist,

Thank you for your email. Customer Service cannot release record information. I am forwarding your request to our Records Disclosure section, who will contact you.

Regards,
Marcus Oyelaran
Customer Agent II, MVA Customer Service Center
410-555-0121

-----Original Message-----
From: Lindqvist, Erik J <Erik.J.Lindqvist@ice.dhs.gov>
Sent: Tuesday, March 11, 2025 9:14 AM
To: MVA Customer Service <mvacs@mva.maryland.gov>
Subject: Records request - 2 subjects

Good morning,

I am a Deportation Officer with U.S. Immigration and Customs Enforcement (ICE), Enforcement and Removal Operations (ERO), Baltimore Field Office. Pursuant to Title 8, United States Code, Section 1357, I am requesting the current address of record, most recent photograph, and any vehicles registered to the following individuals:

1. NÚÑEZ ORTEGA, José Antonio
   DOB: 04/17/1988
   A# 214-553-908

2. TRAN, Thi Mai
   DOB: 09/02/1991
   A# 209-417-662

This information is for official use only and will not be disseminated. Please reply to this email or call me at the number below.

V/r,

Erik J. Lindqvist
Deportation Officer
ICE/ERO Baltimore Field Office
31 Hopkins Plaza, Baltimore, MD 21201
Desk: (410) 555-0187
Erik.J.Lindqvist@ice.dhs.gov

WARNING: This email may contain information that is FOR OFFICIAL USE ONLY (FOUO). It is to be controlled, handled, transmitted, distributed and disposed of in accordance with DHS policy.
""")
write_eml("bll01", m)
E("bll01", "eml", "MVA customer service forwards ERO officer's email (two-level forward chain)",
  ("dhs-ice-ero", "ICE Enforcement and Removal Operations, Baltimore Field Office", "Erik J. Lindqvist", "Deportation Officer", "Erik.J.Lindqvist@ice.dhs.gov", "(410) 555-0187"),
  [("José Antonio Núñez Ortega", "1988-04-17", [("a_number", "A214553908")]),
   ("Thi Mai Tran", "1991-09-02", [("a_number", "A209417662")])],
  ["8 USC 1357"], "none", None, "civil_immigration", ["address", "photo", "vehicle"], "email")

# ---------------- bll02: CT State Police letter, born digital ----------------
t = """=C STATE OF CONNECTICUT
=C DEPARTMENT OF EMERGENCY SERVICES AND PUBLIC PROTECTION
=C DIVISION OF STATE POLICE — TROOP H, HARTFORD
=C 100 Washington Street, Hartford, CT 06106 · Tel. (860) 555-0110
Commissioner Ronald T. Haskell          Colonel Dawn E. Whitaker, Commanding Officer
---

February 27, 2025

Department of Motor Vehicles
Attn: Legal Services / Records Disclosure Unit
60 State Street
Wethersfield, CT 06161

RE: CFS 2500412876 — Larceny of a Motor Vehicle (C.G.S. § 53a-123)

To Whom It May Concern:

The Connecticut State Police, Troop H, is investigating the theft of a 2021 Toyota Tacoma reported stolen on February 19, 2025 by its owner, Mr. Harold Beaumont of West Hartford. The vehicle was later recovered by Pike's Towing & Recovery (operator Wayne Pike) in East Hartford with altered VIN plates. The altered VIN returns to a 2019 Toyota Tacoma registered jointly to Dariusz KOWALCZYK and Agnieszka Kowalczyk, with a lien held by Nutmeg State Federal Credit Union.

Mrs. Kowalczyk has been interviewed and is not a suspect at this time. In furtherance of this criminal investigation, and as permitted by C.G.S. § 14-10, I respectfully request the following records for the individual listed below:

|| Name || Dariusz KOWALCZYK
|| Date of Birth || March 4, 1987
|| CT Operator License || 147-392-008
|| Records requested || Registration and title history (all vehicles, 2019–present); license photograph; current and prior residential addresses

Please forward the records to my attention by e-mail or to the address above. Should you have questions, I can be reached at (860) 555-0113 or alicia.brennan@ct.gov.

Respectfully,

[signed]
Trooper First Class Alicia M. Brennan #1287
Troop H Criminal Investigations
Connecticut State Police

Reviewed: Sgt. Paul D. Ferraro, Troop H Supervisor

cc: Case file CFS 2500412876
"""
make_pdf(f"{OUT}/bll02.pdf", t)
E("bll02", "born_digital", "CT State Police letter on letterhead with commissioner/colonel printed; owner, co-owner, lienholder, tow operator named",
  ("state-police", "Connecticut State Police, Troop H", "Alicia M. Brennan", "Trooper First Class", "alicia.brennan@ct.gov", "(860) 555-0113"),
  [("Dariusz Kowalczyk", "1987-03-04", [("license", "147392008")])],
  ["CGS 53a-123", "CGS 14-10"], "none", None, "criminal_investigation", ["vehicle", "photo", "address"], "mail")

# ---------------- bll03: LA sheriff fax form ----------------
t = """=C ST. LANDRY PARISH SHERIFF'S OFFICE
=C Sheriff Bobby J. Guidry
=C Criminal Investigations Division · 1592 Creswell Lane, Opelousas, LA 70570
=C Phone (337) 555-0119 · Fax (337) 555-0120
---
=C LAW ENFORCEMENT REQUEST FOR DRIVER / VEHICLE INFORMATION
=C To: Office of Motor Vehicles — Law Enforcement Records, Baton Rouge · Fax (225) 555-0177
|| Date of request || 01/14/2025
|| Agency case / item no. || SLPSO 25-000318
|| Offense under investigation || Theft (La. R.S. 14:67); Illegal possession of stolen things (La. R.S. 14:69)
|| Subject name (Last, First, Middle) || IBÁÑEZ, Rolando
|| Date of birth || 11/23/1979
|| LA driver's license no. || 008812345
|| Plate / VIN (if known) || LA plate Y482193
|| Victim / complainant || Evangeline Farm Supply, Inc. (owner: Marcel Doucet)
=B Information requested (check all that apply):
[X] Driver's license history / status     [X] License photograph
[X] Registration / vehicles owned         [ ] Title history      [ ] Crash reports
[X] Address of record
=B Certification
I certify that this request is made by a law enforcement agency in carrying out its functions, as permitted by the Driver's Privacy Protection Act, 18 U.S.C. § 2721(b)(1), and that information received will be used only for that purpose.
|| Requesting officer (print) || Det. Sgt. Claude J. Thibodeaux
|| Badge / ID no. || 2217
|| Signature || C. J. Thibodeaux
|| Return fax / e-mail || (337) 555-0120 / cthibodeaux@stlandrysheriff.org
OMV USE ONLY:  Received ____  Processed by ____  Date ____
"""
fax(t, f"{OUT}/bll03.tif", "JAN-14-2025 14:22  FROM: SLPSO CID 3375550120  TO: 2255550177", 3)
E("bll03", "fax", "parish sheriff ruled fax form with check boxes, sheriff printed in header, victim business owner named",
  ("sheriff", "St. Landry Parish Sheriff's Office", "Claude J. Thibodeaux", "Detective Sergeant", "cthibodeaux@stlandrysheriff.org", "(337) 555-0119"),
  [("Rolando Ibáñez", "1979-11-23", [("license", "008812345")])],
  ["LA RS 14:67", "LA RS 14:69", "18 USC 2721"], "none", None, "criminal_investigation", ["license", "photo", "vehicle", "address"], "fax")

# ---------------- bll04: I-200 with cover letter, scanned, MA DOC ----------------
t = """=C U.S. Department of Homeland Security
=C U.S. Immigration and Customs Enforcement
=C Enforcement and Removal Operations — Boston Field Office
=C 1000 District Avenue, Burlington, MA 01803
Field Office Director: Marcos D. Charles-Hale
---
April 2, 2025

Massachusetts Department of Correction
Office of Records Management / Central Records
50 Maple Street, Milford, MA 01757

Re: WARSAME, Abdirahman Yusuf — DOB 06/14/1993 — A# 208 771 304 — MCI-Norfolk

Dear Records Officer:

Enclosed please find a Form I-200, Warrant for Arrest of Alien, for the above-named individual, who we understand is currently in Department of Correction custody at MCI-Norfolk. ICE requests that your office provide the subject's anticipated release date and the address of record that the subject has provided to the Department.

Please direct any questions to SDDO Kevin T. Marchetti at (781) 555-0164 or kevin.t.marchetti@ice.dhs.gov.

Sincerely,

for Marcos D. Charles-Hale, Field Office Director
Kevin T. Marchetti
Supervisory Detention and Deportation Officer

Enclosure: Form I-200 (1 page)
<<PAGE>>
=R OMB No. (none)
=C U.S. DEPARTMENT OF HOMELAND SECURITY
=C WARRANT FOR ARREST OF ALIEN
|| File No. || 208 771 304
|| Date || 03/31/2025
To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations

I have determined that there is probable cause to believe that  Abdirahman Yusuf WARSAME  is removable from the United States. This determination is based upon:
[ ] the execution of a charging document to initiate removal proceedings against the subject;
[X] the pendency of ongoing removal proceedings against the subject;
[ ] the failure to establish admissibility subsequent to deferred inspection;
[ ] biometric confirmation of the subject's identity and a records check of federal databases;
[ ] statements made voluntarily by the subject to an immigration officer.

YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality Act, the above-named alien.

(Signature of Authorized Immigration Officer)   P. Rinaldi
Paula Rinaldi, Supervisory Deportation Officer
(Printed Name and Title of Authorized Immigration Officer)

=B Certificate of Service
I hereby certify that the Warrant for Arrest of Alien was served by me at ____________ on ____________ (Name of Alien), and the contents of this notice were read to him or her in the ____________ language.
Form I-200 (Rev. 09/16)
"""
scanned(t, f"{OUT}/bll04.pdf", 4, rot_pages={1: 180})
E("bll04", "scanned", "ERO cover letter signed 'for' FOD + Form I-200 to state DOC, second page upside down",
  ("dhs-ice-ero", "ICE Enforcement and Removal Operations — Boston Field Office", "Kevin T. Marchetti", "Supervisory Detention and Deportation Officer", "kevin.t.marchetti@ice.dhs.gov", "(781) 555-0164"),
  [("Abdirahman Yusuf Warsame", "1993-06-14", [("a_number", "A208771304")])],
  ["INA 236", "INA 287", "8 CFR 287"], "administrative_warrant", "I-200", "civil_immigration", ["other", "address"], "mail")
# ---------------- bll05: eml + I-138 PDF, NH DMV ----------------
i138 = """=C DEPARTMENT OF HOMELAND SECURITY
=C IMMIGRATION ENFORCEMENT SUBPOENA
=C To Appear and/or Produce Records
|| Subpoena No. || ERO-BOS-2025-0417
|| To || Custodian of Records, New Hampshire Department of Safety, Division of Motor Vehicles, 23 Hazen Drive, Concord, NH 03305
By the authority of section 235(d)(4)(A) of the Immigration and Nationality Act, 8 U.S.C. § 1225(d)(4)(A), and 8 C.F.R. § 287.4, you are hereby commanded to produce the records described below, in connection with an investigation relating to the enforcement of the immigration laws, including the admissibility and removability of the persons named:

Produce: all records of driver licenses, non-driver identification cards, license photographs, residential and mailing addresses, and vehicle registrations for:
  1. PETRENKO, Oleksandr — DOB 02 Feb 1990 — NH license no. 19023847 — A# 220-145-731
  2. PETRENKO, Halyna Ivanivna — DOB 17 Oct 1992 — A# 220-145-732

Produce to: Deportation Officer Samira Haddad, ICE ERO Manchester, 275 Chestnut Street, Manchester, NH 03101, on or before April 25, 2025, 10:00 a.m.

Failure to comply with this subpoena may result in the Government seeking enforcement of the subpoena in a United States District Court.

|| Issuing officer (signature) || D. R. Kessler
|| Name and title || David R. Kessler, Assistant Field Office Director, ERO Boston
|| Date and place || 04/08/2025, Burlington, MA
Form I-138 (Rev. 10/10)
"""
m = mk("Haddad, Samira <Samira.Haddad@ice.dhs.gov>", "DMV Records Section <dmvrecords@dos.nh.gov>",
       "Immigration Enforcement Subpoena ERO-BOS-2025-0417", "Tue, 08 Apr 2025 15:20:09 -0400", mid="<bll05@ice.dhs.gov>")
m.set_content("""Hello,

Please find attached an Immigration Enforcement Subpoena (DHS Form I-138) for records held by the Division of Motor Vehicles regarding two individuals. Please produce the records listed in the subpoena by the date indicated. Electronic production to this address is acceptable.

Thank you for your assistance.

Samira Haddad
Deportation Officer
U.S. Immigration and Customs Enforcement
Enforcement and Removal Operations, Manchester NH Sub-Office
Office: 603-555-0139
Samira.Haddad@ice.dhs.gov
""")
m.add_attachment(pdf_bytes(i138, "bll05_att.pdf"), maintype="application", subtype="pdf", filename="I-138_ERO-BOS-2025-0417.pdf")
write_eml("bll05", m)
E("bll05", "eml", "ERO email with I-138 Immigration Enforcement Subpoena attached as PDF (district-court enforcement clause)",
  ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Manchester NH Sub-Office", "Samira Haddad", "Deportation Officer", "Samira.Haddad@ice.dhs.gov", "603-555-0139"),
  [("Oleksandr Petrenko", "1990-02-02", [("license", "19023847"), ("a_number", "A220145731")]),
   ("Halyna Ivanivna Petrenko", "1992-10-17", [("a_number", "A220145732")])],
  ["INA 235", "8 USC 1225", "8 CFR 287.4"], "administrative_subpoena", "I-138", "civil_immigration",
  ["license", "photo", "address", "vehicle"], "email")

# ---------------- bll06: AO 110 grand jury, DE, born digital ----------------
t = """=C U.S. Department of Justice
=C United States Attorney's Office, District of Delaware
=C Hercules Building, 1313 N. Market Street, Wilmington, DE 19801 · (302) 555-0160
---
May 6, 2025

VIA FEDEX
Custodian of Records
Delaware Division of Motor Vehicles
303 Transportation Circle, Dover, DE 19901

Re: Grand Jury Subpoena No. GJ-25-0193

Dear Custodian:

Enclosed is a subpoena issued by a federal grand jury sitting in the District of Delaware, which is conducting an investigation of possible violations of 18 U.S.C. §§ 1344 and 1028A. In lieu of appearing, you may comply by producing the records described in Attachment A, together with a completed certificate of authenticity, to Special Agent Brianne Kolodziej of the FBI, Baltimore Division, Wilmington Resident Agency.

You are requested not to disclose the existence of this subpoena, as disclosure could impede the investigation. Grand jury matters are subject to Fed. R. Crim. P. 6(e).

Very truly yours,

Rochelle A. Tennyson
Acting United States Attorney

By: /s/ Nathaniel P. Ostrowski
Nathaniel P. Ostrowski
Assistant United States Attorney
nathaniel.ostrowski@usdoj.gov · (302) 555-0162
<<PAGE>>
AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
=C UNITED STATES DISTRICT COURT
=C for the District of Delaware
=C SUBPOENA TO TESTIFY BEFORE A GRAND JURY
To: Custodian of Records, Delaware Division of Motor Vehicles, 303 Transportation Circle, Dover, DE 19901

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.
|| Place || J. Caleb Boggs Federal Building, 844 N. King Street, Wilmington, DE 19801 — Grand Jury Room 3B
|| Date and Time || 05/29/2025 9:30 am
You must also bring with you the following documents, electronically stored information, or objects (blank if not applicable): SEE ATTACHMENT A.

Date: 05/06/2025                       CLERK OF COURT
                                       /s/ Margaret L. Ocheltree
                                       Signature of Clerk or Deputy Clerk

The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are:
Nathaniel P. Ostrowski, AUSA, U.S. Attorney's Office, 1313 N. Market Street, Wilmington, DE 19801, nathaniel.ostrowski@usdoj.gov, (302) 555-0162
<<PAGE>>
=C ATTACHMENT A — Grand Jury Subpoena GJ-25-0193
For the period January 1, 2021 to the present, all records relating to:
  (a) Kwame OSEI-BONSU, date of birth October 30, 1984, Delaware driver license no. 1734829;
  (b) Lamar D. WHITCOMB, date of birth January 15, 1979;
including: driver license and identification card applications and all documents presented in support (identity documents, proof of residence); license photographs; all addresses of record; vehicle registration and title records.
"""
make_pdf(f"{OUT}/bll06.pdf", t, serif=True)
E("bll06", "born_digital", "AUSA cover letter (acting USA printed, AUSA signs 'By') + AO 110 + Attachment A, two subjects",
  ("doj-usao", "United States Attorney's Office, District of Delaware", "Nathaniel P. Ostrowski", "Assistant United States Attorney", "nathaniel.ostrowski@usdoj.gov", "(302) 555-0162"),
  [("Kwame Osei-Bonsu", "1984-10-30", [("license", "1734829")]), ("Lamar D. Whitcomb", "1979-01-15", [])],
  ["18 USC 1344", "18 USC 1028A", "FRCrP 6"], "grand_jury_subpoena", "AO 110", "criminal_investigation",
  ["license", "identity_documents", "photo", "address", "vehicle"], "mail")

# ---------------- bll07: txt TN DOC web portal submission ----------------
t = """TENNESSEE DEPARTMENT OF CORRECTION
Law Enforcement Information Request - Online Submission
Submission ID: LEIR-2025-004471
Submitted: 2025-02-18 16:42 CST
----------------------------------------------------------------
REQUESTING AGENCY: Metropolitan Nashville Police Department
DIVISION/UNIT: Homicide Unit
REQUESTER NAME: Antoine Rucker
RANK/TITLE: Detective
BADGE #: 4418
PHONE: 615-555-0172
EMAIL: antoine.rucker@nashville.gov
SUPERVISOR: Sgt. Lorraine Caffey
----------------------------------------------------------------
OFFENDER NAME: GAINES, Terrence Oliver
TDOC #: 00487213
DATE OF BIRTH: 07/09/1990
----------------------------------------------------------------
INFORMATION REQUESTED (select all):
 [x] Release address / residence on file
 [x] Assigned probation/parole officer
 [x] Visitor list
 [ ] Institutional photograph
 [ ] Disciplinary history
----------------------------------------------------------------
CASE NUMBER: 2025-0098312
OFFENSE: Aggravated assault, T.C.A. 39-13-102
NARRATIVE:
Gaines was released from TDOC custody 01/06/2025 and is a suspect in a shooting
on Dickerson Pike on 02/15/2025. Victim (Jerome Talley) is hospitalized. Gaines's
mother, Gloria Gaines, told patrol he no longer lives with her. Need the address he
gave at release, the visitor list from his last institution, and contact info for his
supervising officer (believed to be PO Kimberly Ashworth, Community Supervision,
Davidson Co.) so we can coordinate.
----------------------------------------------------------------
CERTIFICATION: I certify I am a sworn law enforcement officer and that this request
is made in connection with an official investigation. [x] I agree
"""
open(f"{OUT}/bll07.txt", "w", encoding="utf-8").write(t)
E("bll07", "txt", "TDOC online law-enforcement request submission; victim, mother, parole officer and supervisor named",
  ("local-police", "Metropolitan Nashville Police Department", "Antoine Rucker", "Detective", "antoine.rucker@nashville.gov", "615-555-0172"),
  [("Terrence Oliver Gaines", "1990-07-09", [("other", "00487213")])],
  ["TCA 39-13-102"], "none", None, "criminal_investigation", ["address", "other"], "email")

# ---------------- bll08: I-247A fax to KY DOC ----------------
t = """=C FAX TRANSMITTAL — ICE ERO LOUISVILLE
To: Kentucky State Reformatory — Records Office        Fax: 502-555-0150
From: SDDO Brandon K. Whitley                          Phone: 502-555-0108
Pages (incl. cover): 3      Re: Immigration detainer — GÓMEZ HERRERA, Luis Fernando
Please place the attached detainer in the inmate's file and serve a copy on the subject. Contact the number above with the projected release date.
CONFIDENTIALITY NOTICE: This facsimile may contain law enforcement sensitive information intended only for the named recipient.
<<PAGE>>
=C DEPARTMENT OF HOMELAND SECURITY
=C IMMIGRATION DETAINER — NOTICE OF ACTION
|| Subject ID || 398214776
|| Event # || LOU2503000114
|| File No. || 203 114 876
|| Date || March 18, 2025
|| TO (Name and Title of Institution — OR Any Subsequent Law Enforcement Agency) || Kentucky State Reformatory, 3001 W. Highway 146, La Grange, KY 40032
|| FROM (Department of Homeland Security Office Address) || ICE ERO Louisville, 601 W. Broadway, Louisville, KY 40202
|| Name of Alien || GÓMEZ HERRERA, Luis Fernando
|| Date of Birth || 05/28/1985        Nationality: Honduras        Sex: M
1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON:
[X] A final order of removal against the alien;
[ ] The pendency of ongoing removal proceedings against the alien;
[ ] Biometric confirmation of the alien's identity and a records check of federal databases;
[ ] Statements made by the alien to an immigration officer and/or other reliable evidence.
IT IS THEREFORE REQUESTED THAT YOU:
• Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody.
• Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody.
• Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.
This detainer arises from DHS authorities and should not impede the criminal process. It is issued pursuant to 8 U.S.C. §§ 1226 and 1357 and 8 C.F.R. §§ 236.1 and 287.7.
|| Name and title of Immigration Officer || Brandon K. Whitley, Supervisory Detention and Deportation Officer
|| Signature || B. K. Whitley
Form I-247A (3/17)
<<PAGE>>
=C NOTICE TO THE DETAINEE
The Department of Homeland Security (DHS) has placed an immigration detainer on you. An immigration detainer is a notice from DHS informing law enforcement agencies that DHS intends to assume custody of you after you otherwise would be released from custody. If you have a complaint regarding this detainer, contact the ICE Community and Detainee Helpline at 1-888-351-4024.
Inmate relative listed on intake for notification: Marisol Herrera (sister) — no action required.
"""
fax(t, f"{OUT}/bll08.tif", "03/18/2025 10:05  ICE ERO LOUISVILLE  5025550108 -> 5025550150", 8)
E("bll08", "fax", "faxed I-247A to state prison with cover sheet and detainee notice; sister named",
  ("dhs-ice-ero", "ICE ERO Louisville", "Brandon K. Whitley", "Supervisory Detention and Deportation Officer", None, "502-555-0108"),
  [("Luis Fernando Gómez Herrera", "1985-05-28", [("a_number", "A203114876")])],
  ["8 USC 1226", "8 USC 1357", "8 CFR 236.1", "8 CFR 287.7"], "detainer", "I-247A", "civil_immigration", ["other"], "fax")
# ---------------- bll09: PA search warrant, born digital ----------------
t = """=C COMMONWEALTH OF PENNSYLVANIA
=C COUNTY OF DAUPHIN
=C APPLICATION FOR SEARCH WARRANT AND AUTHORIZATION
|| Docket Number (Issuing Authority) || SW-12104-0031-2025
|| PSP Incident No. || PA2025-0217734
|| Affiant name || Tpr. Michael J. Kostelnik
|| Agency || Pennsylvania State Police, Troop H — Harrisburg, Criminal Investigation Unit
|| Phone number || 717-555-0124
|| Date of application || 03/03/2025
IDENTIFY ITEMS TO BE SEARCHED FOR AND SEIZED: Records maintained by the Pennsylvania Department of Transportation, Bureau of Driver Licensing and Bureau of Motor Vehicles, relating to Vasyl HNATYUK, DOB 12/08/1982, PA driver's license no. 29 384 756, consisting of: driver license photographs; application documents and identity documents presented; address history; vehicle registration and title records, 2022 to present.
SPECIFIC DESCRIPTION OF PREMISES AND/OR PERSON TO BE SEARCHED: PennDOT, Riverfront Office Center, 1101 S. Front Street, Harrisburg, PA 17104 (Custodian of Records).
NAME OF OWNER, OCCUPANT OR POSSESSOR OF SAID PREMISES: Commonwealth of Pennsylvania, Department of Transportation.
VIOLATION OF: 18 Pa.C.S. § 3921 (Theft by unlawful taking); 18 Pa.C.S. § 4101 (Forgery)        DATE OF VIOLATION: 01/2025
PROBABLE CAUSE BELIEF IS BASED UPON THE FOLLOWING FACTS AND CIRCUMSTANCES: See attached Affidavit of Probable Cause (2 pages). In summary: between January 6 and January 24, 2025, four vehicles were obtained from Keystone Auto Sales, Mechanicsburg (owner Ronald Shaffer) using forged titles; the purchaser presented a PA driver's license in the name of Vasyl Hnatyuk. Witness Denise Varga (sales manager) identified the purchaser from a photo array.
I, being duly sworn according to law, depose and say that there is probable cause to believe that certain property is evidence of or the fruit of a crime.
Signature of Affiant: M. J. Kostelnik          Sworn to and subscribed before me this 3rd day of March, 2025.
<<PAGE>>
=C SEARCH WARRANT
TO LAW ENFORCEMENT OFFICER: WHEREAS, facts have been sworn to or affirmed before me by written affidavit(s) attached hereto from which I have found probable cause, I do authorize you to search the above described premises or person, and to seize, secure, inventory, and make return according to the Pennsylvania Rules of Criminal Procedure, the items described above.
This Warrant shall be served as soon as practicable and shall be served only between the hours of 6 AM to 10 PM but in no event later than 2 days after issuance. (Pa.R.Crim.P. 203)
|| Issued under my hand this || 3rd day of March, 2025, at 2:15 PM
|| Signature of Issuing Authority || Helen R. Fasnacht
|| Title || Magisterial District Judge, Magisterial District 12-1-04
|| Seal || [SEAL]
Copy to: Tpr. M. J. Kostelnik; Cpl. Anthony Russo (Supervisor)
"""
make_pdf(f"{OUT}/bll09.pdf", t)
E("bll09", "born_digital", "PA Application for Search Warrant and Authorization (ruled), issued by magisterial district judge; victim dealer and witness named",
  ("state-police", "Pennsylvania State Police, Troop H — Harrisburg", "Michael J. Kostelnik", "Trooper", None, "717-555-0124"),
  [("Vasyl Hnatyuk", "1982-12-08", [("license", "29384756")])],
  ["18 PaCS 3921", "18 PaCS 4101", "PA CrimP 203"], "judicial_warrant", None, "criminal_investigation",
  ["photo", "identity_documents", "address", "vehicle", "license"], "mail")

# ---------------- bll10: DEA HTML-only email + DEA subpoena PDF ----------------
dea = """=C U.S. DEPARTMENT OF JUSTICE — DRUG ENFORCEMENT ADMINISTRATION
=C SUBPOENA
|| Subpoena No. || W3-25-118734
|| File No. / G-DEP || GS-25-0047 / XIKC1
|| To || Custodian of Records, West Virginia Division of Motor Vehicles, 5707 MacCorkle Ave SE, Charleston, WV 25304
By the service of this subpoena upon you, YOU ARE HEREBY REQUIRED to appear before Special Agent Roberto A. Castañeda, Drug Enforcement Administration, 300 Virginia Street East, Suite 3100, Charleston, WV 25301, on June 2, 2025 at 10:00 a.m., to give testimony and to produce the records described below in connection with an investigation under the Controlled Substances Act (21 U.S.C. § 801 et seq.), to wit: possession with intent to distribute methamphetamine, 21 U.S.C. § 841.

Records: Operator license records, photographs, residential addresses, and vehicle registrations, 2020 to present, for:
  MULLINS, Dwayne Everett — DOB 02/19/1986 — WV DL 5104283
  HATFIELD, Krystal Dawn — DOB 03/30/1992

In lieu of appearance, you may forward certified copies of the records to the agent named above.

This subpoena is issued pursuant to Title 21, United States Code, Section 876. In the case of contumacy or refusal to obey this subpoena, the Attorney General may invoke the aid of any court of the United States within the jurisdiction of which the investigation is carried on, and a United States District Court may issue an order requiring compliance (21 U.S.C. § 876(c)).
|| Issued by (signature) || P. L. Donnelly
|| Name / Title || Patrice L. Donnelly, Assistant Special Agent in Charge, Washington Division
|| Date || May 12, 2025
DEA Form 79 (example)
"""
m = mk("Castaneda, Roberto A. <Roberto.A.Castaneda@dea.gov>", "dmvlawenforcement@wv.gov",
       "DEA Subpoena W3-25-118734 - WV DMV", "Mon, 12 May 2025 13:05:52 -0400", cc="Hartley, June <June.Hartley@dea.gov>", mid="<bll10@dea.gov>")
m.set_content("""<html><body style="font-family:Calibri,sans-serif">
<p>Good afternoon,</p>
<p>Attached is a DEA administrative subpoena for <b>WV DMV records</b> on two individuals who are subjects of an ongoing drug trafficking investigation in Kanawha and Boone Counties. We are asking for license photos, addresses and any vehicles registered to them.</p>
<p>Certified copies can be e-mailed back to me. If a records certification form is needed, please send it and I'll have it filled out.</p>
<p>Thanks in advance,</p>
<p>Roberto A. Casta&ntilde;eda<br>Special Agent<br>U.S. Drug Enforcement Administration<br>Charleston Resident Office | Washington Division<br>Office: 304-555-0129 | Cell: 304-555-0130<br>
<a href="mailto:Roberto.A.Castaneda@dea.gov">Roberto.A.Castaneda@dea.gov</a></p>
<p style="font-size:8pt;color:#666">LAW ENFORCEMENT SENSITIVE: This message and any attachments are intended solely for the addressee.</p>
</body></html>""", subtype="html")
m.add_attachment(pdf_bytes(dea, "bll10_att.pdf"), maintype="application", subtype="pdf", filename="DEA_Subpoena_W3-25-118734.pdf")
write_eml("bll10", m)
E("bll10", "eml", "HTML-only DEA email with 21 USC 876 subpoena PDF attached (district court enforcement clause), cc'd analyst",
  ("doj-dea", "U.S. Drug Enforcement Administration, Charleston Resident Office", "Roberto A. Castañeda", "Special Agent", "Roberto.A.Castaneda@dea.gov", "304-555-0129"),
  [("Dwayne Everett Mullins", "1986-02-19", [("license", "5104283")]), ("Krystal Dawn Hatfield", "1992-03-30", [])],
  ["21 USC 801", "21 USC 841", "21 USC 876"], "administrative_subpoena", None, "criminal_investigation",
  ["license", "photo", "address", "vehicle"], "email")

# ---------------- bll11: NY court order, scanned ----------------
t = """=C KINGS COUNTY DISTRICT ATTORNEY'S OFFICE
=C DISTRICT ATTORNEY LORRAINE M. ESTEVEZ
=C 350 Jay Street, Brooklyn, New York 11201 · (718) 555-0100
Vehicular Crimes Bureau
---
9 January 2025

New York State Department of Motor Vehicles
Legal Bureau — Subpoena Compliance
6 Empire State Plaza, Albany, NY 12228

Re: People v. Van Thanh Nguyen, Ind. No. 01847-2024

Enclosed please find a certified copy of an Order of the Supreme Court, Kings County, directing production of the Department's records concerning the defendant. Kindly forward the certified records to the undersigned. Questions may be directed to me at (718) 555-0146 or liangr@brooklynda.org.

Very truly yours,
Rebecca Liang
Assistant District Attorney
<<PAGE>>
=C SUPREME COURT OF THE STATE OF NEW YORK
=C COUNTY OF KINGS: PART 31
THE PEOPLE OF THE STATE OF NEW YORK,
          -against-                                           Ind. No. 01847-2024
NGUYEN, Van Thanh,                                            ORDER
                    Defendant.
---
Upon the annexed affirmation of Assistant District Attorney Rebecca Liang, dated January 6, 2025, and upon all prior proceedings herein, and it appearing that the defendant is charged with Manslaughter in the Second Degree (Penal Law § 125.15) and Vehicular Manslaughter in the Second Degree (Penal Law § 125.12) arising from a collision on August 30, 2024 that caused the death of Ramona Pettiford, and that records of the New York State Department of Motor Vehicles are material and relevant to the prosecution;

IT IS HEREBY ORDERED that the New York State Department of Motor Vehicles produce to the Kings County District Attorney's Office, within twenty (20) days of service of this Order, certified copies of the following records pursuant to Vehicle and Traffic Law § 202: the complete driving abstract, license history and status, license photographs, and all addresses of record, for Van Thanh NGUYEN, date of birth 21 August 1995, NYS Client ID 731 204 588; and

IT IS FURTHER ORDERED that the records be delivered under seal and disclosed to the defense as required by CPL 245.20.

Witness Cheng Wei and the complainant's family shall not be served with this Order.

ENTER:
Hon. Arthur M. Feldstein, J.S.C.
Dated: Brooklyn, New York, January 8, 2025
"""
scanned(t, f"{OUT}/bll11.pdf", 11, rot_pages={0: 90})
E("bll11", "scanned", "ADA cover letter (DA printed on letterhead) + NY Supreme Court order for DMV records; first page rotated 90",
  ("district-attorney", "Kings County District Attorney's Office", "Rebecca Liang", "Assistant District Attorney", "liangr@brooklynda.org", "(718) 555-0146"),
  [("Van Thanh Nguyen", "1995-08-21", [("license", "731204588")])],
  ["NY PL 125.15", "NY PL 125.12", "NY VTL 202", "NY CPL 245.20"], "court_order", None, "criminal_investigation",
  ["other", "license", "photo", "address"], "mail")

# ---------------- bll12: txt MS sheriff web form, unknown purpose ----------------
t = """From: MDOC Web Forms <noreply@mdoc.ms.gov>
Subject: [Agency Inquiry] New submission #88214
Date: Thu, 23 Jan 2025 09:18:33 -0600

Mississippi Department of Corrections
Offender Records Inquiry (Agency Use)
=====================================

Agency name ........... Rankin County Sheriff's Department
Agency ORI ............ MS0610000
Requesting employee ... Deputy Travis Lee McNair
Title ................. Deputy / Civil Process Division
Phone ................. (601) 555-0152
E-mail ................ tmcnair@rankincounty.org

Offender name ......... Cedric Lamont Barnes
MDOC number ........... R4521
Date of birth ......... January 5, 1989

What do you need? ..... Current or last known address and release date.
Reason ................ Need to locate for service of papers, Chancery Court.

Acknowledgement: Records are released subject to the Mississippi Public Records
Act of 1983, Miss. Code Ann. § 25-61-5, and MDOC policy. [checked]
"""
open(f"{OUT}/bll12.txt", "w", encoding="utf-8").write(t)
E("bll12", "txt", "MDOC web-form notification e-mail pasted as text; deputy locating offender to serve civil papers",
  ("sheriff", "Rankin County Sheriff's Department", "Travis Lee McNair", "Deputy / Civil Process Division", "tmcnair@rankincounty.org", "(601) 555-0152"),
  [("Cedric Lamont Barnes", "1989-01-05", [("other", "R4521")])],
  ["MS Code 25-61-5"], "none", None, "unknown", ["address", "other"], "email")
# ---------------- bll13: AO 88B civil subpoena VT ----------------
t = """=C HOLBROOK & RAND PLLC
=C Attorneys at Law · 157 Bank Street, Suite 300 · Burlington, Vermont 05401
=C Tel. 802-555-0134 · www.holbrookrand.com
---
June 3, 2025

Vermont Department of Motor Vehicles
Attn: Records Request Unit
120 State Street, Montpelier, VT 05603

Re: Dufresne v. Green Mountain Freight Lines, LLC et al., No. 2:24-cv-00318

Dear Records Custodian:

This firm represents the plaintiff, Carole Ann Dufresne, in the above personal-injury action. Enclosed is a subpoena duces tecum for the driver record of defendant Bogdan Ilić. We understand that such records may be disclosed in connection with litigation under 23 V.S.A. § 104 and 18 U.S.C. § 2721(b)(4). A check for the statutory fee is enclosed.

Sincerely,
Jessamyn T. Holbrook
jholbrook@holbrookrand.com
cc: Owen M. Prescott, Esq. (counsel for defendants)
<<PAGE>>
AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of Premises in a Civil Action
=C UNITED STATES DISTRICT COURT
=C for the District of Vermont
Carole Ann Dufresne, Plaintiff  v.  Green Mountain Freight Lines, LLC and Bogdan Ilić, Defendants
Civil Action No. 2:24-cv-00318
=C SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS OR TO PERMIT INSPECTION OF PREMISES IN A CIVIL ACTION
To: Vermont Department of Motor Vehicles, Records Custodian, 120 State Street, Montpelier, VT 05603
[X] Production: YOU ARE COMMANDED to produce at the time, date, and place set forth below the following documents, electronically stored information, or objects, and to permit inspection, copying, testing, or sampling of the material: the complete driver record, license history (including commercial driver license endorsements and medical certifications), and address of record for Bogdan ILIĆ, date of birth April 11, 1977, Vermont license no. 58213994, for the period 2018 to present.
|| Place || Holbrook & Rand PLLC, 157 Bank Street, Suite 300, Burlington, VT 05401
|| Date and Time || 06/24/2025 10:00 am
The following provisions of Fed. R. Civ. P. 45 are attached – Rule 45(c), relating to the place of compliance; Rule 45(d), relating to your protection as a person subject to a subpoena; and Rule 45(e) and (g), relating to your duty to respond to this subpoena and the potential consequences of not doing so.
Date: 06/03/2025          CLERK OF COURT  OR  /s/ Jessamyn T. Holbrook, Attorney's signature
The name, address, e-mail address, and telephone number of the attorney representing Carole Ann Dufresne, who issues or requests this subpoena, are: Jessamyn T. Holbrook, Holbrook & Rand PLLC, 157 Bank Street, Suite 300, Burlington, VT 05401; jholbrook@holbrookrand.com; 802-555-0134
=B Notice to the person who issues or requests this subpoena
If this subpoena commands the production of documents, electronically stored information, or tangible things before trial, a notice and a copy of the subpoena must be served on each party in this case before it is served on the person to whom it is directed. Fed. R. Civ. P. 45(a)(4).
"""
make_pdf(f"{OUT}/bll13.pdf", t)
E("bll13", "born_digital", "plaintiff's attorney letter + AO 88B civil subpoena (personal-injury suit) to DMV",
  ("other", "Holbrook & Rand PLLC", "Jessamyn T. Holbrook", "Attorney for Plaintiff", "jholbrook@holbrookrand.com", "802-555-0134"),
  [("Bogdan Ilić", "1977-04-11", [("license", "58213994")])],
  ["23 VSA 104", "18 USC 2721", "FRCP 45"], "court_subpoena", "AO 88B", "unknown", ["license", "address", "other"], "mail")

# ---------------- bll14: long FBI chain to Maine BMV with JPEG ----------------
m = mk("Kayla Desjardins <Kayla.Desjardins@maine.gov>", "BMV Records Unit <bmv.records@maine.gov>",
       "FW: RE: FW: request - stalking investigation (FBI)", "Fri, 21 Feb 2025 10:47:15 -0500",
       cc="Nathan Pelletier <Nathan.Pelletier@maine.gov>", mid="<bll14.c@maine.gov>")
m.set_content("""Records Unit -

Forwarding the whole thread so you have the history. Agent Adeyemi says a grand jury subpoena is in the works but he is asking for the photo and address now. Per 29-A M.R.S. § 255 I told him we have to run it past you first. His plate photo is attached.

Kayla

Kayla Desjardins | Central Records Supervisor
Bureau of Motor Vehicles | Maine Department of the Secretary of State
29 State House Station, Augusta, ME 04333 | 207-555-0103

________________________________
From: Adeyemi, Oluwaseun (BS) (FBI) <oadeyemi@fbi.gov>
Sent: Friday, February 21, 2025 9:58 AM
To: Kayla Desjardins <Kayla.Desjardins@maine.gov>
Subject: RE: FW: request - stalking investigation

Ms. Desjardins,

Understood. To answer your questions: this is an active federal criminal investigation of interstate stalking (18 U.S.C. § 2261A). The victim, Brianna Cote, relocated from New Hampshire to Lewiston in December and the subject has followed her. We are working with the AUSA on process, but anything you can provide now (photo and residential address) would help us assess the threat.

Thanks,
Seun

SA Oluwaseun Adeyemi
FBI Boston Division | Portland Resident Agency
Desk 207-555-0176 | oadeyemi@fbi.gov

________________________________
From: Kayla Desjardins <Kayla.Desjardins@maine.gov>
Sent: Thursday, February 20, 2025 4:31 PM
To: Adeyemi, Oluwaseun (BS) (FBI) <oadeyemi@fbi.gov>
Subject: RE: FW: request - stalking investigation

Agent Adeyemi - Nathan passed your message to me. Can you tell me what the investigation concerns and whether there is a subpoena or warrant? - Kayla

________________________________
From: Nathan Pelletier <Nathan.Pelletier@maine.gov>
Sent: Thursday, February 20, 2025 2:10 PM
To: Kayla Desjardins <Kayla.Desjardins@maine.gov>
Subject: FW: request - stalking investigation

Kayla, this came to the general inbox. Yours? -N

________________________________
From: Adeyemi, Oluwaseun (BS) (FBI) <oadeyemi@fbi.gov>
Sent: Thursday, February 20, 2025 1:52 PM
To: BMV General Inbox <bmv.general@maine.gov>
Subject: request - stalking investigation

Hello,

I'm a Special Agent with the FBI in Portland. I need the license photo, current residential address, and registered vehicles for:

    Jordan Michael PRATT, DOB May 2, 1994, Maine credential # 1298734

He may be driving a gray Subaru Outback, plate in the attached photo taken by a witness (Ashley Gagnon).

Thank you,
SA Oluwaseun Adeyemi
FBI Portland RA
""")
im = Image.new("RGB", (480, 200), (90, 95, 100)); d = ImageDraw.Draw(im)
d.rectangle([90, 50, 390, 150], fill=(235, 235, 230)); d.text((150, 80), "MAINE  8512 WK", fill=(20, 40, 90), font=ImageFont.truetype(FD + "DejaVuSans-Bold.ttf", 26))
b = io.BytesIO(); im.save(b, "JPEG", quality=70)
m.add_attachment(b.getvalue(), maintype="image", subtype="jpeg", filename="IMG_4471.jpg")
write_eml("bll14", m)
E("bll14", "eml", "BMV supervisor forwards 4-message chain with FBI agent (victim and witness named), JPEG of plate",
  ("doj-fbi", "FBI Boston Division, Portland Resident Agency", "Oluwaseun Adeyemi", "Special Agent", "oadeyemi@fbi.gov", "207-555-0176"),
  [("Jordan Michael Pratt", "1994-05-02", [("license", "1298734")])],
  ["29-A MRS 255", "18 USC 2261A"], "none", None, "criminal_investigation", ["photo", "address", "vehicle"], "email")

# ---------------- bll15: RISP fax request form, 2 subjects ----------------
t = """=C RHODE ISLAND STATE POLICE
=C DETECTIVE BUREAU · 311 Danielson Pike, North Scituate, RI 02857
=C FAX COVER
|| TO || RI Division of Motor Vehicles — Operator Control / Records   FAX 401-555-0190
|| FROM || Det. Cpl. Liam F. O'Rourke   TEL 401-555-0158   FAX 401-555-0159
|| DATE || 10 Mar 2025
|| PAGES || 2 (including cover)
|| RE || RISP Case 25-1187-OF — request for DMV records
THIS FACSIMILE CONTAINS CONFIDENTIAL CRIMINAL JUSTICE INFORMATION. If received in error, notify the sender and destroy all copies.
<<PAGE>>
=C RHODE ISLAND STATE POLICE — REQUEST FOR DIVISION OF MOTOR VEHICLES RECORDS
|| Case number || 25-1187-OF
|| Offense(s) || Larceny (R.I. Gen. Laws § 11-41-1); Unauthorized use of a motor vehicle (R.I. Gen. Laws § 31-9-1)
=B SUBJECT 1
|| Name (Last, First M.) || DE LA CRUZ, Mateo
|| DOB || 09/14/1996
|| RI license no. || 3847261
=B SUBJECT 2
|| Name (Last, First M.) || SOUZA, Kevin A.
|| DOB || 12/03/1998
|| RI license no. || unknown
=B RECORDS REQUESTED
[X] Operator license record / status   [X] Digital photo   [X] Registrations   [X] Address history   [ ] Title
=B OTHER PERSONS (NOT SUBJECTS — do not search)
Registered co-owner of RI reg. 1KX-442: Maria de la Cruz. Insurer: Ocean State Insurance Agency (agent Pamela Ricci).
=B CERTIFICATION
Requested for use by a law enforcement agency in carrying out its functions (18 U.S.C. § 2721(b)(1)).
|| Requesting officer || Det. Cpl. Liam F. O'Rourke #442 — liam.orourke@risp.ri.gov
|| Approved (supervisor) || Lt. Denise Amaral, Detective Commander
"""
fax(t, f"{OUT}/bll15.tif", "2025-03-10 11:52 RISP DET BUREAU 401 555 0159", 15)
E("bll15", "fax", "RISP fax cover + ruled DMV request form with two subjects, co-owner and insurance agent listed as non-subjects, supervisor approval",
  ("state-police", "Rhode Island State Police, Detective Bureau", "Liam F. O'Rourke", "Detective Corporal", "liam.orourke@risp.ri.gov", "401-555-0158"),
  [("Mateo de la Cruz", "1996-09-14", [("license", "3847261")]), ("Kevin A. Souza", "1998-12-03", [])],
  ["RIGL 11-41-1", "RIGL 31-9-1", "18 USC 2721"], "none", None, "criminal_investigation",
  ["license", "photo", "vehicle", "address"], "fax")

# ---------------- bll16: I-205 + cover, NY DOCCS, born digital ----------------
t = """=C U.S. Immigration and Customs Enforcement
=C Enforcement and Removal Operations · Buffalo Field Office
=C 250 Delaware Avenue, Floor 7, Buffalo, NY 14202
Thomas E. Brandt, Field Office Director
---
May 19, 2025

NYS Department of Corrections and Community Supervision
Office of Classification and Movement
1220 Washington Avenue, Albany, NY 12226

SUBJECT: FARAH, Mohamed Abdullahi   DIN 19B2345   A# 099-556-231   DOB: 22 Nov 1987

The above-named inmate is subject to a final order of removal. A copy of the executed Warrant of Removal/Deportation (Form I-205) is enclosed. ICE respectfully requests (1) the subject's earliest release date, and (2) a copy of his DOCCS identification photograph and any passport or identity documents held in his property, so that travel documents may be obtained under 8 U.S.C. § 1231(a).

Please contact Deportation Officer Sean P. Gallagher at 716-555-0181 or sean.p.gallagher@ice.dhs.gov.

Sean P. Gallagher
Deportation Officer, for the Field Office Director
<<PAGE>>
=C U.S. Department of Homeland Security
=C WARRANT OF REMOVAL/DEPORTATION
|| File No. || A099 556 231
|| Date || 05/14/2025
To any immigration officer of the United States Department of Homeland Security:
Mohamed Abdullahi FARAH (Full name of alien), who entered the United States at New York, NY on 08/03/2009, is subject to removal/deportation from the United States, based upon a final order by:
[X] an immigration judge in exclusion, deportation, or removal proceedings
[ ] a designated official
[ ] the Board of Immigration Appeals
[ ] a United States District or Magistrate Court Judge
and pursuant to the following provisions of the Immigration and Nationality Act: section 237(a)(2)(A)(iii).
I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary of Homeland Security under the laws of the United States and by his or her direction, command you to take into custody and remove from the United States the above-named alien, pursuant to law, at the expense of the appropriation "Operations and Support".
|| Signature of immigration officer || T. E. Brandt
|| Title of immigration officer || Field Office Director, Buffalo
|| Date and office location || 05/14/2025, Buffalo, New York
Form I-205 (Rev. 08/01/07)
"""
make_pdf(f"{OUT}/bll16.pdf", t)
E("bll16", "born_digital", "ERO cover letter + I-205 (immigration-judge box ticked, district/magistrate judge box printed) to NY DOCCS",
  ("dhs-ice-ero", "ICE Enforcement and Removal Operations, Buffalo Field Office", "Sean P. Gallagher", "Deportation Officer", "sean.p.gallagher@ice.dhs.gov", "716-555-0181"),
  [("Mohamed Abdullahi Farah", "1987-11-22", [("a_number", "A099556231"), ("other", "19B2345")])],
  ["8 USC 1231", "INA 237"], "administrative_warrant", "I-205", "civil_immigration", ["other", "photo", "identity_documents"], "mail")
# ---------------- bll17: DOL OIG subpoena, scanned, AR ----------------
t = """=C U.S. Department of Labor
=C Office of Inspector General · Office of Investigations — Labor Racketeering and Fraud
=C 525 S. Griffin Street, Room 1120, Dallas, TX 75202
---
July 8, 2025

Custodian of Records
Arkansas Department of Finance and Administration
Office of Motor Vehicle / Office of Driver Services
1900 W. Seventh Street, Little Rock, AR 72201

Re: OIG Case No. 25-DAL-0311-UI

Enclosed please find an Inspector General subpoena duces tecum for driver license and identification records. The subpoena is issued in connection with a criminal investigation of unemployment insurance fraud involving identities used to file claims with the Arkansas Division of Workforce Services (violations of 18 U.S.C. §§ 1343 and 1028A). Please produce responsive records to me at the e-mail below.

Danielle Merriweather
Special Agent
merriweather.danielle@oig.dol.gov · 972-555-0131
<<PAGE>>
=C UNITED STATES OF AMERICA
=C DEPARTMENT OF LABOR — OFFICE OF INSPECTOR GENERAL
=C SUBPOENA DUCES TECUM
TO: Custodian of Records, Arkansas Department of Finance and Administration, Office of Motor Vehicle, 1900 W. Seventh Street, Little Rock, AR 72201

YOU ARE HEREBY COMMANDED to produce the documents described below to Special Agent Danielle Merriweather, DOL-OIG, at the address above, on or before August 1, 2025:

Driver license and identification card records, including application documents, photographs, and all addresses of record, for:
  1. Tremaine J. PRUITT, DOB 05/05/1990
  2. Ngozi Adaeze OKAFOR, DOB 07/19/1988
  3. Alejandro IBÁÑEZ SOTO, DOB 02/14/1985

This subpoena is issued under the authority of the Inspector General Act of 1978, as amended, 5 U.S.C. § 406(a)(4). In the event of failure to comply, the Inspector General may seek enforcement of this subpoena by order of any appropriate United States District Court.

IN TESTIMONY WHEREOF, the undersigned Inspector General has hereunto set his hand this 7th day of July, 2025.

Roland K. Tisdale
Inspector General, U.S. Department of Labor
"""
scanned(t, f"{OUT}/bll17.pdf", 17)
E("bll17", "scanned", "DOL-OIG agent cover letter + IG subpoena duces tecum (IG signs, district-court enforcement clause), three subjects",
  ("dol-oig", "U.S. Department of Labor, Office of Inspector General", "Danielle Merriweather", "Special Agent", "merriweather.danielle@oig.dol.gov", "972-555-0131"),
  [("Tremaine J. Pruitt", "1990-05-05", []), ("Ngozi Adaeze Okafor", "1988-07-19", []), ("Alejandro Ibáñez Soto", "1985-02-14", [])],
  ["18 USC 1343", "18 USC 1028A", "5 USC 406"], "administrative_subpoena", None, "criminal_investigation",
  ["license", "identity_documents", "photo", "address"], "mail")

# ---------------- bll18: Burlington VT PD multipart/alternative ----------------
m = mk("Raman, Priya <praman@bpdvt.org>", "DMV Enforcement & Safety <dmv.records@vermont.gov>",
       "Hit & run 25BU004417 - owner info / photo", "Sat, 15 Mar 2025 22:13:04 -0400", mid="<bll18@bpdvt.org>")
plain = """Hi all,

Working a hit and run from tonight (Pine St at Maple, approx 1930 hrs). Pedestrian Eleanor Whitby was struck and transported to UVMMC. Witness Marco Bellini got a partial plate and the vehicle comes back to:

Ahmed Hassan NUR, DOB 03/27/1984, 44 ___ St, Winooski

Can you send me his license photo and any other vehicles registered to him, plus any newer address? We're looking at leaving the scene, 23 V.S.A. § 1128.

Thanks!
Ofc. Priya Raman #317
Burlington Police Department
1 North Avenue, Burlington VT 05401
(802) 555-0167 | praman@bpdvt.org
"""
m.set_content(plain)
m.add_alternative("<html><body>" + "".join(f"<p>{l}</p>" if l else "<br>" for l in plain.replace("&", "&amp;").split("\n")) + "</body></html>", subtype="html")
write_eml("bll18", m)
E("bll18", "eml", "informal multipart/alternative email from city officer, victim and witness named",
  ("local-police", "Burlington Police Department", "Priya Raman", "Officer", "praman@bpdvt.org", "(802) 555-0167"),
  [("Ahmed Hassan Nur", "1984-03-27", [])],
  ["23 VSA 1128"], "none", None, "criminal_investigation", ["photo", "vehicle", "address"], "email")

# ---------------- bll19: MD search warrant, born digital ----------------
t = """=C IN THE DISTRICT COURT OF MARYLAND FOR BALTIMORE COUNTY
=C SEARCH AND SEIZURE WARRANT
|| Warrant No. || 25-SW-0884
|| BCoPD CC# || 25-041-00772
STATE OF MARYLAND, BALTIMORE COUNTY, to wit:
TO: Any Police Officer of Baltimore County, Maryland, Greetings:

WHEREAS, it appears to me, the subscriber, Judge of the District Court of Maryland for Baltimore County, by the written application and affidavit of Detective Shannon E. Mulvaney #5523, Baltimore County Police Department, Burglary Unit, which is incorporated herein and made a part hereof, that there is probable cause to believe that evidence of violations of Md. Code Ann., Crim. Law § 6-202 (burglary in the first degree) and § 7-104 (theft) is presently concealed at the premises described below;

YOU ARE HEREBY COMMANDED, pursuant to Criminal Procedure Article, § 1-203, Annotated Code of Maryland, with the necessary and proper assistance, to search the premises and records custodian of the Maryland Motor Vehicle Administration, 6601 Ritchie Highway, N.E., Glen Burnie, Maryland 21062, for the following records:
  (1) Marek ZIELIŃSKI, date of birth 1981-07-07 — license photographs, address history, and vehicle title and registration records, 2023 to present;
  (2) Tomasz WRÓBEL, date of birth 1983-11-29 — license photographs, address history, and vehicle title and registration records, 2023 to present;
and to seize such records; and to make return of this warrant with an inventory within ten (10) days of its execution as required by Maryland Rule 4-601.

Victims of the reported burglaries (residences of Gerald and Nancy Pfeiffer, Towson, and of Dr. Imani Okoro, Lutherville) shall not be identified in any return to the MVA.

Issued this 19th day of March, 2025, at 11:40 o'clock a.m.

Cynthia R. Abernathy
Judge, District Court of Maryland
District 8, Baltimore County
---
Applicant: Det. Shannon E. Mulvaney #5523 · Baltimore County Police Department, 700 E. Joppa Road, Towson, MD 21286 · 410-555-0198 · smulvaney@baltimorecountymd.gov
"""
make_pdf(f"{OUT}/bll19.pdf", t, serif=True)
E("bll19", "born_digital", "Maryland District Court search and seizure warrant for MVA records, two subjects, victims named",
  ("local-police", "Baltimore County Police Department", "Shannon E. Mulvaney", "Detective", "smulvaney@baltimorecountymd.gov", "410-555-0198"),
  [("Marek Zieliński", "1981-07-07", []), ("Tomasz Wróbel", "1983-11-29", [])],
  ["MD CR 6-202", "MD CR 7-104", "MD CP 1-203", "MD Rule 4-601"], "judicial_warrant", None, "criminal_investigation",
  ["photo", "address", "vehicle"], "mail")

# ---------------- bll20: message/rfc822 attached, USMS to DE DOC ----------------
inner = mk("Blackwood, Corey (USMS) <Corey.Blackwood@usdoj.gov>", "Warden's Office JTVCC <jtvcc.warden@delaware.gov>",
           "Fugitive locate - TILLERY, Jamal Rashad", "Mon, 07 Apr 2025 08:31:20 -0400", mid="<bll20.inner@usdoj.gov>")
inner.set_content("""Good morning,

The U.S. Marshals Service, District of Delaware, is attempting to locate and apprehend Jamal Rashad TILLERY (DOB 10/02/1991, SBI# 00712345), a former JTVCC inmate. He is wanted on a federal arrest warrant for violation of supervised release (18 U.S.C. § 3583) and on a Delaware Superior Court capias for possession of a firearm by a person prohibited, 11 Del. C. § 1448.

We are requesting: his release address and approved residence, any phone numbers on file, his approved visitor list, and his most recent booking photo. We understand his Probation Officer is Nadine Hollis (Probation & Parole, New Castle), and his girlfriend Tasha Greene visited regularly; neither is a subject.

Thank you for any help you can provide.

Corey J. Blackwood
Deputy U.S. Marshal
U.S. Marshals Service - District of Delaware | Fugitive Task Force
J. Caleb Boggs Federal Building, Wilmington, DE
Office: 302-555-0115 | Cell: 302-555-0116
Corey.Blackwood@usdoj.gov
""")
m = mk("Yolanda Pierce <Yolanda.Pierce@delaware.gov>", "DOC Central Records <doc.centralrecords@delaware.gov>",
       "Fwd: Fugitive locate - TILLERY, Jamal Rashad", "Mon, 07 Apr 2025 10:02:55 -0400", mid="<bll20.outer@delaware.gov>")
m.set_content("""Records -

The Marshals request below came to the Warden's box at JTVCC and was sent to me. Original is attached. Please log and process per policy; let me know if you need me to call DUSM Blackwood.

Yolanda Pierce
Records Supervisor, Central Offender Records
Delaware Department of Correction
245 McKee Road, Dover, DE 19904 | 302-555-0109
""")
m.add_attachment(inner, filename="Fugitive locate - TILLERY.eml")
write_eml("bll20", m)
E("bll20", "eml", "DOC records supervisor forwards Marshals request as attached message/rfc822; PO and girlfriend named",
  ("doj-usms", "U.S. Marshals Service - District of Delaware", "Corey J. Blackwood", "Deputy U.S. Marshal", "Corey.Blackwood@usdoj.gov", "302-555-0115"),
  [("Jamal Rashad Tillery", "1991-10-02", [("other", "00712345")])],
  ["18 USC 3583", "11 Del C 1448"], "none", None, "criminal_investigation", ["address", "phone", "other", "photo"], "email")
# ---------------- bll21: txt HSI ticket KY ----------------
t = """KYTC Division of Driver Licensing - Service Ticket #DL-2025-061934
Queue: LAW ENFORCEMENT / DPPA
Opened: 4/22/2025 8:05 AM  Channel: E-mail (converted)
Assigned: R. Hensley
--------------------------------------------------------------------------
Original message:

From: Le, Thu Trang <Thu.Trang.Le@ice.dhs.gov>
To: KYTC Driver Licensing <kytc.driverlicense@ky.gov>
Subject: HSI Louisville - records request (8 USC 1324)

Good morning,

HSI Louisville is conducting a criminal investigation into alien smuggling and
harboring (8 U.S.C. § 1324) involving a nail-salon network in Jefferson and Fayette
counties. I am requesting operator license/ID information, photographs,
addresses of record and registered vehicles for:

  PHAM, Van Duc          DOB 01/12/1980
  LE, Quoc Hung          DOB 06/30/1977

Note: the salon's landlord, Mr. Gary Whitlock, and the complaining witness are not
subjects of this request. Information will be used solely for this criminal
investigation.

Respectfully,

Thu Trang Le
Special Agent
Homeland Security Investigations (HSI) Louisville
Office of the Special Agent in Charge New Orleans
Desk: (502) 555-0135 | Cell: (502) 555-0136
--------------------------------------------------------------------------
Internal note (R. Hensley): forwarded to Legal for review, 4/22.
"""
open(f"{OUT}/bll21.txt", "w", encoding="utf-8").write(t)
E("bll21", "txt", "service-desk ticket text containing HSI agent's email (criminal smuggling investigation), landlord named",
  ("dhs-ice-hsi", "Homeland Security Investigations (HSI) Louisville", "Thu Trang Le", "Special Agent", "Thu.Trang.Le@ice.dhs.gov", "(502) 555-0135"),
  [("Van Duc Pham", "1980-01-12", []), ("Quoc Hung Le", "1977-06-30", [])],
  ["8 USC 1324"], "none", None, "criminal_investigation", ["license", "photo", "address", "vehicle"], "email")

# ---------------- bll22: TN criminal subpoena duces tecum ----------------
t = """=C IN THE CRIMINAL COURT FOR SHELBY COUNTY, TENNESSEE
=C THIRTIETH JUDICIAL DISTRICT AT MEMPHIS
STATE OF TENNESSEE
v.                                                   Indictment No. 24-03817
DEANDRE MARQUISE HOLLOWAY                           Division 9
=C SUBPOENA DUCES TECUM
TO: Custodian of Records, Tennessee Department of Correction, Rachel Jackson Building, 320 Sixth Avenue North, Nashville, TN 37243

YOU ARE HEREBY COMMANDED to appear before the Criminal Court of Shelby County, 201 Poplar Avenue, Memphis, Tennessee, on the 14th day of July, 2025, at 9:00 a.m., to testify on behalf of the STATE, and to bring with you the following:

Certified copies of all visitation logs, approved visitor lists, recorded inmate telephone call records and call detail reports, for inmate Deandre Marquise HOLLOWAY, TDOC #00512938, DOB 04/04/1996, for the period January 1, 2024 through the present.

Records may be produced in lieu of personal appearance with an affidavit of the custodian pursuant to T.C.A. § 40-17-123 and Tenn. R. Crim. P. 17.

The defendant is charged with First Degree Murder, T.C.A. § 39-13-202, in the death of Courtney Barlow. Visitors including Loretta Holloway (mother) are not subjects of this subpoena.

Issued at the request of:
Priscilla Okonkwo-Hart, Assistant District Attorney General
Office of the District Attorney General, 30th Judicial District
201 Poplar Avenue, Suite 11-01, Memphis, TN 38103
(901) 555-0145 · priscilla.okonkwo-hart@scdag.tn.gov

Issued this 16th day of June, 2025.
WANDA J. TOLLIVER, Criminal Court Clerk
By: R. Battle, Deputy Clerk
[SEAL]
"""
make_pdf(f"{OUT}/bll22.pdf", t, serif=True)
E("bll22", "born_digital", "Tennessee criminal court subpoena duces tecum for prison visitation/phone records issued by clerk at ADA's request",
  ("district-attorney", "Office of the District Attorney General, 30th Judicial District", "Priscilla Okonkwo-Hart", "Assistant District Attorney General", "priscilla.okonkwo-hart@scdag.tn.gov", "(901) 555-0145"),
  [("Deandre Marquise Holloway", "1996-04-04", [("other", "00512938")])],
  ["TCA 40-17-123", "TN CrimP 17", "TCA 39-13-202"], "court_subpoena", None, "criminal_investigation", ["other", "phone"], "mail")

# ---------------- bll23: CBP 3115 summons fax, MS ----------------
t = """=C U.S. CUSTOMS AND BORDER PROTECTION — PORT OF GULFPORT
=C Port Director Raymond T. Castille · 1306 Hewes Avenue, Gulfport, MS 39507
FAX TO: MS Dept. of Public Safety — Driver Service Bureau, Records (601) 555-0126
FROM: SCBPO Lucía Paredes, (228) 555-0161, lucia.paredes@cbp.dhs.gov
Date: 2025-05-27      Pages: 2
Attached summons requires production of records. Please call with any questions.
<<PAGE>>
=C DEPARTMENT OF HOMELAND SECURITY
=C U.S. CUSTOMS AND BORDER PROTECTION
=C SUMMONS
|| To || Custodian of Records, Mississippi Department of Public Safety, Driver Service Bureau, 1900 E. Woodrow Wilson Ave., Jackson, MS 39216
|| Summons No. || GPT-2025-0088
In the matter of: an inquiry into the importation of merchandise contrary to law by Gulf Coast Marine Imports LLC (18 U.S.C. § 545).
By the service of this summons, you are hereby required to produce before Supervisory CBP Officer Lucía Paredes, at 1306 Hewes Avenue, Gulfport, MS 39507, on June 16, 2025, at 10:00 a.m., the following records: driver license records, photographs, addresses of record, and vehicle registrations for BENÍTEZ SALAZAR, Arturo, DOB 1976-10-08, MS driver license 801234567.
This summons is issued pursuant to 19 U.S.C. § 1509. Failure to comply with this summons will render you liable to proceedings in a United States District Court to enforce compliance with this summons as well as other sanctions (19 U.S.C. § 1510).
|| Signature of issuing officer || L. Paredes
|| Name and title || Lucía Paredes, Supervisory CBP Officer
|| Date || 05/27/2025
DHS Form 3115 (9/06)
"""
fax(t, f"{OUT}/bll23.tif", "MAY 27 2025 15:08  CBP GULFPORT  228-555-0162", 23)
E("bll23", "fax", "faxed CBP Form 3115 summons (19 USC 1509, district court enforcement) with port director printed on cover",
  ("dhs-cbp", "U.S. Customs and Border Protection — Port of Gulfport", "Lucía Paredes", "Supervisory CBP Officer", "lucia.paredes@cbp.dhs.gov", "(228) 555-0161"),
  [("Arturo Benítez Salazar", "1976-10-08", [("license", "801234567")])],
  ["18 USC 545", "19 USC 1509", "19 USC 1510"], "administrative_subpoena", "3115", "criminal_investigation",
  ["license", "photo", "address", "vehicle"], "fax")

# ---------------- bll24: AO 93 scanned + FBI cover ----------------
t = """=C U.S. Department of Justice
=C Federal Bureau of Investigation · Louisville Field Office
=C 12401 Sycamore Station Place, Louisville, KY 40299
---
June 10, 2025

Kentucky Transportation Cabinet
Division of Driver Licensing / Division of Motor Vehicle Licensing
200 Mero Street, Frankfort, KY 40622

Dear Custodian of Records:

Attached is a federal search and seizure warrant issued by a United States Magistrate Judge for the Western District of Kentucky, authorizing the search of records maintained by the Cabinet. Please provide the records described in Attachment B to the undersigned. Kristina M. Mattingly, the registered co-owner of one of the vehicles, is not a subject of the warrant.

Ethan R. Vasquez, Special Agent
502-555-0193 · ervasquez@fbi.gov
<<PAGE>>
AO 93 (Rev. 11/13) Search and Seizure Warrant
=C UNITED STATES DISTRICT COURT
=C for the Western District of Kentucky
In the Matter of the Search of Records maintained by the Kentucky Transportation Cabinet relating to Travis Wayne Mattingly          Case No. 3:25-mj-00214
=C SEARCH AND SEIZURE WARRANT
To: Any authorized law enforcement officer
An application by a federal law enforcement officer or an attorney for the government requests the search of the following person or property located in the Western District of Kentucky: see Attachment A.
I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the person or property described above, and that such search will reveal: see Attachment B.
YOU ARE COMMANDED to execute this warrant on or before June 23, 2025 (not to exceed 14 days) [X] in the daytime 6:00 a.m. to 10:00 p.m.
The officer executing this warrant, or an officer present during the execution of the warrant, must prepare an inventory as required by law and promptly return this warrant and inventory to the United States Magistrate Judge on duty.
[ ] Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result listed in 18 U.S.C. § 2705 (except for delay of trial).
Date and time issued: 06/09/2025 3:10 pm        Judge's signature: Colleen M. Brandeis
City and state: Louisville, Kentucky            Hon. Colleen M. Brandeis, United States Magistrate Judge
<<PAGE>>
=C ATTACHMENT A — Property to be searched
Records maintained by the Kentucky Transportation Cabinet, 200 Mero Street, Frankfort, KY 40622.
=C ATTACHMENT B — Items to be seized
All records relating to Travis Wayne MATTINGLY, DOB December 1, 1989, KY operator license no. 412870395, from January 1, 2023 to the present, that constitute evidence of violations of 18 U.S.C. § 2113(a) (bank robbery): license and ID applications, photographs, addresses of record, and vehicle registration and title records.
"""
scanned(t, f"{OUT}/bll24.pdf", 24, rot_pages={1: 180})
E("bll24", "scanned", "FBI cover letter + AO 93 search and seizure warrant + attachments; co-owner named; page 2 upside down",
  ("doj-fbi", "Federal Bureau of Investigation, Louisville Field Office", "Ethan R. Vasquez", "Special Agent", "ervasquez@fbi.gov", "502-555-0193"),
  [("Travis Wayne Mattingly", "1989-12-01", [("license", "412870395")])],
  ["18 USC 3103a", "18 USC 2705", "18 USC 2113"], "judicial_warrant", "AO 93", "criminal_investigation",
  ["license", "photo", "address", "vehicle"], "mail")
# ---------------- bll25: WV circuit court order ----------------
t = """=C OFFICE OF THE PROSECUTING ATTORNEY OF KANAWHA COUNTY
=C Dolores A. Kincaid, Prosecuting Attorney
=C 301 Virginia Street East, Charleston, WV 25301 · (304) 555-0170
---
August 4, 2025
West Virginia Division of Corrections and Rehabilitation
Office of Records Management, 1409 Greenbrier Street, Charleston, WV 25311

Please find enclosed an Order of the Circuit Court of Kanawha County directing production of inmate records. Kindly direct the records and any questions to me.

Meredith S. Grayson, Assistant Prosecuting Attorney
mgrayson@kanawhacountywv.gov · (304) 555-0172
<<PAGE>>
=C IN THE CIRCUIT COURT OF KANAWHA COUNTY, WEST VIRGINIA
STATE OF WEST VIRGINIA,
     v.                                         Case Nos. 24-F-512 and 24-F-513
RUSSELL DEAN CALLAHAN and
BILLY RAY SIZEMORE,
     Defendants.
=C ORDER FOR PRODUCTION OF RECORDS
On this day came the State of West Virginia, by Assistant Prosecuting Attorney Meredith S. Grayson, upon its motion pursuant to Rule 17(c) of the West Virginia Rules of Criminal Procedure for production of records of the West Virginia Division of Corrections and Rehabilitation. The defendants are charged with murder in the first degree, W. Va. Code § 61-2-1, in the death of Harold Pennington.

The Court, having considered the motion, FINDS that the records are relevant and material, and it is hereby ORDERED that the Division of Corrections and Rehabilitation shall produce, within fourteen days, the complete inmate files, disciplinary records, visitor logs and recorded telephone calls for:
  Russell Dean CALLAHAN, DOB 06/15/1980, OID #3512467;
  Billy Ray SIZEMORE, DOB 02/02/1978, OID #3498120;
for the period from their respective dates of incarceration to the present.

The Clerk shall send attested copies of this Order to counsel of record.

ENTER: August 1, 2025
Louis H. Ferrante, Circuit Judge
Prepared by: Meredith S. Grayson (WV Bar #11873), Assistant Prosecuting Attorney
"""
make_pdf(f"{OUT}/bll25.pdf", t, serif=True)
E("bll25", "born_digital", "prosecutor's transmittal (elected prosecutor printed) + WV circuit court order for DOC inmate records, two defendants",
  ("district-attorney", "Office of the Prosecuting Attorney of Kanawha County", "Meredith S. Grayson", "Assistant Prosecuting Attorney", "mgrayson@kanawhacountywv.gov", "(304) 555-0172"),
  [("Russell Dean Callahan", "1980-06-15", [("other", "3512467")]), ("Billy Ray Sizemore", "1978-02-02", [("other", "3498120")])],
  ["WV CrimP 17", "WV Code 61-2-1"], "court_order", None, "criminal_investigation", ["other", "phone"], "mail")

# ---------------- bll26: ICE email + I-247D PNG, MS DOC ----------------
i247d = """=C DEPARTMENT OF HOMELAND SECURITY
=C IMMIGRATION DETAINER — REQUEST FOR VOLUNTARY ACTION
Subject ID: 411902337    Event #: NOL2506000231    File No: 205 661 309    Date: 06/11/2025
TO: Mississippi State Penitentiary, Parchman, MS 38738
FROM: ICE ERO Jackson, 188 E. Capitol St., Jackson, MS 39201
Name of Alien: MEJÍA PAZ, Óscar Alfredo     DOB: 08/08/1983     Nationality: Guatemala
DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN, based on:
[X] Biometric confirmation of the alien's identity and a records check of federal databases
IT IS THEREFORE REQUESTED THAT YOU voluntarily:
• Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody.
This request is issued under 8 U.S.C. § 1357 and 8 C.F.R. § 287.7 and does not request that you hold the alien beyond the time he would otherwise be released.
Immigration Officer: Hector Villarreal, Deportation Officer      Signature: H. Villarreal
Form I-247D (3/17)
"""
m = mk("Villarreal, Hector <Hector.Villarreal@ice.dhs.gov>", "MDOC Records <records@mdoc.state.ms.us>",
       "Detainer - MEJIA PAZ, Oscar Alfredo - MDOC K1134", "Wed, 11 Jun 2025 09:40:12 -0500", mid="<bll26@ice.dhs.gov>")
m.set_content("""Good morning,

Please see the attached I-247D for inmate MEJÍA PAZ, Óscar Alfredo (MDOC # K1134, DOB 08/08/1983). Can you lodge it and advise his projected release date?

Thank you,
Hector Villarreal
Deportation Officer
ICE ERO New Orleans Field Office - Jackson Sub-Office
(601) 555-0112
""")
m.add_attachment(png_of(i247d, 26), maintype="image", subtype="png", filename="I-247D_MEJIA_PAZ.png")
write_eml("bll26", m)
E("bll26", "eml", "ERO email with I-247D detainer attached as PNG image",
  ("dhs-ice-ero", "ICE ERO New Orleans Field Office - Jackson Sub-Office", "Hector Villarreal", "Deportation Officer", "Hector.Villarreal@ice.dhs.gov", "(601) 555-0112"),
  [("Óscar Alfredo Mejía Paz", "1983-08-08", [("a_number", "A205661309"), ("other", "K1134")])],
  ["8 USC 1357", "8 CFR 287.7"], "detainer", "I-247D", "civil_immigration", ["other"], "email")

# ---------------- bll27: ASP plain email, 3 subjects ----------------
m = mk("Dustin Hollister <dustin.hollister@asp.arkansas.gov>", "OMV Records <omv.records@dfa.arkansas.gov>",
       "Records request - ASP CID 2025-0451 (theft of property)", "Thu, 17 Jul 2025 14:26:48 -0500", mid="<bll27@asp.arkansas.gov>")
m.set_content("""Good afternoon,

I'm investigating a ring of stolen utility trailers and side-by-sides in Benton and Washington Counties (theft of property, Ark. Code Ann. § 5-36-103, and theft by receiving, § 5-36-106). Requesting registration/title history, addresses and DL photos for these three:

1) Colby James FENWICK    DOB 03/09/1992    AR DL 930172584
2) Shayla Renee FENWICK   DOB 06/21/1994
3) VUONG, Khoa Minh       DOB 11/02/1987

For your awareness: one of the trailers shows a lien by Ozark Valley Credit Union, the insurance agent on the Fenwick policy is Debra Kimbrough (Razorback Mutual), and two units were recovered at Tidwell Wrecker Service (Earl Tidwell). None of them are subjects.

Requested under DPPA 18 USC 2721(b)(1) for law enforcement purposes.

Thanks,

S/A Dustin R. Hollister
Arkansas State Police - Criminal Investigation Division, Company E
Springdale, AR | 479-555-0148
""")
write_eml("bll27", m)
E("bll27", "eml", "state police plain-text email, three subjects, lienholder/insurance agent/tow operator named",
  ("state-police", "Arkansas State Police - Criminal Investigation Division", "Dustin R. Hollister", "Special Agent", "dustin.hollister@asp.arkansas.gov", "479-555-0148"),
  [("Colby James Fenwick", "1992-03-09", [("license", "930172584")]), ("Shayla Renee Fenwick", "1994-06-21", []), ("Khoa Minh Vuong", "1987-11-02", [])],
  ["AR Code 5-36-103", "AR Code 5-36-106", "18 USC 2721"], "none", None, "criminal_investigation", ["vehicle", "address", "photo"], "email")

# ---------------- bll28: ERO letter to VT DMV ----------------
t = """=C U.S. Department of Homeland Security
=C U.S. Immigration and Customs Enforcement
=C Enforcement and Removal Operations
=C Boston Field Office · St. Albans, Vermont Sub-Office
=C 64 Gricebrook Road, St. Albans, VT 05478
Patricia H. Lomax, Field Office Director
---
FOR OFFICIAL USE ONLY
19 August 2025

Vermont Department of Motor Vehicles
Attn: Records Request Unit
120 State Street, Montpelier, VT 05603

Re: Request for Information

Dear Sir or Madam:

Pursuant to 8 U.S.C. §§ 1357 and 1360(b), U.S. Immigration and Customs Enforcement requests any information your agency maintains regarding the individuals below, including current address, driver license or identification card information, photographs, and registered vehicles.

  Name                               DOB            A-Number
  RAMÍREZ DE LA O, Guadalupe         12 Jan 1990    A217 339 045
  QUIÑONES VARGAS, Efraín            30 May 1986    A212 008 771

This information is requested for official use only. Your cooperation is appreciated. Please direct your response to Deportation Officer Andrew K. Lindahl at (802) 555-0155 or andrew.k.lindahl@ice.dhs.gov.

Sincerely,

for Patricia H. Lomax
Field Office Director
[signed] A. K. Lindahl
Andrew K. Lindahl, Deportation Officer

cc: SDDO Michael Ferreira, ERO St. Albans
"""
make_pdf(f"{OUT}/bll28.pdf", t)
E("bll28", "born_digital", "ERO 'for official use' letter, FOD printed, signed 'for' by deportation officer, two subjects with A-numbers, cc line",
  ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Boston Field Office (St. Albans Sub-Office)", "Andrew K. Lindahl", "Deportation Officer", "andrew.k.lindahl@ice.dhs.gov", "(802) 555-0155"),
  [("Guadalupe Ramírez de la O", "1990-01-12", [("a_number", "A217339045")]), ("Efraín Quiñones Vargas", "1986-05-30", [("a_number", "A212008771")])],
  ["8 USC 1357", "8 USC 1360"], "none", None, "civil_immigration", ["address", "license", "photo", "vehicle"], "mail")
# ---------------- bll29: MA grand jury subpoena, scanned ----------------
t = """=C COMMONWEALTH OF MASSACHUSETTS
SUFFOLK, ss.                                                SUPERIOR COURT
                                                            GRAND JURY NO. 2025-014
=C GRAND JURY SUBPOENA — DUCES TECUM
To: Keeper of Records, Registry of Motor Vehicles, 25 Newport Avenue Extension, Quincy, MA 02171

GREETING: You are hereby commanded, in the name of the Commonwealth of Massachusetts, to appear before the Grand Jurors of the Superior Court for the County of Suffolk, at 3 Pemberton Square, Boston, on Tuesday, the 23rd day of September, 2025, at 9:00 a.m., and from day to day thereafter until the action is heard, to give evidence of what you know relating to an investigation then and there to be heard and tried, and you are further required to bring with you:

All Registry records for Wilkens PIERRE-LOUIS, date of birth March 17, 1992, and for Siobhan M. KEANE, date of birth 1989-08-04: license and identification card applications, license photographs, addresses of record, and registration and title records for all vehicles, January 2023 to present.

Hereof fail not, as you will answer your default under the pains and penalties in the law in that behalf made and provided. (G.L. c. 277, § 68)

The investigation concerns assault and battery by means of a dangerous weapon, G.L. c. 265, § 15A. Grand jury proceedings are secret; see Mass. R. Crim. P. 5(d).

Dated at Boston, September 2, 2025.
Deborah L. Fitzpatrick-Yu, Assistant Clerk
Issued at the request of: ADA Colm J. Fitzgerald, Suffolk County District Attorney's Office, One Bulfinch Place, Boston, MA 02114 — (617) 555-0128 — colm.fitzgerald@mass.gov
In lieu of appearance, certified records may be delivered to Trooper Gina Marchand, Massachusetts State Police Detective Unit, Suffolk County.
"""
scanned(t, f"{OUT}/bll29.pdf", 29, serif=True)
E("bll29", "scanned", "Massachusetts Superior Court grand jury subpoena duces tecum to RMV, clerk-signed at ADA's request, two subjects",
  ("district-attorney", "Suffolk County District Attorney's Office", "Colm J. Fitzgerald", "Assistant District Attorney", "colm.fitzgerald@mass.gov", "(617) 555-0128"),
  [("Wilkens Pierre-Louis", "1992-03-17", []), ("Siobhan M. Keane", "1989-08-04", [])],
  ["MGL 277-68", "MGL 265-15A", "MA CrimP 5"], "grand_jury_subpoena", None, "criminal_investigation",
  ["license", "identity_documents", "photo", "address", "vehicle"], "mail")

# ---------------- bll30: SSA OIG chain to MD DPSCS ----------------
m = mk("Gerald Mensah <gerald.mensah@maryland.gov>", "DPSCS Case Records <dpscs.caserecords@maryland.gov>",
       "FW: SSA OIG inquiry - incarceration dates - BAPTISTE", "Tue, 29 Apr 2025 13:15:02 -0400", mid="<bll30@maryland.gov>")
m.set_content("""Case Records,

Forwarding from the PIO mailbox. SSA's IG is asking for admission/release dates on a former inmate. Can someone confirm what we can give? My reply to the agent is at the bottom of the thread.

Gerald Mensah
Public Information Office
Maryland Department of Public Safety and Correctional Services
6776 Reisterstown Road, Baltimore, MD 21215 | 410-555-0105

> From: Fuentes, Marisol <Marisol.Fuentes@ssa.gov>
> Sent: Tuesday, April 29, 2025 12:48 PM
> To: Gerald Mensah <gerald.mensah@maryland.gov>
> Subject: RE: SSA OIG inquiry - incarceration dates - BAPTISTE
>
> Mr. Mensah,
>
> Thank you. To clarify, this is a criminal investigation of SSI fraud
> (42 U.S.C. § 1383a and 18 U.S.C. § 641). Payments continued while the
> beneficiary was incarcerated, and his sister Claudette Baptiste is the
> representative payee (she is not a subject of this request).
>
> We need the dates of admission and release for every DPSCS commitment since
> 2018 and the address he gave at release.
>
> Marisol Fuentes
> Special Agent, Office of the Inspector General
> Social Security Administration - Office of Investigations, Philadelphia Field Division
> (215) 555-0133 | Marisol.Fuentes@ssa.gov
>
>> From: Gerald Mensah <gerald.mensah@maryland.gov>
>> Sent: Tuesday, April 29, 2025 10:02 AM
>> Subject: RE: SSA OIG inquiry - incarceration dates - BAPTISTE
>>
>> Agent Fuentes, could you tell me more about the nature of the request?
>>
>>> From: Fuentes, Marisol <Marisol.Fuentes@ssa.gov>
>>> Sent: Monday, April 28, 2025 4:40 PM
>>> Subject: SSA OIG inquiry - incarceration dates - BAPTISTE
>>>
>>> Good afternoon. I'm requesting incarceration information for
>>> BAPTISTE, Reginald Otis - DOB 9/9/1975 - SSN xxx-xx-4471 - SID 2298314.
>>> Thank you.
""")
write_eml("bll30", m)
E("bll30", "eml", "PIO forwards quoted (>) reply chain with SSA-OIG agent; representative payee sister named",
  ("ssa-oig", "Social Security Administration, Office of the Inspector General", "Marisol Fuentes", "Special Agent", "Marisol.Fuentes@ssa.gov", "(215) 555-0133"),
  [("Reginald Otis Baptiste", "1975-09-09", [("ssn_last4", "4471"), ("other", "2298314")])],
  ["42 USC 1383a", "18 USC 641"], "none", None, "criminal_investigation", ["other", "address"], "email")

# ---------------- bll31: NH State Police portal txt ----------------
t = """NH DEPARTMENT OF SAFETY - DIVISION OF MOTOR VEHICLES
LAW ENFORCEMENT RECORDS REQUEST (Portal export)
Request #: LERR-25-10388          Received: 09/08/2025 07:55

Requesting Agency ....: New Hampshire State Police - Troop D
Officer ..............: Trooper Kyle B. Ashford (ID 1192)
Phone / Email ........: 603-555-0174 / kyle.b.ashford@dos.nh.gov
Authority ............: RSA 260:14 (law enforcement use)

Subject
  Last name ..........: MOROZOVA
  First / Middle .....: Svetlana Ivanovna
  DOB ................: 1988-11-11
  NH License # .......: 88110472

Records requested ....: License photo; mailing & residential address; license status

Reason / Offense .....: Theft by unauthorized taking, RSA 637:3. Suspect in embezzlement
                        from employer (Concord Family Dental, Dr. Alan Reese, complainant).
                        Det. case 25-D-1877.

Attestation ..........: I certify the information will be used for official law enforcement
                        purposes only.  [X]
"""
open(f"{OUT}/bll31.txt", "w", encoding="utf-8").write(t)
E("bll31", "txt", "DMV law-enforcement portal export from state trooper; employer complainant named",
  ("state-police", "New Hampshire State Police - Troop D", "Kyle B. Ashford", "Trooper", "kyle.b.ashford@dos.nh.gov", "603-555-0174"),
  [("Svetlana Ivanovna Morozova", "1988-11-11", [("license", "88110472")])],
  ["NH RSA 260:14", "NH RSA 637:3"], "none", None, "criminal_investigation", ["photo", "address", "license"], "email")

# ---------------- bll32: AO 110 fax from USAO EDLA ----------------
t = """=C UNITED STATES ATTORNEY'S OFFICE — EASTERN DISTRICT OF LOUISIANA
=C 650 Poydras Street, Suite 1600, New Orleans, LA 70130
=C FACSIMILE TRANSMITTAL SHEET
|| To || Louisiana OMV — Legal / Subpoena Unit, fax (225) 555-0178
|| From || Tanya M. Boudreaux, Paralegal Specialist, for AUSA Jean-Luc Arceneaux
|| Phone || (504) 555-0157
|| Date || 7 October 2025
|| Pages || 3
Re: Grand jury subpoena — please see attached. The records relate to an investigation of possible violations of 18 U.S.C. § 1956 and 21 U.S.C. § 846. Please do not notify the subjects. Fed. R. Crim. P. 6(e).
<<PAGE>>
AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
=C UNITED STATES DISTRICT COURT
=C for the Eastern District of Louisiana
=C SUBPOENA TO TESTIFY BEFORE A GRAND JURY
To: Custodian of Records, Louisiana Office of Motor Vehicles, 7979 Independence Blvd., Baton Rouge, LA 70806
YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.
|| Place || Hale Boggs Federal Building, 500 Poydras Street, New Orleans, LA 70130, Room B-245
|| Date and Time || 10/28/2025 9:00 am
You must also bring with you the following documents, electronically stored information, or objects: See attached rider.
Date: 10/07/2025      CLERK OF COURT: /s/ L. Guillory, Deputy Clerk
The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are: Jean-Luc Arceneaux, Assistant U.S. Attorney, 650 Poydras Street, Suite 1600, New Orleans, LA 70130; jean-luc.arceneaux@usdoj.gov; (504) 555-0156
<<PAGE>>
=C RIDER
Driver license records (applications, photographs, addresses of record) and vehicle registrations, 2022 to present, for:
  BROUSSARD, Darnell Anthony — DOB 05/11/1987 — LA DL 009876543
  CÁRDENAS DE LEÓN, Ysabel — DOB 1990-02-28
"""
fax(t, f"{OUT}/bll32.tif", "10/07/2025 16:31 USAO-EDLA 5045550159", 32)
E("bll32", "fax", "USAO fax transmittal sent by paralegal for AUSA + AO 110 + rider, two subjects",
  ("doj-usao", "United States Attorney's Office — Eastern District of Louisiana", "Jean-Luc Arceneaux", "Assistant United States Attorney", "jean-luc.arceneaux@usdoj.gov", "(504) 555-0156"),
  [("Darnell Anthony Broussard", "1987-05-11", [("license", "009876543")]), ("Ysabel Cárdenas de León", "1990-02-28", [])],
  ["18 USC 1956", "21 USC 846", "FRCrP 6"], "grand_jury_subpoena", "AO 110", "criminal_investigation",
  ["license", "photo", "address", "vehicle"], "fax")
