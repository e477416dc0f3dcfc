"""Dates as letters, forms and OCR write them, turned into ISO ``YYYY-MM-DD``."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS: dict[str, int] = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9,
    "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12,
    "december": 12,
    # Spanish
    "ene": 1, "enero": 1, "febrero": 2, "marzo": 3, "abr": 4, "abril": 4, "mayo": 5,
    "junio": 6, "julio": 7, "ago": 8, "agosto": 8, "septiembre": 9, "setiembre": 9,
    "octubre": 10, "noviembre": 11, "dic": 12, "diciembre": 12,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_ORD = r"(?:st|nd|rd|th|º|°)?"

_ISO = re.compile(r"(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)")
_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})\s?([-/.])\s?(\d{1,2})\s?\2\s?(\d{4}|\d{2})(?![\d/])")
_DAY_MONTH = re.compile(
    rf"(?<!\d)(\d{{1,2}}){_ORD}(?:\s+de|\s+of)?[\s\-.]*({_MONTH})\b\.?,?(?:\s+de|\s+del)?[\s\-.]*"
    r"(\d{4}|\d{2})(?!\d)",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    rf"\b({_MONTH})\b\.?[\s\-]+(\d{{1,2}}){_ORD},?[\s\-]+(\d{{4}})(?!\d)", re.IGNORECASE
)
_COMPACT = re.compile(rf"(?<![\d\w])(\d{{2}})({_MONTH})(\d{{4}})(?!\d)", re.IGNORECASE)

# Digits Tesseract commonly reads as letters inside a date.
_OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1", "S": "5"})


@dataclass(frozen=True, slots=True)
class FoundDate:
    start: int
    end: int
    iso: str


def _year(raw: str, ref_year: int) -> int:
    year = int(raw)
    if len(raw) == 2:
        # Two-digit years: the latest century that does not put the date in the future.
        year += 2000 if year <= ref_year % 100 else 1900
    return year


def _make(year: int, month: int, day: int, ref_year: int) -> str | None:
    if not 1875 <= year <= ref_year + 1:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _numeric(a: str, sep: str, b: str, y: str, ref_year: int) -> str | None:
    first, second, year = int(a), int(b), _year(y, ref_year)
    if first > 12:
        day, month = first, second  # US order unless the first number cannot be a month
    else:
        month, day = first, second
    return _make(year, month, day, ref_year)


def find_dates(text: str, ref_year: int | None = None) -> list[FoundDate]:
    """Every date in ``text`` with its character range, in reading order, without overlaps."""
    ref = ref_year or dt.date.today().year
    found: list[FoundDate] = []
    for m in _ISO.finditer(text):
        iso = _make(int(m[1]), int(m[3]), int(m[4]), ref)
        if iso:
            found.append(FoundDate(m.start(), m.end(), iso))
    for m in _NUMERIC.finditer(text):
        iso = _numeric(m[1], m[2], m[3], m[4], ref)
        if iso:
            found.append(FoundDate(m.start(), m.end(), iso))
    for m in _DAY_MONTH.finditer(text):
        iso = _make(_year(m[3], ref), MONTHS[m[2].lower()], int(m[1]), ref)
        if iso:
            found.append(FoundDate(m.start(), m.end(), iso))
    for m in _MONTH_DAY.finditer(text):
        iso = _make(int(m[3]), MONTHS[m[1].lower()], int(m[2]), ref)
        if iso:
            found.append(FoundDate(m.start(), m.end(), iso))
    for m in _COMPACT.finditer(text):
        iso = _make(int(m[3]), MONTHS[m[2].lower()], int(m[1]), ref)
        if iso:
            found.append(FoundDate(m.start(), m.end(), iso))
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    out: list[FoundDate] = []
    for d in found:
        if out and d.start < out[-1].end:
            continue
        out.append(d)
    return out


def parse_date(text: str, ref_year: int | None = None, ocr: bool = False) -> str | None:
    """The first date in ``text`` as ISO, or None. ``ocr`` also reads O/l/I/S as digits."""
    dates = find_dates(text, ref_year)
    if not dates and ocr:
        fixed = re.sub(
            r"[\dOolI|S]{1,4}[-/.][\dOolI|S]{1,2}[-/.][\dOolI|S]{2,4}",
            lambda m: m[0].translate(_OCR_DIGITS),
            text,
        )
        dates = find_dates(fixed, ref_year)
    return dates[0].iso if dates else None


_COMPACT_NUMERIC = re.compile(r"^\s*(\d{2})(\d{2})(\d{4}|\d{2})(?!\d)")


def parse_compact_date(text: str, ref_year: int | None = None) -> str | None:
    """A date written without separators, US order ("031487", "03141987"), at the start of
    ``text``; only for values right after a date-of-birth label, where nothing else fits."""
    m = _COMPACT_NUMERIC.match(text)
    if not m:
        return None
    ref = ref_year or dt.date.today().year
    return _make(_year(m[3], ref), int(m[1]), int(m[2]), ref)
