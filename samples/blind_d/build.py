"""Build the blind-d sample set (independent author). Deterministic: fixed seeds.

Run: /work/main/.venv/bin/python samples/blind_d/build.py
"""
import io
import json
import os
import random
import subprocess
import datetime
from email.message import EmailMessage
from email.utils import format_datetime

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = os.path.dirname(os.path.abspath(__file__))
WORK = "/tmp/blind_d_work"
os.makedirs(WORK, exist_ok=True)
FD = "/usr/share/fonts/truetype/dejavu/"
for nm, fn in [("Sans", "DejaVuSans.ttf"), ("Sans-B", "DejaVuSans-Bold.ttf"),
               ("Serif", "DejaVuSerif.ttf"), ("Serif-B", "DejaVuSerif-Bold.ttf"),
               ("Mono", "DejaVuSansMono.ttf"), ("Mono-B", "DejaVuSansMono-Bold.ttf"),
               ("SerifC", "DejaVuSerifCondensed.ttf"), ("SerifC-B", "DejaVuSerifCondensed-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(nm, FD + fn))

FIXED_DT = datetime.datetime(2026, 11, 1, 12, 0, 0)

# ---------------------------------------------------------------- PDF markup
# @H big bold centred | @C centred | @CB centred bold | @B bold | @R right | @KV label|value
# @HR rule | @SP space | @PB page break | @S small text | @I indent text | plain = wrapped paragraph line


def render_pdf(markup, face="Serif", size=10.5, margin=66):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    W, H = letter
    reg, bold = face, face + "-B"
    y = H - margin
    lh = size * 1.38

    def newpage():
        nonlocal y
        c.showPage()
        y = H - margin

    def wrap(text, font, sz, width):
        words = text.split(" ")
        lines, cur = [], ""
        for w in words:
            t = (cur + " " + w) if cur else w
            if pdfmetrics.stringWidth(t, font, sz) <= width:
                cur = t
            else:
                if cur:
                    lines.append(cur)
                cur = w
        lines.append(cur)
        return lines

    def draw(text, font, sz, x=margin, align="L", width=None):
        nonlocal y
        width = width or (W - margin - x)
        for ln in wrap(text, font, sz, width):
            if y < margin:
                newpage()
            if align == "C":
                c.setFont(font, sz); c.drawCentredString(W / 2, y, ln)
            elif align == "R":
                c.setFont(font, sz); c.drawRightString(W - margin, y, ln)
            else:
                c.setFont(font, sz); c.drawString(x, y, ln)
            y -= sz * 1.38

    for raw in markup.strip("\n").split("\n"):
        line = raw.rstrip()
        if line.startswith("@H "):
            draw(line[3:], bold, size + 4, align="C")
        elif line.startswith("@CB "):
            draw(line[4:], bold, size, align="C")
        elif line.startswith("@C "):
            draw(line[3:], reg, size, align="C")
        elif line.startswith("@B "):
            draw(line[3:], bold, size)
        elif line.startswith("@R "):
            draw(line[3:], reg, size, align="R")
        elif line.startswith("@S "):
            draw(line[3:], reg, size - 2.5)
        elif line.startswith("@I "):
            draw(line[3:], reg, size, x=margin + 28)
        elif line.startswith("@KV "):
            lab, val = [p.strip() for p in line[4:].split("|", 1)]
            if y < margin + 20:
                newpage()
            top = y + size
            yl = y
            for ln in wrap(lab, bold, size - 1, 172):
                c.setFont(bold, size - 1); c.drawString(margin + 4, yl, ln); yl -= lh
            yy = y
            for ln in wrap(val, reg, size, W - 2 * margin - 190):
                c.setFont(reg, size); c.drawString(margin + 186, yy, ln); yy -= lh
            yy = min(yy, yl)
            bottom = yy + lh - 5
            c.setLineWidth(0.5)
            c.rect(margin, bottom, W - 2 * margin, top - bottom + 2)
            c.line(margin + 180, bottom, margin + 180, top + 2)
            y = bottom - size - 3
        elif line == "@HR":
            c.setLineWidth(1); c.line(margin, y + size * 0.6, W - margin, y + size * 0.6); y -= lh * 0.6
        elif line == "@SP":
            y -= lh * 0.6
        elif line == "@PB":
            newpage()
        elif line == "":
            y -= lh * 0.7
        else:
            draw(line, reg, size)
    c.showPage()
    c.save()
    return buf.getvalue()


def pdf_to_images(pdf_bytes, tag, dpi=200):
    p = os.path.join(WORK, tag + ".pdf")
    with open(p, "wb") as f:
        f.write(pdf_bytes)
    for old in os.listdir(WORK):
        if old.startswith(tag + "-pg") and old.endswith(".png"):
            os.remove(os.path.join(WORK, old))
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", p, os.path.join(WORK, tag + "-pg")], check=True)
    files = sorted(f for f in os.listdir(WORK) if f.startswith(tag + "-pg") and f.endswith(".png"))
    return [Image.open(os.path.join(WORK, f)).convert("L") for f in files]


def degrade(img, rng, angle, turn=0, bg=228, noise=14, quality=55):
    a = np.asarray(img).astype(np.float32)
    a = bg * (a / 255.0)  # grey paper
    a = a + np.asarray(rng.normal(0, noise, a.shape), dtype=np.float32)
    # a few specks
    n = int(a.size * 0.0004)
    ys = rng.integers(0, a.shape[0], n); xs = rng.integers(0, a.shape[1], n)
    a[ys, xs] = 40
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
    im = im.filter(ImageFilter.GaussianBlur(0.6))
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=bg - 30)
    if turn:
        im = im.rotate(turn, expand=True)
    b = io.BytesIO(); im.save(b, "JPEG", quality=quality); b.seek(0)
    return Image.open(b).convert("L")


def write_scanned(pdf_bytes, path, seed, turns=(), dpi=200):
    rng = np.random.default_rng(seed)
    r = random.Random(seed)
    pages = pdf_to_images(pdf_bytes, os.path.basename(path)[:-4], dpi=dpi)
    out = []
    for i, pg in enumerate(pages):
        ang = r.choice([-1, 1]) * r.uniform(0.5, 2.0)
        turn = turns[i] if i < len(turns) else 0
        out.append(degrade(pg, rng, ang, turn))
    out[0].save(path, "PDF", save_all=True, append_images=out[1:], resolution=float(dpi),
                quality=60, creationDate=FIXED_DT.timetuple(), modDate=FIXED_DT.timetuple())


def write_fax(pdf_bytes, path, seed, header):
    rng = np.random.default_rng(seed)
    pages = pdf_to_images(pdf_bytes, os.path.basename(path)[:-4], dpi=200)
    font = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 22)
    out = []
    for i, pg in enumerate(pages):
        im = pg.copy()
        d = ImageDraw.Draw(im)
        d.rectangle([0, 0, im.width, 44], fill=255)
        d.text((30, 10), header.format(p=i + 1, n=len(pages)), font=font, fill=0)
        a = np.asarray(im).astype(np.float32) + np.asarray(rng.normal(0, 30, (im.height, im.width)), dtype=np.float32)
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
        im = im.rotate(float(rng.uniform(-0.6, 0.6)), resample=Image.BILINEAR, fillcolor=255)
        out.append(im.point(lambda v: 255 if v > 150 else 0).convert("1"))
    out[0].save(path, compression="group4", dpi=(200, 200), save_all=True, append_images=out[1:])


def photo_jpeg(pdf_bytes, tag, seed, angle=1.3):
    rng = np.random.default_rng(seed)
    pg = pdf_to_images(pdf_bytes, tag, dpi=150)[0]
    im = degrade(pg, rng, angle, 0, bg=215, noise=10, quality=70)
    b = io.BytesIO(); im.save(b, "JPEG", quality=72); return b.getvalue()


def png_of(pdf_bytes, tag, dpi=120):
    pg = pdf_to_images(pdf_bytes, tag, dpi=dpi)[0]
    b = io.BytesIO(); pg.save(b, "PNG", optimize=True); return b.getvalue()


def make_email(frm, to, subject, date, body=None, html=None, cc=None, msgid=None, attachments=(), seed=0, extra=None):
    random.seed(seed)
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid or f"<{seed}.blind-d@mail.example.gov>"
    for k, v in (extra or {}).items():
        m[k] = v
    if body is not None and html is not None:
        m.set_content(body)
        m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(body)
    for data, maintype, subtype, fname in attachments:
        if maintype == "message":
            m.add_attachment(data)  # an EmailMessage -> message/rfc822
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    random.seed(seed)
    return m.as_bytes()


def subj(name, dob=None, ids=()):
    return {"name": name, "dob": dob, "identifiers": [{"type": t, "value": v} for t, v in ids]}


def label(id_, fmt, template, req, subjects, basis, ptype, form, purpose, records, channel, attached=None):
    court = ptype in ("judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena")
    return {
        "id": id_, "family": "blind-d", "format": fmt, "template": template,
        "requestor": dict(zip(["agency_key", "agency_name", "person", "title", "email", "phone"], req)),
        "subjects": subjects,
        "legal_basis": [{"normalized": b} for b in basis],
        "legal_process": {"type": ptype, "court_issued": court, "form": form},
        "warrant_or_subpoena_attached": (ptype != "none") if attached is None else attached,
        "purpose": purpose, "records_requested": records, "channel": channel,
    }


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# ======================================================================= bd01
@doc
def bd01():
    body = """Good morning,

I am trying to locate the below individual. Can you please run her through
DMV and send me whatever you have for current residential address and the
most recent license photo?

NÚÑEZ ROBLES, Yesenia
DOB: 07/14/1991
A# 208-431-775

This request is made pursuant to 8 U.S.C. § 1357(a). Information is for
official use only.

Thank you for your help,

Travis Lindqvist
Deportation Officer
ICE/ERO Denver Field Office
12445 E. Caley Ave, Centennial, CO 80111
Desk: (303) 555-0142
travis.k.lindqvist@ice.dhs.gov
"""
    raw = make_email('"Lindqvist, Travis K" <travis.k.lindqvist@ice.dhs.gov>',
                     "DMV LE Requests <dor_dmv_lerequests@state.co.us>",
                     "Address/photo request - NUNEZ ROBLES", "Tue, 03 Nov 2026 08:17:52 -0700",
                     body=body, seed=101)
    open(f"{OUT}/bd01.eml", "wb").write(raw)
    return label("bd01", "eml", "short ERO officer email, plain text, A-number",
                 ["dhs-ice-ero", "ICE/ERO Denver Field Office", "Travis Lindqvist", "Deportation Officer",
                  "travis.k.lindqvist@ice.dhs.gov", "(303) 555-0142"],
                 [subj("Yesenia Núñez Robles", "1991-07-14", [("a_number", "A208431775")])],
                 ["8 USC 1357"], "none", None, "civil_immigration", ["address", "photo"], "email")


# ======================================================================= bd02
@doc
def bd02():
    m = """@CB U.S. Department of Homeland Security
@C Homeland Security Investigations
@C Office of the Special Agent in Charge - Denver
@C 12445 East Caley Avenue, Centennial, Colorado 80111
@S Special Agent in Charge: Marcus D. Whitfield          Deputy Special Agent in Charge: Lorraine P. Abeyta
@HR
@R October 27, 2026
Colorado Department of Labor and Employment
Unemployment Insurance Division - Records Custodian
251 East 12th Avenue
Denver, CO 80203

@B Re: Request for wage and employment records - HSI Case No. DN02BR26DN0037

Dear Records Custodian:

Homeland Security Investigations (HSI), Denver, is conducting a criminal investigation into the use of fraudulent identity and employment-authorization documents at High Plains Protein LLC, a meat processing facility in Weld County. The investigation concerns possible violations of Title 18, United States Code, Section 1546 (fraud and misuse of visas, permits, and other documents) and 18 U.S.C. § 1028 (fraud in connection with identification documents).

In furtherance of this investigation, HSI respectfully requests quarterly wage records, the names and addresses of all reporting employers since January 1, 2021, and any unemployment insurance claims filed by the following individuals:

@I 1.  IBÁÑEZ SOTO, Rafael - DOB 11 Feb 1985 - SSN ending 4471
@I 2.  WARSAME, Hodan Abdi - DOB 30 Sep 1990

The employer named above and its managers are not the subjects of this request. Please do not notify the individuals of this request, as doing so could jeopardize an ongoing investigation.

Records may be sent to me by encrypted e-mail or mailed to the address above. Should you have any questions, please contact me at (720) 555-0118 or danielle.okafor@ice.dhs.gov.

Sincerely,

@SP
Danielle Okafor
Special Agent
Homeland Security Investigations, Denver
@SP
@S cc: Group Supervisor R. Castellanos, HSI Denver (Worksite Enforcement Group)
@S LAW ENFORCEMENT SENSITIVE - This document contains information that may be exempt from public release under the Freedom of Information Act.
"""
    open(f"{OUT}/bd02.pdf", "wb").write(render_pdf(m, "Serif", 10.5))
    return label("bd02", "born_digital", "HSI SAC letterhead letter, office head above signer, two subjects",
                 ["dhs-ice-hsi", "Homeland Security Investigations, Denver", "Danielle Okafor", "Special Agent",
                  "danielle.okafor@ice.dhs.gov", "(720) 555-0118"],
                 [subj("Rafael Ibáñez Soto", "1985-02-11", [("ssn_last4", "4471")]),
                  subj("Hodan Abdi Warsame", "1990-09-30")],
                 ["18 USC 1546", "18 USC 1028"], "none", None, "criminal_investigation",
                 ["wages", "employment", "claims"], "mail")


# ======================================================================= bd03
@doc
def bd03():
    m = """@CB FEDERAL BUREAU OF INVESTIGATION
@C Denver Field Office - 8000 East 36th Avenue, Denver, CO 80238
@HR
@R 2026-10-19
TO: Custodian of Records, Colorado Department of Revenue, Division of Motor Vehicles
FROM: SA Brian T. Castellano, Squad WC-3
RE: Service of federal search warrant, Case No. 26-sw-00418-KLM

Please find attached a search and seizure warrant issued by a United States Magistrate Judge for the District of Colorado under Fed. R. Crim. P. 41. Please produce the records listed in Attachment B to the undersigned within ten (10) days. The warrant includes a finding under 18 U.S.C. § 3103a(b); please do not disclose the existence of the warrant to the account holder.

Questions: SA Brian T. Castellano, (303) 555-0163, btcastellano@fbi.gov
@PB
@S AO 93 (Rev. 11/13) Search and Seizure Warrant
@H UNITED STATES DISTRICT COURT
@C for the
@C District of Colorado
@SP
In the Matter of the Search of (Briefly describe the property to be searched or identify the person by name and address): RECORDS MAINTAINED BY THE COLORADO DIVISION OF MOTOR VEHICLES RELATING TO DRIVER LICENSE NO. 14-203-5567
@R Case No. 26-sw-00418-KLM
@H SEARCH AND SEIZURE WARRANT
To: Any authorized law enforcement officer
An application by a federal law enforcement officer or an attorney for the government requests the search of the following person or property located in the District of Colorado: See Attachment A.
I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the person or property described above, and that such search will reveal: See Attachment B.
YOU ARE COMMANDED to execute this warrant on or before November 2, 2026 (not to exceed 14 days) in the daytime 6:00 a.m. to 10:00 p.m.
Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for the property taken to the person from whom, or from whose premises, the property was taken.
The officer executing this warrant, or an officer present during the execution of the warrant, must prepare an inventory as required by law and promptly return this warrant and inventory to the duty magistrate judge.
[X] Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result listed in 18 U.S.C. § 2705 (except for delay of trial), and authorize the officer executing this warrant to delay notice to the person who, or whose property, will be searched or seized, for 30 days.
@SP
Date and time issued: 10/19/2026 2:41 pm                      Judge's signature: /s/ Kristen L. Mayhew
City and state: Denver, Colorado                              Kristen L. Mayhew, United States Magistrate Judge
@PB
@CB ATTACHMENT A - Property to be searched
Records maintained by the Colorado Department of Revenue, Division of Motor Vehicles, 1881 Pierce Street, Lakewood, Colorado, associated with: SOKOLOV, Dmitri Olegovich, date of birth April 22, 1979, Colorado driver license number 14-203-5567.
@SP
@CB ATTACHMENT B - Particular things to be seized
All records that constitute evidence of violations of 18 U.S.C. § 1343 (wire fraud) and 18 U.S.C. § 1028A (aggravated identity theft), namely:
@I a. all driver license and identification card applications, including copies of identity documents submitted in support;
@I b. all digital photographs and signature images;
@I c. all residential and mailing addresses on file, with dates;
@I d. all vehicles registered or titled to the subject.
"""
    write_scanned(render_pdf(m, "Serif", 10.5), f"{OUT}/bd03.pdf", 303, turns=(0, 180, 0), dpi=200)
    return label("bd03", "scanned", "FBI cover memo + AO 93 search and seizure warrant (D. Colo.), scanned, one page upside down",
                 ["doj-fbi", "Federal Bureau of Investigation, Denver Field Office", "Brian T. Castellano", "Special Agent",
                  "btcastellano@fbi.gov", "(303) 555-0163"],
                 [subj("Dmitri Olegovich Sokolov", "1979-04-22", [("license", "142035567")])],
                 ["FRCrP 41", "18 USC 3103a", "18 USC 2705", "18 USC 1343", "18 USC 1028A"],
                 "judicial_warrant", "AO 93", "criminal_investigation",
                 ["identity_documents", "photo", "address", "vehicle", "license"], "mail")


# ======================================================================= bd04
@doc
def bd04():
    inner_body = """Hello DMV Records,

Colorado State Patrol Investigative Services is working a hit-and-run with
serious bodily injury (C.R.S. 42-4-1601), CSP case # CSP-ISS-26-0412, from
10/24/2026 on US-85 near Brighton.

I need registration/vehicle history, current address and the DL photo for:

  1) NGUYEN, Hieu Van      DOB 12/03/1988   CO DL 21-118-0934
  2) TOLLIVER, Brenda Kay  DOB 05/19/1967   (registered owner of the suspect vehicle)

The victim, Mr. Alan Pruett, remains hospitalized; please do not include any of
his records in the response.

Thanks in advance,
Tpr. Ryan Kowalczyk #2291
Colorado State Patrol - Investigative Services Section
700 Kipling St, Lakewood, CO 80215
(303) 555-0177 | ryan.kowalczyk@state.co.us
"""
    inner = EmailMessage()
    inner["From"] = "Kowalczyk - CDPS, Ryan <ryan.kowalczyk@state.co.us>"
    inner["To"] = "Lori Bettencourt - DOR <lori.bettencourt@state.co.us>"
    inner["Subject"] = "Records request CSP-ISS-26-0412"
    inner["Date"] = "Fri, 30 Oct 2026 16:05:11 -0600"
    inner["Message-ID"] = "<CSP-ISS-26-0412.kowalczyk@state.co.us>"
    inner.set_content(inner_body)
    body = """Sending this over to the LE records box - trooper emailed me directly
(we met at the Brighton training). Original attached. I told him you'd reply.

Lori Bettencourt
Driver Control Technician | Division of Motor Vehicles
Colorado Department of Revenue
"""
    raw = make_email("Lori Bettencourt - DOR <lori.bettencourt@state.co.us>",
                     "DMV LE Requests <dor_dmv_lerequests@state.co.us>",
                     "FW: Records request CSP-ISS-26-0412", "Mon, 02 Nov 2026 07:48:03 -0700",
                     body=body, attachments=[(inner, "message", "rfc822", None)], seed=104)
    open(f"{OUT}/bd04.eml", "wb").write(raw)
    return label("bd04", "eml", "internal colleague forward, original CSP email attached as message/rfc822",
                 ["state-police", "Colorado State Patrol - Investigative Services Section", "Ryan Kowalczyk", "Trooper",
                  "ryan.kowalczyk@state.co.us", "(303) 555-0177"],
                 [subj("Hieu Van Nguyen", "1988-12-03", [("license", "211180934")]),
                  subj("Brenda Kay Tolliver", "1967-05-19")],
                 ["CRS 42-4-1601"], "none", None, "criminal_investigation",
                 ["vehicle", "address", "photo"], "email")


# ======================================================================= bd05
@doc
def bd05():
    m = """@S DEPARTMENT OF HOMELAND SECURITY
@B IMMIGRATION DETAINER - NOTICE OF ACTION
@KV Subject ID: | 391557204
@KV Event #: | DEN2611000184
@KV File No: | A095 612 338
@KV Date: | November 3, 2026
@KV TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency) | Colorado Department of Corrections, Offender Records / Time Computation, Colorado Springs, CO
@KV FROM: (Department of Homeland Security Office Address) | ICE Enforcement and Removal Operations, 12445 E. Caley Ave, Centennial, CO 80111
@KV Name of Alien: | GÓMEZ HERRERA, José Luis
@KV Date of Birth: | 01/27/1983        Citizenship: Mexico        Sex: M
@KV Facility inmate number: | CDOC #178224
1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON:
[X] A final order of removal against the alien;
[ ] The pendency of ongoing removal proceedings against the alien;
[X] Biometric confirmation of the alien's identity and a records check of federal databases that affirmatively indicate, by themselves or in addition to other reliable information, that the alien either lacks immigration status or notwithstanding such status is removable under U.S. immigration law;
[ ] Statements made by the alien to an immigration officer and/or other reliable evidence that affirmatively indicate the alien either lacks immigration status or notwithstanding such status is removable under U.S. immigration law.
2. DHS HAS TRANSFERRED THE ALIEN TO YOUR CUSTODY FOR A PROCEEDING OR INVESTIGATION: [ ]
IT IS THEREFORE REQUESTED THAT YOU:
- Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody. Please notify DHS by calling [X] U.S. Immigration and Customs Enforcement (ICE) at (303) 555-0131.
- Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody.
- Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.
- Notify this office in the event of the alien's death, hospitalization or transfer to another institution.
This detainer arises from DHS authorities and should not impact decisions about the alien's bail, rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, or other matters. This detainer is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. 287.7.
@SP
Kevin P. Marchetti, SDDO #4417
(Name and title of Immigration Officer)            (Signature of Immigration Officer)
@S DHS Form I-247A (3/17)                                                                 Page 1 of 2
@PB
@B NOTICE TO THE DETAINEE
The Department of Homeland Security (DHS) has placed an immigration detainer on you. An immigration detainer is a notice from DHS informing law enforcement agencies that DHS intends to assume custody of you after you otherwise would be released from custody. DHS has requested that the law enforcement agency which is currently holding you notify DHS prior to your release. If you have a complaint regarding this detainer or related to violations of civil rights or civil liberties connected to DHS activities, please contact the ICE Joint Intake Center at 1-877-2INTAKE.
@SP
AVISO AL DETENIDO: El Departamento de Seguridad Nacional (DHS) ha emitido una orden de detención inmigratoria en su contra.
@SP
@B CERTIFICATE OF SERVICE (to be completed by the official serving the notice)
Served in person [ ]   Inmate refused [ ]   Date/Time: ____________
@S DHS Form I-247A (3/17)                                                                 Page 2 of 2
"""
    write_fax(render_pdf(m, "Sans", 9.5, margin=54), f"{OUT}/bd05.tif", 505,
              "NOV-03-2026 14:22  FROM:ICE ERO DENVER 303 555 0199   TO:CDOC OFFENDER RECORDS   P.{p:03d}/{n:03d}")
    return label("bd05", "fax", "I-247A detainer faxed to corrections, fax header",
                 ["dhs-ice-ero", "ICE Enforcement and Removal Operations", "Kevin P. Marchetti",
                  "Supervisory Detention and Deportation Officer", None, "(303) 555-0131"],
                 [subj("José Luis Gómez Herrera", "1983-01-27", [("a_number", "A095612338"), ("other", "178224")])],
                 ["INA 236", "INA 287", "8 CFR 287.7"], "detainer", "I-247A", "civil_immigration",
                 ["other"], "fax")


# ======================================================================= bd06
@doc
def bd06():
    m = """@CB DEPARTMENT OF HOMELAND SECURITY
@H IMMIGRATION ENFORCEMENT SUBPOENA
@C To Appear and/or Produce Records
@C (8 U.S.C. § 1225(d) and 8 C.F.R. § 287.4)
@KV Subpoena Number: | DEN-ERO-26-1147
@KV To: | Custodian of Records, Colorado Department of Labor and Employment, 251 E. 12th Ave., Denver, CO 80203
@KV In the Matter of: | FARAH, Mohamed Abdirahman (A212 554 091) and ALI, Fadumo Hassan
By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED to produce the records and documents listed below to the officer named below, at U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, 12445 E. Caley Avenue, Centennial, CO 80111 on or before November 20, 2026 at 10:00 a.m., in connection with an investigation or inquiry relating to the enforcement of U.S. immigration laws, namely to determine the admissibility and removability of the persons named.
@B Records required:
@I 1. For Mohamed Abdirahman FARAH, DOB 2 June 1994: all quarterly wage records and employer names and addresses reported since 01/01/2023; the residential and mailing address on file.
@I 2. For Fadumo Hassan ALI, DOB 17 November 1996: all unemployment insurance claims, the address given on each claim, and employer names.
This subpoena is issued pursuant to section 235(d)(4) of the Immigration and Nationality Act, 8 U.S.C. § 1225(d)(4), and 8 C.F.R. § 287.4. Failure to comply with this subpoena may result in the Department of Homeland Security seeking enforcement of the subpoena in a United States District Court, which may issue an order requiring compliance. Failure to obey such an order may be punished as contempt.
@KV Name and title of issuing officer: | Bryce A. Holloway, Supervisory Detention and Deportation Officer, ERO Denver
@KV Signature: | /s/ Bryce A. Holloway
@KV Date of issuance: | 11/04/2026
@KV Officer to receive records / contact: | Bryce A. Holloway - (303) 555-0125 - bryce.a.holloway@ice.dhs.gov
@SP
@S CERTIFICATE OF SERVICE: I certify that on ______ I served this subpoena by [ ] personal delivery [X] certified mail.
@S DHS Form I-138 (6/17)
"""
    open(f"{OUT}/bd06.pdf", "wb").write(render_pdf(m, "Sans", 9.8, margin=58))
    return label("bd06", "born_digital", "DHS I-138 Immigration Enforcement Subpoena to labor dept, two subjects, district-court enforcement clause",
                 ["dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations (ERO Denver)",
                  "Bryce A. Holloway", "Supervisory Detention and Deportation Officer",
                  "bryce.a.holloway@ice.dhs.gov", "(303) 555-0125"],
                 [subj("Mohamed Abdirahman Farah", "1994-06-02", [("a_number", "A212554091")]),
                  subj("Fadumo Hassan Ali", "1996-11-17")],
                 ["8 USC 1225", "8 CFR 287.4", "INA 235"], "administrative_subpoena", "I-138", "civil_immigration",
                 ["wages", "employment", "address", "claims"], "mail")


# ======================================================================= bd07
I200_TMPL = """@S U.S. Department of Homeland Security
@H WARRANT FOR ARREST OF ALIEN
@R File No. {file}
@R Date: {date}
To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations
I have determined that there is probable cause to believe that {name} is removable from the United States. This determination is based upon:
[X] the execution of a charging document to initiate removal proceedings against the subject;
[ ] the pendency of ongoing removal proceedings against the subject;
[{fo}] the failure to establish admissibility subsequent to deferred inspection;
[X] biometric confirmation of the subject's identity and a records check of federal databases that affirmatively indicate, by themselves or in addition to other reliable information, that the subject either lacks immigration status or notwithstanding such status is removable under U.S. immigration law; and/or
[ ] statements made voluntarily by the subject to an immigration officer and/or other reliable evidence that affirmatively indicate the subject either lacks immigration status or notwithstanding such status is removable under U.S. immigration law.
YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality Act, the above-named alien.
@SP
{signer}
(Signature of Authorized Immigration Officer)
{stitle}
(Printed Name and Title of Authorized Immigration Officer)
@SP
@B Certificate of Service
I hereby certify that the Warrant for Arrest of Alien was served by me at ______________ on ______________, and the contents of this notice were read to him or her in the ______ language.
@S Form I-200 (Rev. 09/16)
"""


@doc
def bd07():
    att = render_pdf(I200_TMPL.format(file="A217 884 302", date="10/29/2026", name="CÁCERES VILLATORO, Wilmer Adonay",
                                      fo=" ", signer="/s/ Paul R. Dempsey", stitle="Paul R. Dempsey, Supervisory Detention and Deportation Officer"),
                     "Serif", 10.5)
    body = """Hi,

Attached is an administrative warrant (I-200) for the below subject. Could you
provide the most recent address on file and any vehicle registered to him?

Wilmer Adonay CACERES VILLATORO
DOB 08/19/1997
A217-884-302

Thanks,

Luis A. Montaño
Deportation Officer
Enforcement and Removal Operations - Grand Junction Sub-Office
U.S. Immigration and Customs Enforcement
Office: 970-555-0126
luis.montano@ice.dhs.gov

CONFIDENTIALITY NOTICE: This communication, including attachments, is for the
exclusive use of the addressee and may contain proprietary, confidential or
privileged information. If you are not the intended recipient, any use,
copying, disclosure, or distribution is strictly prohibited.
"""
    raw = make_email("Montano, Luis A <luis.montano@ice.dhs.gov>", "dor_dmv_lerequests@state.co.us",
                     "CACERES VILLATORO - address / vehicle", "Thu, 29 Oct 2026 13:30:40 -0600",
                     body=body, attachments=[(att, "application", "pdf", "I-200_CACERES_VILLATORO.pdf")], seed=107)
    open(f"{OUT}/bd07.eml", "wb").write(raw)
    return label("bd07", "eml", "ERO email with I-200 PDF attached",
                 ["dhs-ice-ero", "Enforcement and Removal Operations - Grand Junction Sub-Office", "Luis A. Montaño",
                  "Deportation Officer", "luis.montano@ice.dhs.gov", "970-555-0126"],
                 [subj("Wilmer Adonay Cáceres Villatoro", "1997-08-19", [("a_number", "A217884302")])],
                 ["INA 236", "INA 287", "8 CFR 287"], "administrative_warrant", "I-200", "civil_immigration",
                 ["address", "vehicle"], "email")


# ======================================================================= bd08
@doc
def bd08():
    txt = """From: noreply-lerequest@state.co.us
To: DOR DMV LE Requests
Date: Wed, 4 Nov 2026 10:12:44 -0700
Subject: [LE Portal] New submission LE-2026-118734

A new Law Enforcement Records Request has been submitted through the
Colorado DMV online portal. Please review in the queue.

==============================================================
SUBMISSION LE-2026-118734            Received 11/04/2026 10:12
==============================================================
Requesting agency ........ Lakewood Police Department
Agency ORI ............... CO0300500
Officer name ............. Jenna M. Prewitt
Rank / title ............. Police Officer II
Badge / serial ........... 3307
Email .................... jprewitt@lakewoodco.gov
Phone .................... 303-555-0150
--------------------------------------------------------------
Subject last name ........ WIŚNIEWSKI
Subject first name ....... Tomasz
Subject middle ........... 
Date of birth ............ 1975-10-08
CO DL / ID # ............. 094412290
--------------------------------------------------------------
Records requested ........ [x] Current address  [ ] Address history
                           [ ] DL photo  [ ] Vehicle registration
                           [x] Phone number on file
Case / report number ..... 
Reason for request ....... need current address for contact
Certification ............ [x] I certify I am a sworn law enforcement
                           officer requesting this information in the
                           performance of my official duties.
==============================================================
This is an automated message. Do not reply.
"""
    open(f"{OUT}/bd08.txt", "w", encoding="utf-8").write(txt)
    return label("bd08", "txt", "DMV web-portal submission notification, no reason given",
                 ["local-police", "Lakewood Police Department", "Jenna M. Prewitt", "Police Officer II",
                  "jprewitt@lakewoodco.gov", "303-555-0150"],
                 [subj("Tomasz Wiśniewski", "1975-10-08", [("license", "094412290")])],
                 [], "none", None, "unknown", ["address", "phone"], "email")


# ======================================================================= bd09
@doc
def bd09():
    m = """Melissa Tran-Okonkwo (Bar No. 14092)
Deputy District Attorney
SALT LAKE COUNTY DISTRICT ATTORNEY'S OFFICE
35 East 500 South, Salt Lake City, Utah 84111
Telephone: (801) 555-0112   mtranokonkwo@slco.utah.gov
Attorney for the State of Utah
@HR
@CB IN THE THIRD JUDICIAL DISTRICT COURT
@CB SALT LAKE COUNTY, STATE OF UTAH
@SP
STATE OF UTAH, Plaintiff,
vs.
KYLE ANDREW BRINKERHOFF, Defendant.
@R Case No. 261904417
@R Judge Colleen M. Ashby
@H SUBPOENA DUCES TECUM
THE STATE OF UTAH TO: Custodian of Records, Utah Department of Workforce Services, Unemployment Insurance Division, 140 East 300 South, Salt Lake City, UT 84111
YOU ARE COMMANDED to produce the documents described below at the Salt Lake County District Attorney's Office, 35 East 500 South, on or before December 1, 2026 at 9:00 a.m. In lieu of personal appearance, you may comply by delivering true and complete certified copies with a declaration of the custodian.
@B Documents to be produced:
All unemployment insurance claims, benefit payment histories (including the bank account to which payments were directed) and employer wage reports for KYLE ANDREW BRINKERHOFF, date of birth March 9, 1986, SSN xxx-xx-2208, for the period January 1, 2024 to present.
The defendant is charged with Theft by Deception, a second degree felony under Utah Code § 76-6-405, and Unemployment Insurance Fraud. This subpoena is issued pursuant to Rule 14 of the Utah Rules of Criminal Procedure. Disclosure of these records is permitted under Utah Code Ann. § 35A-4-312 for use in a criminal prosecution. The alleged victim, Wasatch Home Health LLC, and its bookkeeper Darlene Sorensen are witnesses in this matter; their records are not requested.
Failure to obey this subpoena without adequate excuse may be deemed contempt of court.
@SP
DATED this 4th day of November, 2026.
@SP
/s/ Melissa Tran-Okonkwo
Deputy District Attorney, Attorney for the State
"""
    open(f"{OUT}/bd09.pdf", "wb").write(render_pdf(m, "Serif", 10.5))
    return label("bd09", "born_digital", "Utah district court criminal subpoena duces tecum issued by prosecutor",
                 ["district-attorney", "Salt Lake County District Attorney's Office", "Melissa Tran-Okonkwo",
                  "Deputy District Attorney", "mtranokonkwo@slco.utah.gov", "(801) 555-0112"],
                 [subj("Kyle Andrew Brinkerhoff", "1986-03-09", [("ssn_last4", "2208")])],
                 ["UCA 76-6-405", "UT CrimP 14", "UCA 35A-4-312"], "court_subpoena", None, "criminal_investigation",
                 ["claims", "benefits", "wages", "employment"], "mail")


# ======================================================================= bd10
@doc
def bd10():
    m = """@CB IN THE JUSTICE COURT OF RENO TOWNSHIP
@CB COUNTY OF WASHOE, STATE OF NEVADA
@SP
@R Warrant No. RJC-SW-26-2231
@H SEARCH WARRANT
@SP
THE STATE OF NEVADA TO ANY PEACE OFFICER IN THE COUNTY OF WASHOE:
Proof by Affidavit having been made before me this day by Detective Aaron C. Delgado, P#11873, of the Reno Police Department, Robbery/Homicide Unit, that there is probable cause to believe that the records described below are presently in the possession of the Nevada Department of Motor Vehicles, Records Section, 555 Wright Way, Carson City, Nevada, and that said records constitute evidence of the crime of Robbery with Use of a Deadly Weapon, NRS 200.380 and NRS 193.165, committed on or about September 28, 2026 (RPD Event 26-041877),
YOU ARE HEREBY COMMANDED to search for and seize the following, pursuant to NRS 179.045:
@I 1. Driver license and ID card records, including all photographs, for DE LA CRUZ PEÑA, Marisol, DOB 02/29/1992;
@I 2. Driver license records, photographs, and current and prior residential addresses for Anthony Ray WHITLOCK, DOB 08/12/1990, Nevada DL 1402338817;
@I 3. All vehicle registrations and titles held in the name of either person since January 1, 2025.
This warrant may be served at any time of the day or night, good cause having been shown. A copy of this warrant and an inventory of records seized shall be returned to this court within 10 days.
@SP
GIVEN UNDER MY HAND this 29th day of October, 2026, at 11:05 a.m.
@SP
/s/ Gregory S. Lindahl
Hon. Gregory S. Lindahl
JUSTICE OF THE PEACE, Reno Township
@PB
@CB RENO POLICE DEPARTMENT
@C Robbery/Homicide Unit - 455 E. Second Street, Reno, NV 89501
@SP
Date: 30 Oct 2026
To: Nevada DMV Records Section
Please find the enclosed search warrant RJC-SW-26-2231. Return records to me by e-mail at adelgado@renopd.nv.gov or by mail. Direct line 775-555-0149.
@SP
Det. Aaron C. Delgado #11873
"""
    write_scanned(render_pdf(m, "Serif", 11), f"{OUT}/bd10.pdf", 310, turns=(0, 90), dpi=200)
    return label("bd10", "scanned", "Nevada justice court search warrant for DMV records + detective transmittal, scanned, one page sideways",
                 ["local-police", "Reno Police Department", "Aaron C. Delgado", "Detective",
                  "adelgado@renopd.nv.gov", "775-555-0149"],
                 [subj("Marisol de la Cruz Peña", "1992-02-29"),
                  subj("Anthony Ray Whitlock", "1990-08-12", [("license", "1402338817")])],
                 ["NRS 200.380", "NRS 193.165", "NRS 179.045"], "judicial_warrant", None, "criminal_investigation",
                 ["license", "photo", "address", "vehicle"], "mail")


# ======================================================================= bd11
@doc
def bd11():
    sub = """@CB U.S. Department of Justice
@CB Drug Enforcement Administration
@H SUBPOENA
@R DEA File No. RV-26-0019     Subpoena No. DV-26-1183
@KV TO: | Custodian of Records, Colorado Department of Labor and Employment, Unemployment Insurance - Employer Services, 251 East 12th Avenue, Denver, CO 80203
By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED to appear before Special Agent Fernando Ybarra, an officer of the Drug Enforcement Administration, at 12154 East Easter Avenue, Centennial, CO 80112, on the 23rd day of November, 2026, at 10:00 a.m., to testify and give information in connection with an investigation relating to the enforcement of the Controlled Substances Act (21 U.S.C. § 801 et seq.), and to bring with you and produce the following:
@I Quarterly wage detail records and employer names and addresses, 2024 to present, and the most recent address of record, for: MENDOZA ARRIAGA, Julio César (DOB 10/31/1985, SSN ending 8824) and BURKHART, Chelsea Anne (DOB 02/14/1990).
Mailing the records to the above officer by the date specified will be considered compliance with this subpoena.
This subpoena is issued pursuant to Title 21, United States Code, Section 876. In the case of contumacy by, or refusal to obey a subpoena issued to, any person, the Attorney General may invoke the aid of any court of the United States within the jurisdiction of which the investigation is carried on, and such court may issue an order requiring the person to appear and produce records.
@SP
Issued at Centennial, Colorado, this 2nd day of November, 2026.
/s/ Janet R. Oberholtzer
Assistant Special Agent in Charge, Denver Field Division
"""
    att = render_pdf(sub, "Serif", 10.5)
    body = """Good afternoon,

Please see the attached DEA administrative subpoena for wage records on two
individuals. We are investigating a methamphetamine distribution organization
(21 U.S.C. 841 and 846) operating out of Pueblo and Colorado Springs.

Electronic return to this address is fine (CSV or PDF). Please call me if
anything is unclear.

Respectfully,

SA Fernando Ybarra
Drug Enforcement Administration | Denver Field Division, Colorado Springs RO
C: 303-555-0115
fernando.ybarra@dea.gov
"""
    html = """<html><body style="font-family:Calibri,sans-serif">
<p>Good afternoon,</p>
<p>Please see the attached DEA administrative subpoena for wage records on two individuals.
We are investigating a methamphetamine distribution organization (21 U.S.C. 841 and 846) operating out of Pueblo and Colorado Springs.</p>
<p>Electronic return to this address is fine (CSV or PDF). Please call me if anything is unclear.</p>
<p>Respectfully,</p>
<p><b>SA Fernando Ybarra</b><br>Drug Enforcement Administration | Denver Field Division, Colorado Springs RO<br>
C: 303-555-0115<br><a href="mailto:fernando.ybarra@dea.gov">fernando.ybarra@dea.gov</a></p>
</body></html>"""
    raw = make_email("Ybarra, Fernando <fernando.ybarra@dea.gov>", "CDLE_UI_Subpoenas@state.co.us",
                     "DEA Subpoena DV-26-1183", "Mon, 02 Nov 2026 14:02:19 -0700", body=body, html=html,
                     attachments=[(att, "application", "pdf", "DV-26-1183.pdf")], seed=111)
    open(f"{OUT}/bd11.eml", "wb").write(raw)
    return label("bd11", "eml", "DEA agent email (multipart/alternative) with 21 USC 876 subpoena PDF attached",
                 ["doj-dea", "Drug Enforcement Administration, Denver Field Division", "Fernando Ybarra", "Special Agent",
                  "fernando.ybarra@dea.gov", "303-555-0115"],
                 [subj("Julio César Mendoza Arriaga", "1985-10-31", [("ssn_last4", "8824")]),
                  subj("Chelsea Anne Burkhart", "1990-02-14")],
                 ["21 USC 876", "21 USC 801", "21 USC 841", "21 USC 846"], "administrative_subpoena", None,
                 "criminal_investigation", ["wages", "employment", "address"], "email")


# ======================================================================= bd12
@doc
def bd12():
    m = """@CB U.S. Department of Justice
@C United States Attorney's Office, District of Arizona
@C Two Renaissance Square, 40 N. Central Avenue, Suite 1800, Phoenix, Arizona 85004
@HR
@R November 5, 2026
Custodian of Records
Arizona Department of Economic Security
1789 W. Jefferson Street
Phoenix, AZ 85007

Re: Grand Jury Subpoena No. GJ-26-03-417

Dear Custodian:

Enclosed is a subpoena issued by a federal grand jury sitting in Phoenix in connection with an investigation of possible violations of Title 18, United States Code, Sections 1343 and 1028A. You may satisfy the subpoena by producing the records described in the attachment, with a completed certificate of authenticity, to Special Agent Rosa Valdivia of the Department of Labor Office of Inspector General, instead of appearing in person.

The grand jury's investigation is secret under Fed. R. Crim. P. 6(e). Although that rule does not bind you, we ask that you do not disclose the existence of this subpoena, as disclosure could impede the investigation.

Very truly yours,
MARGARET L. OYELARAN
United States Attorney
District of Arizona
@SP
/s/ Jonathan R. Feld
JONATHAN R. FELD
Assistant United States Attorney
(602) 555-0104 | jonathan.feld@usdoj.gov
@PB
@S AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
@H UNITED STATES DISTRICT COURT
@C for the
@C District of Arizona
@H SUBPOENA TO TESTIFY BEFORE A GRAND JURY
To: Custodian of Records, Arizona Department of Economic Security
YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.
@KV Place: | Sandra Day O'Connor U.S. Courthouse, 401 W. Washington St., Phoenix, AZ 85003 - Grand Jury Room 3
@KV Date and Time: | 12/03/2026 9:00 am
You must also bring with you the following documents, electronically stored information, or objects: SEE ATTACHMENT.
@SP
Date: 11/05/2026                     CLERK OF COURT
@I /s/ D. Whitehorse, Signature of Clerk or Deputy Clerk
The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are: Jonathan R. Feld, AUSA, 40 N. Central Ave., Suite 1800, Phoenix, AZ 85004, jonathan.feld@usdoj.gov, (602) 555-0104
@PB
@CB ATTACHMENT TO GRAND JURY SUBPOENA GJ-26-03-417
For each person listed, produce for the period January 1, 2023 to the present: unemployment insurance claim files (including addresses and bank accounts given), benefit payment histories, and employer-reported quarterly wages.
@I 1. Guadalupe IBARRA-ZÚÑIGA, DOB 09/05/1977, SSN ending 6610
@I 2. Kenneth Duc PHAM, DOB 01/14/1981
@I 3. Ayaan Mohamed YUSUF, DOB 04/30/1993
"""
    open(f"{OUT}/bd12.pdf", "wb").write(render_pdf(m, "Serif", 10.5))
    return label("bd12", "born_digital", "USAO cover letter (U.S. Attorney above AUSA) + AO 110 grand jury subpoena, three subjects",
                 ["doj-usao", "United States Attorney's Office, District of Arizona", "Jonathan R. Feld",
                  "Assistant United States Attorney", "jonathan.feld@usdoj.gov", "(602) 555-0104"],
                 [subj("Guadalupe Ibarra-Zúñiga", "1977-09-05", [("ssn_last4", "6610")]),
                  subj("Kenneth Duc Pham", "1981-01-14"), subj("Ayaan Mohamed Yusuf", "1993-04-30")],
                 ["18 USC 1343", "18 USC 1028A", "FRCrP 6"], "grand_jury_subpoena", "AO 110", "criminal_investigation",
                 ["claims", "address", "benefits", "wages"], "mail")


# ======================================================================= bd13
@doc
def bd13():
    m = """@CB GREELEY POLICE DEPARTMENT
@C 2875 W. 10th Street, Greeley, CO 80634  -  Records Fax 970-555-0199
@H FAX TRANSMITTAL
@KV To: | Colorado DMV - Law Enforcement Records
@KV Fax: | 303-555-0198
@KV From: | Det. Carlos E. Ortega-Ruiz
@KV Pages (incl. cover): | 2
@KV Re: | DMV photo / address request - GPD 26-018822
Please process the attached request at your earliest convenience. Thank you.
@S The documents accompanying this facsimile contain confidential criminal justice information. If you received this in error, notify the sender immediately and destroy all copies.
@PB
@H REQUEST FOR DRIVER RECORD INFORMATION
@C (Law Enforcement Agencies Only)
@KV Requesting Agency | Greeley Police Department
@KV Officer Name / Rank | Carlos E. Ortega-Ruiz, Detective
@KV Badge # / Unit | 1184 / Crimes Against Persons
@KV Phone | 970-555-0153
@KV E-mail | cortega-ruiz@greeleygov.com
@KV Case / Report # | GPD 26-018822
@KV Offense | Aggravated Assault, C.R.S. 18-3-202
@KV Subject Name (Last, First Middle) | ABDULLAHI, Khadar Osman
@KV Date of Birth | 21 Jun 1999
@KV CO DL / ID Number | 19-552-8830
@KV Information Requested | [X] DL/ID Photo   [X] Address History   [ ] Driving Record   [ ] Vehicle Registration
I certify that this information is requested by a law enforcement agency in carrying out its functions as permitted by the Driver's Privacy Protection Act, 18 U.S.C. § 2721(b)(1), and § 42-1-206, C.R.S., and will be used only for the case listed above.
@SP
Signature: /s/ C. Ortega-Ruiz                     Date: 11/02/2026
Supervisor approval: Sgt. M. Halvorsen
"""
    write_fax(render_pdf(m, "Sans", 10), f"{OUT}/bd13.tif", 513,
              "11/02/2026 15:47  GREELEY PD RECORDS  9705550199  >> 3035550198    PAGE {p}/{n}")
    return label("bd13", "fax", "municipal police fax cover + label/value DMV request form",
                 ["local-police", "Greeley Police Department", "Carlos E. Ortega-Ruiz", "Detective",
                  "cortega-ruiz@greeleygov.com", "970-555-0153"],
                 [subj("Khadar Osman Abdullahi", "1999-06-21", [("license", "195528830")])],
                 ["CRS 18-3-202", "18 USC 2721", "CRS 42-1-206"], "none", None, "criminal_investigation",
                 ["photo", "address"], "fax")


# ======================================================================= bd14
@doc
def bd14():
    m = """@CB U.S. Department of Labor
@C Office of Inspector General - Office of Investigations, Labor Racketeering and Fraud
@C Denver Resident Office, 1244 Speer Boulevard, Suite 520, Denver, CO 80204
@S Special Agent in Charge, Dallas Region: Teresa M. Gallardo
@HR
@R 11/06/2026
Colorado Department of Labor and Employment
Unemployment Insurance Division - Fraud Unit / Legal Process
Denver, Colorado

RE: Court order under 18 U.S.C. 2703(d), Misc. No. 26-mc-00077-NYW

To whom it may concern,

Enclosed please find an order of the United States District Court for the District of Colorado requiring disclosure of records related to online unemployment insurance claim accounts. This is part of a criminal investigation of identity-theft based UI fraud. Please provide the records to me electronically within 14 days of receipt.

Thank you for your continued partnership.
@SP
Owen Trask
Special Agent, DOL-OIG
owen.trask@oig.dol.gov - 303-555-0186
@PB
@CB UNITED STATES DISTRICT COURT
@CB FOR THE DISTRICT OF COLORADO
@SP
IN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN ORDER PURSUANT TO 18 U.S.C. § 2703(d)
@R Misc. No. 26-mc-00077-NYW
@R FILED UNDER SEAL
@H ORDER
The United States has submitted an application pursuant to 18 U.S.C. § 2703(d), requesting that the Court issue an Order requiring the Colorado Department of Labor and Employment ("CDLE"), which operates the MyUI+ online claimant portal, to disclose the records and other information described in Attachment A to this Order.
The Court finds that the United States has offered specific and articulable facts showing that there are reasonable grounds to believe that the records or other information sought are relevant and material to an ongoing criminal investigation of violations of 18 U.S.C. §§ 1343 and 641.
IT IS ORDERED, pursuant to 18 U.S.C. § 2703(d), that CDLE shall, within fourteen days of the date of this Order, disclose to the United States the records and other information described in Attachment A.
IT IS FURTHER ORDERED, pursuant to 18 U.S.C. § 2705(b), that CDLE shall not disclose the existence of the application or this Order to the listed account holders or any other person for a period of one year.
@SP
Dated: November 4, 2026
BY THE COURT:
/s/ N. Y. Wang
United States Magistrate Judge
@PB
@CB ATTACHMENT A
Claimant accounts associated with the following persons:
@I (a) Delroy Augustus FAIRWEATHER, born December 1, 1970, SSN ending 3391
@I (b) Oksana Petrivna MELNYK, born 1988-07-07
Records to be disclosed: (1) all e-mail addresses and telephone numbers associated with the accounts; (2) login history with dates, times and IP addresses; (3) claim filings and weekly certifications; (4) the bank account and debit card details to which benefits were paid.
"""
    open(f"{OUT}/bd14.pdf", "wb").write(render_pdf(m, "Serif", 10.5))
    return label("bd14", "born_digital", "DOL-OIG cover letter + sealed 18 USC 2703(d) order (D. Colo.)",
                 ["dol-oig", "U.S. Department of Labor, Office of Inspector General", "Owen Trask", "Special Agent",
                  "owen.trask@oig.dol.gov", "303-555-0186"],
                 [subj("Delroy Augustus Fairweather", "1970-12-01", [("ssn_last4", "3391")]),
                  subj("Oksana Petrivna Melnyk", "1988-07-07")],
                 ["18 USC 2703", "18 USC 1343", "18 USC 641", "18 USC 2705"], "court_order", None,
                 "criminal_investigation", ["email", "phone", "claims", "benefits", "other"], "mail")


# ======================================================================= bd15
@doc
def bd15():
    m = """@C SUPERIOR COURT OF WASHINGTON FOR KING COUNTY
@SP
STATE OF WASHINGTON, Plaintiff,
v.
TREVOR LIAM McCALLISTER and SVETLANA IVANOVNA PETROVA, Defendants.
@R No. 26-1-01877-4 SEA
@H ORDER FOR PRODUCTION OF EMPLOYMENT SECURITY DEPARTMENT RECORDS
THIS MATTER having come before the Court on the motion of the State of Washington, by and through Deputy Prosecuting Attorney Hannah Reyes-Morrow, and the Court having reviewed the records and files herein, and being fully advised, finds that the records described below are relevant to the prosecution of the defendants for Theft in the First Degree, RCW 9A.56.030, and that disclosure is authorized by RCW 50.13.070 and required for discovery under CrR 4.7.
NOW, THEREFORE, IT IS HEREBY ORDERED that the Washington State Employment Security Department shall produce to the King County Prosecuting Attorney's Office, Economic Crimes Unit, within twenty-one (21) days:
@I 1. All wage and hours records reported by any employer for TREVOR LIAM McCALLISTER, DOB 22-Oct-1984, and SVETLANA IVANOVNA PETROVA, DOB 15-Mar-1982, from 2022 through the present;
@I 2. All unemployment benefit claims filed by either defendant, with employer separation information.
The Prosecuting Attorney shall provide copies to defense counsel, Marco Ilić, WSBA #39127, upon receipt. The records shall not be further disseminated except as necessary for this prosecution.
@SP
DONE IN OPEN COURT this 14th day of October, 2026.
@SP
/s/ Nathaniel K. Osei
JUDGE NATHANIEL K. OSEI
@SP
Presented by:
ROBERT A. TAKAHASHI, King County Prosecuting Attorney
By: /s/ Hannah Reyes-Morrow, WSBA #48812
Deputy Prosecuting Attorney, Economic Crimes Unit
516 Third Avenue, W554, Seattle, WA 98104
(206) 555-0170 - hannah.reyes-morrow@kingcounty.gov
"""
    write_fax(render_pdf(m, "Serif", 10.5), f"{OUT}/bd15.tif", 515,
              "OCT-15-2026 09:03   KCPAO ECON CRIMES   206 555 0179        #2231 P.{p:02d}/{n:02d}")
    return label("bd15", "fax", "Washington superior court order for ESD wage records, faxed by prosecutor",
                 ["district-attorney", "King County Prosecuting Attorney's Office", "Hannah Reyes-Morrow",
                  "Deputy Prosecuting Attorney", "hannah.reyes-morrow@kingcounty.gov", "(206) 555-0170"],
                 [subj("Trevor Liam McCallister", "1984-10-22"), subj("Svetlana Ivanovna Petrova", "1982-03-15")],
                 ["RCW 9A.56.030", "RCW 50.13.070", "WA CrR 4.7"], "court_order", None, "criminal_investigation",
                 ["wages", "employment", "claims"], "fax")


# ======================================================================= bd16
@doc
def bd16():
    body = """Renée,

Thanks for the quick reply. DOB is 11/30/1989. Full name Dustin Ray ALBRECHT.

He has an active federal arrest warrant out of the District of Colorado
(violation of supervised release, 18 U.S.C. 3583) and we believe he is
staying in the Pueblo area. I'm requesting this under our fugitive
apprehension authority, 28 U.S.C. 566. All I need is the current address and
phone number on his SNAP / Medicaid case, if he has one.

Jared Kessler
Deputy U.S. Marshal
U.S. Marshals Service - District of Colorado, Fugitive Task Force
Office 303-555-0111
jared.kessler@usms.doj.gov

-----Original Message-----
From: Castillo, Renée <renee.castillo@state.co.us>
Sent: Monday, November 2, 2026 3:10 PM
To: Kessler, Jared (USMS) <jared.kessler@usms.doj.gov>
Subject: RE: address request

Deputy Kessler - we can look into this. Can you please send the date of
birth and the basis for the request? We log every law enforcement request.

Renée Castillo
Records & Legal Services, Colorado Department of Human Services

-----Original Message-----
From: Kessler, Jared (USMS) <jared.kessler@usms.doj.gov>
Sent: Monday, November 2, 2026 1:44 PM
To: CDHS Records <cdhs_records@state.co.us>
Subject: address request

Hello, looking for current address info on a Dustin Albrecht, Pueblo area.
Who can help with this?
"""
    html = "<html><body><div style='font-family:Arial'>" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n")) + "</div></body></html>"
    raw = make_email("Kessler, Jared (USMS) <jared.kessler@usms.doj.gov>",
                     "Castillo, Renée <renee.castillo@state.co.us>", "RE: RE: address request",
                     "Tue, 03 Nov 2026 09:26:31 -0700", body=body, html=html, seed=116,
                     extra={"In-Reply-To": "<cdhs.castillo.20261102@state.co.us>"})
    open(f"{OUT}/bd16.eml", "wb").write(raw)
    return label("bd16", "eml", "USMS deputy reply quoting earlier exchange with state staff, multipart/alternative",
                 ["doj-usms", "U.S. Marshals Service - District of Colorado", "Jared Kessler", "Deputy U.S. Marshal",
                  "jared.kessler@usms.doj.gov", "303-555-0111"],
                 [subj("Dustin Ray Albrecht", "1989-11-30")],
                 ["18 USC 3583", "28 USC 566"], "none", None, "criminal_investigation", ["address", "phone"], "email")


# ======================================================================= bd17
@doc
def bd17():
    m = """@S AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of Premises in a Civil Action
@H UNITED STATES DISTRICT COURT
@C for the
@C District of Colorado
@SP
MARÍA TERESA QUIÑONES, Plaintiff
v.
FRONT RANGE LOGISTICS, INC., Defendant
@R Civil Action No. 1:25-cv-02941-RMR
@CB SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS OR TO PERMIT INSPECTION OF PREMISES IN A CIVIL ACTION
To: Custodian of Records, Colorado Department of Labor and Employment, 251 E. 12th Avenue, Denver, CO 80203
[X] Production: YOU ARE COMMANDED to produce at the time, date, and place set forth below the following documents, electronically stored information, or objects, and to permit inspection, copying, testing, or sampling of the material: All unemployment insurance claim records, separation statements, and employer-reported wage records for María Teresa Quiñones (DOB 05/06/1979; SSN xxx-xx-5120) from January 1, 2022 to present.
@KV Place: | Haskell & Moreno LLP, 1700 Lincoln St., Suite 2400, Denver, CO 80203
@KV Date and Time: | 12/07/2026 10:00 am
The following provisions of Fed. R. Civ. P. 45 are attached - Rule 45(c), relating to the place of compliance; Rule 45(d), relating to your protection as a person subject to a subpoena; and Rule 45(e) and (g), relating to your duty to respond to this subpoena and the potential consequences of not doing so.
Date: 11/03/2026
CLERK OF COURT  OR  /s/ Gregory T. Haskell  Attorney's signature
The name, address, e-mail address, and telephone number of the attorney representing Front Range Logistics, Inc., who issues or requests this subpoena, are: Gregory T. Haskell, Haskell & Moreno LLP, 1700 Lincoln St., Suite 2400, Denver, CO 80203; ghaskell@haskellmoreno.com; (720) 555-0193
@B Notice to the person who issues or requests this subpoena
If this subpoena commands the production of documents, electronically stored information, or tangible things before trial, a notice and a copy of the subpoena must be served on each party in this case before it is served on the person to whom it is directed. Fed. R. Civ. P. 45(a)(4).
@PB
@B Federal Rule of Civil Procedure 45 (c), (d), (e), and (g) (Effective 12/1/13)
(c) Place of Compliance. (1) For a Trial, Hearing, or Deposition. A subpoena may command a person to attend a trial, hearing, or deposition only as follows: (A) within 100 miles of where the person resides, is employed, or regularly transacts business in person...
(d) Protecting a Person Subject to a Subpoena; Enforcement. (1) Avoiding Undue Burden or Expense; Sanctions. A party or attorney responsible for issuing and serving a subpoena must take reasonable steps to avoid imposing undue burden or expense on a person subject to the subpoena...
(e) Duties in Responding to a Subpoena. (1) Producing Documents or Electronically Stored Information...
(g) Contempt. The court for the district where compliance is required - and also, after a motion is transferred, the issuing court - may hold in contempt a person who, having been served, fails without adequate excuse to obey the subpoena or an order related to it.
"""
    open(f"{OUT}/bd17.pdf", "wb").write(render_pdf(m, "Sans", 9.8, margin=58))
    return label("bd17", "born_digital", "AO 88B civil-action subpoena issued by defense attorney (employment lawsuit)",
                 ["other", "Haskell & Moreno LLP", "Gregory T. Haskell", "Attorney for Defendant Front Range Logistics, Inc.",
                  "ghaskell@haskellmoreno.com", "(720) 555-0193"],
                 [subj("María Teresa Quiñones", "1979-05-06", [("ssn_last4", "5120")])],
                 ["FRCP 45"], "court_subpoena", "AO 88B", "unknown", ["claims", "employment", "wages"], "mail")


# ======================================================================= bd18
@doc
def bd18():
    m = """@CB SOCIAL SECURITY ADMINISTRATION
@C OFFICE OF THE INSPECTOR GENERAL
@C Office of Investigations - Denver Field Division
@C 1961 Stout Street, Room 1052, Denver, Colorado 80294
@S Roberta Lindgren, Special Agent in Charge
@HR
November 2, 2026

Unemployment Insurance - Benefit Payment Control
Colorado Department of Labor and Employment
633 17th Street, Suite 201
Denver, CO 80202

SUBJECT: Request for Wage Records - OIG Case # DEN2600388-K

Dear Benefit Payment Control Manager:

The Office of the Inspector General, Social Security Administration, is investigating allegations that the individuals listed below concealed work activity while receiving Social Security disability benefits, in possible violation of 42 U.S.C. § 408(a)(4) and 18 U.S.C. § 641. This request is made under the authority of the Inspector General Act of 1978, as amended, 5 U.S.C. § 406.

Please provide employer-reported quarterly wages and employer names and addresses from the first quarter of 2021 to the most recent quarter available for:

@I Gerald Wayne PRUITT - born May 17, 1966 - SSN ***-**-7731
@I Lucía Fernanda BERMÚDEZ - born November 2, 1971 - SSN ***-**-0482

The information will be used only for the purposes of this investigation. If you have questions, please contact me at (303) 555-0192 or kyle.nakamura@ssa.gov.

Sincerely,
@SP
Kyle Nakamura
Special Agent
@SP
@S cc: AUSA Priya Raman, District of Colorado
@S WARNING: This document is FOR OFFICIAL USE ONLY. It contains information that may be protected under the Privacy Act, 5 U.S.C. § 552a.
"""
    open(f"{OUT}/bd18.pdf", "wb").write(render_pdf(m, "Serif", 10.5))
    return label("bd18", "born_digital", "SSA-OIG letterhead request for wage records, SAC above signer, two subjects",
                 ["ssa-oig", "Social Security Administration, Office of the Inspector General", "Kyle Nakamura",
                  "Special Agent", "kyle.nakamura@ssa.gov", "(303) 555-0192"],
                 [subj("Gerald Wayne Pruitt", "1966-05-17", [("ssn_last4", "7731")]),
                  subj("Lucía Fernanda Bermúdez", "1971-11-02", [("ssn_last4", "0482")])],
                 ["42 USC 408", "18 USC 641", "5 USC 406", "5 USC 552a"], "none", None, "criminal_investigation",
                 ["wages", "employment"], "mail")


# ======================================================================= bd19
@doc
def bd19():
    m = """@CB DEPARTMENT OF HOMELAND SECURITY
@CB U.S. CUSTOMS AND BORDER PROTECTION
@H SUMMONS
@R No. NOG-26-0093
@KV To: | Records Custodian, Arizona Department of Transportation, Motor Vehicle Division, 1801 W. Jefferson St., Phoenix, AZ 85007
@KV In the matter of: | Investigation of the unlawful export of stolen motor vehicles through the Port of Nogales (18 U.S.C. 553)
By the service of this summons you are hereby required to appear before Supervisory CBP Officer Dale R. Whitcomb, an officer of U.S. Customs and Border Protection, at 200 N. Mariposa Road, Nogales, AZ 85621, on 11/24/2026 at 9:00 AM, to give testimony and to produce the following records, pursuant to 19 U.S.C. 1509:
@I Certified title and registration histories, title applications with supporting identity documents, and addresses of record for all vehicles titled since 2024 to:
@I - CASTAÑEDA OCHOA, Héctor Manuel, DOB 3 Aug 1976, AZ DL 914228037
@I - BONDARENKO, Iryna, DOB 12 Dec 1985
Failure to comply with this summons will render you liable to proceedings in a United States District Court to enforce compliance, as provided in 19 U.S.C. 1510, as well as to other sanctions.
@KV Issued by (name/title): | Dale R. Whitcomb, Supervisory CBP Officer, Office of Field Operations, Nogales Port of Entry
@KV Signature: | /s/ D. R. Whitcomb
@KV Telephone: | 520-555-0137
@KV Date: | 11/05/2026
@S CBP Form 3115 (formerly Customs Form 3115)
"""
    write_fax(render_pdf(m, "Sans", 10), f"{OUT}/bd19.tif", 519,
              "05 NOV 2026 16:10   CBP NOGALES POE  520-555-0180   P. {p}")
    return label("bd19", "fax", "CBP Form 3115 customs summons faxed to MVD, district-court enforcement clause",
                 ["dhs-cbp", "U.S. Customs and Border Protection, Office of Field Operations, Nogales Port of Entry",
                  "Dale R. Whitcomb", "Supervisory CBP Officer", None, "520-555-0137"],
                 [subj("Héctor Manuel Castañeda Ochoa", "1976-08-03", [("license", "914228037")]),
                  subj("Iryna Bondarenko", "1985-12-12")],
                 ["18 USC 553", "19 USC 1509", "19 USC 1510"], "administrative_subpoena", "CBP Form 3115",
                 "criminal_investigation", ["vehicle", "identity_documents", "address"], "fax")


# ======================================================================= bd20
@doc
def bd20():
    txt = """From: Raines, Kimberly A. <kimberly.raines@elpasoco.gov>
Sent: Thursday, November 5, 2026 11:38 AM
To: CDLE Records Requests <cdle_recordsrequests@state.co.us>
Subject: Address request - civil service of process

Good morning,

The El Paso County Sheriff's Office Civil Section is attempting service of
a summons and complaint (El Paso County District Court case 2026CV31877)
under C.R.C.P. 4. We have been unable to locate the respondent at the
address provided by the plaintiff.

  Name:  ILIEV, Bogdan Petrov
  DOB:   January 9, 1980

Could your office provide the most recent address reported for him, either
on a UI claim or by an employer?

Thank you,

Deputy Kimberly A. Raines
Civil Section
El Paso County Sheriff's Office
27 E. Vermijo Ave., Colorado Springs, CO 80903
(719) 555-0124
"""
    open(f"{OUT}/bd20.txt", "w", encoding="utf-8").write(txt)
    return label("bd20", "txt", "pasted sheriff civil-section email (service of civil process)",
                 ["sheriff", "El Paso County Sheriff's Office", "Kimberly A. Raines", "Deputy",
                  "kimberly.raines@elpasoco.gov", "(719) 555-0124"],
                 [subj("Bogdan Petrov Iliev", "1980-01-09")],
                 ["CO CRCP 4"], "none", None, "unknown", ["address"], "email")


# ======================================================================= bd21
@doc
def bd21():
    w = """@C DISTRICT COURT, ADAMS COUNTY, COLORADO
@C Court Address: 1100 Judicial Center Drive, Brighton, CO 80601
@SP
THE PEOPLE OF THE STATE OF COLORADO
v.
Defendant: ESTEBAN ALEJANDRO VILLANUEVA-PRIETO
DOB: 03/04/1994
@R Case Number: 26CR1187    Div.: 5
@H WARRANT FOR ARREST
TO ANY PEACE OFFICER IN THE STATE OF COLORADO:
A complaint/information having been filed, and the Court having found probable cause based upon the sworn affidavit of Investigator J. Reinholt, you are commanded to arrest the above-named defendant and bring the defendant before this Court without unnecessary delay, pursuant to C.R.S. 16-3-108 and Crim. P. 4.
Charges: Assault in the Second Degree, C.R.S. 18-3-203 (F4).
Bond: $25,000 cash/surety.
@SP
Date: October 20, 2026
BY THE COURT:
/s/ Patricia Lemaire
District Court Judge
"""
    jpg = photo_jpeg(render_pdf(w, "Serif", 11), "bd21-warrant", 2121)
    body = """CDLE Records,

Adams County Sheriff's Office Warrants Unit holds an active felony warrant on
the below individual (copy attached). He has not been at his last known
address since August. We are requesting his last known address and the name
and address of his current or most recent employer from UI wage records.

  Esteban Alejandro VILLANUEVA-PRIETO
  DOB 03/04/1994

Please send responsive info to me directly.

Sgt. Dwayne Hollis
Warrants / Fugitive Unit
Adams County Sheriff's Office
Desk 303-555-0165 | dhollis@adamscountyco.gov
"""
    raw = make_email("Dwayne Hollis <dhollis@adamscountyco.gov>", "CDLE Records Requests <cdle_recordsrequests@state.co.us>",
                     "Warrant subject - employer/address request - 26CR1187", "Wed, 04 Nov 2026 15:55:00 -0700",
                     body=body, attachments=[(jpg, "image", "jpeg", "IMG_4471.jpg")], seed=121)
    open(f"{OUT}/bd21.eml", "wb").write(raw)
    return label("bd21", "eml", "sheriff warrants-unit email with photographed Colorado arrest warrant (JPEG)",
                 ["sheriff", "Adams County Sheriff's Office", "Dwayne Hollis", "Sergeant",
                  "dhollis@adamscountyco.gov", "303-555-0165"],
                 [subj("Esteban Alejandro Villanueva-Prieto", "1994-03-04")],
                 ["CRS 16-3-108", "CO CrimP 4", "CRS 18-3-203"], "judicial_warrant", None, "criminal_investigation",
                 ["address", "employment"], "email")


# ======================================================================= bd22
@doc
def bd22():
    txt = """Subject: FOUO - address request HERSI
From: Brandon Leclair <brandon.leclair@ice.dhs.gov>
To: CDHS Records <cdhs_records@state.co.us>
Date: 2026-11-06 08:02

Good morning,

Requesting the address on file and any other household members listed for
the following individual:

    Last: HERSI
    First: Amina
    Middle: Abdullahi
    DOB: 1987-03-04
    A# 201 774 563

This request is made under INA § 287(a) and 8 U.S.C. § 1373. For official
use only.

V/r,
Brandon Leclair
Officer, U.S. Immigration and Customs Enforcement
Colorado Springs, CO
719-555-0147

UNCLASSIFIED//FOR OFFICIAL USE ONLY
"""
    open(f"{OUT}/bd22.txt", "w", encoding="utf-8").write(txt)
    return label("bd22", "txt", "ICE officer email pasted as text, no component named, A-number, FOUO",
                 ["dhs-ice", "U.S. Immigration and Customs Enforcement", "Brandon Leclair", "Officer",
                  "brandon.leclair@ice.dhs.gov", "719-555-0147"],
                 [subj("Amina Abdullahi Hersi", "1987-03-04", [("a_number", "A201774563")])],
                 ["INA 287", "8 USC 1373"], "none", None, "civil_immigration", ["address", "other"], "email")


# ======================================================================= bd23
@doc
def bd23():
    m = """DOUGLAS R. FENWICK, District Attorney
VANESSA KIM-HALVORSEN, Deputy District Attorney (SBN 291144)
FRESNO COUNTY DISTRICT ATTORNEY'S OFFICE - Welfare Fraud Unit
2100 Tulare Street, Suite 400, Fresno, CA 93721
Tel. (559) 555-0108   vkimhalvorsen@fresnocountyca.gov
@SP
@CB SUPERIOR COURT OF THE STATE OF CALIFORNIA
@CB COUNTY OF FRESNO
@SP
THE PEOPLE OF THE STATE OF CALIFORNIA, Plaintiff,
v.
RAMÓN ESQUIVEL ÁVALOS, and LETICIA MARISOL ÁVALOS DE ESQUIVEL, Defendants.
@R Case No. F26904512
@CB ORDER FOR RELEASE OF CONFIDENTIAL PUBLIC SOCIAL SERVICES RECORDS
@C (Welf. & Inst. Code, § 10850)
Upon the application of the People, and good cause appearing, the Court finds that the records described below are necessary to the prosecution of the defendants for welfare fraud in violation of Welfare and Institutions Code section 10980 and grand theft in violation of Penal Code section 487, and that disclosure is permitted under Welfare and Institutions Code section 10850.
IT IS ORDERED that the Fresno County Department of Social Services shall release to the Fresno County District Attorney's Office the complete CalFresh and CalWORKs case files, including benefit issuance histories, reported household addresses and all reported employment and income, for:
@I RAMÓN ESQUIVEL ÁVALOS, date of birth June 23, 1980;
@I LETICIA MARISOL ÁVALOS DE ESQUIVEL, date of birth September 14, 1983,
for the period January 2023 through the date of this order.
IT IS FURTHER ORDERED that the records be used solely for purposes of this prosecution.
@SP
Dated: October 30, 2026
@SP
/s/ Jeffrey T. Amundsen
JUDGE OF THE SUPERIOR COURT
"""
    write_scanned(render_pdf(m, "Serif", 11), f"{OUT}/bd23.pdf", 323, turns=(90,), dpi=200)
    return label("bd23", "scanned", "California superior court order (W&I 10850) for social services records, scanned sideways",
                 ["district-attorney", "Fresno County District Attorney's Office", "Vanessa Kim-Halvorsen",
                  "Deputy District Attorney", "vkimhalvorsen@fresnocountyca.gov", "(559) 555-0108"],
                 [subj("Ramón Esquivel Ávalos", "1980-06-23"), subj("Leticia Marisol Ávalos de Esquivel", "1983-09-14")],
                 ["CA WIC 10850", "CA WIC 10980", "CA PC 487"], "court_order", None, "criminal_investigation",
                 ["benefits", "address", "employment"], "mail")


# ======================================================================= bd24
@doc
def bd24():
    html = """<html><head><style>td{border:1px solid #999;padding:3px 8px}</style></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:11pt">
<p>MVD Law Enforcement Liaison,</p>
<p>Tucson Sector Border Patrol is investigating an alien smuggling load vehicle stopped on SR-86 on 10/31/2026
(violation of 8 U.S.C. &sect; 1324). Two occupants fled the scene. Request registered owner information,
current addresses and DL photos for the following:</p>
<table>
<tr><td><b>Name</b></td><td><b>DOB</b></td><td><b>AZ DL</b></td></tr>
<tr><td>VALENZUELA R&Iacute;OS, Jes&uacute;s Omar</td><td>05/11/2001</td><td>702114938</td></tr>
<tr><td>SIMMONS, Kaylee Dawn</td><td>08/27/2003</td><td>&mdash;</td></tr>
</table>
<p>Please also include all vehicles currently registered to either person.</p>
<p>Respectfully,</p>
<p>BPA Tyler J. Archuleta<br>
Sector Intelligence Unit, Tucson Sector<br>
U.S. Border Patrol / U.S. Customs and Border Protection<br>
Desk: (520) 555-0133 &nbsp;|&nbsp; tyler.archuleta@cbp.dhs.gov</p>
<p style="font-size:8pt;color:#666">WARNING: This e-mail is LAW ENFORCEMENT SENSITIVE and is intended only for the addressee.</p>
</body></html>"""
    raw = make_email("ARCHULETA, TYLER J <tyler.archuleta@cbp.dhs.gov>", "mvdlerequests@azdot.gov",
                     "LES: Owner / photo request - SR-86 smuggling event", "Sun, 01 Nov 2026 22:14:09 -0700",
                     html=html, seed=124)
    open(f"{OUT}/bd24.eml", "wb").write(raw)
    return label("bd24", "eml", "Border Patrol HTML-only email with table, smuggling case",
                 ["dhs-cbp", "U.S. Border Patrol, Tucson Sector", "Tyler J. Archuleta", "Border Patrol Agent",
                  "tyler.archuleta@cbp.dhs.gov", "(520) 555-0133"],
                 [subj("Jesús Omar Valenzuela Ríos", "2001-05-11", [("license", "702114938")]),
                  subj("Kaylee Dawn Simmons", "2003-08-27")],
                 ["8 USC 1324"], "none", None, "criminal_investigation", ["vehicle", "address", "photo"], "email")


# ======================================================================= bd25
@doc
def bd25():
    sub = """@C DISTRICT COURT, ARAPAHOE COUNTY, STATE OF COLORADO
@C 7325 South Potomac Street, Centennial, CO 80112
@SP
IN THE MATTER OF THE 2026 ARAPAHOE COUNTY GRAND JURY
@R Case No. 26CR0004 (GJ)
@H GRAND JURY SUBPOENA DUCES TECUM
THE PEOPLE OF THE STATE OF COLORADO TO: Custodian of Records, Colorado Department of Corrections, 1250 Academy Park Loop, Colorado Springs, CO 80910
YOU ARE HEREBY COMMANDED to appear before the Arapahoe County Grand Jury at the Arapahoe County Justice Center on December 2, 2026 at 8:30 a.m., and to bring with you the following records, pursuant to § 16-5-204(4)(d), C.R.S., and Crim. P. 17:
@I For inmates RILEY, Deshawn Marcus (CDOC #166902, DOB 10/10/1991) and ZAITSEV, Aleksandr Viktorovich (CDOC #171355, DOB 02/18/1987): all inmate telephone call logs and recordings, visitor logs, and incoming mail logs from June 1, 2026 to present.
The records relate to an investigation of introduction of contraband in the first degree, C.R.S. 18-8-204.1. Personal appearance is excused upon delivery of the records with a custodian's affidavit to the District Attorney. Grand jury matters are secret; do not disclose this subpoena.
@SP
Date: 11/03/2026
CLERK OF THE DISTRICT COURT
By: /s/ A. Trujillo, Deputy Clerk
@SP
Requested by: Rachel Abernathy-Soto, #40218, Chief Deputy District Attorney, 18th Judicial District
"""
    att = render_pdf(sub, "Serif", 10.5)
    body = """Good afternoon,

Attached please find a grand jury subpoena duces tecum directed to CDOC for
phone, visitor and mail logs on two inmates. Personal appearance is excused
if the records and a custodian affidavit are delivered to my office by
December 1.

Please call me with any questions.

Rachel Abernathy-Soto
Chief Deputy District Attorney
Office of the District Attorney, 18th Judicial District
6450 S. Revere Parkway, Centennial, CO 80111
720-555-0158 | rabernathy-soto@da18.state.co.us

This message may contain confidential grand jury material. Do not forward.
"""
    raw = make_email("Rachel Abernathy-Soto <rabernathy-soto@da18.state.co.us>",
                     "CDOC Legal Services <doc_legalservices@state.co.us>",
                     "Grand Jury Subpoena 26CR0004 - CDOC records", "Tue, 03 Nov 2026 13:12:45 -0700",
                     body=body, attachments=[(att, "application", "pdf", "GJ_SDT_26CR0004_CDOC.pdf")], seed=125)
    open(f"{OUT}/bd25.eml", "wb").write(raw)
    return label("bd25", "eml", "DA email with Colorado county grand jury subpoena duces tecum PDF",
                 ["district-attorney", "Office of the District Attorney, 18th Judicial District", "Rachel Abernathy-Soto",
                  "Chief Deputy District Attorney", "rabernathy-soto@da18.state.co.us", "720-555-0158"],
                 [subj("Deshawn Marcus Riley", "1991-10-10", [("other", "166902")]),
                  subj("Aleksandr Viktorovich Zaitsev", "1987-02-18", [("other", "171355")])],
                 ["CRS 16-5-204", "CO CrimP 17", "CRS 18-8-204.1"], "grand_jury_subpoena", None,
                 "criminal_investigation", ["phone", "other"], "email")


# ======================================================================= bd26
@doc
def bd26():
    m = """@CB U.S. Department of Justice
@CB Federal Bureau of Investigation
@C Salt Lake City Field Office - 5425 West Amelia Earhart Drive, Salt Lake City, UT 84116
@R In Reply, Please Refer to File No. 318B-SU-3456789
@S Harold E. Brandt, Special Agent in Charge
@HR
4 November 2026

Utah Department of Public Safety
Driver License Division - Records
4501 South 2700 West
Salt Lake City, Utah 84129

Re: Request for driver license information

The Federal Bureau of Investigation is conducting a criminal investigation into a bank fraud and counterfeit access device scheme in violation of 18 U.S.C. §§ 1344 and 1029. Pursuant to 18 U.S.C. § 2721(b)(1) and Utah Code Ann. § 53-3-109, the FBI requests driver license photographs, license histories and all addresses of record for the following persons:

@I 1. Tyrell Jamal WATKINS, DOB 6/6/1995, UT DL 164003287
@I 2. Mariana GÓMEZ-YBARRA, DOB 1/19/1998
@I 3. Viktor HRABAL, DOB 3/22/1978

A bank employee, Ms. Janelle Ostrander, who reported the scheme, is a witness and not a subject of this request.

Please forward responsive records to Special Agent Monique Delacroix-Hart at mdelacroix-hart@fbi.gov or by phone at (801) 555-0121.

Sincerely,

HAROLD E. BRANDT
Special Agent in Charge
@SP
By: /s/ Monique Delacroix-Hart
Monique Delacroix-Hart
Special Agent
"""
    open(f"{OUT}/bd26.pdf", "wb").write(render_pdf(m, "Serif", 10.5))
    return label("bd26", "born_digital", "FBI field office letter signed 'By' SA under SAC name, three subjects",
                 ["doj-fbi", "Federal Bureau of Investigation, Salt Lake City Field Office", "Monique Delacroix-Hart",
                  "Special Agent", "mdelacroix-hart@fbi.gov", "(801) 555-0121"],
                 [subj("Tyrell Jamal Watkins", "1995-06-06", [("license", "164003287")]),
                  subj("Mariana Gómez-Ybarra", "1998-01-19"), subj("Viktor Hrabal", "1978-03-22")],
                 ["18 USC 1344", "18 USC 1029", "18 USC 2721", "UCA 53-3-109"], "none", None, "criminal_investigation",
                 ["photo", "license", "address"], "mail")


# ======================================================================= bd27
@doc
def bd27():
    m = """@CB SUPERIOR COURT OF ARIZONA
@CB IN AND FOR THE COUNTY OF MARICOPA
@SP
STATE OF ARIZONA, Plaintiff,
vs.
BRANDON LEE KOVACS, Defendant.
@R No. CR2026-114883-001
@H SUBPOENA DUCES TECUM - CRIMINAL
THE STATE OF ARIZONA TO: Custodian of Records, Arizona Department of Transportation, Motor Vehicle Division
YOU ARE COMMANDED to appear as a witness at trial before the Honorable Diane Whitford-Ruiz, Superior Court of Arizona, 175 W. Madison Street, Phoenix, Courtroom 9B, on January 12, 2027 at 10:30 a.m., and to bring with you a certified copy of the complete driver license record, including license status, suspensions, and driving history, of:
@I BRANDON LEE KOVACS, date of birth 4 March 1987, Arizona driver license number 331907725.
The defendant is charged with Aggravated DUI, A.R.S. § 28-1383. This subpoena is issued under A.R.S. § 13-4071 and Rule 34 of the Arizona Rules of Criminal Procedure. Appearance may be excused by delivering certified records to the issuing attorney before the trial date.
The victim in this matter, Gloria Stennett, is not a subject of this subpoena.
@SP
Dated: November 2, 2026                 CLERK OF THE SUPERIOR COURT
@I By /s/ R. Manygoats, Deputy Clerk
@SP
Issued at the request of: Nicholas Pereira-Lund, Deputy County Attorney, Bar #031875
Maricopa County Attorney's Office, Vehicular Crimes Bureau, 225 W. Madison St., Phoenix, AZ 85003
Tel. (602) 555-0166
"""
    write_scanned(render_pdf(m, "Serif", 11), f"{OUT}/bd27.pdf", 327, dpi=200)
    return label("bd27", "scanned", "Arizona superior court criminal trial subpoena duces tecum, clerk-signed",
                 ["district-attorney", "Maricopa County Attorney's Office", "Nicholas Pereira-Lund",
                  "Deputy County Attorney", None, "(602) 555-0166"],
                 [subj("Brandon Lee Kovacs", "1987-03-04", [("license", "331907725")])],
                 ["ARS 28-1383", "ARS 13-4071", "AZ CrimP 34"], "court_subpoena", None, "criminal_investigation",
                 ["license"], "mail")


# ======================================================================= bd28
@doc
def bd28():
    form = """@CB U.S. Immigration and Customs Enforcement
@CB Enforcement and Removal Operations - Denver Field Office
@H REQUEST FOR INFORMATION
@KV Date | 06 November 2026
@KV To | Colorado Department of Labor and Employment
@KV Subject Name | TRAN, Thi Mai
@KV Date of Birth | 04/18/1990
@KV A-Number | A203 118 946
@KV Information Requested | Current residential address; current employer name and address
@KV Authority | 8 U.S.C. § 1357; 8 C.F.R. § 287.5
@KV Requesting Officer | Ricardo Saldaña, Deportation Officer
@KV Phone / E-mail | 303-555-0188 / ricardo.saldana@ice.dhs.gov
@SP
@S FOR OFFICIAL USE ONLY (FOUO). Contains information that may be exempt from public release under the Freedom of Information Act (5 U.S.C. 552).
"""
    png = png_of(render_pdf(form, "Sans", 10.5), "bd28-form", dpi=120)
    body = """Please see attached request.

Ricardo Saldaña
Deportation Officer, ERO Denver
303-555-0188
"""
    raw = make_email("Saldana, Ricardo <ricardo.saldana@ice.dhs.gov>", "CDLE Records Requests <cdle_recordsrequests@state.co.us>",
                     "Request for Information", "Fri, 06 Nov 2026 10:41:17 -0700", body=body,
                     attachments=[(png, "image", "png", "RFI_TRAN.png")], seed=128)
    open(f"{OUT}/bd28.eml", "wb").write(raw)
    return label("bd28", "eml", "terse ERO email with PNG request-for-information form attached (no process)",
                 ["dhs-ice-ero", "Enforcement and Removal Operations - Denver Field Office", "Ricardo Saldaña",
                  "Deportation Officer", "ricardo.saldana@ice.dhs.gov", "303-555-0188"],
                 [subj("Thi Mai Tran", "1990-04-18", [("a_number", "A203118946")])],
                 ["8 USC 1357", "8 CFR 287.5", "5 USC 552"], "none", None, "civil_immigration",
                 ["address", "employment"], "email")


# ======================================================================= bd29
@doc
def bd29():
    m = """@CB U.S. Department of Homeland Security
@C Immigration and Customs Enforcement - Enforcement and Removal Operations
@C Salt Lake City Field Office, 2975 Decker Lake Drive, West Valley City, UT 84119
@HR
MEMORANDUM                                           2026-11-02
TO: Utah Driver License Division, Investigations/Records
FROM: Sarah E. Whitman, Deportation Officer (801-555-0128, sarah.whitman@ice.dhs.gov)
RE: NUR, Abdiwali Ahmed - A099 887 120
ERO Salt Lake City requests the current address of record, driver license photograph, and any vehicles registered to the above subject, who is the subject of a final order of removal. A copy of the Warrant of Removal/Deportation is attached.
@PB
@S U.S. Department of Homeland Security
@H WARRANT OF REMOVAL/DEPORTATION
@R File No: A099 887 120
@R Date: 09/14/2026
To any immigration officer of the United States Department of Homeland Security:
ABDIWALI AHMED NUR (Full name of alien), DOB December 25, 1986, who entered the United States at New York, NY on 08/02/2013, is subject to removal/deportation from the United States, based upon a final order by:
[X] an immigration judge in exclusion, deportation, or removal proceedings
[ ] a designated official
[ ] the Board of Immigration Appeals
[ ] a United States District or Magistrate Court Judge
and pursuant to the following provisions of the Immigration and Nationality Act: section 237(a)(1)(B).
I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary of Homeland Security under the laws of the United States and by his or her direction, command you to take into custody and remove from the United States the above-named alien, pursuant to law, at the expense of: the appropriation "Enforcement and Removal Operations".
@SP
/s/ Dana K. Hollister
(Signature of immigration officer)
Field Office Director, Salt Lake City
(Title of immigration officer)
@S Form I-205 (Rev. 8/07)
"""
    write_scanned(render_pdf(m, "Serif", 11), f"{OUT}/bd29.pdf", 329, turns=(0, 180), dpi=200)
    return label("bd29", "scanned", "ERO memo + I-205 warrant of removal (judge checkbox unchecked), scanned, second page upside down",
                 ["dhs-ice-ero", "Immigration and Customs Enforcement - Enforcement and Removal Operations, Salt Lake City Field Office",
                  "Sarah E. Whitman", "Deportation Officer", "sarah.whitman@ice.dhs.gov", "801-555-0128"],
                 [subj("Abdiwali Ahmed Nur", "1986-12-25", [("a_number", "A099887120")])],
                 ["INA 237"], "administrative_warrant", "I-205", "civil_immigration",
                 ["address", "photo", "vehicle"], "mail")


# ======================================================================= bd30
@doc
def bd30():
    txt = """From: Rahimi, Nadia <NRahimi@uspis.gov>
To: dor_dmv_lerequests@state.co.us
Subject: USPIS request - DL info (mail theft)
Date: November 5, 2026 at 2:19:07 PM MST

Hi there -

I'm a Postal Inspector working a mail theft / check washing case (18 USC 1708
and 18 USC 1344) in Aurora and Centennial. Could you please provide DL photos
and address histories for:

- Cody James Ferraro, DOB 9/2/1996, CO DL 16-330-4402
- Lindsey Marie Oakes, DOB 12/19/1997

Our case number is 4128-2217-MT. Happy to fill out any form you need.

Thanks!
Nadia Rahimi
U.S. Postal Inspector
U.S. Postal Inspection Service - Denver Division
Cell (303) 555-0139

Sent from my iPhone
"""
    open(f"{OUT}/bd30.txt", "w", encoding="utf-8").write(txt)
    return label("bd30", "txt", "informal postal inspector email saved as text",
                 ["usps-uspis", "U.S. Postal Inspection Service - Denver Division", "Nadia Rahimi", "U.S. Postal Inspector",
                  "NRahimi@uspis.gov", "(303) 555-0139"],
                 [subj("Cody James Ferraro", "1996-09-02", [("license", "163304402")]),
                  subj("Lindsey Marie Oakes", "1997-12-19")],
                 ["18 USC 1708", "18 USC 1344"], "none", None, "criminal_investigation", ["photo", "address"], "email")


# ======================================================================= bd31
@doc
def bd31():
    cover = """@CB U.S. Department of Homeland Security
@CB U.S. Immigration and Customs Enforcement
@C Enforcement and Removal Operations - Denver Field Office
@C 12445 E. Caley Avenue, Centennial, CO 80111
@S Field Office Director: Leonard V. Sandoval
@HR
@R 5 November 2026
Colorado Department of Human Services
Office of Economic Security - Records
1575 Sherman Street
Denver, CO 80203

Re: Request for location information - MEJÍA DE LEÓN, Rosa Elena

To whom it may concern:

U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations (ERO) requests the current residential address and telephone number on file with your agency for the following individual, who is the subject of the enclosed Warrant for Arrest of Alien (Form I-200):

@I Name: Rosa Elena MEJÍA DE LEÓN
@I Date of birth: July 30, 1979
@I A-Number: A078 441 229

This request is made pursuant to 8 U.S.C. § 1357 and 8 U.S.C. § 1373. Please direct any questions to the undersigned at (303) 555-0102 or gabriel.ochoa@ice.dhs.gov.

Respectfully,
@SP
Gabriel N. Ochoa
Assistant Field Office Director
@PB
"""
    i200 = I200_TMPL.format(file="A078 441 229", date="October 22, 2026", name="Rosa Elena MEJÍA DE LEÓN", fo=" ",
                            signer="/s/ G. N. Ochoa", stitle="Gabriel N. Ochoa, Assistant Field Office Director")
    open(f"{OUT}/bd31.pdf", "wb").write(render_pdf(cover + i200, "Serif", 10.5))
    return label("bd31", "born_digital", "ERO letter (FOD above signer) enclosing I-200, to human services",
                 ["dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations - Denver Field Office",
                  "Gabriel N. Ochoa", "Assistant Field Office Director", "gabriel.ochoa@ice.dhs.gov", "(303) 555-0102"],
                 [subj("Rosa Elena Mejía de León", "1979-07-30", [("a_number", "A078441229")])],
                 ["8 USC 1357", "8 USC 1373", "INA 236", "INA 287", "8 CFR 287"], "administrative_warrant", "I-200",
                 "civil_immigration", ["address", "phone"], "mail")


# ======================================================================= bd32
@doc
def bd32():
    m = """@S DEPARTMENT OF HOMELAND SECURITY
@H REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE OF SUSPECTED PRIORITY ALIEN
@KV Subject ID: | 402118376
@KV Event #: | LVG2611000052
@KV File No: | A215 003 671
@KV Date: | 2026-11-06
@KV TO: | Nevada Department of Corrections, Offender Management Division, Carson City, NV
@KV FROM: | ICE Enforcement and Removal Operations, Las Vegas Sub-Office, 501 S. Las Vegas Blvd, Las Vegas, NV 89101
@KV Name of Alien: | HRYTSENKO, Oleksandr
@KV Date of Birth: | 05/05/1992     Nationality: Ukraine     Sex: M
@KV NDOC Offender #: | 1198455
1. DHS HAS DETERMINED THAT THE ALIEN IN YOUR CUSTODY IS A PRIORITY FOR REMOVAL BECAUSE HE/SHE:
[X] has been convicted of an offense listed in the enforcement priorities;
[ ] has been convicted of three or more misdemeanors.
IT IS REQUESTED THAT YOU: Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody. Please notify ICE by calling (702) 555-0144 or by e-mail to marcus.feeney@ice.dhs.gov. This request for notification does not request or authorize that you detain the alien beyond the time he/she is currently scheduled for release.
This request is issued under the authority of section 287 of the Immigration and Nationality Act and 8 C.F.R. 287.7.
@SP
Marcus L. Feeney, Deportation Officer
(Name and title of Immigration Officer)                     /s/ M. L. Feeney
@S DHS Form I-247N (5/15)
"""
    open(f"{OUT}/bd32.pdf", "wb").write(render_pdf(m, "Sans", 9.8, margin=58))
    return label("bd32", "born_digital", "I-247N request for voluntary notification of release to state corrections",
                 ["dhs-ice-ero", "ICE Enforcement and Removal Operations, Las Vegas Sub-Office", "Marcus L. Feeney",
                  "Deportation Officer", "marcus.feeney@ice.dhs.gov", "(702) 555-0144"],
                 [subj("Oleksandr Hrytsenko", "1992-05-05", [("a_number", "A215003671"), ("other", "1198455")])],
                 ["INA 287", "8 CFR 287.7"], "detainer", "I-247N", "civil_immigration", ["other"], "mail")


def main():
    for fn in DOCS:
        lab = fn()
        with open(f"{OUT}/{lab['id']}.expected.json", "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print(len(DOCS), "documents written")


if __name__ == "__main__":
    main()
