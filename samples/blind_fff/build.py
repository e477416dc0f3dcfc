#!/usr/bin/env python3
"""Builds the blind-fff sample set (independent author). Run: .venv/bin/python samples/blind_fff/build.py"""
import io, os, subprocess, random, tempfile, json
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import numpy as np
import datetime
import time
FIXED_DATE = time.gmtime(1795510800)

FD = "/usr/share/fonts/truetype/dejavu/"
for n, f in [("Sans","DejaVuSans.ttf"),("Sans-B","DejaVuSans-Bold.ttf"),("Serif","DejaVuSerif.ttf"),
             ("Serif-B","DejaVuSerif-Bold.ttf"),("Mono","DejaVuSansMono.ttf"),("Mono-B","DejaVuSansMono-Bold.ttf"),
             ("Hand","DejaVuSerif-Italic.ttf"), ("Cond","DejaVuSansCondensed.ttf"), ("Cond-B","DejaVuSansCondensed-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(n, FD + f))

def render_pdf(pages, font="Serif", size=10.5, meta_title=None):
    """pages: list of list of lines. Markup:
    '##C text' big bold centered; '#C text' bold centered; '#B text' bold left; 'C text' centered;
    'R text' right; '|a|b|c' ruled table row (consecutive rows form a table); '---' rule;
    'HW text' handwritten-looking note; 'STAMP text' rotated boxed stamp; 'BOX text' boxed paragraph;
    'SIG text' signature line with text under; '' blank; else wrapped paragraph. """
    bold = font + "-B" if font in ("Sans","Serif","Mono","Cond") else font
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    if meta_title: c.setTitle(meta_title)
    W, H = letter
    L, Rm = 60, W - 60
    for pg in pages:
        y = H - 60
        i = 0
        while i < len(pg):
            ln = pg[i]
            lead = size * 1.35
            if ln.startswith("|"):
                rows = []
                while i < len(pg) and pg[i].startswith("|"):
                    rows.append([x.strip() for x in pg[i].strip("|").split("|")]); i += 1
                ncol = max(len(r) for r in rows)
                cw = (Rm - L) / ncol
                fs = size - 1
                for ri, r in enumerate(rows):
                    wrapped = [simpleSplit(x, bold if ri == 0 else font, fs, cw - 6) for x in r]
                    nl = max(len(w) for w in wrapped) or 1
                    rh = nl * fs * 1.3 + 6
                    c.rect(L, y - rh, Rm - L, rh)
                    for ci, w in enumerate(wrapped):
                        if ci: c.line(L + ci * cw, y, L + ci * cw, y - rh)
                        c.setFont(bold if ri == 0 else font, fs)
                        for k, t in enumerate(w):
                            c.drawString(L + ci * cw + 3, y - 3 - fs - k * fs * 1.3, t)
                    y -= rh
                y -= size + 6
                continue
            if ln.startswith("##C "):
                c.setFont(bold, size + 4); c.drawCentredString(W / 2, y, ln[4:]); y -= (size + 4) * 1.4
            elif ln.startswith("#C "):
                c.setFont(bold, size + 1); c.drawCentredString(W / 2, y, ln[3:]); y -= lead
            elif ln.startswith("#B "):
                for t in simpleSplit(ln[3:], bold, size, Rm - L):
                    c.setFont(bold, size); c.drawString(L, y, t); y -= lead
            elif ln.startswith("C "):
                c.setFont(font, size); c.drawCentredString(W / 2, y, ln[2:]); y -= lead
            elif ln.startswith("R "):
                c.setFont(font, size); c.drawRightString(Rm, y, ln[2:]); y -= lead
            elif ln == "---":
                c.line(L, y + lead / 2, Rm, y + lead / 2); y -= lead / 2
            elif ln.startswith("HW "):
                c.saveState(); c.setFillColorRGB(0.1, 0.1, 0.45); c.setFont("Hand", size + 3)
                c.translate(L + 150, y); c.rotate(3); c.drawString(0, 0, ln[3:]); c.restoreState(); y -= lead * 1.4
            elif ln.startswith("STAMP "):
                c.saveState(); c.setStrokeColorRGB(0.7, 0.1, 0.1); c.setFillColorRGB(0.7, 0.1, 0.1)
                c.translate(Rm - 200, y - 10); c.rotate(8); c.setLineWidth(2)
                parts = ln[6:].split(" / ")
                c.rect(-6, -8 - 14 * (len(parts) - 1), 210, 26 + 14 * (len(parts) - 1))
                c.setFont(bold, 12)
                for k, p in enumerate(parts): c.drawString(0, 0 - 14 * k, p)
                c.restoreState(); y -= 30 + 14 * (len(parts) - 1)
            elif ln.startswith("BOX "):
                ws = simpleSplit(ln[4:], font, size - 1, Rm - L - 12)
                h = len(ws) * (size - 1) * 1.3 + 10
                c.rect(L, y - h + size, Rm - L, h)
                c.setFont(font, size - 1)
                yy = y
                for t in ws: c.drawString(L + 6, yy - 2, t); yy -= (size - 1) * 1.3
                y -= h + 4
            elif ln.startswith("SIG "):
                y -= 8
                c.setFont("Hand", size + 4); 
                nm = ln[4:].split(" / ")
                c.drawString(L + 10, y + 4, nm[0].split(",")[0] if not nm[0].startswith("/s/") else nm[0])
                c.line(L, y, L + 230, y); y -= lead
                c.setFont(font, size)
                for p in nm: c.drawString(L, y, p); y -= lead
            elif ln == "":
                y -= lead * 0.6
            else:
                for t in simpleSplit(ln, font, size, Rm - L):
                    c.setFont(font, size); c.drawString(L, y, t); y -= lead
            i += 1
            if y < 50:
                c.showPage(); y = H - 60
        c.showPage()
    c.save()
    return buf.getvalue()

def pdf_to_images(pdf, dpi, gray=True):
    d = tempfile.mkdtemp(dir=None)
    p = os.path.join(d, "in.pdf"); open(p, "wb").write(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray" if gray else "-png", p, os.path.join(d, "pg")] + (["-png"] if gray else []), check=True)
    files = sorted(f for f in os.listdir(d) if f.startswith("pg"))
    return [Image.open(os.path.join(d, f)).convert("L") for f in files]

def degrade(im, rng, rot90=0):
    a = rng.uniform(0.5, 2.0) * rng.choice([-1, 1])
    im = im.rotate(a, resample=Image.BICUBIC, expand=False, fillcolor=255)
    arr = np.asarray(im).astype(np.float32)
    bg = rng.uniform(200, 232)
    arr = arr * (bg / 255.0)
    nrng = np.random.default_rng(rng.randint(0, 10**6))
    arr += nrng.normal(0, rng.uniform(6, 12), arr.shape)
    # speckle
    m = nrng.random(arr.shape) < 0.0008
    arr[m] = 40
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    im = Image.fromarray(arr, "L").filter(ImageFilter.GaussianBlur(0.5))
    if rot90: im = im.rotate(rot90, expand=True)
    b = io.BytesIO(); im.save(b, "JPEG", quality=rng.randint(35, 55)); b.seek(0)
    return Image.open(b).convert("L")

def scanned_pdf(pdf, rng, rot_pages=None):
    dpi = rng.choice([200, 240, 300])
    ims = pdf_to_images(pdf, dpi)
    rot_pages = rot_pages or {}
    out = [degrade(im, rng, rot_pages.get(k, 0)) for k, im in enumerate(ims)]
    b = io.BytesIO()
    out[0].save(b, "PDF", save_all=True, append_images=out[1:], resolution=float(dpi), quality=45,
                 creationDate=FIXED_DATE, modDate=FIXED_DATE)
    return b.getvalue()

def scanned_jpeg(pdf, rng, page=0, dpi=150):
    ims = pdf_to_images(pdf, dpi)
    im = degrade(ims[page], rng)
    b = io.BytesIO(); im.save(b, "JPEG", quality=60); return b.getvalue()

def fax_tiff(pdf, rng, header):
    ims = pdf_to_images(pdf, 200)
    out = []
    try:
        fnt = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 22)
    except Exception:
        fnt = ImageFont.load_default()
    for k, im in enumerate(ims):
        a = rng.uniform(0.3, 1.0) * rng.choice([-1, 1])
        im = im.rotate(a, resample=Image.BICUBIC, fillcolor=255)
        d = ImageDraw.Draw(im)
        d.rectangle([0, 0, im.width, 40], fill=255)
        d.text((30, 8), header + f"   P.{k+1:03d}/{len(ims):03d}", font=fnt, fill=0)
        arr = np.asarray(im).astype(np.float32)
        nrng = np.random.default_rng(rng.randint(0, 10**6))
        arr += nrng.normal(0, 25, arr.shape)
        im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
        out.append(im.point(lambda v: 255 if v > 150 else 0).convert("1"))
    b = io.BytesIO()
    out[0].save(b, "TIFF", compression="group4", dpi=(200, 200), save_all=True, append_images=out[1:])
    return b.getvalue()
# ---------------------------------------------------------------- documents
DOCS = []
def S(name, dob=None, *ids):
    return {"name": name, "dob": dob, "identifiers": [{"type": t, "value": v} for t, v in ids]}
def add(id, fmt, template, req, subjects, basis, ptype, form, attached, purpose, records, channel, **kw):
    court = ptype in ("judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena")
    lab = {"id": id, "family": "blind-fff", "format": fmt, "template": template,
           "requestor": dict(zip(["agency_key", "agency_name", "person", "title", "email", "phone"], req)),
           "subjects": subjects, "legal_basis": [{"normalized": b} for b in basis],
           "legal_process": {"type": ptype, "court_issued": court, "form": form},
           "warrant_or_subpoena_attached": attached, "purpose": purpose,
           "records_requested": records, "channel": channel}
    DOCS.append((lab, kw))

# 01 born_digital, ICE ERO letter, none
add("bfff01", "born_digital", "ERO field office letter to DMV, two subjects with A-numbers",
    ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Denver Field Office",
     "Travis K. Odegaard", "Deportation Officer", "travis.odegaard@ice.dhs.gov", "(303) 555-0142"),
    [S("José Luis Ibáñez Ruiz", "1988-03-14", ("a_number", "A208114937")),
     S("Marisol Ibáñez", "1991-11-02", ("a_number", "A208114938"))],
    ["8 USC 1357", "INA 287"], "none", None, False, "civil_immigration", ["address", "photo", "vehicle"], "mail",
    pages=[[
        "#C U.S. Department of Homeland Security",
        "C U.S. Immigration and Customs Enforcement",
        "C Enforcement and Removal Operations – Denver Field Office",
        "C 12445 E. Caley Avenue, Centennial, CO 80111",
        "---",
        "R October 6, 2026",
        "Colorado Department of Revenue",
        "Division of Motor Vehicles – Records Section",
        "1881 Pierce Street",
        "Lakewood, CO 80214",
        "",
        "Re: Request for Information – File Nos. A208 114 937 / A208 114 938",
        "",
        "To Whom It May Concern:",
        "",
        "The Department of Homeland Security, Immigration and Customs Enforcement (ICE), Enforcement and Removal Operations (ERO), respectfully requests any records your office maintains for the individuals listed below. This request is made pursuant to 8 U.S.C. § 1357 and section 287 of the Immigration and Nationality Act, and the information is for official use only.",
        "|Name|Date of Birth|A-Number",
        "|IBÁÑEZ RUIZ, José Luis|03/14/1988|A208 114 937",
        "|IBÁÑEZ, Marisol|11/02/1991|A208 114 938",
        "",
        "Specifically, we ask for the most recent residential and mailing address on file, a copy of the most recent driver license or identification card photograph, and any vehicles currently registered to either person.",
        "",
        "Please direct responsive records or questions to the undersigned at (303) 555-0142 or travis.odegaard@ice.dhs.gov. Thank you for your assistance.",
        "",
        "Respectfully,",
        "SIG Travis K. Odegaard / Deportation Officer / Denver Field Office, ERO",
        "",
        "cc: Supervisory Deportation Officer R. Lindqvist",
        "BOX FOR OFFICIAL USE ONLY (FOUO). This document may contain sensitive information and is not to be released to the public or other personnel who do not have a valid need to know.",
    ]])

# 02 scanned, I-247A detainer to corrections
add("bfff02", "scanned", "I-247A immigration detainer, scanned, to state corrections",
    ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement – ERO Chicago Field Office", "Dmitri Sokolov",
     "Supervisory Detention and Deportation Officer", None, "(312) 555-0177"),
    [S("Abdirahman Yusuf Warsame", "1993-07-21", ("a_number", "A215447092"))],
    ["INA 236", "INA 287", "8 CFR 236.1", "8 CFR 287.7"], "detainer", "I-247A", True, "civil_immigration",
    ["other"], "mail",
    pages=[[
        "R Subject ID: 391044728     Event #: CHI2610000387",
        "R File No: A215 447 092",
        "C DEPARTMENT OF HOMELAND SECURITY",
        "##C IMMIGRATION DETAINER – NOTICE OF ACTION",
        "|TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency)|FROM: (Department of Homeland Security Office Address)",
        "|Illinois Department of Corrections, Stateville Correctional Center, Records Office, Crest Hill, IL|ICE ERO Chicago Field Office, 101 W. Ida B. Wells Drive, Chicago, IL 60605",
        "|Name of Alien: WARSAME, Abdirahman Yusuf|Date of Birth: 07/21/1993   Nationality: Somalia   Sex: M",
        "#B THE DEPARTMENT OF HOMELAND SECURITY (DHS) HAS TAKEN THE FOLLOWING ACTION RELATED TO THE PERSON IDENTIFIED ABOVE, CURRENTLY IN YOUR CUSTODY:",
        "[X] Determined that there is probable cause that the subject is a removable alien. This determination is based on:",
        "   [X] a final order of removal against the alien;",
        "   [ ] the pendency of ongoing removal proceedings against the alien;",
        "   [X] biometric confirmation of the alien's identity and a records check of federal databases;",
        "IT IS THEREFORE REQUESTED THAT YOU:",
        "Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody. Please notify DHS by calling (312) 555-0177.",
        "Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody.",
        "Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.",
        "Notify this office in the event of the alien's death, hospitalization or transfer to another institution.",
        "This detainer arises from DHS authorities and is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. 236.1 and 287.7.",
        "SIG Dmitri Sokolov #4471 / Supervisory Detention and Deportation Officer / (Signature of Authorized Immigration Officer)",
        "R Date: 10/09/2026   Time: 14:20",
        "STAMP RECEIVED / OCT 13 2026 / IDOC RECORDS",
        "C DHS Form I-247A (3/17)                                Page 1 of 1",
    ]], rot={})

# 03 fax, sheriff records request form, hit and run
add("bfff03", "fax", "Sheriff's office faxed DMV records request form, hit-and-run",
    ("sheriff", "Travis County Sheriff's Office", "Ernesto Villarreal", "Detective, Vehicular Crimes Unit",
     "ernesto.villarreal@traviscountytx.gov", "512-555-0119"),
    [S("Bao Ngoc Tran", "1997-05-30", ("license", "41877320"))],
    ["TX TC 550.021", "18 USC 2721"], "none", None, False, "criminal_investigation",
    ["vehicle", "address", "photo", "license"], "fax",
    fax_header="OCT-14-2026 09:12 FROM:TCSO VCU 512 555 0120 TO:TXDPS DL REC",
    pages=[[
        "##C TRAVIS COUNTY SHERIFF'S OFFICE",
        "C Criminal Investigations Bureau – Vehicular Crimes Unit",
        "C 5555 Airport Blvd., Austin, Texas 78751  |  Main 512-555-0100  |  Fax 512-555-0120",
        "---",
        "#C LAW ENFORCEMENT REQUEST FOR DRIVER / VEHICLE RECORDS",
        "|Date|TCSO Case No.|Offense",
        "|14 Oct 2026|TC26-118842|Accident Involving Injury (Tex. Transp. Code § 550.021)",
        "",
        "#B SECTION A – SUBJECT OF INQUIRY",
        "|Role|Name|DOB|DL / ID No.",
        "|Suspect / registered owner|TRAN, Bao Ngoc|1997-05-30|TX DL 41877320",
        "|Victim (info only – no records requested)|Harlan P. Mercer|—|—",
        "",
        "#B SECTION B – RECORDS REQUESTED (check all that apply)",
        "[X] Current address of record    [X] Driver license photograph    [X] DL status / history",
        "[X] Vehicle registration – 2014 Honda Accord, silver, partial plate \"PKW-4\"    [ ] Crash reports",
        "",
        "#B SECTION C – STATEMENT OF PURPOSE",
        "Vehicle described above struck a pedestrian at E. Riverside Dr. and S. Pleasant Valley Rd. on 10/11/2026 and left the scene. Registered owner is the primary suspect. Records are requested for use in carrying out the functions of a law enforcement agency as permitted by the Driver's Privacy Protection Act, 18 U.S.C. § 2721(b)(1).",
        "",
        "#B SECTION D – REQUESTING OFFICER",
        "|Name / Rank|Badge|Phone|Email",
        "|Det. Ernesto Villarreal|T-2291|512-555-0119|ernesto.villarreal@traviscountytx.gov",
        "",
        "SIG Ernesto Villarreal / Detective, Vehicular Crimes Unit",
        "Supervisor approval: Sgt. K. Oyelaran  (initials) KO",
        "HW Urgent - pls fax back to 512-555-0120",
        "BOX CONFIDENTIALITY NOTICE: This facsimile contains law enforcement sensitive information intended only for the named recipient. If received in error, notify the sender and destroy all copies.",
    ]])

# 04 eml, I-138 immigration enforcement subpoena as PDF attachment
add("bfff04", "eml", "ERO email with attached DHS Form I-138 subpoena PDF to state labor department",
    ("dhs-ice-ero", "ICE Enforcement and Removal Operations – Salt Lake City Field Office", "Kendra Whitlock",
     "Deportation Officer", "kendra.whitlock@ice.dhs.gov", "801-555-0163"),
    [S("Héctor Manuel Gómez Saldívar", "1985-12-09", ("a_number", "A099321556"))],
    ["8 USC 1225", "8 CFR 287.4", "INA 235", "INA 287"], "administrative_subpoena", "I-138", True,
    "civil_immigration", ["wages", "employment", "address"], "email",
    mail=dict(frm="Whitlock, Kendra <kendra.whitlock@ice.dhs.gov>", to="dwsrecords@utah.gov",
              subject="Subpoena – GOMEZ SALDIVAR, Hector – Utah DWS wage records", date="Tue, 20 Oct 2026 10:41:07 -0600",
              body="""Good morning,

Please find attached an Immigration Enforcement Subpoena (DHS Form I-138) for quarterly wage and employer records for the subject named in the subpoena, Héctor Manuel GÓMEZ SALDÍVAR (DOB 12/09/1985, A099-321-556).

Return date is November 3, 2026. Records may be sent electronically to this address. Let me know if you need anything else from me.

V/r,
Kendra Whitlock
Deportation Officer
ICE ERO Salt Lake City
2975 S. Decker Lake Dr., West Valley City, UT 84119
Desk 801-555-0163
"""),
    attach=[("I-138_GomezSaldivar.pdf", "pdf", [[
        "C DEPARTMENT OF HOMELAND SECURITY",
        "##C IMMIGRATION ENFORCEMENT SUBPOENA",
        "C TO APPEAR AND/OR PRODUCE RECORDS",
        "C 8 U.S.C. § 1225(d) and 8 C.F.R. § 287.4",
        "|Subpoena No.|Dated|In the matter of",
        "|SLC-26-0412|10/19/2026|Héctor Manuel GÓMEZ SALDÍVAR, A099 321 556, DOB 12/09/1985",
        "To: Custodian of Records, Utah Department of Workforce Services, 140 E. 300 S., Salt Lake City, UT 84111",
        "By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED AND REQUIRED TO produce the records listed below before an officer of U.S. Immigration and Customs Enforcement, in connection with an investigation or inquiry relating to the enforcement of the Immigration and Nationality Act, to determine the admissibility or removability of the above-named individual.",
        "Records required: All quarterly wage records, names and addresses of all employers, and the most recent residential address reported for the subject for the period January 1, 2023 to present.",
        "Place: ICE ERO, 2975 S. Decker Lake Dr., West Valley City, UT 84119     Date: 11/03/2026  Time: 10:00 a.m.",
        "This subpoena is issued under the authority of section 235(d) of the Immigration and Nationality Act and section 287 of that Act. Failure to comply with this subpoena may subject you to an order of a United States District Court requiring compliance, and failure to obey such order may be punished as contempt of court.",
        "SIG Aaron B. Feldt / Assistant Field Office Director / (Name and Title of Issuing Officer)",
        "C CERTIFICATE OF SERVICE",
        "I certify that I served this subpoena on 10/20/2026 by electronic mail. Served by: Kendra Whitlock, Deportation Officer",
        "C DHS Form I-138 (8/09)",
    ]])])

# 05 born_digital, Arizona search warrant with detective cover letter
add("bfff05", "born_digital", "Municipal police cover letter plus Arizona superior court search warrant for MVD records",
    ("local-police", "Phoenix Police Department", "Lorena Castañeda", "Detective, Robbery Unit",
     "lorena.castaneda@phoenix.gov", "602-555-0148"),
    [S("Dylan Thomas Brackett", "2001-02-17", ("license", "D04418723")),
     S("Marcus Anthony Greer", "1999-08-05")],
    ["ARS 13-1904", "ARS 13-3920", "ARS 13-3911", "ARS 13-3913"], "judicial_warrant", None, True, "criminal_investigation",
    ["photo", "address", "vehicle", "license"], "mail",
    pages=[[
        "##C PHOENIX POLICE DEPARTMENT",
        "C Violent Crimes Bureau – Robbery Unit  •  620 W. Washington St., Phoenix, AZ 85003",
        "---",
        "R 2026-10-21",
        "Arizona Department of Transportation, Motor Vehicle Division",
        "Attn: Custodian of Records, Mail Drop 539M",
        "P.O. Box 2100, Phoenix, AZ 85001",
        "",
        "RE: Search Warrant – DR# 2026-00187734 (Armed Robbery)",
        "",
        "Custodian,",
        "Enclosed is a search warrant signed by the Honorable Priya Natarajan, Maricopa County Superior Court, directing production of MVD records for the two persons listed in the warrant. Please provide the items listed in the warrant to me at the address above or by email at lorena.castaneda@phoenix.gov. The store clerk, Ms. Rosa Elena Quintanilla, is a victim in this case; no records regarding her are requested.",
        "",
        "Thank you,",
        "SIG Lorena Castañeda / Detective #8812, Robbery Unit / 602-555-0148",
    ], [
        "C IN THE SUPERIOR COURT OF THE STATE OF ARIZONA",
        "C IN AND FOR THE COUNTY OF MARICOPA",
        "##C SEARCH WARRANT",
        "R No. SW2026-004417",
        "STATE OF ARIZONA, to any peace officer in the State of Arizona:",
        "Proof by affidavit having been made this day before me by Detective Lorena Castañeda #8812, Phoenix Police Department, I am satisfied that there is probable cause to believe that on the premises known as the Arizona Department of Transportation, Motor Vehicle Division, 1801 W. Jefferson St., Phoenix, Arizona, there is now being concealed property or things, to wit:",
        "Records for BRACKETT, Dylan Thomas, DOB 02/17/2001, AZ DL D04418723, and GREER, Marcus Anthony, DOB 08/05/1999: driver license and ID card photographs, application records, addresses of record, and vehicle registration records for any vehicle titled or registered in either name;",
        "which property or things constitute evidence of the commission of the offense of Armed Robbery, A.R.S. § 13-1904, committed on 10/02/2026.",
        "YOU ARE THEREFORE COMMANDED in the daytime, to make a search of the premises described for the property or things specified, and if you find the same or any part thereof, to retain such in your custody as provided in A.R.S. § 13-3920. This warrant is issued pursuant to A.R.S. §§ 13-3911 and 13-3913. Return of this warrant shall be made within three days.",
        "Given under my hand and dated this 20th day of October, 2026, at 4:12 p.m.",
        "SIG Hon. Priya Natarajan / Judge of the Superior Court",
    ]])
# 06 txt, web form, unknown purpose
add("bfff06", "txt", "Pasted law-enforcement web portal submission, address only, no reason given",
    ("state-police", "Georgia State Patrol", "Wendell R. Pruitt", "Corporal, Post 17", "wpruitt@gsp.net", "706-555-0131"),
    [S("Anh Thi Nguyen", "1979-09-11", ("license", "058447219"))],
    [], "none", None, False, "unknown", ["address"], "email",
    text="""=== GA DDS LAW ENFORCEMENT INFORMATION REQUEST — ONLINE SUBMISSION ===
Submission ID: LE-2026-1029-00418
Submitted: 10/29/2026 21:47 EDT
Routed to: records.requests@dds.ga.gov

-- Requesting Agency --
Agency name:        Georgia State Patrol
Agency ORI:         GAGSP1700
Officer name:       Cpl. Wendell R. Pruitt
Rank / Title:       Corporal, Post 17
Email:              wpruitt@gsp.net
Phone:              706-555-0131

-- Subject --
Last name:          NGUYEN
First name:         Anh
Middle:             Thi
Date of birth:      1979-09-11
GA DL / ID #:       058447219

-- Information requested --
[x] Current residence address
[ ] Photograph
[ ] Driving history
[ ] Vehicle registration

Reason for request (free text):
  need current address for subject

Case / incident number:  (blank)

-- Certification --
[x] I certify that I am a sworn law enforcement officer and that this request is made in the
    course of my official duties.

This is an automated message. Do not reply.
""")

# 07 eml plain, FBI, 3 subjects in table with relatives
add("bfff07", "eml", "FBI special agent plain-text email, wire fraud, three subjects in a table with relatives listed",
    ("doj-fbi", "Federal Bureau of Investigation, Kansas City Field Office", "Rebecca Lindahl", "Special Agent",
     "rlindahl@fbi.gov", "(816) 555-0182"),
    [S("Kateryna Bondarenko", "1990-04-04"), S("Oleksandr Petrenko", "1987-01-23"),
     S("Tyler James Voss", "1994-06-30", ("ssn_last4", "4417"))],
    ["18 USC 1343", "18 USC 1349"], "none", None, False, "criminal_investigation",
    ["wages", "employment", "address", "phone", "claims"], "email",
    mail=dict(frm="Rebecca Lindahl <rlindahl@fbi.gov>", to="UI Integrity Unit <ui.integrity@dol.mo.gov>",
              subject="Records request - FBI KC case 318A-KC-3390211", date="Mon, 2 Nov 2026 08:15:55 -0600",
              body="""Hello,

I'm a Special Agent with the FBI Kansas City Field Office investigating a scheme to file
fraudulent unemployment claims using stolen identities (wire fraud and conspiracy, 18 U.S.C.
1343 and 1349). Three individuals are believed to have filed or received payments on the
claims. I'm requesting wage records, employer names, claim filing records (including IP
addresses and phone numbers used) and addresses on file for:

  Name                   DOB          Notes
  --------------------   ----------   -----------------------------------------------
  BONDARENKO, Kateryna   04/04/1990   mother Halyna Bondarenko at same address (not a subject)
  PETRENKO, Oleksandr    01/23/1987   employer: Prairie Ridge Logistics LLC
  VOSS, Tyler James      06/30/1994   SSN ending 4417

Please do not include records for Halyna Bondarenko; she is listed for identification only.
Also, the identity-theft victims (about 40 people) will be provided separately if needed.

A grand jury subpoena can be obtained if your agency requires one - just let me know.

Thanks,
Rebecca Lindahl
Special Agent, Squad CR-4
FBI Kansas City
1300 Summit St., Kansas City, MO 64105
(816) 555-0182
"""))

# 08 scanned, AO 110 grand jury subpoena requested by AUSA
add("bfff08", "scanned", "AO 110 federal grand jury subpoena, scanned with one page rotated",
    ("doj-usao", "United States Attorney's Office, District of New Mexico", "Gabriel Ortiz-Baca",
     "Assistant United States Attorney", "gabriel.ortiz-baca@usdoj.gov", "505-555-0126"),
    [S("Rubén Darío Chávez de la Cruz", "1976-10-28", ("ssn_last4", "8802"))],
    ["FRCrP 17", "FRCrP 6"], "grand_jury_subpoena", "AO 110", True, "criminal_investigation",
    ["wages", "employment", "claims", "address"], "mail",
    rot={1: 90},
    pages=[[
        "AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury",
        "##C UNITED STATES DISTRICT COURT",
        "C for the",
        "C District of New Mexico",
        "#C SUBPOENA TO TESTIFY BEFORE A GRAND JURY",
        "To: Custodian of Records, New Mexico Department of Workforce Solutions, 401 Broadway NE, Albuquerque, NM 87102",
        "YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.",
        "|Place:|Date and Time:",
        "|Pete V. Domenici U.S. Courthouse, 333 Lomas Blvd. NW, Albuquerque, NM 87102, Grand Jury Room 3|11/17/2026 9:00 a.m.",
        "You must also bring with you the following documents, electronically stored information, or objects: SEE ATTACHMENT A.",
        "R Date: 10/27/2026",
        "R CLERK OF COURT",
        "R /s/ M. Trujillo, Deputy Clerk",
        "The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are:",
        "Gabriel Ortiz-Baca, Assistant United States Attorney, 201 Third St. NW, Suite 900, Albuquerque, NM 87102, gabriel.ortiz-baca@usdoj.gov, 505-555-0126",
        "R GJ No. 26-3-114",
    ], [
        "#C ATTACHMENT A",
        "Pursuant to Rule 17 of the Federal Rules of Criminal Procedure, produce the following records for RUBÉN DARÍO CHÁVEZ DE LA CRUZ (DOB 28 Oct 1976; SSN xxx-xx-8802):",
        "1. All quarterly wage reports filed by any employer, Q1 2022 through present.",
        "2. All unemployment insurance claims, payment histories, and the addresses, telephone numbers and bank accounts listed on those claims.",
        "3. Any address history maintained by the Department.",
        "In lieu of appearance, the records may be produced to Special Agent Nadia Haddad, U.S. Department of Labor OIG, with a completed certificate of authenticity.",
        "You are requested not to disclose the existence of this subpoena; matters occurring before the grand jury are subject to Fed. R. Crim. P. 6(e).",
    ]])

# 09 born_digital, I-200 with cover letter
add("bfff09", "born_digital", "ERO cover letter with Form I-200 Warrant for Arrest of Alien to DMV",
    ("dhs-ice-ero", "U.S. Immigration & Customs Enforcement – ERO Seattle", "Brandon M. Kealoha",
     "Deportation Officer, Fugitive Operations", "brandon.kealoha@ice.dhs.gov", "206-555-0158"),
    [S("Văn Hùng Nguyễn", "1982-02-08", ("a_number", "A077812044"), ("license", "WDLNGUYEVH82"))],
    ["INA 236", "INA 287", "8 CFR 287"], "administrative_warrant", "I-200", True, "civil_immigration",
    ["address", "photo", "vehicle"], "mail",
    pages=[[
        "U.S. Department of Homeland Security",
        "Immigration and Customs Enforcement",
        "Enforcement and Removal Operations",
        "12500 Tukwila International Blvd., Seattle, WA 98168",
        "",
        "R 10/23/2026",
        "Washington State Department of Licensing",
        "Public Disclosure / Records Unit",
        "P.O. Box 9030, Olympia, WA 98507",
        "",
        "SUBJECT: Request for Records – NGUYEN, Van Hung (A077 812 044)",
        "",
        "Dear Records Custodian:",
        "ERO Seattle Fugitive Operations is attempting to locate the individual named in the attached Warrant for Arrest of Alien. We request his current address of record, driver license photograph, and any registered vehicles. His Washington license number is WDLNGUYEVH82.",
        "A copy of the warrant is enclosed for your reference.",
        "",
        "Sincerely,",
        "SIG Brandon M. Kealoha / Deportation Officer, Fugitive Operations / 206-555-0158 | brandon.kealoha@ice.dhs.gov",
    ], [
        "C U.S. DEPARTMENT OF HOMELAND SECURITY",
        "##C WARRANT FOR ARREST OF ALIEN",
        "R File No. A077 812 044",
        "R Date: 10/22/2026",
        "To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations",
        "I have determined that there is probable cause to believe that NGUYỄN Văn Hùng (DOB 1982-02-08) is removable from the United States. This determination is based upon:",
        "[X] the execution of a charging document to initiate removal proceedings against the subject;",
        "[ ] the pendency of ongoing removal proceedings against the subject;",
        "[ ] the failure to establish admissibility subsequent to deferred inspection;",
        "[X] biometric confirmation of the subject's identity and a records check of federal databases;",
        "YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality Act, the above-named alien.",
        "SIG Lorraine Abernathy / Supervisory Detention and Deportation Officer / (Signature of Authorized Immigration Officer)",
        "C Certificate of Service",
        "I hereby certify that the Warrant for Arrest of Alien was served by me at ________ on ________.",
        "C Form I-200 (Rev. 09/16)",
    ]])

# 10 fax, I-205 warrant of removal
add("bfff10", "fax", "Faxed Form I-205 Warrant of Removal/Deportation with request note to corrections",
    ("dhs-ice-ero", "ICE/ERO Atlanta", "Curtis Wainwright", "Deportation Officer", None, "404-555-0170"),
    [S("Wilmer Alexis Núñez Paz", "1995-01-15", ("a_number", "A212660318"))],
    ["INA 241"], "administrative_warrant", "I-205", True, "civil_immigration",
    ["other", "address"], "fax",
    fax_header="10/26/2026 15:03  ICE ERO ATLANTA  4045550171  -> GDC RECORDS",
    pages=[[
        "#C FAX COVER SHEET",
        "|TO|FROM",
        "|Georgia Department of Corrections – Offender Records|DO Curtis Wainwright, ICE/ERO Atlanta",
        "|Fax: 478-555-0199|Phone: 404-555-0170   Fax: 404-555-0171",
        "|Pages (incl. cover): 2|Date: 10/26/2026",
        "",
        "RE: NUNEZ PAZ, Wilmer Alexis  A212-660-318  GDC# 1188342",
        "Attached is the executed warrant of removal for the above subject. Please advise of his scheduled release date and provide his last known address of record and any release address on file so we can coordinate pickup.",
        "HW Thanks - CW",
        "BOX This facsimile is intended only for the use of the addressee and may contain information that is law enforcement sensitive.",
    ], [
        "C U.S. Department of Homeland Security",
        "##C WARRANT OF REMOVAL/DEPORTATION",
        "R File No: A212 660 318",
        "R Date: 10/21/2026",
        "To any immigration officer of the United States Department of Homeland Security:",
        "NÚÑEZ PAZ, Wilmer Alexis",
        "(Full name of alien)",
        "who entered the United States at or near unknown place on or about unknown date, is subject to removal/deportation from the United States, based upon a final order by:",
        "[X] an immigration judge in exclusion, deportation, or removal proceedings",
        "[ ] a designated official",
        "[ ] the Board of Immigration Appeals",
        "[ ] a United States District or Magistrate Court Judge",
        "and pursuant to the following provisions of the Immigration and Nationality Act: section 241(a)",
        "I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary of Homeland Security under the laws of the United States and by his or her direction, command you to take into custody and remove from the United States the above-named alien, pursuant to law, at the expense of the appropriation.",
        "SIG Renata Okafor / Acting Field Office Director / (Signature of immigration officer)",
        "Atlanta, Georgia",
        "C Form I-205 (Rev. 8/01/07)",
    ]])
# 11 eml, Minnesota court order attached, county attorney
add("bfff11", "eml", "County attorney email with attached Minnesota district court order PDF for DHS benefit records",
    ("district-attorney", "Hennepin County Attorney's Office", "Siobhan Kowalczyk", "Assistant County Attorney",
     "siobhan.kowalczyk@hennepin.us", "612-555-0139"),
    [S("Fartun Abdi Hassan", "1986-05-19"), S("Liban Mohamed Ali", "1983-03-02")],
    ["MN Stat 256.98", "MN Stat 609.52", "MN Stat 13.46"], "court_order", None, True, "criminal_investigation",
    ["benefits", "claims", "address", "wages"], "email",
    mail=dict(frm="\"Kowalczyk, Siobhan\" <siobhan.kowalczyk@hennepin.us>", to="dhs.records@state.mn.us",
              cc="Inv. Peter Halvorsen <peter.halvorsen@hennepin.us>",
              subject="Signed court order - State v. Hassan & Ali, 27-CR-26-18807", date="Wed, 28 Oct 2026 16:02:33 -0500",
              html=True,
              body="""<html><body><p>Dear DHS Records Custodian,</p>
<p>Attached is an order signed by Judge Marguerite Eklund of Hennepin County District Court directing the Department of Human Services to release certain benefit and eligibility records relating to the two defendants in <i>State of Minnesota v. Fartun Abdi Hassan and Liban Mohamed Ali</i>, Court File No. 27-CR-26-18807 (wrongfully obtaining assistance, theft).</p>
<p>Please produce the records within 14 days as ordered. Our investigator, Peter Halvorsen (cc'd), can pick up physical copies if that is easier.</p>
<p>Thank you,<br>Siobhan Kowalczyk<br>Assistant Hennepin County Attorney | Adult Prosecution Division<br>C-2000 Government Center, 300 S. Sixth St., Minneapolis, MN 55487<br>612-555-0139</p>
<p style="font-size:9px;color:#666">This e-mail may contain privileged or confidential information. If you are not the intended recipient, please delete it.</p>
</body></html>"""),
    attach=[("Order_27-CR-26-18807.pdf", "pdf", [[
        "STATE OF MINNESOTA                                           DISTRICT COURT",
        "COUNTY OF HENNEPIN                                 FOURTH JUDICIAL DISTRICT",
        "R Court File No. 27-CR-26-18807",
        "State of Minnesota, Plaintiff,",
        "vs.",
        "Fartun Abdi Hassan (DOB 05/19/1986) and Liban Mohamed Ali (DOB 03/02/1983), Defendants.",
        "##C ORDER FOR RELEASE OF PRIVATE WELFARE DATA",
        "The above matter came before the Court on the State's motion for release of private welfare data. Defendants are charged with wrongfully obtaining assistance in violation of Minn. Stat. § 256.98 and theft under Minn. Stat. § 609.52. The Court finds that the data are necessary for the prosecution and that release is authorized under Minn. Stat. § 13.46, subd. 2(a).",
        "IT IS HEREBY ORDERED:",
        "1. The Minnesota Department of Human Services shall produce to the Hennepin County Attorney's Office all MFIP, SNAP and child care assistance applications, eligibility determinations, reported household addresses, reported income and payment histories for each Defendant from January 1, 2023 to the present.",
        "2. The data shall be used only for purposes of this prosecution.",
        "BY THE COURT:",
        "SIG Marguerite Eklund / Judge of District Court / Dated: October 27, 2026",
    ]])])

# 12 born_digital, federal 2703(d) order for state UI portal records
add("bfff12", "born_digital", "AUSA cover letter plus federal 18 U.S.C. 2703(d) order with nondisclosure for UI portal logs",
    ("doj-usao", "U.S. Attorney's Office, Eastern District of Pennsylvania", "Joanna Wierzbicki",
     "Assistant United States Attorney", "joanna.wierzbicki@usdoj.gov", "215-555-0111"),
    [S("Derek Lamont Hollis", "1992-12-01", ("ssn_last4", "3390")),
     S("Stanislav Kuznetsov", None)],
    ["18 USC 2703", "18 USC 2705", "18 USC 1343", "18 USC 1028A"], "court_order", None, True,
    "criminal_investigation", ["claims", "email", "phone", "other"], "mail",
    pages=[[
        "#C U.S. Department of Justice",
        "C United States Attorney",
        "C Eastern District of Pennsylvania",
        "C 615 Chestnut Street, Suite 1250, Philadelphia, PA 19106",
        "---",
        "R November 4, 2026",
        "Pennsylvania Department of Labor & Industry",
        "Office of Unemployment Compensation – Legal Process Unit",
        "651 Boas Street, Harrisburg, PA 17121",
        "",
        "Re: In re Application of the United States for an Order Pursuant to 18 U.S.C. § 2703(d), Misc. No. 26-mj-1184",
        "",
        "Dear Sir or Madam:",
        "Enclosed please find an Order issued by United States Magistrate Judge Harold T. Fenwick requiring the Department to disclose account and access records for the online unemployment compensation accounts identified in Attachment A. The Order also directs, under 18 U.S.C. § 2705(b), that the Department not notify any person of the existence of the Order for one year.",
        "This matter concerns an ongoing investigation of wire fraud and aggravated identity theft (18 U.S.C. §§ 1343 and 1028A). Please contact me or Postal Inspector Graham Ostrowski with any questions.",
        "",
        "Very truly yours,",
        "C JACQUELINE C. ROMERO-ADAMS, United States Attorney",
        "SIG Joanna Wierzbicki / Assistant United States Attorney / 215-555-0111 · joanna.wierzbicki@usdoj.gov",
    ], [
        "##C UNITED STATES DISTRICT COURT",
        "C FOR THE EASTERN DISTRICT OF PENNSYLVANIA",
        "IN RE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN ORDER PURSUANT TO 18 U.S.C. § 2703(d)",
        "R Misc. No. 26-mj-1184",
        "#C ORDER",
        "The United States has submitted an application pursuant to 18 U.S.C. § 2703(d), requesting that the Court issue an Order requiring the Pennsylvania Department of Labor & Industry, a provider of remote computing service, to disclose the records and other information described in Attachment A. The Court finds that the United States has offered specific and articulable facts showing that there are reasonable grounds to believe that the records are relevant and material to an ongoing criminal investigation.",
        "IT IS THEREFORE ORDERED, pursuant to 18 U.S.C. § 2703(d), that the Department shall, within ten days of the date of this Order, disclose to the United States the records described in Attachment A.",
        "IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that the Department shall not disclose the existence of the application or this Order to any person for a period of one year.",
        "R Date: 11/03/2026",
        "SIG Hon. Harold T. Fenwick / United States Magistrate Judge",
        "#C ATTACHMENT A",
        "For the claimant accounts associated with (1) Derek Lamont HOLLIS, DOB 12/01/1992, SSN ending 3390, and (2) Stanislav KUZNETSOV (DOB unknown), including accounts registered with the e-mail addresses dhollis92@example.net and s.kuznetsov.pa@example.org: account login records with IP addresses and timestamps, e-mail addresses and telephone numbers associated with the accounts, and direct-deposit change history, January 1, 2025 to present.",
    ]])

# 13 scanned, municipal police letter, theft, victim named
add("bfff13", "scanned", "Scanned Ohio municipal police detective letter to BMV, suspect plus named victim, stamped",
    ("local-police", "City of Dayton Police Department", "Tamara J. Whitfield", "Detective Sergeant, Property Crimes",
     "tamara.whitfield@daytonohio.gov", "937-555-0164"),
    [S("Jaroslav Novák", "1984-07-07", ("license", "SR448120"))],
    ["ORC 2913.02", "ORC 4501.27"], "none", None, False, "criminal_investigation",
    ["photo", "license", "address"], "mail",
    pages=[[
        "##C DAYTON POLICE DEPARTMENT",
        "C 335 W. Third Street  •  Dayton, Ohio 45402  •  (937) 555-0100",
        "C Investigations Division – Property Crimes",
        "---",
        "R 27 October 2026",
        "Ohio Bureau of Motor Vehicles",
        "Records Request Unit",
        "1970 W. Broad St., Columbus, OH 43223",
        "",
        "Report No.: 26-081193",
        "",
        "To the Records Unit,",
        "This Department is investigating a theft of construction equipment valued at approximately $18,000 from a job site owned by Mr. Douglas Feeney (victim) in violation of R.C. 2913.02. Surveillance images show a male suspect believed to be:",
        "|Name|DOB|OH DL",
        "|NOVÁK, Jaroslav|07/07/1984|SR448120",
        "Please provide a copy of the subject's BMV photograph, his license status and the address on file for photo line-up and identification purposes. This request is made under Ohio Rev. Code § 4501.27(B)(2)(a) for use by a law enforcement agency in carrying out its functions.",
        "",
        "Respectfully,",
        "SIG Tamara J. Whitfield / Detective Sergeant, Property Crimes / tamara.whitfield@daytonohio.gov  •  937-555-0164",
        "",
        "cc: case file",
        "STAMP RECEIVED / OCT 30 2026 / BMV RECORDS",
    ]])

# 14 txt, WSP web form, hit and run, RCW
add("bfff14", "txt", "Pasted web-form submission from state patrol detective, hit-and-run",
    ("state-police", "Washington State Patrol", "Ivana Marković", "Detective, Criminal Investigation Division",
     "ivana.markovic@wsp.wa.gov", "360-555-0185"),
    [S("Christopher Allen Dobbs", "1968-11-20"), S("Sheila Marie Dobbs", "1970-04-09")],
    ["RCW 46.52.020", "RCW 46.12.630"], "none", None, False, "criminal_investigation",
    ["vehicle", "address", "photo"], "email",
    text="""From: noreply@dol.wa.gov
Subject: [LE Portal] New law enforcement records request #2026-11-0072

A new request was submitted through the DOL Law Enforcement Records Portal.

  Request #      : 2026-11-0072
  Received       : 11/02/2026 07:58 PST
  Agency         : Washington State Patrol
  Division       : Criminal Investigation Division, District 2
  Requester      : Det. Ivana Marković
  Phone          : 360-555-0185
  E-mail         : ivana.markovic@wsp.wa.gov
  Case number    : 26-014471
  Statutory basis: RCW 46.12.630 (disclosure to law enforcement)

  Persons:
    1) DOBBS, CHRISTOPHER ALLEN   DOB 11/20/1968
    2) DOBBS, SHEILA MARIE        DOB 04/09/1970

  Vehicle:
    2019 Ford F-150, dark blue, WA plate C91722X (registered owners believed to be 1 and 2)

  Records requested:
    - Registration and title history for the vehicle
    - Current addresses for both registered owners
    - DL photographs for both

  Justification:
    Felony hit and run (RCW 46.52.020) - bicyclist seriously injured on SR 522 near Monroe on
    10/30/2026. Witness (Karl Espinoza) gave partial plate. Need owner info & photos for
    montage.

-- 
Washington State Department of Licensing - automated notification
""")

# 15 eml HTML-only, HSI harboring
add("bfff15", "eml", "HSI special agent HTML email, harboring and document fraud, two subjects and employer",
    ("dhs-ice-hsi", "Homeland Security Investigations – Special Agent in Charge, Houston", "Mateo Ferreira",
     "Special Agent", "mateo.ferreira@hsi.dhs.gov", "(281) 555-0137"),
    [S("Graciela Ortega Villanueva", "1978-08-16"), S("Nicolás Peña-Zamora", "1990-02-25")],
    ["8 USC 1324", "18 USC 1546", "TX LC 301.085"], "none", None, False, "criminal_investigation",
    ["wages", "employment", "address"], "email",
    mail=dict(frm="Ferreira, Mateo <mateo.ferreira@hsi.dhs.gov>", to="TWC Open Records <open.records@twc.texas.gov>",
              subject="HSI Houston - wage records request (HU22CR26HU0091)", date="Thu, 5 Nov 2026 13:27:40 -0600",
              html=True,
              body="""<html><body style="font-family:Calibri,sans-serif">
<p>Good afternoon,</p>
<p>Homeland Security Investigations (HSI) Houston is conducting a <b>criminal investigation</b> into the harboring of undocumented workers and the use of fraudulent identity documents at <b>Bayou Star Seafood Processing, Inc.</b> (employer, FEIN on file) in violation of 8 U.S.C. § 1324 and 18 U.S.C. § 1546.</p>
<p>I am requesting the quarterly wage records and employer history reported to the Texas Workforce Commission for the following persons, who we believe managed the hiring:</p>
<table border="1" cellpadding="4"><tr><th>Name</th><th>DOB</th><th>Role</th></tr>
<tr><td>ORTEGA VILLANUEVA, Graciela</td><td>1978-08-16</td><td>Plant manager</td></tr>
<tr><td>PEÑA-ZAMORA, Nicolás</td><td>1990-02-25</td><td>HR coordinator</td></tr></table>
<p>The owner, Mr. Raymond Theriot, is not a subject of this request. I understand release may be permitted to a law enforcement agency under Tex. Lab. Code § 301.085; please let me know if a subpoena is needed.</p>
<p>Respectfully,<br><b>Mateo Ferreira</b><br>Special Agent<br>Department of Homeland Security<br>Homeland Security Investigations | SAC Houston<br>4141 N. Sam Houston Pkwy E., Houston, TX 77032<br>Office: (281) 555-0137</p>
<p style="color:#888;font-size:8pt">WARNING: This message is LAW ENFORCEMENT SENSITIVE.</p></body></html>"""))

# 16 fax, DEA 876 subpoena
add("bfff16", "fax", "Faxed DEA administrative subpoena under 21 U.S.C. 876 to state DMV",
    ("doj-dea", "Drug Enforcement Administration, St. Louis Division", "Jerome Fitzpatrick", "Special Agent",
     "jerome.fitzpatrick@dea.gov", "314-555-0193"),
    [S("Alejandro Benítez Ochoa", "1989-06-03", ("license", "F178830412")),
     S("Kiara Monique Wells", "1996-09-14")],
    ["21 USC 876", "21 USC 841", "21 USC 846", "PL 91-513"], "administrative_subpoena", "DEA-1", True, "criminal_investigation",
    ["address", "vehicle", "photo", "license"], "fax",
    fax_header="NOV 03 2026 11:47AM  DEA STL DIV  314 555 0194",
    pages=[[
        "C U.S. Department of Justice",
        "C Drug Enforcement Administration",
        "##C SUBPOENA",
        "|TO:|Subpoena No.|File No. / G-DEP",
        "|Custodian of Records, Missouri Department of Revenue, Motor Vehicle & Driver Licensing, 301 W. High St., Jefferson City, MO 65101|MX-27-0154|M5-26-0031 / GFA1C",
        "In the matter of: an investigation under Title 21, United States Code, Section 876",
        "By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED to appear before Special Agent Jerome Fitzpatrick, Drug Enforcement Administration, 317 S. 16th St., St. Louis, MO 63103, on 11/16/2026 at 10:00 a.m., to testify and give evidence in regard to an investigation of violations of 21 U.S.C. §§ 841 and 846, and to bring with you and produce the following records:",
        "Driver license records, photographs, addresses of record and vehicle registrations for: BENÍTEZ OCHOA, Alejandro, DOB 6/3/1989, MO DL F178830412; and WELLS, Kiara Monique, DOB 9/14/1996.",
        "In lieu of appearance, records may be mailed or faxed to the requesting agent at 314-555-0194.",
        "Failure to comply with this subpoena will render you liable to proceedings in the United States District Court to enforce obedience to the requirements of this subpoena, pursuant to 21 U.S.C. 876(c).",
        "SIG Jerome Fitzpatrick / Special Agent / Telephone 314-555-0193",
        "Issued under authority of Sec. 506 of Public Law 91-513 (84 Stat. 1236) and 21 U.S.C. 876, by:",
        "SIG Margaret L. Oduya / Group Supervisor (Title)",
        "R Date: 11/03/2026",
        "C FORM DEA-1 (1-05)  Previous editions are obsolete",
    ]])
# 17 born_digital, Texas criminal subpoena duces tecum requested by ADA
add("bfff17", "born_digital", "Texas district clerk criminal subpoena duces tecum for TWC records, issued at ADA request",
    ("district-attorney", "Harris County District Attorney's Office", "Lucía Benavides-Moreno", "Assistant District Attorney",
     "benavides_lucia@dao.hctx.net", "713-555-0128"),
    [S("Terrence Odell Banks", "1981-03-27", ("ssn_last4", "0715"))],
    ["TX CCP 24.02", "TX CCP 24.03", "TX R Evid 902", "TX PC 32.32"], "court_subpoena", None, True, "criminal_investigation",
    ["wages", "employment", "address"], "mail",
    pages=[[
        "##C THE STATE OF TEXAS",
        "#C SUBPOENA DUCES TECUM",
        "C (Criminal – Art. 24.02, Texas Code of Criminal Procedure)",
        "|Cause No.|Court|Trial Date",
        "|1789344|230th District Court, Harris County, Texas|December 7, 2026",
        "THE STATE OF TEXAS vs. TERRENCE ODELL BANKS",
        "TO ANY PEACE OFFICER OF THE STATE OF TEXAS – GREETINGS:",
        "YOU ARE HEREBY COMMANDED to summon: Custodian of Records, Texas Workforce Commission, 101 E. 15th Street, Austin, Texas 78778, to be and appear before the 230th District Court of Harris County, Texas, 1201 Franklin, Houston, Texas, on December 7, 2026 at 9:00 a.m., then and there to testify as a witness on behalf of the State in the above styled and numbered cause, wherein the defendant is charged with the felony offense of Fraudulent Securing of Document Execution / False Statement to Obtain Credit (Tex. Penal Code § 32.32), and to bring with said witness the following:",
        "All wage records, employer reports and addresses of record for TERRENCE ODELL BANKS, DOB 03/27/1981, SSN XXX-XX-0715, for the period 01/01/2024 through present.",
        "In lieu of personal appearance the custodian may comply by delivering the records with a business records affidavit meeting Tex. R. Evid. 902(10) to the requesting attorney below, as allowed by Art. 24.03, Code of Criminal Procedure.",
        "Witness my hand and seal of office, this 30th day of October, 2026.",
        "R MARILYN BURGESS-HALE, District Clerk, Harris County, Texas",
        "R By: /s/ D. Ochoa, Deputy",
        "STAMP DISTRICT CLERK / HARRIS COUNTY TX / SEAL",
        "",
        "#B Requested by:",
        "Lucía Benavides-Moreno, Assistant District Attorney, SBN 24087713",
        "Harris County District Attorney's Office, 1310 Prairie St., Houston, TX 77002",
        "713-555-0128 | benavides_lucia@dao.hctx.net",
        "C Complainant: Gulf Coast Federal Credit Union (not a subject)",
    ]])

# 18 eml, I-247N detainer JPEG attached
add("bfff18", "eml", "ERO email with scanned Form I-247N (request for voluntary notification of release) as JPEG",
    ("dhs-ice-ero", "ERO Newark Field Office", "Patrick Boateng", "Deportation Officer, Criminal Apprehension Program",
     "patrick.boateng@ice.dhs.gov", "973-555-0146"),
    [S("Oleh Vasyl Hrytsenko", "1987-12-30", ("a_number", "A201553704"))],
    ["INA 236", "INA 287", "8 CFR 236.1", "8 CFR 287.7"], "detainer", "I-247N", True, "civil_immigration",
    ["other"], "email",
    mail=dict(frm="Patrick Boateng <patrick.boateng@ice.dhs.gov>", to="njdoc.records@doc.nj.gov",
              subject="I-247N HRYTSENKO, Oleh SBI# 000971552X", date="Fri, 30 Oct 2026 07:52:12 -0400",
              body="""Good morning,

Attached is a Request for Voluntary Notification of Release (I-247N) for inmate HRYTSENKO, Oleh Vasyl,
DOB 12/30/1987, currently housed at East Jersey State Prison. Please notify our office of his
projected release date.

Thank you,
DO Patrick Boateng
ICE ERO Newark - CAP
970 Broad St, Newark NJ 07102
973-555-0146
"""),
    attach=[("I247N_Hrytsenko.jpg", "jpg", [[
        "R Subject ID: 402881370   Event #: NEW2610000914",
        "R File No: A201 553 704",
        "C DEPARTMENT OF HOMELAND SECURITY",
        "##C REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE",
        "C OF SUSPECTED PRIORITY ALIEN",
        "TO: New Jersey Department of Corrections, East Jersey State Prison, Lock Bag R, Rahway, NJ 07065",
        "FROM: ICE ERO Newark Field Office, 970 Broad Street, Newark, NJ 07102",
        "Name of Alien: HRYTSENKO, Oleh Vasyl     Date of Birth: 12/30/1987     Citizenship: Ukraine     Sex: M",
        "1. DHS HAS DETERMINED THAT THE SUBJECT IS A SUSPECTED PRIORITY ALIEN based on a records check of federal databases.",
        "2. IT IS REQUESTED THAT YOU: Notify DHS as early as practicable (at least 48 hours, if possible) before the subject is released from your custody. Please notify DHS by calling 973-555-0146.",
        "This request does not request or authorize that you detain the subject beyond the time he or she is currently scheduled for release from your custody.",
        "This request is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. 236.1 and 287.7.",
        "SIG Patrick Boateng / Deportation Officer / (Signature of Authorized Immigration Officer)",
        "R Date: 10/29/2026",
        "C DHS Form I-247N (3/17)",
    ]])])

# 19 born_digital, CBP OFO letter, smuggling, vehicle
add("bfff19", "born_digital", "CBP Office of Field Operations letter to DMV about vehicle seized at port, smuggling",
    ("dhs-cbp", "U.S. Customs and Border Protection, Office of Field Operations, Port of Nogales", "Ricardo Velásquez",
     "CBP Officer (Enforcement), Fines, Penalties & Forfeitures", "ricardo.velasquez@cbp.dhs.gov", "520-555-0154"),
    [S("Emilio Ernesto Santacruz", "1980-10-10", ("license", "B09917733"))],
    ["18 USC 545", "19 USC 1595a", "19 USC 1602", "19 USC 1607"], "none", None, False, "criminal_investigation",
    ["vehicle", "address"], "mail",
    pages=[[
        "C U.S. Department of Homeland Security",
        "C U.S. Customs and Border Protection",
        "C Office of Field Operations – Port of Nogales, Arizona",
        "C 200 N. Mariposa Road, Nogales, AZ 85621",
        "---",
        "R November 6, 2026",
        "Arizona Department of Transportation – MVD",
        "Title & Registration Records",
        "",
        "Seizure No.: 2026-2604-000388-01",
        "",
        "Dear Custodian of Records:",
        "On October 31, 2026, CBP Officers at the DeConcini Port of Entry seized a 2017 Chevrolet Tahoe, VIN 1GNSCBKC5HR000000 (partial), Arizona plate CJX8821, after discovering undeclared merchandise concealed in the vehicle, in violation of 18 U.S.C. § 545 (smuggling). The vehicle is subject to forfeiture under 19 U.S.C. § 1595a.",
        "To provide notice to interested parties as required by 19 U.S.C. §§ 1602–1607, CBP requests the title history, lienholder information and registered owner address for the vehicle. The driver at the time of seizure identified himself as:",
        "|Name|DOB|AZ DL",
        "|Emilio Ernesto SANTACRUZ|10 Oct 1980|B09917733",
        "",
        "Please forward records to the undersigned.",
        "",
        "Sincerely,",
        "SIG Ricardo Velásquez / CBP Officer (Enforcement), Fines, Penalties & Forfeitures / 520-555-0154  ·  ricardo.velasquez@cbp.dhs.gov",
        "",
        "cc: HSI Nogales (RAC)",
    ]])

# 20 scanned, AO 93 federal search warrant with ATF cover letter
add("bfff20", "scanned", "ATF cover letter with AO 93 search and seizure warrant for DMV records, scanned, one page upside down",
    ("doj-atf", "Bureau of Alcohol, Tobacco, Firearms and Explosives, Louisville Field Division", "Darnell K. Whitaker",
     "Special Agent", "darnell.whitaker@atf.gov", "502-555-0117"),
    [S("Cody Ray Pendleton", "1990-07-19", ("license", "P12045578")),
     S("Ashley Nicole Pendleton", "1992-01-08")],
    ["FRCrP 41", "18 USC 3103a", "18 USC 2705", "18 USC 922", "18 USC 924"], "judicial_warrant", "AO 93", True, "criminal_investigation",
    ["photo", "address", "vehicle", "license"], "mail",
    rot={2: 180},
    pages=[[
        "C U.S. Department of Justice",
        "C Bureau of Alcohol, Tobacco, Firearms and Explosives",
        "C Louisville Field Division – 600 Dr. Martin Luther King Jr. Pl., Louisville, KY 40202",
        "---",
        "R 11/05/2026",
        "Kentucky Transportation Cabinet",
        "Division of Driver Licensing – Records",
        "200 Mero Street, Frankfort, KY 40622",
        "",
        "RE: Search Warrant No. 3:26-mj-00611",
        "Please find the enclosed federal search and seizure warrant for driver licensing and vehicle records of Cody Ray PENDLETON and Ashley Nicole PENDLETON. The investigation concerns straw purchasing and illegal possession of firearms (18 U.S.C. §§ 922(g) and 924). Kindly deliver responsive records to me at the address above.",
        "",
        "SIG Darnell K. Whitaker / Special Agent, ATF Louisville Group II / 502-555-0117 / darnell.whitaker@atf.gov",
    ], [
        "AO 93 (Rev. 11/13) Search and Seizure Warrant",
        "##C UNITED STATES DISTRICT COURT",
        "C for the",
        "C Western District of Kentucky",
        "In the Matter of the Search of: Records maintained by the Kentucky Transportation Cabinet relating to Cody Ray Pendleton and Ashley Nicole Pendleton",
        "R Case No. 3:26-mj-00611",
        "#C SEARCH AND SEIZURE WARRANT",
        "To: Any authorized law enforcement officer",
        "An application by a federal law enforcement officer or an attorney for the government requests the search of the following property located in the Eastern District of Kentucky: driver licensing and motor vehicle registration records held by the Kentucky Transportation Cabinet for PENDLETON, Cody Ray (DOB 07/19/1990, KY OL P12045578) and PENDLETON, Ashley Nicole (DOB 01/08/1992).",
        "I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the property described above, and that such search will reveal: license and ID photographs, applications, addresses of record, and registration records.",
        "YOU ARE COMMANDED to execute this warrant on or before November 18, 2026 (not to exceed 14 days) [X] in the daytime 6:00 a.m. to 10:00 p.m.",
        "The officer executing this warrant, or an officer present during the execution of the warrant, must prepare an inventory as required by law and promptly return this warrant and inventory to the U.S. Magistrate Judge on duty.",
        "[ ] Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result listed in 18 U.S.C. § 2705 (except for delay of trial) ...",
        "Date and time issued: 11/04/2026 2:35 pm",
        "SIG Hon. Colin R. Ashby / United States Magistrate Judge / Louisville, Kentucky",
    ], [
        "AO 93 (Rev. 11/13) Search and Seizure Warrant (Page 2)",
        "#C Return",
        "|Case No.:|Date and time warrant executed:|Copy of warrant and inventory left with:",
        "|3:26-mj-00611| | ",
        "Inventory made in the presence of:",
        "Inventory of the property taken and name of any person(s) seized:",
        "",
        "#C Certification",
        "I declare under penalty of perjury that this inventory is correct and was returned along with the original warrant to the designated judge.",
        "SIG ______________ / Executing officer's signature",
        "Federal Rule of Criminal Procedure 41 governs the execution and return of this warrant.",
    ]])
# 21 eml multipart/alternative, SSA OIG
add("bfff21", "eml", "SSA OIG agent multipart email, SSI fraud, spouse named as representative payee only",
    ("ssa-oig", "Social Security Administration, Office of the Inspector General, Office of Investigations – Boston Field Division",
     "Colleen M. Fitzgerald", "Special Agent", "colleen.fitzgerald@ssa.gov", "617-555-0172"),
    [S("Maria da Conceição Pereira", "1958-05-12", ("ssn_last4", "6621"))],
    ["42 USC 1383a", "18 USC 641", "MGL 151A-14P"], "none", None, False, "criminal_investigation",
    ["wages", "employment", "claims"], "email",
    mail=dict(frm="\"Fitzgerald, Colleen M.\" <colleen.fitzgerald@ssa.gov>", to="DUA Legal Records <dua.legal@detma.org>",
              subject="SSA-OIG request for wage/UI records - PEREIRA", date="Tue, 10 Nov 2026 11:05:19 -0500",
              alt=True,
              body="""Good morning,

The SSA Office of the Inspector General is investigating possible Supplemental Security Income
fraud (42 U.S.C. § 1383a; theft of government funds, 18 U.S.C. § 641) involving:

    Maria da Conceição PEREIRA
    DOB: May 12, 1958
    SSN: XXX-XX-6621

We request quarterly wage records and any unemployment claims filed by Ms. Pereira from
January 2022 to the present. Her husband, Joaquim Pereira, serves as her representative payee;
we are NOT requesting his records at this time.

We understand Massachusetts permits disclosure to agencies administering public assistance
programs under G.L. c. 151A, § 14P. Please advise if a different form of request is needed.

Thank you,
Colleen M. Fitzgerald
Special Agent
SSA OIG, Office of Investigations - Boston Field Division
JFK Federal Building, 15 New Sudbury St., Boston, MA 02203
617-555-0172
"""))

# 22 born_digital, DHS OIG letter (none) — employee misconduct criminal
add("bfff22", "born_digital", "DHS OIG letter to DMV, bribery investigation of a CBP employee, one subject with relative listed",
    ("dhs-oig", "Department of Homeland Security, Office of Inspector General, Office of Investigations – El Paso Field Office",
     "Veronica Salinas-Treviño", "Special Agent", "veronica.salinas@oig.dhs.gov", "915-555-0125"),
    [S("Raymond Acosta Jr.", "1977-04-22", ("license", "22051847"))],
    ["18 USC 201", "5 USC 406"], "none", None, False, "criminal_investigation",
    ["vehicle", "address", "photo"], "mail",
    pages=[[
        "C OFFICE OF INSPECTOR GENERAL",
        "C Department of Homeland Security",
        "C Office of Investigations • El Paso Field Office • 4050 Rio Bravo St., El Paso, TX 79902",
        "---",
        "R 9 November 2026",
        "Texas Department of Motor Vehicles",
        "Vehicle Titles and Registration Division – Records",
        "4000 Jackson Ave., Austin, TX 78731",
        "",
        "OIG Case Number: I26-CBP-ELP-04418",
        "",
        "Dear Records Custodian:",
        "The DHS Office of Inspector General is conducting a criminal investigation of alleged bribery of a public official (18 U.S.C. § 201) involving a U.S. Customs and Border Protection employee. Under the authority of the Inspector General Act of 1978, as amended, 5 U.S.C. § 406, I request the following records for:",
        "|Name|DOB|TX DL|Relationship",
        "|ACOSTA, Raymond Jr.|04/22/1977|22051847|Subject (CBP employee)",
        "|ACOSTA, Yolanda|—|—|Spouse – identification only; no records requested",
        "",
        "1. All vehicles currently or previously registered to the subject since January 1, 2024, including title and lien history;",
        "2. Current residential address on file; and",
        "3. Most recent driver license photograph.",
        "",
        "Please treat this request as confidential. Questions may be directed to me at 915-555-0125.",
        "",
        "Sincerely,",
        "SIG Veronica Salinas-Treviño / Special Agent / veronica.salinas@oig.dhs.gov",
    ]])

# 23 born_digital, CBP Form 3115 summons
add("bfff23", "born_digital", "CBP Form 3115 customs summons with enforcement clause, import fraud, to state labor dept",
    ("dhs-cbp", "U.S. Customs and Border Protection, Office of Trade – Regulatory Audit, Miami", "Alina Wójcik",
     "Supervisory Import Specialist", "alina.wojcik@cbp.dhs.gov", "305-555-0109"),
    [S("Tomás Eduardo Irizarry", "1971-09-09"), S("Yesenia Colón Marrero", "1983-06-01")],
    ["19 USC 1509", "19 USC 1510", "18 USC 542"], "administrative_subpoena", "CBP Form 3115", True, "criminal_investigation",
    ["employment", "wages", "address"], "mail",
    pages=[[
        "C DEPARTMENT OF HOMELAND SECURITY",
        "C U.S. Customs and Border Protection",
        "##C SUMMONS",
        "C 19 U.S.C. 1509",
        "|To:|Summons No.",
        "|Custodian of Records, Florida Department of Commerce, Reemployment Assistance Program, 107 E. Madison St., Tallahassee, FL 32399|MIA-2026-0087",
        "In the matter of: Brisa Caribe Imports, LLC and its officers, Tomás Eduardo IRIZARRY (DOB 09/09/1971) and Yesenia COLÓN MARRERO (DOB 06/01/1983)",
        "YOU ARE HEREBY SUMMONED AND REQUIRED to appear before Alina Wójcik, Supervisory Import Specialist, an officer of U.S. Customs and Border Protection, at 909 SE First Ave., Room 746, Miami, FL 33131 on November 30, 2026 at 10:00 a.m., to give testimony and to produce the following records relating to the importation of merchandise by the above entity:",
        "Employer registration records and quarterly wage reports filed by Brisa Caribe Imports, LLC; and wage records and addresses of record for the two individuals named above, for 2024 to present.",
        "This summons is issued in connection with an investigation of entries made by means of false statements (18 U.S.C. § 542).",
        "If you fail to comply with this summons, the United States District Court may, under 19 U.S.C. 1510, issue an order compelling your attendance and production of records, and failure to obey may be punished as contempt.",
        "SIG Alina Wójcik / Supervisory Import Specialist / 305-555-0109  alina.wojcik@cbp.dhs.gov",
        "R Issued: November 9, 2026",
        "C CBP Form 3115 (10/23)",
    ]])

# 24 fax, Ohio criminal subpoena duces tecum requested by prosecutor
add("bfff24", "fax", "Faxed Ohio common pleas criminal subpoena duces tecum to ODJFS, requested by assistant prosecutor",
    ("district-attorney", "Cuyahoga County Prosecutor's Office", "Bartholomew Nwosu", "Assistant Prosecuting Attorney",
     "bnwosu@prosecutor.cuyahogacounty.us", "216-555-0151"),
    [S("Renée Dubois-Hartley", "1985-10-03", ("ssn_last4", "2248"))],
    ["OH CrimP 17", "ORC 2921.13", "ORC 5101.27"], "court_subpoena", None, True, "criminal_investigation",
    ["benefits", "claims", "address"], "fax",
    fax_header="11/09/2026 10:21 CCPO MAJOR FRAUD 2165550152 ->ODJFS LEGAL",
    pages=[[
        "C COURT OF COMMON PLEAS",
        "C CUYAHOGA COUNTY, OHIO",
        "|STATE OF OHIO, Plaintiff|Case No. CR-26-704412-A",
        "|vs. RENÉE DUBOIS-HARTLEY, Defendant|Judge Anthony M. Szabo",
        "##C SUBPOENA DUCES TECUM",
        "C (Crim.R. 17(C))",
        "TO: Keeper of Records, Ohio Department of Job and Family Services, Office of Legal and Acquisition Services, 30 E. Broad St., 31st Floor, Columbus, OH 43215",
        "YOU ARE COMMANDED to appear before the Court of Common Pleas, Justice Center, 1200 Ontario St., Cleveland, Ohio, Courtroom 17-B, on December 1, 2026 at 9:00 a.m., and to bring with you: All SNAP and cash assistance applications, interim reports, redeterminations, case notes, reported addresses and benefit issuance histories for RENÉE DUBOIS-HARTLEY, DOB 10/03/1985, SSN ending 2248, from 01/2023 to present.",
        "Defendant is charged with falsification (R.C. 2921.13) in connection with public assistance applications. Release is requested under R.C. 5101.27 for an investigation or prosecution relating to public assistance.",
        "Records may be certified and mailed in lieu of appearance to the attorney below.",
        "NIKKI M. DELGADO, Clerk of Courts",
        "By: /s/ L. Krajewski, Deputy Clerk     Date: 11/06/2026",
        "Issued at the request of:",
        "Bartholomew Nwosu (0091142), Assistant Prosecuting Attorney, Major Fraud Unit, 1200 Ontario St., 9th Floor, Cleveland, OH 44113 · 216-555-0151 · bnwosu@prosecutor.cuyahogacounty.us",
        "BOX NOTICE: Failure to obey this subpoena without adequate excuse may be deemed contempt of the court from which the subpoena issued.",
    ]])

# 25 eml with forwarded message (rfc822), Colorado State Patrol
add("bfff25", "eml", "DMV staff forward of a Colorado State Patrol email (message/rfc822 attachment), vehicular assault",
    ("state-police", "Colorado State Patrol – Investigative Services", "Benjamin Ahlquist", "Corporal, Vehicular Crimes Unit",
     "benjamin.ahlquist@state.co.us", "303-555-0166"),
    [S("Jesus Alberto de la Cruz Rios", "2000-12-12", ("license", "191234567")),
     S("Kayleigh Ann Morrow", "2002-03-05")],
    ["CRS 18-3-205", "CRS 42-1-206"], "none", None, False, "criminal_investigation",
    ["address", "photo", "vehicle"], "email",
    mail=dict(frm="Jenna Ruiz <jenna.ruiz@state.co.us>", to="DMV Records Requests <dor_dmvrecords@state.co.us>",
              subject="FW: Records request - CSP case 2611-0489", date="Thu, 12 Nov 2026 09:30:02 -0700",
              body="""Forwarding to the records unit - this came to the Lakewood driver license office inbox.
Original message attached.

Jenna Ruiz
Customer Service Supervisor, Lakewood DL Office
""",
              fwd=dict(frm="Ahlquist - CDPS, Benjamin <benjamin.ahlquist@state.co.us>",
                       to="Lakewood DL Office <dor_lakewood@state.co.us>",
                       subject="Records request - CSP case 2611-0489", date="Wed, 11 Nov 2026 17:44:51 -0700",
                       body="""Hi,

Colorado State Patrol is investigating a vehicular assault (C.R.S. 18-3-205) from a crash on
I-70 near Genesee on 11/08/2026. I need current addresses, DL photos and registration info for
the two people below. Victim is Paul Szymanski - no records needed for him.

  DE LA CRUZ RIOS, Jesus Alberto    DOB 12-12-2000    CO DL 19-123-4567
  MORROW, Kayleigh Ann              DOB 03-05-2002    (passenger / registered owner)

My understanding is this is releasable to law enforcement under C.R.S. 42-1-206.

Thanks,
Cpl. Benjamin Ahlquist #2219
Colorado State Patrol - Vehicular Crimes Unit
700 Kipling St., Lakewood, CO 80215
Desk 303-555-0166
""")))
# 26 born_digital, NY county grand jury subpoena duces tecum requested by ADA
add("bfff26", "born_digital", "New York county grand jury subpoena duces tecum to state DOL, issued by ADA",
    ("district-attorney", "Office of the District Attorney, Kings County", "Shira Abramowitz", "Assistant District Attorney, Frauds Bureau",
     "abramowitzs@brooklynda.org", "718-555-0188"),
    [S("Aliaksandr Zhukouski", "1975-02-14"), S("Nadia Rahman Chowdhury", "1988-11-29"),
     S("Wen Li", "1993-08-08")],
    ["NY CPL 610.20", "NY CPL 610.25", "NY CPL 190.25", "NY PL 155.30", "NY Labor Law 537"], "grand_jury_subpoena", None, True,
    "criminal_investigation", ["wages", "employment", "address"], "mail",
    pages=[[
        "##C SUBPOENA DUCES TECUM",
        "#C FOR THE GRAND JURY",
        "C SUPREME COURT OF THE STATE OF NEW YORK, COUNTY OF KINGS",
        "THE PEOPLE OF THE STATE OF NEW YORK",
        "TO: Records Access Officer, New York State Department of Labor, Building 12, W.A. Harriman State Office Campus, Albany, NY 12226",
        "GREETINGS: WE COMMAND YOU, that all business and excuses being laid aside, you appear and attend before the GRAND JURY of the County of Kings, at the Grand Jury Room, 350 Jay Street, 16th Floor, Brooklyn, New York, on the 3rd day of December, 2026, at 10:00 a.m., to testify and give evidence in a criminal action or proceeding then and there to be heard concerning a violation of Penal Law § 155.30, and to bring with you and produce the following:",
        "|Name|Date of Birth|Records",
        "|ZHUKOUSKI, Aliaksandr|02/14/1975|Wage reporting (NYS-45) records, employers, addresses, 2023–present",
        "|CHOWDHURY, Nadia Rahman|11/29/1988|Same",
        "|LI, Wen|08/08/1993|Same",
        "Records may be produced in lieu of appearance by delivering them, together with a certification, to the Assistant District Attorney below, in accordance with CPL 610.25.",
        "This subpoena is issued pursuant to CPL 610.20. Disclosure of this subpoena may impede the investigation; grand jury proceedings are secret (CPL 190.25(4)). Disclosure by the Department is authorized by Labor Law § 537.",
        "Failure to comply with this subpoena is punishable as a contempt of court.",
        "Dated: Brooklyn, New York, November 10, 2026",
        "C ERIC GONZÁLEZ-VARGAS, District Attorney, Kings County",
        "SIG Shira Abramowitz / Assistant District Attorney, Frauds Bureau / 350 Jay Street, Brooklyn, NY 11201 · 718-555-0188 · abramowitzs@brooklynda.org",
        "C GJ Index No. 2026KN-0841    |    DANY/KCDA Ref. FB-26-3319",
    ]])

# 27 scanned, DOL OIG inspector general subpoena
add("bfff27", "scanned", "Scanned DOL OIG inspector general subpoena with enforcement clause, UI fraud, two subjects",
    ("dol-oig", "U.S. Department of Labor, Office of Inspector General, Office of Investigations – Labor Racketeering and Fraud, Dallas Region",
     "Nadia Haddad", "Special Agent", "haddad.nadia@oig.dol.gov", "972-555-0114"),
    [S("Quang Minh Pham", "1986-04-17", ("ssn_last4", "5150")),
     S("Thị Lan Võ", "1989-10-21", ("ssn_last4", "7304"))],
    ["5 USC 406", "18 USC 1341", "18 USC 1343", "20 CFR 603.5"], "administrative_subpoena", None, True, "criminal_investigation",
    ["claims", "wages", "address", "phone", "other"], "mail",
    rot={2: 90},
    pages=[[
        "C U.S. Department of Labor",
        "C Office of Inspector General – Office of Investigations",
        "C 525 S. Griffin Street, Suite 415, Dallas, Texas 75202",
        "---",
        "R November 12, 2026",
        "Louisiana Workforce Commission",
        "Office of Legal Counsel – Custodian of Records",
        "1001 N. 23rd Street, Baton Rouge, LA 70802",
        "",
        "Re: OIG Subpoena No. 26-DAL-0273",
        "",
        "Dear Custodian:",
        "Enclosed is an Inspector General subpoena duces tecum for unemployment insurance and wage records of the two individuals identified in the attached schedule. Please produce the records to me on or before December 4, 2026. Electronic production on encrypted media is acceptable.",
        "",
        "Sincerely,",
        "SIG Nadia Haddad / Special Agent / 972-555-0114 · haddad.nadia@oig.dol.gov",
        "",
        "Enclosure",
    ], [
        "##C UNITED STATES DEPARTMENT OF LABOR",
        "#C OFFICE OF INSPECTOR GENERAL",
        "##C SUBPOENA DUCES TECUM",
        "R OIG Subpoena No. 26-DAL-0273",
        "TO: Custodian of Records, Louisiana Workforce Commission, 1001 N. 23rd Street, Baton Rouge, LA 70802",
        "YOU ARE HEREBY REQUIRED to produce all documents, reports, records and data described in the attached schedule to Special Agent Nadia Haddad, U.S. Department of Labor, Office of Inspector General, 525 S. Griffin St., Suite 415, Dallas, TX 75202, on or before December 4, 2026.",
        "This subpoena is issued pursuant to the Inspector General Act of 1978, as amended, 5 U.S.C. § 406(a)(4), in connection with an investigation of fraud against the unemployment insurance program (18 U.S.C. §§ 1341, 1343). In case of contumacy or refusal to obey, this subpoena shall be enforceable by order of any appropriate United States district court.",
        "IN TESTIMONY WHEREOF, the undersigned Inspector General of the U.S. Department of Labor has hereunto set his hand this 12th day of November, 2026.",
        "SIG Samuel K. Ferraro / Inspector General (Acting)",
        "STAMP RECEIVED / NOV 16 2026 / LWC LEGAL",
    ], [
        "#C SCHEDULE",
        "For each person below, all unemployment insurance claim records, including claim applications, weekly certifications, IP addresses, telephone numbers and e-mail addresses, mailing addresses, bank account and debit card information, payment histories, and quarterly wage records, March 2024 through present:",
        "|Name|DOB|SSN (last 4)",
        "|PHAM, Quang Minh|04/17/1986|5150",
        "|VÕ, Thị Lan|10/21/1989|7304",
        "Disclosure of this information is permitted under 20 C.F.R. § 603.5(i). Please contact SA Nadia Haddad at 972-555-0114 or haddad.nadia@oig.dol.gov with questions regarding production.",
    ]])

# 28 txt, USMS voicemail transcript
add("bfff28", "txt", "Transcribed voicemail (emailed by phone system) from deputy U.S. marshal seeking fugitive's address",
    ("doj-usms", "U.S. Marshals Service, Southern District of Iowa", "Gregory Stanek", "Deputy U.S. Marshal",
     None, "515-555-0190"),
    [S("Jamal Terrell Hutchins", "1991-05-24")],
    [], "none", None, False, "criminal_investigation", ["address", "vehicle", "wages", "employment"], "email",
    text="""Voicemail to Iowa Workforce Development - Legal Records line (515-555-0100)
Received: Monday, November 16, 2026 8:02 AM
Duration: 1 min 14 sec
Caller ID: 515-555-0190
Transcription (automatic - may contain errors):

"Yeah, hi, good morning. This is Deputy U.S. Marshal Greg Stanek, S-T-A-N-E-K, with the
Marshals Service down here in Des Moines, Southern District of Iowa. Uh, I'm working a
fugitive case, we've got a federal arrest warrant out of the Northern District of Illinois
for a Jamal Terrell Hutchins, H-U-T-C-H-I-N-S, date of birth May 24th, 1991. Uh, he's
wanted on a supervised release violation. I'm trying to find out if he's got any current
employer reporting wages in Iowa and the address that employer has for him, and, uh, if you
guys have anything on a vehicle that'd be great too but I know that's DOT. Anyway, my
direct line is 515-555-0190. I can email you a copy of the warrant if you need it. Thanks,
bye."

-- This message was transcribed and forwarded by VoiceMail Pro. --
""")

# 29 eml, Georgia sheriff investigator, superior court search warrant attached as PNG
add("bfff29", "eml", "Sheriff's investigator email with Georgia superior court search warrant attached as scanned PNG",
    ("sheriff", "Gwinnett County Sheriff's Office", "LaToya Simmons-Beck", "Investigator, Criminal Investigations Division",
     "latoya.simmonsbeck@gwinnettcounty.com", "770-555-0123"),
    [S("Brandon Lee Yates", "1998-09-02", ("license", "062318849"))],
    ["OCGA 17-5-21", "OCGA 16-8-2", "OCGA 40-5-2"], "judicial_warrant", None, True, "criminal_investigation",
    ["photo", "address", "license", "vehicle"], "email",
    mail=dict(frm="LaToya Simmons-Beck <latoya.simmonsbeck@gwinnettcounty.com>", to="dds.legal@dds.ga.gov",
              subject="Search warrant service - GCSO 26-110347", date="Tue, 17 Nov 2026 14:18:26 -0500",
              body="""Ma'am/Sir,

Attached please find a search warrant signed by Judge Okonkwo of Gwinnett County Superior
Court for DDS records of Brandon Lee YATES (DOB 09/02/1998, GA DL 062318849). I'm requesting
his license photo, address history, license record and any vehicles registered to him.
Please reply to this email with the records or call me with questions.

Respectfully,

Investigator LaToya Simmons-Beck
Criminal Investigations Division
Gwinnett County Sheriff's Office
2900 University Pkwy, Lawrenceville, GA 30043
O: 770-555-0123

CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the intended recipient(s).
"""),
    attach=[("SW_26-110347.png", "png", [[
        "C IN THE SUPERIOR COURT OF GWINNETT COUNTY",
        "C STATE OF GEORGIA",
        "##C SEARCH WARRANT",
        "R Warrant No. 26-SW-2214",
        "TO ANY SHERIFF, DEPUTY SHERIFF, CORONER, CONSTABLE, MARSHAL, POLICE OFFICER, OR OTHER AUTHORIZED PEACE OFFICER OF THIS STATE:",
        "Affidavit having been made before me by Investigator LaToya Simmons-Beck, Gwinnett County Sheriff's Office, that she has reason to believe that at the Georgia Department of Driver Services, 2206 East View Pkwy, Conyers, GA, there is now located certain evidence, namely: the driver license photograph, application and address history, license record and registration information for BRANDON LEE YATES, DOB 09/02/1998, GA DL 062318849, which is evidence of the crime of Theft by Taking (O.C.G.A. § 16-8-2).",
        "Based on the affidavit, I am satisfied that there is probable cause to believe that the evidence is located at the place described, and this warrant is issued under O.C.G.A. § 17-5-21. DDS records are provided under O.C.G.A. § 40-5-2.",
        "YOU ARE HEREBY COMMANDED to search the above-described place within ten (10) days and seize the evidence described.",
        "This 16th day of November, 2026.",
        "SIG Hon. Chinedu A. Okonkwo / Judge, Superior Court of Gwinnett County",
    ]])])

# 30 txt, DA investigator email printout, Colorado
add("bfff30", "txt", "Plain-text printout of a DA investigator's email to human services, bail-bond violation",
    ("district-attorney", "Office of the District Attorney, 18th Judicial District (Colorado)", "Marcus Delgado-Whitney",
     "Investigator", "mdelgado-whitney@da18.state.co.us", "720-555-0147"),
    [S("Svetlana Igorevna Morozova", "1980-06-26")],
    ["CRS 18-8-212", "CRS 24-74-103"], "none", None, False, "criminal_investigation",
    ["address", "phone", "benefits"], "email",
    text="""From:    Marcus Delgado-Whitney <mdelgado-whitney@da18.state.co.us>
Sent:    Wednesday, November 18, 2026 3:41 PM
To:      CDHS Records Custodian <cdhs_records@state.co.us>
Subject: Locate request - People v. Morozova, 26CR2207

Good afternoon,

I'm an investigator with the 18th Judicial District Attorney's Office. The defendant in
People v. Svetlana Igorevna Morozova, Arapahoe County case 26CR2207, failed to appear on
11/09/2026 and a warrant issued; she is now also charged with violation of bail bond
conditions, C.R.S. 18-8-212.

Could you tell me whether your department has a current address or phone number for her from
any benefits case (DOB 26 June 1980)? We believe this falls within the criminal-investigation
exception in C.R.S. 24-74-103. Her attorney of record is Daniel Ng (public defender) - please
do not contact him.

Thank you,

Marcus Delgado-Whitney
Investigator
Office of the District Attorney, 18th Judicial District
6450 S. Revere Pkwy, Centennial, CO 80111
720-555-0147
""")

# 31 eml, AO 88B in civil False Claims Act case, AUSA, purpose unknown
add("bfff31", "eml", "AUSA civil division email with attached AO 88B subpoena in a False Claims Act civil case",
    ("doj-usao", "U.S. Attorney's Office, Western District of North Carolina – Civil Division", "Hannah Lockridge",
     "Assistant United States Attorney", "hannah.lockridge@usdoj.gov", "704-555-0135"),
    [S("Pradeep Venkataraman", None), S("Kristóf Balogh", "1979-07-13")],
    ["FRCP 45", "31 USC 3729"], "court_subpoena", "AO 88B", True, "unknown",
    ["employment", "wages"], "email",
    mail=dict(frm="Lockridge, Hannah (USANCW) <hannah.lockridge@usdoj.gov>", to="NCDHHS Legal Process <legal.process@dhhs.nc.gov>",
              subject="Subpoena - U.S. ex rel. Carver v. Piedmont Home Health, No. 3:25-cv-00418", date="Thu, 19 Nov 2026 10:12:09 -0500",
              alt=True,
              body="""Counsel / Custodian:

Please see the attached subpoena to produce documents in the above civil action. The subpoena
seeks employment and payroll records relating to two former owners of Piedmont Home Health,
LLC. Production is due December 10, 2026. I am happy to discuss the scope or a rolling
production.

Hannah Lockridge
Assistant United States Attorney | Civil Division
U.S. Attorney's Office, Western District of North Carolina
227 West Trade Street, Suite 1650, Charlotte, NC 28202
704-555-0135
"""),
    attach=[("AO88B_NCDHHS.pdf", "pdf", [[
        "AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of Premises in a Civil Action",
        "##C UNITED STATES DISTRICT COURT",
        "C for the",
        "C Western District of North Carolina",
        "|United States ex rel. Eleanor Carver, Plaintiff v. Piedmont Home Health, LLC, et al., Defendants|Civil Action No. 3:25-cv-00418",
        "#C SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS OR TO PERMIT INSPECTION OF PREMISES IN A CIVIL ACTION",
        "To: Custodian of Records, North Carolina Department of Health and Human Services, 2001 Mail Service Center, Raleigh, NC 27699",
        "[X] Production: YOU ARE COMMANDED to produce at the time, date, and place set forth below the following documents: All personnel, payroll and Medicaid provider-enrollment records identifying Dr. Pradeep VENKATARAMAN and Kristóf BALOGH (DOB 07/13/1979) as owners, managing employees or employees, January 2019 to present.",
        "|Place: U.S. Attorney's Office, 227 W. Trade St., Suite 1650, Charlotte, NC 28202|Date and Time: 12/10/2026 10:00 am",
        "The following provisions of Fed. R. Civ. P. 45 are attached – Rule 45(c), relating to the place of compliance; Rule 45(d), relating to your protection as a person subject to a subpoena; and Rule 45(e) and (g), relating to your duty to respond to this subpoena and the potential consequences of not doing so.",
        "Date: 11/18/2026",
        "CLERK OF COURT  OR  /s/ Hannah Lockridge  Attorney's signature",
        "The name, address, e-mail address, and telephone number of the attorney representing the United States, who issues or requests this subpoena, are: Hannah Lockridge, AUSA, 227 W. Trade St., Suite 1650, Charlotte, NC 28202; hannah.lockridge@usdoj.gov; 704-555-0135",
        "#B Notice to the person who issues or requests this subpoena",
        "If this subpoena commands the production of documents, electronically stored information, or tangible things or the inspection of premises before trial, a notice and a copy of the subpoena must be served on each party in this case before it is served on the person to whom it is directed. Fed. R. Civ. P. 45(a)(4).",
        "This action arises under the False Claims Act, 31 U.S.C. § 3729 et seq.",
    ]])])

# 32 born_digital, Utah district court order with BCI cover letter
add("bfff32", "born_digital", "Utah BCI agent cover letter with Third District Court order for DWS records",
    ("state-police", "Utah Department of Public Safety, State Bureau of Investigation", "Tevita Fifita", "Special Agent",
     "tfifita@utah.gov", "801-555-0152"),
    [S("Mirela Kovačević", "1984-01-31"), S("Ahmed Nur Farah", "1979-12-18")],
    ["UCA 76-6-405", "UCA 35A-4-312", "UCA 77-22-2"], "court_order", None, True, "criminal_investigation",
    ["wages", "employment", "benefits", "address"], "mail",
    pages=[[
        "#C UTAH DEPARTMENT OF PUBLIC SAFETY",
        "C State Bureau of Investigation – Major Crimes",
        "C 5500 W. Amelia Earhart Dr., Salt Lake City, UT 84116",
        "---",
        "R 11-19-2026",
        "Utah Department of Workforce Services",
        "Attn: Government Records Officer",
        "140 E. 300 S., Salt Lake City, UT 84111",
        "",
        "SBI Case 26-SBI-01947",
        "Please find enclosed an Order of the Third Judicial District Court directing production of employment, wage and public-assistance records for the two individuals named in the Order. Records may be delivered to me by secure email.",
        "",
        "SIG Tevita Fifita / Special Agent, State Bureau of Investigation / 801-555-0152 · tfifita@utah.gov",
    ], [
        "C IN THE THIRD JUDICIAL DISTRICT COURT",
        "C SALT LAKE COUNTY, STATE OF UTAH",
        "|IN RE: INVESTIGATIVE SUBPOENA / ORDER, SBI Case 26-SBI-01947|Case No. 261900877",
        "##C ORDER COMPELLING PRODUCTION OF RECORDS",
        "Upon the application of the Salt Lake County District Attorney and Special Agent Tevita Fifita, and the Court having found good cause to believe that a crime, namely Theft by Deception (Utah Code Ann. § 76-6-405), has been committed, and that the records sought are relevant to the investigation, pursuant to Utah Code Ann. § 77-22-2,",
        "IT IS HEREBY ORDERED that the Utah Department of Workforce Services produce to the State Bureau of Investigation the following records, the disclosure of which is authorized by Utah Code Ann. § 35A-4-312:",
        "|Name|DOB|Records",
        "|KOVAČEVIĆ, Mirela|31 Jan 1984|Employer wage reports, UI claims, public assistance cases, addresses",
        "|FARAH, Ahmed Nur|18 Dec 1979|Employer wage reports, UI claims, public assistance cases, addresses",
        "The Department shall not notify the named persons of this Order for ninety days.",
        "DATED this 18th day of November, 2026.",
        "C BY THE COURT:",
        "SIG Hon. Eliza Marchetti-Young / District Court Judge",
    ]])
# ---------------------------------------------------------------- build
import email, email.policy
from email.message import EmailMessage
from email.utils import make_msgid

OUT = os.path.dirname(os.path.abspath(__file__))

def build_email(lab, kw, rng):
    m = kw["mail"]
    def mk(mm, idx):
        msg = EmailMessage(policy=email.policy.SMTP)
        msg["From"] = mm["frm"]; msg["To"] = mm["to"]
        if mm.get("cc"): msg["Cc"] = mm["cc"]
        msg["Subject"] = mm["subject"]; msg["Date"] = mm["date"]
        msg["Message-ID"] = f"<{lab['id']}.{idx}.{abs(hash(mm['subject'])) % 99991}@mail.example>".replace(str(abs(hash(mm['subject'])) % 99991), str(sum(map(ord, mm['subject']))))
        if mm.get("html") and not mm.get("alt"):
            msg.set_content(mm["body"], subtype="html")
        elif mm.get("alt"):
            msg.set_content(mm["body"])
            html = "<html><body><pre style=\"font-family:Segoe UI,sans-serif\">" + mm["body"].replace("&", "&amp;").replace("<", "&lt;") + "</pre></body></html>"
            msg.add_alternative(html, subtype="html")
        else:
            msg.set_content(mm["body"])
        return msg
    msg = mk(m, 0)
    for fname, kind, pages in kw.get("attach", []):
        pdf = render_pdf(pages, font=rng.choice(["Serif", "Sans"]))
        if kind == "pdf":
            msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=fname)
        else:
            data = scanned_jpeg(pdf, rng, dpi=150)
            if kind == "png":
                im = Image.open(io.BytesIO(data)); b = io.BytesIO(); im.save(b, "PNG", optimize=True); data = b.getvalue()
                msg.add_attachment(data, maintype="image", subtype="png", filename=fname)
            else:
                msg.add_attachment(data, maintype="image", subtype="jpeg", filename=fname)
    if m.get("fwd"):
        inner = mk(m["fwd"], 1)
        msg.add_attachment(inner, filename="Records request - CSP case 2611-0489.eml")
    for i, p in enumerate(msg.walk()):
        if p.is_multipart(): p.set_boundary(f"===============fff{lab['id']}{i:02d}==")
    return msg.as_bytes()

def main():
    rng = random.Random(20261122)
    for lab, kw in DOCS:
        id, fmt = lab["id"], lab["format"]
        font = rng.choice(["Serif", "Sans", "Serif", "Cond"])
        size = rng.choice([10, 10.5, 11])
        if fmt == "born_digital":
            data = render_pdf(kw["pages"], font, size); ext = "pdf"
        elif fmt == "scanned":
            data = scanned_pdf(render_pdf(kw["pages"], font, size), rng, kw.get("rot")); ext = "pdf"
        elif fmt == "fax":
            data = fax_tiff(render_pdf(kw["pages"], rng.choice(["Sans", "Serif"]), 11), rng, kw["fax_header"]); ext = "tif"
        elif fmt == "eml":
            data = build_email(lab, kw, rng); ext = "eml"
        else:
            data = kw["text"].encode("utf-8"); ext = "txt"
        open(os.path.join(OUT, f"{id}.{ext}"), "wb").write(data)
        with open(os.path.join(OUT, f"{id}.expected.json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=2); f.write("\n")
        print(id, fmt, ext, len(data))

if __name__ == "__main__":
    main()
