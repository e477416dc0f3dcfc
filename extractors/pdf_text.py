"""PDF → pages: the text layer where it is usable, OCR at 300 dpi where it is not (decided page
by page). Every page of a PDF is in PDF points, origin top-left, OCR pages included."""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psparser import PSException
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException
from PIL import Image

from requestdesk.document import Box, Page, Rejected, Word
from requestdesk.extractors.guard import ReadLimits
from requestdesk.extractors.layout import lay_out
from requestdesk.extractors.ocr import PageImage, ocr_pages
from requestdesk.extractors.tesseract import TesseractOptions

log = logging.getLogger(__name__)
# pdfminer's warnings about damaged files can quote bytes of the file itself.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

OCR_DPI = 300
MIN_WORDS = 3
MIN_CHARS = 20

ENCRYPTED = (
    "This PDF is locked with a password, so it cannot be read. Ask the sender for a copy "
    "without a password, or open it with the password and save an unlocked copy."
)
CORRUPT = (
    "This PDF is damaged or incomplete and cannot be read. Ask the sender to send it again; "
    "if it came by email, save the attachment again."
)

_PDFIUM_PASSWORD = 4
_PDFIUM_SECURITY = 6
_GARBAGE = re.compile(r"\(cid:\d+\)|[\ufffd\ue000-\uf8ff\x00-\x08\x0e-\x1f]")
_WORDLIKE = re.compile(r"[^\W\d_]{2,}")


def pdf_page_count(path: Path) -> int:
    """Pages in the PDF (cheap, from the page tree); rejects locked and damaged files."""
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if exc.err_code in (_PDFIUM_PASSWORD, _PDFIUM_SECURITY):
            raise Rejected(ENCRYPTED, "encrypted") from None
        raise Rejected(CORRUPT, "corrupt") from None
    try:
        return len(pdf)
    finally:
        pdf.close()


@dataclass
class PdfRead:
    pages: list[Page]
    warnings: list[str]  # pages that could not be read, in words for a clerk
    fax_pages: int  # scanned pages whose image is 1-bit at fax resolution


def read_pdf(path: Path, limits: ReadLimits, first_number: int = 1,
             part: str = "main") -> PdfRead:
    """All pages of a PDF, numbered from ``first_number``."""
    count = pdf_page_count(path)
    if count == 0:
        raise Rejected(CORRUPT, "corrupt")
    if count > limits.max_pages:
        raise Rejected(too_many_pages(limits), "too_large")
    pages: dict[int, Page] = {}
    warnings: list[str] = []
    fax: list[int] = []
    options = TesseractOptions(dpi=OCR_DPI, timeout_s=limits.ocr_timeout_s)
    try:
        with pdfplumber.open(path) as plumber:
            renderer = pdfium.PdfDocument(str(path))
            try:
                scans = _text_pages(plumber, renderer, pages, fax, limits, first_number, part)
                for outcome in ocr_pages(scans, options, limits.ocr_workers):
                    pages[outcome.page.number] = outcome.page
                    if outcome.warning:
                        warnings.append(outcome.warning)
            finally:
                renderer.close()
    except PdfminerException as exc:  # pdfplumber wraps every pdfminer failure in this
        if exc.args and isinstance(exc.args[0], PDFPasswordIncorrect):
            raise Rejected(ENCRYPTED, "encrypted") from None
        log.info("PDF parser failed: %s", type(exc.args[0]).__name__ if exc.args else "?")
        raise Rejected(CORRUPT, "corrupt") from None
    except PDFPasswordIncorrect:
        raise Rejected(ENCRYPTED, "encrypted") from None
    except (PSException, PDFSyntaxError, MalformedPDFException, pdfium.PdfiumError, ValueError,
            KeyError, TypeError, AssertionError) as exc:
        log.info("PDF parser failed: %s", type(exc).__name__)
        raise Rejected(CORRUPT, "corrupt") from None
    return PdfRead([pages[n] for n in sorted(pages)], warnings, len(fax))


def too_many_pages(limits: ReadLimits) -> str:
    return (
        f"This file has more than {limits.max_pages} pages, far more than a request normally "
        "has, so it was not read. Check what it is; if it is a real request, split it into "
        "smaller files or process it by hand."
    )


def _text_pages(plumber: pdfplumber.PDF, renderer: pdfium.PdfDocument, pages: dict[int, Page],
                fax: list[int], limits: ReadLimits, first_number: int,
                part: str) -> Iterator[PageImage]:
    """Fill ``pages`` with text-layer pages; yield the others as images to OCR. Runs in the
    calling thread: PDFium must not be used from two threads."""
    for index, plumber_page in enumerate(plumber.pages):
        number = first_number + index
        width, height = float(plumber_page.width), float(plumber_page.height)
        words, turned = _words(plumber_page)
        if _usable(words, turned, plumber_page):
            pages[number] = Page(number=number, width=width, height=height,
                                 lines=lay_out(words), part=part)
        else:
            if _is_fax_scan(plumber_page):
                fax.append(number)
            image, dpi = _render(renderer[index], width, height, limits)
            yield PageImage(number=number, image=image, units_per_px=width / image.width,
                            units_per_px_y=height / image.height, dpi=dpi, part=part)
        with contextlib.suppress(AttributeError):
            plumber_page.close()


def _words(page: pdfplumber.page.Page) -> tuple[list[Word], int]:
    """Words of the text layer, and how many of them run sideways or upside down."""
    words: list[Word] = []
    turned = 0
    for w in page.extract_words(keep_blank_chars=False, use_text_flow=False):
        text = str(w["text"]).strip()
        if text:
            words.append(Word(text, Box(float(w["x0"]), float(w["top"]), float(w["x1"]),
                                        float(w["bottom"]))))
            turned += not w.get("upright", True)
    return words, turned


def _usable(words: list[Word], turned: int, page: pdfplumber.page.Page) -> bool:
    """Is the text layer worth reading, or is this a scan (or garbled) that needs OCR?"""
    text = "".join(w.text for w in words)
    if len(words) < MIN_WORDS or len(text) < MIN_CHARS:
        return False
    if turned > len(words) / 2:
        return False  # a page printed sideways: OCR turns it upright and reads it in order
    if len(_GARBAGE.findall(text)) > 0.1 * len(text):
        return False
    wordlike = sum(1 for w in words if _WORDLIKE.search(w.text))
    if wordlike < 0.4 * len(words):
        return False
    # A scan with a few typed words on top (a fax header, a stamp) is read as an image.
    page_area = float(page.width) * float(page.height) or 1.0
    image_area = sum(abs(float(i["x1"]) - float(i["x0"])) * abs(float(i["bottom"]) - float(i["top"]))
                     for i in page.images)
    return not (image_area > 0.5 * page_area and len(words) < 30)


def _is_fax_scan(page: pdfplumber.page.Page) -> bool:
    """A page-sized 1-bit image at about 200 dpi is what fax servers put in their PDFs."""
    for image in page.images:
        width_in = abs(float(image["x1"]) - float(image["x0"])) / 72
        src = image.get("srcsize") or (0, 0)
        if image.get("bits") == 1 and width_in > 0.6 * float(page.width) / 72 and src[0]:
            dpi = float(src[0]) / width_in
            if 190 <= dpi <= 210:
                return True
    return False


def _render(page: pdfium.PdfPage, width: float, height: float,
            limits: ReadLimits) -> tuple[Image.Image, int]:
    scale = OCR_DPI / 72
    pixels = width * height * scale * scale
    if pixels > limits.max_pixels:
        scale *= (limits.max_pixels / pixels) ** 0.5  # an oversized page is read at lower dpi
    try:
        bitmap = page.render(scale=scale, grayscale=True)
        # to_pil() shares the bitmap's buffer; copy so the image outlives it.
        return bitmap.to_pil().convert("L").copy(), round(scale * 72)
    finally:
        page.close()
