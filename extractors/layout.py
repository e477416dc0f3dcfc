"""Positioned words → lines and blocks in reading order.

Words on one baseline become a row; a row splits into fragments at wide gaps. Fragments are
ordered by a recursive XY cut: a page region splits at a column gutter when both sides read
like running text (two-column letters), otherwise at wide horizontal gaps (paragraphs). A form's
label and its value stay on one line, because narrow label columns never count as a column.
"""

from __future__ import annotations

import itertools
import statistics
from dataclasses import dataclass, field

from requestdesk.document import Box, Line, Word


@dataclass
class _Fragment:
    words: list[Word]
    x0: float
    top: float
    x1: float
    bottom: float


@dataclass
class _Row:
    words: list[Word] = field(default_factory=list)
    top: float = 0.0
    bottom: float = 0.0


def _box(word: Word) -> Box:
    assert word.box is not None
    return word.box


def lay_out(words: list[Word]) -> list[Line]:
    """Lines in reading order; ``Line.block`` numbers paragraphs and columns."""
    words = [w for w in words if w.box is not None and w.text.strip()]
    if not words:
        return []
    height = statistics.median(_box(w).y1 - _box(w).y0 for w in words) or 1.0
    fragments = [f for row in _rows(words) for f in _split_row(row, height)]
    lines: list[Line] = []
    block = 0
    for region in _xy_cut(fragments, height):
        previous: _Fragment | None = None
        for row in _merge_rows(region):
            if previous is not None and row.top - previous.bottom > 0.8 * height:
                block += 1
            lines.append(Line(words=row.words, block=block))
            previous = row
        block += 1
    return lines


def _rows(words: list[Word]) -> list[_Row]:
    rows: list[_Row] = []
    for word in sorted(words, key=lambda w: (_box(w).y0 + _box(w).y1) / 2):
        b = _box(word)
        middle = (b.y0 + b.y1) / 2
        if rows and rows[-1].top <= middle <= rows[-1].bottom:
            row = rows[-1]
            row.words.append(word)
            row.top, row.bottom = min(row.top, b.y0), max(row.bottom, b.y1)
        else:
            rows.append(_Row([word], b.y0, b.y1))
    for row in rows:
        row.words.sort(key=lambda w: _box(w).x0)
    return rows


def _split_row(row: _Row, height: float) -> list[_Fragment]:
    gap = 1.5 * height  # wider than any space between words of one phrase
    fragments: list[_Fragment] = []
    for word in row.words:
        b = _box(word)
        if fragments and b.x0 - fragments[-1].x1 <= gap:
            f = fragments[-1]
            f.words.append(word)
            f.x1, f.top, f.bottom = max(f.x1, b.x1), min(f.top, b.y0), max(f.bottom, b.y1)
        else:
            fragments.append(_Fragment([word], b.x0, b.y0, b.x1, b.y1))
    return fragments


def _gaps(intervals: list[tuple[float, float]], minimum: float) -> list[float]:
    """Middles of the empty stretches at least ``minimum`` wide between covered intervals."""
    cuts: list[float] = []
    intervals = sorted(intervals)
    reach = intervals[0][1]
    for start, end in intervals[1:]:
        if start - reach >= minimum:
            cuts.append((start + reach) / 2)
        reach = max(reach, end)
    return cuts


def _reads_as_column(fragments: list[_Fragment], region_width: float) -> bool:
    width = max(f.x1 for f in fragments) - min(f.x0 for f in fragments)
    if width < 0.3 * region_width or len(fragments) < 3:
        return False
    return statistics.median(len(f.words) for f in fragments) >= 3


def _xy_cut(fragments: list[_Fragment], height: float) -> list[list[_Fragment]]:
    if len(fragments) <= 1:
        return [fragments] if fragments else []
    x0 = min(f.x0 for f in fragments)
    x1 = max(f.x1 for f in fragments)
    for cut in _gaps([(f.x0, f.x1) for f in fragments], 1.0 * height):
        left = [f for f in fragments if f.x1 <= cut]
        right = [f for f in fragments if f.x0 >= cut]
        if _reads_as_column(left, x1 - x0) and _reads_as_column(right, x1 - x0):
            return _xy_cut(left, height) + _xy_cut(right, height)
    cuts = _gaps([(f.top, f.bottom) for f in fragments], 1.2 * height)
    if not cuts:
        return [fragments]
    regions: list[list[_Fragment]] = []
    bounds = [float("-inf"), *cuts, float("inf")]
    for low, high in itertools.pairwise(bounds):
        band = [f for f in fragments if low <= (f.top + f.bottom) / 2 < high]
        if band:
            regions.extend(_xy_cut(band, height))
    return regions


def _merge_rows(region: list[_Fragment]) -> list[_Row]:
    """Fragments of one region back into rows (a form label and its value share a line)."""
    rows: list[_Row] = []
    for f in sorted(region, key=lambda f: ((f.top + f.bottom) / 2, f.x0)):
        middle = (f.top + f.bottom) / 2
        if rows and rows[-1].top <= middle <= rows[-1].bottom:
            rows[-1].words.extend(f.words)
            rows[-1].top, rows[-1].bottom = min(rows[-1].top, f.top), max(rows[-1].bottom, f.bottom)
        else:
            rows.append(_Row(list(f.words), f.top, f.bottom))
    for row in rows:
        row.words.sort(key=lambda w: _box(w).x0)
    return rows


_LABEL_WORDS = 5  # "Date of Birth:", "Name and title of issuing officer:"


def join_form_rows(lines: list[Line]) -> list[Line]:
    """OCR lines with each form label joined to the value printed to its right on the same row.

    Tesseract reads a form's column of labels ("Name:", "Date of Birth:") apart from the column
    of values, so the text would lose which value belongs to which label. A line is a label
    when it is short and ends with a colon ("Date of Birth:", "File No."); its value is the
    nearest line starting to its right whose baseline is level with it. Other lines keep
    Tesseract's order (a short line beside a column, such as a signature, is not a label).
    """
    spans = [_span(line) for line in lines]
    partner: dict[int, int] = {}
    taken: set[int] = set()
    for i, left in enumerate(spans):
        if left is None or not _label_like(lines[i]):
            continue
        options = []
        for j, right in enumerate(spans):
            if j == i or j in taken or right is None or not _level(left, right):
                continue
            if -0.5 * left.height < right.x0 - left.x1 < 30 * left.height:
                # The most level line first (the row below may start nearer), then the nearest.
                options.append((round(abs(right.base - left.base) / (0.25 * left.height)),
                                right.x0, j))
        if options:
            best = min(options)[2]
            partner[i] = best
            taken.add(best)
    out: list[Line] = []
    for i, line in enumerate(lines):
        if i in taken:
            continue  # emitted after its label
        words = list(line.words)
        j = partner.get(i)
        for _ in range(len(lines)):
            if j is None:
                break
            words.extend(lines[j].words)
            j = partner.get(j)
        out.append(Line(words=words, block=line.block))
    return out


@dataclass
class _Span:
    x0: float
    x1: float
    base: float  # the median bottom of the words: an accent raises a word's top, a comma
    height: float  # drops only one word's bottom


def _span(line: Line) -> _Span | None:
    boxes = [w.box for w in line.words if w.box is not None]
    if not boxes:
        return None
    heights = sorted(b.y1 - b.y0 for b in boxes)
    bottoms = sorted(b.y1 for b in boxes)
    return _Span(min(b.x0 for b in boxes), max(b.x1 for b in boxes), bottoms[len(bottoms) // 2],
                 heights[len(heights) // 2] or 1.0)


def _level(left: _Span, right: _Span) -> bool:
    # Skew under a degree is left in the image; allow for it across the gap between the two.
    drift = 0.015 * max(right.x0 - left.x1, 0.0)
    return abs(left.base - right.base) <= 0.5 * min(left.height, right.height) + drift


def _label_like(line: Line) -> bool:
    text = " ".join(w.text for w in line.words).strip()
    return len(line.words) <= _LABEL_WORDS and text.endswith((":", "#", "No.", "No"))
