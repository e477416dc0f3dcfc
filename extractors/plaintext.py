"""Plain text and HTML email bodies → lines of words without boxes.

HTML is parsed, never rendered, and the contents of ``script``/``style`` elements are dropped,
so what remains is the text a person would have seen.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from requestdesk.document import Line, Page, Rejected, Word
from requestdesk.extractors.sniff import decode_text

NOT_TEXT = (
    "This file is not readable text, a PDF, an image or an email. Save the request as a PDF "
    "and add that instead, or process it by hand."
)

_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr",
    "ul", "title",
})
_HIDDEN_TAGS = frozenset({"script", "style", "template", "noscript", "head"})


class _TextOfHtml(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN_TAGS:
            self.hidden += 1
        elif tag in ("p", "div", "tr", "table", "blockquote") or tag.startswith("h"):
            self.out.append("\n\n" if tag in ("p", "table", "blockquote") else "\n")
        elif tag in _BLOCK_TAGS:
            self.out.append("\n")
        elif tag in ("td", "th"):
            self.out.append("  ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK_TAGS:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        text = " ".join(data.split())
        if not text:
            self.out.append(" ")
            return
        # Keep a space where the markup had one: "for\n<b>Jesús</b>" must not become "forJesús".
        lead = " " if data[0].isspace() else ""
        trail = " " if data[-1].isspace() else ""
        self.out.append(f"{lead}{text}{trail}")


def html_to_text(html: str) -> str:
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.out).splitlines()]
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip()


def text_lines(text: str) -> list[Line]:
    """One ``Line`` per non-empty line; a blank line starts a new block."""
    lines: list[Line] = []
    block = 0
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        words = [Word(w) for w in raw.split()]
        if not words:
            if lines and lines[-1].block == block:
                block += 1
            continue
        lines.append(Line(words=words, block=block))
    return lines


def text_page(text: str, number: int, part: str = "main") -> Page:
    return Page(number=number, width=0.0, height=0.0, lines=text_lines(text), part=part)


def read_text_file(path: Path) -> Page:
    text = decode_text(path.read_bytes())
    if text is None:
        raise Rejected(NOT_TEXT, "unsupported")
    return text_page(text, 1)
