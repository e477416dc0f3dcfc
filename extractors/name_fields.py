"""Names written as separate form fields: "Last name: Ibarra Delgado   First: Guadalupe",
"Surname:" / "Given name(s):" / "Middle:" on the next lines, "Apellido(s):" / "Nombre:", "LN:" /
"FN:". Fields of one person sit together; a blank line or a repeated field starts the next one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from requestdesk.extractors.names import looks_like_name, normalize_name

_LAST = (r"last\s*name|surname|family\s*name|apellidos?(?:\s*\(s\))?|primer\s+apellido|"
         r"last|LN|L/N")
_FIRST = (r"first\s*(?:/|and|&)\s*middle(?:\s*names?)?|first\s*name|given\s*names?(?:\s*\(s\))?|"
          r"forenames?|nombres?(?:\s+de\s+pila)?|first|FN|F/N")
_MIDDLE = r"middle\s*names?|middle\s*initial|middle|segundo\s+nombre|MI|M\.I\."
# The next field on the same line ends a value ("Ibarra Delgado First: Guadalupe").
_NEXT = (rf"(?:{_LAST}|{_FIRST}|{_MIDDLE}|dob|d\.o\.b\.?|date\s+of\s+birth|sex|race|age|"
         r"fecha\s+de\s+nacimiento)\b[ \t]*(?:\.{2,}[ \t]*)?[:#]")
FIELD = re.compile(
    rf"(?:^|(?<=\s)|(?<=\|))(?:(?P<last>{_LAST})|(?P<first>{_FIRST})|(?P<middle>{_MIDDLE}))"
    r"[ \t]*(?:\.{2,}[ \t]*)?[:#][ \t]*"  # "Last Name ..........: TRAN"
    rf"(?P<value>[^\W\d_][\w'’.-]*(?:[ ](?!{_NEXT})[^\W\d_][\w'’.-]*){{0,3}})?",
    re.IGNORECASE | re.MULTILINE,
)


# A ruled form read by OCR loses its colons: "Last name   NGUYEN" / "First / Middle   THI THU HA".
# Without a colon, only a label that starts its line and a value in capitals that fills it.
_CAPS_WORD = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]*"
ROW = re.compile(
    rf"^[ \t]*(?i:(?P<last>last\s*name|surname|family\s*name)|"
    rf"(?P<first>first\s*(?:/|and|&)\s*middle(?:\s*names?)?|first\s*name|given\s*names?)|"
    rf"(?P<middle>middle\s*names?))"
    rf"[ \t]+(?P<value>{_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{0,3}})[ \t]*$",
    re.MULTILINE,
)


@dataclass
class _Record:
    parts: dict[str, tuple[str, int, int]]
    last_end: int


def _name(record: _Record) -> tuple[str, int, int] | None:
    parts = record.parts
    if "last" not in parts or "first" not in parts:
        return None
    given = " ".join(parts[k][0] for k in ("first", "middle") if k in parts)
    raw = f"{parts['last'][0]}, {given}"
    if not looks_like_name(raw.replace(",", " ")):
        return None
    name = normalize_name(raw)
    if name is None:
        return None
    # The candidate ends at its first field, so a date of birth on the same line is after it.
    first_field = min(parts.values(), key=lambda p: p[1])
    return name, first_field[1], first_field[2]


def split_name_fields(text: str) -> list[tuple[str, int, int]]:
    """People written as separate last/first/middle fields, as ("First Middle Last", start, end)."""
    out: list[tuple[str, int, int]] = []
    record: _Record | None = None
    fields = list(FIELD.finditer(text))
    rows = [r for r in ROW.finditer(text)
            if not any(f.start() < r.end() and r.start() < f.end() for f in fields)]
    for m in sorted(fields + rows, key=lambda m: m.start()):
        kind = next(k for k in ("last", "first", "middle") if m.group(k))
        value = (m.group("value") or "").strip(" .")
        if value and FIELD.match(value):
            value = ""  # an empty field followed by the next label
        gap = text[record.last_end:m.start()] if record else ""
        if record and (kind in record.parts or "\n\n" in gap or gap.count("\n") > 3):
            named = _name(record)
            if named:
                out.append(named)
            record = None
        if record is None:
            record = _Record({}, m.end())
        if value:
            record.parts[kind] = (value, m.start("value"), m.start("value") + len(value))
        record.last_end = m.end()
    if record:
        named = _name(record)
        if named:
            out.append(named)
    return out
