"""Build a ``Document`` from a plain string or a text fixture (no reader involved)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from requestdesk.document import Box, Document, Line, Page, Word

TEXTS = Path(__file__).parent / "texts"


def text_document(text: str, headers: dict[str, str] | None = None) -> Document:
    """One page per form feed, one line per line, a new block after each blank line; words get
    boxes on a fixed grid so that evidence has a page and a box."""
    pages: list[Page] = []
    for number, page_text in enumerate(textwrap.dedent(text).strip("\n").split("\f"), start=1):
        page = Page(number=number, width=612, height=792)
        block = 0
        for row, raw in enumerate(page_text.splitlines()):
            if not raw.strip():
                block += 1
                continue
            words: list[Word] = []
            x = 72.0
            for token in raw.split():
                width = 6.0 * len(token)
                words.append(Word(token, Box(x, 72 + 12 * row, x + width, 82 + 12 * row)))
                x += width + 4
            page.lines.append(Line(words=words, block=block))
        pages.append(page)
    doc = Document(pages=pages, kind="email" if headers else "text", headers=headers or {},
                   channel="email" if headers else "unknown")
    doc.build_text()
    return doc


def fixture(name: str) -> Document:
    """A text fixture from ``texts/``; an email fixture starts with From/Subject header lines."""
    raw = (TEXTS / f"{name}.txt").read_text(encoding="utf-8")
    headers: dict[str, str] = {}
    lines = raw.splitlines()
    while lines and lines[0].split(":", 1)[0] in {"From", "To", "Date", "Subject"}:
        key, value = lines.pop(0).split(":", 1)
        headers[key] = value.strip()
    return text_document("\n".join(lines), headers or None)
