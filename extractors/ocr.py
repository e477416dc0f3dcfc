"""Page images → ``Page``s of OCR words: turned upright, straightened, read by Tesseract, with
boxes mapped back onto the page as stored. Pages are read in parallel, one Tesseract each."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace

from PIL import Image

from requestdesk.document import Box, Line, Page, Word
from requestdesk.extractors.accent_reread import restore_accents
from requestdesk.extractors.layout import join_form_rows
from requestdesk.extractors.ocr_fixes import clean_words
from requestdesk.extractors.orientation import Frame, Layout, analyse, straighten, turn
from requestdesk.extractors.tesseract import (
    OcrFailed,
    OcrTimeout,
    Orientation,
    TesseractOptions,
    TsvWord,
    detect_orientation,
    recognise,
)

_WORDLIKE = re.compile(r"[(\"'“]?[^\W\d_]{2,}[)\"'”.,;:!?]?")
GOOD_MEAN_CONF = 70.0


@dataclass
class PageImage:
    number: int
    image: Image.Image
    units_per_px: float = 1.0  # 72/dpi for PDF pages (points), 1 for image files (pixels)
    dpi: int = 300  # 0 when unknown: Tesseract estimates it from the text
    # Height of one image row in page units when it differs from the width of a column
    # (standard-resolution fax is 204 x 98 dpi: the image was stretched to square pixels).
    units_per_px_y: float | None = None
    part: str = "main"


@dataclass
class OcrOutcome:
    page: Page
    warning: str | None = None


@dataclass(frozen=True)
class Reading:
    """One OCR pass over the page, turned and straightened as recorded."""

    words: list[TsvWord]
    turned_cw: int
    skew_ccw: float

    @property
    def confident_chars(self) -> int:
        return sum(len(w.text) for w in self.words if w.conf >= 60 and _WORDLIKE.fullmatch(w.text))

    @property
    def good(self) -> bool:
        if len(self.words) < 5:
            return False
        mean = sum(max(w.conf, 0) for w in self.words) / len(self.words)
        total = sum(len(w.text) for w in self.words)
        return mean >= GOOD_MEAN_CONF and self.confident_chars >= 0.5 * total


def _read(grey: Image.Image, turned_cw: int, options: TesseractOptions,
          layout: Layout | None = None) -> Reading:
    upright = turn(grey, turned_cw)
    skew = (layout if layout is not None and not turned_cw else analyse(upright)).skew_ccw
    if skew and upright.mode == "1":
        upright = upright.convert("L")
    straight = straighten(upright, skew)
    words = clean_words(restore_accents(straight, recognise(straight, options), options))
    return Reading(words, turned_cw, skew)


def _orientation(image: Image.Image, options: TesseractOptions) -> Orientation | None:
    # Half resolution gives the same answer at 300 dpi in about half the time.
    if options.dpi >= 250 or (not options.dpi and image.width > 2000):
        image = (image.convert("L") if image.mode == "1" else image).reduce(2)
        return detect_orientation(image, options.dpi // 2, options.timeout_s)
    return detect_orientation(image, options.dpi, options.timeout_s)


def read_upright(image: Image.Image, options: TesseractOptions) -> Reading:
    """OCR in the right orientation. Orientation detection costs about as much as reading a
    page, so it runs only for pages whose lines run sideways or whose first reading is poor."""
    grey = image if image.mode in ("1", "L") else image.convert("L")
    layout = analyse(grey)
    if layout.blank:
        return Reading([], 0, 0.0)
    turned = 0
    if layout.sideways:
        found = _orientation(grey, options)
        turned = found.rotate_cw if found and found.rotate_cw in (90, 270) else 90
    reading = _read(grey, turned, options, layout)
    if reading.good:
        return reading
    upright = straighten(turn(grey, turned), reading.skew_ccw)
    found = _orientation(upright, options)
    if found is None or found.rotate_cw == 0:
        return reading
    other = _read(grey, (turned + found.rotate_cw) % 360, options)
    return other if other.confident_chars > reading.confident_chars else reading


def ocr_page(item: PageImage, options: TesseractOptions) -> OcrOutcome:
    grey = item.image
    scale = item.units_per_px
    scale_y = item.units_per_px_y or scale
    options = replace(options, dpi=item.dpi)
    page = Page(number=item.number, width=grey.width * scale, height=grey.height * scale_y,
                ocr=True, part=item.part)
    try:
        reading = read_upright(grey, options)
    except OcrTimeout:
        return OcrOutcome(page, f"Page {item.number} took too long to read and was skipped; "
                                "check that page by hand.")
    except OcrFailed:
        return OcrOutcome(page, f"Page {item.number} could not be read as an image and was "
                                "skipped; check that page by hand.")
    frame = Frame(grey.width, grey.height, reading.turned_cw, reading.skew_ccw)
    page.rotation = reading.turned_cw
    page.lines = _lines(reading.words, frame, scale, scale_y)
    return OcrOutcome(page)


def _lines(words: list[TsvWord], frame: Frame, scale: float, scale_y: float) -> list[Line]:
    # Tesseract's lines (it copes with what skew is left), with each form label joined to the
    # value printed beside it; geometry is compared on the upright image, then boxes are
    # mapped back to the stored page.
    lines: list[Line] = []
    blocks: dict[tuple[int, int], int] = {}
    current: tuple[int, int, int] | None = None
    for w in words:
        key = (w.block, w.par, w.line)
        block = blocks.setdefault((w.block, w.par), len(blocks))
        if key != current:
            lines.append(Line(words=[], block=block))
            current = key
        box = Box(w.left, w.top, w.left + w.width, w.top + w.height)
        lines[-1].words.append(Word(text=w.text, box=box, confidence=max(w.conf, 0.0)))
    lines = join_form_rows(lines)
    for line in lines:
        for word in line.words:
            assert word.box is not None
            word.box = frame.to_page(word.box, scale, scale_y)
    return lines


def ocr_pages(items: Iterable[PageImage], options: TesseractOptions,
              workers: int = 0) -> Iterator[OcrOutcome]:
    """OCR pages in parallel, in page order. ``items`` is consumed in the calling thread (so a
    PDF renderer that is not thread-safe stays on one thread) and only a few pages are held
    in memory at once."""
    workers = workers or os.cpu_count() or 1
    pending: list[Future[OcrOutcome]] = []
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ocr") as pool:
        try:
            for item in items:
                pending.append(pool.submit(ocr_page, item, options))
                if len(pending) > workers:
                    yield pending.pop(0).result()
            while pending:
                yield pending.pop(0).result()
        finally:
            for future in pending:
                future.cancel()
