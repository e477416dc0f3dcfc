"""Build scanned-looking page images and PDFs for the reader tests and the OCR benchmark."""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
LETTER_IN = (8.5, 11.0)

LETTER_LINES = [
    "U.S. Department of Homeland Security",
    "Immigration and Customs Enforcement",
    "Enforcement and Removal Operations, Denver Field Office",
    "",
    "Colorado Department of Revenue, Division of Motor Vehicles",
    "Records Unit, 1881 Pierce Street, Lakewood, Colorado",
    "",
    "Re: Request for records concerning José Núñez and Jesús Gómez",
    "",
    "Pursuant to 8 U.S.C. 1357 we request the current address, photograph",
    "and vehicle registration for the persons named above, born",
    "March 14, 1986 and July 2, 1979. Please reply within ten days.",
    "",
    "Sincerely,",
    "Deportation Officer María Hernández-López",
]


def render_page(lines: list[str], dpi: int = 300, font_pt: float = 12.0,
                size_in: tuple[float, float] = LETTER_IN, font: str = FONT) -> Image.Image:
    """A white greyscale page with the lines set one inch from the top-left corner."""
    width, height = round(size_in[0] * dpi), round(size_in[1] * dpi)
    page = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(page)
    face = ImageFont.truetype(font, round(font_pt * dpi / 72))
    y = dpi
    step = round(font_pt * 1.6 * dpi / 72)
    for line in lines:
        if line:
            draw.text((dpi, y), line, font=face, fill=0)
        y += step
    return page


def scanned(page: Image.Image, turn_cw: int = 0, skew_deg: float = 0.0, noise: float = 0.0,
            seed: int = 1) -> Image.Image:
    """The page as a scanner would return it: turned, slightly skewed, speckled."""
    img = page.rotate(skew_deg, resample=Image.Resampling.BILINEAR, fillcolor=255) \
        if skew_deg else page
    if noise:
        rng = random.Random(seed)
        px = img.load()
        w, h = img.size
        for _ in range(int(w * h * noise)):
            px[rng.randrange(w), rng.randrange(h)] = rng.choice((0, 255))
    if turn_cw:
        img = img.rotate(-turn_cw, expand=True)
    return img


def fax_tiff(pages: list[Image.Image], path: Path) -> Path:
    """Multi-page CCITT group 4 TIFF at fax resolution (200 dpi, 1 bit)."""
    frames = [p.point(lambda v: 255 if v > 128 else 0).convert("1") for p in pages]
    frames[0].save(path, format="TIFF", compression="group4", dpi=(200, 200), save_all=True,
                   append_images=frames[1:])
    return path


def scanned_pdf(pages: list[Image.Image], path: Path, dpi: int = 300) -> Path:
    """An image-only PDF (no text layer), as a scanner writes it."""
    rgb = [p.convert("L") for p in pages]
    rgb[0].save(path, format="PDF", resolution=dpi, save_all=True, append_images=rgb[1:])
    return path
