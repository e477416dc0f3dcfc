"""Put back the accents of foreign names that the page's first OCR reading lost.

A line whose names look Vietnamese, Polish, Czech, Serbo-Croatian, Portuguese or French
(``name_origins.py``) is cut out of the page image and read again, as one line, with that
language's data. A word of the new reading replaces the old one only when the two spell the same
letters once accents are set aside (or differ only where the first reading guessed at a letter
it cannot print, "t" for "Ł"), so the second reading can add marks but never changes a name into
another.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from difflib import SequenceMatcher
from itertools import groupby

from PIL import Image

from requestdesk.extractors.name_origins import as_letters, languages_for, skeleton
from requestdesk.extractors.names import common_words, given_names, surnames
from requestdesk.extractors.tesseract import (
    OcrFailed,
    OcrTimeout,
    TesseractOptions,
    TsvWord,
    recognise,
)

MAX_LINES_PER_PAGE = 12
MIN_CONFIDENCE = 72.0
_EDGES = re.compile(r"^([^\w]*)(.*?)([^\w]*)$")
_VOWELS = frozenset("aeiouy")
# What the first reading (Spanish and English data) can print; a letter beyond it is one that
# reading could only guess at, and it guesses these: "t" or "k" for "Ł", "f" or "t" for "ř", "e"
# for "ć", "B" for "Đ", "h" for "ń".
_FIRST_READING_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzáéíóúüñ")
_GUESSES = {("t", "l"), ("k", "l"), ("i", "l"), ("f", "r"), ("t", "r"), ("e", "c"), ("b", "d"),
            ("p", "d"), ("h", "n")}


def _same_letters(old: str, new: str) -> bool:
    old = as_letters(old)
    if not skeleton(old) or re.sub(r"\D", "", old) != re.sub(r"\D", "", new):
        return False
    a, b = _letters(old), _letters(new)
    if [x for x, _ in a] == [y for y, _ in b]:
        return True
    if len(a) != len(b):
        return False
    # A vowel the first reading marked wrongly ("Quéc" for "Quốc"), or a letter it could not
    # print and guessed ("tukasz" for "Łukasz", "Jiti" for "Jiří").
    slips = [(x, y, old_char, new_char) for (x, old_char), (y, new_char) in zip(a, b, strict=True)
             if x != y]
    return len(slips) <= 2 and all(
        (old_char != x and x in _VOWELS and y in _VOWELS)
        or (new_char not in _FIRST_READING_LETTERS and (x, y) in _GUESSES)
        for x, y, old_char, new_char in slips)


def _english_word(word: str) -> bool:
    """An everyday English word of five letters or more that is not also a name."""
    key = word.casefold()
    return (len(key) >= 5 and key.isascii() and key in common_words()
            and key not in given_names() and key not in surnames())


def _letters(text: str) -> list[tuple[str, str]]:
    """Each letter's plain form and the letter as written, lower case."""
    out = []
    for char in text.casefold():
        plain = skeleton(char)
        out.extend((p, char) for p in plain)
    return out


def _merge(old: TsvWord, new: TsvWord) -> TsvWord:
    """``old`` with the letters of ``new`` and its own leading and trailing marks."""
    if new.conf < MIN_CONFIDENCE:
        return old  # noise read as a tone mark ("Thi" → "Thỉ") comes with a low confidence
    new_text = new.text
    lead, core, trail = _EDGES.match(old.text).groups()  # type: ignore[union-attr]
    new_core = _EDGES.match(new_text).group(2)  # type: ignore[union-attr]
    if not core or not new_core or new_core == core or not _same_letters(core, new_core):
        return old
    if _english_word(core):
        return old  # "Deputy U.S. Marshal Rebecca Szymańska": the title is not Polish
    if [c.isupper() for c in core if c.isalpha()] != [c.isupper() for c in new_core if c.isalpha()]:
        return old  # "Jan" read again as "jan": marks may change, the writing's case may not
    return replace(old, text=f"{lead}{new_core}{trail}")


def _marks_seen(image: Image.Image, word: TsvWord, line: list[TsvWord]) -> bool:
    """Whether a word in capitals shows marks: its box reaches above (or below) the letters of
    the words beside it, or it has ink apart from its letters. A fax's noise reads as tone
    marks on a clean "THI THU HA". Lower-case words are not checked (an "i" has its dot)."""
    letters = [c for c in word.text if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return True
    return _taller_than_neighbours(word, line) or _ink_apart(image, word)


# Words whose box spans about the capitals' height (digits, ascenders, no descenders) and that
# cannot carry marks themselves (not a word in capitals, which may be another name).
_CAP_HEIGHT_WORD = re.compile(r"^(?=.*[0-9bdfhklt])(?=.*[a-z0-9])[A-Za-z0-9/-]+[.:]?$")


def _taller_than_neighbours(word: TsvWord, line: list[TsvWord]) -> bool:
    refs = sorted((w for w in line if w is not word and w.text.isascii()
                   and _CAP_HEIGHT_WORD.match(w.text)),
                  key=lambda w: abs(w.left - word.left))[:2]
    if not refs:
        return False  # nothing to compare with: ink apart from the letters must show the marks
    top = sum(w.top for w in refs) / len(refs)
    bottom = sum(w.top + w.height for w in refs) / len(refs)
    margin = 0.08 * (bottom - top)
    above = word.top < top - margin
    below = word.text[-1:].isalpha() and word.top + word.height > bottom + margin
    return above or below


def _ink_apart(image: Image.Image, word: TsvWord) -> bool:
    h = word.height
    box = (word.left, max(0, word.top - h // 2), word.left + word.width,
           min(image.height, word.top + h + h // 2))
    crop = image.crop(box).convert("L")
    width, height = crop.size
    pixels = crop.load()
    rows = [sum(1 for x in range(width) if pixels[x, y] < 128) for y in range(height)]
    # The letters: the longest run of inked rows; marks are inked rows apart from it.
    runs, start = [], None
    for y, ink in enumerate([*rows, 0]):
        if ink and start is None:
            start = y
        elif not ink and start is not None:
            runs.append((start, y))
            start = None
    if not runs:
        return False
    body = max(runs, key=lambda r: r[1] - r[0])
    apart = sum(sum(rows[a:b]) for a, b in runs if (a, b) != body)
    return apart >= max(4, h // 4)


def _split(word: TsvWord, parts: list[TsvWord]) -> list[TsvWord]:
    """One word of the second reading cut where the first reading saw two ("QuốcBảo" →
    "Quốc", "Bảo"), by the letters each part holds."""
    pieces, at = [], 0
    for part in parts:
        n, taken = len(skeleton(part.text)), ""
        while at < len(word.text) and len(skeleton(taken)) < n:
            taken += word.text[at]
            at += 1
        while at < len(word.text) and unicodedata.combining(word.text[at]):
            taken += word.text[at]
            at += 1
        pieces.append(replace(word, text=taken))
    return pieces


def _bounds(words: list[TsvWord]) -> tuple[int, int, int, int]:
    return (min(w.left for w in words), min(w.top for w in words),
            max(w.left + w.width for w in words), max(w.top + w.height for w in words))


def _crop(image: Image.Image, line: list[TsvWord], above: int, below: int,
          side: int | None = None) -> Image.Image:
    # Marks above a line's capitals sit close to it; below it, a small margin only, so that
    # the marks of the next line's capitals do not become this line's.
    left, top, right, bottom = _bounds(line)
    height = bottom - top
    up = max(2, min(int(0.45 * height), int(0.6 * above)))
    down = max(2, min(int(0.3 * height), int(0.5 * below)))
    side = max(4, height // 2) if side is None else side
    return image.crop((max(0, left - side), max(0, top - up),
                        min(image.width, right + side), min(image.height, bottom + down)))


def _gap(line: list[TsvWord], others: list[list[TsvWord]], below: bool) -> int:
    """Free space between ``line`` and the nearest line above or below it that overlaps it."""
    left, top, right, bottom = _bounds(line)
    gaps = [10**6]
    for other in others:
        o_left, o_top, o_right, o_bottom = _bounds(other)
        if other is line or o_right < left or o_left > right:
            continue
        if below and o_top >= bottom:
            gaps.append(o_top - bottom)
        elif not below and o_bottom <= top:
            gaps.append(top - o_bottom)
    return min(gaps)


def _align(image: Image.Image, line: list[TsvWord], again: list[TsvWord], gaps: tuple[int, int],
           lang: str, options: TesseractOptions) -> list[TsvWord]:
    """``line`` with the marks of its second reading ``again`` where the letters agree."""
    # Only words with letters can take accents; aligning on them alone keeps table rules and
    # numbers read differently the second time from throwing the alignment off.
    olds = [i for i, w in enumerate(line) if skeleton(w.text)]
    news = [w for w in again if skeleton(w.text)]
    out = list(line)
    matcher = SequenceMatcher(None, [skeleton(line[i].text) for i in olds],
                              [skeleton(w.text) for w in news], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        found = news[j1:j2]
        if op == "replace" and j2 - j1 == 1 and i2 - i1 > 1 and skeleton(news[j1].text) == \
                "".join(skeleton(line[i].text) for i in olds[i1:i2]):
            found = _split(news[j1], [line[i] for i in olds[i1:i2]])
        if op == "equal" or (op == "replace" and i2 - i1 == len(found)):
            for i, new in zip(olds[i1:i2], found, strict=True):
                out[i] = _merge(line[i], new)
                if new.conf < MIN_CONFIDENCE and out[i] is line[i] and new.text != line[i].text:
                    # A table rule glued to the word ("|PHẠM") lowers its confidence: read
                    # the word alone.
                    out[i] = _reread_word(image, line[i], gaps, lang, options)
    # Marks alone on capitals need ink where marks go; a letter the first reading had to guess
    # ("BUC" for "ĐỨC") is evidence enough.
    out = [new if new is old or skeleton(new.text) != skeleton(old.text)
           or _marks_seen(image, old, line) else old for new, old in zip(out, line, strict=True)]
    changed = sum(new is not old for new, old in zip(out, line, strict=True))
    lettered = sum(bool(skeleton(w.text)) for w in line)
    if lang == "vie" and changed < 2 <= lettered and all(w.text.isascii() for w in line):
        # A speck of noise reads as a dot below ("Hanh" -> "Hạnh"); a name really written with
        # tone marks has them on most of its words, or the first reading saw some.
        return line
    return out


def _reread(image: Image.Image, line: list[TsvWord], lines: list[list[TsvWord]], lang: str,
            options: TesseractOptions) -> list[TsvWord]:
    """``line`` read again, alone, with ``lang``. (One sheet of all such lines, one Tesseract
    start per language, was measured faster, but table rows came back run together or dropped.)"""
    gaps = (_gap(line, lines, below=False), _gap(line, lines, below=True))
    try:
        again = recognise(_crop(image, line, *gaps), replace(options, lang=lang, psm=7,
                                                              timeout_s=20.0))
    except (OcrFailed, OcrTimeout):
        return line
    return _align(image, line, again, gaps, lang, options)


def _reread_word(image: Image.Image, word: TsvWord, gaps: tuple[int, int], lang: str,
                 options: TesseractOptions) -> TsvWord:
    try:
        # Tight at the sides: a cell's rules stand close to the words in a table.
        again = recognise(_crop(image, [word], *gaps, side=2),
                          replace(options, lang=lang, psm=8, timeout_s=10.0))
    except (OcrFailed, OcrTimeout):
        return word
    return _merge(word, again[0]) if len(again) == 1 else word


def restore_accents(image: Image.Image, words: list[TsvWord],
                    options: TesseractOptions) -> list[TsvWord]:
    """``words`` (one page, read from ``image``) with foreign names' accents restored."""
    lines = [list(group) for _, group in groupby(words, key=lambda w: (w.block, w.par, w.line))]
    plan: list[list[str]] = []
    budget = MAX_LINES_PER_PAGE
    for line in lines:
        langs = languages_for([w.text for w in line])[:2] if budget else []
        if not langs and budget and plan and plan[-1] and _wrapped_part(line):
            langs = plan[-1]  # the end of a name wrapped in a table cell ("HA" under "NGUYEN THI")
        budget = max(0, budget - len(langs))
        plan.append(langs)
    for k, langs in enumerate(plan):
        # A line may name a Serb and a Pole: one language after the other, and a word the first
        # language has given its marks keeps them.
        first = lines[k]
        for lang in langs:
            read = _reread(image, lines[k], lines, lang, options)
            lines[k] = [new if old is orig else old
                        for old, new, orig in zip(lines[k], read, first, strict=True)]
    return [word for line in lines for word in line]


def _wrapped_part(line: list[TsvWord]) -> bool:
    return len(line) <= 2 and all(w.text[:1].isupper() and skeleton(w.text) for w in line)
