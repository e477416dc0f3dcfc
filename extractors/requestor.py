"""Who asks: the requesting agency, its office, and the person who sent or signed the request.

The person is looked for where letters, e-mails and forms put the sender, most reliable first:
the e-mail ``From`` (of the forwarded message, if forwarded); a labelled field ("Requesting
Officer:", "Requested by:", "Attorney for the People:"); the signature block after a closing
("Sincerely,") or closing the cover part; a self-introduction ("I am Special Agent ..."); a
contact line ("Point of contact:"); the attorney "who requests this subpoena"; a "Name, Title"
line; then, with no cover letter, the officer named on an attached form. Judges, magistrates,
clerks and notaries are never the requestor. The agency is scored from entity-ruler mentions by
where they stand (letterhead, signature, labelled agency field, the rest), plus the sender's
e-mail domain and title, then refined within ICE (ERO or HSI).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from spacy.tokens import Doc

from requestdesk.document import Document
from requestdesk.extractors.agencies import (
    BY_KEY,
    ICE_FAMILY,
    TITLE_KEYS,
    domain_key,
    fuzzy_mentions,
    oig_department,
    refine_ice,
    wrapped_mentions,
)
from requestdesk.extractors.evidence import evidence_for
from requestdesk.extractors.names import find_names, looks_like_name, name_key, normalize_name
from requestdesk.result import Evidence, Requestor

EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(
    r"(?<![\d-])(?:\+?1[\s.-]?)?\(?\b(\d{3})\)?[\s.-]?(\d{3})[\s.-](\d{4})\b(?:\s*(?:x|ext\.?)\s*\d+)?"
)
CLOSING = re.compile(
    r"^[ \t]*(?:(sinc\w*ly(?: yours)?|respe\w*ly(?: submitted| yours)?|very respectfully|v/r|"
    r"(?:best |kind |warm )?regards|best|thank you(?: for your (?:assistance|help|cooperation)"
    r"[^,\n]*)?|thanks(?: again)?|cordially|(?:very )?truly yours|yours truly|atentamente|"
    r"saludos|gracias)[ \t]*[,.!]?[ \t\-—–_~|.:,]*|--[ \t]*)$",
    re.IGNORECASE | re.MULTILINE,
)
OFFICIAL_ROLE = re.compile(
    r"\b(judge|magistrate|justice|hon\.?|honorable|clerk|notary|court|grand jury foreperson|"
    r"foreperson)\b",
    re.IGNORECASE,
)
TITLE_WORDS = re.compile(
    r"\b(officer|agent|detective|det\.|sergeant|sgt\.?|lieutenant|lt\.|captain|deputy|trooper|"
    r"inspector|investigator|director|supervisor|attorney|analyst|marshal|sheriff|chief|"
    r"specialist|commander|corporal|AUSA|TFO|SDDO|AFOD|FOD|SA|special agent in charge)\b",
    re.IGNORECASE,
)
TITLE_PREFIX = re.compile(
    r"\b((?i:(?:supervisory |senior |lead )?(?:special agent|deportation officer|detention and "
    r"deportation officer|immigration enforcement agent|immigration officer|task force officer|"
    r"detective sergeant|detective|det\.|sergeant|sgt\.?|deputy sheriff|deputy|trooper|"
    r"investigator|postal inspector|inspector|officer|agent|lieutenant|lt\.|captain|"
    r"assistant united states attorney|assistant u\.s\. attorney|AUSA|deputy district attorney|"
    r"district attorney))|SA|TFO|DO|SDDO|AUSA)\.?[ \t]+"
    r"((?:[A-ZÀ-Þ][\w'’.-]*[ \t]+){1,3}[A-ZÀ-Þ][\w'’-]+)",
)
LABELLED_PERSON = re.compile(
    r"^\s*(?:name of |signature of |name and title of )?(?:requesting (?:officer|agent|"
    r"investigator|official|party|person|attorney|detective|prosecutor)|"
    r"requested by|requester|requestor(?: name)?|case agent|case officer|fr|"
    r"assigned (?:officer|agent|detective|investigator)|investigating officer|"
    r"officer(?:'s)? name|agent(?:'s)? name|submitted by|prepared by|"
    r"issuing officer|issued by|from|sender|agency contact|investigator|detective|agent|"
    r"(?:attorney|counsel) for (?:the )?(?:people|plaintiff|united states|government|state)|"
    r"attorney of record)"
    r"\s*[:#-]\s*(.*)$",
    re.IGNORECASE | re.MULTILINE,
)
# Contacts: the person to call, used when no one signed or was named as the requestor.
CONTACT_PERSON = re.compile(
    r"^\s*(?:point of contact|POC|contact person|contact|agency contact|questions|"
    r"direct questions to|for questions(?:,)? contact)\s*[:#-]\s*(.*)$",
    re.IGNORECASE | re.MULTILINE,
)
# A two-column form whose label wrapped around the value: "Requested Jamal Whitfield,\n by:",
# "Attorney for Gabriel Ortega Title: ...\nthe People:".
WRAPPED_LABEL = re.compile(
    r"\b(?:Requested|Attorney for)[ \t]+([A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3})"
    r"(?=[ \t]*,|[ \t]+Title:|[ \t]*$)",
    re.MULTILINE,
)
# Labels distinctive enough to trust in the middle of a line (forms read as two columns).
INLINE_PERSON = re.compile(
    r"\b(?:requested by|requesting (?:officer|agent|attorney|investigator)|case agent)"
    r"\s*:\s*(.+)$",
    re.IGNORECASE | re.MULTILINE,
)
INTRO = re.compile(
    r"\b(?:my name is|I am|I'm|this is|I,)\s+(?:an? |the )?"
    r"((?i:(?:supervisory |senior )?(?:special agent|deportation officer|detective|officer|agent|"
    r"sergeant|investigator|deputy|trooper|inspector|immigration enforcement agent)\s+)?"
    r"[A-ZÀ-Þ][\w'’.-]+(?:[ \t]+[A-ZÀ-Þ][\w'’.-]+){1,3})",
)
FORM_SIGNER = re.compile(
    r"(?:printed name|name and title|name of (?:authorized )?(?:immigration )?officer|"
    r"signature of (?:authorized )?(?:immigration )?officer|issuing official|immigration official|"
    r"authorized immigration officer|attorney's signature|signature of attorney|"
    r"\bname and(?=(?-i:\s+[A-Z][a-z]+\s+[A-Z])))",
    re.IGNORECASE,
)
COMPONENT = re.compile(
    r"((?:[A-Z][\w.&'-]*[ \t]+){0,4}(?:Field Office|Resident Office|Resident Agency|Field Division|"
    r"Division|Unit|Bureau|Section|Sector|Station|Area Port|Port of Entry|Task Force|Squad|"
    r"Office of Investigations|Office of Field Operations|Investigations Division)\b"
    r"(?![ \t]+(?:Director|of)\b)"
    r"(?:[ \t]*[-–,][ \t]*[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?)"
    r"|\b((?:HSI|ERO|SAC|FBI|DEA|ATF)[ \t]+(?:[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?))\b",
)
COMPONENT_EXCLUDE = re.compile(
    r"\b(motor vehicles?|revenue|labor and employment|human services|corrections|"
    r"federal bureau|bureau of investigation|bureau of alcohol|records)\b",
    re.IGNORECASE,
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


def main_part_end(doc: Document) -> int:
    """Where the first attachment starts in ``doc.text`` (the cover letter/e-mail ends there)."""
    attached_pages = {p.number for p in doc.pages if p.part.startswith("attachment")}
    if not attached_pages:
        return len(doc.text)
    for span in doc.spans:
        if span.page in attached_pages:
            return span.start
    return len(doc.text)


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
            if "\f" in line.text:
                break
            blanks = 0
            taken.append(line)
            if len(taken) >= 9:
                break
        if taken:
            blocks.append((m.end() + taken[0].start, m.end() + taken[-1].end))
    return blocks


@dataclass
class _Person:
    name: str
    start: int
    end: int
    title: str | None = None
    how: str = ""


def _clean_name(raw: str) -> str | None:
    raw = re.sub(r"^\s*(?:/s/|s/|/S/|//\s*signed\s*//|\[signed\]|signed:)\s*", "", raw,
                 flags=re.IGNORECASE)
    raw = re.split(r"\s+[-–|]\s+|\s{2,}|\t", raw.strip())[0]
    raw = raw.split(",")[0] if raw.count(",") and not raw.split(",")[0].isupper() else raw
    raw = raw.strip(" ,;_.:|~—–-")
    if not raw or OFFICIAL_ROLE.search(raw):
        return None
    m = TITLE_PREFIX.match(raw)
    if m:
        raw = m.group(2)
    if not looks_like_name(raw):
        found = find_names(raw, allow_inverted=False)
        return found[-1][0] if found and found[-1][2] == len(raw) else None
    return normalize_name(raw)


def _title_after_comma(value: str) -> str | None:
    """"Angela Ruiz, Deputy District Attorney, 1801 ..." → "Deputy District Attorney"."""
    parts = [p.strip() for p in value.split(",")]
    if len(parts) > 1 and TITLE_WORDS.search(parts[1]) and len(parts[1]) < 60:
        return parts[1]
    return None


def _title_before(text: str) -> str | None:
    m = TITLE_PREFIX.search(text)
    return m.group(1) if m else None


AGENCY_FIELD = re.compile(
    r"^\s*(?:requesting agency|agency|department|from|sender|organization)\s*[:#-]\s*(.+)$",
    re.IGNORECASE | re.MULTILINE,
)
INLINE_TITLE = re.compile(r"\bTitle:\s*(.+)$", re.MULTILINE)
TITLE_FIELD = re.compile(r"^\s*(?:title|rank|position)\s*:\s*(.+)$", re.IGNORECASE | re.MULTILINE)
APPEAR_BEFORE = re.compile(
    r"\bbefore\s+((?:[A-ZÀ-Þ][\w'’.-]*\s+){1,3}[A-ZÀ-Þ][\w'’-]+),\s+(?:an?|the)\s+"
    r"(?:officer|agent|special agent|employee|inspector)\b"
)
FAX_LINE = re.compile(r"\bP\.?\s?\d{3}\s?/\s?\d{3}\b")  # a fax machine's transmission line
SIGNED_MARK = re.compile(r"[/\[(]*signed[/\])]*|_+|x_*", re.IGNORECASE)
FORWARDED = re.compile(
    r"(?:-+\s*forwarded message\s*-+|-+\s*original message\s*-+|begin forwarded message:)"
    r"[\s\S]{0,200}?^\s*from\s*:\s*(.+)$",
    re.IGNORECASE | re.MULTILINE,
)
SUBPOENA_REQUESTER = re.compile(
    r"who\s+(?:issues\s+or\s+)?requests?\s+this\s+subpoena,?\s+(?:are|is)\s*:?", re.IGNORECASE
)
NAME_COMMA_TITLE = re.compile(
    r"^[ \t]*((?:[A-ZÀ-Þ][\w'’.-]*[ \t]+){1,3}[A-ZÀ-Þ][\w'’-]+),[ \t]+"
    r"((?i:(?:supervisory |senior |assistant |deputy |acting )?[\w ]{0,40}?"
    r"(?:officer|agent|detective|sergeant|investigator|inspector|trooper|director|attorney|"
    r"AUSA|supervisor|marshal|sheriff|analyst|lieutenant|captain|chief)))\b",
    re.MULTILINE,
)


def _from_line(raw: str) -> tuple[str | None, str | None]:
    email_m = EMAIL.search(raw)
    display = raw[: email_m.start()] if email_m else raw
    display = display.strip(" \"'<>[]")
    name = None
    if display and "@" not in display:
        stripped = TITLE_PREFIX.sub(lambda m: m.group(2), display)
        if looks_like_name(stripped.replace(",", " ")):
            name = normalize_name(stripped)
        else:  # "John Smith (ICE)", "Smith, John - HSI Denver"
            found = find_names(stripped)
            name = found[0][0] if found else None
    return name, email_m.group(0) if email_m else None


def _from_header(doc: Document) -> tuple[str | None, str | None, tuple[int, int]]:
    """Sender of the e-mail (name, address, where the From line is in ``doc.text``); for a
    forwarded e-mail, the sender of the forwarded message."""
    m = FORWARDED.search(doc.text)
    if m:
        return (*_from_line(m.group(1)), (m.start(1), m.end(1)))
    raw = doc.headers.get("From", "")
    at = doc.text.find(raw) if raw else -1
    return (*_from_line(raw), (at, at + len(raw)) if at >= 0 else (-1, -1))


def _signature_person(text: str, block: tuple[int, int]) -> _Person | None:
    for line in text_lines(text[block[0]:block[1]])[:4]:
        s = line.text.strip()
        if EMAIL.search(s) or PHONE.search(s):
            s = re.split(r"\s*[|,]\s*|\s[-–]\s", s)[0]  # "Dana Cruz | Special Agent | 303-..."
            if EMAIL.search(s) or PHONE.search(s):
                continue
        if not s or SIGNED_MARK.fullmatch(s):
            continue
        if OFFICIAL_ROLE.search(s):
            return None
        name = _clean_name(s)
        if name:
            title = _title_before(s) or _title_after_comma(s)
            if title is None:  # "Dana Cruz | Special Agent | HSI Denver"
                parts = [p.strip() for p in re.split(r"[|]|\s[-–]\s", line.text)[1:]]
                title = next((p for p in parts if TITLE_WORDS.search(p) and len(p) < 60), None)
            return _Person(name, block[0] + line.start, block[0] + line.end, title, "signature")
    return None


def _signature_title(text: str, block: tuple[int, int], person: _Person) -> str | None:
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


def _labelled_person(text: str, end: int, contacts: bool = False) -> _Person | None:
    if contacts:
        matches = list(CONTACT_PERSON.finditer(text, 0, end))
    else:
        matches = [*LABELLED_PERSON.finditer(text, 0, end), *INLINE_PERSON.finditer(text, 0, end),
                   *WRAPPED_LABEL.finditer(text, 0, end)]
    for m in sorted(matches, key=lambda x: x.start()):
        value = m.group(1)
        if not value.strip():  # the value on the next line: "Attorney for the People:\nName"
            nl = text.find("\n", m.end() + 1)
            value = text[m.end() + 1:nl if nl >= 0 else len(text)]
        value = EMAIL.sub("", PHONE.sub("", value))
        name = _clean_name(value)
        if name:
            title = _title_after_comma(value) or _title_before(value)
            field = TITLE_FIELD.search(text, m.end(), m.end() + 200) or INLINE_TITLE.search(
                text, m.end(), text.find("\n", m.end()) if "\n" in text[m.end():] else len(text))
            if title is None and field:
                title = field.group(1).strip()
            return _Person(name, m.start(1), m.end(1), title, "label")
    return None


def _intro_person(text: str, end: int) -> _Person | None:
    for m in INTRO.finditer(text, 0, end):
        name = _clean_name(m.group(1))
        if name:
            return _Person(name, m.start(1), m.end(1), _title_before(m.group(1)), "intro")
    return None


def _form_signer(text: str, start: int) -> _Person | None:
    lines = text_lines(text)
    for i, line in enumerate(lines):
        if line.start < start or not FORM_SIGNER.search(line.text):
            continue
        label = FORM_SIGNER.search(line.text)
        rest = line.text[label.end():] if label else ""
        candidates = [(line.start + (label.end() if label else 0), rest)]
        candidates += [(lines[j].start, lines[j].text) for j in (i - 1, i + 1, i - 2)
                       if 0 <= j < len(lines)]
        for off, cand in candidates:
            if OFFICIAL_ROLE.search(cand):
                continue
            for name, s, e in find_names(cand, off, allow_inverted=False)[:1]:
                title = _title_after_comma(text[s:text.find("\n", e)]) or _title_before(cand)
                if title is None:  # "(Title of immigration officer)" and the title under it
                    title = next((ln.text.strip() for ln in text_lines(text[e:e + 200])[1:5]
                                  if TITLE_WORDS.search(ln.text) and len(ln.text) < 60
                                  and not ln.text.strip().startswith("(")), None)
                return _Person(name, s, e, title, "form")
    return None


def _subpoena_requester(text: str) -> _Person | None:
    m = SUBPOENA_REQUESTER.search(text)
    if not m:
        return None
    joined = text[m.end():m.end() + 300].replace("\n", " ")  # "Rachel\nOstrowski, AUSA"
    for line in [TextLine(0, len(joined), joined), *text_lines(text[m.end():m.end() + 300])[:5]]:
        raw = line.text.strip()
        if not raw:
            continue
        title = None
        t = NAME_COMMA_TITLE.match(raw)
        if t:
            raw, title = t.group(1), t.group(2)
        name = _clean_name(raw.split(",")[0])
        if name:
            at = m.end() + line.start
            return _Person(name, at, at + len(line.text), title, "subpoena")
    return None


def _name_comma_title(text: str, start: int, end: int) -> _Person | None:
    for m in NAME_COMMA_TITLE.finditer(text, start, end):
        if OFFICIAL_ROLE.search(m.group(0)):
            continue
        name = _clean_name(m.group(1))
        if name:
            return _Person(name, m.start(1), m.end(1), m.group(2).strip(), "name-title")
    return None


def _titled_person(text: str, start: int, end: int) -> _Person | None:
    for m in TITLE_PREFIX.finditer(text, start, end):
        name = _clean_name(m.group(2))
        if name:
            return _Person(name, m.start(), m.end(), m.group(1), "title")
    return None


def trailing_signature(text: str, end: int) -> tuple[int, int] | None:
    """The last block of the cover part when it starts with a name (a signature without a
    closing line: "Colleen Murphy / Detective Sergeant / Denver Police Department")."""
    body = text[:end].rstrip()
    cut = max(body.rfind("\n\n"), body.rfind("\f"))
    start = cut + 1 if cut >= 0 else 0
    block = body[start:]
    lines = [ln for ln in block.strip().split("\n") if ln.strip()]
    if len(lines) > 2 and _clean_name(lines[0]) is None and len(lines[0].split()) <= 2:
        lines = lines[1:]  # "- Rachel" above the full signature
    if not 2 <= len(lines) <= 8 or OFFICIAL_ROLE.search(lines[0]):
        return None
    if _clean_name(lines[0]) is None or not any(TITLE_WORDS.search(ln) for ln in lines[1:4]):
        return None
    lead = len(block) - len(block.lstrip())
    return start + lead, start + len(block)


def find_person(doc: Document, main_end: int) -> tuple[_Person | None, tuple[int, int] | None]:
    """The requesting person and the signature block they were found in (if any)."""
    text = doc.text
    blocks = signature_blocks(text, 0, main_end)
    labelled = _labelled_person(text, main_end)
    if labelled:
        return labelled, None
    trailing = trailing_signature(text, main_end)
    for block in [*blocks, *([trailing] if trailing else [])]:
        person = _signature_person(text, block)
        if person:
            person.title = _signature_title(text, block, person)
            return person, block
    intro = _intro_person(text, main_end)
    if intro:
        return intro, None
    contact = _labelled_person(text, main_end, contacts=True)
    if contact:
        return contact, None
    requester = _subpoena_requester(text)
    if requester:
        return requester, None
    named = _name_comma_title(text, 0, main_end)
    if named:
        return named, None
    titled = _titled_person(text, 0, main_end)
    if titled:
        return titled, None
    # Process without a cover letter: the officer named on it, never a judge or clerk.
    for block in signature_blocks(text, main_end):
        person = _signature_person(text, block)
        if person:
            person.title = _signature_title(text, block, person)
            return person, block
    signer = _form_signer(text, 0)
    if signer:
        return signer, None
    for m in APPEAR_BEFORE.finditer(text):  # summonses: "appear before Pat Vance, an officer of"
        name = _clean_name(m.group(1))
        if name:
            return _Person(name, m.start(1), m.end(1), None, "summons"), None
    return _titled_person(text, 0, len(text)), None


def _zones(doc: Document, main_end: int, sig: tuple[int, int] | None) -> list[tuple[int, int, float]]:
    """Character ranges where an agency mention says who is asking, with weights."""
    text = doc.text
    zones: list[tuple[int, int, float]] = []
    header_end = text.find("\n\n") if doc.headers else 0
    body_start = header_end + 2 if doc.headers else 0
    lines = [ln for ln in text_lines(text[body_start:main_end])
             if ln.text.strip() and not FAX_LINE.search(ln.text)]
    head_lines = []
    for ln in lines[:10]:
        if re.match(r"\s*(dear|re:|to:|subject:|attn|attention)\b", ln.text, re.IGNORECASE):
            break
        head_lines.append(ln)
    if head_lines:
        zones.append((body_start + head_lines[0].start, body_start + head_lines[-1].end, 4.0))
    if sig:
        zones.append((sig[0], sig[1], 5.0))
    for m in AGENCY_FIELD.finditer(text, 0, main_end):
        zones.append((m.start(1), m.end(1), 4.0))
    for block in signature_blocks(text, 0, main_end):
        zones.append((block[0], block[1], 3.0))
    zones.append((0, main_end, 1.0))
    zones.append((main_end, len(text), 0.4))
    return zones


def _agency_scores(
    doc: Document, parsed: Doc, zones: list[tuple[int, int, float]]
) -> tuple[dict[str, float], dict[str, tuple[float, int, int]]]:
    scores: dict[str, float] = defaultdict(float)
    best: dict[str, tuple[float, int, int]] = {}
    mentions = [(e.start_char, e.end_char, e.ent_id_) for e in parsed.ents if e.label_ == "AGENCY"]
    mentions += wrapped_mentions(doc.text)
    for start, end, key in mentions:
        weight = max((w for s, e, w in zones if s <= start < e), default=0.4)
        scores[key] += weight
        rank = (weight >= 3.0) * 1000 + (end - start)
        if key not in best or rank > best[key][0]:
            best[key] = (rank, start, end)
    return scores, best


def _choose_key(scores: dict[str, float], context: str, text: str) -> str:
    fam = defaultdict(float)
    for key, score in scores.items():
        fam["ice" if key in ICE_FAMILY else key] += score
    if "oig" in fam:
        oig = fam.pop("oig")
        dept = oig_department(context)
        if dept == "dhs-oig":
            fam.pop("ice", None)
            fam.pop("dhs", None)
        if dept:
            fam[dept] += oig
    if "dhs" in fam:
        dhs = fam.pop("dhs")
        if not any(k in fam for k in ("dhs-cbp", "dhs-uscis", "dhs-oig")):
            fam["ice"] += dhs * 0.5
    if not fam:
        return "other"
    top = max(fam, key=lambda k: fam[k])
    if top != "ice":
        return top
    ero, hsi = scores.get("dhs-ice-ero", 0.0), scores.get("dhs-ice-hsi", 0.0)
    if ero > hsi * 1.5:
        return "dhs-ice-ero"
    if hsi > ero * 1.5:
        return "dhs-ice-hsi"
    return refine_ice(context, text)


def _component(text: str, zones: list[tuple[int, int]]) -> tuple[str, int, int] | None:
    for group in (1, 2):  # a named office before a short "HSI Denver"
        for start, end in zones:
            for m in COMPONENT.finditer(text, start, end):
                value = (m.group(group) or "").strip(" ,-–")
                if COMPONENT_EXCLUDE.search(value) or len(value.split()) < 2:
                    continue
                return value, m.start(group), m.end(group)
    return None


def _name_from_address(email: str | None) -> str | None:
    """"john.q.smith@ice.dhs.gov" → "John Q. Smith": only for first.last addresses, and only when
    nothing in the request names the sender."""
    if not email:
        return None
    parts = email.split("@")[0].split(".")
    if len(parts) < 2 or not all(p.isalpha() for p in parts) or len(parts[-1]) < 2:
        return None
    return normalize_name(" ".join(parts))


def _agency_line(text: str, start: int, end: int) -> tuple[int, int]:
    """The agency as the letter writes it: the whole letterhead or signature line around the
    mention ("U.S. Immigration and Customs Enforcement, Enforcement and Removal Operations",
    "FBI – Denver Division"), unless that line also holds an address, a phone or a sentence."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    if (len(line.strip()) > 90 or re.search(r"\d{3,}|@|:|\b(?:is|are|has|we|our|this|please)\b", line)
            or line.rstrip().endswith((".", ","))):
        return start, end
    lead = len(line) - len(line.lstrip(" -–|•"))
    return line_start + lead, line_start + len(line.rstrip(" -–|•"))


def _is_fax(text: str, at: int) -> bool:
    line_start = text.rfind("\n", 0, at) + 1
    return re.search(r"fax", text[line_start:at], re.IGNORECASE) is not None


def _name_block(text: str, name: str, end: int) -> tuple[tuple[int, int], int] | None:
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


def extract_requestor(doc: Document, parsed: Doc) -> Requestor:
    text = doc.text
    main_end = main_part_end(doc)
    evidence: dict[str, Evidence] = {}
    header_name, header_email, from_span = _from_header(doc)
    person, sig = find_person(doc, main_end)
    name = header_name or (person.name if person else None) or _name_from_address(header_email)
    title = person.title if person and (not header_name or person.name == header_name) else None

    if header_name:
        if from_span[0] >= 0:
            evidence["person"] = evidence_for(doc, *from_span)
    elif person:
        evidence["person"] = evidence_for(doc, person.start, person.end)

    if name and (sig is None or title is None):
        # The sender's name in the body (an e-mail signature after "- Angela", a form's
        # officer line): the lines under it give title and contact details.
        found_block = _name_block(text, name, main_end)
        if found_block:
            block, name_end = found_block
            sig = sig or block
            if title is None:
                title = _signature_title(text, block, _Person(name, block[0], name_end, None))

    # Contact details: the signature block first, then the whole cover part.
    anchor = sig[0] if sig else (person.start if person else 0)
    contact_zone = (sig[0], min(sig[1] + 200, main_end)) if sig else (0, main_end)
    to_header = doc.headers.get("To", "").lower()
    email = header_email
    if email is None:
        emails = [m for m in EMAIL.finditer(text, *contact_zone)
                  if m.group(0).lower() not in to_header]
        if not emails:
            emails = [m for m in EMAIL.finditer(text, 0, main_end)
                      if m.group(0).lower() not in to_header]
            emails.sort(key=lambda m: abs(m.start() - anchor))
        if emails:
            email = emails[0].group(0)
            evidence["email"] = evidence_for(doc, emails[0].start(), emails[0].end())
    phone = None
    phones = [m for m in PHONE.finditer(text, *contact_zone) if not _is_fax(text, m.start())]
    if not phones:
        phones = [m for m in PHONE.finditer(text, 0, main_end) if not _is_fax(text, m.start())]
        phones.sort(key=lambda m: abs(m.start() - anchor))
    if phones:
        phone = phones[0].group(0).strip()
        evidence["phone"] = evidence_for(doc, phones[0].start(), phones[0].end())
    if name and (phone is None or email is None or title is None) and main_end < len(text):
        # A cover e-mail with the sender's own letter attached: their signature is there.
        found_block = _name_block(text, name, len(text))
        if found_block and found_block[0][0] >= main_end:
            (b_start, b_end), name_end = found_block
            if title is None:
                title = _signature_title(text, (b_start, b_end),
                                         _Person(name, b_start, name_end, None))
            if phone is None:
                m = next((m for m in PHONE.finditer(text, b_start, b_end + 200)
                          if not _is_fax(text, m.start())), None)
                if m:
                    phone = m.group(0).strip()
                    evidence["phone"] = evidence_for(doc, m.start(), m.end())
            if email is None:
                e = EMAIL.search(text, b_start, b_end + 200)
                if e:
                    email = e.group(0)
                    evidence["email"] = evidence_for(doc, e.start(), e.end())

    zones = _zones(doc, main_end, sig)
    scores, best = _agency_scores(doc, parsed, zones)
    if email:
        dkey = domain_key(email)
        if dkey:
            generic = email.lower().endswith(("@usdoj.gov", "@dhs.gov"))
            scores[dkey] = scores.get(dkey, 0.0) + (2.0 if generic else 6.0)
    if title:
        for pattern, tkey in TITLE_KEYS:
            if pattern.search(title):
                scores[tkey] = scores.get(tkey, 0.0) + 2.0
                break
    context = " ".join(
        filter(None, [title, text[sig[0]:sig[1]] if sig else None, text[:600]])
    )
    key = _choose_key(scores, context, text)
    if key == "other" and not scores:
        # OCR-damaged letterhead or signature ("Immigratlon and Customs Enforcernent").
        fuzzy = fuzzy_mentions(text, [(s, e) for s, e, w in zones if w >= 3.0])
        if fuzzy:
            key = _choose_key({k: 1.0 for k in fuzzy}, context, text)

    agency_name = None
    pick = best.get(key) or (
        max((best[k] for k in ICE_FAMILY | {"dhs"} if k in best), default=None)
        if key in ICE_FAMILY else None
    )
    if pick:
        start, end = _agency_line(text, pick[1], pick[2])
        agency_name = text[start:end]
        evidence["agency"] = evidence_for(doc, start, end)
    elif key in BY_KEY:
        agency_name = BY_KEY[key].name
    else:
        # Not an agency of the table (another department's inspector general): its strongest
        # mention in the letterhead or signature.
        strong = [b for b in best.values() if b[0] >= 1000]
        if strong:
            start, end = _agency_line(text, *max(strong)[1:])
            agency_name = text[start:end].strip() or None

    comp_zones = [(s, e) for s, e, w in sorted(zones, key=lambda z: -z[2]) if w >= 3.0]
    component = _component(text, comp_zones)
    if component:
        evidence["component"] = evidence_for(doc, component[1], component[2])
    if title and person:
        evidence["title"] = evidence_for(doc, person.start, person.end)
    return Requestor(
        agency_key=key,  # type: ignore[arg-type]
        agency_name=agency_name,
        component=component[0] if component else None,
        person=name,
        title=title,
        email=email,
        phone=phone,
        evidence=evidence,
    )
