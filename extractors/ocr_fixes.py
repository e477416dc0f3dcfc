"""Corrections for OCR misreadings that Tesseract makes predictably on these documents.

- With Spanish data loaded, the section sign "§" is often read as "8", "$" or "S". Right after
  a code abbreviation ("U.S.C.", "C.F.R.", "C.R.S.") and before a section number, none of those
  readings makes sense, so the sign is put back.
- An email address is often cut at the "@" ("tlindqvist@ da.co.us"); the halves are rejoined.
- Form rules and box edges come out as lone "|" or "_" words; they are dropped.
"""

from __future__ import annotations

import re
from dataclasses import replace

from requestdesk.extractors.tesseract import TsvWord

_CODE = re.compile(r"^(?:[A-Z]{1,2}\.){2,}[A-Z]?\.?$|^(?:USC|CFR|CRS|Stat\.?|Code)$")
_SIGN = {"8": "§", "$": "§", "S": "§", "5": "§", "88": "§§", "$$": "§§", "SS": "§§", "§§": "§§",
         "§": "§"}
_NUMBER = re.compile(r"^\d")
_LOCAL = re.compile(r"^[\w.+'-]+@$")
_DOMAIN = re.compile(r"^@?[\w-]+(?:\.[\w-]+)+[.,;:]?$")
_USER = re.compile(r"^[\w.+'-]+$")
_RULE = re.compile(r"^[|_]+$")


def clean_words(words: list[TsvWord]) -> list[TsvWord]:
    return restore_section_signs(join_split_emails([w for w in words if not _RULE.match(w.text)]))


def restore_section_signs(words: list[TsvWord]) -> list[TsvWord]:
    out = list(words)
    for i in range(1, len(out) - 1):
        text = out[i].text
        if text in _SIGN and _CODE.match(out[i - 1].text) and _NUMBER.match(out[i + 1].text):
            out[i] = replace(out[i], text=_SIGN[text])
    return out


def join_split_emails(words: list[TsvWord]) -> list[TsvWord]:
    out: list[TsvWord] = []
    for word in words:
        prev = out[-1] if out else None
        if prev is not None and _same_line(prev, word) and _halves(prev.text, word.text):
            out[-1] = _joined(prev, word)
        else:
            out.append(word)
    return out


def _halves(left: str, right: str) -> bool:
    if _LOCAL.match(left):
        return bool(_DOMAIN.match(right)) and not right.startswith("@")
    return right.startswith("@") and bool(_USER.match(left)) and bool(_DOMAIN.match(right))


def _same_line(a: TsvWord, b: TsvWord) -> bool:
    return (a.block, a.par, a.line) == (b.block, b.par, b.line)


def _joined(a: TsvWord, b: TsvWord) -> TsvWord:
    right = max(a.left + a.width, b.left + b.width)
    bottom = max(a.top + a.height, b.top + b.height)
    left, top = min(a.left, b.left), min(a.top, b.top)
    return replace(a, text=a.text + b.text, left=left, top=top, width=right - left,
                   height=bottom - top, conf=min(a.conf, b.conf))
