"""Builds the blind_zz sample set deterministically.  Run with /work/main/.venv/bin/python."""
import io, json, os, random, subprocess, tempfile
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
from reportlab.lib.utils import simpleSplit
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import numpy as np

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/author_zz"
os.makedirs(TMP, exist_ok=True)
RNG = random.Random(20261)
np.random.seed(20261)
W, H = letter

# ---------------------------------------------------------------- rendering
def render_pdf(pages, path, title="document"):
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    c.setTitle(title)
    for page in pages:
        y = H - 60
        lines = page.strip("\n").split("\n")
        i = 0
        while i < len(lines):
            ln = lines[i]
            if ln.startswith("#T "):
                rows = []
                while i < len(lines) and lines[i].startswith("#T "):
                    rows.append([x.strip() for x in lines[i][3:].split("|")])
                    i += 1
                ncol = max(len(r) for r in rows)
                tw = W - 120
                widths = [tw * 0.35] + [tw * 0.65 / (ncol - 1)] * (ncol - 1) if ncol > 1 else [tw]
                for r in rows:
                    x = 60
                    c.setFont("Helvetica", 9)
                    for k in range(ncol):
                        txt = r[k] if k < len(r) else ""
                        c.rect(x, y - 5, widths[k], 16)
                        c.drawString(x + 3, y, txt[:95])
                        x += widths[k]
                    y -= 16
                y -= 6
                continue
            i += 1
            if ln.startswith("#C "):
                c.setFont("Helvetica-Bold", 12); c.drawCentredString(W / 2, y, ln[3:]); y -= 17
            elif ln.startswith("#c "):
                c.setFont("Helvetica", 10); c.drawCentredString(W / 2, y, ln[3:]); y -= 13
            elif ln.startswith("#B "):
                c.setFont("Helvetica-Bold", 10)
                for s_ in simpleSplit(ln[3:], "Helvetica-Bold", 10, W - 120):
                    c.drawString(60, y, s_); y -= 14
            elif ln.startswith("#R"):
                c.line(60, y + 4, W - 60, y + 4); y -= 8
            elif ln.startswith("#I "):
                c.saveState(); c.setFont("Courier-BoldOblique", 12); c.rotate(2)
                c.drawString(80, y - 3, ln[3:]); c.restoreState(); y -= 18
            elif ln.startswith("#S "):
                c.saveState(); c.setFont("Helvetica-Bold", 11)
                tw = c.stringWidth(ln[3:], "Helvetica-Bold", 11)
                c.translate(W - 90 - tw, y); c.rotate(-4)
                c.rect(-6, -6, tw + 12, 22); c.drawString(0, 0, ln[3:]); c.restoreState(); y -= 26
            elif ln.startswith("#M "):
                c.setFont("Courier", 9); c.drawString(60, y, ln[3:]); y -= 11
            elif ln.startswith("#F "):
                c.setFont("Helvetica-Oblique", 7)
                for s in simpleSplit(ln[3:], "Helvetica-Oblique", 7, W - 120):
                    c.drawString(60, 40, s)
            elif ln.strip() == "":
                y -= 8
            else:
                c.setFont("Helvetica", 10)
                for s in simpleSplit(ln, "Helvetica", 10, W - 120):
                    c.drawString(60, y, s); y -= 13
            if y < 50:
                c.showPage(); y = H - 60
        c.showPage()
    c.save()

def pdf_to_images(pdf, dpi):
    d = tempfile.mkdtemp(dir=TMP)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf, d + "/p"], check=True)
    return [Image.open(os.path.join(d, f)).convert("L") for f in sorted(os.listdir(d))]

def degrade(im, angle, rot=0, grey=225, noise=14):
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    a = np.asarray(im).astype(np.float32)
    a = a * (grey / 255.0) + np.random.normal(0, noise, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
    if rot:
        im = im.rotate(rot, expand=True)
    return im

def make_scanned(pages, path, rots):
    pdf = os.path.join(TMP, os.path.basename(path) + ".src.pdf")
    render_pdf(pages, pdf)
    ims = pdf_to_images(pdf, 200)
    out = []
    for k, im in enumerate(ims):
        im = degrade(im, RNG.uniform(-2, 2), rots[k] if k < len(rots) else 0, grey=RNG.randint(210, 232))
        b = io.BytesIO(); im.save(b, "JPEG", quality=40); b.seek(0)
        out.append(Image.open(b).convert("L"))
    import time; fixed = time.gmtime(1793534400)
    out[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=out[1:],
                creationDate=fixed, modDate=fixed)

def fax_font():
    for p in ["/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
              "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf"]:
        if os.path.exists(p):
            return ImageFont.truetype(p, 26)
    return ImageFont.load_default()

def make_fax(pages, path, header):
    pdf = os.path.join(TMP, os.path.basename(path) + ".src.pdf")
    render_pdf(pages, pdf)
    ims = pdf_to_images(pdf, 200)
    out = []
    f = fax_font()
    for k, im in enumerate(ims):
        im = im.rotate(RNG.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=255)
        d = ImageDraw.Draw(im)
        d.text((40, 12), header + f"   P.{k+1:03d}/{len(ims):03d}", fill=0, font=f)
        a = np.asarray(im).astype(np.float32) + np.random.normal(0, 18, (im.height, im.width))
        bw = Image.fromarray(np.where(a > 150, 255, 0).astype(np.uint8)).convert("1")
        out.append(bw)
    out[0].save(path, compression="group4", dpi=(200, 200), save_all=True, append_images=out[1:])

def page_image(pages, kind, name):
    pdf = os.path.join(TMP, name + ".src.pdf")
    render_pdf(pages, pdf)
    im = pdf_to_images(pdf, 150)[0]
    im = degrade(im, RNG.uniform(-1.5, 1.5), grey=228, noise=(3 if kind == "png" else 8))
    b = io.BytesIO()
    if kind == "png":
        im.save(b, "PNG", optimize=True)
    else:
        im.save(b, "JPEG", quality=60)
    return b.getvalue()

def pdf_bytes(pages, name):
    pdf = os.path.join(TMP, name + ".att.pdf")
    render_pdf(pages, pdf, title=name)
    return open(pdf, "rb").read()

BASE = datetime(2026, 10, 1, 8, 0, tzinfo=timezone(timedelta(hours=-6)))

def make_eml(path, frm, to, subject, body, day, html=None, html_only=False, atts=(), msgid=None, cc=None, fwd=None):
    m = EmailMessage()
    m["From"] = frm; m["To"] = to
    if cc: m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(BASE + timedelta(days=day, hours=RNG.randint(0, 8), minutes=RNG.randint(0, 59)))
    m["Message-ID"] = msgid or f"<{abs(hash(subject)) % 10**9}.{day}@mail.example.gov>"
    if html_only:
        m.set_content(html, subtype="html")
    else:
        m.set_content(body)
        if html:
            m.add_alternative(html, subtype="html")
    for fn, data, mt in atts:
        maintype, sub = mt.split("/")
        m.add_attachment(data, maintype=maintype, subtype=sub, filename=fn)
    if fwd is not None:
        m.add_attachment(fwd)
    n = 0
    for part in m.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary(f"==_zz_{os.path.basename(path)}_{n}_==")
    with open(path, "wb") as f:
        f.write(bytes(m))

# ---------------------------------------------------------------- labels
def S(name, dob=None, *ids):
    return {"name": name, "dob": dob, "identifiers": [{"type": t, "value": v} for t, v in ids]}

def label(id_, fmt, template, ak, an, person, title, email, phone, subjects, basis, ptype, form,
          purpose, records, channel):
    return {"id": id_, "family": "blind-zz", "format": fmt, "template": template,
            "requestor": {"agency_key": ak, "agency_name": an, "person": person, "title": title,
                          "email": email, "phone": phone},
            "subjects": subjects, "legal_basis": [{"normalized": b} for b in basis],
            "legal_process": {"type": ptype,
                              "court_issued": ptype in ("judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"),
                              "form": form},
            "warrant_or_subpoena_attached": ptype != "none", "purpose": purpose,
            "records_requested": records, "channel": channel}

DOCS = []
def doc(**kw):
    DOCS.append(kw)

# ================================================================ documents
# ---- bzz01 born_digital, ERO Honolulu letter, no process
doc(id="bzz01", fmt="born_digital", pages=["""
#C U.S. Department of Homeland Security
#c U.S. Immigration and Customs Enforcement
#c Enforcement and Removal Operations - Honolulu Sub-Office
#c 595 Ala Moana Blvd, Honolulu, HI 96813
#R
October 5, 2026

Hawaii Department of Transportation
Motor Vehicle Safety Office - Driver Records
Attn: Custodian of Records

RE: Request for Records - ERO Case Ref. HON-26-0419

Dear Custodian of Records:

Pursuant to section 287 of the Immigration and Nationality Act (8 U.S.C. § 1357), U.S. Immigration and Customs Enforcement respectfully requests your assistance in locating the individuals listed below. Please provide the most recent residential and mailing address, the digital license or State ID photograph, and any vehicle registered to each person.

#T Name | Date of Birth | Alien Number
#T NÚÑEZ-IBÁÑEZ, José Manuel | 07/14/1988 | A208 114 557
#T NGUYEN, Thi Lan | 03/22/1991 | A212-603-118

This information is requested for official use only and will not be disseminated outside the Department. Responses may be returned by email to the undersigned.

Sincerely,


Kalani M. Akana
Deportation Officer
ICE ERO Honolulu
Tel. (808) 555-0147 | kalani.akana@ice.dhs.gov
#F FOR OFFICIAL USE ONLY. This letter may contain information protected under the Privacy Act, 5 U.S.C. § 552a. Do not release without prior authorization.
"""],
label=label("bzz01", "born_digital", "ERO sub-office letter with subject table", "dhs-ice-ero",
    "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations - Honolulu Sub-Office",
    "Kalani M. Akana", "Deportation Officer", "kalani.akana@ice.dhs.gov", "(808) 555-0147",
    [S("José Manuel Núñez-Ibáñez", "1988-07-14", ("a_number", "A208114557")),
     S("Thi Lan Nguyen", "1991-03-22", ("a_number", "A212603118"))],
    ["INA 287", "8 USC 1357", "5 USC 552a"], "none", None, "civil_immigration",
    ["address", "photo", "vehicle"], "mail"))

# ---- bzz02 born_digital, Alaska State Troopers cover + superior court search warrant
doc(id="bzz02", fmt="born_digital", pages=["""
#C STATE OF ALASKA
#c Department of Public Safety - Alaska State Troopers
#c Alaska Bureau of Investigation, Major Crimes Unit
#c 5700 E. Tudor Road, Anchorage, AK 99507
#R
AST Case No. 26-0871142                                   10/06/2026

Alaska Division of Motor Vehicles
Research and Records Section

Records Custodian,

Enclosed please find a search warrant issued by the Superior Court at Anchorage for driver and vehicle records of Dmitri V. KOVALENKO, DOB 11 Feb 1979, Alaska DL 7719302. The warrant was issued in connection with an investigation into theft in the first degree, AS 11.46.120, and scheme to defraud, AS 11.46.600.

Please provide the driver license history, the photograph on file, all registered vehicles and title history, and any addresses reported since January 1, 2022. Records may be delivered to me in person or via the secure email below.

Inv. Natalie R. Sorensen
Alaska Bureau of Investigation
(907) 555-0132   natalie.sorensen@alaska.gov
""", """
#C IN THE SUPERIOR COURT FOR THE STATE OF ALASKA
#c THIRD JUDICIAL DISTRICT AT ANCHORAGE
#R
In the Matter of the Search of:                  Case No. 3AN-26-04418SW
Records of the Alaska Division of Motor Vehicles
relating to Dmitri V. Kovalenko

#C SEARCH WARRANT

TO ANY PEACE OFFICER IN THE STATE OF ALASKA:

Affidavit having been made before me by Investigator Natalie R. Sorensen, Alaska State Troopers, and I being satisfied that there is probable cause to believe that the following records are evidence of the crimes of Theft in the First Degree (AS 11.46.120) and Scheme to Defraud (AS 11.46.600):

#T Person | Dmitri V. Kovalenko, DOB 02/11/1979
#T Alaska DL | 7719302
#T Records | DL history, photograph, vehicle registrations and titles, addresses

YOU ARE HEREBY COMMANDED to search for and seize the records described above within 10 days of the date of issuance, in accordance with Alaska Criminal Rule 37 and AS 12.35.020, and to return this warrant with an inventory.

DATED at Anchorage, Alaska, on October 2, 2026, at 3:40 p.m.

____________________________
Hon. Patricia L. Ahnangnatoguk
Superior Court Judge
"""],
label=label("bzz02", "born_digital", "state police cover letter + state superior court search warrant", "state-police",
    "Alaska State Troopers, Alaska Bureau of Investigation", "Natalie R. Sorensen", "Investigator",
    "natalie.sorensen@alaska.gov", "(907) 555-0132",
    [S("Dmitri V. Kovalenko", "1979-02-11", ("license", "7719302"))],
    ["AS 11.46.120", "AS 11.46.600", "AK CrimP 37", "AS 12.35.020"], "judicial_warrant", None,
    "criminal_investigation", ["license", "photo", "vehicle", "address"], "mail"))

# ---- bzz03 born_digital, USAO NM application letter + federal court order (wages)
doc(id="bzz03", fmt="born_digital", pages=["""
#C U.S. Department of Justice
#c United States Attorney's Office - District of New Mexico
#c 201 Third Street NW, Suite 900, Albuquerque, NM 87102
#R
October 7, 2026

Custodian of Records
New Mexico Department of Workforce Solutions
Unemployment Insurance Tax & Claims Bureau

Re: United States v. Gómez, et al., No. 26-MR-1187 KWR

Dear Custodian:

Enclosed is an Order of the United States District Court for the District of New Mexico directing production of quarterly wage and unemployment claim records for the two persons named in the Order. The request is made consistent with 20 C.F.R. § 603.5 and the Court's Order. The matter concerns an ongoing investigation of wire fraud, 18 U.S.C. § 1343.

Please send the records to Special Agent Kyle Benally (FBI Albuquerque), who is assisting, at kbenally@fbi.gov, or contact me with any questions.

Respectfully,

Adriana Montoya-Fresquez
Assistant United States Attorney
(505) 555-0166  adriana.montoya-fresquez@usdoj.gov
cc: SA Kyle Benally, FBI
""", """
#C UNITED STATES DISTRICT COURT
#c FOR THE DISTRICT OF NEW MEXICO
#R
IN THE MATTER OF THE APPLICATION OF THE          Misc. No. 26-MR-1187 KWR
UNITED STATES FOR AN ORDER DIRECTING
PRODUCTION OF STATE WAGE RECORDS

#C ORDER

This matter comes before the Court on the application of the United States. The Court finds that the records described below are relevant and material to an ongoing criminal investigation.

IT IS ORDERED that the New Mexico Department of Workforce Solutions shall, within fourteen (14) days, produce all quarterly wage records, employer names and addresses, and unemployment insurance claims and payments from January 1, 2023 to present for:

#T GÓMEZ, Lucía del Carmen | DOB 1984-09-30 | SSN xxx-xx-4471
#T OKAFOR, Raymond T. | DOB 1977-01-05 | SSN xxx-xx-9052

IT IS FURTHER ORDERED that the Department shall not disclose the existence of this Order to the persons named for a period of ninety days.

IT IS SO ORDERED.

____________________________
KEA W. RIGGS
UNITED STATES DISTRICT JUDGE
"""],
label=label("bzz03", "born_digital", "AUSA cover letter + federal district court order for wage records", "doj-usao",
    "United States Attorney's Office - District of New Mexico", "Adriana Montoya-Fresquez",
    "Assistant United States Attorney", "adriana.montoya-fresquez@usdoj.gov", "(505) 555-0166",
    [S("Lucía del Carmen Gómez", "1984-09-30", ("ssn_last4", "4471")),
     S("Raymond T. Okafor", "1977-01-05", ("ssn_last4", "9052"))],
    ["20 CFR 603.5", "18 USC 1343"], "court_order", None, "criminal_investigation",
    ["wages", "employment", "claims", "benefits"], "mail"))

# ---- bzz04 born_digital, AUSA OK letter + AO 110
doc(id="bzz04", fmt="born_digital", pages=["""
#C UNITED STATES ATTORNEY'S OFFICE
#c Western District of Oklahoma
#c 210 Park Avenue, Suite 400, Oklahoma City, Oklahoma 73102
#R
6 October 2026

VIA FEDEX
Oklahoma Employment Security Commission
Legal Division - Subpoena Compliance
Will Rogers Memorial Office Building
Oklahoma City, OK 73105

Re: Grand Jury Subpoena No. GJ-26-331

Ladies and Gentlemen:

Attached is a federal grand jury subpoena calling for wage and claim records for Abdirahman Mohamed HASSAN (DOB 06/02/1990) and Hodan WARSAME (DOB 1993-12-11). In lieu of appearing before the grand jury, you may comply by producing the records, together with a completed certificate of authenticity, to the undersigned on or before the return date.

The grand jury is investigating possible violations of Title 21, United States Code, Sections 841 and 846. Please do not disclose the existence of this subpoena, as disclosure could impede the investigation. Grand jury matters are secret under Rule 6(e) of the Federal Rules of Criminal Procedure.

Very truly yours,

Matthew J. Pryor
Assistant U.S. Attorney
405-555-0121 | matthew.pryor@usdoj.gov
""", """
#B AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
#C UNITED STATES DISTRICT COURT
#c for the
#c Western District of Oklahoma
#R
#C SUBPOENA TO TESTIFY BEFORE A GRAND JURY

To: Custodian of Records, Oklahoma Employment Security Commission

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.

#T Place: | U.S. Courthouse, 200 NW 4th St., Grand Jury Room 3
#T Date and Time: | 11/03/2026 9:00 am

You must also bring with you the following documents, electronically stored information, or objects:
All quarterly wage reports, employer names, and unemployment insurance claims, 01/01/2024 to present, for Abdirahman Mohamed Hassan (DOB 06/02/1990) and Hodan Warsame (DOB 12/11/1993).

Date: 10/05/2026                          CLERK OF COURT
                                          /s/ J. Whitfield, Deputy Clerk

The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are:
Matthew J. Pryor, AUSA, 210 Park Avenue, Suite 400, Oklahoma City, OK 73102, matthew.pryor@usdoj.gov, 405-555-0121
"""],
label=label("bzz04", "born_digital", "AUSA letter + AO 110 grand jury subpoena", "doj-usao",
    "United States Attorney's Office, Western District of Oklahoma", "Matthew J. Pryor",
    "Assistant U.S. Attorney", "matthew.pryor@usdoj.gov", "405-555-0121",
    [S("Abdirahman Mohamed Hassan", "1990-06-02"), S("Hodan Warsame", "1993-12-11")],
    ["21 USC 841", "21 USC 846", "FRCrP 6"], "grand_jury_subpoena", "AO 110", "criminal_investigation",
    ["wages", "employment", "claims"], "mail"))

# ---- bzz05 born_digital, Louisiana DA subpoena duces tecum (criminal trial)
doc(id="bzz05", fmt="born_digital", pages=["""
#C OFFICE OF THE DISTRICT ATTORNEY
#c Fifteenth Judicial District - Lafayette, Acadia and Vermilion Parishes
#c 800 S. Buchanan St., Lafayette, LA 70501
#R
October 8, 2026

Louisiana Office of Motor Vehicles
Custodian of Records, Baton Rouge

RE: State of Louisiana v. Tremaine Jerome Batiste, Docket No. CR-2025-14472 "C"

Please find attached a subpoena duces tecum for trial in the above-captioned matter. The defendant is charged with second degree murder, La. R.S. 14:30.1. The State requires certified copies of the driver's license application, photograph, and address history of the defendant, as well as the vehicle registration records for any vehicle registered to him.

In lieu of appearance, certified copies may be forwarded with the enclosed business-records affidavit (La. C.E. art. 803(6)).

Thank you for your prompt attention.

Danielle C. Thibodeaux
Assistant District Attorney
(337) 555-0178 | dthibodeaux@15thjdc-da.la.gov
""", """
#C FIFTEENTH JUDICIAL DISTRICT COURT
#c PARISH OF LAFAYETTE, STATE OF LOUISIANA
#R
STATE OF LOUISIANA                                    NO. CR-2025-14472 "C"
VERSUS
TREMAINE JEROME BATISTE

#C SUBPOENA DUCES TECUM

TO: Custodian of Records, Louisiana Office of Motor Vehicles, 7979 Independence Blvd., Baton Rouge, LA

YOU ARE COMMANDED to appear before the Fifteenth Judicial District Court, Courtroom 5C, on November 16, 2026 at 9:00 a.m., to testify as a witness in the above-entitled criminal proceeding, and to bring with you:

Certified driver's license record, application, photograph, and address history for Tremaine Jerome Batiste, born March 3, 1996; all vehicle registrations in his name.

Issued at the request of the District Attorney under La. C.Cr.P. art. 732.
Witness for the State: Ashley Fontenot (victim's sister) - separately served.

Lafayette, Louisiana, this 7th day of October, 2026.

____________________________
Deputy Clerk of Court, Lafayette Parish
"""],
label=label("bzz05", "born_digital", "DA letter + parish criminal trial subpoena duces tecum", "district-attorney",
    "Office of the District Attorney, Fifteenth Judicial District", "Danielle C. Thibodeaux",
    "Assistant District Attorney", "dthibodeaux@15thjdc-da.la.gov", "(337) 555-0178",
    [S("Tremaine Jerome Batiste", "1996-03-03")],
    ["LA RS 14:30.1", "LA CE 803", "LA CCrP 732"], "court_subpoena", None, "criminal_investigation",
    ["license", "photo", "address", "vehicle"], "mail"))

# ---- bzz06 born_digital, DEA 21 USC 876 subpoena to Arkansas DWS
doc(id="bzz06", fmt="born_digital", pages=["""
#C U.S. DEPARTMENT OF JUSTICE
#C DRUG ENFORCEMENT ADMINISTRATION
#c New Orleans Field Division - Little Rock District Office
#R
#C SUBPOENA
#c (Title 21, United States Code, Section 876)

TO: Custodian of Records                                File No.: R3-26-0094
    Arkansas Division of Workforce Services              Subpoena No.: LR-26-211
    P.O. Box 2981, Little Rock, AR 72203

In connection with an investigation under Title 21, United States Code, Sections 841 and 846, relating to the enforcement of the Controlled Substances Act, YOU ARE HEREBY REQUIRED to produce the records described below to Special Agent Brent T. Lockhart at the DEA Little Rock District Office, 10825 Financial Centre Pkwy, Little Rock, AR, on or before October 30, 2026.

#T Subject | DOB | Identifier
#T Ernesto de la Cruz Villanueva | April 17, 1982 | AR DL 930041226
#T ORTEGA, Jaime Luis | October 9, 1986 | -

Records: employer names and addresses, quarterly wages, and unemployment claims, 01/2024 - present; addresses and telephone numbers on file.

Failure to comply with this subpoena may result in the Attorney General seeking enforcement by a United States District Court, pursuant to 21 U.S.C. § 876(c), which may punish failure to obey as contempt.

Issued: October 6, 2026

____________________________
Brent T. Lockhart, Special Agent
(501) 555-0119  brent.t.lockhart@dea.gov
""", """
#C CERTIFICATE OF AUTHENTICITY OF BUSINESS RECORDS
#c (Fed. R. Evid. 902(11))

I, ________________________, attest that I am employed by the Arkansas Division of Workforce Services and am a custodian of the records produced in response to DEA Subpoena No. LR-26-211, and that the records were made at or near the time of the occurrence of the matters set forth.

Signature: ________________________        Date: ______________
#F Return this certificate with the records. Questions: SA Brent T. Lockhart, DEA Little Rock, (501) 555-0119.
"""],
label=label("bzz06", "born_digital", "DEA section 876 administrative subpoena + FRE 902(11) certificate", "doj-dea",
    "Drug Enforcement Administration, New Orleans Field Division - Little Rock District Office",
    "Brent T. Lockhart", "Special Agent", "brent.t.lockhart@dea.gov", "(501) 555-0119",
    [S("Ernesto de la Cruz Villanueva", "1982-04-17", ("license", "930041226")),
     S("Jaime Luis Ortega", "1986-10-09")],
    ["21 USC 876", "21 USC 841", "21 USC 846", "FRE 902"], "administrative_subpoena", None,
    "criminal_investigation", ["employment", "wages", "claims", "address", "phone"], "mail"))

# ---- bzz07 born_digital, ERO New Orleans letter + I-205
doc(id="bzz07", fmt="born_digital", pages=["""
#C U.S. Immigration and Customs Enforcement
#c Enforcement and Removal Operations | New Orleans Field Office
#c Jackson, Mississippi Sub-Office, 100 W. Capitol St., Jackson, MS 39269
#R
Date: 2026-10-09

TO: Mississippi Department of Public Safety, Driver Service Bureau - Records

SUBJECT: Address Verification - HERNÁNDEZ RUIZ, Marisol (A097 455 210)

Good morning. ERO Jackson is attempting to locate the above individual, DOB 08/01/1992, who is subject to a final order of removal. A copy of the executed-in-part Warrant of Removal/Deportation is attached for your reference. We would appreciate any current residential address, telephone number, and vehicle information on file with your agency.

Thank you,

SDDO Roberto "Rob" Lejeune
Supervisory Detention and Deportation Officer
601-555-0143  roberto.lejeune@ice.dhs.gov
""", """
#B DHS Form I-205 (8/07)                                         U.S. Department of Homeland Security
#C WARRANT OF REMOVAL/DEPORTATION
#R
File No: A097 455 210                                             Date: 09/29/2026

To any immigration officer of the United States Department of Homeland Security:

Marisol HERNÁNDEZ RUIZ
(Full name of alien)

who entered the United States at Hidalgo, TX on or about 05/2014, is subject to removal/deportation from the United States, based upon a final order by:
[X] an immigration judge in exclusion, deportation, or removal proceedings
[ ] a designated official
[ ] the Board of Immigration Appeals
[ ] a United States District or Magistrate Court Judge
and pursuant to the following provisions of the Immigration and Nationality Act: section 241(a)

I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary of Homeland Security under the laws of the United States and by his or her direction, command you to take into custody and remove from the United States the above-named alien, pursuant to law, at the expense of the appropriation for enforcement of immigration laws.

____________________________
(Signature of immigration officer)   Assistant Field Office Director, New Orleans
"""],
label=label("bzz07", "born_digital", "ERO letter + DHS Form I-205", "dhs-ice-ero",
    "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, New Orleans Field Office",
    "Roberto Lejeune", "Supervisory Detention and Deportation Officer", "roberto.lejeune@ice.dhs.gov", "601-555-0143",
    [S("Marisol Hernández Ruiz", "1992-08-01", ("a_number", "A097455210"))],
    ["INA 241"], "administrative_warrant", "I-205", "civil_immigration",
    ["address", "phone", "vehicle"], "mail"))

# ---- bzz08 born_digital, I-247A to Georgia DOC
doc(id="bzz08", fmt="born_digital", pages=["""
#B DHS Form I-247A (3/17)                          DEPARTMENT OF HOMELAND SECURITY
#C IMMIGRATION DETAINER - NOTICE OF ACTION
#R
#T Subject ID: | 398 221 774
#T Event #: | ATL2610000213
#T File No: | A201 447 903
#T Date: | October 12, 2026
TO: Georgia Department of Corrections, Offender Administration, 300 Patrol Rd, Forsyth, GA 31029
FROM: ICE ERO Atlanta Field Office, 180 Ted Turner Dr SW, Atlanta, GA 30303

Name of Alien: TRAN, Quoc Bao        Date of Birth: 05/19/1985        Citizenship: Vietnam        Sex: M
GDC ID: 1002245

1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON:
[X] a final order of removal against the alien;
[ ] the pendency of ongoing removal proceedings against the alien;

IT IS THEREFORE REQUESTED THAT YOU:
Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody. Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody.

This detainer arises from DHS authorities and should not impact decisions about the alien's bail, rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, or other matters. This form is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. § 287.7.

[X] Form I-205, Warrant of Removal/Deportation, signed by an immigration officer, is attached.

Officer: Deportation Officer Chidi A. Nwosu  (678) 555-0188  chidi.nwosu@ice.dhs.gov
____________________________
(Signature of Immigration Officer)
"""],
label=label("bzz08", "born_digital", "DHS Form I-247A detainer to state corrections", "dhs-ice-ero",
    "ICE ERO Atlanta Field Office", "Chidi A. Nwosu", "Deportation Officer", "chidi.nwosu@ice.dhs.gov", "(678) 555-0188",
    [S("Quoc Bao Tran", "1985-05-19", ("a_number", "A201447903"), ("other", "1002245"))],
    ["INA 236", "INA 287", "8 CFR 287.7"], "detainer", "I-247A", "civil_immigration",
    ["other"], "mail"))

# ---- bzz09 born_digital, Kentucky State Police letter, no process
doc(id="bzz09", fmt="born_digital", pages=["""
#C KENTUCKY STATE POLICE
#c Post 13 - Hazard | 200 Kentucky State Police Drive, Hazard, KY 41701
#R
KSP Case # 13-26-0781

Oct. 13, 2026

Kentucky Transportation Cabinet
Division of Driver Licensing - Records Request

To whom it may concern:

I am investigating a theft by unlawful taking (KRS 514.030) that occurred in Perry County on or about September 28, 2026. I am requesting the operator's license photograph, the address of record and any vehicles registered to:

    WHITAKER, Brandon Lee    DOB: December 1, 1989    KY OL# W04-418-832

This request is made for use by a law enforcement agency in carrying out its functions, as permitted by the Driver's Privacy Protection Act, 18 U.S.C. § 2721(b)(1).

Respectfully,

Det. Sgt. Harlan C. Combs
Kentucky State Police, Post 13
606-555-0125 | harlan.combs@ky.gov
"""],
label=label("bzz09", "born_digital", "state police letter citing DPPA", "state-police",
    "Kentucky State Police, Post 13", "Harlan C. Combs", "Detective Sergeant", "harlan.combs@ky.gov", "606-555-0125",
    [S("Brandon Lee Whitaker", "1989-12-01", ("license", "W04418832"))],
    ["KRS 514.030", "18 USC 2721"], "none", None, "criminal_investigation",
    ["photo", "address", "vehicle"], "mail"))

# ---- bzz10 born_digital, Michigan prosecutor + circuit court order for MDHHS records
doc(id="bzz10", fmt="born_digital", pages=["""
#C KENT COUNTY PROSECUTOR'S OFFICE
#c 82 Ionia Ave NW, Grand Rapids, Michigan 49503
#R
October 14, 2026

Michigan Department of Health and Human Services
Office of Legal Affairs - Records Unit

Re: People v. Keisha Monroe and Darnell A. Pruitt, File No. 26-08811-FH

Enclosed is an Order of the 17th Circuit Court directing release of public-assistance case records for the two defendants named above, who are charged with welfare fraud over $500, MCL 400.60, and conspiracy, MCL 750.157a. Kindly produce the records to my office within 21 days.

Sincerely,
Owen P. VanderMolen
Assistant Prosecuting Attorney
(616) 555-0157 | owen.vandermolen@kentcountymi.gov
""", """
#C STATE OF MICHIGAN
#C 17TH JUDICIAL CIRCUIT COURT - KENT COUNTY
#R
PEOPLE OF THE STATE OF MICHIGAN,                         Case No. 26-08811-FH
v                                                         Hon. Gretchen L. Ostrowski
KEISHA MONROE (DOB 02/28/1994) and
DARNELL A. PRUITT (DOB 06/15/1991),
     Defendants.

#C ORDER FOR PRODUCTION OF RECORDS

At a session of said Court held in the City of Grand Rapids on October 13, 2026.

On motion of the People, and the Court being otherwise advised, IT IS ORDERED that the Michigan Department of Health and Human Services shall produce to the Kent County Prosecutor's Office all applications, eligibility determinations, benefit issuance histories, reported household addresses and reported employment for the defendants for the period January 1, 2023 through the present, notwithstanding MCL 400.35, which the Court finds does not bar disclosure in this prosecution.

____________________________
Hon. Gretchen L. Ostrowski, Circuit Judge
"""],
label=label("bzz10", "born_digital", "county prosecutor letter + state circuit court production order", "district-attorney",
    "Kent County Prosecutor's Office", "Owen P. VanderMolen", "Assistant Prosecuting Attorney",
    "owen.vandermolen@kentcountymi.gov", "(616) 555-0157",
    [S("Keisha Monroe", "1994-02-28"), S("Darnell A. Pruitt", "1991-06-15")],
    ["MCL 400.60", "MCL 750.157a", "MCL 400.35"], "court_order", None, "criminal_investigation",
    ["benefits", "claims", "address", "employment"], "mail"))

# ================================================================ e-mails
# ---- bzz11 eml plain text, HSI Honolulu
doc(id="bzz11", fmt="eml", kind="eml",
  frm="\"Kahale, Leilani M\" <leilani.m.kahale@hsi.dhs.gov>", to="dlir.records@hawaii.gov",
  subject="HSI Honolulu - employment records request (visa fraud investigation)", day=14,
  body="""Aloha,

My name is Leilani Kahale and I am a Special Agent with Homeland Security Investigations (HSI) in Honolulu. HSI is conducting a criminal investigation into document and visa fraud (18 U.S.C. § 1546) and harboring (8 U.S.C. § 1324) connected to a tour operator on Oahu.

I'm requesting any wage and employment records your department holds for:

  IBÁÑEZ SALAZAR, Rodrigo  -- DOB 3 Nov 1980

Specifically employer names/addresses for each quarter since Q1 2024 and any UI claims he filed. His reported employer, Pacific Reef Tours LLC, is not the subject of this request.

Mahalo for your help. Happy to provide anything further on letterhead if needed.

Leilani M. Kahale
Special Agent
DHS / ICE / Homeland Security Investigations
SAC Honolulu
Office: 808-555-0109
Cell: 808-555-0183
""",
label=label("bzz11", "eml", "HSI special agent plain-text email", "dhs-ice-hsi",
    "Homeland Security Investigations (HSI), SAC Honolulu", "Leilani M. Kahale", "Special Agent",
    "leilani.m.kahale@hsi.dhs.gov", "808-555-0109",
    [S("Rodrigo Ibáñez Salazar", "1980-11-03")],
    ["18 USC 1546", "8 USC 1324"], "none", None, "criminal_investigation",
    ["wages", "employment", "claims"], "email"))

# ---- bzz12 eml HTML only, ERO Omaha
doc(id="bzz12", fmt="eml", kind="eml", html_only=True,
  frm="Goldberg, Ethan <ethan.goldberg@ice.dhs.gov>", to="DMV Driver Records <dmv.records@nebraska.gov>",
  subject="Request for Information - 2 subjects", day=15,
  html="""<html><body style="font-family:Calibri,sans-serif">
<p>Good afternoon,</p>
<p>Could you please run the two individuals below and provide current address of record and license photo, if any? This is for official use only.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Last</th><th>First</th><th>DOB</th><th>A#</th></tr>
<tr><td>FARAH</td><td>Abdullahi</td><td>02/14/1987</td><td>A215-330-902</td></tr>
<tr><td>YUSUF</td><td>Faduma Ali</td><td>09/09/1995</td><td>A215-330-915</td></tr>
</table>
<p>Thank you in advance.</p>
<p>V/r,<br><b>Ethan Goldberg</b><br>Deportation Officer<br>U.S. Immigration and Customs Enforcement<br>Enforcement and Removal Operations, Omaha, NE<br>
Desk: (402) 555-0162<br><span style="font-size:8pt;color:#777">WARNING: This email and any attachments are FOR OFFICIAL USE ONLY (FOUO).</span></p>
</body></html>""",
label=label("bzz12", "eml", "ERO deportation officer HTML-only email with table", "dhs-ice-ero",
    "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Omaha, NE",
    "Ethan Goldberg", "Deportation Officer", "ethan.goldberg@ice.dhs.gov", "(402) 555-0162",
    [S("Abdullahi Farah", "1987-02-14", ("a_number", "A215330902")),
     S("Faduma Ali Yusuf", "1995-09-09", ("a_number", "A215330915"))],
    [], "none", None, "civil_immigration", ["address", "photo"], "email"))

# ---- bzz13 eml multipart/alternative, Linn County Sheriff (Iowa)
B13 = """Hello IWD Records,

Linn County Sheriff's Office is attempting to serve an active arrest warrant on the person below, charged with theft in the second degree (Iowa Code § 714.2). We understand wage records are confidential under Iowa Code § 96.11(6) but may be released to law enforcement for this purpose.

Name: Tyler James KOWALCZYK
DOB: 4 Jan 1990
Last known: 1140 Rockwell Rd SW, Cedar Rapids

Looking for his current employer(s) and the address on his most recent claim, if any.

Thanks,
Deputy Marisa Holtz #417
Warrants Division
Linn County Sheriff's Office
310 2nd Ave SW, Cedar Rapids, IA 52404
319-555-0136 | mholtz@linncountysheriff.iowa.gov
"""
doc(id="bzz13", fmt="eml", kind="eml",
  frm="Marisa Holtz <mholtz@linncountysheriff.iowa.gov>", to="iwd.legal@iwd.iowa.gov",
  subject="Warrant service - employer info for KOWALCZYK", day=15, body=B13,
  html="<html><body><pre style='font-family:Arial'>" + B13.replace("&", "&amp;").replace("<", "&lt;") + "</pre></body></html>",
label=label("bzz13", "eml", "sheriff deputy multipart/alternative email", "sheriff",
    "Linn County Sheriff's Office", "Marisa Holtz", "Deputy", "mholtz@linncountysheriff.iowa.gov", "319-555-0136",
    [S("Tyler James Kowalczyk", "1990-01-04")],
    ["IA Code 714.2", "IA Code 96.11"], "none", None, "criminal_investigation",
    ["employment", "address", "claims"], "email"))

# ---- bzz14 eml with forwarded message/rfc822, Vermont State Police
def _b14():
    inner = EmailMessage()
    inner["From"] = "Tpr. Ryan Bouchard <ryan.bouchard@vermont.gov>"
    inner["To"] = "dmv.lawenforcement@vermont.gov"
    inner["Subject"] = "VSP records request - SANCHEZ, Mateo A."
    inner["Date"] = "Mon, 05 Oct 2026 09:12:44 -0400"
    inner.set_content("""Good morning,

VSP case 26A104417 - grand larceny, 13 V.S.A. § 2501. Requesting DL photo, address of record and registration info for:

Mateo Alejandro Sánchez, DOB 1999-07-07, VT OL 58201944

Thank you,
Tpr. Ryan Bouchard
Vermont State Police - St. Albans Barracks
802-555-0114
""")
    return inner
doc(id="bzz14", fmt="eml", kind="eml",
  frm="Tpr. Ryan Bouchard <ryan.bouchard@vermont.gov>", to="dmv.lawenforcement@vermont.gov",
  subject="FW: VSP records request - SANCHEZ, Mateo A. (2nd request)", day=16,
  body="""Resending my request of 10/5 (attached below) - I have not received a response yet. The case is going to the State's Attorney next week so I'd appreciate anything you can send.

Tpr. Ryan Bouchard
Vermont State Police - St. Albans Barracks
802-555-0114
""", fwd=_b14,
label=label("bzz14", "eml", "second request with original attached as message/rfc822", "state-police",
    "Vermont State Police - St. Albans Barracks", "Ryan Bouchard", "Trooper", "ryan.bouchard@vermont.gov", "802-555-0114",
    [S("Mateo Alejandro Sánchez", "1999-07-07", ("license", "58201944"))],
    ["13 VSA 2501"], "none", None, "criminal_investigation", ["photo", "address", "vehicle"], "email"))

# ---- bzz15 eml + PDF 2703(d) order, FBI Seattle
doc(id="bzz15", fmt="eml", kind="eml",
  frm="Special Agent Paul Lindahl <plindahl@fbi.gov>", to="publicrecords@dol.wa.gov",
  cc="Assistant U.S. Attorney Grace Oyelaran <grace.oyelaran@usdoj.gov>",
  subject="Court order for account records - please see attached", day=19,
  body="""Records Officer,

Attached is an order of the U.S. District Court for the Western District of Washington issued under 18 U.S.C. § 2703(d), directing the Department of Licensing to disclose subscriber and login records of the online account(s) associated with the two individuals named in the order. The order also prohibits notice to the account holders (18 U.S.C. § 2705(b)).

Please produce to me at the address below. Thank you.

Paul Lindahl
Special Agent, Cyber Squad
FBI Seattle Field Office
1110 Third Avenue, Seattle, WA 98101
(206) 555-0171
""", atts=[("2703d_Order_26-MJ-00712.pdf", "pdf", ["""
#C UNITED STATES DISTRICT COURT
#c FOR THE WESTERN DISTRICT OF WASHINGTON
#R
IN THE MATTER OF AN APPLICATION OF THE UNITED STATES          Case No. MJ26-00712
OF AMERICA FOR AN ORDER PURSUANT TO 18 U.S.C. § 2703(d)       FILED UNDER SEAL

#C ORDER

The United States has submitted an application pursuant to 18 U.S.C. § 2703(d), requesting that the Court issue an Order requiring the Washington State Department of Licensing, an electronic communications service provider for its online licensing portal, to disclose the records described in Attachment A.

The Court finds that the United States has offered specific and articulable facts showing that there are reasonable grounds to believe that the records are relevant and material to an ongoing criminal investigation of aggravated identity theft, 18 U.S.C. § 1028A.

IT IS ORDERED under 18 U.S.C. § 2703(d) that the Department shall, within ten days, disclose the records described in Attachment A.

IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that the Department shall not disclose the existence of the application or this Order for one year.

ATTACHMENT A: Account registration records, e-mail addresses, telephone numbers, mailing addresses, and login/IP history, 01/01/2025 to present, for:
  1. PETROVA, Svetlana - DOB 13 March 1975
  2. VOLKOV, Igor N. - DOB 21 October 1971

Dated: October 16, 2026
____________________________
MICHELLE L. PETERSON
United States Magistrate Judge
"""])],
label=label("bzz15", "eml", "FBI email + attached 2703(d) order PDF", "doj-fbi",
    "FBI Seattle Field Office", "Paul Lindahl", "Special Agent", "plindahl@fbi.gov", "(206) 555-0171",
    [S("Svetlana Petrova", "1975-03-13"), S("Igor N. Volkov", "1971-10-21")],
    ["18 USC 2703", "18 USC 2705", "18 USC 1028A"], "court_order", None, "criminal_investigation",
    ["email", "phone", "address", "other"], "email"))

# ---- bzz16 eml + PDF I-138, ERO Salt Lake City / Boise
doc(id="bzz16", fmt="eml", kind="eml",
  frm="\"Brooks, Amanda J\" <amanda.j.brooks@ice.dhs.gov>", to="itd.records@itd.idaho.gov",
  subject="Immigration Enforcement Subpoena - ITD", day=20,
  body="""Good morning,

Please find attached an Immigration Enforcement Subpoena (DHS Form I-138) for driver records. Return of the records by email is acceptable.

Respectfully,

Amanda J. Brooks
Deportation Officer
ICE ERO Salt Lake City Field Office - Boise Sub-Office
Office: 208-555-0151
""", atts=[("I-138_ITD_PENA-MOLINA.pdf", "pdf", ["""
#B DHS Form I-138                          U.S. Department of Homeland Security
#C IMMIGRATION ENFORCEMENT SUBPOENA
#c To Appear and/or Produce Records
#R
#T Subpoena No.: | SLC-26-I138-0471
#T To: | Custodian of Records, Idaho Transportation Department, 3311 W State St, Boise, ID 83703
#T In re: | PEÑA MOLINA, Carlos Eduardo   A209 887 331
By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED AND REQUIRED to produce the records described below, in an investigation or proceeding regarding the admissibility or removability of the person named above, pursuant to section 235(d) of the Immigration and Nationality Act, 8 U.S.C. § 1225(d), and 8 C.F.R. § 287.4.

Records: driver license/ID card application, photograph, residential and mailing addresses, and vehicle registrations for Carlos Eduardo PEÑA MOLINA, DOB 12/24/1989, Idaho DL LP448120K.

Produce to: Deportation Officer Amanda J. Brooks, 1185 S Vinnell Way, Boise, ID 83709, on or before 11/06/2026.

In case of failure to comply, the issuing officer may request the assistance of a United States District Court to compel compliance (8 C.F.R. § 287.4(d)).

____________________________
Amanda J. Brooks, Deportation Officer          Date: 10/19/2026
(Signature and title of issuing officer)
"""])],
label=label("bzz16", "eml", "ERO email + attached DHS I-138 subpoena PDF", "dhs-ice-ero",
    "ICE ERO Salt Lake City Field Office - Boise Sub-Office", "Amanda J. Brooks", "Deportation Officer",
    "amanda.j.brooks@ice.dhs.gov", "208-555-0151",
    [S("Carlos Eduardo Peña Molina", "1989-12-24", ("a_number", "A209887331"), ("license", "LP448120K"))],
    ["INA 235", "8 USC 1225", "8 CFR 287.4"], "administrative_subpoena", "I-138", "civil_immigration",
    ["license", "photo", "address", "vehicle"], "email"))

# ---- bzz17 eml + PNG of I-200, ERO Helena (Montana)
doc(id="bzz17", fmt="eml", kind="eml",
  frm="Jerome Whitehorse <jerome.whitehorse@ice.dhs.gov>", to="mvd.help@mt.gov",
  subject="Warrant attached - need current address", day=21,
  body="""Hi,

I have an administrative warrant (photo attached) for the subject and need his current address and any vehicle registered to him. Let me know if you need anything else.

Thanks
Jerome Whitehorse
Deportation Officer, ERO Helena, MT
406-555-0128
""", atts=[("IMG_20261020_0912.png", "png", ["""
#B DHS Form I-200 (Rev. 09/16)                   U.S. DEPARTMENT OF HOMELAND SECURITY
#C WARRANT FOR ARREST OF ALIEN
#R
File No. A203 554 117                                   Date: 10/20/2026

To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations

I have determined that there is probable cause to believe that
    Oleksandr HRYTSENKO   (DOB 06/30/1983)
is removable from the United States. This determination is based upon:
[X] the pendency of ongoing removal proceedings against the subject;
[ ] the failure to establish admissibility subsequent to deferred inspection;

YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality Act, the above-named alien.

____________________________
(Signature of Authorized Immigration Officer)
Supervisory Detention and Deportation Officer, Salt Lake City
"""])],
label=label("bzz17", "eml", "ERO email + photographed I-200 (PNG)", "dhs-ice-ero",
    "ERO Helena, MT", "Jerome Whitehorse", "Deportation Officer", "jerome.whitehorse@ice.dhs.gov", "406-555-0128",
    [S("Oleksandr Hrytsenko", "1983-06-30", ("a_number", "A203554117"))],
    ["INA 236", "INA 287", "8 CFR 287"], "administrative_warrant", "I-200", "civil_immigration",
    ["address", "vehicle"], "email"))

# ---- bzz18 eml + JPEG of I-247N, to South Dakota DOC
doc(id="bzz18", fmt="eml", kind="eml",
  frm="Luz Carrasco <luz.carrasco@ice.dhs.gov>", to="records.doc@state.sd.us",
  subject="I-247N Request for Voluntary Notification of Release - AGUILAR PAZ", day=22,
  body="""Please see attached I-247N for inmate AGUILAR PAZ, Wilmer Josue, SD DOC #88412. Kindly acknowledge receipt and notify us prior to release.

Luz Carrasco
Immigration Enforcement Agent
ICE ERO St. Paul Field Office - Sioux Falls
605-555-0190
""", atts=[("scan0047.jpg", "jpeg", ["""
#B DHS Form I-247N (3/17)                     DEPARTMENT OF HOMELAND SECURITY
#C REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE
#c OF SUSPECTED PRIORITY ALIEN
#R
#T Subject ID: | 441 902 118
#T Event #: | SPM2610000882
#T File No: | A220 118 004
#T Date: | 10/21/2026
TO: South Dakota Department of Corrections, Sioux Falls
Name of Alien: AGUILAR PAZ, Wilmer Josué     DOB: 01/15/2001     Nationality: Honduras
Inmate No.: 88412

DHS HAS DETERMINED THAT THE INDIVIDUAL IS A REMOVABLE ALIEN. IT IS REQUESTED THAT YOU:
Notify DHS as early as practicable (at least 48 hours, if possible) before the individual is released from your custody.
This request is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. §§ 236.1 and 287.7.

Luz Carrasco, Immigration Enforcement Agent     605-555-0190
____________________________
(Signature of Immigration Officer)
"""])],
label=label("bzz18", "eml", "ERO email + scanned I-247N (JPEG)", "dhs-ice-ero",
    "ICE ERO St. Paul Field Office - Sioux Falls", "Luz Carrasco", "Immigration Enforcement Agent",
    "luz.carrasco@ice.dhs.gov", "605-555-0190",
    [S("Wilmer Josué Aguilar Paz", "2001-01-15", ("a_number", "A220118004"), ("other", "88412"))],
    ["INA 236", "INA 287", "8 CFR 236.1", "8 CFR 287.7"], "detainer", "I-247N", "civil_immigration",
    ["other"], "email"))

# ---- bzz19 eml + PDF NM state grand jury subpoena
doc(id="bzz19", fmt="eml", kind="eml",
  frm="Sofía Archuleta <sarchuleta@da2nd.state.nm.us>", to="hsd.legal@hsd.nm.gov",
  subject="Grand Jury Subpoena - Chávez (Bernalillo County)", day=23,
  body="""Dear Records Custodian,

Attached is a subpoena duces tecum issued for the Bernalillo County Grand Jury. Please provide the requested benefit records for Reynaldo Chávez and Brenda L. Chávez by the return date. Your agency's case worker, Ms. Yolanda Trujillo, may be contacted to testify later; she is not a target.

Thank you,

Sofía Archuleta
Deputy District Attorney, Special Victims / Fraud Division
Second Judicial District Attorney's Office
520 Lomas Blvd NW, Albuquerque, NM 87102
(505) 555-0104
""", atts=[("GJ_Subpoena_Chavez.pdf", "pdf", ["""
#C STATE OF NEW MEXICO
#c COUNTY OF BERNALILLO - SECOND JUDICIAL DISTRICT COURT
#R
#C GRAND JURY SUBPOENA DUCES TECUM
#c Grand Jury No. 2026-GJ-04, Matter No. 26-117

THE STATE OF NEW MEXICO TO: Custodian of Records, New Mexico Health Care Authority (formerly Human Services Department)

YOU ARE COMMANDED to appear before the Grand Jury of Bernalillo County at 400 Lomas Blvd NW, Albuquerque, on November 9, 2026 at 9:00 a.m., and bring with you the following records, pursuant to NMSA 1978, § 31-6-12:

All SNAP and Medicaid applications, recertifications, household composition, reported income and addresses, and issuance histories, 2022-present, for:
  - Reynaldo CHÁVEZ, DOB August 8, 1978
  - Brenda L. CHÁVEZ, DOB February 2, 1980

The Grand Jury is inquiring into possible violations of NMSA 1978, § 30-40-1 (fraud against public assistance) and § 30-16-6.

Issued: October 22, 2026              ____________________________
                                      District Court Clerk
Requested by: Sofía Archuleta, Deputy District Attorney
"""])],
label=label("bzz19", "eml", "DA email + attached state grand jury subpoena duces tecum PDF", "district-attorney",
    "Second Judicial District Attorney's Office", "Sofía Archuleta", "Deputy District Attorney",
    "sarchuleta@da2nd.state.nm.us", "(505) 555-0104",
    [S("Reynaldo Chávez", "1978-08-08"), S("Brenda L. Chávez", "1980-02-02")],
    ["NMSA 31-6-12", "NMSA 30-40-1", "NMSA 30-16-6"], "grand_jury_subpoena", None, "criminal_investigation",
    ["benefits", "address", "wages", "other"], "email"))

# ================================================================ scanned
# ---- bzz20 scanned, Dover PD letter + request form with handwritten note
doc(id="bzz20", fmt="scanned", rots=[0, 0], pages=["""
#C DOVER POLICE DEPARTMENT
#c 400 South Queen Street, Dover, Delaware 19904
#c Criminal Investigations Unit
#R
October 2, 2026

Delaware Division of Motor Vehicles
Driver Services - Law Enforcement Requests
P.O. Box 698, Dover, DE 19903

RE: DPD Complaint # 26-118832 (Burglary Second Degree, 11 Del. C. § 825)

To the Records Section:

Our unit is investigating a residential burglary on Loockerman Street. A suspect has been identified through surveillance video. I request a color copy of the license photograph and the address history for the person below, together with the registration for any vehicle in his name. The attached request form has been completed.

Kevin Patrick O'ROURKE, date of birth 09/14/1992, Delaware license 1678203

Det. Aisha Bennett-Morris
Criminal Investigations Unit
(302) 555-0112  abennett-morris@dover.de.us
#S RECEIVED OCT 06 2026 DMV
""", """
#C DELAWARE DIVISION OF MOTOR VEHICLES
#C LAW ENFORCEMENT RECORD REQUEST FORM
#R
#T Requesting Agency | Dover Police Department
#T Officer Name / Rank | Det. Aisha Bennett-Morris
#T Badge / ID # | 2217
#T Phone | (302) 555-0112
#T Case / Complaint # | 26-118832
#T Subject Name | O'Rourke, Kevin Patrick
#T Date of Birth | 09/14/1992
#T DL / ID Number | 1678203
#T Records Requested | [X] Photo  [X] Address history  [X] Registration  [ ] Driving record
#T Reason for Request | Criminal investigation - burglary
I certify this request is for a permissible use under 18 U.S.C. § 2721(b)(1) and 21 Del. C. § 305.

Signature: A. Bennett-Morris             Date: 10/02/2026

#I photo emailed 10/7 - jm
"""],
label=label("bzz20", "scanned", "municipal police letter + DMV request form, stamped", "local-police",
    "Dover Police Department", "Aisha Bennett-Morris", "Detective", "abennett-morris@dover.de.us", "(302) 555-0112",
    [S("Kevin Patrick O'Rourke", "1992-09-14", ("license", "1678203"))],
    ["11 Del C 825", "18 USC 2721", "21 Del C 305"], "none", None, "criminal_investigation",
    ["photo", "address", "vehicle"], "mail"))

# ---- bzz21 scanned, ATF Baltimore cover + AO 93 search warrant (page rotated 90)
doc(id="bzz21", fmt="scanned", rots=[0, 90, 0], pages=["""
#C U.S. Department of Justice
#c Bureau of Alcohol, Tobacco, Firearms and Explosives
#c Baltimore Field Division, 31 Hopkins Plaza, Baltimore, MD 21201
#R
www.atf.gov                                             763210-26-0041

October 20, 2026

Maryland Motor Vehicle Administration
Investigations Division - Custodian of Records
6601 Ritchie Highway NE, Glen Burnie, MD 21062

Dear Custodian:

Enclosed is a federal search and seizure warrant for MVA records pertaining to ELLIS, Deshawn Marcus, DOB 05/05/1997, MD license E-420-118-337-615. The investigation concerns possession of a firearm by a prohibited person, 18 U.S.C. § 922(g)(1). Please provide the license application, image, address history and vehicle records to the undersigned.

Sincerely,

Special Agent Thomas R. Okonkwo
ATF Baltimore Group III
(410) 555-0139  thomas.okonkwo@atf.gov
""", """
#B AO 93 (Rev. 11/13) Search and Seizure Warrant
#C UNITED STATES DISTRICT COURT
#c for the District of Maryland
#R
In the Matter of the Search of                          Case No. 26-2871-ADC
Records maintained by the Maryland Motor Vehicle
Administration relating to Deshawn Marcus Ellis

#C SEARCH AND SEIZURE WARRANT

To: Any authorized law enforcement officer

An application by a federal law enforcement officer or an attorney for the government requests the search of the following property located in the District of Maryland: records of the Maryland MVA relating to Deshawn Marcus ELLIS (DOB 05/05/1997).

I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the property described above.

YOU ARE COMMANDED to execute this warrant on or before November 3, 2026 in the daytime 6:00 a.m. to 10:00 p.m.

The officer executing this warrant must prepare an inventory as required by law and promptly return this warrant to the duty magistrate judge.
[ ] Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result listed in 18 U.S.C. § 2705.

Date and time issued: 10/19/2026 2:15 pm        ____________________________
City and state: Baltimore, MD                     A. David Copperthite, U.S. Magistrate Judge
""", """
#C ATTACHMENT B - Property to be seized
All records of the Maryland Motor Vehicle Administration relating to Deshawn Marcus Ellis, MD license E-420-118-337-615, including license applications, digital images, address history, vehicle titles and registrations, constituting evidence of violations of 18 U.S.C. § 922(g)(1), in accordance with Fed. R. Crim. P. 41.
"""],
label=label("bzz21", "scanned", "ATF cover letter + AO 93 search and seizure warrant (rotated page)", "doj-atf",
    "Bureau of Alcohol, Tobacco, Firearms and Explosives, Baltimore Field Division", "Thomas R. Okonkwo",
    "Special Agent", "thomas.okonkwo@atf.gov", "(410) 555-0139",
    [S("Deshawn Marcus Ellis", "1997-05-05", ("license", "E420118337615"))],
    ["18 USC 922", "18 USC 3103a", "18 USC 2705", "FRCrP 41"], "judicial_warrant", "AO 93",
    "criminal_investigation", ["license", "photo", "address", "vehicle"], "mail"))

# ---- bzz22 scanned, AO 88B civil subpoena from AUSA (False Claims Act), purpose unknown
doc(id="bzz22", fmt="scanned", rots=[0, 180, 0], pages=["""
#C UNITED STATES ATTORNEY'S OFFICE - DISTRICT OF SOUTH CAROLINA
#c Civil Division | 1441 Main Street, Suite 500, Columbia, SC 29201
#R
October 15, 2026

S.C. Department of Employment and Workforce
Office of General Counsel, 1550 Gadsden St., Columbia, SC 29201

Re: United States ex rel. Harwell v. Lowcountry Home Health, LLC, C/A No. 3:25-cv-02281-JDA

Counsel:

Enclosed is a subpoena to produce documents issued in the above civil action under the False Claims Act, 31 U.S.C. §§ 3729-3733. Please produce the wage records called for, or contact me to discuss reasonable accommodation of the return date.

Sincerely,

Caroline B. Huggins
Assistant United States Attorney
(803) 555-0127 | caroline.huggins@usdoj.gov
""", """
#B AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of Premises in a Civil Action
#C UNITED STATES DISTRICT COURT
#c for the District of South Carolina
#R
United States ex rel. Harwell, Plaintiff   v.   Lowcountry Home Health, LLC, Defendant
Civil Action No. 3:25-cv-02281-JDA

To: Custodian of Records, S.C. Department of Employment and Workforce

[X] Production: YOU ARE COMMANDED to produce at the time, date, and place set forth below the following documents: quarterly wage records and employer identification for Teresa Ann YANCEY (DOB 11/30/1969) and LE, Phuong Thi (DOB 04/04/1972), for 2021-2025.

#T Place: | U.S. Attorney's Office, 1441 Main St., Columbia SC
#T Date and Time: | 11/13/2026 10:00 am

The following provisions of Fed. R. Civ. P. 45 are attached - Rule 45(c), relating to the place of compliance; Rule 45(d), relating to your protection as a person subject to a subpoena; and Rule 45(e) and (g), relating to your duty to respond.

Date: 10/15/2026      CLERK OF COURT  OR  /s/ Caroline B. Huggins, Attorney's signature
The name, address, e-mail, and telephone number of the attorney representing the United States, who issues or requests this subpoena, are: Caroline B. Huggins, AUSA, (803) 555-0127, caroline.huggins@usdoj.gov
""", """
#C Federal Rule of Civil Procedure 45 (c), (d), (e), and (g) (Effective 12/1/13)
(c) Place of Compliance. (1) For a Trial, Hearing, or Deposition. A subpoena may command a person to attend a trial, hearing, or deposition only as follows: within 100 miles of where the person resides, is employed, or regularly transacts business in person...
(d) Protecting a Person Subject to a Subpoena; Enforcement. (1) Avoiding Undue Burden or Expense; Sanctions. A party or attorney responsible for issuing and serving a subpoena must take reasonable steps to avoid imposing undue burden or expense on a person subject to the subpoena...
(e) Duties in Responding to a Subpoena. (1) Producing Documents or Electronically Stored Information...
(g) Contempt. The court for the district where compliance is required may hold in contempt a person who, having been served, fails without adequate excuse to obey the subpoena or an order related to it.
"""],
label=label("bzz22", "scanned", "AUSA civil division letter + AO 88B civil subpoena (upside-down page)", "doj-usao",
    "United States Attorney's Office - District of South Carolina, Civil Division", "Caroline B. Huggins",
    "Assistant United States Attorney", "caroline.huggins@usdoj.gov", "(803) 555-0127",
    [S("Teresa Ann Yancey", "1969-11-30"), S("Phuong Thi Le", "1972-04-04")],
    ["31 USC 3729", "31 USC 3733", "FRCP 45"], "court_subpoena", "AO 88B", "unknown",
    ["wages", "employment"], "mail"))

# ---- bzz23 scanned, DOL OIG inspector general subpoena to WorkForce West Virginia
doc(id="bzz23", fmt="scanned", rots=[0, 0], pages=["""
#C U.S. DEPARTMENT OF LABOR
#c Office of Inspector General - Office of Investigations, Labor Racketeering and Fraud
#c Philadelphia Region, 170 S. Independence Mall West, Philadelphia, PA 19106
#R
#C SUBPOENA DUCES TECUM
#c Inspector General Act of 1978, as amended, 5 U.S.C. § 406(a)(4)

TO: Custodian of Records, WorkForce West Virginia, 1900 Kanawha Blvd E, Charleston, WV 25305
Subpoena No. OIG-PHL-26-0318

YOU ARE HEREBY REQUIRED to produce the records described in the attached schedule to Special Agent Dana K. Musgrave, U.S. Department of Labor, Office of Inspector General, on or before November 10, 2026. This subpoena is issued in connection with an investigation of unemployment insurance fraud in violation of 18 U.S.C. §§ 1341 and 1343.

In the case of contumacy or refusal to obey, this subpoena shall be enforceable by order of any appropriate United States district court.

Issued under my hand at Washington, D.C., this 14th day of October, 2026.

____________________________
Larry D. Turner, Inspector General (acting)
""", """
#C SCHEDULE A
For claimant QUIÑÓNEZ, Lorena Beatriz, born 3 March 1986, SSN ending 6620:
#T 1. | All initial and continued UI claims, PUA/PEUC claims, 2020-2026
#T 2. | Payment histories, bank routing/deposit information, debit card records
#T 3. | IP addresses, phone numbers and e-mail addresses used to file
#T 4. | Employer-reported quarterly wages, 2019-2026
Point of contact: Special Agent Dana K. Musgrave, (215) 555-0186, musgrave.dana.k@oig.dol.gov
#I rec'd 10/19 - to Legal - RW
"""],
label=label("bzz23", "scanned", "DOL OIG inspector-general subpoena with schedule", "dol-oig",
    "U.S. Department of Labor, Office of Inspector General", "Dana K. Musgrave", "Special Agent",
    "musgrave.dana.k@oig.dol.gov", "(215) 555-0186",
    [S("Lorena Beatriz Quiñónez", "1986-03-03", ("ssn_last4", "6620"))],
    ["5 USC 406", "18 USC 1341", "18 USC 1343"], "administrative_subpoena", None, "criminal_investigation",
    ["claims", "benefits", "wages", "phone", "email", "other"], "mail"))

# ---- bzz24 scanned, AUSA D. Conn. letter + AO 110 (tax evasion), IRS-CI agent is only a delivery contact
doc(id="bzz24", fmt="scanned", rots=[0, 0, 270], pages=["""
#C UNITED STATES DEPARTMENT OF JUSTICE
#c UNITED STATES ATTORNEY - DISTRICT OF CONNECTICUT
#c 157 Church Street, 25th Floor, New Haven, CT 06510
#R
October 21, 2026

Connecticut Department of Labor
Office of Program Policy - Legal Unit
200 Folly Brook Blvd., Wethersfield, CT 06109

Re: Grand Jury Subpoena - LINDQVIST

Dear Sir or Madam:

Please find enclosed a subpoena issued by a federal grand jury sitting in New Haven. The grand jury is investigating possible tax evasion, 26 U.S.C. § 7201. You may satisfy the subpoena by delivering the records to IRS Criminal Investigation Special Agent Peter Zhao, who is assisting the grand jury, rather than appearing in person. Please treat this matter as confidential.

Very truly yours,

Nathaniel S. Avery
Assistant United States Attorney
Tel: (203) 555-0153
""", """
#B AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
#C UNITED STATES DISTRICT COURT
#c for the District of Connecticut
#C SUBPOENA TO TESTIFY BEFORE A GRAND JURY
To: Keeper of Records, Connecticut Department of Labor

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury.
#T Place: | 141 Church Street, New Haven, CT - Grand Jury Room
#T Date and Time: | November 18, 2026, 10:00 a.m.
You must also bring with you: all wage and employer records, 2020-present, for Gary Wayne LINDQVIST (DOB 12 December 1966) and Maureen F. LINDQVIST (DOB 19 January 1968).

Date: 10/20/2026              CLERK OF COURT   s/ R. Mancini, Deputy Clerk

The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are: Nathaniel S. Avery, AUSA, 157 Church St., New Haven, CT 06510, nathaniel.avery@usdoj.gov, (203) 555-0153
""", """
#C RECORDS DELIVERY INSTRUCTIONS
In lieu of appearance, deliver records to: SA Peter Zhao, IRS Criminal Investigation, 135 High Street, Hartford, CT 06103, (860) 555-0177. Do not disclose this subpoena to the persons named.
"""],
label=label("bzz24", "scanned", "AUSA letter + AO 110 (IRS-CI agent only delivery contact), rotated page", "doj-usao",
    "United States Attorney - District of Connecticut", "Nathaniel S. Avery", "Assistant United States Attorney",
    "nathaniel.avery@usdoj.gov", "(203) 555-0153",
    [S("Gary Wayne Lindqvist", "1966-12-12"), S("Maureen F. Lindqvist", "1968-01-19")],
    ["26 USC 7201"], "grand_jury_subpoena", "AO 110", "criminal_investigation", ["wages", "employment"], "mail"))

# ================================================================ faxes
# ---- bzz25 fax, USPIS cover + request form to RI DLT
doc(id="bzz25", fmt="fax", header="OCT-26-2026 14:02  USPIS BOSTON DIV  617 555 0101", pages=["""
#C FAX TRANSMITTAL
#c United States Postal Inspection Service - Boston Division, Providence Domicile
#R
#T To: | R.I. Department of Labor and Training - UI Legal
#T Fax: | (401) 555-0199
#T From: | Postal Inspector Meghan O'Donnell-Reyes
#T Phone: | (401) 555-0148
#T Date: | 10/26/2026
#T Pages: | 2 (including cover)
#T Re: | Wage/employer information request
#F CONFIDENTIALITY NOTICE: The documents accompanying this facsimile transmission contain information belonging to the U.S. Postal Inspection Service which is law enforcement sensitive. If you have received this fax in error, please notify the sender by telephone.
""", """
#C U.S. POSTAL INSPECTION SERVICE
#C REQUEST FOR EMPLOYMENT / WAGE INFORMATION
#R
Case No.: 4417829-MT(1)              Offense: Mail theft, 18 U.S.C. § 1708; possession of stolen mail

#T Subject | KAMARA, Jamal Idris
#T DOB | 1993-10-10
#T Last known address | 55 Broad St Apt 3, Providence RI 02903
#T Information requested | Current and prior employers (last 8 quarters), wages, UI claims
I certify that the information requested is needed in the course of a criminal investigation and will be used solely for that purpose, consistent with R.I. Gen. Laws § 28-42-38.

Postal Inspector Meghan O'Donnell-Reyes
modonnell-reyes@uspis.gov   (401) 555-0148
"""],
label=label("bzz25", "fax", "USPIS fax cover + wage request form", "usps-uspis",
    "United States Postal Inspection Service - Boston Division, Providence Domicile", "Meghan O'Donnell-Reyes",
    "Postal Inspector", "modonnell-reyes@uspis.gov", "(401) 555-0148",
    [S("Jamal Idris Kamara", "1993-10-10")],
    ["18 USC 1708", "RIGL 28-42-38"], "none", None, "criminal_investigation",
    ["employment", "wages", "claims"], "fax"))

# ---- bzz26 fax, SC sheriff + magistrate arrest warrant
doc(id="bzz26", fmt="fax", header="10/27/2026 09:41 ORANGEBURG CO SO   8035550131", pages=["""
#C ORANGEBURG COUNTY SHERIFF'S OFFICE
#c 1520 Ellis Avenue, Orangeburg, South Carolina 29115
#R
FAX TO: SCDMV Law Enforcement Support          FAX: 803-555-0197
DATE: October 27, 2026                          PAGES: 2

Please provide the current address of record, DL photo and registered vehicles for the subject of the attached arrest warrant. Subject: Curtis Lamar GREENE, DOB 03/17/1988, SC DL 100884213. Charge: Burglary 2nd degree, S.C. Code Ann. § 16-11-312.

Inv. DeAndre K. Simmons, Criminal Investigations
Phone 803-555-0131 | dsimmons@orangeburgcounty.sc.gov
""", """
#C STATE OF SOUTH CAROLINA                    ARREST WARRANT
#c COUNTY OF ORANGEBURG                       Warrant No. 2026A3810200417
#R
THE STATE OF SOUTH CAROLINA
v.
CURTIS LAMAR GREENE     DOB 03/17/1988    Race B  Sex M

AFFIDAVIT: Personally appeared before me the affiant, Inv. D. K. Simmons, who being duly sworn deposes and says that the defendant did, on or about 10/18/2026, enter the dwelling of the victim, Ms. Loretta Gadsden, without consent and with intent to commit a crime therein, in violation of S.C. Code Ann. § 16-11-312.

TO ANY LAWFUL OFFICER OF THIS STATE OR OF ANY COUNTY OR MUNICIPALITY THEREOF: It appearing from the above affidavit that there are reasonable grounds to believe that the offense set forth above was committed, and that the defendant committed it, you are empowered and directed to arrest the said defendant and bring him before me to be dealt with according to law.

____________________________
Hon. Walter E. Fogle, Magistrate            Date: 10/26/2026
"""],
label=label("bzz26", "fax", "sheriff fax cover + state magistrate arrest warrant", "sheriff",
    "Orangeburg County Sheriff's Office", "DeAndre K. Simmons", "Investigator", "dsimmons@orangeburgcounty.sc.gov",
    "803-555-0131",
    [S("Curtis Lamar Greene", "1988-03-17", ("license", "100884213"))],
    ["SC Code 16-11-312"], "judicial_warrant", None, "criminal_investigation",
    ["address", "photo", "vehicle"], "fax"))

# ---- bzz27 fax, ND state's attorney + criminal trial subpoena duces tecum
doc(id="bzz27", fmt="fax", header="OCT 28 2026 11:17AM  CASS CO STATES ATTY  701-555-0117", pages=["""
#C CASS COUNTY STATE'S ATTORNEY
#c 211 9th Street South, Fargo, North Dakota 58103
#R
To: N.D. Department of Transportation, Drivers License Division - Records      Fax 701-555-0196
From: Erik J. Haugen, Assistant State's Attorney                               Phone 701-555-0117
Date: 10-28-2026                                                             Pages: 3

Attached is a trial subpoena duces tecum in State v. Lindgren. Certified DL records are needed by the trial date. A certificate of custodian (N.D.R.Ev. 902(11)) may accompany the records in lieu of appearance.

ehaugen@casscountynd.gov
""", """
#C IN DISTRICT COURT, CASS COUNTY, STATE OF NORTH DAKOTA
#R
State of North Dakota,  Plaintiff,                Case No. 09-2026-CR-03317
vs.
Cody R. Lindgren,  Defendant.

#C SUBPOENA DUCES TECUM (CRIMINAL)

THE STATE OF NORTH DAKOTA TO: Custodian of Records, NDDOT Drivers License Division, 608 E Boulevard Ave, Bismarck, ND

YOU ARE COMMANDED to appear at the Cass County Courthouse, Courtroom 3A, on November 30, 2026 at 8:30 a.m. to testify in the above criminal action, and to bring: certified driving record, license status history, and license photograph of defendant Cody R. Lindgren, DOB May 22, 1995, charged with driving under suspension and possession of a controlled substance, N.D.C.C. § 19-03.1-23.

This subpoena is issued pursuant to N.D.R.Crim.P. 17(c).
""", """
Dated: October 27, 2026                     CLERK OF DISTRICT COURT
                                            By: ___________________ Deputy
Issued at the request of: Erik J. Haugen, Assistant State's Attorney, ID #07711
Witness list (State): Off. Tanner Bakke, Fargo PD; Kari Solberg (civilian).
"""],
label=label("bzz27", "fax", "state's attorney fax + criminal trial subpoena duces tecum", "district-attorney",
    "Cass County State's Attorney", "Erik J. Haugen", "Assistant State's Attorney", "ehaugen@casscountynd.gov",
    "701-555-0117",
    [S("Cody R. Lindgren", "1995-05-22")],
    ["ND R Evid 902", "NDCC 19-03.1-23", "ND CrimP 17"], "court_subpoena", None, "criminal_investigation",
    ["license", "photo", "other"], "fax"))

# ---- bzz28 fax, CBP Form 3115 summons to Washington ESD
doc(id="bzz28", fmt="fax", header="2026/10/29 15:55 CBP OFO BLAINE WA  360-555-0102", pages=["""
#C U.S. Customs and Border Protection - Office of Field Operations
#c Port of Blaine, 9901 Pacific Hwy, Blaine, WA 98230
#C FACSIMILE
To: WA Employment Security Department, Records Disclosure Unit (fax 360-555-0194)
From: CBP Officer (Enforcement) Hannah Vu, 360-555-0102, hannah.vu@cbp.dhs.gov
Pages: 2     Re: Summons No. BLA-2026-0058
Please provide the records listed on the attached summons. Thank you.
""", """
#B DHS FORM 3115                   DEPARTMENT OF HOMELAND SECURITY
#C SUMMONS
#c U.S. Customs and Border Protection
#R
#T To: | Custodian of Records, Washington Employment Security Department
#T Summons No.: | BLA-2026-0058
#T In the matter of: | PHAM, Hai Van (DOB 09/09/1979); PETROVIC, Zoran (DOB 1976-02-27)
By the service of this summons, you are required to appear before CBP Officer Hannah Vu, an officer of U.S. Customs and Border Protection, and produce the records described below, pursuant to 19 U.S.C. § 1509, in connection with an investigation of entry of goods by means of false statements (18 U.S.C. § 542).

Records: employer names, addresses and wages reported for each person, 2024-present.

Failure to comply with this summons will render you liable to proceedings in a United States District Court to enforce compliance, as provided in 19 U.S.C. § 1510.

Issued: 10/29/2026   ____________________________  Hannah Vu, CBP Officer (Enforcement)
"""],
label=label("bzz28", "fax", "CBP fax cover + DHS Form 3115 customs summons", "dhs-cbp",
    "U.S. Customs and Border Protection - Office of Field Operations, Port of Blaine", "Hannah Vu",
    "CBP Officer (Enforcement)", "hannah.vu@cbp.dhs.gov", "360-555-0102",
    [S("Hai Van Pham", "1979-09-09"), S("Zoran Petrovic", "1976-02-27")],
    ["19 USC 1509", "18 USC 542", "19 USC 1510"], "administrative_subpoena", "DHS Form 3115",
    "criminal_investigation", ["employment", "address", "wages"], "fax"))

# ================================================================ txt
doc(id="bzz29", fmt="txt", text="""SERVICE OKLAHOMA - LAW ENFORCEMENT RECORDS PORTAL
Submission confirmation #LE-2026-1030-00417
Submitted: 2026-10-30 02:14:51 CT
------------------------------------------------------------
Agency ........................ Oklahoma Highway Patrol, Troop A
Requester name ................ Tpr. Cassandra M. Red Elk
Badge/ID ...................... 1342
Email ......................... cassandra.redelk@dps.ok.gov
Phone ......................... 405-555-0159
Case/Incident no. ............. OHP-A-26-11874
Statute / offense ............. 47 O.S. § 11-902 (DUI) ; 47 O.S. § 6-303 (driving under suspension)
Subject last name ............. HARJO
Subject first/middle .......... Jordan Lee
Subject DOB ................... 06/06/2000
DL number ..................... T802215576
Records requested ............. [x] DL photo  [x] Driving record  [ ] Address  [ ] Vehicle
Comments ...................... Driver refused to identify at crash scene on I-35; need photo to confirm identity.
Certification ................. [x] I certify this request is for a law enforcement purpose (18 U.S.C. 2721(b)(1)).
------------------------------------------------------------
""",
label=label("bzz29", "txt", "pasted web-portal submission", "state-police",
    "Oklahoma Highway Patrol, Troop A", "Cassandra M. Red Elk", "Trooper", "cassandra.redelk@dps.ok.gov", "405-555-0159",
    [S("Jordan Lee Harjo", "2000-06-06", ("license", "T802215576"))],
    ["47 OS 11-902", "47 OS 6-303", "18 USC 2721"], "none", None, "criminal_investigation",
    ["photo", "license"], "email"))

doc(id="bzz30", fmt="txt", text="""From: Dep. U.S. Marshal Kevin Ostrowski <kevin.ostrowski@usdoj.gov>
Sent: Friday, October 30, 2026 4:47 PM
To: GDOL Records Requests
Subject: fugitive - DOMINGUEZ ORTIZ

Afternoon -

USMS Southeast Regional Fugitive Task Force, Atlanta. We hold a federal arrest warrant for the individual below (failure to appear, 18 USC 3146; original case 21 USC 841). Can you tell us his most recent employer and any address on a UI claim?

   Luis Ángel Domínguez Ortiz
   DOB 21 April 1984

Appreciate it. Cell is best.

Kevin Ostrowski
Deputy U.S. Marshal - SERFTF
U.S. Marshals Service, Northern District of Georgia
c: 404-555-0175
""",
label=label("bzz30", "txt", "informal email saved as text", "doj-usms",
    "U.S. Marshals Service, Northern District of Georgia - Southeast Regional Fugitive Task Force",
    "Kevin Ostrowski", "Deputy U.S. Marshal", "kevin.ostrowski@usdoj.gov", "404-555-0175",
    [S("Luis Ángel Domínguez Ortiz", "1984-04-21")],
    ["18 USC 3146", "21 USC 841"], "none", None, "criminal_investigation",
    ["employment", "address", "claims"], "email"))

doc(id="bzz31", fmt="txt", text="""Date: 11/02/2026
To: Louisiana Workforce Commission, Integrity Unit
From: Social Security Administration, Office of the Inspector General
      Office of Investigations, Dallas Field Division - New Orleans Office
Re: OIG Case No. DAL2600487 - request for quarterly wage data

The SSA OIG is investigating a possible violation of 42 U.S.C. § 1383a(a) (SSI fraud) and 18 U.S.C. § 641 (theft of government funds) by a beneficiary who appears to have concealed employment.

Subject:  MOHAMUD, Hawa Abdi
DOB:      07-07-1970
SSN:      XXX-XX-3319

Please provide all employer-reported wages for 2022 through the most recent quarter, including employer names and FEINs.

Special Agent Claire Thibodeaux-Nguyen
SSA OIG, New Orleans
claire.thibodeaux-nguyen@ssa.gov | (504) 555-0193
""",
label=label("bzz31", "txt", "plain-text memo-style request", "ssa-oig",
    "Social Security Administration, Office of the Inspector General, Office of Investigations, Dallas Field Division - New Orleans Office",
    "Claire Thibodeaux-Nguyen", "Special Agent", "claire.thibodeaux-nguyen@ssa.gov", "(504) 555-0193",
    [S("Hawa Abdi Mohamud", "1970-07-07", ("ssn_last4", "3319"))],
    ["42 USC 1383a", "18 USC 641"], "none", None, "criminal_investigation",
    ["wages", "employment"], "email"))

doc(id="bzz32", fmt="txt", text="""NM MVD ONLINE CONTACT FORM - LAW ENFORCEMENT
------------------------------------------
Name: J. Pacheco
Title: Immigration Officer
Agency: Immigration and Customs Enforcement (ICE), Albuquerque NM
Email: julian.pacheco@ice.dhs.gov
Phone: 505-555-0138
Date submitted: 2026-11-03

Message:
Requesting last known address and vehicle registration for a removable alien:
NÚÑEZ DE LA ROSA, Jesús Alberto
DOB 1991-12-05
A# 213-004-998
Request made pursuant to 8 U.S.C. 1357. For official use only.
------------------------------------------
""",
label=label("bzz32", "txt", "pasted online contact-form submission", "dhs-ice",
    "Immigration and Customs Enforcement (ICE), Albuquerque NM", "J. Pacheco", "Immigration Officer",
    "julian.pacheco@ice.dhs.gov", "505-555-0138",
    [S("Jesús Alberto Núñez de la Rosa", "1991-12-05", ("a_number", "A213004998"))],
    ["8 USC 1357"], "none", None, "civil_immigration", ["address", "vehicle"], "email"))

# ================================================================ build
def main():
    assert len(DOCS) == 32, len(DOCS)
    for d in DOCS:
        i, fmt = d["id"], d["fmt"]
        if fmt == "born_digital":
            render_pdf(d["pages"], os.path.join(OUT, i + ".pdf"), title=i)
            ext = "pdf"
        elif fmt == "scanned":
            make_scanned(d["pages"], os.path.join(OUT, i + ".pdf"), d.get("rots", []))
            ext = "pdf"
        elif fmt == "fax":
            make_fax(d["pages"], os.path.join(OUT, i + ".tif"), d["header"])
            ext = "tif"
        elif fmt == "txt":
            open(os.path.join(OUT, i + ".txt"), "w", encoding="utf-8").write(d["text"])
            ext = "txt"
        else:
            atts = []
            for fn, kind, pages in d.get("atts", []):
                if kind == "pdf":
                    atts.append((fn, pdf_bytes(pages, i), "application/pdf"))
                elif kind == "png":
                    atts.append((fn, page_image(pages, "png", i), "image/png"))
                else:
                    atts.append((fn, page_image(pages, "jpeg", i), "image/jpeg"))
            fwd = d["fwd"]() if d.get("fwd") else None
            make_eml(os.path.join(OUT, i + ".eml"), d["frm"], d["to"], d["subject"], d.get("body", ""), d["day"],
                     html=d.get("html"), html_only=d.get("html_only", False), atts=atts, cc=d.get("cc"),
                     msgid=f"<{i}.{d['day']}@mail.example.gov>", fwd=fwd)
            ext = "eml"
        lab = d["label"]
        assert lab["id"] == i and lab["format"] == fmt
        with open(os.path.join(OUT, i + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=2)
        print(i, fmt, ext)

if __name__ == "__main__":
    main()
