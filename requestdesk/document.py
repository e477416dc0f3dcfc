"""What a reader hands to field extraction: text with page and box provenance.

Every reader (PDF text layer, OCR, email, plain text) produces one ``Document``. Field
extraction works on ``Document.text`` and maps character offsets back to words, so every
extracted value can point at the page and box it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

Channel = Literal["email", "mail", "fax", "hand_delivery", "upload", "unknown"]
_LEADER = re.compile(r"(?:\.{3,}|…+)")  # a form's dot leader between a label and its value


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle in the page's own units (PDF points or image pixels), origin top-left."""

    x0: float
    y0: float
    x1: float
    y1: float

    def union(self, other: Box) -> Box:
        return Box(
            min(self.x0, other.x0), min(self.y0, other.y0),
            max(self.x1, other.x1), max(self.y1, other.y1),
        )

    def as_list(self) -> list[float]:
        return [round(self.x0, 1), round(self.y0, 1), round(self.x1, 1), round(self.y1, 1)]


@dataclass(slots=True)
class Word:
    text: str
    box: Box | None = None  # None for email bodies and plain text
    confidence: float | None = None  # 0-100 from OCR; None for a text layer


@dataclass(slots=True)
class Line:
    words: list[Word]
    block: int = 0  # lines of one paragraph/block share a number; a new block starts a paragraph


@dataclass(slots=True)
class Page:
    number: int  # 1-based across the whole document, attachments included
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    ocr: bool = False
    rotation: int = 0  # degrees the page was turned to read it (0, 90, 180, 270)
    part: str = "main"  # "main", "body", "attachment 1", "attachment 1.2" — never a file name


@dataclass(slots=True)
class Span:
    """Where a character range of ``Document.text`` came from."""

    start: int
    end: int
    page: int
    word: Word


@dataclass(slots=True)
class Document:
    pages: list[Page]
    kind: str  # "pdf", "image", "email", "text"
    channel: Channel = "unknown"
    headers: dict[str, str] = field(default_factory=dict)  # email From/To/Date/Subject
    received_at: str | None = None  # ISO date-time when the file itself says (email Date)
    attachments: int = 0
    warnings: list[str] = field(default_factory=list)  # skipped pages/attachments, for a clerk
    text: str = ""
    spans: list[Span] = field(default_factory=list)

    @property
    def ocr_pages(self) -> int:
        return sum(1 for p in self.pages if p.ocr)

    def build_text(self) -> None:
        """Lay the words out as text: a line per line, a blank line between blocks and parts."""
        parts: list[str] = []
        spans: list[Span] = []
        pos = 0

        def emit(s: str) -> None:
            nonlocal pos
            parts.append(s)
            pos += len(s)

        header_text = _header_block(self.headers)
        if header_text:
            emit(header_text + "\n\n")
        for page in self.pages:
            previous_block: int | None = None
            for line in page.lines:
                if not line.words:
                    continue
                if previous_block is not None and line.block != previous_block:
                    emit("\n")
                previous_block = line.block
                for i, word in enumerate(line.words):
                    if i:
                        emit(" ")
                    # A form's dot leader ("Officer name ....... Lamar Whitby") reads as ":".
                    shown = ":" if _LEADER.fullmatch(word.text) else word.text
                    spans.append(Span(pos, pos + len(shown), page.number, word))
                    emit(shown)
                emit("\n")
            emit("\n\f\n")
        self.text = "".join(parts)
        self.spans = spans

    def locate(self, start: int, end: int) -> tuple[int | None, Box | None, float | None]:
        """Page, bounding box and lowest OCR confidence of the words under a character range."""
        page: int | None = None
        box: Box | None = None
        conf: float | None = None
        for span in self._spans_between(start, end):
            if page is None:
                page = span.page
            if span.page != page:
                break
            if span.word.box is not None:
                box = span.word.box if box is None else box.union(span.word.box)
            if span.word.confidence is not None:
                conf = span.word.confidence if conf is None else min(conf, span.word.confidence)
        return page, box, conf

    def _spans_between(self, start: int, end: int) -> list[Span]:
        import bisect

        starts = [s.start for s in self.spans]
        i = max(bisect.bisect_right(starts, start) - 1, 0)
        out: list[Span] = []
        while i < len(self.spans) and self.spans[i].start < end:
            if self.spans[i].end > start:
                out.append(self.spans[i])
            i += 1
        return out


def _header_block(headers: dict[str, str]) -> str:
    keys = ("From", "To", "Date", "Subject")
    return "\n".join(f"{k}: {headers[k]}" for k in keys if headers.get(k))


class Rejected(Exception):
    """Input that cannot be read. ``reason`` is a sentence a records clerk understands, with no
    document content in it, and says what to do (e.g. ask the sender for an unlocked copy)."""

    def __init__(self, reason: str, code: str = "unreadable") -> None:
        super().__init__(reason)
        self.reason = reason
        # short machine tag: empty, encrypted, corrupt, too_large, unsupported, timeout
        self.code = code
