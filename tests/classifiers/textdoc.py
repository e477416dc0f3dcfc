"""Build a ``Document`` from a plain string or a text fixture (no reader involved)."""

from __future__ import annotations

from pathlib import Path

from fields.textdoc import text_document as _grid_document

from requestdesk.document import Document

TEXTS = Path(__file__).parent / "texts"


def text_document(text: str, headers: dict[str, str] | None = None) -> Document:
    """The field tests' grid document; with headers it is an email."""
    return _grid_document(text, headers, kind="email" if headers else "text")


def fixture(name: str) -> Document:
    """A text fixture from ``texts/``; an email fixture starts with From/Subject header lines."""
    raw = (TEXTS / f"{name}.txt").read_text(encoding="utf-8")
    headers: dict[str, str] = {}
    lines = raw.splitlines()
    while lines and lines[0].split(":", 1)[0] in {"From", "To", "Date", "Subject"}:
        key, value = lines.pop(0).split(":", 1)
        headers[key] = value.strip()
    return text_document("\n".join(lines), headers or None)
