"""Which agency asks: agency mentions scored by where they stand (letterhead, signature,
labelled agency field, the rest of the cover part, attachments), the sender's e-mail domain and
title, then refined within ICE (ERO or HSI); and the office (component) named with it."""

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
from requestdesk.extractors.signature import signature_blocks, text_lines
from requestdesk.result import Evidence

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


AGENCY_FIELD = re.compile(
    r"^\s*(?:requesting agency|agency|department|from|sender|organization)\s*[:#-]\s*(.+)$",
    re.IGNORECASE | re.MULTILINE,
)


LETTER_DATE = re.compile(
    r"(?:(?:Date|Dated)\s*:?\s*)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+"
    r"\d{4}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}"
    r"|\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})", re.IGNORECASE)
FAX_LINE = re.compile(r"\bP\.?\s?\d{3}\s?/\s?\d{3}\b")  # a fax machine's transmission line


DEFENDER = re.compile(
    r"(?i)\bpublic\s+defender|\bdefender\s+(?:association|services|general)\b"
    r"|\b(?:assistant|deputy|chief|senior)\s+(?:deputy\s+)?(?:public\s+)?defender\b")
TRIBAL = re.compile(r"(?i)\b(?:tribal|tribes?|(?<!the\s)nation(?!'s)|pueblo\s+of|band\s+of|rancheria"
                    r"|indian\s+(?:community|reservation))\b")
# A letterhead naming a department that is not police: its detectives and investigators belong
# to it ("STATE OF FLORIDA — DEPARTMENT OF FINANCIAL SERVICES / Bureau of Insurance Fraud").
NON_POLICE_HEAD = re.compile(
    r"(?i)\b(?:department|dept\.?|bureau|division|office|commission|agency)\s+of\s+(?:the\s+)?"
    r"(?!police\b|public\s+safety\b|law\s+enforcement\b|criminal\b|investigations?\b|justice\b"
    r"|homeland\b|state\s+police\b)[A-Z]\w+"
    r"|\battorney\s+general\s+of\s+(?:the\s+)?[A-Z]\w+")
_ADDRESSEE_LINE = re.compile(r"(?im)^[ \t]*(?:to|attn|attention)\b")


def _letterhead_department(text: str, start: int, end: int) -> re.Match[str] | None:
    """A department named in the letterhead, not on the line addressed to the recipient."""
    for m in NON_POLICE_HEAD.finditer(text, start, end):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not _ADDRESSEE_LINE.match(text, line_start):
            return m
    return None


def _defender_office(text: str) -> re.Match[str] | None:
    """The office's own line ("Office of the Public Defender - Middlesex Region") before a title."""
    found = list(DEFENDER.finditer(text))
    office = [m for m in found if re.search(r"(?i)\b(?:office|association|services|agency)\b",
                                            text[text.rfind("\n", 0, m.start()) + 1:m.end() + 60])]
    return (office or found or [None])[0]


def agency_zones(doc: Document, main_end: int, sig: tuple[int, int] | None) -> list[tuple[int, int, float]]:
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
    dated = next((k for k, ln in enumerate(head_lines) if LETTER_DATE.fullmatch(ln.text.strip())), None)
    if dated is not None and dated + 1 < len(head_lines):
        # Letterhead, date, then the recipient's address: the addressee does not ask.
        zones.append((body_start + head_lines[dated + 1].start, body_start + head_lines[-1].end, 1.0))
        head_lines = head_lines[:dated + 1]
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


COPY_LINE = re.compile(r"^[ \t]*(?:cc|bcc|c\.c\.)[ \t]*:.*$", re.IGNORECASE | re.MULTILINE)


def agency_scores(
    doc: Document, parsed: Doc, zones: list[tuple[int, int, float]]
) -> tuple[dict[str, float], dict[str, tuple[float, int, int]]]:
    scores: dict[str, float] = defaultdict(float)
    best: dict[str, tuple[float, int, int]] = {}
    mentions = [(e.start_char, e.end_char, e.ent_id_) for e in parsed.ents if e.label_ == "AGENCY"]
    mentions += wrapped_mentions(doc.text)
    copied = [(m.start(), m.end()) for m in COPY_LINE.finditer(doc.text)]
    for start, end, key in mentions:
        if any(s <= start < e for s, e in copied):
            continue  # "cc: SA Dorian Pelletier, HSI Seattle" names a copy's recipient
        weight = max((w for s, e, w in zones if s <= start < e), default=0.4)
        scores[key] += weight
        rank = (weight >= 3.0) * 1000 + (end - start)
        if key not in best or rank > best[key][0]:
            best[key] = (rank, start, end)
    return scores, best


def choose_key(scores: dict[str, float], context: str, text: str) -> str:
    fam = defaultdict(float)
    for key, score in scores.items():
        fam["ice" if key in ICE_FAMILY else key] += score
    if "oig" in fam:
        oig = fam.pop("oig")
        dept = oig_department(context)
        if dept == "dhs-oig":
            fam.pop("ice", None)
            fam.pop("dhs", None)
        # A state department's inspector general (no federal department named) is "other".
        fam[dept or "other"] += oig
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


def find_component(text: str, zones: list[tuple[int, int]]) -> tuple[str, int, int] | None:
    for group in (1, 2):  # a named office before a short "HSI Denver"
        for start, end in zones:
            for m in COMPONENT.finditer(text, start, end):
                value = (m.group(group) or "").strip(" ,-–")
                if COMPONENT_EXCLUDE.search(value) or len(value.split()) < 2:
                    continue
                return value, m.start(group), m.end(group)
    return None


def agency_line(text: str, start: int, end: int) -> tuple[int, int]:
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


@dataclass(frozen=True, slots=True)
class AgencyChoice:
    key: str
    name: str | None
    component: str | None


def choose_agency(
    doc: Document,
    parsed: Doc,
    main_end: int,
    sig: tuple[int, int] | None,
    email: str | None,
    title: str | None,
    evidence: dict[str, Evidence],
) -> tuple[str, str | None, str | None]:
    """Agency key, agency name as written, and component; fills ``evidence`` for both."""
    text = doc.text
    zones = agency_zones(doc, main_end, sig)
    scores, best = agency_scores(doc, parsed, zones)
    head_zone = next(((s, e) for s, e, w in zones if w == 4.0), None)
    if email:
        dkey = domain_key(email)
        if dkey:
            generic = email.lower().endswith(("@usdoj.gov", "@dhs.gov"))
            scores[dkey] = scores.get(dkey, 0.0) + (2.0 if generic else 6.0)
    # A letterhead naming a department that is not police ("Department of Financial Services").
    department = _letterhead_department(text, *head_zone) if head_zone else None
    if title:
        for pattern, tkey in TITLE_KEYS:
            if pattern.search(title):
                if tkey == "local-police" and not scores and department:
                    break  # a detective of the Department of Financial Services is not city police
                scores[tkey] = scores.get(tkey, 0.0) + 2.0
                break
    context = " ".join(
        filter(None, [title, text[sig[0]:sig[1]] if sig else None, text[:600]])
    )
    context = COPY_LINE.sub(" ", context)
    key = choose_key(scores, context, text)
    own = " ".join(filter(None, [title, text[sig[0]:sig[1]] if sig else None,
                                 text[slice(*head_zone)] if head_zone else text[:300]]))
    defender = _defender_office(text) if DEFENDER.search(own) else None
    if defender:
        key = "other"  # a public defender asks for the defence, whatever police the letter names
    if key == "local-police" and TRIBAL.search(own):
        key = "other"  # "Navajo Nation ... Navajo Police Department": a tribe's police, not a city's
    if key == "other" and not scores:
        # OCR-damaged letterhead or signature ("Immigratlon and Customs Enforcernent").
        fuzzy = fuzzy_mentions(text, [(s, e) for s, e, w in zones if w >= 3.0])
        if fuzzy:
            key = choose_key({k: 1.0 for k in fuzzy}, context, text)

    agency_name = None
    pick = best.get(key) or (
        max((best[k] for k in ICE_FAMILY | {"dhs"} if k in best), default=None)
        if key in ICE_FAMILY else None
    )
    if defender:
        start, end = agency_line(text, defender.start(), defender.end())
        agency_name = text[start:end].strip() or None
    elif pick:
        start, end = agency_line(text, pick[1], pick[2])
        agency_name = text[start:end]
        evidence["agency"] = evidence_for(doc, start, end)
    elif key in BY_KEY:
        agency_name = BY_KEY[key].name
    else:
        # Not an agency of the table (another department's inspector general): its strongest
        # mention in the letterhead or signature.
        strong = [b for b in best.values() if b[0] >= 1000]
        if strong:
            start, end = agency_line(text, *max(strong)[1:])
            agency_name = text[start:end].strip() or None
        elif department:
            start, end = agency_line(text, department.start(), department.end())
            agency_name = text[start:end].strip() or None

    comp_zones = [(s, e) for s, e, w in sorted(zones, key=lambda z: -z[2]) if w >= 3.0]
    component = find_component(text, comp_zones)
    if component:
        evidence["component"] = evidence_for(doc, component[1], component[2])
    return key, agency_name, component[0] if component else None
