"""The parts of an email in page order: the message text, then each attachment in turn, a
forwarded email's text and attachments in its place. The email reader and the review app's page
renderer both walk an email with this, so their page numbers cannot drift apart (evidence boxes
refer to page numbers). Light on purpose: the page renderer must not load the PDF and image
readers."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from typing import Literal

from requestdesk.extractors.email_body import body_text
from requestdesk.extractors.guard import ReadLimits
from requestdesk.extractors.plaintext import html_to_text
from requestdesk.extractors.sniff import SNIFF_BYTES, decode_text, sniff

HEADER_NAMES = ("From", "To", "Cc", "Date", "Subject")


@dataclass(frozen=True)
class Part:
    """A part that becomes pages: one text page, or the pages of a PDF or image file."""

    name: str  # the pages' label: "body", "attachment 1", "attachment 1.2", never a file name
    kind: Literal["text", "pdf", "png", "jpeg", "tiff"]
    text: str = ""  # a text part's text
    data: bytes = b""  # a PDF or image file


@dataclass(frozen=True)
class Skipped:
    """A part that makes no pages, with a note for the clerk."""

    warning: str


def email_headers(msg: EmailMessage) -> dict[str, str]:
    out: dict[str, str] = {}
    for name in HEADER_NAMES:
        try:
            value = msg.get(name)
        except (ValueError, IndexError, TypeError, AttributeError):
            value = None  # a malformed header is left out rather than failing the email
        if value is not None and str(value).strip():
            out[name] = " ".join(str(value).split())
    return out


def with_headers(msg: EmailMessage, text: str) -> str:
    lines = "\n".join(f"{name}: {value}" for name, value in email_headers(msg).items())
    return f"{lines}\n\n{text}" if lines else text


class EmailParts:
    """Iterating yields the parts of ``msg`` in page order, within the attachment and nesting
    limits; ``attachments`` then counts every attachment met, read or not."""

    def __init__(self, msg: EmailMessage, limits: ReadLimits) -> None:
        self.msg = msg
        self.limits = limits
        self.attachments = 0

    def __iter__(self) -> Iterator[Part | Skipped]:
        self.attachments = 0
        return self._message(self.msg, "body", "", 0)

    def _message(self, msg: EmailMessage, name: str, prefix: str, depth: int) -> Iterator[Part | Skipped]:
        text = body_text(msg)
        if depth:
            text = with_headers(msg, text)  # a forwarded email's headers say who sent it and when
        if text.strip() or not depth:
            yield Part(name, "text", text=text)
        for index, attachment in enumerate(msg.iter_attachments(), 1):
            if isinstance(attachment, EmailMessage):
                yield from self._attachment(attachment, f"{prefix}{index}", depth)

    def _attachment(self, part: EmailMessage, label: str, depth: int) -> Iterator[Part | Skipped]:
        self.attachments += 1
        name = f"attachment {label}"
        limit = self.limits.max_attachments
        if self.attachments > limit:
            if self.attachments == limit + 1:
                yield Skipped(f"This email has more than {limit} attachments; the rest were not "
                              "read. Check them by hand.")
            return
        if part.get_content_maintype() == "message":
            inner = part.get_content()
            if isinstance(inner, EmailMessage):
                yield from self._nested(inner, label, depth)
                return
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes) or not data:
            yield Skipped(f"{name.capitalize()} is empty and was skipped.")
            return
        kind = sniff(data[:SNIFF_BYTES])
        if kind == "email":
            inner = BytesParser(policy=policy.default).parsebytes(data)
            assert isinstance(inner, EmailMessage)
            yield from self._nested(inner, label, depth)
        elif kind in ("pdf", "png", "jpeg", "tiff"):
            yield Part(name, kind, data=data)
        elif kind in ("text", "html"):
            text = decode_text(data) or ""
            yield Part(name, "text", text=html_to_text(text) if kind == "html" else text)
        else:
            yield Skipped(f"{name.capitalize()} is a kind of file requestdesk cannot read (not a PDF, "
                          "image, email or text). Open it yourself and check it by hand.")

    def _nested(self, inner: EmailMessage, label: str, depth: int) -> Iterator[Part | Skipped]:
        if depth + 1 > self.limits.max_email_depth:
            yield Skipped(f"Attachment {label} is an email forwarded inside too many other emails "
                          "and was not read. Open it yourself and check it by hand.")
        else:
            yield from self._message(inner, f"attachment {label}", f"{label}.", depth + 1)
