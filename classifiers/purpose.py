"""What a request is for: ``criminal_investigation``, ``civil_immigration`` or ``unknown``.

Rules give the strong signals (the process attached, criminal or immigration statutes cited, the
requesting component, phrases that name a crime or removal). The sentence model in
``purpose_model.py`` picks the sentence that states the purpose and settles cases the rules
leave weak or close. When nothing supports either side the answer is ``unknown``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from requestdesk.classifiers.purpose_cues import (
    CIVIL,
    CIVIL_CITATIONS,
    CRIMINAL,
    CRIMINAL_CITATIONS,
    DEA_CITATION,
    NEGATED_CRIMINAL,
    PEOPLE_AS_PARTY,
    PHRASES,
)
from requestdesk.classifiers.purpose_model import score_sentences
from requestdesk.document import Document
from requestdesk.extractors.evidence import evidence_for
from requestdesk.result import Citation, LegalProcess, PurposeDetail, Requestor

# Contact lines and e-mail headers name officers and offices, not the purpose.
_NOT_PURPOSE = re.compile(
    r"^\s*(?:From|To|Cc|Date|Sent):|\bFAX\b.{0,40}\bP\.?\s?\d{1,3}\s?/\s?\d{1,3}"
    r"|direct\s+(?:your|any)\s+(?:response|questions)|contact\s+(?:me|the\s+undersigned)"
    r"|reach\s+me\b|call\s+me\b|who\s+(?:issues\s+or\s+)?requests\s+this",
    re.IGNORECASE,
)
_CIVIL_LAWSUIT = re.compile(
    r"\bcivil\s+action\b|\bplaintiffs?\b|\bAO\s?88|\[\s?[xX✓]\s?\]\s*civil\b"
    # A sheriff's civil process: serving papers in a civil case asks nothing for a crime.
    r"|\bcivil\s+process\b|\bservice\s+of\s+(?:civil\s+)?(?:papers|process|summons)|\bchancery\b"
    # Collecting a debt: "to levy on personal property", an office's "Civil Division".
    r"|\blevy\s+(?:on|upon|against)\b|\bcivil\s+division\b",
    re.IGNORECASE)
# A form's options left unticked ("[ ] Criminal") say nothing of this request.
_UNTICKED = re.compile(r"(?:\[\s?\]|☐)\s*[A-Za-z]+(?:[ \t]+[A-Z][a-z]+)?")
# A form's printed label with its answer on the next line ("Purpose of request / case number:")
# is the form's wording, not the writer's: the answer below it is what counts.
_BLANK_LABEL = re.compile(r"[^.!?:]{1,80}:")
_RULE = re.compile(r"([=_*#~-])\1{3,}")  # "=====", "____": lines drawn on a form
DECIDE_AT = 3  # total weight needed to name a purpose
MODEL_WEIGHT = 3.0  # what a clear model vote adds: enough to decide a case with no rule cue
MODEL_VOTE_PROB = 0.6
MODEL_VOTE_MARGIN = 0.3
MODEL_MIN_PROB = 0.7  # a sentence with no rule cue may support the label from this probability
_MODEL_LABEL = {"CRIMINAL": CRIMINAL, "CIVIL": CIVIL}

_IMMIGRATION_DETAINER = re.compile(
    r"\bI-?\s?247|\bimmigration\b|\bHomeland\s+Security\b|\bICE\b|\bDHS\b|\balien\b", re.IGNORECASE)
_PROCESS_PRIOR: dict[str, tuple[str, int]] = {
    "administrative_warrant": (CIVIL, 6),
    "detainer": (CIVIL, 6),
    "judicial_warrant": (CRIMINAL, 4),
    "grand_jury_subpoena": (CRIMINAL, 6),
    "court_order": (CRIMINAL, 3),
}
_AGENCY_PRIOR: dict[str, tuple[str, int]] = {
    "dhs-ice-ero": (CIVIL, 2), "dhs-ice": (CIVIL, 1), "dhs-uscis": (CIVIL, 1),
    "irs-ci": (CRIMINAL, 2),
    "doj-fbi": (CRIMINAL, 1), "doj-dea": (CRIMINAL, 1), "doj-atf": (CRIMINAL, 1),
    "doj-usao": (CRIMINAL, 1), "doj-usms": (CRIMINAL, 1),
    "local-police": (CRIMINAL, 1), "sheriff": (CRIMINAL, 1), "state-police": (CRIMINAL, 1),
    "district-attorney": (CRIMINAL, 1),
    "ssa-oig": (CRIMINAL, 1), "dol-oig": (CRIMINAL, 1), "dhs-oig": (CRIMINAL, 1),
    "usps-uspis": (CRIMINAL, 1),
}


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    text: str
    weights: dict[str, int]  # strongest cue per label in this sentence
    cues: dict[int, tuple[str, int]]  # PHRASES index -> (label, weight)


def classify_purpose(doc: Document, parsed: object, process: LegalProcess, requestor: Requestor,
                     citations: list[Citation], use_model: bool = True) -> PurposeDetail:
    sentences = [_score_sentence(doc.text, s, e) for s, e in _sentence_bounds(doc, parsed)]
    sentences = [s for s in sentences if s.text and not _BLANK_LABEL.fullmatch(s.text)]
    totals = {CRIMINAL: 0.0, CIVIL: 0.0}
    for label, weight in _priors(process, requestor, citations, doc.text):
        totals[label] += weight
    # Each phrase cue counts once however often it recurs (a form repeats its own words).
    for label, weight in _distinct_phrase_weights(doc.text, sentences):
        totals[label] += weight
    probs = _model_probs(sentences) if use_model else []
    # A subpoena in a civil lawsuit is for neither purpose unless the text says so plainly.
    lawsuit = process.type in ("court_subpoena", "none") and _CIVIL_LAWSUIT.search(doc.text) is not None
    if probs and _is_close(totals) and not lawsuit:
        vote = _model_vote(probs)
        if vote:
            totals[vote] += MODEL_WEIGHT
    label = _decide(totals, DECIDE_AT + 2 if lawsuit else DECIDE_AT)
    if label == "unknown":
        return PurposeDetail(label="unknown", confidence=_unknown_confidence(totals))
    chosen = _supporting_sentence(sentences, label, probs) or _citing_sentence(
        sentences, citations, doc.text, label)
    other = CIVIL if label == CRIMINAL else CRIMINAL
    margin = totals[label] - totals[other]
    confidence = round(min(0.97, 0.5 + 0.06 * margin), 2)
    if chosen is None:
        return PurposeDetail(label=label, confidence=confidence)
    return PurposeDetail(label=label, sentence=chosen.text,
                         evidence=evidence_for(doc, chosen.start, chosen.end), confidence=confidence)


def _model_probs(sentences: list[Sentence]) -> list[dict[str, float]]:
    """The sentence model's probabilities, for sentences of prose only: on a heading, a name or a
    rule of "=====" it has nothing to read and its guess is noise."""
    prose = [i for i, s in enumerate(sentences)
             if len(re.findall(r"[A-Za-z]{2,}", s.text)) >= 4 and not _name_like(s.text)]
    scored = dict(zip(prose, score_sentences([sentences[i].text for i in prose]), strict=True))
    return [scored.get(i, {}) for i in range(len(sentences))]


def _model_vote(probs: list[dict[str, float]]) -> str | None:
    """The label the model clearly prefers, judged by each label's most telling sentence."""
    best = {label: max((p.get(key, 0.0) for p in probs), default=0.0)
            for key, label in _MODEL_LABEL.items()}
    ranked = sorted(best.items(), key=lambda kv: kv[1], reverse=True)
    (top, p_top), (_, p_next) = ranked
    if p_top >= MODEL_VOTE_PROB and p_top - p_next >= MODEL_VOTE_MARGIN:
        return top
    return None


def _is_close(totals: dict[str, float]) -> bool:
    """Rules alone are clear when one side is strong and well ahead."""
    high, low = sorted(totals.values(), reverse=True)
    return not (high >= DECIDE_AT + 2 and high - low >= 3)


def _decide(totals: dict[str, float], needed: float = DECIDE_AT) -> str:
    crim, civ = totals[CRIMINAL], totals[CIVIL]
    if max(crim, civ) < needed or abs(crim - civ) < 1:
        return "unknown"
    return CRIMINAL if crim > civ else CIVIL


def _unknown_confidence(totals: dict[str, float]) -> float:
    return 0.8 if max(totals.values()) == 0 else 0.5


def _priors(process: LegalProcess, requestor: Requestor, citations: list[Citation],
            text: str) -> list[tuple[str, float]]:
    out: list[tuple[str, float]] = []
    if process.type == "detainer" and not _IMMIGRATION_DETAINER.search(text):
        pass  # a sheriff's hold on a prisoner for a state warrant says nothing of immigration
    elif process.type in _PROCESS_PRIOR:
        out.append(_PROCESS_PRIOR[process.type])
    elif process.type == "administrative_subpoena" and re.search(
            r"1225\s?\(d\)|287\.4|immigration\s+enforcement\s+subpoena", text, re.IGNORECASE):
        out.append((CIVIL, 3))
    elif process.type == "court_subpoena" and re.search(
            r"criminal\s+(?:case|action)|" + PEOPLE_AS_PARTY + r"|crim\.?\s*p"
            r"|\bAO\s?89|\d{2}CR\d",
            text, re.IGNORECASE):
        out.append((CRIMINAL, 4))
    if requestor.agency_key in _AGENCY_PRIOR:
        out.append(_AGENCY_PRIOR[requestor.agency_key])
    criminal_cited = any(CRIMINAL_CITATIONS.match(c.normalized) for c in citations)
    if criminal_cited:
        out.append((CRIMINAL, 3))
    elif any(DEA_CITATION.match(c.normalized) for c in citations):
        out.append((CRIMINAL, 2))
    if any(CIVIL_CITATIONS.match(c.normalized) for c in citations):
        out.append((CIVIL, 1))
    return out


def _name_like(sentence: str) -> bool:
    if re.search(r"[.!?]\s*$", sentence):
        return False
    all_words = re.findall(r"[A-Za-z][A-Za-z'-]*", sentence)
    if len(all_words) <= 2 and ":" not in sentence:
        return True  # a fragment of a wrapped letterhead line
    words = [w for w in all_words if len(w) > 3]
    if len(words) < 3:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.7


def _distinct_phrase_weights(text: str, sentences: list[Sentence]) -> list[tuple[str, int]]:
    best: dict[int, tuple[str, int]] = {}
    for s in sentences:
        for index, (label, weight) in s.cues.items():
            if index not in best or weight > best[index][1]:
                best[index] = (label, weight)
    return list(best.values())


def _score_sentence(text: str, start: int, end: int) -> Sentence:
    raw = _RULE.sub(" ", _UNTICKED.sub(" ", text[start:end]))
    clean = " ".join(raw.split())
    weights: dict[str, int] = {}
    cues: dict[int, tuple[str, int]] = {}
    if _NOT_PURPOSE.search(raw):
        return Sentence(start, end, clean, weights, cues)
    # A letterhead or unit name ("Labor Racketeering and Fraud", "Financial Crimes Unit") says
    # who writes, not what this request is for: its cues count for less.
    discount = 1 if _name_like(clean) else 0
    negated = NEGATED_CRIMINAL.search(raw) is not None
    for index, (label, weight, pattern) in enumerate(PHRASES):
        if pattern.search(raw):
            if label == CRIMINAL and negated and re.search(r"criminal", raw, re.IGNORECASE):
                # "not a criminal investigation": says the request is administrative.
                label, weight = CIVIL, 1
            weight -= discount
            if weight <= 0:
                continue
            weights[label] = max(weights.get(label, 0), weight)
            cues[index] = (label, weight)
    return Sentence(start, end, clean, weights, cues)


def _supporting_sentence(sentences: list[Sentence], label: str,
                         probs: list[dict[str, float]]) -> Sentence | None:
    model_key = "CRIMINAL" if label == CRIMINAL else "CIVIL"
    best: tuple[float, Sentence] | None = None
    for i, s in enumerate(sentences):
        rule = s.weights.get(label, 0)
        model = probs[i].get(model_key, 0.0) if probs else 0.0
        if rule == 0 and model < MODEL_MIN_PROB:
            continue
        if len(s.text) < 15:
            continue
        # A heading or a fragment says less than a sentence of prose.
        score = rule + 2 * model - (1.5 if len(s.text.split()) < 6 else 0)
        if best is None or score > best[0]:
            best = (score, s)
    return best[1] if best else None


def _citing_sentence(sentences: list[Sentence], citations: list[Citation], text: str,
                     label: str) -> Sentence | None:
    """The sentence citing the first statute that points to ``label`` (when no phrase does)."""
    pattern = CRIMINAL_CITATIONS if label == CRIMINAL else CIVIL_CITATIONS
    for citation in citations:
        if not pattern.match(citation.normalized) or citation.evidence is None:
            continue
        for s in sentences:
            if citation.citation in " ".join(text[s.start:s.end].split()):
                return s
    return None


def _sentence_bounds(doc: Document, parsed: object) -> list[tuple[int, int]]:
    sents = getattr(parsed, "sents", None)
    if sents is not None and getattr(parsed, "text", None) == doc.text:
        return [(s.start_char, s.end_char) for s in sents]
    bounds = []
    start = 0
    for m in re.finditer(r"(?<=[.!?])\s+(?=[A-Z(])|\n\s*\n", doc.text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(doc.text)))
    return [(s, e) for s, e in bounds if doc.text[s:e].strip()]
