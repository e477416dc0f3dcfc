#!/usr/bin/env python3
"""Build the blind_hh sample set (independent author; deterministic, seed 4242).

Run:  /work/main/.venv/bin/python samples/blind_hh/build.py
Writes <id>.<ext> and <id>.expected.json into this folder. Temporary files go
to /tmp/author_hh.
"""
import io
import json
import os
import random
import subprocess
import textwrap
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
import datetime as dt

import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/author_hh"
os.makedirs(TMP, exist_ok=True)
SEED = 4242
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
for name, fn in [("Serif", "DejaVuSerif.ttf"), ("Serif-Bold", "DejaVuSerif-Bold.ttf"),
                 ("Sans", "DejaVuSans.ttf"), ("Sans-Bold", "DejaVuSans-Bold.ttf"),
                 ("Mono", "DejaVuSansMono.ttf"), ("Mono-Bold", "DejaVuSansMono-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(name, FONTDIR + fn))


# ---------------------------------------------------------------- rendering
def render_pdf(pages, font="Serif", size=10.0, path=None):
    """pages: list of page strings. Line markup:
    '# t' centred bold large, '## t' centred bold, '** t' bold, '>> t' right,
    '--' rule, '==' double rule, blank lines kept. Long lines wrap."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle("")
    W, H = letter
    left, right, top, bottom = 64, W - 64, H - 60, 60
    bold = font + "-Bold"
    maxchars = int((right - left) / (size * 0.56))
    for page in pages:
        y = top
        for raw in page.split("\n"):
            if raw.strip() == "--":
                c.setLineWidth(0.8); c.line(left, y + 3, right, y + 3); y -= size * 0.9; continue
            if raw.strip() == "==":
                c.setLineWidth(1.6); c.line(left, y + 5, right, y + 5)
                c.setLineWidth(0.6); c.line(left, y + 1, right, y + 1); y -= size * 1.1; continue
            if raw.startswith("# "):
                if y < top:
                    y -= size * 0.5
                c.setFont(bold, size + 4); c.drawCentredString(W / 2, y, raw[2:]); y -= (size + 4) * 1.35; continue
            if raw.startswith("## "):
                c.setFont(bold, size + 1); c.drawCentredString(W / 2, y, raw[3:]); y -= (size + 1) * 1.35; continue
            if raw.startswith("~~ "):
                c.setFont(font, size); c.drawCentredString(W / 2, y, raw[3:]); y -= size * 1.3; continue
            if raw.startswith(">> "):
                c.setFont(font, size); c.drawRightString(right, y, raw[3:]); y -= size * 1.3; continue
            f = font
            if raw.startswith("** "):
                f, raw = bold, raw[3:]
            indent = len(raw) - len(raw.lstrip(" "))
            pieces = textwrap.wrap(raw.strip(), max(20, maxchars - indent)) or [""]
            for i, p in enumerate(pieces):
                c.setFont(f, size)
                c.drawString(left + indent * size * 0.55 + (size * 1.2 if i else 0), y, p)
                y -= size * 1.3
                if y < bottom:
                    c.showPage(); y = top
        c.showPage()
    c.save()
    data = buf.getvalue()
    if path:
        with open(path, "wb") as fh:
            fh.write(data)
    return data


def raster(pdf_bytes, tag, dpi=200):
    src = os.path.join(TMP, tag + ".pdf")
    with open(src, "wb") as fh:
        fh.write(pdf_bytes)
    prefix = os.path.join(TMP, tag + "_pg")
    for f in os.listdir(TMP):
        if f.startswith(tag + "_pg"):
            os.remove(os.path.join(TMP, f))
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", src, prefix], check=True)
    files = sorted(f for f in os.listdir(TMP) if f.startswith(tag + "_pg"))
    return [Image.open(os.path.join(TMP, f)).convert("L") for f in files]


def degrade(img, rng, turn=0):
    a = np.asarray(img).astype(np.float32)
    a = 40 + a * (rng.uniform(0.72, 0.82))  # grey background, lower contrast
    a += np.random.default_rng(rng.randint(0, 10**6)).normal(0, 9, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    ang = rng.uniform(0.5, 2.0) * rng.choice([-1, 1])
    im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=int(rng.uniform(200, 225)))
    im = im.filter(ImageFilter.GaussianBlur(0.5))
    if turn:
        im = im.rotate(turn, expand=True)
    b = io.BytesIO()
    im.save(b, "JPEG", quality=int(rng.uniform(35, 55)))
    b.seek(0)
    return Image.open(b).convert("L")


def write_scanned(pdf_bytes, tag, path, rng, turns=None):
    imgs = raster(pdf_bytes, tag, dpi=200)
    turns = turns or {}
    out = [degrade(im, rng, turns.get(i, 0)) for i, im in enumerate(imgs)]
    fixed = dt.datetime(2026, 3, 1, 12, 0, 0).timetuple()
    out[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=out[1:],
                creationDate=fixed, modDate=fixed, producer="Scan", title=tag)


def fax_images(pdf_bytes, tag, header, rng):
    imgs = raster(pdf_bytes, tag, dpi=200)
    n = len(imgs)
    font = ImageFont.truetype(FONTDIR + "DejaVuSansMono.ttf", 22)
    res = []
    for i, im in enumerate(imgs):
        im = im.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=255)
        d = ImageDraw.Draw(im)
        d.rectangle([0, 0, im.width, 44], fill=255)
        d.text((30, 10), header + f"   P. {i + 1:02d}/{n:02d}", font=font, fill=0)
        a = np.asarray(im).astype(np.float32)
        a += np.random.default_rng(rng.randint(0, 10**6)).normal(0, 18, a.shape)
        bw = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).point(lambda v: 255 if v > 150 else 0).convert("1")
        res.append(bw)
    return res


def write_fax(pdf_bytes, tag, path, header, rng):
    pages = fax_images(pdf_bytes, tag, header, rng)
    pages[0].save(path, compression="group4", dpi=(200, 200), save_all=True, append_images=pages[1:])


def page_image_bytes(pdf_bytes, tag, fmt, rng, page=0):
    im = raster(pdf_bytes, tag, dpi=150)[page]
    im = im.rotate(rng.uniform(-1.5, 1.5), resample=Image.BICUBIC, fillcolor=235)
    b = io.BytesIO()
    if fmt == "JPEG":
        im.save(b, "JPEG", quality=70)
    else:
        im.save(b, "PNG", optimize=True)
    return b.getvalue()


def make_eml(frm, to, subject, date, body=None, html=None, cc=None, attachments=(), msgid=None,
             attached_msg=None, reply_to=None):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid or "<%s>" % subject.replace(" ", ".")[:30]
    m["MIME-Version"] = "1.0"
    if body is not None and html is not None:
        m.set_content(body)
        m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(body)
    for fname, data, maintype, subtype in attachments:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    if attached_msg is not None:
        m.add_attachment(attached_msg)
    for i, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary("=_hh_%02d_%s" % (i, str(m["Message-ID"]).strip("<>").split("@")[0][-12:]))
    return m.as_bytes()


def tz(h):
    return dt.timezone(dt.timedelta(hours=h))


# ---------------------------------------------------------------- labels
def rec(id, fmt, template, agency_key, agency_name, person, title, email, phone, subjects, basis,
        ptype, form, attached, purpose, records, channel):
    court = ptype in ("judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena")
    return {
        "id": id, "family": "blind-hh", "format": fmt, "template": template,
        "requestor": {"agency_key": agency_key, "agency_name": agency_name, "person": person,
                      "title": title, "email": email, "phone": phone},
        "subjects": [{"name": n, "dob": d, "identifiers": [{"type": t, "value": v} for t, v in ids]}
                     for n, d, ids in subjects],
        "legal_basis": [{"normalized": b} for b in basis],
        "legal_process": {"type": ptype, "court_issued": court, "form": form},
        "warrant_or_subpoena_attached": attached, "purpose": purpose,
        "records_requested": records, "channel": channel,
    }


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


def save(id, ext, data):
    with open(os.path.join(OUT, f"{id}.{ext}"), "wb") as fh:
        fh.write(data)


# ---------------------------------------------------------------- documents
@doc
def bhh01(rng):
    text = ["""# U.S. Department of Homeland Security
## U.S. Immigration and Customs Enforcement
~~ Enforcement and Removal Operations - Philadelphia Field Office
~~ 114 North 8th Street, Philadelphia, PA 19107
--

>> February 9, 2026

Pennsylvania Department of Transportation
Bureau of Driver Licensing - Records Certification Section
1101 South Front Street
Harrisburg, PA 17104

Re: Request for Driver and Vehicle Information
Our reference: ERO-PHI-26-0218

To the Custodian of Records:

U.S. Immigration and Customs Enforcement (ICE), Enforcement and Removal Operations (ERO), respectfully requests your assistance in locating the individual identified below. This request is made pursuant to the authority granted to immigration officers under section 287 of the Immigration and Nationality Act, 8 U.S.C. § 1357, and is for official use only.

    Name:            GÓMEZ-RUIZ, Alejandro
    Date of Birth:   07/14/1988
    A-Number:        A209-876-543
    PA Driver's License: 31 847 562

We request the most recent residential and mailing address on file, a copy of the driver license photograph, and any vehicles currently registered to the subject, including plate numbers.

Please direct the information to Deportation Officer Brandon T. Kessler at (215) 555-0163 or brandon.t.kessler@ice.dhs.gov. Your cooperation is greatly appreciated.

Sincerely,



Brandon T. Kessler
Deportation Officer
Fugitive Operations Team, ERO Philadelphia

For: Michael R. Donato, Acting Field Office Director

--
FOR OFFICIAL USE ONLY / LAW ENFORCEMENT SENSITIVE. This document may contain information exempt from disclosure under the Freedom of Information Act (5 U.S.C. § 552)."""]
    save("bhh01", "pdf", render_pdf(text, "Serif", 10.5))
    return rec("bhh01", "born_digital", "ICE ERO letter on letterhead, FOD named above signer",
               "dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations - Philadelphia Field Office",
               "Brandon T. Kessler", "Deportation Officer", "brandon.t.kessler@ice.dhs.gov", "(215) 555-0163",
               [("Alejandro Gómez-Ruiz", "1988-07-14", [("a_number", "A209876543"), ("license", "31847562")])],
               ["INA 287", "8 USC 1357", "5 USC 552"], "none", None, False, "civil_immigration",
               ["address", "photo", "vehicle"], "mail")


@doc
def bhh02(rng):
    body = """Hi Denise,

Thanks for the call back this morning. As discussed, I'm working a theft case (ORC 2913.02) out of our Zone 4 burglary unit -- report #26-018834. The victim, Mr. Harold Pettibone, had roughly $14,000 in tools taken from his job trailer and two names keep coming up.

Could you check ODJFS for current employer/wage info (last 4 quarters if possible) and any address on file for:

  1) Tomasz Wiśniewski   DOB 11/02/1979   SSN ending 4471
  2) Keisha Marie Boone   DOB 05/19/1991

Even just the most recent employer and address would help a lot. I can send a formal request on letterhead if your office needs it.

Thanks again,

Det. Ray Castellano #2291
Columbus Division of Police
Burglary Unit - Zone 4
120 Marconi Blvd, Columbus OH 43215
office 614-555-0127 | cell 614-555-0188
rcastellano@columbuspolice.org

"""
    data = make_eml("Ray Castellano <rcastellano@columbuspolice.org>",
                    "Denise Albright <denise.albright@jfs.ohio.gov>",
                    "employer / address check - 2 subjects - report 26-018834",
                    dt.datetime(2026, 2, 11, 9, 42, tzinfo=tz(-5)), body=body,
                    cc="Sgt. Lena Hofstadter <lhofstadter@columbuspolice.org>",
                    msgid="<a81c2f0e.26018834@columbuspolice.org>")
    save("bhh02", "eml", data)
    return rec("bhh02", "eml", "informal detective email to state labor dept, cc sergeant, victim named",
               "local-police", "Columbus Division of Police", "Ray Castellano", "Detective",
               "rcastellano@columbuspolice.org", "614-555-0127",
               [("Tomasz Wiśniewski", "1979-11-02", [("ssn_last4", "4471")]),
                ("Keisha Marie Boone", "1991-05-19", [])],
               ["ORC 2913.02"], "none", None, False, "criminal_investigation",
               ["employment", "wages", "address"], "email")


@doc
def bhh03(rng):
    pages = ["""# FEDERAL BUREAU OF INVESTIGATION
~~ Minneapolis Field Office
~~ 1501 Freeway Boulevard, Brooklyn Center, MN 55430
--
>> 17 February 2026

Minnesota Department of Employment and Economic Development
Unemployment Insurance Program - Legal Unit
180 East Fifth Street, Suite 1200
St. Paul, MN 55101

Re: Service of federal search warrant; FBI File No. 318B-MP-3390127

Dear Records Custodian:

Enclosed please find a search and seizure warrant issued by the United States District Court for the District of Minnesota commanding production of unemployment insurance records relating to the persons named in Attachment A. The records are sought in connection with an investigation of wire fraud (18 U.S.C. § 1343) involving fraudulent pandemic-era and current-year claims.

Please produce the records described in Attachment B within ten (10) days to the undersigned. Questions may be directed to me at (763) 555-0149 or jpoole2@fbi.gov.

Respectfully,


Jennifer A. Poole
Special Agent
Federal Bureau of Investigation

Enclosure: AO 93 Search and Seizure Warrant (3 pages)""",
    """AO 93 (Rev. 11/13) Search and Seizure Warrant
# UNITED STATES DISTRICT COURT
~~ for the
~~ District of Minnesota

In the Matter of the Search of
(Briefly describe the property to be searched or identify the person by name and address)
Records maintained by the Minnesota Department of Employment          Case No. 26-mj-114 (DTS)
and Economic Development relating to the persons in Attachment A

## SEARCH AND SEIZURE WARRANT

To:   Any authorized law enforcement officer

An application by a federal law enforcement officer or an attorney for the government requests the search of the following person or property located in the District of Minnesota:
    See Attachment A.

I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the person or property described above, and that such search will reveal:
    See Attachment B.

YOU ARE COMMANDED to execute this warrant on or before March 3, 2026 (not to exceed 14 days)
    [X] in the daytime 6:00 a.m. to 10:00 p.m.   [ ] at any time in the day or night because good cause has been established.

Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for the property taken to the person from whom, or from whose premises, the property was taken, or leave the copy and receipt at the place where the property was taken.

The officer executing this warrant, or an officer present during the execution of the warrant, must prepare an inventory as required by law and promptly return this warrant and inventory to Hon. David T. Schultz, United States Magistrate Judge.

[ ] Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result listed in 18 U.S.C. § 2705 (except for delay of trial).

Date and time issued:  02/16/2026  2:40 p.m.            /s/ David T. Schultz
                                                           Judge's signature
City and state:  Minneapolis, Minnesota      David T. Schultz, U.S. Magistrate Judge
                                                           Printed name and title""",
    """## ATTACHMENT A - Property to Be Searched

Records held by the Minnesota Department of Employment and Economic Development (DEED), 180 East Fifth Street, St. Paul, Minnesota, pertaining to:

  1. Abdirahman Hassan Warsame, date of birth February 11, 1985, SSN xxx-xx-6023
  2. Hodan Ali Farah, date of birth September 30, 1990, SSN xxx-xx-8815

## ATTACHMENT B - Particular Things to Be Seized

All records, from January 1, 2022 to present, relating to the persons in Attachment A, including:
  a. unemployment insurance applications and weekly continued claims, with IP addresses and device identifiers used to file them;
  b. payment records, including bank account and debit card information to which benefits were paid;
  c. quarterly wage records and employer reports;
  d. mailing and residential addresses, telephone numbers and e-mail addresses on file.

This warrant is issued pursuant to Rule 41 of the Federal Rules of Criminal Procedure. Evidence, fruits and instrumentalities of violations of 18 U.S.C. §§ 1343 and 1028A."""]
    pdf = render_pdf(pages, "Serif", 10)
    write_scanned(pdf, "bhh03", os.path.join(OUT, "bhh03.pdf"), rng, turns={2: 180})
    return rec("bhh03", "scanned", "FBI cover letter + AO 93 search warrant (D. Minn.), scanned, last page upside down",
               "doj-fbi", "Federal Bureau of Investigation, Minneapolis Field Office", "Jennifer A. Poole",
               "Special Agent", "jpoole2@fbi.gov", "(763) 555-0149",
               [("Abdirahman Hassan Warsame", "1985-02-11", [("ssn_last4", "6023")]),
                ("Hodan Ali Farah", "1990-09-30", [("ssn_last4", "8815")])],
               ["18 USC 1343", "18 USC 3103a", "18 USC 2705", "FRCrP 41", "18 USC 1028A"],
               "judicial_warrant", "AO 93", True, "criminal_investigation",
               ["claims", "benefits", "wages", "employment", "address", "phone", "email", "other"], "mail")


@doc
def bhh04(rng):
    pages = ["""# FAX TRANSMITTAL
~~ U.S. Immigration and Customs Enforcement - ERO New Orleans
~~ 1250 Poydras Street, Suite 325, New Orleans, LA 70113
==
TO:        Louisiana Dept. of Public Safety & Corrections - Records / Time Computation
FAX:       (225) 555-0190
FROM:      DO Charles B. Thibodeaux, Criminal Apprehension Program
PHONE:     (504) 555-0131
FAX:       (504) 555-0132
DATE:      03/02/2026
PAGES:     3 (including cover)
RE:        Immigration detainer - inmate DOC #00719254

Comments:
Please lodge the attached Form I-247A against the subject below and notify this office
of his scheduled release date. Please fax the signed acknowledgment (page 3) back.

   Subject: NGUYỄN, Văn Thành     DOB: 1983-03-22     DOC # 00719254

--
CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain information
that is law enforcement sensitive. If you are not the intended recipient, notify the
sender immediately and destroy all copies.""",
    """DEPARTMENT OF HOMELAND SECURITY
## IMMIGRATION DETAINER - NOTICE OF ACTION
Subject ID: 391055872          Event #: NOL2603000412          File No: A215 443 908
Date: March 2, 2026

TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency)
    Louisiana DPS&C, Elayn Hunt Correctional Center, St. Gabriel, LA
FROM: (Department of Homeland Security Office Address)
    ICE ERO New Orleans Field Office, 1250 Poydras St., New Orleans, LA 70113

Name of Alien: NGUYỄN, Văn Thành
Date of Birth: 03/22/1983        Citizenship: Vietnam        Sex: M

** 1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON (complete box 1 or 2):
[X] A final order of removal against the alien;
[ ] The pendency of ongoing removal proceedings against the alien;
[ ] Biometric confirmation of the alien's identity and a records check of federal databases;
[ ] Statements made by the alien to an immigration officer and/or other reliable evidence.

** IT IS THEREFORE REQUESTED THAT YOU:
- Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody.
- Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody.
- Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.

This detainer arises from DHS authorities and should not impact decisions about the alien's bail, rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, or other matters. This form is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. 287.7.

Charles B. Thibodeaux, Deportation Officer          (signature on file)
(Name and title of Immigration Officer)              (Signature of Immigration Officer)
Form I-247A (3/17)                                                       Page 1 of 2""",
    """** NOTICE TO THE DETAINEE
The Department of Homeland Security (DHS) has placed an immigration detainer on you. An immigration detainer is a notice from DHS informing law enforcement agencies that DHS intends to take custody of you after you otherwise would be released from custody.

If you have a complaint regarding this detainer or related to violations of civil rights or civil liberties connected to DHS activities, please contact the ICE Joint Intake Center at 1-877-2INTAKE (246-8253).

** TO BE COMPLETED BY THE LAW ENFORCEMENT AGENCY CURRENTLY HOLDING THE ALIEN
Date of latest criminal charge/conviction: ____________   Last offense charged/conviction: ____________
Estimated release date/time: ____________

This form was served upon the alien on ____________, in the following manner:
[ ] in person    [ ] by inmate mail delivery    [ ] other (please specify): ____________

_______________________________     _______________________________
(Name and title of Officer)         (Signature of Officer)

Form I-247A (3/17)                                                       Page 2 of 2"""]
    pdf = render_pdf(pages, "Sans", 9.5)
    write_fax(pdf, "bhh04", os.path.join(OUT, "bhh04.tif"), "03/02/2026 10:14  ICE ERO NOLA CAP  5045550132", rng)
    return rec("bhh04", "fax", "fax cover + I-247A detainer to state corrections",
               "dhs-ice-ero", "U.S. Immigration and Customs Enforcement - ERO New Orleans", "Charles B. Thibodeaux",
               "Deportation Officer", None, "(504) 555-0131",
               [("Văn Thành Nguyễn", "1983-03-22", [("a_number", "A215443908"), ("other", "00719254")])],
               ["INA 236", "INA 287", "8 CFR 287.7"], "detainer", "I-247A", True, "civil_immigration",
               ["other"], "fax")


@doc
def bhh05(rng):
    txt = """MICHIGAN DEPARTMENT OF STATE - LAW ENFORCEMENT RECORD REQUEST PORTAL
Submission ID: LE-2026-0041187
Submitted: 2026-02-13 22:07:51 EST
------------------------------------------------------------
Requesting Agency ........ Michigan State Police
Post / Unit .............. Second District - Metro North Post (Oak Park)
Officer Name ............. Tpr. Danielle R. Okafor
Badge / ID ............... 3318
Officer Email ............ okaford@michigan.gov
Officer Phone ............ (248) 555-0176
Supervisor ............... Sgt. Paul Marchetti
Incident / Complaint # ... 21-0377-26
Offense .................. Felonious assault, MCL 750.82
------------------------------------------------------------
Subject 1
  Last Name .............. Dragomir
  First Name ............. Vasile
  Middle ................. Ionuț
  DOB .................... 04/08/1994
  OL Number .............. D 562 417 903 118
Subject 2
  Last Name .............. Haddad
  First Name ............. Samir
  Middle .................
  DOB .................... 12/01/1989
  OL Number ..............
------------------------------------------------------------
Records Requested [x] Digitized image (photo)  [x] Driver record / address
                  [ ] Vehicle registration    [ ] Title history
Reason / Narrative:
Suspects in a road-rage shooting on I-696 on 2/12/26. Need photos for a
photo line-up for the victim and witness. Permissible use under the
Driver's Privacy Protection Act, 18 U.S.C. 2721(b)(1).
------------------------------------------------------------
I certify that this request is made in the performance of official law
enforcement duties. [x] Agree   Electronic signature: D. Okafor
"""
    save("bhh05", "txt", txt.encode("utf-8"))
    return rec("bhh05", "txt", "state DMV law-enforcement portal submission (dotted label/value)",
               "state-police", "Michigan State Police", "Danielle R. Okafor", "Trooper",
               "okaford@michigan.gov", "(248) 555-0176",
               [("Vasile Ionuț Dragomir", "1994-04-08", [("license", "D562417903118")]),
                ("Samir Haddad", "1989-12-01", [])],
               ["MCL 750.82", "18 USC 2721"], "none", None, False, "criminal_investigation",
               ["photo", "address", "license"], "email")


@doc
def bhh06(rng):
    pages = ["""DEPARTMENT OF HOMELAND SECURITY
U.S. Immigration and Customs Enforcement
# IMMIGRATION ENFORCEMENT SUBPOENA
~~ (To Appear and/or Produce Records)

Subpoena No.: NWK-26-ERO-0057                         File No.: A 201 337 614
In the matter of: ÁLVAREZ IBÁÑEZ, Rosa María

TO:  Custodian of Records
     New Jersey Department of Labor and Workforce Development
     Division of Unemployment Insurance / Wage Records Unit
     1 John Fitch Plaza, Trenton, NJ 08625

By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED AND REQUIRED to produce the records described below, by mail or in person, to the officer named below on or before March 13, 2026, at 10:00 a.m.:

   Officer: Yesenia Portillo, Supervisory Detention and Deportation Officer
   Address: ICE ERO Newark, 970 Broad Street, Newark, NJ 07102
   Telephone: (973) 555-0117      Email: yesenia.portillo@ice.dhs.gov

in connection with an investigation or inquiry relating to the enforcement of the immigration laws of the United States, namely the admissibility, removability and current whereabouts of the person named above (date of birth 1976-10-05), concerning:

  Quarterly wage records and employer identification (name, FEIN and address of each employer) reported for the subject for the last eight (8) quarters, and the residential address and telephone number on the most recent unemployment insurance claim, if any.

This subpoena is issued pursuant to sections 235(d)(4)(A) and 287(a) of the Immigration and Nationality Act, 8 U.S.C. §§ 1225(d)(4)(A) and 1357(a), and 8 C.F.R. § 287.4.

FAILURE TO COMPLY with this subpoena may subject you to an order to comply issued by a United States District Court, as provided in section 235(d)(4)(B) of the Act, 8 U.S.C. § 1225(d)(4)(B), and failure to obey such an order may be punished as contempt of court.

Date: February 20, 2026

Signature: /s/ Yesenia Portillo
Name and Title of Issuing Officer: Yesenia Portillo, Supervisory Detention and Deportation Officer
Authorized under 8 C.F.R. § 287.4(a)(2)

                                                                      DHS Form I-138 (10/17)""",
    """## CERTIFICATE OF SERVICE

I hereby certify that on _____________ (date) at _________ I served this subpoena on the person named herein by:
[ ] Personal service   [ ] Certified mail, return receipt requested   [ ] Email (by agreement)

______________________________        ______________________________
Name of Serving Official               Title

## ACKNOWLEDGMENT OF SERVICE

I, __________________________, acknowledge receipt of this subpoena on behalf of the New Jersey Department of Labor and Workforce Development on ____________.

______________________________
Signature / Title

                                                                      DHS Form I-138 (10/17) Page 2"""]
    save("bhh06", "pdf", render_pdf(pages, "Sans", 9.5))
    return rec("bhh06", "born_digital", "DHS Form I-138 Immigration Enforcement Subpoena with District Court enforcement clause",
               "dhs-ice-ero", "U.S. Immigration and Customs Enforcement (ERO Newark)", "Yesenia Portillo",
               "Supervisory Detention and Deportation Officer", "yesenia.portillo@ice.dhs.gov", "(973) 555-0117",
               [("Rosa María Álvarez Ibáñez", "1976-10-05", [("a_number", "A201337614")])],
               ["INA 235", "INA 287", "8 USC 1225", "8 USC 1357", "8 CFR 287.4"],
               "administrative_subpoena", "I-138", True, "civil_immigration",
               ["wages", "employment", "address", "phone"], "mail")


@doc
def bhh07(rng):
    summons = ["""DEPARTMENT OF HOMELAND SECURITY
U.S. Customs and Border Protection
# SUMMONS
~~ 19 U.S.C. 1509

Summons No.: SEA-OFO-2026-0093

To:  Custodian of Records, Washington State Department of Licensing
     Vehicle Records Unit, 1125 Washington Street SE, Olympia, WA 98504

In the matter of: Importation of merchandise through the Port of Blaine, Washington, by or on behalf of KOVALENKO, Dmytro (DOB 1987-06-17) and/or Olena S. Marchuk (DOB 1992-01-28)

YOU ARE HEREBY SUMMONED AND REQUIRED to appear before Supervisory CBP Officer Gregory A. Lindqvist, an officer of U.S. Customs and Border Protection, or his designee, at 9901 Pacific Highway, Blaine, WA 98230, on the 16th day of March, 2026, at 9:00 a.m., and to produce the following records:

  1. Vehicle registration and title history for Washington plates CKR4417 and BZT0925, and all vehicles registered to the persons named above since 01/01/2024;
  2. Driver license record, address history and license photograph for each person named above (WA DL WDL7QK2M91PB for Kovalenko).

This summons is issued under the authority of section 509 of the Tariff Act of 1930, as amended (19 U.S.C. 1509), in connection with an investigation of the smuggling of goods into the United States in violation of 18 U.S.C. 545 and the correctness of entries.

Failure to comply with this summons will render you liable to proceedings in the United States District Court to enforce compliance, as provided in 19 U.S.C. 1510.

Issued at Blaine, Washington, this 26th day of February, 2026.

/s/ Gregory A. Lindqvist
Supervisory CBP Officer, Office of Field Operations, Area Port of Blaine
(360) 555-0144

                                                              DHS/CBP Form 3115 (5/20)"""]
    pdf = render_pdf(summons, "Sans", 9.5)
    body = """Good afternoon,

Please see the attached CBP summons (SEA-OFO-2026-0093) for vehicle and driver records on two individuals connected to a commercial smuggling case at the Blaine crossing. Electronic production to this email address is acceptable in lieu of a personal appearance.

If your office has a preferred portal for these, just let me know.

Respectfully,
Greg Lindqvist
Supervisory CBP Officer | Area Port of Blaine
U.S. Customs and Border Protection | Office of Field Operations
Desk: (360) 555-0144
gregory.lindqvist@cbp.dhs.gov
"""
    data = make_eml("\"LINDQVIST, GREGORY A\" <gregory.lindqvist@cbp.dhs.gov>",
                    "dol.lerequests@dol.wa.gov", "CBP Summons SEA-OFO-2026-0093 - vehicle/driver records",
                    dt.datetime(2026, 2, 26, 14, 5, tzinfo=tz(-8)), body=body,
                    attachments=[("SEA-OFO-2026-0093_Summons.pdf", pdf, "application", "pdf")],
                    msgid="<SN7PR09MB4410.namprd09.prod.outlook.com>")
    save("bhh07", "eml", data)
    return rec("bhh07", "eml", "CBP OFO email with attached customs summons PDF (Form 3115)",
               "dhs-cbp", "U.S. Customs and Border Protection, Office of Field Operations", "Gregory A. Lindqvist",
               "Supervisory CBP Officer", "gregory.lindqvist@cbp.dhs.gov", "(360) 555-0144",
               [("Dmytro Kovalenko", "1987-06-17", [("license", "WDL7QK2M91PB")]),
                ("Olena S. Marchuk", "1992-01-28", [])],
               ["19 USC 1509", "18 USC 545", "19 USC 1510"], "administrative_subpoena", "CBP Form 3115", True,
               "criminal_investigation", ["vehicle", "license", "address", "photo"], "email")


@doc
def bhh08(rng):
    pages = ["""# U.S. Department of Justice
~~ United States Attorney's Office
~~ Eastern District of Virginia
~~ 2100 Jamieson Avenue, Alexandria, Virginia 22314
--
Erik S. Siebert, United States Attorney

>> March 4, 2026

BY CERTIFIED MAIL
Custodian of Records
Virginia Employment Commission
6606 West Broad Street
Richmond, VA 23230

Re: Grand Jury Subpoena No. GJ26-0312-ENV

Dear Custodian:

Enclosed is a subpoena issued by a federal grand jury sitting in Alexandria, Virginia, which is conducting an investigation of possible violations of federal criminal law, including 18 U.S.C. §§ 1344 (bank fraud) and 1349 (conspiracy). You may comply by producing the records to Special Agent Marcus Olatunji of the U.S. Postal Inspection Service instead of appearing in person.

The records concern the following individuals:

    Pham Thi Lan (also known as Lan Thi Pham), DOB 1984-08-09
    Rodrigo de la Cruz Betancourt, DOB 1979-02-25
    Yusuf Abdullahi Mohamed, DOB 1996-12-14

Please do not disclose the existence of this subpoena, as disclosure could impede the investigation. Questions should be directed to me at (703) 555-0172 or rachel.whitcomb@usdoj.gov.

Very truly yours,

ERIK S. SIEBERT
UNITED STATES ATTORNEY

By:  /s/ Rachel M. Whitcomb
     Rachel M. Whitcomb
     Assistant United States Attorney

cc: SA Marcus Olatunji, USPIS""",
    """AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
# UNITED STATES DISTRICT COURT
~~ for the
~~ Eastern District of Virginia

## SUBPOENA TO TESTIFY BEFORE A GRAND JURY

To:  Custodian of Records, Virginia Employment Commission
     6606 West Broad Street, Richmond, VA 23230

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.

Place: Albert V. Bryan U.S. Courthouse, 401 Courthouse Square, Alexandria, VA 22314     Date and Time: 03/25/2026 9:30 am
       Grand Jury Room 3

You must also bring with you the following documents, electronically stored information, or objects (blank if not applicable):
  For each person listed in the attachment: all quarterly wage reports, employer names and addresses, unemployment insurance claims, and addresses and telephone numbers on file, January 1, 2023 to the present.

Date: 03/04/2026                                   CLERK OF COURT
                                                   /s/ Fernando Galindo
                                                   Signature of Clerk or Deputy Clerk

The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are:
  Rachel M. Whitcomb, AUSA, 2100 Jamieson Avenue, Alexandria, VA 22314, rachel.whitcomb@usdoj.gov, (703) 555-0172

Attachment: Pham Thi Lan (DOB 08/09/1984); Rodrigo de la Cruz Betancourt (DOB 02/25/1979); Yusuf Abdullahi Mohamed (DOB 12/14/1996).
Grand jury matters are secret under Rule 6(e) of the Federal Rules of Criminal Procedure."""]
    save("bhh08", "pdf", render_pdf(pages, "Serif", 10))
    return rec("bhh08", "born_digital", "USAO cover letter (US Attorney above AUSA signer) + AO 110 grand jury subpoena",
               "doj-usao", "United States Attorney's Office, Eastern District of Virginia", "Rachel M. Whitcomb",
               "Assistant United States Attorney", "rachel.whitcomb@usdoj.gov", "(703) 555-0172",
               [("Pham Thi Lan", "1984-08-09", []), ("Rodrigo de la Cruz Betancourt", "1979-02-25", []),
                ("Yusuf Abdullahi Mohamed", "1996-12-14", [])],
               ["18 USC 1344", "18 USC 1349", "FRCrP 6"], "grand_jury_subpoena", "AO 110", True,
               "criminal_investigation", ["wages", "employment", "claims", "address", "phone"], "mail")


@doc
def bhh09(rng):
    body = """Morning -

Can someone run a last known address for me? Just need where she's living now.

ESPINOZA, Marisol Guadalupe
DOB 1998-09-03
NV DL 1402993871

Release under DPPA 18 USC 2721(b)(1) - govt agency function.

thx
Dep. Kyle Brannigan
Washoe County Sheriff's Office | Detention Response Unit
911 Parr Blvd, Reno NV 89512
775-555-0159

Sent from my iPhone
"""
    data = make_eml("Kyle Brannigan <kbrannigan@washoecounty.gov>", "DMV LE Requests <lerequest@dmv.nv.gov>",
                    "address?", dt.datetime(2026, 2, 17, 7, 51, tzinfo=tz(-8)), body=body,
                    msgid="<9C1E3A44-77B2-4E2F-9E6D-1A0C5D2B7F31@washoecounty.gov>")
    save("bhh09", "eml", data)
    return rec("bhh09", "eml", "terse deputy email from phone, no reason given",
               "sheriff", "Washoe County Sheriff's Office", "Kyle Brannigan", "Deputy",
               "kbrannigan@washoecounty.gov", "775-555-0159",
               [("Marisol Guadalupe Espinoza", "1998-09-03", [("license", "1402993871")])],
               ["18 USC 2721"], "none", None, False, "unknown", ["address"], "email")


@doc
def bhh10(rng):
    pages = ["""~~ SEARCH WARRANT NO. 26-SW-00481
# THE STATE OF TEXAS
~~ COUNTY OF HARRIS
## SEARCH WARRANT FOR RECORDS

THE STATE OF TEXAS, to the Sheriff or any Peace Officer of Harris County, Texas, or any Peace Officer of the State of Texas, GREETINGS:

WHEREAS, the Affiant, whose name appears on the affidavit attached hereto, is a peace officer under the laws of Texas and did heretofore this day subscribe and swear to said affidavit before me (which said affidavit is here now made a part hereof for all purposes), and whereas I find that the verified facts stated by the Affiant in said affidavit show that the Affiant has probable cause for the belief he expresses herein and establishes the existence of proper grounds for the issuance of this Warrant;

NOW THEREFORE, you are commanded to enter the custodian of records of the TEXAS WORKFORCE COMMISSION, 101 East 15th Street, Austin, Travis County, Texas 78778, and there to search for and seize the following records pursuant to Article 18.02(a)(10), Texas Code of Criminal Procedure:

  All wage records, employer records, unemployment benefit claims, addresses and telephone numbers on file from June 1, 2025 to the present for:
     1. IBARRA SOLÍS, Jonathan Efraín   W/M   DOB 01/30/2001   TX DL 41873305
     2. Reggie Lamar Tatum   B/M   DOB 07/06/1999

which constitute evidence that the offense of Aggravated Robbery, Texas Penal Code § 29.03, was committed on or about December 19, 2025, in Houston, Harris County, Texas.

Herein fail not, and due return make hereof.

WITNESS MY HAND this 23rd day of February, 2026, at 4:12 o'clock P.M.

                                   ______________________________
                                   JUDGE, 232nd District Court
                                   Harris County, Texas
                                   Hon. Josefina M. Rendón""",
    """## OFFICER'S RETURN AND INVENTORY / CERTIFICATE OF SERVICE

Affiant: Det. Anthony "Tony" Vo, #7734, Houston Police Department, Robbery Division
1200 Travis Street, Houston, TX 77002   Phone: 713-555-0138   anthony.vo@houstonpolice.org

Service on the Texas Workforce Commission is requested by electronic mail to the TWC Office of General Counsel subpoena and warrant desk. Please produce the records with a business records affidavit conforming to Tex. R. Evid. 902(10).

Came to hand the ___ day of __________, 2026, at ____ o'clock __.M., and executed on the ___ day of __________, 2026, by seizing the records described in the warrant.

                                   ______________________________
                                   Affiant"""]
    pdf = render_pdf(pages, "Serif", 10.5)
    write_scanned(pdf, "bhh10", os.path.join(OUT, "bhh10.pdf"), rng, turns={1: 90})
    return rec("bhh10", "scanned", "Texas district court search warrant for records, return page turned 90 degrees",
               "local-police", "Houston Police Department, Robbery Division", "Anthony Vo", "Detective",
               "anthony.vo@houstonpolice.org", "713-555-0138",
               [("Jonathan Efraín Ibarra Solís", "2001-01-30", [("license", "41873305")]),
                ("Reggie Lamar Tatum", "1999-07-06", [])],
               ["TX CCP 18.02", "TX PC 29.03", "TX R Evid 902"], "judicial_warrant", None, True,
               "criminal_investigation", ["wages", "employment", "claims", "address", "phone"], "mail")


@doc
def bhh11(rng):
    pages = ["""~~ IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS
~~ COUNTY DEPARTMENT, CRIMINAL DIVISION

THE PEOPLE OF THE STATE OF ILLINOIS,   )
                    Plaintiff,         )
          v.                           )      No. 26 CR 0219801
                                       )
SZYMAŃSKA, Agnieszka,                  )      Hon. Marcus J. Whitfield,
and OKONKWO, Chidi Emmanuel,           )      Judge Presiding
                    Defendants.        )

## ORDER FOR PRODUCTION OF RECORDS
## (Illinois Department of Employment Security)

This cause coming before the Court on the motion of the People, by Eileen O'Neill Burke, State's Attorney of Cook County, through Assistant State's Attorney Daniel K. Mbeki, for an order directing the Illinois Department of Employment Security ("IDES") to produce records, the Court having jurisdiction and being fully advised, and the Court finding that the records are material to the prosecution of the defendants for theft, 720 ILCS 5/16-1, and unemployment insurance fraud, 820 ILCS 405/900, and that disclosure is authorized by 820 ILCS 405/1900(B);

IT IS HEREBY ORDERED:

1. IDES shall, within fourteen (14) days of service, produce to Assistant State's Attorney Daniel K. Mbeki, 2650 S. California Avenue, Chicago, IL 60608, certified copies of all unemployment insurance claims, benefit payment histories, employer wage reports and claimant address and telephone records from January 1, 2024 through the date of this Order for:
      (a) Agnieszka Szymańska, date of birth March 4, 1987;
      (b) Chidi Emmanuel Okonkwo, date of birth October 21, 1982.

2. The records shall be used solely for purposes of this prosecution and shall not be further disclosed except as permitted by 820 ILCS 405/1900 and 20 C.F.R. Part 603.

3. Compliance may be made by certified electronic delivery, with a certification under Ill. R. Evid. 902(11).

                                   ENTERED:

                                   /s/ Marcus J. Whitfield
                                   Judge, Circuit Court of Cook County        No. 2214

Dated: February 24, 2026

Prepared by:
Daniel K. Mbeki, Assistant State's Attorney
Cook County State's Attorney's Office, Financial Crimes Unit
2650 S. California Ave., Chicago, IL 60608 | (773) 555-0124 | daniel.mbeki@cookcountysao.org
Atty. No. 99500"""]
    save("bhh11", "pdf", render_pdf(pages, "Serif", 10))
    return rec("bhh11", "born_digital", "Illinois circuit court order for production of IDES records, prepared by ASA",
               "district-attorney", "Cook County State's Attorney's Office", "Daniel K. Mbeki",
               "Assistant State's Attorney", "daniel.mbeki@cookcountysao.org", "(773) 555-0124",
               [("Agnieszka Szymańska", "1987-03-04", []), ("Chidi Emmanuel Okonkwo", "1982-10-21", [])],
               ["720 ILCS 5/16-1", "820 ILCS 405/900", "820 ILCS 405/1900", "20 CFR 603", "IL R Evid 902"],
               "court_order", None, True, "criminal_investigation",
               ["claims", "benefits", "wages", "employment", "address", "phone"], "mail")


@doc
def bhh12(rng):
    pages = ["""# GEORGIA BUREAU OF INVESTIGATION
~~ Region 8 Field Office - Milledgeville
~~ 3121 Highway 49 North, Milledgeville, Georgia 31061
==
## FACSIMILE COVER SHEET

DATE:   Feb. 19, 2026              NO. OF PAGES (incl. cover): 2
TO:     GA Dept. of Driver Services - Records / Law Enforcement Liaison
FAX #:  678-555-0109
FROM:   SA Latoya M. Greer
PHONE:  478-555-0152          FAX: 478-555-0153
EMAIL:  lgreer@gbi.ga.gov

MESSAGE:  Request for DDS photographs and address history - GBI Case 08-0041-02-26.
          Please fax response to the number above. Thank you.

--
THIS FACSIMILE CONTAINS CRIMINAL JUSTICE INFORMATION THAT IS PRIVILEGED AND
CONFIDENTIAL. If you received this in error, call 478-555-0152 immediately.""",
    """# GEORGIA BUREAU OF INVESTIGATION
## REQUEST FOR MOTOR VEHICLE / DRIVER RECORDS

Requesting Agent:        Latoya M. Greer, Special Agent
Region / Office:         Region 8 - Milledgeville
GBI Case Number:         08-0041-02-26
Offense Under Investigation:  Murder, O.C.G.A. § 16-5-1; Concealing the death of another, O.C.G.A. § 16-10-31
Requesting Agency (assist):   Baldwin County Sheriff's Office

SUBJECT 1
  Name (Last, First Middle):   WEATHERSPOON, Darnell Curtis
  DOB:                          1990-11-27
  GA DL #:                      057 218 664
  Race/Sex:                     B/M

SUBJECT 2
  Name (Last, First Middle):   McALLISTER, Brittany Jo
  DOB:                          1995-04-15
  GA DL #:                      (unknown)
  Race/Sex:                     W/F

RECORDS REQUESTED:  [X] Photograph(s)  [X] Address history  [X] Vehicle registrations
                    [ ] Driver history  [ ] Other: ______

Victim (for reference only, records NOT requested): Terrence Hollis, DOB 1988-06-02.

Authority: O.C.G.A. § 40-5-2(c); 18 U.S.C. § 2721(b)(1).

Agent signature: Latoya M. Greer       Supervisor: ASAC Warren P. Cobb
Date: 02/19/2026"""]
    pdf = render_pdf(pages, "Sans", 10)
    write_fax(pdf, "bhh12", os.path.join(OUT, "bhh12.tif"), "FEB-19-2026 15:31  GBI REGION 8  478 555 0153", rng)
    return rec("bhh12", "fax", "GBI fax cover sheet + label/value request form, victim listed",
               "state-police", "Georgia Bureau of Investigation", "Latoya M. Greer", "Special Agent",
               "lgreer@gbi.ga.gov", "478-555-0152",
               [("Darnell Curtis Weatherspoon", "1990-11-27", [("license", "057218664")]),
                ("Brittany Jo McAllister", "1995-04-15", [])],
               ["OCGA 16-5-1", "OCGA 16-10-31", "OCGA 40-5-2", "18 USC 2721"], "none", None, False,
               "criminal_investigation", ["photo", "address", "vehicle"], "fax")


@doc
def bhh13(rng):
    html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Good morning,</p>
<p>U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations (ERO) Seattle Field Office, Portland Sub-Office, is requesting information from Oregon DMV on the following individual, who is the subject of an ongoing ERO investigation. This request is made under the authority of 8 U.S.C. &sect; 1357 and 8 U.S.C. &sect; 1360(b).</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Name</b></td><td>CHÁVEZ MORALES, Wilmer Josué</td></tr>
<tr><td><b>DOB</b></td><td>1993-05-11</td></tr>
<tr><td><b>A#</b></td><td>A 220 915 006</td></tr>
<tr><td><b>OR DL/ID</b></td><td>8832915</td></tr>
</table>
<p>Requested: current residence address, mailing address, photograph, and any vehicle registered to the subject.</p>
<p>This information is for official use only and will not be disseminated outside of DHS.</p>
<p>V/r,</p>
<p><b>Nathaniel J. Ferreira</b><br>
Deportation Officer<br>
U.S. Department of Homeland Security<br>
Immigration and Customs Enforcement | ERO Portland<br>
4310 SW Macadam Ave, Portland, OR 97239<br>
Office: (503) 555-0185<br>
<a href="mailto:nathaniel.ferreira@ice.dhs.gov">nathaniel.ferreira@ice.dhs.gov</a></p>
<p style="font-size:8pt;color:#666">WARNING: This document is UNCLASSIFIED//FOR OFFICIAL USE ONLY (U//FOUO). It contains information that may be exempt from public release under the Freedom of Information Act (5 U.S.C. 552).</p>
</body></html>"""
    data = make_eml("\"Ferreira, Nathaniel J\" <nathaniel.ferreira@ice.dhs.gov>", "records.requests@odot.oregon.gov",
                    "Information Request - CHAVEZ MORALES", dt.datetime(2026, 2, 25, 8, 17, tzinfo=tz(-8)), html=html,
                    msgid="<BY5PR09MB5522A81F@BY5PR09MB5522.namprd09.prod.outlook.com>")
    save("bhh13", "eml", data)
    return rec("bhh13", "eml", "HTML-only ERO email with table, FOUO footer",
               "dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations - Portland",
               "Nathaniel J. Ferreira", "Deportation Officer", "nathaniel.ferreira@ice.dhs.gov", "(503) 555-0185",
               [("Wilmer Josué Chávez Morales", "1993-05-11", [("a_number", "A220915006"), ("license", "8832915")])],
               ["8 USC 1357", "8 USC 1360", "5 USC 552"], "none", None, False, "civil_immigration",
               ["address", "photo", "vehicle"], "email")


@doc
def bhh14(rng):
    txt = """From: Sgt. Alisha Brantley <alisha.brantley@nashville.gov>
Sent: Tuesday, March 3, 2026 4:48 PM
To: TDLWD Legal - Records <tdlwd.legal@tn.gov>
Subject: RE: employer info request - MNPD 2026-0118457

Ms. Coleman,

Following up on my voicemail. Per your note below, here is the request in writing.

Metro Nashville PD Fatal Crash Investigation Unit is investigating a fatal hit-and-run that occurred 02/08/2026 on Murfreesboro Pike (T.C.A. § 55-10-101, leaving the scene of an accident involving death). The suspect vehicle is registered to a company, and we believe the driver was an employee. We are asking for the most recent employer(s) reported for:

   Dung Quoc Trần, DOB 1986-12-09
   Luis Alberto Peña Quiroga, DOB 1991-03-17

If you need a subpoena for the wage detail, let us know and I'll get one from the DA's office, but right now we are only asking for employer names.

Sgt. Alisha Brantley
Fatal Crash Investigation Unit
Metropolitan Nashville Police Department
600 Murfreesboro Pike, Nashville, TN 37210
615-555-0114

-----Original Message-----
From: Coleman, Ruth <ruth.coleman@tn.gov>
Sent: Tuesday, March 3, 2026 2:10 PM
To: Brantley, Alisha <alisha.brantley@nashville.gov>
Subject: employer info request - MNPD 2026-0118457

Sgt. Brantley - I got your message. Please put the request in writing (names, DOBs, what you need and why) and reply to this email. Under T.C.A. § 50-7-701 we can only release to law enforcement for a criminal investigation.

Ruth Coleman
Paralegal, Office of General Counsel
Tennessee Department of Labor and Workforce Development
"""
    save("bhh14", "txt", txt.encode("utf-8"))
    return rec("bhh14", "txt", "email reply thread saved as text, quoting the agency's request for a written ask",
               "local-police", "Metropolitan Nashville Police Department", "Alisha Brantley", "Sergeant",
               "alisha.brantley@nashville.gov", "615-555-0114",
               [("Dung Quoc Trần", "1986-12-09", []), ("Luis Alberto Peña Quiroga", "1991-03-17", [])],
               ["TCA 55-10-101", "TCA 50-7-701"], "none", None, False, "criminal_investigation",
               ["employment"], "email")


@doc
def bhh15(rng):
    pages = ["""# U.S. Department of Homeland Security
~~ U.S. Immigration and Customs Enforcement
~~ Enforcement and Removal Operations, Chicago Field Office
~~ 101 West Congress Parkway, Chicago, IL 60605
--
>> 10 March 2026

Wisconsin Department of Transportation
Division of Motor Vehicles - Records and Licensing Services
4802 Sheboygan Avenue
Madison, WI 53705

SUBJECT: Request for Records - KAMARA, Ibrahim Sahr

To Whom It May Concern:

The above-named individual is the subject of a Warrant for Arrest of Alien (Form I-200), a copy of which is enclosed. ICE respectfully requests the subject's current residential address, any vehicle registrations, and his most recent license photograph to assist in executing the warrant.

    Name: Ibrahim Sahr KAMARA
    DOB: 5 Jan 1990
    A#: 212-604-118
    WI DL: K562-4419-0105-03

The request is made under 8 U.S.C. § 1357(a) and 8 U.S.C. § 1226. Please contact Deportation Officer Svetlana Morozova at (312) 555-0198 or svetlana.morozova@ice.dhs.gov with any questions.

Sincerely,

Svetlana Morozova
Deportation Officer
ICE ERO Chicago - Milwaukee Sub-Office

Approved: Samuel Okoro, Assistant Field Office Director""",
    """U.S. Department of Homeland Security
## Warrant for Arrest of Alien
                                                           File No. A212604118
                                                           Date: 03/06/2026
To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations

I have determined that there is probable cause to believe that KAMARA, Ibrahim Sahr is removable from the United States. This determination is based upon:
[ ] the execution of a charging document to initiate removal proceedings against the subject;
[X] the pendency of ongoing removal proceedings against the subject;
[ ] the failure to establish admissibility subsequent to deferred inspection;
[ ] biometric confirmation of the subject's identity and a records check of federal databases;
[ ] statements made voluntarily by the subject to an immigration officer.

YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality Act, the above-named alien.

                                    /s/ Samuel Okoro
                                    (Signature of Authorized Immigration Officer)
                                    Samuel Okoro, Assistant Field Office Director
                                    (Printed Name and Title of Authorized Immigration Officer)

Certificate of Service
I hereby certify that the Warrant for Arrest of Alien was served by me at ______________ on ______________ and the contents of this notice were read to him or her in the ______________ language.

Name and Signature of Officer ______________      Name or Number of Interpreter (if applicable) ________

                                                                    Form I-200 (Rev. 09/16)"""]
    save("bhh15", "pdf", render_pdf(pages, "Serif", 10))
    return rec("bhh15", "born_digital", "ERO letter (approver below signer) with enclosed I-200",
               "dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Chicago Field Office",
               "Svetlana Morozova", "Deportation Officer", "svetlana.morozova@ice.dhs.gov", "(312) 555-0198",
               [("Ibrahim Sahr Kamara", "1990-01-05", [("a_number", "A212604118"), ("license", "K5624419010503")])],
               ["INA 236", "INA 287", "8 CFR 287", "8 USC 1357", "8 USC 1226"], "administrative_warrant", "I-200", True,
               "civil_immigration", ["address", "vehicle", "photo"], "mail")


@doc
def bhh16(rng):
    pages = ["""U.S. Immigration and Customs Enforcement
ERO Phoenix Field Office - 2035 N. Central Avenue, Phoenix, AZ 85004

MEMORANDUM

TO:       Arizona Department of Transportation, Motor Vehicle Division
          Office of Special Investigations - Records Liaison
FROM:     Deportation Officer Ricardo Villaseñor, Fugitive Operations
DATE:     March 5, 2026
SUBJECT:  Records request in support of Warrant of Removal/Deportation

The subject below has a final order of removal and is the subject of the attached Form I-205. ERO requests the subject's current address of record, license or ID card photograph, and registered vehicles. Authority: 8 U.S.C. 1357; INA § 241(a).

   Subject:   de la Fuente Ortiz, Héctor Manuel
   DOB:       27 Aug 1981
   A-Number:  A098 554 213
   AZ DL:     D04417729

Please reply to ricardo.villasenor@ice.dhs.gov or call (602) 555-0121.""",
    """U.S. Department of Homeland Security
## Warrant of Removal/Deportation
                                                          File No: A098554213
                                                          Date: 02/27/2026
To any immigration officer of the United States Department of Homeland Security:

Héctor Manuel DE LA FUENTE ORTIZ
(Full name of alien)

who entered the United States at Nogales, AZ on or about 06/2004
(Place of entry)                                (Date of entry)

is subject to removal/deportation from the United States, based upon a final order by:
   [X] an immigration judge in exclusion, deportation, or removal proceedings
   [ ] a designated official
   [ ] the Board of Immigration Appeals
   [ ] a United States District or Magistrate Court Judge

and pursuant to the following provisions of the Immigration and Nationality Act:
   212(a)(6)(A)(i)

I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary of Homeland Security under the laws of the United States and by his or her direction, command you to take into custody and remove from the United States the above-named alien, pursuant to law, at the expense of:  the Appropriation "Enforcement and Removal Operations"

                                 /s/ Julia K. Albrecht
                                 (Signature of immigration officer)
                                 Julia K. Albrecht, Field Office Director
                                 (Title of immigration officer)
                                 Phoenix, Arizona
                                 (Date and office location)

                                                             Form I-205 (Rev. 08/01/07)"""]
    pdf = render_pdf(pages, "Sans", 10)
    write_scanned(pdf, "bhh16", os.path.join(OUT, "bhh16.pdf"), rng)
    return rec("bhh16", "scanned", "ERO memo + I-205 with District/Magistrate Judge checkbox unchecked, scanned",
               "dhs-ice-ero", "U.S. Immigration and Customs Enforcement, ERO Phoenix Field Office", "Ricardo Villaseñor",
               "Deportation Officer", "ricardo.villasenor@ice.dhs.gov", "(602) 555-0121",
               [("Héctor Manuel de la Fuente Ortiz", "1981-08-27", [("a_number", "A098554213"), ("license", "D04417729")])],
               ["8 USC 1357", "INA 241", "INA 212"], "administrative_warrant", "I-205", True, "civil_immigration",
               ["address", "photo", "vehicle"], "mail")


@doc
def bhh17(rng):
    pages = ["""U.S. Department of Justice
Drug Enforcement Administration
# SUBPOENA
~~ Miami Field Division

Subpoena No.: MI-26-114207                     Case No.: GF-26-0193

TO:  Custodian of Records
     Florida Department of Highway Safety and Motor Vehicles
     Bureau of Records, 2900 Apalachee Parkway, Tallahassee, FL 32399

By the service of this subpoena upon you, YOU ARE HEREBY REQUIRED to appear before Special Agent Maritza C. Lozano, an officer of the Drug Enforcement Administration, at 2100 North Commerce Parkway, Weston, FL 33326, on March 20, 2026 at 10:00 a.m., to testify and give information in connection with an investigation relating to the enforcement of the Controlled Substances Act (21 U.S.C. § 801 et seq.), specifically violations of 21 U.S.C. §§ 841 and 846.

YOU ARE FURTHER REQUIRED to bring with you and produce the following records:
  Driver license and identification card records, including photographs, address history and vehicle/vessel registrations and titles, for:
     BERMÚDEZ, Ernesto Javier     DOB 02/14/1984    FL DL B635-210-84-054-0
     Quang Minh Hoàng             DOB 09/09/1990
     Natalia Ruiz de Castilla     DOB 11/23/1996

In lieu of appearance, you may deliver the records to the agent named above.

This subpoena is issued pursuant to Title 21, United States Code, Section 876. Failure to comply may result in the Attorney General invoking the aid of a United States District Court to compel compliance, pursuant to 21 U.S.C. § 876(c).

Issued: 03/06/2026            /s/ Maritza C. Lozano
                              Special Agent, DEA Miami Field Division
                              Tel. (954) 555-0166

DEA Case No. GF-26-0193  |  Please do not disclose the existence of this subpoena."""]
    pdf = render_pdf(pages, "Sans", 9.5)
    body = """Hello,

Attached is a DEA administrative subpoena for FLHSMV driver and registration records on three individuals in an ongoing narcotics trafficking investigation. Electronic return to this address is fine.

Thank you,

SA Maritza C. Lozano
Drug Enforcement Administration | Miami Field Division, Group 4
Office: (954) 555-0166 | maritza.c.lozano@dea.gov
"""
    html = "<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n")) + "</body></html>"
    data = make_eml("Maritza C. Lozano <maritza.c.lozano@dea.gov>", "DHSMV Subpoenas <subpoenas@flhsmv.gov>",
                    "DEA Subpoena MI-26-114207", dt.datetime(2026, 3, 6, 11, 22, tzinfo=tz(-5)), body=body, html=html,
                    attachments=[("MI-26-114207.pdf", pdf, "application", "pdf")],
                    msgid="<DM6PR09MB4821.0306@dea.gov>")
    save("bhh17", "eml", data)
    return rec("bhh17", "eml", "DEA email (multipart/alternative) with attached 21 USC 876 subpoena PDF",
               "doj-dea", "Drug Enforcement Administration, Miami Field Division", "Maritza C. Lozano", "Special Agent",
               "maritza.c.lozano@dea.gov", "(954) 555-0166",
               [("Ernesto Javier Bermúdez", "1984-02-14", [("license", "B635210840540")]),
                ("Quang Minh Hoàng", "1990-09-09", []), ("Natalia Ruiz de Castilla", "1996-11-23", [])],
               ["21 USC 801", "21 USC 841", "21 USC 846", "21 USC 876"], "administrative_subpoena", None, True,
               "criminal_investigation", ["license", "photo", "address", "vehicle"], "email")


@doc
def bhh18(rng):
    pages = ["""~~ IN THE COURT OF COMMON PLEAS, FRANKLIN COUNTY, OHIO
~~ CRIMINAL DIVISION

STATE OF OHIO,                                  Case No. 25CR-004417
        Plaintiff,
    -vs-                                        Judge Elena Kostopoulos
DeShawn Terrell MOORE,
        Defendant.

## SUBPOENA DUCES TECUM
## (Criminal - Crim.R. 17(C))

THE STATE OF OHIO, FRANKLIN COUNTY, ss:

To:  Records Custodian, Ohio Bureau of Motor Vehicles
     1970 West Broad Street, Columbus, Ohio 43223

YOU ARE HEREBY COMMANDED to appear before the Court of Common Pleas, Franklin County, Ohio, Courtroom 4D, 345 South High Street, Columbus, Ohio, on the 30th day of March, 2026, at 9:00 o'clock A.M., to testify as a witness on behalf of the STATE in the above-entitled criminal case, and to bring with you:

   Certified copies of all driver license and identification card applications, photographs, and address records, together with the title and registration history of any vehicle, for DeShawn Terrell Moore, DOB 08/12/1997, Ohio DL TK 558210, and for Jessica Lynn Harbaugh, DOB 01/03/2000 (alleged co-signer on identification applications), from January 1, 2023 to present.

The defendant is charged with identity fraud in violation of R.C. 2913.49 and tampering with records in violation of R.C. 2913.42. Certified records furnished under R.C. 4501.34 in lieu of personal appearance will be accepted; contact the undersigned.

Issued at the request of:                       MARIBETH A. CONNOLLY, CLERK
                                                By: /s/ T. Ruiz, Deputy Clerk
Jonah P. Whitaker (0091234)
Assistant Prosecuting Attorney
Franklin County Prosecutor's Office, Shayla D. Favor, Prosecuting Attorney
373 South High Street, 14th Floor, Columbus, Ohio 43215
(614) 555-0179  |  jpwhitaker@franklincountyohio.gov

Date issued: March 9, 2026

## RETURN OF SERVICE
Received this subpoena on ____________ and served it by ______________________.
Fees: Service $______  Mileage $______       ______________________ (Server)"""]
    save("bhh18", "pdf", render_pdf(pages, "Serif", 10))
    return rec("bhh18", "born_digital", "Ohio common pleas criminal subpoena duces tecum, issued by clerk at APA's request",
               "district-attorney", "Franklin County Prosecutor's Office", "Jonah P. Whitaker",
               "Assistant Prosecuting Attorney", "jpwhitaker@franklincountyohio.gov", "(614) 555-0179",
               [("DeShawn Terrell Moore", "1997-08-12", [("license", "TK558210")]),
                ("Jessica Lynn Harbaugh", "2000-01-03", [])],
               ["OH CrimP 17", "ORC 2913.49", "ORC 2913.42", "ORC 4501.34"], "court_subpoena", None, True,
               "criminal_investigation", ["license", "photo", "address", "vehicle"], "mail")


@doc
def bhh19(rng):
    pages = ["""FEINBERG, OYELARAN & CASTELLI, LLC
Daniel R. Feinberg, Esq. (Attorney ID 027411998)
1800 Route 70 East, Suite 210, Cherry Hill, New Jersey 08003
(856) 555-0133  |  dfeinberg@foclaw.com
Attorneys for Plaintiff, Marguerite Delacroix-Whitman

MARGUERITE DELACROIX-WHITMAN,           SUPERIOR COURT OF NEW JERSEY
             Plaintiff,                 LAW DIVISION: CAMDEN COUNTY
      v.                                DOCKET NO. CAM-L-001786-25
OSTROWSKI TRUCKING, LLC;
PIOTR OSTROWSKI; and                    Civil Action
MEHMET YILDIZ,
             Defendants.                SUBPOENA DUCES TECUM

THE STATE OF NEW JERSEY, to:
   Custodian of Records, New Jersey Motor Vehicle Commission
   Office of Legal and Regulatory Affairs, P.O. Box 160, Trenton, NJ 08666

YOU ARE HEREBY COMMANDED to produce on or before April 2, 2026, at 10:00 a.m., at the offices of Feinberg, Oyelaran & Castelli, LLC, 1800 Route 70 East, Suite 210, Cherry Hill, NJ 08003, the following:

   A certified copy of the driver abstract, license status, address of record, and vehicle registration history (2022-present) for:
      (1) Piotr Ostrowski, date of birth 6 May 1971, NJ license O8451 31775 05711;
      (2) Mehmet Yıldız, date of birth 19 October 1985.

This subpoena is issued pursuant to R. 1:9-1 and R. 4:14-7 of the New Jersey Court Rules. Records may be produced by mail with a certification of the custodian in lieu of appearance. Disclosure is permitted for use in a civil proceeding under 18 U.S.C. § 2721(b)(4) and N.J.S.A. 39:2-3.4.

Failure to comply with this subpoena without adequate excuse may be deemed a contempt of the Superior Court.

                                    FEINBERG, OYELARAN & CASTELLI, LLC
                                    Attorneys for Plaintiff

                                    By: /s/ Daniel R. Feinberg
                                        Daniel R. Feinberg, Esq.
                                        An Attorney at Law of the State of New Jersey,
                                        issuing this subpoena as an officer of the court
Dated: March 11, 2026

Michelle M. Smith, Clerk of the Superior Court (name of clerk per R. 1:9-1)"""]
    save("bhh19", "pdf", render_pdf(pages, "Serif", 9.8))
    return rec("bhh19", "born_digital", "NJ civil subpoena duces tecum signed by plaintiff's attorney as officer of the court",
               "other", "Feinberg, Oyelaran & Castelli, LLC", "Daniel R. Feinberg", "Attorney for Plaintiff",
               "dfeinberg@foclaw.com", "(856) 555-0133",
               [("Piotr Ostrowski", "1971-05-06", [("license", "O84513177505711")]),
                ("Mehmet Yıldız", "1985-10-19", [])],
               ["NJ R 1:9-1", "NJ R 4:14-7", "18 USC 2721", "NJSA 39:2-3.4"], "court_subpoena", None, True,
               "unknown", ["license", "address", "vehicle"], "mail")


@doc
def bhh20(rng):
    pages = ["""AO 89 (Rev. 08/09) Subpoena to Testify at a Hearing or Trial in a Criminal Case
# UNITED STATES DISTRICT COURT
~~ for the
~~ Northern District of Georgia

    United States of America
              v.                                  Case No. 1:25-cr-00388-ELR-JKL
    Carlos Andrés Quiñones-Reyes
              Defendant

## SUBPOENA TO TESTIFY AT A HEARING OR TRIAL IN A CRIMINAL CASE

To:  Custodian of Records, Georgia Department of Labor
     148 Andrew Young International Blvd NE, Atlanta, GA 30303

YOU ARE COMMANDED to appear in the United States district court at the time, date, and place shown below to testify in this criminal case. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.

Place of Appearance: Richard B. Russell Federal Building, 75 Ted Turner Dr. SW, Atlanta, GA 30303     Courtroom No.: 1708
                                                                                   Date and Time: 04/13/2026 9:30 am

You must also bring with you the following documents, electronically stored information, or objects (blank if not applicable):
  Certified quarterly wage and employer records, and unemployment insurance claim records (with claimant addresses), 2023 to present, for (1) Carlos Andrés Quiñones-Reyes, DOB 03/29/1988, and (2) Shanice Danielle Odom, DOB 10/02/1993.

(SEAL)
Date: 03/10/2026                                   CLERK OF COURT
                                                   /s/ Gloria Pettaway
                                                   Signature of Clerk or Deputy Clerk

The name, address, e-mail, and telephone number of the attorney representing the United States of America, who requests this subpoena, are:
  Olivia Nakamura-Grant, Assistant U.S. Attorney, 600 U.S. Courthouse, 75 Ted Turner Dr. SW, Atlanta, GA 30303
  olivia.nakamura-grant@usdoj.gov   (404) 555-0107""",
    """AO 89 (Rev. 08/09) Subpoena to Testify at a Hearing or Trial in a Criminal Case (Page 2)

Case No. 1:25-cr-00388-ELR-JKL

## PROOF OF SERVICE

This subpoena for (name of individual and title, if any) __________________________
was received by me on (date) ______________.

[ ] I served the subpoena by delivering a copy to the named person as follows: ______________
[ ] I returned the subpoena unexecuted because: ______________

Unless the subpoena was issued on behalf of the United States, or one of its officers or agents, I have also tendered to the witness fees for one day's attendance, and the mileage allowed by law, in the amount of $______.

I declare under penalty of perjury that this information is true.

Date: ____________                ______________________________
                                  Server's signature

A business records certification under Fed. R. Evid. 902(11) may be provided in lieu of live testimony by agreement with the Government. Issued under Fed. R. Crim. P. 17(c)."""]
    pdf = render_pdf(pages, "Serif", 9.8)
    write_scanned(pdf, "bhh20", os.path.join(OUT, "bhh20.pdf"), rng)
    return rec("bhh20", "scanned", "AO 89 criminal trial subpoena (N.D. Ga.), clerk-signed, AUSA requester",
               "doj-usao", "United States Attorney's Office, Northern District of Georgia", "Olivia Nakamura-Grant",
               "Assistant U.S. Attorney", "olivia.nakamura-grant@usdoj.gov", "(404) 555-0107",
               [("Carlos Andrés Quiñones-Reyes", "1988-03-29", []), ("Shanice Danielle Odom", "1993-10-02", [])],
               ["FRE 902", "FRCrP 17"], "court_subpoena", "AO 89", True, "criminal_investigation",
               ["wages", "employment", "claims", "address"], "mail")


@doc
def bhh21(rng):
    wpages = ["""COMMONWEALTH OF KENTUCKY                          Case No. 26-F-00217
FAYETTE DISTRICT COURT
# WARRANT OF ARREST

THE COMMONWEALTH OF KENTUCKY
TO ALL PEACE OFFICERS IN THE COMMONWEALTH:

You are commanded to arrest:
   Name:  BAKHTIYOROV, Timur Rustamovich
   DOB:   1992-07-30          Sex: M        Race: W
   Last known address: 1140 Red Mile Pl., Apt. 6, Lexington, KY 40504

and bring him/her before the Fayette District Court to answer a complaint charging the offense(s) of:
   Theft by Unlawful Taking or Disposition, $10,000 or more but less than $1,000,000, KRS 514.030 (Class C felony)

A complaint has been made before me and I find there is probable cause to believe that the defendant committed the offense(s) stated above. Issued pursuant to RCr 2.04.

Bail: $25,000 full cash

Date: February 27, 2026                    /s/ Hon. Carolyn W. Ashby
                                           Judge, Fayette District Court

Complainant: Det. Sgt. Ruben Castañeda, Kentucky State Police, Post 12 (Frankfort)"""]
    pdf = render_pdf(wpages, "Sans", 10)
    jpg = page_image_bytes(pdf, "bhh21", "JPEG", rng)
    body = """Good morning Ms. Prewitt,

Attached is a photo of the signed arrest warrant for Timur Bakhtiyorov (DOB 07/30/1992). He is no longer at the address on the warrant. Could KYTC pull his current address of record, his OL photo, and any vehicle registered in his name so we can locate him?

His KY operator's license number is B12-558-903 per our CAD return.

Thank you for your help,

Det. Sgt. Ruben Castañeda
Kentucky State Police - Post 12, Frankfort
Criminal Investigations
502-555-0146 | ruben.castaneda@ky.gov
"""
    data = make_eml("Castaneda, Ruben (KSP) <ruben.castaneda@ky.gov>", "Prewitt, Angela (KYTC) <angela.prewitt@ky.gov>",
                    "Arrest warrant - Bakhtiyorov - address/photo/vehicle", dt.datetime(2026, 3, 2, 8, 3, tzinfo=tz(-5)),
                    body=body, attachments=[("IMG_4471.jpg", jpg, "image", "jpeg")],
                    msgid="<CH2PR09MB3312.0302.ksp@ky.gov>")
    save("bhh21", "eml", data)
    return rec("bhh21", "eml", "KSP email with phone photo (JPEG) of a Kentucky district court arrest warrant",
               "state-police", "Kentucky State Police - Post 12, Frankfort", "Ruben Castañeda", "Detective Sergeant",
               "ruben.castaneda@ky.gov", "502-555-0146",
               [("Timur Rustamovich Bakhtiyorov", "1992-07-30", [("license", "B12558903")])],
               ["KRS 514.030", "KY RCr 2.04"], "judicial_warrant", None, True, "criminal_investigation",
               ["address", "photo", "vehicle"], "email")


@doc
def bhh22(rng):
    pages = ["""MILWAUKEE COUNTY DISTRICT ATTORNEY'S OFFICE
Safety Building, 821 W. State Street, Room 405, Milwaukee, WI 53233
==
## FAX

To:     Wisconsin DWD - Unemployment Insurance Division, Records/Legal
Fax:    (608) 555-0170
From:   ADA Hannah L. Vang
Phone:  (414) 555-0129   Fax: (414) 555-0130
Email:  hannah.vang@da.wi.gov
Date:   2026-03-09
Pages:  2

Re:  Court order for UI records - State v. Kowalczyk, 2026CF000931

Attached is the signed order from Judge Pedersen. Please send the certified
records to my attention. Thank you.""",
    """STATE OF WISCONSIN            CIRCUIT COURT            MILWAUKEE COUNTY
                                 Branch 31

STATE OF WISCONSIN,
          Plaintiff,
     v.                                          Case No. 2026CF000931
ZBIGNIEW A. KOWALCZYK,
          Defendant.

## ORDER FOR PRODUCTION OF UNEMPLOYMENT INSURANCE RECORDS

Upon the motion of the State by Assistant District Attorney Hannah L. Vang, and the Court having reviewed the supporting affidavit of Detective Jerome Sandoval of the Milwaukee Police Department, the Court finds that the records described below are relevant and material to the prosecution of the above-named defendant for theft by fraud, contrary to Wis. Stat. § 943.20(1)(d), and that disclosure is permitted by Wis. Stat. § 108.14(7).

IT IS ORDERED that the Wisconsin Department of Workforce Development shall, within 10 days, produce to the Milwaukee County District Attorney's Office certified copies of all unemployment insurance initial claims, weekly certifications, payment records, wage records and address records for:

      Zbigniew A. Kowalczyk, DOB 12/11/1968, SSN ending 3390;
      Renata Kowalczyk (née Dąbrowska), DOB 04/27/1971, SSN ending 7126,

for the period January 1, 2024 to the present.

Dated at Milwaukee, Wisconsin, this 6th day of March, 2026.

                                  BY THE COURT:

                                  /s/ Thomas E. Pedersen
                                  Circuit Court Judge"""]
    pdf = render_pdf(pages, "Serif", 10)
    write_fax(pdf, "bhh22", os.path.join(OUT, "bhh22.tif"), "2026-03-09 11:52 MKE CO DA  414-555-0130", rng)
    return rec("bhh22", "fax", "DA fax cover + Wisconsin circuit court order for UI records",
               "district-attorney", "Milwaukee County District Attorney's Office", "Hannah L. Vang",
               "Assistant District Attorney", "hannah.vang@da.wi.gov", "(414) 555-0129",
               [("Zbigniew A. Kowalczyk", "1968-12-11", [("ssn_last4", "3390")]),
                ("Renata Kowalczyk", "1971-04-27", [("ssn_last4", "7126")])],
               ["WI Stat 943.20", "WI Stat 108.14"], "court_order", None, True, "criminal_investigation",
               ["claims", "benefits", "wages", "address"], "fax")


@doc
def bhh23(rng):
    pages = ["""# UNITED STATES DISTRICT COURT
~~ FOR THE DISTRICT OF ARIZONA

IN THE MATTER OF THE APPLICATION OF THE          Misc. No. 26-0071MJ-PHX-MTM
UNITED STATES OF AMERICA FOR AN ORDER
PURSUANT TO 18 U.S.C. § 2703(d)                  FILED UNDER SEAL

## ORDER

The United States has submitted an application pursuant to 18 U.S.C. § 2703(d), requesting that the Court issue an Order requiring the Arizona Department of Economic Security ("ADES"), which operates an online unemployment insurance claimant portal, to disclose the records and other information described in Attachment A to this Order.

The Court finds that the United States has offered specific and articulable facts showing that there are reasonable grounds to believe that the records or other information sought are relevant and material to an ongoing criminal investigation of violations of 18 U.S.C. §§ 1343 and 1028.

The Court determines that there is reason to believe that notification of the existence of this Order will seriously jeopardize the ongoing investigation. See 18 U.S.C. § 2705(b).

IT IS THEREFORE ORDERED, pursuant to 18 U.S.C. § 2703(d), that ADES shall, within ten days of the date of this Order, disclose to the United States the records and other information described in Attachment A.

IT IS FURTHER ORDERED that ADES shall not disclose the existence of the application of the United States, or the existence of this Order of the Court, to the subscribers of the account(s) listed in Attachment A, or to any other person, for a period of one year.

Date: March 3, 2026                         /s/ Michael T. Morrissey
                                            United States Magistrate Judge""",
    """## ATTACHMENT A

I. The Accounts. This Order applies to records associated with the ADES online claimant accounts registered to:
     1. Trinh Bao Ngọc, DOB 1994-02-19, claimant ID UI-4410923
     2. Mustafa Ahmed Jama, DOB 1988-07-04, claimant ID UI-4417781

II. Records to be disclosed. For the period June 1, 2025 to present:
     a. names, addresses, telephone numbers and e-mail addresses associated with each account;
     b. records of session times and durations, and the IP addresses used to log in and file claims;
     c. bank or payment card information to which benefits were disbursed;
     d. claim histories.

Return records to: Special Agent Tomás Echeverría, DOL-OIG Office of Investigations, Phoenix, tomas.echeverria@oig.dol.gov.

Application submitted by: Kendra Y. Blackwell, Assistant United States Attorney, District of Arizona, 40 N. Central Ave., Suite 1800, Phoenix, AZ 85004, (602) 555-0102, kendra.blackwell@usdoj.gov"""]
    save("bhh23", "pdf", render_pdf(pages, "Serif", 10))
    return rec("bhh23", "born_digital", "18 USC 2703(d) order (D. Ariz.) to state UI portal, AUSA applicant, OIG agent to receive",
               "doj-usao", "United States Attorney's Office, District of Arizona", "Kendra Y. Blackwell",
               "Assistant United States Attorney", "kendra.blackwell@usdoj.gov", "(602) 555-0102",
               [("Trinh Bao Ngọc", "1994-02-19", [("other", "UI-4410923")]),
                ("Mustafa Ahmed Jama", "1988-07-04", [("other", "UI-4417781")])],
               ["18 USC 2703", "18 USC 1343", "18 USC 1028", "18 USC 2705"], "court_order", None, True,
               "criminal_investigation", ["address", "phone", "email", "claims", "benefits", "other"], "mail")


@doc
def bhh24(rng):
    body = """Ms. Albanese,

Thank you -- understood on the DPPA certification. Confirming for your file: HSI New Haven is conducting a criminal investigation into alien smuggling and harboring (8 U.S.C. § 1324) and the associated money laundering (18 U.S.C. § 1956), not an administrative immigration matter. The request falls under C.G.S. § 14-10 and 18 U.S.C. § 2721(b)(1).

The two individuals are:

  - Oleksandr Bondarenko, DOB 22 Jun 1978, CT operator's license 150882346
  - María José Gutiérrez de León, DOB 9 Nov 1985

We are requesting registration and title records for all vehicles (including commercial vans) registered to either person, and the address of record.

Regards,

SA Priya Raghunathan
Special Agent
Homeland Security Investigations - New Haven
U.S. Immigration and Customs Enforcement
Cell: (203) 555-0191
priya.raghunathan@hsi.dhs.gov

-----Original Message-----
From: Albanese, Teresa <teresa.albanese@ct.gov>
Sent: Wednesday, March 4, 2026 10:12 AM
To: Raghunathan, Priya <priya.raghunathan@hsi.dhs.gov>
Subject: RE: DMV records - vehicles registered to two subjects

Agent Raghunathan,

Before we can process this we need the purpose of the request and the case type. Please note CT DMV does not release records for civil immigration enforcement.

Teresa Albanese
Legal Services, Connecticut Department of Motor Vehicles

-----Original Message-----
From: Raghunathan, Priya
Sent: Tuesday, March 3, 2026 4:40 PM
Subject: DMV records - vehicles registered to two subjects

Good afternoon, HSI New Haven requests vehicle registration records for two subjects (see below). Thank you.
"""
    html = "<html><body><div style='font-family:Calibri'>" + body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</div></body></html>"
    data = make_eml("\"Raghunathan, Priya\" <priya.raghunathan@hsi.dhs.gov>", "\"Albanese, Teresa\" <teresa.albanese@ct.gov>",
                    "RE: RE: DMV records - vehicles registered to two subjects", dt.datetime(2026, 3, 4, 13, 37, tzinfo=tz(-5)),
                    body=body, html=html, msgid="<SA1PR09MB8841.hsi.0304@hsi.dhs.gov>")
    save("bhh24", "eml", data)
    return rec("bhh24", "eml", "HSI special agent reply in a thread quoting the DMV's purpose question",
               "dhs-ice-hsi", "Homeland Security Investigations - New Haven", "Priya Raghunathan", "Special Agent",
               "priya.raghunathan@hsi.dhs.gov", "(203) 555-0191",
               [("Oleksandr Bondarenko", "1978-06-22", [("license", "150882346")]),
                ("María José Gutiérrez de León", "1985-11-09", [])],
               ["8 USC 1324", "18 USC 1956", "CGS 14-10", "18 USC 2721"], "none", None, False,
               "criminal_investigation", ["vehicle", "address"], "email")


@doc
def bhh25(rng):
    inner_body = """Good afternoon,

The U.S. Marshals Service, Carolinas Regional Fugitive Task Force, is attempting to locate the fugitive listed below, who is wanted on a federal arrest warrant out of the Western District of North Carolina for violation of supervised release (original conviction: 18 U.S.C. 922(g)(1)). The warrant is on file in NCIC; I can provide a copy on request.

   Name:  Jamal Antoine FRAZIER
   DOB:   1989-04-02
   NC DL: 000031884207

Request: current address, any vehicle registrations, and the most recent DL photo. This request is made under 28 U.S.C. 566(e)(1)(B) and 18 U.S.C. 2721(b)(1).

Thank you,
Deputy U.S. Marshal Colin P. Mayhew
U.S. Marshals Service - Western District of North Carolina
100 Otis Street, Asheville, NC 28801
(828) 555-0111 | colin.mayhew@usdoj.gov
"""
    inner = EmailMessage(policy=policy.SMTP)
    inner["From"] = "\"Mayhew, Colin (USMS)\" <colin.mayhew@usdoj.gov>"
    inner["To"] = "ncdmv.leinfo@ncdot.gov"
    inner["Subject"] = "Fugitive locate - FRAZIER, Jamal"
    inner["Date"] = format_datetime(dt.datetime(2026, 3, 5, 15, 2, tzinfo=tz(-5)))
    inner["Message-ID"] = "<USMS.WDNC.0305.4471@usdoj.gov>"
    inner.set_content(inner_body)
    body = """Keisha -- forwarding the Marshals request below that came into the shared box. No warrant copy attached, just the NCIC reference. Can you log it and check with Legal before we release anything?

Thanks,
Dwayne Purcell
Supervisor, DMV Records Section
NC Division of Motor Vehicles
"""
    data = make_eml("Purcell, Dwayne <dpurcell@ncdot.gov>", "Lyons, Keisha <klyons@ncdot.gov>",
                    "FW: Fugitive locate - FRAZIER, Jamal", dt.datetime(2026, 3, 6, 8, 30, tzinfo=tz(-5)),
                    body=body, attached_msg=inner, msgid="<NCDOT.FW.0306.0830@ncdot.gov>")
    save("bhh25", "eml", data)
    return rec("bhh25", "eml", "internal forward with the USMS request attached as message/rfc822; warrant mentioned, not attached",
               "doj-usms", "U.S. Marshals Service - Western District of North Carolina", "Colin P. Mayhew",
               "Deputy U.S. Marshal", "colin.mayhew@usdoj.gov", "(828) 555-0111",
               [("Jamal Antoine Frazier", "1989-04-02", [("license", "000031884207")])],
               ["18 USC 922", "28 USC 566", "18 USC 2721"], "none", None, False, "criminal_investigation",
               ["address", "vehicle", "photo"], "email")


@doc
def bhh26(rng):
    txt = """EDD LAW ENFORCEMENT INFORMATION REQUEST - ONLINE SUBMISSION
Confirmation #: LEIR-26-030918
Received: 03/09/2026 10:44 AM PT
Routing: Investigation Division - Disclosure Unit

REQUESTER INFORMATION
Agency Name: Social Security Administration, Office of the Inspector General
Field Office: Los Angeles Field Division, Office of Investigations
Requester Name: Nomvula T. Dlamini-Reyes
Title: Special Agent
Email: nomvula.dlamini-reyes@ssa.gov
Phone: (213) 555-0153
Case / Report Number: LA-26-00182-Y

SUBJECT(S)
#1  Name: Arturo Benjamín Zúñiga
    Date of Birth: June 3, 1958
    SSN (last 4): 2281
#2  Name: Celestina Zúñiga
    Date of Birth: August 30, 1961
    SSN (last 4): 9054

INFORMATION REQUESTED
[X] Wage history (base period and quarterly)
[X] Employer name/address
[X] UI/DI claim history
[ ] Address only

PURPOSE / STATUTORY AUTHORITY
Investigation of concealment of work activity while receiving Social Security disability benefits, 42 U.S.C. 408(a)(4), and theft of government funds, 18 U.S.C. 641. Disclosure requested under California Unemployment Insurance Code section 1095(i) and 20 CFR 603.5(i).

CERTIFICATION
[X] I certify that the information will be used only for the criminal investigation identified above.
Signature: /s/ N. T. Dlamini-Reyes      Date: 03/09/2026
"""
    save("bhh26", "txt", txt.encode("utf-8"))
    return rec("bhh26", "txt", "state EDD online LE request form (SSA OIG), two subjects sharing a surname",
               "ssa-oig", "Social Security Administration, Office of the Inspector General", "Nomvula T. Dlamini-Reyes",
               "Special Agent", "nomvula.dlamini-reyes@ssa.gov", "(213) 555-0153",
               [("Arturo Benjamín Zúñiga", "1958-06-03", [("ssn_last4", "2281")]),
                ("Celestina Zúñiga", "1961-08-30", [("ssn_last4", "9054")])],
               ["42 USC 408", "18 USC 641", "CA UI Code 1095", "20 CFR 603.5"], "none", None, False,
               "criminal_investigation", ["wages", "employment", "claims"], "email")


@doc
def bhh27(rng):
    pages = ["""INTERNAL REVENUE SERVICE - CRIMINAL INVESTIGATION
Denver Field Office, 1999 Broadway, Denver, CO 80202

FAX COVER
To:   Colorado Department of Labor and Employment, UI Records Custodian
Fax:  303-555-0160
From: SA Brent O. Halvorsen       Tel: 303-555-0147    Fax: 303-555-0148
Date: 03/10/2026                  Pages: 2 (incl. cover)
Re:   IRS Summons - In the matter of Isabella Marguerite Fontaine-Rojas

Please see the attached summons. Records may be mailed or faxed to me in lieu of
appearance. Contact me with any questions.""",
    """# Summons
In the matter of:  Isabella Marguerite Fontaine-Rojas (DOB 1979-01-15, SSN ***-**-5512)
Internal Revenue Service (Division): Criminal Investigation
Industry/Area (name or number): Denver Field Office
Periods: Calendar years 2022, 2023, 2024 and 2025

The Commissioner of Internal Revenue
To: Custodian of Records, Colorado Department of Labor and Employment
At: 633 17th Street, Suite 201, Denver, CO 80202

You are hereby summoned and required to appear before Special Agent Brent O. Halvorsen, an officer of the Internal Revenue Service, to give testimony and to bring with you and to produce for examination the following books, records, papers, and other data relating to the tax liability or the collection of the tax liability or for the purpose of inquiring into any offense connected with the administration or enforcement of the internal revenue laws concerning the person identified above for the periods shown:

   All quarterly wage reports filed by any employer for the person named above; employer names, addresses and account numbers; any unemployment claims filed by the person, with addresses and bank account details on file.

Do not write in this space
Business address and telephone number of IRS officer before whom you are to appear:
   1999 Broadway, Stop 7400, Denver, CO 80202   303-555-0147
Place and time for appearance: 1999 Broadway, Denver, CO, on the 31st day of March, 2026 at 10 o'clock a.m.

Issued under authority of the Internal Revenue Code this 10th day of March, 2026.

/s/ Brent O. Halvorsen              Special Agent
Signature of issuing officer        Title
/s/ Camille R. Duquesne             Supervisory Special Agent
Signature of approving officer      Title

Form 2039 (Rev. 12-2001)   Catalog Number 21405J

Provisions of the Internal Revenue Code: Sec. 7602, Examination of books and witnesses; Sec. 7603, Service of summons; Sec. 7604, Enforcement of summons (the United States District Court for the district in which such person resides or is found shall have jurisdiction by appropriate process to compel such attendance); Sec. 7609, Special procedures for third-party summonses."""]
    pdf = render_pdf(pages, "Sans", 9.5)
    write_fax(pdf, "bhh27", os.path.join(OUT, "bhh27.tif"), "MAR 10 2026 02:17PM  IRS-CI DENVER  3035550148", rng)
    return rec("bhh27", "fax", "IRS-CI fax cover + Form 2039 summons with IRC enforcement provisions",
               "irs-ci", "Internal Revenue Service - Criminal Investigation, Denver Field Office", "Brent O. Halvorsen",
               "Special Agent", None, "303-555-0147",
               [("Isabella Marguerite Fontaine-Rojas", "1979-01-15", [("ssn_last4", "5512")])],
               ["26 USC 7602", "26 USC 7603", "26 USC 7604", "26 USC 7609"], "administrative_subpoena", "Form 2039", True,
               "criminal_investigation", ["wages", "employment", "claims", "address", "other"], "fax")


@doc
def bhh28(rng):
    pages = ["""DEPARTMENT OF HOMELAND SECURITY
## IMMIGRATION DETAINER - REQUEST FOR VOLUNTARY ACTION
Subject ID: 402217795       Event #: NSV2602001187       File No: A 096 771 340
Date: February 26, 2026

TO: Tennessee Department of Correction, Sentence Management Services
    320 Sixth Avenue North, Nashville, TN 37243
FROM: ICE ERO New Orleans Field Office - Nashville Sub-Office
    1121 Murfreesboro Road, Nashville, TN 37217   Phone: (615) 555-0136

Name of Alien: CISSÉ, Mamadou Lamine
Date of Birth: 14 Apr 1986       Nationality: Guinea       Sex: M

** 1. DHS HAS DETERMINED THAT:
[X] Probable cause exists that the subject is a removable alien, based on a final order of removal.

** 2. DHS REQUESTS THAT YOU VOLUNTARILY:
[X] Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody. Please notify DHS by calling (615) 555-0136.
[X] Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody.
[X] Provide a copy of this form to the alien.

This request arises from DHS authorities and should not impede decisions regarding the alien's bail, release, or custody classification. This form is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. 287.7.

Gabriela Montoya-Sáenz, Supervisory Detention and Deportation Officer
(Name and title of Immigration Officer)         (Signature of Immigration Officer)

The alien is currently in TDOC custody (TDOC # 00588213) at Trousdale Turner Correctional Center.

                                                                      Form I-247D (5/15)"""]
    pdf = render_pdf(pages, "Sans", 9.5)
    write_scanned(pdf, "bhh28", os.path.join(OUT, "bhh28.pdf"), rng)
    return rec("bhh28", "scanned", "Form I-247D detainer to state corrections, scanned single page",
               "dhs-ice-ero", "ICE ERO New Orleans Field Office - Nashville Sub-Office", "Gabriela Montoya-Sáenz",
               "Supervisory Detention and Deportation Officer", None, "(615) 555-0136",
               [("Mamadou Lamine Cissé", "1986-04-14", [("a_number", "A096771340"), ("other", "00588213")])],
               ["INA 236", "INA 287", "8 CFR 287.7"], "detainer", "I-247D", True, "civil_immigration",
               ["other"], "mail")


@doc
def bhh29(rng):
    pages = ["""# U.S. Department of Labor
~~ Office of Inspector General - Office of Investigations
~~ Boston Regional Office, JFK Federal Building, 15 New Sudbury Street, Room E-275, Boston, MA 02203
--
>> 2026-03-12

Massachusetts Department of Unemployment Assistance
Attn: Program Integrity - Law Enforcement Requests
100 Cambridge Street, 5th Floor
Boston, MA 02114

Re: Request for Unemployment Insurance Records - OIG Case No. 31-0126-0004-UI

Dear Program Integrity Manager:

The U.S. Department of Labor, Office of Inspector General (DOL-OIG), is investigating an identity-theft ring that filed fraudulent unemployment insurance claims in Massachusetts and several other states. The conduct under investigation may violate 18 U.S.C. §§ 1028A, 1341 and 1343, and G.L. c. 151A, § 47.

Pursuant to 20 C.F.R. § 603.5(i) and G.L. c. 151A, § 46, DOL-OIG requests the following records for the claimants listed below, from March 1, 2024 to the present:
   - initial and continued claims, including IP addresses and email addresses used;
   - payment records, including bank routing/account numbers or debit card data;
   - mailing addresses and telephone numbers of record;
   - base-period wage records and employer information.

   Claimant                          Date of Birth        SSN (last four)
   Siobhan Áine Gallagher            04/17/1982           6630
   Kwame Osei-Bonsu                  11/08/1975           0419
   Ana Lucía Quintanilla Ortega      07/22/1999           3358

Please treat this request as confidential. You may contact me at (617) 555-0155 or by e-mail at rafferty.colm@oig.dol.gov.

Sincerely,

Colm J. Rafferty
Special Agent
U.S. Department of Labor, Office of Inspector General

cc: Special Agent-in-Charge, Boston Region
    MA Attorney General's Office, Fair Labor Division (Asst. AG Beatriz Lindahl)"""]
    save("bhh29", "pdf", render_pdf(pages, "Serif", 10))
    return rec("bhh29", "born_digital", "DOL-OIG letter with claimant table, cc lines",
               "dol-oig", "U.S. Department of Labor, Office of Inspector General", "Colm J. Rafferty", "Special Agent",
               "rafferty.colm@oig.dol.gov", "(617) 555-0155",
               [("Siobhan Áine Gallagher", "1982-04-17", [("ssn_last4", "6630")]),
                ("Kwame Osei-Bonsu", "1975-11-08", [("ssn_last4", "0419")]),
                ("Ana Lucía Quintanilla Ortega", "1999-07-22", [("ssn_last4", "3358")])],
               ["18 USC 1028A", "18 USC 1341", "18 USC 1343", "MGL 151A-47", "20 CFR 603.5", "MGL 151A-46"],
               "none", None, False, "criminal_investigation",
               ["claims", "benefits", "email", "address", "phone", "wages", "employment", "other"], "mail")


@doc
def bhh30(rng):
    pages = ["""SUPREME COURT OF THE STATE OF NEW YORK
COUNTY OF KINGS
# GRAND JURY SUBPOENA DUCES TECUM

THE PEOPLE OF THE STATE OF NEW YORK
TO:  Records Access Officer, New York State Department of Labor
     Harriman State Office Campus, Building 12, Albany, NY 12226

GREETINGS:
WE COMMAND YOU, that all business and excuses being laid aside, you appear and attend before the GRAND JURY of the People of the State of New York for the County of Kings, at Room 1100, 350 Jay Street, Brooklyn, New York, on the 24th day of March, 2026 at 10:00 A.M., as a witness in a criminal action prosecuted by the People of the State of New York, and that you bring with you and produce:

   Any and all unemployment insurance claim records, payment histories, wage reporting records (Form NYS-45 data), and addresses and telephone numbers of record, January 1, 2024 to present, for:
      Abimbola Folasade Adeyemi, DOB 1990-05-06
      Víctor Hugo Santiesteban, DOB 1983-12-30
      Eun-ji Park, DOB 1997-02-11

Failure to comply with this subpoena is punishable as a contempt of court pursuant to CPL 610.20. This subpoena is issued in connection with an investigation into Scheme to Defraud in the First Degree (Penal Law § 190.65) and Grand Larceny (Penal Law § 155.35). Disclosure is authorized by Labor Law § 537.

DO NOT DISCLOSE the existence of this subpoena. Any such disclosure may impede an ongoing investigation (Penal Law § 215.70).

Dated: Brooklyn, New York, March 9, 2026

                                  ERIC GONZALEZ, District Attorney, Kings County
                                  By: /s/ Aaron M. Rubenstein
                                      Aaron M. Rubenstein, Assistant District Attorney
                                      Frauds Bureau, 350 Jay Street, Brooklyn, NY 11201
                                      (718) 555-0193"""]
    pdf = render_pdf(pages, "Serif", 10)
    body = """Dear Records Access Officer,

Please find attached a Kings County Grand Jury subpoena duces tecum (GJ No. 2026-KCGJ-0417) for NYSDOL unemployment insurance and wage records on three individuals. In lieu of appearance, certified records may be returned to my attention by mail or secure e-mail.

Kindly confirm receipt.

Aaron M. Rubenstein
Assistant District Attorney | Frauds Bureau
Kings County District Attorney's Office
350 Jay Street, Brooklyn, NY 11201
T: (718) 555-0193 | rubensteina@brooklynda.org

CONFIDENTIALITY NOTICE: This e-mail and any attachment may contain grand jury material that is confidential under CPL 190.25(4).
"""
    data = make_eml("Aaron Rubenstein <rubensteina@brooklynda.org>", "LE.Requests@labor.ny.gov",
                    "Grand Jury Subpoena - NYSDOL - 2026-KCGJ-0417", dt.datetime(2026, 3, 9, 16, 41, tzinfo=tz(-5)),
                    body=body, attachments=[("2026-KCGJ-0417_GJ_subpoena.pdf", pdf, "application", "pdf")],
                    msgid="<KCDA.2026KCGJ0417@brooklynda.org>")
    save("bhh30", "eml", data)
    return rec("bhh30", "eml", "ADA email with attached New York county grand jury subpoena duces tecum PDF",
               "district-attorney", "Kings County District Attorney's Office", "Aaron M. Rubenstein",
               "Assistant District Attorney", "rubensteina@brooklynda.org", "(718) 555-0193",
               [("Abimbola Folasade Adeyemi", "1990-05-06", []), ("Víctor Hugo Santiesteban", "1983-12-30", []),
                ("Eun-ji Park", "1997-02-11", [])],
               ["NY CPL 610.20", "NY PL 190.65", "NY PL 155.35", "NY Labor Law 537", "NY PL 215.70", "NY CPL 190.25"],
               "grand_jury_subpoena", None, True, "criminal_investigation",
               ["claims", "benefits", "wages", "employment", "address", "phone"], "email")


@doc
def bhh31(rng):
    pages = ["""# PORTLAND POLICE BUREAU
~~ Detective Division - Family Services Division / Financial Crimes
~~ 1111 SW 2nd Avenue, Portland, OR 97204
~~ Bob Day, Chief of Police
--

March 12, 2026

Oregon Employment Department
Unemployment Insurance Division - Investigations & Audits
875 Union Street NE
Salem, OR 97311

RE: PPB Case No. 26-061294 - Request for employer information

To Whom It May Concern,

I am investigating an elder financial abuse case in which the suspect is believed to have taken over $60,000 from a 91-year-old victim, Mrs. Dolores Albrecht, while working as her in-home caregiver. The crimes under investigation include Aggravated Theft in the First Degree (ORS 164.057) and Criminal Mistreatment in the First Degree (ORS 163.205).

I am requesting the names and addresses of all employers who have reported wages for the following person since January 2024, and her current address:

   Name:   Kateryna Volodymyrivna Shevchuk (aka "Katie Shevchuk")
   DOB:    1979-09-14

I understand that under ORS 657.665 your Department may require a subpoena or court order before releasing wage records. If that is the case, please let me know and a grand jury subpoena will be obtained through the Multnomah County District Attorney's Office. No subpoena or warrant is enclosed with this letter.

Thank you for your assistance.

Respectfully,

Det. Bao Thi Nguyen-Larsen  #51822
Portland Police Bureau, Financial Crimes Unit
(503) 555-0128  |  bao.nguyen-larsen@police.portlandoregon.gov

cc: DDA Gregory Ashworth, Multnomah County DA's Office"""]
    save("bhh31", "pdf", render_pdf(pages, "Serif", 10.5))
    return rec("bhh31", "born_digital", "police letter that mentions a future grand jury subpoena but attaches none; chief above signer",
               "local-police", "Portland Police Bureau", "Bao Thi Nguyen-Larsen", "Detective",
               "bao.nguyen-larsen@police.portlandoregon.gov", "(503) 555-0128",
               [("Kateryna Volodymyrivna Shevchuk", "1979-09-14", [])],
               ["ORS 164.057", "ORS 163.205", "ORS 657.665"], "none", None, False, "criminal_investigation",
               ["employment", "address"], "mail")


@doc
def bhh32(rng):
    txt = """Date: Thu, 12 Mar 2026 09:26:14 -0700
From: "Sorensen, Erik T." <erik.sorensen@atf.gov>
To: DOL Law Enforcement Services <leservices@dol.wa.gov>
Subject: Records request - ATF Seattle Field Division - 2 subjects

WA DOL Law Enforcement Services,

ATF Seattle Field Division, Group II, requests driver and vehicle records in support of a federal firearms trafficking investigation (18 U.S.C. 922(a)(1)(A) - engaging in the business of dealing firearms without a license; 18 U.S.C. 933 - trafficking in firearms). ATF investigation number 785035-26-0019.

Subjects:
  1. LUONG, Thi Kim Oanh -- DOB 12/05/1993 -- WA DL WDLLU0T5K803B
  2. Henrik Mats Sjöberg -- DOB 08/19/1987

For each subject please provide: address of record, DL/ID photograph, and all current and prior vehicle registrations (including vessels). Permissible use: 18 U.S.C. 2721(b)(1); RCW 46.12.635.

Thank you,

Erik T. Sorensen
Special Agent
Bureau of Alcohol, Tobacco, Firearms and Explosives
Seattle Field Division - Group II
915 Second Avenue, Room 790, Seattle, WA 98174
O: 206-555-0161
"""
    save("bhh32", "txt", txt.encode("utf-8"))
    return rec("bhh32", "txt", "ATF plain-text email saved with headers",
               "doj-atf", "Bureau of Alcohol, Tobacco, Firearms and Explosives, Seattle Field Division", "Erik T. Sorensen",
               "Special Agent", "erik.sorensen@atf.gov", "206-555-0161",
               [("Thi Kim Oanh Luong", "1993-12-05", [("license", "WDLLU0T5K803B")]),
                ("Henrik Mats Sjöberg", "1987-08-19", [])],
               ["18 USC 922", "18 USC 933", "18 USC 2721", "RCW 46.12.635"], "none", None, False,
               "criminal_investigation", ["address", "photo", "vehicle"], "email")


def main():
    rng = random.Random(SEED)
    for fn in DOCS:
        r = random.Random(rng.randint(0, 10**9))
        label = fn(r)
        with open(os.path.join(OUT, f"{label['id']}.expected.json"), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print(len(DOCS), "documents")


if __name__ == "__main__":
    main()
