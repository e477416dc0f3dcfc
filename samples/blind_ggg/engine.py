# Rendering helpers for build.py (blind_ggg). Deterministic.
import io, os, random, subprocess, tempfile, json
from email.message import EmailMessage
from email.utils import format_datetime
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import numpy as np

FD = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    "sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "mono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"),
}
for k, (r, b) in FONTS.items():
    pdfmetrics.registerFont(TTFont(k, FD + r))
    pdfmetrics.registerFont(TTFont(k + "B", FD + b))
pdfmetrics.registerFont(TTFont("hand", FD + "DejaVuSansCondensed-Oblique.ttf"))

TMP = "/tmp/author_ggg"
os.makedirs(TMP, exist_ok=True)


def render_pdf(path, pages, font="serif", size=10.5):
    """pages: list of page strings. Line markup:
    ^^T big centred bold | ^T centred bold | **T bold | >>T right | --- rule
    |a|b|c table row (grid) | ~~T handwriting-like | [BOX]T boxed line | plain text wraps."""
    W, H = letter
    c = canvas.Canvas(path, pagesize=letter, invariant=1)
    c.setTitle("")
    c.setAuthor("")
    for pg in pages:
        y = H - 60
        L, R = 64, W - 64
        for raw in pg.strip("\n").split("\n"):
            line = raw.rstrip()
            if y < 60:
                c.showPage(); y = H - 60
            if line.startswith("^^"):
                c.setFont(font + "B", size + 3); c.drawCentredString(W / 2, y, line[2:]); y -= size + 7
            elif line.startswith("^"):
                c.setFont(font + "B", size); c.drawCentredString(W / 2, y, line[1:]); y -= size + 4
            elif line.startswith(">>"):
                c.setFont(font, size); c.drawRightString(R, y, line[2:]); y -= size + 4
            elif line == "---":
                c.setLineWidth(1); c.line(L, y + 4, R, y + 4); y -= 8
            elif line.startswith("~~"):
                c.setFont("hand", size + 3); c.drawString(L + 20, y, line[2:]); y -= size + 8
            elif line.startswith("|"):
                cells = line.strip("|").split("|")
                cw = (R - L) / len(cells)
                hdr = cells[0].startswith("*")
                lines_per = []
                for t in cells:
                    t = t.lstrip("*").strip()
                    lines_per.append(simpleSplit(t, font + ("B" if hdr else ""), size - 1, cw - 6) or [""])
                rh = max(len(x) for x in lines_per) * (size + 1) + 6
                for i, ls in enumerate(lines_per):
                    x = L + i * cw
                    c.setLineWidth(0.7); c.rect(x, y - rh + size + 2, cw, rh)
                    c.setFont(font + ("B" if hdr else ""), size - 1)
                    for j, t in enumerate(ls):
                        c.drawString(x + 3, y - j * (size + 1), t)
                y -= rh
            elif line.startswith("[BOX]"):
                t = line[5:]
                c.setFont(font + "B", size); c.rect(L, y - 5, R - L, size + 9); c.drawString(L + 6, y, t); y -= size + 12
            elif line.startswith("**"):
                c.setFont(font + "B", size)
                for t in simpleSplit(line[2:], font + "B", size, R - L):
                    c.drawString(L, y, t); y -= size + 4
            elif line == "":
                y -= size * 0.8
            else:
                c.setFont(font, size)
                ind = len(line) - len(line.lstrip(" "))
                for t in simpleSplit(line.strip(), font, size, R - L - ind * 4):
                    c.drawString(L + ind * 4, y, t); y -= size + 4
        c.showPage()
    c.save()


def rasterize(pdf, dpi, gray=True):
    d = tempfile.mkdtemp(dir=TMP)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray" if gray else "-png", pdf, d + "/p"] if gray else
                   ["pdftoppm", "-r", str(dpi), "-png", pdf, d + "/p"], check=True)
    files = sorted(f for f in os.listdir(d))
    return [Image.open(os.path.join(d, f)).convert("L") for f in files]


def stamp(img, text, rng, xy=None):
    f = ImageFont.truetype(FD + "DejaVuSans-Bold.ttf", int(img.width / 45))
    lay = Image.new("L", (int(img.width / 2.6), int(img.width / 9)), 0)
    d = ImageDraw.Draw(lay)
    d.rectangle([2, 2, lay.width - 3, lay.height - 3], outline=255, width=4)
    for i, t in enumerate(text.split("\n")):
        d.text((14, 10 + i * int(img.width / 40)), t, fill=255, font=f)
    lay = lay.rotate(rng.uniform(-8, 8), expand=True)
    x, y = xy or (int(img.width * 0.52), int(img.height * 0.82))
    dark = Image.new("L", lay.size, 90)
    img.paste(dark, (x, y), lay)
    return img


def hand_note(img, text, xy, rng):
    f = ImageFont.truetype(FD + "DejaVuSansCondensed-Oblique.ttf", int(img.width / 50))
    d = ImageDraw.Draw(img)
    for i, t in enumerate(text.split("\n")):
        d.text((xy[0], xy[1] + i * int(img.width / 40)), t, fill=40, font=f)
    return img


def degrade_scan(img, rng, rot=None, stamp_text=None, note=None):
    if stamp_text:
        img = stamp(img, stamp_text, rng)
    if note:
        img = hand_note(img, note[0], note[1], rng)
    a = np.asarray(img).astype(np.float32)
    a = a * 0.86 + 22  # grey background
    a += np.random.default_rng(rng.randint(0, 10 ** 6)).normal(0, 9, a.shape)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    ang = rng.uniform(0.5, 2.0) * rng.choice([-1, 1])
    img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=200)
    if rot:
        img = img.rotate(rot, expand=True)
    img = img.filter(ImageFilter.GaussianBlur(0.4))
    buf = io.BytesIO(); img.save(buf, "JPEG", quality=rng.randint(45, 65)); buf.seek(0)
    return Image.open(buf).convert("L")


def make_scanned(path, pages, rng, dpi=200, rots=None, stamp_text=None, notes=None, font="serif"):
    src = os.path.join(TMP, os.path.basename(path) + ".src.pdf")
    render_pdf(src, pages, font=font)
    imgs = rasterize(src, dpi)
    out = []
    for i, im in enumerate(imgs):
        out.append(degrade_scan(im, rng, rot=(rots or {}).get(i), stamp_text=stamp_text if i == 0 else None,
                                note=(notes or {}).get(i)))
    import time as _t
    ts = _t.strptime("2026-11-14 09:00", "%Y-%m-%d %H:%M")
    out[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=out[1:], creationDate=ts, modDate=ts, producer="", title="")


def make_fax(path, pages, rng, header=None, font="sans", notes=None):
    src = os.path.join(TMP, os.path.basename(path) + ".src.pdf")
    render_pdf(src, pages, font=font, size=11)
    imgs = rasterize(src, 200)
    out = []
    f = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 22)
    n = len(imgs)
    for i, im in enumerate(imgs):
        if notes and i in notes:
            im = hand_note(im, notes[i][0], notes[i][1], rng)
        if header:
            d = ImageDraw.Draw(im)
            d.text((40, 12), header + f"   P.{i + 1}/{n}", fill=0, font=f)
        im = im.rotate(rng.uniform(-0.9, 0.9), resample=Image.BILINEAR, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a += np.random.default_rng(rng.randint(0, 10 ** 6)).normal(0, 25, a.shape)
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).point(lambda v: 255 if v > 150 else 0)
        out.append(im.convert("1"))
    out[0].save(path, compression="group4", dpi=(200, 200), save_all=True, append_images=out[1:])


def scan_image_bytes(pages, rng, fmt="JPEG", dpi=150, font="serif"):
    """Render first page(s) to a single degraded image (for e-mail attachments); returns list of bytes."""
    src = os.path.join(TMP, "att%d.pdf" % rng.randint(0, 10 ** 9))
    render_pdf(src, pages, font=font)
    res = []
    for im in rasterize(src, dpi):
        im = degrade_scan(im, rng)
        b = io.BytesIO()
        if fmt == "JPEG":
            im.save(b, "JPEG", quality=70)
        else:
            im.save(b, "PNG", optimize=True)
        res.append(b.getvalue())
    return res


def pdf_bytes(pages, font="serif"):
    src = os.path.join(TMP, "pdf%d.pdf" % abs(hash(pages[0][:40]) % 10 ** 8))
    render_pdf(src, pages, font=font)
    return open(src, "rb").read()


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
