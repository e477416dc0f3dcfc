#!/usr/bin/env python3
"""Builds the blind_xx sample set deterministically. Run with the project venv python."""
import io, json, os, random, subprocess, tempfile, textwrap
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/author_xx/work"
os.makedirs(TMP, exist_ok=True)
random.seed(4242)
RNG = np.random.default_rng(4242)
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("Sans", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("SansB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Serif", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("SerifB", FD + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Mono", FD + "DejaVuSansMono.ttf"))

def pdf_bytes(text, serif=False, size=10.5):
    """Tiny markup: '# ' centred bold, '## ' bold, '---' rule, '\\f' page break."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle("document"); c.setAuthor("")
    reg, bold = ("Serif", "SerifB") if serif else ("Sans", "SansB")
    W, H = letter
    for page in text.strip("\n").split("\f"):
        y = H - 60
        for raw in page.strip("\n").split("\n"):
            if raw.startswith("# "):
                c.setFont(bold, size + 2); c.drawCentredString(W / 2, y, raw[2:]); y -= size + 7; continue
            if raw.startswith("## "):
                c.setFont(bold, size); c.drawString(60, y, raw[3:]); y -= size + 5; continue
            if raw.strip() == "---":
                c.line(60, y + 5, W - 60, y + 5); y -= 8; continue
            c.setFont(reg, size)
            indent = len(raw) - len(raw.lstrip(" "))
            lines = textwrap.wrap(raw.strip(), width=int(92 * 10.5 / size) - indent) or [""]
            for ln in lines:
                c.drawString(60 + indent * 5, y, ln); y -= size + 4
                if y < 50:
                    c.showPage(); y = H - 60; c.setFont(reg, size)
        c.showPage()
    c.save()
    return buf.getvalue()

def raster(pdfb, dpi=200, tag="x"):
    p = os.path.join(TMP, tag + ".pdf")
    open(p, "wb").write(pdfb)
    for f in os.listdir(TMP):
        if f.startswith(tag + "-") and f.endswith(".png"):
            os.remove(os.path.join(TMP, f))
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", p, os.path.join(TMP, tag)], check=True)
    files = sorted(f for f in os.listdir(TMP) if f.startswith(tag + "-") and f.endswith(".png"))
    return [Image.open(os.path.join(TMP, f)).convert("L") for f in files]

def degrade(img, angle, flip=0):
    a = np.asarray(img).astype(np.float32)
    a = a * 0.82 + 30  # grey paper
    a += RNG.normal(0, 11, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=200)
    if flip:
        im = im.rotate(flip, expand=True)
    b = io.BytesIO(); im.save(b, "JPEG", quality=55); b.seek(0)
    return Image.open(b).convert("L")

def write_scanned(path, text, flips=None, serif=False):
    pages = raster(pdf_bytes(text, serif=serif), 200, os.path.basename(path))
    out = []
    for i, p in enumerate(pages):
        flip = (flips or {}).get(i, 0)
        out.append(degrade(p, random.uniform(0.5, 2.0) * random.choice([-1, 1]), flip))
    out[0].save(path, "PDF", resolution=200, save_all=True, append_images=out[1:])

def write_fax(path, text, header):
    pages = raster(pdf_bytes(text, serif=True), 200, os.path.basename(path))
    fnt = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 26)
    out = []
    n = len(pages)
    for i, p in enumerate(pages):
        p = p.rotate(random.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=255)
        d = ImageDraw.Draw(p)
        d.rectangle([0, 0, p.width, 45], fill=255)
        d.text((30, 10), f"{header}   P.{i+1:03d}/{n:03d}", font=fnt, fill=0)
        a = np.asarray(p).astype(np.float32) + RNG.normal(0, 17, (p.height, p.width))
        out.append(Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).convert("1"))
    out[0].save(path, compression="group4", dpi=(200, 200), save_all=True, append_images=out[1:])

def png_of(text, fmt="PNG", tag="att"):
    pages = raster(pdf_bytes(text), 150, tag)
    b = io.BytesIO()
    if fmt == "PNG":
        pages[0].save(b, "PNG", optimize=True)
    else:
        pages[0].save(b, "JPEG", quality=70)
    return b.getvalue()

BASE = datetime(2026, 11, 2, 9, 14, tzinfo=timezone(timedelta(hours=-7)))
def mail(frm, to, subject, body=None, html=None, atts=(), n=0, cc=None, fwd=None):
    m = EmailMessage()
    m["From"] = frm; m["To"] = to
    if cc: m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(BASE + timedelta(days=n, hours=n % 5, minutes=7 * n))
    m["Message-ID"] = f"<bxx{n:02d}.{1000+n*37}@mail.example.gov>"
    if body and html:
        m.set_content(body); m.add_alternative(html, subtype="html")
    elif html:
        m.set_content(html, subtype="html")
    else:
        m.set_content(body)
    for name, data, mt in atts:
        maint, sub = mt.split("/")
        m.add_attachment(data, maintype=maint, subtype=sub, filename=name)
    if fwd is not None:
        m.add_attachment(fwd)  # message/rfc822
    return bytes(m)

def expected(i, fmt, template, agency_key, agency_name, person, title, email, phone,
             subjects, basis, ptype, form, purpose, records, channel, attached=None):
    if attached is None:
        attached = ptype != "none"
    return {
        "id": i, "family": "blind-xx", "format": fmt, "template": template,
        "requestor": {"agency_key": agency_key, "agency_name": agency_name, "person": person,
                      "title": title, "email": email, "phone": phone},
        "subjects": [{"name": s[0], "dob": s[1], "identifiers": [{"type": t, "value": v} for t, v in s[2:]]} for s in subjects],
        "legal_basis": [{"normalized": b} for b in basis],
        "legal_process": {"type": ptype, "court_issued": ptype in ("judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"), "form": form},
        "warrant_or_subpoena_attached": attached, "purpose": purpose,
        "records_requested": records, "channel": channel,
    }

DOCS = []
def doc(i, fmt, **kw):
    DOCS.append((i, fmt, kw))

# ---------------------------------------------------------------- bxx01 I-138
T01 = """
# DEPARTMENT OF HOMELAND SECURITY
# IMMIGRATION ENFORCEMENT SUBPOENA
# To Appear and/or Produce Records
---
Subpoena No.: DEN-ERO-2026-11-0417                              File No.: A 219 884 306
To: Custodian of Records
    Colorado Department of Revenue, Division of Motor Vehicles
    1881 Pierce Street, Lakewood, CO 80214

By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED AND REQUIRED to produce the records described below to Supervisory Detention and Deportation Officer Trevor L. Haskins, U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, 12445 East Caley Avenue, Centennial, CO 80111, on or before December 8, 2026 at 10:00 a.m.

In connection with an investigation or inquiry relating to the enforcement of the immigration laws, namely the determination of the admissibility and removability of the individual named below.

## Records to be produced
All driver license and identification card applications, current and prior residential and mailing addresses, the most recent photograph on file, and all vehicle registrations for:
    Name: ORTIZ NÚÑEZ, Julio César
    Date of birth: 02/14/1991
    Colorado DL No.: 14-227-9031

This subpoena is issued pursuant to Section 235(d)(4)(A) of the Immigration and Nationality Act, 8 U.S.C. § 1225(d), and 8 C.F.R. § 287.4. Records may be delivered by mail or electronically in lieu of personal appearance.

Failure to comply with this subpoena may result in the Department of Homeland Security seeking enforcement in a United States District Court, which may issue an order requiring compliance. Failure to obey such an order may be punished by the court as contempt thereof.

Date issued: November 18, 2026                      Place issued: Centennial, Colorado

Signature: /s/ Trevor L. Haskins
Name and title: Trevor L. Haskins, Supervisory Detention and Deportation Officer, ERO Denver Field Office
Telephone: (303) 555-0142          Email: trevor.haskins@ice.dhs.gov
---
CERTIFICATE OF SERVICE: served by certified mail on ____________ by ____________
DHS Form I-138 (Rev. 09/20)                                                   Page 1 of 1
"""
doc("bxx01", "born_digital", text=T01, exp=dict(template="DHS I-138 immigration enforcement subpoena to DMV",
    agency_key="dhs-ice-ero", agency_name="U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations", person="Trevor L. Haskins",
    title="Supervisory Detention and Deportation Officer", email="trevor.haskins@ice.dhs.gov", phone="(303) 555-0142",
    subjects=[("Julio César Ortiz Núñez", "1991-02-14", ("license", "142279031"))],
    basis=["INA 235", "8 USC 1225", "8 CFR 287.4"], ptype="administrative_subpoena", form="I-138",
    purpose="civil_immigration", records=["license", "address", "photo", "vehicle"], channel="mail"))

# ---------------------------------------------------------------- bxx02 email + I-200
I200 = """
# U.S. DEPARTMENT OF HOMELAND SECURITY
# WARRANT FOR ARREST OF ALIEN
                                                              File No. A208 551 947
                                                              Date: 10/29/2026
To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations

I have determined that there is probable cause to believe that DOAN, Van Thanh is removable from the United States. This determination is based upon:
[ ] the execution of a charging document to initiate removal proceedings against the subject;
[ ] the pendency of ongoing removal proceedings against the subject;
[X] the failure to establish admissibility subsequent to deferred inspection;
[X] biometric confirmation of the subject's identity and a records check of federal databases that affirmatively indicate, by themselves or in addition to other reliable information, that the subject either lacks immigration status or notwithstanding such status is removable under U.S. immigration law; and/or
[ ] statements made voluntarily by the subject to an immigration officer.

YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality Act, the above-named alien.

(Signature of Authorized Immigration Officer)   /s/ R. Pak
Rhonda Pak, Supervisory Detention and Deportation Officer
(Printed Name and Title of Authorized Immigration Officer)

Certificate of Service
I hereby certify that the Warrant for Arrest of Alien was served by me at ______ on ______ (Name of Alien) ...
Form I-200 (Rev. 09/16)
"""
B02 = """Good morning,

Please see the attached administrative warrant (Form I-200) for the subject below, who we understand is currently in UDC custody.

  DOAN, Van Thanh
  DOB: 1984-07-22
  A#: 208-551-947
  UDC Offender #: 241187

ERO Salt Lake City requests the following: last known address prior to incarceration, projected release date, and the most recent booking/intake photograph. This request is made under the authority of 8 U.S.C. 1357.

If you have questions please call me on my desk line.

Respectfully,

Dmitri K. Voloshyn
Deportation Officer
U.S. Immigration and Customs Enforcement
Enforcement and Removal Operations | Salt Lake City Sub-Office
Desk: (801) 555-0121
dmitri.voloshyn@ice.dhs.gov

LAW ENFORCEMENT SENSITIVE: This communication and any attachments may contain sensitive information. If you are not the intended recipient, notify the sender and delete it.
"""
doc("bxx02", "eml", builder=lambda: mail('"Voloshyn, Dmitri K" <dmitri.voloshyn@ice.dhs.gov>', "records.unit@utah.gov",
    "Request - DOAN, Van Thanh - I-200 attached", body=B02, atts=[("I-200_DOAN.pdf", pdf_bytes(I200), "application/pdf")], n=2),
    exp=dict(template="ERO email with I-200 PDF attached to corrections",
    agency_key="dhs-ice-ero", agency_name="U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations | Salt Lake City Sub-Office",
    person="Dmitri K. Voloshyn", title="Deportation Officer", email="dmitri.voloshyn@ice.dhs.gov", phone="(801) 555-0121",
    subjects=[("Van Thanh Doan", "1984-07-22", ("a_number", "A208551947"), ("other", "241187"))],
    basis=["8 USC 1357", "INA 236", "INA 287", "8 CFR 287"], ptype="administrative_warrant", form="I-200",
    purpose="civil_immigration", records=["address", "photo", "other"], channel="email"))

# ---------------------------------------------------------------- bxx03 scanned I-205 + cover
T03 = """
# U.S. Department of Homeland Security
# Immigration and Customs Enforcement
Enforcement and Removal Operations, Phoenix Field Office
2035 N. Central Avenue, Phoenix, AZ 85004

November 9, 2026

Arizona Department of Economic Security
Attn: Records Custodian / Unemployment Insurance Administration
1789 W. Jefferson Street, Phoenix, AZ 85007

RE: WARSAME, Abdirahman Yusuf    A 213-406-782    DOB 3 Nov 1979

To whom it may concern:

The above individual is subject to a final order of removal and a Warrant of Removal/Deportation (copy enclosed). Removal is to be effected under 8 U.S.C. § 1231. To locate the subject, this office requests his current or most recent residential address and the name and address of any employer that has reported wages for him during the last four quarters.

Please direct your response to the undersigned at (602) 555-0190 or lucia.ferrante@ice.dhs.gov.

Sincerely,

Lucía Ferrante
Deportation Officer
ERO Phoenix
\f
# U.S. DEPARTMENT OF HOMELAND SECURITY
# WARRANT OF REMOVAL/DEPORTATION
                                                    File No: A 213 406 782
                                                    Date: 10/14/2026
To any immigration officer of the United States Department of Homeland Security:

Abdirahman Yusuf WARSAME
(Full name of alien)

who entered the United States at New York, NY on 08/02/2004 (Place of entry) (Date of entry)
is subject to removal/deportation from the United States, based upon a final order by:
[X] an immigration judge in exclusion, deportation, or removal proceedings
[ ] a designated official
[ ] the Board of Immigration Appeals
[ ] a United States District or Magistrate Court Judge
and pursuant to the following provisions of the Immigration and Nationality Act: section 237(a)(2)(A)(iii)

I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary of Homeland Security under the laws of the United States and by his or her direction, command you to take into custody and remove from the United States the above-named alien, pursuant to law, at the expense of: the appropriation for Enforcement and Removal Operations.

/s/ G. Halvorsen                                  Field Office Director
(Signature of immigration officer)                 (Title of immigration officer)
Phoenix, Arizona    10/14/2026

Form I-205 (Rev. 08/01/07)
"""
doc("bxx03", "scanned", text=T03, flips={1: 180}, exp=dict(template="scanned ERO cover letter + I-205 to labor agency",
    agency_key="dhs-ice-ero", agency_name="U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Phoenix Field Office",
    person="Lucía Ferrante", title="Deportation Officer", email="lucia.ferrante@ice.dhs.gov", phone="(602) 555-0190",
    subjects=[("Abdirahman Yusuf Warsame", "1979-11-03", ("a_number", "A213406782"))],
    basis=["8 USC 1231", "INA 237"], ptype="administrative_warrant", form="I-205",
    purpose="civil_immigration", records=["address", "employment", "wages"], channel="mail"))

# ---------------------------------------------------------------- bxx04 fax I-247A
T04 = """
# DEPARTMENT OF HOMELAND SECURITY
# IMMIGRATION DETAINER - NOTICE OF ACTION
Subject ID: 389117245          Event #: DNV2611001234          File No: A 097 331 520
Date: 11/16/2026
TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency)
    Colorado Department of Corrections, Sterling Correctional Facility, Records Office
FROM: (Department of Homeland Security Office Address)
    ICE Denver Field Office, 12445 E. Caley Ave, Centennial, CO 80111
Name of Alien: GÓMEZ SALAZAR, EDWIN ROLANDO
Date of Birth: 05/30/1988       Citizenship: Guatemala       Sex: M

1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON (complete box 1 or 2):
[X] A final order of removal against the alien;
[ ] The pendency of ongoing removal proceedings against the alien;
[ ] Biometric confirmation of the alien's identity and a records check of federal databases ...
[ ] Statements made by the alien to an immigration officer and/or other reliable evidence ...

IT IS THEREFORE REQUESTED THAT YOU:
  Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody. Please notify DHS by calling (303) 555-0107.
  Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody.
  Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.
  Notify this office in the event of the alien's death, hospitalization or transfer to another institution.
[X] This detainer arises from DHS authorities and should not impact decisions about the alien's bail, rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, or other matters.
[X] This form is accompanied by: Form I-205, Warrant of Removal/Deportation (copy to follow).

Authority: sections 236 and 287 of the Immigration and Nationality Act; 8 C.F.R. 287.7.

Patrick Oyelaran, Supervisory Detention and Deportation Officer   /s/ P. Oyelaran
(Name and title of Immigration Officer)                           (Signature of Immigration Officer)

Notice: If the alien may be the victim of a crime or you want the alien to remain in the United States for a law enforcement purpose, notify the ICE Law Enforcement Support Center at (802) 555-0100.
DHS Form I-247A (3/17)
"""
doc("bxx04", "fax", text=T04, header="NOV-16-2026 14:22  FROM: ICE ERO DENVER  303 555 0108  TO: 970 555 0133",
    exp=dict(template="faxed I-247A detainer to state prison",
    agency_key="dhs-ice-ero", agency_name="ICE Denver Field Office", person="Patrick Oyelaran",
    title="Supervisory Detention and Deportation Officer", email=None, phone="(303) 555-0107",
    subjects=[("Edwin Rolando Gómez Salazar", "1988-05-30", ("a_number", "A097331520"), ("other", "389117245"))],
    basis=["INA 236", "INA 287", "8 CFR 287.7"], ptype="detainer", form="I-247A",
    purpose="civil_immigration", records=["other"], channel="fax"))

# ---------------------------------------------------------------- bxx05 email + I-247N png
I247N = """
# DEPARTMENT OF HOMELAND SECURITY
# REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE
# OF SUSPECTED PRIORITY ALIEN
Subject ID: 402265118    Event #: SEA2610004481    File No: A 216 903 477    Date: 10/30/2026
TO: Washington State Department of Corrections, Coyote Ridge Corrections Center
FROM: ICE ERO Seattle Field Office, 12500 Tukwila International Blvd, Seattle, WA 98168
Name of Alien: HOANG, Minh Tuan        Date of Birth: 01/09/1993     Nationality: Vietnam    Sex: M
THE ALIEN IS SUSPECTED OF BEING A PRIORITY FOR REMOVAL ON THE BASIS OF:
[X] convicted of an offense for which an element was active participation in a criminal street gang ...
IT IS REQUESTED THAT YOU: notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody. This request does not request or authorize that you detain the subject beyond the time he/she is currently scheduled for release.
Authority: sections 236 and 287 of the Immigration and Nationality Act; 8 C.F.R. 236.1 and 287.7.
Name and title of immigration officer: Ifeoma Grünewald, Deportation Officer
DHS Form I-247N (5/15)
"""
B05 = """Hello Records Team,

Attached is a Form I-247N (Request for Voluntary Notification of Release) for inmate HOANG, Minh Tuan, DOC #418806, DOB 01/09/1993. Please place it in his file and notify us ahead of his release.

Could you also confirm the address he reported at intake and his earned release date?

Thanks,
Ifeoma Grünewald
Deportation Officer, ICE ERO Seattle
ifeoma.grunewald@ice.dhs.gov | 206-555-0147
"""
doc("bxx05", "eml", builder=lambda: mail("Ifeoma Grunewald <ifeoma.grunewald@ice.dhs.gov>", "DOCRecordsUnit@doc1.wa.gov",
    "I-247N - HOANG Minh Tuan - DOC 418806", body=B05, atts=[("I247N_HOANG.png", png_of(I247N, "PNG", "a05"), "image/png")], n=5),
    exp=dict(template="ERO email with I-247N image attached",
    agency_key="dhs-ice-ero", agency_name="ICE ERO Seattle", person="Ifeoma Grünewald", title="Deportation Officer",
    email="ifeoma.grunewald@ice.dhs.gov", phone="206-555-0147",
    subjects=[("Minh Tuan Hoang", "1993-01-09", ("a_number", "A216903477"), ("other", "418806"))],
    basis=["INA 236", "INA 287", "8 CFR 236.1", "8 CFR 287.7"], ptype="detainer", form="I-247N",
    purpose="civil_immigration", records=["address", "other"], channel="email"))

# ---------------------------------------------------------------- bxx06 FBI cover + AO 93
T06 = """
# U.S. Department of Justice
# Federal Bureau of Investigation
Albuquerque Field Office, 4200 Luecking Park Ave NE, Albuquerque, NM 87107

November 12, 2026

New Mexico Taxation and Revenue Department
Motor Vehicle Division - Records Custodian
Joseph Montoya Building, 1100 S. St. Francis Dr., Santa Fe, NM 87504

Re: Service of Federal Search and Seizure Warrant, Case No. 26-MR-1182

Dear Custodian:

Enclosed please find a search and seizure warrant issued by the United States District Court for the District of New Mexico. The FBI is investigating violations of 18 U.S.C. § 1343 (wire fraud) and 18 U.S.C. § 1028A (aggravated identity theft). Please produce the records listed in Attachment B within ten business days to the undersigned.

Special Agent Naomi R. Kessler
(505) 555-0138 | nrkessler@fbi.gov
cc: AUSA Leon Marchbanks
\f
AO 93 (Rev. 11/13) Search and Seizure Warrant
# UNITED STATES DISTRICT COURT
# for the District of New Mexico
In the Matter of the Search of
Records maintained by the New Mexico Motor Vehicle Division pertaining to           Case No. 26-MR-1182
Esteban IBÁÑEZ-ROLDÁN and Kateryna MELNYK
# SEARCH AND SEIZURE WARRANT
To: Any authorized law enforcement officer

An application by a federal law enforcement officer or an attorney for the government requests the search of the following property located in the District of New Mexico (Fed. R. Crim. P. 41): see Attachment A.

I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the property described above, and that such search will reveal: see Attachment B.

YOU ARE COMMANDED to execute this warrant on or before November 25, 2026 (not to exceed 14 days) in the daytime 6:00 a.m. to 10:00 p.m.

Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for the property taken to the person from whom, or from whose premises, the property was taken.

[ ] Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result listed in 18 U.S.C. § 2705 (except for delay of trial).

Date and time issued: 11/11/2026 3:40 pm          /s/ Gregory A. Trujillo   Judge's signature
City and state: Albuquerque, New Mexico           Hon. Gregory A. Trujillo, United States Magistrate Judge
\f
## ATTACHMENT A - Property to be searched
Records of the New Mexico Motor Vehicle Division, including driver, identification card and vehicle registration databases.
## ATTACHMENT B - Items to be seized
For the following persons, all records from January 1, 2023 to present:
  1. Esteban IBÁÑEZ-ROLDÁN, date of birth August 19, 1976, NM DL 512884107
  2. Kateryna MELNYK, date of birth December 2, 1990
(a) driver license and identification card applications and supporting identity documents;
(b) all photographs and signatures;
(c) residential and mailing addresses;
(d) vehicle titles and registrations.
"""
doc("bxx06", "born_digital", text=T06, exp=dict(template="FBI cover letter + AO 93 federal search warrant to MVD",
    agency_key="doj-fbi", agency_name="Federal Bureau of Investigation, Albuquerque Field Office", person="Naomi R. Kessler",
    title="Special Agent", email="nrkessler@fbi.gov", phone="(505) 555-0138",
    subjects=[("Esteban Ibáñez-Roldán", "1976-08-19", ("license", "512884107")), ("Kateryna Melnyk", "1990-12-02")],
    basis=["18 USC 1343", "18 USC 1028A", "FRCrP 41", "18 USC 3103a", "18 USC 2705"], ptype="judicial_warrant", form="AO 93",
    purpose="criminal_investigation", records=["license", "identity_documents", "photo", "address", "vehicle"], channel="mail"))

# ---------------------------------------------------------------- bxx07 scanned Texas search warrant
T07 = """
SAN ANTONIO POLICE DEPARTMENT - Financial Crimes Unit
315 S. Santa Rosa Ave., San Antonio, TX 78207        Case # SAPD-26-0883419

To: Texas Workforce Commission, Open Records / Legal Custodian
Date: 13 Nov 2026
Attached is a search warrant signed by the 290th District Court for TWC wage and claim records of the individual named in the warrant. Please fax or e-mail responsive records to me.
Det. Rosalinda Garza-Whitfield #2291     (210) 555-0166     rosalinda.garza-whitfield@sanantonio.gov
\f
# SEARCH WARRANT
THE STATE OF TEXAS          §
COUNTY OF BEXAR             §
THE STATE OF TEXAS: To the Sheriff or any Peace Officer of Bexar County, Texas, or any Peace Officer of the State of Texas:

WHEREAS, the Affiant, whose name is Detective Rosalinda Garza-Whitfield, a peace officer employed by the San Antonio Police Department, did heretofore this day subscribe and swear to an affidavit before me, and whereas I find that the verified facts stated by Affiant in said affidavit show that Affiant has probable cause for the belief expressed therein and establish existence of proper grounds for issuance of this Warrant under Tex. Code Crim. Proc. art. 18.02(a)(10);

The offenses under investigation are Theft, Tex. Penal Code § 31.03, and Fraudulent Use or Possession of Identifying Information, Tex. Penal Code § 32.51.

NOW, THEREFORE, you are commanded to search the records of the Texas Workforce Commission for: all quarterly wage records, employer names and addresses, unemployment benefit claims and payment histories, and addresses on file for
    DE LA CRUZ VILLANUEVA, Raymundo     DOB: 03/27/1982     SSN: XXX-XX-5190
and to seize the same and return this warrant within three days.

HEREIN FAIL NOT, and due return make hereof.
ISSUED at 2:15 o'clock p.m., on this the 12th day of November, 2026, to certify which witness my hand this day.

/s/ Adaeze N. Whitcombe
JUDGE PRESIDING, 290th District Court
Bexar County, Texas
"""
doc("bxx07", "scanned", text=T07, serif=True, exp=dict(template="scanned Texas district court search warrant with detective cover",
    agency_key="local-police", agency_name="San Antonio Police Department", person="Rosalinda Garza-Whitfield",
    title="Detective", email="rosalinda.garza-whitfield@sanantonio.gov", phone="(210) 555-0166",
    subjects=[("Raymundo de la Cruz Villanueva", "1982-03-27", ("ssn_last4", "5190"))],
    basis=["TX CCP 18.02", "TX PC 31.03", "TX PC 32.51"], ptype="judicial_warrant", form=None,
    purpose="criminal_investigation", records=["wages", "employment", "claims", "address"], channel="mail"))

# ---------------------------------------------------------------- bxx08 2703(d) order
T08 = """
# U.S. Department of Justice
# United States Attorney's Office, District of Minnesota
300 South Fourth Street, Suite 600, Minneapolis, MN 55415

November 6, 2026

Minnesota Department of Employment and Economic Development
Unemployment Insurance Program - Data Practices Office
180 East Fifth Street, Suite 1200, St. Paul, MN 55101

Re: Court Order, Misc. No. 26-mj-0931 (DLM)

Dear Data Practices Officer:

Enclosed is an order of the United States District Court directing DEED to disclose records for two online unemployment insurance accounts. We understand that UI data is classified as private under Minn. Stat. § 268.19, subd. 1; the enclosed order satisfies the court-order exception. Please deliver the records to my office within fourteen days.

Very truly yours,
Colin J. Ferris
Assistant United States Attorney
(612) 555-0172 | colin.ferris@usdoj.gov
\f
# UNITED STATES DISTRICT COURT
# DISTRICT OF MINNESOTA
IN RE APPLICATION OF THE UNITED STATES OF AMERICA          Misc. No. 26-mj-0931 (DLM)
FOR AN ORDER PURSUANT TO 18 U.S.C. § 2703(d)               FILED UNDER SEAL
# ORDER
This matter having come before the Court pursuant to an application under Title 18, United States Code, Section 2703(d), by Assistant United States Attorney Colin J. Ferris, the Court finds that the applicant has offered specific and articulable facts showing that there are reasonable grounds to believe that the records sought are relevant and material to an ongoing criminal investigation of violations of 18 U.S.C. § 1343 and 18 U.S.C. § 641.

IT IS ORDERED that the Minnesota Department of Employment and Economic Development shall, within fourteen days, disclose to the United States the following records for the online UI accounts of:
    FARAH, Abdullahi Hassan     DOB 1987-06-11
    JAMA, Hodan Ali             DOB 1992-03-30
(a) account registration information, including e-mail addresses and telephone numbers;
(b) login and IP address logs;
(c) claims filed, payment history and bank routing information;
(d) mailing and residential addresses.

IT IS FURTHER ORDERED, pursuant to 18 U.S.C. § 2705(b), that DEED shall not disclose the existence of the application or this Order for a period of one year.

Dated: November 5, 2026                       BY THE COURT:
                                              /s/ Dana L. Marchetti
                                              Hon. Dana L. Marchetti
                                              United States Magistrate Judge
"""
doc("bxx08", "born_digital", text=T08, serif=True, exp=dict(template="AUSA letter + federal 2703(d)-style order to labor agency",
    agency_key="doj-usao", agency_name="United States Attorney's Office, District of Minnesota", person="Colin J. Ferris",
    title="Assistant United States Attorney", email="colin.ferris@usdoj.gov", phone="(612) 555-0172",
    subjects=[("Abdullahi Hassan Farah", "1987-06-11"), ("Hodan Ali Jama", "1992-03-30")],
    basis=["MN Stat 268.19", "18 USC 2703", "18 USC 1343", "18 USC 641", "18 USC 2705"], ptype="court_order", form=None,
    purpose="criminal_investigation", records=["email", "phone", "claims", "benefits", "address", "other"], channel="mail"))

# ---------------------------------------------------------------- bxx09 family court order email
O09 = """
# IN THE CIRCUIT COURT OF THE STATE OF OREGON
# FOR THE COUNTY OF MULTNOMAH
In the Matter of the Marriage of:
ANDREA PAOLA ROJAS MÉNDEZ, Petitioner,                   Case No. 25DR14472
and
TOMASZ WIŚNIEWSKI, Respondent.
# ORDER FOR PRODUCTION OF RECORDS BY NON-PARTY
THIS MATTER came before the Court on Petitioner's motion under ORCP 36 and ORS 107.105 for the production of records relevant to the division of property and support. The Court, having reviewed the motion and the file, and being fully advised,

IT IS HEREBY ORDERED that the Oregon Department of Human Services shall produce to counsel for Petitioner, within 21 days of service, records of all public assistance benefits (SNAP, TANF and medical assistance) paid to or on behalf of Respondent TOMASZ WIŚNIEWSKI, date of birth 09/14/1985, from January 1, 2024 to the present, together with the household address reported.

IT IS FURTHER ORDERED that the records shall be used solely for purposes of this proceeding.

Signed: 11/3/2026 10:12 AM
/s/ Lorraine Baptiste-Hale
Circuit Court Judge Lorraine Baptiste-Hale
"""
B09 = """Dear Records Custodian,

I represent the petitioner, Andrea Rojas Méndez, in the above dissolution case. Attached is a signed order of the Multnomah County Circuit Court directing the Department to produce benefit records for the respondent, Tomasz Wiśniewski (DOB 09/14/1985).

Please let me know the expected processing time and whether you need the order served in any other manner.

Kind regards,

Hannah Kowalczyk
Attorney at Law
Kowalczyk Family Law, LLC
1020 SW Taylor St., Ste. 400, Portland, OR 97205
T 503-555-0181 | hannah@kowalczykfamilylaw.com

CONFIDENTIALITY NOTICE: This email may contain privileged attorney-client communications.
"""
doc("bxx09", "eml", builder=lambda: mail("Hannah Kowalczyk <hannah@kowalczykfamilylaw.com>", "dhs.records@odhsoha.oregon.gov",
    "Rojas Méndez / Wiśniewski, 25DR14472 - Order for production of records", body=B09,
    atts=[("Order_25DR14472.pdf", pdf_bytes(O09, serif=True), "application/pdf")], n=9),
    exp=dict(template="family-law attorney email with state circuit court order (dissolution case)",
    agency_key="other", agency_name="Kowalczyk Family Law, LLC", person="Hannah Kowalczyk", title="Attorney at Law",
    email="hannah@kowalczykfamilylaw.com", phone="503-555-0181",
    subjects=[("Tomasz Wiśniewski", "1985-09-14")],
    basis=["OR CivP 36", "ORS 107.105"], ptype="court_order", form=None,
    purpose="unknown", records=["benefits", "address"], channel="email"))

# ---------------------------------------------------------------- bxx10 AO 110 federal grand jury
T10 = """
AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
# UNITED STATES DISTRICT COURT
# for the Eastern District of Wisconsin
# SUBPOENA TO TESTIFY BEFORE A GRAND JURY
To: Custodian of Records
    Wisconsin Department of Workforce Development
    201 E. Washington Ave., Madison, WI 53703

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.

Place: United States Courthouse, 517 E. Wisconsin Ave., Room 390, Milwaukee, WI 53202      Date and Time: 12/10/2026 9:30 am

You must also bring with you the following documents, electronically stored information, or objects: SEE ATTACHMENT A.

Date: 11/17/2026                    CLERK OF COURT
                                    /s/ J. Prokop
                                    Signature of Clerk or Deputy Clerk

The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are:
Bridget M. Okonkwo, Assistant United States Attorney, 517 E. Wisconsin Ave., Room 530, Milwaukee, WI 53202, bridget.okonkwo@usdoj.gov, (414) 555-0163
\f
## ATTACHMENT A  (Grand Jury No. 26-GJ-118)
For the period January 1, 2022 through the present, produce all quarterly wage records, employer names and addresses, and unemployment insurance claim files for:
  1. LE, Thi Hong Nhung - DOB 10/05/1989 - SSN ending 4471
  2. KOVAČ, Marko - DOB 02/17/1984

In lieu of appearance, records may be produced to Special Agent Gareth Lundqvist, IRS Criminal Investigation, together with a certificate of authenticity. Compliance in this manner is voluntary and consistent with Fed. R. Crim. P. 17(c).

You are requested not to disclose the existence of this subpoena. Matters occurring before the grand jury are secret under Fed. R. Crim. P. 6(e).
"""
doc("bxx10", "born_digital", text=T10, exp=dict(template="AO 110 federal grand jury subpoena, AUSA requester",
    agency_key="doj-usao", agency_name="United States Attorney's Office, Eastern District of Wisconsin", person="Bridget M. Okonkwo",
    title="Assistant United States Attorney", email="bridget.okonkwo@usdoj.gov", phone="(414) 555-0163",
    subjects=[("Thi Hong Nhung Le", "1989-10-05", ("ssn_last4", "4471")), ("Marko Kovač", "1984-02-17")],
    basis=["FRCrP 17", "FRCrP 6"], ptype="grand_jury_subpoena", form="AO 110",
    purpose="criminal_investigation", records=["wages", "employment", "claims"], channel="mail"))

# ---------------------------------------------------------------- bxx11 fax Ohio county grand jury
T11 = """
# THE STATE OF OHIO, FRANKLIN COUNTY, ss.
# COURT OF COMMON PLEAS, FRANKLIN COUNTY, OHIO
# GRAND JURY SUBPOENA DUCES TECUM
TO: Records Custodian, Ohio Bureau of Motor Vehicles, 1970 W. Broad Street, Columbus, Ohio 43223

You are hereby commanded, all excuses set aside, to appear before the Grand Jury of Franklin County, Ohio, at the Franklin County Courthouse, 345 S. High Street, Columbus, Ohio, on the 4th day of December, 2026 at 9:00 a.m., then and there to testify and not depart without leave, and bring with you:

Certified copies of all driver license and state identification records, including photographs, address history, and certificate of title and registration records, for:
   1. McALLISTER, Shawn Patrick, DOB 04/19/1979
   2. WHITAKER, Jamal Idris, DOB August 2, 1995

In re: Investigation of Aggravated Robbery (R.C. 2911.01), Franklin County Grand Jury Case No. 26-GJ-2217.
Issued pursuant to R.C. 2939.12 and Crim.R. 17. Records may be delivered to the Prosecuting Attorney in lieu of appearance.

WITNESS my hand and the seal of said Court this 17th day of November, 2026.
MARYELLEN FITZGERALD, Clerk of Courts
By: /s/ T. Nguyen, Deputy Clerk

Requested by: Desmond R. Albrecht (0091822), Assistant Prosecuting Attorney
Franklin County Prosecutor's Office, 373 S. High Street, 14th Floor, Columbus, Ohio 43215
Telephone: (614) 555-0117
"""
doc("bxx11", "fax", text=T11, header="11/17/2026 16:05  FCPO GRAND JURY UNIT  6145550118",
    exp=dict(template="faxed Ohio county grand jury subpoena duces tecum",
    agency_key="district-attorney", agency_name="Franklin County Prosecutor's Office", person="Desmond R. Albrecht",
    title="Assistant Prosecuting Attorney", email=None, phone="(614) 555-0117",
    subjects=[("Shawn Patrick McAllister", "1979-04-19"), ("Jamal Idris Whitaker", "1995-08-02")],
    basis=["ORC 2911.01", "ORC 2939.12", "OH CrimP 17"], ptype="grand_jury_subpoena", form=None,
    purpose="criminal_investigation", records=["license", "photo", "address", "vehicle"], channel="fax"))

# ---------------------------------------------------------------- bxx12 AO 88B civil suit
T12 = """
VANTERPOOL & HSU LLP
1700 Lincoln Street, Suite 2400, Denver, Colorado 80203

November 10, 2026
VIA CERTIFIED MAIL
Colorado Department of Labor and Employment
Custodian of Records, 633 17th Street, Suite 201, Denver, CO 80202

Re: Reliance Freight Partners, LLC v. Szymański, et al., No. 1:26-cv-02217-RMR

Enclosed please find a subpoena duces tecum served on the Department in the above civil action. We are aware that these records are confidential under C.R.S. § 8-72-107; a stipulated protective order has been entered by the Court, and a copy is available on request.

Paul R. Vanterpool
\f
AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of Premises in a Civil Action
# UNITED STATES DISTRICT COURT
# for the District of Colorado
Reliance Freight Partners, LLC, Plaintiff
v.                                                       Civil Action No. 1:26-cv-02217-RMR
Gerald Szymański and Ortega Hauling Co., Defendants
# SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS
# OR TO PERMIT INSPECTION OF PREMISES IN A CIVIL ACTION
To: Custodian of Records, Colorado Department of Labor and Employment

[X] Production: YOU ARE COMMANDED to produce at the time, date, and place set forth below the following documents, electronically stored information, or objects, and to permit inspection, copying, testing, or sampling of the material:
All quarterly wage records and employer identities reported for Gerald Szymański (born June 3, 1971) from 2023 Q1 to the present.

Place: Vanterpool & Hsu LLP, 1700 Lincoln St., Ste. 2400, Denver, CO 80203      Date and Time: 12/04/2026 10:00 am

The following provisions of Fed. R. Civ. P. 45 are attached - Rule 45(c), relating to the place of compliance; Rule 45(d), relating to your protection as a person subject to a subpoena; and Rule 45(e) and (g), relating to your duty to respond to this subpoena and the potential consequences of not doing so.

Date: 11/10/2026           CLERK OF COURT                  OR    /s/ Paul R. Vanterpool
                           Signature of Clerk or Deputy Clerk        Attorney's signature

The name, address, e-mail address, and telephone number of the attorney representing Reliance Freight Partners, LLC, who issues or requests this subpoena, are:
Paul R. Vanterpool, Vanterpool & Hsu LLP, 1700 Lincoln St., Ste. 2400, Denver, CO 80203, pvanterpool@vanterpoolhsu.com, (303) 555-0188
"""
doc("bxx12", "born_digital", text=T12, exp=dict(template="AO 88B civil-action subpoena signed by attorney",
    agency_key="other", agency_name="Vanterpool & Hsu LLP", person="Paul R. Vanterpool", title="Attorney",
    email="pvanterpool@vanterpoolhsu.com", phone="(303) 555-0188",
    subjects=[("Gerald Szymański", "1971-06-03")],
    basis=["CRS 8-72-107", "FRCP 45"], ptype="court_subpoena", form="AO 88B",
    purpose="unknown", records=["wages", "employment"], channel="mail"))

# ---------------------------------------------------------------- bxx13 scanned Arizona trial SDT
T13 = """
# IN THE SUPERIOR COURT OF THE STATE OF ARIZONA
# IN AND FOR THE COUNTY OF PIMA
STATE OF ARIZONA,                                  No. CR20261873-001
                Plaintiff,
vs.                                                SUBPOENA DUCES TECUM
ALEJANDRO FIDEL QUINTERO,                          (Criminal - Trial)
                Defendant.

THE STATE OF ARIZONA TO: Custodian of Records, Arizona Department of Transportation, Motor Vehicle Division, 1801 W. Jefferson St., Phoenix, AZ 85007

YOU ARE COMMANDED to appear before the Honorable Teodoro Villalpando, Division 14, Pima County Superior Court, 110 W. Congress St., Tucson, on January 12, 2027 at 8:30 a.m., as a witness in the above trial, and to bring with you:

Certified copies of the driver license record, driving history, most recent photograph, and vehicle registration history for ALEJANDRO FIDEL QUINTERO, DOB 01/23/1986, AZ DL No. D08841276.

Defendant is charged with Aggravated DUI, A.R.S. § 28-1383. Records accompanied by a certification under Ariz. R. Evid. 902(11) may be mailed in lieu of appearance. This subpoena is issued under Ariz. R. Crim. P. 34.

GARY L. HARPER, Clerk of the Superior Court
By: /s/ M. Salcido, Deputy Clerk         (SEAL)          Dated: November 16, 2026

Subpoena requested by: Imani B. Castellanos, Deputy County Attorney, Pima County Attorney's Office, 32 N. Stone Ave., Tucson, AZ 85701, (520) 555-0129
"""
doc("bxx13", "scanned", text=T13, serif=True, exp=dict(template="scanned Arizona superior court criminal trial subpoena duces tecum (clerk)",
    agency_key="district-attorney", agency_name="Pima County Attorney's Office", person="Imani B. Castellanos",
    title="Deputy County Attorney", email=None, phone="(520) 555-0129",
    subjects=[("Alejandro Fidel Quintero", "1986-01-23", ("license", "D08841276"))],
    basis=["ARS 28-1383", "AZ R Evid 902", "AZ CrimP 34"], ptype="court_subpoena", form=None,
    purpose="criminal_investigation", records=["license", "photo", "vehicle"], channel="mail"))

# ---------------------------------------------------------------- bxx14 WA CrR 4.8 email
S14 = """
# SUPERIOR COURT OF WASHINGTON FOR KING COUNTY
STATE OF WASHINGTON, Plaintiff,                          No. 26-1-04417-1 SEA
v.
NIKOLAI SERGEYEVICH PETRENKO, Defendant.                 SUBPOENA DUCES TECUM (CrR 4.8)
THE STATE OF WASHINGTON TO: Records Custodian, Washington State Department of Licensing, P.O. Box 9030, Olympia, WA 98507

YOU ARE COMMANDED to produce, on or before December 1, 2026, to the King County Prosecuting Attorney's Office, certified copies of the following records, with a certification that complies with ER 902(11):
1. The certified driving record of NIKOLAI SERGEYEVICH PETRENKO, DOB 05/28/1983;
2. Vehicle registration history for all vehicles registered to him since 2024.
The defendant is charged with Vehicular Assault, RCW 46.61.522. The named victim, Evangeline Tsosie, is not the subject of this request.

DATED this 18th day of November, 2026.
/s/ Ruth A. Delacroix-Obi
Ruth A. Delacroix-Obi, WSBA #41872
Deputy Prosecuting Attorney, Attorney for Plaintiff
"""
B14 = """Good afternoon,

Attached please find a subpoena duces tecum in State v. Nikolai Petrenko, King County No. 26-1-04417-1 SEA. We are asking for the certified abstract of driving record (RCW 46.52.130) and registration history. Trial is set for January.

Thank you,

Ruth A. Delacroix-Obi | Deputy Prosecuting Attorney
King County Prosecuting Attorney's Office - Violent Crimes Unit
516 Third Avenue, Seattle, WA 98104
(206) 555-0193 | ruth.delacroix-obi@kingcounty.gov

cc: Paralegal Kim Nhu Tran
"""
doc("bxx14", "eml", builder=lambda: mail("Delacroix-Obi, Ruth <ruth.delacroix-obi@kingcounty.gov>", "subpoenas@dol.wa.gov",
    "SDT - State v. Petrenko, 26-1-04417-1 SEA", body=B14, cc="kim.tran@kingcounty.gov",
    atts=[("Petrenko_SDT_DOL.pdf", pdf_bytes(S14, serif=True), "application/pdf")], n=14),
    exp=dict(template="prosecutor email with Washington CrR 4.8 subpoena duces tecum signed by attorney",
    agency_key="district-attorney", agency_name="King County Prosecuting Attorney's Office", person="Ruth A. Delacroix-Obi",
    title="Deputy Prosecuting Attorney", email="ruth.delacroix-obi@kingcounty.gov", phone="(206) 555-0193",
    subjects=[("Nikolai Sergeyevich Petrenko", "1983-05-28")],
    basis=["RCW 46.52.130", "WA CrR 4.8", "WA ER 902", "RCW 46.61.522"], ptype="court_subpoena", form=None,
    purpose="criminal_investigation", records=["license", "vehicle"], channel="email"))

# ---------------------------------------------------------------- bxx15 CBP 3115 jpeg
S15 = """
# DEPARTMENT OF HOMELAND SECURITY
# U.S. CUSTOMS AND BORDER PROTECTION
# SUMMONS
To: Custodian of Records, Texas Department of Motor Vehicles, 4000 Jackson Ave., Austin, TX 78731
Summons No. LRD-26-0091
Pursuant to 19 U.S.C. § 1509, you are hereby summoned and required to appear before Assistant Port Director Rafael J. Benavides, Laredo Port of Entry, 0 Convent Ave., Laredo, TX 78040, on December 2, 2026 at 10:00 a.m., and produce the following records in connection with an inquiry into the importation of merchandise contrary to law (18 U.S.C. § 545):
Title, lien and registration records for all vehicles registered to
   CASTAÑEDA OLVERA, Efraín       DOB 09/08/1974
   CASTAÑEDA, Brenda Lizeth      DOB 02/14/1998
including registrant addresses on file.
Failure to comply may result in proceedings in a United States district court to compel compliance (19 U.S.C. § 1510).
Issued by: /s/ Rafael J. Benavides, Assistant Port Director       Date: 11/19/2026
CBP Form 3115 (06/19)
"""
B15 = """Good morning,

Please find attached a CBP summons (Form 3115) for title and registration records for the two individuals listed. The request relates to an ongoing smuggling investigation at the Port of Laredo. A scanned copy is attached; the original follows by mail.

V/r,
Kimberly A. Thornquist
CBP Officer (Enforcement) | Office of Field Operations, Laredo Field Office
U.S. Customs and Border Protection
956-555-0112 | kimberly.thornquist@cbp.dhs.gov
"""
doc("bxx15", "eml", builder=lambda: mail("Thornquist, Kimberly A <kimberly.thornquist@cbp.dhs.gov>", "openrecords@txdmv.gov",
    "CBP Summons LRD-26-0091", body=B15, atts=[("summons_3115_scan.jpg", png_of(S15, "JPEG", "a15"), "image/jpeg")], n=15),
    exp=dict(template="CBP officer email with Form 3115 summons as JPEG",
    agency_key="dhs-cbp", agency_name="U.S. Customs and Border Protection, Office of Field Operations, Laredo Field Office", person="Kimberly A. Thornquist",
    title="CBP Officer (Enforcement)", email="kimberly.thornquist@cbp.dhs.gov", phone="956-555-0112",
    subjects=[("Efraín Castañeda Olvera", "1974-09-08"), ("Brenda Lizeth Castañeda", "1998-02-14")],
    basis=["19 USC 1509", "18 USC 545", "19 USC 1510"], ptype="administrative_subpoena", form="3115",
    purpose="criminal_investigation", records=["vehicle", "address"], channel="email"))

# ---------------------------------------------------------------- bxx16 DEA 876
T16 = """
# U.S. Department of Justice
# Drug Enforcement Administration
# SUBPOENA
In the matter of: Investigation File No. RF-26-0114                       Subpoena No. ATL-26-3390
TO: Custodian of Records, Georgia Department of Labor, 148 Andrew Young International Blvd. NE, Atlanta, GA 30303

YOU ARE HEREBY REQUIRED to appear before Special Agent Tobias N. Ackerly, an officer of the Drug Enforcement Administration, at 75 Ted Turner Drive SW, Room 800, Atlanta, GA 30303, on the 7th day of December, 2026, at 10:00 a.m., to testify and give information in connection with an investigation of violations of Title 21, United States Code, Sections 841 and 846. You are further required to bring with you the following records:

Quarterly wage reports, employer names and addresses, and the current address on file for:
  - OKAFOR, Chinedu Emmanuel (DOB 11/30/1984)
  - VELÁZQUEZ IBARRA, Rosa Elena (DOB 07/07/1990)
  - PHAM, Quang Huy (DOB 1981-04-04)
for the period January 2024 to present.

This subpoena is issued pursuant to Title 21, United States Code, Section 876 (Section 506 of Public Law 91-513). We understand your records are protected by O.C.G.A. § 34-8-121; a disclosure to law enforcement under a subpoena is requested.

In the event of failure to comply, an application may be made to the United States District Court for an order compelling compliance, 21 U.S.C. § 876(c); failure to obey such an order may be punished as contempt.

Issued this 20th day of November, 2026, by /s/ Tobias N. Ackerly, Special Agent, Atlanta Field Division
Telephone (404) 555-0136 - tobias.n.ackerly@dea.gov

NOTICE: You are requested not to disclose the existence of this subpoena, as disclosure could impede the investigation.
"""
doc("bxx16", "born_digital", text=T16, exp=dict(template="DEA 21 USC 876 administrative subpoena with enforcement clause",
    agency_key="doj-dea", agency_name="Drug Enforcement Administration, Atlanta Field Division", person="Tobias N. Ackerly",
    title="Special Agent", email="tobias.n.ackerly@dea.gov", phone="(404) 555-0136",
    subjects=[("Chinedu Emmanuel Okafor", "1984-11-30"), ("Rosa Elena Velázquez Ibarra", "1990-07-07"), ("Quang Huy Pham", "1981-04-04")],
    basis=["21 USC 841", "21 USC 846", "21 USC 876", "PL 91-513", "OCGA 34-8-121"], ptype="administrative_subpoena", form=None,
    purpose="criminal_investigation", records=["wages", "employment", "address"], channel="mail"))

# ---------------------------------------------------------------- bxx17 fax DOL OIG
T17 = """
FAX COVER - U.S. DEPARTMENT OF LABOR, OFFICE OF INSPECTOR GENERAL, OFFICE OF INVESTIGATIONS - LABOR RACKETEERING AND FRAUD
To: Nevada DETR, UI Fraud / Records        From: SAC Orlando K. Whitfield, San Francisco Region
Phone: (415) 555-0149        Pages: 2 incl. cover
Message: Subpoena attached. Original to follow by FedEx. Please call with questions.
\f
# UNITED STATES DEPARTMENT OF LABOR
# OFFICE OF INSPECTOR GENERAL
# SUBPOENA DUCES TECUM
To: Custodian of Records, Nevada Department of Employment, Training and Rehabilitation, 500 E. Third St., Carson City, NV 89713

You are hereby required to produce to the Office of Inspector General, U.S. Department of Labor, 90 7th Street, Suite 13-100, San Francisco, CA 94103, on or before December 11, 2026, the following records relating to an investigation of unemployment insurance fraud (18 U.S.C. § 1343):
All UI claim applications, payment histories, IP login logs, bank account information and mailing addresses for:
   TRAN, Duc Minh (a.k.a. Michael Tran), DOB 12/19/1977, SSN ending 3308
   ALARCÓN-PRUITT, Yesenia, DOB 06/25/1994
Records are requested notwithstanding NRS 612.265, which permits disclosure to agencies charged with detecting benefit fraud.

This subpoena is issued under the authority of Section 6(a)(4) of the Inspector General Act of 1978, as amended, 5 U.S.C. § 406(a)(4). In case of contumacy or refusal to obey, the subpoena shall be enforceable by order of any appropriate United States district court.

FOR THE INSPECTOR GENERAL:
/s/ Orlando K. Whitfield, Special Agent-in-Charge        Date: November 20, 2026
"""
doc("bxx17", "fax", text=T17, header="2026-11-20 09:41 DOL-OIG SF 415 555 0150",
    exp=dict(template="faxed DOL OIG inspector-general subpoena to UI agency",
    agency_key="dol-oig", agency_name="U.S. Department of Labor, Office of Inspector General", person="Orlando K. Whitfield",
    title="Special Agent-in-Charge", email=None, phone="(415) 555-0149",
    subjects=[("Duc Minh Tran", "1977-12-19", ("ssn_last4", "3308")), ("Yesenia Alarcón-Pruitt", "1994-06-25")],
    basis=["18 USC 1343", "NRS 612.265", "5 USC 406"], ptype="administrative_subpoena", form=None,
    purpose="criminal_investigation", records=["claims", "benefits", "address", "other"], channel="fax"))

# ---------------------------------------------------------------- bxx18 ERO letter promising subpoena
T18 = """
# U.S. Immigration and Customs Enforcement
Enforcement and Removal Operations - Chicago Field Office
101 West Congress Parkway, 4th Floor, Chicago, IL 60605

12 November 2026

Illinois Secretary of State
Driver Services Department, Records Custodian
2701 S. Dirksen Parkway, Springfield, IL 62723

Subject: Request for Information - BONDARENKO, Oleksandr (A 201 556 903)

Sir or Madam:

ERO Chicago respectfully requests driver and identification card information, the most recent photograph, and vehicle registration information for the following individual, for official use in the performance of our duties under 8 U.S.C. § 1357:

    Name: Oleksandr BONDARENKO
    DOB: 15 March 1980
    A-Number: 201-556-903
    IL DL/ID: B536-4418-0075

Should your office require formal process before releasing this information, please advise and an Immigration Enforcement Subpoena (DHS Form I-138) under 8 C.F.R. § 287.4 will be issued.

Thank you for your cooperation.

Nathaniel Oduya
Deportation Officer
Telephone: 312-555-0114
Email: nathaniel.oduya@ice.dhs.gov
"""
doc("bxx18", "born_digital", text=T18, exp=dict(template="ERO letter that only promises an I-138 subpoena",
    agency_key="dhs-ice-ero", agency_name="U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations - Chicago Field Office",
    person="Nathaniel Oduya", title="Deportation Officer", email="nathaniel.oduya@ice.dhs.gov", phone="312-555-0114",
    subjects=[("Oleksandr Bondarenko", "1980-03-15", ("a_number", "A201556903"), ("license", "B53644180075"))],
    basis=["8 USC 1357", "8 CFR 287.4"], ptype="none", form=None,
    purpose="civil_immigration", records=["license", "photo", "vehicle"], channel="mail"))

# ---------------------------------------------------------------- bxx19 scanned Utah affidavit only
T19 = """
SALT LAKE COUNTY SHERIFF'S OFFICE - Investigations Bureau
3365 S. 900 W., South Salt Lake, UT 84119

To: Utah Department of Workforce Services, Records
From: Det. Kaden J. Sorensen, #S4471, (385) 555-0151, ksorensen@slco.org
Date: 11/14/2026

Below is the affidavit we submitted to the Third District Court this morning. The warrant has not been signed yet; I expect it next week. In the meantime, can you tell me whether DWS has wage or employer records for these two people so I can narrow the warrant?
\f
# IN THE THIRD JUDICIAL DISTRICT COURT
# SALT LAKE COUNTY, STATE OF UTAH
# AFFIDAVIT FOR SEARCH WARRANT
STATE OF UTAH        )
                     : ss.
COUNTY OF SALT LAKE  )

Detective Kaden J. Sorensen, being first duly sworn, deposes and says: that he has reason to believe that records maintained by the Utah Department of Workforce Services, including quarterly wage records, employer names and claimant addresses, relating to
   COVINGTON, Ashlyn Marie    DOB 10/12/1996
   IBARRA LEAL, Fernando José DOB 01/30/1991
constitute evidence of the offense of Theft, Utah Code Ann. § 76-6-404, and may be seized under Utah Code Ann. § 77-23-203.

Affiant's statement of probable cause: [see attached narrative, 4 pages]

WHEREFORE, Affiant prays that a Search Warrant be issued.

____________________________
Affiant
SUBSCRIBED AND SWORN to before me this ____ day of __________, 2026.
____________________________
Judge, Third District Court
"""
doc("bxx19", "scanned", text=T19, flips={0: 90}, exp=dict(template="scanned sheriff note + affidavit for search warrant (no warrant)",
    agency_key="sheriff", agency_name="Salt Lake County Sheriff's Office", person="Kaden J. Sorensen",
    title="Detective", email="ksorensen@slco.org", phone="(385) 555-0151",
    subjects=[("Ashlyn Marie Covington", "1996-10-12"), ("Fernando José Ibarra Leal", "1991-01-30")],
    basis=["UCA 76-6-404", "UCA 77-23-203"], ptype="none", form=None,
    purpose="criminal_investigation", records=["wages", "employment", "address"], channel="mail"))

# ---------------------------------------------------------------- bxx20 AUSA unsigned proposed order
P20 = """
# UNITED STATES DISTRICT COURT
# FOR THE DISTRICT OF KANSAS
IN THE MATTER OF THE APPLICATION OF THE UNITED STATES         Case No. 26-mj-_____
FOR AN ORDER DIRECTING THE KANSAS DEPARTMENT FOR CHILDREN
AND FAMILIES TO DISCLOSE SNAP RECORDS
# [PROPOSED] ORDER
Upon the application of the United States, and the Court finding that disclosure is authorized by 7 U.S.C. § 2020(e)(8) for purposes of an investigation of violations of 7 U.S.C. § 2024(b) and 18 U.S.C. § 641,

IT IS HEREBY ORDERED that the Kansas Department for Children and Families produce SNAP application, benefit issuance and address records for Wendell Ray PRUITT (DOB 05/05/1969) and Ngozi Adaeze UMEH (DOB 09/21/1988).

IT IS SO ORDERED.
Dated: ________________, 2026          ______________________________
                                       United States Magistrate Judge
"""
B20 = """Ms. Albers,

Following up on our call. We intend to apply for the attached order next week; I am sending the draft now so your counsel can confirm that the language will work for DCF. It has not been filed or signed.

Before we file, could you confirm whether DCF has SNAP case records and current addresses for Wendell Ray Pruitt (DOB 5/5/1969) and Ngozi Adaeze Umeh (DOB 9/21/1988), and the phone numbers they listed? That will help us tailor the application.

Jonathan Beltrán-Greer
Assistant United States Attorney
District of Kansas | 500 State Avenue, Suite 360, Kansas City, KS 66101
(913) 555-0124 | jonathan.beltran-greer@usdoj.gov
"""
doc("bxx20", "eml", builder=lambda: mail("Beltran-Greer, Jonathan (USAKS) <jonathan.beltran-greer@usdoj.gov>", "Megan Albers <megan.albers@ks.gov>",
    "Draft proposed order - SNAP records (Pruitt / Umeh)", body=B20,
    atts=[("DRAFT_Proposed_Order_DCF.pdf", pdf_bytes(P20, serif=True), "application/pdf")], n=20),
    exp=dict(template="AUSA email with unsigned proposed order (no process)",
    agency_key="doj-usao", agency_name="United States Attorney's Office, District of Kansas", person="Jonathan Beltrán-Greer",
    title="Assistant United States Attorney", email="jonathan.beltran-greer@usdoj.gov", phone="(913) 555-0124",
    subjects=[("Wendell Ray Pruitt", "1969-05-05"), ("Ngozi Adaeze Umeh", "1988-09-21")],
    basis=["7 USC 2020", "7 USC 2024", "18 USC 641"], ptype="none", form=None,
    purpose="criminal_investigation", records=["benefits", "address", "phone"], channel="email"))

# ---------------------------------------------------------------- bxx21 fax notice of hearing
T21 = """
OFFICE OF THE DISTRICT ATTORNEY, 18TH JUDICIAL DISTRICT
6450 S. Revere Parkway, Centennial, CO 80111 - Investigations Division
FACSIMILE TRANSMITTAL
To: Colorado Department of Human Services, Records        Fax: 303-555-0131
From: Investigator Selena Marquez-Holt                     Phone: 720-555-0168
Date: November 19, 2026                                    Pages: 2

Re: People v. Darnell Kwame Osei, 26CR3312

Please find the Notice of Hearing in the above case. The People are requesting the defendant's address history and benefit issuance records held by CDHS (defendant DOB 02/08/1990) in connection with the theft charge under C.R.S. 18-4-401. The victim in this case, Gloria Stavros, has already provided her own records. If the Department cannot provide the records voluntarily, the People will seek a subpoena under Crim. P. 17 before the hearing.
\f
# DISTRICT COURT, ARAPAHOE COUNTY, COLORADO
7325 S. Potomac St., Centennial, CO 80112
THE PEOPLE OF THE STATE OF COLORADO
v.                                                Case Number: 26CR3312
DARNELL KWAME OSEI, Defendant                     Division: 203
# NOTICE OF HEARING
PLEASE TAKE NOTICE that a Restitution Hearing in the above-captioned matter is set for December 15, 2026 at 1:30 p.m. in Division 203.

Dated: November 18, 2026
/s/ Cameron T. Lindgren, #48211, Deputy District Attorney
"""
doc("bxx21", "fax", text=T21, header="NOV 19 2026 11:03 AM   DA18 INVESTIGATIONS   7205550169",
    exp=dict(template="DA investigator fax with notice of hearing (no subpoena)",
    agency_key="district-attorney", agency_name="Office of the District Attorney, 18th Judicial District", person="Selena Marquez-Holt",
    title="Investigator", email=None, phone="720-555-0168",
    subjects=[("Darnell Kwame Osei", "1990-02-08")],
    basis=["CRS 18-4-401", "CO CrimP 17"], ptype="none", form=None,
    purpose="criminal_investigation", records=["address", "benefits"], channel="fax"))

# ---------------------------------------------------------------- bxx22 police letter with defendant summons
T22 = """
# BOZEMAN POLICE DEPARTMENT
901 N. Rouse Ave., Bozeman, MT 59715  |  Records & Investigations

November 4, 2026

Montana Department of Justice, Motor Vehicle Division
Records and Driver Control Bureau, P.O. Box 201430, Helena, MT 59620

RE: Request for driver record and photo - HOLLOWAY, Travis Lee, DOB 11/17/1998  (BPD Case 26-11872)

To the Records Bureau,

Our department is investigating a theft (Mont. Code Ann. § 45-6-301) and has been unable to serve the enclosed summons on the defendant at his last known address. We request his current address of record and a copy of his license photograph to assist in locating and identifying him. This request is made under MCA 61-11-105.

A copy of the municipal court summons is enclosed for reference.

Sgt. Whitney Ann Delgado
Bozeman Police Department
(406) 555-0177 | wdelgado@bozeman.net
\f
# IN THE MUNICIPAL COURT OF THE CITY OF BOZEMAN
# COUNTY OF GALLATIN, STATE OF MONTANA
CITY OF BOZEMAN, Plaintiff, v. TRAVIS LEE HOLLOWAY, Defendant.        Cause No. TK-2026-4419
# SUMMONS
TO THE ABOVE-NAMED DEFENDANT: You are hereby summoned to appear before this Court at 121 N. Rouse Ave., Bozeman, on December 3, 2026 at 9:00 a.m., to answer a complaint charging you with the offense of Theft. If you fail to appear, a warrant may be issued for your arrest.
Dated: October 28, 2026                /s/ K. Ostrowski, Clerk of Municipal Court
"""
doc("bxx22", "born_digital", text=T22, exp=dict(template="police letter enclosing a defendant's municipal court summons",
    agency_key="local-police", agency_name="Bozeman Police Department", person="Whitney Ann Delgado", title="Sgt.",
    email="wdelgado@bozeman.net", phone="(406) 555-0177",
    subjects=[("Travis Lee Holloway", "1998-11-17")],
    basis=["MCA 45-6-301", "MCA 61-11-105"], ptype="none", form=None,
    purpose="criminal_investigation", records=["address", "photo"], channel="mail"))

# ---------------------------------------------------------------- bxx23 contribution collection warrant
W23 = """
# MISSOURI DEPARTMENT OF LABOR AND INDUSTRIAL RELATIONS
# DIVISION OF EMPLOYMENT SECURITY
# WARRANT FOR COLLECTION OF DELINQUENT CONTRIBUTIONS
Employer: Brannigan Roofing LLC     Employer Account No. 418-772-0     Owner/Officer: Curtis Dale Brannigan
To any Sheriff of the State of Missouri: You are commanded to levy upon the goods and chattels of the above employer for unpaid contributions, interest and penalties totalling $18,442.17, pursuant to § 288.160, RSMo.
Issued: October 30, 2026        /s/ Director, Division of Employment Security
"""
B23 = """Hello,

The Division holds the attached collection warrant against Brannigan Roofing LLC. To locate assets for levy, please provide any vehicles titled or registered to the company or to its owner, Curtis Dale Brannigan (DOB 1971-10-04), and the address on his driver license.

Thank you,
Antoinette Vukovich
Collections Specialist, Tax Collections Unit
Division of Employment Security
(573) 555-0174 | antoinette.vukovich@labor.mo.gov
"""
H23 = "<html><body>" + "".join(f"<p>{l}</p>" for l in B23.split("\n") if l.strip()) + "</body></html>"
doc("bxx23", "eml", builder=lambda: mail("Antoinette Vukovich <antoinette.vukovich@labor.mo.gov>", "dorrecords@dor.mo.gov",
    "Collection warrant - Brannigan Roofing LLC - vehicle inquiry", body=B23, html=H23,
    atts=[("Collection_Warrant_4187720.pdf", pdf_bytes(W23), "application/pdf")], n=23),
    exp=dict(template="state contribution collection warrant emailed to motor vehicles (look-alike)",
    agency_key="other", agency_name="Division of Employment Security", person="Antoinette Vukovich",
    title="Collections Specialist", email="antoinette.vukovich@labor.mo.gov", phone="(573) 555-0174",
    subjects=[("Curtis Dale Brannigan", "1971-10-04")],
    basis=["RSMo 288.160"], ptype="none", form=None,
    purpose="unknown", records=["vehicle", "address"], channel="email"))

# ---------------------------------------------------------------- bxx24 txt probation officer
T24 = """Submitted via DES Law Enforcement Request Portal
Ref #: LERP-2026-11-00593
Submitted: 2026-11-18 15:42 MST
----------------------------------------
Requester name: Joaquín Ruelas-Bauer
Title: Adult Probation Officer II
Agency: Maricopa County Adult Probation Department
Email: jruelas-bauer@jbazmc.maricopa.gov
Phone: 602-555-0186
----------------------------------------
Subject name: BOOKER, Tyrell Marquise
Subject DOB: 04/03/1994
Other identifiers: Probation case CR2024-118832
----------------------------------------
Information requested:
Current employer and most recent wage record; address on file.
----------------------------------------
Reason for request:
Probationer was placed on supervised probation for Aggravated Assault (A.R.S. 13-1204). He has failed to report since September and we are preparing a petition to revoke. Need employer to locate him.
----------------------------------------
I certify this request is for official purposes.  [X]
"""
doc("bxx24", "txt", text=T24, exp=dict(template="probation officer web-portal request (pasted)",
    agency_key="other", agency_name="Maricopa County Adult Probation Department", person="Joaquín Ruelas-Bauer",
    title="Adult Probation Officer II", email="jruelas-bauer@jbazmc.maricopa.gov", phone="602-555-0186",
    subjects=[("Tyrell Marquise Booker", "1994-04-03")],
    basis=["ARS 13-1204"], ptype="none", form=None,
    purpose="criminal_investigation", records=["employment", "wages", "address"], channel="email"))

# ---------------------------------------------------------------- bxx25 DA letter calling itself subpoena
T25 = """
# OFFICE OF THE DISTRICT ATTORNEY
# FOURTH JUDICIAL DISTRICT - EL PASO AND TELLER COUNTIES
105 E. Vermijo Ave., Colorado Springs, CO 80903

November 16, 2026

Colorado Department of Revenue, Division of Motor Vehicles
Attn: Law Enforcement Records
1881 Pierce St., Lakewood, CO 80214

RE: SUBPOENA FOR RECORDS - Economic Crime Unit File ECU-26-1408

PLEASE CONSIDER THIS LETTER A SUBPOENA. This office is investigating identity theft under C.R.S. § 18-5-902 and requests, within ten days, the following records for:

    KOWALSKI-DUARTE, Brianna Leigh
    Date of birth: August 29, 1993
    Colorado DL: 09-114-3372

  - driver license application history and documents presented
  - all license photographs
  - current and prior addresses

We understand that C.R.S. § 24-74-103 permits the release of this information in support of an active criminal investigation.

Respectfully,

Marcus J. Adeyemi-Lund
Senior Deputy District Attorney
(719) 555-0146 | marcusadeyemilund@elpasoco.com
"""
doc("bxx25", "born_digital", text=T25, serif=True, exp=dict(template="DA letter styled as 'subpoena' with no court process",
    agency_key="district-attorney", agency_name="Office of the District Attorney, Fourth Judicial District", person="Marcus J. Adeyemi-Lund",
    title="Senior Deputy District Attorney", email="marcusadeyemilund@elpasoco.com", phone="(719) 555-0146",
    subjects=[("Brianna Leigh Kowalski-Duarte", "1993-08-29", ("license", "091143372"))],
    basis=["CRS 18-5-902", "CRS 24-74-103"], ptype="none", form=None,
    purpose="criminal_investigation", records=["license", "identity_documents", "photo", "address"], channel="mail"))

# ---------------------------------------------------------------- bxx26 txt web form local police
T26 = """NEBRASKA DMV - LAW ENFORCEMENT INFORMATION REQUEST (online form)
Confirmation: NE-LE-7731905
Date received: 11/05/2026 08:12

Officer:            Brett Kaminski
Badge/ID:           1187
Rank:               Officer
Department:         Lincoln Police Department
Department ORI:     NE0550100
Work phone:         402-555-0115
Work email:         bkaminski@lincoln.ne.gov

Case/Incident #:    LPD 26-014772
Offense:            Burglary (Neb. Rev. Stat. 28-507)

Person 1 - Last: PETTIS  First: Deshawn  Middle: Amari  DOB: 2001-06-14
Requested:          [X] Photo  [X] Address  [X] Vehicle registrations  [ ] Driving record

Comments: Suspect identified from doorbell camera. Need DL photo for photo lineup.
"""
doc("bxx26", "txt", text=T26, exp=dict(template="DMV online law-enforcement request form",
    agency_key="local-police", agency_name="Lincoln Police Department", person="Brett Kaminski", title="Officer",
    email="bkaminski@lincoln.ne.gov", phone="402-555-0115",
    subjects=[("Deshawn Amari Pettis", "2001-06-14")],
    basis=["NE Stat 28-507"], ptype="none", form=None,
    purpose="criminal_investigation", records=["photo", "address", "vehicle"], channel="email"))

# ---------------------------------------------------------------- bxx27 txt sheriff no reason
T27 = """WYDOT Driver Services - Records Request (web submission)
-------------------------------------------------------
Submitted: 2026-11-10 13:27
Requesting agency: Laramie County Sheriff's Office
Name: Deputy Harlan Voss
Email: hvoss@laramiecountywy.gov
Phone: (307) 555-0127
Purpose of request (required): need current addresses
Subjects:
  1) HUSSEIN, Ahmed Nur - DOB 12/01/1985
  2) JOVANOVIĆ, Milica - DOB 07/27/1979
Records: address of record only
Delivery: email
"""
doc("bxx27", "txt", text=T27, exp=dict(template="sheriff deputy web submission with no stated reason",
    agency_key="sheriff", agency_name="Laramie County Sheriff's Office", person="Harlan Voss", title="Deputy",
    email="hvoss@laramiecountywy.gov", phone="(307) 555-0127",
    subjects=[("Ahmed Nur Hussein", "1985-12-01"), ("Milica Jovanović", "1979-07-27")],
    basis=[], ptype="none", form=None, purpose="unknown", records=["address"], channel="email"))

# ---------------------------------------------------------------- bxx28 ERO html-only email
H28 = """<html><body style="font-family:Calibri,sans-serif">
<p>Good afternoon,</p>
<p>Requesting DMV information for the below subject, <b>for official use</b>:</p>
<table border="1" cellpadding="3">
<tr><td>Name</td><td>RAMÍREZ DE LA CRUZ, Jesús Alberto</td></tr>
<tr><td>DOB</td><td>1987-03-04</td></tr>
<tr><td>A#</td><td>205-118-664</td></tr>
</table>
<p>Need: current address, photo, and any vehicles registered. Authority: 8 USC 1357.</p>
<p>Thank you,<br>
Sandra Yilmaz<br>Deportation Officer<br>ICE/ERO Portland Sub-Office<br>
O: (503) 555-0155<br><a href="mailto:sandra.yilmaz@ice.dhs.gov">sandra.yilmaz@ice.dhs.gov</a></p>
</body></html>"""
doc("bxx28", "eml", builder=lambda: mail('"Yilmaz, Sandra" <sandra.yilmaz@ice.dhs.gov>', "dmv.records@odot.oregon.gov",
    "Info request", html=H28, n=28),
    exp=dict(template="ERO informal HTML-only email, for official use",
    agency_key="dhs-ice-ero", agency_name="ICE/ERO Portland Sub-Office", person="Sandra Yilmaz", title="Deportation Officer",
    email="sandra.yilmaz@ice.dhs.gov", phone="(503) 555-0155",
    subjects=[("Jesús Alberto Ramírez de la Cruz", "1987-03-04", ("a_number", "A205118664"))],
    basis=["8 USC 1357"], ptype="none", form=None, purpose="civil_immigration",
    records=["address", "photo", "vehicle"], channel="email"))

# ---------------------------------------------------------------- bxx29 HSI email + forwarded rfc822
def build29():
    inner = EmailMessage()
    inner["From"] = "Det. Carla Mendoza-Fitch <cmendoza-fitch@everettwa.gov>"
    inner["To"] = "Benedikt Hollis <benedikt.hollis@hsi.dhs.gov>"
    inner["Subject"] = "Golden Lotus Spa - names"
    inner["Date"] = format_datetime(BASE + timedelta(days=26))
    inner.set_content("""Ben,

Here are the two managers from the Golden Lotus Spa LLC case:
 - WÓJCIK, Dariusz, DOB 10/10/1982
 - LÊ, Văn Phúc, DOB 1975-06-30
The owner of record, Helen Zhou, is cooperating and is not a target.

Carla Mendoza-Fitch, Everett PD Special Investigations
""")
    body = """Good morning,

HSI Seattle is conducting a criminal investigation into sex trafficking and forced labor (18 U.S.C. § 1591) involving a massage business in Everett. I am requesting quarterly wage records, employer history, and addresses on file with ESD for the two individuals named in the forwarded message from Everett PD.

Please let me know if you need a formal request on letterhead.

Benedikt Hollis
Special Agent | Homeland Security Investigations - SAC Seattle
U.S. Immigration and Customs Enforcement
Cell: (206) 555-0198 | benedikt.hollis@hsi.dhs.gov
"""
    return mail("Hollis, Benedikt <benedikt.hollis@hsi.dhs.gov>", "esd.records@esd.wa.gov",
                "FW: Golden Lotus Spa - names", body=body, n=29, fwd=inner)
doc("bxx29", "eml", builder=build29, exp=dict(template="HSI email forwarding a detective's message as rfc822",
    agency_key="dhs-ice-hsi", agency_name="Homeland Security Investigations - SAC Seattle", person="Benedikt Hollis", title="Special Agent",
    email="benedikt.hollis@hsi.dhs.gov", phone="(206) 555-0198",
    subjects=[("Dariusz Wójcik", "1982-10-10"), ("Văn Phúc Lê", "1975-06-30")],
    basis=["18 USC 1591"], ptype="none", form=None, purpose="criminal_investigation",
    records=["wages", "employment", "address"], channel="email"))

# ---------------------------------------------------------------- bxx30 scanned Iowa DCI + search warrant
T30 = """
# IOWA DEPARTMENT OF PUBLIC SAFETY
# DIVISION OF CRIMINAL INVESTIGATION
215 E. 7th Street, Des Moines, IA 50319

November 15, 2026

Iowa Workforce Development, Legal Records Unit
1000 E. Grand Ave., Des Moines, IA 50319

Re: DCI Case 2026-07714 - Service of Search Warrant

IWD records are confidential under Iowa Code § 96.11; the enclosed search warrant issued by the Iowa District Court for Polk County authorizes their release. Please provide the records described to me.

Special Agent Marisa Delgado-Hertz
(515) 555-0159  |  delgado-hertz@dps.state.ia.us
\f
# IN THE IOWA DISTRICT COURT FOR POLK COUNTY
# SEARCH WARRANT
STATE OF IOWA, POLK COUNTY, ss.                        No. SWCR 418233
TO ANY PEACE OFFICER OF THE STATE:
Proof by affidavit having been made before me by Special Agent Marisa Delgado-Hertz, Iowa DCI, that there is probable cause to believe that records held by Iowa Workforce Development constitute evidence of Murder in the First Degree, Iowa Code § 707.2, you are commanded to search said records for:
  Employer wage reports, employer names and addresses, and claimant address records for
  MOSS, Kendrick Allan, DOB 05/02/1987,
for the period January 1, 2025 to present, and to seize the same, making return according to law (Iowa Code § 808.3 et seq.).
The decedent, Teresa Ann Moss, is named in the affidavit.
Dated 11/14/2026 at 4:05 p.m.
/s/ Petra J. Lindqvist
District Associate Judge, Fifth Judicial District of Iowa
"""
doc("bxx30", "scanned", text=T30, flips={1: 90}, exp=dict(template="scanned state DCI letter + Iowa district court search warrant",
    agency_key="state-police", agency_name="Iowa Department of Public Safety, Division of Criminal Investigation",
    person="Marisa Delgado-Hertz", title="Special Agent", email="delgado-hertz@dps.state.ia.us", phone="(515) 555-0159",
    subjects=[("Kendrick Allan Moss", "1987-05-02")],
    basis=["IA Code 96.11", "IA Code 707.2", "IA Code 808.3"], ptype="judicial_warrant", form=None,
    purpose="criminal_investigation", records=["wages", "employment", "address"], channel="mail"))

# ---------------------------------------------------------------- bxx31 SSA OIG letter
T31 = """
# SOCIAL SECURITY ADMINISTRATION
# OFFICE OF THE INSPECTOR GENERAL
Office of Investigations - Dallas Field Division, Oklahoma City Office
200 NW 5th Street, Suite 910, Oklahoma City, OK 73102

2026-11-13

Oklahoma Employment Security Commission
Attn: Custodian of Wage Records
Will Rogers Memorial Office Building, 2401 N. Lincoln Blvd., Oklahoma City, OK 73105

Our File: OK-26-0447-R

Dear Custodian,

The Social Security Administration, Office of the Inspector General, is investigating Harold Wayne TIDWELL (date of birth January 22, 1958; SSN xxx-xx-6620) for concealing work activity while receiving disability benefits, in violation of 42 U.S.C. § 408(a)(4) and 18 U.S.C. § 641.

We request quarterly wage records, employer names and addresses, and any unemployment claims filed by Mr. Tidwell from January 2022 to the present. Disclosure to a federal agency for this purpose is permitted under 20 C.F.R. § 603.5.

Please send the records to the undersigned.

Sincerely,

Renée Castellano-Boyd
Special Agent
Telephone: (405) 555-0103
renee.castellano-boyd@ssa.gov
"""
doc("bxx31", "born_digital", text=T31, exp=dict(template="SSA OIG letter requesting wage records",
    agency_key="ssa-oig", agency_name="Social Security Administration, Office of the Inspector General", person="Renée Castellano-Boyd",
    title="Special Agent", email="renee.castellano-boyd@ssa.gov", phone="(405) 555-0103",
    subjects=[("Harold Wayne Tidwell", "1958-01-22", ("ssn_last4", "6620"))],
    basis=["42 USC 408", "18 USC 641", "20 CFR 603.5"], ptype="none", form=None,
    purpose="criminal_investigation", records=["wages", "employment", "claims"], channel="mail"))

# ---------------------------------------------------------------- bxx32 txt USMS mention of warrant
T32 = """U.S. MARSHALS SERVICE - GREAT LAKES REGIONAL FUGITIVE TASK FORCE
INFORMATION REQUEST (text copy for records unit)

TO:    Michigan Department of State, Law Enforcement Records
FROM:  Deputy U.S. Marshal Aleksandra Nowicka-Reyes
       231 W. Lafayette Blvd., Detroit, MI 48226
       313-555-0171 / aleksandra.nowicka-reyes@usdoj.gov
DATE:  November 21, 2026

FUGITIVE:  ASANTE-MENSAH, Kwabena
DOB:       September 9, 1975
USMS #:    88412-039

Subject is wanted on a federal arrest warrant issued by the U.S. District Court for the Eastern District of Michigan for violation of supervised release (18 U.S.C. 3583). A copy of the warrant can be provided on request.

REQUEST: current address of record, license photo, and vehicles registered to subject.
"""
doc("bxx32", "txt", text=T32, exp=dict(template="USMS fugitive request mentioning (not attaching) an arrest warrant",
    agency_key="doj-usms", agency_name="U.S. Marshals Service - Great Lakes Regional Fugitive Task Force", person="Aleksandra Nowicka-Reyes",
    title="Deputy U.S. Marshal", email="aleksandra.nowicka-reyes@usdoj.gov", phone="313-555-0171",
    subjects=[("Kwabena Asante-Mensah", "1975-09-09", ("other", "88412-039"))],
    basis=["18 USC 3583"], ptype="none", form=None, purpose="criminal_investigation",
    records=["address", "photo", "vehicle"], channel="email"))

EXT = {"born_digital": "pdf", "scanned": "pdf", "fax": "tif", "eml": "eml", "txt": "txt"}

def main():
    for i, fmt, kw in DOCS:
        path = os.path.join(OUT, f"{i}.{EXT[fmt]}")
        if fmt == "born_digital":
            open(path, "wb").write(pdf_bytes(kw["text"], serif=kw.get("serif", False)))
        elif fmt == "scanned":
            write_scanned(path, kw["text"], kw.get("flips"), kw.get("serif", False))
        elif fmt == "fax":
            write_fax(path, kw["text"], kw["header"])
        elif fmt == "eml":
            open(path, "wb").write(kw["builder"]())
        elif fmt == "txt":
            open(path, "w", encoding="utf-8").write(kw["text"].lstrip("\n"))
        e = expected(i, fmt, **kw["exp"])
        with open(os.path.join(OUT, f"{i}.expected.json"), "w", encoding="utf-8") as f:
            json.dump(e, f, ensure_ascii=False, indent=2); f.write("\n")
    print(len(DOCS), "documents")

if __name__ == "__main__":
    main()
