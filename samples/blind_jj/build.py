"""Build the blind_jj sample set (independent author). Deterministic: fixed seed."""
import os, io, json, random, subprocess, shutil, glob
from email.message import EmailMessage
from email.policy import SMTP
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import numpy as np

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/author_jj/build"
SEED = 2611
import datetime
import time
FIXED_DT = time.gmtime(1794474000)
FD = "/usr/share/fonts/truetype/dejavu/"
for n, f in [("Serif", "DejaVuSerif.ttf"), ("Serif-Bold", "DejaVuSerif-Bold.ttf"), ("Sans", "DejaVuSans.ttf"),
             ("Sans-Bold", "DejaVuSans-Bold.ttf"), ("Mono", "DejaVuSansMono.ttf"), ("Mono-Bold", "DejaVuSansMono-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(n, FD + f))
BOLD = {"Serif": "Serif-Bold", "Sans": "Sans-Bold", "Mono": "Mono-Bold"}


def make_pdf(path, text, font="Serif", size=10.0, title="Document"):
    W, H = letter
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    c.setTitle(title)
    lm, rm, top, bot = 64, 64, 60, 60
    width = W - lm - rm
    y = H - top
    lead = size * 1.35

    def newpage():
        nonlocal y
        c.showPage()
        y = H - top

    for raw in text.strip("\n").split("\n"):
        if raw.strip() == "===PAGE===":
            newpage(); continue
        f, s, align, body = font, size, "L", raw
        if raw.startswith("## "):
            f, s, align, body = BOLD[font], size + 3, "C", raw[3:]
        elif raw.startswith("#C "):
            f, align, body = BOLD[font], "C", raw[3:]
        elif raw.startswith("# "):
            f, body = BOLD[font], raw[2:]
        elif raw.startswith("C: "):
            align, body = "C", raw[3:]
        elif raw.startswith("R: "):
            align, body = "R", raw[3:]
        if raw.strip() == "---":
            if y < bot + 10: newpage()
            c.setLineWidth(0.8); c.line(lm, y + lead * 0.4, W - rm, y + lead * 0.4); y -= lead * 0.6; continue
        if raw.startswith("TAB:"):
            lab, val = raw[4:].split("|", 1)
            lines = simpleSplit(val, font, size, width - 170) or [""]
            if pdfmetrics.stringWidth(lab, BOLD[font], size) > 165:
                if y < bot: newpage()
                c.setFont(BOLD[font], size); c.drawString(lm, y, lab); y -= lead; lab = ""
            for i, ln in enumerate(lines):
                if y < bot: newpage()
                if i == 0:
                    c.setFont(BOLD[font], size); c.drawString(lm, y, lab)
                c.setFont(font, size); c.drawString(lm + 170, y, ln); y -= lead
            continue
        lines = simpleSplit(body, f, s, width) or [""]
        for ln in lines:
            if y < bot: newpage()
            c.setFont(f, s)
            if align == "C": c.drawCentredString(W / 2, y, ln)
            elif align == "R": c.drawRightString(W - rm, y, ln)
            else: c.drawString(lm, y, ln)
            y -= lead * (s / size)
    c.showPage(); c.save()


def render_pages(pdf, dpi, tag):
    d = os.path.join(TMP, tag + "_pages"); shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf, os.path.join(d, "p")], check=True)
    return [Image.open(p).convert("L") for p in sorted(glob.glob(os.path.join(d, "p*.png")))]


def scan(pdf_src, out, rng, turn=None, dpi=200):
    turn = turn or {}
    pages = []
    for i, im in enumerate(render_pages(pdf_src, dpi, os.path.basename(out))):
        ang = rng.uniform(0.5, 2.0) * rng.choice([-1, 1])
        im = im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=235)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.80 + 38  # grey paper
        nrng = np.random.default_rng(rng.randrange(1 << 30))
        a += nrng.normal(0, 7, a.shape)
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
        if i in turn: im = im.rotate(turn[i], expand=True)
        b = io.BytesIO(); im.save(b, "JPEG", quality=40); b.seek(0)
        pages.append(Image.open(b).convert("L"))
    pages[0].save(out, "PDF", save_all=True, append_images=pages[1:], resolution=float(dpi), creationDate=FIXED_DT, modDate=FIXED_DT, producer="scan")


def fax(pdf_src, out, rng, header):
    pages = render_pages(pdf_src, 200, os.path.basename(out))
    fnt = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 24)
    res = []
    n = len(pages)
    for i, im in enumerate(pages):
        ang = rng.uniform(-0.6, 0.6)
        im = im.rotate(ang, resample=Image.BICUBIC, fillcolor=255)
        d = ImageDraw.Draw(im)
        d.text((40, 18), header + f"   P.{i+1:02d}/{n:02d}", font=fnt, fill=0)
        a = np.asarray(im).astype(np.float32)
        nrng = np.random.default_rng(rng.randrange(1 << 30))
        a += nrng.normal(0, 18, a.shape)
        speck = nrng.random(a.shape) < 0.0008
        a[speck] = 0
        bw = Image.fromarray((a > 150).astype(np.uint8) * 255).convert("1")
        res.append(bw)
    res[0].save(out, compression="group4", dpi=(200, 200), save_all=True, append_images=res[1:])


def page_image(pdf_src, tag, rng, page=0, fmt="JPEG"):
    ims = render_pages(pdf_src, 150, tag)
    im = ims[page].rotate(rng.uniform(-1.5, 1.5), resample=Image.BICUBIC, expand=True, fillcolor=240)
    b = io.BytesIO()
    if fmt == "JPEG": im.save(b, "JPEG", quality=60)
    else: im.save(b, "PNG", optimize=True)
    return b.getvalue()


def tmp_pdf(name, text, **kw):
    p = os.path.join(TMP, name + ".pdf"); make_pdf(p, text, **kw); return p


def eml(headers, body=None, html=None, attach=(), forward=None):
    m = EmailMessage()
    for k, v in headers.items(): m[k] = v
    if body is not None: m.set_content(body)
    if html is not None:
        if body is None: m.set_content(html, subtype="html")
        else: m.add_alternative(html, subtype="html")
    for fn, data, mt, st in attach:
        m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    if forward is not None:
        m.add_attachment(forward)  # message/rfc822
    tag = headers.get("Message-ID", "x").strip("<>").split("@")[0]
    n = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary(f"----=_Part_{n}_{tag}")
    return m


LABELS = {}


def S(name, dob=None, *ids):
    return {"name": name, "dob": dob, "identifiers": [{"type": t, "value": v} for t, v in ids]}


def label(i, fmt, template, akey, aname, person, title, email, phone, subjects, basis, ptype, form, purpose, records, channel):
    LABELS[i] = {
        "id": i, "family": "blind-jj", "format": fmt, "template": template,
        "requestor": {"agency_key": akey, "agency_name": aname, "person": person, "title": title, "email": email, "phone": phone},
        "subjects": subjects,
        "legal_basis": [{"normalized": b} for b in basis],
        "legal_process": {"type": ptype, "court_issued": ptype in ("judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"), "form": form},
        "warrant_or_subpoena_attached": ptype != "none",
        "purpose": purpose, "records_requested": records, "channel": channel,
    }


def o(name):
    return os.path.join(OUT, name)


def build(rng):
    # ---------------- bjj01: Idaho State Police letter (born digital, none)
    t = """
## IDAHO STATE POLICE
C: Investigations Division — District 1
C: 615 W. Wilbur Avenue, Coeur d'Alene, Idaho 83815  ·  (208) 555-0130
C: Colonel Brandt E. Haugland, Director
---
R: October 14, 2026
Idaho Transportation Department
Division of Motor Vehicles — Driver Services / Records
P.O. Box 7129
Boise, ID 83707-1129

# RE: Request for DMV records — ISP Case No. D1-26-004417

To the Records Custodian:

The Idaho State Police is conducting an active criminal investigation into a series of equipment thefts from rental yards in Kootenai and Bonner counties (Grand Theft, Idaho Code § 18-2403 and § 18-2407). The owner of one of the victim businesses, Mr. Gordon Ashby of Northern Lakes Equipment Rental, has identified a former customer as a person of interest.

I am requesting the following records for the individual listed below, as permitted under the Driver's Privacy Protection Act, 18 U.S.C. § 2721(b)(1), for use by a law enforcement agency in carrying out its functions:

TAB:Name:|DUNMORE, Kasey Rae
TAB:Date of Birth:|07/14/1991
TAB:Idaho DL No.:|KD482913H
TAB:Records sought:|Most recent driver's license photograph; residential and mailing address history since 2022; all vehicles currently registered to her.

Please send the records to my attention by e-mail or to the address above. If you have questions I can be reached at the number below. Thank you for your assistance.

Respectfully,

Det. Sgt. Marcus T. Halvorsen
Detective Sergeant, ISP Investigations — District 1
Direct: (208) 555-0134
marcus.halvorsen@isp.idaho.gov

cc: Lt. Renee Solberg, District 1 Investigations Commander
    Case file D1-26-004417
"""
    make_pdf(o("bjj01.pdf"), t, font="Serif", title="ISP records request")
    label("bjj01", "born_digital", "state police letter on letterhead, director above signer, DMV photo/address request",
          "state-police", "Idaho State Police", "Marcus T. Halvorsen", "Detective Sergeant", "marcus.halvorsen@isp.idaho.gov", "(208) 555-0134",
          [S("Kasey Rae Dunmore", "1991-07-14", ("license", "KD482913H"))],
          ["ID Code 18-2403", "ID Code 18-2407", "18 USC 2721"], "none", None, "criminal_investigation",
          ["photo", "address", "vehicle"], "mail")

    # ---------------- bjj02: ERO informal email reply thread (eml, none)
    body = """Hi Carla,

It's for official use -- he's one of our targets, we're trying to locate him. He's
not in custody anywhere. I just need current employer name/address and the last
couple quarters of wages, plus whatever residential address you have on the claim
side if he ever filed. Authority is 8 U.S.C. 1357.

Thanks again,
Rafael

Rafael Quintero
Deportation Officer
U.S. Immigration and Customs Enforcement
ERO Salt Lake City - Helena Sub-Office
Office: 406-555-0162 | Cell: 406-555-0163
rafael.quintero@ice.dhs.gov

-----Original Message-----
From: DLI UI Records <uirecords@mt.gov>
Sent: Tuesday, October 6, 2026 9:41 AM
To: Quintero, Rafael <rafael.quintero@ice.dhs.gov>
Subject: RE: wage/employer check

Good morning Officer Quintero,

Before we can process this, can you tell us the purpose of the request and the
legal authority? We also need the date of birth you have for him.

Carla Bjornstad
Unemployment Insurance Division - Records
Montana Department of Labor & Industry

> -----Original Message-----
> From: Quintero, Rafael <rafael.quintero@ice.dhs.gov>
> Sent: Monday, October 5, 2026 4:12 PM
> To: DLI UI Records <uirecords@mt.gov>
> Subject: wage/employer check
>
> Hello,
> Can you guys run this one for me for employer and wage info?
>
> IBÁÑEZ ROJAS, Julio César
> DOB 02/11/1988
> A# 215-448-903
>
> Thx
> RQ
"""
    m = eml({"From": "\"Quintero, Rafael\" <rafael.quintero@ice.dhs.gov>", "To": "DLI UI Records <uirecords@mt.gov>",
             "Subject": "RE: RE: wage/employer check", "Date": "Tue, 06 Oct 2026 11:03:27 -0600",
             "Message-ID": "<a8f3c2e1.5512@ice.dhs.gov>"}, body)
    open(o("bjj02.eml"), "wb").write(m.as_bytes(policy=SMTP))
    label("bjj02", "eml", "informal ERO email reply quoting clerk's question and original ask",
          "dhs-ice-ero", "U.S. Immigration and Customs Enforcement, ERO Salt Lake City - Helena Sub-Office", "Rafael Quintero",
          "Deportation Officer", "rafael.quintero@ice.dhs.gov", "406-555-0162",
          [S("Julio César Ibáñez Rojas", "1988-02-11", ("a_number", "A215448903"))],
          ["8 USC 1357"], "none", None, "civil_immigration", ["employment", "wages", "address"], "email")

    # ---------------- bjj03: I-247A detainer by fax with cover sheet
    t = """
## FACSIMILE TRANSMITTAL
C: U.S. Department of Homeland Security — Immigration and Customs Enforcement
C: Enforcement and Removal Operations · New Orleans Field Office · Criminal Alien Program
C: 1250 Poydras Street, Suite 325, New Orleans, LA 70113
---
TAB:DATE:|10/21/2026
TAB:TO:|Records Office / Classification — Louisiana Dept. of Public Safety & Corrections, Elayn Hunt Correctional Center
TAB:TO FAX:|(225) 555-0188
TAB:FROM:|DO Tamika R. Boudreaux, ERO New Orleans CAP
TAB:PHONE:|(504) 555-0177
TAB:FAX:|(504) 555-0178
TAB:PAGES:|3 (including cover)
TAB:RE:|Immigration detainer — NGUYEN, Van Thanh — DOC # 614882

Please lodge the attached detainer and serve a copy on the inmate. Kindly notify this office of the projected release date. Questions: call the number above or the ERO Law Enforcement Support Center at (802) 555-0105, 24 hours.

CONFIDENTIALITY NOTICE: This facsimile may contain law enforcement sensitive information. If you received it in error, notify the sender and destroy all copies.
===PAGE===
R: DHS Form I-247A (3/17)
#C DEPARTMENT OF HOMELAND SECURITY
## IMMIGRATION DETAINER – NOTICE OF ACTION
TAB:Subject ID:|388102554
TAB:Event #:|NOL2610001842
TAB:File No:|A 078 551 230
TAB:Date:|October 21, 2026
TAB:TO: (Name and Title of Institution)|Elayn Hunt Correctional Center, St. Gabriel, LA
TAB:FROM: (DHS Office Address)|ICE ERO New Orleans, 1250 Poydras St., New Orleans, LA 70113
TAB:Name of Alien:|NGUYEN, Van Thanh
TAB:Date of Birth:|03/22/1984
TAB:Citizenship:|VIETNAM
TAB:Sex:|M
# 1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON:
[X] A final order of removal against the alien;
[ ] The pendency of ongoing removal proceedings against the alien;
[ ] Biometric confirmation of the alien's identity and a records check of federal databases;
[ ] Statements made by the alien to an immigration officer.
# 2. DHS REQUESTS THAT YOU:
[X] Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody.
[X] Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody.
[X] Serve a copy of this form on the alien.
This detainer arises from DHS authorities and should not impede the originating or reinstating of any criminal charges. It is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. § 287.7.
 
(Signature of Immigration Officer)  /s/ Tamika R. Boudreaux
(Name and Title of Immigration Officer)  Tamika R. Boudreaux, Deportation Officer
===PAGE===
#C NOTICE TO THE DETAINEE
The Department of Homeland Security (DHS) has placed an immigration detainer on you. An immigration detainer is a notice from DHS informing law enforcement agencies that DHS intends to assume custody of you after you otherwise would be released from custody. If you believe you are a United States citizen or the victim of a crime, please advise DHS by calling the ICE Law Enforcement Support Center toll free at (855) 555-0148.
TAB:Name:|NGUYEN, Van Thanh     DOC # 614882
TAB:File No:|A 078 551 230
#C CERTIFICATE OF SERVICE
I certify that I served the alien with a copy of this form: ____________________  Date/time: __________
"""
    p = tmp_pdf("bjj03", t, font="Sans", size=9.5)
    fax(p, o("bjj03.tif"), rng, "OCT-21-2026 14:22  FROM:ICE ERO NOLA CAP 5045550178  TO:2255550188")
    label("bjj03", "fax", "fax cover sheet + I-247A detainer to state corrections",
          "dhs-ice-ero", "ICE Enforcement and Removal Operations, New Orleans Field Office", "Tamika R. Boudreaux",
          "Deportation Officer", None, "(504) 555-0177",
          [S("Van Thanh Nguyen", "1984-03-22", ("a_number", "A078551230"), ("other", "614882"))],
          ["INA 236", "INA 287", "8 CFR 287.7"], "detainer", "I-247A", "civil_immigration", ["other"], "fax")

    # ---------------- bjj04: I-138 immigration enforcement subpoena to Nebraska DMV
    t = """
#C U.S. Department of Homeland Security
#C Immigration and Customs Enforcement
## IMMIGRATION ENFORCEMENT SUBPOENA
C: To Appear and/or Produce Records  (8 U.S.C. § 1225(d) and 8 C.F.R. § 287.4)
---
TAB:Subpoena No.:|ERO-STP-2026-0571
TAB:In the matter of:|Abdirahman Farah WARSAME  (A209 771 456)
TAB:To:|Custodian of Records, Nebraska Department of Motor Vehicles, Driver and Vehicle Records Division, 301 Centennial Mall South, Lincoln, NE 68509
By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED to produce the records described below, in connection with an investigation or inquiry relating to the enforcement of the immigration laws of the United States, including the alien's admissibility to and removability from the United States.
TAB:Place of production:|ICE ERO Omaha Sub-Office, 1717 Avenue H East, Omaha, NE 68110
TAB:Date / time:|November 9, 2026, 10:00 a.m. (production by mail or e-mail in lieu of appearance is acceptable)
# Records to be produced:
1. All driver license and state identification card applications for Abdirahman Farah WARSAME, date of birth September 30, 1995, Nebraska operator's license no. H21846607, including documents presented to establish identity and lawful status.
2. The most recent digital photograph.
3. All residential and mailing addresses on file.
4. Registration and title records for any vehicle registered to the subject.
This subpoena is issued under the authority of section 235(d) of the Immigration and Nationality Act, 8 U.S.C. § 1225(d), and 8 C.F.R. § 287.4. Failure to comply with this subpoena may result in the Department of Homeland Security requesting an order from a United States District Court requiring compliance, and failure to obey such order may be punished as contempt of court (8 U.S.C. § 1225(d)(4)(B)).
 
TAB:Issued by:|/s/ Kurt L. Brandvold
TAB:Name and title:|Kurt L. Brandvold, Assistant Field Office Director, ERO St. Paul Field Office (Omaha Sub-Office)
TAB:Telephone:|(402) 555-0119
TAB:E-mail:|kurt.brandvold@ice.dhs.gov
TAB:Date issued:|October 26, 2026
---
#C CERTIFICATE OF SERVICE
Served on ______________________ by [ ] personal delivery [X] certified mail [ ] e-mail on ____________, 2026.
R: DHS Form I-138 (Rev. 08/08)
"""
    make_pdf(o("bjj04.pdf"), t, font="Sans", size=9.5, title="Form I-138")
    label("bjj04", "born_digital", "DHS Form I-138 immigration enforcement subpoena to DMV, district-court enforcement clause",
          "dhs-ice-ero", "U.S. Department of Homeland Security, Immigration and Customs Enforcement, ERO St. Paul Field Office (Omaha Sub-Office)",
          "Kurt L. Brandvold", "Assistant Field Office Director", "kurt.brandvold@ice.dhs.gov", "(402) 555-0119",
          [S("Abdirahman Farah Warsame", "1995-09-30", ("a_number", "A209771456"), ("license", "H21846607"))],
          ["8 USC 1225", "8 CFR 287.4", "INA 235"], "administrative_subpoena", "I-138", "civil_immigration",
          ["license", "identity_documents", "photo", "address", "vehicle"], "mail")

    # ---------------- bjj05: email + I-200 attachment to WYDOT
    i200 = """
R: Form I-200 (Rev. 09/16)
#C U.S. DEPARTMENT OF HOMELAND SECURITY
## WARRANT FOR ARREST OF ALIEN
TAB:File No.|A 201 554 877
TAB:Date:|September 29, 2026
To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations
I have determined that there is probable cause to believe that  HÉCTOR MANUEL ESPINOZA GÓMEZ  is removable from the United States. This determination is based upon:
[ ] the execution of a charging document to initiate removal proceedings against the subject;
[X] the pendency of ongoing removal proceedings against the subject;
[ ] the failure to establish admissibility subsequent to deferred inspection;
[X] biometric confirmation of the subject's identity and a records check of federal databases that affirmatively indicate, by themselves or in addition to other reliable information, that the subject either lacks immigration status or notwithstanding such status is removable under U.S. immigration law; and/or
[ ] statements made voluntarily by the subject to an immigration officer.
YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality Act, the above-named alien.
 
(Signature of Authorized Immigration Officer)   /s/ Raymond T. Kessler
(Printed Name and Title of Authorized Immigration Officer)   Raymond T. Kessler, Supervisory Detention and Deportation Officer, ERO Denver
---
#C Certificate of Service
I hereby certify that the Warrant for Arrest of Alien was served by me at _____________ on ____________ (Date) and the contents of this notice were read to him or her in the ______________ language.
Name and Signature of Officer ____________________   Name or Number of Interpreter (if applicable) ______________
"""
    p = tmp_pdf("bjj05_I200", i200, font="Sans", size=9.5)
    body = """Good afternoon,

Please see the attached administrative warrant (I-200) for the subject below. ERO Denver
is requesting the subject's current residential address and any vehicles registered in
his name in Wyoming. This request is made under 8 USC 1357.

  Name:  ESPINOZA GÓMEZ, Héctor Manuel
  DOB:   12/01/1979
  A#:    A201554877
  Last known city: Rock Springs, WY

Please reply to me directly. Thank you for your help.

V/r,
Dana L. Pruitt
Deportation Officer
ICE Enforcement and Removal Operations | Denver Field Office – Casper
(307) 555-0126 (desk)
dana.l.pruitt@ice.dhs.gov

WARNING: This document is UNCLASSIFIED//FOR OFFICIAL USE ONLY (U//FOUO). It contains
information that may be exempt from public release under the Freedom of Information Act.
"""
    m = eml({"From": "\"Pruitt, Dana L\" <dana.l.pruitt@ice.dhs.gov>", "To": "dot-driverservices@wyo.gov",
             "Subject": "Records request - ESPINOZA GOMEZ - I-200 attached", "Date": "Wed, 30 Sep 2026 13:47:02 -0600",
             "Message-ID": "<4471.pruitt@ice.dhs.gov>"}, body,
            attach=[("I-200_A201554877.pdf", open(p, "rb").read(), "application", "pdf")])
    open(o("bjj05.eml"), "wb").write(m.as_bytes(policy=SMTP))
    label("bjj05", "eml", "ERO email asking DMV for address/vehicles with Form I-200 PDF attached",
          "dhs-ice-ero", "ICE Enforcement and Removal Operations, Denver Field Office – Casper", "Dana L. Pruitt",
          "Deportation Officer", "dana.l.pruitt@ice.dhs.gov", "(307) 555-0126",
          [S("Héctor Manuel Espinoza Gómez", "1979-12-01", ("a_number", "A201554877"))],
          ["8 USC 1357", "INA 236", "INA 287", "8 CFR 287"], "administrative_warrant", "I-200", "civil_immigration",
          ["address", "vehicle"], "email")

    # ---------------- bjj06: Oklahoma County search warrant, scanned (OKCPD)
    t = """
#C OKLAHOMA CITY POLICE DEPARTMENT
C: Robbery Unit · 701 Colcord Drive · Oklahoma City, OK 73102
---
November 2, 2026

Service Oklahoma — Driver License Records
Attn: Law Enforcement Liaison
2401 N. Lincoln Blvd., Oklahoma City, OK 73105

Re: Search Warrant SW-2026-0918 (OCPD Case 26-118604)

Enclosed is a search warrant issued by the District Court of Oklahoma County for driver license and vehicle records of the two persons named in it. Please deliver the responsive records to me at the address above or by e-mail. Thank you.

Det. Corey D. Blankenship, #1827
Robbery Unit, Oklahoma City Police Department
(405) 555-0152  ·  corey.blankenship@okc.gov
===PAGE===
#C IN THE DISTRICT COURT OF OKLAHOMA COUNTY
#C STATE OF OKLAHOMA
TAB:STATE OF OKLAHOMA|Case No. SW-2026-0918
## SEARCH WARRANT
THE STATE OF OKLAHOMA, TO ANY SHERIFF, POLICEMAN, OR LAW ENFORCEMENT OFFICER IN OKLAHOMA COUNTY:
Proof by affidavit having been this day made before me by Detective Corey D. Blankenship of the Oklahoma City Police Department, and I being satisfied that there is probable cause to believe that evidence of the crime of Robbery with a Dangerous Weapon, in violation of 21 O.S. § 801, is contained in the records described below, which are located at Service Oklahoma, 2401 N. Lincoln Blvd., Oklahoma City, Oklahoma:
1. All driver license and identification card records, including applications, photographs and address history, for WHITCOMB, Tyler James, DOB 04/09/1993, Oklahoma DL D087654321;
2. The same records for PHAM, Desirae Nicole, DOB 11/02/1996;
3. Registration and title records for all vehicles listed to either person since January 1, 2025.
YOU ARE THEREFORE COMMANDED to search for and seize the records described above, pursuant to 22 O.S. § 1223, and to make return of this warrant within ten (10) days.
Dated this 30th day of October, 2026, at 3:40 o'clock p.m.
 
/s/ Lorraine M. Pettigrew
JUDGE OF THE DISTRICT COURT
Hon. Lorraine M. Pettigrew, District Judge
===PAGE===
#C RETURN AND INVENTORY
I received the attached search warrant on October 30, 2026, and executed it as follows: records requested from Service Oklahoma on November 2, 2026.
Inventory: ____________________________________________
__________________________  Det. Corey D. Blankenship
Subscribed and sworn before me this ____ day of ____________, 20__.   ______________ Judge
"""
    p = tmp_pdf("bjj06", t, font="Serif", size=10.5)
    scan(p, o("bjj06.pdf"), rng, turn={2: 180}, dpi=200)
    label("bjj06", "scanned", "municipal detective cover letter + state district court search warrant; last page upside down",
          "local-police", "Oklahoma City Police Department", "Corey D. Blankenship", "Detective", "corey.blankenship@okc.gov", "(405) 555-0152",
          [S("Tyler James Whitcomb", "1993-04-09", ("license", "D087654321")), S("Desirae Nicole Pham", "1996-11-02")],
          ["21 OS 801", "22 OS 1223"], "judicial_warrant", None, "criminal_investigation",
          ["license", "photo", "address", "vehicle"], "mail")

    # ---------------- bjj07: AO 110 federal grand jury subpoena + AUSA letter (SD)
    t = """
#C U.S. Department of Justice
#C United States Attorney's Office — District of South Dakota
C: 325 S. First Avenue, Suite 300 · Sioux Falls, SD 57104 · (605) 555-0140
C: Marcus D. Engebretson, United States Attorney
---
R: 2 November 2026
Custodian of Records
South Dakota Department of Labor and Regulation
Reemployment Assistance Division
420 S. Roosevelt St., Aberdeen, SD 57401

Re: Grand Jury Subpoena No. GJ 26-114

Dear Custodian:

Enclosed is a subpoena issued by a federal grand jury sitting in Sioux Falls that is investigating possible violations of federal criminal law, including wire fraud and conspiracy (18 U.S.C. §§ 1343 and 1349). In lieu of personal appearance, you may comply by producing the requested records to the undersigned on or before the return date, together with a completed certificate of authenticity.

Because grand jury matters are secret under Fed. R. Crim. P. 6(e), we ask that you not disclose the existence of this subpoena to the persons named in it. This subpoena is issued under Fed. R. Crim. P. 17.

Sincerely,

Jennifer A. Lindqvist
Assistant United States Attorney
(605) 555-0141 · jennifer.lindqvist@usdoj.gov
===PAGE===
R: AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
## UNITED STATES DISTRICT COURT
C: for the
C: District of South Dakota
## SUBPOENA TO TESTIFY BEFORE A GRAND JURY
To: Custodian of Records, South Dakota Department of Labor and Regulation, Reemployment Assistance Division
YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.
TAB:Place:|U.S. Courthouse, 400 S. Phillips Ave., Sioux Falls, SD 57104 — Grand Jury Room
TAB:Date and Time:|11/24/2026 9:00 am
You must also bring with you the following documents, electronically stored information, or objects:
All quarterly wage records reported by any employer, all unemployment insurance claim files (initial and continued claims, including claimant-supplied addresses, telephone numbers and bank deposit information) from January 1, 2023 to present for:
   KOVALENKO, Dmytro — DOB 06/17/1982 — SSN XXX-XX-4471
   KOVALENKO, Oksana — DOB 01/30/1985 — SSN XXX-XX-9026
together with the names and addresses of all employers reporting wages for either person.
 
Date: 11/02/2026                CLERK OF COURT
                                /s/ Teresa A. Vollmer
                                Signature of Clerk or Deputy Clerk
The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are:
Jennifer A. Lindqvist, AUSA, 325 S. First Avenue, Suite 300, Sioux Falls, SD 57104, jennifer.lindqvist@usdoj.gov, (605) 555-0141
"""
    make_pdf(o("bjj07.pdf"), t, font="Serif", title="AO 110")
    label("bjj07", "born_digital", "AUSA cover letter + AO 110 federal grand jury subpoena for wage and UI claim records, two subjects",
          "doj-usao", "United States Attorney's Office — District of South Dakota", "Jennifer A. Lindqvist",
          "Assistant United States Attorney", "jennifer.lindqvist@usdoj.gov", "(605) 555-0141",
          [S("Dmytro Kovalenko", "1982-06-17", ("ssn_last4", "4471")), S("Oksana Kovalenko", "1985-01-30", ("ssn_last4", "9026"))],
          ["18 USC 1343", "18 USC 1349", "FRCrP 6", "FRCrP 17"], "grand_jury_subpoena", "AO 110", "criminal_investigation",
          ["wages", "claims", "employment", "address", "phone", "other"], "mail")

    # ---------------- bjj08: Warwick RI PD email, multipart/alternative (none)
    txt = """Good morning,

I'm working a larceny case (R.I. Gen. Laws § 11-41-1) out of the Warwick Mall. Store loss
prevention (Janelle Fortin, LP manager) gave us two names off a returned-merchandise
receipt. Could DMV provide license photos and the current addresses on file for:

  1. Mariana DE LA CRUZ ORTEGA, DOB 05/19/1990
  2. Luis Alberto PEÑA, DOB 08/23/1987, RI license 3104772

Requested under 18 U.S.C. § 2721(b)(1). WPD case # 26-41187.

Thank you,

Det. Kevin J. Medeiros
Warwick Police Department – Detective Division
99 Veterans Memorial Drive, Warwick, RI 02886
Tel. 401-555-0117
kmedeiros@warwickri.gov
"""
    html = "<html><body><p>Good morning,</p><p>I'm working a larceny case (R.I. Gen. Laws &sect; 11-41-1) out of the Warwick Mall. Store loss prevention (Janelle Fortin, LP manager) gave us two names off a returned-merchandise receipt. Could DMV provide license photos and the current addresses on file for:</p><ol><li>Mariana DE LA CRUZ ORTEGA, DOB 05/19/1990</li><li>Luis Alberto PE&Ntilde;A, DOB 08/23/1987, RI license 3104772</li></ol><p>Requested under 18 U.S.C. &sect; 2721(b)(1). WPD case # 26-41187.</p><p>Thank you,</p><p><b>Det. Kevin J. Medeiros</b><br>Warwick Police Department &ndash; Detective Division<br>99 Veterans Memorial Drive, Warwick, RI 02886<br>Tel. 401-555-0117<br><a href='mailto:kmedeiros@warwickri.gov'>kmedeiros@warwickri.gov</a></p></body></html>"
    m = eml({"From": "Kevin Medeiros <kmedeiros@warwickri.gov>", "To": "DMV.LawEnforcement@dmv.ri.gov",
             "Subject": "Photo / address request - WPD 26-41187", "Date": "Thu, 15 Oct 2026 08:12:55 -0400",
             "Message-ID": "<20261015081255.77@warwickri.gov>"}, txt, html=html)
    open(o("bjj08.eml"), "wb").write(m.as_bytes(policy=SMTP))
    label("bjj08", "eml", "municipal detective multipart/alternative email, two subjects, witness named",
          "local-police", "Warwick Police Department", "Kevin J. Medeiros", "Detective", "kmedeiros@warwickri.gov", "401-555-0117",
          [S("Mariana de la Cruz Ortega", "1990-05-19"), S("Luis Alberto Peña", "1987-08-23", ("license", "3104772"))],
          ["RIGL 11-41-1", "18 USC 2721"], "none", None, "criminal_investigation", ["photo", "address"], "email")

    # ---------------- bjj09: I-247D by fax to Idaho Department of Correction
    t = """
#C ICE — ENFORCEMENT AND REMOVAL OPERATIONS
#C Salt Lake City Field Office — Boise Sub-Office
C: 1185 S. Vinnell Way, Boise, ID 83709   ·   Tel (208) 555-0109   ·   Fax (208) 555-0108
## FAX
To: Idaho Department of Correction — Central Records / Offender Management
Fax: (208) 555-0190
From: SDDO Paula Ventresca
Date: 19 Oct 2026        Pages: 2
Message: Detainer for IDOC inmate SOKOLOV, #117734. Please acknowledge receipt by return fax. Thank you.
===PAGE===
R: DHS Form I-247D (5/15)
#C DEPARTMENT OF HOMELAND SECURITY
## IMMIGRATION DETAINER – REQUEST FOR VOLUNTARY ACTION
TAB:Subject ID:|401773920
TAB:Event #:|SLC2610002219
TAB:File No:|A 087 334 129
TAB:Date:|10/19/2026
TAB:TO:|Idaho Department of Correction, Idaho State Correctional Institution, Kuna, ID
TAB:Name of Alien:|SOKOLOV, Aleksandr Yurievich
TAB:Date of Birth:|08/08/1977
TAB:Citizenship:|RUSSIA
TAB:Institution ID:|IDOC #117734
# THE SUBJECT IS A PRIORITY FOR REMOVAL BECAUSE HE/SHE:
[X] has been convicted of an offense listed in the priorities for removal.
# IT IS THEREFORE REQUESTED THAT YOU:
[X] Maintain custody of the subject for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released.
[X] Provide notice of the subject's release date and time to DHS.
[X] Provide a copy of this form to the subject.
This request is made pursuant to sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. § 287.7.
 
/s/ Paula Ventresca
Paula Ventresca, Supervisory Detention and Deportation Officer
"""
    p = tmp_pdf("bjj09", t, font="Sans", size=10)
    fax(p, o("bjj09.tif"), rng, "10/19/2026 09:05 ICE ERO BOISE (208)5550108")
    label("bjj09", "fax", "ERO fax cover + Form I-247D detainer (request for voluntary action) to state corrections",
          "dhs-ice-ero", "ICE Enforcement and Removal Operations, Salt Lake City Field Office — Boise Sub-Office", "Paula Ventresca",
          "Supervisory Detention and Deportation Officer", None, "(208) 555-0109",
          [S("Aleksandr Yurievich Sokolov", "1977-08-08", ("a_number", "A087334129"), ("other", "117734"))],
          ["INA 236", "INA 287", "8 CFR 287.7"], "detainer", "I-247D", "civil_immigration", ["other"], "fax")

    # ---------------- bjj10: Arkansas circuit court order (born digital), deputy prosecutor
    t = """
#C OFFICE OF THE PROSECUTING ATTORNEY
#C SIXTH JUDICIAL DISTRICT — PULASKI AND PERRY COUNTIES
C: 224 S. Spring Street, Little Rock, Arkansas 72201 · (501) 555-0171
---
November 4, 2026

Arkansas Department of Human Services
Office of Chief Counsel — Records Requests
P.O. Box 1437, Slot S260
Little Rock, AR 72203-1437

Re: In the Matter of the Application for Production of Records — Case No. 60CR-26-2291

Please find enclosed a certified copy of the Order entered by the Pulaski County Circuit Court directing production of the records described therein. Kindly produce the records to my office within fourteen days. Contact me with any questions.

Allison K. Treadwell
Deputy Prosecuting Attorney
atreadwell@pulaskicounty.net · (501) 555-0171
===PAGE===
#C IN THE CIRCUIT COURT OF PULASKI COUNTY, ARKANSAS
#C SIXTH DIVISION
TAB:STATE OF ARKANSAS|PLAINTIFF
TAB:v.   No. 60CR-26-2291|
TAB:SHANICE MARIE COLBERT|DEFENDANT
## ORDER FOR PRODUCTION OF RECORDS
On this day comes on for consideration the State's motion, by Deputy Prosecuting Attorney Allison K. Treadwell, for production of records held by the Arkansas Department of Human Services. The Court, having reviewed the motion and the affidavit of Investigator Ray Ellison of the Prosecutor's Medicaid Fraud Unit, finds that the records are relevant and material to the pending prosecution for Medicaid fraud, Ark. Code Ann. § 5-55-111, and theft of property, Ark. Code Ann. § 5-36-103, and that the confidentiality interests are outweighed by the need for the records.
IT IS THEREFORE ORDERED that the Arkansas Department of Human Services shall produce to the Office of the Prosecuting Attorney the following for SHANICE MARIE COLBERT, date of birth October 23, 1994, and DARNELL RAY COLBERT, date of birth March 1, 1991:
(a) all applications and renewals for Medicaid, SNAP and TEA benefits from 2022 to present;
(b) benefit issuance histories;
(c) all addresses and telephone numbers reported to the Department.
The records shall be used only in this criminal proceeding and shall not be further disclosed except as permitted by the Court.
IT IS SO ORDERED.
 
/s/ Gregory L. Ashworth
CIRCUIT JUDGE
Date: November 3, 2026
"""
    make_pdf(o("bjj10.pdf"), t, font="Serif", title="Order")
    label("bjj10", "born_digital", "deputy prosecutor cover letter + state circuit court order to human services, two subjects",
          "district-attorney", "Office of the Prosecuting Attorney, Sixth Judicial District (Pulaski and Perry Counties)", "Allison K. Treadwell",
          "Deputy Prosecuting Attorney", "atreadwell@pulaskicounty.net", "(501) 555-0171",
          [S("Shanice Marie Colbert", "1994-10-23"), S("Darnell Ray Colbert", "1991-03-01")],
          ["AR Code 5-55-111", "AR Code 5-36-103"], "court_order", None, "criminal_investigation",
          ["benefits", "address", "phone"], "mail")

    # ---------------- bjj11: FBI Honolulu HTML-only email to Hawaii DLIR
    html = """<html><head><style>p{font-family:Calibri,Arial;font-size:11pt}</style></head><body>
<p>Aloha,</p>
<p>I am a Special Agent with the FBI Honolulu Field Office assigned to an active investigation involving aggravated identity theft (18 U.S.C. &sect; 1028A) and bank fraud (18 U.S.C. &sect; 1344). I'm hoping your office can assist with employment information on the following individual:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Name</b></td><td>FONOTI, Liane Malia</td></tr>
<tr><td><b>DOB</b></td><td>1992-08-05</td></tr>
<tr><td><b>SSN (last 4)</b></td><td>6620</td></tr>
</table>
<p>Specifically: current and former employers reported since 2024, quarterly wages, and the mailing address on any UI claim. If a formal request or subpoena is required on your end, please let me know and I will have one prepared.</p>
<p>Mahalo,</p>
<p>Keoni A. Kahananui<br>Special Agent<br>Federal Bureau of Investigation &ndash; Honolulu<br>91-1300 Enterprise Street, Kapolei, HI 96707<br>(808) 555-0138 (o)<br>kakahananui@fbi.gov</p>
<p style="font-size:8pt;color:gray">This message may contain law enforcement sensitive information. If you are not the intended recipient, please delete it.</p>
</body></html>"""
    m = eml({"From": "\"Kahananui, Keoni A. (HN) (FBI)\" <kakahananui@fbi.gov>", "To": "dlir.ui.records@hawaii.gov",
             "Cc": "dlir.legal@hawaii.gov", "Subject": "Employment info request", "Date": "Mon, 19 Oct 2026 10:30:14 -1000",
             "Message-ID": "<HN-77120.kk@fbi.gov>"}, None, html=html)
    open(o("bjj11.eml"), "wb").write(m.as_bytes(policy=SMTP))
    label("bjj11", "eml", "FBI agent HTML-only email with table, offers subpoena if needed (not attached)",
          "doj-fbi", "Federal Bureau of Investigation – Honolulu", "Keoni A. Kahananui", "Special Agent", "kakahananui@fbi.gov", "(808) 555-0138",
          [S("Liane Malia Fonoti", "1992-08-05", ("ssn_last4", "6620"))],
          ["18 USC 1028A", "18 USC 1344"], "none", None, "criminal_investigation", ["employment", "wages", "address"], "email")

    # ---------------- bjj12: AO 88B civil subpoena, scanned (Kansas)
    t = """
R: AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of Premises in a Civil Action
## UNITED STATES DISTRICT COURT
C: for the
C: District of Kansas
TAB:RENEE L. HARTWELL,|
TAB:   Plaintiff|
TAB:v.|Civil Action No. 2:26-cv-02231-JWB-ADM
TAB:PRAIRIE FREIGHT LOGISTICS, LLC,|
TAB:   Defendant|
#C SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS OR TO PERMIT INSPECTION OF PREMISES IN A CIVIL ACTION
To: Custodian of Records, Kansas Department of Labor, 401 SW Topeka Blvd., Topeka, KS 66603
[X] Production: YOU ARE COMMANDED to produce at the time, date, and place set forth below the following documents, electronically stored information, or objects, and to permit inspection, copying, testing, or sampling of the material:
All quarterly wage reports, employer-reported separation information, and unemployment insurance claim records (including determinations and appeals) for Renee L. Hartwell, date of birth March 4, 1987, last four of SSN 2290, from January 1, 2022 to the present.
TAB:Place:|Whitacre & Moss LLP, 7300 W. 110th St., Suite 600, Overland Park, KS 66210
TAB:Date and Time:|12/01/2026 10:00 am
The following provisions of Fed. R. Civ. P. 45 are attached – Rule 45(c), relating to the place of compliance; Rule 45(d), relating to your protection as a person subject to a subpoena; and Rule 45(e) and (g), relating to your duty to respond to this subpoena and the potential consequences of not doing so.
Date: 10/28/2026                    CLERK OF COURT
                                    OR   /s/ Bradley S. Whitacre
                                    Attorney's signature
The name, address, e-mail address, and telephone number of the attorney representing Defendant Prairie Freight Logistics, LLC, who issues or requests this subpoena, are: Bradley S. Whitacre, Whitacre & Moss LLP, 7300 W. 110th St., Suite 600, Overland Park, KS 66210; bwhitacre@whitacremoss.com; (913) 555-0190
#C Notice to the person who issues or requests this subpoena
If this subpoena commands the production of documents, electronically stored information, or tangible things or the inspection of premises before trial, a notice and a copy of the subpoena must be served on each party in this case before it is served on the person to whom it is directed. Fed. R. Civ. P. 45(a)(4).
===PAGE===
#C Federal Rule of Civil Procedure 45 (c), (d), (e), and (g) (Effective 12/1/13)
(c) Place of Compliance. (1) For a Trial, Hearing, or Deposition. A subpoena may command a person to attend a trial, hearing, or deposition only as follows: (A) within 100 miles of where the person resides, is employed, or regularly transacts business in person ...
(d) Protecting a Person Subject to a Subpoena; Enforcement. (1) Avoiding Undue Burden or Expense; Sanctions. A party or attorney responsible for issuing and serving a subpoena must take reasonable steps to avoid imposing undue burden or expense on a person subject to the subpoena ...
(e) Duties in Responding to a Subpoena. (1) Producing Documents or Electronically Stored Information. ... (A) Documents. A person responding to a subpoena to produce documents must produce them as they are kept in the ordinary course of business ...
(g) Contempt. The court for the district where compliance is required ... may hold in contempt a person who, having been served, fails without adequate excuse to obey the subpoena or an order related to it.
"""
    p = tmp_pdf("bjj12", t, font="Serif", size=10)
    scan(p, o("bjj12.pdf"), rng, turn={1: 90}, dpi=200)
    label("bjj12", "scanned", "AO 88B civil subpoena issued by defence attorney in employment lawsuit; page 2 sideways",
          "other", "Whitacre & Moss LLP", "Bradley S. Whitacre", "Attorney", "bwhitacre@whitacremoss.com", "(913) 555-0190",
          [S("Renee L. Hartwell", "1987-03-04", ("ssn_last4", "2290"))],
          ["FRCP 45"], "court_subpoena", "AO 88B", "unknown", ["wages", "employment", "claims"], "mail")

    # ---------------- bjj13: DEA 21 USC 876 subpoena to Mississippi MDES (born digital)
    t = """
#C U.S. DEPARTMENT OF JUSTICE
#C DRUG ENFORCEMENT ADMINISTRATION
## SUBPOENA
TAB:Subpoena No.:|NO-26-GP-0412
TAB:File No.:|GP-26-0087
TAB:G-DEP Identifier:|GFAC9
TAB:TO:|Custodian of Records, Mississippi Department of Employment Security, 1235 Echelon Parkway, Jackson, MS 39213
By the service of this subpoena upon you, YOU ARE HEREBY REQUIRED, pursuant to Title 21, United States Code, Section 876, to appear before Group Supervisor Brandon E. Sutter, an officer of the Drug Enforcement Administration, at DEA Gulfport Resident Office, 2301 14th Street, Suite 400, Gulfport, MS 39501, on the 16th day of November, 2026, at 10:00 a.m., to testify and give information in connection with an investigation relating to the enforcement of the Controlled Substances Act (21 U.S.C. § 801 et seq.), including possession with intent to distribute controlled substances (21 U.S.C. § 841).
YOU ARE FURTHER REQUIRED to bring with you the following records for the period January 1, 2024 through the present:
Employer names, addresses, and quarterly wage information, and the address of record, for:
  (1) Jamarcus Dewayne PETTWAY, DOB 12/05/1990, SSN ending 5183
  (2) TRAN, Minh Khoa, DOB 04/28/1986, SSN ending 0749
Delivery of the records by mail or e-mail to the officer named below will be accepted in lieu of appearance.
Failure to comply with the requirements of this subpoena may render you liable to proceedings in a United States District Court to enforce obedience to the requirements of this subpoena, as provided by 21 U.S.C. § 876(c).
You are requested not to disclose the existence of this subpoena, as disclosure could impede the investigation.
 
TAB:Issued by:|/s/ Brandon E. Sutter
TAB:Title:|Group Supervisor, DEA New Orleans Field Division — Gulfport Resident Office
TAB:Telephone:|(228) 555-0144
TAB:E-mail:|brandon.e.sutter@dea.gov
TAB:Date:|October 30, 2026
"""
    make_pdf(o("bjj13.pdf"), t, font="Serif", size=10, title="DEA Subpoena")
    label("bjj13", "born_digital", "DEA administrative subpoena (21 USC 876) to state employment security agency, two subjects, district-court enforcement clause",
          "doj-dea", "Drug Enforcement Administration, New Orleans Field Division — Gulfport Resident Office", "Brandon E. Sutter",
          "Group Supervisor", "brandon.e.sutter@dea.gov", "(228) 555-0144",
          [S("Jamarcus Dewayne Pettway", "1990-12-05", ("ssn_last4", "5183")), S("Minh Khoa Tran", "1986-04-28", ("ssn_last4", "0749"))],
          ["21 USC 876", "21 USC 801", "21 USC 841"], "administrative_subpoena", None, "criminal_investigation",
          ["employment", "wages", "address"], "mail")

    # ---------------- bjj14: Maine BMV clerk forwards Border Patrol email as message/rfc822
    inner = eml({"From": "\"PELLETIER, TRAVIS N\" <travis.n.pelletier@cbp.dhs.gov>", "To": "bmv.records@maine.gov",
                 "Subject": "Request for info - 2 subjects", "Date": "Fri, 09 Oct 2026 15:20:41 -0400",
                 "Message-ID": "<HLT-5520.tnp@cbp.dhs.gov>"},
                """Good afternoon,

Houlton Station requests address, license photo and vehicle registration information
for the following two individuals, for official use. Authority: 8 U.S.C. 1357(a).

  YUSUF, Abdi Hassan     DOB 1993-03-17   A# 217 009 344
  MOHAMED, Hodan Ali     DOB 1996-07-02   Maine ID 6641207

Please respond to this email or call me.

BPA Travis N. Pelletier
U.S. Border Patrol - Houlton Station
U.S. Customs and Border Protection
(207) 555-0156
""")
    outer = eml({"From": "Records Desk <bmv.records@maine.gov>", "To": "Sandra Theriault <sandra.theriault@maine.gov>",
                 "Subject": "Fwd: Request for info - 2 subjects", "Date": "Mon, 12 Oct 2026 08:55:10 -0400",
                 "Message-ID": "<fwd-0912.bmv@maine.gov>"},
                """Sandy -

Forwarding the attached from Border Patrol. There's no crime listed and no paperwork
attached. Can Legal confirm whether we release under 29-A M.R.S. § 152 before I do
anything? I have not replied to him yet.

- Gail
Bureau of Motor Vehicles, Records Desk
""", forward=inner)
    open(o("bjj14.eml"), "wb").write(outer.as_bytes(policy=SMTP))
    label("bjj14", "eml", "state clerk forwards Border Patrol request as attached message/rfc822; two subjects",
          "dhs-cbp", "U.S. Border Patrol - Houlton Station, U.S. Customs and Border Protection", "Travis N. Pelletier",
          "Border Patrol Agent", "travis.n.pelletier@cbp.dhs.gov", "(207) 555-0156",
          [S("Abdi Hassan Yusuf", "1993-03-17", ("a_number", "A217009344")), S("Hodan Ali Mohamed", "1996-07-02", ("license", "6641207"))],
          ["8 USC 1357", "29-A MRS 152"], "none", None, "civil_immigration", ["address", "photo", "vehicle"], "email")

    # ---------------- bjj15: CBP Form 3115 summons by fax (Montana MVD)
    t = """
C: U.S. CUSTOMS AND BORDER PROTECTION — OFFICE OF FIELD OPERATIONS
C: PORT OF SWEETGRASS, MONTANA  ·  39825 Interstate 15, Sweetgrass, MT 59484
# FAX COVER
TO: Montana Motor Vehicle Division, Title & Registration Bureau — Records    FAX: (406) 555-0197
FROM: SCBPO Annika J. Rasmussen    TEL: (406) 555-0181    FAX: (406) 555-0182
DATE: 27 Oct 2026      PAGES: 2
Summons attached. Please return records to me by fax or email annika.rasmussen@cbp.dhs.gov.
===PAGE===
#C DEPARTMENT OF HOMELAND SECURITY
#C U.S. CUSTOMS AND BORDER PROTECTION
## SUMMONS
TAB:Summons No.:|SWG-2026-031
TAB:To:|Custodian of Records, Montana Department of Justice, Motor Vehicle Division, 1003 Buckskin Drive, Deer Lodge, MT 59722
In the matter of: an investigation of possible smuggling of merchandise into the United States in violation of 18 U.S.C. § 545, involving a 2019 Peterbilt 579 tractor, VIN 1XPBD49X0KD000000 (partial), and its registered owner.
Pursuant to section 509 of the Tariff Act of 1930, as amended (19 U.S.C. § 1509), YOU ARE HEREBY SUMMONED to appear before Supervisory CBP Officer Annika J. Rasmussen at the Port of Sweetgrass on November 12, 2026 at 9:00 a.m., and to produce the following records:
1. Certificate of title, registration history and lien records for the vehicle described above.
2. Driver license record, address history and all vehicles registered to BRIGHTWATER, Wesley Alan, DOB 06/19/1971, Montana DL 1197106190041.
Production of certified copies by mail or fax in advance of the date above will satisfy this summons.
Failure to comply with this summons will render you liable to proceedings in the United States District Court to enforce compliance with this summons, as well as other sanctions (19 U.S.C. § 1510).
 
Issued by: /s/ Annika J. Rasmussen, Supervisory CBP Officer        Date: 10/27/2026
R: CBP Form 3115 (06/12)
"""
    p = tmp_pdf("bjj15", t, font="Sans", size=10)
    fax(p, o("bjj15.tif"), rng, "27/10/2026 11:48  CBP SWEETGRASS  4065550182")
    label("bjj15", "fax", "CBP Form 3115 customs summons (19 USC 1509) by fax with cover, smuggling inquiry",
          "dhs-cbp", "U.S. Customs and Border Protection — Office of Field Operations, Port of Sweetgrass", "Annika J. Rasmussen",
          "Supervisory CBP Officer", "annika.rasmussen@cbp.dhs.gov", "(406) 555-0181",
          [S("Wesley Alan Brightwater", "1971-06-19", ("license", "1197106190041"))],
          ["18 USC 545", "19 USC 1509", "19 USC 1510"], "administrative_subpoena", "CBP Form 3115", "criminal_investigation",
          ["vehicle", "license", "address"], "fax")

    # ---------------- bjj16: SSA OIG letter to Alabama DHR (born digital, none)
    t = """
#C SOCIAL SECURITY ADMINISTRATION
#C OFFICE OF THE INSPECTOR GENERAL
C: Office of Investigations — Atlanta Field Division, Birmingham Office
C: 1200 Rev. Abraham Woods Jr. Blvd., Room 318, Birmingham, AL 35285
C: Special Agent in Charge: Deborah K. Llewellyn
---
R: 20 October 2026
Alabama Department of Human Resources
Office of Legal Services — Records
50 N. Ripley Street
Montgomery, AL 36130

Subject: Request for Information — SSA OIG Case No. ATL-2609-0044817

Dear Sir or Madam:

The Social Security Administration, Office of the Inspector General (SSA OIG) is investigating possible violations of 42 U.S.C. § 1383a(a) (fraudulent acts related to Supplemental Security Income) and 18 U.S.C. § 641 (theft of government funds). During this investigation, information was developed that the individuals listed below may have received public assistance administered by your department while reporting to SSA that the beneficiary resided in a different household.

TAB:Beneficiary:|Earl Wayne DOBBINS, DOB September 2, 1958, SSN XXX-XX-3317
TAB:Representative payee:|Glenda R. DOBBINS, DOB January 15, 1962

We request copies of any applications for assistance, household composition reported, addresses reported, and benefit payment histories for these individuals from January 2021 to the present. This request is made pursuant to the Privacy Act, 5 U.S.C. § 552a(b)(7), which permits disclosure to another agency for a civil or criminal law enforcement activity authorized by law. The information will be used for official purposes only.

Please direct any questions to me at the contact information below.

Sincerely,

LaToya S. McCrary
Special Agent
Telephone: 205-555-0129
E-mail: latoya.mccrary@ssa.gov

Footer: This letter contains sensitive information protected by the Privacy Act.
"""
    make_pdf(o("bjj16.pdf"), t, font="Sans", size=10, title="SSA OIG request")
    label("bjj16", "born_digital", "SSA OIG letter, SAC above signer, beneficiary and representative payee",
          "ssa-oig", "Social Security Administration, Office of the Inspector General, Office of Investigations", "LaToya S. McCrary",
          "Special Agent", "latoya.mccrary@ssa.gov", "205-555-0129",
          [S("Earl Wayne Dobbins", "1958-09-02", ("ssn_last4", "3317")), S("Glenda R. Dobbins", "1962-01-15")],
          ["42 USC 1383a", "18 USC 641", "5 USC 552a"], "none", None, "criminal_investigation",
          ["benefits", "address", "other"], "mail")

    # ---------------- bjj17: Cass County ND sheriff email, mentions warrant not attached
    body = """Good morning,

We have an active Cass County District Court arrest warrant (09-2026-CR-01877) on the
subject below for aggravated assault, N.D.C.C. 12.1-17-02. He hasn't been at his last
known address for a couple months. Could you send me the last address on his DL record
and any vehicles registered to him? He may also be driving a vehicle registered to his
girlfriend, Kelsey Anne Morin (DOB 3 Feb 1998) -- can you check her registrations too?

  LINDGREN, Travis Duane   DOB 14 Nov 1994   ND OL LIN-94-1147

I don't have a copy of the warrant in front of me but can get it to you if you need it.

Thanks,

Cpl. Aaron J. Whitlock
Warrants Division
Cass County Sheriff's Office
211 9th Street South, Fargo, ND 58103
Desk 701-555-0114 | awhitlock@casscountynd.gov

CONFIDENTIALITY: This e-mail and any attachments are intended only for the addressee
and may contain criminal justice information.
"""
    m = eml({"From": "Aaron Whitlock <awhitlock@casscountynd.gov>", "To": "dotdl@nd.gov",
             "Subject": "Address / vehicle check - Lindgren", "Date": "Tue, 27 Oct 2026 07:58:03 -0500",
             "Message-ID": "<CCSO.26.1027.0758@casscountynd.gov>"}, body)
    open(o("bjj17.eml"), "wb").write(m.as_bytes(policy=SMTP))
    label("bjj17", "eml", "sheriff deputy email mentioning a court arrest warrant that is not attached; two subjects",
          "sheriff", "Cass County Sheriff's Office", "Aaron J. Whitlock", "Corporal", "awhitlock@casscountynd.gov", "701-555-0114",
          [S("Travis Duane Lindgren", "1994-11-14", ("license", "LIN941147")), S("Kelsey Anne Morin", "1998-02-03")],
          ["NDCC 12.1-17-02"], "none", None, "criminal_investigation", ["address", "vehicle"], "email")

    # ---------------- bjj18: SC magistrate search warrant for DEW records, SLED (scanned)
    t = """
#C STATE OF SOUTH CAROLINA
TAB:COUNTY OF RICHLAND|SEARCH WARRANT No. M-487112
## SEARCH WARRANT
TO ANY CONSTABLE, AGENT OF THE SOUTH CAROLINA LAW ENFORCEMENT DIVISION, OR OTHER LAW ENFORCEMENT OFFICER:
WHEREAS, Special Agent Whitney C. Gaillard of the South Carolina Law Enforcement Division has this day made oath before me that there is probable cause to believe that the following records, which are evidence of the crime of obtaining unemployment benefits by false statement (S.C. Code Ann. § 41-41-10) and financial identity fraud (S.C. Code Ann. § 16-13-510), are being kept by the South Carolina Department of Employment and Workforce, 1550 Gadsden Street, Columbia, SC 29201:
All unemployment insurance claims filed in the name of, or using the identifiers of, GABRIEL ÁNGEL NÚÑEZ-FERRER (DOB 01/15/1989); all claimant-supplied mailing addresses, e-mail addresses and telephone numbers; login/IP records for the claimant portal; and all wage records reported for him from 2023 to date.
NOW THEREFORE, you are hereby authorized and directed, pursuant to S.C. Code Ann. § 17-13-140, to search for and seize the records described above, and to make due return within ten days.
 
Given under my hand and seal this 5th day of November, 2026.
/s/ Rupert O. Kinard
Hon. Rupert O. Kinard, Magistrate, Richland County
===PAGE===
#C AFFIDAVIT FOR SEARCH WARRANT
PERSONALLY appeared before me Special Agent Whitney C. Gaillard, SLED Financial Crimes Unit, who being duly sworn deposes and says: In August 2026 the victim, Ms. Araceli Montoya of Lexington, reported that an unemployment claim had been filed using her Social Security number; DEW Benefit Integrity records show payments were directed to an address associated with GABRIEL ÁNGEL NÚÑEZ-FERRER.
Affiant: /s/ W. C. Gaillard, Special Agent, SLED — (803) 555-0121 — wgaillard@sled.sc.gov
Sworn to before me this 5th day of November, 2026.  /s/ R. O. Kinard, Magistrate
"""
    p = tmp_pdf("bjj18", t, font="Serif", size=10.5)
    scan(p, o("bjj18.pdf"), rng, dpi=220)
    label("bjj18", "scanned", "state magistrate search warrant + affidavit for unemployment claims records; victim named",
          "state-police", "South Carolina Law Enforcement Division", "Whitney C. Gaillard", "Special Agent", "wgaillard@sled.sc.gov", "(803) 555-0121",
          [S("Gabriel Ángel Núñez-Ferrer", "1989-01-15")],
          ["SC Code 41-41-10", "SC Code 16-13-510", "SC Code 17-13-140"], "judicial_warrant", None, "criminal_investigation",
          ["claims", "address", "email", "phone", "wages", "other"], "mail")

    # ---------------- bjj19: Maine criminal trial subpoena (born digital)
    t = """
#C STATE OF MAINE
TAB:CUMBERLAND, ss.|UNIFIED CRIMINAL DOCKET
TAB:|Docket No. CUMCD-CR-2026-03318
TAB:STATE OF MAINE|
TAB:v.|SUBPOENA
TAB:TREVOR ALAN GRONDIN|(Witness and Documents — M.R.U. Crim. P. 17)
TO: Custodian of Records, Maine Department of Labor, Bureau of Unemployment Compensation, 54 State House Station, Augusta, ME 04333
YOU ARE COMMANDED to appear at the Cumberland County Courthouse, 205 Newbury Street, Portland, Maine, on December 7, 2026 at 8:30 a.m., to testify in the above-entitled criminal case on behalf of the State, and to bring with you:
Quarterly wage records for TREVOR ALAN GRONDIN, date of birth August 27, 1985, from 2024 Q1 through 2026 Q3, including the names and addresses of reporting employers.
The charge is Theft by Deception, 17-A M.R.S. § 354. The alleged victim is Hollis Marine Supply (Donna Pelkey, owner).
In lieu of appearance, the records may be provided to the Office of the District Attorney with a certification that complies with M.R. Evid. 803(6) and 902(11). Records are requested notwithstanding 26 M.R.S. § 1082(7), which permits disclosure under a subpoena.
 
Dated: October 29, 2026           /s/ M. Gagnon, Deputy Clerk
                                  Clerk, Unified Criminal Docket
Subpoena requested by:
Caroline E. Thibodeau, Assistant District Attorney
Office of the District Attorney, Prosecutorial District Two (Cumberland County)
142 Federal Street, Portland, ME 04101
(207) 555-0125 · cthibodeau@cumberlandcounty.org
---
Failure to obey this subpoena without adequate excuse may be deemed contempt of court.
"""
    make_pdf(o("bjj19.pdf"), t, font="Serif", title="Subpoena")
    label("bjj19", "born_digital", "state criminal trial subpoena for wage records, requested by ADA; victim named",
          "district-attorney", "Office of the District Attorney, Prosecutorial District Two (Cumberland County)", "Caroline E. Thibodeau",
          "Assistant District Attorney", "cthibodeau@cumberlandcounty.org", "(207) 555-0125",
          [S("Trevor Alan Grondin", "1985-08-27")],
          ["ME CrimP 17", "17-A MRS 354", "ME R Evid 803", "ME R Evid 902", "26 MRS 1082"], "court_subpoena", None, "criminal_investigation",
          ["wages", "employment"], "mail")

    # ---------------- bjj20: DOL OIG email with IG subpoena PDF (Connecticut)
    sub = """
#C UNITED STATES DEPARTMENT OF LABOR
#C OFFICE OF INSPECTOR GENERAL
## SUBPOENA DUCES TECUM
TAB:Subpoena No.:|OIG-OI-26-1187
TAB:To:|Custodian of Records, Connecticut Department of Labor, Benefit Payment Control Unit, 200 Folly Brook Blvd., Wethersfield, CT 06109
In the matter of: Investigation No. 26-NY-0133-UI
YOU ARE HEREBY COMMANDED, pursuant to the Inspector General Act of 1978, as amended, 5 U.S.C. § 406(a)(4), to produce to the Office of Inspector General, U.S. Department of Labor, the following documents on or before November 20, 2026:
For each of the claimants identified below: all unemployment insurance initial and continued claims filed from March 2024 to present, including claimant-reported addresses, telephone numbers and e-mail addresses, IP addresses captured at filing, and the bank account or debit card to which payments were sent.
   1. ADEBAYO, Olumide — DOB 07/11/1990 — SSN ending 8812
   2. BONDARENKO, Kateryna — DOB 02/25/1993 — SSN ending 0457
   3. ALTAGRACIA REYES, José Luis — DOB 10/30/1984 — SSN ending 3396
Disclosure of this information is authorized by 20 C.F.R. § 603.5 and Conn. Gen. Stat. § 31-254.
In case of contumacy or refusal to obey, this subpoena shall be enforceable by order of any appropriate United States district court.
 
IN TESTIMONY WHEREOF, the undersigned has hereunto set her hand this 30th day of October, 2026.
/s/ Colette M. Ambrose
Deputy Inspector General, U.S. Department of Labor
"""
    p = tmp_pdf("bjj20_sub", sub, font="Serif", size=10)
    body = """Good morning,

Please find attached an Inspector General subpoena for UI claims records related to an
ongoing investigation of a multi-state unemployment insurance fraud scheme (18 U.S.C.
§ 1343). The three claimants are listed in the subpoena. Electronic production to this
address is fine; please call me with any questions about scope.

Regards,

Priya N. Raghavan
Special Agent
U.S. Department of Labor – Office of Inspector General
Office of Investigations – Labor Racketeering and Fraud, New York Region (Hartford post)
Office: 860-555-0131
raghavan.priya@oig.dol.gov
"""
    m = eml({"From": "\"Raghavan, Priya - OIG\" <raghavan.priya@oig.dol.gov>", "To": "dol.bpc@ct.gov",
             "Subject": "DOL-OIG Subpoena OIG-OI-26-1187", "Date": "Fri, 30 Oct 2026 10:05:44 -0400",
             "Message-ID": "<OIG.1187.pr@oig.dol.gov>"}, body,
            attach=[("OIG-OI-26-1187_Subpoena.pdf", open(p, "rb").read(), "application", "pdf")])
    open(o("bjj20.eml"), "wb").write(m.as_bytes(policy=SMTP))
    label("bjj20", "eml", "DOL OIG agent email with inspector-general subpoena PDF attached, three subjects",
          "dol-oig", "U.S. Department of Labor – Office of Inspector General", "Priya N. Raghavan", "Special Agent",
          "raghavan.priya@oig.dol.gov", "860-555-0131",
          [S("Olumide Adebayo", "1990-07-11", ("ssn_last4", "8812")), S("Kateryna Bondarenko", "1993-02-25", ("ssn_last4", "0457")),
           S("José Luis Altagracia Reyes", "1984-10-30", ("ssn_last4", "3396"))],
          ["18 USC 1343", "5 USC 406", "20 CFR 603.5", "CGS 31-254"], "administrative_subpoena", None, "criminal_investigation",
          ["claims", "address", "phone", "email", "other"], "email")

    # ---------------- bjj21: Vermont DMV web-form submission (txt)
    t = """VERMONT DEPARTMENT OF MOTOR VEHICLES
Law Enforcement Records Request - Online Submission
Submission ID: LE-2026-10-3381
Submitted: 2026-10-22 02:17:44 (EDT)
Delivered to: dmv.lerequests@vermont.gov
--------------------------------------------------------------
REQUESTING AGENCY
  Agency: Vermont State Police - St. Albans Barracks
  ORI: VTVSP0500
  Officer name: Tpr. Mitchell E. Lavallee
  Badge/ID: 1432
  Phone: 802-555-0147
  Email: mitchell.lavallee@vermont.gov

SUBJECT
  Last name: BOUCHARD
  First name: Kaylee
  Middle: J
  DOB: 02/14/2001
  VT Operator License #: 12345678
  Other identifiers: (none)

REQUEST
  Records requested: [x] Driver history  [x] License photo  [ ] Registration  [ ] Address history
  Case/Incident #: 26A503921
  Reason for request: Fatal crash investigation - operator suspected of DUI, 23 V.S.A. § 1201.
  Permissible use (DPPA): [x] 18 U.S.C. 2721(b)(1) - government agency function

CERTIFICATION
  [x] I certify that this information is requested for a legitimate law enforcement
      purpose and will be used only for that purpose.
--------------------------------------------------------------
This is an automated message. Do not reply.
"""
    open(o("bjj21.txt"), "w", encoding="utf-8").write(t)
    label("bjj21", "txt", "state DMV online law-enforcement request form submission (plain text)",
          "state-police", "Vermont State Police - St. Albans Barracks", "Mitchell E. Lavallee", "Trooper", "mitchell.lavallee@vermont.gov", "802-555-0147",
          [S("Kaylee J. Bouchard", "2001-02-14", ("license", "12345678"))],
          ["23 VSA 1201", "18 USC 2721"], "none", None, "criminal_investigation", ["license", "photo"], "email")

    # ---------------- bjj22: ERO Honolulu letter + I-205 (born digital)
    t = """
#C U.S. Department of Homeland Security
#C U.S. Immigration and Customs Enforcement
#C Enforcement and Removal Operations — San Francisco Field Office
C: Honolulu Sub-Office · 595 Ala Moana Blvd., Honolulu, HI 96813
C: Field Office Director: Bethany L. Carrow
---
R: November 5, 2026
City and County of Honolulu
Department of Customer Services — Motor Vehicle, Licensing and Permits Division
Attn: Records
1199 Dillingham Blvd., Honolulu, HI 96817

To Whom It May Concern:

The subject identified below is subject to a final order of removal and a Warrant of Removal/Deportation (Form I-205, copy enclosed). ERO Honolulu respectfully requests the current residential address and the most recent driver license photograph on file, in order to effect the removal ordered under 8 U.S.C. § 1231.

Name: FAUMUINA, Sione Tavita     DOB: 05/06/1983     A-Number: A096 412 385

Please direct your response to the undersigned.

Keith M. Yamashiro
Supervisory Detention and Deportation Officer
(808) 555-0166 · keith.m.yamashiro@ice.dhs.gov
===PAGE===
R: Form I-205 (Rev. 08/01/07)
#C U.S. DEPARTMENT OF HOMELAND SECURITY
## WARRANT OF REMOVAL/DEPORTATION
TAB:File No:|A096 412 385
TAB:Date:|10/15/2026
To any immigration officer of the United States Department of Homeland Security:
(Full name of alien)  SIONE TAVITA FAUMUINA
who entered the United States at  Honolulu, HI  on  06/14/2004
is subject to removal/deportation from the United States, based upon a final order by:
[X] an immigration judge in exclusion, deportation, or removal proceedings
[ ] a designated official
[ ] the Board of Immigration Appeals
[ ] a United States District or Magistrate Court Judge
and pursuant to the following provisions of the Immigration and Nationality Act:
Section 237(a)(2)(A)(iii)
I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary of Homeland Security under the laws of the United States and by his or her direction, command you to take into custody and remove from the United States the above-named alien, pursuant to law, at the expense of: the Department of Homeland Security.
 
(Signature of immigration officer)  /s/ Bethany L. Carrow
(Title of immigration officer)  Field Office Director, San Francisco
(Date and office location)  10/15/2026, San Francisco, CA
"""
    make_pdf(o("bjj22.pdf"), t, font="Sans", size=10, title="ERO letter")
    label("bjj22", "born_digital", "ERO letter (FOD above signer) + Form I-205 with district/magistrate judge checkbox unchecked",
          "dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations — San Francisco Field Office (Honolulu Sub-Office)",
          "Keith M. Yamashiro", "Supervisory Detention and Deportation Officer", "keith.m.yamashiro@ice.dhs.gov", "(808) 555-0166",
          [S("Sione Tavita Faumuina", "1983-05-06", ("a_number", "A096412385"))],
          ["8 USC 1231", "INA 237"], "administrative_warrant", "I-205", "civil_immigration", ["address", "photo"], "mail")

    # ---------------- bjj23: FBI email + AO 93 search warrant PDF (Connecticut DMV)
    aw = """
R: AO 93 (Rev. 11/13) Search and Seizure Warrant
## UNITED STATES DISTRICT COURT
C: for the
C: District of Connecticut
TAB:In the Matter of the Search of|
TAB:Records maintained by the Connecticut|Case No. 3:26-mj-00814 (RMS)
TAB:Department of Motor Vehicles, as described|
TAB:in Attachment A|
## SEARCH AND SEIZURE WARRANT
To: Any authorized law enforcement officer
An application by a federal law enforcement officer or an attorney for the government requests the search of the following person or property located in the District of Connecticut: see Attachment A.
I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the person or property described above, and that such search will reveal: see Attachment B.
YOU ARE COMMANDED to execute this warrant on or before November 16, 2026 (not to exceed 14 days) [X] in the daytime 6:00 a.m. to 10:00 p.m.
Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for the property taken to the person from whom, or from whose premises, the property was taken.
The officer executing this warrant, or an officer present during the execution of the warrant, must prepare an inventory as required by law and promptly return this warrant and inventory to the duty magistrate judge.
[ ] Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result listed in 18 U.S.C. § 2705.
Date and time issued: 11/02/2026 2:15 pm        /s/ Nathaniel P. Brewster
                                                 Judge's signature
City and state: New Haven, Connecticut          Hon. Nathaniel P. Brewster, United States Magistrate Judge
===PAGE===
#C ATTACHMENT A — Property to be searched
Records held by the State of Connecticut Department of Motor Vehicles, 60 State Street, Wethersfield, CT 06161.
#C ATTACHMENT B — Particular things to be seized
Records relating to violations of 18 U.S.C. § 2119 (carjacking) and 18 U.S.C. § 371 (conspiracy), for:
  a. Anthony Rocco SALERNO-VEGA, DOB 1999-01-27, CT operator license 192837465;
  b. Mirela HODŽIĆ, DOB 2000-09-18;
namely: license and ID applications and photographs, address history, and registration records of all vehicles registered to either person.
"""
    p = tmp_pdf("bjj23_ao93", aw, font="Serif", size=10)
    body = """Hello,

Attached is a federal search warrant signed yesterday by Magistrate Judge Brewster for
DMV records on two subjects in a carjacking investigation. We'd appreciate the records
as soon as possible. Please e-mail them to me or call and I'll arrange pickup.

SA Derek M. Kowalczyk
FBI New Haven | Violent Crimes Task Force
600 State Street, New Haven, CT 06511
O: 203-555-0153  C: 203-555-0159
dmkowalczyk@fbi.gov
"""
    m = eml({"From": "\"Kowalczyk, Derek M. (NH) (FBI)\" <dmkowalczyk@fbi.gov>", "To": "DMV.Legal@ct.gov",
             "Subject": "Search warrant - DMV records (3:26-mj-00814)", "Date": "Tue, 03 Nov 2026 09:14:30 -0500",
             "Message-ID": "<NH-31177.dmk@fbi.gov>"}, body,
            attach=[("Signed_Warrant_3-26-mj-00814.pdf", open(p, "rb").read(), "application", "pdf")])
    open(o("bjj23.eml"), "wb").write(m.as_bytes(policy=SMTP))
    label("bjj23", "eml", "FBI email with AO 93 federal search warrant PDF attached; two subjects in Attachment B",
          "doj-fbi", "FBI New Haven", "Derek M. Kowalczyk", "Special Agent", "dmkowalczyk@fbi.gov", "203-555-0153",
          [S("Anthony Rocco Salerno-Vega", "1999-01-27", ("license", "192837465")), S("Mirela Hodžić", "2000-09-18")],
          ["18 USC 3103a", "18 USC 2705", "18 USC 2119", "18 USC 371"], "judicial_warrant", "AO 93", "criminal_investigation",
          ["license", "photo", "address", "vehicle"], "email")

    # ---------------- bjj24: WV circuit court order, WVSP (scanned)
    t = """
#C WEST VIRGINIA STATE POLICE
#C Bureau of Criminal Investigations — Charleston Field Office
C: Colonel J. T. McClanahan, Superintendent
---
November 6, 2026
West Virginia Department of Human Services
Office of the General Counsel
350 Capitol Street, Charleston, WV 25301
Enclosed please find an Order of the Circuit Court of Kanawha County directing release of records relating to the below-named individual in connection with an ongoing criminal investigation. Please forward responsive records to me.
Sergeant Dustin R. Hager
West Virginia State Police, BCI
(304) 555-0112 · dustin.r.hager@wv.gov
===PAGE===
#C IN THE CIRCUIT COURT OF KANAWHA COUNTY, WEST VIRGINIA
TAB:IN RE: APPLICATION OF THE|
TAB:WEST VIRGINIA STATE POLICE|Misc. Case No. 26-MISC-417
TAB:FOR RELEASE OF RECORDS|Judge Charlotte M. Dingess
## ORDER
This matter came before the Court on the verified application of Sergeant Dustin R. Hager, West Virginia State Police, for an order directing the West Virginia Department of Human Services to release records concerning BRITTANY LYNN SHREWSBURY (DOB 07/30/1997). The Court FINDS that the records are sought in an active criminal investigation of child neglect resulting in death, W. Va. Code § 61-8D-4a, and that disclosure is permitted by W. Va. Code § 49-5-101 upon order of a court.
It is therefore ORDERED that the Department shall release to the West Virginia State Police: all Child Protective Services referrals and case records concerning the household of Brittany Lynn Shrewsbury; all SNAP and WV WORKS benefit records; and all addresses reported, from January 1, 2024 to the present.
The records shall be used only for purposes of the criminal investigation and any resulting prosecution.
ENTERED this 5th day of November, 2026.
/s/ Charlotte M. Dingess
CIRCUIT JUDGE
"""
    p = tmp_pdf("bjj24", t, font="Serif", size=10.5)
    scan(p, o("bjj24.pdf"), rng, dpi=240)
    label("bjj24", "scanned", "state police cover letter (superintendent above) + circuit court order for human-services records",
          "state-police", "West Virginia State Police, Bureau of Criminal Investigations", "Dustin R. Hager", "Sergeant", "dustin.r.hager@wv.gov", "(304) 555-0112",
          [S("Brittany Lynn Shrewsbury", "1997-07-30")],
          ["WV Code 61-8D-4a", "WV Code 49-5-101"], "court_order", None, "criminal_investigation",
          ["other", "benefits", "address"], "mail")

    # ---------------- bjj25: HSI Manchester letter to NH DMV (born digital, none)
    t = """
#C U.S. Department of Homeland Security
#C Homeland Security Investigations
C: Office of the Special Agent in Charge, Boston — Manchester Resident Office
C: 1000 Elm Street, Suite 1100, Manchester, NH 03101
C: Resident Agent in Charge: Thomas J. Gianakos
---
R: 9 November 2026
New Hampshire Department of Safety
Division of Motor Vehicles — Bureau of Records Management
23 Hazen Drive, Concord, NH 03305

RE: HSI Case MA14QR26MA0022 — request for driver license records

Dear Records Manager:

HSI Manchester is investigating an organization suspected of alien smuggling and of supplying fraudulent identity documents, in violation of 8 U.S.C. § 1324 and 18 U.S.C. § 1546. I respectfully request, under RSA 260:14 (release of motor vehicle records to law enforcement agencies) and 18 U.S.C. § 2721(b)(1), copies of the following records for:

   • Bashir Mohamed GULEED — date of birth 29 Feb 1984 — NH license NHL84022911
   • Fartun Ahmed NUR — date of birth 10 Oct 1990

(1) All license / non-driver ID applications and the identity and residency documents presented with them; (2) digital images; (3) address history.

Please treat this request as law enforcement sensitive and do not notify the subjects.

Very respectfully,

Nicolás A. Ferreira
Special Agent
HSI Manchester
Desk (603) 555-0173 | nicolas.a.ferreira@hsi.dhs.gov

cc: AUSA Gretchen Moylan, District of New Hampshire
"""
    make_pdf(o("bjj25.pdf"), t, font="Serif", title="HSI request")
    label("bjj25", "born_digital", "HSI special agent letter (RAC above), smuggling/document fraud, two subjects, AUSA cc",
          "dhs-ice-hsi", "Homeland Security Investigations, Manchester Resident Office", "Nicolás A. Ferreira", "Special Agent",
          "nicolas.a.ferreira@hsi.dhs.gov", "(603) 555-0173",
          [S("Bashir Mohamed Guleed", "1984-02-29", ("license", "NHL84022911")), S("Fartun Ahmed Nur", "1990-10-10")],
          ["8 USC 1324", "18 USC 1546", "NH RSA 260:14", "18 USC 2721"], "none", None, "criminal_investigation",
          ["license", "identity_documents", "photo", "address"], "mail")

    # ---------------- bjj26: EBR DA email with JPEG of subpoena duces tecum (Louisiana)
    sd = """
#C NINETEENTH JUDICIAL DISTRICT COURT
#C PARISH OF EAST BATON ROUGE · STATE OF LOUISIANA
TAB:STATE OF LOUISIANA|DOCKET NO. DC-25-04417
TAB:VERSUS|SECTION 6
TAB:DESHAWN KEITH BATISTE|
## SUBPOENA DUCES TECUM
TO: Custodian of Records, Louisiana Workforce Commission, 1001 N. 23rd Street, Baton Rouge, LA 70802
YOU ARE HEREBY COMMANDED, pursuant to La. C.Cr.P. art. 732, to appear before the Nineteenth Judicial District Court, 300 North Boulevard, Baton Rouge, on December 8, 2026 at 9:30 a.m., to testify at the trial of the above-captioned matter (La. R.S. 14:30.1), and to bring with you:
All employment and wage records, including employer names and addresses, for DESHAWN KEITH BATISTE, DOB 9/3/1995, for the period January 1, 2025 through June 30, 2025.
Issued at the request of ADA Monique T. Broussard, East Baton Rouge Parish District Attorney's Office.
Baton Rouge, Louisiana, this 26th day of October, 2026.
/s/ K. Landry, Deputy Clerk of Court
"""
    p = tmp_pdf("bjj26_sdt", sd, font="Serif", size=11)
    jpg = page_image(p, "bjj26img", rng, fmt="JPEG")
    body = """Good afternoon --

Attached is a subpoena duces tecum for Mr. Batiste's employment/wage records for trial
in December. If the records can be produced with a business-records affidavit ahead of
time we will not need a live custodian. Our defense-alibi witness (Tremaine Jackson)
claims he was at work that week, so the first half of 2025 is what matters.

Thanks very much,

Monique T. Broussard
Assistant District Attorney | Trial Division
Office of the District Attorney, 19th Judicial District
East Baton Rouge Parish
222 St. Louis Street, Suite 550, Baton Rouge, LA 70802
(225) 555-0185 | mbroussard@ebrda.org
"""
    m = eml({"From": "Monique Broussard <mbroussard@ebrda.org>", "To": "LWC Legal <legal@lwc.la.gov>",
             "Subject": "SDT - State v. Batiste DC-25-04417", "Date": "Mon, 26 Oct 2026 15:33:09 -0500",
             "Message-ID": "<20261026.mtb.4417@ebrda.org>"}, body,
            attach=[("SDT_Batiste_LWC.jpg", jpg, "image", "jpeg")])
    open(o("bjj26.eml"), "wb").write(m.as_bytes(policy=SMTP))
    label("bjj26", "eml", "ADA email with photographed state subpoena duces tecum (JPEG) for trial; defense witness named",
          "district-attorney", "Office of the District Attorney, 19th Judicial District, East Baton Rouge Parish", "Monique T. Broussard",
          "Assistant District Attorney", "mbroussard@ebrda.org", "(225) 555-0185",
          [S("DeShawn Keith Batiste", "1995-09-03")],
          ["LA CCrP 732", "LA RS 14:30.1"], "court_subpoena", None, "criminal_investigation", ["employment", "wages"], "email")

    # ---------------- bjj27: Evansville PD faxed request form to Indiana BMV (fax, none)
    t = """
#C EVANSVILLE POLICE DEPARTMENT
C: 15 NW Martin Luther King Jr. Blvd. · Evansville, Indiana 47708
## LAW ENFORCEMENT REQUEST FOR BMV RECORDS
TAB:Date of request:|2026-10-16
TAB:To:|Indiana Bureau of Motor Vehicles — Records / Law Enforcement Liaison
TAB:Fax to:|(317) 555-0192
TAB:Requesting officer:|Det. Lamont R. Greer
TAB:Unit:|Auto Theft Unit
TAB:Badge no.:|611
TAB:Phone:|(812) 555-0168
TAB:E-mail:|lgreer@evansvillepolice.com
TAB:Case number:|EPD 26-038812
TAB:Offense:|Auto theft, IC 35-43-4-2.5
---
# SUBJECT INFORMATION
TAB:Last name:|PETROVIĆ
TAB:First / Middle:|Zoran
TAB:DOB:|1979-11-03
TAB:IN DL/ID No.:|1234-56-7890
# RECORDS REQUESTED
[X] Registration / title history      [X] Current address      [X] Digital photo
[ ] Driver record      [ ] Other: ____________
Permissible use: 18 U.S.C. § 2721(b)(1)
Officer signature: /s/ L. R. Greer          Supervisor: Sgt. Amy Brodbeck
"""
    p = tmp_pdf("bjj27", t, font="Sans", size=11)
    fax(p, o("bjj27.tif"), rng, "Oct 16 2026 03:51PM EVANSVILLE PD DET 8125550169")
    label("bjj27", "fax", "municipal police faxed fill-in request form (label/value columns) to BMV",
          "local-police", "Evansville Police Department", "Lamont R. Greer", "Detective", "lgreer@evansvillepolice.com", "(812) 555-0168",
          [S("Zoran Petrović", "1979-11-03", ("license", "1234567890"))],
          ["IC 35-43-4-2.5", "18 USC 2721"], "none", None, "criminal_investigation", ["vehicle", "address", "photo"], "fax")

    # ---------------- bjj28: AUSA letter + 2703(d)-style federal order (District of Delaware)
    t = """
#C U.S. Department of Justice
#C United States Attorney's Office, District of Delaware
C: Hercules Building, 1313 N. Market Street, Wilmington, DE 19801
---
November 10, 2026
Delaware Department of Labor
Division of Unemployment Insurance — Attn: Legal / Records
4425 N. Market Street, Wilmington, DE 19802

Re: Order under 18 U.S.C. § 2703(d), Misc. No. 26-412-MN

Dear Records Officer:

Enclosed is a court order directing the Division of Unemployment Insurance, as operator of the online claimant portal, to disclose account and log records for the accounts described in the order. The order also prohibits notifying the account holders under 18 U.S.C. § 2705(b). Please contact me when the records are ready.

Colin T. Ridgeway
Assistant United States Attorney
(302) 555-0136 · colin.ridgeway@usdoj.gov
===PAGE===
#C UNITED STATES DISTRICT COURT
#C FOR THE DISTRICT OF DELAWARE
TAB:IN THE MATTER OF THE APPLICATION OF|
TAB:THE UNITED STATES OF AMERICA FOR AN|Misc. No. 26-412-MN
TAB:ORDER PURSUANT TO 18 U.S.C. § 2703(d)|
## ORDER
The United States has submitted an application pursuant to 18 U.S.C. § 2703(d), requesting that the Court issue an Order requiring the Delaware Department of Labor, Division of Unemployment Insurance, to disclose the records and other information described in Attachment A to this Order.
The Court finds that the United States has offered specific and articulable facts showing that there are reasonable grounds to believe that the records or other information sought are relevant and material to an ongoing criminal investigation into wire fraud and identity fraud (18 U.S.C. §§ 1343 and 1028).
IT IS ORDERED, pursuant to 18 U.S.C. § 2703(d), that the Division shall, within ten days of the date of this Order, disclose to the United States the records described in Attachment A.
IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that the Division shall not disclose the existence of the application or this Order to the listed account holders or any other person.
 
November 9, 2026                         /s/ Evelyn R. Moberly
                                         HON. EVELYN R. MOBERLY
                                         UNITED STATES MAGISTRATE JUDGE
#C ATTACHMENT A
For claimant portal accounts registered to CRYSTAL DAWN RUNNING CRANE (DOB 1988-04-04) and JARED MICHAEL STUART (DOB 1991-12-19), from July 1, 2025 to present: account registration information (names, postal and e-mail addresses, telephone numbers), login history with IP addresses and timestamps, and claims filed through the accounts.
"""
    make_pdf(o("bjj28.pdf"), t, font="Serif", size=10, title="2703(d) order")
    label("bjj28", "born_digital", "AUSA cover letter + federal 18 USC 2703(d)-style order to state UI agency, two subjects",
          "doj-usao", "United States Attorney's Office, District of Delaware", "Colin T. Ridgeway", "Assistant United States Attorney",
          "colin.ridgeway@usdoj.gov", "(302) 555-0136",
          [S("Crystal Dawn Running Crane", "1988-04-04"), S("Jared Michael Stuart", "1991-12-19")],
          ["18 USC 2703", "18 USC 2705", "18 USC 1343", "18 USC 1028"], "court_order", None, "criminal_investigation",
          ["address", "email", "phone", "claims", "other"], "mail")

    # ---------------- bjj29: ATF email saved as plain text (Kansas DOR)
    t = """From: Haskins, Jolene M. <jolene.haskins@atf.gov>
Sent: Wednesday, October 28, 2026 2:06 PM
To: KDOR DMV Records <kdor_dlrecords@ks.gov>
Subject: Photo/DL request - ATF Wichita Field Office

Good afternoon,

ATF Wichita is investigating a suspected firearms straw purchaser (false statement in
connection with acquisition of a firearm, 18 U.S.C. § 922(a)(6), and 18 U.S.C. § 924(a)).
I'd like a copy of the DL photo and the address history for:

    Cody Ray HUTCHENS
    DOB: Nov. 30, 1997
    KS DL: K08-77-3319

The FFL owner who sold the guns (Mr. Phil Draper) has already given a statement, so
this is for photo-lineup purposes.

Thank you,

Jolene M. Haskins
Special Agent | ATF Kansas City Field Division – Wichita Field Office
Bureau of Alcohol, Tobacco, Firearms and Explosives
Desk 316-555-0124 | jolene.haskins@atf.gov
"""
    open(o("bjj29.txt"), "w", encoding="utf-8").write(t)
    label("bjj29", "txt", "ATF agent email saved as plain text (header block), FFL witness named",
          "doj-atf", "ATF Kansas City Field Division – Wichita Field Office", "Jolene M. Haskins", "Special Agent",
          "jolene.haskins@atf.gov", "316-555-0124",
          [S("Cody Ray Hutchens", "1997-11-30", ("license", "K08773319"))],
          ["18 USC 922", "18 USC 924"], "none", None, "criminal_investigation", ["photo", "address"], "email")

    # ---------------- bjj30: NH state grand jury subpoena (scanned)
    t = """
#C THE STATE OF NEW HAMPSHIRE
TAB:HILLSBOROUGH, SS.|SUPERIOR COURT — NORTHERN DISTRICT
## GRAND JURY SUBPOENA DUCES TECUM
TO: Keeper of Records, New Hampshire Employment Security, 45 South Fruit Street, Concord, NH 03301
YOU ARE HEREBY COMMANDED, all excuses set aside, to appear before the GRAND JURY for the County of Hillsborough, at the Hillsborough County Superior Court, 300 Chestnut Street, Manchester, New Hampshire, on the 3rd day of December, 2026 at 9:00 o'clock in the forenoon, to give evidence of what you know relating to an investigation then and there to be heard, and to bring with you:
All wage records, employer reports and unemployment compensation claim records from January 1, 2024 to date for:
   PHUONG THI LE, date of birth June 21, 1992
   RYAN P. CALLAHAN, date of birth December 9, 1988
The Grand Jury is investigating possible Theft by Deception, RSA 637:4. Records held confidential under RSA 282-A:118 may be produced in response to this subpoena. Personal appearance will be excused if certified copies are delivered to the Hillsborough County Attorney's Office before the return date.
HEREOF FAIL NOT, as you will answer your default under the pains and penalties of the law.
Dated November 9, 2026.
/s/ Jennifer R. Haley, Clerk of Court
Requested by: Meghan L. Corriveau, Assistant County Attorney, Hillsborough County Attorney's Office, 300 Chestnut Street, Manchester, NH 03101 — (603) 555-0128 — mcorriveau@hcanh.org
"""
    p = tmp_pdf("bjj30", t, font="Serif", size=11)
    scan(p, o("bjj30.pdf"), rng, dpi=220)
    label("bjj30", "scanned", "state (county) grand jury subpoena duces tecum for wage/claims records, two subjects",
          "district-attorney", "Hillsborough County Attorney's Office", "Meghan L. Corriveau", "Assistant County Attorney",
          "mcorriveau@hcanh.org", "(603) 555-0128",
          [S("Phuong Thi Le", "1992-06-21"), S("Ryan P. Callahan", "1988-12-09")],
          ["NH RSA 637:4", "NH RSA 282-A:118"], "grand_jury_subpoena", None, "criminal_investigation",
          ["wages", "employment", "claims"], "mail")

    # ---------------- bjj31: ICE (no component) portal submission to Delaware DMV, mentions warrant not attached
    t = """==== Delaware Division of Motor Vehicles ====
==== Law Enforcement Information Request (web portal) ====

Request #: DE-LEIR-0091472
Received: 11/12/2026 06:41 AM

Requesting agency ........ U.S. Immigration & Customs Enforcement
Requester name ........... Jamal K. Whitfield
Requester title .......... Officer
Work phone ............... 215-555-0149
Work e-mail .............. jamal.k.whitfield@ice.dhs.gov
Supervisor ............... (not provided)

Subject name ............. SAVCHUK, Bohdan Ihorovych
Subject DOB .............. 1994-04-12
Other ID ................. A240118765
DE license/ID # .......... (unknown)

Information requested .... current residential address; registered vehicles
Purpose / justification .. For official use. A warrant has been issued for this
                           individual. Request made pursuant to 8 USC 1357.
Legal process attached? .. [ ] Yes  [x] No

Attestation .............. I certify this request is for a legitimate
                           governmental purpose.  (checked)
"""
    open(o("bjj31.txt"), "w", encoding="utf-8").write(t)
    label("bjj31", "txt", "DMV portal submission from ICE officer, no component, says 'a warrant has been issued' but none attached",
          "dhs-ice", "U.S. Immigration & Customs Enforcement", "Jamal K. Whitfield", "Officer", "jamal.k.whitfield@ice.dhs.gov", "215-555-0149",
          [S("Bohdan Ihorovych Savchuk", "1994-04-12", ("a_number", "A240118765"))],
          ["8 USC 1357"], "none", None, "civil_immigration", ["address", "vehicle"], "email")

    # ---------------- bjj32: Fort Smith PD email in plain text, no reason given (unknown)
    t = """Date: Thu, 05 Nov 2026 16:22:18 -0600
From: Heather Wofford <hwofford@fortsmithar.gov>
To: ADWS Records <adws.records@arkansas.gov>
Subject: address/employer

Hi -- can you give me a current address and employer for Marisol IBARRA-QUINTANILLA,
DOB 9 Sep 1979? Trying to get in touch with her. Thanks.

Cpl. Heather D. Wofford
Fort Smith Police Department
100 S. 10th St., Fort Smith, AR 72901
479-555-0115

Sent from my iPhone
"""
    open(o("bjj32.txt"), "w", encoding="utf-8").write(t)
    label("bjj32", "txt", "terse municipal police email saved as text, no reason or authority",
          "local-police", "Fort Smith Police Department", "Heather D. Wofford", "Corporal", "hwofford@fortsmithar.gov", "479-555-0115",
          [S("Marisol Ibarra-Quintanilla", "1979-09-09")],
          [], "none", None, "unknown", ["address", "employment"], "email")


if __name__ == "__main__":
    os.makedirs(TMP, exist_ok=True)
    rng = random.Random(SEED)
    build(rng)
    for i, lab in LABELS.items():
        with open(o(f"{i}.expected.json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print(len(LABELS), "documents")
