#!/usr/bin/env python3
"""Build the blind_e sample set: 32 labelled request documents (see README.md).

Run:  /work/main/.venv/bin/python samples/blind_e/build.py   (deterministic, fixed seed)
"""
import io
import os
import random
import subprocess
import tempfile
from datetime import datetime

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

DJ = "/usr/share/fonts/truetype/dejavu/"
_REG = False


def register_fonts():
    global _REG
    if _REG:
        return
    for name, fn in [
        ("DejaVuSerif", "DejaVuSerif.ttf"), ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf"),
        ("DejaVuSerif-Italic", "DejaVuSerif-Italic.ttf"),
        ("DejaVuSans", "DejaVuSans.ttf"), ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
        ("DejaVuSans-Oblique", "DejaVuSans-Oblique.ttf"),
        ("DejaVuSansMono", "DejaVuSansMono.ttf"), ("DejaVuSansMono-Bold", "DejaVuSansMono-Bold.ttf"),
        ("DejaVuSansCond", "DejaVuSansCondensed.ttf"), ("DejaVuSansCond-Bold", "DejaVuSansCondensed-Bold.ttf"),
    ]:
        pdfmetrics.registerFont(TTFont(name, DJ + fn))
    afm = "/usr/share/fonts/type1/urw-base35/Z003-MediumItalic.afm"
    pfb = "/usr/share/fonts/X11/Type1/Z003-MediumItalic.pfb"
    face = pdfmetrics.EmbeddedType1Face(afm, pfb)
    pdfmetrics.registerTypeFace(face)
    pdfmetrics.registerFont(pdfmetrics.Font("Script", face.name, "WinAnsiEncoding"))
    _REG = True


FAMILIES = {
    "serif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"),
    "sans": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"),
    "cond": ("DejaVuSansCond", "DejaVuSansCond-Bold", "DejaVuSans-Oblique"),
    "mono": ("DejaVuSansMono", "DejaVuSansMono-Bold", "DejaVuSansMono"),
    "times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "helv": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
}
STANDARD = {"times", "helv", "courier"}


def render_pdf(markup, path=None, family="serif", size=10.5, margin=66, footer=None,
               top_note=None, leading=1.32, title=None):
    """Render a light markup to PDF. Returns bytes (and writes to path if given).

    Line prefixes:
      ^^ big centred bold title   ^ centred bold   ^. centred   ^s centred small
      >  right aligned            *  bold paragraph    _ italic paragraph
      --- rule   === double rule   ~~ page break    (blank) half-line space
      [sig] Name    script signature       [x] / [ ] checkbox line
      | a | b | ...   table row (columns by %cols), |! bold row
      %cols 0.3,0.7   %border on|off   %size N   %indent N   %small / %normal
      :: text       text indented by 24pt
    """
    register_fonts()
    reg, bold, ital = FAMILIES[family]
    if family in STANDARD:
        try:
            markup.encode("cp1252")
            (footer or "").encode("cp1252")
        except UnicodeEncodeError as e:
            raise ValueError(f"non cp1252 text with standard font: {e}")
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    if title:
        c.setTitle(title)
    c.setAuthor("")
    W, H = letter
    left, right = margin, W - margin
    state = {"y": H - margin, "page": 1, "size": size, "cols": [0.35, 0.65], "border": True,
             "indent": 0}
    pages_footer = []

    def lh():
        return state["size"] * leading

    def new_page():
        draw_footer()
        c.showPage()
        state["page"] += 1
        state["y"] = H - margin
        if top_note:
            c.setFont(reg, 7.5)
            c.drawString(left, H - 30, top_note)

    def draw_footer():
        if footer:
            c.setFont(reg, 7.5)
            txt = footer.replace("{page}", str(state["page"]))
            for i, fl in enumerate(txt.split("\n")):
                c.drawCentredString(W / 2, 34 - i * 9, fl)

    def need(h):
        if state["y"] - h < margin + 10:
            new_page()

    def para(text, font, sz=None, align="left", indent=0):
        sz = sz or state["size"]
        ind = indent + state["indent"]
        lines = simpleSplit(text, font, sz, right - left - ind) or [""]
        for ln in lines:
            need(sz * leading)
            state["y"] -= sz * leading
            c.setFont(font, sz)
            if align == "left":
                c.drawString(left + ind, state["y"], ln)
            elif align == "center":
                c.drawCentredString(W / 2, state["y"], ln)
            else:
                c.drawRightString(right, state["y"], ln)

    def checkbox(text, checked, font):
        sz = state["size"]
        ind = state["indent"]
        lines = simpleSplit(text, font, sz, right - left - ind - 18) or [""]
        for i, ln in enumerate(lines):
            need(sz * leading)
            state["y"] -= sz * leading
            if i == 0:
                bx, by, bs = left + ind, state["y"] - 1, sz
                c.setLineWidth(0.8)
                c.rect(bx, by, bs, bs)
                if checked:
                    c.setFont(bold, sz)
                    c.drawCentredString(bx + bs / 2, by + 1.5, "X")
            c.setFont(font, sz)
            c.drawString(left + ind + 18, state["y"], ln)

    def row(cells, font):
        sz = state["size"]
        cols = state["cols"]
        total = right - left - state["indent"]
        widths = [total * f for f in cols[: len(cells)]]
        if len(cells) > len(cols):
            widths = [total / len(cells)] * len(cells)
        wrapped = [simpleSplit(t, font, sz, w - 8) or [""] for t, w in zip(cells, widths)]
        n = max(len(w) for w in wrapped)
        h = n * sz * leading + 6
        if state.get("last") != "row":
            state["y"] -= 4
        need(h)
        top = state["y"]
        x = left + state["indent"]
        for lines, w in zip(wrapped, widths):
            if state["border"]:
                c.setLineWidth(0.6)
                c.rect(x, top - h, w, h)
            yy = top - 3
            for ln in lines:
                yy -= sz * leading
                c.setFont(font, sz)
                c.drawString(x + 4, yy + 2, ln)
            x += w
        state["y"] = top - h

    for raw in markup.split("\n"):
        line = raw.rstrip()
        if line.startswith("%cols "):
            state["cols"] = [float(v) for v in line[6:].split(",")]
            continue
        if line.startswith("%border "):
            state["border"] = line.endswith("on")
            continue
        if line.startswith("%size "):
            state["size"] = float(line[6:])
            continue
        if line.startswith("%indent "):
            state["indent"] = float(line[8:])
            continue
        if line == "%small":
            state["size"] = size - 2
            continue
        if line == "%normal":
            state["size"] = size
            continue
        if line == "":
            state["y"] -= lh() * 0.5
            continue
        if line == "~~":
            new_page()
            continue
        if line in ("---", "==="):
            need(8)
            state["y"] -= 5
            c.setLineWidth(0.8 if line == "---" else 1.6)
            c.line(left, state["y"], right, state["y"])
            if line == "===":
                c.setLineWidth(0.6)
                c.line(left, state["y"] - 3, right, state["y"] - 3)
                state["y"] -= 3
            state["y"] -= 3
            continue
        if line.startswith("^^ "):
            para(line[3:], bold, state["size"] + 4, "center")
        elif line.startswith("^. "):
            para(line[3:], reg, None, "center")
        elif line.startswith("^s "):
            para(line[3:], reg, state["size"] - 2, "center")
        elif line.startswith("^ "):
            para(line[2:], bold, None, "center")
        elif line.startswith("> "):
            para(line[2:], reg, None, "right")
        elif line.startswith("* "):
            para(line[2:], bold)
        elif line.startswith("_ "):
            para(line[2:], ital)
        elif line.startswith(":: "):
            para(line[3:], reg, indent=24)
        elif line.startswith("[sig] "):
            need(26)
            state["y"] -= 24
            c.setFont("Script", 19)
            c.drawString(left + state["indent"] + 6, state["y"], line[6:])
        elif line.startswith("[x] ") or line.startswith("[X] "):
            checkbox(line[4:], True, reg)
        elif line.startswith("[ ] "):
            checkbox(line[4:], False, reg)
        elif line.startswith("|! "):
            row([t.strip() for t in line[3:].strip().strip("|").split("|")], bold)
            state["last"] = "row"
            continue
        elif line.startswith("| "):
            row([t.strip() for t in line[2:].strip().strip("|").split("|")], reg)
            state["last"] = "row"
            continue
        else:
            para(line, reg)
        state["last"] = "text"
    draw_footer()
    c.showPage()
    c.save()
    data = buf.getvalue()
    if path:
        with open(path, "wb") as f:
            f.write(data)
    return data


# ---------------------------------------------------------------- raster
def rasterize(pdf_bytes, dpi=200, gray=True):
    with tempfile.TemporaryDirectory() as td:
        p = os.path.join(td, "in.pdf")
        with open(p, "wb") as f:
            f.write(pdf_bytes)
        args = ["pdftoppm", "-r", str(dpi), "-png"]
        if gray:
            args.append("-gray")
        subprocess.run(args + [p, os.path.join(td, "pg")], check=True)
        files = sorted(fn for fn in os.listdir(td) if fn.startswith("pg"))
        return [Image.open(os.path.join(td, fn)).convert("L").copy() for fn in files]


def degrade_scan(img, rng, angle=None, rot90=0, noise=7.0, bg=232, blur=0.5, jpeg_q=None):
    """Make a clean grey page look like a flatbed scan."""
    if angle is None:
        angle = rng.uniform(-1.6, 1.6)
    arr = np.asarray(img, dtype=np.float32)
    # paper tone and slight uneven illumination
    h, w = arr.shape
    yy = np.linspace(0, 1, h)[:, None]
    xx = np.linspace(0, 1, w)[None, :]
    shade = bg - 10 * (xx - 0.5) ** 2 - 8 * yy
    arr = arr / 255.0 * shade
    nprs = np.random.default_rng(rng.randrange(1 << 30))
    arr = arr + nprs.normal(0, noise, arr.shape)
    # a few dust specks
    for _ in range(rng.randint(20, 60)):
        y0, x0 = nprs.integers(0, h), nprs.integers(0, w)
        r = int(nprs.integers(1, 3))
        arr[max(0, y0 - r):y0 + r, max(0, x0 - r):x0 + r] = nprs.uniform(40, 120)
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    out = Image.fromarray(arr, "L")
    if blur:
        out = out.filter(ImageFilter.GaussianBlur(blur))
    out = out.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=int(bg * 0.55))
    if rot90:
        out = out.rotate(rot90, expand=True)
    if jpeg_q:
        b = io.BytesIO()
        out.save(b, "JPEG", quality=jpeg_q)
        out = Image.open(io.BytesIO(b.getvalue())).convert("L")
    return out


import time
FIXED_DATE = time.gmtime(1763640000)


def save_scanned_pdf(pages, path, dpi=200, quality=55):
    rgbish = [p.convert("L") for p in pages]
    rgbish[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=rgbish[1:],
                   quality=quality, creationDate=FIXED_DATE, modDate=FIXED_DATE,
                   title="Scanned document", producer="", creator="")


def fax_pages(pages, rng, header_fmt, total=None, noise=0.0006):
    """pages: grey 200-dpi images. header_fmt uses {page} and {total}."""
    font = ImageFont.truetype(DJ + "DejaVuSansMono.ttf", 22)
    out = []
    total = total or len(pages)
    nprs = np.random.default_rng(rng.randrange(1 << 30))
    for i, p in enumerate(pages, 1):
        p = p.rotate(rng.uniform(-0.6, 0.6), resample=Image.BILINEAR, expand=False, fillcolor=255)
        arr = np.asarray(p, dtype=np.float32)
        arr = arr + nprs.normal(0, 12, arr.shape)
        bw = (arr > 150).astype(np.uint8) * 255
        # speckle
        mask = nprs.random(bw.shape) < noise
        bw[mask] = 0
        img = Image.fromarray(bw, "L")
        d = ImageDraw.Draw(img)
        d.rectangle([0, 0, img.width, 40], fill=255)
        d.text((24, 10), header_fmt.format(page=i, total=total), fill=0, font=font)
        out.append(img.convert("1", dither=Image.NONE))
    return out


def save_fax(pages, path):
    pages[0].save(path, compression="group4", dpi=(200, 200), save_all=True,
                  append_images=pages[1:])


# ================================================================ output helpers
import html as _html
import json
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(20251121)
FAMILY = "blind-e"
PROCESS_COURT = {"judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"}


def req(agency_key, agency_name, person, title, email, phone):
    return {"agency_key": agency_key, "agency_name": agency_name, "person": person, "title": title,
            "email": email, "phone": phone}


def subj(name, dob, ids):
    return {"name": name, "dob": dob, "identifiers": [{"type": t, "value": v} for t, v in ids]}


def proc(kind, form=None):
    return {"type": kind, "court_issued": kind in PROCESS_COURT, "form": form}


def expected(doc_id, fmt, template, requestor, subjects, basis, process, attached, purpose, records, channel):
    rec = {"id": doc_id, "family": FAMILY, "format": fmt, "template": template, "requestor": requestor,
           "subjects": subjects, "legal_basis": [{"normalized": b} for b in basis], "legal_process": process,
           "warrant_or_subpoena_attached": attached, "purpose": purpose, "records_requested": records,
           "channel": channel}
    with open(os.path.join(OUT, f"{doc_id}.expected.json"), "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=2)
        f.write("\n")


def write_pdf(doc_id, markup, **kw):
    render_pdf(markup, os.path.join(OUT, f"{doc_id}.pdf"), **kw)


def write_scanned(doc_id, markup, rotations=None, dpi=200, quality=55, **kw):
    rotations = rotations or {}
    pdf = render_pdf(markup, **kw)
    pages = rasterize(pdf, dpi=dpi)
    out = [degrade_scan(p, RNG, rot90=rotations.get(i, 0)) for i, p in enumerate(pages)]
    save_scanned_pdf(out, os.path.join(OUT, f"{doc_id}.pdf"), dpi=dpi, quality=quality)


def write_fax(doc_id, markup, header, **kw):
    pdf = render_pdf(markup, **kw)
    pages = rasterize(pdf, dpi=200)
    save_fax(fax_pages(pages, RNG, header), os.path.join(OUT, f"{doc_id}.tif"))


def raster_attachment(markup, fmt, dpi=150, angle=0.0, **kw):
    pdf = render_pdf(markup, **kw)
    page = rasterize(pdf, dpi=dpi)[0]
    img = degrade_scan(page, RNG, angle=angle, noise=3.0, bg=244, blur=0.4)
    if fmt == "PNG":
        arr = (np.asarray(img) // 24 * 24).astype(np.uint8)
        img = Image.fromarray(arr, "L")
    b = io.BytesIO()
    if fmt == "JPEG":
        img.save(b, "JPEG", quality=70)
    else:
        img.save(b, "PNG", optimize=True)
    return b.getvalue()


def text_to_html(text):
    paras = text.strip().split("\n\n")
    body = "\n".join("<p>" + "<br>\n".join(_html.escape(l) for l in p.split("\n")) + "</p>" for p in paras)
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial,sans-serif;"
            "font-size:11pt\">\n" + body + "\n</body></html>")


def make_email(frm, to, subject, date, msgid, text=None, html=None, attachments=(), cc=None):
    msg = EmailMessage(policy=policy.default)
    msg["From"] = Address(display_name=frm[0], addr_spec=frm[1])
    msg["To"] = Address(display_name=to[0], addr_spec=to[1])
    if cc:
        msg["Cc"] = Address(display_name=cc[0], addr_spec=cc[1])
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = msgid
    if text and html:
        msg.set_content(text)
        msg.add_alternative(html, subtype="html")
    elif html:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(text)
    for att in attachments:
        if isinstance(att, EmailMessage):
            msg.add_attachment(att, filename="original_message.eml")
        else:
            data, maintype, subtype, fn = att
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
    return msg


def write_eml(doc_id, msg):
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"----=_Part_{doc_id}_{n:02d}_5550100")
            n += 1
    with open(os.path.join(OUT, f"{doc_id}.eml"), "wb") as f:
        f.write(msg.as_bytes(policy=policy.default))


def write_txt(doc_id, text):
    with open(os.path.join(OUT, f"{doc_id}.txt"), "w", encoding="utf-8") as f:
        f.write(text)

# ============================================================ documents be01 - be11

def be01():
    m = """^ U.S. Department of Homeland Security
^. U.S. Immigration and Customs Enforcement
^ Homeland Security Investigations
^. Office of the Special Agent in Charge – Denver
^s 1787 Vine Street, Suite 400, Denver, Colorado 80206
---

> June 9, 2025

VIA ELECTRONIC MAIL: dmv.lawenforcement@state.co.us

Colorado Department of Revenue
Division of Motor Vehicles – Driver Control / Records Section
1881 Pierce Street
Lakewood, CO 80214

* RE: Request for Driver and Vehicle Records – HSI Case No. DN09PR25DN0014

Dear Records Custodian:

Homeland Security Investigations (HSI) Denver is conducting a criminal investigation into an organization that transports undocumented individuals from El Paso, Texas to the Denver metropolitan area for profit, in violation of Title 8, United States Code, Section 1324, and that launders the proceeds of that activity in violation of 18 U.S.C. § 1956. The matter has been presented to Assistant United States Attorney Rebecca H. Stoltz of the District of Colorado.

HSI respectfully requests the following records for the two individuals listed below: (1) current and prior residential and mailing addresses; (2) the most recent driver license photograph; (3) all vehicles currently or previously registered in their names (year, make, model, plate and VIN); and (4) copies of any identity documents submitted in support of a license application.

%cols 0.44,0.22,0.34
|! Name | Date of Birth | Colorado DL No. |
| RAMÍREZ OCHOA, Julio César | 11/23/1988 | 14-226-9083 |
| IBÁÑEZ DE LA TORRE, Yesenia | 04 Feb 1993 | 19-874-3310 |

Several of the vehicles used by the organization are registered to Trinidad Freight LLC, a company whose records are not the subject of this request.

Release of this information to a law enforcement agency is permitted by the Driver's Privacy Protection Act, 18 U.S.C. § 2721(b)(1). HSI certifies that this request is made in furtherance of an active criminal investigation and is not made for the purpose of civil immigration enforcement, consistent with C.R.S. § 24-74-103.

Please do not notify the individuals named above of this request, as doing so could jeopardize the investigation and the safety of cooperating witnesses. Responsive records may be returned by e-mail to the address below.

Respectfully,

[sig] Marcus Ellery
Marcus T. Ellery
Special Agent, HSI Denver – Human Smuggling Group
Desk: (720) 555-0132  |  Cell: (303) 555-0187
marcus.ellery@ice.dhs.gov

Reviewed: Group Supervisor Dana K. Whitcomb
"""
    write_pdf("be01", m, family="times", size=10,
              footer="LAW ENFORCEMENT SENSITIVE – This document is the property of HSI and is loaned to your agency.")
    expected("be01", "born_digital", "HSI Denver letter on letterhead, subject table, DPPA + C.R.S. certification",
             req("dhs-ice-hsi", "Homeland Security Investigations – Denver", "Marcus T. Ellery", "Special Agent",
                 "marcus.ellery@ice.dhs.gov", "(720) 555-0132"),
             [subj("Julio César Ramírez Ochoa", "1988-11-23", [("license", "142269083")]),
              subj("Yesenia Ibáñez de la Torre", "1993-02-04", [("license", "198743310")])],
             ["8 USC 1324", "18 USC 1956", "18 USC 2721", "CRS 24-74-103"],
             proc("none"), False, "criminal_investigation",
             ["address", "photo", "vehicle", "identity_documents"], "email")


def be02():
    text = """Good morning,

I am a Deportation Officer with ICE Enforcement and Removal Operations, Portland sub-office. Requesting any DMV info you have on the below subject, most importantly current residential address and any vehicles registered to him.

NGUYEN, Thanh Van
DOB: 1979-08-30
A# 208 441 917
OR DL# 7391045 (possibly expired)

This request is made pursuant to 8 U.S.C. 1357 and section 287 of the Immigration and Nationality Act and is for official use only.

Thank you in advance,

v/r
Brian Kowalczyk
Deportation Officer
ERO Portland | Fugitive Operations
U.S. Immigration and Customs Enforcement
Desk: 503-555-0119 | Cell: 971-555-0164

WARNING: This email may contain information that is For Official Use Only (FOUO). If you received it in error, please notify the sender and delete it.
"""
    msg = make_email(("Kowalczyk, Brian J", "brian.j.kowalczyk@ice.dhs.gov"),
                     ("DMV Records Unit", "dmv.records@odot.oregon.gov"),
                     "records request - NGUYEN, Thanh Van", "Tue, 14 Jan 2025 08:47:12 -0800",
                     "<be02.20250114.1647@ice.dhs.gov>", text=text, html=text_to_html(text))
    write_eml("be02", msg)
    expected("be02", "eml", "ERO deportation officer informal email, multipart/alternative, A-number + DL",
             req("dhs-ice-ero", "ICE Enforcement and Removal Operations, Portland sub-office", "Brian Kowalczyk",
                 "Deportation Officer", "brian.j.kowalczyk@ice.dhs.gov", "503-555-0119"),
             [subj("Thanh Van Nguyen", "1979-08-30", [("a_number", "A208441917"), ("license", "7391045")])],
             ["8 USC 1357", "INA 287"], proc("none"), False, "civil_immigration",
             ["address", "vehicle"], "email")


def be03():
    ao93 = """%small
AO 93 (Rev. 11/13) Search and Seizure Warrant
%normal
---
^^ UNITED STATES DISTRICT COURT
^. for the
^ Western District of Texas
%cols 0.62,0.38
| In the Matter of the Search of (Briefly describe the property to be searched or identify the person by name and address): RECORDS PERTAINING TO DUC MINH TRAN AND LUZ ELENA QUIÑÓNEZ-VARGAS MAINTAINED BY THE TEXAS WORKFORCE COMMISSION, 101 EAST 15TH STREET, AUSTIN, TEXAS | Case No. 1:25-mj-00417-SH |

^^ SEARCH AND SEIZURE WARRANT

To: Any authorized law enforcement officer

An application by a federal law enforcement officer or an attorney for the government requests the search of the following person or property located in the Western District of Texas (identify the person or describe the property to be searched and give its location): See Attachment A.

I find that the affidavit(s), or any recorded testimony, establish probable cause to search and seize the person or property described above, and that such search will reveal (identify the person or describe the property to be seized): See Attachment B.

YOU ARE COMMANDED to execute this warrant on or before May 2, 2025 (not to exceed 14 days)
[x] in the daytime 6:00 a.m. to 10:00 p.m.
[ ] at any time in the day or night because good cause has been established.

Unless delayed notice is authorized below, you must give a copy of the warrant and a receipt for the property taken to the person from whom, or from whose premises, the property was taken, or leave the copy and receipt at the place where the property was taken.

The officer executing this warrant, or an officer present during the execution of the warrant, must prepare an inventory as required by law and promptly return this warrant and inventory to Hon. Susan K. Harwell, United States Magistrate Judge.

[x] Pursuant to 18 U.S.C. § 3103a(b), I find that immediate notification may have an adverse result listed in 18 U.S.C. § 2705 (except for delay of trial), and authorize the officer executing this warrant to delay notice to the person who, or whose property, will be searched or seized (check the appropriate box) for 30 days (not to exceed 30).

%border off
%cols 0.5,0.5
| Date and time issued: 04/18/2025 2:41 pm | [Judge's signature] /s/ Susan K. Harwell |
| City and state: Austin, Texas | Susan K. Harwell, U.S. Magistrate Judge (Printed name and title) |
%border on
~~
^ ATTACHMENT A
^ Property to Be Searched

Records, files and electronically stored information maintained by the Texas Workforce Commission ("TWC"), 101 East 15th Street, Austin, Texas 78778, including its Unemployment Insurance and Tax divisions, pertaining to the persons identified in Attachment B.

^ ATTACHMENT B
^ Particular Things to Be Seized

1. For the period January 1, 2021 to the present, all quarterly wage records reported for:
:: a. DUC MINH TRAN, date of birth 02/14/1985, Social Security number ending in 6620;
:: b. LUZ ELENA QUIÑÓNEZ-VARGAS, date of birth 09/03/1991.
2. All unemployment insurance claim files for the persons listed above, including addresses, telephone numbers, e-mail addresses, bank account and payment information, and Internet Protocol addresses used to file claims.
3. Employer account records for any employing unit that reported wages for the persons listed above, including Golden Lotus Hospitality Group LLC.

All of which constitute evidence, fruits or instrumentalities of violations of 18 U.S.C. §§ 1589, 1592 and 1594.
"""
    pdf = render_pdf(ao93, family="times", size=10.5)
    text = """Ms. Delgado,

Per our call this morning, attached is a federal search warrant signed yesterday by U.S. Magistrate Judge Harwell for TWC wage and employer records on two individuals. The investigation concerns forced labor (18 U.S.C. § 1589) and document servitude (18 U.S.C. § 1592) at a restaurant group operating in Travis and Williamson counties.

Please produce the quarterly wage records from 2021 to present and the UI claim files, including any address, phone number, e-mail and bank information on file, to me by e-mail or on disc. Attachment B of the warrant lists everything.

Please do not notify the claimants or the employer. The warrant authorizes delayed notice.

Thank you,

Rachel M. Tovar
Special Agent
Homeland Security Investigations – Austin
U.S. Immigration and Customs Enforcement
Office: 512-555-0148 | Cell: 512-555-0191
rachel.tovar@ice.dhs.gov
"""
    msg = make_email(("Tovar, Rachel M", "rachel.tovar@ice.dhs.gov"),
                     ("Delgado, Irma", "irma.delgado@twc.texas.gov"),
                     "Federal search warrant – TWC wage/claim records – 1:25-mj-00417",
                     "Sat, 19 Apr 2025 10:15:33 -0500", "<be03.0419.AUS@ice.dhs.gov>", text=text,
                     attachments=[(pdf, "application", "pdf", "AO93_Search_Warrant_1-25-mj-00417.pdf")])
    write_eml("be03", msg)
    expected("be03", "eml", "HSI agent email with AO 93 search and seizure warrant PDF attached (TWC records)",
             req("dhs-ice-hsi", "Homeland Security Investigations – Austin", "Rachel M. Tovar", "Special Agent",
                 "rachel.tovar@ice.dhs.gov", "512-555-0148"),
             [subj("Duc Minh Tran", "1985-02-14", [("ssn_last4", "6620")]),
              subj("Luz Elena Quiñónez-Vargas", "1991-09-03", [])],
             ["18 USC 1589", "18 USC 1592", "18 USC 1594", "18 USC 3103a", "18 USC 2705"],
             proc("judicial_warrant", "AO 93"), True, "criminal_investigation",
             ["wages", "employment", "claims", "address", "phone", "email", "other"], "email")


def be04():
    m = """^^ HOUSTON POLICE DEPARTMENT
^. Robbery Division – Major Offenders Squad
^s 1200 Travis Street, Houston, Texas 77002
---
> March 6, 2025

VIA CERTIFIED MAIL, RETURN RECEIPT REQUESTED

Texas Department of Criminal Justice
Parole Division – Region III, Records Custodian
Houston, Texas

Re: Service of Search Warrant – HPD Incident No. 031825-25

Enclosed is a search warrant issued today by the Judge of the 208th District Court of Harris County for parole supervision records of parolee Kendrick Dwayne TOLIVER (TDCJ # 02187455). We are aware these records are otherwise confidential under Tex. Gov't Code § 508.313; the warrant directs their production.

Specifically we need his reported residence addresses, employer, telephone numbers and most recent photograph. The complainant in this case, Mr. Hamid Rahimi, was robbed at gunpoint at his store on Bellaire Blvd.

Please forward the records to me at the address above or to curtis.bramblett@houstontx.gov.

[sig] C. L. Bramblett
Det. Sgt. Curtis L. Bramblett #4471
Robbery Division, Houston Police Department
Office 832-555-0171 | Fax 832-555-0170
~~
^^ SEARCH WARRANT
%border off
%cols 0.45,0.1,0.45
| THE STATE OF TEXAS | § | |
| COUNTY OF HARRIS | § | |
%border on

THE STATE OF TEXAS, To the Sheriff or any Peace Officer of Harris County, Texas, or any Peace Officer of the State of Texas: GREETINGS:

WHEREAS, the Affiant, whose signature is on the Affidavit attached hereto, is a peace officer under the laws of Texas and did heretofore this day subscribe and swear to said Affidavit before me (which said Affidavit is here now made a part hereof for all purposes), and whereas I find that the verified facts stated by Affiant in said Affidavit show that Affiant has probable cause for the belief he expresses therein and establish the existence of proper grounds for issuance of this Warrant pursuant to Article 18.02(a)(10) of the Texas Code of Criminal Procedure;

NOW, THEREFORE, you are commanded to enter the suspected place and premises described in said Affidavit, to-wit: the offices of the Texas Department of Criminal Justice, Parole Division, Region III, in Houston, Harris County, Texas, and there to search for and seize the following:

Any and all records, in paper or electronic form, pertaining to TOLIVER, KENDRICK DWAYNE, B/M, DOB 07-19-1994, TDCJ # 02187455, including reported residence addresses, employment verification, telephone numbers, and photographs,

which constitute evidence that the offense of Aggravated Robbery, Texas Penal Code Section 29.03, was committed and that said Kendrick Dwayne Toliver committed it.
~~
Herein fail not, but have you then and there this Warrant within three days, exclusive of the day of its issuance, with your return thereon, showing how you have executed the same.

ISSUED this the 6th day of March, 2025, at 10:52 o'clock a.m., to certify which witness my hand this day.

[sig] Ramona E. Castellanos
Hon. Ramona E. Castellanos
JUDGE, 208th District Court
Harris County, Texas

---
^ OFFICER'S RETURN
Came to hand the ____ day of __________, 2025, at ____ o'clock __.m., and executed on the ____ day of __________, 2025, by delivering a copy of this warrant to the custodian of records named herein and seizing the records listed in the attached inventory.

______________________________
Affiant: Det. Sgt. Curtis L. Bramblett, Houston Police Department
"""
    write_scanned("be04", m, family="times", rotations={2: 180})
    expected("be04", "scanned", "HPD cover letter + Texas district court search warrant (TDCJ parole records), last page upside down",
             req("local-police", "Houston Police Department", "Curtis L. Bramblett", "Detective Sergeant",
                 "curtis.bramblett@houstontx.gov", "832-555-0171"),
             [subj("Kendrick Dwayne Toliver", "1994-07-19", [("other", "02187455")])],
             ["TX CCP 18.02", "TX PC 29.03", "TX GC 508.313"],
             proc("judicial_warrant"), True, "criminal_investigation",
             ["address", "employment", "phone", "photo"], "mail")


def be05():
    m = """^^ HILLSBOROUGH COUNTY SHERIFF'S OFFICE
^. Criminal Investigations Division – Economic Crimes Section
^s 2008 East 8th Avenue, Tampa, Florida 33605
===
^^ FAX TRANSMITTAL
%cols 0.25,0.75
| TO: | FLHSMV – Bureau of Records, Law Enforcement Requests |
| FAX: | (850) 555-0190 |
| FROM: | Det. Yolanda R. Pierce-Matthews, ID #8812 |
| PHONE: | (813) 555-0126 |
| FAX: | (813) 555-0127 |
| DATE: | 05/21/2025 |
| PAGES: | 2 (including cover) |
| RE: | DL photo / address / registration request – HCSO 25-118734 |

Please see attached request form. Two subjects. Thank you for your prompt attention.

%small
CONFIDENTIALITY NOTICE: The documents accompanying this facsimile transmission contain confidential criminal justice information which is legally privileged. The information is intended only for the use of the recipient named above. If you have received this fax in error, please notify us immediately by telephone and destroy the documents.
%normal
~~
^ FLORIDA LAW ENFORCEMENT REQUEST FOR DRIVER LICENSE /
^ IDENTIFICATION CARD AND MOTOR VEHICLE INFORMATION
---
%cols 0.32,0.68
| Requesting Agency | Hillsborough County Sheriff's Office |
| ORI | FL0290000 |
| Requesting Officer | Det. Yolanda R. Pierce-Matthews |
| ID / Badge No. | 8812 |
| Telephone / Fax | (813) 555-0126 / (813) 555-0127 |
| E-mail | ypiercematthews@hcso.tampa.fl.us |
| Case / Report No. | HCSO 25-118734 |
| Offense | Grand Theft – F.S. 812.014 |
| Victim | Coastal Marine Supply, Inc. (contact: Dale Fenwick) |

* SUBJECT INFORMATION
%cols 0.24,0.2,0.14,0.14,0.28
|! Last | First | Middle | DOB | DL / ID Number |
| GÓMEZ-SALAZAR | Héctor | Andrés | 12/02/1990 | G526-431-90-442-0 |
| NOVAK | Milan |  | 05/17/1986 | N120-781-86-177-0 |

* INFORMATION REQUESTED
[x] Driver license / ID card photograph (digital image)
[x] Current and prior addresses of record
[ ] Driving history / transcript
[x] Motor vehicle / vessel registration and title records
[ ] Signature image

* PURPOSE
[x] Criminal investigation     [ ] Locate witness     [ ] Locate victim / next of kin     [ ] Other

* CERTIFICATION
The requesting agency certifies that the information is requested for a law enforcement purpose permitted by the Driver's Privacy Protection Act, 18 U.S.C. § 2721(b)(1), and s. 119.0712(2), Florida Statutes, and will not be re-disclosed except as authorized by law.

%cols 0.5,0.5
| Officer signature: [signed] Y. Pierce-Matthews | Date: 05/21/2025 |
| Supervisor approval: Sgt. Thomas Okafor #6120 | Date: 05/21/2025 |
"""
    write_fax("be05", m, "MAY-21-2025 14:06 HCSO CID ECON CRIMES  8135550127   P.{page}/{total}", family="helv")
    expected("be05", "fax", "Florida sheriff fax cover + DL/MV request form with label/value grid and checkboxes",
             req("sheriff", "Hillsborough County Sheriff's Office", "Yolanda R. Pierce-Matthews", "Detective",
                 "ypiercematthews@hcso.tampa.fl.us", "(813) 555-0126"),
             [subj("Héctor Andrés Gómez-Salazar", "1990-12-02", [("license", "G526431904420")]),
              subj("Milan Novak", "1986-05-17", [("license", "N120781861770")])],
             ["FS 812.014", "FS 119.0712", "18 USC 2721"], proc("none"), False, "criminal_investigation",
             ["photo", "address", "vehicle"], "fax")


def be06():
    m = """^ DEPARTMENT OF HOMELAND SECURITY
^^ IMMIGRATION ENFORCEMENT SUBPOENA
^. TO APPEAR AND/OR PRODUCE RECORDS
^s (8 U.S.C. § 1225(d) and 8 C.F.R. § 287.4)
---
%cols 0.5,0.5
| Subpoena No.: ERO-SLC-LVG-2025-00318 | File No.: A 215-334-806 |
| To: Custodian of Records, Nevada Department of Employment, Training and Rehabilitation (DETR), Employment Security Division, 500 East Third Street, Carson City, NV 89713 | In re: MOHAMED WARSAME, Abdirahman (a/k/a Abdi Warsame), DOB: 1987-10-02 |

By the service of this subpoena upon you, YOU ARE HEREBY SUMMONED AND REQUIRED TO:
[ ] appear before the officer named below to give testimony
[x] produce the records listed below on or before 03/21/2025 at 10:00 a.m. at: U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations, 501 S. Las Vegas Blvd., Suite 200, Las Vegas, NV 89101

in connection with an investigation or inquiry relating to the enforcement of the Immigration and Nationality Act, specifically the admissibility and removability of the above-named individual.

* RECORDS TO BE PRODUCED
1. All quarterly wage records reported for the above-named individual from 01/01/2022 to the present.
2. The names and addresses of all employers reporting wages for the individual.
3. The most recent residential address and telephone number provided by the individual to DETR.

This subpoena is issued under the authority of section 235(d)(4)(A) of the Immigration and Nationality Act and 8 C.F.R. § 287.4. Failure to comply with this subpoena may render you liable to proceedings in a United States District Court, which may result in an order requiring compliance, and failure to obey such an order may be punished as contempt of court.

%cols 0.5,0.5
| Issued at: Las Vegas, Nevada | Date: 03/03/2025 |
| Signature of issuing officer: /s/ K. J. Lindqvist | Name and title: Kristoffer J. Lindqvist, Supervisory Detention and Deportation Officer |
| Telephone: (702) 555-0135 | E-mail: kristoffer.j.lindqvist@ice.dhs.gov |
%small
DHS Form I-138 (Rev. 06/22)
%normal
~~
^ CERTIFICATE OF SERVICE

I certify that on March 4, 2025, I served the Immigration Enforcement Subpoena No. ERO-SLC-LVG-2025-00318 on the Custodian of Records, Nevada DETR, by certified mail, return receipt requested (USPS 9589 0710 5270 0312 8846 17).

[sig] Tamsin Ruelas
Tamsin Ruelas, Deportation Officer
ICE ERO Salt Lake City Field Office – Las Vegas Sub-Office

%small
Privacy Act Statement: Information you provide in response to this subpoena will be used by DHS to carry out its responsibilities under the immigration laws and may be shared as authorized by law.
%normal
"""
    write_pdf("be06", m, family="sans", footer="DHS Form I-138 – Page {page} of 2")
    expected("be06", "born_digital", "DHS Form I-138 Immigration Enforcement Subpoena to NV DETR + certificate of service",
             req("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations",
                 "Kristoffer J. Lindqvist", "Supervisory Detention and Deportation Officer",
                 "kristoffer.j.lindqvist@ice.dhs.gov", "(702) 555-0135"),
             [subj("Abdirahman Mohamed Warsame", "1987-10-02", [("a_number", "A215334806")])],
             ["8 USC 1225", "8 CFR 287.4", "INA 235"],
             proc("administrative_subpoena", "I-138"), True, "civil_immigration",
             ["wages", "employment", "address", "phone"], "mail")


def be07():
    sub = """^ U.S. Department of Justice
^ Drug Enforcement Administration
^s Miami Field Division – Fort Lauderdale District Office
===
^^ SUBPOENA
%cols 0.5,0.5
| Subpoena No. GG-25-0193 | File No. GG-25-0041 |
| TO: Custodian of Records, Florida Department of Highway Safety and Motor Vehicles, Neil Kirkman Building, 2900 Apalachee Parkway, Tallahassee, FL 32399 | File Title: DUARTE PEÑALOZA, Wilmer José et al. |

By the service of this subpoena upon you, YOU ARE HEREBY COMMANDED to appear before Special Agent Renée A. Bautista, an officer of the Drug Enforcement Administration, at 1475 W. Cypress Creek Road, Suite 301, Fort Lauderdale, FL 33309, on the 12th day of May, 2025 at 10:00 a.m., to testify and give information, and to bring with you and produce the records listed below:

Certified copies of driver license and identification card applications, digital photographs, all addresses of record, and vehicle registration and title records for:
:: 1. DUARTE PEÑALOZA, Wilmer José, DOB 1992-01-27, FL DL D630-118-92-027-0
:: 2. MOROZOVA, Svetlana Petrovna, DOB 08/11/1989, FL DL M621-560-89-811-0

In lieu of appearance you may comply by mailing or e-mailing the records to the officer named above on or before the date shown.

This subpoena is issued pursuant to Title 21, United States Code, Section 876, in connection with an investigation relating to controlled substances under Title 21, United States Code. Failure to comply with this subpoena may result in an order of a United States District Court requiring compliance, and the disobedience of such an order may be punished as contempt of court.

You are requested not to disclose the existence of this subpoena; disclosure could impede the investigation being conducted and thereby interfere with the enforcement of federal law.

%cols 0.5,0.5
| Issued: April 28, 2025 | [signature] /s/ R. A. Bautista |
| Fort Lauderdale, Florida | Renée A. Bautista, Special Agent (954) 555-0156 |
%small
DEA administrative subpoena – served by electronic mail
%normal
"""
    png = raster_attachment(sub, "PNG", dpi=150, family="times")
    html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Good afternoon,</p>
<p>Please find attached a DEA administrative subpoena issued under <b>21 U.S.C. 876</b> for driver license and vehicle registration records for the two individuals listed on it. This is part of an ongoing investigation into the distribution of fentanyl (21 U.S.C. 841 and 846) in Broward and Palm Beach counties.</p>
<p>Please return responsive records to my attention at the address on the subpoena or by reply e-mail. If I am unavailable, my alternate point of contact is TFO Ignacio Ruiz-Peña at (954) 555-0157.</p>
<p>Thank you,</p>
<p>Renée A. Bautista<br>Special Agent<br>Drug Enforcement Administration<br>Miami Field Division | Fort Lauderdale District Office<br>Office: (954) 555-0156<br>renee.a.bautista@dea.gov</p>
<p style="font-size:8pt;color:#666">This communication may contain Law Enforcement Sensitive information. Do not disseminate without the approval of DEA.</p>
</body></html>"""
    msg = make_email(("Bautista, Renée A.", "renee.a.bautista@dea.gov"),
                     ("FLHSMV Law Enforcement Records", "le.records@flhsmv.gov"),
                     "DEA Administrative Subpoena – GG-25-0193", "Mon, 28 Apr 2025 15:22:09 -0400",
                     "<be07-GG250193@dea.gov>", html=html,
                     attachments=[(png, "image", "png", "GG-25-0193_subpoena_scan.png")])
    write_eml("be07", msg)
    expected("be07", "eml", "DEA agent HTML-only email, 21 USC 876 administrative subpoena attached as PNG scan",
             req("doj-dea", "Drug Enforcement Administration, Miami Field Division", "Renée A. Bautista",
                 "Special Agent", "renee.a.bautista@dea.gov", "(954) 555-0156"),
             [subj("Wilmer José Duarte Peñaloza", "1992-01-27", [("license", "D630118920270")]),
              subj("Svetlana Petrovna Morozova", "1989-08-11", [("license", "M621560898110")])],
             ["21 USC 876", "21 USC 841", "21 USC 846"],
             proc("administrative_subpoena"), True, "criminal_investigation",
             ["license", "photo", "address", "vehicle"], "email")


def be08():
    text = """===== Colorado DMV - Law Enforcement Records Request (online form) =====
Submission ID: LE-2025-0006613
Submitted: 2025-07-22 16:04:51 MDT
Delivered to: dmv_le_requests@state.co.us

--- Requesting Officer ---
Agency: Aurora Police Department
Officer name: Jasmine T. Halvorsen
Rank: Officer
Title: Traffic Investigator, Traffic Section
Badge/ID: 3318
Phone: (303) 555-0158
Email: jhalvorsen@auroragov.org
Supervisor: Sgt. Peter Dabrowski

--- Case ---
Case number: 25-204871
Nature of investigation: Leaving the scene of an accident involving serious bodily injury, C.R.S. 42-4-1601
Is this request in support of an active criminal investigation? Yes
Is any part of this request for the purpose of investigating or enforcing federal civil immigration law (C.R.S. 24-74-103)? No

--- Subject 1 ---
Full name: Dmitriy Alekseyevich Sokolov
Date of birth: 03/14/1997
DL/ID number: 17-093-5521
State: CO

--- Records requested ---
[X] Photograph
[X] Address history
[ ] Driving record
[X] Vehicle registration(s)

--- Comments ---
Suspect vehicle (silver 2014 Subaru Outback) fled the scene at E. Colfax Ave / Potomac St on 07/19. Victim Teresa Lujan remains hospitalized. Need the photo for a photo lineup with an eyewitness.

--- Certification ---
I certify that this request is made in connection with an active criminal investigation, that the information will be used only for that purpose, and that release is permitted under the Driver's Privacy Protection Act (18 U.S.C. 2721) and C.R.S. 42-1-206.
Electronic signature: Jasmine T. Halvorsen
==========================================================================
"""
    write_txt("be08", text)
    expected("be08", "txt", "Pasted DMV online law-enforcement request form (municipal police, hit and run)",
             req("local-police", "Aurora Police Department", "Jasmine T. Halvorsen", "Traffic Investigator",
                 "jhalvorsen@auroragov.org", "(303) 555-0158"),
             [subj("Dmitriy Alekseyevich Sokolov", "1997-03-14", [("license", "170935521")])],
             ["CRS 42-4-1601", "CRS 24-74-103", "18 USC 2721", "CRS 42-1-206"],
             proc("none"), False, "criminal_investigation", ["photo", "address", "vehicle"], "email")


def be09():
    m = """^ U.S. Department of Justice
^. United States Attorney
^. Northern District of Illinois
%border off
%cols 0.55,0.45
| Morgan T. Ashby, United States Attorney | Dirksen Federal Building |
| Criminal Division – Financial Crimes Section | 219 South Dearborn Street, Fifth Floor |
|  | Chicago, Illinois 60604 |
%border on
---
> August 5, 2025

BY FEDERAL EXPRESS

Illinois Department of Employment Security
Attn: Legal Division – Subpoena Compliance
33 South State Street
Chicago, Illinois 60603

Re: Grand Jury Subpoena No. 2025-0611-3

Dear Custodian of Records:

Enclosed is a subpoena issued by the Special March 2025 Grand Jury in the Northern District of Illinois, which requires the production of Illinois Department of Employment Security ("IDES") records described in the attached Rider. The grand jury is investigating possible violations of federal criminal law, including 18 U.S.C. § 1343 and 18 U.S.C. § 1028A.

You may satisfy the subpoena by producing the records, together with the enclosed certificate of authenticity, on or before the return date, in lieu of personal appearance. We understand that disclosure of IDES information is governed by 820 ILCS 405/1900 and by 20 C.F.R. § 603.7, which addresses subpoenas for confidential unemployment compensation information.

Although Rule 6(e) of the Federal Rules of Criminal Procedure does not impose a secrecy obligation on the recipient of a grand jury subpoena, we request that you not disclose the existence of this subpoena, as disclosure could impede the investigation.

If you have any questions, please contact me or Paralegal Specialist Iryna Hordiyenko at (312) 555-0140.

Very truly yours,

MORGAN T. ASHBY
United States Attorney

By:
[sig] Daniel Okonkwo-Reyes
Daniel P. Okonkwo-Reyes
Assistant United States Attorney
(312) 555-0183
daniel.okonkwo-reyes@usdoj.gov

Enclosures
~~
%small
AO 110 (Rev. 06/09) Subpoena to Testify Before a Grand Jury
%normal
---
^^ UNITED STATES DISTRICT COURT
^. for the
^ Northern District of Illinois

^^ SUBPOENA TO TESTIFY BEFORE A GRAND JURY

To: Custodian of Records, Illinois Department of Employment Security, 33 South State Street, Chicago, Illinois 60603

YOU ARE COMMANDED to appear in this United States district court at the time, date, and place shown below to testify before the court's grand jury. When you arrive, you must remain at the court until the judge or a court officer allows you to leave.

%cols 0.6,0.4
| Place: Everett McKinley Dirksen United States Courthouse, 219 South Dearborn Street, Room 1719, Chicago, Illinois 60604 | Date and Time: 09/03/2025 10:00 am |

You must also bring with you the following documents, electronically stored information, or objects (blank if not applicable): SEE ATTACHED RIDER.

%border off
%cols 0.45,0.55
| Date: 08/04/2025 | CLERK OF COURT |
|  | /s/ T. Maldonado |
|  | Signature of Clerk or Deputy Clerk |
%border on

The name, address, e-mail, and telephone number of the United States attorney, or assistant United States attorney, who requests this subpoena, are:
Daniel P. Okonkwo-Reyes, Assistant United States Attorney, 219 South Dearborn Street, Fifth Floor, Chicago, IL 60604, daniel.okonkwo-reyes@usdoj.gov, (312) 555-0183

> Subpoena No. 2025-0611-3
~~
^ RIDER
^. Grand Jury Subpoena No. 2025-0611-3 – Illinois Department of Employment Security

For the period January 1, 2020 through the date of this subpoena, produce all records pertaining to the following individuals:

%cols 0.45,0.25,0.3
|! Name | Date of Birth | SSN (last four) |
| FARAH, Hodan Abdi | 06/21/1990 | xxx-xx-3307 |
| BONDARENKO, Kateryna | 1994-10-02 | xxx-xx-8145 |
| DE LA CRUZ MALDONADO, Luis Fernando | March 7, 1986 | xxx-xx-5092 |

including:
1. Unemployment insurance claim applications, weekly certifications, and payment histories;
2. Internet Protocol addresses, device identifiers, and bank account information used in connection with any claim;
3. All residential and mailing addresses, telephone numbers and e-mail addresses provided;
4. Quarterly wage records and the names and addresses of reporting employers.
"""
    write_pdf("be09", m, family="times", footer="Page {page} of 3")
    expected("be09", "born_digital", "AUSA cover letter + AO 110 grand jury subpoena + rider (IDES claims/wages)",
             req("doj-usao", "United States Attorney, Northern District of Illinois", "Daniel P. Okonkwo-Reyes",
                 "Assistant United States Attorney", "daniel.okonkwo-reyes@usdoj.gov", "(312) 555-0183"),
             [subj("Hodan Abdi Farah", "1990-06-21", [("ssn_last4", "3307")]),
              subj("Kateryna Bondarenko", "1994-10-02", [("ssn_last4", "8145")]),
              subj("Luis Fernando de la Cruz Maldonado", "1986-03-07", [("ssn_last4", "5092")])],
             ["18 USC 1343", "18 USC 1028A", "820 ILCS 405/1900", "20 CFR 603.7", "FRCrP 6"],
             proc("grand_jury_subpoena", "AO 110"), True, "criminal_investigation",
             ["claims", "benefits", "wages", "employment", "address", "phone", "email", "other"], "mail")


def be10():
    inner_text = """Ms. Holloway,

The Georgia Bureau of Investigation, Financial Investigations Unit, is investigating a group suspected of filing unemployment claims with stolen identities, in violation of O.C.G.A. § 16-9-121 (identity fraud) and O.C.G.A. § 16-14-4 (RICO). GBI Case No. 25-0031-04-07.

We are requesting claim information and quarterly wage records, including employer names, and the addresses and phone numbers the claimants gave GDOL, for the following two people:

  • TRAN, Quoc Bao – DOB 10/05/1984 – SSN ending 8814
  • Marisol Fuentes Arévalo – DOB 1995-12-30 – SSN ending 0472

I understand release is governed by O.C.G.A. § 34-8-121; if GDOL requires a subpoena we can obtain one through the Fulton County District Attorney's Office.

Respectfully,

Lauren B. Castleberry
Special Agent
Georgia Bureau of Investigation | Financial Investigations Unit
3121 Panthersville Road, Decatur, GA 30034
Office: 404-555-0177 | Cell: 678-555-0102
"""
    inner = make_email(("Castleberry, Lauren", "lcastleberry@gbi.ga.gov"),
                       ("Holloway, Patrice", "patrice.holloway@gdol.ga.gov"),
                       "Request for claimant/wage info – GBI case 25-0031-04-07",
                       "Thu, 11 Sep 2025 09:31:40 -0400", "<be10-inner-250911@gbi.ga.gov>", text=inner_text)
    outer_text = """Forwarding for logging and processing – this came to my inbox directly rather than to the records mailbox. Original message attached.

Patrice Holloway
Office of General Counsel
Georgia Department of Labor
"""
    msg = make_email(("Patrice Holloway", "patrice.holloway@gdol.ga.gov"),
                     ("GDOL Records Unit", "records.requests@gdol.ga.gov"),
                     "Fwd: Request for claimant/wage info – GBI case 25-0031-04-07",
                     "Thu, 11 Sep 2025 13:02:18 -0400", "<be10-outer-250911@gdol.ga.gov>", text=outer_text,
                     attachments=[inner])
    write_eml("be10", msg)
    expected("be10", "eml", "Internal forward with original GBI agent request attached as message/rfc822",
             req("state-police", "Georgia Bureau of Investigation, Financial Investigations Unit",
                 "Lauren B. Castleberry", "Special Agent", "lcastleberry@gbi.ga.gov", "404-555-0177"),
             [subj("Quoc Bao Tran", "1984-10-05", [("ssn_last4", "8814")]),
              subj("Marisol Fuentes Arévalo", "1995-12-30", [("ssn_last4", "0472")])],
             ["OCGA 16-9-121", "OCGA 16-14-4", "OCGA 34-8-121"],
             proc("none"), False, "criminal_investigation",
             ["claims", "wages", "employment", "address", "phone"], "email")


def be11():
    m = """^^ DISTRICT ATTORNEY OF KINGS COUNTY
^. 350 Jay Street, Brooklyn, New York 11201
^s ALBERT M. FINNEGAN, District Attorney
---
> September 22, 2025

BY FIRST-CLASS MAIL

Records Access Officer
New York State Department of Labor
Building 12, W.A. Harriman State Office Campus
Albany, New York 12226

Re: Grand Jury Subpoena Duces Tecum – Investigation No. 2025-KCDA-FRB-0412

Dear Records Access Officer:

Enclosed please find a Grand Jury subpoena duces tecum for Department of Labor records. You may comply by mailing certified copies of the records, with a certification conforming to CPLR 4518, to my attention before the return date, in which case no personal appearance will be required.

Please direct any questions to me at (718) 555-0110 or lowenthals@brooklynda.org.

Very truly yours,

[sig] Shira K. Lowenthal
Shira K. Lowenthal
Assistant District Attorney
Frauds Bureau
~~
^^ SUBPOENA DUCES TECUM
^ FOR THE GRAND JURY
^ THE PEOPLE OF THE STATE OF NEW YORK

TO: Records Access Officer / Custodian of Records, New York State Department of Labor, Unemployment Insurance Division, Building 12, W.A. Harriman State Office Campus, Albany, New York 12226

GREETINGS:

WE COMMAND YOU, that all business and excuses being laid aside, you appear and attend before the GRAND JURY of the County of Kings, at the Grand Jury Room, 350 Jay Street, Brooklyn, New York, on the 14th day of October, 2025, at 9:30 A.M., and at any recessed or adjourned date, to give evidence in a criminal proceeding now pending before said Grand Jury, and that you bring with you and produce the records set forth in SCHEDULE A annexed hereto.

The Grand Jury is investigating, among other things, the crimes of Insurance Fraud in the Third Degree (Penal Law § 176.30) and Grand Larceny in the Second Degree (Penal Law § 155.40).

Failure to comply with this subpoena is punishable as a contempt of Court and shall make you liable to the person on whose behalf this subpoena was issued for a penalty not to exceed fifty dollars and all damages sustained by reason of your failure to comply.

This subpoena is issued pursuant to CPL 610.20 and 610.25.

NOTICE: The existence of this subpoena and the records produced are secret. Any disclosure may constitute a violation of Penal Law § 215.70 (unlawful grand jury disclosure).

Dated: Brooklyn, New York, September 22, 2025

ALBERT M. FINNEGAN
District Attorney, Kings County

By:
[sig] S. K. Lowenthal
Shira K. Lowenthal, Assistant District Attorney
~~
^ SCHEDULE A
^. Investigation No. 2025-KCDA-FRB-0412

For the period January 1, 2022 to the present:

1. All quarterly wage reporting records (NYS-45), including employer names, employer registration numbers and addresses, for:
:: (a) PETRENKO, Aleksandr V., DOB 1981-11-09, SSN xxx-xx-5519
:: (b) PHAM, Bich Ngoc, DOB 02/22/1987, SSN xxx-xx-2046

2. All unemployment insurance claim records for the persons listed above, including claim applications, addresses and telephone numbers provided, and the bank routing and account numbers designated for benefit payments.
"""
    write_scanned("be11", m, family="serif", rotations={2: 90})
    expected("be11", "scanned", "NY county DA grand jury subpoena duces tecum with cover letter; schedule page rotated 90",
             req("district-attorney", "District Attorney of Kings County", "Shira K. Lowenthal",
                 "Assistant District Attorney", "lowenthals@brooklynda.org", "(718) 555-0110"),
             [subj("Aleksandr V. Petrenko", "1981-11-09", [("ssn_last4", "5519")]),
              subj("Bich Ngoc Pham", "1987-02-22", [("ssn_last4", "2046")])],
             ["NY CPLR 4518", "NY PL 176.30", "NY PL 155.40", "NY CPL 610.20", "NY CPL 610.25", "NY PL 215.70"],
             proc("grand_jury_subpoena"), True, "criminal_investigation",
             ["wages", "employment", "claims", "address", "phone", "other"], "mail")
# ============================================================ documents be12 - be22

def be12():
    m = """^ DEPARTMENT OF HOMELAND SECURITY
^^ IMMIGRATION DETAINER - NOTICE OF ACTION
%cols 0.34,0.33,0.33
| Subject ID: 391774520 | Event #: MIA2503000214 | File No: A 217 558 402 |
%cols 1.0
| Date: March 17, 2025 |
%cols 0.5,0.5
| TO: (Name and Title of Institution - OR Any Subsequent Law Enforcement Agency) Florida Department of Corrections, Bureau of Classification and Central Records, 501 South Calhoun Street, Tallahassee, FL 32399 | FROM: (Department of Homeland Security Office Address) ICE ERO Miami Field Office, Criminal Apprehension Program, 865 SW 78th Avenue, Suite 101, Plantation, FL 33324 |
%cols 0.4,0.2,0.2,0.2
| Name of Alien: LÓPEZ DE LA CRUZ, Edgar Iván | Date of Birth: 07/04/1985 | Citizenship: Honduras | Sex: M |

* 1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON (complete box 1 or 2):
[ ] A final order of removal against the subject;
[ ] The pendency of ongoing removal proceedings against the subject;
[x] Biometric confirmation of the subject's identity and a records check of federal databases that affirmatively indicate, by themselves or in addition to other reliable information, that the subject either lacks immigration status or notwithstanding such status is removable under U.S. immigration law; and/or
[ ] Statements made by the subject to an immigration officer and/or other reliable evidence that affirmatively indicate the subject either lacks immigration status or notwithstanding such status is removable under U.S. immigration law.

* 2. DHS TRANSFERRED THE SUBJECT TO YOUR CUSTODY FOR A PROCEEDING OR INVESTIGATION:
[ ] Upon completion of the proceeding or investigation for which the subject was transferred to your custody, DHS intends to resume custody of the subject to complete processing and/or make an admissibility determination.

* IT IS THEREFORE REQUESTED THAT YOU:
Notify DHS as early as practicable (at least 48 hours, if possible) before the subject is released from your custody. Please notify DHS by calling U.S. Immigration and Customs Enforcement (ICE) at (954) 555-0181. If you cannot reach an official at the number provided, please contact the Law Enforcement Support Center at (802) 555-0100.

Maintain custody of the subject for a period NOT TO EXCEED 48 HOURS beyond the time when he/she would otherwise have been released from your custody to allow DHS to assume custody. The subject must be served with a copy of this form for the detainer to take effect. This detainer arises from DHS authorities and should not impact decisions about the subject's bail, rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, or other matters.

Relay this detainer to any other law enforcement agency to which you transfer custody of the subject. Notify this office in the event of the subject's death, hospitalization or transfer to another institution.

This detainer is supported by a Form I-200, Warrant for Arrest of Alien, maintained in the subject's file.

%cols 0.5,0.5
| Jorge L. Betancourt-Ríos, Supervisory Detention and Deportation Officer (Name and title of Immigration Officer) | /s/ J. Betancourt-Ríos (Signature of Immigration Officer) |
~~
^ NOTICE TO THE DETAINEE

The Department of Homeland Security (DHS) has placed an immigration detainer on you. An immigration detainer is a notice from DHS informing law enforcement agencies that DHS intends to assume custody of you after you otherwise would be released from custody. DHS has requested that the law enforcement agency which is currently detaining you maintain custody of you for a period NOT TO EXCEED 48 HOURS beyond the time when you would otherwise have been released.

This detainer is issued under the authority of sections 236 and 287 of the Immigration and Nationality Act and 8 CFR 287.7.

If you have a complaint regarding this detainer or related to violations of civil rights or civil liberties connected to DHS activities, please contact the ICE Joint Intake Center at 1-877-555-0144.

%cols 0.5,0.5
| Subject's FDC number: R47719 | Facility: Everglades Correctional Institution |

%small
DHS Form I-247A (3/17)
%normal
"""
    write_fax("be12", m, "03/17/2025 14:22  FROM: ICE ERO MIAMI CAP  (954)555-0181  TO: 18505550133   P.00{page}/00{total}",
              family="helv", size=9.5)
    expected("be12", "fax", "Faxed DHS Form I-247A immigration detainer to state DOC (no warrant page sent)",
             req("dhs-ice-ero", "ICE ERO Miami Field Office, Criminal Apprehension Program",
                 "Jorge L. Betancourt-Ríos", "Supervisory Detention and Deportation Officer", None, "(954) 555-0181"),
             [subj("Edgar Iván López de la Cruz", "1985-07-04",
                   [("a_number", "A217558402"), ("other", "391774520"), ("other", "R47719")])],
             ["INA 236", "INA 287", "8 CFR 287.7"],
             proc("detainer", "I-247A"), False, "civil_immigration", ["other"], "fax")


def be13():
    m = """^ U.S. Department of Justice
^^ United States Marshals Service
^. District of New Mexico
^s Sonya R. Whitehorse, United States Marshal
^s 333 Lomas Blvd. NW, Suite 180, Albuquerque, NM 87102
---

> 17 September 2025

VIA EMAIL ONLY: mvd.lawenforcement@tax.newmexico.gov

New Mexico Taxation & Revenue Department
Motor Vehicle Division – Law Enforcement Liaison
Joseph M. Montoya Building, 1100 South St. Francis Drive
Santa Fe, NM 87504

RE: Fugitive investigation – USMS Warrant No. 2509-0412-0888-F

Dear Law Enforcement Liaison,

The United States Marshals Service is seeking to apprehend Tomás Ezequiel ARAGÓN-BACA, who is the subject of a federal arrest warrant issued on August 28, 2025 by the U.S. District Court for the District of New Mexico for violating the conditions of his supervised release (18 U.S.C. § 3583(e)). His underlying conviction is for being a felon in possession of a firearm, 18 U.S.C. § 922(g)(1). He has not reported to his probation officer, USPO Gregory Lente, since July.

Investigators believe Krystal Anne BEGAY is providing him with housing and transportation. I am requesting, for both individuals, the most recent driver license photograph, all addresses of record, and all vehicles registered in their names.

%cols 0.4,0.25,0.35
|! Name | DOB | NM DL # |
| ARAGÓN-BACA, Tomás Ezequiel | 01/16/1979 | 039215874 |
| BEGAY, Krystal Anne | 1988-03-30 | 110448302 |

The USMS is authorized to investigate fugitive matters under 28 U.S.C. § 566(e)(1)(B). Disclosure to a law enforcement agency is permitted by 18 U.S.C. § 2721(b)(1) and NMSA 1978, § 66-2-7.1.

Thank you for your assistance.

[sig] Elias Navarrete
ELIAS J. NAVARRETE
Deputy U.S. Marshal, Task Force Coordinator
Desk: (505) 555-0121   Cell: (505) 555-0196   Fax: (505) 555-0122
elias.navarrete@usdoj.gov

cc: AUSA Miriam Coldwater
"""
    write_pdf("be13", m, family="helv")
    expected("be13", "born_digital", "USMS deputy letter, fugitive on supervised-release warrant (not attached), two subjects",
             req("doj-usms", "United States Marshals Service, District of New Mexico", "Elias J. Navarrete",
                 "Deputy U.S. Marshal", "elias.navarrete@usdoj.gov", "(505) 555-0121"),
             [subj("Tomás Ezequiel Aragón-Baca", "1979-01-16", [("license", "039215874")]),
              subj("Krystal Anne Begay", "1988-03-30", [("license", "110448302")])],
             ["18 USC 3583", "18 USC 922", "28 USC 566", "18 USC 2721", "NMSA 66-2-7.1"],
             proc("none"), False, "criminal_investigation", ["photo", "address", "vehicle"], "email")


def be14():
    sub = """^ SOCIAL SECURITY ADMINISTRATION
^ OFFICE OF THE INSPECTOR GENERAL
^s Office of Investigations – Denver Field Division
===
^^ SUBPOENA DUCES TECUM
> No. OIG-DEN-25-0147

TO: Custodian of Records
Colorado Department of Labor and Employment
Division of Unemployment Insurance
251 E. 12th Avenue, Denver, CO 80203

YOU ARE HEREBY COMMANDED to produce the records described in the attached Schedule to Special Agent Gwendolyn A. Thornbury, Social Security Administration, Office of the Inspector General, 1961 Stout Street, Suite 1150, Denver, CO 80294, on or before June 30, 2025.

This subpoena is issued pursuant to the Inspector General Act of 1978, as amended, 5 U.S.C. § 406(a)(4), in connection with an official investigation by the Office of the Inspector General of the Social Security Administration. In the case of contumacy or refusal to obey, this subpoena is enforceable by order of any appropriate United States district court.

In lieu of personal production you may deliver certified copies by mail or secure electronic transfer.

[sig] M. L. Vandergriff
Michelle L. Vandergriff
Deputy Inspector General for Investigations
(for the Inspector General)
Date: June 9, 2025
~~
^ SCHEDULE

For the period January 1, 2019 to the present, provide the following for DRAGAN ILIĆ (also spelled ILIC), date of birth 5 Nov 1971, Social Security number XXX-XX-9158:

1. All quarterly wage records, including employer names, addresses and employer account numbers.
2. All unemployment insurance claims filed, including the addresses, telephone numbers and payment records associated with each claim.

Note: Supplemental Security Income benefits for the above individual were paid to a representative payee, Snežana Ilić. No records of the representative payee are requested by this subpoena.
"""
    pdf = render_pdf(sub, family="serif")
    text = """Dear Custodian of Records:

Attached please find a subpoena duces tecum issued by the Social Security Administration Office of the Inspector General for wage and unemployment insurance records of Dragan Ilić. The investigation concerns possible violations of 42 U.S.C. § 1383a(a)(3) (concealment of work activity affecting SSI eligibility) and 18 U.S.C. § 641 (theft of government funds).

Please contact me before producing the records so that we can arrange secure delivery.

Sincerely,

Gwendolyn A. Thornbury
Special Agent
Social Security Administration – Office of the Inspector General
Office of Investigations, Denver Field Division
Tel: 303-555-0167  |  Mobile: 720-555-0138
gwendolyn.thornbury@ssa.gov
"""
    msg = make_email(("Thornbury, Gwendolyn", "gwendolyn.thornbury@ssa.gov"),
                     ("CDLE UI Records", "cdle_ui_records@state.co.us"),
                     "OIG Subpoena – wage records – ILIĆ, Dragan", "Mon, 09 Jun 2025 11:48:02 -0600",
                     "<be14.OIG-DEN-25-0147@ssa.gov>", text=text, html=text_to_html(text),
                     attachments=[(pdf, "application", "pdf", "SSA-OIG_Subpoena_OIG-DEN-25-0147.pdf")])
    write_eml("be14", msg)
    expected("be14", "eml", "SSA-OIG agent email (multipart/alternative) with IG subpoena duces tecum PDF attached",
             req("ssa-oig", "Social Security Administration – Office of the Inspector General", "Gwendolyn A. Thornbury",
                 "Special Agent", "gwendolyn.thornbury@ssa.gov", "303-555-0167"),
             [subj("Dragan Ilić", "1971-11-05", [("ssn_last4", "9158")])],
             ["5 USC 406", "42 USC 1383a", "18 USC 641"],
             proc("administrative_subpoena"), True, "criminal_investigation",
             ["wages", "employment", "claims", "address", "phone"], "email")


def be15():
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial;font-size:10.5pt">
<p>Good morning,</p>
<p>The U.S. Department of Labor, Office of Inspector General, Office of Investigations – Labor Racketeering and Fraud, is investigating a scheme to obtain unemployment insurance benefits in Oregon using stolen identities, in violation of 18 U.S.C. §§ 1343 and 1028A (OIG Case No. 25-0188-OIL).</p>
<p>Pursuant to 20 C.F.R. § 603.6(a) and § 603.5(i), I am requesting the following for each claimant below: claim applications, weekly certifications, payment histories, the bank accounts and debit cards used to receive payments, IP addresses used to file, and all mailing addresses, telephone numbers and e-mail addresses on file.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Name</th><th>DOB</th><th>SSN (last 4)</th></tr>
<tr><td>Bashir Hassan Egal</td><td>1994-04-09</td><td>6731</td></tr>
<tr><td>Anastasia Kravets</td><td>02/18/1992</td><td>0098</td></tr>
<tr><td>RUIZ MENDOZA, José Manuel</td><td>11 Oct 1983</td><td>4410</td></tr>
</table>
<p>An Excel or CSV export is fine. Please send via your secure file transfer; I can send a Kiteworks link on request.</p>
<p>Thank you,</p>
<p><b>Priya N. Raman</b><br>Special Agent<br>U.S. Department of Labor – Office of Inspector General<br>Office of Investigations, Seattle Region – Portland Post of Duty<br>Desk: 503-555-0173<br><a href="mailto:raman.priya.n@oig.dol.gov">raman.priya.n@oig.dol.gov</a></p>
<p>cc: ASAC Lorne Beaudry</p>
</body></html>"""
    msg = make_email(("Raman, Priya N - OIG", "raman.priya.n@oig.dol.gov"),
                     ("OED UI Integrity", "ui.integrity@employ.oregon.gov"),
                     "DOL-OIG request: UI claim data (3 claimants) – Case 25-0188-OIL",
                     "Wed, 23 Jul 2025 09:05:55 -0700", "<be15.250723@oig.dol.gov>", html=html,
                     cc=("Beaudry, Lorne - OIG", "beaudry.lorne@oig.dol.gov"))
    write_eml("be15", msg)
    expected("be15", "eml", "DOL-OIG HTML-only email with subject table (3 claimants), 20 CFR 603 authority",
             req("dol-oig", "U.S. Department of Labor – Office of Inspector General", "Priya N. Raman",
                 "Special Agent", "raman.priya.n@oig.dol.gov", "503-555-0173"),
             [subj("Bashir Hassan Egal", "1994-04-09", [("ssn_last4", "6731")]),
              subj("Anastasia Kravets", "1992-02-18", [("ssn_last4", "0098")]),
              subj("José Manuel Ruiz Mendoza", "1983-10-11", [("ssn_last4", "4410")])],
             ["18 USC 1343", "18 USC 1028A", "20 CFR 603.6", "20 CFR 603.5"],
             proc("none"), False, "criminal_investigation",
             ["claims", "benefits", "address", "phone", "email", "other"], "email")


def be16():
    m = """^ U.S. Department of Homeland Security
^ U.S. Customs and Border Protection
^. Office of Field Operations – Los Angeles/Long Beach Seaport
^s Outbound Enforcement Team, 301 E. Ocean Blvd., Suite 1400, Long Beach, CA 90802
---
> July 14, 2025

Nevada Department of Motor Vehicles
Records Section
555 Wright Way
Carson City, NV 89711

Dear Custodian of Records:

Enclosed is a CBP summons for title, registration and licensing records in connection with an ongoing investigation of the unlawful export of stolen motor vehicles through the Port of Long Beach. Responsive records may be mailed to the address above or sent to the e-mail address below. Please do not contact the persons named in the summons.

Sincerely,

[sig] Warrick Fonoti
Warrick D. Fonoti
Supervisory CBP Officer
(562) 555-0114   warrick.fonoti@cbp.dhs.gov
~~
%cols 0.7,0.3
| DEPARTMENT OF HOMELAND SECURITY / U.S. CUSTOMS AND BORDER PROTECTION | 19 U.S.C. 1509 |
^^ SUMMONS
%cols 0.5,0.5
| TO: Custodian of Records, Nevada Department of Motor Vehicles, Records Section, 555 Wright Way, Carson City, NV 89711 | Summons No.: LGB-OET-2025-0087 |

By the service of this summons, you are hereby required to appear before Supervisory CBP Officer Warrick D. Fonoti, an officer of U.S. Customs and Border Protection, at 301 E. Ocean Blvd., Suite 1400, Long Beach, CA 90802, on August 4, 2025 at 9:00 a.m., to give testimony and to produce the following records:

Title and registration histories, owner names, addresses of record and driver license photographs for:
:: 1. ÁLVAREZ RINCÓN, Jhon Fredy – DOB 1990-09-14 – NV DL 1502778431
:: 2. HRYTSENKO, Oksana – DOB 12/01/1988 – NV DL 2307119054
and for the vehicles bearing the following VINs: 1FTFW1E58NFA41137; 5TDKZ3DC2LS061284; WA1BNAFY4L2094415.

This summons is issued under the authority of 19 U.S.C. 1509 and 19 CFR part 163, in connection with an investigation or inquiry to determine compliance with laws administered by CBP, including the unlawful exportation of stolen vehicles (19 U.S.C. 1627a and 18 U.S.C. 553).

Failure to comply with this summons will render you liable to proceedings in the United States District Court to enforce compliance with this summons, as provided by 19 U.S.C. 1510.

In lieu of appearance, the records may be produced by mail to the officer named above on or before the date of appearance.

%cols 0.5,0.5
| Issued by (signature): [signed] W. D. Fonoti | Name and title: Warrick D. Fonoti, Supervisory CBP Officer |
| Date: 07/14/2025 | Telephone: (562) 555-0114 |
%small
CBP Form 3115 (04/18)
%normal
"""
    write_scanned("be16", m, family="helv")
    expected("be16", "scanned", "CBP cover letter + CBP Form 3115 summons (19 USC 1509) to NV DMV, stolen-vehicle exports",
             req("dhs-cbp", "U.S. Customs and Border Protection, Office of Field Operations", "Warrick D. Fonoti",
                 "Supervisory CBP Officer", "warrick.fonoti@cbp.dhs.gov", "(562) 555-0114"),
             [subj("Jhon Fredy Álvarez Rincón", "1990-09-14", [("license", "1502778431")]),
              subj("Oksana Hrytsenko", "1988-12-01", [("license", "2307119054")])],
             ["19 USC 1509", "19 CFR 163", "19 USC 1627a", "18 USC 553", "19 USC 1510"],
             proc("administrative_subpoena", "CBP Form 3115"), True, "criminal_investigation",
             ["vehicle", "address", "photo"], "mail")


def be17():
    text = """From: Sutherland, Graham T <graham.sutherland@ci.irs.gov>
Sent: Wednesday, February 19, 2025 9:12 AM
To: NYSDOL Records Access <records.access@labor.ny.gov>
Subject: IRS-CI request - wage reporting - MACHADO CORDEIRO, Fabiola / LUONG, Hung Q.

Good morning,

I'm a Special Agent with IRS Criminal Investigation, New York Field Office. We are investigating a return preparer and an associate for aiding in the preparation of false returns (26 U.S.C. § 7206(2)) and tax evasion (26 U.S.C. § 7201).

I'm requesting New York State wage reporting (NYS-45) data for the two individuals below for tax years 2021 through 2024, including the employer names, EINs and employer addresses:

  1) Fabíola Machado Cordeiro -- DOB 1977-06-03 -- SSN ending 2258
  2) LUONG, Hung Quoc -- DOB 12/19/1980 -- SSN ending 7360

If the Department requires a summons under 26 U.S.C. § 7602 I can have one issued, but I understand NY Labor Law § 537 permits disclosure to federal agencies in some circumstances, so I wanted to ask informally first.

Thanks,

Graham T. Sutherland
Special Agent | IRS - Criminal Investigation | New York Field Office
290 Broadway, New York, NY 10007
Office: 212-555-0139 | Cell: 917-555-0153

This message may contain Sensitive But Unclassified (SBU) information, including taxpayer information protected by law. If you are not the intended recipient, please delete it.
"""
    write_txt("be17", text)
    expected("be17", "txt", "IRS-CI email saved as plain text with Outlook-style headers",
             req("irs-ci", "IRS Criminal Investigation, New York Field Office", "Graham T. Sutherland",
                 "Special Agent", "graham.sutherland@ci.irs.gov", "212-555-0139"),
             [subj("Fabíola Machado Cordeiro", "1977-06-03", [("ssn_last4", "2258")]),
              subj("Hung Quoc Luong", "1980-12-19", [("ssn_last4", "7360")])],
             ["26 USC 7206", "26 USC 7201", "26 USC 7602", "NY LAB 537"],
             proc("none"), False, "criminal_investigation", ["wages", "employment"], "email")


def be18():
    m = """^ Office of Enforcement and Removal Operations
^. U.S. Department of Homeland Security
^. U.S. Immigration and Customs Enforcement
^s Buffalo Field Office, 250 Delaware Avenue, Floor 7, Buffalo, NY 14202
---
> 2025-05-12

VIA U.S. MAIL

New York State Department of Motor Vehicles
Division of Legal Affairs – Records Access
6 Empire State Plaza
Albany, NY 12228

Re: Request for DMV records – KOVAČEVIĆ, Nikola (A203 776 145)

To Whom It May Concern:

Enclosed please find a copy of a Warrant for Arrest of Alien (Form I-200) issued for the above-named individual, DOB: 01/22/1990, New York DL# 418 722 903. The warrant was issued pursuant to 8 U.S.C. § 1226(a).

ERO respectfully requests that your agency provide the subject's current residential address, any vehicles registered in his name, and his most recent photograph. This request is made pursuant to 8 U.S.C. § 1357(a). We are aware of the provisions of Vehicle and Traffic Law § 201(12); please contact the undersigned if the Department has questions regarding this request.

Sincerely,

[sig] Joanna Przybylski
Joanna M. Przybylski
Supervisory Detention and Deportation Officer
ERO Buffalo – Fugitive Operations
Tel: (716) 555-0145
joanna.m.przybylski@ice.dhs.gov

Enclosure: Form I-200
~~
%cols 0.6,0.4
| U.S. DEPARTMENT OF HOMELAND SECURITY | Warrant for Arrest of Alien |
^^ WARRANT FOR ARREST OF ALIEN
%cols 0.5,0.5
| File No. A203 776 145 | Date: 04/29/2025 |

To: Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest for immigration violations

I have determined that there is probable cause to believe that KOVAČEVIĆ, Nikola is removable from the United States. This determination is based upon:
[ ] the execution of a charging document to initiate removal proceedings against the subject;
[ ] the pendency of ongoing removal proceedings against the subject;
[ ] the failure to establish admissibility subsequent to deferred inspection;
[x] biometric confirmation of the subject's identity and a records check of federal databases that affirmatively indicate, by themselves or in addition to other reliable information, that the subject either lacks immigration status or notwithstanding such status is removable under U.S. immigration law; and/or
[ ] statements made voluntarily by the subject to an immigration officer and/or other reliable evidence that affirmatively indicate the subject either lacks immigration status or notwithstanding such status is removable under U.S. immigration law.

YOU ARE COMMANDED to arrest and take into custody for removal proceedings under the Immigration and Nationality Act, the above-named alien.

%cols 0.5,0.5
| [signed] C. P. Devaney (Signature of Authorized Immigration Officer) | Colm P. Devaney, Assistant Field Office Director (Printed Name and Title of Authorized Immigration Officer) |

^ Certificate of Service (to be completed by officer executing warrant)
I hereby certify that the Warrant for Arrest of Alien was served by me at ________________ (Location) on ____________ (Name of Alien) on ________ (Date of Service), and the contents of this notice were read to him or her in the ____________ (Language) language.
%cols 0.5,0.5
| Name and Signature of Officer | Name or Number of Interpreter (if applicable) |
%small
Form I-200 (Rev. 09/16)
%normal
"""
    write_pdf("be18", m, family="serif")
    expected("be18", "born_digital", "ERO cover letter + Form I-200 administrative arrest warrant to NY DMV",
             req("dhs-ice-ero", "U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations – Buffalo Field Office",
                 "Joanna M. Przybylski", "Supervisory Detention and Deportation Officer",
                 "joanna.m.przybylski@ice.dhs.gov", "(716) 555-0145"),
             [subj("Nikola Kovačević", "1990-01-22", [("a_number", "A203776145"), ("license", "418722903")])],
             ["8 USC 1226", "8 USC 1357", "NY VTL 201", "INA 236", "INA 287", "8 CFR 287"],
             proc("administrative_warrant", "I-200"), True, "civil_immigration",
             ["address", "vehicle", "photo"], "mail")


def be19():
    i205 = """%cols 0.6,0.4
| U.S. Department of Homeland Security | Warrant of Removal/Deportation |
^^ WARRANT OF REMOVAL/DEPORTATION
%cols 0.5,0.5
| File No: A206 113 589 | Date: 02/11/2025 |

To any immigration officer of the United States Department of Homeland Security:

Rigoberto Alonso HENRÍQUEZ CHÁVEZ
_ (Full name of alien)

who entered the United States at near Hidalgo, Texas (Place of entry) on or about June 2004 (Date of entry)

is subject to removal/deportation from the United States, based upon a final order by:
[x] an immigration judge in exclusion, deportation, or removal proceedings
[ ] a designated official
[ ] the Board of Immigration Appeals
[ ] a United States District or Magistrate Court Judge

and pursuant to the following provisions of the Immigration and Nationality Act:
Section 212(a)(6)(A)(i) of the Immigration and Nationality Act, as amended.

I, the undersigned officer of the United States, by virtue of the power and authority vested in the Secretary of Homeland Security under the laws of the United States and by his or her direction, command you to take into custody and remove from the United States the above-named alien, pursuant to law, at the expense of:
The appropriation "Operations and Support, U.S. Immigration and Customs Enforcement"

%cols 0.5,0.5
| [signed] M. L. Kincannon (Signature of immigration officer) | Marisa L. Kincannon, Field Office Director (Title of immigration officer) |
| 02/11/2025, Burlington, MA (Date and office location) |  |
%small
Form I-205 (Rev. 08/01/07)
%normal
"""
    jpg = raster_attachment(i205, "JPEG", dpi=150, family="times", angle=1.1)
    text = """Good afternoon,

Attached is a copy of a Warrant of Removal/Deportation (Form I-205) for the subject listed below, who has a final order of removal and is subject to detention and removal under 8 U.S.C. 1231(a). ERO Boston requests the subject's most recent address on file with the RMV and his license photograph to assist in locating him.

Subject: HENRÍQUEZ CHÁVEZ, Rigoberto Alonso
DOB: 03/09/1982
A#: 206-113-589
MA License: S93321775

Please reply to this email or call my desk.

v/r,
Tiago Ferreira
Deportation Officer
ERO Boston – Fugitive Operations Team
U.S. Immigration and Customs Enforcement
1000 District Avenue, Burlington, MA 01803
Desk 781-555-0129 | Cell 617-555-0190
"""
    msg = make_email(("Ferreira, Tiago M", "tiago.m.ferreira@ice.dhs.gov"),
                     ("RMV Law Enforcement Support", "rmv.le.support@dot.state.ma.us"),
                     "I-205 Warrant – address/photo request – HENRIQUEZ CHAVEZ",
                     "Fri, 14 Feb 2025 14:37:51 -0500", "<be19.250214.BOS@ice.dhs.gov>", text=text,
                     attachments=[(jpg, "image", "jpeg", "I-205_HENRIQUEZ_CHAVEZ.jpg")])
    write_eml("be19", msg)
    expected("be19", "eml", "ERO plain-text email with Form I-205 warrant of removal attached as JPEG scan",
             req("dhs-ice-ero", "ERO Boston – Fugitive Operations Team, U.S. Immigration and Customs Enforcement",
                 "Tiago Ferreira", "Deportation Officer", "tiago.m.ferreira@ice.dhs.gov", "781-555-0129"),
             [subj("Rigoberto Alonso Henríquez Chávez", "1982-03-09",
                   [("a_number", "A206113589"), ("license", "S93321775")])],
             ["8 USC 1231", "INA 212"],
             proc("administrative_warrant", "I-205"), True, "civil_immigration", ["address", "photo"], "email")


def be20():
    m = """%small
Transmitted by e-mail to odoc.records@doc.oregon.gov – 08/19/2025 – 1 page
%normal
^ DEPARTMENT OF HOMELAND SECURITY
^^ REQUEST FOR ADVANCE NOTIFICATION OF RELEASE
%cols 0.34,0.33,0.33
| Subject ID: 405512983 | Event #: POO2508000117 | File No: A216 904 330 |
%cols 1.0
| Date: August 19, 2025 |
%cols 0.5,0.5
| TO: Oregon Department of Corrections, Offender Information & Sentence Computation Unit, 2575 Center Street NE, Salem, OR 97301 | FROM: ICE ERO Seattle Field Office – Portland Sub-Office, 4310 SW Macadam Avenue, Portland, OR 97239 |
%cols 0.34,0.22,0.22,0.22
| Name of Alien: VOLKOV, Dmitriy Sergeyevich | Date of Birth: 1983-07-07 | Nationality: Russia | Sex: M |
%cols 1.0
| ODOC SID #: 22184719 |

* 1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. THIS DETERMINATION IS BASED ON:
[x] A final order of removal against the subject;
[ ] The pendency of ongoing removal proceedings against the subject;
[ ] Biometric confirmation of the subject's identity and a records check of federal databases;
[ ] Statements made by the subject to an immigration officer and/or other reliable evidence.

* IT IS REQUESTED THAT YOU:
Notify DHS as early as practicable (at least 48 hours, if possible) before the subject is released from your custody, by calling ICE at (503) 555-0116 or e-mailing PortlandCAP@ice.dhs.gov. This request does not request or authorize that you detain the subject beyond the time he or she is currently scheduled for release from your custody.

This request is made under the authority of sections 236 and 287 of the Immigration and Nationality Act and 8 CFR 236.1 and 287.7.

%cols 0.5,0.5
| /s/ Bethany R. Aldana (Signature of Immigration Officer) | Bethany R. Aldana, Deportation Officer (Name and Title of Immigration Officer) |

* Remarks:
Please advise the projected release date and any post-prison supervision address on file for the subject.
%small
DHS Form I-247X (5/17)
%normal
"""
    write_pdf("be20", m, family="helv", size=9.8)
    expected("be20", "born_digital", "DHS Form I-247X request for advance notification of release to state DOC",
             req("dhs-ice-ero", "ICE ERO Seattle Field Office – Portland Sub-Office", "Bethany R. Aldana",
                 "Deportation Officer", "PortlandCAP@ice.dhs.gov", "(503) 555-0116"),
             [subj("Dmitriy Sergeyevich Volkov", "1983-07-07",
                   [("a_number", "A216904330"), ("other", "405512983"), ("other", "22184719")])],
             ["INA 236", "INA 287", "8 CFR 236.1", "8 CFR 287.7"],
             proc("detainer", "I-247X"), False, "civil_immigration", ["other", "address"], "email")


def be21():
    m = """^ U.S. Department of Justice
^. United States Attorney's Office
^. District of Nevada
%border off
%cols 0.5,0.5
| JASON R. FRYE | 501 Las Vegas Boulevard South, Suite 1100 |
| Acting United States Attorney | Las Vegas, Nevada 89101 |
%border on
---
> October 2, 2025

Via Email (dmvlegal@dmv.nv.gov)

Custodian of Records
Nevada Department of Motor Vehicles
Compliance Enforcement Division
555 Wright Way, Carson City, NV 89711

Re: In re Application of the United States for an Order Pursuant to 18 U.S.C. § 2703(d), Case No. 2:25-mj-00944-DJA

Dear Custodian:

Enclosed is an Order of the United States District Court for the District of Nevada directing the Nevada Department of Motor Vehicles to disclose records associated with the MyDMV online account of the person identified in Attachment A. Please produce the records within ten days to FBI Special Agent Thomas Brennan, who is assisting in this investigation, with a copy to me.

The Order also prohibits notification of the account holder or any other person for one year under 18 U.S.C. § 2705(b). The application and Order are sealed.

Sincerely,

JASON R. FRYE
Acting United States Attorney

/s/ Alicia W. Nakamura-Dunn
Alicia W. Nakamura-Dunn
Assistant United States Attorney
702-555-0111 | alicia.nakamura-dunn@usdoj.gov

cc: SA Thomas Brennan, FBI Las Vegas
~~
^ UNITED STATES DISTRICT COURT
^ DISTRICT OF NEVADA
%cols 0.62,0.38
| IN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN ORDER PURSUANT TO 18 U.S.C. § 2703(d) DIRECTED TO THE NEVADA DEPARTMENT OF MOTOR VEHICLES | Case No. 2:25-mj-00944-DJA  FILED UNDER SEAL |
^^ ORDER

The United States has submitted an application pursuant to 18 U.S.C. § 2703(d), requesting that the Court issue an Order requiring the Nevada Department of Motor Vehicles ("NV DMV"), which provides online account services to the public, to disclose the records and other information described in Attachment A to this Order.

The Court finds that the United States has offered specific and articulable facts showing that there are reasonable grounds to believe that the records or other information sought are relevant and material to an ongoing criminal investigation of violations of 18 U.S.C. § 875(c) (interstate threats) and 18 U.S.C. § 2261A (stalking).

The Court determines that there is reason to believe that notification of the existence of this Order will seriously jeopardize the ongoing investigation, including by giving targets an opportunity to flee or continue flight from prosecution, destroy or tamper with evidence, or intimidate potential witnesses. See 18 U.S.C. § 2705(b).

IT IS THEREFORE ORDERED, pursuant to 18 U.S.C. § 2703(d), that NV DMV shall, within ten days of the date of this Order, disclose to the United States the records and other information described in Attachment A to this Order.

IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that NV DMV shall not disclose the existence of the application of the United States, or the existence of this Order of the Court, to the account holder listed in Attachment A, or to any other person, for a period of one year from the date of this Order, except that NV DMV may disclose this Order to an attorney for the purpose of receiving legal advice.

IT IS FURTHER ORDERED that the application and this Order are sealed until otherwise ordered by the Court.

Dated: September 30, 2025

[sig] Dolores J. Acheson
DOLORES J. ACHESON
UNITED STATES MAGISTRATE JUDGE
~~
^ ATTACHMENT A

I. The Account
Any MyDMV online account, and any driver record linked to such account, associated with WADE ALLEN KITTREDGE, date of birth 02/26/1979, Nevada driver license number 1608835247.

II. Records and Other Information to Be Disclosed
For the period January 1, 2025 to the present:
1. Names, residential and mailing addresses, e-mail addresses and telephone numbers associated with the account;
2. Records of session times and durations, and the Internet Protocol addresses used to log in to the account;
3. Records of online transactions, including means and source of payment.

The victim, identified in the application as N.R., is not an account holder and no records concerning the victim are sought.
"""
    write_pdf("be21", m, family="times", footer="Case 2:25-mj-00944-DJA   *SEALED*   Page {page} of 3")
    expected("be21", "born_digital", "AUSA transmittal + sealed federal 18 USC 2703(d) court order to NV DMV",
             req("doj-usao", "United States Attorney's Office, District of Nevada", "Alicia W. Nakamura-Dunn",
                 "Assistant United States Attorney", "alicia.nakamura-dunn@usdoj.gov", "702-555-0111"),
             [subj("Wade Allen Kittredge", "1979-02-26", [("license", "1608835247")])],
             ["18 USC 2703", "18 USC 2705", "18 USC 875", "18 USC 2261A"],
             proc("court_order"), True, "criminal_investigation",
             ["address", "email", "phone", "other"], "email")


def be22():
    m = """^^ NEW MEXICO STATE POLICE
^. Investigations Bureau – District 5 (Albuquerque)
^s 5801 Jefferson Street NE, Albuquerque, NM 87109
===
^^ FACSIMILE
%cols 0.22,0.78
| TO: | NM Health Care Authority – Office of General Counsel / Records |
| FAX: | (505) 555-0150 |
| FROM: | Agent Danielle F. Yazzie |
| DESK: | (505) 555-0137   Cell: (505) 555-0165 |
| FAX: | (505) 555-0138 |
| DATE: | 10/06/2025 |
| PAGES: | 3 incl. cover |
| RE: | Court order – records of Francisco Javier Armijo and Ruby L. Tsosie |

Attached is a signed order from the Second Judicial District Court directing release of HCA records for the two adults named. Please call me when records are ready or e-mail danielle.yazzie@dps.nm.gov.

%small
This facsimile contains CONFIDENTIAL information intended only for the named recipient. If you have received it in error, notify the sender by telephone and destroy all copies.
%normal
~~
^ STATE OF NEW MEXICO
^ COUNTY OF BERNALILLO
^ SECOND JUDICIAL DISTRICT COURT
%cols 0.65,0.35
| IN THE MATTER OF THE APPLICATION OF THE NEW MEXICO STATE POLICE FOR AN ORDER DIRECTING RELEASE OF RECORDS | No. D-202-MS-2025-00318 |
^^ ORDER FOR PRODUCTION OF RECORDS

THIS MATTER having come before the Court upon the sworn application of Agent Danielle F. Yazzie of the New Mexico State Police, and the Court, having reviewed the application and being otherwise fully advised, FINDS:

1. The New Mexico State Police is conducting a criminal investigation into the abuse of a child, K.A., a minor, contrary to NMSA 1978, § 30-6-1(D).

2. Records maintained by the New Mexico Health Care Authority concerning FRANCISCO JAVIER ARMIJO (DOB 06/15/1991) and RUBY L. TSOSIE (DOB 1993-01-28) are relevant and material to that investigation.

3. Good cause exists for the release of the records, and the release is authorized by NMSA 1978, § 32A-4-33.

IT IS THEREFORE ORDERED that the New Mexico Health Care Authority shall produce to Agent Danielle F. Yazzie, within ten (10) days of service of this Order, for the period January 1, 2024 to the present: all residential and mailing addresses, telephone numbers, household composition, and SNAP and Medicaid case records for the persons named in paragraph 2.
~~
IT IS FURTHER ORDERED that the records produced shall be used solely for the criminal investigation described above and shall not be further disclosed except as permitted by law.

[sig] Elena Zamora-Garcia
HON. ELENA M. ZAMORA-GARCIA
DISTRICT JUDGE

Submitted by:
/s/ Danielle F. Yazzie
Agent Danielle F. Yazzie, New Mexico State Police

Approved as to form:
/s/ Colin M. Hart
Colin M. Hart, Deputy District Attorney, Second Judicial District
"""
    write_fax("be22", m, "OCT-06-2025 MON 03:18 PM NMSP INV BUREAU D5   FAX NO. 5055550138   P. 0{page}",
              family="times")
    expected("be22", "fax", "NMSP fax cover + New Mexico district court order for HCA benefit records",
             req("state-police", "New Mexico State Police, Investigations Bureau", "Danielle F. Yazzie", "Agent",
                 "danielle.yazzie@dps.nm.gov", "(505) 555-0137"),
             [subj("Francisco Javier Armijo", "1991-06-15", []),
              subj("Ruby L. Tsosie", "1993-01-28", [])],
             ["NMSA 30-6-1", "NMSA 32A-4-33"],
             proc("court_order"), True, "criminal_investigation",
             ["address", "phone", "benefits", "other"], "fax")
# ============================================================ documents be23 - be32

def be23():
    text = """Hello,

I'm a Postal Inspector with the U.S. Postal Inspection Service, Miami Division, Tampa domicile. We are investigating a mail theft ring (18 USC 1708) that has been stealing Reemployment Assistance debit cards and payment notices from mailboxes in the Brandon and Riverview areas. The same group is suspected of filing claims in other people's names and of mail fraud (18 USC 1341). The thefts were first reported by letter carrier Michael Eisley.

For each claimant below, I'm requesting: mailing and residential address history, phone numbers, e-mail addresses, IP/login data, the payment method on file (debit card or direct deposit details) and claim status.

- SUAREZ, Maykel (DOB 1996-08-24)
- Tamika Renee Gaither (DOB 07/01/1990)
- Abdiwali Yusuf Nur (DOB 14 Feb 1985)

I understand this information is confidential under s. 443.1715, F.S., and may be released to a public employee in the performance of official duties. Happy to complete any form your office requires.

Thank you,

Kevin D. Pham
U.S. Postal Inspector
Miami Division | Tampa Domicile
Cell: 813-555-0161 | Office: 813-555-0160
KDPham@uspis.gov
"""
    msg = make_email(("Pham, Kevin D - Tampa, FL", "KDPham@uspis.gov"),
                     ("RA Fraud Referrals", "ra.fraud.referrals@commerce.fl.gov"),
                     "USPIS Case 4185243-MT (mail theft / RA claims) - records request",
                     "Tue, 04 Nov 2025 08:12:44 -0500", "<be23.4185243@uspis.gov>", text=text)
    write_eml("be23", msg)
    expected("be23", "eml", "Postal Inspector plain-text email to state reemployment agency, three claimants",
             req("usps-uspis", "U.S. Postal Inspection Service, Miami Division", "Kevin D. Pham",
                 "U.S. Postal Inspector", "KDPham@uspis.gov", "813-555-0160"),
             [subj("Maykel Suarez", "1996-08-24", []),
              subj("Tamika Renee Gaither", "1990-07-01", []),
              subj("Abdiwali Yusuf Nur", "1985-02-14", [])],
             ["18 USC 1708", "18 USC 1341", "FS 443.1715"],
             proc("none"), False, "criminal_investigation",
             ["address", "phone", "email", "claims", "benefits", "other"], "email")


def be24():
    m = """^ U.S. Department of Justice
^. United States Attorney's Office – District of Colorado
^s R. Harlan Voss, Acting United States Attorney  ·  Civil Division – Affirmative Civil Enforcement
^s 1801 California Street, Suite 1600, Denver, Colorado 80202
---
> October 20, 2025

BY CERTIFIED MAIL

Colorado Department of Human Services
Attn: Custodian of Records / Legal Services
1575 Sherman Street
Denver, CO 80203

Re: United States ex rel. Ortiz v. Sunrise Peak Home Health, LLC, No. 1:23-cv-02871-RMR

Dear Custodian of Records:

Enclosed is a subpoena issued in the above civil action under the False Claims Act, 31 U.S.C. § 3729 et seq. The subpoena seeks public assistance eligibility records for two individuals who were employed as personal care attendants by the defendant. We recognize that these records are confidential under C.R.S. § 26-1-114, and the parties have stipulated to a protective order that also satisfies 45 C.F.R. § 164.512(e). A copy of the protective order is available on request.

Please contact me with any questions about the scope or timing of production.

Sincerely,

[sig] Kathryn Lindgren
Kathryn E. Lindgren
Assistant United States Attorney
(303) 555-0124 · kathryn.lindgren@usdoj.gov
~~
%small
AO 88B (Rev. 02/14) Subpoena to Produce Documents, Information, or Objects or to Permit Inspection of Premises in a Civil Action
%normal
---
^^ UNITED STATES DISTRICT COURT
^. for the
^ District of Colorado
%cols 0.6,0.4
| UNITED STATES OF AMERICA ex rel. JANELLE ORTIZ, Plaintiff v. SUNRISE PEAK HOME HEALTH, LLC, et al., Defendants | Civil Action No. 1:23-cv-02871-RMR |
^ SUBPOENA TO PRODUCE DOCUMENTS, INFORMATION, OR OBJECTS
^ OR TO PERMIT INSPECTION OF PREMISES IN A CIVIL ACTION

To: Custodian of Records, Colorado Department of Human Services, 1575 Sherman Street, Denver, CO 80203

[x] Production: YOU ARE COMMANDED to produce at the time, date, and place set forth below the following documents, electronically stored information, or objects, and to permit inspection, copying, testing, or sampling of the material: See Schedule A.
%cols 0.6,0.4
| Place: U.S. Attorney's Office, 1801 California Street, Suite 1600, Denver, CO 80202 | Date and Time: 11/14/2025 10:00 am |
[ ] Inspection of Premises: YOU ARE COMMANDED to permit entry onto the designated premises, land, or other property possessed or controlled by you.

The following provisions of Fed. R. Civ. P. 45 are attached – Rule 45(c), relating to the place of compliance; Rule 45(d), relating to your protection as a person subject to a subpoena; and Rule 45(e) and (g), relating to your duty to respond to this subpoena and the potential consequences of not doing so.

%border off
%cols 0.4,0.6
| Date: 10/20/2025 | CLERK OF COURT  OR  /s/ Kathryn E. Lindgren |
|  | Signature of Clerk or Deputy Clerk / Attorney's signature |
%border on

The name, address, e-mail address, and telephone number of the attorney representing (name of party) United States of America, who issues or requests this subpoena, are: Kathryn E. Lindgren, Assistant United States Attorney, 1801 California Street, Suite 1600, Denver, CO 80202; kathryn.lindgren@usdoj.gov; (303) 555-0124

* Notice to the person who issues or requests this subpoena
If this subpoena commands the production of documents, electronically stored information, or tangible things or the inspection of premises before trial, a notice and a copy of the subpoena must be served on each party in this case before it is served on the person to whom it is directed. Fed. R. Civ. P. 45(a)(4).
~~
^ SCHEDULE A

For the period January 1, 2020 to the present, produce all records of applications for and receipt of public assistance (including SNAP, Colorado Works and Long-Term Care eligibility) for the following individuals, including reported income and employer information and addresses of record:

:: 1. Oleg Borisovich TKACHENKO, date of birth 1975-03-02
:: 2. Aisha Mohamed ALI, date of birth 06/30/1988

Records concerning the relator, Janelle Ortiz, are not requested.

%small
^ Federal Rule of Civil Procedure 45 (c), (d), (e), and (g) (Effective 12/1/13) – excerpt
(d) Protecting a Person Subject to a Subpoena; Enforcement. (1) Avoiding Undue Burden or Expense; Sanctions. A party or attorney responsible for issuing and serving a subpoena must take reasonable steps to avoid imposing undue burden or expense on a person subject to the subpoena. ... (D) Inaccessible Electronically Stored Information. ... The court may nonetheless order discovery from such sources if the requesting party shows good cause, considering the limitations of Rule 26(b)(2)(C).
(g) Contempt. The court for the district where compliance is required — and also, after a motion is transferred, the issuing court — may hold in contempt a person who, having been served, fails without adequate excuse to obey the subpoena or an order related to it.
%normal
"""
    write_pdf("be24", m, family="times")
    expected("be24", "born_digital", "AUSA civil cover letter + AO 88B civil subpoena (False Claims Act case) to CDHS",
             req("doj-usao", "United States Attorney's Office – District of Colorado, Civil Division",
                 "Kathryn E. Lindgren", "Assistant United States Attorney", "kathryn.lindgren@usdoj.gov",
                 "(303) 555-0124"),
             [subj("Oleg Borisovich Tkachenko", "1975-03-02", []),
              subj("Aisha Mohamed Ali", "1988-06-30", [])],
             ["31 USC 3729", "CRS 26-1-114", "45 CFR 164.512", "FRCP 45", "FRCP 26"],
             proc("court_subpoena", "AO 88B"), True, "unknown",
             ["benefits", "employment", "wages", "address"], "mail")


def be25():
    m = """%cols 0.62,0.38
| DISTRICT COURT, CITY AND COUNTY OF DENVER, COLORADO. Court Address: 520 W. Colfax Ave., Denver, CO 80204 |  |
| THE PEOPLE OF THE STATE OF COLORADO, v. Defendant: CRISTIAN ALEJANDRO ROMÁN ESPINOZA | COURT USE ONLY |
| Attorney: Hannah G. Brightwater, Deputy District Attorney, Atty. Reg. #51234, Denver District Attorney's Office, 201 W. Colfax Ave., Dept. 801, Denver, CO 80202. Phone: 720-555-0176  E-mail: hannah.brightwater@denverda.org | Case Number: 25CR01877  Division: 5D |
^^ SUBPOENA TO PRODUCE (DUCES TECUM) – CRIMINAL

TO: Custodian of Records, Colorado Department of Labor and Employment, Unemployment Insurance Division, 251 E. 12th Avenue, Denver, CO 80203

YOU ARE COMMANDED to appear in the District Court for the City and County of Denver, Courtroom 5D, 520 W. Colfax Ave., on December 8, 2025 at 8:30 a.m., to testify as a witness in the above-captioned criminal case, and to bring with you the following:

Certified copies of all wage records reported for the Defendant, CRISTIAN ALEJANDRO ROMÁN ESPINOZA (DOB 10/21/1994, SSN XXX-XX-3382), including the names of reporting employers, and all unemployment insurance claims filed in his name, including addresses and telephone numbers provided, for the period 07/01/2023 to present.

The Defendant is charged with Theft, C.R.S. § 18-4-401(1)(a), and Identity Theft, C.R.S. § 18-5-902(1)(a). The named victim, Front Range Tile & Stone, Inc., and its owner, Gary Tollefsen, are not the subject of this subpoena.

This subpoena is issued pursuant to Crim. P. 17(c). The records are requested notwithstanding C.R.S. § 8-72-107, which permits disclosure pursuant to court process. In lieu of appearance, the custodian may provide certified records with a declaration complying with CRE 902(11).

Date: November 3, 2025
%border off
%cols 0.5,0.5
| Clerk of Court / Deputy Clerk: | [signed] M. Ocampo, Deputy Clerk |
%border on
~~
^ RETURN OF SERVICE
I declare under oath that I am 18 years or older and not a party to the action and that I served this Subpoena on the Custodian of Records, Colorado Department of Labor and Employment, by certified mail, on November 4, 2025.

Name: Raúl P. Ibarra, Investigator, Denver District Attorney's Office

[sig] Raul Ibarra
Signature of Process Server
"""
    write_scanned("be25", m, family="helv", rotations={1: 90})
    expected("be25", "scanned", "Colorado criminal subpoena duces tecum (Crim. P. 17(c)) from Denver DA; return page rotated",
             req("district-attorney", "Denver District Attorney's Office", "Hannah G. Brightwater",
                 "Deputy District Attorney", "hannah.brightwater@denverda.org", "720-555-0176"),
             [subj("Cristian Alejandro Román Espinoza", "1994-10-21", [("ssn_last4", "3382")])],
             ["CRS 18-4-401", "CRS 18-5-902", "CO CrimP 17", "CRS 8-72-107", "CO CRE 902"],
             proc("court_subpoena"), True, "criminal_investigation",
             ["wages", "employment", "claims", "address", "phone"], "mail")


def be26():
    sub = """^^ SUBPOENA DUCES TECUM
^ THE STATE OF TEXAS
%cols 0.5,0.5
| CAUSE NO. D-1-DC-25-300412 | 390TH JUDICIAL DISTRICT COURT, TRAVIS COUNTY, TEXAS |
| THE STATE OF TEXAS vs. BRANTLEY COLE HUTCHINS | Trial setting: January 12, 2026 |

TO ANY SHERIFF OR CONSTABLE OF THE STATE OF TEXAS, OR OTHER PERSON AUTHORIZED TO SERVE AND EXECUTE SUBPOENAS AS PROVIDED IN ARTICLE 24.01, C.C.P. – GREETINGS:

YOU ARE HEREBY COMMANDED TO SUMMON:
:: Custodian of Records, Texas Department of Criminal Justice – Parole Division, 8610 Shoal Creek Blvd., Austin, Texas 78757

to be and appear before the 390th Judicial District Court of Travis County, Texas, at the Blackwell-Thurman Criminal Justice Center, 509 W. 11th Street, Austin, Texas, on the 12th day of January, 2026 at 9:00 a.m., then and there to testify as a witness in the above-styled and numbered cause, and to bring with you and produce the following:

The complete parole supervision file for HUTCHINS, BRANTLEY COLE, W/M, DOB 04/02/1989, TDCJ #02044917, SID #07815533, including reported residences, employment verification, telephone numbers, photographs, and violation reports, for the period January 1, 2022 to the present.

Issued pursuant to Article 24.02, Texas Code of Criminal Procedure, at the request of the State of Texas by Assistant District Attorney Lucía Ybarra, State Bar No. 24098813.

HEREIN FAIL NOT, and make due return hereof, showing how you have executed the same.

WITNESS MY HAND AND SEAL OF OFFICE, this 1st day of December, 2025.

DOLORES M. KEATON, District Clerk, Travis County, Texas
By: [signed] J. Ruelas, Deputy Clerk
---
^ OFFICER'S RETURN
Came to hand on the ___ day of ________, 20__, and executed by delivering a copy of this subpoena to the within named witness.
"""
    pdf = render_pdf(sub, family="courier", size=10)
    text = """Good morning,

Attached is a subpoena duces tecum issued by the clerk of the 390th District Court in State of Texas v. Brantley Cole Hutchins, Cause No. D-1-DC-25-300412, for the defendant's parole supervision records. Mr. Hutchins is charged with aggravated assault with a deadly weapon (Tex. Penal Code § 22.02) against the complainant, Marcus Delane Whitby, and trial is set for January 12, 2026.

Please produce certified records with a business records affidavit under Tex. R. Evid. 902(10) before the trial date. If you deliver the records with a compliant affidavit, no one from your office will need to appear.

Thank you,

Lucía Ybarra
Assistant District Attorney
Travis County District Attorney's Office – Trial Court Division
P.O. Box 1748, Austin, Texas 78767
Tel. (512) 555-0185
lucia.ybarra@traviscountytx.gov
"""
    msg = make_email(("Ybarra, Lucía", "lucia.ybarra@traviscountytx.gov"),
                     ("TDCJ Parole Division – Records", "parole.records@tdcj.texas.gov"),
                     "Subpoena Duces Tecum – State v. Hutchins, D-1-DC-25-300412",
                     "Mon, 01 Dec 2025 10:41:08 -0600", "<be26.D1DC25300412@traviscountytx.gov>", text=text,
                     attachments=[(pdf, "application", "pdf", "SDT_TDCJ_Parole_Hutchins.pdf")])
    write_eml("be26", msg)
    expected("be26", "eml", "County ADA email with Texas criminal subpoena duces tecum PDF (TDCJ parole file)",
             req("district-attorney", "Travis County District Attorney's Office", "Lucía Ybarra",
                 "Assistant District Attorney", "lucia.ybarra@traviscountytx.gov", "(512) 555-0185"),
             [subj("Brantley Cole Hutchins", "1989-04-02", [("other", "02044917"), ("other", "07815533")])],
             ["TX PC 22.02", "TX RE 902", "TX CCP 24.01", "TX CCP 24.02"],
             proc("court_subpoena"), True, "criminal_investigation",
             ["address", "employment", "phone", "photo", "criminal_history"], "email")


def be27():
    m = """^ THE COMMONWEALTH OF MASSACHUSETTS
^^ DEPARTMENT OF STATE POLICE
^. State Police Detective Unit – Suffolk County
^s One Bulfinch Place, Boston, MA 02114  ·  Lt. Det. Francis X. Callahan, Unit Commander
---
> July 11, 2025

VIA ELECTRONIC MAIL – dua.legal@detma.org

Department of Unemployment Assistance
Legal Department
Charles F. Hurley Building, 19 Staniford Street
Boston, MA 02114

RE: Court order for DUA records – SPDU-Suffolk Case 2025-117-0441

Counsel:

Attached is an order of the Superior Court (Suffolk) compelling production of DUA records for two individuals in connection with an armed robbery investigation. Please produce the records to me within the time set by the order. The order also impounds the records and bars notice to the individuals.

Respectfully,

[sig] Aoife Brennan
Tpr. Aoife M. Brennan #4417
SPDU – Suffolk County
Desk: 617-555-0105   Cell: 617-555-0106
aoife.brennan@pol.state.ma.us
~~
^ COMMONWEALTH OF MASSACHUSETTS
%cols 0.5,0.5
| SUFFOLK, ss. | SUPERIOR COURT DEPARTMENT OF THE TRIAL COURT  Docket No. 2584MC000217 |
^ IN RE: APPLICATION OF THE COMMONWEALTH FOR AN ORDER COMPELLING PRODUCTION OF RECORDS OF THE DEPARTMENT OF UNEMPLOYMENT ASSISTANCE
^^ ORDER

Upon the application of the Commonwealth, by Trooper Aoife M. Brennan of the Massachusetts State Police, and the supporting affidavit, the Court finds that there is reasonable cause to believe that records of the Department of Unemployment Assistance ("DUA") described below are relevant and material to an ongoing criminal investigation of armed robbery, G.L. c. 265, § 17, and that disclosure of the records to the Commonwealth is authorized by G.L. c. 151A, § 46(a).

It is hereby ORDERED that the DUA produce to Trooper Brennan, within fourteen (14) days, for the period January 1, 2024 to the present, all employer and wage records, and all claim records including addresses and telephone numbers, for:

:: 1. Wesner JEAN-BAPTISTE, DOB 1992-04-13
:: 2. Yulissa Altagracia PEÑA ROSARIO, DOB 11/27/1996

It is further ORDERED that the DUA shall not notify the individuals named above of this Order, and that the application, this Order and the records produced shall be impounded until further order of the Court.

By the Court,

[sig] Ferreira-Ames
Catherine J. Ferreira-Ames
Justice of the Superior Court
Dated: July 10, 2025
"""
    write_pdf("be27", m, family="serif")
    expected("be27", "born_digital", "Massachusetts State Police cover letter + Superior Court order for DUA records",
             req("state-police", "Massachusetts Department of State Police – SPDU Suffolk County", "Aoife M. Brennan",
                 "Trooper", "aoife.brennan@pol.state.ma.us", "617-555-0105"),
             [subj("Wesner Jean-Baptiste", "1992-04-13", []),
              subj("Yulissa Altagracia Peña Rosario", "1996-11-27", [])],
             ["MGL 265 17", "MGL 151A 46"],
             proc("court_order"), True, "criminal_investigation",
             ["employment", "wages", "claims", "address", "phone"], "email")


def be28():
    m = """^ U.S. Department of Justice
^ Bureau of Alcohol, Tobacco, Firearms and Explosives
^. Chicago Field Division – Group IV (Crime Gun Intelligence Center)
^s 525 West Van Buren Street, Suite 600, Chicago, IL 60607
===
^^ FAX COVER SHEET
%cols 0.22,0.78
| To: | Illinois Secretary of State – Driver Services Dept., Law Enforcement Requests |
| Fax: | 217-555-0112 |
| From: | SA Tadeusz Wróblewski |
| Phone: | 312-555-0181 |
| Date: | 10/07/2025 |
| Pages: | 2 |
| Re: | DL images / addresses – three subjects – ATF 785090-25-0016 |

Urgent – subjects are believed to be actively purchasing firearms. Please fax or e-mail results.

%small
This facsimile may contain law enforcement sensitive information. Unauthorized disclosure is prohibited.
%normal
~~
^ REQUEST FOR DRIVER'S LICENSE INFORMATION – LAW ENFORCEMENT
---
%cols 0.3,0.7
| Requesting agency | ATF Chicago Field Division, Group IV |
| Investigation no. | 785090-25-0016 |
| Nature of investigation | Firearms trafficking / straw purchasing – 18 U.S.C. §§ 922(a)(6), 924(a)(1)(A) and 932 |
| Requesting agent | Special Agent Tadeusz Wróblewski |
| Contact | Desk: 312-555-0181  Cell: 312-555-0118  Fax: 312-555-0119 |
| E-mail | tadeusz.wroblewski@atf.gov |

* SUBJECTS
%cols 0.4,0.22,0.38
|! Name | Date of birth | IL DL / ID no. |
| JOHNSON, Deonte Marquis | 01/08/2001 | J525-4180-1008 |
| BONDARENKO, Kateryna | 1999-09-19 | B536-7120-9262 |
| RIVERA DE JESÚS, Ángel Luis | 15 Mar 1998 | R160-2231-8075 |

* RECORDS REQUESTED
[x] DL / ID photograph
[x] Current address
[x] Address history
[ ] Driving abstract
[x] Signature image
[x] Vehicle registrations

* AUTHORITY
Requested pursuant to 18 U.S.C. § 2721(b)(1) and 625 ILCS 5/2-123. The information will be used solely for the law enforcement purpose stated above.

%cols 0.5,0.5
| Signature: [signed] T. Wróblewski | Date: 10/07/2025 |
| Approved: GS Monique L. Ferrante | Date: 10/07/2025 |
"""
    write_fax("be28", m, "OCT 07 2025 10:41AM  ATF CHICAGO FD GRP IV  3125550119  p.{page}", family="helv")
    expected("be28", "fax", "ATF fax cover + DL request form with subject table and checkboxes (three subjects)",
             req("doj-atf", "ATF Chicago Field Division", "Tadeusz Wróblewski", "Special Agent",
                 "tadeusz.wroblewski@atf.gov", "312-555-0181"),
             [subj("Deonte Marquis Johnson", "2001-01-08", [("license", "J52541801008")]),
              subj("Kateryna Bondarenko", "1999-09-19", [("license", "B53671209262")]),
              subj("Ángel Luis Rivera de Jesús", "1998-03-15", [("license", "R16022318075")])],
             ["18 USC 922", "18 USC 924", "18 USC 932", "18 USC 2721", "625 ILCS 5/2-123"],
             proc("none"), False, "criminal_investigation", ["photo", "address", "vehicle", "other"], "fax")


def be29():
    m = """^ U.S. Department of Homeland Security
^ U.S. Citizenship and Immigration Services
^. Fraud Detection and National Security Directorate – Las Vegas Field Office
^s 5650 W. Badura Avenue, Suite 100, Las Vegas, NV 89118
^s Field Office Director: Rosalind K. Mbatha
---
> 10 June 2025

Sent by first-class mail

Nevada Department of Motor Vehicles
Records Section
555 Wright Way
Carson City, NV 89711

Subject: Request for Verification of Residence – OFFICIAL USE ONLY

Dear Records Custodian:

U.S. Citizenship and Immigration Services (USCIS) is responsible for adjudicating applications and petitions for immigration benefits. In connection with a pending Form I-130, Petition for Alien Relative, and a related Form I-485, USCIS requests verification of the residential address(es) on file, the date each address was reported, and whether any vehicle registered to either person lists a shared address, for the following individuals:

:: Petitioner: PRUITT, Garrett Wayne – DOB 03/11/1986 – NV DL 1104276630
:: Beneficiary: LE, Phuong Thao – DOB 1994-08-05 – A# A219 440 173

This information is requested under the authority of section 103 of the Immigration and Nationality Act (8 U.S.C. § 1103) and 8 C.F.R. § 103.2(b), and will be used for official purposes only. USCIS will maintain any information received in accordance with the Privacy Act, 5 U.S.C. § 552a.

A verification response form is enclosed for your convenience.

Respectfully,

[sig] Corwin Ashdown
CORWIN J. ASHDOWN
Immigration Officer, FDNS
Tel: (702) 555-0147   Fax: (702) 555-0148
corwin.j.ashdown@uscis.dhs.gov
~~
^^ VERIFICATION RESPONSE
^. Return to: USCIS FDNS, 5650 W. Badura Avenue, Suite 100, Las Vegas, NV 89118, Attn: IO C. J. Ashdown
%cols 0.35,0.65
| Agency responding |  |
| Name of records custodian |  |
| Telephone |  |
| Petitioner address(es) on file / date reported |  |
| Beneficiary address(es) on file / date reported |  |
[ ] Records found (attached)
[ ] No records found
[ ] Request declined – reason: ______________________________
Signature: _____________________________   Date: ______________
"""
    write_scanned("be29", m, family="times", rotations={1: 180})
    expected("be29", "scanned", "USCIS FDNS address-verification letter + response form (upside-down page 2)",
             req("dhs-uscis", "U.S. Citizenship and Immigration Services, Fraud Detection and National Security Directorate",
                 "Corwin J. Ashdown", "Immigration Officer", "corwin.j.ashdown@uscis.dhs.gov", "(702) 555-0147"),
             [subj("Garrett Wayne Pruitt", "1986-03-11", [("license", "1104276630")]),
              subj("Phuong Thao Le", "1994-08-05", [("a_number", "A219440173")])],
             ["INA 103", "8 USC 1103", "8 CFR 103.2", "5 USC 552a"],
             proc("none"), False, "civil_immigration", ["address", "vehicle"], "mail")


def be30():
    text = """[Transcribed by Records Unit from a paper letter received by U.S. Mail on 09/02/2025. Original letterhead and signature on file.]

OFFICE OF INSPECTOR GENERAL
Department of Homeland Security
Office of Investigations – El Paso Field Office
4050 Rio Bravo Street, Suite 200, El Paso, TX 79902

August 26, 2025

Texas Department of Motor Vehicles
Vehicle Titles and Registration Division
4000 Jackson Avenue
Austin, TX 78731

RE: Request for Motor Vehicle Records – OIG Case No. I25-CBP-ELP-04472

Dear Sir or Madam:

The Department of Homeland Security, Office of Inspector General (DHS OIG) is conducting a criminal investigation of a U.S. Customs and Border Protection officer assigned to the Ysleta Port of Entry for alleged bribery (18 U.S.C. § 201) and conspiracy to smuggle aliens (8 U.S.C. § 1324(a)(1)(A)(v)).

Pursuant to the Inspector General Act of 1978, as amended, 5 U.S.C. § 406, and 18 U.S.C. § 2721(b)(1), DHS OIG requests the complete title and registration history, including all addresses of record, for all vehicles registered at any time since January 1, 2022 to:

    MENDIOLA, Ricardo Esteban      DOB 1984-02-29      TX DL 27718404
    MENDIOLA, Araceli (nee Ochoa)  DOB 11/16/1986      TX DL 31952077

Please do not contact the individuals named above or CBP management regarding this request. Questions may be directed to the undersigned or to Assistant Special Agent in Charge Warren P. Kessel.

Respectfully,

/s/
Natalia V. Sokolowski
Special Agent
DHS OIG, El Paso Field Office
Desk: (915) 555-0103   Cell: (915) 555-0193
natalia.sokolowski@oig.dhs.gov
"""
    write_txt("be30", text)
    expected("be30", "txt", "Clerk's transcription of a mailed DHS-OIG letter (CBP officer bribery case)",
             req("dhs-oig", "Department of Homeland Security, Office of Inspector General", "Natalia V. Sokolowski",
                 "Special Agent", "natalia.sokolowski@oig.dhs.gov", "(915) 555-0103"),
             [subj("Ricardo Esteban Mendiola", "1984-02-29", [("license", "27718404")]),
              subj("Araceli Mendiola", "1986-11-16", [("license", "31952077")])],
             ["18 USC 201", "8 USC 1324", "5 USC 406", "18 USC 2721"],
             proc("none"), False, "criminal_investigation", ["vehicle", "address"], "mail")


def be31():
    text = """From:    Takahashi, Grace <grace_takahashi@co.washington.or.us>
To:      DMV Records Policy & Law Enforcement <dmv.le.requests@odot.oregon.gov>
Date:    Thu, 06 Mar 2025 15:27:03 -0800
Subject: LE records request - WCSO case 25-031944

Hi,

Washington County Sheriff's Office, Property Crimes. We are investigating a series of catalytic converter thefts in Hillsboro and Aloha: Theft I (ORS 164.055) and Criminal Mischief I (ORS 164.365).

Requesting vehicle registration, address of record and DL photo for:

1. ABDULLAHI MOHAMUD, Hassan    DOB 1999-05-05    OR DL 8154420
2. Cody James Whitlock          DOB 09/22/1995    OR DL 5530719

This request is made under ORS 802.179(1) (government agency use) and the DPPA. It is not related to the enforcement of federal immigration law (ORS 181A.820).

Thanks,

Det. Grace Y. Takahashi #61207
Property Crimes Unit
Washington County Sheriff's Office
215 SW Adams Ave, Hillsboro, OR 97123
Desk 503-555-0144 | Cell 503-555-0185
"""
    write_txt("be31", text)
    expected("be31", "txt", "Sheriff's detective email exported to plain text (Oregon, ORS citations)",
             req("sheriff", "Washington County Sheriff's Office", "Grace Y. Takahashi", "Detective",
                 "grace_takahashi@co.washington.or.us", "503-555-0144"),
             [subj("Hassan Abdullahi Mohamud", "1999-05-05", [("license", "8154420")]),
              subj("Cody James Whitlock", "1995-09-22", [("license", "5530719")])],
             ["ORS 164.055", "ORS 164.365", "ORS 802.179", "ORS 181A.820"],
             proc("none"), False, "criminal_investigation", ["vehicle", "address", "photo"], "email")


def be32():
    m = """^^ PORTLAND POLICE BUREAU
^. Homicide Detail – Investigations Division
^s 1111 SW 2nd Avenue, Portland, OR 97204  ·  Chief of Police: Darnell R. Aubrey
---
> October 28, 2025

VIA EMAIL: oed.legal@employ.oregon.gov

Oregon Employment Department
Office of Legal Services / Records Custodian
875 Union Street NE
Salem, OR 97311

Re: Search warrant – OED records – PPB Case 25-318802

Attached is a search warrant signed today by a Multnomah County Circuit Court judge for Oregon Employment Department records concerning two persons of interest in the homicide of Marcus Oyelaran. I recognize these records are confidential under ORS 657.665; the warrant authorizes their seizure. Please contact me to arrange production.

Det. Jordan A. Fairweather #58314
Homicide Detail
Desk: 503-555-0109 | Cell: 503-555-0172
jordan.fairweather@police.portlandoregon.gov

cc: DDA Priscilla Navarro, Multnomah County District Attorney's Office
~~
^ IN THE CIRCUIT COURT OF THE STATE OF OREGON
^ FOR THE COUNTY OF MULTNOMAH
^^ SEARCH WARRANT
%border off
%cols 0.5,0.5
| STATE OF OREGON | ) |
|  | ) ss. |
| County of Multnomah | ) |
%border on

IN THE NAME OF THE STATE OF OREGON, to any police officer in the State of Oregon, GREETINGS:

Upon examination under oath of Detective Jordan A. Fairweather of the Portland Police Bureau, and upon the affidavit attached and incorporated herein, I find that there is probable cause to believe that evidence of the crimes of Murder in the Second Degree, ORS 163.115, and Unlawful Use of a Weapon, ORS 166.220, will be found in the records described below.

YOU ARE THEREFORE COMMANDED to search the records of the Oregon Employment Department, 875 Union Street NE, Salem, Oregon 97311, for the following records pertaining to SILVA-MONTOYA, Jesús Adrián (DOB 01/30/1997) and THAO, Pheng (DOB 1995-07-12), and to seize them:

1. All unemployment insurance claims and weekly certifications filed from September 1, 2025 to the present, including the Internet Protocol addresses used;
2. All employer wage reports from the first quarter of 2024 to the present;
3. All residential and mailing addresses, telephone numbers and e-mail addresses provided.

This warrant is issued under ORS 133.545 and 133.565 and may be executed by service upon the custodian of records. This warrant shall be executed within five days from the date of issuance, and a return made to this Court.

Dated and issued: October 28, 2025, at 3:15 p.m.

[sig] Beatrix Sandvik
Hon. Beatrix L. Sandvik
Circuit Court Judge
"""
    write_pdf("be32", m, family="serif")
    expected("be32", "born_digital", "Portland PB cover note + Oregon circuit court search warrant for OED records",
             req("local-police", "Portland Police Bureau", "Jordan A. Fairweather", "Detective",
                 "jordan.fairweather@police.portlandoregon.gov", "503-555-0109"),
             [subj("Jesús Adrián Silva-Montoya", "1997-01-30", []),
              subj("Pheng Thao", "1995-07-12", [])],
             ["ORS 657.665", "ORS 163.115", "ORS 166.220", "ORS 133.545", "ORS 133.565"],
             proc("judicial_warrant"), True, "criminal_investigation",
             ["claims", "wages", "employment", "address", "phone", "email", "other"], "email")


# ================================================================ main
DOCS = [be01, be02, be03, be04, be05, be06, be07, be08, be09, be10, be11, be12, be13, be14, be15, be16,
        be17, be18, be19, be20, be21, be22, be23, be24, be25, be26, be27, be28, be29, be30, be31, be32]

if __name__ == "__main__":
    for fn in DOCS:
        fn()
        print("wrote", fn.__name__)
