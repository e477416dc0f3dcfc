"""Which Tesseract language reads a line's names best, judged from the names themselves.

The page is read with Spanish and English data, which cannot print Vietnamese tone marks,
Polish, Czech and Serbo-Croatian letters, Portuguese "ã" and "ç" or French "è" and "ï" ("Nguyễn"
comes out "Nguyén", "Petrović" "Petrovié", "Łukasz" "tukasz", "Conceição" "Conceicáo"). A line
that holds a name of one of those origins is read again with that language
(``accent_reread.py``). The cues are the names' own shapes: common family names and given-name
syllables, and surname endings; all compared without accents, because the first reading has lost
or garbled them.
"""

from __future__ import annotations

import re

from requestdesk.extractors.names import DATA, common_words, fold


def _load_lists() -> dict[str, frozenset[str]]:
    lists: dict[str, set[str]] = {}
    current: set[str] = set()
    for raw in (DATA / "name_origins.txt").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("[") and line.endswith("]"):
            current = lists.setdefault(line[1:-1], set())
        elif line and not line.startswith("#"):
            current.update(line.split())
    return {name: frozenset(words) for name, words in lists.items()}


_LISTS = _load_lists()

# Common Vietnamese family names that are not English words, and the syllables of given names.
_VIE_FAMILY = _LISTS["vietnamese family names"]
_VIE_SYLLABLES = _VIE_FAMILY | _LISTS["vietnamese name syllables"]
_POL_ENDING = re.compile(r"(?:[cdsz]ki|[cdsz]ka|wicz|czyk|czak|szek)$")
_POL_GIVEN = _LISTS["polish names"]
# "-vić", or "-ić" printed with a wrong mark: the first reading's "-ic" alone is also English.
_HRV_ENDING = re.compile(r"(?:vi[cćčé]h?|i[ćčé])$")
_CES_ENDING = re.compile(r"(?:ova|akova|ekova)$")
_CES_NAMES = _LISTS["czech names"]
_POR_NAMES = _LISTS["portuguese names"]
_POR_ENDING = re.compile(r"(?:cao|coes|aes|oes)$")  # "-ção", "-ções", "-ães", "-ões"
_FRA_NAMES = _LISTS["french names"]
_FRENCH_COMPOUND = re.compile(r"(?:jean|marie|pierre|fils|bien|saint)-\w", re.IGNORECASE)

_WORD = re.compile(r"[^\W\d_]+")


def skeleton(text: str) -> str:
    """Letters only, lower case, without accents (``Đặng`` → ``dang``, ``Łukasz`` → ``lukasz``)."""
    return "".join(c for c in fold(text.casefold().translate(_PLAIN)) if c.isalpha())


_PLAIN = str.maketrans({"ł": "l", "đ": "d", "ı": "i", "ø": "o", "ß": "ss"})


# Digits a first reading prints for a marked "o" ("D6" for "Đỗ", "V6" for "Võ").
_DIGIT_LETTERS = str.maketrans({"6": "o", "0": "o"})
_LETTERS_AND_O_DIGITS = re.compile(r"[^\W\d_]+[06][^\W\d_]*|[^\W\d_]*[06][^\W\d_]+")


def as_letters(word: str) -> str:
    """A word of letters whose one digit stands for an "o", with the "o"."""
    return word.translate(_DIGIT_LETTERS) if _LETTERS_AND_O_DIGITS.fullmatch(word) else word


def _name_like(token: str) -> bool:
    return token[:1].isupper() and skeleton(token) not in common_words()


def is_vietnamese(tokens: list[str]) -> bool:
    """A Vietnamese family name among a name's words."""
    return any(skeleton(t) in _VIE_FAMILY for t in tokens)


def languages_for(tokens: list[str]) -> list[str]:
    """The Tesseract languages to read a line of these words with again, in the order their
    names come (a line may name a Serb and a Pole); empty to keep the first reading."""
    words = " ".join(as_letters(t.strip(".,;:()")) for t in tokens)
    names = [t for t in _WORD.findall(words) if _name_like(t) or t.isupper()]
    plain = [skeleton(t) for t in names]
    found: list[str] = []
    if any(p in _VIE_FAMILY for p in plain) and sum(p in _VIE_SYLLABLES for p in plain) >= 2:
        found.append("vie")
    run = longest = 0
    for p in plain:  # "LE, Ngoc Bao": three name syllables in a row
        run = run + 1 if p in _VIE_SYLLABLES else 0
        longest = max(longest, run)
    if longest >= 3 and "vie" not in found:
        found.append("vie")
    if any(_FRENCH_COMPOUND.match(t) for t in tokens) and "fra" not in found:
        found.append("fra")
    for token, p in zip(names, plain, strict=True):
        lang = _european(token, p)
        if lang and lang not in found:
            found.append(lang)
    return found


def _european(token: str, p: str) -> str | None:
    if len(p) < 4 or not _name_like(token):
        return None
    if p in _POL_GIVEN or _POL_ENDING.search(p) or "rz" in p or "cz" in p:
        return "pol"
    if p in _CES_NAMES or (len(p) >= 7 and _CES_ENDING.search(p)):
        return "ces"
    if _HRV_ENDING.search(token.casefold()):
        return "hrv"
    if p in _POR_NAMES or _POR_ENDING.search(p):
        return "por"
    if p in _FRA_NAMES:
        return "fra"
    return None
