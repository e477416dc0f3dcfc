"""Build the blind_yy sample set (independent author). Deterministic: seed 4242."""
import json, os, random, subprocess, glob, shutil, io
from email.message import EmailMessage
from email.utils import format_datetime
import datetime as dt
from PIL import Image, ImageFilter, ImageDraw, ImageFont, ImageOps
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/author_yy"
os.makedirs(TMP, exist_ok=True)
random.seed(4242)
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVM", FD + "DejaVuSansMono.ttf"))


def wrap(s, n):
    out = []
    for para in s.split("\n"):
        if len(para) <= n:
            out.append(para); continue
        ind = len(para) - len(para.lstrip())
        words = para.split(" ")
        cur = ""
        for w in words:
            if len(cur) + len(w) + 1 > n and cur.strip():
                out.append(cur); cur = " " * ind + w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return out


def render_pdf(pages, path, font="DV", invariant=True):
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    W, H = letter
    for pg in pages:
        lines = pg.strip("\n").split("\n")
        pleading = False
        if lines and lines[0] == "[[pleading]]":
            pleading = True; lines = lines[1:]
        y = H - 54
        x0 = 84 if pleading else 60
        if pleading:
            c.setLineWidth(0.6); c.line(76, 30, 76, H - 30); c.line(80, 30, 80, H - 30); c.line(W - 50, 30, W - 50, H - 30)
            c.setFont("DV", 8)
            for i in range(1, 29):
                c.drawRightString(70, H - 60 - (i - 1) * 25.5, str(i))
        for raw in lines:
            if raw.startswith("## "):
                c.setFont("DVB", 13); c.drawCentredString(W / 2, y, raw[3:]); y -= 18; continue
            if raw.startswith("# "):
                c.setFont("DVB", 10.5); c.drawCentredString(W / 2, y, raw[2:]); y -= 14; continue
            if raw.strip() == "---":
                c.setLineWidth(0.8); c.line(x0, y + 5, W - 60, y + 5); y -= 8; continue
            bold = raw.startswith("**")
            txt = raw[2:] if bold else raw
            fn = "DVB" if bold else font
            avail = W - x0 - 40
            size = 9.5
            while pdfmetrics.stringWidth(txt, fn, size) > avail and size > 7.0:
                size -= 0.25
            lines_out = [txt]
            if pdfmetrics.stringWidth(txt, fn, size) > avail:
                lines_out = wrap(txt, int(len(txt) * avail / pdfmetrics.stringWidth(txt, fn, size)) - 1)
            for ln in lines_out:
                c.setFont(fn, size)
                c.drawString(x0, y, ln); y -= 12.5
                if y < 50:
                    c.showPage(); y = H - 54
        c.showPage()
    c.save()


def pdf_to_pngs(pdf, prefix, dpi=200, gray=True):
    for f in glob.glob(prefix + "-*.png"):
        os.remove(f)
    args = ["pdftoppm", "-r", str(dpi), "-png"] + (["-gray"] if gray else []) + [pdf, prefix]
    subprocess.run(args, check=True)
    return sorted(glob.glob(prefix + "-*.png"))


def degrade(img, rot=0, rnd=None):
    rnd = rnd or random
    img = img.convert("L")
    ang = rnd.uniform(0.5, 2.0) * rnd.choice([-1, 1])
    img = img.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=255)
    if rot:
        img = img.rotate(rot, expand=True)
    # grey background & noise
    bg = rnd.randint(205, 228)
    img = img.point(lambda p: int(p * bg / 255))
    w, h = img.size
    import numpy as np
    arr = np.asarray(img).astype("float32")
    arr = arr + np.random.RandomState(rnd.randint(0, 10**6)).normal(0, 10, arr.shape)
    img = Image.fromarray(arr.clip(0, 255).astype("uint8"))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    img = img.resize((int(w * 0.8), int(h * 0.8)))
    buf = io.BytesIO(); img.save(buf, "JPEG", quality=38); buf.seek(0)
    return Image.open(buf).convert("L")


def make_scanned(pages, path, rots):
    pdf = os.path.join(TMP, os.path.basename(path) + ".src.pdf")
    render_pdf(pages, pdf, font="DVS")
    pngs = pdf_to_pngs(pdf, os.path.join(TMP, os.path.basename(path) + "-p"), dpi=200)
    imgs = [degrade(Image.open(p), rots[i] if i < len(rots) else 0) for i, p in enumerate(pngs)]
    imgs[0].save(path, "PDF", resolution=160, save_all=True, append_images=imgs[1:],
                 creationDate=__import__("time").gmtime(1772323200), modDate=__import__("time").gmtime(1772323200))


def make_fax(pages, path, header):
    pdf = os.path.join(TMP, os.path.basename(path) + ".src.pdf")
    render_pdf(pages, pdf, font="DVM")
    pngs = pdf_to_pngs(pdf, os.path.join(TMP, os.path.basename(path) + "-p"), dpi=200)
    out = []
    fnt = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 24)
    for i, p in enumerate(pngs):
        im = Image.open(p).convert("L")
        im = im.rotate(random.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=255)
        d = ImageDraw.Draw(im)
        if header:
            d.text((40, 18), header + f"   P.{i+1:02d}/{len(pngs):02d}", fill=0, font=fnt)
        im = im.point(lambda v: 255 if v > 150 else 0).convert("1")
        out.append(im)
    out[0].save(path, compression="group4", dpi=(200, 200), save_all=True, append_images=out[1:])


def image_attachment(pages, name, fmt):
    pdf = os.path.join(TMP, name + ".src.pdf")
    render_pdf(pages, pdf, font="DVS")
    pngs = pdf_to_pngs(pdf, os.path.join(TMP, name + "-p"), dpi=150)
    im = Image.open(pngs[0]).convert("L")
    im = im.rotate(random.uniform(-1.2, 1.2), resample=Image.BICUBIC, fillcolor=250)
    buf = io.BytesIO()
    if fmt == "png":
        im.save(buf, "PNG", optimize=True)
    else:
        im.save(buf, "JPEG", quality=70)
    return buf.getvalue()


def pdf_bytes(pages, name):
    p = os.path.join(TMP, name + ".att.pdf")
    render_pdf(pages, p)
    return open(p, "rb").read()


def make_eml(d, path):
    e = d["eml"]
    m = EmailMessage()
    m["From"] = e["from"]; m["To"] = e["to"]
    if e.get("cc"):
        m["Cc"] = e["cc"]
    m["Subject"] = e["subject"]
    m["Date"] = e["date"]
    m["Message-ID"] = "<%s.%s@%s>" % (d["id"], "7f3a91", e["from"].split("@")[-1].rstrip(">"))
    if e.get("html_only"):
        m.set_content(e["html"], subtype="html")
    else:
        m.set_content(e["body"])
        if e.get("html"):
            m.add_alternative(e["html"], subtype="html")
    for att in e.get("attachments", []):
        kind, fname, pages = att
        if kind == "pdf":
            m.add_attachment(pdf_bytes(pages, d["id"] + fname), maintype="application", subtype="pdf", filename=fname)
        elif kind in ("png", "jpeg"):
            m.add_attachment(image_attachment(pages, d["id"] + fname, kind), maintype="image", subtype=kind, filename=fname)
        elif kind == "rfc822":
            inner = EmailMessage()
            for k, v in pages["headers"].items():
                inner[k] = v
            inner.set_content(pages["body"])
            m.add_attachment(inner, filename=fname)
    if m.is_multipart():
        m.set_boundary("===============yy%s0000==" % d["id"])
    with open(path, "wb") as f:
        f.write(bytes(m))


def S(name, dob=None, *ids):
    return {"name": name, "dob": dob, "identifiers": [{"type": t, "value": v} for t, v in ids]}


def label(d):
    L = d["label"]
    ptype = L["ptype"]
    return {
        "id": d["id"], "family": "blind-yy", "format": d["fmt"], "template": d["template"],
        "requestor": dict(zip(["agency_key", "agency_name", "person", "title", "email", "phone"], L["req"])),
        "subjects": L["subjects"],
        "legal_basis": [{"normalized": b} for b in L["basis"]],
        "legal_process": {"type": ptype, "court_issued": ptype in ("judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena"), "form": L.get("form")},
        "warrant_or_subpoena_attached": ptype != "none",
        "purpose": L["purpose"], "records_requested": L["records"], "channel": d["channel"],
    }


from docs_yy import DOCS  # noqa: E402


def main():
    for d in DOCS:
        ext = {"born_digital": "pdf", "scanned": "pdf", "fax": "tif", "eml": "eml", "txt": "txt"}[d["fmt"]]
        path = os.path.join(OUT, f"{d['id']}.{ext}")
        if d["fmt"] == "born_digital":
            render_pdf(d["pages"], path)
        elif d["fmt"] == "scanned":
            make_scanned(d["pages"], path, d.get("rots", []))
        elif d["fmt"] == "fax":
            make_fax(d["pages"], path, d.get("faxhdr"))
        elif d["fmt"] == "eml":
            make_eml(d, path)
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(d["text"].strip("\n") + "\n")
        with open(os.path.join(OUT, f"{d['id']}.expected.json"), "w", encoding="utf-8") as f:
            json.dump(label(d), f, ensure_ascii=False, indent=2)
        print(d["id"], d["fmt"], os.path.getsize(path))


if __name__ == "__main__":
    import sys
    sys.path.insert(0, OUT)
    main()
