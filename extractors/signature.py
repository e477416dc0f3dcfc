"""Signature and contact blocks: the closing ("Sincerely,"), the signer's name and title under
it, a signature without a closing at the end of a cover part, and the words that mark titles
and officials (judges, clerks and notaries never request anything)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from requestdesk.extractors.names import (
    NICKNAME,
    find_names,
    fold,
    looks_like_name,
    name_key,
    normalize_name,
    not_name_words,
)

EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


PHONE = re.compile(
    r"(?<![\d-])(?:\+?1[\s.-]?)?\(?\b(\d{3})\)?[\s.-]?(\d{3})[\s.-](\d{4})\b(?:\s*(?:x|ext\.?)\s*\d+)?"
)


CLOSING = re.compile(
    r"^[ \t]*(?:(sinc\w*ly(?: yours)?|respe\w*ly(?: submitted| yours)?|very respectfully|v/r|"
    r"(?:best |kind |warm )?regards|best|thank you(?: for your (?:assistance|help|cooperation)"
    r"[^,\n]*)?|thanks(?: again)?|cordially|(?:very )?truly yours|yours truly|atentamente|"
    r"saludos|gracias)[ \t]*[,.!]?[ \t\-—–_~|.:,]*|--[ \t]*"
    # "RESPECTFULLY SUBMITTED, this the 5th day of February, 2025."
    r"|respectfully\s+submitted,?\s+this\s+(?:the\s+)?\d{1,2}\w*\s+day\s+of\s+[^\n]{3,30})$",
    re.IGNORECASE | re.MULTILINE,
)


OFFICIAL_ROLE = re.compile(
    r"\b(judge|magistrate|justice|hon\.?|honorable|clerk|notary|court|grand jury foreperson|"
    r"foreperson)\b",
    re.IGNORECASE,
)


TITLE_WORDS = re.compile(
    r"\b(officer|agent|detective|det\.|sergeant|sgt\.?|lieutenant|lt\.|captain|deputy|trooper|"
    r"inspector|investigator|director|supervisor|attorney|solicitor|prosecutor|defender|analyst|"
    r"marshal|sheriff|chief|"
    r"specialist|commander|corporal|AUSA|TFO|SDDO|AFOD|FOD|SA|special agent in charge)\b",
    re.IGNORECASE,
)


TITLE_PREFIX = re.compile(
    r"\b((?i:(?:supervisory |senior |lead )?(?:special agent|deportation officer|detention and "
    r"deportation officer|immigration enforcement agent|immigration officer|task force officer|"
    r"detective sergeant|detective|det\.|sergeant|sgt\.?|sat\.|deputy sheriff|"
    r"deputy (?:u\.\s?s\.|united states) marshal|"
    r"(?:assistant |deputy |chief |senior )*(?:public defender|solicitor|(?:county )?prosecutor"
    r"|(?:state's|county|prosecuting|commonwealth's|district) attorney)|"
    r"deputy|trooper|tpr\.|"
    r"investigator|postal inspector|inspector|officer|ofc\.|agent|lieutenant|lt\.|captain|"
    r"assistant united states attorney|assistant u\.s\. attorney|AUSA|"
    r"border patrol agent|patrolman|ptl\.|inv\.|insp\.|dep\.|corporal|cp[li]\.|tfc\.))"
    r"|SA|SSA|TFO|TFC|PFC|MPO|PO|DO|SDDO|DDO|AUSA|SAUSA|ADA|DDA|ASA|BPA|SBPA|CBPO|SCBPO|DUSM|IEA"
    r"|AFPD|FPD|APD|APA)\.?"
    # a grade or class: "Correctional Officer III Jane Doe", "Tpr. First Class Evan Roy"
    r"(?:[ \t]+(?:I{1,3}|IV)(?=[ \t]))?(?:[ \t]+(?i:first[ \t]+class))?[ \t]+"
    r"((?:[A-ZÀ-Þ][\w'’.-]*[ \t]+){1,3}[A-ZÀ-Þ][\w'’-]+)",
)


@dataclass(frozen=True, slots=True)
class TextLine:
    start: int
    end: int
    text: str


def text_lines(text: str) -> list[TextLine]:
    out: list[TextLine] = []
    pos = 0
    for raw in text.split("\n"):
        out.append(TextLine(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return out


# Lines after a signature that name other people or papers: "cc: Brandon Tso, Group Supervisor".
BLOCK_END = re.compile(r"\s*(?:cc|bcc|c\.c\.|encl(?:osures?)?|attachments?|distribution)\s*:",
                       re.IGNORECASE)


def signature_blocks(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Ranges of the lines after each closing ("Sincerely,") up to a blank gap or 9 lines."""
    end = len(text) if end is None else end
    blocks: list[tuple[int, int]] = []
    for m in CLOSING.finditer(text, start, end):
        lines = text_lines(text[m.end():end])
        taken: list[TextLine] = []
        blanks = 0
        for line in lines[1:]:
            if not line.text.strip():
                blanks += 1
                if (taken and blanks >= 2) or "\f" in line.text:
                    break
                continue
            if "\f" in line.text or BLOCK_END.match(line.text):
                break
            blanks = 0
            taken.append(line)
            if len(taken) >= 9:
                break
        if taken:
            blocks.append((m.end() + taken[0].start, m.end() + taken[-1].end))
    return blocks


@dataclass
class Person:
    name: str
    start: int
    end: int
    title: str | None = None
    how: str = ""


INITIAL_SURNAME = re.compile(r"[A-Z]\.[ \t]?(?:[A-Z]\.[ \t]?)?[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?")


_OFFICE_WORDS = frozenset({"county", "district", "city", "department", "dept", "office", "bureau",
                           "division", "agency", "police", "parish", "township", "borough",
                           "commonwealth"})


_RANK_LEAD = re.compile(r"(?i)(?:sgt|sergeant|det|detective|lt|lieutenant|cpl|corporal|capt|captain"
                        r"|insp|inspector|inv|investigator)\.?[ \t]")
_PRONOUNS = re.compile(r"\s*\(\s*(?:she|he|they|ze|xe)\s*/\s*\w+(?:\s*/\s*\w+)?\s*\)", re.IGNORECASE)


def clean_name(raw: str) -> str | None:
    raw = re.sub(r"^\s*(?:/s/|s/(?=\s)|/S/|//\s*signed\s*//|\[signed\]|signed:)\s*", "", raw,
                 flags=re.IGNORECASE)
    raw = _PRONOUNS.sub("", raw)  # "Priya Raman (she/her)"
    raw = NICKNAME.sub("", raw)  # 'TFO John R. "Jack" Petrakis'
    # OCR's lower-case first letter before a middle initial: "Special Agent jordan T. Ashby".
    raw = re.sub(r"(?<![\w.])([a-z])(?=[a-z]{2,}[ \t]+[A-Z]\.[ \t]+[A-Z][a-z])", lambda m: m[1].upper(), raw)
    raw = re.split(r"\s+[-–|/]\s+|\s{2,}|\t", raw.strip())[0]
    raw = re.sub(r"\b([A-Z][a-z]+)\.([A-Z]\.)", r"\1 \2", raw)  # "Ryan.T. Gabbard": OCR lost a space
    # "Dep..Cody R. Harjo", "Tpr.Ethan Vanderpool": a rank's stop doubled or glued to the name.
    raw = re.sub(r"^([A-Z][A-Za-z]{1,4})\.+(?=[A-Z][a-z])", r"\1. ", re.sub(r"(?<=\w)\.{2,}", ".", raw))
    raw = raw.split(",")[0] if raw.count(",") and not raw.split(",")[0].isupper() else raw
    raw = raw.strip(" ,;_.:|~—–-")
    if not raw or OFFICIAL_ROLE.search(raw):
        return None
    m = TITLE_PREFIX.match(raw)
    while m and _RANK_LEAD.match(m.group(2)):
        # "Det. Sgt. Francis X. Moretti Jr.": take every rank off before the name is cut short.
        raw = raw[m.start(2):]
        m = TITLE_PREFIX.match(raw)
    if m:
        raw = m.group(2)
    words = raw.split()
    if any(fold(w.strip(".:,'’s")) in _OFFICE_WORDS for w in words):
        return None  # "SALT LAKE COUNTY DISTRICT / ATTORNEY": an office, not a person
    while len(words) > 2 and fold(words[-1].strip(".:,")) in not_name_words():
        words.pop()  # "Lorna Kaspar Fax": a form's next label, not part of the name
    raw = " ".join(words)
    if INITIAL_SURNAME.fullmatch(raw) and fold(raw.split()[-1]) not in not_name_words():
        return normalize_name(raw)  # a signature by initial: "R. Okafor"
    if not looks_like_name(raw):
        found = find_names(raw, allow_inverted=False)
        return found[-1][0] if found and found[-1][2] == len(raw) else None
    return normalize_name(raw)


def title_after_comma(value: str) -> str | None:
    """"Angela Ruiz, Deputy District Attorney, 1801 ..." → "Deputy District Attorney"."""
    parts = [p.strip() for p in value.split(",")]
    if len(parts) > 1 and TITLE_WORDS.search(parts[1]) and len(parts[1]) < 60:
        return parts[1]
    return None


def clean_title(title: str | None, name: str | None) -> str | None:
    """The title alone: without the signer's name, badge number, phone or other columns
    ("Renata Okafor, Detective #7781" → "Detective")."""
    if not title:
        return None
    parts = [p.strip(" /") for p in re.split(r"\s*\|\s*|\s+[-–/]\s+", title) if p.strip(" /")]
    part = next((p for p in parts if TITLE_WORDS.search(p)), parts[0] if parts else "")
    if name and "," in part and name_key(part.split(",")[0]) == name_key(name):
        part = part.split(",", 1)[1]
    part = re.sub(r"(?i)\s*(?:#\s*\d+|badge\s*(?:no\.?|#)?\s*\d+)", "", part)
    if name and part.endswith(" " + name):
        part = part[: -len(name)]  # "Detective Sergeant Ryan T. Gabbard": the rank before the name
    head = part.split(",")[0]
    if "," in part and TITLE_WORDS.search(head):
        part = head  # "Detective, Fraud Unit": the office after the comma is the component
    part = PHONE.sub("", EMAIL.sub("", part)).strip(" ,;:/|-–")
    return part or None


def title_before(text: str) -> str | None:
    m = TITLE_PREFIX.search(text)
    return m.group(1) if m else None


SIGNED_MARK = re.compile(r"[/\[(]*signed[/\])]*|_+|x_*", re.IGNORECASE)


# "JONATHAN E. PRATT / Acting United States Attorney / By: Meredith A. Castellano": the person
# signing on the office head's behalf is the one who sent it.
BY_LINE = re.compile(r"^\s*By\s*:\s*(?:/s/\s*)?(\S.*)$", re.IGNORECASE)


# The head of an office whose name is printed above the letter's real signer:
# "WILLIAM T. HARGREAVE / United States Attorney / Ingrid M. Solberg / Assistant U.S. Attorney".
OFFICE_HEAD = re.compile(
    r"^\s*(?:Acting\s+|Interim\s+)?(?:United\s+States\s+Attorney|U\.\s?S\.\s+Attorney|District\s+Attorney"
    r"|Attorney\s+General|Special\s+Agent\s+in\s+Charge|Field\s+Office\s+Director|Sheriff"
    r"|Chief\s+of\s+Police|Inspector\s+General|Prosecuting\s+Attorney"
    r"|(?:(?!(?:assistant|deputy|chief|senior|first|special|trial)\b)(?-i:[A-Z])[\w.]*\s+){0,3}"
    r"County\s+(?:Prosecutor|Attorney))\b(?!\s*'s)",
    re.IGNORECASE,
)
# "Jonah T. Whitaker, WSBA #51937": a bar or badge number after the name.
BAR_NUMBER = re.compile(r",?\s*\(?(?:(?:WSBA|OSB|SBN|Bar|Juris|Atty\.?|Reg(?:istration)?\.?)\s*"
                        r"(?:No\.?|#)?|#)\s*\d+\b\)?,?"
                        r"|\s*\(P\d{5}\)")  # Michigan's bar numbers: "Keisha M. Durant (P71234)"


_OFFICE_LINE = re.compile(r"(?i)\b(?:office|division|unit|department|bureau|section|field)\b")


def signature_person(text: str, block: tuple[int, int]) -> Person | None:
    person = _first_signer(text, block)
    if person is None:
        return None
    line_start = text.rfind("\n", 0, person.start) + 1
    if re.match(r"\s*for\s", text[line_start:person.end], re.IGNORECASE):
        # "for Marcos D. Charles-Hale, Field Office Director" over the name of who signed for him
        after = (text.find("\n", person.end) + 1, block[1])
        signer = _first_signer(text, after) if 0 < after[0] < after[1] else None
        if signer is not None:
            return signer
    typed = _typed_name_below(text, person, block)
    if typed is not None:
        person = typed
    # A name over an office head's title, then another name: the second person signed.
    rest = text_lines(text[person.end:block[1]])
    rest = rest[:1] + [line for line in rest[1:] if line.text.strip()]
    if len(rest) > 1 and OFFICE_HEAD.match(rest[1].text):
        after = (person.end + rest[1].end, block[1])
        deputy = _first_signer(text, after) if after[0] < after[1] else None
        if deputy is not None and not _OFFICE_LINE.search(text[deputy.start:deputy.end]):
            return deputy  # not "El Paso Field Office" under "Field Office Director"
    return person


def _typed_name_below(text: str, person: Person, block: tuple[int, int]) -> Person | None:
    """"Andre Whitfield" signed above the typed "Andre L. Whitfield": the typed line, fuller."""
    below = [line for line in text_lines(text[person.end:block[1]])[1:4] if line.text.strip()]
    if not below:  # text_lines' first is the rest of the signed line
        return None
    line = below[0]
    name = clean_name(line.text)
    if not name:
        return None
    mine, theirs = person.name.split(), name.split()
    fuller = len(theirs) > len(mine) and fold(theirs[0]) == fold(mine[0])
    # A handwriting font OCR'd as initials ("LI. Valdespino" over the typed "Lucia Valdespino").
    initials = len(mine) == len(theirs) and len(mine[0].rstrip(".")) <= 2 and mine[0].endswith(".") \
        and len(theirs[0]) > 2 and fold(theirs[0])[:1] == fold(mine[0])[:1]
    # A script signature OCR misread ("Atisha D. Marlowe" over the typed "Keisha D. Marlowe").
    misread = len(mine) == len(theirs) and fold(person.name) != fold(name) and SequenceMatcher(
        None, fold(person.name), fold(name)).ratio() >= 0.75
    if misread or ((fuller or initials) and fold(theirs[-1]) == fold(mine[-1])):
        start = person.end + line.start
        return Person(name, start, person.end + line.end, person.title or title_after_comma(line.text),
                      person.how)
    return None


def _first_signer(text: str, block: tuple[int, int]) -> Person | None:
    lines = text_lines(text[block[0]:block[1]])
    for i, line in enumerate(lines[:8]):
        if re.fullmatch(r"\s*By\s*:\s*", line.text, re.IGNORECASE):
            below = next((ln for ln in lines[i + 1:i + 3] if ln.text.strip()), None)
            name = clean_name(below.text) if below and not OFFICIAL_ROLE.search(below.text) else None
            if below and name:  # "By:" alone, the signer's typed name under it
                return Person(name, block[0] + below.start, block[0] + below.end,
                              title_after_comma(below.text), "signature")
        by = BY_LINE.match(line.text)
        if by and not OFFICIAL_ROLE.search(line.text):
            name = clean_name(by.group(1))
            if name:
                return Person(name, block[0] + line.start + by.start(1), block[0] + line.end,
                              title_after_comma(by.group(1)), "signature")
    for line in lines[:4]:
        s = line.text.strip()
        if EMAIL.search(s) or PHONE.search(s):
            s = re.split(r"\s*[|,]\s*|\s[-–]\s", s)[0]  # "Dana Cruz | Special Agent | 303-..."
            if EMAIL.search(s) or PHONE.search(s):
                continue
        if not s or SIGNED_MARK.fullmatch(s) or re.search(r"(?i)\bfor:?$", s):
            continue  # "Lt. Paolo Ferrante for" signs on behalf of the person on the next line
        if OFFICIAL_ROLE.search(s):
            return None
        s = BAR_NUMBER.sub("", s)
        name = clean_name(s)
        if name:
            title = title_before(s) or title_after_comma(s)
            if title is None:  # "Dana Cruz | Special Agent | HSI Denver"
                parts = [p.strip() for p in re.split(r"[|]|\s[-–]\s", line.text)[1:]]
                title = next((p for p in parts if TITLE_WORDS.search(p) and len(p) < 60), None)
            return Person(name, block[0] + line.start, block[0] + line.end, title, "signature")
    return None


def signature_title(text: str, block: tuple[int, int], person: Person) -> str | None:
    if person.title:
        return person.title
    lines = text_lines(text[person.end:block[1]])
    same_line = lines[0].text if lines else ""
    if same_line.lstrip()[:1] in {",", "|", "-", "–"} and TITLE_WORDS.search(same_line):
        # "Colleen Murphy, Special Agent" or "Dana Cruz | Special Agent | HSI Denver"
        parts = [p.strip() for p in re.split(r"[,|]|\s[-–]\s", same_line) if p.strip()]
        return next((p for p in parts if TITLE_WORDS.search(p)), None)
    for line in lines[:4]:
        s = line.text.strip(" ,")
        if s.startswith("(") and s.endswith(")"):
            continue  # a form's caption: "(Title of immigration officer)"
        if s and TITLE_WORDS.search(s) and not EMAIL.search(s) and len(s) < 80:
            return re.split(r",\s*(?=(?:U\.S\.|ICE|HSI|ERO|FBI|DEA|Homeland|Immigration))", s)[0]
    return None


def trailing_signature(text: str, end: int) -> tuple[int, int] | None:
    """The last block of the cover part when it starts with a name (a signature without a
    closing line: "Colleen Murphy / Detective Sergeant / Denver Police Department")."""
    body = text[:end].rstrip()
    start = _last_block_start(body)
    if start > 1 and BLOCK_END.match(body[start:].strip()):  # "cc: ..." and a form footer under it
        body = body[:start - 1].rstrip()
        start = _last_block_start(body)
    block = body[start:]
    lines = [ln for ln in block.strip().split("\n") if ln.strip()]
    if len(lines) > 2 and clean_name(lines[0]) is None and len(lines[0].split()) <= 2:
        lines = lines[1:]  # "- Rachel" above the full signature
    if not 2 <= len(lines) <= 8 or OFFICIAL_ROLE.search(lines[0]):
        return None
    if clean_name(lines[0]) is None or not (
            any(TITLE_WORDS.search(ln) for ln in lines[1:4]) or TITLE_PREFIX.match(lines[0].strip())):
        return None
    lead = len(block) - len(block.lstrip())
    return start + lead, start + len(block)


def _last_block_start(body: str) -> int:
    return max(body.rfind("\n\n"), body.rfind("\f")) + 1


def name_block(text: str, name: str, end: int) -> tuple[tuple[int, int], int] | None:
    """The lines from the last mention of ``name`` on a line of its own (or with a title)."""
    key = name_key(name).split()
    for line in reversed(text_lines(text[:end])):
        found = find_names(line.text, line.start, allow_inverted=False)
        if not found or len(line.text.strip()) > len(found[0][0]) + 40:
            continue
        got = name_key(found[0][0]).split()
        if got == key or (got[0] == key[0] and got[-1] == key[-1]):
            rest = text_lines(text[line.end:end])[1:8]
            stop = next((i for i, ln in enumerate(rest) if not ln.text.strip()), len(rest))
            block_end = line.end + 1 + (rest[stop - 1].end if stop else 0)
            return (line.start, max(block_end, line.end)), found[0][2]
    return None
