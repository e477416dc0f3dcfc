"""Turn a character range of ``Document.text`` into an ``Evidence`` (page, box, text)."""

from __future__ import annotations

from requestdesk.document import Document
from requestdesk.result import Evidence

MAX_EVIDENCE_CHARS = 300


def evidence_for(doc: Document, start: int, end: int, confidence: float | None = None) -> Evidence:
    page, box, ocr_conf = doc.locate(start, end)
    if confidence is None and ocr_conf is not None:
        confidence = round(ocr_conf / 100, 3)
    text = " ".join(doc.text[start:end].split())[:MAX_EVIDENCE_CHARS]
    return Evidence(
        page=page,
        box=box.as_list() if box else None,
        text=text,
        confidence=confidence,
    )
