"""Identifiers of a person: A-number, driver licence, last four of an SSN, FINS, passport.

A full Social Security number is never kept: only its last four digits leave this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SEP = r"[\s.:#\-–]*"
_NO = r"(?:n(?:o|um(?:ber)?|°|º)\.?|#)?"

# "A-123-456-789", "A# 123 456 789", "A12345678", "Alien Registration Number: 123456789"
_A_NUMBER = re.compile(
    r"(?:\b(?:A[\s-]?(?:number|no\.?|#)|alien\s+(?:registration\s+)?(?:number|no\.?|#)"
    r"|file\s+(?:no\.?|number|#))" + _SEP + r"A?[\s-]?"
    r"|(?<![A-Za-z0-9])A\s?#?\s?[-–]?\s?)"
    r"(\d{2,3}[\s-]?\d{3}[\s-]?\d{3})(?![\d-])",
    re.IGNORECASE,
)
_DL = re.compile(
    r"\b(?:driver'?s?'?\s+licen[cs]e|driver\s+license|D\.?L\.?|licen[cs]e|OLN|CDL)"
    r"(?:\s+(?:number|no\.?|num|#))?(?:\s*\((?:[A-Z]{2})\))?"
    r"(?:\s+[A-Z]{2})?" + _SEP + r"(?:(?:is|are)\s+)?"
    r"([A-Z]{0,2}\d[\d\s-]{4,14}\d|[A-Z]\d{3,12}|(?=[A-Z*]{0,14}\d)[A-Z][A-Z0-9*]{4,15})\b",
    re.IGNORECASE,
)
# A table column of driver licence numbers: "DL No.", "WA DL No.", "License #", "OLN".
DL_COLUMN = re.compile(
    r"(?:^|(?<=\s))(?:(?:[A-Z]{2}\s+)?D\.?L\.?(?:\s*(?:No\.?|#|Number|Num))?|OLN|CDL(?:\s*#)?|"
    r"driver'?s?\s+licen[cs]e(?:\s*(?:no\.?|#|number))?|licen[cs]e\s*(?:#|no\.?|number))(?=\s|$)",
    re.IGNORECASE,
)
_A_COLUMN = re.compile(r"(?i)\b(?:A[-\s]?(?:#|No\.?|Number)|alien\s*(?:#|no\.?|number)|A-file)")
_LICENCE_CELL = re.compile(r"(?<![\w/-])(?=[A-Z*]{0,14}\d)[A-Z0-9*][A-Z0-9*-]{4,19}(?![\w/-])")
_SSN_FULL = re.compile(r"(?<!\d)(\d{3})[\s-](\d{2})[\s-](\d{4})(?!\d)")
_SSN = re.compile(
    r"\b(?:SSN|S\.S\.N\.|social\s+security(?:\s+(?:number|no\.?|#))?)"
    r"(?:\s*\(last\s*(?:4|four)\))?" + _SEP +
    r"(?:(?:last\s+(?:4|four)(?:\s+digits)?|ending(?:\s+in)?|ends\s+(?:in|with))" + _SEP + r")?"
    r"((?:\d{3}|[Xx*]{3})[\s-]?(?:\d{2}|[Xx*]{2})[\s-]?\d{4}|\d{4})(?!\d)",
    re.IGNORECASE,
)
# "last four of SSN: 4471", "last 4 digits of the social security number 4471"
_SSN_LAST4_FIRST = re.compile(
    r"\blast\s+(?:4|four)(?:\s+digits)?\s+of\s+(?:the\s+|his\s+|her\s+|their\s+)?"
    r"(?:SSN|S\.S\.N\.|social\s+security(?:\s+(?:number|no\.?|#))?)" + _SEP + r"(?:(?:is|are)\s+)?"
    r"(\d{4})(?!\d)",
    re.IGNORECASE,
)
_SSN_MASKED = re.compile(r"(?<![\w-])[Xx*]{3}-[Xx*]{2}-(\d{4})(?!\d)")
_FINS = re.compile(r"\bFINS" + _SEP + _NO + _SEP + r"(\d{6,10})\b", re.IGNORECASE)
_PASSPORT = re.compile(
    r"\bpassport(?:\s+(?:number|no\.?|#))?" + _SEP + r"(?:\([A-Za-z ]+\)\s*)?"
    r"([A-Z]{0,2}\d{6,9})\b",
    re.IGNORECASE,
)
_FBI = re.compile(r"\bFBI\s*(?:number|no\.?|#)" + _SEP + r"([0-9A-Z]{6,10})\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class FoundIdentifier:
    type: str  # a_number, drivers_license, ssn_last4, fins, passport, other
    value: str
    start: int
    end: int


def normalize_a_number(digits: str) -> str | None:
    raw = re.sub(r"\D", "", digits)
    if not 7 <= len(raw) <= 9:
        return None
    return "A" + raw.zfill(9)


def find_identifiers(text: str) -> list[FoundIdentifier]:
    """Identifiers in ``text`` with their character ranges, without overlaps."""
    found: list[FoundIdentifier] = []
    for m in _SSN.finditer(text):
        found.append(FoundIdentifier("ssn_last4", m[1][-4:], m.start(), m.end()))
    for m in _SSN_LAST4_FIRST.finditer(text):
        found.append(FoundIdentifier("ssn_last4", m[1], m.start(), m.end()))
    for m in _SSN_MASKED.finditer(text):
        found.append(FoundIdentifier("ssn_last4", m[1], m.start(), m.end()))
    for m in _FINS.finditer(text):
        found.append(FoundIdentifier("fins", m[1], m.start(), m.end()))
    for m in _PASSPORT.finditer(text):
        found.append(FoundIdentifier("passport", m[1].upper(), m.start(), m.end()))
    for m in _FBI.finditer(text):
        found.append(FoundIdentifier("other", "FBI " + m[1].upper(), m.start(), m.end()))
    for m in _DL.finditer(text):
        value = re.sub(r"[\s-]+", "", m[1]).upper()  # "12-345-6789" → "123456789"
        found.append(FoundIdentifier("drivers_license", value, m.start(), m.end()))
    for m in _A_NUMBER.finditer(text):
        value = normalize_a_number(m[1])
        if value:
            found.append(FoundIdentifier("a_number", value, m.start(), m.end()))
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    out: list[FoundIdentifier] = []
    for f in found:
        if out and f.start < out[-1].end:
            continue
        out.append(f)
    return out


def redact_ssns(text: str) -> str:
    """Mask full SSNs so that they never reach evidence text or logs."""
    return _SSN_FULL.sub(lambda m: "XXX-XX-" + m[3], text)


def licence_in_row(header: str, row: str) -> FoundIdentifier | None:
    """The driver licence number in a table row whose header has a licence column: the first
    licence-shaped cell, after the A-number's cell when the A-number column comes first."""
    column = DL_COLUMN.search(header)
    if column is None:
        return None
    a_column = _A_COLUMN.search(header)
    skip_a = a_column is not None and a_column.start() < column.start()
    for m in _LICENCE_CELL.finditer(row):
        value = m.group(0).replace("-", "")
        if re.fullmatch(r"A?\d{7,9}", value, re.IGNORECASE) and (skip_a or value[0] in "Aa"):
            skip_a = False
            continue  # the A-number's cell
        if re.fullmatch(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{10}", m.group(0)):
            continue  # a date or a phone number
        return FoundIdentifier("drivers_license", value.upper(), m.start(), m.end())
    return None
