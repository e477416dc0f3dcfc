"""What kind of file this is, from its first bytes (never from its name)."""

from __future__ import annotations

import re
from typing import Literal

FileType = Literal["pdf", "png", "jpeg", "tiff", "email", "html", "text", "zip", "ole",
                   "program", "unknown"]

SNIFF_BYTES = 64 * 1024

_MAGIC: tuple[tuple[bytes, FileType], ...] = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"PK\x03\x04", "zip"),  # Word, Excel, zip archives
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),  # Outlook .msg, old Word and Excel files
    (b"MZ", "program"),
    (b"\x7fELF", "program"),
)
_HEADER_LINE = re.compile(r"^([!-9;-~]+):")
_EMAIL_FIELDS = frozenset({
    "from", "to", "cc", "date", "subject", "message-id", "mime-version", "received",
    "return-path", "reply-to", "content-type", "sender", "delivered-to", "x-mailer",
})
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)


def sniff(head: bytes) -> FileType:
    """Classify from the first bytes of a file (``SNIFF_BYTES`` are plenty)."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    # PDF readers accept junk before the header, within the first kilobyte.
    if b"%PDF-" in head[:1024]:
        return "pdf"
    text = decode_text(head, partial=True)
    if text is None:
        return "unknown"
    if looks_like_email(text):
        return "email"
    if _HTML_START.match(head.lstrip(b"\xef\xbb\xbf")):
        return "html"
    return "text"


def decode_text(data: bytes, partial: bool = False) -> str | None:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Latin-1 — or ``None`` for binary."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    else:
        body = data.removeprefix(b"\xef\xbb\xbf")
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as exc:
            # A cut in the middle of a multi-byte character at the end of a sniffed prefix.
            if partial and exc.start >= len(body) - 3:
                text = body[: exc.start].decode("utf-8")
            else:
                text = body.decode("latin-1")
    if not text:
        return text
    controls = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or ch == "\x7f")
    if "\x00" in text or controls > len(text) / 100:
        return None
    return text


def looks_like_email(text: str) -> bool:
    """RFC 5322 header block at the top: header lines, then a blank line."""
    lines = text.lstrip("\r\n").splitlines()
    if lines and lines[0].startswith("From "):  # mbox separator line
        lines = lines[1:]
    names: set[str] = set()
    for line in lines[:200]:
        if not line.strip():
            break
        if line[0] in " \t":  # folded continuation of the previous header
            if not names:
                return False
            continue
        match = _HEADER_LINE.match(line)
        if not match:
            return False
        names.add(match.group(1).lower())
    else:
        if len(lines) > 200:
            return False
    return len(names & _EMAIL_FIELDS) >= 2 and bool(names & {"from", "subject", "date"})
