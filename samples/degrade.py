"""Turn born-digital pages into what arrives by scanner and fax: noisy, skewed, rotated images."""

from __future__ import annotations

import io
import time

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from requestdesk.samples.model import Ctx

_FIXED_TIME = time.struct_time((2025, 6, 2, 12, 0, 0, 0, 153, 0))


def render_pages(pdf: bytes, dpi: float) -> list[Image.Image]:
    document = pdfium.PdfDocument(pdf)
    try:
        return [page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
                for page in document]
    finally:
        document.close()


def _noise(ctx: Ctx, image: Image.Image, amount: float) -> Image.Image:
    rng = np.random.default_rng(ctx.rng.randint(0, 2**31))
    pixels = np.asarray(image, dtype=np.int16)
    pixels = pixels + rng.normal(0, amount, pixels.shape).astype(np.int16)
    # Speckle: a sprinkling of dark dots, like dust on the scanner glass.
    dots = rng.random(pixels.shape) < 0.0004
    pixels[dots] = 40
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L")


def scan_page(ctx: Ctx, image: Image.Image, rotation: int) -> Image.Image:
    """Greyish paper, blur, skew of 1–3 degrees, sensor noise, and a quarter-turn if asked."""
    image = image.point(lambda v: int(v * 0.88 + 18))  # paper is never white, ink never black
    if ctx.chance(0.7):
        image = image.filter(ImageFilter.GaussianBlur(ctx.choice([0.5, 0.8, 1.0])))
    skew = ctx.rng.uniform(1.0, 3.0) * ctx.choice([-1, 1])
    image = image.rotate(skew, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=235)
    image = _noise(ctx, image, ctx.choice([3.0, 5.0, 7.0]))
    if rotation:
        image = image.rotate(rotation, expand=True)
    return image


def scanned_pdf(ctx: Ctx, pdf: bytes, rotations: list[int]) -> bytes:
    dpi = ctx.choice([200, 240, 300])
    pages = [scan_page(ctx, img, rot) for img, rot in
             zip(render_pages(pdf, dpi), rotations, strict=False)]
    quality = ctx.choice([55, 65, 75])
    # PIL writes each page as a JPEG (DCTDecode) image: an image-only PDF like a scanner's.
    jpeg_pages = []
    for page in pages:
        buf = io.BytesIO()
        page.save(buf, "JPEG", quality=quality)
        jpeg_pages.append(Image.open(io.BytesIO(buf.getvalue())))
    out = io.BytesIO()
    jpeg_pages[0].save(out, "PDF", save_all=True, append_images=jpeg_pages[1:],
                       resolution=float(dpi), creationDate=_FIXED_TIME, modDate=_FIXED_TIME,
                       producer="Scanner", title="Scan")
    return out.getvalue()


def fax_tiff(ctx: Ctx, pdf: bytes, header: str) -> bytes:
    """1-bit CCITT group 4 TIFF, 204×196 dpi (fine mode) with a fax header line on each page."""
    fine = ctx.chance(0.6)
    xdpi, ydpi = (204, 196) if fine else (200, 200)
    pages = []
    rendered = render_pages(pdf, xdpi)
    font = ImageFont.load_default(size=22)
    for n, img in enumerate(rendered, start=1):
        img = img.resize((img.width, round(img.height * ydpi / xdpi)))
        if ctx.chance(0.5):
            img = img.rotate(ctx.rng.uniform(-1.5, 1.5), expand=False, fillcolor=255)
        img = _noise(ctx, img, 10.0)
        draw = ImageDraw.Draw(img)
        draw.rectangle([0, 0, img.width, 34], fill=255)
        draw.text((30, 8), f"{header}   P.{n:03d}/{len(rendered):03d}", fill=0, font=font)
        threshold = ctx.choice([150, 165, 180])
        pages.append(img.point(lambda v, t=threshold: 255 if v > t else 0).convert("1"))
    out = io.BytesIO()
    pages[0].save(out, "TIFF", compression="group4", save_all=True, append_images=pages[1:],
                  dpi=(xdpi, ydpi))
    return out.getvalue()


def photo_png(ctx: Ctx, pdf: bytes) -> bytes:
    """A screenshot-like image of the first page, slightly turned, as PNG."""
    image = render_pages(pdf, 200)[0]
    image = image.rotate(ctx.rng.uniform(-2.0, 2.0), resample=Image.Resampling.BILINEAR,
                         expand=True, fillcolor=255)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=False)
    return out.getvalue()
