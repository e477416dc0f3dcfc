"""Image files (PNG, JPEG, TIFF including multi-page fax TIFF) → page images to OCR.

Boxes are in the stored image's pixels. Pixel counts are checked from the header before any
frame is decoded, so a small file declaring huge dimensions is refused without decoding it.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from requestdesk.document import Channel, Page, Rejected
from requestdesk.extractors.guard import ReadLimits
from requestdesk.extractors.ocr import PageImage, ocr_pages
from requestdesk.extractors.pdf_text import too_many_pages
from requestdesk.extractors.tesseract import TesseractOptions

FAX_COMPRESSIONS = frozenset({"group3", "group4", "tiff_ccitt", "tiff_raw_16"})
FAX_DPI_X = range(195, 210)  # 200 and 204 dpi
DEFAULT_DPI = 300

CORRUPT = (
    "This image is damaged or incomplete and cannot be read. Ask the sender to send it "
    "again, or scan the paper again."
)


def too_many_pixels(limits: ReadLimits) -> str:
    return (
        f"This image is far larger than any scanned page (over {limits.max_pixels // 1_000_000} "
        "million pixels), so it was not read. It may be damaged or built to overload the "
        "system. Ask the sender for a normal scan, or process it by hand."
    )


@dataclass
class ImageRead:
    pages: list[Page]
    channel: Channel
    warnings: list[str]


def read_image(path: Path, limits: ReadLimits, first_number: int = 1,
               part: str = "main") -> ImageRead:
    Image.MAX_IMAGE_PIXELS = limits.max_pixels
    options = TesseractOptions(timeout_s=limits.ocr_timeout_s)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as img:
                frames = getattr(img, "n_frames", 1)
                if frames > limits.max_pages:
                    raise Rejected(too_many_pages(limits), "too_large")
                channel: Channel = "fax" if _is_fax(img) else "mail"
                pages: list[Page] = []
                notes: list[str] = []
                items = _frames(img, frames, limits, first_number, part)
                for outcome in ocr_pages(items, options, limits.ocr_workers):
                    pages.append(outcome.page)
                    if outcome.warning:
                        notes.append(outcome.warning)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise Rejected(too_many_pixels(limits), "too_large") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError, IndexError,
            TypeError, KeyError, OverflowError, ZeroDivisionError):
        raise Rejected(CORRUPT, "corrupt") from None
    return ImageRead(pages, channel, notes)


def _is_fax(img: Image.Image) -> bool:
    compression = str(img.info.get("compression", "")).lower()
    if compression in FAX_COMPRESSIONS:
        return True
    dpi = img.info.get("dpi")
    return img.mode == "1" and bool(dpi) and round(float(dpi[0])) in FAX_DPI_X


def _frames(img: Image.Image, frames: int, limits: ReadLimits, first_number: int,
            part: str) -> Iterator[PageImage]:
    """Decoded frames, one at a time, in the calling thread."""
    for index in range(frames):
        img.seek(index)
        if img.width * img.height > limits.max_pixels:  # Pillow checks only the first frame
            raise Rejected(too_many_pixels(limits), "too_large")
        frame = img.copy() if frames > 1 else img
        frame.load()
        frame = ImageOps.exif_transpose(frame) if frames == 1 else frame
        frame = _grey(frame)
        xdpi, ydpi = _dpi(img)
        units_y: float | None = None
        if ydpi and xdpi and 1.1 < xdpi / ydpi <= 2.5:
            # Standard fax (204 x 98 dpi): stretch rows so letters have their real shape.
            stretch = xdpi / ydpi
            units_y = 1 / stretch
            grey = frame.convert("L")
            frame = grey.resize((grey.width, round(grey.height * stretch)),
                                Image.Resampling.BILINEAR)
        yield PageImage(number=first_number + index, image=frame, units_per_px=1.0,
                        dpi=round(xdpi) if xdpi >= 100 else 0, part=part, units_per_px_y=units_y)


def _grey(frame: Image.Image) -> Image.Image:
    """1-bit or 8-bit grey, transparent areas white, 16-bit scans scaled rather than clipped."""
    if frame.mode in ("1", "L"):
        return frame
    if frame.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        values = np.asarray(frame, dtype=np.float64)
        top = float(values.max()) or 1.0
        return Image.fromarray((values * (255.0 / top)).astype(np.uint8))
    if "A" in frame.getbands() or "transparency" in frame.info:
        rgba = frame.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        white.alpha_composite(rgba)
        return white.convert("L")
    return frame.convert("L")


def _dpi(img: Image.Image) -> tuple[float, float]:
    dpi = img.info.get("dpi")
    if not dpi:
        return 0.0, 0.0
    try:
        return float(dpi[0]), float(dpi[1])
    except (TypeError, ValueError, IndexError):
        return 0.0, 0.0
