"""Who asks: the requesting agency, its office, and the person who sent or signed the request.

The person is looked for where letters, e-mails and forms put the sender, most reliable first:
the e-mail ``From``, a labelled field ("Requesting Officer:", "Requested by:"), the signature block
after a closing ("Sincerely,"), a self-introduction ("I am Special Agent ..."), then the officer
named on a form. Judges, magistrates, clerks and notaries are never the requestor. The agency is
scored from entity-ruler mentions by where they stand (letterhead, signature, sender's title,
e-mail domain), then refined within ICE (ERO or HSI) from the sender's title and office.
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
    oig_department,
    refine_ice,
)
from requestdesk.extractors.evidence import evidence_for
from requestdesk.extractors.names import looks_like_name, normalize_name
from requestdesk.result import Evidence, Requestor

EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(
    r"(?<![\d-])(?:\+?1[\s.-]?)?\(?\b(\d{3})\)?[\s.-]?(\d{3})[\s.-](\d{4})\b(?:\s*(?:x|ext\.?)\s*\d+)?"
)
CLOSING = re.compile(
    r"^\s*(sincerely(?: yours)?|respectfully(?: submitted| yours)?|very respectfully|v/r|"
    r"(?:best |kind |warm )?regards|best|thank you(?: for your (?:assistance|help|cooperation)"
    r"[^,\n]*)?|thanks(?: again)?|cordially|(?:very )?truly yours|yours truly|atentamente|"
    r"saludos|gracias|--)\s*[,.!]?\s*$",
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
    r"^\s*(?:name of )?(?:requesting (?:officer|agent|investigator|official|party|person)|"
    r"requested by|requester|requestor|point of contact|POC|case agent|case officer|"
    r"assigned (?:officer|agent|detective|investigator)|investigating officer|"
    r"officer(?:'s)? name|agent(?:'s)? name|contact person|contact|submitted by|prepared by|"
    r"issuing officer|issued by|from|sender|agency contact|investigator|detective|agent)"
    r"\s*[:#-]\s*(.+)$",
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
    r"signature of (?:authorized )?(?:immigration )?officer|issuing official|"
    r"authorized immigration officer)",
    re.IGNORECASE,
)
COMPONENT = re.compile(
    r"((?:[A-Z][\w.&'-]*[ \t]+){0,4}(?:Field Office|Resident Office|Resident Agency|Field Division|"
    r"Division|Unit|Bureau|Section|Sector|Station|Area Port|Port of Entry|Task Force|Squad|"
    r"Office of Investigations|Office of Field Operations|Investigations Division)\b"
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
    raw = re.sub(r"^\s*(?:/s/|s/|/S/)\s*", "", raw)
    raw = re.split(r"\s+[-–|]\s+|\s{2,}|\t", raw.strip())[0]
    raw = raw.split(",")[0] if raw.count(",") and not raw.split(",")[0].isupper() else raw
    raw = raw.strip(" ,;")
    if not raw or OFFICIAL_ROLE.search(raw):
        return None
    m = TITLE_PREFIX.match(raw)
    if m:
        raw = m.group(2)
    if not looks_like_name(raw):
        return None
    return normalize_name(raw)


def _title_before(text: str) -> str | None:
    m = TITLE_PREFIX.search(text)
    return m.group(1) if m else None


AGENCY_FIELD = re.compile(
    r"^\s*(?:requesting agency|agency|department|from|sender|organization)\s*[:#-]\s*(.+)$",
    re.IGNORECASE | re.MULTILINE,
)
FORWARDED = re.compile(
    r"(?:-+\s*forwarded message\s*-+|-+\s*original message\s*-+|begin forwarded message:)"
    r"[\s\S]{0,200}?^\s*from\s*:\s*(.+)$",
    re.IGNORECASE | re.MULTILINE,
)
SUBPOENA_REQUESTER = re.compile(
    r"who (?:issues or )?requests? this subpoena,? (?:are|is)\s*:?", re.IGNORECASE
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
        name = normalize_name(stripped) if looks_like_name(stripped.replace(",", " ")) else None
    return name, email_m.group(0) if email_m else None


def _from_header(doc: Document) -> tuple[str | None, str | None]:
    """Sender of the e-mail; for a forwarded e-mail, the sender of the forwarded message."""
    m = FORWARDED.search(doc.text)
    if m:
        return _from_line(m.group(1))
    return _from_line(doc.headers.get("From", ""))


def _signature_person(text: str, block: tuple[int, int]) -> _Person | None:
    for line in text_lines(text[block[0]:block[1]])[:4]:
        s = line.text.strip()
        if not s or EMAIL.search(s) or PHONE.search(s) or re.fullmatch(r"[/\[(]*signed[/\])]*|_+|x_*", s, re.I):
            continue
        if OFFICIAL_ROLE.search(s):
            return None
        name = _clean_name(s)
        if name:
            title = _title_before(s)
            if title is None and "," in s:
                after = s.split(",", 1)[1].strip()
                title = after if TITLE_WORDS.search(after) else None
            return _Person(name, block[0] + line.start, block[0] + line.end, title, "signature")
    return None


def _signature_title(text: str, block: tuple[int, int], person: _Person) -> str | None:
    if person.title:
        return person.title
    for line in text_lines(text[person.end:block[1]])[:4]:
        s = line.text.strip(" ,")
        if s and TITLE_WORDS.search(s) and not EMAIL.search(s) and len(s) < 80:
            return re.split(r",\s*(?=(?:U\.S\.|ICE|HSI|ERO|FBI|DEA|Homeland|Immigration))", s)[0]
    return None


def _labelled_person(text: str, end: int) -> _Person | None:
    for m in LABELLED_PERSON.finditer(text, 0, end):
        value = m.group(1)
        value = EMAIL.sub("", PHONE.sub("", value))
        name = _clean_name(value)
        if name:
            return _Person(name, m.start(1), m.end(1), _title_before(value), "label")
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
        after = re.split(r"[:)]", line.text, maxsplit=1)
        candidates = [after[1]] if len(after) > 1 else []
        candidates += [lines[j].text for j in (i - 1, i + 1, i - 2) if 0 <= j < len(lines)]
        for cand in candidates:
            name = _clean_name(cand)
            if name:
                off = line.start if cand in line.text else 0
                return _Person(name, off, off + len(cand), _title_before(cand), "form")
    return None


def _subpoena_requester(text: str) -> _Person | None:
    m = SUBPOENA_REQUESTER.search(text)
    if not m:
        return None
    for line in text_lines(text[m.end():m.end() + 300])[:4]:
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


def find_person(doc: Document, main_end: int) -> tuple[_Person | None, tuple[int, int] | None]:
    """The requesting person and the signature block they were found in (if any)."""
    text = doc.text
    blocks = signature_blocks(text, 0, main_end)
    labelled = _labelled_person(text, main_end)
    if labelled:
        return labelled, None
    for block in blocks:
        person = _signature_person(text, block)
        if person:
            person.title = _signature_title(text, block, person)
            return person, block
    intro = _intro_person(text, main_end)
    if intro:
        return intro, None
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
    return _titled_person(text, 0, len(text)), None


def _zones(doc: Document, main_end: int, sig: tuple[int, int] | None) -> list[tuple[int, int, float]]:
    """Character ranges where an agency mention says who is asking, with weights."""
    text = doc.text
    zones: list[tuple[int, int, float]] = []
    header_end = text.find("\n\n") if doc.headers else 0
    body_start = header_end + 2 if doc.headers else 0
    lines = [ln for ln in text_lines(text[body_start:main_end]) if ln.text.strip()]
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
    for ent in parsed.ents:
        if ent.label_ != "AGENCY":
            continue
        weight = max((w for s, e, w in zones if s <= ent.start_char < e), default=0.4)
        key = ent.ent_id_
        scores[key] += weight
        rank = (weight >= 3.0) * 1000 + len(ent.text)
        if key not in best or rank > best[key][0]:
            best[key] = (rank, ent.start_char, ent.end_char)
    return scores, best


def _choose_key(scores: dict[str, float], context: str) -> str:
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
    return refine_ice(context)


def _component(text: str, zones: list[tuple[int, int]]) -> tuple[str, int, int] | None:
    for group in (1, 2):  # a named office before a short "HSI Denver"
        for start, end in zones:
            for m in COMPONENT.finditer(text, start, end):
                value = (m.group(group) or "").strip(" ,-–")
                if COMPONENT_EXCLUDE.search(value) or len(value) < 5:
                    continue
                return value, m.start(group), m.end(group)
    return None


def extract_requestor(doc: Document, parsed: Doc) -> Requestor:
    text = doc.text
    main_end = main_part_end(doc)
    evidence: dict[str, Evidence] = {}
    header_name, header_email = _from_header(doc)
    person, sig = find_person(doc, main_end)
    name = header_name or (person.name if person else None)
    title = person.title if person and (not header_name or person.name == header_name) else None

    if header_name:
        at = text.find(doc.headers.get("From", "")[:40])
        if at >= 0:
            evidence["person"] = evidence_for(doc, at, at + len(doc.headers["From"]))
    elif person:
        evidence["person"] = evidence_for(doc, person.start, person.end)

    # Contact details: the signature block first, then the cover part.
    contact_zone = (sig[0], min(sig[1] + 200, main_end)) if sig else (0, main_end)
    email = header_email
    if email is None:
        emails = [m for m in EMAIL.finditer(text, *contact_zone)]
        if not emails and sig:
            emails = list(EMAIL.finditer(text, 0, main_end))
        to_header = doc.headers.get("To", "").lower()
        emails = [m for m in emails if m.group(0).lower() not in to_header]
        if emails:
            email = emails[0].group(0)
            evidence["email"] = evidence_for(doc, emails[0].start(), emails[0].end())
    phone = None
    phones = list(PHONE.finditer(text, *contact_zone))
    if not phones and sig:
        phones = list(PHONE.finditer(text, 0, main_end))
    for m in phones:
        line_start = text.rfind("\n", 0, m.start()) + 1
        if re.search(r"fax", text[line_start:m.start()], re.IGNORECASE):
            continue
        phone = f"({m.group(1)}) {m.group(2)}-{m.group(3)}"
        evidence["phone"] = evidence_for(doc, m.start(), m.end())
        break

    zones = _zones(doc, main_end, sig)
    scores, best = _agency_scores(doc, parsed, zones)
    if email:
        dkey = domain_key(email)
        if dkey:
            scores[dkey] = scores.get(dkey, 0.0) + 6.0
    if title:
        for pattern, tkey in TITLE_KEYS:
            if pattern.search(title):
                scores[tkey] = scores.get(tkey, 0.0) + 2.0
                break
    context = " ".join(
        filter(None, [title, text[sig[0]:sig[1]] if sig else None, text[:600]])
    )
    key = _choose_key(scores, context)

    agency_name = None
    pick = best.get(key) or (
        max((best[k] for k in ICE_FAMILY | {"dhs"} if k in best), default=None)
        if key in ICE_FAMILY else None
    )
    if pick:
        agency_name = text[pick[1]:pick[2]]
        evidence["agency"] = evidence_for(doc, pick[1], pick[2])
    elif key in BY_KEY:
        agency_name = BY_KEY[key].name

    comp_zones = [(s, e) for s, e, w in sorted(zones, key=lambda z: -z[2]) if w >= 3.0]
    comp_zones.append((0, main_end))
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
