"""Email (.eml, RFC 5322) → one Document: headers, the body, then every attachment (PDF, images,
text, forwarded emails) as further pages. Parts are named "body", "attachment 1",
"attachment 1.2" — never by their file names, which often carry people's names."""

from __future__ import annotations

import email.utils
import tempfile
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from requestdesk.document import Document, Page, Rejected
from requestdesk.extractors.email_body import body_text
from requestdesk.extractors.guard import ReadLimits
from requestdesk.extractors.images import read_image
from requestdesk.extractors.pdf_text import read_pdf, too_many_pages
from requestdesk.extractors.plaintext import html_to_text, text_page
from requestdesk.extractors.sniff import SNIFF_BYTES, decode_text, sniff

HEADER_NAMES = ("From", "To", "Cc", "Date", "Subject")
DAMAGED = (
    "This email is damaged: no message text or attachment could be read from it. Open it in "
    "the mail program to check it, ask the sender to send it again, or process it by hand."
)


def read_email(path: Path, limits: ReadLimits) -> Document:
    with path.open("rb") as fh:
        msg = BytesParser(policy=policy.default).parse(fh)
    assert isinstance(msg, EmailMessage)
    doc = Document(pages=[], kind="email", channel="email", headers=_headers(msg))
    doc.received_at = _iso_date(doc.headers.get("Date"))
    with tempfile.TemporaryDirectory(prefix="requestdesk-eml-") as tmp:
        walk = _Walk(limits, Path(tmp))
        walk.message(msg, part="body", prefix="", depth=0, with_headers=False)
    doc.pages = walk.pages
    doc.attachments = walk.attachments
    doc.warnings = walk.warnings
    if msg.defects and not any(line.words for page in doc.pages for line in page.lines):
        raise Rejected(DAMAGED, "corrupt")
    return doc


def _headers(msg: EmailMessage) -> dict[str, str]:
    out: dict[str, str] = {}
    for name in HEADER_NAMES:
        try:
            value = msg.get(name)
        except (ValueError, IndexError, TypeError, AttributeError):
            value = None  # a malformed header is left out rather than failing the email
        if value is not None and str(value).strip():
            out[name] = " ".join(str(value).split())
    return out


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


@dataclass
class _Walk:
    limits: ReadLimits
    tmp: Path
    pages: list[Page] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    attachments: int = 0

    @property
    def next_number(self) -> int:
        return len(self.pages) + 1

    def add(self, pages: list[Page]) -> None:
        self.pages.extend(pages)
        if len(self.pages) > self.limits.max_pages:
            raise Rejected(too_many_pages(self.limits), "too_large")

    def message(self, msg: EmailMessage, part: str, prefix: str, depth: int,
                with_headers: bool) -> None:
        text = body_text(msg)
        if with_headers:
            # A forwarded email's own headers say who sent it and when: keep them with its body.
            headers = _headers(msg)
            lines = "\n".join(f"{k}: {headers[k]}" for k in HEADER_NAMES if k in headers)
            text = f"{lines}\n\n{text}" if lines else text
        if text.strip() or part == "body":
            self.add([text_page(text, self.next_number, part)])
        for index, attachment in enumerate(msg.iter_attachments(), 1):
            if not isinstance(attachment, EmailMessage):
                continue
            self.attachment(attachment, f"{prefix}{index}", depth)

    def attachment(self, part: EmailMessage, label: str, depth: int) -> None:
        self.attachments += 1
        name = f"attachment {label}"
        if self.attachments > self.limits.max_attachments:
            if self.attachments == self.limits.max_attachments + 1:
                self.warnings.append(
                    f"This email has more than {self.limits.max_attachments} attachments; "
                    "the rest were not read. Check them by hand.")
            return
        if part.get_content_maintype() == "message":
            inner = part.get_content()
            if isinstance(inner, EmailMessage):
                self.nested(inner, label, depth)
                return
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes) or not data:
            self.warnings.append(f"{name.capitalize()} is empty and was skipped.")
            return
        kind = sniff(data[:SNIFF_BYTES])
        try:
            if kind == "email":
                inner = BytesParser(policy=policy.default).parsebytes(data)
                assert isinstance(inner, EmailMessage)
                self.nested(inner, label, depth)
            elif kind in ("pdf", "png", "jpeg", "tiff"):
                self.binary(data, kind, name)
            elif kind in ("text", "html"):
                text = decode_text(data) or ""
                self.add([text_page(html_to_text(text) if kind == "html" else text,
                                    self.next_number, name)])
            else:
                self.warnings.append(
                    f"{name.capitalize()} is a kind of file requestdesk cannot read (not a PDF, "
                    "image, email or text). Open it yourself and check it by hand.")
        except Rejected as exc:
            if exc.code == "too_large" and len(self.pages) > self.limits.max_pages:
                raise
            self.warnings.append(f"{name.capitalize()} was not read: {exc.reason}")

    def nested(self, inner: EmailMessage, label: str, depth: int) -> None:
        if depth + 1 > self.limits.max_email_depth:
            self.warnings.append(
                f"Attachment {label} is an email forwarded inside too many other emails and "
                "was not read. Open it yourself and check it by hand.")
            return
        self.message(inner, part=f"attachment {label}", prefix=f"{label}.", depth=depth + 1,
                     with_headers=True)

    def binary(self, data: bytes, kind: str, name: str) -> None:
        path = self.tmp / f"part-{self.attachments}.{kind}"
        path.write_bytes(data)
        try:
            if kind == "pdf":
                pdf = read_pdf(path, self.limits, self.next_number, name)
                pages, notes = pdf.pages, pdf.warnings
            else:
                image = read_image(path, self.limits, self.next_number, name)
                pages, notes = image.pages, image.warnings
        finally:
            path.unlink(missing_ok=True)
        self.add(pages)
        self.warnings.extend(notes)
