"""Shared limits and assertions for the reader tests."""

from __future__ import annotations

from requestdesk.document import Document, Page
from requestdesk.extractors.guard import ReadLimits

LIMITS = ReadLimits(timeout_s=120)


def words_of(page: Page) -> list[str]:
    return [w.text for line in page.lines for w in line.words]


def assert_boxes_inside(doc: Document) -> None:
    for page in doc.pages:
        for line in page.lines:
            for word in line.words:
                if word.box is None:
                    continue
                b = word.box
                assert 0 <= b.x0 <= b.x1 <= page.width + 0.01, (page.number, word.text)
                assert 0 <= b.y0 <= b.y1 <= page.height + 0.01, (page.number, word.text)
