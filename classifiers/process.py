"""Which legal process is attached to a request, and whether a court issued it.

Cues are scored per process type (see ``cues.py``). Administrative types win on any clear cue.
Court types need at least two independent kinds of evidence (e.g. an AO form number and its
heading, or a court caption and a judge's signature) — and three when administrative cues are
present in the same file, because administrative forms print court-like words (I-200: "probable
cause", "YOU ARE COMMANDED"; I-205: "a United States District or Magistrate Court Judge";
subpoenas: "the District Court may order compliance"). Court words that only appear in such
phrases are masked out before court cues are looked for.

Mixed files (an email with both an I-200 and an AO 93 attached): the court-issued process is
chosen when it clears that stricter bar, and the evidence says the administrative one was also
present; otherwise the administrative process is chosen.

A warrant often carries order wording ("IT IS FURTHER ORDERED that this warrant be sealed", a
sealing order page): it stays a judicial warrant unless the file's first substantive heading is
an ORDER (production orders, 2703(d) "APPLICATION AND ORDER"). A subpoena heading may be in
capitals or title case and carry its statute ("SUBPOENA (21 U.S.C. 876)", "Summons"); whether a
court or an agency issued it is decided by the court caption / clerk's or attorney's signature
versus the agency's cues, never by a court named in an enforcement clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from requestdesk.classifiers.cues import (
    ADMIN_COURT_PHRASES,
    ADMIN_TYPES,
    ATTACHED_WORDS,
    CAPTION,
    CAPTION_CAPS,
    COLLECTION_WARRANT,
    COMPLIANCE_WORDS,
    COURT_MENTION,
    COURT_SIGNATURE,
    COURT_TYPES,
    CUES,
    DEFENDANT_SUMMONS,
    DRAFT_HEADING,
    ENFORCEMENT_WORDS,
    FORM_NAMES,
    NOT_YET_ISSUED,
    PARTIES,
    SEARCH_OR_ARREST,
    SENTENCE_WORDS,
    SUBPOENA_DEMAND,
    SUBPOENA_HEADING,
    Cue,
    fold,
)
from requestdesk.document import Document
from requestdesk.extractors.dates import find_dates
from requestdesk.extractors.evidence import evidence_for
from requestdesk.result import COURT_ISSUED, Evidence, LegalProcess

ADMIN_THRESHOLD = 3
ANCILLARY_ORDER = re.compile(r"seal|non-?disclosure|preclu|delay|notice|warrant|granting")
COURT_SPECIFIC_MIN = 3
# Words that put the date the process must be answered by just after them: "on or before",
# "no later than", an AO subpoena's "Date and Time:" box, "You must appear ... on the 3rd day of".
RETURN_CUE = re.compile(
    r"\bon\s+or\s+before\b|\bno[t]?\s+later\s+than\b|\bdate\s+and\s+time\s*:"
    r"|\b(?:must|commanded\s+to|required\s+to|ordered\s+to|directed\s+to)\s+appear\b",
    re.IGNORECASE,
)
# "appear" is followed by place and purpose before the date, so it looks further, but never past
# its paragraph or into an issuance date ("Issued this 3rd day of June", "Date: 06/02/2025").
RETURN_WINDOW = 60
APPEAR_WINDOW = 250
RETURN_WINDOW_END = re.compile(
    r"\bthis\s+\d|\b(?:issued|dated|signed)\b|\bdate\s*:", re.IGNORECASE)
SIGNED_BY_JUDGE = re.compile(
    r"\bsigned\s+by\s+(?:the\s+)?(?:honorabie|hon\.|judge|magistrate|justice|district\s+judge)\b")
PEOPLE_FORMULA = re.compile(r"[ \t]*(?:the\s+)?peopie\s+of\s+the\s+state\s+of\b")
AG_INVESTIGATION = re.compile(
    r"\binvestigation\s+by\b[^\n]{0,80}attorney\s+generai|\battorney\s+generai\b[^\n]{0,40}\binvestigat")
ORDINAL = re.compile(r"\b\d{1,3}(?:st|nd|rd|th)\b")
PARAGRAPH_END = re.compile(r"\n\s*\n")
DAY_OF = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+day\s+of\s+", re.IGNORECASE)
# Tie-break between types with equal scores: the more specific request first.
PRIORITY = ("detainer", "administrative_warrant", "administrative_subpoena",
            "judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena")


@dataclass(slots=True)
class Found:
    ptype: str
    kind: str
    weight: int
    start: int
    end: int
    form: str | None = None
    label: str = ""
    court_only: bool = False


@dataclass(slots=True)
class Scores:
    found: list[Found] = field(default_factory=list)
    court_kinds: set[str] = field(default_factory=set)  # caption, signature (shared by court types)

    def score(self, ptype: str) -> int:
        # Each distinct cue counts once, however often it repeats.
        best: dict[str, int] = {}
        for f in self.found:
            if f.ptype == ptype:
                best[f.label] = max(best.get(f.label, 0), f.weight)
        return sum(best.values())

    def kinds(self, ptype: str) -> set[str]:
        return {f.kind for f in self.found if f.ptype == ptype and f.kind != "mention"}


def classify_process(doc: Document, parsed: object = None) -> tuple[LegalProcess, bool]:
    """The process, and whether a warrant or subpoena is attached. A detainer is neither: it
    counts only when the administrative warrant that should travel with it is in the file."""
    return _classify(doc)


def classify_text(doc: Document) -> LegalProcess:
    return _classify(doc)[0]


def _classify(doc: Document) -> tuple[LegalProcess, bool]:
    text = doc.text
    folded = fold(text)
    lines = _line_bounds(text)
    court_view, enforcement_clause = _mask_admin_court_words(text, folded, lines)
    scores = _collect(text, folded, court_view, lines)

    admin = [(scores.score(t), t) for t in ADMIN_TYPES if _admin_ok(scores, t)
             and not (t == "administrative_subpoena" and _defendant_summons(scores, folded))]
    # An agency's "the District Court may order compliance" clause vetoes court-issued unless
    # the file also holds strong evidence of a real court document.
    strict = bool(admin) or enforcement_clause
    court = [(scores.score(t), t) for t in COURT_TYPES if _court_ok(scores, t, strict=strict)]
    note: str | None = None
    if court:
        chosen = _warrant_over_order(scores, court, folded)
        if admin:
            other = _best(admin)
            note = (f"Mixed file: court-issued {_describe(scores, chosen)} chosen over the "
                    f"administrative {_describe(scores, other)} also present.")
    elif not admin and _unverified_subpoena(scores) and SUBPOENA_DEMAND.search(folded) \
            and not _defendant_summons(scores, folded):
        # A subpoena no court is shown to have issued: never call it court-issued.
        admin = [(scores.score("administrative_subpoena"), "administrative_subpoena")]
        chosen = "administrative_subpoena"
        note = "A subpoena with no court caption or court signature: treated as administrative."
    elif admin:
        # Since 2017 every detainer travels with an I-200 or I-205: the detainer is the request.
        chosen = "detainer" if any(t == "detainer" for _, t in admin) else _best(admin)
        rejected = [t for t in COURT_TYPES if scores.score(t) >= COURT_SPECIFIC_MIN]
        if rejected:
            note = ("Court-like wording found, but not enough independent evidence of a "
                    "court-issued document beside the administrative one.")
    else:
        return _none(doc, scores), False

    if chosen in ("court_order", "judicial_warrant") and _not_yet_issued(folded, lines, scores, chosen):
        return _none(doc, scores), False
    if chosen == "judicial_warrant" and _collection_warrant(folded):
        return _none(doc, scores), False

    cues = sorted((f for f in scores.found if f.ptype == chosen
                   or (chosen in COURT_TYPES and f.ptype == "court")
                   or (chosen == "administrative_subpoena" and f.ptype == "court_subpoena"
                       and f.kind == "heading")), key=_cue_rank)
    evidence = [evidence_for(doc, f.start, f.end) for f in _distinct(cues)[:4]]
    if note:
        evidence.append(Evidence(text=note))
    form = next((f.form for f in cues if f.form), None)
    total = scores.score(chosen) + (len(scores.court_kinds) * 2 if chosen in COURT_TYPES else 0)
    confidence = round(min(0.99, 0.55 + 0.04 * total), 2)
    if note and court:
        confidence = min(confidence, 0.8)
    attached = chosen != "detainer" or _warrant_with_detainer(scores)
    return LegalProcess(type=chosen, court_issued=chosen in COURT_ISSUED, form=form,
                        return_date=_return_date(text), evidence=evidence,
                        confidence=confidence), attached


def _not_yet_issued(folded: str, lines: list[tuple[int, int]], scores: Scores, chosen: str) -> bool:
    """Every heading of the chosen process is a draft's or an application's, and the file says the
    court has not signed it yet (or leaves its date blank). A warrant's command or form number
    shows the warrant itself; an order's "IT IS ORDERED" is in its draft too."""
    own = [f for f in scores.found if f.ptype == chosen]
    if chosen == "judicial_warrant" and any(f.kind in ("command", "form") for f in own):
        return False
    headings = [f for f in own if f.kind == "heading"]
    return bool(headings) and all(DRAFT_HEADING.search(_with_line_above(folded, lines, f.start))
                                  for f in headings) and NOT_YET_ISSUED.search(folded) is not None


def _with_line_above(folded: str, lines: list[tuple[int, int]], pos: int) -> str:
    """A heading's line and the one above it: a caption wraps ("... APPLICATION OF THE UNITED
    STATES / FOR AN ORDER DIRECTING ...")."""
    start, end = _line_of(lines, pos)
    above = _line_of(lines, start - 1)[0] if start > 0 else start
    return folded[above:end]


def _defendant_summons(scores: Scores, folded: str) -> bool:
    """A traffic or criminal summons to a defendant: no agency's form or statute, only "SUMMONS"."""
    own = scores.kinds("administrative_subpoena") & {"form", "authority"}
    return not own and DEFENDANT_SUMMONS.search(folded) is not None


def _collection_warrant(folded: str) -> bool:
    """A tax or contributions warrant a sheriff levies on property: no search, no arrest."""
    return COLLECTION_WARRANT.search(folded) is not None and SEARCH_OR_ARREST.search(folded) is None


def _return_date(text: str) -> str | None:
    """The first date printed right after a compliance cue, as ISO; None when none is printed
    (blank "____ day of ______" lines included)."""
    for m in RETURN_CUE.finditer(text):
        appear = "appear" in m[0].lower()
        window = text[m.end():m.end() + (APPEAR_WINDOW if appear else RETURN_WINDOW)]
        for end in (RETURN_WINDOW_END, PARAGRAPH_END) if appear else (RETURN_WINDOW_END,):
            window = end.split(window, maxsplit=1)[0]
        window = DAY_OF.sub(r"\1 ", window)
        dates = find_dates(window)
        if dates:
            return dates[0].iso
    return None


def _admin_ok(scores: Scores, ptype: str) -> bool:
    """Enough cues, and not only statutes: a letter citing 8 U.S.C. 1225(d) is not a subpoena."""
    if scores.score(ptype) < ADMIN_THRESHOLD:
        return False
    instrument = scores.kinds(ptype) & {"form", "heading", "command", "signature"}
    attached_mention = any(f.ptype == ptype and f.kind == "mention" and f.weight >= 3
                           for f in scores.found)
    return bool(instrument) or attached_mention


def _warrant_with_detainer(scores: Scores) -> bool:
    """The I-200/I-205 itself is in the file; the detainer's own "(Signature of Immigration
    Officer)" line is not one."""
    return _admin_ok(scores, "administrative_warrant") and bool(
        scores.kinds("administrative_warrant") & {"form", "heading", "command"})


def _court_ok(scores: Scores, ptype: str, strict: bool) -> bool:
    # A caption or a judge's/clerk's signature adds to any court type's own cues.
    specific = scores.score(ptype) + len(scores.court_kinds)
    kinds = scores.kinds(ptype) | scores.court_kinds
    if specific < COURT_SPECIFIC_MIN or not (scores.kinds(ptype) & {"form", "heading", "command"}):
        return False
    court_title = any(f.court_only for f in scores.found if f.ptype == ptype)
    if not kinds & {"form", "caption", "signature"} and not court_title:
        return False  # nothing shows a court: no AO form, caption, judge, clerk or court title
    if strict:
        has_form = "form" in scores.kinds(ptype)
        return len(kinds) >= 3 or (has_form and len(kinds) >= 2 and specific >= 8)
    return len(kinds) >= 2


def _warrant_over_order(scores: Scores, court: list[tuple[int, str]], folded: str) -> str:
    """A warrant often carries "IT IS ORDERED" wording or a sealing order; it stays a warrant
    unless the document's title (its first heading) is an ORDER."""
    chosen = _best(court)
    if chosen != "court_order" or "judicial_warrant" not in {t for _, t in court}:
        return chosen
    warrant = [f.start for f in scores.found if f.ptype == "judicial_warrant"
               and f.kind in ("form", "heading", "command")]
    order = [f for f in scores.found if f.ptype == "court_order" and f.kind == "heading"]
    if not warrant:
        return chosen
    # Orders that only travel with a warrant (sealing, non-disclosure, delayed notice).
    substantive = [f.start for f in order if not ANCILLARY_ORDER.search(folded[f.start:f.end])]
    if not substantive:
        return "judicial_warrant"
    titled = [f.start for f in scores.found if f.ptype == "judicial_warrant"
              and f.kind in ("form", "heading")]
    if titled and min(titled) <= min(substantive):
        return "judicial_warrant"
    return chosen


def _unverified_subpoena(scores: Scores) -> bool:
    headings = [f for f in scores.found if f.kind == "heading"
                and f.ptype in ("court_subpoena", "administrative_subpoena")]
    return bool(headings)


def _best(candidates: list[tuple[int, str]]) -> str:
    return max(candidates, key=lambda c: (c[0], -PRIORITY.index(c[1])))[1]


def _describe(scores: Scores, ptype: str) -> str:
    form = next((f.form for f in scores.found if f.ptype == ptype and f.form), None)
    name = ptype.replace("_", " ")
    return f"{name} ({'Form ' + form if form and form.startswith('I-') else form})" if form else name


def _cue_rank(f: Found) -> tuple[int, int]:
    order = {"form": 0, "heading": 1, "command": 2, "caption": 3, "signature": 4,
             "authority": 5, "mention": 6}
    return order.get(f.kind, 9), f.start


def _distinct(found: list[Found]) -> list[Found]:
    seen: set[str] = set()
    out: list[Found] = []
    for f in found:
        if f.label not in seen:
            seen.add(f.label)
            out.append(f)
    return out


def _none(doc: Document, scores: Scores) -> LegalProcess:
    weak = [f for f in scores.found if f.weight > 0]
    confidence = 0.9 if not weak else 0.7
    return LegalProcess(type="none", court_issued=False, form=None, evidence=[],
                        confidence=confidence)


def _line_bounds(text: str) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        bounds.append((pos, pos + len(line)))
        pos += len(line) + 1
    return bounds


def _line_of(lines: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    lo, hi = 0, len(lines) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if lines[mid][0] <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lines[lo]


def _sentence_around(folded: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (bounded by . ; blank lines, at most 300 chars each way) around a match."""
    left = max(0, start - 300)
    right = min(len(folded), end + 300)
    before = folded[left:start]
    cut = max(before.rfind(". "), before.rfind(".\n"), before.rfind(";"), before.rfind("\n\n"))
    s = left + cut + 1 if cut >= 0 else left
    after = folded[end:right]
    m = re.search(r"\.\s|;|\n\s*\n", after)
    e = end + m.start() if m else right
    return s, e


def _is_caption_line(text: str, lines: list[tuple[int, int]], start: int, end: int) -> bool:
    """A court's name printed as a caption: opening its line, not the wrapped middle of a
    sentence ("... may seek an order from a / United States District Court requiring ...")."""
    ls, le = _line_of(lines, start)
    line = text[ls:le].strip()
    if text[ls:start].strip().lower() not in ("", "in the"):  # "IN THE DISTRICT COURT OF"
        return False
    rest = text[end:le]
    # The court's name beside its docket box, its division ("Superior Court Division"), or North
    # Carolina's "STATE VERSUS: NOVAK, Petra".
    docket = re.fullmatch(r"\s*(?:(?:docket|case|file|cause|index)\s*(?:no\.?|number|#)[^\n]{0,30}"
                          r"|(?:division|department|part|session)\b[^\n]{0,30})", rest, re.IGNORECASE) \
        or re.fullmatch(r"(?i)\s*state\s+versus", text[start:end])
    if not (line.isupper() or _fill(line, end - start) >= 0.7 or docket):
        return False
    previous = text[max(0, ls - 200):ls].rstrip("\n ")
    last_line = previous.rsplit("\n", 1)[-1] if previous and text[ls - 2:ls] != "\n\n" else ""
    return not re.search(r"(?:\b[a-z]+|,)$", last_line)


def _fill(line: str, match_len: int) -> float:
    return match_len / max(1, len(line.strip()))


def _mask_admin_court_words(text: str, folded: str,
                             lines: list[tuple[int, int]]) -> tuple[str, bool]:
    """Folded text with court words of administrative forms blanked out, and whether an
    enforcement clause ("failure to comply ... the District Court may ...") was seen."""
    chars = list(folded)
    enforcement = False

    def blank(s: int, e: int) -> None:
        for i in range(s, e):
            if chars[i] != "\n":
                chars[i] = " "

    for m in ADMIN_COURT_PHRASES.finditer(folded):
        blank(m.start(), m.end())
    for m in COURT_MENTION.finditer(folded):
        if _is_caption_line(text, lines, m.start(), m.end()):
            continue
        s, e = _sentence_around(folded, m.start(), m.end())
        if ENFORCEMENT_WORDS.search(folded, s, e):
            # The whole sentence: "... an order of the United States District Court to compel
            # compliance, and failure to obey may be punished by the court as contempt" is the
            # agency's warning, and its "by the court" is no court's signature.
            blank(s, e)
            if COMPLIANCE_WORDS.search(folded, s, e):
                enforcement = True
    for m in COURT_SIGNATURE.finditer(folded):
        s, e = _sentence_around(folded, m.start(), m.end())
        if COMPLIANCE_WORDS.search(folded, s, e) and not _is_caption_line(text, lines, m.start(), m.end()):
            blank(m.start(), m.end())  # "failure to obey ... may be punished by the court as contempt"
    return "".join(chars), enforcement


def _is_heading(text: str, lines: list[tuple[int, int]], start: int, end: int) -> bool:
    ls, le = _line_of(lines, start)
    written = text[start:end]
    letters = [c for c in written if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return True
    line = text[ls:le]
    if text[ls:start].strip() == "" and _title_line(line):
        return True  # "Search Warrant No. 25-118" opening its line
    return _fill(line, end - start) >= 0.6


def _collect(text: str, folded: str, court_view: str, lines: list[tuple[int, int]]) -> Scores:
    scores = Scores()
    for i, cue in enumerate(CUES):
        court_cue = cue.ptype in COURT_TYPES
        haystack = text if not cue.folded else (court_view if court_cue else folded)
        for m in cue.pattern.finditer(haystack):
            found = _found(cue, i, m, text, folded, lines)
            if found is not None:
                scores.found.append(found)
    for m in SUBPOENA_HEADING.finditer(folded):
        if _title_line(text[m.start():m.end()]) or _caps_lead(text[m.start():m.end()]):
            summons = "summons" in folded[m.start():m.end()] and "subpoena" not in folded[m.start():m.end()]
            for ptype in ("administrative_subpoena",) if summons else ("court_subpoena",
                                                                       "administrative_subpoena"):
                scores.found.append(Found(ptype, "heading", 2, m.start(), m.end(),
                                          label="subpoena-heading"))
    for m in CAPTION_CAPS.finditer(court_view):
        written = text[m.start():m.end()]
        if _all_caps(written) and len(written.strip()) <= 100 and not SENTENCE_WORDS.search(
                folded[m.start():m.end()]) and _is_caption_line(text, lines, m.start(), m.end()):
            scores.court_kinds.add("caption")
            scores.found.append(Found("court", "caption", 0, m.start(), m.end(), label="caption"))
    ag_investigation = AG_INVESTIGATION.search(folded) is not None
    for m in CAPTION.finditer(court_view):
        if _is_caption_line(text, lines, m.start(), m.end()):
            if ag_investigation and PEOPLE_FORMULA.match(folded, m.start()):
                continue  # "THE PEOPLE OF THE STATE OF NEW YORK, TO:" heads an Attorney General's
                # investigative subpoena too: no court's caption
            scores.court_kinds.add("caption")
            scores.found.append(Found("court", "caption", 0, m.start(), _line_of(lines, m.start())[1],
                                      label="caption"))
    for m in PARTIES.finditer(court_view):
        scores.court_kinds.add("caption")
        scores.found.append(Found("court", "caption", 0, m.start(), m.end(), label="parties"))
    for m in COURT_SIGNATURE.finditer(court_view):
        if _in_conditional_sentence(folded, m.start(), m.end()):
            continue
        scores.court_kinds.add("signature")
        scores.found.append(Found("court", "signature", 0, m.start(), m.end(), label="court-sig"))
    # "SUBPOENA TO PRODUCE DOCUMENTS BEFORE THE GRAND JURY" is one heading, a grand jury's: its
    # first words are not also a trial subpoena's heading.
    grand_jury = [(f.start, f.end) for f in scores.found
                  if f.ptype == "grand_jury_subpoena" and f.kind == "heading"]
    scores.found = [f for f in scores.found if not (
        f.ptype in ("court_subpoena", "administrative_subpoena") and f.kind == "heading"
        and any(s <= f.start < e for s, e in grand_jury))]
    return scores


def _found(cue: Cue, index: int, m: re.Match[str], text: str, folded: str,
           lines: list[tuple[int, int]]) -> Found | None:
    label = f"cue{index}"
    form = None
    kind = cue.kind
    weight = cue.weight
    if cue.kind == "form":
        raw = m.group("form").upper().replace(" ", "")
        form = FORM_NAMES.get(raw) or (f"I-{raw}" if raw.startswith("247") else f"AO {raw}")
        issuer = m.groupdict().get("issuer")
        if issuer:
            form = f"{issuer.upper()} {form}"  # as printed: "CBP Form 3115" -> "CBP 3115"
        if not _form_line(text, lines, m.start(), m.end()):
            kind, weight = "mention", _mention_weight(folded, m.start(), m.end())
    elif cue.kind == "heading" and (
            not _is_heading(text, lines, m.start(), m.end())
            or (cue.upper and not _all_caps(text[m.start():m.end()])
                and not _title_line(text[_line_of(lines, m.start())[0]:_line_of(lines, m.start())[1]]))):
        kind, weight = "mention", _mention_weight(folded, m.start(), m.end())
    elif cue.kind == "signature" and _in_conditional_sentence(folded, m.start(), m.end()):
        return None  # "If you require a subpoena issued by the clerk, one will be obtained"
    if weight <= 0:
        return None
    if kind == "mention" and weight >= 3 and cue.ptype in COURT_TYPES \
            and SIGNED_BY_JUDGE.search(folded, *_sentence_around(folded, m.start(), m.end())):
        # "Enclosed is a search warrant signed by the Honorable Rebecca J. Thorsgaard": the cover
        # letter vouches for the process it encloses, even when the scan holds only the letter.
        kind = "heading"
    return Found(cue.ptype, kind, weight, m.start(), m.end(), form=form, label=label,
                 court_only=cue.court_only and kind == "heading")


def _title_line(written: str) -> bool:
    """A line that reads as a title: in capitals, or short, capitalised and not a sentence."""
    line = written.strip()
    if line.isupper():
        return True
    if not line[:1].isupper() or len(line.split()) > 10 or line.endswith((".", ",")):
        return False
    plain = re.sub(r"\([^)]*\)", " ", line)  # "(21 U.S.C. 876)" is part of a title
    return not SENTENCE_WORDS.search(fold(plain))


def _caps_lead(written: str) -> bool:
    """A title in capitals with the next column's words on its line: "SUBPOENA - CRIMINAL STATE
    OF CONNECTICUT Docket No." (a form's boxes side by side)."""
    lead = []
    for word in written.split():
        if any(c.islower() for c in word) and not ORDINAL.fullmatch(word):
            break
        lead.append(word)
    letters = [w for w in lead if any(c.isalpha() for c in w)]
    return len(letters) >= 3 and re.search(r"SUBPOENA|SUMMONS", " ".join(lead)) is not None


def _all_caps(written: str) -> bool:
    written = ORDINAL.sub("", written)  # "6th JUDICIAL CIRCUIT"
    letters = [c for c in written if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _form_line(text: str, lines: list[tuple[int, int]], start: int, end: int) -> bool:
    """A form number printed as a form number (footer, header), not cited in a sentence."""
    ls, le = _line_of(lines, start)
    line = text[ls:le].strip()
    if len(line) <= 60 or re.search(r"\(\s?Rev", text[start:min(le, end + 30)]):
        return True
    return bool(re.match(r"(?:DHS\s+|ICE\s+|CBP\s+)?(?:Form\s+)?$", text[ls:start].strip()))


# Process a letter says it could get, or has not enclosed: "if your agency requires a subpoena issued
# by the clerk, one will be obtained", "no court process is enclosed".
CONDITIONAL = re.compile((r"\b(?:if|unless|whether|would|will\s+be\s+(?:obtained|sought|requested))\b"
                          r"|\bno\s+(?:court\s+)?(?:process|subpoena|warrant|order)\s+(?:is|was|has\s+been)\b")
                         .replace("l", "i"))  # matched on folded text, where "l" reads "i"


def _in_conditional_sentence(folded: str, start: int, end: int) -> bool:
    """Inside a sentence of prose (a line of eight words or more) that is conditional."""
    s, e = _sentence_around(folded, start, end)
    return len(folded[s:e].split()) >= 8 and CONDITIONAL.search(folded, s, e) is not None


def _mention_weight(folded: str, start: int, end: int) -> int:
    """A process named in a sentence: it counts only when the sentence says it is attached."""
    s, e = _sentence_around(folded, start, end)
    sentence = folded[s:e]
    if re.search(r"\b(?:no|not|without|seek(?:ing)?|obtain|apply|will\s+be|if|once|until|pending|draft"
                 r"|prepar(?:e|es|ing))\b", sentence):
        return 0
    return 3 if ATTACHED_WORDS.search(sentence) else 1
