"""Build the blind-ff sample set (court process vs. look-alikes).

Written by an independent author who never saw the document-reading program.
Run:  /work/main/.venv/bin/python samples/blind_ff/build.py
Deterministic: fixed seeds, invariant PDFs, fixed e-mail boundaries.
"""
import datetime
import glob
import io
import json
import os
import random
import subprocess
import time
from email import policy
from email.message import EmailMessage

import numpy as np
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/author_ff"
SEED = 4242
FIXED_DATE = time.strptime("2025-11-01 12:00:00", "%Y-%m-%d %H:%M:%S")

DJ = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", DJ + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DV-B", DJ + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", DJ + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVS-B", DJ + "DejaVuSerif-Bold.ttf"))
FONTS = {
    "helv": ("Helvetica", "Helvetica-Bold"),
    "times": ("Times-Roman", "Times-Bold"),
    "cour": ("Courier", "Courier-Bold"),
    "dv": ("DV", "DV-B"),
    "dvs": ("DVS", "DVS-B"),
}


# ---------------------------------------------------------------- PDF
def pdf_bytes(pages, font="helv", size=10):
    """pages: list of strings in a tiny markup.
    ^^ big centred bold | ^ centred bold | * bold | >> right | ~ small | ---- rule
    leading spaces indent the line."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    reg, bold = FONTS[font]
    W, H = letter
    lm, rm = 58, W - 58
    for page in pages:
        y = H - 52
        for raw in page.split("\n"):
            f, s, align, txt = reg, size, "L", raw
            if raw.startswith("^^"):
                f, s, align, txt = bold, size + 4, "C", raw[2:].strip()
            elif raw.startswith("^"):
                f, s, align, txt = bold, size + 1, "C", raw[1:].strip()
            elif raw.startswith("*"):
                f, txt = bold, raw[1:]
            elif raw.startswith(">>"):
                align, txt = "R", raw[2:].strip()
            elif raw.startswith("~"):
                s, txt = size - 2, raw[1:]
            if raw.strip() == "----":
                c.setLineWidth(0.8)
                c.line(lm, y + 4, rm, y + 4)
                y -= 8
                continue
            if not txt.strip():
                y -= s * 0.8
                continue
            indent = len(txt) - len(txt.lstrip(" "))
            x0 = lm + indent * s * 0.3
            if pdfmetrics.stringWidth(txt.strip(), f, s) <= rm - x0:
                lines = [txt.strip()]
            else:
                lines = simpleSplit(txt.strip(), f, s, rm - x0)
            for ln in lines:
                if y < 44:
                    c.showPage()
                    y = H - 52
                c.setFont(f, s)
                if align == "C":
                    c.drawCentredString(W / 2, y, ln)
                elif align == "R":
                    c.drawRightString(rm, y, ln)
                else:
                    c.drawString(x0, y, ln)
                y -= s * 1.36
        c.showPage()
    c.save()
    return buf.getvalue()


def render(pdf, dpi, tag):
    path = os.path.join(TMP, tag + ".pdf")
    with open(path, "wb") as fh:
        fh.write(pdf)
    for old in glob.glob(os.path.join(TMP, tag + "-*.png")):
        os.remove(old)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", path,
                    os.path.join(TMP, tag)], check=True)
    files = sorted(glob.glob(os.path.join(TMP, tag + "-*.png")))
    return [Image.open(f).convert("L") for f in files]


def degrade(img, rng, turn=0, noise=6.0, quality=45):
    ang = rng.uniform(0.5, 2.0) * rng.choice([-1, 1])
    img = img.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=255)
    arr = np.asarray(img).astype(np.float32)
    bg = rng.randint(208, 232)
    arr = arr / 255.0 * (bg - 28) + 28
    nrng = np.random.default_rng(rng.randint(0, 10 ** 6))
    arr += nrng.normal(0, noise, arr.shape)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
    if turn:
        img = img.rotate(turn, expand=True)
    b = io.BytesIO()
    img.save(b, "JPEG", quality=quality)
    b.seek(0)
    return Image.open(b).convert("L")


def scanned_pdf(pdf, path, rng, turns=None, dpi=200):
    pages = render(pdf, dpi, os.path.basename(path) + "_src")
    turns = turns or {}
    imgs = [degrade(p, rng, turns.get(i, 0)) for i, p in enumerate(pages)]
    imgs[0].save(path, "PDF", save_all=True, append_images=imgs[1:],
                 resolution=dpi, quality=40, creationDate=FIXED_DATE,
                 modDate=FIXED_DATE, producer="KM-C368 Scan")


def fax_tiff(pdf, path, rng, header):
    """header: format string with {p} and {n}."""
    pages = render(pdf, 200, os.path.basename(path) + "_src")
    n = len(pages)
    font = ImageFont.truetype(DJ + "DejaVuSansMono.ttf", 24)
    out = []
    for i, p in enumerate(pages):
        p = p.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC,
                     expand=False, fillcolor=255)
        canvas_img = Image.new("L", (p.width, p.height + 40), 255)
        canvas_img.paste(p, (0, 40))
        d = ImageDraw.Draw(canvas_img)
        d.text((30, 8), header.format(p=i + 1, n=n), font=font, fill=0)
        arr = np.asarray(canvas_img).astype(np.int16)
        nrng = np.random.default_rng(rng.randint(0, 10 ** 6))
        arr = arr + nrng.normal(0, 25, arr.shape)
        bw = (arr > 150).astype(np.uint8) * 255
        # sparse speckle
        speck = nrng.random(arr.shape) < 0.0008
        bw[speck] = 0
        out.append(Image.fromarray(bw, "L").convert("1"))
    out[0].save(path, compression="group4", dpi=(200, 200), save_all=True,
                append_images=out[1:])


# ---------------------------------------------------------------- e-mail
def eml(path, seed, headers, text=None, html=None, attachments=(), forwarded=None):
    msg = EmailMessage()
    for k, v in headers.items():
        msg[k] = v
    if text is not None and html is not None:
        msg.set_content(text)
        msg.add_alternative(html, subtype="html")
    elif html is not None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(text)
    for name, mt, st, data in attachments:
        msg.add_attachment(data, maintype=mt, subtype=st, filename=name)
    if forwarded is not None:
        msg.add_attachment(forwarded)
    random.seed(seed)
    with open(path, "wb") as fh:
        fh.write(msg.as_bytes(policy=policy.SMTP))


def image_bytes(pdf, tag, rng, fmt, dpi=170):
    img = render(pdf, dpi, tag)[0]
    if fmt == "JPEG":
        img = degrade(img, rng, noise=4.0, quality=60)
        b = io.BytesIO()
        img.save(b, "JPEG", quality=60)
    else:
        img = img.rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC,
                         expand=True, fillcolor=255)
        b = io.BytesIO()
        img.save(b, "PNG", optimize=True)
    return b.getvalue()


# ---------------------------------------------------------------- labels
COURT = {"judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"}


def S(name, dob=None, **ids):
    idl = []
    for key in ("a_number", "license", "ssn_last4", "other", "other2"):
        if key in ids:
            idl.append({"type": "other" if key == "other2" else key, "value": ids[key]})
    return {"name": name, "dob": dob, "identifiers": idl}


def label(doc_id, fmt, template, req, subjects, basis, ptype, form, attached,
          purpose, records, channel):
    return {
        "id": doc_id, "family": "blind-ff", "format": fmt, "template": template,
        "requestor": dict(zip(["agency_key", "agency_name", "person", "title",
                               "email", "phone"], req)),
        "subjects": subjects,
        "legal_basis": [{"normalized": b} for b in basis],
        "legal_process": {"type": ptype, "court_issued": ptype in COURT, "form": form},
        "warrant_or_subpoena_attached": attached,
        "purpose": purpose,
        "records_requested": records,
        "channel": channel,
    }


def write_label(lab):
    with open(os.path.join(OUT, lab["id"] + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(lab, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def write_bytes(name, data):
    with open(os.path.join(OUT, name), "wb") as fh:
        fh.write(data)


def write_text(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# ======================================================================
# DOCUMENTS
# ======================================================================
@doc
def bff01(rng):
    p1 = """~AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of Premises in a Civil Action
^UNITED STATES DISTRICT COURT
^for the
^Eastern District of Pennsylvania

KEYSTONE MUTUAL CASUALTY COMPANY,
        Plaintiff
    v.                                              Civil Action No. 2:25-cv-01873-JHS
ROBERTO IBÁÑEZ CASTILLO, individually and d/b/a Ibáñez Masonry,
        Defendant

^SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS
^OR TO PERMIT INSPECTION OF PREMISES IN A CIVIL ACTION

To:  Custodian of Records, Pennsylvania Department of Labor & Industry, Office of Unemployment Compensation Benefits Policy, 651 Boas Street, Harrisburg, PA 17121
~(Name of person to whom this subpoena is directed)

*[X] Production: YOU ARE COMMANDED to produce at the time, date, and place set forth below the following documents, electronically stored information, or objects, and to permit inspection, copying, testing, or sampling of the material:
    See Schedule A, attached.

Place: Marchetti & Roe LLP, 1515 Market Street, Suite 2100, Philadelphia, PA 19102        Date and Time: 06/16/2025 10:00 am

[ ] Inspection of Premises: YOU ARE COMMANDED to permit entry onto the designated premises, land, or other property possessed or controlled by you at the time, date, and location set forth below.

The following provisions of Fed. R. Civ. P. 45 are attached - Rule 45(c), relating to the place of compliance; Rule 45(d), relating to your protection as a person subject to a subpoena; and Rule 45(e) and (g), relating to your duty to respond to this subpoena and the potential consequences of not doing so.

Date: 05/27/2025
                    CLERK OF COURT
                                                           OR      /s/ Dana K. Whitcomb
                    Signature of Clerk or Deputy Clerk              Attorney's signature

The name, address, e-mail address, and telephone number of the attorney representing (name of party) Keystone Mutual Casualty Company, who issues or requests this subpoena, are:
Dana K. Whitcomb, Esquire, Marchetti & Roe LLP, 1515 Market Street, Suite 2100, Philadelphia, PA 19102; dwhitcomb@marchettiroe.com; (215) 555-0143

*Notice to the person who issues or requests this subpoena
If this subpoena commands the production of documents, electronically stored information, or tangible things or the inspection of premises before trial, a notice and a copy of the subpoena must be served on each party in this case before it is served on the person to whom it is directed. Fed. R. Civ. P. 45(a)(4).
"""
    p2 = """~AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of Premises in a Civil Action (Page 2)
Civil Action No. 2:25-cv-01873-JHS
^PROOF OF SERVICE
~(This section should not be filed with the court unless required by Fed. R. Civ. P. 45.)

I received this subpoena for (name of individual and title, if any) ______________________________ on (date) __________.
[ ] I served the subpoena by delivering a copy to the named person as follows: ______________________________
[ ] I returned the subpoena unexecuted because: ______________________________

My fees are $________ for travel and $________ for services, for a total of $________.
I declare under penalty of perjury that this information is true.
Date: __________            Server's signature ______________________

^SCHEDULE A
*Definitions and instructions
1. "Claimant" means ROBERTO IBÁÑEZ CASTILLO, date of birth July 22, 1979, Social Security number ending in 4417, last known address 2208 S. Hutchinson Street, Philadelphia, PA 19148.
2. The period covered is January 1, 2021 through the date of production.
*Documents to be produced
1. All quarterly wage records reported for the Claimant by any employer, including employer name, employer account number and address.
2. The complete unemployment compensation claim file(s) for the Claimant, including applications, separation information and benefit payment history.
3. A certification of the custodian of records.
Counsel is aware of the confidentiality provisions of Section 206 of the Unemployment Compensation Law, 43 P.S. § 766. A stipulated confidentiality order (ECF No. 22) has been entered in this action; a copy will be provided on request.
"""
    p3 = """~AO 88B (Rev. 02/14) (Page 3)
*Federal Rule of Civil Procedure 45 (c), (d), (e), and (g) (Effective 12/1/13)
~(c) Place of Compliance. (1) For a Trial, Hearing, or Deposition. A subpoena may command a person to attend a trial, hearing, or deposition only as follows: (A) within 100 miles of where the person resides, is employed, or regularly transacts business in person; or (B) within the state where the person resides, is employed, or regularly transacts business in person, if the person (i) is a party or a party's officer; or (ii) is commanded to attend a trial and would not incur substantial expense. (2) For Other Discovery. A subpoena may command: (A) production of documents, electronically stored information, or tangible things at a place within 100 miles of where the person resides, is employed, or regularly transacts business in person; and (B) inspection of premises at the premises to be inspected.
~(d) Protecting a Person Subject to a Subpoena; Enforcement. (1) Avoiding Undue Burden or Expense; Sanctions. A party or attorney responsible for issuing and serving a subpoena must take reasonable steps to avoid imposing undue burden or expense on a person subject to the subpoena. The court for the district where compliance is required must enforce this duty and impose an appropriate sanction - which may include lost earnings and reasonable attorney's fees - on a party or attorney who fails to comply. (2) Command to Produce Materials or Permit Inspection. (A) Appearance Not Required. A person commanded to produce documents need not appear in person at the place of production unless also commanded to appear for a deposition, hearing, or trial. (B) Objections. A person commanded to produce documents or tangible things may serve on the party or attorney designated in the subpoena a written objection ...
~(e) Duties in Responding to a Subpoena. (1) Producing Documents or Electronically Stored Information. (A) Documents. A person responding to a subpoena to produce documents must produce them as they are kept in the ordinary course of business or must organize and label them to correspond to the categories in the demand. ...
~(g) Contempt. The court for the district where compliance is required - and also, after a motion is transferred, the issuing court - may hold in contempt a person who, having been served, fails without adequate excuse to obey the subpoena or an order related to it.
~For access to subpoena materials, see Fed. R. Civ. P. 45(a) Committee Note (2013).
"""
    write_bytes("bff01.pdf", pdf_bytes([p1, p2, p3], "dv", 9))
    return label("bff01", "born_digital", "AO 88B civil subpoena signed by private attorney (E.D. Pa.) for UC wage/claim records",
                 ("other", "Marchetti & Roe LLP", "Dana K. Whitcomb", "Attorney", "dwhitcomb@marchettiroe.com", "(215) 555-0143"),
                 [S("Roberto Ibáñez Castillo", "1979-07-22", ssn_last4="4417")],
                 ["FRCP 45", "43 PS 766"], "court_subpoena", "AO 88B", True, "unknown",
                 ["wages", "employment", "claims", "benefits"], "mail")


@doc
def bff02(rng):
    sub = """^SUPERIOR COURT OF NEW JERSEY
^LAW DIVISION - CRIMINAL PART
^MIDDLESEX COUNTY

STATE OF NEW JERSEY,                                 INDICTMENT NO. 25-03-00412-I
        v.                                                         Criminal Action
THANH QUOC PHAM,
        Defendant.
^SUBPOENA DUCES TECUM

THE STATE OF NEW JERSEY, to:
    Custodian of Records
    New Jersey Motor Vehicle Commission, Office of Legal Services / Records
    225 East State Street, Trenton, New Jersey 08666

YOU ARE HEREBY COMMANDED to appear before the Superior Court of New Jersey, Middlesex County, Criminal Part, at the Middlesex County Courthouse, 56 Paterson Street, New Brunswick, New Jersey, on September 15, 2025 at 9:00 a.m., to testify on behalf of the Defendant in the above-captioned matter, and to bring with you the following:

Certified copies of all vehicle registration and title records, 2023 to present, for New Jersey passenger plate N47-KRW, and all vehicles registered to BRENDAN J. KOWALCZYK, date of birth 02/09/1988, together with his mailing and residence address of record.

In lieu of appearance, the records may be produced to the undersigned, with a certification of the custodian, on or before September 10, 2025.

Failure to comply with this subpoena may render you liable to punishment for contempt of court. This subpoena is issued pursuant to R. 1:9-1.

                                            GAIL R. DONNELLY
                                            Clerk of the Superior Court

Issued by:  /s/ Joanna Ferreira
    Joanna Ferreira, Assistant Deputy Public Defender
    Office of the Public Defender, Middlesex Region
    Attorney for Defendant Thanh Quoc Pham
    (732) 555-0149  |  joanna.ferreira@opd.nj.gov

Dated: August 21, 2025
~The defendant is charged with theft by unlawful taking, N.J.S.A. 2C:20-3.
"""
    pdf = pdf_bytes([sub], "times", 11)
    body = """Good afternoon,

Please see the attached subpoena duces tecum in State v. Thanh Quoc Pham, Middlesex County Indictment No. 25-03-00412-I (trial list September 15, 2025).

We are asking for certified registration and title history for NJ plate N47-KRW and for any vehicles registered to Brendan J. Kowalczyk (DOB 02/09/1988), plus his address of record. Mr. Kowalczyk is a State's witness; Mr. Pham is our client. Certified records mailed or e-mailed to me before September 10 will satisfy the subpoena and no one needs to appear.

If MVC needs a fee or its own request form, please send it to me and I will turn it around the same day.

Thank you,

Joanna Ferreira
Assistant Deputy Public Defender
Office of the Public Defender - Middlesex Region
50 Paterson Street, New Brunswick, NJ 08901
Tel. (732) 555-0149
joanna.ferreira@opd.nj.gov

CONFIDENTIALITY NOTICE: This e-mail may contain privileged attorney work product. If you received it in error, please delete it and notify the sender.
"""
    eml(os.path.join(OUT, "bff02.eml"), 202, {
        "From": "Joanna Ferreira <joanna.ferreira@opd.nj.gov>",
        "To": "MVC Subpoena Unit <mvc.subpoenas@mvc.nj.gov>",
        "Subject": "Subpoena duces tecum - State v. Pham, Ind. 25-03-00412-I",
        "Date": "Thu, 21 Aug 2025 15:42:10 -0400",
        "Message-ID": "<20250821194210.77A1@opd.nj.gov>",
    }, text=body, attachments=[("Pham_SDT_MVC.pdf", "application", "pdf", pdf)])
    return label("bff02", "eml", "e-mail from public defender attaching NJ criminal subpoena duces tecum (R. 1:9-1) about a State witness",
                 ("other", "Office of the Public Defender, Middlesex Region", "Joanna Ferreira", "Assistant Deputy Public Defender", "joanna.ferreira@opd.nj.gov", "(732) 555-0149"),
                 [S("Brendan J. Kowalczyk", "1988-02-09")],
                 ["NJ R 1:9-1", "NJSA 2C:20-3"], "court_subpoena", None, True, "criminal_investigation",
                 ["vehicle", "address"], "email")


@doc
def bff03(rng):
    p1 = """SUPREME COURT OF THE STATE OF NEW YORK
COUNTY OF KINGS
----
LUDMILA HRYNIUK,
                                 Plaintiff,                          Index No. 512934/2024
            -against-
BORO-WIDE TRANSIT CORP. and ARKADIY MELNYK,                  SUBPOENA DUCES TECUM
                                 Defendants.
----
THE PEOPLE OF THE STATE OF NEW YORK

TO:  New York State Department of Labor
     Records Access Officer / Custodian of Records
     Building 12, W. Averell Harriman State Office Campus
     Albany, New York 12226

GREETINGS:
WE COMMAND YOU, that all business and excuses being laid aside, you produce on the 2nd day of June, 2025, at 10:00 a.m., at the offices of Scanlon Weiss & Amato LLP, 80 Broad Street, 19th Floor, New York, New York 10004, the following:

Any and all unemployment insurance claim files, benefit payment histories, and quarterly wage reporting records (NYS-45) pertaining to LUDMILA HRYNIUK, date of birth 09 Jan 1983, Social Security No. xxx-xx-2290, for the period January 1, 2021 to the present.

Personal appearance is not required if, on or before the date above, a complete and accurate copy of the records, with the certification described in CPLR 3122-a, is delivered to the undersigned.

This subpoena is issued by the undersigned attorney of record pursuant to CPLR 2302(a). Pursuant to Labor Law § 537, a written authorization executed by plaintiff is annexed as Exhibit A.

Failure to comply with this subpoena is punishable as a contempt of Court and shall make you liable to the person on whose behalf this subpoena was issued for a penalty not to exceed fifty dollars and all damages sustained by reason of your failure to comply. CPLR 2308.

Dated: New York, New York
       April 14, 2025
                                       /s/ Peter J. Scanlon
                                       Peter J. Scanlon, Esq.
                                       SCANLON WEISS & AMATO LLP
                                       Attorneys for Defendant Boro-Wide Transit Corp.
                                       80 Broad Street, 19th Floor, New York, NY 10004
                                       (212) 555-0167  pscanlon@swa-law.com
"""
    p2 = """^EXHIBIT A
^AUTHORIZATION FOR RELEASE OF UNEMPLOYMENT INSURANCE INFORMATION

I, Ludmila Hryniuk, date of birth 01/09/1983, authorize the New York State Department of Labor to release to Scanlon Weiss & Amato LLP, attorneys for Boro-Wide Transit Corp., copies of my unemployment insurance claim records and wage reporting records for January 2021 to the present, in connection with Hryniuk v. Boro-Wide Transit Corp., Index No. 512934/2024.

Signature: /s/ Ludmila Hryniuk                    Date: 03/28/2025

Sworn to before me this 28th day of March, 2025
/s/ Yelena Kravets, Notary Public, State of New York, No. 01KR6412087, Qualified in Kings County
"""
    scanned_pdf(pdf_bytes([p1, p2], "times", 10.5), os.path.join(OUT, "bff03.pdf"), rng, turns={1: 180})
    return label("bff03", "scanned", "NY civil subpoena duces tecum signed by defense attorney under CPLR 2302(a), scanned, authorization page upside down",
                 ("other", "Scanlon Weiss & Amato LLP", "Peter J. Scanlon", "Attorney for Defendant", "pscanlon@swa-law.com", "(212) 555-0167"),
                 [S("Ludmila Hryniuk", "1983-01-09", ssn_last4="2290")],
                 ["NY CPLR 3122-a", "NY CPLR 2302", "NY Labor Law 537", "NY CPLR 2308"],
                 "court_subpoena", None, True, "unknown", ["claims", "benefits", "wages"], "mail")


@doc
def bff04(rng):
    p1 = """^^FRANKLIN COUNTY PROSECUTING ATTORNEY
^Criminal Division
^373 South High Street, 14th Floor  |  Columbus, Ohio 43215  |  (614) 555-0122

May 19, 2025

Ohio Bureau of Motor Vehicles
Attn: Records Custodian / Legal Services
1970 West Broad Street
Columbus, OH 43223

Re:  State of Ohio v. Deshawn T. Merriweather, Case No. 25CR-02-0917

Dear Records Custodian:

Enclosed is a subpoena duces tecum issued by the Clerk of the Franklin County Court of Common Pleas for the above-referenced case, set for jury trial on June 9, 2025. The State needs certified copies of the defendant's driver license record, the digital image on file, and vehicle registration records.

Your personal appearance will be excused if certified copies, with the certificate required by Evid.R. 902, reach this office by June 2, 2025. Please direct any questions to me or to my paralegal, Tamsin Greer, at the number above.

Very truly yours,

Gregory N. Halloran
Assistant Prosecuting Attorney
ghalloran@franklincountyohio.gov

Enclosure
"""
    p2 = """^IN THE COURT OF COMMON PLEAS, FRANKLIN COUNTY, OHIO
^CRIMINAL DIVISION

STATE OF OHIO,                                          Case No. 25CR-02-0917
        Plaintiff,                                              Judge Okafor-Lynch
    vs.
DESHAWN T. MERRIWEATHER,
        Defendant.

^SUBPOENA IN A CRIMINAL CASE - DUCES TECUM
^(Crim.R. 17)

THE STATE OF OHIO, FRANKLIN COUNTY, ss:
To:  Records Custodian, Ohio Bureau of Motor Vehicles, 1970 West Broad Street, Columbus, Ohio 43223

YOU ARE HEREBY COMMANDED to appear before the Court of Common Pleas of Franklin County, Ohio, Courtroom 5C, 345 South High Street, Columbus, Ohio, on the 9th day of June, 2025 at 9:00 a.m., then and there to testify as a witness on behalf of the STATE in the above-entitled criminal case, and to bring with you:

Certified copies of the driver license/identification record, including the digital photograph, and all vehicle registration records for DESHAWN TYRELL MERRIWEATHER, DOB 1994-10-30, Ohio OL No. TM482915.

Offense charged: Receiving Stolen Property, R.C. 2913.51, F4.

Do not fail to appear under penalty of law.

Issued: May 16, 2025
                                    MARYELLEN O'SHAUGHNESSY
                                    CLERK OF COURTS, FRANKLIN COUNTY, OHIO
                                    By: /s/ T. Albright, Deputy Clerk

Requested by: Gregory N. Halloran (0081234), Assistant Prosecuting Attorney
----
^RETURN OF SERVICE
Received this subpoena on ____________ and served it on ______________________ by [ ] personal service [ ] certified mail [ ] residence service.
Fees: Service $______ Mileage $______        ____________________ Deputy Sheriff / Process Server
"""
    write_bytes("bff04.pdf", pdf_bytes([p1, p2], "times", 10.5))
    return label("bff04", "born_digital", "APA cover letter + clerk-issued Ohio criminal trial subpoena duces tecum (Crim.R. 17) to BMV",
                 ("district-attorney", "Franklin County Prosecuting Attorney", "Gregory N. Halloran", "Assistant Prosecuting Attorney", "ghalloran@franklincountyohio.gov", "(614) 555-0122"),
                 [S("Deshawn Tyrell Merriweather", "1994-10-30", license="TM482915")],
                 ["OH R Evid 902", "OH CrimP 17", "ORC 2913.51"], "court_subpoena", None, True,
                 "criminal_investigation", ["license", "photo", "vehicle"], "mail")


@doc
def bff05(rng):
    sub = """~Approved, SCAO                                                                  Original - Court   1st copy - Witness   2nd copy - File
STATE OF MICHIGAN
6th JUDICIAL CIRCUIT                         SUBPOENA                          CASE NO.
OAKLAND COUNTY                   Order to Appear and/or Produce        2024-512876-DM
----
Court address: 1200 N. Telegraph Road, Pontiac, MI 48341            Court telephone no.: (248) 555-0100

Plaintiff: AGNIESZKA ZIELINSKI                       Defendant: TOMASZ ZIELINSKI
Plaintiff's attorney: Rachel A. Lindqvist (P71234)  Defendant's attorney: Owen B. Draper (P66510)

[ ] Probate   [X] Civil   [ ] Criminal   Charge: ____________

In the Name of the People of the State of Michigan.  TO:  Custodian of Records, Michigan Unemployment Insurance Agency, Cadillac Place, 3024 W. Grand Blvd., Detroit, MI 48202

If you require special accommodations to use the court because of a disability, please contact the court immediately.

YOU ARE ORDERED:
[ ] 1. to appear personally at the time and place stated below.
[X] 2. Produce/permit inspection or copying of the following items: All employer-reported quarterly wage records and employer names/addresses for TOMASZ ZIELINSKI, DOB March 3, 1981, SSN xxx-xx-6608, January 1, 2023 to present; and any unemployment claim filed by him with benefit payment history.
   Production may be made by mail to the attorney named below on or before July 25, 2025.
[ ] 3. Testify as to your assets ...
[X] 4. Other: Certified copies with custodian's affidavit satisfy this subpoena.

Person requesting subpoena: Rachel A. Lindqvist (P71234), Lindqvist Family Law, PLLC, 2000 Town Center, Suite 1900, Southfield, MI 48075, (248) 555-0188, rlindqvist@lindqvistfamilylaw.com

NOTE: If you are requesting a debtor's examination under MCL 600.6110 ... (not applicable)

FAILURE TO OBEY THE COMMANDS OF THE SUBPOENA OR APPEAR AT THE STATED TIME AND PLACE MAY SUBJECT YOU TO PENALTY FOR CONTEMPT OF COURT.

Date: 07/02/2025                 /s/ Rachel A. Lindqvist
                                 Judge/Clerk/Attorney

~MC 11 (9/22) SUBPOENA, Order to Appear and/or Produce        MCL 600.1701, MCR 2.305, MCR 2.506
"""
    pdf = pdf_bytes([sub], "helv", 9.5)
    body = """To the UIA subpoena desk:

Attached is a subpoena (MC 11) issued under MCR 2.506 in Zielinski v. Zielinski, Oakland County Circuit Court No. 2024-512876-DM (Hon. Lorraine K. Abernathy). It asks for employer wage records and any UI claim / benefit history for the defendant, Tomasz Zielinski, DOB 03/03/1981, SSN ending 6608.

I represent the plaintiff, Agnieszka Zielinski, on support and property issues. I understand MCL 421.11 restricts disclosure; this is process issued in a pending case and a protective order is in place (I can send it).

Records may be mailed or sent to this address. Thank you.

Rachel A. Lindqvist
Lindqvist Family Law, PLLC
2000 Town Center, Suite 1900, Southfield, MI 48075
P: (248) 555-0188
"""
    eml(os.path.join(OUT, "bff05.eml"), 205, {
        "From": "\"Rachel A. Lindqvist\" <rlindqvist@lindqvistfamilylaw.com>",
        "To": "UIA-Subpoenas@michigan.gov",
        "Cc": "Owen B. Draper <odraper@draperlegal.com>",
        "Subject": "Subpoena - Zielinski v Zielinski 2024-512876-DM",
        "Date": "Wed, 02 Jul 2025 09:13:55 -0400",
        "Message-ID": "<CAF3xq9Z=0207@mail.lindqvistfamilylaw.com>",
    }, text=body, attachments=[("MC11_Subpoena_UIA.pdf", "application", "pdf", pdf)])
    return label("bff05", "eml", "e-mail from family-law attorney attaching Michigan MC 11 subpoena she signed (civil divorce case)",
                 ("other", "Lindqvist Family Law, PLLC", "Rachel A. Lindqvist", "Attorney", "rlindqvist@lindqvistfamilylaw.com", "(248) 555-0188"),
                 [S("Tomasz Zielinski", "1981-03-03", ssn_last4="6608")],
                 ["MI MCR 2.506", "MCL 421.11", "MCL 600.6110", "MCL 600.1701", "MI MCR 2.305"],
                 "court_subpoena", "MC 11", True, "unknown", ["wages", "employment", "claims", "benefits"], "email")


@doc
def bff06(rng):
    p1 = """^^PENNSYLVANIA STATE POLICE
^Troop K - Media Station - Criminal Investigation Unit
^580 W. Baltimore Pike, Media, PA 19063
^FAX TRANSMITTAL

DATE:     05/12/2025                     PAGES (incl. cover): 3
TO:       PennDOT Bureau of Driver Licensing - Law Enforcement Liaison
FAX:      (717) 555-0188
FROM:     Cpl. Brian S. Hollister, CIU
PHONE:    (610) 555-0131          FAX: (610) 555-0130
E-MAIL:   bhollister@pa.gov
RE:       SEARCH WARRANT - Incident No. PA2025-0447812

[X] Urgent   [ ] For Review   [X] Please Reply

Comments: Signed search warrant attached for PennDOT photo and registration records. Please return results by fax or e-mail.

CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain information from the Pennsylvania State Police that is confidential and/or privileged and is intended only for the use of the individual or entity named above. If you have received this fax in error, please notify the sender immediately by telephone and destroy the documents.
"""
    p2 = """^PENNSYLVANIA STATE POLICE
May 12, 2025

PennDOT, Bureau of Driver Licensing
Attn: Law Enforcement Liaison
1101 S. Front Street, Harrisburg, PA 17104

Re: Request for records - search warrant, PSP Incident PA2025-0447812

To Whom It May Concern:

I am investigating a series of thefts of vehicles from Brandywine Auto Sales, Chester Pike, Glenolden, Delaware County (owner Harold Pease), in violation of 18 Pa.C.S. § 3921 (Theft by Unlawful Taking) and 18 Pa.C.S. § 3925 (Receiving Stolen Property).

On May 9, 2025, Magisterial District Judge Rosalind T. Kearney issued the attached search warrant for PennDOT records of the following persons:

  1. SOKOLOV, Dmitri A.           DOB 1990-06-14     PA OLN 31457902
  2. Liliana de la Cruz Marín     DOB 02/11/1995     PA OLN 28764410

Please provide the driver license photographs, current address of record, and a list of vehicles currently or previously registered to each, together with certified copies if available.

Thank you for your assistance.

Cpl. Brian S. Hollister
Criminal Investigation Unit, Troop K
(610) 555-0131  |  bhollister@pa.gov
"""
    p3 = """COMMONWEALTH OF PENNSYLVANIA                          Warrant Control No. 0512-K-17
COUNTY OF DELAWARE
^APPLICATION FOR SEARCH WARRANT AND AUTHORIZATION
~AOPC 410A-05

Affiant Name: Cpl. Brian S. Hollister     Agency: Pennsylvania State Police     Badge/ID: 10988
Phone: (610) 555-0131          Date of Application: 05/09/2025          Incident No.: PA2025-0447812

IDENTIFY ITEMS TO BE SEARCHED FOR AND SEIZED: Driver license photographs, license history, addresses of record and vehicle registration records maintained by the Pennsylvania Department of Transportation for Dmitri A. Sokolov (DOB 06/14/1990) and Liliana de la Cruz Marín (DOB 02/11/1995).

SPECIFIC DESCRIPTION OF PREMISES AND/OR PERSON TO BE SEARCHED: Records of PennDOT, Bureau of Driver Licensing and Bureau of Motor Vehicles, 1101 S. Front Street, Harrisburg, PA, including electronically stored records.

NAME OF OWNER, OCCUPANT OR POSSESSOR: Pennsylvania Department of Transportation
VIOLATION OF: 18 Pa.C.S. § 3921; 18 Pa.C.S. § 3925          DATE OF VIOLATION: 03/2025 - 04/2025

PROBABLE CAUSE BELIEF IS BASED UPON THE FOLLOWING FACTS AND CIRCUMSTANCES: See attached Affidavit of Probable Cause (2 pages).

^SEARCH WARRANT
TO LAW ENFORCEMENT OFFICER: WHEREAS, facts have been sworn to or affirmed before me by written affidavit(s) attached hereto from which I have found probable cause, I do authorize you to search the above described premises or person, and to seize, secure, inventory, and make return according to the Pennsylvania Rules of Criminal Procedure (Pa.R.Crim.P. 203), the above described items.
[X] This Warrant shall be served as soon as practicable and shall be served only between 6AM to 10PM but in no event later than 5/11/2025 at 10 PM.

Issued under my hand this 9th day of May, 2025 at 11:40 AM.

/s/ Rosalind T. Kearney                                     Mag. Dist. No. 32-2-41
Signature of Issuing Authority - Magisterial District Judge          (SEAL)
"""
    fax_tiff(pdf_bytes([p1, p2, p3], "helv", 10), os.path.join(OUT, "bff06.tif"), rng,
             "05/12/2025 14:07  FROM: PSP MEDIA CIU 6105550130   TO: 17175550188   P.{p:03d}/{n:03d}")
    return label("bff06", "fax", "PSP fax: cover sheet, trooper's request letter, PA search warrant (AOPC 410A) signed by magisterial district judge on p.3",
                 ("state-police", "Pennsylvania State Police", "Brian S. Hollister", "Corporal", "bhollister@pa.gov", "(610) 555-0131"),
                 [S("Dmitri A. Sokolov", "1990-06-14", license="31457902"),
                  S("Liliana de la Cruz Marín", "1995-02-11", license="28764410")],
                 ["18 PaCS 3921", "18 PaCS 3925", "PA CrimP 203"], "judicial_warrant", "AOPC 410A", True,
                 "criminal_investigation", ["photo", "address", "vehicle", "license"], "fax")


@doc
def bff07(rng):
    p1 = """GWINNETT COUNTY SHERIFF'S OFFICE
Warrants Division - Fugitive Squad
2900 University Parkway, Lawrenceville, Georgia 30043
Tel 770-555-0154   Fax 770-555-0155
----
TO:    Georgia Department of Labor - Legal Services / Records Request Unit
       Fax 404-555-0177
DATE:  March 11, 2025
RE:    REQUEST FOR EMPLOYER INFORMATION - ACTIVE FELONY WARRANT 25-W-03318

Our office holds the attached felony arrest warrant issued by the Magistrate Court of Gwinnett County. The subject has left his last known address and we are attempting to locate him for service of the warrant.

    Name:  WARSAME, Yusuf Abdirahman
    DOB:   04/17/1988
    SSN:   XXX-XX-3091

Please provide the subject's most recent employer(s) of record, employer address, last two quarters of reported wages, and any address the subject listed on a claim. We understand disclosure to law enforcement is addressed in O.C.G.A. § 34-8-125.

Respond by fax to 770-555-0155 or e-mail marcus.whitfield@gwinnettcounty.gov.

Deputy Marcus J. Whitfield, #4471
Fugitive Squad, Gwinnett County Sheriff's Office
770-555-0154

THIS FACSIMILE CONTAINS LAW ENFORCEMENT SENSITIVE INFORMATION. If received in error, call the sender and destroy all copies.
"""
    p2 = """^MAGISTRATE COURT OF GWINNETT COUNTY
^STATE OF GEORGIA
^WARRANT FOR ARREST
                                                                  Warrant No. 25-W-03318
                                                                  OTN: 8834017266
STATE OF GEORGIA, COUNTY OF GWINNETT

TO ANY SHERIFF, DEPUTY SHERIFF, CORONER, CONSTABLE, MARSHAL, POLICE OFFICER, OR OTHER OFFICER AUTHORIZED TO EXECUTE WARRANTS OF ARREST IN THIS STATE - GREETINGS:

For sufficient cause made known to me in the affidavit of Detective Paula Ngata, Gwinnett County Police Department, which is hereby made a part of this warrant, you are hereby commanded to arrest:

    YUSUF ABDIRAHMAN WARSAME     B/M     DOB 04-17-1988     Last known address: 3150 Sugarloaf Pkwy, Apt 2214, Lawrenceville GA 30044

accused of the offense of THEFT BY TAKING (FELONY), in violation of O.C.G.A. § 16-8-2, in that between January 6, 2025 and February 14, 2025, in Gwinnett County, the accused did unlawfully take building materials of a value exceeding $25,000.00, property of Suwanee Tile & Stone, Inc., with the intention of depriving said owner of said property;

and bring the accused before me or some other judicial officer of this State to be dealt with as the law directs. Herein fail not.

This warrant is issued pursuant to O.C.G.A. § 17-4-40.

Given under my hand and seal, this 3rd day of March, 2025.

/s/ Celestine R. Boateng
Judge, Magistrate Court of Gwinnett County

Bond: [X] Set by Superior Court only      Entered GCIC/NCIC: 03/03/2025 by KLB
"""
    fax_tiff(pdf_bytes([p1, p2], "cour", 9.5), os.path.join(OUT, "bff07.tif"), rng,
             "MAR-11-2025 09:52  GCSO WARRANTS 7705550155        P.{p}/{n}")
    return label("bff07", "fax", "sheriff's fugitive-squad fax asking GA DOL for employer; magistrate's arrest warrant on p.2",
                 ("sheriff", "Gwinnett County Sheriff's Office", "Marcus J. Whitfield", "Deputy", "marcus.whitfield@gwinnettcounty.gov", "770-555-0154"),
                 [S("Yusuf Abdirahman Warsame", "1988-04-17", ssn_last4="3091")],
                 ["OCGA 34-8-125", "OCGA 16-8-2", "OCGA 17-4-40"], "judicial_warrant", None, True,
                 "criminal_investigation", ["employment", "wages", "address"], "fax")


@doc
def bff08(rng):
    p1 = """^^CITY OF CLEVELAND - DIVISION OF POLICE
^Third District Detective Unit  *  4501 Chester Avenue  *  Cleveland, Ohio 44103

^FACSIMILE

Date: 2025-07-08                                     Number of pages (including cover): 3
To:   Ohio BMV - Law Enforcement Records / Legal          Fax: 614-555-0199
From: Det. Angela Q. Morrow #2217                          Ph: 216-555-0119

Message:
Search warrant signed by Judge Kowalski for BMV images, license and registration records on the two suspects below. Aggravated robbery, Family Dollar, E. 55th St. (7/1). Please fax returns to 216-555-0120 or e-mail amorrow@clevelandohio.gov. BMV may release personal information for law enforcement use under R.C. 4501.27.

  NGUYEN, Van Hieu        DOB 12/05/1992    OL# UH119034
  RUSSO, Anthony Michael  DOB 1987-08-21    OL# RA552871

Thank you - Det. Morrow

NOTICE: This transmission may contain confidential law enforcement information. If you are not the intended recipient, you are hereby notified that any disclosure, copying or distribution is prohibited.
"""
    p2 = """^IN THE CLEVELAND MUNICIPAL COURT
^CUYAHOGA COUNTY, OHIO
^SEARCH WARRANT
                                                                     No. SW-2025-01187
THE STATE OF OHIO, CUYAHOGA COUNTY, SS:

To the Chief of Police of the City of Cleveland, or any law enforcement officer of the State of Ohio:

WHEREAS, there has been filed with me an affidavit, a copy of which is attached hereto and made a part hereof, by Detective Angela Q. Morrow, and I find there is probable cause to believe that evidence of the offense of Aggravated Robbery, R.C. 2911.01, is contained within the following records:

Records of the Ohio Bureau of Motor Vehicles, 1970 West Broad Street, Columbus, Ohio, namely the digital photographs, driver license records, addresses of record and vehicle registration records for:
   (1) NGUYEN, Van Hieu, DOB 12/05/1992, Ohio OL# UH119034; and
   (2) RUSSO, Anthony Michael, DOB 08/21/1987, Ohio OL# RA552871.

The victim, store clerk Jamal Perkins, identified a gold Nissan Altima; witness Rosa Delgado provided a partial plate.

You are therefore commanded to search the above-described records within three days, in the daytime, and seize the same, and make return of this warrant to this Court together with a written inventory. This warrant is issued pursuant to Crim.R. 41 and R.C. 2933.21.

Issued at 10:25 a.m. on July 7, 2025.

/s/ Denise J. Kowalski
JUDGE, CLEVELAND MUNICIPAL COURT
"""
    p3 = """^RETURN AND INVENTORY
Case No. SW-2025-01187
Received this warrant on ____________ at ______ and executed it on ____________ by obtaining the records described.
Inventory of records obtained: ______________________________________________
______________________________________________________________________
I swear that this inventory is a true and detailed account of all property taken by me on the warrant.
____________________________ Officer        Sworn to and subscribed before me ____________ Judge/Clerk
"""
    fax_tiff(pdf_bytes([p1, p2, p3], "helv", 10.5), os.path.join(OUT, "bff08.tif"), rng,
             "07/08/2025 11:16 2165550120 CPD 3RD DIST DET      #0412 P.00{p}/00{n}")
    return label("bff08", "fax", "Cleveland PD fax cover + municipal-court search warrant for BMV records of two suspects + blank return",
                 ("local-police", "Cleveland Division of Police", "Angela Q. Morrow", "Detective", "amorrow@clevelandohio.gov", "216-555-0119"),
                 [S("Van Hieu Nguyen", "1992-12-05", license="UH119034"),
                  S("Anthony Michael Russo", "1987-08-21", license="RA552871")],
                 ["ORC 4501.27", "ORC 2911.01", "OH CrimP 41", "ORC 2933.21"], "judicial_warrant", None, True,
                 "criminal_investigation", ["photo", "license", "address", "vehicle"], "fax")


@doc
def bff09(rng):
    p1 = """U.S. Department of Homeland Security
U.S. Immigration and Customs Enforcement
Enforcement and Removal Operations - New Orleans Field Office
Nashville Sub-Office, 1 Vantage Way, Suite D-110, Nashville, TN 37228

FAX COVER SHEET
To:      Tennessee Department of Correction - Sentence Management Services
Fax:     615-555-0192
From:    Craig T. Lunsford, Deportation Officer
Phone:   615-555-0173     Email: craig.lunsford@ice.dhs.gov
Date:    06/03/2025          Pages: 3

Please lodge the attached Form I-247A against TDOC inmate HERNANDEZ-VILLALOBOS, Jose Armando (TDOC OT# 00612983) and advise this office of his projected release date. Request notification at least 48 hours prior to release.

For Official Use Only (FOUO)
"""
    p2 = """DEPARTMENT OF HOMELAND SECURITY                       IMMIGRATION DETAINER - NOTICE OF ACTION
Subject ID: 384029117                       Event #: NSV2506000412                       File No: A215 384 906
Date: June 3, 2025
TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency)   FROM: (Department of Homeland Security Office Address)
    Tennessee Department of Correction, Turney Center Industrial Complex, Only, TN       ICE ERO Nashville, 1 Vantage Way, Nashville, TN
Name of Alien: HERNÁNDEZ-VILLALOBOS, José Armando
Date of Birth: 11/30/1984      Citizenship: Honduras      Sex: M

*1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON (complete box 1 or 2):
[X] a final order of removal against the alien;
[ ] the pendency of ongoing removal proceedings against the alien;
[ ] biometric confirmation of the alien's identity and a records check of federal databases that affirmatively indicate ...
[ ] statements made by the alien to an immigration officer and/or other reliable evidence ...
*2. DHS TRANSFERRED THE ALIEN TO YOUR CUSTODY FOR A PROCEEDING OR INVESTIGATION [ ]

*IT IS THEREFORE REQUESTED THAT YOU:
- Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody. Please notify DHS by calling [X] U.S. Immigration and Customs Enforcement (ICE) at 615-555-0173.
- Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody.
- Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.
- Notify this office in the event of the alien's death, hospitalization or transfer to another institution.

This detainer arises from DHS authorities and should not impede the criminal process. This form is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. § 287.7.

Craig T. Lunsford, Deportation Officer                    /s/ C. T. Lunsford
(Name and title of Immigration Officer)                      (Signature of Immigration Officer)

*Notice: If the alien may be the victim of a crime or you want the alien to remain in the United States for a law enforcement purpose, notify the ICE Law Enforcement Support Center at (802) 872-6020.
~DHS Form I-247A (3/17)                                                                          Page 1 of 3
"""
    p3 = """*TO BE COMPLETED BY THE LAW ENFORCEMENT AGENCY CURRENTLY HOLDING THE ALIEN WHO IS THE SUBJECT OF THIS DETAINER
Please provide the information below, sign, and return to DHS by faxing a copy to 615-555-0174.
Local Booking/Inmate #: 00612983      Estimated release date/time: ______________
Date of latest criminal charge/conviction: __________   Latest offense charged/convicted: __________
This form was served upon the alien on ____________, in the following manner:
[ ] in person   [ ] inmate mail delivery   [ ] other (please specify): ____________
________________________________      ____________________________
(Name and title of Officer)            (Signature of Officer)

*NOTICE TO THE DETAINEE
The Department of Homeland Security (DHS) has placed an immigration detainer on you. An immigration detainer is a notice from DHS informing law enforcement agencies that DHS intends to assume custody of you after you otherwise would be released from custody. ... If you believe you are a United States citizen or the victim of a crime, please advise DHS by calling the ICE Law Enforcement Support Center toll free at (855) 448-6903.
~DHS Form I-247A (3/17)                                                                          Page 2 of 3
"""
    fax_tiff(pdf_bytes([p1, p2, p3], "dv", 8.8), os.path.join(OUT, "bff09.tif"), rng,
             "Jun 03 2025 08:31   ICE ERO NASHVILLE  6155550174   pg {p} of {n}")
    return label("bff09", "fax", "ERO fax cover + Form I-247A detainer to state corrections",
                 ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations", "Craig T. Lunsford", "Deportation Officer", "craig.lunsford@ice.dhs.gov", "615-555-0173"),
                 [S("José Armando Hernández-Villalobos", "1984-11-30", a_number="A215384906", other="00612983")],
                 ["INA 236", "INA 287", "8 CFR 287.7"], "detainer", "I-247A", True,
                 "civil_immigration", ["other"], "fax")


@doc
def bff10(rng):
    p1 = """^^HOUSTON POLICE DEPARTMENT
^Financial Crimes Division  |  1200 Travis Street  |  Houston, Texas 77002

August 15, 2025

Texas Workforce Commission
Open Records / Law Enforcement Requests
101 East 15th Street, Room 266
Austin, Texas 78778-0001

RE:  Search Warrant - HPD Incident No. 108834-25

Enclosed please find a search warrant signed by the Honorable Ramona L. Escobedo, Judge of the 338th District Court of Harris County, directing the seizure of wage and employer records maintained by the Texas Workforce Commission. I am aware of the confidentiality provisions of Tex. Lab. Code § 301.081; these records are sought under a search warrant in a criminal matter.

Please send the records in electronic form to the e-mail address below. The complainant in this case, Sandra Whitley, is not a subject of the warrant and no records about her are requested.

Respectfully,

Nathan K. Brandt
Senior Police Officer, Financial Crimes Division
Houston Police Department
(832) 555-0148  |  nathan.brandt@houstontx.gov
"""
    p2 = """^SEARCH WARRANT
THE STATE OF TEXAS                     §
                                       §
COUNTY OF HARRIS                       §

THE STATE OF TEXAS: To the Sheriff or any Peace Officer of Harris County, Texas, or any Peace Officer of the State of Texas:

WHEREAS, the Affiant, whose name appears on the Affidavit attached hereto, is a peace officer under the laws of Texas and did heretofore this day subscribe and swear to said Affidavit before me (which said Affidavit is here now made a part hereof for all purposes and incorporated herein as if written verbatim within the confines of this Warrant), and whereas I find that the verified facts stated by Affiant in said Affidavit show that Affiant has probable cause for the belief he expresses herein and establishes existence of proper grounds for issuance of this Warrant under Article 18.02, Texas Code of Criminal Procedure;

NOW, THEREFORE, you are commanded to enter the business records of the Texas Workforce Commission, 101 East 15th Street, Austin, Texas, and there to search for and seize the following:

All quarterly wage records, employer names and addresses, and unemployment claim addresses, January 1, 2022 through present, for CASTAÑEDA RUIZ, Marco Antonio, Hispanic male, date of birth January 19, 1990, Texas driver license number 40318872,

which constitute evidence that the offenses of Theft, Tex. Penal Code § 31.03, and Money Laundering, Tex. Penal Code § 34.02, were committed.

HEREIN FAIL NOT, and due return make hereof within three days, exclusive of the day of its issuance, as required by Article 18.07 and this Warrant, as defined by Article 18.01, Texas Code of Criminal Procedure.

ISSUED AT 3:12 o'clock P.M., on this the 14th day of August, 2025, to certify which witness my hand this day.

/s/ Ramona L. Escobedo
JUDGE, 338th DISTRICT COURT
HARRIS COUNTY, TEXAS
"""
    write_bytes("bff10.pdf", pdf_bytes([p1, p2], "times", 11))
    return label("bff10", "born_digital", "HPD cover letter + Texas district-judge search warrant for TWC wage records",
                 ("local-police", "Houston Police Department", "Nathan K. Brandt", "Senior Police Officer", "nathan.brandt@houstontx.gov", "(832) 555-0148"),
                 [S("Marco Antonio Castañeda Ruiz", "1990-01-19", license="40318872")],
                 ["TX Labor Code 301.081", "TX CCP 18.02", "TX PC 31.03", "TX PC 34.02", "TX CCP 18.07", "TX CCP 18.01"],
                 "judicial_warrant", None, True, "criminal_investigation",
                 ["wages", "employment", "address"], "mail")


@doc
def bff11(rng):
    w = """^STATE OF MINNESOTA                              DISTRICT COURT
^COUNTY OF RAMSEY                         SECOND JUDICIAL DISTRICT
                                                      Court File No. 62-SW-25-1184
^SEARCH WARRANT

The State of Minnesota, to the Sheriff or any Peace Officer of the State of Minnesota, including agents of the Bureau of Criminal Apprehension:

WHEREAS, Special Agent Ifrah M. Jama has this day on oath made application to this Court for a search warrant, and the Court having examined the application and supporting affidavit,

THE COURT FINDS that probable cause exists for the issuance of a search warrant upon the following grounds (Minn. Stat. § 626.07): the property sought constitutes evidence which tends to show a crime has been committed, namely theft, Minn. Stat. § 609.52, and financial transaction card fraud, Minn. Stat. § 609.821.

YOU ARE THEREFORE COMMANDED to search the records of the Minnesota Department of Public Safety, Driver and Vehicle Services, 445 Minnesota Street, St. Paul, for:
  - driver license and identification card images, applications, addresses of record, and vehicle registrations for
    ABDULLAHI HASSAN FARAH, DOB 05/07/1993, MN DL F612409338917; and
    KATARZYNA NOWAK-LIS, DOB 02/07/1990;
and to seize such records and make return to this Court within ten days (Minn. Stat. § 626.17).

BY THE COURT:
/s/ Theodore P. Lindahl                               Dated: September 4, 2025  2:41 p.m.
Judge of District Court
"""
    jpg = image_bytes(pdf_bytes([w], "times", 10.5), "bff11_w", rng, "JPEG")
    body = """DVS Records / Law Enforcement Unit,

Attached is a search warrant signed today by Judge Lindahl (Ramsey County District Court, 62-SW-25-1184) for DVS records on two people in BCA case 2025-00931:

  FARAH, Abdullahi Hassan - DOB 05/07/1993 - DL F-612-409-338-917
  NOWAK-LIS, Katarzyna - DOB 02/07/1990

We need license/ID images, application records, current addresses and registered vehicles. Release to law enforcement is provided for in Minn. Stat. § 171.12, subd. 7, but we are serving the warrant regardless.

Phone scan of the signed warrant is attached; the original is with the court file. Please send results back to this address.

Ifrah M. Jama
Special Agent, Financial Crimes Unit
Minnesota Bureau of Criminal Apprehension
1430 Maryland Ave E, St. Paul, MN 55106
Desk 651-555-0127
"""
    eml(os.path.join(OUT, "bff11.eml"), 211, {
        "From": "\"Jama, Ifrah (DPS-BCA)\" <ifrah.jama@state.mn.us>",
        "To": "DVS LE Records <dvs.lerecords@state.mn.us>",
        "Subject": "Search Warrant - BCA 2025-00931 - DVS records (2 subjects)",
        "Date": "Thu, 4 Sep 2025 16:05:31 -0500",
        "Message-ID": "<SJ0PR09MB6613.0904@state.mn.us>",
        "X-Mailer": "Microsoft Outlook 16.0",
    }, text=body, attachments=[("IMG_20250904_1551.jpg", "image", "jpeg", jpg)])
    return label("bff11", "eml", "BCA agent e-mail with phone photo (JPEG) of Minnesota district-court search warrant",
                 ("state-police", "Minnesota Bureau of Criminal Apprehension", "Ifrah M. Jama", "Special Agent", "ifrah.jama@state.mn.us", "651-555-0127"),
                 [S("Abdullahi Hassan Farah", "1993-05-07", license="F612409338917"),
                  S("Katarzyna Nowak-Lis", "1990-02-07")],
                 ["MN Stat 171.12", "MN Stat 626.07", "MN Stat 609.52", "MN Stat 609.821", "MN Stat 626.17"],
                 "judicial_warrant", None, True, "criminal_investigation",
                 ["photo", "license", "address", "vehicle", "identity_documents"], "email")


@doc
def bff12(rng):
    p1 = """^^SUFFOLK COUNTY DISTRICT ATTORNEY'S OFFICE
^Economic Crimes Unit  *  One Bulfinch Place  *  Boston, Massachusetts 02114

September 2, 2025

Keeper of Records
Department of Unemployment Assistance
Legal Department
19 Staniford Street
Boston, MA 02114

Re:  Grand Jury Subpoena - Suffolk County Grand Jury, Sitting September 2025

Dear Keeper of Records:

Enclosed please find a subpoena to appear before the Suffolk County Grand Jury. In lieu of personal appearance, you may comply by mailing certified copies of the requested records, with a signed Keeper of Records certification, to my attention before the return date.

This subpoena relates to an ongoing grand jury investigation. Grand jury proceedings are secret; please do not disclose the existence of this subpoena or the investigation to the persons named, as disclosure could impede the investigation.

Thank you for your cooperation. Please call me with any questions.

Very truly yours,

Siobhan A. Mulcahy
Assistant District Attorney
(617) 555-0135
siobhan.mulcahy@mass.gov

Enclosure
cc: Trooper Kevin D. Lyons, Massachusetts State Police, Suffolk County DA Detective Unit
"""
    p2 = """^COMMONWEALTH OF MASSACHUSETTS
SUFFOLK, ss.                                                                    SUPERIOR COURT
^GRAND JURY SUBPOENA (DUCES TECUM)

To: Keeper of Records, Department of Unemployment Assistance, 19 Staniford Street, Boston, MA 02114

GREETINGS:
You are hereby commanded, in the name of the Commonwealth of Massachusetts, to appear before the Grand Jurors for the County of Suffolk at the Suffolk County Courthouse, Three Pemberton Square, Boston, on Tuesday, September 23, 2025 at 9:00 a.m., and from day to day thereafter until the action is heard by said Grand Jury, then and there to testify what you know relative to an inquiry then and there to be heard, and to bring with you:

All unemployment claim records, benefit payment histories, quarterly wage records and addresses of record, January 1, 2022 to the present, for:
   1.  Darnell R. Whitaker            DOB 02/14/1986
   2.  Phuong Thi Tran                 DOB 1991-09-30
   3.  Edwin Joel Peña Morales        DOB 10 Jun 1979

Inquiry concerns possible violations of G.L. c. 266, § 30 (larceny) and G.L. c. 151A, § 47 (false statements to obtain benefits).

Hereof fail not, as you will answer your default under the pains and penalties in the law in that behalf made and provided. G.L. c. 277, § 68.

Dated at Boston, September 2, 2025.
                                                     /s/ Paul R. Costigan
                                                     Clerk of Courts / Assistant Clerk
Issued at the request of ADA Siobhan A. Mulcahy, BBO #688412
"""
    write_bytes("bff12.pdf", pdf_bytes([p1, p2], "times", 11))
    return label("bff12", "born_digital", "Suffolk DA cover letter + Massachusetts state grand jury subpoena to DUA (three subjects)",
                 ("district-attorney", "Suffolk County District Attorney's Office", "Siobhan A. Mulcahy", "Assistant District Attorney", "siobhan.mulcahy@mass.gov", "(617) 555-0135"),
                 [S("Darnell R. Whitaker", "1986-02-14"), S("Phuong Thi Tran", "1991-09-30"),
                  S("Edwin Joel Peña Morales", "1979-06-10")],
                 ["MGL 266-30", "MGL 151A-47", "MGL 277-68"], "grand_jury_subpoena", None, True,
                 "criminal_investigation", ["claims", "benefits", "wages", "address"], "mail")


@doc
def bff13(rng):
    p1 = """U.S. Department of Justice
United States Attorney
Western District of Kentucky
----
717 West Broadway                                                     (502) 555-0162
Louisville, Kentucky 40202                                          FAX (502) 555-0160

August 19, 2025

Kentucky Office of Unemployment Insurance
Attn: Custodian of Records
500 Mero Street, 4th Floor
Frankfort, KY 40601

Re:  Grand Jury Subpoena No. GJ-25-0318

Dear Custodian:

The enclosed subpoena has been issued by a federal grand jury sitting in this District in connection with an investigation of possible violations of 18 U.S.C. §§ 1343 and 1349. You may satisfy the subpoena by delivering the records described in Attachment A, together with the enclosed certificate of authenticity, to Special Agent Rebecca Szabo, U.S. Department of Labor, Office of Inspector General, on or before the return date. If you do so, you need not appear.

Although you are not prohibited by Rule 6(e) of the Federal Rules of Criminal Procedure from disclosing this subpoena, you are requested not to disclose it, because disclosure could impede the investigation.

Sincerely,

/s/ Trevor J. Mancuso
Trevor J. Mancuso
Assistant United States Attorney
trevor.mancuso@usdoj.gov
"""
    p2 = """~AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
^UNITED STATES DISTRICT COURT
^for the
^Western District of Kentucky
^SUBPOENA TO TESTIFY BEFORE A GRAND JURY

To:  Custodian of Records, Kentucky Office of Unemployment Insurance, 500 Mero Street, Frankfort, KY 40601

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.

Place: Gene Snyder U.S. Courthouse, 601 W. Broadway, Louisville, KY 40202, Grand Jury Room 3         Date and Time: 09/16/2025 9:00 am

You must also bring with you the following documents, electronically stored information, or objects (blank if not applicable):
    See Attachment A.

Date: 08/19/2025                          CLERK OF COURT
                                          /s/ J. Whitlock
                                          Signature of Clerk or Deputy Clerk

The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are:
Trevor J. Mancuso, AUSA, 717 West Broadway, Louisville, KY 40202, trevor.mancuso@usdoj.gov, (502) 555-0162
"""
    p3 = """^ATTACHMENT A - GJ-25-0318
For the period March 1, 2020 to the present, produce all records relating to the following persons:
  (a) Oleksandr V. Bondarenko, DOB 1982-12-03, SSN ending 7731
  (b) Amina Yusuf Abdi, DOB 06/25/1997, SSN ending 0458
including: 1. All unemployment insurance claims, with claimant-entered addresses, telephone numbers and e-mail addresses; 2. Benefit payment records, including bank account and debit-card information; 3. IP address and login logs for online claims; 4. Quarterly wage records and employer information.
"""
    scanned_pdf(pdf_bytes([p1, p2, p3], "times", 10.5), os.path.join(OUT, "bff13.pdf"), rng, turns={2: 90})
    return label("bff13", "scanned", "AUSA cover letter + AO 110 federal grand jury subpoena + attachment (scanned, last page sideways)",
                 ("doj-usao", "United States Attorney, Western District of Kentucky", "Trevor J. Mancuso", "Assistant United States Attorney", "trevor.mancuso@usdoj.gov", "(502) 555-0162"),
                 [S("Oleksandr V. Bondarenko", "1982-12-03", ssn_last4="7731"),
                  S("Amina Yusuf Abdi", "1997-06-25", ssn_last4="0458")],
                 ["18 USC 1343", "18 USC 1349", "FRCrP 6"], "grand_jury_subpoena", "AO 110", True,
                 "criminal_investigation", ["claims", "address", "phone", "email", "benefits", "wages", "employment", "other"], "mail")


@doc
def bff14(rng):
    p1 = """^^COOK COUNTY STATE'S ATTORNEY'S OFFICE
^Financial Crimes Unit  -  2650 South California Avenue, Chicago, Illinois 60608

July 23, 2025

Illinois Department of Employment Security
Legal Division - Subpoena/Court Order Compliance
33 South State Street, 9th Floor
Chicago, IL 60603

Re:  People v. Gómez Arellano, et al., No. 25 CR 06612-01, -02

Counsel:

Enclosed is a certified copy of an Order for Production of Records entered yesterday by Judge Harriet M. Olszewski. Please produce the records described in paragraph 1 of the Order to my attention within twenty-one days. Electronic production to the address below is acceptable.

Sincerely,
Jerome K. Ashby
Assistant State's Attorney
(312) 555-0186  |  jerome.ashby@cookcountysao.org
"""
    p2 = """^IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS
^COUNTY DEPARTMENT, CRIMINAL DIVISION

PEOPLE OF THE STATE OF ILLINOIS,         )
                       Plaintiff,        )
          v.                             )     No. 25 CR 06612-01
MARIBEL GÓMEZ ARELLANO and               )         25 CR 06612-02
RAYMOND T. KOSLOWSKI,                    )
                       Defendants.       )     Hon. Harriet M. Olszewski, Judge Presiding

^ORDER FOR PRODUCTION OF RECORDS

This cause coming before the Court on the motion of the People of the State of Illinois, by Assistant State's Attorney Jerome K. Ashby, for an order directing the production of records of the Illinois Department of Employment Security, due notice having been given and the Court having jurisdiction and being fully advised in the premises, THE COURT FINDS that the records are material to the prosecution of the defendants for theft, 720 ILCS 5/16-1, and continuing financial crimes enterprise, 720 ILCS 5/17-10.6.

IT IS HEREBY ORDERED:
1. The Illinois Department of Employment Security shall produce certified copies of all wage records, unemployment insurance claims and benefit payment histories from January 1, 2021 to present for:
     (a) MARIBEL GÓMEZ ARELLANO, born April 2, 1988, SSN ending 5190; and
     (b) RAYMOND T. KOSLOWSKI, born November 16, 1975, SSN ending 8826.
2. This Order is an order of a court of competent jurisdiction within the meaning of Section 1900 of the Unemployment Insurance Act (820 ILCS 405/1900).
3. The records shall be produced to Assistant State's Attorney Jerome K. Ashby within 21 days and shall be used only for purposes of this criminal proceeding.

ENTERED:

/s/ Harriet M. Olszewski                          Judge's No. 2291
Judge, Circuit Court of Cook County                 Dated: July 22, 2025

Prepared by: Jerome K. Ashby, Assistant State's Attorney, Atty. No. 99500
"""
    write_bytes("bff14.pdf", pdf_bytes([p1, p2], "dvs", 10))
    return label("bff14", "born_digital", "ASA cover letter + Cook County circuit court order for IDES records of two defendants",
                 ("district-attorney", "Cook County State's Attorney's Office", "Jerome K. Ashby", "Assistant State's Attorney", "jerome.ashby@cookcountysao.org", "(312) 555-0186"),
                 [S("Maribel Gómez Arellano", "1988-04-02", ssn_last4="5190"),
                  S("Raymond T. Koslowski", "1975-11-16", ssn_last4="8826")],
                 ["720 ILCS 5/16-1", "720 ILCS 5/17-10.6", "820 ILCS 405/1900"], "court_order", None, True,
                 "criminal_investigation", ["wages", "claims", "benefits"], "mail")


@doc
def bff15(rng):
    order = """STATE OF WISCONSIN            CIRCUIT COURT            MILWAUKEE COUNTY
                                     Branch 27
----
STATE OF WISCONSIN,
            Plaintiff,
    v.                                                     Case No. 2025CF002417
HALIMA OSMAN MOHAMED,
            Defendant.
----
^ORDER FOR RELEASE OF UNEMPLOYMENT INSURANCE RECORDS

Upon the motion of Assistant District Attorney Brianna L. Schultz, and the Court being satisfied that the records described below are necessary for the prosecution of the defendant on charges of theft by false representation, Wis. Stat. § 943.20(1)(d), and unemployment insurance fraud, Wis. Stat. § 108.24(1),

IT IS ORDERED, pursuant to Wis. Stat. § 108.14(7)(a), that the Wisconsin Department of Workforce Development shall disclose to Detective Carlos M. Ybarra of the Milwaukee Police Department the following records concerning HALIMA OSMAN MOHAMED, date of birth 01/23/1990:
   (a) all unemployment insurance claims and the addresses and telephone numbers given on them;
   (b) quarterly wage records and the names and addresses of employers reporting wages, 2023 to date.

The records shall be used only in connection with this prosecution.

Dated this 9th day of October, 2025.
                                            BY THE COURT:
                                            Electronically signed by Gregory P. Lindemann
                                            Circuit Court Judge
"""
    pdf = pdf_bytes([order], "times", 11)
    text = """Good afternoon,

Attached is a signed order from Milwaukee County Circuit Court (Judge Lindemann, case 2025CF002417) directing DWD to release UI claim and wage records to me for the following person:

    Halima Osman Mohamed - DOB 1/23/1990

Please send her claim addresses/phone numbers and the wage records with employer names for 2023 to date. MPD case 25-184-0091.

Thanks,
Det. Carlos M. Ybarra
Milwaukee Police Department - Financial Crimes
749 W. State St., Milwaukee, WI 53233
(414) 555-0176
"""
    html = """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Good afternoon,</p>
<p>Attached is a signed order from Milwaukee County Circuit Court (Judge Lindemann, case 2025CF002417) directing DWD to release UI claim and wage records to me for the following person:</p>
<p style="margin-left:30px"><b>Halima Osman Mohamed</b> - DOB 1/23/1990</p>
<p>Please send her claim addresses/phone numbers and the wage records with employer names for 2023 to date. MPD case 25-184-0091.</p>
<p>Thanks,<br>Det. Carlos M. Ybarra<br>Milwaukee Police Department - Financial Crimes<br>749 W. State St., Milwaukee, WI 53233<br>(414) 555-0176</p>
</body></html>"""
    eml(os.path.join(OUT, "bff15.eml"), 215, {
        "From": "Carlos M. Ybarra <cmybarra@milwaukee.gov>",
        "To": "DWD UI Legal Records <uilegalrecords@dwd.wisconsin.gov>",
        "Cc": "Brianna L. Schultz <brianna.schultz@da.wi.gov>",
        "Subject": "Court Order - DWD records - MPD 25-184-0091",
        "Date": "Fri, 10 Oct 2025 13:27:40 -0500",
        "Message-ID": "<a81c2f.20251010@milwaukee.gov>",
    }, text=text, html=html, attachments=[("Order_2025CF002417_DWD.pdf", "application", "pdf", pdf)])
    return label("bff15", "eml", "detective's e-mail (text+html) attaching Wisconsin circuit court order for DWD records",
                 ("local-police", "Milwaukee Police Department", "Carlos M. Ybarra", "Detective", "cmybarra@milwaukee.gov", "(414) 555-0176"),
                 [S("Halima Osman Mohamed", "1990-01-23")],
                 ["WI Stat 943.20", "WI Stat 108.24", "WI Stat 108.14"], "court_order", None, True,
                 "criminal_investigation", ["claims", "address", "phone", "wages", "employment"], "email")


@doc
def bff16(rng):
    p1 = """U.S. Department of Justice
Drug Enforcement Administration
New Orleans Field Division
3838 N. Causeway Blvd., Suite 1800, Metairie, LA 70002
----
^SUBPOENA
In the matter of: DEA Case No. R3-25-0078, GDEP: G5-25-0133            Subpoena No. NO-25-0412

TO:  Custodian of Records, Louisiana Office of Motor Vehicles
     7979 Independence Blvd., Baton Rouge, LA 70806

By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED pursuant to Section 506 of Public Law 91-513 (21 U.S.C. 876) to appear before Special Agent Renée L. Thibodeaux, an officer of the Drug Enforcement Administration, at the address shown above, on May 12, 2025 at 10:00 a.m., to give testimony and to bring with you and produce the following books, records, papers and documents:

    SEE ATTACHED RIDER

in connection with an investigation relating to the enforcement of the Controlled Substances Act (21 U.S.C. 801 et seq.), specifically possible violations of 21 U.S.C. §§ 841 and 846.

In lieu of personal appearance, you may provide copies of the requested records to the Special Agent named above. Please do not disclose the existence of this subpoena; disclosure could impede the investigation.

Failure to comply with this subpoena will render you liable to proceedings in the United States District Court to enforce obedience to the requirements of this subpoena, and to punish default or disobedience (21 U.S.C. 876(c)).

Issued under my hand this 28th day of April, 2025.
/s/ Renée L. Thibodeaux
Special Agent, Drug Enforcement Administration
renee.l.thibodeaux@dea.gov   (504) 555-0139
"""
    p2 = """^RIDER TO SUBPOENA NO. NO-25-0412
Produce driver license records (including digital photographs), current and prior addresses of record, and vehicle registration records for the following individuals:

  1.  LANDRY, Beau Christopher        DOB 05/19/1991        LA DL 009873124
  2.  VO, Minh Chau                    DOB 1996-03-08        LA DL 012345976

Records may be provided in electronic format. Questions: Task Force Officer Delphine Arceneaux, (504) 555-0138 (not a subject).
"""
    write_bytes("bff16.pdf", pdf_bytes([p1, p2], "helv", 10))
    return label("bff16", "born_digital", "DEA administrative subpoena (21 USC 876) with district-court enforcement clause + rider, two subjects",
                 ("doj-dea", "Drug Enforcement Administration, New Orleans Field Division", "Renée L. Thibodeaux", "Special Agent", "renee.l.thibodeaux@dea.gov", "(504) 555-0139"),
                 [S("Beau Christopher Landry", "1991-05-19", license="009873124"),
                  S("Minh Chau Vo", "1996-03-08", license="012345976")],
                 ["PL 91-513", "21 USC 876", "21 USC 801", "21 USC 841", "21 USC 846"],
                 "administrative_subpoena", None, True, "criminal_investigation",
                 ["license", "photo", "address", "vehicle"], "mail")


@doc
def bff17(rng):
    p1 = """U.S. Department of Homeland Security
U.S. Immigration and Customs Enforcement
Homeland Security Investigations
Office of the Special Agent in Charge, Miami
11226 NW 20th Street, Miami, FL 33172

June 24, 2025

Florida Department of Commerce
Reemployment Assistance Program - Legal/Records
107 East Madison Street
Tallahassee, FL 32399

Re: Customs Summons - HSI Case No. MI17QR25MI0044

Dear Custodian of Records:

HSI Miami is conducting a criminal investigation into the smuggling of goods into the United States, 18 U.S.C. § 545, and related forfeiture under 19 U.S.C. § 1595a. Enclosed is a summons (DHS Form 3115) for wage and employer records of two individuals.

Please provide the records electronically to the undersigned.

Gabriel Rosario-Quiñones
Special Agent
(305) 555-0192
gabriel.rosario-quinones@ice.dhs.gov
"""
    p2 = """DEPARTMENT OF HOMELAND SECURITY
^SUMMONS
~To appear and/or produce records pursuant to 19 U.S.C. 1509

To: Custodian of Records, Florida Department of Commerce, Reemployment Assistance Program, 107 East Madison Street, Tallahassee, FL 32399

In the matter of: HSI Case No. MI17QR25MI0044

Pursuant to Title 19, United States Code, Section 1509, you are hereby summoned and required to appear before Special Agent Gabriel Rosario-Quiñones, an officer of U.S. Immigration and Customs Enforcement, at 11226 NW 20th Street, Miami, FL 33172, on the 15th day of July, 2025 at 10:00 o'clock A.M., to give testimony and to produce the following records:

Quarterly wage records and employer names, addresses and account numbers, January 2022 to present, for:
   ALVARADO SOTO, Yesenia          DOB: 1985-02-27
   HRABOVSKY, Viktor               DOB: 03/30/1979

Failure to comply with this summons will render you liable to proceedings in a U.S. District Court to enforce compliance with this summons as well as other sanctions (19 U.S.C. 1510).

Issued: 06/24/2025
/s/ Gabriel Rosario-Quiñones, Special Agent
/s/ Approved: Lorena P. Castellanos, Group Supervisor
~DHS Form 3115 (6/09)
"""
    scanned_pdf(pdf_bytes([p1, p2], "dv", 10), os.path.join(OUT, "bff17.pdf"), rng)
    return label("bff17", "scanned", "HSI cover letter + customs summons (DHS Form 3115) with district-court enforcement clause, scanned",
                 ("dhs-ice-hsi", "Homeland Security Investigations, Office of the Special Agent in Charge, Miami", "Gabriel Rosario-Quiñones", "Special Agent", "gabriel.rosario-quinones@ice.dhs.gov", "(305) 555-0192"),
                 [S("Yesenia Alvarado Soto", "1985-02-27"), S("Viktor Hrabovsky", "1979-03-30")],
                 ["18 USC 545", "19 USC 1595a", "19 USC 1509", "19 USC 1510"],
                 "administrative_subpoena", "DHS Form 3115", True, "criminal_investigation",
                 ["wages", "employment"], "mail")


@doc
def bff18(rng):
    sub = """^STATE OF ILLINOIS
^DEPARTMENT OF HEALTHCARE AND FAMILY SERVICES
^OFFICE OF INSPECTOR GENERAL
^SUBPOENA DUCES TECUM
                                                                OIG Subpoena No. 25-BOI-0442
TO:  Illinois Department of Employment Security
     Attn: Legal Division / Subpoena Unit
     33 South State Street, Chicago, Illinois 60603

YOU ARE COMMANDED to produce to Investigator Kathleen V. Brennan, Office of Inspector General, Bureau of Investigations, 2200 Churchill Road, Springfield, Illinois 62702, on or before November 14, 2025, the following records:

Quarterly wage records and names and addresses of reporting employers, January 1, 2023 to present, for:
   1. Oksana Melnychuk, DOB 08/11/1980, SSN ending 3307
   2. Terrence D. Gaines, DOB 10/07/1977, SSN ending 9145

This subpoena is issued under the authority of Section 12-13.1 of the Illinois Public Aid Code (305 ILCS 5/12-13.1). Failure to comply may result in the Inspector General applying to the circuit court for an order compelling compliance.

Date: October 27, 2025
/s/ Bradley M. Haskins
Inspector General
"""
    pdf = pdf_bytes([sub], "helv", 10.5)
    body = """Good morning,

Please find attached OIG Subpoena No. 25-BOI-0442 for IDES wage data on two medical assistance recipients. Our Bureau of Investigations is investigating suspected public assistance fraud (a felony under 305 ILCS 5/8A-6) involving unreported earnings; the case may be referred to the Illinois State Police for prosecution.

We understand disclosure to a public agency for this purpose is permitted under 820 ILCS 405/1900. A CSV or PDF of the quarterly wage lines would be fine.

Thank you,

Kathleen V. Brennan
Investigator, Bureau of Investigations
Office of Inspector General
Illinois Department of Healthcare and Family Services
217-555-0161 | kathleen.brennan@illinois.gov

STATE OF ILLINOIS CONFIDENTIALITY NOTICE: The information contained in this communication is confidential, may be attorney-client privileged or attorney work product, may constitute inside information or internal deliberative staff communication, and is intended only for the use of the addressee.
"""
    eml(os.path.join(OUT, "bff18.eml"), 218, {
        "From": "\"Brennan, Kathleen V.\" <kathleen.brennan@illinois.gov>",
        "To": "IDES.Subpoenas@illinois.gov",
        "Subject": "OIG Subpoena 25-BOI-0442 - IDES wage data",
        "Date": "Mon, 27 Oct 2025 10:02:17 -0500",
        "Message-ID": "<BN7PR09MB2254.1027@illinois.gov>",
    }, text=body, attachments=[("25-BOI-0442 Subpoena IDES.pdf", "application", "pdf", pdf)])
    return label("bff18", "eml", "state inspector-general subpoena duces tecum (circuit-court enforcement clause) attached to investigator's e-mail",
                 ("other", "Illinois Department of Healthcare and Family Services, Office of Inspector General", "Kathleen V. Brennan", "Investigator", "kathleen.brennan@illinois.gov", "217-555-0161"),
                 [S("Oksana Melnychuk", "1980-08-11", ssn_last4="3307"),
                  S("Terrence D. Gaines", "1977-10-07", ssn_last4="9145")],
                 ["305 ILCS 5/8A-6", "820 ILCS 405/1900", "305 ILCS 5/12-13.1"],
                 "administrative_subpoena", None, True, "criminal_investigation",
                 ["wages", "employment"], "email")


@doc
def bff19(rng):
    p1 = """U.S. Department of Homeland Security
Immigration and Customs Enforcement
Enforcement and Removal Operations
Newark Field Office
970 Broad Street, Newark, NJ 07102

July 15, 2025

New Jersey Motor Vehicle Commission
Law Enforcement Liaison Unit
P.O. Box 160
Trenton, NJ 08666

RE: Request for Information - NÚÑEZ DE LA CRUZ, Wilfredo Antonio

To Whom It May Concern:

Pursuant to 8 U.S.C. § 1357 and 8 C.F.R. § 287, U.S. Immigration and Customs Enforcement (ICE) requests the current residential address and the most recent digital photograph on file for the individual below. The subject is the subject of an administrative warrant of arrest (Form I-200), a copy of which is enclosed.

   Name:      Wilfredo Antonio NÚÑEZ DE LA CRUZ
   DOB:       March 4, 1987
   A-Number:  A 208 447 193
   NJ DL:     N7788 22013 87034

Please direct your response to the undersigned. Thank you for your cooperation.

Stanislav J. Petrovic
Deportation Officer
(973) 555-0158
stanislav.petrovic@ice.dhs.gov

Enclosure: Form I-200
cc: Rena Caldwell, Supervisory Detention and Deportation Officer
"""
    p2 = """^U.S. DEPARTMENT OF HOMELAND SECURITY
^WARRANT FOR ARREST OF ALIEN
                                                              File No. A208447193
                                                              Date: 07/10/2025
To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations

I have determined that there is probable cause to believe that WILFREDO ANTONIO NÚÑEZ DE LA CRUZ is removable from the United States. This determination is based upon:
[X] the execution of a charging document to initiate removal proceedings against the subject;
[ ] the pendency of ongoing removal proceedings against the subject;
[ ] the failure to establish admissibility subsequent to deferred inspection;
[ ] biometric confirmation of the subject's identity and a records check of federal databases that affirmatively indicate, by themselves or in addition to other reliable information, that the subject either lacks immigration status or notwithstanding such status is removable under U.S. immigration law; and/or
[ ] statements made voluntarily by the subject to an immigration officer and/or other reliable evidence that affirmatively indicate the subject either lacks immigration status or notwithstanding such status is removable under U.S. immigration law.

YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality Act, the above-named alien.

/s/ Rena Caldwell
(Signature of Authorized Immigration Officer)
Rena Caldwell, Supervisory Detention and Deportation Officer
(Printed Name and Title of Authorized Immigration Officer)

^Certificate of Service
I hereby certify that the Warrant for Arrest of Alien was served by me at _______________ on _______________, and the contents of this notice were read to him or her in the _______________ language.
__________________________ Name and Signature of Officer        __________________________ Name or Number of Interpreter (if applicable)
~Form I-200 (Rev. 09/16)
"""
    write_bytes("bff19.pdf", pdf_bytes([p1, p2], "dv", 10))
    return label("bff19", "born_digital", "ERO deportation officer's letter + Form I-200 administrative arrest warrant to NJ MVC",
                 ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Newark Field Office", "Stanislav J. Petrovic", "Deportation Officer", "stanislav.petrovic@ice.dhs.gov", "(973) 555-0158"),
                 [S("Wilfredo Antonio Núñez de la Cruz", "1987-03-04", a_number="A208447193", license="N77882201387034")],
                 ["8 USC 1357", "8 CFR 287", "INA 236", "INA 287"], "administrative_warrant", "I-200", True,
                 "civil_immigration", ["address", "photo"], "mail")


@doc
def bff20(rng):
    p1 = """U.S. Department of Homeland Security
U.S. Immigration and Customs Enforcement
Enforcement and Removal Operations - Washington Field Office
2675 Prosperity Avenue, Fairfax, VA 22031

May 6, 2025

Virginia Department of Corrections
Court and Legal Services Section
P.O. Box 26963, Richmond, VA 23261

Re: BOGDANOVIĆ, Goran - VADOC # 1456872 - A097 552 318

Dear Sir or Madam:

The above-named inmate is subject to a final order of removal. Enclosed is a copy of Form I-205, Warrant of Removal/Deportation. Please provide this office with the inmate's scheduled release date, and any address he has given for his release, so that ICE may take custody upon release in accordance with 8 C.F.R. § 241.2.

   Name:  Goran BOGDANOVIĆ          DOB: 19 Aug 1976          Country of citizenship: Serbia

Please contact me at the number below with any questions.

Tamika R. Beasley
Deportation Officer
(703) 555-0114
tamika.beasley@ice.dhs.gov
"""
    p2 = """^U.S. Department of Homeland Security
^WARRANT OF REMOVAL/DEPORTATION
                                                              File No: A097552318
                                                              Date: 05/02/2025
To any immigration officer of the United States Department of Homeland Security:

GORAN BOGDANOVIĆ
(Full name of alien)

who entered the United States at NEW YORK, NY on 03/11/2001 is subject to removal/deportation from the United States, based upon a final order by:
   [X] an immigration judge in exclusion, deportation, or removal proceedings
   [ ] a designated official
   [ ] the Board of Immigration Appeals
   [ ] a United States District or Magistrate Court Judge
and pursuant to the following provisions of the Immigration and Nationality Act: section 237(a)(2)(A)(iii).

I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary of Homeland Security under the laws of the United States and by his or her direction, command you to take into custody and remove from the United States the above-named alien, pursuant to law, at the expense of: the appropriation "Operations and Support, U.S. Immigration and Customs Enforcement."

/s/ Russell E. Kwan
(Signature of immigration officer)
Field Office Director, Washington
(Title of immigration officer)
Fairfax, VA   (Date and office location)
~Form I-205 (Rev. 08/07)
"""
    scanned_pdf(pdf_bytes([p1, p2], "dv", 10.5), os.path.join(OUT, "bff20.pdf"), rng, turns={0: 180})
    return label("bff20", "scanned", "ERO letter to state DOC + Form I-205 warrant of removal (checkbox mentions District/Magistrate Court Judge), scanned, first page upside down",
                 ("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations - Washington Field Office", "Tamika R. Beasley", "Deportation Officer", "tamika.beasley@ice.dhs.gov", "(703) 555-0114"),
                 [S("Goran Bogdanović", "1976-08-19", a_number="A097552318", other="1456872")],
                 ["8 CFR 241.2", "INA 237"], "administrative_warrant", "I-205", True,
                 "civil_immigration", ["other", "address"], "mail")


@doc
def bff21(rng):
    form = """DEPARTMENT OF HOMELAND SECURITY                       IMMIGRATION DETAINER - NOTICE OF ACTION
Subject ID: 402771563                        Event #: LOU2509000088                        File No: A220 118 734
Date: September 12, 2025
TO: Kentucky Department of Corrections, Green River Correctional Complex, Central City, KY
FROM: ICE ERO Louisville, 601 W. Broadway, Louisville, KY 40202
Name of Alien: CAMPOS IBARRA, Rigoberto
Date of Birth: 07/07/1992        Citizenship: Mexico        Sex: M

*1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON:
[ ] a final order of removal against the alien;
[ ] the pendency of ongoing removal proceedings against the alien;
[X] biometric confirmation of the alien's identity and a records check of federal databases that affirmatively indicate, by themselves or in addition to other reliable information, that the alien either lacks immigration status or notwithstanding such status is removable under U.S. immigration law;
[ ] statements made by the alien to an immigration officer and/or other reliable evidence ...

*IT IS THEREFORE REQUESTED THAT YOU:
- Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released from your custody.
- Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody.
- Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.

This detainer arises from DHS authorities and should not impede the criminal process. Issued under sections 236 and 287 of the Immigration and Nationality Act and 8 C.F.R. § 287.7.

Jared M. Pickett, Immigration Enforcement Agent            /s/ J. M. Pickett
~DHS Form I-247A (3/17)                                                                      Page 1 of 3
"""
    png = image_bytes(pdf_bytes([form], "dv", 8.8), "bff21_f", rng, "PNG", dpi=160)
    body = """Good afternoon,

Please see the attached I-247A for the below inmate housed at Green River Correctional Complex:

    CAMPOS IBARRA, Rigoberto
    DOB 07/07/1992
    KYDOC # 298113
    A# 220-118-734

Request notification of his release date and at least 48 hours notice prior to release. Please confirm receipt of the detainer by reply e-mail.

V/R,
Jared M. Pickett
Immigration Enforcement Agent
ICE ERO Chicago Field Office - Louisville Sub-Office
Office: 502-555-0112
"""
    eml(os.path.join(OUT, "bff21.eml"), 221, {
        "From": "\"Pickett, Jared M\" <jared.pickett@ice.dhs.gov>",
        "To": "KYDOC Offender Records <doc.offenderrecords@ky.gov>",
        "Subject": "Detainer - CAMPOS IBARRA, Rigoberto - KYDOC 298113",
        "Date": "Fri, 12 Sep 2025 14:48:02 +0000",
        "Message-ID": "<DM6PR09MB4571.0912@ice.dhs.gov>",
    }, text=body, attachments=[("I-247A_CAMPOS_IBARRA.png", "image", "png", png)])
    return label("bff21", "eml", "ERO e-mail with Form I-247A detainer as PNG image attachment to state DOC",
                 ("dhs-ice-ero", "ICE ERO Chicago Field Office - Louisville Sub-Office", "Jared M. Pickett", "Immigration Enforcement Agent", "jared.pickett@ice.dhs.gov", "502-555-0112"),
                 [S("Rigoberto Campos Ibarra", "1992-07-07", a_number="A220118734", other="298113")],
                 ["INA 236", "INA 287", "8 CFR 287.7"], "detainer", "I-247A", True,
                 "civil_immigration", ["other"], "email")


@doc
def bff22(rng):
    p1 = """^^OFFICE OF THE DISTRICT ATTORNEY
^Prosecutorial District 10  -  Wake County
^Wake County Justice Center, 300 South Salisbury Street, Raleigh, North Carolina 27601

October 1, 2025

North Carolina Division of Motor Vehicles
Attn: Custodian of Records, Driver and Vehicle Records
3101 Mail Service Center
Raleigh, NC 27699-3101

^SUBPOENA REQUEST

Re:  State v. Jonathan Lee Pruitt, File No. 25CR 318842 (Wake County District Court)

Dear Custodian:

This office requests that the following records be prepared for use at trial in the above matter:

   1. Certified driving record (complete history)
   2. Copy of the most recent license photograph
   3. Vehicle registration history

   Subject:  Jonathan Lee PRUITT     DOB: 1989-12-12     NC DL# 000039182744

The defendant is charged with driving while impaired, N.C. Gen. Stat. § 20-138.1, and driving while license revoked, N.C. Gen. Stat. § 20-28. A subpoena will follow under separate cover for the trial session beginning November 3, 2025. In the meantime, we ask that certified copies, authenticated as provided in G.S. 8-35, be mailed to this office so that they can be reviewed before trial.

Please contact me with any questions.

Sincerely,

Courtney E. Blalock
Assistant District Attorney
(919) 555-0104
courtney.e.blalock@nccourts.org

cc:  Officer Trent Maddox, Raleigh Police Department (arresting officer)
"""
    write_bytes("bff22.pdf", pdf_bytes([p1], "times", 11.5))
    return label("bff22", "born_digital", "ADA letter headed 'SUBPOENA REQUEST' saying a subpoena will follow; no process attached",
                 ("district-attorney", "Office of the District Attorney, Prosecutorial District 10 (Wake County)", "Courtney E. Blalock", "Assistant District Attorney", "courtney.e.blalock@nccourts.org", "(919) 555-0104"),
                 [S("Jonathan Lee Pruitt", "1989-12-12", license="000039182744")],
                 ["NCGS 20-138.1", "NCGS 20-28", "NCGS 8-35"], "none", None, False,
                 "criminal_investigation", ["license", "photo", "vehicle"], "mail")


@doc
def bff23(rng):
    html = """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Arial;font-size:10pt">
<p>Sir/Ma'am,</p>
<p>I am investigating a theft of property over $10,000 from Murfreesboro Farm Supply (owner Glen Tidwell) under T.C.A. &sect; 39-14-103, graded under &sect; 39-14-105. Two suspects have been identified and I am trying to find where they are working now. I'm requesting current employer and any address on file with TDLWD for:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Name</th><th>DOB</th></tr>
<tr><td>IBÁÑEZ QUINTERO, Luz Marina</td><td>11/09/1993</td></tr>
<tr><td>BREWER, Cody Wayne</td><td>April 28, 1990</td></tr>
</table>
<p>I understand T.C.A. 50-7-701 allows release of this information to law enforcement. If a subpoena is needed, one can be obtained through the District Attorney's office &mdash; just let me know and I will get it started.</p>
<p>Thank you,</p>
<p><b>Inv. Dale R. Harkins</b><br>
Criminal Investigations Division<br>
Rutherford County Sheriff's Office<br>
940 New Salem Hwy, Murfreesboro, TN 37129<br>
Office 615-555-0147 | dharkins@rutherfordcountytn.gov</p>
<p style="font-size:8pt;color:#666">This e-mail and any attachments are intended solely for the addressee and may contain law enforcement sensitive information.</p>
</div></body></html>"""
    eml(os.path.join(OUT, "bff23.eml"), 223, {
        "From": "Dale Harkins <dharkins@rutherfordcountytn.gov>",
        "To": "UI.LawEnforcement@tn.gov",
        "Subject": "records request - theft investigation RCSO 25-011874",
        "Date": "Tue, 15 Jul 2025 10:21:44 -0500",
        "Message-ID": "<0715102144.RCSO.4471@rutherfordcountytn.gov>",
    }, html=html)
    return label("bff23", "eml", "HTML-only sheriff's investigator e-mail; says a subpoena 'can be obtained' if needed; none attached",
                 ("sheriff", "Rutherford County Sheriff's Office", "Dale R. Harkins", "Investigator", "dharkins@rutherfordcountytn.gov", "615-555-0147"),
                 [S("Luz Marina Ibáñez Quintero", "1993-11-09"), S("Cody Wayne Brewer", "1990-04-28")],
                 ["TCA 39-14-103", "TCA 39-14-105", "TCA 50-7-701"], "none", None, False,
                 "criminal_investigation", ["employment", "address"], "email")


@doc
def bff24(rng):
    p1 = """U.S. Department of Justice
Federal Bureau of Investigation
Richmond Field Office
1970 East Parham Road, Richmond, Virginia 23228
----
                                                              In Reply, Please Refer to
                                                              File No. 196B-RH-3389421
October 14, 2025

Virginia Department of Motor Vehicles
Law Enforcement Services
2300 West Broad Street
Richmond, VA 23269

Re:  Supplemental request for records

Dear Law Enforcement Services:

On August 4, 2025, your office was served with a federal grand jury subpoena issued in the Eastern District of Virginia for records of the individuals listed below, and your office responded on August 20, 2025. Thank you for that response.

To complete our review, the FBI requests the following additional records:
   (1) all digital photographs on file, and
   (2) vehicle registration and title history since 2020,
for:
   SIDORENKO, Roman Yevgenyevich     DOB 1984-05-21     VA Customer No. T64-53-1198
   SIDORENKO, Nadia Petrova          DOB 09/13/1986

This request is made in connection with an investigation of possible violations of 18 U.S.C. § 1028A (aggravated identity theft) and 18 U.S.C. § 1344 (bank fraud). Disclosure to a government agency in carrying out its functions is permitted by 18 U.S.C. § 2721(b)(1). No new subpoena is enclosed; please contact me if your office requires additional process for these items.

Sincerely,

Morgan E. Treadwell
Special Agent
(804) 555-0181
metreadwell@fbi.gov
"""
    write_bytes("bff24.pdf", pdf_bytes([p1], "times", 11))
    return label("bff24", "born_digital", "FBI letter referring to an earlier grand jury subpoena without attaching it; supplemental request",
                 ("doj-fbi", "Federal Bureau of Investigation, Richmond Field Office", "Morgan E. Treadwell", "Special Agent", "metreadwell@fbi.gov", "(804) 555-0181"),
                 [S("Roman Yevgenyevich Sidorenko", "1984-05-21", license="T64531198"),
                  S("Nadia Petrova Sidorenko", "1986-09-13")],
                 ["18 USC 1028A", "18 USC 1344", "18 USC 2721"], "none", None, False,
                 "criminal_investigation", ["photo", "vehicle"], "mail")


@doc
def bff25(rng):
    p1 = """^^ERIE COUNTY SHERIFF'S OFFICE
^CIVIL DIVISION
^134 West Eagle Street, Buffalo, New York 14202  *  (716) 555-0125

Date: February 18, 2025

To:  New York State Department of Motor Vehicles
     Data Services - Record Search Unit
     6 Empire State Plaza, Albany, NY 12228

Re:  Execution of Warrant - NYS Commissioner of Labor v. Lakeview Roofing & Siding LLC and Kevin P. O'Rourke
     Sheriff's File No. CV-25-00761

This office holds the enclosed warrant issued by the Commissioner of Labor for unpaid unemployment insurance contributions, docketed with the Erie County Clerk on January 30, 2025.

In order to levy on personal property, please furnish a list of all vehicles currently registered to:

     O'ROURKE, Kevin P.          DOB 06/02/1972
     and to Lakeview Roofing & Siding LLC

A check for the search fee under VTL § 202 is enclosed.

Civil Deputy Ann Marie Szymanski
Erie County Sheriff's Office - Civil Division
"""
    p2 = """^STATE OF NEW YORK - DEPARTMENT OF LABOR
^UNEMPLOYMENT INSURANCE DIVISION
^WARRANT
                                                           Warrant No. UI-W-2025-004417
THE PEOPLE OF THE STATE OF NEW YORK, TO THE SHERIFF OF ERIE COUNTY, GREETING:

WHEREAS, the employer named below has failed to pay contributions, interest and penalties due under the unemployment insurance law, and the Commissioner of Labor, pursuant to Labor Law § 573, has determined the amount due;

NOW, THEREFORE, YOU ARE HEREBY COMMANDED to satisfy the sum of $18,442.17, with interest, out of the real and personal property of the employer and of the responsible person named below, and to return this warrant within sixty days.

   Employer:  Lakeview Roofing & Siding LLC, Employer Registration No. 47-51192
   Address:   88 Ridge Road, Lackawanna, NY 14218
   Responsible person:  Kevin P. O'Rourke

Dated: January 27, 2025
                                  COMMISSIONER OF LABOR
                                  By: /s/ Harold J. Mbeki, Director, UI Tax Collection Section
"""
    scanned_pdf(pdf_bytes([p1, p2], "times", 11), os.path.join(OUT, "bff25.pdf"), rng)
    return label("bff25", "scanned", "sheriff civil-division request for vehicle list to levy a Commissioner of Labor tax warrant (not court process)",
                 ("sheriff", "Erie County Sheriff's Office - Civil Division", "Ann Marie Szymanski", "Civil Deputy", None, "(716) 555-0125"),
                 [S("Kevin P. O'Rourke", "1972-06-02")],
                 ["NY VTL 202", "NY Labor Law 573"], "none", None, False, "unknown", ["vehicle"], "mail")


@doc
def bff26(rng):
    t = """MICHIGAN UNEMPLOYMENT INSURANCE AGENCY
Records Request Portal - Submission Receipt
==============================================================
Submission #:      RRP-2025-0613-0087
Submitted:         06/13/2025 4:52 PM
Requester type:    Attorney / Law firm
Name:              Evan T. Morrissey
Organization:      Morrissey Kline PLC
Email:             emorrissey@morrisseykline.com
Phone:             (616) 555-0193
Mailing address:   250 Monroe Ave NW, Suite 400, Grand Rapids, MI 49503
Request category:  Subpoena / legal process
Claimant name:     Dariusz Wójcik
Claimant DOB:      1983-10-05
SSN (last 4):      (not provided)
Attachment:        none
--------------------------------------------------------------
Description of request (pasted by requester):

STATE OF MICHIGAN
IN THE CIRCUIT COURT FOR THE COUNTY OF KENT

GREAT LAKES STAFFING SOLUTIONS, INC.,
        Plaintiff,                              Case No. 25-03318-CB
v.                                              Hon. Miriam T. Vanderveen
DARIUSZ WÓJCIK,
        Defendant.

NOTICE OF TAKING RECORDS DEPOSITION

TO: Records Custodian, Michigan Unemployment Insurance Agency
    Cadillac Place, 3024 W. Grand Blvd., Detroit, MI 48202

PLEASE TAKE NOTICE that Plaintiff, through counsel, will take the
deposition of the Records Custodian of the Michigan Unemployment
Insurance Agency pursuant to MCR 2.306, before a certified court
reporter, on July 10, 2025 at 10:00 a.m. at the offices of
Morrissey Kline PLC, 250 Monroe Ave NW, Suite 400, Grand Rapids.

The deponent is requested to bring: all records of wages reported
for Dariusz Wójcik (DOB 10/05/1983) by any employer from
January 1, 2024 to the present, and any claim for benefits filed by
him, including the employer(s) named on the claim.

In lieu of appearance, the deponent may produce certified copies of
the records to counsel before the deposition date.

Dated: June 13, 2025          /s/ Evan T. Morrissey
                              Evan T. Morrissey (P80112)
                              Attorney for Plaintiff

PROOF OF SERVICE: I certify that a copy of this notice was served on
counsel of record by e-mail under MCR 2.107(C)(4) on June 13, 2025.
/s/ Lisa Henning, legal assistant
--------------------------------------------------------------
Requester certification: I certify the information above is true.
[x] I agree
"""
    write_text("bff26.txt", t)
    return label("bff26", "txt", "records-portal submission pasting a civil notice of records deposition; no subpoena",
                 ("other", "Morrissey Kline PLC", "Evan T. Morrissey", "Attorney for Plaintiff", "emorrissey@morrisseykline.com", "(616) 555-0193"),
                 [S("Dariusz Wójcik", "1983-10-05")],
                 ["MI MCR 2.306", "MI MCR 2.107"], "none", None, False, "unknown",
                 ["wages", "employment", "claims"], "email")


@doc
def bff27(rng):
    t = """GEORGIA DEPARTMENT OF DRIVER SERVICES
Law Enforcement Record Request - Online Form
Submission ID: LE-2025-118406        Received: 2025-08-26 07:58:14 EDT

Requesting agency ......... DHS/ICE/ERO - Atlanta Field Office
Agency ORI ................ (none entered)
Requestor name ............ Harlan B. Tuttle
Requestor title ........... Deportation Officer
Requestor e-mail .......... harlan.tuttle@ice.dhs.gov
Requestor phone ........... 404-555-0171
Case / reference no. ...... ATL-ERO-25-04417
Statutory authority ....... 8 USC 1357; INA 287
Purpose of request ........ Locate subjects - for official use only
Type of legal process ..... None

SUBJECT 1
  Name .................... CHAVARRÍA MÉNDEZ, Óscar Iván
  DOB ..................... 01/14/1990
  A-Number ................ A 212 660 478
  GA DL/ID ................ 058231774
SUBJECT 2
  Name .................... MÉNDEZ, Rosa Elvira
  DOB ..................... 1992-05-22
  A-Number ................ A 212 660 479

Records requested ......... [x] Current address  [x] Photograph
                            [x] Vehicles registered  [ ] Driving history

Certification: I certify that I am a law enforcement officer and that
this request is made for a permissible purpose.
Electronic signature: /s/ H. B. Tuttle
"""
    write_text("bff27.txt", t)
    return label("bff27", "txt", "DMV online law-enforcement form from ERO officer, two subjects, no process",
                 ("dhs-ice-ero", "DHS/ICE/ERO - Atlanta Field Office", "Harlan B. Tuttle", "Deportation Officer", "harlan.tuttle@ice.dhs.gov", "404-555-0171"),
                 [S("Óscar Iván Chavarría Méndez", "1990-01-14", a_number="A212660478", license="058231774"),
                  S("Rosa Elvira Méndez", "1992-05-22", a_number="A212660479")],
                 ["8 USC 1357", "INA 287"], "none", None, False, "civil_immigration",
                 ["address", "photo", "vehicle"], "email")


@doc
def bff28(rng):
    text = """Good morning,

HSI New Haven is conducting a criminal investigation into the production and sale of fraudulent identity documents, in violation of 18 U.S.C. § 1028 and 18 U.S.C. § 1546. I am requesting the following from CT DMV for the two individuals below:

  - license/ID photograph(s)
  - copies of the identity documents submitted with each license or ID application
  - license issuance history

  1) DANG, Tuan Anh - DOB 02/17/1994 - CT Operator License 190442781
  2) BATISTA UREÑA, Edwin Rafael - DOB 1988-08-30

Disclosure to a federal law enforcement agency is permitted under 18 U.S.C. § 2721(b)(1) and C.G.S. § 14-10. No subpoena has been issued at this time; please let me know if your office requires one.

Respectfully,

Nicole F. Sarkisian
Special Agent
Homeland Security Investigations - New Haven
U.S. Immigration and Customs Enforcement
Cell: (203) 555-0166
nicole.sarkisian@ice.dhs.gov
"""
    html = "<html><body><div style='font-family:Segoe UI'>" + "".join(
        "<p>%s</p>" % para.replace("\n", "<br>") for para in text.split("\n\n")) + "</div></body></html>"
    eml(os.path.join(OUT, "bff28.eml"), 228, {
        "From": "\"Sarkisian, Nicole F\" <nicole.sarkisian@ice.dhs.gov>",
        "To": "DMV.LawEnforcement@ct.gov",
        "Subject": "Request for DL photos/application documents - HSI criminal investigation",
        "Date": "Tue, 23 Sep 2025 08:44:19 -0400",
        "Message-ID": "<SA1PR09MB7781.0923@ice.dhs.gov>",
    }, text=text, html=html)
    return label("bff28", "eml", "HSI agent e-mail (text+html), document-fraud criminal investigation, no process",
                 ("dhs-ice-hsi", "Homeland Security Investigations - New Haven", "Nicole F. Sarkisian", "Special Agent", "nicole.sarkisian@ice.dhs.gov", "(203) 555-0166"),
                 [S("Tuan Anh Dang", "1994-02-17", license="190442781"),
                  S("Edwin Rafael Batista Ureña", "1988-08-30")],
                 ["18 USC 1028", "18 USC 1546", "18 USC 2721", "CGS 14-10"], "none", None, False,
                 "criminal_investigation", ["photo", "identity_documents", "license"], "email")


@doc
def bff29(rng):
    p1 = """^^BOWLING GREEN POLICE DEPARTMENT
^911 Kentucky Street  |  Bowling Green, KY 42101  |  (270) 555-0102

September 2, 2025

Kentucky Transportation Cabinet
Division of Driver Licensing
200 Mero Street
Frankfort, KY 40622

REQUEST FOR INFORMATION

Please provide the current address of record and license status for the following person:

        VILLANUEVA ORTIZ, Esperanza
        Date of birth: 22 Mar 1986
        KY OL#: V123-456-789

This information is needed for official police business. This request is made under 18 U.S.C. § 2721(b)(1).

Please fax or mail the response to my attention.

Respectfully,

Ptl. Shawna K. Embry, #318
Patrol Division
Bowling Green Police Department
Office (270) 555-0102   Fax (270) 555-0103
"""
    write_bytes("bff29.pdf", pdf_bytes([p1], "helv", 11))
    return label("bff29", "born_digital", "municipal patrol officer's short letter asking for an address, no reason given",
                 ("local-police", "Bowling Green Police Department", "Shawna K. Embry", "Patrol Officer", None, "(270) 555-0102"),
                 [S("Esperanza Villanueva Ortiz", "1986-03-22", license="V123456789")],
                 ["18 USC 2721"], "none", None, False, "unknown", ["address", "license"], "mail")


@doc
def bff30(rng):
    inner = EmailMessage()
    inner["From"] = "\"Quintanilla, Marisol A\" <marisol.quintanilla@ice.dhs.gov>"
    inner["To"] = "DMV.LERequests@ncdot.gov"
    inner["Subject"] = "Information request - A201773560"
    inner["Date"] = "Mon, 06 Oct 2025 09:02:11 -0400"
    inner["Message-ID"] = "<BY5PR09MB1006.1006@ice.dhs.gov>"
    inner.set_content("""Good morning,

Requesting last known residential address and most recent photograph on file for:

    ABDIKADIR, Mohamed Nur
    DOB: 1989-07-30
    A#: 201-773-560
    NC DL: 000031957702

This request is for official use only and is made under the authority of Section 287 of the Immigration and Nationality Act (8 U.S.C. 1357).

Thank you,
Marisol A. Quintanilla
Deportation Officer
ICE ERO Atlanta Field Office - Charlotte Sub-Office
704-555-0197
""")
    body = """Good morning,

I have not received a response to my request below (attached), sent October 6. Could you please advise on the status, or let me know if something else is needed from me?

Thank you,
Marisol A. Quintanilla
Deportation Officer
ICE ERO Atlanta Field Office - Charlotte Sub-Office
704-555-0197
"""
    eml(os.path.join(OUT, "bff30.eml"), 230, {
        "From": "\"Quintanilla, Marisol A\" <marisol.quintanilla@ice.dhs.gov>",
        "To": "DMV.LERequests@ncdot.gov",
        "Subject": "FW: Information request - A201773560 (2nd request)",
        "Date": "Tue, 21 Oct 2025 08:15:40 -0400",
        "Message-ID": "<BY5PR09MB1006.1021@ice.dhs.gov>",
    }, text=body, forwarded=inner)
    return label("bff30", "eml", "ERO officer's follow-up with her original request attached as message/rfc822",
                 ("dhs-ice-ero", "ICE ERO Atlanta Field Office - Charlotte Sub-Office", "Marisol A. Quintanilla", "Deportation Officer", "marisol.quintanilla@ice.dhs.gov", "704-555-0197"),
                 [S("Mohamed Nur Abdikadir", "1989-07-30", a_number="A201773560", license="000031957702")],
                 ["INA 287", "8 USC 1357"], "none", None, False, "civil_immigration",
                 ["address", "photo"], "email")


@doc
def bff31(rng):
    t = """From: Georgia DOL Law Enforcement Request Portal <noreply-lerp@gdol.ga.gov>
Subject: New submission - LE-REQ-2025-3391

A new law enforcement information request was submitted.

Agency:               Social Security Administration, Office of the Inspector General
Office:               Office of Investigations, Atlanta Field Division
Requesting official:  Special Agent Terrence O. Adeyemi
E-mail:               terrence.adeyemi@ssa.gov
Telephone:            404-555-0109
Agency case number:   ATL2500417

Nature of investigation:
  Concealment of work activity while receiving Disability Insurance Benefits -
  42 U.S.C. § 408(a)(4); theft of government funds, 18 U.S.C. § 641.

Subject:
  Last name:   Cashwell
  First name:  Beverly
  Middle:      Ann
  DOB:         11-03-1969
  SSN (last 4): 5526

Records requested:
  Quarterly wage records, 1st quarter 2021 to present, with the names and
  addresses of all reporting employers.

Authority for disclosure cited by requester:
  20 C.F.R. § 603.5

Legal process attached:  No
"""
    write_text("bff31.txt", t)
    return label("bff31", "txt", "portal notification text of SSA-OIG wage request in a benefits-fraud criminal case, no process",
                 ("ssa-oig", "Social Security Administration, Office of the Inspector General", "Terrence O. Adeyemi", "Special Agent", "terrence.adeyemi@ssa.gov", "404-555-0109"),
                 [S("Beverly Ann Cashwell", "1969-11-03", ssn_last4="5526")],
                 ["42 USC 408", "18 USC 641", "20 CFR 603.5"], "none", None, False,
                 "criminal_investigation", ["wages", "employment"], "email")


@doc
def bff32(rng):
    t = """From: Guidry, Remy J. (LSP) <remy.guidry@la.gov>
Sent: Wednesday, July 30, 2025 9:12 AM
To: OMV Law Enforcement Requests <omv.lerequests@la.gov>
Subject: RE: search warrant - OMV records - LSP C-25-118842

Good morning,

Following up on our call. The signed search warrant from the 19th JDC (Judge Broussard) was faxed to your office yesterday afternoon to the number you gave me. I'm not re-attaching it here because it is sealed, but I can bring a copy by the Independence Blvd office if you need to see it.

I need the photographs and current registration info for:

   TRINH, Ngoc Anh    DOB 06/11/1998    LA DL 010882345

This is for LSP case C-25-118842 (theft, La. R.S. 14:67, and access device fraud, La. R.S. 14:70.4). Please send the results to this e-mail.

TFC Remy J. Guidry
Louisiana State Police
Criminal Investigations Division, Troop A
(225) 555-0144

-----Original Message-----
From: OMV Law Enforcement Requests <omv.lerequests@la.gov>
Sent: Tuesday, July 29, 2025 3:40 PM
To: Guidry, Remy J. (LSP) <remy.guidry@la.gov>
Subject: RE: search warrant - OMV records

Trooper Guidry - please send the warrant to 225-555-0189 and we will process it when received.
"""
    write_text("bff32.txt", t)
    return label("bff32", "txt", "trooper e-mail (saved as text) saying the warrant was faxed separately; nothing attached",
                 ("state-police", "Louisiana State Police", "Remy J. Guidry", "Trooper First Class", "remy.guidry@la.gov", "(225) 555-0144"),
                 [S("Ngoc Anh Trinh", "1998-06-11", license="010882345")],
                 ["LA RS 14:67", "LA RS 14:70.4"], "none", None, False, "criminal_investigation",
                 ["photo", "vehicle"], "email")


# ======================================================================
def main():
    os.makedirs(TMP, exist_ok=True)
    for fn in DOCS:
        rng = random.Random(SEED * 100 + int(fn.__name__[3:]))
        lab = fn(rng)
        assert lab["id"] == fn.__name__
        write_label(lab)
    print("built", len(DOCS), "documents")


if __name__ == "__main__":
    main()
