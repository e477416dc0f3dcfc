"""File → ``Document``: check the cheap limits, tell the type from the bytes, hand the file to
the reader for that type. Anything unreadable comes out as ``Rejected`` with a plain reason."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from requestdesk.document import Document, Rejected
from requestdesk.extractors.email_reader import read_email
from requestdesk.extractors.guard import MIB, ReadLimits
from requestdesk.extractors.images import read_image
from requestdesk.extractors.pdf_text import read_pdf
from requestdesk.extractors.plaintext import read_text_file
from requestdesk.extractors.sniff import SNIFF_BYTES, FileType, sniff

Reader = Callable[[Path, ReadLimits], Document]

EMPTY = (
    "This file is empty (0 bytes), so there is nothing to read. It may not have finished "
    "copying or saving; ask the sender to send it again."
)
UNSUPPORTED = (
    "requestdesk cannot read this kind of file. It reads PDFs, scans and photos (PNG, JPEG, "
    "TIFF), faxes, emails (.eml) and plain text. Save the request as a PDF and add that "
    "instead, or process it by hand."
)
OFFICE_FILE = (
    "This looks like a Word or Excel document or a zip archive, which requestdesk cannot read. "
    "Open it, save or print it as a PDF, and add the PDF instead."
)
PROGRAM = (
    "This file is a computer program, not a document, so it was not opened. Do not run it. "
    "Tell your administrator if it came from outside, and ask the sender for the request "
    "as a PDF."
)


def too_big(limits: ReadLimits) -> str:
    return (
        f"This file is larger than {limits.max_bytes // MIB} MB, far larger than a normal "
        "request, so it was not read. Ask the sender for a smaller copy, or process it by hand."
    )


def _pdf(path: Path, limits: ReadLimits) -> Document:
    pages, warnings = read_pdf(path, limits)
    doc = Document(pages=pages, kind="pdf", warnings=warnings)
    doc.channel = "mail" if pages and all(p.ocr for p in pages) else "unknown"
    return doc


def _image(path: Path, limits: ReadLimits) -> Document:
    result = read_image(path, limits)
    return Document(pages=result.pages, kind="image", channel=result.channel,
                    warnings=result.warnings)


def _text(path: Path, limits: ReadLimits) -> Document:
    return Document(pages=[read_text_file(path)], kind="text")


def _html(path: Path, limits: ReadLimits) -> Document:
    return Document(pages=[read_text_file(path, html=True)], kind="text")


READERS: dict[FileType, Reader] = {
    "pdf": _pdf,
    "png": _image,
    "jpeg": _image,
    "tiff": _image,
    "email": read_email,
    "text": _text,
    "html": _html,
}
REFUSALS: dict[FileType, str] = {"zip": OFFICE_FILE, "program": PROGRAM}


def read_document(path: Path, limits: ReadLimits) -> Document:
    size = path.stat().st_size
    if size == 0:
        raise Rejected(EMPTY, "empty")
    if size > limits.max_bytes:
        raise Rejected(too_big(limits), "too_large")
    with path.open("rb") as fh:
        kind = sniff(fh.read(SNIFF_BYTES))
    reader = READERS.get(kind)
    if reader is None:
        raise Rejected(REFUSALS.get(kind, UNSUPPORTED), "unsupported")
    doc = reader(path, limits)
    doc.build_text()
    return doc
