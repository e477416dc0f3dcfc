"""Build a ``Document`` from a plain string for field-extraction tests (no reader involved)."""

from __future__ import annotations

import textwrap

from requestdesk.document import Box, Document, Line, Page, Word


def text_document(
    text: str,
    headers: dict[str, str] | None = None,
    kind: str = "text",
    attachment_from: int | None = None,
) -> Document:
    """One page per form feed, one line per line, a new block after each blank line; words get
    boxes on a fixed grid so that evidence has page and box. Pages from ``attachment_from`` on
    are an attachment."""
    pages: list[Page] = []
    for number, page_text in enumerate(textwrap.dedent(text).strip("\n").split("\f"), start=1):
        part = "attachment 1" if attachment_from and number >= attachment_from else "main"
        page = Page(number=number, width=612, height=792, part=part)
        block = 0
        for row, raw in enumerate(page_text.splitlines()):
            if not raw.strip():
                block += 1
                continue
            words = []
            x = 72.0
            for token in raw.split():
                width = 6.0 * len(token)
                words.append(Word(token, Box(x, 72 + 12 * row, x + width, 82 + 12 * row)))
                x += width + 4
            page.lines.append(Line(words=words, block=block))
        pages.append(page)
    doc = Document(pages=pages, kind=kind, headers=headers or {},
                   channel="email" if headers else "unknown")
    doc.build_text()
    return doc
