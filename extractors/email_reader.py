"""Email (.eml, RFC 5322) → one Document: headers, the body, then every attachment (PDF, images,
text, forwarded emails) as further pages. Parts are named "body", "attachment 1",
"attachment 1.2" — never by their file names, which often carry people's names."""

from __future__ import annotations

import email.utils
import tempfile
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from requestdesk.document import Document, Page, Rejected
from requestdesk.extractors.email_parts import EmailParts, Part, Skipped, email_headers
from requestdesk.extractors.guard import ReadLimits
from requestdesk.extractors.images import read_image
from requestdesk.extractors.pdf_text import read_pdf, too_many_pages
from requestdesk.extractors.plaintext import text_page

DAMAGED = (
    "This email is damaged: no message text or attachment could be read from it. Open it in "
    "the mail program to check it, ask the sender to send it again, or process it by hand."
)


def read_email(path: Path, limits: ReadLimits) -> Document:
    with path.open("rb") as fh:
        msg = BytesParser(policy=policy.default).parse(fh)
    assert isinstance(msg, EmailMessage)
    doc = Document(pages=[], kind="email", channel="email", headers=email_headers(msg))
    doc.received_at = _iso_date(doc.headers.get("Date"))
    with tempfile.TemporaryDirectory(prefix="requestdesk-eml-") as tmp:
        parts = EmailParts(msg, limits)
        doc.pages, doc.warnings = _read_parts(parts, limits, Path(tmp))
    doc.attachments = parts.attachments
    if msg.defects and not any(line.words for page in doc.pages for line in page.lines):
        raise Rejected(DAMAGED, "corrupt")
    return doc


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _read_parts(parts: EmailParts, limits: ReadLimits, tmp: Path) -> tuple[list[Page], list[str]]:
    pages: list[Page] = []
    warnings: list[str] = []
    for part in parts:
        if isinstance(part, Skipped):
            warnings.append(part.warning)
            continue
        if part.kind == "text":
            new, notes = [text_page(part.text, len(pages) + 1, part.name)], []
        else:
            try:
                new, notes = _read_file(part, limits, tmp / f"part.{part.kind}", len(pages) + 1)
            except Rejected as exc:
                warnings.append(f"{part.name.capitalize()} was not read: {exc.reason}")
                continue
        pages.extend(new)
        warnings.extend(notes)
        if len(pages) > limits.max_pages:
            raise Rejected(too_many_pages(limits), "too_large")
    return pages, warnings


def _read_file(part: Part, limits: ReadLimits, path: Path, first: int) -> tuple[list[Page], list[str]]:
    path.write_bytes(part.data)
    try:
        if part.kind == "pdf":
            pdf = read_pdf(path, limits, first, part.name)
            return pdf.pages, pdf.warnings
        image = read_image(path, limits, first, part.name)
        return image.pages, image.warnings
    finally:
        path.unlink(missing_ok=True)
