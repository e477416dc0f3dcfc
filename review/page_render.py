"""Reading an untrusted original into page images: the layout (page sizes in the units
evidence boxes use, PDF points or image pixels) and pages rendered to PNG.

PDF pages are rendered with pypdfium2 and images with Pillow. Emails: the body is page 1 (shown
as text) and the attachments' pages follow in order, as the reader numbers them. This module is
run in a bounded child process (``read_pages``), so it imports nothing heavy beyond what the
reader's forkserver already holds.
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

from requestdesk.extractors.email_body import body_text
from requestdesk.extractors.guard import ReadLimits
from requestdesk.extractors.plaintext import html_to_text
from requestdesk.extractors.sniff import decode_text, sniff

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
    kind = sniff(data[:65536])
    if kind == "pdf":
        source = _Source("pdf", data, 1, _pdf_count(data), "main")
        return Layout("pdf", _pages(source)), [source]
    if kind in IMAGE_TYPES:
        source = _Source("image", data, 1, _image_count(data), "main")
        return Layout("image", _pages(source)), [source]
    if kind == "email":
        message = BytesParser(policy=email.policy.default).parsebytes(data)
        assert isinstance(message, EmailMessage)
        walk = _EmailWalk()
        walk.message(message, "body", "", 0, _headers(message))
        return Layout("email", walk.pages), walk.sources
    text = _as_text(data, kind)
    return Layout("text", [PageInfo(1, 0, 0, "main", False, text)]), []


class _EmailWalk:
    """Numbers pages exactly as the email reader does: the body is page 1, then each
    attachment in order (PDF and image pages, text attachments and forwarded emails' bodies
    as text pages), recursively."""

    def __init__(self) -> None:
        self.pages: list[PageInfo] = []
        self.sources: list[_Source] = []
        self.attachments = 0

    @property
    def next_number(self) -> int:
        return len(self.pages) + 1

    def message(self, msg: EmailMessage, part: str, prefix: str, depth: int,
                headers: str) -> None:
        text = body_text(msg)
        if text.strip() or part == "body":
            shown = f"{headers}\n\n{text}" if headers else text
            self.pages.append(PageInfo(self.next_number, 0, 0, part, False,
                                       shown[:MAX_TEXT_CHARS]))
        for index, attachment in enumerate(msg.iter_attachments(), 1):
            if isinstance(attachment, EmailMessage):
                self.attachment(attachment, f"{prefix}{index}", depth)

    def attachment(self, part: EmailMessage, label: str, depth: int) -> None:
        self.attachments += 1
        name = f"attachment {label}"
        if self.attachments > LIMITS.max_attachments:
            return
        if part.get_content_maintype() == "message":
            inner = part.get_content()
            if isinstance(inner, EmailMessage):
                self.nested(inner, label, depth)
                return
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes) or not data:
            return
        kind = sniff(data[:65536])
        if kind == "email":
            inner = BytesParser(policy=email.policy.default).parsebytes(data)
            if isinstance(inner, EmailMessage):
                self.nested(inner, label, depth)
        elif kind in ("pdf", *IMAGE_TYPES):
            count = _pdf_count(data) if kind == "pdf" else _image_count(data)
            source = _Source("pdf" if kind == "pdf" else "image", data, self.next_number, count,
                             name)
            self.sources.append(source)
            self.pages.extend(_pages(source))
        elif kind in ("text", "html"):
            self.pages.append(PageInfo(self.next_number, 0, 0, name, False,
                                       _as_text(data, kind)))

    def nested(self, inner: EmailMessage, label: str, depth: int) -> None:
        if depth + 1 <= LIMITS.max_email_depth:
            self.message(inner, f"attachment {label}", f"{label}.", depth + 1, _headers(inner))


def _headers(msg: EmailMessage) -> str:
    lines = []
    for name in ("From", "To", "Cc", "Date", "Subject"):
        try:
            value = msg.get(name)
        except (ValueError, IndexError, TypeError, AttributeError):
            value = None
        if value is not None and str(value).strip():
            lines.append(f"{name}: {' '.join(str(value).split())}")
    return "\n".join(lines)


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
