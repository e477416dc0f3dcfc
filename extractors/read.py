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
OUTLOOK_FILE = (
    "This looks like an Outlook message (.msg) or an old Word or Excel file, which requestdesk "
    "cannot read. In Outlook, save the email as an .eml file (or print it to PDF); save other "
    "documents as PDF; then add that file instead."
)
WEB_PAGE = (
    "This is a web page (HTML file), which requestdesk does not open. If it is a request, "
    "open it in a browser, print it to PDF, and add the PDF instead; if it is an email, "
    "save it from the mail program as an .eml file."
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
    result = read_pdf(path, limits)
    doc = Document(pages=result.pages, kind="pdf", warnings=result.warnings)
    if result.pages and all(p.ocr for p in result.pages):
        doc.channel = "fax" if result.fax_pages * 2 > len(result.pages) else "mail"
    return doc


def _image(path: Path, limits: ReadLimits) -> Document:
    result = read_image(path, limits)
    return Document(pages=result.pages, kind="image", channel=result.channel,
                    warnings=result.warnings)


MAX_TEXT_BYTES = 10 * MIB  # about 3,000 pages of plain text


def _text(path: Path, limits: ReadLimits) -> Document:
    if path.stat().st_size > MAX_TEXT_BYTES:
        raise Rejected(
            "This text file is far longer than any request (over 10 MB), so it was not read. "
            "Check what it is; if it is a real request, process it by hand.", "too_large")
    return Document(pages=[read_text_file(path)], kind="text")


READERS: dict[FileType, Reader] = {
    "pdf": _pdf,
    "png": _image,
    "jpeg": _image,
    "tiff": _image,
    "email": read_email,
    "text": _text,
}
# A web page is not one of the ways requests arrive (emails come as .eml, letters as PDF or
# scans) and may carry active content, so it is refused with a way forward rather than
# guessed at. HTML inside an email is read: there it is just the body's format.
REFUSALS: dict[FileType, str] = {"zip": OFFICE_FILE, "ole": OUTLOOK_FILE, "program": PROGRAM,
                                 "html": WEB_PAGE}


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
