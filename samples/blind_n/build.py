#!/usr/bin/env python3
"""Build the blind_n sample set (independent author, never shown the program).

Run:  /work/main/.venv/bin/python samples/blind_n/build.py
Deterministic: fixed seeds, reportlab invariant mode, fixed MIME boundaries and dates.
Temporary rasters go to /tmp/blind_n_work.
"""
import io
import json
import os
import random
import re
import shutil
import subprocess
import time
from email.message import EmailMessage
from email import policy

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import letter  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import inch  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.pdfmetrics import registerFontFamily  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate,  # noqa: E402
                                Spacer, Table, TableStyle)
from reportlab.platypus.flowables import HRFlowable  # noqa: E402

OUT = os.path.dirname(os.path.abspath(__file__))
WORK = "/tmp/blind_n_work"
FD = "/usr/share/fonts/truetype/dejavu/"
for _n, _f in [("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"),
               ("DVI", "DejaVuSans-Oblique.ttf"), ("DVBI", "DejaVuSans-BoldOblique.ttf"),
               ("DS", "DejaVuSerif.ttf"), ("DSB", "DejaVuSerif-Bold.ttf"),
               ("DSI", "DejaVuSerif-Italic.ttf"), ("DSBI", "DejaVuSerif-BoldItalic.ttf"),
               ("DM", "DejaVuSansMono.ttf"), ("DMB", "DejaVuSansMono-Bold.ttf"),
               ("DMI", "DejaVuSansMono-Oblique.ttf"), ("DMBI", "DejaVuSansMono-BoldOblique.ttf"),
               ("DC", "DejaVuSansCondensed.ttf"), ("DCB", "DejaVuSansCondensed-Bold.ttf"),
               ("DCI", "DejaVuSansCondensed-Oblique.ttf"), ("DCBI", "DejaVuSansCondensed-BoldOblique.ttf")]:
    pdfmetrics.registerFont(TTFont(_n, FD + _f))
registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVBI")
registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")
registerFontFamily("DM", normal="DM", bold="DMB", italic="DMI", boldItalic="DMBI")
registerFontFamily("DC", normal="DC", bold="DCB", italic="DCI", boldItalic="DCBI")

COURT = {"judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"}
ALIGN = {"L": TA_LEFT, "C": TA_CENTER, "R": TA_RIGHT, "J": TA_JUSTIFY}
_amp = re.compile(r"&(?!(amp|lt|gt|quot|nbsp|#\d+);)")


# --------------------------------------------------------------------------- PDF helpers
def fx(s):
    return _amp.sub("&amp;", s).replace("\n", "<br/>")


def P(t, size=10, font="DV", align="L", sb=0, sa=5, li=0, lead=None):
    st = ParagraphStyle("p", fontName=font, fontSize=size, leading=lead or size * 1.28,
                        alignment=ALIGN[align], spaceBefore=sb, spaceAfter=sa, leftIndent=li)
    return Paragraph(fx(t), st)


def SP(h=8):
    return Spacer(1, h)


def HR(w=1, sb=2, sa=6):
    return HRFlowable(width="100%", thickness=w, color=colors.black, spaceBefore=sb, spaceAfter=sa)


def PB():
    return PageBreak()


def T(rows, widths, size=9, font="DV", grid=True, box=False, head=False, pad=3, spans=(),
      valign="TOP", shade=()):
    data = [[P(c, size=size, font=font, sa=0) if isinstance(c, str) else c for c in r] for r in rows]
    t = Table(data, colWidths=[w * inch for w in widths])
    st = [("VALIGN", (0, 0), (-1, -1), valign),
          ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
          ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    if grid:
        st.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
    if box:
        st.append(("BOX", (0, 0), (-1, -1), 1.2, colors.black))
    if head:
        st.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dcdcdc")))
    for c in shade:
        st.append(("BACKGROUND",) + c + (colors.HexColor("#e8e8e8"),))
    for s in spans:
        st.append(("SPAN",) + tuple(s))
    t.setStyle(TableStyle(st))
    return t


def build_pdf(flow, footer=None, margins=(0.8, 0.8, 0.75, 0.8), title=None, footfont="DV"):
    """footer: None, a string (may hold {page}), or a list of per-page strings."""
    buf = io.BytesIO()
    top, right, bottom, left = margins

    def on_page(canv, doc):
        if footer is None:
            return
        n = canv.getPageNumber()
        txt = footer[min(n, len(footer)) - 1] if isinstance(footer, list) else footer
        canv.saveState()
        canv.setFont(footfont, 7.5)
        for i, line in enumerate(txt.format(page=n).split("\n")):
            canv.drawString(left * inch, (bottom * inch) - 22 - 9 * i, line)
        canv.restoreState()

    doc = SimpleDocTemplate(buf, pagesize=letter, topMargin=top * inch, rightMargin=right * inch,
                            bottomMargin=bottom * inch, leftMargin=left * inch,
                            title=title or "", author="", subject="", creator="", producer="")
    doc.build(list(flow), onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()


# --------------------------------------------------------------------------- raster helpers
def raster(pdf_bytes, key, dpi=200):
    d = os.path.join(WORK, key)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    src = os.path.join(d, "src.pdf")
    with open(src, "wb") as fh:
        fh.write(pdf_bytes)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", src, os.path.join(d, "pg")],
                   check=True)
    files = sorted(f for f in os.listdir(d) if f.startswith("pg"))
    return [Image.open(os.path.join(d, f)).convert("L") for f in files]


def degrade_scan(imgs, seed, turn=None, dpi=200):
    """Photocopy/scanner look: skew, grey paper, noise, speckle, blur, JPEG artefacts.
    turn: {page_number: 90|180|270} pages fed sideways or upside down."""
    rng = np.random.default_rng(seed)
    r = random.Random(seed)
    out = []
    for i, im in enumerate(imgs):
        ang = r.uniform(0.5, 2.0) * r.choice([-1, 1])
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        bg = r.uniform(210, 232)
        ink = r.uniform(18, 40)
        a = ink + a / 255.0 * (bg - ink)
        # uneven illumination: darker toward one edge
        h, w = a.shape
        grad = np.linspace(0, r.uniform(8, 22), w)[None, :]
        a = a - (grad if r.random() < 0.5 else grad[:, ::-1])
        a += rng.normal(0, 6, a.shape)
        n = int(a.size * 0.0003)
        a[rng.integers(0, h, n), rng.integers(0, w, n)] = rng.uniform(0, 110, n)
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.7))
        k = (turn or {}).get(i + 1)
        if k:
            im = im.rotate(k, expand=True)
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=r.randint(40, 55))
        im = Image.open(io.BytesIO(buf.getvalue()))
        im.load()
        out.append(im)
    return out


def save_image_pdf(imgs, path, dpi=200):
    fixed = time.strptime("2025-09-01 12:00:00", "%Y-%m-%d %H:%M:%S")
    imgs[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:],
                 creationDate=fixed, modDate=fixed, producer="", creator="")


def fax_tiff(imgs, path, seed, header):
    """header: function(page, total) -> str, printed at the top of each page."""
    rng = np.random.default_rng(seed)
    r = random.Random(seed)
    font = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 22)
    pages = []
    for i, im in enumerate(imgs):
        im = im.rotate(r.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=255)
        a = np.asarray(im).astype(np.float32) + rng.normal(0, 22, (im.height, im.width))
        b = np.where(a > 150, 255, 0).astype(np.uint8)
        n = int(b.size * 0.00015)
        b[rng.integers(0, b.shape[0], n), rng.integers(0, b.shape[1], n)] = 0
        im = Image.fromarray(b)
        d = ImageDraw.Draw(im)
        d.rectangle([0, 0, im.width, 48], fill=255)
        d.text((36, 14), header(i + 1, len(imgs)), font=font, fill=0)
        pages.append(im.convert("1"))
    pages[0].save(path, compression="group4", dpi=(200, 200), save_all=True,
                  append_images=pages[1:])


def png_bytes(im, mode="L"):
    buf = io.BytesIO()
    im.convert(mode).save(buf, "PNG", optimize=True)
    return buf.getvalue()


def jpeg_bytes(im, q=70):
    buf = io.BytesIO()
    im.convert("L").save(buf, "JPEG", quality=q)
    return buf.getvalue()


# --------------------------------------------------------------------------- email helpers
def mail(headers, text=None, html=None):
    m = EmailMessage()
    for k, v in headers:
        m[k] = v
    if text is not None and html is not None:
        m.set_content(text)
        m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(text)
    return m


def eml_bytes(m, key):
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary(f"----=_Part_{key}_{i:02d}_7731")
    return m.as_bytes(policy=policy.default)


# --------------------------------------------------------------------------- labels
def S(name, dob=None, *ids):
    return {"name": name, "dob": dob, "identifiers": [{"type": t, "value": v} for t, v in ids]}


def R(key, agency, person, title, email=None, phone=None):
    return {"agency_key": key, "agency_name": agency, "person": person, "title": title,
            "email": email, "phone": phone}


def write_expected(id_, fmt, template, req, subjects, basis, ptype, form, purpose, records,
                   channel, attached=None):
    rec = {
        "id": id_, "family": "blind-n", "format": fmt, "template": template,
        "requestor": req, "subjects": subjects,
        "legal_basis": [{"normalized": b} for b in basis],
        "legal_process": {"type": ptype, "court_issued": ptype in COURT, "form": form},
        "warrant_or_subpoena_attached": (ptype != "none") if attached is None else attached,
        "purpose": purpose, "records_requested": records, "channel": channel,
    }
    with open(os.path.join(OUT, id_ + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(rec, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def wfile(name, data):
    mode = "wb" if isinstance(data, bytes) else "w"
    kw = {} if isinstance(data, bytes) else {"encoding": "utf-8", "newline": "\n"}
    with open(os.path.join(OUT, name), mode, **kw) as fh:
        fh.write(data)


def letterhead(lines, font="DVB", size=12, sub_size=8.5, align="C"):
    out = [P(lines[0], size=size, font=font, align=align, sa=1)]
    for ln in lines[1:]:
        out.append(P(ln, size=sub_size, align=align, sa=0))
    out.append(HR(1.2, sb=4, sa=10))
    return out


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# =========================================================================== bn01
@doc
def bn01():
    body = """Alyssa,

Log it as received 03/11/2025 and send the standard "legal process required"
response. No warrant, no court order, and nothing in his email says criminal.
Copy Priya Raman in the AG's office on the response, please. Don't send the
photos.

Mark

Mark Ostrowski
Records Unit Supervisor | Driver & Vehicle Records
Colorado Division of Motor Vehicles
P 303-555-0170

-----Original Message-----
From: Fenwick, Alyssa <alyssa.fenwick@state.co.us>
Sent: Tuesday, March 11, 2025 2:07 PM
To: Ostrowski, Mark <mark.ostrowski@state.co.us>
Subject: FW: Records request - 2 subjects (ICE ERO Denver)

Mark - another one from ERO. No attachment at all, just the email below.
Per our SOP under C.R.S. 24-74-103 I'm holding it. I couldn't find the
first one under that DOB; the second one has a Colorado DL. Do you want me
to log and send the standard response? I haven't replied to him yet.

Thanks,
Alyssa Fenwick
Records Technician II
CO DMV - Driver & Vehicle Records

-----Original Message-----
From: Kessler, Brandon T <Brandon.T.Kessler@ice.dhs.gov>
Sent: Tuesday, March 11, 2025 11:52 AM
To: DMV Records <dmv_records@state.co.us>
Cc: Whitcomb, Rachel <Rachel.Whitcomb@ice.dhs.gov>
Subject: Records request - 2 subjects

Good morning,

Enforcement and Removal Operations (ERO), Denver Field Office, respectfully
requests the following information, pursuant to 8 U.S.C. § 1357 and
8 C.F.R. § 287.5, for the two individuals listed below:

  - current residential and mailing address on file
  - most recent DL/ID photograph
  - any vehicles currently registered

1. GÓMEZ RAMÍREZ, José Luis
   DOB: 11/02/1989      A# 208 551 374

2. NGUYEN, Thi Lan
   DOB: 07/19/1992      A# 215 009 432
   CO DL 18-402-7716

This information is for official use only. Please reply to me directly or
call my desk line. My supervisor, SDDO Rachel Whitcomb (cc'd), can also
approve if I'm out.

V/r,

Brandon T. Kessler
Deportation Officer
U.S. Immigration and Customs Enforcement
Enforcement and Removal Operations | Denver Field Office
12445 E. Caley Avenue, Centennial, CO 80111
Desk: (720) 555-0143 | Cell: (720) 555-0144
Brandon.T.Kessler@ice.dhs.gov

WARNING: This document is UNCLASSIFIED//FOR OFFICIAL USE ONLY (U//FOUO).
"""
    m = mail([("From", "\"Ostrowski, Mark\" <mark.ostrowski@state.co.us>"),
              ("To", "\"Fenwick, Alyssa\" <alyssa.fenwick@state.co.us>"),
              ("Cc", "\"Raman, Priya\" <priya.raman@coag.gov>"),
              ("Subject", "RE: FW: Records request - 2 subjects (ICE ERO Denver)"),
              ("Date", "Wed, 12 Mar 2025 08:31:09 -0600"),
              ("Message-ID", "<bn01.5521.MO@state.co.us>")], text=body)
    wfile("bn01.eml", eml_bytes(m, "bn01"))
    write_expected(
        "bn01", "eml", "internal reply-forward chain wrapping an ERO deportation officer's email request",
        R("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Denver Field Office",
          "Brandon T. Kessler", "Deportation Officer", "Brandon.T.Kessler@ice.dhs.gov", "(720) 555-0143"),
        [S("José Luis Gómez Ramírez", "1989-11-02", ("a_number", "A208551374")),
         S("Thi Lan Nguyen", "1992-07-19", ("a_number", "A215009432"), ("license", "184027716"))],
        ["8 USC 1357", "8 CFR 287.5", "CRS 24-74-103"],
        "none", None, "civil_immigration", ["address", "photo", "vehicle"], "email")


# =========================================================================== bn02
@doc
def bn02():
    f = letterhead(["U.S. Department of Justice",
                    "Federal Bureau of Investigation",
                    "Denver Field Office · 8000 East 36th Avenue · Denver, Colorado 80238"],
                   font="DSB", size=14)
    f += [
        P("In Reply, Please Refer to\nFile No. 196D-DN-3412887", size=8.5, align="R"),
        P("April 22, 2025", sb=4),
        P("Colorado Department of Labor and Employment\nUnemployment Insurance Division\n"
          "Attn: Custodian of Records / Benefit Payment Control\n633 17th Street, Suite 201\nDenver, CO 80202"),
        P("<b>Re: Request for Wage and Employment Records</b>", sb=6),
        P("Dear Custodian of Records:", sb=4),
        P("The Federal Bureau of Investigation (FBI), Denver Field Office, is conducting a criminal "
          "investigation into a scheme to defraud elderly residents of assisted-living facilities along "
          "the Front Range, involving possible violations of Title 18, United States Code, Sections 1343 "
          "(Wire Fraud) and 1349 (Conspiracy). Victims identified to date include residents of Front Range "
          "Senior Living, whose owner, Mr. Harold Brandt, reported the losses, and a former co-worker of "
          "the individuals below, Ms. Tamika Vance, has been interviewed as a witness.", align="J"),
        P("The FBI respectfully requests that your agency provide the following records for the persons "
          "listed in the table below, for the period January 1, 2021 through the present:", align="J"),
        P("1. Quarterly wage records reported by all employers, including employer name, address and FEIN;\n"
          "2. Unemployment insurance claim history, including the mailing address and telephone number given "
          "on each claim.", li=18),
        T([["No.", "Name", "Date of Birth", "Identifier"],
           ["1", "OKAFOR, Chinedu Emmanuel", "04/14/1984", "SSN xxx-xx-3391"],
           ["2", "Danielle R. Whitaker", "09/30/1990", "CO DL 14-220-9931"],
           ["3", "ABDI, Hodan Yusuf", "1987-01-05", "—"]],
          [0.5, 2.6, 1.3, 2.0], head=True),
        SP(8),
        P("We understand that these records are confidential. Disclosure to a public official for use in "
          "a criminal investigation is permitted under 20 C.F.R. § 603.5(i). The records will be used "
          "solely for the purposes of this investigation and will not be further disclosed except as "
          "required in any resulting prosecution.", align="J"),
        P("This matter was previously assigned to Special Agent Roberto Salinas, who has since retired; "
          "please disregard any earlier correspondence bearing his name and direct all responses to the "
          "undersigned. Records may be sent electronically to kathryn.delacroix@fbi.gov or by mail to the "
          "address above. Should you have any questions, please contact me at (303) 555-0117.", align="J"),
        P("Thank you for your assistance.", sb=2),
        P("Sincerely,", sb=6),
        SP(22),
        P("Kathryn M. Delacroix\nSpecial Agent\nFederal Bureau of Investigation\nDenver Field Office", sa=10),
        P("cc:  SSA Dwayne Pruitt, Squad C-4, FBI Denver\n"
          "       Leonard Hsu, Assistant United States Attorney, District of Colorado", size=8.5),
    ]
    wfile("bn02.pdf", build_pdf(f, footer="UNCLASSIFIED // FOR OFFICIAL USE ONLY"))
    write_expected(
        "bn02", "born_digital", "FBI field-office letter to UI division, subjects in a table, victims and witness named",
        R("doj-fbi", "Federal Bureau of Investigation, Denver Field Office", "Kathryn M. Delacroix",
          "Special Agent", "kathryn.delacroix@fbi.gov", "(303) 555-0117"),
        [S("Chinedu Emmanuel Okafor", "1984-04-14", ("ssn_last4", "3391")),
         S("Danielle R. Whitaker", "1990-09-30", ("license", "142209931")),
         S("Hodan Yusuf Abdi", "1987-01-05")],
        ["18 USC 1343", "18 USC 1349", "20 CFR 603.5"],
        "none", None, "criminal_investigation", ["wages", "employment", "claims", "address", "phone"], "mail")


# =========================================================================== bn03
@doc
def bn03():
    cover = letterhead(["EL PASO COUNTY SHERIFF'S OFFICE",
                        "Investigations Division — Crimes Against Persons Unit",
                        "27 East Vermijo Avenue · Colorado Springs, CO 80903 · (719) 555-0160"],
                       font="DVB", size=13)
    cover += [
        P("February 6, 2025", align="R"),
        P("Colorado Department of Revenue\nDivision of Motor Vehicles — Records Section\n"
          "1881 Pierce Street\nLakewood, CO 80214"),
        P("<b>RE: Service of Search Warrant — EPSO Case No. 24-18833</b>", sb=6),
        P("To the Records Custodian:", sb=4),
        P("Enclosed is a search warrant signed by the Honorable Theresa L. Abernathy, District Court Judge, "
          "Fourth Judicial District, directing production of Division of Motor Vehicles records for "
          "the person named in the warrant. I am the affiant on the warrant and the lead detective on this "
          "case, which involves a second degree assault in which the victim suffered serious bodily injury.",
          align="J"),
        P("Please provide certified copies of the driver license file, all photographs on file, address "
          "history and current vehicle registrations to me at the address above or by email to "
          "marcus.trujillo@epcsheriff.us. If you have questions regarding the scope of the warrant, "
          "my sergeant, Sgt. Lisa Okonkwo, may be reached at (719) 555-0165.", align="J"),
        P("Respectfully,", sb=6), SP(20),
        P("Det. Marcus J. Trujillo #4417\nCrimes Against Persons Unit\nEl Paso County Sheriff's Office\n"
          "Direct: (719) 555-0162"),
        P("Enclosure: Search Warrant (2 pages)", size=8.5, sb=10),
    ]
    w = [PB(),
         T([["DISTRICT COURT, EL PASO COUNTY, COLORADO\nCourt Address: 270 South Tejon Street, Colorado Springs, CO 80903",
             ""],
            ["THE PEOPLE OF THE STATE OF COLORADO\n\nIN THE MATTER OF: Records of the Colorado Division of Motor "
             "Vehicles pertaining to IBÁÑEZ SOTO, Rubén Darío", "▲ COURT USE ONLY ▲\n\nCase Number: 25CR0412-SW\n\nDiv.: 10"]],
           [4.3, 2.5], size=9, spans=[((0, 0), (1, 0))]),
         SP(10),
         P("SEARCH WARRANT", size=15, font="DVB", align="C", sa=8),
         P("TO ANY PEACE OFFICER IN THE STATE OF COLORADO:", font="DVB"),
         P("Detective Marcus J. Trujillo, El Paso County Sheriff's Office, having made application for this "
           "warrant by affidavit sworn to or affirmed before me, and the Court being satisfied that there is "
           "probable cause to believe that the property described below is located at the premises of the "
           "Colorado Department of Revenue, Division of Motor Vehicles, 1881 Pierce Street, Lakewood, Colorado, "
           "and that grounds for the issuance of a search warrant exist pursuant to C.R.S. § 16-3-301 and "
           "Crim. P. 41,", align="J"),
         P("YOU ARE THEREFORE COMMANDED to search the above-named premises and records, including electronically "
           "stored records, for the following property:", font="DVB", align="J"),
         P("All driver license and identification card records, applications, photographs, digital images, "
           "signatures, address history and vehicle registration and title records relating to:", li=18, align="J"),
         T([["Name:", "IBÁÑEZ SOTO, Rubén Darío"], ["Date of Birth:", "August 23, 1979"],
            ["Colorado DL No.:", "09-118-4476"]], [1.6, 3.5], grid=False),
         SP(6),
         P("which property is evidence of the commission of the crime of Assault in the Second Degree, "
           "C.R.S. § 18-3-203, committed on or about December 29, 2024, against Kelsey Marsh, and which "
           "tends to show that the above-named person committed that offense.", align="J"),
         P("The records may be produced to the affiant by mail or electronic transmission in lieu of "
           "physical search of the premises.", align="J"),
         PB(),
         P("Case Number 25CR0412-SW — Search Warrant — page 2", size=8, align="R"),
         P("You are further directed to make a return of this warrant to this Court within fourteen days "
           "after its execution, with a written inventory of all property seized.", align="J", sb=8),
         P("Dated this 4th day of February, 2025, at 3:40 p.m.", sb=6),
         SP(26),
         P("BY THE COURT:\n\n______________________________\nTheresa L. Abernathy\nDistrict Court Judge"),
         SP(30), HR(0.8),
         P("RETURN AND INVENTORY", font="DVB", align="C"),
         P("I received this warrant on ____________ and executed it on ____________ by service upon the "
           "Records Custodian, Colorado Division of Motor Vehicles. Inventory of property taken: "
           "______________________________________________", align="J"),
         P("Executing officer: ______________________   Badge: ________", sb=10),
         ]
    pdf = build_pdf(cover + w)
    imgs = degrade_scan(raster(pdf, "bn03"), 303, turn={3: 180})
    save_image_pdf(imgs, os.path.join(OUT, "bn03.pdf"))
    write_expected(
        "bn03", "scanned", "sheriff detective cover letter + Colorado district court search warrant (page 3 upside down)",
        R("sheriff", "El Paso County Sheriff's Office", "Marcus J. Trujillo", "Detective",
          "marcus.trujillo@epcsheriff.us", "(719) 555-0162"),
        [S("Rubén Darío Ibáñez Soto", "1979-08-23", ("license", "091184476"))],
        ["CRS 16-3-301", "CO CrimP 41", "CRS 18-3-203"],
        "judicial_warrant", None, "criminal_investigation", ["license", "photo", "address", "vehicle"], "mail")


# =========================================================================== bn04
@doc
def bn04():
    cover = [
        P("FAX TRANSMITTAL", size=26, font="DVB", sa=2),
        P("U.S. Department of Homeland Security\nU.S. Immigration and Customs Enforcement\n"
          "Enforcement and Removal Operations — Denver Field Office\nCriminal Alien Program (CAP)", size=10),
        HR(2),
        T([["TO:", "Colorado Department of Corrections\nOffender Records / Time Computation", "DATE:", "03/14/2025"],
           ["ATTN:", "Lorraine Pacheco, Records Supervisor", "PAGES:", "3 (incl. cover)"],
           ["FAX:", "(719) 555-0183", "PHONE:", "(719) 555-0182"],
           ["FROM:", "Samuel K. Oyelaran, Deportation Officer", "PHONE:", "(303) 555-0128"],
           ["", "", "FAX:", "(303) 555-0199"],
           ["RE:", "Immigration Detainer — CDOC #187244", "", ""]],
          [0.8, 3.4, 0.8, 1.9], size=10, grid=False),
        HR(1),
        P("☐ Urgent   ☒ For Review   ☐ Please Comment   ☒ Please Reply", size=10, sb=4),
        P("Comments:", font="DVB", sb=8),
        P("Ms. Pacheco — please find attached DHS Form I-247A for the inmate referenced above. Please "
          "sign the receipt block on page 3 and fax it back to (303) 555-0199, and notify ERO of the "
          "inmate's projected release date. Questions may go to me or to SDDO Anita Rourke at "
          "(303) 555-0126.", align="J"),
        P("Thank you,\nDO S. Oyelaran", sb=4),
        SP(140),
        P("CONFIDENTIALITY NOTICE: This facsimile contains law enforcement sensitive information intended only "
          "for the addressee. If you received it in error, notify the sender by telephone and destroy it.",
          size=8, align="J"),
    ]
    det = [PB(),
           P("DEPARTMENT OF HOMELAND SECURITY", size=11, font="DVB", align="C", sa=0),
           P("IMMIGRATION DETAINER – NOTICE OF ACTION", size=13, font="DVB", align="C", sa=6),
           T([["Subject ID: 391224718", "File No: A 201 447 903"],
              ["Event #: DEN2503001144", "Date: March 14, 2025"]], [3.4, 3.4], size=9),
           SP(4),
           T([["TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency)\n"
               "Colorado Department of Corrections\nFremont Correctional Facility, Cañon City, CO",
               "FROM: (Department of Homeland Security Office Address)\n"
               "ICE ERO Denver Field Office\n12445 E. Caley Avenue\nCentennial, CO 80111"]],
             [3.4, 3.4], size=8.5),
           SP(4),
           T([["Name of Alien: VÁZQUEZ DE LA CRUZ, Héctor Manuel"],
              ["Date of Birth: 02/09/1985     Nationality: MEXICO     Sex: M"],
              ["CDOC Number: 187244"]], [6.8], size=9),
           SP(6),
           P("1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS "
             "DETERMINATION IS BASED ON (complete box 1 or 2).", size=8.5, font="DVB"),
           P("☒ A final order of removal against the alien;\n"
             "☐ The pendency of ongoing removal proceedings against the alien;\n"
             "☐ Biometric confirmation of the alien's identity and a records check of federal databases;\n"
             "☐ Statements made by the alien to an immigration officer.", size=8.5, li=12),
           P("2. DHS HAS TRANSFERRED THE ALIEN TO YOUR CUSTODY FOR A PROCEEDING OR INVESTIGATION. ☐", size=8.5,
             font="DVB"),
           P("IT IS THEREFORE REQUESTED THAT YOU:", size=9, font="DVB", sb=4),
           P("• Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is released "
             "from your custody. Please notify DHS by calling ☒ U.S. Immigration and Customs Enforcement (ICE) "
             "at (303) 555-0128.\n"
             "• Maintain custody of the alien for a period NOT TO EXCEED 48 HOURS beyond the time when he/she "
             "would otherwise have been released from your custody to allow DHS to assume custody.\n"
             "• Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.\n"
             "• Notify this office in the event of the alien's death, hospitalization or transfer to another "
             "institution.", size=8.5, li=10, align="J"),
           P("This detainer arises from DHS authorities and should not impact decisions about the alien's bail, "
             "rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, or "
             "other matters. It is issued pursuant to sections 236 and 287 of the Immigration and Nationality Act "
             "and part 287 of title 8, Code of Federal Regulations, and 8 C.F.R. § 287.7.", size=8.5, align="J"),
           SP(8),
           T([["Samuel K. Oyelaran, Deportation Officer\n(Name and title of Immigration Officer)",
               "/s/ S. K. Oyelaran\n(Signature of Immigration Officer)"]], [3.4, 3.4], size=8.5),
           ]
    ack = [PB(),
           P("NOTICE TO THE DETAINEE", size=11, font="DVB", align="C"),
           P("The Department of Homeland Security (DHS) has placed an immigration detainer on you. An immigration "
             "detainer is a notice from DHS informing law enforcement agencies that DHS intends to assume custody "
             "of you after you otherwise would be released from custody. If you have a complaint regarding this "
             "detainer, contact the ICE Joint Intake Center at 1-877-246-8253.", size=9, align="J"),
           SP(10),
           P("RECEIPT — TO BE COMPLETED BY THE LAW ENFORCEMENT AGENCY CURRENTLY HOLDING THE ALIEN", size=9,
             font="DVB"),
           T([["Date of latest criminal charge/conviction: __________", "Last offense charged/conviction: __________"],
              ["Estimated release date/time: __________", "This form was served upon the alien on ______ by ______"],
              ["Name and title of officer: ______________________", "Signature: ______________________"]],
             [3.4, 3.4], size=8.5),
           SP(8),
           P("DHS Form I-247A (3/17)", size=8),
           ]
    pdf = build_pdf(cover + det + ack, footer=["", "DHS Form I-247A (3/17)                                                                 Page 1 of 2",
                                                "DHS Form I-247A (3/17)                                                                 Page 2 of 2"])
    imgs = raster(pdf, "bn04")
    fax_tiff(imgs, os.path.join(OUT, "bn04.tif"), 404,
             lambda p, n: f"03/14/2025 10:42   FROM: ICE ERO DENVER CAP 303 555 0199   TO: 17195550183   P.{p:03d}/{n:03d}")
    write_expected(
        "bn04", "fax", "ERO fax cover sheet (attention CDOC records supervisor) + I-247A detainer with notice page",
        R("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations — Denver Field Office",
          "Samuel K. Oyelaran", "Deportation Officer", None, "(303) 555-0128"),
        [S("Héctor Manuel Vázquez de la Cruz", "1985-02-09", ("a_number", "A201447903"), ("other", "187244"))],
        ["INA 236", "INA 287", "8 CFR 287", "8 CFR 287.7"],
        "detainer", "I-247A", "civil_immigration", ["other"], "fax")


# =========================================================================== bn05
@doc
def bn05():
    txt = """From:    Quintana-Reyes, Dolores <dquintana-reyes@adcogov.org>
Sent:    Thursday, January 23, 2025 4:18 PM
To:      Baptiste, Owen - CDHS <owen.baptiste@state.co.us>
Cc:      Ellery, Graham <gellery@da17.state.co.us>; Lt. Brian Sutter <bsutter@adcogov.org>
Subject: RE: Records request - ACSO SVU case 25-004417

Owen,

Understood, and thanks for the quick call back. Here is what you asked for:

  Case number:   ACSO 25-004417 (Special Victims Unit)
  Offense:       Child Abuse, C.R.S. 18-6-401 (felony)
  Assigned DA:   Deputy DA Graham Ellery, 17th Judicial District (cc'd)
  My supervisor: Lt. Brian Sutter (cc'd)

We are asking ONLY about the two adults below. The child victim (K.H., age 4)
and the reporting party (school counselor Janelle Ortiz) are not part of the
request and we are not asking for anything on them.

  1) HUTCHINS, Tyrell Jamal      DOB 06/17/1994
  2) KOVAL, Brittany Ann         DOB 02/28/1996

What we need: current address and phone number on file, and household
composition / benefit case status (Colorado Works and SNAP) since 07/2024.
If your office requires a court order for the benefit history I understand;
please at least confirm whether you can release the address and phone under
C.R.S. 26-1-114 for an active criminal investigation.

Thank you,

Sgt. Dolores Quintana-Reyes
Special Victims Unit | Adams County Sheriff's Office
4430 S. Adams County Pkwy, Brighton, CO 80601
Office 303-555-0186 | Cell 303-555-0187


-----Original Message-----
From: Baptiste, Owen - CDHS <owen.baptiste@state.co.us>
Sent: Thursday, January 23, 2025 11:02 AM
To: Quintana-Reyes, Dolores <dquintana-reyes@adcogov.org>
Subject: RE: Records request - ACSO SVU case 25-004417

Good morning Sgt. Quintana-Reyes,

This is Owen Baptiste with the CDHS Records & Privacy Office. Public assistance
records are confidential under C.R.S. 26-1-114. Before we can consider your
request I need the case number, the offense being investigated, and the name
of your supervisor. Please reply to this email.

Owen Baptiste
Records & Privacy Analyst
Colorado Department of Human Services
owen.baptiste@state.co.us | 303-555-0112


-----Original Message-----
From: Quintana-Reyes, Dolores <dquintana-reyes@adcogov.org>
Sent: Wednesday, January 22, 2025 5:46 PM
To: CDHS Records Requests <cdhs_records@state.co.us>
Subject: Records request - ACSO SVU case 25-004417

Hello, I'm working an open child abuse case and need current contact
information for two adults in the home. Who do I send this to?

Sgt. Quintana-Reyes, ACSO SVU
"""
    wfile("bn05.txt", txt)
    write_expected(
        "bn05", "txt", "email thread saved as text: sheriff SVU sergeant, state records analyst asks for details",
        R("sheriff", "Adams County Sheriff's Office", "Dolores Quintana-Reyes", "Sergeant",
          "dquintana-reyes@adcogov.org", "303-555-0186"),
        [S("Tyrell Jamal Hutchins", "1994-06-17"), S("Brittany Ann Koval", "1996-02-28")],
        ["CRS 18-6-401", "CRS 26-1-114"],
        "none", None, "criminal_investigation", ["address", "phone", "benefits"], "email")


# =========================================================================== bn06
@doc
def bn06():
    f = [P("U.S. Department of Homeland Security", size=10, font="DVB", align="C", sa=0),
         P("U.S. Immigration and Customs Enforcement", size=9, align="C", sa=6),
         P("IMMIGRATION ENFORCEMENT SUBPOENA", size=15, font="DVB", align="C", sa=0),
         P("To Require Attendance of Witness or Production of Records", size=9, align="C", sa=8),
         T([["Subpoena No.: SLC-25-0417-031", "File No.: A 219 604 118"],
            ["In the matter of:\nNÚÑEZ ORTEGA, Wilmer Alexander", "Date of Birth: 1991-12-03"]],
           [3.4, 3.4], size=9.5),
         SP(8),
         P("To: Custodian of Records\nUtah Department of Workforce Services\nUnemployment Insurance — Employer "
           "Services / Wage Records\n140 East 300 South, Salt Lake City, UT 84111", size=9.5),
         SP(4),
         P("By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED to appear before Deportation "
           "Officer Curtis Yazzie, an officer of U.S. Immigration and Customs Enforcement, at 2975 Decker Lake "
           "Drive, West Valley City, UT 84119, on April 18, 2025 at 10:00 a.m., and to produce the following "
           "books, papers and documents, or in lieu of appearance to deliver true copies thereof to the issuing "
           "officer:", size=9.5, align="J"),
         P("1. All quarterly wage records reported for the person named above from January 1, 2022 to present;\n"
           "2. The names and addresses of all reporting employers, including Wasatch Precision Framing LLC "
           "(owner of record Dale Hendricks), and the dates of employment;\n"
           "3. The residential and mailing addresses and telephone numbers in any claim or employer report.",
           size=9.5, li=14),
         P("relating to the admissibility, inadmissibility, deportability, or removability of the above-named "
           "alien, an inquiry being conducted by U.S. Immigration and Customs Enforcement pursuant to section "
           "235(d)(4)(A) of the Immigration and Nationality Act, 8 U.S.C. § 1225(d)(4)(A), and 8 C.F.R. § 287.4.",
           size=9.5, align="J"),
         P("In case of failure to comply with this subpoena, the Department of Homeland Security may apply to a "
           "United States District Court for an order compelling compliance, and failure to obey such an order "
           "may be punished by the court as a contempt thereof.", size=9.5, align="J", font="DVB"),
         SP(6),
         T([["Issued at: Salt Lake City, Utah", "Date: April 2, 2025"],
            ["/s/ Veronica A. Lindqvist\nSignature of issuing officer",
             "Veronica A. Lindqvist\nSupervisory Detention and Deportation Officer"]],
           [3.4, 3.4], size=9),
         SP(10),
         P("CERTIFICATE OF SERVICE", font="DVB", size=9, align="C"),
         P("I certify that on ____________ I served this subpoena by ☐ personal delivery ☐ certified mail "
           "☐ electronic mail upon ______________________.  Signature: ____________________", size=8.5),
         ]
    pdf = build_pdf(f, footer="DHS Form I-138 (Rev. 8/22)                                                                                     Page 1 of 1")
    body = """Good afternoon,

Attached please find a DHS Immigration Enforcement Subpoena (Form I-138) for
wage and employer records relating to Wilmer Alexander NÚÑEZ ORTEGA
(A# 219-604-118). We understand DWS wage records are confidential under Utah
Code Ann. § 35A-4-312; the subpoena is issued under 8 U.S.C. § 1225(d).

Responsive records may be returned to me by reply email, or to DO Curtis
Yazzie (cc'd), who is the case officer. Please produce by April 18, 2025.

Thank you for your assistance.

Respectfully,

Veronica A. Lindqvist
Supervisory Detention and Deportation Officer
ICE Enforcement and Removal Operations
Salt Lake City Field Office
Office: (801) 555-0133
veronica.lindqvist@ice.dhs.gov
"""
    m = mail([("From", "\"Lindqvist, Veronica A\" <veronica.lindqvist@ice.dhs.gov>"),
              ("To", "DWS Records Custodian <dwsrecords@utah.gov>"),
              ("Cc", "\"Yazzie, Curtis\" <curtis.yazzie@ice.dhs.gov>"),
              ("Subject", "Immigration Enforcement Subpoena SLC-25-0417-031"),
              ("Date", "Wed, 02 Apr 2025 14:55:41 -0600"),
              ("Message-ID", "<bn06.SLC0417031@ice.dhs.gov>")], text=body)
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="I-138_SLC-25-0417-031.pdf")
    wfile("bn06.eml", eml_bytes(m, "bn06"))
    write_expected(
        "bn06", "eml", "ERO SDDO email with I-138 immigration enforcement subpoena PDF attached (district-court enforcement clause)",
        R("dhs-ice-ero", "ICE Enforcement and Removal Operations, Salt Lake City Field Office",
          "Veronica A. Lindqvist", "Supervisory Detention and Deportation Officer",
          "veronica.lindqvist@ice.dhs.gov", "(801) 555-0133"),
        [S("Wilmer Alexander Núñez Ortega", "1991-12-03", ("a_number", "A219604118"))],
        ["UCA 35A-4-312", "8 USC 1225", "INA 235", "8 CFR 287.4"],
        "administrative_subpoena", "I-138", "civil_immigration", ["wages", "employment", "address", "phone"], "email")


# =========================================================================== bn07
@doc
def bn07():
    cover = letterhead(["U.S. DEPARTMENT OF LABOR",
                        "Office of Inspector General — Office of Investigations",
                        "Denver Regional Office · 1244 Speer Boulevard, Suite 550 · Denver, CO 80204"], size=12)
    cover += [
        P("May 19, 2025", sb=2),
        P("VIA ELECTRONIC MAIL AND CERTIFIED MAIL", size=8.5, font="DVB"),
        P("Ms. Renata Sokolova\nProgram Integrity Manager, Unemployment Insurance Division\n"
          "Colorado Department of Labor and Employment\n633 17th Street\nDenver, CO 80202"),
        P("Re:  Order under 18 U.S.C. § 2703(d), Case No. 24-sc-01187-GRT\n"
          "       DOL-OIG Case No. 60-2451-0077-UI; USAO No. 2024R00588", font="DVB", sb=4),
        P("Dear Ms. Sokolova:", sb=4),
        P("Enclosed please find a court order issued by the United States District Court for the District of "
          "Colorado directing the Colorado Department of Labor and Employment (CDLE) to disclose records "
          "associated with two MyUI+ claimant accounts. The Order was obtained on the application of "
          "Assistant United States Attorney Rebecca Stanfield-Yoon in connection with a criminal investigation "
          "of fictitious and stolen-identity unemployment claims.", align="J"),
        P("Please note that the Order also directs CDLE not to notify the account holders or any other person "
          "of its existence. I would be grateful if responsive records could be provided within fourteen days "
          "in electronic format to aaron.feldstein@oig.dol.gov. Your staff member Mr. Dev Anand previously "
          "assisted our office with a similar production and is welcome to contact me directly.", align="J"),
        P("Sincerely,", sb=6), SP(18),
        P("Aaron D. Feldstein\nSpecial Agent\nU.S. Department of Labor, Office of Inspector General\n"
          "(303) 555-0131 | aaron.feldstein@oig.dol.gov"),
        P("Enclosure: Order (2 pages)\ncc: AUSA Rebecca Stanfield-Yoon; SAC Monique Ferris, DOL-OIG", size=8.5, sb=10),
    ]
    order = [
        PB(),
        P("IN THE UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF COLORADO", size=12, font="DSB", align="C", sa=10),
        T([["Case No. 24-sc-01187-GRT\n\nIN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA FOR "
            "AN ORDER PURSUANT TO 18 U.S.C. § 2703(d) DIRECTED TO THE COLORADO DEPARTMENT OF LABOR AND "
            "EMPLOYMENT", "FILED UNDER SEAL"]], [4.8, 2.0], size=9.5, font="DS"),
        SP(10),
        P("ORDER", size=14, font="DSB", align="C", sa=8),
        P("The United States has submitted an application pursuant to 18 U.S.C. § 2703(d), requesting that the "
          "Court issue an Order requiring the Colorado Department of Labor and Employment (\"CDLE\"), which "
          "provides an electronic communication service to claimants through its MyUI+ online portal, to "
          "disclose the records and other information described in Attachment A to this Order.", font="DS", align="J"),
        P("The Court finds that the United States has offered specific and articulable facts showing that there "
          "are reasonable grounds to believe that the records or other information sought are relevant and "
          "material to an ongoing criminal investigation into possible violations of 18 U.S.C. §§ 1343, 1028A "
          "and 641.", font="DS", align="J"),
        P("IT IS THEREFORE ORDERED, pursuant to 18 U.S.C. § 2703(d), that CDLE shall, within fourteen days of "
          "the date of this Order, disclose to the United States the records and other information described "
          "in Attachment A.", font="DS", align="J"),
        P("IT IS FURTHER ORDERED, pursuant to 18 U.S.C. § 2705(b), that CDLE shall not disclose the existence "
          "of the application or this Order to the listed account holders, or to any other person, for a "
          "period of one year, except that CDLE may disclose it to an attorney for the purpose of obtaining "
          "legal advice.", font="DS", align="J"),
        P("IT IS FURTHER ORDERED that the application and this Order are sealed until otherwise ordered by the "
          "Court.", font="DS", align="J"),
        P("DATED at Denver, Colorado, this 14th day of May, 2025.", font="DS", sb=6),
        P("BY THE COURT:", font="DS", sb=10), SP(16),
        P("______________________________\nGwendolyn R. Thackeray\nUnited States Magistrate Judge", font="DS"),
        PB(),
        P("ATTACHMENT A", size=12, font="DSB", align="C"),
        P("I. Accounts", font="DSB"),
        P("This Order applies to all MyUI+ accounts and unemployment insurance claims maintained by CDLE that "
          "are associated with the following persons:", font="DS", align="J"),
        T([["Name", "Date of Birth", "SSN (last four)"],
           ["PETRENKO, Oleksandr", "October 21, 1986", "7702"],
           ["WARSAME, Farhiya Abdullahi", "May 11, 1993", "4159"]], [3.0, 1.9, 1.9], font="DS", head=True),
        SP(8),
        P("II. Records and other information to be disclosed", font="DSB"),
        P("For the period March 1, 2020 to the present: (a) all claim applications and weekly certifications; "
          "(b) all e-mail addresses, telephone numbers and mailing addresses associated with the accounts; "
          "(c) login history, including dates, times and Internet Protocol (IP) addresses; (d) bank account and "
          "debit card information to which benefits were paid; and (e) records of changes to account contact "
          "or payment information.", font="DS", align="J"),
        P("III. Records are not sought for any other person, including employers listed on the claims.",
          font="DS", align="J"),
    ]
    wfile("bn07.pdf", build_pdf(cover + order, footer=["", "Case 24-sc-01187-GRT  *SEALED*  Document 4  Filed 05/14/25  Page 1 of 2",
                                                        "Case 24-sc-01187-GRT  *SEALED*  Document 4  Filed 05/14/25  Page 2 of 2"]))
    write_expected(
        "bn07", "born_digital", "DOL-OIG cover letter + federal 2703(d) order with attachment listing claimant accounts",
        R("dol-oig", "U.S. Department of Labor, Office of Inspector General", "Aaron D. Feldstein",
          "Special Agent", "aaron.feldstein@oig.dol.gov", "(303) 555-0131"),
        [S("Oleksandr Petrenko", "1986-10-21", ("ssn_last4", "7702")),
         S("Farhiya Abdullahi Warsame", "1993-05-11", ("ssn_last4", "4159"))],
        ["18 USC 2703", "18 USC 1343", "18 USC 1028A", "18 USC 641", "18 USC 2705"],
        "court_order", None, "criminal_investigation", ["claims", "email", "phone", "address", "other"], "mail")


# =========================================================================== bn08
@doc
def bn08():
    cover = [
        T([["BERNALILLO COUNTY SHERIFF'S OFFICE\nCriminal Investigations Division\n"
            "400 Roma Ave NW · Albuquerque, NM 87102", "FAX"]], [5.2, 1.6], size=11, grid=False),
        HR(2),
        T([["Date:", "05/28/2025", "No. of pages (incl. cover):", "2"],
           ["To:", "NM Health Care Authority\nIncome Support Division — Records", "Attn:", "Felipe Archuleta"],
           ["Fax #:", "505-555-0191", "Phone #:", "505-555-0190"],
           ["From:", "Det. Cpl. Angela Whitehorse", "Phone #:", "505-555-0154"],
           ["Fax #:", "505-555-0159", "Email:", "awhitehorse@bernco.gov"]],
          [0.9, 2.8, 1.9, 1.6], size=10, grid=False),
        HR(1),
        P("Mr. Archuleta — request form attached per our phone conversation this morning. Approved by my "
          "Lieutenant and Captain. Please call me if anything is missing.", size=11, sb=10),
        SP(260),
        P("The information contained in this facsimile is confidential and intended only for the use of the "
          "recipient named above. If you have received this fax in error, please notify us immediately by "
          "telephone.", size=8),
    ]
    lab = lambda k, v: [k, v]  # noqa: E731
    form = [
        PB(),
        P("BERNALILLO COUNTY SHERIFF'S OFFICE", size=12, font="DVB", align="C", sa=0),
        P("LAW ENFORCEMENT REQUEST FOR CLIENT INFORMATION", size=12, font="DVB", align="C", sa=2),
        P("BCSO Form CID-114 (rev. 2023)", size=7.5, align="C"),
        P("SECTION A — REQUESTING OFFICER", font="DVB", size=9, sb=4, sa=2),
        T([lab("Requesting officer / rank / ID:", "Det. Cpl. Angela Whitehorse  #2231"),
           lab("Unit:", "Criminal Investigations Division — Domestic Violence Unit"),
           lab("Phone / email:", "505-555-0154  /  awhitehorse@bernco.gov"),
           lab("Immediate supervisor:", "Lt. Ramon Esquibel  505-555-0150"),
           lab("Approving official (Capt. or above):", "Capt. Bryce Lundgren")], [2.5, 4.3], size=9),
        P("SECTION B — CASE INFORMATION", font="DVB", size=9, sb=6, sa=2),
        T([lab("Case number:", "BC25-011842"),
           lab("Offense under investigation:", "Aggravated Battery Against a Household Member, NMSA 1978, § 30-3-16"),
           lab("Victim:", "LE, Thi Hoa (no records requested)"),
           lab("Witness:", "Marcus Delgado — neighbor (no records requested)")], [2.5, 4.3], size=9),
        P("SECTION C — SUBJECT OF REQUEST (records requested for this person only)", font="DVB", size=9, sb=6, sa=2),
        T([["Last name: TRAN", "First: Quoc Bao", "Middle: —"],
           ["DOB: 01-22-1988", "NM DL #: 503118842", "SSN: (not provided)"],
           ["Last known address: 5100 Montgomery Blvd NE #214, Albuquerque, NM 87109", "", ""]],
          [2.3, 2.3, 2.2], size=9, spans=[((0, 2), (2, 2))]),
        P("SECTION D — OTHER PERSONS KNOWN TO OFFICER (for identification only — NOT subjects)", font="DVB",
          size=9, sb=6, sa=2),
        T([lab("Employer:", "Sunport Auto Detailing — owner Jerry Kowalczyk"),
           lab("Landlord / manager:", "Mesa Verde Apartments — Shonda Perkins, mgr."),
           lab("Emergency contact listed by subject:", "TRAN, Minh (brother)")], [2.5, 4.3], size=9),
        P("SECTION E — INFORMATION REQUESTED", font="DVB", size=9, sb=6, sa=2),
        P("☒ Current address   ☒ Telephone number   ☒ Employer name/address   ☐ Benefit issuance history   "
          "☐ Photograph   ☐ Other: ____________", size=9),
        P("SECTION F — CERTIFICATION", font="DVB", size=9, sb=6, sa=2),
        P("I certify that the subject named in Section C is the subject of an active criminal investigation "
          "and that the information is requested for the official performance of my duties. I understand "
          "that SNAP recipient information may be disclosed to law enforcement only as provided in "
          "7 U.S.C. § 2020(e)(8) and 7 C.F.R. § 272.1(c)(1)(vii).", size=8.5, align="J"),
        T([["Officer signature: /s/ A. Whitehorse", "Date: 05/28/2025"],
           ["Supervisor approval: /s/ R. Esquibel", "Approving official: /s/ B. Lundgren"]], [3.4, 3.4], size=9),
    ]
    pdf = build_pdf(cover + form)
    fax_tiff(raster(pdf, "bn08"), os.path.join(OUT, "bn08.tif"), 808,
             lambda p, n: f"MAY-28-2025 14:06  BCSO CID            505 555 0159          P. {p}/{n}")
    write_expected(
        "bn08", "fax", "sheriff fax cover + multi-section request form naming supervisor, approver, victim, witness, employer, landlord, emergency contact",
        R("sheriff", "Bernalillo County Sheriff's Office", "Angela Whitehorse", "Detective Corporal",
          "awhitehorse@bernco.gov", "505-555-0154"),
        [S("Quoc Bao Tran", "1988-01-22", ("license", "503118842"))],
        ["NMSA 30-3-16", "7 USC 2020", "7 CFR 272.1"],
        "none", None, "criminal_investigation", ["address", "phone", "employment"], "fax")


# =========================================================================== bn09
@doc
def bn09():
    cover = letterhead(["U.S. Department of Justice",
                        "United States Attorney · District of New Mexico",
                        "201 Third Street NW, Suite 900 · Albuquerque, New Mexico 87102 · (505) 555-0100"],
                       font="DSB", size=13)
    cover += [
        P("June 3, 2025", align="R", font="DS"),
        P("Custodian of Records\nNew Mexico Department of Workforce Solutions\n401 Broadway NE\n"
          "Albuquerque, NM 87102", font="DS"),
        P("Re:  Federal Grand Jury Subpoena No. GJ 25-114 (Attachment A)", font="DSB", sb=4),
        P("Dear Custodian:", font="DS", sb=4),
        P("Enclosed is a subpoena issued by the United States District Court for the District of New Mexico "
          "requiring production of records to a federal grand jury. In lieu of personal appearance on the "
          "return date, you may comply by delivering the records described in Attachment A, together with the "
          "enclosed certificate of authenticity executed under Fed. R. Evid. 902(11), to Special Agent Nadia "
          "Haddad, Homeland Security Investigations, who is assisting the grand jury in this matter.",
          font="DS", align="J"),
        P("Grand jury matters are secret under Fed. R. Crim. P. 6(e). You are requested not to disclose the "
          "existence of this subpoena, or the fact of your compliance, to the persons named in Attachment A, "
          "because disclosure could impede the investigation. If you have questions, please contact me.",
          font="DS", align="J"),
        P("Very truly yours,", font="DS", sb=6),
        P("ALEXANDER M. UHLIR\nUnited States Attorney", font="DS", size=9), SP(14),
        P("Lucía M. Ferrer-Olmos\nAssistant United States Attorney\n(505) 555-0109\n"
          "lucia.ferrer-olmos@usdoj.gov", font="DS"),
        P("Enclosures: Subpoena (AO 110); Attachment A; Certificate of Authenticity\n"
          "cc: SA Nadia Haddad, HSI Albuquerque (w/o encl.)", size=8.5, font="DS", sb=8),
    ]
    sub = [
        PB(),
        P("UNITED STATES DISTRICT COURT", size=13, font="DSB", align="C", sa=0),
        P("for the\nDistrict of New Mexico", size=10, font="DS", align="C", sa=8),
        P("SUBPOENA TO TESTIFY BEFORE A GRAND JURY", size=13, font="DSB", align="C", sa=8),
        P("To:  Custodian of Records, New Mexico Department of Workforce Solutions, 401 Broadway NE, "
          "Albuquerque, NM 87102", font="DS"),
        P("YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown "
          "below to testify before the court's grand jury. When you arrive, you must remain at the court until "
          "the judge or a court officer allows you to leave.", font="DSB", align="J", size=9.5),
        T([["Place: Pete V. Domenici U.S. Courthouse\n333 Lomas Blvd NW, Albuquerque, NM 87102",
            "Date and Time:\n06/24/2025 9:00 am"],
           ["", "Grand Jury Room No. 2"]], [4.5, 2.3], font="DS", size=9.5),
        SP(6),
        P("You must also bring with you the following documents, electronically stored information, or "
          "objects (blank if not applicable):", font="DS", size=9.5),
        P("SEE ATTACHMENT A", font="DSB", li=20),
        SP(8),
        T([["Date: 06/02/2025", "CLERK OF COURT\n\n/s/ M. Baca\nSignature of Clerk or Deputy Clerk"]],
          [3.4, 3.4], font="DS", grid=False, size=9.5),
        SP(10),
        P("The name, address, e-mail, and telephone number of the United States attorney, or assistant United "
          "States attorney, who requests this subpoena, are:", font="DS", size=9),
        P("Lucía M. Ferrer-Olmos, AUSA, 201 Third Street NW, Suite 900, Albuquerque, NM 87102, "
          "lucia.ferrer-olmos@usdoj.gov, (505) 555-0109", font="DS", size=9, li=20),
        PB(),
        P("ATTACHMENT A — Grand Jury Subpoena No. GJ 25-114", font="DSB", align="C", size=11),
        P("For the period January 1, 2022 through the date of this subpoena, produce all records in your "
          "possession relating to the following individuals:", font="DS", align="J"),
        T([["", "Name", "DOB", "SSN"],
           ["1.", "Rafael Ibarra-Quezada", "07/04/1982", "XXX-XX-6610"],
           ["2.", "Svetlana Igorevna Morozova", "11/19/1979", "XXX-XX-0387"]],
          [0.4, 3.0, 1.5, 1.9], font="DS", head=True),
        SP(6),
        P("including (a) quarterly wage detail reported by any employer, including Rio Grande Staffing "
          "Solutions LLC; (b) unemployment insurance claim files, applications and payment histories; and "
          "(c) employer registration and contribution records on which either individual is listed as an "
          "owner, officer or responsible person.", font="DS", align="J"),
        P("This attachment does not request records of any other employee of Rio Grande Staffing Solutions "
          "LLC, or of its registered agent, Gregory Paulsen.", font="DS", align="J"),
    ]
    wfile("bn09.pdf", build_pdf(cover + sub, footer=["", "AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury", ""],
                                footfont="DS"))
    write_expected(
        "bn09", "born_digital", "AUSA cover letter + AO 110 grand jury subpoena + Attachment A table",
        R("doj-usao", "United States Attorney's Office, District of New Mexico", "Lucía M. Ferrer-Olmos",
          "Assistant United States Attorney", "lucia.ferrer-olmos@usdoj.gov", "(505) 555-0109"),
        [S("Rafael Ibarra-Quezada", "1982-07-04", ("ssn_last4", "6610")),
         S("Svetlana Igorevna Morozova", "1979-11-19", ("ssn_last4", "0387"))],
        ["FRE 902", "FRCrP 6"],
        "grand_jury_subpoena", "AO 110", "criminal_investigation", ["wages", "employment", "claims"], "mail")


# =========================================================================== bn10
@doc
def bn10():
    sig = ("Gregory Nwosu\nSpecial Agent\nHomeland Security Investigations (HSI) Denver\n"
           "U.S. Immigration and Customs Enforcement\n5445 DTC Parkway, Greenwood Village, CO 80111\n"
           "Office: 720-555-0175 | Mobile: 720-555-0176\ngregory.nwosu@ice.dhs.gov")
    text = f"""Helen,

Sorry for the back and forth. Here it is in writing:

HSI case no. DN02CR25DN0017 - criminal investigation only, no civil/administrative
component. Alien smuggling, 8 U.S.C. 1324(a)(1)(A)(ii) (transporting) and
conspiracy, 18 U.S.C. 371. The AUSA on the case is Marisa Kline (D. Colo.).

Subjects (the driver and the coordinator):

  1. CÁRDENAS BERMÚDEZ, Edgar Ulises   DOB 3 Jan 1990
  2. OSPINA, Sandra Milena             DOB 22 Aug 1995   CO DL 16-044-2198

Requesting DL/ID photos, DL history, and all current and prior vehicle
registrations for both. Nothing is requested on the passengers; they are
material witnesses and we already have what we need on them.

Thanks again, and thanks to Dennis for signing off.

{sig}

From: Marchetti, Helen <helen.marchetti@state.co.us>
Sent: Monday, April 7, 2025 10:12 AM
To: Nwosu, Gregory <gregory.nwosu@ice.dhs.gov>
Cc: Otero, Dennis <dennis.otero@state.co.us>
Subject: RE: quick DMV question - Limon stop

Greg,

Happy to help but I need it in writing: case number, statute, and which
records. My supervisor Dennis Otero (cc'd) has to approve anything going to
DHS, and he will ask whether there is any civil immigration piece to it.

Helen Marchetti
Investigator, DMV Investigations Unit
Colorado Department of Revenue
303-555-0121

From: Nwosu, Gregory <gregory.nwosu@ice.dhs.gov>
Sent: Friday, April 4, 2025 4:40 PM
To: Marchetti, Helen <helen.marchetti@state.co.us>
Subject: quick DMV question - Limon stop

Helen, hope you're well. We picked up a smuggling load out of the I-70 stop
near Limon (Trooper Kyle Benavidez, CSP, made the stop). Can I get photos and
registrations on the driver and one other? Will send names Monday.

Greg
"""
    hsig = sig.replace("\n", "<br>")
    html = f"""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Helen,</p>
<p>Sorry for the back and forth. Here it is in writing:</p>
<p>HSI case no. <b>DN02CR25DN0017</b> &ndash; criminal investigation only, no civil/administrative component.
Alien smuggling, 8 U.S.C. 1324(a)(1)(A)(ii) (transporting) and conspiracy, 18 U.S.C. 371.
The AUSA on the case is Marisa Kline (D. Colo.).</p>
<p>Subjects (the driver and the coordinator):</p>
<ol>
<li>C&Aacute;RDENAS BERM&Uacute;DEZ, Edgar Ulises &ndash; DOB 3 Jan 1990</li>
<li>OSPINA, Sandra Milena &ndash; DOB 22 Aug 1995 &ndash; CO DL 16-044-2198</li>
</ol>
<p>Requesting DL/ID photos, DL history, and all current and prior vehicle registrations for both.
Nothing is requested on the passengers; they are material witnesses and we already have what we need on them.</p>
<p>Thanks again, and thanks to Dennis for signing off.</p>
<p style="color:#1F3864">{hsig}</p>
<hr>
<p><b>From:</b> Marchetti, Helen &lt;helen.marchetti@state.co.us&gt;<br><b>Sent:</b> Monday, April 7, 2025 10:12 AM<br>
<b>To:</b> Nwosu, Gregory<br><b>Cc:</b> Otero, Dennis<br><b>Subject:</b> RE: quick DMV question - Limon stop</p>
<p>Greg,</p><p>Happy to help but I need it in writing: case number, statute, and which records. My supervisor
Dennis Otero (cc'd) has to approve anything going to DHS, and he will ask whether there is any civil immigration
piece to it.</p><p>Helen Marchetti<br>Investigator, DMV Investigations Unit<br>Colorado Department of Revenue<br>303-555-0121</p>
<hr>
<p><b>From:</b> Nwosu, Gregory<br><b>Sent:</b> Friday, April 4, 2025 4:40 PM<br><b>To:</b> Marchetti, Helen<br>
<b>Subject:</b> quick DMV question - Limon stop</p>
<p>Helen, hope you're well. We picked up a smuggling load out of the I-70 stop near Limon (Trooper Kyle Benavidez,
CSP, made the stop). Can I get photos and registrations on the driver and one other? Will send names Monday.</p>
<p>Greg</p>
</body></html>"""
    m = mail([("From", "\"Nwosu, Gregory\" <gregory.nwosu@ice.dhs.gov>"),
              ("To", "\"Marchetti, Helen\" <helen.marchetti@state.co.us>"),
              ("Cc", "\"Otero, Dennis\" <dennis.otero@state.co.us>"),
              ("Subject", "RE: quick DMV question - Limon stop"),
              ("Date", "Mon, 07 Apr 2025 13:26:03 -0600"),
              ("Message-ID", "<bn10.DN02CR25@ice.dhs.gov>"),
              ("In-Reply-To", "<bn10.reply.HM@state.co.us>")], text=text, html=html)
    wfile("bn10.eml", eml_bytes(m, "bn10"))
    write_expected(
        "bn10", "eml", "HSI agent informal thread with DMV investigator and her supervisor; trooper and AUSA named",
        R("dhs-ice-hsi", "Homeland Security Investigations (HSI) Denver", "Gregory Nwosu", "Special Agent",
          "gregory.nwosu@ice.dhs.gov", "720-555-0175"),
        [S("Edgar Ulises Cárdenas Bermúdez", "1990-01-03"),
         S("Sandra Milena Ospina", "1995-08-22", ("license", "160442198"))],
        ["8 USC 1324", "18 USC 371"],
        "none", None, "criminal_investigation", ["photo", "license", "vehicle"], "email")


# =========================================================================== bn11
@doc
def bn11():
    cover = letterhead(["U.S. Department of Homeland Security",
                        "U.S. Immigration and Customs Enforcement · Enforcement and Removal Operations",
                        "Denver Field Office · 12445 E. Caley Avenue · Centennial, CO 80111"], size=12)
    cover += [
        P("14 January 2025", align="R"),
        P("Colorado Department of Corrections\nOffice of Offender Services — Time & Release Operations\n"
          "2862 South Circle Drive\nColorado Springs, CO 80906"),
        P("Subject:  HUSSEIN, Abdirahman Ali\n"
          "                 CDOC # 201558    A# 204 883 106    DOB: 14 Sep 1988", font="DVB", sb=4),
        P("To Whom It May Concern:", sb=4),
        P("The above-named inmate is subject to a final order of removal. A copy of the executed Warrant of "
          "Removal/Deportation (Form I-205) is attached. Pursuant to section 241 of the Immigration and "
          "Nationality Act (8 U.S.C. § 1231), ERO is arranging the subject's removal upon completion of his "
          "state sentence.", align="J"),
        P("To complete travel-document processing, ERO requests copies of the subject's most recent booking "
          "photograph, his fingerprint card, and his projected mandatory release and parole eligibility dates.",
          align="J"),
        P("Please direct the records to SDDO Patricia Wojcik at (303) 555-0127 or by mail to the address above. "
          "Your facility liaison, Sgt. Dana Whitfield, has been advised of this request.", align="J"),
        P("Sincerely,", sb=6), SP(18),
        P("Jeremy A. Castellanos\nActing Assistant Field Office Director\nDenver Field Office\n(303) 555-0125"),
        P("Attachment: Form I-205 (2 pp.)\ncc: SDDO P. Wojcik; Sgt. D. Whitfield, CDOC", size=8.5, sb=8),
    ]
    w = [
        PB(),
        T([["U.S. Department of Homeland Security", "Warrant of Removal/Deportation"]], [3.4, 3.4], size=11,
          font="DVB", grid=False),
        HR(1.5),
        T([["", "File No: A204 883 106"], ["", "Date: December 19, 2024"]], [3.8, 3.0], grid=False, size=9.5),
        P("To any immigration officer of the United States Department of Homeland Security:", font="DVB", sb=6),
        T([["Abdirahman Ali HUSSEIN"], ["(Full name of alien)"]], [6.8], grid=False, size=9.5),
        P("who entered the United States at Minneapolis, Minnesota on or about March 2, 2006 (Place of entry) "
          "(Date of entry) is subject to removal/deportation from the United States, based upon a final order by:",
          size=9.5, align="J"),
        P("☒ an immigration judge in exclusion, deportation, or removal proceedings\n"
          "☐ a designated official\n☐ the Board of Immigration Appeals\n"
          "☐ a United States District or Magistrate Court Judge", size=9.5, li=18),
        P("and pursuant to the following provisions of the Immigration and Nationality Act:", size=9.5),
        P("Section 237(a)(2)(A)(iii) of the Immigration and Nationality Act, as amended", size=9.5, li=18,
          font="DVB"),
        P("I, the undersigned officer of the United States, by virtue of the power and authority vested in the "
          "Secretary of Homeland Security under the laws of the United States and by his or her direction, "
          "command you to take into custody and remove from the United States the above-named alien, pursuant "
          "to law, at the expense of: the appropriation \"Enforcement and Removal Operations\".", size=9.5,
          align="J"),
        SP(10),
        T([["", "/s/ John R. Mallory\n(Signature of immigration officer)"],
           ["", "Field Office Director\n(Title of immigration officer)"],
           ["", "Centennial, Colorado — December 19, 2024\n(Date and office location)"]],
          [3.2, 3.6], grid=False, size=9),
        PB(),
        P("To be completed by immigration officer executing the warrant:", font="DVB", size=9.5),
        P("Name of alien being removed: ______________________________\n"
          "Port, date, and manner of removal: ______________________________", size=9.5, sb=4),
        T([["Photograph of alien removed", "Right index fingerprint of alien removed"]], [3.4, 3.4], size=9),
        T([["\n\n\n\n\n\n\n", "\n\n\n\n\n\n\n"]], [3.4, 3.4], size=9),
        P("Signature of alien being fingerprinted: ____________________", size=9.5, sb=6),
        P("Signature and title of immigration officer taking print: ____________________", size=9.5),
        P("Departure witnessed by: ____________________  If actual departure is not witnessed, fully identify "
          "source or means of verification of departure: ____________________", size=9.5),
    ]
    pdf = build_pdf(cover + w, footer=["", "Form I-205 (Rev. 08/01/07)", "Form I-205 (Rev. 08/01/07) Page 2"])
    imgs = degrade_scan(raster(pdf, "bn11"), 1111, turn={2: 90, 3: 180})
    save_image_pdf(imgs, os.path.join(OUT, "bn11.pdf"))
    write_expected(
        "bn11", "scanned", "ERO acting AFOD letter to corrections + I-205 warrant of removal (page 2 sideways, page 3 upside down)",
        R("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, Denver Field Office",
          "Jeremy A. Castellanos", "Acting Assistant Field Office Director", None, "(303) 555-0125"),
        [S("Abdirahman Ali Hussein", "1988-09-14", ("a_number", "A204883106"), ("other", "201558"))],
        ["INA 241", "8 USC 1231", "INA 237"],
        "administrative_warrant", "I-205", "civil_immigration", ["photo", "other"], "mail")


# =========================================================================== bn12
@doc
def bn12():
    cover = letterhead(["OFFICE OF THE DISTRICT ATTORNEY",
                        "FIRST JUDICIAL DISTRICT · JEFFERSON AND GILPIN COUNTIES",
                        "500 Jefferson County Parkway · Golden, Colorado 80401 · 303-555-0110"], font="DSB", size=13)
    cover += [
        P("October 8, 2024", font="DS"),
        P("Custodian of Records\nColorado Department of Labor and Employment\nUnemployment Insurance Division\n"
          "P.O. Box 8789\nDenver, CO 80201", font="DS"),
        P("RE:  People v. Kateryna Shevchuk and Anton Melnyk, Jefferson County Case No. 24CR2217\n"
          "        Subpoena Duces Tecum", font="DSB", sb=4),
        P("Dear Custodian:", font="DS", sb=4),
        P("Please find enclosed a subpoena duces tecum issued in the above criminal case. The records may be "
          "produced in lieu of appearance, together with a records custodian affidavit sufficient under "
          "C.R.E. 902(11), to DA Investigator Ray Fujimoto at the address above no later than the date "
          "stated on the subpoena.", font="DS", align="J"),
        P("The defendants are charged with theft and identity theft arising from a payroll scheme at Evergreen "
          "Family Dental, whose owner, Dr. Alan Prescott, is the named victim. Records of other employees of "
          "the victim business are not requested.", font="DS", align="J"),
        P("Thank you for your cooperation.", font="DS"),
        P("Sincerely,", font="DS", sb=6), SP(18),
        P("Nicole F. Brandvold, #48812\nDeputy District Attorney\nnbrandvold@jeffco.us | 303-555-0113", font="DS"),
        P("cc: Inv. Ray Fujimoto, DA Investigations; defense counsel of record", font="DS", size=8.5,
          sb=8),
    ]
    sdt = [
        PB(),
        T([["DISTRICT COURT, JEFFERSON COUNTY, COLORADO\nCourt Address: 100 Jefferson County Parkway\n"
            "Golden, CO 80401", ""],
           ["THE PEOPLE OF THE STATE OF COLORADO,\n\nv.\n\nDefendants: KATERYNA IVANIVNA SHEVCHUK and ANTON MELNYK",
            "\n▲ COURT USE ONLY ▲"],
           ["Attorney: Nicole F. Brandvold, #48812, Deputy District Attorney\n500 Jefferson County Parkway, Golden, "
            "CO 80401\nPhone: 303-555-0113   E-mail: nbrandvold@jeffco.us",
            "Case Number: 24CR2217\n\nDivision: 11   Courtroom: 4C"],
           ["SUBPOENA DUCES TECUM (Crim. P. 17)", ""]],
          [4.6, 2.2], size=9, font="DS", spans=[((0, 0), (1, 0)), ((0, 3), (1, 3))]),
        SP(8),
        P("TO:  Custodian of Records, Colorado Department of Labor and Employment, Unemployment Insurance Division",
          font="DSB"),
        P("YOU ARE COMMANDED to appear and to bring with you the records described below, in the District Court "
          "for Jefferson County, at the address above, on November 4, 2024 at 8:30 a.m., to testify in the above "
          "entitled action on behalf of the People. In lieu of appearance, the records may be delivered with a "
          "custodian's affidavit to the attorney named above.", font="DS", align="J"),
        P("RECORDS TO BE PRODUCED:", font="DSB"),
        P("All quarterly wage records, employer names and addresses, and unemployment insurance claim files, "
          "January 1, 2022 to present, for:\n"
          "   (1) Kateryna I. Shevchuk, DOB 05/02/1985\n"
          "   (2) Anton Melnyk, DOB 12/26/1983", font="DS", li=10),
        P("The defendants are charged with Theft, C.R.S. § 18-4-401, and Identity Theft, C.R.S. § 18-5-902.",
          font="DS", align="J"),
        P("Failure to obey this subpoena without adequate excuse may be deemed a contempt of the court from "
          "which the subpoena issued.", font="DS", size=9, align="J"),
        SP(6),
        T([["Date: October 7, 2024", "Clerk of Court\n\nBy: /s/ J. Montoya\nDeputy Clerk"]], [3.4, 3.4],
          grid=False, font="DS"),
        SP(10),
        P("RETURN OF SERVICE", font="DSB", align="C", size=9),
        P("I declare under oath that I served this subpoena on ____________________ at ______________ on "
          "_________ by ____________________.   Signature: ______________________", font="DS", size=8.5),
    ]
    wfile("bn12.pdf", build_pdf(cover + sdt, footfont="DS",
                                footer=["", "Subpoena Duces Tecum (Crim. P. 17) — People v. Shevchuk, et al., 24CR2217"]))
    write_expected(
        "bn12", "born_digital", "Colorado DA cover letter + criminal-case subpoena duces tecum caption with two defendants",
        R("district-attorney", "Office of the District Attorney, First Judicial District", "Nicole F. Brandvold",
          "Deputy District Attorney", "nbrandvold@jeffco.us", "303-555-0113"),
        [S("Kateryna Ivanivna Shevchuk", "1985-05-02"), S("Anton Melnyk", "1983-12-26")],
        ["CO CRE 902", "CO CrimP 17", "CRS 18-4-401", "CRS 18-5-902"],
        "court_subpoena", None, "criminal_investigation", ["wages", "employment", "claims"], "mail")


# =========================================================================== bn13
@doc
def bn13():
    txt = """Subject: FW: Agg Robbery - APD Case 2025-00318842 - need DL photo + address
Date: Mon, 7 Apr 2025 08:02:55 -0600
From: Jenna Kowalski <jenna.kowalski@state.co.us>
To: DMV Law Enforcement Requests <dor_le_requests@state.co.us>

FYI - forwarding for logging. He called the front desk too. I told him it
would go through the LE request queue.

Jenna Kowalski
Customer Service Lead, DMV Records Intake

---------- Forwarded message ----------
From: O'Rourke, Kevin <korourke@auroragov.org>
Date: Fri, Apr 4, 2025 at 6:47 PM
Subject: Agg Robbery - APD Case 2025-00318842 - need DL photo + address
To: <dmv_records@state.co.us>
Cc: Lt. Sharon Mbeki <smbeki@auroragov.org>

To whom it may concern at DMV,

On 04/02/2025 at about 2215 hrs the Shell station at 1500 S. Havana St was
robbed at gunpoint (Aggravated Robbery, C.R.S. 18-4-302). The clerk, Anjali
Mehta, was pistol-whipped. A witness, Terrence Boyd, got a partial plate on
the getaway car, which comes back registered to Gloria Ruiz-Padilla - she is
the mother of one of our suspects. I already have her registration from
CCIC, so I am NOT asking for anything on her.

I'm requesting the current DL photo, last known address and any vehicles
registered to the two suspects:

   RUIZ-PADILLA, Mateo Andrés     DOB 1999-10-08    CO DL 19-331-0874
   DORSEY, Jaylen                 DOB 2001-03-14    (no CO DL found in CCIC)

I'd like to put together photo lineups for the clerk and the witness early
next week. My lieutenant (cc'd) approved this request. Please send to me at
this email or call my desk.

Thank you,

Det. Sgt. Kevin O'Rourke #1762
Aurora Police Department | Robbery Unit
15001 E. Alameda Pkwy, Aurora, CO 80012
Desk 303-555-0191 | korourke@auroragov.org

This e-mail may contain criminal justice information. If you are not the
intended recipient, please delete it and notify the sender.
"""
    wfile("bn13.txt", txt)
    write_expected(
        "bn13", "txt", "plain-text forward by DMV intake of a municipal robbery detective's email; victim, witness and suspect's mother named",
        R("local-police", "Aurora Police Department", "Kevin O'Rourke", "Detective Sergeant",
          "korourke@auroragov.org", "303-555-0191"),
        [S("Mateo Andrés Ruiz-Padilla", "1999-10-08", ("license", "193310874")),
         S("Jaylen Dorsey", "2001-03-14")],
        ["CRS 18-4-302"],
        "none", None, "criminal_investigation", ["photo", "address", "vehicle"], "email")


# =========================================================================== bn14
@doc
def bn14():
    cover = [
        P("MULTNOMAH COUNTY DISTRICT ATTORNEY", size=16, font="DSB", align="C", sa=0),
        P("1200 SW First Avenue, Suite 5200 · Portland, Oregon 97204", size=9, align="C", font="DS"),
        HR(1.5),
        P("FACSIMILE COVER SHEET", size=14, font="DVB", align="C", sa=10),
        T([["TO:", "Hanna Bjornstad, Records Custodian", "FROM:", "Omar S. Haddad, DDA"],
           ["AGENCY:", "Oregon Department of Human Services\nOffice of Program Integrity", "UNIT:",
            "Economic Crimes Unit"],
           ["FAX:", "(503) 555-0172", "FAX:", "(503) 555-0148"],
           ["PHONE:", "(503) 555-0171", "PHONE:", "(503) 555-0147"],
           ["DATE:", "9 July 2025", "PAGES:", "3 including cover"]],
          [0.9, 2.6, 0.8, 2.5], size=10, grid=False),
        HR(1),
        P("RE: State v. Nieves Acuña & Sorokina, Multnomah County Circuit Court No. 24CR55310", font="DVB", sb=6),
        P("Ms. Bjornstad — attached is the signed Order for Production of Confidential Records. Please deliver "
          "the records to our investigator, Laurie Chen (laurie.chen@mcda.us, 503-555-0149), by July 25. "
          "Email for me: omar.haddad@mcda.us.", sb=6, align="J"),
        SP(210),
        P("NOTICE: This facsimile may contain confidential information protected by ORS 411.320 and other law. "
          "If you are not the intended recipient, do not read, copy or distribute it; call us at (503) 555-0147.",
          size=8.5, align="J"),
    ]
    order = [
        PB(),
        P("IN THE CIRCUIT COURT OF THE STATE OF OREGON\nFOR THE COUNTY OF MULTNOMAH", size=12, font="DSB",
          align="C", sa=10),
        T([["STATE OF OREGON,\n          Plaintiff,\n     v.\nROBERTO CARLOS NIEVES ACUÑA, and\nYULIYA SOROKINA,\n"
            "          Defendants.",
            "Case No. 24CR55310\n\nORDER FOR PRODUCTION OF CONFIDENTIAL RECORDS\n(ODHS — Self-Sufficiency "
            "Programs)"]], [3.6, 3.2], font="DS", size=10, grid=False),
        HR(0.8),
        P("THIS MATTER came before the Court on the State's motion, pursuant to ORS 136.580, for an order "
          "directing the Oregon Department of Human Services (ODHS) to produce records otherwise confidential "
          "under ORS 411.320. The defendants are charged with Theft in the First Degree, ORS 164.055, and "
          "Public Assistance Fraud, ORS 411.630. The Court, having reviewed the motion and the supporting "
          "declaration of Deputy District Attorney Omar S. Haddad, finds that the records are material to the "
          "prosecution and that the interests of justice require their production.", font="DS", align="J",
          lead=15),
        P("IT IS HEREBY ORDERED that ODHS shall produce to the Multnomah County District Attorney's Office, "
          "within fifteen (15) days of service of this Order, the following records for the period January 1, "
          "2021 to the present:", font="DS", align="J", lead=15),
        P("(a) all applications, interim change reports and recertifications for SNAP and TANF benefits "
          "submitted by or on behalf of ROBERTO CARLOS NIEVES ACUÑA (DOB Oct. 3, 1978) or YULIYA SOROKINA "
          "(DOB June 15, 1981);\n(b) benefit issuance histories for any case on which either defendant is "
          "listed;\n(c) all addresses reported for either defendant.", font="DS", li=18, lead=15),
        P("IT IS FURTHER ORDERED that the records shall be used only for purposes of this prosecution and "
          "shall not be further disclosed except as required by law or further order of this Court.",
          font="DS", align="J", lead=15),
        PB(),
        P("Page 2 — ORDER FOR PRODUCTION OF CONFIDENTIAL RECORDS — 24CR55310", font="DS", size=8.5),
        P("DATED this 8th day of July, 2025.", font="DS", sb=20), SP(30),
        T([["", "/s/ Marianne K. Lindahl\n_____________________________\nMarianne K. Lindahl\nCircuit Court Judge"]],
          [3.2, 3.6], grid=False, font="DS"),
        SP(40),
        P("Submitted by:\nOmar S. Haddad, OSB #104417\nDeputy District Attorney\nAttorney for Plaintiff",
          font="DS", size=9),
    ]
    pdf = build_pdf(cover + order)
    fax_tiff(raster(pdf, "bn14"), os.path.join(OUT, "bn14.tif"), 1414,
             lambda p, n: f"JUL-09-2025 WED 11:18 AM  MCDA ECON CRIMES   FAX NO. 5035550148   P. {p:02d}")
    write_expected(
        "bn14", "fax", "DA fax cover sheet + Oregon circuit court order for production of public-assistance records",
        R("district-attorney", "Multnomah County District Attorney", "Omar S. Haddad", "Deputy District Attorney",
          "omar.haddad@mcda.us", "(503) 555-0147"),
        [S("Roberto Carlos Nieves Acuña", "1978-10-03"), S("Yuliya Sorokina", "1981-06-15")],
        ["ORS 411.320", "ORS 136.580", "ORS 164.055", "ORS 411.630"],
        "court_order", None, "criminal_investigation", ["benefits", "address", "other"], "fax")


# =========================================================================== bn15
@doc
def bn15():
    txt = """From: Driver License Division LE Portal <noreply-dldportal@utah.gov>
To: DLD Records Unit <dld_records@utah.gov>
Date: Tue, 17 Jun 2025 22:41:07 -0600
Subject: [LE Portal] New request LER-2025-004471 submitted

A new law enforcement records request has been submitted through the
Driver License Division Law Enforcement Portal. Do not reply to this
message. Review the request in the portal queue.

==================== REQUEST LER-2025-004471 ====================
Submitted:            06/17/2025 22:40 MDT
Requesting agency:    Utah Highway Patrol - Section 9 (Cedar City)
Agency ORI:           UT0110400
Requesting officer:   Strand, Caleb J.
Rank / title:         Trooper
Badge / ID:           1142
Officer email:        cstrand@utah.gov
Officer phone:        801-555-0122
Supervisor:           Sgt. Whitney Albrecht
Supervisor phone:     801-555-0124

--- Subject 1 of 1 ---
Last name:            Đỗ
First name:           Minh Khoa
Middle name:
Date of birth:        1997-04-30
Utah DL/ID #:         182004917
Other identifiers:

--- Request ---
Records requested:    [X] Current address   [X] DL photo
                      [ ] Driving record     [ ] Vehicle registrations
                      [ ] Other:
Reason for request:   Attempt to locate - official business
Case / incident #:
Reporting party:      Huong Do (mother) - records NOT requested
Emergency contact on subject file requested?   No

--- Certification ---
[X] I certify that this request is made in the course of my official
    duties and is permitted under the Driver's Privacy Protection Act,
    18 U.S.C. 2721(b)(1), and Utah Code Ann. 53-3-109.
Electronic signature: Caleb J. Strand  06/17/2025 22:40
==================================================================
"""
    wfile("bn15.txt", txt)
    write_expected(
        "bn15", "txt", "state DL division portal notification: trooper attempt-to-locate, reason vague, reporting party named",
        R("state-police", "Utah Highway Patrol - Section 9 (Cedar City)", "Caleb J. Strand", "Trooper",
          "cstrand@utah.gov", "801-555-0122"),
        [S("Minh Khoa Đỗ", "1997-04-30", ("license", "182004917"))],
        ["18 USC 2721", "UCA 53-3-109"],
        "none", None, "unknown", ["address", "photo"], "email")


# =========================================================================== bn16
@doc
def bn16():
    cover = letterhead(["U.S. Department of Justice", "Drug Enforcement Administration",
                        "Phoenix Field Division · 3010 N. 2nd Street, Suite 301 · Phoenix, Arizona 85012"],
                       font="DVB", size=12)
    cover += [
        P("August 12, 2025"),
        P("Custodian of Records\nArizona Department of Transportation, Motor Vehicle Division\n"
          "Records Services — Law Enforcement Liaison\n1801 W. Jefferson Street, MD 530M\nPhoenix, AZ 85007"),
        P("Re: DEA Case No. R3-24-0157 — Administrative Subpoena No. PX-25-1193", font="DVB", sb=4),
        P("Dear Sir or Madam:", sb=4),
        P("The Drug Enforcement Administration is investigating violations of Title 21, United States Code, "
          "Sections 841(a)(1) and 846 (distribution of fentanyl and conspiracy). Enclosed is a DEA subpoena "
          "for driver license and vehicle records of the two individuals identified in the attachment. "
          "Task Force Officer Luis Ybarra (Phoenix Police Department) will collect the records, or they may "
          "be emailed to me.", align="J"),
        P("Your prior point of contact for our requests, Ms. Denise Harlan, advised us that production by "
          "secure email is acceptable. Thank you for your continued assistance.", align="J"),
        P("Sincerely,", sb=6), SP(18),
        P("Christopher M. Vandyke\nSpecial Agent, Enforcement Group 3\n(602) 555-0161\n"
          "christopher.m.vandyke@dea.gov"),
    ]
    sub = [
        PB(),
        T([["U.S. Department of Justice\nDrug Enforcement Administration", "SUBPOENA\n\nNo. PX-25-1193"]],
          [4.3, 2.5], size=11, font="DVB", box=True, grid=False),
        SP(6),
        T([["TO: Custodian of Records\nArizona Department of Transportation, Motor Vehicle Division\n"
            "1801 W. Jefferson Street, Phoenix, AZ 85007",
            "In the matter of:\nDEA File R3-24-0157"]], [4.3, 2.5], size=9.5),
        SP(8),
        P("By the service of this subpoena upon you, YOU ARE HEREBY REQUIRED TO APPEAR BEFORE Special Agent "
          "Christopher M. Vandyke, an officer of the Drug Enforcement Administration, at 3010 N. 2nd Street, "
          "Suite 301, Phoenix, Arizona, on the 2nd day of September, 2025, at 10:00 a.m., to testify and give "
          "information relating to an investigation being conducted pursuant to the Controlled Substances Act, "
          "21 U.S.C. 801 et seq.", size=9.5, align="J"),
        P("You are further required to bring with you and produce the following books, records, papers and "
          "documents: SEE ATTACHMENT. Delivery of true copies of the records to the undersigned on or before "
          "the date above will be accepted in lieu of appearance.", size=9.5, align="J"),
        P("Failure to comply with the requirements of this subpoena will render you liable to proceedings in the "
          "U.S. District Court to enforce obedience to the requirements of this subpoena, and to punish default "
          "or disobedience.", size=9.5, align="J", font="DVB"),
        P("Issued under authority of Sec. 506 of Public Law 91-513 (21 U.S.C. 876).", size=9.5),
        SP(6),
        T([["Signature: /s/ Christopher M. Vandyke", "Title: Special Agent"],
           ["Date: August 12, 2025", "Telephone: (602) 555-0161"]], [3.4, 3.4], size=9.5),
        SP(12),
        P("ATTACHMENT TO SUBPOENA PX-25-1193", font="DVB", align="C"),
        P("Produce for each person below: all driver license and identification card records, including "
          "applications, photographs and address history; and all vehicle registration and title records "
          "for vehicles currently or previously registered to the person, January 2022 to present.",
          size=9.5, align="J"),
        T([["#", "Name", "DOB", "AZ DL/ID"],
           ["1", "ARMENTA SALAZAR, Jesús Omar", "02/11/1991", "D08823164"],
           ["2", "FOUST, Kimberly Ann", "June 9, 1987", "—"]], [0.4, 3.1, 1.4, 1.9], head=True, size=9.5),
        SP(6),
        P("Records relating to vehicles registered to businesses, or to any other person, are not requested.",
          size=9),
    ]
    wfile("bn16.pdf", build_pdf(cover + sub, footer=["", "DEA subpoena PX-25-1193 — Page 1 of 1 — Law Enforcement Sensitive"]))
    write_expected(
        "bn16", "born_digital", "DEA agent cover letter + DEA 21 USC 876 subpoena with district-court enforcement clause and attachment table",
        R("doj-dea", "Drug Enforcement Administration, Phoenix Field Division", "Christopher M. Vandyke",
          "Special Agent", "christopher.m.vandyke@dea.gov", "(602) 555-0161"),
        [S("Jesús Omar Armenta Salazar", "1991-02-11", ("license", "D08823164")),
         S("Kimberly Ann Foust", "1987-06-09")],
        ["21 USC 841", "21 USC 846", "21 USC 801", "PL 91-513", "21 USC 876"],
        "administrative_subpoena", None, "criminal_investigation", ["license", "photo", "address", "vehicle"], "mail")


# =========================================================================== bn17
@doc
def bn17():
    w = [
        T([["U.S. Department of Homeland Security", "Warrant for Arrest of Alien"]], [3.4, 3.4], size=12,
          font="DVB", grid=False),
        HR(1.5),
        T([["", "File No. A216 338 051"], ["", "Date: 05/06/2025"]], [4.0, 2.8], grid=False, size=10),
        P("To:  Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and "
          "Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest "
          "for immigration violations", size=10, align="J", sb=6),
        P("I have determined that there is probable cause to believe that", size=10),
        P("GUZMÁN PINEDA, Oswaldo Efraín", size=11, font="DVB", li=30),
        P("is removable from the United States. This determination is based upon:", size=10),
        P("☐ the execution of a charging document to initiate removal proceedings against the subject;\n"
          "☐ the pendency of ongoing removal proceedings against the subject;\n"
          "☒ the failure to establish admissibility subsequent to deferred inspection;\n"
          "☒ biometric confirmation of the subject's identity and a records check of federal databases that "
          "affirmatively indicate, by themselves or in addition to other reliable information, that the subject "
          "either lacks immigration status or notwithstanding such status is removable under U.S. immigration "
          "law; and/or\n"
          "☐ statements made voluntarily by the subject to an immigration officer and/or other reliable evidence "
          "that affirmatively indicate the subject either lacks immigration status or notwithstanding such "
          "status is removable under U.S. immigration law.", size=9.5, li=14, align="J"),
        P("YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and "
          "Nationality Act, the above-named alien.", size=10, font="DVB", sb=4),
        SP(8),
        T([["", "/s/ Teresa Aldana\n(Signature of Authorized Immigration Officer)"],
           ["", "Teresa Aldana, Supervisory Detention and Deportation Officer\n"
                "(Printed Name and Title of Authorized Immigration Officer)"]], [2.8, 4.0], grid=False, size=9.5),
        SP(10), HR(0.8),
        P("Certificate of Service", size=10, font="DVB", align="C"),
        P("I hereby certify that the Warrant for Arrest of Alien was served by me at ____________ (Location) on "
          "________________ on ____________ (Date of Service), and the contents of this notice were read to "
          "him or her in the ____________ language.", size=9.5, align="J"),
        T([["Name and Signature of Officer", "Name or Number of Interpreter (if applicable)"]], [3.4, 3.4],
          size=9),
    ]
    pdf = build_pdf(w, footer="Form I-200 (Rev. 09/16)")
    img = raster(pdf, "bn17", dpi=150)[0]
    img = img.rotate(-0.8, resample=Image.BICUBIC, fillcolor=255)
    png = png_bytes(img.point(lambda v: 255 if v > 170 else 0), "1")
    body = """Good morning,

ERO Denver is attempting to locate the individual below, who is the subject of
the attached Warrant for Arrest of Alien (Form I-200). Requesting the most
recent residential address on file, the DL photo, and any vehicles
registered to him. This information is requested for official purposes
pursuant to 8 U.S.C. 1357.

   Name:    GUZMAN PINEDA, Oswaldo Efrain
   DOB:     05/27/1983
   A#:      216-338-051
   CO DL:   21-557-0394

Please send responsive records to me by reply. My supervisor, SDDO Teresa
Aldana (cc'd), signed the warrant and can answer any questions about it.

Respectfully,

Ryan P. Holcomb
Deportation Officer
Fugitive Operations Team 2
ICE ERO Denver
Desk (720) 555-0147
ryan.holcomb@ice.dhs.gov

LAW ENFORCEMENT SENSITIVE: This communication and any attachments may contain
sensitive but unclassified information. Do not distribute outside your agency
without the sender's permission.
"""
    m = mail([("From", "\"Holcomb, Ryan P\" <ryan.holcomb@ice.dhs.gov>"),
              ("To", "dmv_records@state.co.us"),
              ("Cc", "\"Aldana, Teresa\" <teresa.aldana@ice.dhs.gov>"),
              ("Subject", "Request for DMV info - I-200 attached - GUZMAN PINEDA"),
              ("Date", "Thu, 08 May 2025 07:58:30 -0600"),
              ("Message-ID", "<bn17.FOT2.0508@ice.dhs.gov>")], text=body)
    m.add_attachment(png, maintype="image", subtype="png", filename="I200_GUZMAN_PINEDA_scan.png")
    wfile("bn17.eml", eml_bytes(m, "bn17"))
    write_expected(
        "bn17", "eml", "ERO fugitive-ops email with I-200 administrative arrest warrant attached as a PNG image",
        R("dhs-ice-ero", "ICE ERO Denver", "Ryan P. Holcomb", "Deportation Officer", "ryan.holcomb@ice.dhs.gov",
          "(720) 555-0147"),
        [S("Oswaldo Efraín Guzmán Pineda", "1983-05-27", ("a_number", "A216338051"), ("license", "215570394"))],
        ["8 USC 1357", "INA 236", "INA 287", "8 CFR 287"],
        "administrative_warrant", "I-200", "civil_immigration", ["address", "photo", "vehicle"], "email")


# =========================================================================== bn18
@doc
def bn18():
    cover = letterhead(["OFFICE OF THE DISTRICT ATTORNEY — TENTH JUDICIAL DISTRICT",
                        "Pueblo County Judicial Building · 701 Court Street, Suite 200 · Pueblo, Colorado 81003",
                        "Telephone (719) 555-0140 · Facsimile (719) 555-0149"], font="DSB", size=12)
    cover += [
        P("5 May 2025", font="DS", align="R"),
        P("Records Custodian\nColorado Department of Human Services\nOffice of Economic Security — "
          "Food and Energy Assistance\n1575 Sherman Street\nDenver, CO 80203", font="DS"),
        P("Re:  2025 Pueblo County Grand Jury — Subpoena Duces Tecum No. 25GJ1-017", font="DSB", sb=4),
        P("Dear Records Custodian:", font="DS", sb=4),
        P("Enclosed please find a subpoena to produce documents before the 2025 Pueblo County Grand Jury. "
          "The subpoena concerns two adults in a single SNAP and LEAP household. The minor children in the "
          "household are listed on the benefit case, but no records are sought about them individually.",
          font="DS", align="J"),
        P("Grand jury proceedings are secret. Please do not disclose the subpoena to the persons named. You "
          "may comply by delivering the records, with a custodian's certification, to DA Investigator Frank "
          "Lucero at the address above before the return date.", font="DS", align="J"),
        P("Respectfully,", font="DS", sb=6), SP(18),
        P("Vanessa L. Ortiz-Whitman\nChief Deputy District Attorney\nvortiz-whitman@da10.state.co.us\n(719) 555-0144",
          font="DS"),
        P("cc: Inv. Frank Lucero\nEnclosure", font="DS", size=8.5, sb=8),
    ]
    sub = [
        PB(),
        T([["DISTRICT COURT, PUEBLO COUNTY, STATE OF COLORADO\n501 North Elizabeth Street, Pueblo, CO 81003", ""],
           ["IN THE MATTER OF THE 2025 PUEBLO COUNTY GRAND JURY", "▲ COURT USE ONLY ▲\n\nGrand Jury No. 25GJ1\n"
            "Subpoena No. 017"]], [4.5, 2.3], font="DS", size=9.5, spans=[((0, 0), (1, 0))]),
        SP(10),
        P("SUBPOENA TO PRODUCE DOCUMENTS BEFORE THE GRAND JURY", size=13, font="DSB", align="C", sa=8),
        P("THE PEOPLE OF THE STATE OF COLORADO, to: Records Custodian, Colorado Department of Human Services, "
          "Office of Economic Security", font="DS", align="J"),
        P("YOU ARE COMMANDED, pursuant to C.R.S. § 16-5-204 and Crim. P. 6, to appear before the 2025 Pueblo "
          "County Grand Jury at the Pueblo County Judicial Building, 501 North Elizabeth Street, Room 310, on "
          "May 28, 2025 at 9:00 a.m., and to bring with you the following documents:", font="DS", align="J"),
        P("All applications, redetermination forms, reported income and employer information, address history, "
          "benefit issuance history and EBT transaction history from January 1, 2022 to the present for the "
          "SNAP and LEAP case(s) of:", font="DS", li=16, align="J"),
        T([["HASKINS, Darnell Lee", "DOB: 03/15/1986", "Head of household"],
           ["HASKINS, Chantelle Marie", "DOB: 10/28/1988", "Co-applicant"]], [2.6, 1.8, 2.0], font="DS",
          grid=False),
        SP(6),
        P("The records are sought in connection with an investigation of possible violations of C.R.S. "
          "§ 26-1-127 (fraudulent acts) and related offenses.", font="DS", align="J"),
        P("Failure to obey this subpoena without adequate excuse may be deemed a contempt of court.",
          font="DS", size=9),
        SP(8),
        T([["Requested by:\nVanessa L. Ortiz-Whitman, #33107\nChief Deputy District Attorney",
            "Issued: May 2, 2025\n\nCLERK OF THE DISTRICT COURT\nBy: /s/ R. Gallegos, Deputy Clerk"]],
          [3.4, 3.4], grid=False, font="DS", size=9.5),
    ]
    pdf = build_pdf(cover + sub, footfont="DS", footer=["", "Grand Jury Subpoena — 25GJ1-017 — Page 1 of 1"])
    imgs = degrade_scan(raster(pdf, "bn18"), 1818, turn={1: 270})
    save_image_pdf(imgs, os.path.join(OUT, "bn18.pdf"))
    write_expected(
        "bn18", "scanned", "DA cover letter + Colorado county grand jury subpoena duces tecum; household co-applicant also a subject (page 1 sideways)",
        R("district-attorney", "Office of the District Attorney — Tenth Judicial District", "Vanessa L. Ortiz-Whitman",
          "Chief Deputy District Attorney", "vortiz-whitman@da10.state.co.us", "(719) 555-0144"),
        [S("Darnell Lee Haskins", "1986-03-15"), S("Chantelle Marie Haskins", "1988-10-28")],
        ["CRS 16-5-204", "CO CrimP 6", "CRS 26-1-127"],
        "grand_jury_subpoena", None, "criminal_investigation", ["benefits", "address", "employment", "other"], "mail")


# =========================================================================== bn19
@doc
def bn19():
    f = [
        T([["UNITED STATES POSTAL INSPECTION SERVICE", "CHICAGO DIVISION\n433 W. Harrison Street, Room 50190\n"
            "Chicago, IL 60699-0001"]], [4.2, 2.6], size=10, font="DVB", grid=False),
        HR(2),
        P("May 7, 2025"),
        P("Ms. Gwendolyn Marsh, Records Coordinator\nIllinois Department of Employment Security\n"
          "Legal Division — Subpoena and Records Unit\n33 South State Street, 9th Floor\nChicago, IL 60603"),
        P("Re: USPIS Case No. 4112-1877245-MT(1) — Request for Employment and Wage Information", font="DVB"),
        P("Dear Ms. Marsh:"),
        P("The U.S. Postal Inspection Service is investigating a series of thefts of mail from blue collection "
          "boxes and residential mailboxes in Naperville and Aurora, Illinois, between November 2024 and "
          "March 2025, in violation of 18 U.S.C. § 1708 (Theft of Mail) and 18 U.S.C. § 1344 (Bank Fraud). "
          "Checks stolen from victims, among them Mr. and Mrs. Ernest Caldwell of Naperville, were altered and "
          "negotiated. A letter carrier, Donna Whitley, observed a vehicle at two of the boxes.", align="J"),
        P("Investigators have identified two suspects. I request the following IDES records for each of them, "
          "for the period January 1, 2023 to the present: (1) the names and addresses of all employers "
          "reporting wages; (2) quarterly wages reported; and (3) any unemployment insurance claims, "
          "including the address and telephone number given by the claimant.", align="J"),
        T([["Suspect", "Date of birth", "Other identifiers"],
           ["Devonte Marquis Sims", "07/22/1998", "SSN ending 5184"],
           ["Aleksandra Nowak-Zielińska", "1994-03-09", "IL DL N200-4419-4067"]], [2.7, 1.5, 2.6], head=True),
        SP(8),
        P("I understand that IDES may disclose this information to law enforcement officials under 820 ILCS "
          "405/1900 and 20 C.F.R. § 603.5. Please do not notify the individuals of this request, as "
          "notification may jeopardize the investigation. Records may be sent to me by email.", align="J"),
        P("Thank you for your assistance.", sb=2),
        P("Sincerely,", sb=4), SP(18),
        P("Rebecca J. Nakamura\nU.S. Postal Inspector\nMail Theft Team, Chicago Division\n"
          "312-555-0138 (office) · rjnakamura@uspis.gov"),
        P("cc: Team Leader Anthony Ferraro, USPIS\n      AUSA Priscilla Gunn, Northern District of Illinois",
          size=8.5, sb=6),
    ]
    wfile("bn19.pdf", build_pdf(f, footer="LAW ENFORCEMENT SENSITIVE — Dissemination limited to the addressee."))
    write_expected(
        "bn19", "born_digital", "Postal Inspector letter to state employment agency; victims, letter carrier, team leader and AUSA named",
        R("usps-uspis", "United States Postal Inspection Service, Chicago Division", "Rebecca J. Nakamura",
          "U.S. Postal Inspector", "rjnakamura@uspis.gov", "312-555-0138"),
        [S("Devonte Marquis Sims", "1998-07-22", ("ssn_last4", "5184")),
         S("Aleksandra Nowak-Zielińska", "1994-03-09", ("license", "N20044194067"))],
        ["18 USC 1708", "18 USC 1344", "820 ILCS 405/1900", "20 CFR 603.5"],
        "none", None, "criminal_investigation", ["employment", "wages", "claims", "address", "phone"], "mail")


# =========================================================================== bn20
@doc
def bn20():
    det = [
        P("DEPARTMENT OF HOMELAND SECURITY", size=11, font="DVB", align="C", sa=0),
        P("IMMIGRATION DETAINER – REQUEST FOR VOLUNTARY ACTION", size=13, font="DVB", align="C", sa=6),
        T([["Subject ID: 402 118 675", "Event #: DEN2506000318"],
           ["File No: A209 775 412", "Date: 06/10/2025"]], [3.4, 3.4], size=9),
        SP(4),
        T([["TO: Colorado Department of Corrections\nSterling Correctional Facility\nSterling, CO",
            "FROM: ICE ERO Denver — Criminal Alien Program\n12445 E. Caley Avenue, Centennial, CO 80111"]],
          [3.4, 3.4], size=9),
        SP(4),
        T([["Name of Individual: ABDULLAHI, Mohamed Hassan"],
           ["Date of Birth: 04/30/1990   Citizenship: SOMALIA   Sex: M   CDOC #: 176603"]], [6.8], size=9),
        P("DHS HAS TAKEN THE FOLLOWING ACTION RELATED TO THE PERSON IDENTIFIED ABOVE:", size=8.5, font="DVB", sb=6),
        P("☒ Obtained an order of deportation or removal from the United States for this person.\n"
          "☐ Found reason to believe this person is removable.", size=8.5, li=12),
        P("IT IS REQUESTED THAT YOU:", size=9, font="DVB", sb=4),
        P("☒ Notify DHS as early as practicable (at least 48 hours, if possible) before the individual is released "
          "from your custody. Please notify DHS by calling (303) 555-0164.\n"
          "☒ Maintain custody of the individual for a period NOT TO EXCEED 48 HOURS beyond the time when he/she "
          "would otherwise have been released.\n"
          "☐ Consider this request for a detainer operative only upon the individual's conviction.",
          size=8.5, li=10, align="J"),
        P("This request arises from DHS authorities and is issued under sections 236 and 287 of the Immigration "
          "and Nationality Act and 8 C.F.R. § 287.7.", size=8.5, align="J", sb=4),
        SP(6),
        T([["Trung Q. Vo, Deportation Officer\n(Name and title of Immigration Officer)",
            "/s/ Trung Q. Vo\n(Signature of Immigration Officer)"]], [3.4, 3.4], size=8.5),
    ]
    pdf = build_pdf(det, footer="DHS Form I-247D (5/15)                                                        Page 1 of 1")
    inner = mail([("From", "\"Vo, Trung Q\" <trung.vo@ice.dhs.gov>"),
                  ("To", "CDOC Offender Records <cdoc_offenderrecords@state.co.us>"),
                  ("Subject", "Immigration detainer - ABDULLAHI, Mohamed Hassan - CDOC 176603"),
                  ("Date", "Tue, 10 Jun 2025 06:52:14 -0600"),
                  ("Message-ID", "<bn20.inner.DEN2506000318@ice.dhs.gov>")],
                 text="""Good morning,

Please see the attached immigration detainer (I-247D) for inmate ABDULLAHI,
Mohamed Hassan, CDOC #176603, DOB 04/30/1990. Please confirm receipt, provide
his projected release date, and notify ERO before release.

Thank you,

Trung Q. Vo
Deportation Officer, Criminal Alien Program
ICE ERO Denver
Desk: (303) 555-0164
trung.vo@ice.dhs.gov
""")
    inner.add_attachment(pdf, maintype="application", subtype="pdf", filename="I-247D_ABDULLAHI.pdf")
    outer = mail([("From", "\"Castillo-Marsh, Renee\" <renee.castillo-marsh@state.co.us>"),
                  ("To", "CDOC Legal Services <doc_legal@state.co.us>"),
                  ("Cc", "\"Gutierrez, Tomas\" <tomas.gutierrez@state.co.us>"),
                  ("Subject", "Fwd: Immigration detainer - ABDULLAHI, Mohamed Hassan - CDOC 176603"),
                  ("Date", "Tue, 10 Jun 2025 09:15:48 -0600"),
                  ("Message-ID", "<bn20.outer.RCM@state.co.us>")],
                 text="""Legal -

Attaching the ERO email (with the I-247D) that came into the offender records
box this morning for Abdullahi. Per policy we do not hold past the release
date, but I need you to confirm what, if anything, we can send back to them
(he is asking for the projected release date). Tomas in Time Comp is cc'd.

This is being logged as received 06/10/2025 by email.

Renee Castillo-Marsh
Offender Records Supervisor
Colorado Department of Corrections
719-555-0185
""")
    outer.add_attachment(inner, filename="Immigration detainer - ABDULLAHI.eml")
    wfile("bn20.eml", eml_bytes(outer, "bn20"))
    write_expected(
        "bn20", "eml", "records supervisor forwards (message/rfc822) an ERO officer email carrying an I-247D detainer PDF",
        R("dhs-ice-ero", "ICE ERO Denver", "Trung Q. Vo", "Deportation Officer", "trung.vo@ice.dhs.gov",
          "(303) 555-0164"),
        [S("Mohamed Hassan Abdullahi", "1990-04-30", ("a_number", "A209775412"), ("other", "176603"))],
        ["INA 236", "INA 287", "8 CFR 287.7"],
        "detainer", "I-247D", "civil_immigration", ["other"], "email")


# =========================================================================== bn21
@doc
def bn21():
    cover = letterhead(["U.S. Department of Justice",
                        "Bureau of Alcohol, Tobacco, Firearms and Explosives",
                        "Denver Field Division · 950 17th Street, Suite 1800 · Denver, CO 80202"], size=12)
    cover += [
        P("www.atf.gov", size=8, align="R"),
        P("July 1, 2025"),
        P("Colorado Department of Revenue\nDivision of Motor Vehicles — Records Section\nAttn: Records Custodian\n"
          "1881 Pierce Street\nLakewood, CO 80214"),
        P("RE:  Service of Federal Search and Seizure Warrant, Case No. 25-sw-00412-MER", font="DVB", sb=4),
        P("Dear Records Custodian:", sb=4),
        P("Enclosed is a search and seizure warrant issued under Rule 41 of the Federal Rules of Criminal "
          "Procedure by a United States Magistrate Judge for the District of Colorado, authorizing the seizure "
          "of DMV records described in Attachment B. I am the affiant. The warrant was obtained with the "
          "assistance of Assistant United States Attorney Derek Thornbury.", align="J"),
        P("The warrant includes a finding under 18 U.S.C. § 3103a(b) delaying notice to the subject. We ask "
          "that your office not notify the subject or any third party of the warrant. Please provide certified "
          "copies of the responsive records, including digital photographs in native format, to me at "
          "bridget.halvorsen@atf.gov or (303) 555-0177.", align="J"),
        P("Respectfully,", sb=6), SP(18),
        P("Bridget O. Halvorsen\nSpecial Agent\nATF Denver Field Division, Group II"),
        P("Enclosures: AO 93 Search and Seizure Warrant; Attachments A and B", size=8.5, sb=8),
    ]
    w = [
        PB(),
        P("UNITED STATES DISTRICT COURT", size=13, font="DSB", align="C", sa=0),
        P("for the\nDistrict of Colorado", size=10, font="DS", align="C", sa=6),
        T([["In the Matter of the Search of\n(Briefly describe the property to be searched or identify the person "
            "by name and address)\n\nRECORDS MAINTAINED BY THE COLORADO DIVISION OF MOTOR VEHICLES PERTAINING TO "
            "VIKTOR ANDRIYOVYCH KOVALENKO, MORE FULLY DESCRIBED IN ATTACHMENT A",
            "\n\nCase No. 25-sw-00412-MER"]], [4.6, 2.2], font="DS", size=9, grid=False, box=True),
        SP(8),
        P("SEARCH AND SEIZURE WARRANT", size=13, font="DSB", align="C", sa=6),
        P("To:   Any authorized law enforcement officer", font="DS"),
        P("An application by a federal law enforcement officer or an attorney for the government requests the "
          "search of the following person or property located in the District of Colorado (identify the person "
          "or describe the property to be searched and give its location): See Attachment A.", font="DS",
          align="J", size=9.5),
        P("I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize "
          "the person or property described above, and that such search will reveal (identify the person or "
          "describe the property to be seized): See Attachment B.", font="DS", align="J", size=9.5),
        P("YOU ARE COMMANDED to execute this warrant on or before July 14, 2025 (not to exceed 14 days) "
          "☒ in the daytime 6:00 a.m. to 10:00 p.m.  ☐ at any time in the day or night because good cause has "
          "been established.", font="DS", align="J", size=9.5),
        P("Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for the "
          "property taken to the person from whom, or from whose premises, the property was taken, or leave the "
          "copy and receipt at the place where the property was taken.", font="DS", align="J", size=9.5),
        P("The officer executing this warrant, or an officer present during the execution of the warrant, must "
          "prepare an inventory as required by law and promptly return this warrant and inventory to the "
          "duty United States Magistrate Judge.", font="DS", align="J", size=9.5),
        P("☒ Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result "
          "listed in 18 U.S.C. § 2705 (except for delay of trial), and authorize the officer executing this "
          "warrant to delay notice to the person who, or whose property, will be searched or seized "
          "☒ for 30 days (not to exceed 30).", font="DS", align="J", size=9.5),
        SP(6),
        T([["Date and time issued:  06/30/2025 2:15 pm", "/s/ Maren E. Rudd\nJudge's signature"],
           ["City and state:  Denver, Colorado", "Maren E. Rudd, United States Magistrate Judge\n"
            "Printed name and title"]], [3.4, 3.4], font="DS", grid=False, size=9.5),
        PB(),
        P("ATTACHMENT A — Property to be Searched", font="DSB", align="C"),
        P("Records, including electronically stored records, maintained by the Colorado Department of Revenue, "
          "Division of Motor Vehicles, 1881 Pierce Street, Lakewood, Colorado 80214, pertaining to:", font="DS",
          align="J"),
        T([["Name:", "KOVALENKO, Viktor Andriyovych"], ["Date of birth:", "August 2, 1981"],
           ["Colorado DL:", "11-874-3320"]], [1.6, 4.0], font="DS", grid=False),
        SP(10),
        P("ATTACHMENT B — Property to be Seized", font="DSB", align="C"),
        P("Records that constitute evidence of violations of 18 U.S.C. § 922(g)(1) (possession of a firearm by a "
          "prohibited person) and 26 U.S.C. § 5861(d) (possession of an unregistered firearm), namely: "
          "(1) driver license and identification card applications and the identity documents submitted with "
          "them; (2) all photographs and signature images; (3) address history; and (4) vehicle registration "
          "and title records for any vehicle registered to the person in Attachment A.", font="DS", align="J"),
    ]
    wfile("bn21.pdf", build_pdf(cover + w, footfont="DS",
                                footer=["", "AO 93 (Rev. 11/13) Search and Seizure Warrant", "Case No. 25-sw-00412-MER — Attachments"]))
    write_expected(
        "bn21", "born_digital", "ATF agent cover letter + federal AO 93 search and seizure warrant with Attachments A/B",
        R("doj-atf", "Bureau of Alcohol, Tobacco, Firearms and Explosives, Denver Field Division",
          "Bridget O. Halvorsen", "Special Agent", "bridget.halvorsen@atf.gov", "(303) 555-0177"),
        [S("Viktor Andriyovych Kovalenko", "1981-08-02", ("license", "118743320"))],
        ["FRCrP 41", "18 USC 3103a", "18 USC 2705", "18 USC 922", "26 USC 5861"],
        "judicial_warrant", "AO 93", "criminal_investigation",
        ["license", "identity_documents", "photo", "address", "vehicle"], "mail")


# =========================================================================== bn22
@doc
def bn22():
    f = [
        T([["WASHINGTON STATE PATROL", "Criminal Investigation Division\nVehicular Homicide Unit — District 2\n"
            "2803 156th Avenue SE, Bellevue, WA 98007"]], [3.4, 3.4], size=11, font="DVB", grid=False),
        HR(2),
        P("12 March 2025"),
        P("Employment Security Department\nRecords Disclosure Unit\nP.O. Box 9046\nOlympia, WA 98507-9046"),
        P("RE:  WSP Case No. 25-004512 — Vehicular Homicide, RCW 46.61.520 — Request for Records", font="DVB",
          sb=4),
        P("To the Records Disclosure Unit:", sb=4),
        P("On February 28, 2025, a northbound vehicle on Interstate 5 near Federal Way struck and killed "
          "Ms. Amelia Grant. The driver fled on foot. The vehicle, a 2021 Nissan Altima, is registered to "
          "Cascade Fleet Rentals; the rental agreement and witness statements, including that of the "
          "surviving passenger, Isaiah Booker, identify the driver as:", align="J"),
        T([["Name", "DOB", "WA DL"], ["Ahmed Nur FARAH", "11/07/1992", "WDL8XK4M29PB"]], [2.8, 1.5, 2.5],
          head=True),
        SP(6),
        P("Mr. Farah has not been located. We have information that he may be staying with an acquaintance, "
          "Sahra Abdi MOHAMUD (DOB 1995-06-19), who is under investigation for rendering criminal assistance, "
          "RCW 9A.76.050.", align="J"),
        P("Pursuant to RCW 50.13.060, I request the following records: for Mr. Farah, the names and addresses "
          "of all employers reporting wages since January 1, 2024, quarterly wages, and any unemployment claim "
          "with the address given; for Ms. Mohamud, the current address and employer of record only.",
          align="J"),
        P("Please treat this request as confidential. Records may be sent to the address above or to "
          "olivia.kaczmarek@wsp.wa.gov.", align="J"),
        P("Sincerely,", sb=6), SP(16),
        P("Det. Sgt. Olivia M. Kaczmarek\nCriminal Investigation Division\nWashington State Patrol\n(360) 555-0129"),
        P("cc:  Lt. Harold Simmons, WSP CID\n       Jacob Lindgren, Senior Deputy Prosecuting Attorney, King County",
          size=8.5, sb=6),
    ]
    pdf = build_pdf(f, footer="\"Service with Humility\" · WSP CID District 2 · Page {page}")
    imgs = degrade_scan(raster(pdf, "bn22"), 2222)
    save_image_pdf(imgs, os.path.join(OUT, "bn22.pdf"))
    write_expected(
        "bn22", "scanned", "state patrol detective-sergeant letter to employment department; victim, passenger, rental company, prosecutor named",
        R("state-police", "Washington State Patrol", "Olivia M. Kaczmarek", "Detective Sergeant",
          "olivia.kaczmarek@wsp.wa.gov", "(360) 555-0129"),
        [S("Ahmed Nur Farah", "1992-11-07", ("license", "WDL8XK4M29PB")), S("Sahra Abdi Mohamud", "1995-06-19")],
        ["RCW 46.61.520", "RCW 9A.76.050", "RCW 50.13.060"],
        "none", None, "criminal_investigation", ["employment", "wages", "claims", "address"], "mail")


# =========================================================================== bn23
@doc
def bn23():
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10.5pt;color:#000">
<p>Good afternoon MVD Law Enforcement Liaison,</p>
<p>The U.S. Marshals Service, District of New Mexico, is seeking a federal fugitive. A federal arrest warrant
was issued on 04/21/2025 by the U.S. District Court for the District of New Mexico (Hon. Carla P. Estrada)
for violation of the conditions of supervised release (18&nbsp;U.S.C. &sect;&nbsp;3583); his underlying
conviction was for possession with intent to distribute methamphetamine, 21&nbsp;U.S.C. &sect;&nbsp;841.
USMS is authorized to investigate and apprehend federal fugitives under 28&nbsp;U.S.C. &sect;&nbsp;566(e)(1)(B).</p>
<p>We request the information below for the following two persons:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#d9e1f2"><th>Role</th><th>Name</th><th>DOB</th><th>NM DL</th><th>Requested</th></tr>
<tr><td>Fugitive</td><td>QUI&Ntilde;ONES ARCE, Santiago Emilio</td><td>01/29/1985</td><td>501229387</td>
<td>Current address, DL photo, registered vehicles</td></tr>
<tr><td>Associate (girlfriend)</td><td>YAZZIE, Melissa Dawn</td><td>08/14/1990</td><td>&mdash;</td>
<td>Current address, registered vehicles</td></tr>
</table>
<p>His mother, Graciela Arce, lives in Las Cruces; we already have her information and are not asking for
anything on her.</p>
<p>Thank you for your help. Please reply to this email or call me.</p>
<p>Respectfully,<br><br>
<b>Colton J. Reyes</b><br>
Deputy U.S. Marshal<br>
U.S. Marshals Service &ndash; District of New Mexico<br>
Southwest Investigative Fugitive Task Force<br>
333 Lomas Blvd NW, Suite 180, Albuquerque, NM 87102<br>
Office: 505-555-0118 | Cell: 505-555-0119<br>
<a href="mailto:colton.reyes@usms.doj.gov">colton.reyes@usms.doj.gov</a></p>
<p style="font-size:8pt;color:#555">cc: SDUSM Ingrid Solheim</p>
</body></html>"""
    m = mail([("From", "\"Reyes, Colton (USMS)\" <colton.reyes@usms.doj.gov>"),
              ("To", "MVD LE Requests <mvd.lerequests@tax.nm.gov>"),
              ("Cc", "\"Solheim, Ingrid (USMS)\" <ingrid.solheim@usms.doj.gov>"),
              ("Subject", "USMS fugitive locate - QUINONES ARCE, Santiago"),
              ("Date", "Mon, 28 Apr 2025 15:33:10 -0600"),
              ("Message-ID", "<bn23.SWIFTF.0428@usms.doj.gov>")], html=html)
    wfile("bn23.eml", eml_bytes(m, "bn23"))
    write_expected(
        "bn23", "eml", "HTML-only USMS deputy email with subject table (fugitive + associate), judge and mother named",
        R("doj-usms", "U.S. Marshals Service – District of New Mexico", "Colton J. Reyes", "Deputy U.S. Marshal",
          "colton.reyes@usms.doj.gov", "505-555-0118"),
        [S("Santiago Emilio Quiñones Arce", "1985-01-29", ("license", "501229387")),
         S("Melissa Dawn Yazzie", "1990-08-14")],
        ["18 USC 3583", "21 USC 841", "28 USC 566"],
        "none", None, "criminal_investigation", ["address", "photo", "vehicle"], "email")


# =========================================================================== bn24
@doc
def bn24():
    cover = letterhead(["U.S. Department of Justice", "United States Attorney's Office · District of Colorado",
                        "Civil Division · 1801 California Street, Suite 1600 · Denver, CO 80202"], font="DSB", size=12)
    cover += [
        P("September 16, 2024", font="DS"),
        P("Custodian of Records\nColorado Department of Labor and Employment\nUnemployment Insurance — "
          "Employer Services\n633 17th Street\nDenver, CO 80202", font="DS"),
        P("Re:  United States ex rel. Gilchrist v. Peak Home Health Partners, LLC, et al., No. 23-cv-02871-RMR",
          font="DSB", sb=4),
        P("Dear Custodian:", font="DS", sb=4),
        P("On behalf of Assistant United States Attorney Rachel T. Amundsen, I enclose a subpoena to produce "
          "documents in the above civil action, with Schedule A. The records may be produced electronically "
          "in lieu of appearance. Please contact AUSA Amundsen directly with any questions about the scope of "
          "the subpoena.", font="DS", align="J"),
        P("Thank you,", font="DS", sb=6), SP(14),
        P("Kyle Brenner\nParalegal Specialist, Civil Division\n(303) 555-0103", font="DS"),
    ]
    sub = [
        PB(),
        P("UNITED STATES DISTRICT COURT", size=12, font="DSB", align="C", sa=0),
        P("for the\nDistrict of Colorado", size=9.5, font="DS", align="C", sa=6),
        T([["UNITED STATES OF AMERICA ex rel. TAMARA GILCHRIST,\n            Plaintiff\n          v.\n"
            "PEAK HOME HEALTH PARTNERS, LLC, ANDREI V. SOKOLOV, and MARGARET E. DUNLEAVY,\n            Defendants",
            "\n\nCivil Action No. 23-cv-02871-RMR"]], [4.6, 2.2], font="DS", size=9, grid=False),
        SP(6),
        P("SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS\nOR TO PERMIT INSPECTION OF PREMISES IN A CIVIL "
          "ACTION", size=11, font="DSB", align="C", sa=6),
        P("To:  Custodian of Records, Colorado Department of Labor and Employment", font="DS", size=9.5),
        P("☒ Production: YOU ARE COMMANDED to produce at the time, date, and place set forth below the following "
          "documents, electronically stored information, or objects, and to permit inspection, copying, testing, "
          "or sampling of the material: See Schedule A.", font="DS", size=9.5, align="J"),
        T([["Place: U.S. Attorney's Office, 1801 California St., Suite 1600, Denver, CO 80202",
            "Date and Time:\n10/15/2024 10:00 am"]], [4.6, 2.2], font="DS", size=9),
        SP(4),
        P("The following provisions of Fed. R. Civ. P. 45 are attached – Rule 45(c), relating to the place of "
          "compliance; Rule 45(d), relating to your protection as a person subject to a subpoena; and Rule 45(e) "
          "and (g), relating to your duty to respond to this subpoena and the potential consequences of not "
          "doing so.", font="DS", size=9, align="J"),
        T([["Date: 09/13/2024", "CLERK OF COURT\n\n________________________\nSignature of Clerk or Deputy Clerk",
            "OR\n\n/s/ Rachel T. Amundsen\nAttorney's signature"]], [2.0, 2.4, 2.4], font="DS", grid=False, size=9),
        SP(4),
        P("The name, address, e-mail address, and telephone number of the attorney representing the United "
          "States of America, who issues or requests this subpoena, are: Rachel T. Amundsen, Assistant United "
          "States Attorney, 1801 California Street, Suite 1600, Denver, CO 80202; rachel.amundsen@usdoj.gov; "
          "(303) 555-0102.", font="DS", size=9, align="J"),
        P("Notice to the person who issues or requests this subpoena: If this subpoena commands the production of "
          "documents, a notice and a copy of the subpoena must be served on each party in this case before it is "
          "served on the person to whom it is directed. Fed. R. Civ. P. 45(a)(4).", font="DS", size=8, align="J"),
        PB(),
        P("SCHEDULE A", font="DSB", align="C"),
        P("This action arises under the False Claims Act, 31 U.S.C. § 3729 et seq. Produce, for the period "
          "January 1, 2019 through December 31, 2023, all quarterly wage records reported by any employer for, "
          "and all records identifying the employers of, the following individual defendants:", font="DS",
          align="J"),
        P("1.  Andrei V. Sokolov, date of birth February 17, 1975\n"
          "2.  Margaret E. Dunleavy, date of birth November 30, 1969", font="DS", li=20),
        P("Records concerning the relator, Tamara Gilchrist, are not requested.", font="DS"),
        SP(10),
        P("Federal Rule of Civil Procedure 45 (c), (d), (e), and (g) (Effective 12/1/13)", font="DSB", size=8.5),
        P("(c) Place of Compliance. (1) For a Trial, Hearing, or Deposition. A subpoena may command a person to "
          "attend a trial, hearing, or deposition only as follows: (A) within 100 miles of where the person "
          "resides, is employed, or regularly transacts business in person ... (2) For Other Discovery. A "
          "subpoena may command: (A) production of documents, electronically stored information, or tangible "
          "things at a place within 100 miles of where the person resides, is employed, or regularly transacts "
          "business in person.\n"
          "(d) Protecting a Person Subject to a Subpoena; Enforcement. (1) Avoiding Undue Burden or Expense; "
          "Sanctions. A party or attorney responsible for issuing and serving a subpoena must take reasonable "
          "steps to avoid imposing undue burden or expense on a person subject to the subpoena ...\n"
          "(e) Duties in Responding to a Subpoena. (1) Producing Documents or Electronically Stored Information. "
          "(A) Documents. A person responding to a subpoena to produce documents must produce them as they are "
          "kept in the ordinary course of business or must organize and label them to correspond to the "
          "categories in the demand ...\n"
          "(g) Contempt. The court for the district where compliance is required ... may hold in contempt a "
          "person who, having been served, fails without adequate excuse to obey the subpoena or an order "
          "related to it.", font="DS", size=7.5, align="J"),
    ]
    pdf = build_pdf(cover + sub, footfont="DS",
                    footer=["", "AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit "
                                "Inspection of Premises in a Civil Action", "AO 88B (Rev. 02/14) — Page 2"])
    imgs = degrade_scan(raster(pdf, "bn24"), 2424, turn={3: 90})
    save_image_pdf(imgs, os.path.join(OUT, "bn24.pdf"))
    write_expected(
        "bn24", "scanned", "USAO civil paralegal cover letter + AO 88B civil subpoena (FCA case) with Schedule A and Rule 45 text; relator named",
        R("doj-usao", "United States Attorney's Office, District of Colorado (Civil Division)", "Rachel T. Amundsen",
          "Assistant United States Attorney", "rachel.amundsen@usdoj.gov", "(303) 555-0102"),
        [S("Andrei V. Sokolov", "1975-02-17"), S("Margaret E. Dunleavy", "1969-11-30")],
        ["FRCP 45", "31 USC 3729"],
        "court_subpoena", "AO 88B", "unknown", ["wages", "employment"], "mail")


# =========================================================================== bn25
@doc
def bn25():
    f = [
        T([["DEPARTMENT OF HOMELAND SECURITY\nU.S. Customs and Border Protection", "SUMMONS"]], [4.6, 2.2],
          size=12, font="DVB", grid=False),
        HR(1.5),
        T([["To: Custodian of Records\nTexas Department of Motor Vehicles\nVehicle Titles and Registration Division\n"
            "4000 Jackson Avenue, Austin, TX 78731",
            "Summons No.: LRD-OFO-25-0088\nPort: Laredo, Texas (2304)"]], [4.3, 2.5], size=9.5),
        SP(8),
        P("Pursuant to Section 509 of the Tariff Act of 1930, as amended (19 U.S.C. 1509), you are hereby "
          "summoned and required to appear before Supervisory CBP Officer Ricardo Montemayor, an officer of "
          "U.S. Customs and Border Protection, at the Laredo Port of Entry, Outbound Enforcement, 0 Convent "
          "Avenue, Laredo, Texas 78040, on the 22nd day of August, 2025, at 9:00 a.m., to give testimony under "
          "oath and to produce the records listed below, in connection with an investigation or inquiry for "
          "the purpose of ascertaining the correctness of entries, determining liability for duties, taxes and "
          "fees, or insuring compliance with the laws administered by U.S. Customs and Border Protection.",
          size=9.5, align="J"),
        P("RECORDS TO BE PRODUCED:", font="DVB", size=9.5),
        P("Certified copies of all title applications, title histories, registration records, lienholder "
          "records and supporting identity documents, January 1, 2023 to present, for all vehicles titled or "
          "registered to the following persons, and for the vehicle identification numbers listed:", size=9.5,
          align="J"),
        T([["Name", "DOB", "TX DL"],
           ["LÓPEZ GARZA, Eduardo", "1979-01-23", "24850917"],
           ["PHAN, Van Hieu", "1985-12-05", "—"]], [3.0, 1.5, 2.3], head=True, size=9.5),
        SP(4),
        P("VINs: 1HGCV1F34LA018422; 5YJ3E1EA7KF317760; 1FTEW1EP5MKD22391", size=9, font="DM"),
        P("The inquiry concerns possible violations of 18 U.S.C. § 553 (importation or exportation of stolen "
          "vehicles) and 19 U.S.C. § 1627a (unlawful exportation of stolen conveyances). Records relating to "
          "lienholders or prior owners are requested only as they appear in the title histories of the listed "
          "vehicles.", size=9.5, align="J"),
        P("Failure to comply with this summons will render you liable to proceedings in a United States District "
          "Court to enforce compliance with this summons as well as other sanctions (19 U.S.C. 1510).",
          size=9.5, font="DVB", align="J"),
        SP(6),
        T([["Issued by: /s/ Ricardo Montemayor", "Title: Supervisory CBP Officer"],
           ["Date: August 4, 2025", "Telephone: (956) 555-0106   Email: ricardo.montemayor@cbp.dhs.gov"]],
          [3.0, 3.8], size=9),
        SP(8),
        P("Delivery of certified copies to the issuing officer on or before the date above will be accepted in "
          "lieu of appearance. Office of Field Operations, Laredo Field Office.", size=8.5, align="J"),
        SP(6),
        P("CERTIFICATE OF SERVICE — I certify that I served this summons on ______________ by "
          "☐ personal delivery ☐ certified mail ☐ electronic mail.  Signature: ______________", size=8.5),
    ]
    wfile("bn25.pdf", build_pdf(f, footer="CBP Form 3115 (04/14)"))
    write_expected(
        "bn25", "born_digital", "CBP Form 3115 customs summons to DMV, subjects table plus VINs, district-court enforcement clause",
        R("dhs-cbp", "U.S. Customs and Border Protection, Office of Field Operations, Laredo Field Office",
          "Ricardo Montemayor", "Supervisory CBP Officer", "ricardo.montemayor@cbp.dhs.gov", "(956) 555-0106"),
        [S("Eduardo López Garza", "1979-01-23", ("license", "24850917")), S("Van Hieu Phan", "1985-12-05")],
        ["19 USC 1509", "18 USC 553", "19 USC 1627a", "19 USC 1510"],
        "administrative_subpoena", "CBP Form 3115", "criminal_investigation",
        ["vehicle", "identity_documents"], "mail")


# =========================================================================== bn26
@doc
def bn26():
    txt = """[NYSDOL MAILROOM - SCANNED 02/07/2025 09:31 - OCR TEXT LAYER - BATCH 0207-14 - ITEM 6 OF 11]

DEPARTMENT OF THE TREASURY
INTERNAL REVENUE SERVICE
CRIMINAL INVESTIGATION
290 Broadway, 7th Floor
New York, NY 10007

                                                    February 3, 2025

New York State Department of Labor
Unemployment Insurance Division - Records Access Office
Building 12, W. A. Harriman State Office Campus
Albany, NY 12240

Re:  Request for Wage Reporting and Claim Information
     IRS-CI Investigation No. 2025R91847

Dear Records Access Officer:

Internal Revenue Service, Criminal Investigation (IRS-CI) is conducting a
criminal investigation of possible violations of 26 U.S.C. § 7201 (attempt
to evade or defeat tax), 26 U.S.C. § 7206(1) (false returns), and 18 U.S.C.
§ 1956 (laundering of monetary instruments) involving the owners of Empire
Tile & Stone Corp., a Queens, New York tile contractor.

I request copies of the following records, for calendar years 2020 through
2024, for each individual listed below:

  (a) quarterly wage reporting (NYS-45) by any employer, with employer
      name, address and registration number;
  (b) unemployment insurance claims, including the claimant's address and
      reported separation reason.

    Mr. Tomasz Wiśniewski      DOB 05/18/1977    SSN ending 2208
    Ms. Marisol de la Cruz Fuentes   DOB 09/04/1982

The company's outside return preparer, Mr. Gary Feinstein, CPA, has been
interviewed as a witness; no records are requested regarding him or any
other employee of the corporation.

I understand that unemployment insurance information is confidential under
New York Labor Law § 537 and may be disclosed to law enforcement only as that
section and federal regulations permit. The information will be used solely
in this criminal investigation.

Please contact me at (212) 555-0144 or yusuf.karimi@ci.irs.gov with any
questions.

                                   Sincerely,

                                   [signature]

                                   Yusuf A. Karimi
                                   Special Agent
                                   IRS Criminal Investigation, New York Field Office

cc:  Deborah Lanza, Supervisory Special Agent

                                                              Page 1 of 1
[END OF OCR TEXT - 1 PAGE - ROUTED TO: UI RECORDS ACCESS / J. OKAFOR-BELL]
"""
    wfile("bn26.txt", txt)
    write_expected(
        "bn26", "txt", "mailroom OCR text of an IRS-CI special agent letter to a state labor department; witness CPA and supervisor named",
        R("irs-ci", "Internal Revenue Service, Criminal Investigation", "Yusuf A. Karimi", "Special Agent",
          "yusuf.karimi@ci.irs.gov", "(212) 555-0144"),
        [S("Tomasz Wiśniewski", "1977-05-18", ("ssn_last4", "2208")), S("Marisol de la Cruz Fuentes", "1982-09-04")],
        ["26 USC 7201", "26 USC 7206", "18 USC 1956", "NY Labor Law 537"],
        "none", None, "criminal_investigation", ["wages", "employment", "claims", "address"], "mail")


# =========================================================================== bn27
@doc
def bn27():
    order = [
        T([["DISTRICT COURT, WELD COUNTY, COLORADO\nCourt Address: 901 9th Avenue, Greeley, CO 80631", ""],
           ["THE PEOPLE OF THE STATE OF COLORADO\n\nIn re: Investigation, WCSO Case No. 25WC-06612",
            "▲ COURT USE ONLY ▲\n\nCase Number: 25CR00917\nCtrm: 3"]],
          [4.4, 2.4], size=9, spans=[((0, 0), (1, 0))]),
        SP(10),
        P("ORDER RE: PRODUCTION OF COLORADO DEPARTMENT OF HUMAN SERVICES RECORDS", size=12, font="DVB",
          align="C", sa=8),
        P("THIS MATTER comes before the Court on the People's Motion for Production of Records, filed June 24, "
          "2025. The Court, having reviewed the Motion and the sworn affidavit of Investigator Thomas B. Grayhawk "
          "of the Weld County Sheriff's Office, FINDS that the records described below are relevant to an "
          "active criminal investigation of Violation of a Custody Order, C.R.S. § 18-3-304, involving the "
          "minor child A.H., and that disclosure is permitted upon order of court under C.R.S. § 26-1-114 and "
          "C.R.S. § 19-1-307.", align="J"),
        P("IT IS THEREFORE ORDERED that the Colorado Department of Human Services shall produce to Investigator "
          "Grayhawk, within ten (10) days, the current and prior addresses, telephone numbers, and public "
          "assistance case and benefit records (Colorado Works, SNAP, child care assistance) from January 1, "
          "2024 to the present for:", align="J"),
        P("1)  Justin Ray HOLLOWAY, DOB 02/14/1991\n2)  Crystal Dawn MERRICK, DOB 1993-07-08", li=24, font="DVB"),
        P("IT IS FURTHER ORDERED that no records of the child, or of the child's mother and complainant, Yesenia "
          "Rocha, shall be produced under this Order. The records produced shall be used only for the purpose of "
          "this investigation and any resulting prosecution.", align="J"),
        P("SO ORDERED this 26th day of June, 2025.", sb=6),
        P("BY THE COURT:", sb=8), SP(16),
        P("/s/ Paul R. Hollis\n______________________________\nPaul R. Hollis\nDistrict Court Judge"),
    ]
    pdf = build_pdf(order)
    img = raster(pdf, "bn27", dpi=150)[0]
    # phone photo of a paper copy: slight skew, soft shading
    r = random.Random(2727)
    img = img.rotate(1.4, resample=Image.BICUBIC, expand=True, fillcolor=200)
    a = np.asarray(img).astype(np.float32)
    a = 30 + a / 255.0 * 200
    a -= np.linspace(0, 25, a.shape[0])[:, None]
    a += np.random.default_rng(27).normal(0, 4, a.shape)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
    jpg = jpeg_bytes(img, q=r.randint(62, 70))
    body = """Good afternoon,

Attached is a signed order from Weld County District Court (Judge Hollis,
case 25CR00917) directing CDHS to release address, phone and benefit
records for the two adults named in the order, in our investigation of a
child taken in violation of a custody order (C.R.S. 18-3-304). The child
and the mother (our complainant) are not part of the request.

The assigned prosecutor is Deputy DA Aaron Whitcomb, 19th Judicial District
(cc'd). Commander Linda Paxton is my supervisor.

Please send the records to me at this address. A paper copy of the order is
also going out by mail today.

Thank you,

Inv. Thomas B. Grayhawk
Criminal Investigations Unit
Weld County Sheriff's Office
1950 O Street, Greeley, CO 80631
(970) 555-0136 / tgrayhawk@weldgov.com
"""
    m = mail([("From", "\"Grayhawk, Thomas\" <tgrayhawk@weldgov.com>"),
              ("To", "CDHS Records Custodian <cdhs_records@state.co.us>"),
              ("Cc", "\"Whitcomb, Aaron\" <awhitcomb@weldda.org>, \"Paxton, Linda\" <lpaxton@weldgov.com>"),
              ("Subject", "Court order for records - WCSO 25WC-06612 / 25CR00917"),
              ("Date", "Fri, 27 Jun 2025 13:20:44 -0600"),
              ("Message-ID", "<bn27.25WC06612@weldgov.com>")], text=body)
    m.add_attachment(jpg, maintype="image", subtype="jpeg", filename="IMG_4471.jpg")
    wfile("bn27.eml", eml_bytes(m, "bn27"))
    write_expected(
        "bn27", "eml", "sheriff investigator email with a phone photo (JPEG) of a Colorado district court order; child, mother, DA, commander named",
        R("sheriff", "Weld County Sheriff's Office", "Thomas B. Grayhawk", "Investigator", "tgrayhawk@weldgov.com",
          "(970) 555-0136"),
        [S("Justin Ray Holloway", "1991-02-14"), S("Crystal Dawn Merrick", "1993-07-08")],
        ["CRS 18-3-304", "CRS 26-1-114", "CRS 19-1-307"],
        "court_order", None, "criminal_investigation", ["address", "phone", "benefits"], "email")


# =========================================================================== bn28
@doc
def bn28():
    cover = letterhead(["U.S. Department of Justice", "United States Attorney · District of Colorado",
                        "1801 California Street, Suite 1600 · Denver, Colorado 80202 · (303) 555-0100"],
                       font="DSB", size=12)
    cover += [
        P("November 12, 2024", font="DS"),
        P("Custodian of Records\nColorado Department of Corrections\nOffice of Offender Records\n"
          "2862 South Circle Drive\nColorado Springs, CO 80906", font="DS"),
        P("Re:  United States v. Marshall and Peña Castañeda, No. 24-cr-00219-NYW — Trial Subpoena",
          font="DSB", sb=4),
        P("Dear Custodian:", font="DS", sb=4),
        P("Enclosed is a trial subpoena issued under Fed. R. Crim. P. 17(c). Trial is set for December 9, 2024. "
          "The defendants are charged with Hobbs Act robbery, 18 U.S.C. § 1951, and brandishing a firearm "
          "during a crime of violence, 18 U.S.C. § 924(c). If you provide certified copies of the records before "
          "trial, together with the enclosed certification under Fed. R. Evid. 902(11), your personal appearance "
          "will likely not be required; please call me to confirm.", font="DS", align="J"),
        P("The case agent is FBI Special Agent Lauren Pike. The defendants are represented by Assistant Federal "
          "Public Defender Ian Mosley (Marshall) and CJA counsel Elena Vasquez-Hart (Peña Castañeda).",
          font="DS", align="J"),
        P("Sincerely,", font="DS", sb=6), SP(16),
        P("Gabriel M. Osei\nAssistant United States Attorney\n(303) 555-0105 · gabriel.osei@usdoj.gov", font="DS"),
        P("cc: SA Lauren Pike, FBI; AFPD Ian Mosley; Elena Vasquez-Hart, Esq.", font="DS", size=8.5, sb=8),
    ]
    sub = [
        PB(),
        P("UNITED STATES DISTRICT COURT", size=13, font="DSB", align="C", sa=0),
        P("for the\nDistrict of Colorado", size=10, font="DS", align="C", sa=6),
        T([["United States of America\n          v.\nDESHAWN ELLIOTT MARSHALL and\nLUIS ALBERTO PEÑA CASTAÑEDA,\n"
            "          Defendants", "\n\nCase No. 24-cr-00219-NYW"]], [4.4, 2.4], font="DS", grid=False, size=9.5),
        SP(6),
        P("SUBPOENA TO TESTIFY AT A HEARING OR TRIAL IN A CRIMINAL CASE", size=11.5, font="DSB", align="C", sa=6),
        P("To:  Custodian of Records, Colorado Department of Corrections, Office of Offender Records",
          font="DS", size=9.5),
        P("YOU ARE COMMANDED to appear in the United States district court at the time, date, and place shown "
          "below to testify in this criminal case. When you arrive, you must remain at the court until the judge "
          "or a court officer allows you to leave.", font="DSB", size=9.5, align="J"),
        T([["Place of Appearance: Alfred A. Arraj U.S. Courthouse\n901 19th Street, Denver, CO 80294",
            "Courtroom No.: A701\nDate and Time: 12/09/2024 8:30 am"]], [4.2, 2.6], font="DS", size=9),
        SP(4),
        P("You must also bring with you the following documents, electronically stored information, or objects "
          "(blank if not applicable):", font="DS", size=9.5),
        P("Certified copies of the complete offender file, including booking and identification photographs, "
          "movement and housing history, offender telephone call logs, and disciplinary records, for:\n"
          "   (1) Deshawn Elliott MARSHALL, CDOC #154287, DOB 01/07/1989\n"
          "   (2) Luis Alberto PEÑA CASTAÑEDA, CDOC #166910, DOB 07/21/1991\n"
          "Visitor lists are not requested.", font="DS", size=9.5, li=14),
        SP(4),
        T([["Date: 11/08/2024", "CLERK OF COURT\n\n/s/ T. Nguyen\nSignature of Clerk or Deputy Clerk"]],
          [3.4, 3.4], font="DS", grid=False, size=9.5),
        SP(6),
        P("The name, address, e-mail, and telephone number of the attorney representing the United States of "
          "America, who requests this subpoena, are: Gabriel M. Osei, Assistant United States Attorney, 1801 "
          "California Street, Suite 1600, Denver, CO 80202, gabriel.osei@usdoj.gov, (303) 555-0105.", font="DS",
          size=9, align="J"),
    ]
    wfile("bn28.pdf", build_pdf(cover + sub, footfont="DS",
                                footer=["", "AO 89 (Rev. 07/16) Subpoena to Testify at a Hearing or Trial in a Criminal Case"]))
    write_expected(
        "bn28", "born_digital", "AUSA cover letter + AO 89 criminal trial subpoena to corrections for two defendants; agent and defense counsel named",
        R("doj-usao", "United States Attorney's Office, District of Colorado", "Gabriel M. Osei",
          "Assistant United States Attorney", "gabriel.osei@usdoj.gov", "(303) 555-0105"),
        [S("Deshawn Elliott Marshall", "1989-01-07", ("other", "154287")),
         S("Luis Alberto Peña Castañeda", "1991-07-21", ("other", "166910"))],
        ["FRCrP 17", "18 USC 1951", "18 USC 924", "FRE 902"],
        "court_subpoena", "AO 89", "criminal_investigation", ["photo", "criminal_history", "other"], "mail")


# =========================================================================== bn29
@doc
def bn29():
    w = [
        P("IN THE SUPERIOR COURT OF THE STATE OF ARIZONA\nIN AND FOR THE COUNTY OF PIMA", size=12, font="DSB",
          align="C", sa=10),
        T([["STATE OF ARIZONA,\n                    Plaintiff,\nvs.\n\nBASHIR OSMAN HIRSI,\nDOB: 10/02/1996\n"
            "                    Defendant.",
            "No. CR2025-001874\n\nWARRANT OF ARREST\n\n(Ariz. R. Crim. P. 3.1)"]], [3.6, 3.2], font="DS",
          grid=False, size=10),
        HR(0.8),
        P("THE STATE OF ARIZONA, TO ANY PEACE OFFICER IN THE STATE OF ARIZONA:", font="DSB", sb=6),
        P("An Indictment having been returned charging the above-named defendant with the following offense(s):",
          font="DS", align="J"),
        P("COUNT 1: AGGRAVATED ASSAULT, a Class 3 Dangerous Felony, in violation of A.R.S. §§ 13-1204(A)(2), "
          "13-1203, 13-1204 and 13-704.", font="DS", li=20, align="J"),
        P("YOU ARE COMMANDED to arrest the above-named defendant and bring the defendant before this Court, or, "
          "if this Court is unavailable, before the nearest or most accessible magistrate in this county.",
          font="DS", align="J"),
        T([["Defendant description:", "M / Black / 6'1\" / 175 / BLK / BRO"],
           ["AZ DL:", "D12045583"],
           ["Bond:", "$50,000.00 secured appearance bond"]], [2.0, 4.0], font="DS", grid=False),
        SP(8),
        P("DATED: May 2, 2025", font="DS"), SP(20),
        T([["", "/s/ Lorraine V. Whitfield\nHON. LORRAINE V. WHITFIELD\nJudge of the Superior Court"]], [3.2, 3.6],
          font="DS", grid=False),
        SP(14), HR(0.8),
        P("RETURN", font="DSB", align="C"),
        P("I certify that I received this warrant on ____________ and executed it by arresting the defendant on "
          "____________ at ________________________.   Officer/Agency: ________________________", font="DS",
          size=9),
    ]
    pdf = build_pdf(w, footfont="DS", footer="Pima County Superior Court — Warrant of Arrest — CR2025-001874 — Page 1 of 1")
    text = """Good morning Ms. Ferreira,

Attached is a signed arrest warrant (Pima County Superior Court,
CR2025-001874, Judge Whitfield) for Bashir Osman HIRSI, DOB 10/02/1996,
AZ DL D12045583, charged with aggravated assault (A.R.S. 13-1204) for the
stabbing of Rosalind Tate on 04/13/2025.

To serve the warrant we're requesting his most recent MVD address, his
current DL photo, and any vehicles registered to him. His roommate,
Abdullahi Warsame, has been cooperative and is not part of this request.

Thank you for the quick turnarounds as always.

Alejandra Soto-Whitaker
Detective, Aggravated Assault Unit
Tucson Police Department
270 S. Stone Ave, Tucson, AZ 85701
520-555-0157 (desk)
alejandra.soto-whitaker@tucsonaz.gov
"""
    html = ("<html><body style='font-family:Segoe UI,Arial;font-size:10.5pt'>"
            + "".join(f"<p>{para.replace(chr(10), '<br>')}</p>" for para in text.strip().split("\n\n"))
            + "<p style='font-size:8pt;color:gray'>cc: Sgt. Gary Nakagawa, TPD AAU</p></body></html>")
    m = mail([("From", "\"Soto-Whitaker, Alejandra\" <alejandra.soto-whitaker@tucsonaz.gov>"),
              ("To", "\"Ferreira, Monica\" <mferreira@azdot.gov>"),
              ("Cc", "\"Nakagawa, Gary\" <gary.nakagawa@tucsonaz.gov>"),
              ("Subject", "Request - warrant attached - TPD 2504130118"),
              ("Date", "Tue, 06 May 2025 09:05:17 -0700"),
              ("Message-ID", "<bn29.TPD2504130118@tucsonaz.gov>")], text=text, html=html)
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename="CR2025-001874 warrant.pdf")
    wfile("bn29.eml", eml_bytes(m, "bn29"))
    write_expected(
        "bn29", "eml", "municipal detective email (multipart/alternative) with Arizona superior court arrest warrant PDF; victim and roommate named",
        R("local-police", "Tucson Police Department", "Alejandra Soto-Whitaker", "Detective",
          "alejandra.soto-whitaker@tucsonaz.gov", "520-555-0157"),
        [S("Bashir Osman Hirsi", "1996-10-02", ("license", "D12045583"))],
        ["ARS 13-1204", "ARS 13-1203", "ARS 13-704", "AZ CrimP 3.1"],
        "judicial_warrant", None, "criminal_investigation", ["address", "photo", "vehicle"], "email")


# =========================================================================== bn30
@doc
def bn30():
    cover = [
        P("SOCIAL SECURITY ADMINISTRATION", size=14, font="DVB", sa=0),
        P("OFFICE OF THE INSPECTOR GENERAL — Office of Investigations, Denver Field Division", size=10),
        P("1961 Stout Street, Room 04-160, Denver, CO 80294", size=9),
        HR(2),
        P("FAX COVER SHEET", size=18, font="DVB", align="C", sa=10),
        T([["To:", "Camille Broussard, UI Legal Unit\nColorado Department of Labor and Employment"],
           ["Fax:", "303-555-0197"],
           ["From:", "Dariusz Wróblewski, Special Agent, SSA OIG"],
           ["Phone:", "303-555-0152     Email: dariusz.wroblewski@ssa.gov"],
           ["Date:", "2025-08-19"],
           ["Pages:", "2 (including this page)"],
           ["Re:", "OIG Subpoena — OIG Case No. DEN2400871"]], [1.0, 5.8], size=11, grid=False),
        HR(1),
        P("Ms. Broussard: As discussed with your colleague Mr. Terrence Abiola, attached is an Inspector General "
          "subpoena for wage and claim records. Original to follow by certified mail.", size=11, sb=6),
        SP(200),
        P("PRIVACY ACT NOTICE: This transmission may contain information subject to the Privacy Act of 1974, "
          "5 U.S.C. § 552a. If received in error, notify the sender and destroy all copies.", size=8.5),
    ]
    sub = [
        PB(),
        P("SOCIAL SECURITY ADMINISTRATION\nOFFICE OF THE INSPECTOR GENERAL", size=12, font="DVB", align="C"),
        P("SUBPOENA DUCES TECUM", size=14, font="DVB", align="C", sa=8),
        T([["To: Custodian of Records\nColorado Department of Labor and Employment\n633 17th Street, Denver, CO 80202",
            "Subpoena No. OIG-DEN-25-0442\nIn the matter of: OIG Case DEN2400871"]], [4.0, 2.8], size=9.5),
        SP(8),
        P("Pursuant to the authority in section 6(a)(4) of the Inspector General Act of 1978, as amended, "
          "5 U.S.C. § 406(a)(4), YOU ARE HEREBY COMMANDED to produce the records described in the Schedule to "
          "Special Agent Dariusz Wróblewski of the Office of the Inspector General, Social Security "
          "Administration, 1961 Stout Street, Room 04-160, Denver, Colorado, on or before September 8, 2025, at "
          "10:00 a.m. The records are required in connection with an investigation of possible violations of "
          "42 U.S.C. § 408(a)(4) and 18 U.S.C. § 641 relating to Social Security disability benefits.",
          size=9.5, align="J"),
        P("This subpoena is enforceable by order of any appropriate United States district court in the case of "
          "contumacy or refusal to obey.", size=9.5, font="DVB", align="J"),
        SP(4),
        P("SCHEDULE", font="DVB", size=10, align="C"),
        P("For the period January 1, 2019 through the present, for BUSTAMANTE ROJAS, Leticia Andrea, date of birth "
          "9/18/1972, SSN ***-**-5527: (1) all quarterly wage records and the names and addresses of all "
          "reporting employers, including Front Range Logistics Inc. (HR contact: Paula Jennings); and "
          "(2) all unemployment insurance claims and payment histories.", size=9.5, align="J"),
        P("Records of other employees of any employer are not requested.", size=9.5),
        SP(8),
        T([["IN TESTIMONY WHEREOF, this subpoena is issued under my hand at Baltimore, Maryland, this 15th day of "
            "August, 2025.", ""],
           ["", "/s/ Michelle R. Dorsett\nAssistant Inspector General for Investigations\nfor the Inspector General"]],
          [3.4, 3.4], grid=False, size=9.5),
    ]
    pdf = build_pdf(cover + sub)
    fax_tiff(raster(pdf, "bn30"), os.path.join(OUT, "bn30.tif"), 3030,
             lambda p, n: f"AUG 19 2025 15:52   SSA OIG DENVER FD   3035550153   PAGE {p} OF {n}")
    write_expected(
        "bn30", "fax", "SSA OIG agent fax cover + inspector-general subpoena duces tecum (district-court enforcement sentence), employer HR contact named",
        R("ssa-oig", "Social Security Administration, Office of the Inspector General", "Dariusz Wróblewski",
          "Special Agent", "dariusz.wroblewski@ssa.gov", "303-555-0152"),
        [S("Leticia Andrea Bustamante Rojas", "1972-09-18", ("ssn_last4", "5527"))],
        ["5 USC 552a", "5 USC 406", "42 USC 408", "18 USC 641"],
        "administrative_subpoena", None, "criminal_investigation", ["wages", "employment", "claims"], "fax")


# =========================================================================== bn31
@doc
def bn31():
    f = letterhead(["U.S. Department of Homeland Security",
                    "U.S. Immigration and Customs Enforcement — Enforcement and Removal Operations",
                    "El Paso Field Office · 11541 Montana Avenue, Suite E · El Paso, Texas 79936"], size=12)
    f += [
        P("March 31, 2025", align="R"),
        P("Mr. Dominic Baca\nChief, Records Bureau\nNew Mexico Corrections Department\n4337 State Road 14\n"
          "Santa Fe, NM 87508"),
        P("Dear Mr. Baca:"),
        P("U.S. Immigration and Customs Enforcement (ICE), Enforcement and Removal Operations (ERO), El Paso "
          "Field Office, requests your assistance in identifying the custody status of the individuals listed "
          "below, who are believed to be in the custody of the New Mexico Corrections Department. This "
          "information is requested for official use in accordance with 8 U.S.C. §§ 1226, 1231 and 1357, and "
          "8 U.S.C. § 1373.", align="J"),
        P("For each individual, please provide the projected release date, current facility and custody "
          "classification, any detainers currently lodged, the last known residential address before "
          "incarceration, and the most recent booking photograph.", align="J"),
        T([["NMCD #", "Name", "DOB", "A-Number", "Country"],
           ["78231", "ESPINOZA DE LOS MONTEROS, Raúl", "03/05/1980", "A201 332 908", "Mexico"],
           ["80114", "Nguyen, Van Thanh", "1975-11-12", "A098 447 211", "Vietnam"],
           ["81607", "OMAR, Abdikadir Warsame", "07 Jul 1993", "A213 667 054", "Somalia"],
           ["83992", "KRASNIQI, Arben", "21 Jan 1987", "—", "Kosovo"]],
          [0.75, 2.75, 1.0, 1.25, 0.9], head=True, size=8.5),
        SP(8),
        P("Our former liaison to your Bureau, Deportation Officer Charles Whitten, has retired. Going forward "
          "please direct correspondence to Supervisory Detention and Deportation Officer Benjamin Tsosie at "
          "(915) 555-0123, or to me. We appreciate the long-standing cooperation between our agencies.",
          align="J"),
        P("Sincerely,", sb=6), SP(20),
        P("Marisela T. Villarreal\nField Office Director\nEl Paso Field Office\n(915) 555-0120 | "
          "marisela.villarreal@ice.dhs.gov"),
        P("cc:  Patricia Lujan, General Counsel, New Mexico Corrections Department\n"
          "       SDDO Benjamin Tsosie, ERO El Paso", size=8.5, sb=8),
    ]
    wfile("bn31.pdf", build_pdf(f, footer="FOR OFFICIAL USE ONLY"))
    write_expected(
        "bn31", "born_digital", "ERO field office director letter to a corrections records bureau with four-inmate table; liaison, SDDO, counsel named",
        R("dhs-ice-ero", "U.S. Immigration and Customs Enforcement — Enforcement and Removal Operations, El Paso Field Office",
          "Marisela T. Villarreal", "Field Office Director", "marisela.villarreal@ice.dhs.gov", "(915) 555-0120"),
        [S("Raúl Espinoza de los Monteros", "1980-03-05", ("a_number", "A201332908"), ("other", "78231")),
         S("Van Thanh Nguyen", "1975-11-12", ("a_number", "A098447211"), ("other", "80114")),
         S("Abdikadir Warsame Omar", "1993-07-07", ("a_number", "A213667054"), ("other", "81607")),
         S("Arben Krasniqi", "1987-01-21", ("other", "83992"))],
        ["8 USC 1226", "8 USC 1231", "8 USC 1357", "8 USC 1373"],
        "none", None, "civil_immigration", ["other", "address", "photo"], "mail")


# =========================================================================== bn32
@doc
def bn32():
    text = """Ms. Benavides,

Thank you for the guidance. As requested, here is the request in writing.

DHS OIG Office of Investigations case I25-CBP-MCA-04418 is a criminal
investigation of allegations that a CBP Officer at the Hidalgo port of entry
accepted payments in exchange for waving vehicles through inspection
(bribery of a public official, 18 U.S.C. 201). I request title and
registration history, and the addresses on file, for all vehicles registered
from 01/01/2022 to present to:

  * SALDÍVAR, Javier Eduardo - DOB 04/16/1984 - TX DL 31447820
  * MONTALVO SALDÍVAR, Araceli - DOB 09/23/1986 (spouse)

The complainant is a confidential source and is not to be identified in any
correspondence. CBP Office of Professional Responsibility (SA Derrick Moss)
is assisting but this request is ours alone. Authority: Inspector General
Act of 1978, 5 U.S.C. 406; disclosure permitted to a law enforcement agency
under 18 U.S.C. 2721(b)(1) and Tex. Transp. Code 730.007.

Regards,

Naomi R. Fairbanks
Special Agent
DHS Office of Inspector General | Office of Investigations
McAllen Field Office
(956) 555-0139 | naomi.fairbanks@oig.dhs.gov

This communication may contain information protected by the Privacy Act,
5 U.S.C. 552a. Unauthorized disclosure is prohibited.

-----Original Message-----
From: Claudia Benavides <claudia.benavides@txdmv.gov>
Sent: Wednesday, July 16, 2025 10:48 AM
To: Fairbanks, Naomi <naomi.fairbanks@oig.dhs.gov>
Subject: RE: vehicle records - DHS OIG

Agent Fairbanks,

Please submit the request by email with your case number, the purpose, the
names and dates of birth, and the statutory authority. I will route it to
our Law Enforcement Records team (Supervisor: Raymond Ocampo).

Claudia Benavides
Records Analyst II | Texas Department of Motor Vehicles
(512) 555-0130
"""
    html = ("<html><body><div style='font-family:Calibri;font-size:11pt'>"
            + "".join(f"<p>{p.replace(chr(10), ' ' if max(map(len, p.split(chr(10)))) > 60 else '<br>')}</p>"
                      if not p.startswith("  *") else
                      "<ul>" + "".join(f"<li>{li.strip()[2:]}</li>" for li in p.split("\n")) + "</ul>"
                      for p in text.split("-----Original Message-----")[0].strip().split("\n\n"))
            + "<hr><p><b>From:</b> Claudia Benavides<br><b>Sent:</b> Wednesday, July 16, 2025 10:48 AM<br>"
              "<b>Subject:</b> RE: vehicle records - DHS OIG</p>"
            + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>"
                      for p in text.split("Subject: RE: vehicle records - DHS OIG\n\n")[1].strip().split("\n\n"))
            + "</div></body></html>")
    m = mail([("From", "\"Fairbanks, Naomi\" <naomi.fairbanks@oig.dhs.gov>"),
              ("To", "Claudia Benavides <claudia.benavides@txdmv.gov>"),
              ("Cc", "TxDMV LE Records <le.records@txdmv.gov>"),
              ("Subject", "RE: vehicle records - DHS OIG - I25-CBP-MCA-04418"),
              ("Date", "Thu, 17 Jul 2025 08:12:37 -0500"),
              ("Message-ID", "<bn32.I25CBPMCA04418@oig.dhs.gov>")], text=text, html=html)
    wfile("bn32.eml", eml_bytes(m, "bn32"))
    write_expected(
        "bn32", "eml", "DHS OIG agent reply (multipart/alternative) to a DMV analyst; CBP officer and spouse are subjects, OPR agent and supervisor named",
        R("dhs-oig", "DHS Office of Inspector General, Office of Investigations, McAllen Field Office",
          "Naomi R. Fairbanks", "Special Agent", "naomi.fairbanks@oig.dhs.gov", "(956) 555-0139"),
        [S("Javier Eduardo Saldívar", "1984-04-16", ("license", "31447820")),
         S("Araceli Montalvo Saldívar", "1986-09-23")],
        ["18 USC 201", "5 USC 406", "18 USC 2721", "TX Transp Code 730.007", "5 USC 552a"],
        "none", None, "criminal_investigation", ["vehicle", "address"], "email")


# =========================================================================== main
def main():
    os.makedirs(WORK, exist_ok=True)
    for fn in DOCS:
        fn()
    print(f"built {len(DOCS)} documents into {OUT}")


if __name__ == "__main__":
    main()
