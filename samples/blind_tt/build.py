#!/usr/bin/env python3
"""Build the blind-tt test set: 32 request documents + expected labels.

Independent author; deterministic (fixed seed).  Temporary files go to /tmp/author_tt.
Run:  /work/main/.venv/bin/python samples/blind_tt/build.py
"""
import io
import json
import os
import random
import shutil
import subprocess
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime
import datetime as dt

import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/author_tt/work"
SEED = 4242
FD = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    "sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "mono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"),
    "cond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
}
for k, (r, b) in FONTS.items():
    pdfmetrics.registerFont(TTFont(k, FD + r))
    pdfmetrics.registerFont(TTFont(k + "B", FD + b))


# ---------------------------------------------------------------- rendering
def wrap(text, font, size, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if pdfmetrics.stringWidth(t, font, size) <= width:
            cur = t
        else:
            if cur:
                lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


def render_pdf(text, font="serif", size=10, title=None):
    """Tiny markup: '# ' big centred bold, '## ' centred bold, '| ' centred, '! ' bold,
    '> ' right, '---' rule, 'a || b' two columns, '::' new page, '[box] ' boxed line."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    if title:
        c.setTitle(title)
    W, H = letter
    L, R = 62, W - 62
    width = R - L
    lead = size * 1.32
    y = H - 58

    def newpage():
        nonlocal y
        c.showPage()
        y = H - 58

    for raw in text.strip("\n").split("\n"):
        line = raw.rstrip()
        if line == "::":
            newpage()
            continue
        if y < 60:
            newpage()
        if line.startswith("# "):
            c.setFont(font + "B", size + 5)
            c.drawCentredString(W / 2, y, line[2:])
            y -= (size + 5) * 1.3
        elif line.startswith("## "):
            c.setFont(font + "B", size + 1)
            c.drawCentredString(W / 2, y, line[3:])
            y -= (size + 1) * 1.35
        elif line.startswith("| "):
            c.setFont(font, size)
            c.drawCentredString(W / 2, y, line[2:])
            y -= lead
        elif line.startswith("> "):
            c.setFont(font, size)
            c.drawRightString(R, y, line[2:])
            y -= lead
        elif line.strip() == "---":
            c.setLineWidth(0.8)
            c.line(L, y + size * 0.4, R, y + size * 0.4)
            y -= lead * 0.7
        elif " || " in line:
            a, b = line.split(" || ", 1)
            cells = []
            for part in (a, b):
                bold = part.startswith("!")
                f = font + ("B" if bold else "")
                cells.append((f, wrap(part.lstrip("!"), f, size, width / 2 - 10)))
            n = max(len(cl[1]) for cl in cells)
            if y - n * lead < 60:
                newpage()
            for i, (f, segs) in enumerate(cells):
                x = L if i == 0 else L + width / 2 + 6
                c.setFont(f, size)
                for k, seg in enumerate(segs):
                    c.drawString(x, y - k * lead, seg)
            c.setLineWidth(0.3)
            top = y + lead - 4
            c.rect(L - 3, top - n * lead, width / 2 + 3, n * lead, stroke=1, fill=0)
            c.rect(L + width / 2 + 2, top - n * lead, width / 2 + 1, n * lead, stroke=1, fill=0)
            y -= n * lead
        else:
            bold = line.startswith("! ")
            txt = line[2:] if bold else line
            f = font + ("B" if bold else "")
            indent = len(txt) - len(txt.lstrip(" "))
            x0 = L + indent * size * 0.5
            for seg in wrap(txt.strip(), f, size, R - x0):
                if y < 60:
                    newpage()
                c.setFont(f, size)
                c.drawString(x0, y, seg)
                y -= lead
    c.showPage()
    c.save()
    return buf.getvalue()


def pdf_to_images(pdf_bytes, key, dpi=200):
    d = os.path.join(TMP, key)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    p = os.path.join(d, "in.pdf")
    with open(p, "wb") as f:
        f.write(pdf_bytes)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", p, os.path.join(d, "pg")], check=True)
    files = sorted(x for x in os.listdir(d) if x.startswith("pg"))
    return [Image.open(os.path.join(d, x)).convert("L") for x in files]


def degrade(img, rng, rot90=0, grey=235, noise=14):
    a = np.asarray(img).astype(np.float32)
    a = a * (grey / 255.0) + rng.normal(0, noise, a.shape)
    # speckles
    m = rng.random(a.shape) < 0.0006
    a[m] = 40
    a = np.clip(a, 0, 255).astype(np.uint8)
    im = Image.fromarray(a, "L")
    ang = float(rng.uniform(0.5, 2.0)) * (1 if rng.random() < 0.5 else -1)
    im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=grey - 10)
    im = im.filter(ImageFilter.GaussianBlur(0.6))
    if rot90:
        im = im.rotate(rot90, expand=True)
    # jpeg artifacts
    b = io.BytesIO()
    im.save(b, "JPEG", quality=int(rng.integers(35, 55)))
    return Image.open(io.BytesIO(b.getvalue())).convert("L")


def write_scanned(pdf_bytes, path, key, rng, rotations=None):
    imgs = pdf_to_images(pdf_bytes, key, dpi=int(rng.choice([200, 220, 250])))
    rotations = rotations or {}
    out = [degrade(im, rng, rotations.get(i, 0)) for i, im in enumerate(imgs)]
    out[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=out[1:],
                creationDate=__import__("time").gmtime(1744707600), modDate=__import__("time").gmtime(1744707600))


def write_fax(pdf_bytes, path, key, rng, header=None):
    imgs = pdf_to_images(pdf_bytes, key, dpi=200)
    font = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 22)
    out = []
    n = len(imgs)
    for i, im in enumerate(imgs):
        a = np.asarray(im).astype(np.float32) + rng.normal(0, 18, im.size[::-1])
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
        im = im.rotate(float(rng.uniform(-0.8, 0.8)), resample=Image.BILINEAR, fillcolor=255)
        if header:
            d = ImageDraw.Draw(im)
            d.rectangle([0, 0, im.size[0], 40], fill=255)
            d.text((30, 10), header.format(p=i + 1, n=n), fill=0, font=font)
        bw = im.point(lambda v: 255 if v > 150 else 0).convert("1")
        out.append(bw)
    out[0].save(path, compression="group4", dpi=(200, 200), save_all=True, append_images=out[1:])


def image_bytes(pdf_bytes, key, rng, fmt="PNG", page=0, photo=False):
    im = pdf_to_images(pdf_bytes, key, dpi=150)[page]
    if photo:
        im = degrade(im, rng, 0, grey=225, noise=10)
    b = io.BytesIO()
    if fmt == "JPEG":
        im.save(b, "JPEG", quality=70)
    else:
        im.save(b, "PNG", optimize=True)
    return b.getvalue()


def fix_boundaries(msg, key):
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            i += 1
            part.set_boundary(f"=_{key}_part{i}_b0undary")


def email_msg(frm, to, subject, date, msgid, cc=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid
    m["MIME-Version"] = "1.0"
    return m


def write_eml(msg, path, key):
    fix_boundaries(msg, key)
    with open(path, "wb") as f:
        f.write(msg.as_bytes(policy=policy.SMTP))


# ---------------------------------------------------------------- labels
def label(i, fmt, template, req, subjects, basis, proc, attached, purpose, records, channel):
    ptype, form = proc
    court = ptype in ("judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena")
    agency_key, agency_name, person, title, email, phone = req
    subs = []
    for s in subjects:
        name, dob = s[0], s[1]
        ids = [{"type": t, "value": v} for t, v in (s[2] if len(s) > 2 else [])]
        subs.append({"name": name, "dob": dob, "identifiers": ids})
    return {
        "id": i, "family": "blind-tt", "format": fmt, "template": template,
        "requestor": {"agency_key": agency_key, "agency_name": agency_name, "person": person,
                      "title": title, "email": email, "phone": phone},
        "subjects": subs,
        "legal_basis": [{"normalized": b} for b in basis],
        "legal_process": {"type": ptype, "court_issued": court, "form": form},
        "warrant_or_subpoena_attached": attached,
        "purpose": purpose,
        "records_requested": records,
        "channel": channel,
    }


DOCS = []


def doc(f):
    DOCS.append(f)
    return f


# ================================================================ documents
@doc
def btt01(rng):
    t = """
# TEXAS DEPARTMENT OF PUBLIC SAFETY
## CRIMINAL INVESTIGATIONS DIVISION
| 5805 N. Lamar Blvd. • Box 4087 • Austin, Texas 78773-0001 • 512/555-0134
| STEVEN P. MACKIE, DIRECTOR            Region 3 — McAllen District Office
---

February 11, 2025

Texas Workforce Commission
Labor Market Information / Law Enforcement Liaison
101 East 15th Street, Room 0252
Austin, Texas 78778-0001

! RE: Request for Wage and Employment Records — DPS CID Case No. 3C-25-00417

Dear Records Custodian:

The Texas Department of Public Safety, Criminal Investigations Division, is conducting an active criminal investigation into an organized retail theft ring operating in Hidalgo and Cameron counties. The investigation concerns offenses under Tex. Penal Code § 31.16 (Organized Retail Theft) and § 32.51 (Fraudulent Use or Possession of Identifying Information).

Pursuant to Tex. Labor Code § 301.085, which permits the Commission to release information to a law enforcement agency for use in a criminal investigation, I respectfully request quarterly wage records from the first quarter of 2023 to the present, including the names and addresses of all reporting employers, for the following individuals:

    1.  GÓMEZ ARRIETA, Luis Fernando      DOB 07/22/1991      TX DL 31846027
    2.  TRINH, Mai Thi                    DOB 1988-11-03      TX DL 40072915

Please also provide the most recent mailing address on file for each person. The loss reported by the victim retailer, Valle Grande Home Center, currently exceeds $86,000.

Information furnished will be used solely for the purposes of this investigation. Responsive records may be sent to me by secure e-mail or mailed to the address below. If you have questions, please contact me at (956) 555-0178.

Respectfully,


Sgt. Rubén A. Castañeda, #11482
Criminal Investigations Division — Region 3
2525 N. International Blvd., Weslaco, Texas 78599
ruben.castaneda@dps.texas.gov  |  Office (956) 555-0178

Reviewed and approved:  Lt. Dana K. Whitfield, Region 3 CID

---
| COURTESY • SERVICE • PROTECTION
"""
    open(f"{OUT}/btt01.pdf", "wb").write(render_pdf(t, "serif", 10, "DPS CID request 3C-25-00417"))
    return label("btt01", "born_digital", "state police CID letter, letterhead director, approving lieutenant",
                 ("state-police", "Texas Department of Public Safety, Criminal Investigations Division",
                  "Rubén A. Castañeda", "Sergeant", "ruben.castaneda@dps.texas.gov", "(956) 555-0178"),
                 [("Luis Fernando Gómez Arrieta", "1991-07-22", [("license", "31846027")]),
                  ("Mai Thi Trinh", "1988-11-03", [("license", "40072915")])],
                 ["TX PC 31.16", "TX PC 32.51", "TX Labor Code 301.085"],
                 ("none", None), False, "criminal_investigation", ["wages", "employment", "address"], "mail")


@doc
def btt02(rng):
    html = """<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Good morning,</p>
<p>ERO Salt Lake City respectfully requests the current residential address, most recent
license photograph and any vehicle registrations on file for the individual listed below.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Name</b></td><td>VILLALOBOS RÍOS, Héctor Manuel</td></tr>
<tr><td><b>DOB</b></td><td>02/14/1985</td></tr>
<tr><td><b>A#</b></td><td>213-447-806</td></tr>
<tr><td><b>UT DL</b></td><td>160428553</td></tr>
</table>
<p>This request is made under the authority of 8 U.S.C. &sect; 1357 and 8 CFR 287.5.
Please reply to this mailbox so the team can see your response.</p>
<p>Thank you for your assistance,</p>
<p><b>Kyle J. Brandt</b><br>Deportation Officer<br>Fugitive Operations Team 2<br>
U.S. Immigration and Customs Enforcement<br>Enforcement and Removal Operations | Salt Lake City Field Office<br>
Desk: 801-555-0119 | Cell: 801-555-0163<br>kyle.j.brandt@ice.dhs.gov</p>
<p style="font-size:8pt;color:#555">WARNING: This document is UNCLASSIFIED//FOR OFFICIAL USE ONLY (U//FOUO).
It contains information that may be exempt from public release under the Freedom of Information Act.</p>
</body></html>"""
    m = email_msg('"ERO Salt Lake City Fugitive Operations" <SLC.FugOps@ice.dhs.gov>',
                  "Driver License Division LE Requests <dld.lerequests@utah.gov>",
                  "Records Request - A213447806 // VILLALOBOS",
                  "Tue, 18 Feb 2025 08:14:27 -0700", "<btt02.4471@ice.dhs.gov>")
    m.set_content(html, subtype="html")
    write_eml(m, f"{OUT}/btt02.eml", "btt02")
    return label("btt02", "eml", "HTML-only email from ERO shared mailbox signed by a deportation officer",
                 ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Salt Lake City Field Office",
                  "Kyle J. Brandt", "Deportation Officer", "kyle.j.brandt@ice.dhs.gov", "801-555-0119"),
                 [("Héctor Manuel Villalobos Ríos", "1985-02-14", [("a_number", "A213447806"), ("license", "160428553")])],
                 ["8 USC 1357", "8 CFR 287.5"],
                 ("none", None), False, "civil_immigration", ["address", "photo", "vehicle"], "email")


@doc
def btt03(rng):
    t = """
# UNIVERSITY OF NEW MEXICO POLICE DEPARTMENT
| MSC02 1660 • 1 University of New Mexico • Albuquerque, NM 87131 • Records Unit (505) 555-0140
---
## INTER-AGENCY INFORMATION REQUEST (Form UNMPD-114, rev. 2022)

!TO AGENCY: NM Taxation & Revenue Dept. || !DATE: 03/03/2025
Motor Vehicle Division — Records Bureau || UNMPD CASE #: 25-000318
!REQUESTING OFFICER: Det. Alana R. Begay || !ID/BADGE: 2214
Unit: Criminal Investigations || Phone: (505) 555-0147
E-mail: abegay@unmpd.unm.edu || Fax: (505) 555-0149

! OFFENSE UNDER INVESTIGATION
Larceny and unlawful taking of a motor vehicle, NMSA 1978, § 30-16-1 and § 66-3-504. Vehicle taken from Lot T-2; the complainant is the registered owner, Dr. Elaine Fortier (faculty), who is not a suspect.

! SUBJECT 1
Last: ABDI || First: Hodan   Middle: Farah
DOB: 06/17/1999 || NM DL #: 504-118-237
! SUBJECT 2
Last: WARSAME || First: Abdirahman   Middle: —
DOB: 01/09/2001 || NM DL #: unknown

! RECORDS REQUESTED
[X] Driver license / ID photograph      [X] Address history      [X] Vehicle registration(s)
[ ] Driving record (MVR)      [ ] Title history      [ ] Other: ______________

I certify that this information is requested for official law enforcement purposes in connection with the case number above.

Requesting officer signature: _Alana R. Begay_________      Date: 03/03/2025
Approved (supervisor): Lt. Marcus O. Tapia, Investigations Commander  ______
Transmitted by: Gwen Holloway, Records Specialist II

---
| Return completed records to UNMPD Records, Attn: Det. Begay. Law enforcement sensitive.
"""
    write_scanned(render_pdf(t, "sans", 9.5), f"{OUT}/btt03.pdf", "btt03", rng)
    return label("btt03", "scanned", "campus police two-column request form, detective + approving Lt + records specialist",
                 ("local-police", "University of New Mexico Police Department", "Alana R. Begay", "Detective",
                  "abegay@unmpd.unm.edu", "(505) 555-0147"),
                 [("Hodan Farah Abdi", "1999-06-17", [("license", "504118237")]),
                  ("Abdirahman Warsame", "2001-01-09", [])],
                 ["NMSA 30-16-1", "NMSA 66-3-504"],
                 ("none", None), False, "criminal_investigation", ["photo", "address", "vehicle"], "mail")


@doc
def btt04(rng):
    t = """
# MARICOPA COUNTY SHERIFF'S OFFICE
## Special Investigations Division — Financial Crimes / Fraud Unit
| 550 W. Jackson Street, Phoenix, Arizona 85003
---
# FAX TRANSMITTAL

DATE: March 12, 2025 || PAGES (incl. cover): 2
TO: Arizona Dept. of Economic Security || ATTN: Office of Special Investigations
FAX: (602) 555-0190 || PHONE: (602) 555-0191
FROM: Deputy Tomás Ibáñez-Ruiz, S1872 || FAX: (602) 555-0143
PHONE: (602) 555-0142 || DR #: MC25-031177

COMMENTS: Request for UI claim and wage information — see attached letter. Please call me with any questions.

CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain confidential criminal justice information intended only for the addressee. If you received this in error, notify the sender immediately and destroy all copies.
::
| MARICOPA COUNTY SHERIFF'S OFFICE
| Special Investigations Division
| Sheriff: R. A. Delgadillo

March 12, 2025

Arizona Department of Economic Security
Office of Special Investigations
Phoenix, AZ

Re: Criminal investigation, MCSO DR# MC25-031177

The Maricopa County Sheriff's Office is investigating a scheme to obtain payroll advances and unemployment benefits using fabricated employment histories, a violation of A.R.S. § 13-2310 (Fraudulent schemes and artifices). I request any unemployment insurance claims, payment history and employer wage reports held by DES, released under A.R.S. § 41-1959, for:

    NGUYEN, Van Thanh        DOB: 5 Apr 1979        SSN: XXX-XX-4471

Reported employer: Desert Sun Nail Supply LLC, Mesa, AZ (the business and its owner are cooperating witnesses, not suspects).

Thank you,

Deputy Tomás Ibáñez-Ruiz  S1872
Financial Crimes / Fraud Unit
(602) 555-0142  •  t_ibanez-ruiz@mcso.maricopa.gov
"""
    write_fax(render_pdf(t, "sans", 10), f"{OUT}/btt04.tif", "btt04", rng,
              header="MAR-12-2025 10:42   FROM: MCSO SID FRAUD 6025550143   TO: 6025550190   P.{p:03d}/{n:03d}")
    return label("btt04", "fax", "sheriff fax cover + letter, two-column cover fields",
                 ("sheriff", "Maricopa County Sheriff's Office", "Tomás Ibáñez-Ruiz", "Deputy",
                  "t_ibanez-ruiz@mcso.maricopa.gov", "(602) 555-0142"),
                 [("Van Thanh Nguyen", "1979-04-05", [("ssn_last4", "4471")])],
                 ["ARS 13-2310", "ARS 41-1959"],
                 ("none", None), False, "criminal_investigation", ["claims", "benefits", "wages", "employment"], "fax")


@doc
def btt05(rng):
    t = """OREGON DMV - LAW ENFORCEMENT RECORD REQUEST (online form)
Submission #: LE-2025-031944
Submitted: 2025-03-21 16:52:09 PDT
Routed to: DMV Record Services - Law Enforcement Desk
------------------------------------------------------------
REQUESTING AGENCY
  Agency name ........ Portland Police Bureau
  ORI ................ OR0260200
  Division/Unit ...... North Precinct
  Requester name ..... Ofc. Jesse T. Kowalczyk
  Badge/ID ........... 58213
  Email .............. jesse.kowalczyk@police.portlandoregon.gov
  Phone .............. 503-555-0121

SUBJECT
  Last name .......... SOKOLOV
  First name ......... Dmitri
  Middle name ........ Olegovich
  Date of birth ...... 09/28/1990
  OR DL/ID # ......... 7402115

RECORDS REQUESTED
  [x] Current address on record
  [x] DL/ID photo
  [ ] Vehicle registration
  [ ] Driving record

PURPOSE / REASON
  Need current address and photo to make contact.

AUTHORITY (required)
  ORS 802.179(1)

CERTIFICATION
  [x] I certify that I am a sworn or authorized employee of the agency
      named above and that this request is for official use.
------------------------------------------------------------
This message was generated automatically by the DMV online request
system. Do not reply to this e-mail.
"""
    open(f"{OUT}/btt05.txt", "w", encoding="utf-8").write(t)
    return label("btt05", "txt", "pasted DMV web-form submission, no reason given",
                 ("local-police", "Portland Police Bureau", "Jesse T. Kowalczyk", "Officer",
                  "jesse.kowalczyk@police.portlandoregon.gov", "503-555-0121"),
                 [("Dmitri Olegovich Sokolov", "1990-09-28", [("license", "7402115")])],
                 ["ORS 802.179"],
                 ("none", None), False, "unknown", ["address", "photo"], "email")


@doc
def btt06(rng):
    plain = """Ms. Alvarez,

Yes - this is an active criminal investigation. The case involves distribution of fentanyl and conspiracy (21 U.S.C. §§ 841(a)(1) and 846). Both people below are targets. Please send DL photos, current addresses and any vehicles registered to either of them:

  - ESPINOZA DE LA CRUZ, Mateo   DOB 10/30/1994   CO DL 17-482-9053
  - RAMÍREZ, Yesenia             DOB 04/02/1997

The vehicle we are most interested in is a gray 2019 Dodge Ram seen at the stash house.

Thanks,

TFO John R. "Jack" Petrakis
Aurora Police Department
Task Force Officer - DEA Denver Field Division, Enforcement Group 3
Office 720-555-0186 | Cell 720-555-0187
John.R.Petrakis@dea.gov

-----Original Message-----
From: DMV LE Records <dor_dmv_lerecords@state.co.us>
Sent: Tuesday, March 4, 2025 9:12 AM
To: Petrakis, John R. <John.R.Petrakis@dea.gov>
Subject: RE: Records request - DEA case # R3-25-0061

Officer Petrakis,

Under C.R.S. 24-74-103 we can release personal identifying information only in limited circumstances. Can you confirm whether this request supports an active criminal investigation? A short statement of the offense is enough.

Maria Alvarez
Law Enforcement Records Liaison, Colorado DMV

> -----Original Message-----
> From: Petrakis, John R. <John.R.Petrakis@dea.gov>
> Sent: Monday, March 3, 2025 4:40 PM
> Subject: Records request - DEA case # R3-25-0061
>
> Requesting DL photos, addresses and vehicle info on two subjects, case R3-25-0061. Details to follow.
> Jack
"""
    html = "<html><body><pre style='font-family:Calibri'>" + plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</pre></body></html>"
    m = email_msg('"Petrakis, John R. (Jack)" <John.R.Petrakis@dea.gov>',
                  "DMV LE Records <dor_dmv_lerecords@state.co.us>",
                  "RE: Records request - DEA case # R3-25-0061",
                  "Tue, 04 Mar 2025 11:37:02 -0700", "<btt06.R3250061@dea.gov>")
    m["In-Reply-To"] = "<btt06.reply1@state.co.us>"
    m.set_content(plain)
    m.add_alternative(html, subtype="html")
    write_eml(m, f"{OUT}/btt06.eml", "btt06")
    return label("btt06", "eml", "reply quoting records unit question; local officer on DEA task force",
                 ("doj-dea", "DEA Denver Field Division", "John R. Petrakis", "Task Force Officer",
                  "John.R.Petrakis@dea.gov", "720-555-0186"),
                 [("Mateo Espinoza de la Cruz", "1994-10-30", [("license", "174829053")]),
                  ("Yesenia Ramírez", "1997-04-02", [])],
                 ["21 USC 841", "21 USC 846", "CRS 24-74-103"],
                 ("none", None), False, "criminal_investigation", ["photo", "address", "vehicle"], "email")


@doc
def btt07(rng):
    inner = email_msg('"Yusuf, Abdullahi M. (MP) (FBI)" <amyusuf@fbi.gov>',
                      "DEED UI Records <deed.ui.records@state.mn.us>",
                      "Request for UI claim records - FBI Minneapolis",
                      "Mon, 10 Mar 2025 13:05:44 -0500", "<btt07.inner@fbi.gov>")
    inner.set_content("""Good afternoon,

The FBI Minneapolis Field Office is investigating a scheme to file fraudulent unemployment insurance claims using stolen identities, in violation of 18 U.S.C. § 1343 (wire fraud) and 18 U.S.C. § 1028A (aggravated identity theft). Several claims were filed in the names of identity-theft victims, including Marjorie Olson and Thomas Reinholt; they are victims, and we do not need their records except as they appear on the claims below.

I understand DEED may disclose data to law enforcement under Minn. Stat. § 268.19. I am requesting, for the period 01/2021 to present, all claim records, payment histories, deposit account information, login IP addresses and reported wages for:

1. Cole Everett BRANDVOLD, DOB March 9, 1986
2. Ilhan Said HIRSI, DOB 12 December 1992
3. KOVALENKO, Pavel Hryhorovych, DOB 1983-07-21

Please contact me if a subpoena is required.

Respectfully,
Abdullahi M. Yusuf
Special Agent
Federal Bureau of Investigation - Minneapolis
Squad CR-4 (Complex Financial Crimes)
Desk: 763-555-0124
amyusuf@fbi.gov
""")
    outer = email_msg("Karen Lindqvist <karen.lindqvist@state.mn.us>",
                      "UI Records Supervisor <ui.records.supervisor@state.mn.us>",
                      "FW: Request for UI claim records - FBI Minneapolis",
                      "Tue, 11 Mar 2025 08:22:10 -0500", "<btt07.outer@state.mn.us>")
    outer.set_content("""Jeff,

Forwarding the attached request from the FBI that came into the shared box yesterday. I have not responded or pulled anything yet. Can you review before we release?

Karen Lindqvist
Data Practices Specialist | Unemployment Insurance Program
Minnesota Department of Employment and Economic Development
651-555-0102
""")
    outer.add_attachment(inner)
    write_eml(outer, f"{OUT}/btt07.eml", "btt07")
    return label("btt07", "eml", "internal forward inside the records agency with FBI email attached as message/rfc822",
                 ("doj-fbi", "Federal Bureau of Investigation - Minneapolis", "Abdullahi M. Yusuf", "Special Agent",
                  "amyusuf@fbi.gov", "763-555-0124"),
                 [("Cole Everett Brandvold", "1986-03-09", []),
                  ("Ilhan Said Hirsi", "1992-12-12", []),
                  ("Pavel Hryhorovych Kovalenko", "1983-07-21", [])],
                 ["18 USC 1343", "18 USC 1028A", "MN Stat 268.19"],
                 ("none", None), False, "criminal_investigation", ["claims", "benefits", "wages", "other"], "email")


@doc
def btt08(rng):
    t = """
# ATTORNEY GENERAL OF WASHINGTON
| NORA L. PEMBERTON, Attorney General
## Medicaid Fraud Control Division
| 1125 Washington Street SE • PO Box 40114 • Olympia, WA 98504-0114 • (360) 555-0150
---

April 2, 2025

Department of Social and Health Services
Public Records Officer / Law Enforcement Requests
PO Box 45135
Olympia, WA 98504

RE:  MFCD File No. 2025-0139 — Request for provider payment and client records

Dear Records Officer:

The Medicaid Fraud Control Division is conducting a criminal investigation of suspected billing for in-home personal care services that were not provided, in violation of RCW 74.09.210 (fraudulent practices) and RCW 9A.56.030 (theft in the first degree). I am requesting the following records for the period January 1, 2022 through the present:

    a. Individual Provider payment records, timesheets and contract files for
       LE, Hoang Minh — DOB 8/14/1975
    b. The same records, and the current address of record, for
       Svetlana Petrovna MOROZOVA — date of birth February 27, 1968

The client who reportedly received the services, identified in our file as client "R.T.", is a witness and not a subject; we do not request that client's records at this time.

Please direct any questions to me. Records may be sent through the Division's secure file transfer site.

Sincerely,


Daniel K. Okafor
Criminal Investigator III
Medicaid Fraud Control Division
(360) 555-0152 | daniel.okafor@atg.wa.gov

cc:  Priya S. Raman, Assistant Attorney General
     File
"""
    open(f"{OUT}/btt08.pdf", "wb").write(render_pdf(t, "serif", 10.5, "MFCD request"))
    return label("btt08", "born_digital", "state AG MFCD investigator letter with AG in letterhead and AAG cc",
                 ("other", "Attorney General of Washington, Medicaid Fraud Control Division", "Daniel K. Okafor",
                  "Criminal Investigator III", "daniel.okafor@atg.wa.gov", "(360) 555-0152"),
                 [("Hoang Minh Le", "1975-08-14", []),
                  ("Svetlana Petrovna Morozova", "1968-02-27", [])],
                 ["RCW 74.09.210", "RCW 9A.56.030"],
                 ("none", None), False, "criminal_investigation", ["benefits", "employment", "address"], "mail")


@doc
def btt09(rng):
    t = """
| SOCIAL SECURITY ADMINISTRATION
# OFFICE OF THE INSPECTOR GENERAL
| Office of Investigations • Atlanta Field Division • Birmingham Office
| 1200 Rev. Abraham Woods Jr. Blvd., Suite 400, Birmingham, AL 35285
| Special Agent in Charge: Gregory T. Vance
---

March 26, 2025

Alabama Department of Labor
Unemployment Compensation Division — Records
649 Monroe Street
Montgomery, AL 36131

Subject:  Request for quarterly wage records — OIG Case No. A-25-0007712

To Whom It May Concern:

The Social Security Administration, Office of the Inspector General, is investigating a beneficiary who is suspected of concealing work activity while receiving Social Security disability benefits. The conduct under investigation may violate 42 U.S.C. § 408(a)(4) and 18 U.S.C. § 641.

I request all quarterly wage records reported to your Department since January 2020, with employer names and addresses, for:

    Name:   Mr. Terrence Jamal Whitlock Jr.
    DOB:    January 5, 1971
    SSN:    ***-**-2290

I understand that the Department may share this information with a federal agency for this purpose under Ala. Code § 25-4-116. Your assistance is appreciated.

Sincerely,

Meredith A. Lyle
Special Agent
(205) 555-0137
meredith.lyle@ssa.gov

WARNING: This letter is the property of the Office of the Inspector General and is loaned to your agency. It may not be disclosed outside your agency without OIG authorization.
"""
    open(f"{OUT}/btt09.pdf", "wb").write(render_pdf(t, "sans", 10, "SSA OIG request"))
    return label("btt09", "born_digital", "SSA OIG letter with SAC in letterhead, agent signs",
                 ("ssa-oig", "Social Security Administration, Office of the Inspector General", "Meredith A. Lyle",
                  "Special Agent", "meredith.lyle@ssa.gov", "(205) 555-0137"),
                 [("Terrence Jamal Whitlock Jr.", "1971-01-05", [("ssn_last4", "2290")])],
                 ["42 USC 408", "18 USC 641", "AL Code 25-4-116"],
                 ("none", None), False, "criminal_investigation", ["wages", "employment"], "mail")


@doc
def btt10(rng):
    t = """
| Office of Enforcement and Removal Operations
| U.S. Department of Homeland Security
| Chicago Field Office — Milwaukee Sub-Office
| 310 E. Knapp Street, Milwaukee, WI 53202
> U.S. Immigration
> and Customs
> Enforcement
---
| FOR OFFICIAL USE ONLY

January 28, 2025

Wisconsin Department of Workforce Development
Division of Unemployment Insurance — Records Custodian
201 E. Washington Avenue
Madison, WI 53703

Dear Custodian of Records:

U.S. Immigration and Customs Enforcement (ICE), Enforcement and Removal Operations, requests the current address of record and the name and address of the most recent employer for each of the individuals below. This request is made pursuant to section 287 of the Immigration and Nationality Act and 8 C.F.R. § 287.5(a).

    CHÁVEZ NÚÑEZ, Josué         DOB: 19-Aug-1989     A# 088 912 774
    OSMAN, Faadumo Ali          DOB: 30-Mar-1994     A# 215-990-031

Please respond by mail or to the e-mail address below. Thank you for your cooperation.

Sincerely,

Craig M. Hollander
Supervisory Detention and Deportation Officer
for: Field Office Director, Chicago
(414) 555-0166  |  craig.m.hollander@ice.dhs.gov

| www.ice.gov
"""
    open(f"{OUT}/btt10.pdf", "wb").write(render_pdf(t, "sans", 10, "ERO request"))
    return label("btt10", "born_digital", "ERO sub-office letter signed by SDDO for FOD, FOUO, A-numbers",
                 ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Chicago Field Office",
                  "Craig M. Hollander", "Supervisory Detention and Deportation Officer",
                  "craig.m.hollander@ice.dhs.gov", "(414) 555-0166"),
                 [("Josué Chávez Núñez", "1989-08-19", [("a_number", "A088912774")]),
                  ("Faadumo Ali Osman", "1994-03-30", [("a_number", "A215990031")])],
                 ["INA 287", "8 CFR 287.5"],
                 ("none", None), False, "civil_immigration", ["address", "employment"], "mail")


@doc
def btt11(rng):
    t = """
# GEORGIA DEPARTMENT OF COMMUNITY SUPERVISION
| Field Operations • Region 2 • Cobb County Office
| 1750 County Services Pkwy, Marietta, GA 30008 • (770) 555-0130
| Commissioner: Harold W. Kinsey
---

February 20, 2025

Georgia Department of Labor
Legal Services — Records Requests
148 Andrew Young International Blvd NE
Atlanta, GA 30303

Re:  Employment verification — Devonte Marquis Sanders
     GDC No. 1002456781    DOB 11/19/1993

Dear Sir or Madam:

The above-named individual is under the supervision of this Department. He has reported employment with two staffing agencies in Cobb County. Cobb County Police have since identified him as a suspect in a new theft by deception offense (O.C.G.A. § 16-8-3) involving a staffing-agency payroll account, and this office is assisting the investigating detective.

Please provide quarterly wage and employer information from 2024 to present. We understand the Department may disclose such information to a law enforcement agency under O.C.G.A. § 34-8-125.

Sincerely,


Latrice N. Hamilton
Community Supervision Officer
latrice.hamilton@dcs.ga.gov   |   (770) 555-0133

Approved: Raymond Ellis, Chief Community Supervision Officer
"""
    write_scanned(render_pdf(t, "serif", 10.5), f"{OUT}/btt11.pdf", "btt11", rng)
    return label("btt11", "scanned", "state parole/community supervision officer letter, chief approves",
                 ("other", "Georgia Department of Community Supervision", "Latrice N. Hamilton",
                  "Community Supervision Officer", "latrice.hamilton@dcs.ga.gov", "(770) 555-0133"),
                 [("Devonte Marquis Sanders", "1993-11-19", [("other", "1002456781")])],
                 ["OCGA 16-8-3", "OCGA 34-8-125"],
                 ("none", None), False, "criminal_investigation", ["wages", "employment"], "mail")


@doc
def btt12(rng):
    t = """From:     Hadley, Brooke E. <brooke.hadley@nebraska.gov>
Sent:     Thursday, January 16, 2025 2:47 PM
To:       DMV Driver Records - LE <dmv.lerecords@nebraska.gov>
Cc:       Kessler, Tom <tom.kessler@nebraska.gov>
Subject:  hit and run - need DL photo and address

Good afternoon,

Troop C is working a fatal hit-and-run from 01/12/2025 on Highway 281 south of Grand Island (leaving the scene, Neb. Rev. Stat. § 60-697). A witness picked the driver out as

    TKACHENKO, Bohdan   DOB 1996-05-02

I need his DL photo, address of record and any vehicles registered to him. I believe the release is permitted for law enforcement under section 60-2909.01.

Thank you,

Inv. Brooke E. Hadley #427
Investigative Services Division - Troop C
Nebraska State Patrol
3431 Old Potash Hwy, Grand Island, NE 68803
Office (308) 555-0125

CONFIDENTIALITY: This e-mail may contain law enforcement sensitive information.
"""
    open(f"{OUT}/btt12.txt", "w", encoding="utf-8").write(t)
    return label("btt12", "txt", "plain-text printout of a state patrol investigator's email",
                 ("state-police", "Nebraska State Patrol", "Brooke E. Hadley", "Investigator",
                  "brooke.hadley@nebraska.gov", "(308) 555-0125"),
                 [("Bohdan Tkachenko", "1996-05-02", [])],
                 ["NE Stat 60-697", "NE Stat 60-2909.01"],
                 ("none", None), False, "criminal_investigation", ["photo", "address", "vehicle"], "email")


@doc
def btt13(rng):
    t = """NJ MOTOR VEHICLE COMMISSION
LAW ENFORCEMENT INQUIRY REQUEST (Form LE-12, electronic)
Confirmation no.: LE12-250318-00862     Submitted: 2025-03-18 10:04 EDT
==================================================================
Requesting agency:   Port Authority of New York & New Jersey Police Department
Bureau/Unit:         Criminal Investigations Bureau - Newark Liberty Int'l Airport
Requester:           Det. Sgt. Francis X. Moretti Jr.   (Shield 2231)
Preferred name:      Frank
E-mail:              fmoretti@panynj.gov
Phone:               973-555-0177
Case/Incident no.:   PAPD 2025-EWR-04418
Supervisor:          Lt. Denise Carrow (approved 03/18/2025)
------------------------------------------------------------------
Nature of investigation:
  Theft of air cargo (two pallets of consumer electronics) from a
  bonded warehouse, N.J.S.A. 2C:20-3 and receiving stolen property,
  N.J.S.A. 2C:20-7.

Subject 1
  Name (Last, First, MI):  KAMARA, Ibrahim S.
  DOB:                     07/07/1984
  NJ DL #:                 K0472 88310 55601
Subject 2
  Name (Last, First, MI):  OKONKWO-BELL, Joyce Adaeze
  DOB:                     1990-12-01
  NJ DL #:                 (not known)

Records requested:  [X] Photo  [X] Address history  [X] Registrations
                    [ ] Abstract  [ ] Title
------------------------------------------------------------------
By submitting this form the requester certifies that the information
is requested for a law enforcement purpose.
"""
    open(f"{OUT}/btt13.txt", "w", encoding="utf-8").write(t)
    return label("btt13", "txt", "MVC electronic form from port authority police detective sergeant",
                 ("local-police", "Port Authority of New York & New Jersey Police Department", "Francis X. Moretti Jr.",
                  "Detective Sergeant", "fmoretti@panynj.gov", "973-555-0177"),
                 [("Ibrahim S. Kamara", "1984-07-07", [("license", "K04728831055601")]),
                  ("Joyce Adaeze Okonkwo-Bell", "1990-12-01", [])],
                 ["NJSA 2C:20-3", "NJSA 2C:20-7"],
                 ("none", None), False, "criminal_investigation", ["photo", "address", "vehicle"], "email")


@doc
def btt14(rng):
    t = """
# CITY OF MADISON POLICE DEPARTMENT
| Investigative Services Bureau — Financial Crimes Unit
| 211 S. Carroll Street, Madison, WI 53703  •  Chief of Police: Lorraine B. Haugen
---

March 5, 2025

Wisconsin Department of Workforce Development
Office of Legal Counsel — Subpoena/Warrant Compliance
201 E. Washington Avenue, Madison, WI 53703

Re: Service of search warrant, Dane County Case No. 2025SW000214 (MPD Case 2025-071563)

Enclosed please find a search warrant signed by the Honorable Elaine M. Brekke, Dane County Circuit Court, for unemployment insurance claim, payment and wage records relating to María José Ortega-Villanueva. Please produce the records within ten days to me at the address above or at svang@cityofmadison.com.

Det. Samuel J. Vang, #4471
Financial Crimes Unit, (608) 555-0193
::
| STATE OF WISCONSIN          CIRCUIT COURT          DANE COUNTY
---
| In the Matter of the Search of Records Maintained by the
| Wisconsin Department of Workforce Development
| Case No. 2025SW000214
# SEARCH WARRANT

THE STATE OF WISCONSIN, TO ANY LAW ENFORCEMENT OFFICER:

Whereas, Detective Samuel J. Vang of the City of Madison Police Department has this day complained in writing, upon oath, to the Court that there are now located and concealed in the records of the Wisconsin Department of Workforce Development, 201 E. Washington Avenue, Madison, Wisconsin, certain things which may constitute evidence of the crimes of theft by fraud, contrary to Wis. Stat. § 943.20(1)(d), and unauthorized use of an individual's personal identifying information, contrary to Wis. Stat. § 943.201, namely:

    All unemployment insurance claims, claimant account information, payment records, bank deposit information and quarterly wage records, January 1, 2023 to the present, relating to MARÍA JOSÉ ORTEGA-VILLANUEVA, date of birth 09/12/1987.

And whereas the Court is satisfied that there is probable cause to believe that the things described are so located;

NOW, THEREFORE, in the name of the State of Wisconsin, you are commanded forthwith to search the records named for the things specified, and if they are found, to seize them and make return of this warrant within 48 hours, as provided by Wis. Stat. § 968.12 et seq.

Dated this 4th day of March, 2025, at 3:10 p.m.

BY THE COURT:

Electronically signed by Elaine M. Brekke
Circuit Court Judge, Branch 9
"""
    open(f"{OUT}/btt14.pdf", "wb").write(render_pdf(t, "serif", 10, "MPD search warrant service"))
    return label("btt14", "born_digital", "municipal detective cover letter + state circuit court search warrant",
                 ("local-police", "City of Madison Police Department", "Samuel J. Vang", "Detective",
                  "svang@cityofmadison.com", "(608) 555-0193"),
                 [("María José Ortega-Villanueva", "1987-09-12", [])],
                 ["WI Stat 943.20", "WI Stat 943.201", "WI Stat 968.12"],
                 ("judicial_warrant", None), True, "criminal_investigation",
                 ["claims", "benefits", "wages", "other"], "mail")


def ao93_text(district, caption_lines, case_no, items, offenses, judge, city, date):
    return f"""
| AO 93 (Rev. 11/13) Search and Seizure Warrant
| UNITED STATES DISTRICT COURT
| for the
| {district}
---
In the Matter of the Search of
{caption_lines}                                    Case No. {case_no}
# SEARCH AND SEIZURE WARRANT
To:  Any authorized law enforcement officer

An application by a federal law enforcement officer or an attorney for the government requests the search of the following person or property located in the {district}: records maintained by the Utah Department of Workforce Services, 140 East 300 South, Salt Lake City, Utah, as described in Attachment A.

I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the person or property described above, and that such search will reveal: {items}, evidence of violations of {offenses}.

YOU ARE COMMANDED to execute this warrant on or before March 20, 2025 (not to exceed 14 days)
  [X] in the daytime 6:00 a.m. to 10:00 p.m.   [ ] at any time in the day or night because good cause has been established.

Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for the property taken to the person from whom, or from whose premises, the property was taken, or leave the copy and receipt at the place where the property was taken.

The officer executing this warrant, or an officer present during the execution of the warrant, must prepare an inventory as required by law and promptly return this warrant and inventory to the duty magistrate judge.

[ ] Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result listed in 18 U.S.C. § 2705 (except for delay of trial), and authorize the officer executing this warrant to delay notice to the person who, or whose property, will be searched or seized.

Date and time issued: {date}                        /s/ {judge}
                                                    Judge's signature
City and state: {city}                              {judge}, United States Magistrate Judge
                                                    Printed name and title
"""


@doc
def btt15(rng):
    att = ao93_text("District of Utah",
                    "Records of the Utah Department of Workforce Services\nassociated with the persons listed in Attachment A",
                    "2:25-mj-00187-HLS",
                    "unemployment insurance claim files, payment records, wage records and account access logs",
                    "18 U.S.C. §§ 1343 and 1028A", "Harriet L. Stone", "Salt Lake City, Utah",
                    "03/06/2025 2:41 pm")
    att += """::
# ATTACHMENT A
| Property to be searched / Records to be seized

Records held by the Utah Department of Workforce Services, January 1, 2022 to present, for:

   1. PAREDES QUINTANILLA, Jorge Luis        DOB 04/11/1982
   2. ORLOVA, Tatiana Vasilievna             DOB 10/23/1991

including claim applications, claimant contact information (addresses, phone numbers, e-mail addresses), payment and deposit records, employer wage reports and IP address logs.
"""
    pdf = render_pdf(att, "serif", 10, "AO 93 2:25-mj-00187")
    m = email_msg('"FBI Salt Lake City - Records Liaison" <SU-RecordsLiaison@fbi.gov>',
                  "DWS Legal Process <dws-legalprocess@utah.gov>",
                  "Search warrant 2:25-mj-00187 - Utah DWS records",
                  "Fri, 07 Mar 2025 09:03:51 -0700", "<btt15.ao93@fbi.gov>",
                  cc="Roybal, Ethan C. (SU) (FBI) <ecroybal@fbi.gov>")
    m.set_content("""Good morning,

Attached is a federal search and seizure warrant signed by U.S. Magistrate Judge Harriet L. Stone on March 6, 2025, for Department of Workforce Services records on two subjects listed in Attachment A. This is a criminal matter (wire fraud and aggravated identity theft). The case agent is SA Ethan C. Roybal (cc'd).

Please send responsive records to this mailbox or through the FBI secure upload link we can provide. The warrant must be executed by March 20.

Thank you,

Courtney B. Marsh
Intelligence Analyst
FBI Salt Lake City Field Office
5425 West Amelia Earhart Drive, Salt Lake City, UT 84116
Office: 801-555-0158
""")
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="AO93_2-25-mj-00187_signed.pdf")
    write_eml(m, f"{OUT}/btt15.eml", "btt15")
    return label("btt15", "eml", "shared FBI mailbox email signed by analyst, AO 93 PDF attached, agent cc'd",
                 ("doj-fbi", "FBI Salt Lake City Field Office", "Courtney B. Marsh", "Intelligence Analyst",
                  "SU-RecordsLiaison@fbi.gov", "801-555-0158"),
                 [("Jorge Luis Paredes Quintanilla", "1982-04-11", []),
                  ("Tatiana Vasilievna Orlova", "1991-10-23", [])],
                 ["18 USC 1343", "18 USC 1028A", "18 USC 3103a", "18 USC 2705"],
                 ("judicial_warrant", "AO 93"), True, "criminal_investigation",
                 ["claims", "benefits", "wages", "address", "phone", "email", "other"], "email")


@doc
def btt16(rng):
    t = """
| U.S. Department of Justice
# United States Marshals Service
| Western District of Oklahoma
| 200 N.W. 4th Street, Room 2400, Oklahoma City, OK 73102
---

January 30, 2025

Oklahoma Department of Public Safety
Records Management Division — Law Enforcement Requests
3600 N. Martin Luther King Ave.
Oklahoma City, OK 73111

Re: Fugitive investigation — Reginald Earl Foster III, USMS No. 71123-064

The U.S. Marshals Service is attempting to locate the above-named fugitive, who is the subject of the enclosed federal arrest warrant for being a felon in possession of a firearm (18 U.S.C. § 922(g)(1)). Please provide the current and prior addresses, driver license photograph and any vehicles registered to him. We understand these records may be released to a law enforcement agency under 47 O.S. § 6-117.

    Name: FOSTER, Reginald Earl III      DOB: 06/23/1980      OK DL: F089127745

Sincerely,

Cody W. Harjo
Deputy U.S. Marshal
Oklahoma Violent Crimes Fugitive Task Force
(405) 555-0115   cody.harjo@usdoj.gov
::
| AO 442 (Rev. 11/11) Arrest Warrant
| UNITED STATES DISTRICT COURT
| for the
| Western District of Oklahoma
---
United States of America
              v.                                  Case No. CR-24-00391-J
REGINALD EARL FOSTER III
              Defendant
# ARREST WARRANT
To:  Any authorized law enforcement officer

YOU ARE COMMANDED to arrest and bring before a United States magistrate judge without unnecessary delay (name of person to be arrested) Reginald Earl Foster III, who is accused of an offense or violation based on the following document filed with the court:

[X] Indictment  [ ] Superseding Indictment  [ ] Information  [ ] Complaint  [ ] Probation Violation Petition

This offense is briefly described as follows:
   Felon in possession of a firearm and ammunition, in violation of 18 U.S.C. § 922(g)(1).

Date: 11/14/2024                                   s/ Carmen T. Aldridge, Deputy Clerk
                                                   Issuing officer's signature
City and state: Oklahoma City, Oklahoma            JOAN KESSLER-MOORE, Clerk of Court
                                                   Printed name and title
---
! Return
This warrant was received on (date) ______, and the person was arrested on (date) ______ at (city and state) ______.
"""
    write_scanned(render_pdf(t, "serif", 10), f"{OUT}/btt16.pdf", "btt16", rng, rotations={1: 180})
    return label("btt16", "scanned", "USMS locate letter + AO 442 arrest warrant (2nd page upside down)",
                 ("doj-usms", "United States Marshals Service, Western District of Oklahoma", "Cody W. Harjo",
                  "Deputy U.S. Marshal", "cody.harjo@usdoj.gov", "(405) 555-0115"),
                 [("Reginald Earl Foster III", "1980-06-23", [("license", "F089127745")])],
                 ["18 USC 922", "47 OS 6-117"],
                 ("judicial_warrant", "AO 442"), True, "criminal_investigation", ["address", "photo", "vehicle"], "mail")


@doc
def btt17(rng):
    t = """
| U.S. DEPARTMENT OF LABOR
# OFFICE OF INSPECTOR GENERAL
| Office of Investigations — Labor Racketeering and Fraud
| Philadelphia Regional Office • 170 S. Independence Mall West, Suite 633E, Philadelphia, PA 19106
---

April 7, 2025

Pennsylvania Department of Labor & Industry
Office of Unemployment Compensation Benefits Policy — Law Enforcement Liaison
651 Boas Street, Harrisburg, PA 17121

Re: Court order under 18 U.S.C. § 2703(d), Misc. No. 25-mc-118

Enclosed is an order of the United States District Court for the Eastern District of Pennsylvania requiring the Department to disclose records concerning claimant accounts in its unemployment compensation system. The investigation concerns wire fraud (18 U.S.C. § 1343) and false statements to obtain compensation (43 P.S. § 871). The order also directs that the Department not notify the account holders.

Please provide the records to me within 14 days.

Nicole A. Brzezinski
Special Agent, DOL-OIG
(215) 555-0104 | brzezinski.nicole@oig.dol.gov
::
| UNITED STATES DISTRICT COURT
| FOR THE EASTERN DISTRICT OF PENNSYLVANIA
---
IN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN ORDER PURSUANT TO 18 U.S.C. § 2703(d)          Misc. No. 25-mc-118
# ORDER

This matter having come before the Court pursuant to an application under Title 18, United States Code, Section 2703(b) and (c), by Gregory M. Tillman, Assistant United States Attorney, which application requests an order under Title 18, United States Code, Section 2703(d), directing the Pennsylvania Department of Labor & Industry to disclose the records and other information described in Attachment A to this Order, the Court finds that the applicant has offered specific and articulable facts showing that there are reasonable grounds to believe that the records or other information sought are relevant and material to an ongoing criminal investigation.

IT IS ORDERED that the Pennsylvania Department of Labor & Industry shall, within ten days of the date of this Order, disclose to the United States the records and other information described in Attachment A.

IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that the Department shall not disclose the existence of the application or this Order to the listed account holders or to any other person for a period of one year, except to its attorneys for the purpose of receiving legal advice.

Date: April 3, 2025                      ______________________________
                                         Hon. Walter J. Cunningham
                                         United States Magistrate Judge
::
# ATTACHMENT A
For the period March 1, 2020 through December 31, 2023, for the UC claimant accounts associated with:

   (1) PHAM, Quang Duc           date of birth January 30, 1977
   (2) DAWKINS, Shanice Renee    date of birth August 8, 1995

a. subscriber/claimant records: names, mailing addresses, telephone numbers, e-mail addresses;
b. records of session times and durations, and the IP addresses used to access the accounts;
c. payment method and bank deposit records for benefits paid.
"""
    open(f"{OUT}/btt17.pdf", "wb").write(render_pdf(t, "serif", 10, "DOL OIG 2703(d) order"))
    return label("btt17", "born_digital", "DOL OIG cover letter + federal 2703(d) order with Attachment A",
                 ("dol-oig", "U.S. Department of Labor, Office of Inspector General", "Nicole A. Brzezinski",
                  "Special Agent", "brzezinski.nicole@oig.dol.gov", "(215) 555-0104"),
                 [("Quang Duc Pham", "1977-01-30", []),
                  ("Shanice Renee Dawkins", "1995-08-08", [])],
                 ["18 USC 2703", "18 USC 1343", "43 PS 871", "18 USC 2705"],
                 ("court_order", None), True, "criminal_investigation",
                 ["claims", "address", "phone", "email", "other"], "mail")


@doc
def btt18(rng):
    t = """
# CUYAHOGA COUNTY PROSECUTOR'S OFFICE
| Thomas R. Gallagher, Prosecuting Attorney
| Justice Center • 1200 Ontario Street, 9th Floor • Cleveland, Ohio 44113
| Economic Crimes Unit  •  Fax (216) 555-0169
---
# FACSIMILE

To: Ohio Dept. of Job & Family Services || Attn: Office of Legal Services
Fax: (614) 555-0181 || Date: 02/27/2025
From: APA Aisha D. Rahman || Phone: (216) 555-0161
Re: State v. Wójcik, CR-24-691204-A || Pages: 2 (with cover)

Please see the attached journal entry ordering production of ODJFS wage and UC claim records. Records should be certified and returned to my attention. Questions: arahman@prosecutor.cuyahogacounty.us

The information contained in this facsimile is privileged and confidential and intended only for the recipient named above.
::
| IN THE COURT OF COMMON PLEAS
| CUYAHOGA COUNTY, OHIO
---
STATE OF OHIO,                              )   CASE NO. CR-24-691204-A
        Plaintiff,                          )
   vs.                                      )   JUDGE MAUREEN E. KILBANE-DOYLE
DARIUSZ PIOTR WÓJCIK,                       )
        Defendant.                          )   JOURNAL ENTRY AND ORDER
                                                FOR PRODUCTION OF RECORDS

This matter came before the Court on the State's motion for an order directing the Ohio Department of Job and Family Services to produce records. The defendant is charged with theft, R.C. 2913.02, and tampering with records, R.C. 2913.42. Upon good cause shown, and the Court finding that disclosure is permitted under R.C. 4141.21 and 4141.22,

IT IS HEREBY ORDERED that ODJFS shall produce to the Cuyahoga County Prosecutor's Office, within 21 days, certified copies of all quarterly wage records and unemployment compensation claim and payment records, from 2021 to the present, for DARIUSZ PIOTR WÓJCIK, date of birth 02/13/1985, SSN ending in 6613.

IT IS SO ORDERED.

                                  _______________________________
                                  JUDGE MAUREEN E. KILBANE-DOYLE
Date: 02/25/2025
"""
    write_fax(render_pdf(t, "serif", 10), f"{OUT}/btt18.tif", "btt18", rng,
              header="02/27/2025 14:18  2165550169  CCPO ECON CRIMES     #4127 P.{p:03d}/{n:03d}")
    return label("btt18", "fax", "county prosecutor fax cover + common pleas order",
                 ("district-attorney", "Cuyahoga County Prosecutor's Office", "Aisha D. Rahman",
                  "Assistant Prosecuting Attorney", "arahman@prosecutor.cuyahogacounty.us", "(216) 555-0161"),
                 [("Dariusz Piotr Wójcik", "1985-02-13", [("ssn_last4", "6613")])],
                 ["ORC 2913.02", "ORC 2913.42", "ORC 4141.21", "ORC 4141.22"],
                 ("court_order", None), True, "criminal_investigation", ["wages", "claims", "benefits"], "fax")


@doc
def btt19(rng):
    order = """
DISTRICT COURT, WELD COUNTY, COLORADO
Court Address: 901 9th Avenue, Greeley, CO 80631
---
THE PEOPLE OF THE STATE OF COLORADO,
v.
Defendants: AURELIO BENÍTEZ CAMPOS and KATERYNA BONDARENKO          Case Number: 25CR412
                                                                    Division: 11
# ORDER FOR PRODUCTION OF RECORDS

THE COURT, having reviewed the Application of Investigator Luz Elena Saucedo of the Weld County Sheriff's Office and being fully advised, FINDS that the records described below are material to the prosecution of theft, C.R.S. § 18-4-401, and forgery, C.R.S. § 18-5-102, and that disclosure is authorized under C.R.S. § 8-72-107.

IT IS THEREFORE ORDERED that the Colorado Department of Labor and Employment shall produce to the Weld County Sheriff's Office all employer wage records and unemployment insurance claim records, with the claimant addresses on file, from January 1, 2023 to present, for:

   AURELIO BENÍTEZ CAMPOS, DOB March 17, 1979
   KATERYNA BONDARENKO, DOB 06/05/1992

Dated: March 10, 2025

BY THE COURT:
Philip A. Marchetti
District Court Judge
"""
    pdf = render_pdf(order, "serif", 10)
    jpg = image_bytes(pdf, "btt19img", rng, "JPEG", photo=True)
    m = email_msg("Luz Elena Saucedo <lsaucedo@weld.gov>",
                  "CDLE UI Legal Records <cdle_ui_legal@state.co.us>",
                  "Court order 25CR412 - wage/UI records",
                  "Wed, 12 Mar 2025 15:40:19 -0600", "<btt19.order@weld.gov>")
    m.set_content("""Hello,

Attached is a photo of the signed order from Weld County District Court in People v. Benítez Campos and Bondarenko, 25CR412. The original is being mailed. Can you please send the wage and UI claim records the order describes for both defendants?

Thank you,

Inv. Luz Elena Saucedo
Weld County Sheriff's Office - Investigations Division
1950 O Street, Greeley, CO 80631
Desk 970-555-0148

Sent from my iPhone
""")
    m.add_attachment(jpg, maintype="image", subtype="jpeg", filename="IMG_4417.jpeg")
    write_eml(m, f"{OUT}/btt19.eml", "btt19")
    return label("btt19", "eml", "sheriff investigator email with phone photo (JPEG) of state district court order",
                 ("sheriff", "Weld County Sheriff's Office", "Luz Elena Saucedo", "Investigator",
                  "lsaucedo@weld.gov", "970-555-0148"),
                 [("Aurelio Benítez Campos", "1979-03-17", []),
                  ("Kateryna Bondarenko", "1992-06-05", [])],
                 ["CRS 18-4-401", "CRS 18-5-102", "CRS 8-72-107"],
                 ("court_order", None), True, "criminal_investigation", ["wages", "claims", "address"], "email")


@doc
def btt20(rng):
    t = """
| U.S. Department of Justice
| United States Attorney
| Eastern District of Virginia
---
> Justin W. Williams U.S. Attorney's Building
> 2100 Jamieson Avenue, Alexandria, VA 22314
> (703) 555-0110

March 14, 2025

BY FEDEX
Custodian of Records
Virginia Employment Commission
6606 West Broad Street
Richmond, VA 23230

Re: Federal Grand Jury Subpoena No. GJ25-0419

Dear Custodian:

Enclosed is a grand jury subpoena for records of the Virginia Employment Commission in connection with a federal criminal investigation concerning money laundering (18 U.S.C. § 1956). I understand the Commission may provide these records to a federal grand jury notwithstanding Va. Code § 60.2-114. In lieu of appearing, you may comply by producing certified copies to Special Agent Rafael O. Quiñones, IRS-Criminal Investigation, on or before the return date.

You are requested not to disclose the existence of this subpoena, as disclosure could impede the investigation. Matters occurring before the grand jury are governed by Fed. R. Crim. P. 6(e).

Very truly yours,

UNITED STATES ATTORNEY

By: Jonathan P. Whitcomb
Assistant United States Attorney
jonathan.whitcomb@usdoj.gov
::
| AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
| UNITED STATES DISTRICT COURT
| for the
| Eastern District of Virginia
---
# SUBPOENA TO TESTIFY BEFORE A GRAND JURY

To:  Custodian of Records, Virginia Employment Commission, 6606 West Broad Street, Richmond, VA 23230

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.

Place: Albert V. Bryan U.S. Courthouse, 401 Courthouse Square, Alexandria, VA 22314 || Date and Time: 04/08/2025 9:30 am
                                                                  Grand Jury Room 3

You must also bring with you the following documents, electronically stored information, or objects:
See Attachment: all quarterly wage records, employer account records and unemployment claims, January 2021 to the present, for:
   GULEID, Nasra Mohamed        DOB 03/28/1990
   PEÑA SOTO, Carlos Alberto    DOB 12/19/1986
   TRAN, Bao Ngoc               DOB 05/14/1993

Date: 03/13/2025                                  CLERK OF COURT
                                                  s/ L. Ferreira
                                                  Signature of Clerk or Deputy Clerk

The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are:
Jonathan P. Whitcomb, AUSA, 2100 Jamieson Avenue, Alexandria, VA 22314, jonathan.whitcomb@usdoj.gov, (703) 555-0110
"""
    open(f"{OUT}/btt20.pdf", "wb").write(render_pdf(t, "serif", 10, "GJ25-0419"))
    return label("btt20", "born_digital", "AUSA cover letter + AO 110 grand jury subpoena, IRS-CI agent named",
                 ("doj-usao", "United States Attorney, Eastern District of Virginia", "Jonathan P. Whitcomb",
                  "Assistant United States Attorney", "jonathan.whitcomb@usdoj.gov", "(703) 555-0110"),
                 [("Nasra Mohamed Guleid", "1990-03-28", []),
                  ("Carlos Alberto Peña Soto", "1986-12-19", []),
                  ("Bao Ngoc Tran", "1993-05-14", [])],
                 ["18 USC 1956", "VA Code 60.2-114", "FRCrP 6"],
                 ("grand_jury_subpoena", "AO 110"), True, "criminal_investigation",
                 ["wages", "employment", "claims"], "mail")


@doc
def btt21(rng):
    t = """
| KINGS COUNTY DISTRICT ATTORNEY'S OFFICE
| Howard L. Brenner, District Attorney
| 350 Jay Street, Brooklyn, New York 11201 • Rackets Division
---
| SUPREME COURT OF THE STATE OF NEW YORK
| COUNTY OF KINGS
# SUBPOENA DUCES TECUM
## FOR THE GRAND JURY

THE PEOPLE OF THE STATE OF NEW YORK

TO:  Records Access Officer, New York State Department of Labor, Building 12, W.A. Harriman State Office Campus, Albany, New York 12226

GREETINGS: WE COMMAND YOU, that all business and excuses being laid aside, you appear and attend before the GRAND JURY of the County of Kings, at the Grand Jury Room, 320 Jay Street, Brooklyn, New York, on the 15th day of April, 2025, at 10:00 a.m., as a witness in a criminal proceeding, and that you bring with you and produce the following, pursuant to CPL 610.20:

   Quarterly wage reporting records and unemployment insurance claim records, 2022 to date, for:
     1.  SHEVCHENKO, Oleksandr          DOB 04-Jan-1981
     2.  GUZMÁN DE LEÓN, Rosa Amelia    DOB 1976-08-30

Failure to comply with this subpoena is punishable as a contempt of court (Judiciary Law § 750) and may be punishable by fine or imprisonment.

The proceedings of the Grand Jury are secret (CPL 190.25). Production in lieu of appearance may be arranged with the Assistant District Attorney named below; certified copies accepted.

Dated: Brooklyn, New York, March 24, 2025

                              HOWARD L. BRENNER
                              District Attorney, Kings County
                              By: Keisha M. Arrington
                              Assistant District Attorney
                              Rackets Division, (718) 555-0184
                              arringtonk@brooklynda.org

Investigation: grand larceny in the second degree, Penal Law § 155.40 (payroll diversion). Investigator: DAS Det. Piotr Zielinski.
"""
    write_scanned(render_pdf(t, "serif", 10), f"{OUT}/btt21.pdf", "btt21", rng, rotations={0: 90})
    return label("btt21", "scanned", "county DA grand jury subpoena duces tecum (New York), page rotated 90",
                 ("district-attorney", "Kings County District Attorney's Office", "Keisha M. Arrington",
                  "Assistant District Attorney", "arringtonk@brooklynda.org", "(718) 555-0184"),
                 [("Oleksandr Shevchenko", "1981-01-04", []),
                  ("Rosa Amelia Guzmán de León", "1976-08-30", [])],
                 ["NY CPL 610.20", "NY Jud Law 750", "NY CPL 190.25", "NY PL 155.40"],
                 ("grand_jury_subpoena", None), True, "criminal_investigation", ["wages", "claims"], "mail")


@doc
def btt22(rng):
    t = """
| U.S. Department of Justice
| United States Attorney's Office — District of Arizona
| Two Renaissance Square, 40 N. Central Avenue, Suite 1800, Phoenix, AZ 85004
---

May 1, 2025

Arizona Department of Transportation, Motor Vehicle Division
Custodian of Records — Legal Process Unit, Mail Drop 530M
PO Box 2100, Phoenix, AZ 85001

Re:  United States v. Rogelio Saldaña Meza, CR-24-01172-PHX-SMB

Enclosed is a trial subpoena for certified MVD records. Mr. Saldaña Meza is set for trial on June 9, 2025 on charges of importation of a controlled substance (21 U.S.C. §§ 952 and 960). In lieu of appearing, you may produce certified copies together with a certificate of authenticity under Fed. R. Evid. 902(11).

Marisol Q. Etsitty
Assistant United States Attorney
(602) 555-0171 • marisol.etsitty@usdoj.gov
::
| AO 89B (07/16) Subpoena to Produce Documents, Information, or Objects in a Criminal Case
| UNITED STATES DISTRICT COURT
| for the
| District of Arizona
---
United States of America
        v.                                       Case No. CR-24-01172-PHX-SMB
Rogelio Saldaña Meza
        Defendant
# SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS
## OR TO PERMIT INSPECTION OF PREMISES IN A CRIMINAL CASE

To:  Custodian of Records, Arizona Department of Transportation, Motor Vehicle Division

YOU ARE COMMANDED to produce at the time, date, and place set forth below the following books, papers, documents, data, or other objects:
   Certified driver license record with photograph, and title and registration history, for SALDAÑA MEZA, Rogelio, DOB 09/04/1977, AZ DL D08153327.

Place: Sandra Day O'Connor U.S. Courthouse, 401 W. Washington St., Courtroom 604, Phoenix, AZ || Date and Time: 06/09/2025 9:00 am

Certain provisions of Fed. R. Crim. P. 17 are attached, including Rule 17(c)(2), relating to your ability to file a motion to quash or modify the subpoena; Rule 17(d) and (e), which govern service of subpoenas; and Rule 17(g), relating to your duty to respond to this subpoena and the potential consequences of not doing so.

(SEAL)                                            CLERK OF COURT
Date: 04/28/2025                                  s/ M. Delacroix, Deputy Clerk

The name, address, e-mail, and telephone number of the attorney representing the United States, who requests this subpoena, are:
Marisol Q. Etsitty, AUSA, 40 N. Central Ave., Suite 1800, Phoenix, AZ 85004, marisol.etsitty@usdoj.gov, (602) 555-0171
"""
    open(f"{OUT}/btt22.pdf", "wb").write(render_pdf(t, "sans", 9.5, "AO 89B trial subpoena"))
    return label("btt22", "born_digital", "AUSA letter + AO 89B criminal trial subpoena",
                 ("doj-usao", "United States Attorney's Office — District of Arizona", "Marisol Q. Etsitty",
                  "Assistant United States Attorney", "marisol.etsitty@usdoj.gov", "(602) 555-0171"),
                 [("Rogelio Saldaña Meza", "1977-09-04", [("license", "D08153327")])],
                 ["21 USC 952", "21 USC 960", "FRE 902", "FRCrP 17"],
                 ("court_subpoena", "AO 89B"), True, "criminal_investigation", ["license", "photo", "vehicle"], "mail")


@doc
def btt23(rng):
    t = """From: Kolb, Trent <kolb_trent@dao.hctx.net>
To: DL Records Subpoenas <dl.subpoenas@dps.texas.gov>
Date: Mon, 5 May 2025 10:12:33 -0500
Subject: Subpoena duces tecum - State v. Abdirahman, Cause No. 1798432 (230th)

Please see the subpoena below for a certified driver record and photograph. A business records affidavit is acceptable in lieu of appearance. The signed original follows by mail.

Trent W. Kolb
Assistant District Attorney - Trial Bureau, 230th District Court
Harris County District Attorney's Office
1201 Franklin Street, Suite 600, Houston, Texas 77002
(713) 555-0109

--------------------------------------------------------------------
                       THE STATE OF TEXAS
                    SUBPOENA DUCES TECUM
       (Art. 24.02, Texas Code of Criminal Procedure)

CAUSE NO. 1798432          THE STATE OF TEXAS vs. KHALID YUSUF ABDIRAHMAN
IN THE 230TH DISTRICT COURT OF HARRIS COUNTY, TEXAS

TO ANY SHERIFF OR CONSTABLE OF THE STATE OF TEXAS - GREETINGS:
YOU ARE HEREBY COMMANDED TO SUMMON:
    Custodian of Records, Texas Department of Public Safety,
    Driver License Division, 5805 N. Lamar Blvd., Austin, TX 78752

to appear before the 230th District Court, 1201 Franklin, Houston, Texas,
on the 2nd day of June, 2025 at 9:00 a.m., then and there to testify as a
witness in the above styled and numbered cause, wherein the defendant is
charged with AGGRAVATED ASSAULT (Tex. Penal Code § 22.02), and to bring:

    Certified copy of the driver license record, including photograph and
    address history, for KHALID YUSUF ABDIRAHMAN, DOB 02/02/1995,
    TX DL 40918273, with an affidavit conforming to Tex. R. Evid. 902(10).

Issued at the request of: ADA Trent W. Kolb, SBN 24088817
Witness my hand and seal of said Court at Houston, Texas, this 1st day of
May, 2025.
                         DOLORES P. AGUAYO, District Clerk
                         Harris County, Texas
                         By: /s/ J. Nwosu, Deputy
--------------------------------------------------------------------
"""
    open(f"{OUT}/btt23.txt", "w", encoding="utf-8").write(t)
    return label("btt23", "txt", "plain-text email with Texas criminal subpoena duces tecum pasted in",
                 ("district-attorney", "Harris County District Attorney's Office", "Trent W. Kolb",
                  "Assistant District Attorney", "kolb_trent@dao.hctx.net", "(713) 555-0109"),
                 [("Khalid Yusuf Abdirahman", "1995-02-02", [("license", "40918273")])],
                 ["TX CCP 24.02", "TX PC 22.02", "TX R Evid 902"],
                 ("court_subpoena", None), True, "criminal_investigation", ["license", "photo", "address"], "email")


@doc
def btt24(rng):
    t = """
| AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of Premises in a Civil Action
| UNITED STATES DISTRICT COURT
| for the
| District of Colorado
---
ADRIANA GARZA VILLASEÑOR,
        Plaintiff                               Civil Action No. 1:24-cv-02961-RMR-KAS
   v.
FRONT RANGE LOGISTICS, INC.,
        Defendant
# SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS
## OR TO PERMIT INSPECTION OF PREMISES IN A CIVIL ACTION

To: Custodian of Records, Colorado Department of Labor and Employment, Division of Unemployment Insurance

[X] Production: YOU ARE COMMANDED to produce at the time, date, and place set forth below the following documents, electronically stored information, or objects, and to permit inspection, copying, testing, or sampling of the material:
   All unemployment insurance claim records, separation information and wage records for ADRIANA GARZA VILLASEÑOR, DOB 1988-10-07, from January 1, 2022 to present.

Place: Hartwell & Pruitt LLP, 1700 Lincoln Street, Suite 2400, Denver, CO 80203 || Date and Time: 05/30/2025 5:00 pm

The following provisions of Fed. R. Civ. P. 45 are attached — Rule 45(c), relating to the place of compliance; Rule 45(d), relating to your protection as a person subject to a subpoena; and Rule 45(e) and (g), relating to your duty to respond to this subpoena and the potential consequences of not doing so.

Date: 05/09/2025
CLERK OF COURT                          OR      /s/ Rachel S. Dunleavy
                                                Attorney's signature

The name, address, e-mail address, and telephone number of the attorney representing Front Range Logistics, Inc., who issues or requests this subpoena, are: Rachel S. Dunleavy, Hartwell & Pruitt LLP, 1700 Lincoln Street, Suite 2400, Denver, CO 80203; rdunleavy@hartwellpruitt.com; (303) 555-0176
"""
    pdf = render_pdf(t, "serif", 9.5, "AO 88B")
    m = email_msg('"Dunleavy, Rachel S." <rdunleavy@hartwellpruitt.com>',
                  "CDLE Subpoena Desk <cdle_subpoenas@state.co.us>",
                  "Subpoena - Garza Villaseñor v. Front Range Logistics, 1:24-cv-02961",
                  "Fri, 09 May 2025 16:21:08 -0600", "<btt24.ao88b@hartwellpruitt.com>",
                  cc="Tomas Ng <tng@hartwellpruitt.com>")
    m.set_content("""Dear Custodian of Records,

Our firm represents the defendant, Front Range Logistics, Inc., in the above employment action. Attached is a subpoena for the plaintiff's unemployment insurance records. We recognize that these records are confidential under C.R.S. § 8-72-107; a copy of the stipulated protective order entered in the case is available on request, and plaintiff's counsel has been served with notice of the subpoena.

Please let me know if the Department requires a fee or a specific form of certification.

Regards,

Rachel S. Dunleavy | Partner
HARTWELL & PRUITT LLP
1700 Lincoln Street, Suite 2400 | Denver, CO 80203
D: (303) 555-0176 | rdunleavy@hartwellpruitt.com

This message may contain attorney-client privileged or confidential information.
""")
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="Subpoena_CDLE_GarzaVillasenor.pdf")
    write_eml(m, f"{OUT}/btt24.eml", "btt24")
    return label("btt24", "eml", "law-firm email with AO 88B civil subpoena attached",
                 ("other", "Hartwell & Pruitt LLP", "Rachel S. Dunleavy", "Partner",
                  "rdunleavy@hartwellpruitt.com", "(303) 555-0176"),
                 [("Adriana Garza Villaseñor", "1988-10-07", [])],
                 ["FRCP 45", "CRS 8-72-107"],
                 ("court_subpoena", "AO 88B"), True, "unknown", ["claims", "wages", "employment"], "email")


@doc
def btt25(rng):
    t = """
| DEPARTMENT OF HOMELAND SECURITY
# IMMIGRATION ENFORCEMENT SUBPOENA
| (To Produce Records and/or Testify)
> Subpoena Number: ERO-SEA-2025-00871
---
In the Matter of:  RUSU, Ion Mihai        File No.: A201 556 378        DOB: 11/11/1987
---
To:  Custodian of Records
     Oregon Employment Department
     875 Union Street NE, Salem, OR 97311

By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED AND REQUIRED to appear before the following named immigration officer (or his/her designee) at the place, date and time indicated, to give testimony and/or produce the following books, papers, records, or other documents, relating to the admissibility or removability of the above-named person:

   [X] Produce records:  Wage records, employer names and addresses, and claimant contact information (current address and telephone), January 2022 to present, for Ion Mihai RUSU, DOB 11/11/1987.
   [ ] Testimony

Officer: Marcus D. Pryor, Supervisory Detention and Deportation Officer || Date: 04/14/2025  Time: 10:00 AM
Place: ICE ERO Portland, 4310 SW Macadam Ave., Portland, OR 97239 || Tel.: (503) 555-0127

This subpoena is issued pursuant to Section 235(d)(4)(A) of the Immigration and Nationality Act (8 U.S.C. § 1225(d)(4)(A)) and 8 C.F.R. § 287.4. In lieu of appearing, you may produce the records by mail or electronically to: marcus.d.pryor@ice.dhs.gov.

Failure to comply with this subpoena may subject you to an order issued by a United States District Court to comply with the subpoena, and failure to obey such order may be punished by that court as contempt thereof.

Signature of Issuing Officer:  /s/ Marcus D. Pryor
Name and Title: Marcus D. Pryor, Supervisory Detention and Deportation Officer
Office: U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Seattle Field Office — Portland Sub-Office
Date of Issuance: March 31, 2025
---
! CERTIFICATE OF SERVICE
I certify that I served this subpoena by [ ] personal service  [X] certified mail on 04/01/2025.
Served by: DO Alicia M. Crane
---
| Form I-138 (Rev. 10/14)
"""
    open(f"{OUT}/btt25.pdf", "wb").write(render_pdf(t, "sans", 9.5, "Form I-138"))
    return label("btt25", "born_digital", "DHS Form I-138 immigration enforcement subpoena with district-court enforcement clause",
                 ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Seattle Field Office",
                  "Marcus D. Pryor", "Supervisory Detention and Deportation Officer",
                  "marcus.d.pryor@ice.dhs.gov", "(503) 555-0127"),
                 [("Ion Mihai Rusu", "1987-11-11", [("a_number", "A201556378")])],
                 ["INA 235", "8 USC 1225", "8 CFR 287.4"],
                 ("administrative_subpoena", "I-138"), True, "civil_immigration",
                 ["wages", "employment", "address", "phone"], "mail")


@doc
def btt26(rng):
    t = """
| U.S. DEPARTMENT OF JUSTICE
| DRUG ENFORCEMENT ADMINISTRATION
# SUBPOENA
> File No.: GN-25-0031      Subpoena No.: NO-25-118

TO:  Custodian of Records
     Louisiana Workforce Commission
     1001 North 23rd Street, Baton Rouge, LA 70802

By the service of this subpoena upon you, YOU ARE HEREBY REQUIRED to appear before Diversion Investigator Amanda L. Reyes-Whitaker, an official of the Drug Enforcement Administration, at 3838 N. Causeway Blvd., Suite 1800, Metairie, LA 70002, on the 21st day of April, 2025, at 10:00 a.m., to testify and give information in connection with an investigation relating to the enforcement of the Controlled Substances Act, and to bring with you and produce the following:

   Quarterly wage records and employer information, 2021 to present, for:
     THIBODEAUX, Remy Joseph, R.Ph.     DOB 1969-03-02
     VO, Phuong Lan                     DOB 1984-10-18

In lieu of appearance, the records may be provided to the Diversion Investigator named above.

This subpoena is issued pursuant to the authority of Section 506 of Public Law 91-513 (21 U.S.C. 876). Failure to comply with this subpoena may result in the Attorney General of the United States invoking the aid of the United States District Court to compel compliance, as provided in 21 U.S.C. 876(c).

Issued this 2nd day of April, 2025.
/s/ Gerald P. Fontenot
Diversion Program Manager, New Orleans Field Division
"""
    pdf = render_pdf(t, "serif", 10, "DEA subpoena NO-25-118")
    m = email_msg('"DEA New Orleans Diversion Group 1" <NOFD.Diversion.G1@dea.gov>',
                  "LWC Legal Records <lwc.legal.records@lwc.la.gov>",
                  "DEA Administrative Subpoena NO-25-118",
                  "Thu, 03 Apr 2025 09:27:55 -0500", "<btt26.no25118@dea.gov>")
    m.set_content("""Good morning,

Please find attached an administrative subpoena issued under Title 21, United States Code, Section 876 for wage records on two individuals. The investigation concerns the diversion of oxycodone by a pharmacist and an associate (21 U.S.C. §§ 841 and 843). Electronic production to this mailbox is fine.

Please do not notify the subjects.

Respectfully,

Amanda L. Reyes-Whitaker
Diversion Investigator
DEA New Orleans Field Division, Diversion Group 1
Office: (504) 555-0112
amanda.l.reyes-whitaker@dea.gov
""")
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="NO-25-118_LWC.pdf")
    write_eml(m, f"{OUT}/btt26.eml", "btt26")
    return label("btt26", "eml", "DEA shared mailbox email, 21 USC 876 subpoena PDF attached (signed by program manager)",
                 ("doj-dea", "DEA New Orleans Field Division", "Amanda L. Reyes-Whitaker", "Diversion Investigator",
                  "amanda.l.reyes-whitaker@dea.gov", "(504) 555-0112"),
                 [("Remy Joseph Thibodeaux", "1969-03-02", []),
                  ("Phuong Lan Vo", "1984-10-18", [])],
                 ["21 USC 876", "PL 91-513", "21 USC 841", "21 USC 843"],
                 ("administrative_subpoena", None), True, "criminal_investigation", ["wages", "employment"], "email")


@doc
def btt27(rng):
    t = """
| U.S. Customs and Border Protection — Office of Field Operations
| Port of Savannah — Outbound Enforcement Team
| 1 East Bay Street, Savannah, GA 31401
# FAX
To: Georgia DOR — Motor Vehicle Division || Attn: Title/Registration Records
Fax: 404-555-0105 || Date: 03/19/2025
From: SCBPO Jerome T. Whitfield || Tel: 912-555-0138
Pages: 2 || Re: Summons — stolen vehicle exports

Attached is a CBP summons for title and registration records on vehicles presented for export at the Port of Savannah. Please fax or e-mail responsive records to jerome.whitfield@cbp.dhs.gov.
::
| DEPARTMENT OF HOMELAND SECURITY
| U.S. CUSTOMS AND BORDER PROTECTION
# SUMMONS
> Summons No. SAV-OFO-25-0044

To:  Custodian of Records, Georgia Department of Revenue, Motor Vehicle Division, 4125 Welcome All Road, Atlanta, GA 30349

By the service of this summons upon you, YOU ARE HEREBY SUMMONED AND REQUIRED to appear before Supervisory CBP Officer Jerome T. Whitfield, an officer of U.S. Customs and Border Protection, at the place, date and time below, to give testimony and to produce the records described below, in connection with an investigation of the exportation of stolen motor vehicles (18 U.S.C. § 553):

   Title, registration and lien records for any vehicle titled or registered to:
     HNATYUK, Yuriy Mykolayovych       DOB 12 Jun 1983
     LOZANO PÉREZ, Marco Antonio       DOB 1979-01-25

Place: CBP Port of Savannah, 1 East Bay Street || Date/Time: 04/02/2025 10:00 a.m.

This summons is issued pursuant to Section 509 of the Tariff Act of 1930, as amended (19 U.S.C. 1509). Failure to comply with this summons will render you liable to proceedings in a United States District Court to enforce compliance with this summons, as well as other sanctions (19 U.S.C. 1510).

Issued by: /s/ Jerome T. Whitfield, Supervisory CBP Officer    Date: 03/18/2025
                                                                CBP Form 3115 (02/18)
"""
    write_fax(render_pdf(t, "sans", 10), f"{OUT}/btt27.tif", "btt27", rng,
              header="Mar 19 2025 08:55AM  CBP SAVANNAH OET  912 555 0139  p.{p}")
    return label("btt27", "fax", "CBP Form 3115 summons faxed with cover sheet, enforcement clause",
                 ("dhs-cbp", "U.S. Customs and Border Protection, Office of Field Operations, Port of Savannah",
                  "Jerome T. Whitfield", "Supervisory CBP Officer", "jerome.whitfield@cbp.dhs.gov", "912-555-0138"),
                 [("Yuriy Mykolayovych Hnatyuk", "1983-06-12", []),
                  ("Marco Antonio Lozano Pérez", "1979-01-25", [])],
                 ["18 USC 553", "19 USC 1509", "19 USC 1510"],
                 ("administrative_subpoena", "3115"), True, "criminal_investigation", ["vehicle"], "fax")


def i200_text(name, anum, dob, signer, office, date):
    return f"""
| DEPARTMENT OF HOMELAND SECURITY
# WARRANT FOR ARREST OF ALIEN
> File No. {anum}
> Date: {date}
---
To:  Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations

I have determined that there is probable cause to believe that {name} is removable from the United States. This determination is based upon:
  [ ] the execution of a charging document to initiate removal proceedings against the subject;
  [ ] the pendency of ongoing removal proceedings against the subject;
  [X] the failure to establish admissibility subsequent to deferred inspection;
  [X] biometric confirmation of the subject's identity and a records check of federal databases that affirmatively indicate, by themselves or in addition to other reliable information, that the subject either lacks immigration status or notwithstanding such status is removable under U.S. immigration law; and/or
  [ ] statements made voluntarily by the subject to an immigration officer and/or other reliable evidence.

YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality Act, the above-named alien.  (Date of birth: {dob})

/s/ {signer}
(Signature of Authorized Immigration Officer)
{signer}, Supervisory Detention and Deportation Officer
(Printed Name and Title of Authorized Immigration Officer)
{office}
---
! Certificate of Service
I hereby certify that the Warrant for Arrest of Alien was served by me at ______ on ______, and the contents of this notice were read to him or her in the ______ language.
| Form I-200 (Rev. 09/16)
"""


@doc
def btt28(rng):
    t = """
| U.S. Department of Homeland Security
| U.S. Immigration and Customs Enforcement
| Enforcement and Removal Operations — Denver Field Office
| 12445 E. Caley Avenue, Centennial, CO 80111
---

March 3, 2025

Colorado Department of Human Services
Office of Economic Security — Records
1575 Sherman Street, Denver, CO 80203

RE:  Request for information — MEJÍA TZUL, Edgar Yovani (A# 219 334 560)

To whom it may concern,

ICE ERO Denver is seeking to locate the individual named in the enclosed Warrant for Arrest of Alien (Form I-200). Please provide the most recent residential address and telephone number on file with your Department for:

      Edgar Yovani MEJÍA TZUL
      Date of birth:  July 19, 1996
      A-Number:       219-334-560

This request is made under 8 U.S.C. § 1357. Thank you.

Kevin P. O'Rourke
Deportation Officer
ERO Denver — Fugitive Operations
(720) 555-0192 | kevin.p.orourke@ice.dhs.gov
::
""" + i200_text("MEJÍA TZUL, Edgar Yovani", "A219 334 560", "07/19/1996", "Ana L. Whitley",
                "ICE ERO Denver Field Office, Centennial, Colorado", "02/26/2025")
    write_scanned(render_pdf(t, "sans", 9.5), f"{OUT}/btt28.pdf", "btt28", rng)
    return label("btt28", "scanned", "ERO DO letter + I-200 signed by a different officer (SDDO)",
                 ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations — Denver Field Office",
                  "Kevin P. O'Rourke", "Deportation Officer", "kevin.p.orourke@ice.dhs.gov", "(720) 555-0192"),
                 [("Edgar Yovani Mejía Tzul", "1996-07-19", [("a_number", "A219334560")])],
                 ["8 USC 1357", "INA 236", "INA 287", "8 CFR 287"],
                 ("administrative_warrant", "I-200"), True, "civil_immigration", ["address", "phone"], "mail")


def i205_text(name, anum, dob, section, signer, office, date, judge_box=False):
    jb = "X" if judge_box else " "
    return f"""
| U.S. DEPARTMENT OF HOMELAND SECURITY
# WARRANT OF REMOVAL/DEPORTATION
> File No: {anum}
> Date: {date}
---
To any immigration officer of the United States Department of Homeland Security:

{name} (Full name of alien), date of birth {dob}, who entered the United States at or near an unknown place on or about an unknown date, is subject to removal/deportation from the United States, based upon a final order by:
  [X] an immigration judge in exclusion, deportation, or removal proceedings
  [ ] a designated official
  [ ] the Board of Immigration Appeals
  [{jb}] a United States District or Magistrate Court Judge
and pursuant to the following provisions of the Immigration and Nationality Act: {section}

I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary of Homeland Security under the laws of the United States and by his or her direction, command you to take into custody and remove from the United States the above-named alien, pursuant to law, at the expense of: the appropriation "Operations and Support, U.S. Immigration and Customs Enforcement".

/s/ {signer}
(Signature of immigration officer)
{signer}, Assistant Field Office Director
(Title of immigration officer)
{office}
---
| Form I-205 (Rev. 08/07)
"""


@doc
def btt29(rng):
    pdf = render_pdf(i205_text("CÁCERES FUNES, Wilmer Antonio", "A208 771 943", "05/05/1990",
                               "section 212(a)(6)(A)(i)", "Russell D. Amsel",
                               "Phoenix, Arizona", "January 22, 2025"), "serif", 10)
    png = image_bytes(pdf, "btt29img", rng, "PNG")
    m = email_msg('"PHX ERO Removal Mgmt" <PHX.ERO.Removal@ice.dhs.gov>',
                  "ADOT MVD Law Enforcement Records <mvdlerecords@azdot.gov>",
                  "Locate request - CACERES FUNES, Wilmer - A208771943",
                  "Wed, 29 Jan 2025 13:50:12 -0700", "<btt29.i205@ice.dhs.gov>")
    m.set_content("""MVD Records,

ERO Phoenix holds a final order and the attached Warrant of Removal/Deportation (I-205) for the subject below. We ask for his current address of record, license photo and any registered vehicles to effect removal under 8 U.S.C. § 1231.

   Name:  Wilmer Antonio CÁCERES FUNES
   DOB:   05/05/1990
   A#:    208 771 943
   AZ ID: D11480265

V/r,

Veronica S. Tsosie
Deportation Officer | Removal Management Unit
ICE ERO Phoenix Field Office
2035 N. Central Ave., Phoenix, AZ 85004
O: 602-555-0196 | veronica.s.tsosie@ice.dhs.gov
""")
    m.add_attachment(png, maintype="image", subtype="png", filename="I-205_A208771943.png")
    write_eml(m, f"{OUT}/btt29.eml", "btt29")
    return label("btt29", "eml", "ERO shared mailbox email with I-205 PNG attached (judge checkbox printed, unchecked)",
                 ("dhs-ice-ero", "ICE ERO Phoenix Field Office", "Veronica S. Tsosie", "Deportation Officer",
                  "veronica.s.tsosie@ice.dhs.gov", "602-555-0196"),
                 [("Wilmer Antonio Cáceres Funes", "1990-05-05", [("a_number", "A208771943"), ("license", "D11480265")])],
                 ["8 USC 1231", "INA 212"],
                 ("administrative_warrant", "I-205"), True, "civil_immigration", ["address", "photo", "vehicle"], "email")


@doc
def btt30(rng):
    t = """
| U.S. Immigration and Customs Enforcement
| Enforcement and Removal Operations — Atlanta Field Office, Charlotte Sub-Office
| Criminal Alien Program
| 6130 Tyvola Centre Drive, Charlotte, NC 28217
# FAX COVER SHEET

TO: NC Dept. of Adult Correction || Combined Records Section
FAX: 919-555-0114 || DATE: 04/09/2025
FROM: IEA Travis L. Brooks || PHONE: 704-555-0151
PAGES: 2 || OPUS #: 1458870

Attached is an I-205 Warrant of Removal for the offender below. Please advise the projected release date and facility, and forward the most recent offender photograph, so this office can take custody on release (8 U.S.C. § 1231(a)).

   Offender: ORTIZ LANDAVERDE, Jesús Alberto   DOB 02/11/1988   A-202 118 447

Travis L. Brooks, Immigration Enforcement Agent  —  travis.l.brooks@ice.dhs.gov
::
""" + i205_text("ORTIZ LANDAVERDE, Jesús Alberto", "A202 118 447", "02/11/1988",
                "section 237(a)(2)(A)(iii)", "Celia M. Drummond",
                "Atlanta, Georgia", "March 28, 2025")
    write_fax(render_pdf(t, "sans", 10), f"{OUT}/btt30.tif", "btt30", rng,
              header="04/09/2025 11:03 FAX 7045550155  ICE ERO CHARLOTTE CAP      [{p}/{n}]")
    return label("btt30", "fax", "ERO CAP fax cover + I-205 to state corrections",
                 ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations — Atlanta Field Office, Charlotte Sub-Office",
                  "Travis L. Brooks", "Immigration Enforcement Agent", "travis.l.brooks@ice.dhs.gov", "704-555-0151"),
                 [("Jesús Alberto Ortiz Landaverde", "1988-02-11", [("a_number", "A202118447"), ("other", "1458870")])],
                 ["8 USC 1231", "INA 237"],
                 ("administrative_warrant", "I-205"), True, "civil_immigration", ["other", "photo"], "fax")


@doc
def btt31(rng):
    t = """
| DEPARTMENT OF HOMELAND SECURITY
# IMMIGRATION DETAINER – NOTICE OF ACTION
Subject ID: 391027745 || Event #: DEN2503000112
File No: A215 664 120 || Date: March 7, 2025
TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency) || FROM: (Department of Homeland Security Office Address)
Colorado Department of Corrections || ICE ERO Denver Field Office
Denver Reception & Diagnostic Center || 12445 E. Caley Ave., Centennial, CO 80111
Name of Alien: RUIZ IBARRA, Brenda Lizeth || Date of Birth: 11/02/1997
Citizenship: Mexico || Sex: F
---
! 1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON (complete box 1 or 2):
[ ] a final order of removal against the alien;
[ ] the pendency of ongoing removal proceedings against the alien;
[X] biometric confirmation of the alien's identity and a records check of federal databases that affirmatively indicate, by themselves or in addition to other reliable information, that the alien either lacks immigration status or notwithstanding such status is removable under U.S. immigration law; and/or
[ ] statements made by the alien to an immigration officer and/or other reliable evidence that affirmatively indicate the alien either lacks immigration status or notwithstanding such status is removable under U.S. immigration law.

! IT IS THEREFORE REQUESTED THAT YOU:
- Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody. Please notify DHS by calling [X] U.S. Immigration and Customs Enforcement (ICE) at 720-555-0194.
- Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody.
- Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.
- Notify this office in the event of the alien's death, hospitalization or transfer to another institution.

This detainer arises from DHS authorities and should not impede the original criminal proceedings. This request is issued pursuant to sections 236 and 287 of the INA and 8 C.F.R. 236.1, 287.7, 239, and 241.

/s/ Samuel K. Adeyemi
(Signature of Immigration Officer)
Samuel K. Adeyemi, Deportation Officer (Name and Title of Immigration Officer)

Please also provide the offender's projected release date and current facility to samuel.k.adeyemi@ice.dhs.gov. CDOC offender no. 188420.
---
| DHS Form I-247A (3/17)                                                        Page 1 of 3
"""
    open(f"{OUT}/btt31.pdf", "wb").write(render_pdf(t, "sans", 9, "I-247A"))
    return label("btt31", "born_digital", "DHS I-247A detainer, two-column header fields",
                 ("dhs-ice-ero", "ICE ERO Denver Field Office", "Samuel K. Adeyemi", "Deportation Officer",
                  "samuel.k.adeyemi@ice.dhs.gov", "720-555-0194"),
                 [("Brenda Lizeth Ruiz Ibarra", "1997-11-02", [("a_number", "A215664120"), ("other", "188420")])],
                 ["INA 236", "INA 287", "8 CFR 236.1", "8 CFR 287.7", "8 CFR 239", "8 CFR 241"],
                 ("detainer", "I-247A"), True, "civil_immigration", ["other"], "mail")


@doc
def btt32(rng):
    t = """
| DEPARTMENT OF HOMELAND SECURITY
## REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE OF SUSPECTED PRIORITY ALIEN
Subject ID: 402771536 || Event #: SEA2504000233
File No: A214 009 552 || Date: April 11, 2025
TO: Washington State Department of Corrections || FROM: ICE ERO Seattle Field Office
Airway Heights Corrections Center || 12500 Tukwila International Blvd., Seattle, WA
Name of Alien: CEBAN, Nikolai Vasile || Date of Birth: 06/29/1984
Citizenship: Moldova || DOC #: 412889
---
DHS HAS DETERMINED THAT THE SUBJECT IS A SUSPECTED PRIORITY ALIEN and requests that you notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody, by calling 206-555-0131.

This request does not require you to hold the alien beyond the time he or she would otherwise be released. This request is issued pursuant to sections 236 and 287 of the INA and 8 C.F.R. 236.1 and 287.7.

/s/ Daniel H. Park
(Signature of Immigration Officer)
Daniel H. Park, Immigration Enforcement Agent
---
| DHS Form I-247N (10/15)
"""
    pdf = render_pdf(t, "sans", 9.5, "I-247N")
    m = email_msg('"ERO Seattle Criminal Alien Program" <SEA.CAP@ice.dhs.gov>',
                  "WA DOC Records <docrecords@doc1.wa.gov>",
                  "I-247N - CEBAN, Nikolai - DOC 412889",
                  "Fri, 11 Apr 2025 07:45:30 -0700", "<btt32.i247n@ice.dhs.gov>")
    m.set_content("""Good morning,

Attached is an I-247N request for notification of release for DOC #412889. Could you please confirm his earliest release date and the address he has listed for release?

Thank you,

IEA Daniel "Danny" H. Park
ICE ERO Seattle | Criminal Alien Program
206-555-0131
daniel.h.park@ice.dhs.gov
""")
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="I247N_CEBAN.pdf")
    write_eml(m, f"{OUT}/btt32.eml", "btt32")
    return label("btt32", "eml", "ERO CAP shared mailbox email with I-247N PDF attached",
                 ("dhs-ice-ero", "ICE ERO Seattle", "Daniel H. Park", "Immigration Enforcement Agent",
                  "daniel.h.park@ice.dhs.gov", "206-555-0131"),
                 [("Nikolai Vasile Ceban", "1984-06-29", [("a_number", "A214009552"), ("other", "412889")])],
                 ["INA 236", "INA 287", "8 CFR 236.1", "8 CFR 287.7"],
                 ("detainer", "I-247N"), True, "civil_immigration", ["other", "address"], "email")


# ---------------------------------------------------------------- main
def main():
    os.makedirs(TMP, exist_ok=True)
    rng = np.random.default_rng(SEED)
    random.seed(SEED)
    for f in DOCS:
        lab = f(rng)
        # warrant_or_subpoena_attached is True only when process is attached
        if lab["legal_process"]["type"] == "none":
            lab["warrant_or_subpoena_attached"] = False
        with open(f"{OUT}/{lab['id']}.expected.json", "w", encoding="utf-8") as fh:
            json.dump(lab, fh, ensure_ascii=False, indent=2)
        print(lab["id"], lab["format"], lab["legal_process"]["type"])


if __name__ == "__main__":
    main()
