"""Reading an untrusted original into page images: the layout (page sizes in the units
evidence boxes use, PDF points or image pixels) and pages rendered to PNG.

PDF pages are rendered with pypdfium2 and images with Pillow. Emails: the body is page 1 (shown
as text) and the attachments' pages follow in order, as the reader numbers them. ``read_pages`` runs
in a bounded child process forked from the readers' fork server (our own, in
``extractors/guard.py``), so this module imports nothing heavy beyond what that server preloads.
"""

from __future__ import annotations

import email.policy
import io
from dataclasses import dataclass
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageSequence

from requestdesk.extractors.email_parts import EmailParts, Skipped, with_headers
from requestdesk.extractors.guard import ReadLimits
from requestdesk.extractors.plaintext import html_to_text
from requestdesk.extractors.sniff import SNIFF_BYTES, decode_text, sniff

LIMITS = ReadLimits()  # the reader's attachment and nesting limits, so numbering matches
TARGET_WIDTH = 1400  # pixels of a rendered page: sharp enough to read small print
MAX_TEXT_CHARS = 200_000
IMAGE_TYPES = frozenset({"png", "jpeg", "tiff"})


@dataclass(frozen=True)
class PageInfo:
    number: int
    width: float  # page units: PDF points or image pixels
    height: float
    part: str  # "main", "body", "attachment 1"
    image: bool  # False for a text-only page (email body, text attachment, plain text)
    text: str | None = None  # what a text-only page shows


@dataclass(frozen=True)
class Layout:
    kind: str
    pages: list[PageInfo]


@dataclass(frozen=True)
class _Source:
    kind: str  # pdf or image
    data: bytes
    first_page: int  # page number of its first page in the whole document
    count: int
    part: str


def read_pages(path: str, number: int | None) -> tuple[Layout, bytes | None]:
    """The layout of an original and, when ``number`` is given, that page as PNG (None if it
    has no image). Runs in a bounded child process: originals are untrusted, and a file that
    crashes or exhausts the renderer must not take the web server with it."""
    Image.MAX_IMAGE_PIXELS = LIMITS.max_pixels  # the reader's limit, which the file passed
    layout, sources = _analyse(Path(path).read_bytes())
    if number is not None:
        for source in sources:
            if source.first_page <= number < source.first_page + source.count:
                return layout, _render(source, number - source.first_page)
    return layout, None


def _analyse(data: bytes) -> tuple[Layout, list[_Source]]:
    kind = sniff(data[:SNIFF_BYTES])
    if kind == "pdf":
        source = _Source("pdf", data, 1, _pdf_count(data), "main")
        return Layout("pdf", _pages(source)), [source]
    if kind in IMAGE_TYPES:
        source = _Source("image", data, 1, _image_count(data), "main")
        return Layout("image", _pages(source)), [source]
    if kind == "email":
        message = BytesParser(policy=email.policy.default).parsebytes(data)
        assert isinstance(message, EmailMessage)
        return _email(message)
    text = _as_text(data, kind)
    return Layout("text", [PageInfo(1, 0, 0, "main", False, text)]), []


def _email(message: EmailMessage) -> tuple[Layout, list[_Source]]:
    """Pages numbered as the email reader numbers them: both walk the email with ``EmailParts``."""
    pages: list[PageInfo] = []
    sources: list[_Source] = []
    for part in EmailParts(message, LIMITS):
        if isinstance(part, Skipped):
            continue
        if part.kind == "text":
            # The reader keeps the email's own headers apart from its pages; here they head page 1.
            text = with_headers(message, part.text) if part.name == "body" else part.text
            pages.append(PageInfo(len(pages) + 1, 0, 0, part.name, False, text[:MAX_TEXT_CHARS]))
            continue
        kind = "pdf" if part.kind == "pdf" else "image"
        count = _readable_count(kind, part.data)
        if count is None:
            continue  # the reader could not read it either (locked, damaged): it made no pages
        source = _Source(kind, part.data, len(pages) + 1, count, part.name)
        sources.append(source)
        pages.extend(_pages(source))
    return Layout("email", pages), sources


def _as_text(data: bytes, kind: str) -> str:
    text = decode_text(data) or ""
    return (html_to_text(text) if kind == "html" else text)[:MAX_TEXT_CHARS]


def _pages(source: _Source) -> list[PageInfo]:
    sizes: list[tuple[float, float]]
    if source.kind == "pdf":
        pdf = pdfium.PdfDocument(source.data)
        try:
            sizes = [pdf.get_page_size(i) for i in range(len(pdf))]
        finally:
            pdf.close()
    else:
        with Image.open(io.BytesIO(source.data)) as img:
            sizes = [frame.size for frame in ImageSequence.Iterator(img)]
    return [PageInfo(source.first_page + i, float(w), float(h), source.part, True)
            for i, (w, h) in enumerate(sizes)]


def _pdf_count(data: bytes) -> int:
    pdf = pdfium.PdfDocument(data)
    try:
        return len(pdf)
    finally:
        pdf.close()


def _image_count(data: bytes) -> int:
    with Image.open(io.BytesIO(data)) as img:
        return int(getattr(img, "n_frames", 1))


def _readable_count(kind: str, data: bytes) -> int | None:
    """Pages in an attached file, or None where the reader skipped it with a warning."""
    try:
        count = _pdf_count(data) if kind == "pdf" else _image_count(data)
    except (pdfium.PdfiumError, OSError, ValueError, Image.DecompressionBombError):
        return None
    return count if 0 < count <= LIMITS.max_pages else None


def _render(source: _Source, index: int) -> bytes:
    if source.kind == "pdf":
        pdf = pdfium.PdfDocument(source.data)
        try:
            page = pdf[index]
            scale = min(3.0, TARGET_WIDTH / max(1.0, page.get_width()))
            image = page.render(scale=scale).to_pil()
            page.close()
        finally:
            pdf.close()
    else:
        with Image.open(io.BytesIO(source.data)) as img:
            img.seek(index)
            image = img.convert("RGB") if img.mode not in ("RGB", "L") else img.copy()
        if image.width > TARGET_WIDTH:
            image = image.resize((TARGET_WIDTH, round(image.height * TARGET_WIDTH / image.width)))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False)
    return out.getvalue()
