"""About whom: the people whose records are requested, with date of birth and identifiers.

Candidates come from labelled fields ("Name:", "Subject:", "RE:", "Alien's name", Last/First
fields), request phrases ("records pertaining to ..."), list and table rows (surname-first
when the header says so), any line that gives a date of birth; the trained PERSON recogniser
only when those rules find nobody, and then only for a name followed by a date of birth.
Anyone in a signature block, the e-mail headers, or next to an official's title (judge, clerk,
officer, attorney, notary) is left out, as is the requestor; so are organisations (``names``
drops a capitalised run next to "LLC", "Services", "Department of" ...) and businesses after
"d/b/a". Separate last/first/middle fields are joined by ``name_fields``; a licence number in a
table column under a "DL No." header goes to the row's person. Mentions of one person are
merged, keeping the fullest form of the name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from itertools import pairwise

from spacy.tokens import Doc

from requestdesk.document import Document
from requestdesk.extractors.dates import find_dates, parse_compact_date, parse_date
from requestdesk.extractors.evidence import evidence_for
from requestdesk.extractors.identifiers import (
    DL_COLUMN,
    FoundIdentifier,
    find_identifiers,
    licence_in_row,
    redact_ssns,
)
from requestdesk.extractors.name_fields import split_name_fields
from requestdesk.extractors.names import (
    NAME_MONTHS,
    PARTICLES,
    US_STATES,
    accent_count,
    common_words,
    find_names,
    fold,
    given_names,
    looks_like_name,
    name_key,
    normalize_name,
    not_name_words,
    restore_accents,
    state_names_pattern,
    surnames,
)
from requestdesk.extractors.nlp import person_spans
from requestdesk.extractors.signature import EMAIL, TITLE_PREFIX, TextLine, signature_blocks, text_lines
from requestdesk.result import Identifier, Requestor, Subject

_LABEL = (
    r"(?:(?:subject|alien|individual|person|detainee|inmate|defendant|suspect|target|offender|parolee|"
    r"probationer|obligor|recipient|beneficiary|registrant|licensee|"
    r"employee|claimant|applicant|account\s+holder)(?:'s|s)?\s+(?:full\s+|legal\s+)?name"
    r"|name\s+of\s+(?:the\s+)?(?:subject|alien|individual|person|detainee|defendant)"
    r"|full\s+name(?:\s+of\s+(?:alien|subject))?|nombre(?:\s+completo)?|(?:subject\s+)?name"
    r"|(?:subject|individual|person|target|detainee|defendant|suspect)(?:\s*(?:#\s*)?\d{1,2})?|subjects?\(s\)"
    r"|fugitive|wanted\s+person|missing\s+person"
    r"|re|regarding|in\s+re|in\s+reference\s+to|in\s+the\s+matter\s+of|reference|ref|alien)"
    r"(?:\s*\((?:last|surname|family|apellido)[^)]*\))?"
)
LABELLED = re.compile(rf"(?:^|\s{{2,}}|\t|\|)\s*{_LABEL}\s*[:#]\s*(?P<value>.+)$",
                      re.IGNORECASE | re.MULTILINE)
LAST_FIELD = re.compile(r"\b(?:last|family|sur)\s*name\s*[:#]?\s*([^\W\d_][\w'’ -]*?)"
                        r"(?=\s{2,}|\s*(?:first|given)\b|\s*,|$)", re.IGNORECASE | re.MULTILINE)
FIRST_FIELD = re.compile(r"\b(?:first|given)(?:\s*names?|\s*(?:/|&|and)\s*middle(?:\s*names?)?)\s*[:#]?"
                         r"\s*([^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*)?)"
                         r"(?=\s{2,}|\s*(?:middle|last|dob|date)\b|\s*,|$)",
                         re.IGNORECASE | re.MULTILINE)
MIDDLE_FIELD = re.compile(r"\bmiddle\s*(?:name|initial)?\s*[:#]\s*([^\W\d_][\w'’.-]*)?",
                          re.IGNORECASE)
_ROLE_NOUN = (r"(?:the\s+)?(?:defendant|subject|individual|suspect|person|alien|employee|"
              r"claimant|detainee|inmate|target|respondent|applicant|driver|owner)s?")
CUE = re.compile(
    r"\b(?:pertaining|relating|related|regarding|concerning|about|on|for|of|re)"
    r"(?:\s+to\s*:\s*|\s*:\s*|\s+(?:to\s+)?)"
    r"(?:the\s+following\s+(?:individuals?|persons?|people|subjects?)[:,]?\s*)?"
    rf"(?:{_ROLE_NOUN}[,:]?\s+)?"
    r"|\b(?:named|identified\s+as|known\s+as|by\s+the\s+name\s+of|whereabouts\s+of|locate|"
    r"associated\s+with|in\s+the\s+name\s+of|registered\s+to|belonging\s+to|issued\s+to|"
    r"held\s+by|account\s+of|"
    r"locating|subject|individual|person|believe\s+that|determined\s+that|"
    r"(?:people|state|united\s+states|commonwealth)\s+v\.?|vs\.?)\s+"
    r"|\(name\s+of\s+(?:the\s+)?person\s+to\s+be\s+arrested\)\s*"  # AO 442
    r"|\b(?:using|uses|goes\s+by|went\s+by)\s+the\s+names?\s+[\"“]?",  # true name unknown
    re.IGNORECASE,
)
# A table header with a name column and a birth date or number column: "Name  DOB  A#  Notes".
NAME_HEADER = re.compile(
    r"^\W{0,3}(?:#|No\.?)?\s*\|?\s*(?:full\s+|subject\s+|claimant\s+)?name\b.{0,40}?"
    r"\b(?:D\.?O\.?B\.?|date\s+of\s+birth|birth\s*date|A[#-]|A-?number|SSN)", re.IGNORECASE)
_ROW_LEAD = re.compile(r"\s*(?:\d{1,2}\s*[.)|]?\s*)?\|?\s*")
LAST_FIRST_HEADER = re.compile(
    r"\b(?:last|family|sur)\s*(?:name)?[\s,/|‘'’\"-]+(?:first|given)\s*(?:name)?\b", re.IGNORECASE
)
CAPTION_BELOW = re.compile(
    r"^\s*[^\w\s(]{0,2}\s*\((?:full\s+|complete\s+)?name\s+of\s+(?:the\s+)?(?:alien|subject|person|individual|"
    r"detainee|respondent|defendant)\b[^)\n]*\)",
    re.IGNORECASE | re.MULTILINE,
)
DEFENDANT_BELOW = re.compile(r"^\s*(?:Defendants?|Respondents?|Accused)\s*[.,]?\s*$", re.MULTILINE)
NAME_ITEM = re.compile(r"^[ \t]*(?:\(\d{1,2}\)|\d{1,2}[.)])[ \t]+(?P<name>[^\n\d]{4,60}?)[ \t]*$",
                       re.MULTILINE)
# ... or a line that is only "SOKOLOV, Dmitri Aleksandrovich", an alias line between it and its DOB.
NAME_LINE = re.compile(r"^[ \t]*(?P<name>[A-ZÀ-Þ][A-ZÀ-Þ'’ -]+,[ \t]*[A-ZÀ-Þ][^\n\d,:;]{2,40}?)[ \t]*$",
                       re.MULTILINE)
ALIAS_BEFORE = re.compile(
    r"(?i:\b(?:a/k/a|a\.k\.a\.?|aka|alias|also known as|f/k/a|f\.k\.a\.?|n/k/a|née|nee|born|formerly))"
    r"[^\w\n]*\Z")
# "Aliases: Victor RAMOS; Luis VEGA": every name after the label on its line is an alias.
ALIAS_LABEL = re.compile(r"(?i:\b(?:aliases|a/k/a|aka|also known as)\b\s*:)")
# A table whose header has an alias column: names under it are aliases.
ALIAS_COLUMN = re.compile(r"(?i:\b(?:alias(?:es)?|aka|a/k/a)\b)")
COUNSEL_BEFORE = re.compile(
    r"(?i:\b(?:counsel|attorneys?|lawyers?)\s+(?:of\s+record\s+)?for\s+(?:the\s+)?"
    r"(?:defendants?|plaintiffs?|respondents?|petitioners?|claimants?|defense|state|people)),?\s*\Z")
CASE_PARTY_AFTER = re.compile(r"[ \t]+v(?:s)?\.[ \t]+[A-Z]")
CIVIL_ACTION = re.compile(r"(?i)\bcivil\s+action\b|\bin\s+a\s+civil\s+(?:case|matter)\b"
                          r"|\bcase\s+no\.?\s*:?\s*(?:\d:)?\d{2,4}-?cv-?\d")  # "24CV03817", "1:24-cv-02871"
# "Xaawo Cali Maxamed (Hawo Ali Mohamed)": a second spelling in brackets right after a name.
SPELLING_AFTER_NAME = re.compile(r"[^\W\d_]{2,}[ \t]*\([ \t]*\Z")
# "Jorge Ruiz d/b/a Ruiz Lawn Care": the name after it is a business.
BUSINESS_BEFORE = re.compile(r"(?i:\b(?:d/b/a|dba|doing business as|t/a|trading as))\W*$")
LIST_JOIN = re.compile(
    r"\s*(?:\([^)]{0,60}\))?\s*(?:,\s*(?:and|&)?|;|and|&)\s*"
    # "... and his wife Carmen Ortiz": a relative or associate named next
    r"(?:(?:his|her|their|the)\s+(?:wife|husband|spouse|son|daughter|brother|sister|mother|"
    r"father|partner|girlfriend|boyfriend|associate|co-?defendant|roommate)s?,?\s+)?",
    re.IGNORECASE,
)
REQUEST_WORDS = re.compile(
    r"(?i)\b(?:request(?:s|ing|ed)?|provide|send|furnish|produce|records?|information|"
    r"address|photo(?:graph)?s?|claims?|wages?|file)\b"
)
# A fax machine's transmission line: "ICE ERO DENVER FAX 2025-06-09 P.001/001".
FAX_HEADER = re.compile(r"^.*\bP\.?\s?\d{3}\s?/\s?\d{3}\b.*$", re.MULTILINE)
LIST_INTRO = re.compile(
    r"\b(?:following|these|below|listed)\s+(?:\w+\s+)?(?:individuals?|persons?|people|subjects?|"
    r"names?|aliens?|detainees?|employees?|claimants?)\b|\bsubjects?\s*:\s*$"
    r"|\b(?:individuals?|persons?|people|subjects?|aliens?|defendants?)\s+(?:\w+\s+)?"
    r"(?:listed|named|identified)\s+below\b",
    re.IGNORECASE,
)
_BELOW = re.compile(r"(?i)\bbelow\b")
DOB_LABEL = re.compile(
    r"\b(?:D[O0]B|D\.\s?[O0]\.\s?B\.?|date\s+of\s+birth|birth\s*date|born(?:\s+on)?|"
    r"fecha\s+de\s+nacimiento|f\.?\s*nac\.?|nacid[oa](?:\s+el)?)\s*[:.#-]?\s*",
    re.IGNORECASE,
)
ROLE_BEFORE = re.compile(
    r"(?i:judge|magistrate|hon\.?|honorable|justice|clerk|notary|attorney|counsel|esq\.?|"
    r"agent|officer|detective|det\.|sgt\.?|sergeant|deputy|trooper|inspector|investigator|"
    r"director|supervisor|lieutenant|lt\.|captain|chief|sheriff|marshal|analyst|ausa|tfo|"
    r"dear|attn:?|attention:?|by:|signed|/s/|s/|signature|witness|affiant|"
    r"sworn|prepared by|contact|requested by|submitted by|custodian|requesting|"
    r"commander|corporal|specialist|prosecutor|foreperson|request\s+of|in\s+the\s+presence\s+of)\W*$"
)
# A victim is named in the crime's description, not asked about: "the death of Deshawn Ellis".
VICTIM_BEFORE = re.compile(
    r"(?i:\b(?:death|murder|homicide|killing|shooting|stabbing|rape|kidnapping|abduction|"
    r"disappearance|assault|robbery)\s+(?:of|on|upon)|(?:upon|against)\s+the\s+person\s+of|personal\s+property\s+of|"
    r"real\s+estate\s+of|"  # a burglary's "break and enter the real estate of ..."
    r"\bvictims?(?:'s)?(?:\s+(?:is|was|named))?|"
    r"\bvictimi[sz]ed|\bwitness(?:es)?(?:\s+(?:is|was|named))?|"
    # People around the case, named by their role: "A witness, Ms. Crystal Vance, told us".
    r"\b(?:landlord|landlady|neighbou?r|complainant|reporting\s+party|roommate|co-?worker)"
    # A relative named by whose relative they are: "Gaines's mother, Gloria Gaines, told patrol".
    r"|(?:'s|’s|\bhis|\bher|\btheir)\s+(?:mother|father|sister|brother|aunt|uncle|cousin|grandmother"
    r"|grandfather|girlfriend|boyfriend|neighbou?r|employer|landlord)"
    r"(?:\s+(?:is|was|named))?)\W*(?:(?:Mr|Ms|Mrs|Miss|Dr)\.?\s*)?$"
)
# A place, not a person: "near Santa Teresa, New Mexico".
PLACE_AFTER = re.compile(
    r"^,?\s*(?:" + state_names_pattern() + r"|Mexico|Guatemala|Honduras|El\s+Salvador)\b"
    r"|^,\s*[A-Z]{2}\s+\d{5}\b"  # "Lindell Grove, IL 60068": a town in an address
)
# "Northern District of Ohio" at a line's end, a name on the next line: the state is not part of it.
STATE_LINE_END = re.compile(r"^(?:" + state_names_pattern() + r")[ \t]*\n")
ROLE_AFTER = re.compile(
    r"^\W{0,3}(?i:(?:supervisory |senior |assistant |deputy )?(?:special agent|deportation officer|"
    r"officer|detective|agent|judge|magistrate|clerk|attorney|esq|notary|sergeant|investigator|"
    r"inspector|trooper|director|supervisor|analyst|ausa|custodian|u\.s\. magistrate|"
    r"(?:united states |u\.s\. )?marshal|sheriff|chief of police|(?:united states|u\.s\.) attorney))\b"
)
ROLE_LINE = re.compile(
    r"(?i:signature|printed name|name and title|judge|magistrate|clerk of|notary|subscribed|"
    r"sworn|issuing officer|immigration officer|requesting officer|case agent|special agent|"
    r"deportation officer|officer's|attorney for|prepared by|approved by|reviewed by|"
    r"point of contact|contact:|requested by|attn)"
)
_HEADER_LINE = re.compile(r"^(?:from|to|cc|bcc|sent|date)\s*:", re.IGNORECASE)


@dataclass
class _Candidate:
    name: str
    start: int
    end: int
    source: str
    ocr: bool = False  # read by OCR: a text-layer mention of the same name spells it better
    inverted: bool = False  # written "LAST, First": the comma fixes where the name starts
    negated: bool = False  # the letter says this mention is not a subject ("She is not a subject")
    dob: str | None = None
    ids: list[FoundIdentifier] = field(default_factory=list)


def last_first_row(row: str) -> tuple[str, int, int] | None:
    """A table row under a "Last Name  First Name" header: surname first, with or without a
    comma or capitals ("Ivanova Dmitri 12/21/1999" → "Dmitri Ivanova")."""
    # OCR debris or a slash between the columns ("HOANG : Minh Van", "BOGDANOVIĆ / Milan"),
    # blanked to keep offsets.
    row = re.sub(r"(?<=\s)[:|~—–=«»\[\]/]+(?=\s|$)", lambda d: " " * len(d.group(0)), row)
    # A birth surname between the columns: "CHOI (née KANG) Seo-yeon".
    row = re.sub(r"(?i)\((?:née|nee|born|formerly)\s+[^)\n]{1,30}\)", lambda d: " " * len(d.group(0)), row)
    m = re.match(r"\s*(?:\d+[.)]\s*)?", row)
    start = m.end() if m else 0
    found = find_names(row[start:], start)
    if not found or found[0][1] > start + 2:
        return None
    norm, s, e = found[0]
    raw = row[s:e]
    if "," in raw or any(w.isupper() and len(w) > 1 for w in raw.split()):
        return norm, s, e  # the capitals or the comma already say which part is the surname
    words = raw.split()
    surname = 1
    while surname < len(words) - 1 and words[surname - 1].lower() in PARTICLES:
        surname += 1
    given, family = given_names(), surnames()
    while (surname < len(words) - 1 and fold(words[surname]) in family
           and fold(words[surname]) not in given):
        surname += 1  # "Ortiz Castillo Inés": a second known surname before the given name
    name = normalize_name(" ".join(words[:surname]) + ", " + " ".join(words[surname:]))
    return (name, s, e) if name else None


def _in_tag(text: str, at: int) -> bool:
    """Inside a mail system's bracketed tag on its line: "[EXTERNAL]", "[LE Portal]"."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    return text.rfind("[", line_start, at) > text.rfind("]", line_start, at) and "]" in text[at:line_end]


_CASE_NUMBER_AFTER = re.compile(r"[ \t]+\d{2,4}-\d{3,}(?![\d-])")  # "ASP CID 2025-0451": a case reference
_AGENCY_AFTER = re.compile(
    r"[ \t]+(?:Police|Sheriff'?s?|Sheriff’s|Fire)[ \t]+(?:Department|Dept\.?|Office)\b")


def _acronyms(raw: str) -> bool:
    """"ODJFS UC": capitals no name list knows, one of them too short or vowelless for a name."""
    words = raw.split()
    if "," in raw or not all(w.isupper() and len(w) <= 5 and fold(w) not in given_names()
                             and fold(w) not in surnames() for w in words):
        return False
    return any(len(w) <= 2 or not re.search(r"[AEIOUY]", w) for w in words)


def _is_official(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[max(0, start - 40):start].split("\n\n")[-1]
    after = text[end:min(line_end, end + 40)]
    if ROLE_BEFORE.search(before.rstrip()) or ROLE_AFTER.search(after):
        return True
    line = text[line_start:line_end]
    if _HEADER_LINE.match(line):
        return True
    # A lone name whose next line is an official title (a signature without a closing).
    if line.strip() == text[start:end].strip():
        nxt_end = text.find("\n", line_end + 1)
        nxt = text[line_end + 1:nxt_end if nxt_end > 0 else len(text)]
        if ROLE_AFTER.search(nxt.strip()) or ROLE_LINE.search(nxt):
            return True
        prev_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
        prev = text[prev_start:max(line_start - 1, 0)]
        if re.search(r"(?i)\b(judge|magistrate|clerk|notary|signature)\b", prev):
            return True
    return bool(ROLE_LINE.search(before)) or _in_officers_section(text, line_start)


# A form's section of officers: "--- SUPERVISOR / APPROVING OFFICIAL ---", "REQUESTING AGENCY".
_OFFICERS_HEADING = re.compile(
    r"\b(?:REQUEST(?:ING|ER|OR)|SUPERVISOR|APPROV|OFFICIAL|OFFICER|INVESTIGATOR|AGENT|AGENCY"
    r"|CONTACT(?!\s+(?:FORM|US)\b)"  # "ONLINE CONTACT FORM" heads the whole form
    r"|SUBMITTED\s+BY|PREPARED\s+BY)")
_SUBJECTS_HEADING = re.compile(r"SUBJECT|PERSON|INDIVIDUAL|DEFENDANT|SUSPECT|RECORDS?\s+OF|CLAIMANT"
                               r"|EMPLOYEE|TARGET|ALIEN")


_MARKING = re.compile(r"OFFICIAL\s+USE|LAW\s+ENFORCEMENT\s+SENSITIVE|UNCLASSIFIED|CONFIDENTIAL")


def _in_officers_section(text: str, line_start: int) -> bool:
    """Under a heading in capitals that names officers, with no other heading between."""
    at = line_start
    for _ in range(6):
        if at <= 0:
            return False
        prev_start = text.rfind("\n", 0, at - 1) + 1
        line = text[prev_start:at - 1].strip(" \t-=*#_:")
        at = prev_start
        if not line or ":" in line:
            continue  # a form's "Phone: ..." rows inside the section
        if _MARKING.search(line):
            continue  # "FOR OFFICIAL USE ONLY" marks the page, it heads no section
        if len(line) > 60 and re.search(r"[a-z]{3} [a-z]{3}", line):
            return False  # prose: the letter's body, not a form's section
        if re.search(r"(?i)\bname\b", line) and DOB_LABEL.search(line):
            return False  # a table's column headings ("Name  DOB  DL/ID"): the people's table
        if line.isupper() and len(line) <= 60:
            return bool(_OFFICERS_HEADING.search(line)) and not _SUBJECTS_HEADING.search(line)
    return False


def _dob_after(text: str, start: int, limit: int) -> tuple[str | None, int]:
    """A date of birth after ``start`` and before ``limit``: a labelled one first."""
    window = text[start:limit]
    m = DOB_LABEL.search(window)
    if m:
        value = text[start + m.end():start + m.end() + 40]  # a date the window's end cuts in two
        dob = parse_date(value, ocr=True) or parse_compact_date(value)
        if dob:
            return dob, start + m.end()
    return None, -1


def _unlabelled_date(text: str, start: int, limit: int) -> str | None:
    """First date on the same row, for tables ("GARCIA, Juan   03/14/1987   A123...")."""
    window = text[start:limit]
    for d in find_dates(window):
        before = window[max(0, d.start - 25):d.start]
        if re.search(r"(?i)(arrest|issued|expir|dated|entry|entered|event|date\s*:|on\s*$|"
                     r"\b(?:from|since|between|through|after|before|beginning)\s*$)", before):
            continue
        return d.iso
    return None


_STATE_NAMES = frozenset(fold(s) for s in US_STATES)
_PLACE_LABEL = re.compile(
    r"\s*(?:place|location|address|court|courtroom|venue|date\s+and\s+time)\b[^:\n]{0,20}:", re.IGNORECASE)
# The row goes on with a date or a number.
_ROW_REST = re.compile(r"[ \t]+(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d)")
_OPEN_PROSE = re.compile(r"\b(?:as|of|the|and|or|to|for|with|at|on|in|by|from|a|an)[ \t]*$")


def _wrapped_word(text: str, end: int, name: str) -> str | None:
    """The word alone on the line under a table row whose name cell ends at ``end``: the end
    of ``name`` too long for its cell. An alias opened in parentheses may follow it."""
    line_end = text.find("\n", end)
    if line_end < 0 or not _ROW_REST.match(text[end:line_end]):
        return None
    if _OPEN_PROSE.search(text[end:line_end]):
        return None  # "... same bank account as" / "Sutter": the notes column runs on, not the name
    following = text[line_end + 1:line_end + 80]
    gap = following.startswith("\n")  # OCR may put a blank line between a row and its wrapped cell
    below = following[gap:].split("\n", 1)[0]
    if re.search(r"\d" if gap else r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d\d-\d\d\b", below):
        return None  # the next row: it has its own date (past a blank line, any number)
    below = re.sub(r"(?:[ \t]+[:;.,'’|_-]+)+[ \t]*$", "", below.split("(", 1)[0]).strip()  # "Manuel : . ;"
    beside = _BESIDE_ANOTHER_COLUMN.match(below)
    if beside and fold(beside[1]) not in common_words():
        below = beside[1]  # "Wesner photo, registered": the records column wraps on the same line
    if not _NAME_WORD.fullmatch(below) or len(below) > 28 or not below[:1].isupper():
        return None
    if fold(below) in not_name_words() - NAME_MONTHS:
        return None  # "Jan" alone on its line is a given name, not a date
    if fold(below) in fold(name).split():
        return None  # already in the name (a wrapped cell read by another rule)
    return below


_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# The wrapped name beside another column's wrapped text: "Wesner photo, registered", "Ann 2024-2026,
# address", "Farah Processing LLC".
_BESIDE_ANOTHER_COLUMN = re.compile(
    r"([A-ZÀ-Þ][^\W\d_'’-]*)[ \t]+(?:[a-z][a-z,]*(?:[ \t]+[a-z][a-z,]*)*|\d[^\n]*"
    r"|[^\n]*\b(?:LLC|L\.L\.C\.|Inc\.?|Corp\.?|Co\.|Ltd\.?|Company))$")


def _wrapped_given_name(text: str, name: str, start: int, end: int) -> str:
    """A cell too narrow for "KRAWCZYK, Zbigniew Jan" or "NÚÑEZ DE ARCO, Joaquín Esteban": the
    last given name wraps to a line of its own under the row."""
    word = _wrapped_word(text, end, name)
    if word is None or (word.isupper() and not name.isupper()):
        return name
    tokens = name.split()
    at = len(text[start:end].split(",", 1)[1].split())  # the given names lead "First Last"
    return " ".join([*tokens[:at], word.title() if word.isupper() else word, *tokens[at:]])


def _wrapped_last_word(text: str, name: str, start: int, end: int) -> str:
    """A name written in text order in a narrow cell ("NGUYỄN THỊ THU" / "HÀ", "Faadumo
    Axmed" / "Warsame"): its last word wraps to a line of its own under the row."""
    word = _wrapped_word(text, end, name)
    if word is None or (text[start:end].isupper() and not word.isupper()):
        return name  # a surname in capitals may wrap under a name in mixed case
    return f"{name} {word.title() if word.isupper() and not name.isupper() else word}"


_LINE_END_WORD = re.compile(r"[a-z,;:][ \t]+([A-ZÀ-Þ][A-ZÀ-Þ'’-]+)[ \t]*\n[ \t]*\Z")


def _wrapped_first_word(text: str, name: str, start: int, end: int) -> tuple[str, int]:
    """A name in capitals wrapped in prose: "... naming as employee, LIAM" / "PATRICK O'SHEA and
    ...": the first given name ends the line above."""
    if not text[start:end].isupper():
        return name, start
    m = _LINE_END_WORD.search(text, max(0, start - 80), start)
    if m is None or m.end() != start or fold(m.group(1)) in not_name_words():
        return name, start
    return f"{m.group(1).title()} {name}", m.start(1)


_REST_OF_SURNAME = re.compile(r"[ \t]*([^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*)?),[ \t]*"
                              r"([^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,2})[ \t]*$",
                              re.MULTILINE)


def _wrapped_surname(text: str, name: str, start: int, end: int) -> str:
    """A compound surname cut after its particle in a narrow cell: "GUTIERREZ DE LA" in the
    row, "TORRE, Luz Marina" on the line under it."""
    if fold(name.split()[-1]) not in PARTICLES:
        return name
    line_end = text.find("\n", end)
    if line_end < 0 or not _ROW_REST.match(text[end:line_end]):
        return name
    below = _REST_OF_SURNAME.match(text, line_end + 1)
    if below is None:
        return name
    whole = normalize_name(f"{text[start:end]} {below.group(1)}, {below.group(2)}")
    return whole or name


_SURNAME_CELL = re.compile(r"\s*(?:\d{1,2}\s*[|.)]?\s*)?\|?\s*"
                           r"(?P<surname>[^\W\d_][\w'’-]*(?:[ \t][^\W\d_][\w'’-]*)?),[ \t]+\d")
_GIVEN_LINE = re.compile(r"\s*([^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,2})\s*$")


_CUT_SURNAME_CELL = re.compile(r"\s*(?:\d{1,2}\s*[|.)]?\s*)?\|?\s*"
                               r"(?P<surname>[A-ZÀ-Þ][A-ZÀ-Þ'’-]{2,})[ \t]+\d")
_SURNAME_TAIL = re.compile(r"\s*(?P<tail>[A-ZÀ-Þ]{1,4}),[ \t]*(?P<given>[A-ZÀ-Þ][\w'’-]*"
                           r"(?:[ \t]+[A-ZÀ-Þ][\w'’-]*){0,2})")


def surname_row(row: str, below: str) -> tuple[str, int, int] | None:
    """A table row whose name cell holds only "OKONKWO-BRIGGS," (then the date of birth), the
    given names wrapped onto the line under it: ("Chinwe Adaeze Okonkwo-Briggs", where the
    surname starts in the row); or a surname cut inside its last word, "SANCHEZ-IBARR" over
    "A, Omar"."""
    cut, tail = _CUT_SURNAME_CELL.match(row), _SURNAME_TAIL.match(below)
    if cut and tail and not re.search(r"\d", below) and fold(cut["surname"]) not in not_name_words():
        name = normalize_name(f"{cut['surname']}{tail['tail']}, {tail['given']}")
        return (name, cut.start("surname"), cut.end("surname")) \
            if name and looks_like_name(name) else None
    m = _SURNAME_CELL.match(row)
    given = _GIVEN_LINE.match(below)
    if m is None or given is None or not given.group(1)[:1].isupper():
        return None
    name = normalize_name(f"{m['surname']}, {given.group(1)}")
    return (name, m.start("surname"), m.end("surname") + 1) \
        if name and looks_like_name(name) else None


def _inside_wrapped_brackets(text: str, at: int) -> bool:
    """Inside brackets opened on the line above: a second spelling under a table row
    ("Faadumo Axmed (Fadumo" / "Ahmed Warsame)"), not another person."""
    line_start = text.rfind("\n", 0, at) + 1
    above = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    region = text[above:at]
    return "\n" in region and region.count("(") > region.count(")") \
        and text[line_start:at].count("(") == 0


def _alias_by_layout(text: str, at: int) -> bool:
    """After an "Aliases:" label on the same line, or under an "ALIAS" column header."""
    line_start = text.rfind("\n", 0, at) + 1
    if ALIAS_LABEL.search(text[line_start:at]):
        return True
    column = at - line_start
    if column < 8:
        return False
    above = text[max(0, line_start - 800):line_start].split("\n")[-8:]
    for header in reversed(above):
        m = ALIAS_COLUMN.search(header)
        if m and re.search(r"(?i)\bname\b", header[:m.start()]):
            return column >= m.start() - 2
    return False


def _candidates(
    doc: Document, parsed: Doc, exclude: list[tuple[int, int]], use_model: bool = True
) -> list[_Candidate]:
    text = doc.text
    found: list[_Candidate] = []

    # Role words the pipeline marked (judge, clerk, officer ...): a name right after one is an
    # official's, as in "Magistrate Judge Elena Park" or "Deputy Clerk J. Colwell".
    role_ends = [span.end_char for span in parsed.spans.get("roles", [])]
    civil = bool(CIVIL_ACTION.search(text))

    def add(name: str, s: int, e: int, source: str) -> None:
        if any(a <= s < b for a, b in exclude) or _is_official(text, s, e):
            return
        if fold(name) in _STATE_NAMES:
            return  # "came the State of West Virginia, by ...": the prosecution, not a person
        if _AGENCY_AFTER.match(text, e):
            return  # "Metropolitan Nashville Police Department"
        ranked = TITLE_PREFIX.match(text, s, e)
        if ranked and ranked.group(1).rstrip(".") != "DO":
            return  # "PO Kimberly Ashworth": an officer read with her rank ("DO" may be a surname)
        if any(0 <= s - end <= 3 and not text[end:s].strip(" .") for end in role_ends):
            return
        if BUSINESS_BEFORE.search(text[max(0, s - 25):s]):
            return
        if ALIAS_BEFORE.search(text[max(0, s - 20):s]) or _alias_by_layout(text, s) \
                or _inside_wrapped_brackets(text, s) or SPELLING_AFTER_NAME.search(text[:s]):
            return  # an alias of someone already named, not another person
        if VICTIM_BEFORE.search(text[max(0, s - 30):s]) or PLACE_AFTER.match(text[e:e + 30]):
            return
        if COUNSEL_BEFORE.search(text[max(0, s - 50):s]):
            return  # "served a copy on counsel for Defendants, Eric D. Wainwright"
        if source != "caption" and CASE_PARTY_AFTER.match(text, e):
            return  # "Re: Martínez Soto v. Van der Berg Holdings": a case's name, not a person
        if source == "caption" and civil:
            return  # the parties of a civil case: the records asked for are named elsewhere
        state = STATE_LINE_END.match(text[s:e])
        if state and len(name.split()) > 2:
            s, name = s + state.end(), " ".join(name.split()[1:])
            if _is_official(text, s, e):
                return
        ocr = doc.locate(s, e)[2] is not None
        inverted = "," in text[s:e]
        if inverted:
            name = _wrapped_given_name(text, name, s, e)
        else:
            name = _wrapped_surname(text, _wrapped_last_word(text, name, s, e), s, e)
            name, s = _wrapped_first_word(text, name, s, e)
        found.append(_Candidate(name, s, e, source, ocr, inverted=inverted))

    for m in LABELLED.finditer(text):
        value = m.group("value")
        vs = m.start("value")
        if value.rstrip().endswith(","):  # "Subject: ... - MEJÍA CÁCERES,\nKevin Josué"
            nl = text.find("\n", m.end() + 1)
            value = text[vs:nl if nl >= 0 else len(text)].replace("\n", " ")
        # Stop at the next field on the same line ("  DOB:", "  A#:", " Courtroom: 5F" once OCR
        # has closed the gap).
        cut = re.search(r"\s{2,}\w[\w .']*:|\s+[A-Z][a-z][\w'/#-]*:|\s+(?i:dob|d\.o\.b|date of birth|born)\b",
                        value)
        frag = value[:cut.start()] if cut else value
        if re.search(r"(?i)\((?:last|surname|family|apellido)", m.group(0)) and "," not in frag:
            # "Name (Last, First, Middle): Stavropoulos Eleni Maria": surname first, no comma.
            row = last_first_row(frag)
            if row:
                add(row[0], vs + row[1], vs + row[2], "label")
                continue
        subject_line = re.match(r"\s*subject\s*:", m.group(0), re.IGNORECASE) is not None
        for name, s, e in find_names(frag, vs):
            if subject_line and (_in_tag(text, s) or _acronyms(text[s:e])
                                 or _CASE_NUMBER_AFTER.match(text, e)):
                continue  # "Subject: [LE Portal] ...", "Court order - ODJFS UC records"
            add(name, s, e, "label")
    for m in LAST_FIELD.finditer(text):
        tail = text[m.end():m.end() + 160]
        # The nearest first-name field: with two people in one form, the other one's is near too.
        firsts = list(FIRST_FIELD.finditer(text, max(0, m.start() - 160), m.end() + 160))
        if not firsts:
            continue
        first = min(firsts, key=lambda f: abs(f.start() - m.start()))
        middle = None if "middle" in first.group(0).lower() else MIDDLE_FIELD.search(tail)
        parts = [first.group(1), middle.group(1) if middle and middle.group(1) else "",
                 m.group(1)]
        raw = " ".join(p.strip() for p in parts if p and p.strip())
        norm = normalize_name(raw)
        if norm and looks_like_name(raw):
            add(norm, min(m.start(1), first.start(1)), max(m.end(1), first.end(1)), "fields")
    for name, s, e in split_name_fields(text):
        add(name, s, e, "fields")
    # A criminal case caption: the defendant's name over "Defendant." is the subject.
    for m in DEFENDANT_BELOW.finditer(text):
        # The caption's lines between "v." and "Defendants." ("ROSA MARIA CHAVEZ MONTOYA and
        # TOMAS\nCHAVEZ,"): up to three lines, read as one.
        start = m.start()
        for _ in range(3):
            prev_start = text.rfind("\n", 0, max(start - 1, 0)) + 1
            prev = text[prev_start:max(start - 1, prev_start)].strip()
            if not prev or re.fullmatch(r"(?i)v[s.]?\.?|versus|ve|plaintiffs?,?", prev):
                break
            start = prev_start
        caption = text[start:m.start()].replace("\n", " ")
        for name, s, e in find_names(caption, start):
            add(name, s, e, "caption")
    for m in CAPTION_BELOW.finditer(text):
        prev_end = m.start() - 1
        prev_start = text.rfind("\n", 0, max(prev_end, 0)) + 1
        for name, s, e in find_names(text[prev_start:prev_end], prev_start)[:1]:
            add(name, s, e, "caption")
    for m in CUE.finditer(text):
        if m.group(0).strip().isupper():
            continue  # headings and captions in capitals ("COUNTY OF EL PASO")
        # A name may wrap onto the next line; a blank line ends it.
        frag = text[m.end():m.end() + 160].split("\n\n")[0].replace("\n", " ")
        names = find_names(frag, m.end())
        if not names or names[0][1] != m.end():
            continue
        add(*names[0], "cue")
        # "for Juan Perez (DOB 1/1/1980) and Maria Perez": the people listed after the first.
        for prev, nxt in pairwise(names):
            between = text[prev[2]:nxt[1]].replace("\n", " ")
            if not LIST_JOIN.fullmatch(between):
                break
            add(*nxt, "cue")
    lines = text_lines(text)
    for i, line in enumerate(lines):
        if LAST_FIRST_HEADER.search(line.text):
            for row in lines[i + 1:i + 40]:
                if not row.text.strip():
                    continue
                parsed_row = last_first_row(row.text)
                if parsed_row is None:
                    if len(row.text.split()) > 12:
                        break
                    continue
                add(parsed_row[0], row.start + parsed_row[1], row.start + parsed_row[2], "table")
        if NAME_HEADER.search(line.text):
            for row in lines[i + 1:i + 16]:
                if len(row.text.split()) > 14:
                    break  # prose again: the table has ended
                lead = _ROW_LEAD.match(row.text)
                names = find_names(row.text, row.start)
                if names and lead and names[0][1] - row.start <= lead.end():
                    add(*names[0], "table")
        if LIST_INTRO.search(line.text):
            in_intro = bool(_BELOW.search(line.text)) and not line.text.rstrip().endswith(":")
            for row in lines[i + 1:i + 40]:
                if not row.text.strip():
                    in_intro = False
                    continue
                if not re.match(r"\s*(?:\d+[.)]|[-•*·o]|\(?[a-z]\))?\s*[^\W\d_]", row.text):
                    break
                names = find_names(row.text, row.start)
                if in_intro and not names:
                    in_intro = False  # one line at most: "... listed below. This / information is ..."
                    continue
                in_intro = False
                if _PROSE_RUN.search(row.text) and not (names and names[0][1] - row.start <= 8):
                    break  # prose after the list: "We believe both worked for ... (owner Gary Pettibone)"
                if not names:
                    continue
                add(*names[0], "list")
        if DOB_LABEL.search(line.text) or find_dates(line.text):
            wrapped = surname_row(line.text, lines[i + 1].text) if i + 1 < len(lines) else None
            if wrapped:
                # The span ends with the row's surname cell, so the row's date is found after it.
                add(wrapped[0], line.start + wrapped[1], line.start + wrapped[2], "table")
                continue
            if _PLACE_LABEL.match(line.text):
                continue  # "Place: Joseph C. O'Mahoney Federal Center  Date and Time: ..."
            for name, s, e in find_names(line.text, line.start)[:1]:
                if DOB_LABEL.search(line.text) or s - line.start < 12:
                    add(name, s, e, "dob-line")
    # A name right before a date-of-birth label, even wrapped over a line end
    # ("...; Inés Isabel\nMuñoz, date of birth 09.12.1978").
    flat = text.replace("\n", " ")
    # ... or before a bare date in brackets: "Carmen Ortiz de Benitez (2/2/82)".
    bracketed = [d.start for d in find_dates(text)
                 if text[max(0, d.start - 3):d.start].rstrip(" ").endswith("(")]
    starts = [m.start() for m in DOB_LABEL.finditer(text)]
    for at in sorted(set(starts) | {text.rfind("(", 0, b) for b in bracketed}):
        window_start = max(0, at - 70)
        window = flat[window_start:at]
        names = find_names(window, window_start)
        if names and at - names[-1][2] <= 3 and flat[names[-1][2]:at].strip(" ,(-–—") == "":
            add(*names[-1], "dob-follow")
    # A list item that is only a name, its date of birth a few lines down:
    # "(3) HỒ, Quang Minh / (listed on the policy as ...) / DOB: 12/30/2001".
    for m in [*NAME_ITEM.finditer(text), *NAME_LINE.finditer(text)]:
        below = text[m.end():m.end() + 240].split("\n")[1:4 if m.re is NAME_ITEM else 6]
        if any(DOB_LABEL.search(line) for line in below):
            names = find_names(m["name"], m.start("name"))
            if len(names) == 1 and names[0][2] - names[0][1] >= len(m["name"].strip()) - 1:
                add(*names[0], "dob-follow")
    _add_listed_after(text, list(found), add)
    if not found and use_model:
        # The trained recogniser only speaks when the rules found nobody, and only for a name
        # followed by a date of birth or an identifier, or in a paragraph asking for records.
        for start, end in person_spans(text):
            after = text[end:end + 25]
            paragraph = _paragraph_around(text, start, end)
            if not (DOB_LABEL.search(after) or find_identifiers(after)
                    or REQUEST_WORDS.search(paragraph)):
                continue
            for name, s, e in find_names(text[start:end], start):
                add(name, s, e, "ner")
    return found


def _add_listed_after(text: str, found: list[_Candidate], add: Callable[..., None]) -> None:
    """People listed right after a found subject: "PARK, Ji-hoon (DOB 06/09/1976) and
    Rashid Mohamed FARAH" or "Ana Ruiz, Luis Ruiz and Eva Ruiz"."""
    seen = {(c.start, c.end) for c in found}
    for c in sorted(found, key=lambda c: c.start):
        end = c.end
        for _ in range(6):
            frag = text[end:end + 200].split("\n\n")[0].replace("\n", " ")
            dob = re.match(r"\s*(?:\([^)]{0,60}\)|,?\s*(?:DOB|born)[^,;()]{0,30})", frag)
            skip = dob.end() if dob else 0
            join = LIST_JOIN.match(frag, skip)
            if not join or join.end() == skip:
                break
            names = find_names(frag[join.end():], end + join.end())
            if not names or names[0][1] != end + join.end():
                break
            name, s, e = names[0]
            if (s, e) not in seen:
                seen.add((s, e))
                add(name, s, e, "list")
            end = e


def _paragraph_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind("\n\n", 0, start), 0)
    right = text.find("\n\n", end)
    return text[left:right if right >= 0 else len(text)]


def _attach_details(text: str, cands: list[_Candidate], single: bool) -> None:
    """Date of birth and identifiers from each mention up to the next person's mention."""
    cands.sort(key=lambda c: c.start)
    for i, c in enumerate(cands):
        nxt = next((o.start for o in cands[i + 1:] if name_key(o.name) != name_key(c.name)),
                   len(text))
        line_end = text.find("\n", c.end)
        line_end = len(text) if line_end < 0 else line_end
        if not text[c.end:line_end].strip() and text[line_end + 1:line_end + 2] == "(":
            # "AL-MASRI" / "(also spelled ...) 07/15/1985": the row goes on under the name
            below_end = text.find("\n", line_end + 1)
            line_end = len(text) if below_end < 0 else below_end
        region_end = min(nxt, c.end + 400)
        c.dob, _ = _dob_after(text, c.end, region_end)
        if c.dob is None:
            c.dob = _unlabelled_date(text, c.end, min(line_end, nxt))
        c.ids = [FoundIdentifier(f.type, f.value, f.start + c.end, f.end + c.end)
                 for f in find_identifiers(text[c.end:region_end])]
        row_licence = _licence_column(text, c.start, c.end)
        if row_licence and not any(f.type == "drivers_license" for f in c.ids):
            c.ids.append(row_licence)
    if single and cands:
        # One person: a labelled DOB or identifier anywhere in the request is theirs.
        c = cands[0]
        if c.dob is None:
            c.dob, _ = _dob_after(text, 0, len(text))
        c.ids = c.ids + find_identifiers(text)


def _licence_column(text: str, start: int, end: int) -> FoundIdentifier | None:
    """The licence number in the candidate's table row, when a header line above the row
    (digits-free, within the same table) has a licence column."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    pos, blanks = line_start - 1, 0
    for _ in range(40):
        if pos <= 0:
            return None
        prev_start = text.rfind("\n", 0, pos) + 1
        prev = text[prev_start:pos]
        pos = prev_start - 1
        if not prev.strip():
            blanks += 1
            if blanks > 1:
                return None
            continue
        if len(prev.split()) > 14:
            return None  # prose, not a table header
        if DL_COLUMN.search(prev) and not re.search(r"\d", prev):
            found = licence_in_row(prev, text[end:line_end])
            if found is None:
                return None
            return FoundIdentifier(found.type, found.value, found.start + end, found.end + end)
        if len(prev.split()) > 14:
            return None  # prose, not a table
    return None


# How much a candidate's name form can be trusted (its word order in particular).
_RANK = {"fields": 5, "table": 5, "label": 4, "caption": 4, "list": 3, "cue": 3, "dob-line": 2,
         "dob-follow": 2, "ner": 1}


def _same_person(a: str, b: str) -> bool:
    ak, bk = name_key(a).split(), name_key(b).split()
    if ak == bk or set(ak) <= set(bk) or set(bk) <= set(ak) or _split_apart(ak, bk):
        return True
    if ak[0] == bk[0] and ak[-1] == bk[-1]:
        # Same first and last name: one person unless the middle names disagree
        # ("Duc Van Pham" and "Duc Thi Pham" are two people).
        am, bm = ak[1:-1], bk[1:-1]
        return not am or not bm or all(x[0] == y[0] for x, y in zip(am, bm, strict=False))
    return _ocr_slip(ak, bk)


def _split_apart(ak: list[str], bk: list[str]) -> bool:
    """OCR broke a word in two ("LUIS FERNAN DO" for "LUIS FERNANDO"): same letters, more words."""
    return len(ak) != len(bk) and "".join(ak) == "".join(bk)


_OCR_PAIRS = (("ii", "u"), ("rn", "m"), ("cl", "d"), ("vv", "w"))


def _ocr_slip(ak: list[str], bk: list[str]) -> bool:
    """One OCR slip in an otherwise identical name ("Duc Van Le" / "Duce Van Le", "Hiing" for
    "Hùng")."""
    if len(ak) != len(bk):
        return False
    a, b = " ".join(ak), " ".join(bk)
    for wrong, right in _OCR_PAIRS:
        a, b = a.replace(wrong, right), b.replace(wrong, right)
    return SequenceMatcher(None, a, b).ratio() >= 0.9


def _same(c: _Candidate, p: _Candidate) -> bool:
    """Same person: compatible names and no two different dates of birth."""
    return _same_person(c.name, p.name) and not (c.dob and p.dob and c.dob != p.dob)


def _distinct(cands: list[_Candidate]) -> int:
    reps: list[_Candidate] = []
    for c in cands:
        if not any(_same(c, r) for r in reps):
            reps.append(c)
    return len(reps)


# "Rania Haddad, is a U.S. citizen and is not a subject of this request", "Iryna Shevchenko.
# She is not a subject", "we don't need anything on him either".
NOT_SUBJECT = re.compile(
    r"\b(?:is|are|was|were)\s+not\s+(?:a\s+|the\s+)?subjects?\b"
    r"|\bnot\s+(?:a\s+|the\s+)?subjects?\s+(?:of|in|to)\b"
    r"|\b(?:no|not\s+any)\s+(?:records?|information|data)\s+(?:concerning|on|about|for|regarding)"
    r"\s+(?:him|her|them)\b"
    r"|\b(?:do\s+not|don'?t|does\s+not|doesn'?t)\s+need\s+(?:anything|any\s+\w+)\s+"
    r"(?:on|about|for|concerning)\s+(?:him|her|them)\b"
    r"|\bnothing\s+(?:on|about|for)\s+(?:him|her|them)\b"
    r"|\bnot\s+asking\s+for\s+anything\s+(?:on|about|for|concerning)\s+(?:him|her|them)\b"
    r"|\b(?:is|are)\s+not\s+(?:being\s+)?requested\b",
    re.IGNORECASE,
)
# The person a "... nothing on her" points back to is named as a relative, a victim or another
# bystander in the sentence before.
_BYSTANDER = re.compile(
    r"(?i)\b(?:mother|father|wife|husband|spouse|sister|brother|son|daughter|girlfriend|boyfriend|"
    r"partner|relative|cousin|aunt|uncle|grandmother|grandfather|landlord|employer|witness|victim|"
    r"complainant|roommate|neighbou?r)\b")
# "no records concerning Mr. Doyle are requested", "Ms. Haddad is not a subject": by surname.
# "I am NOT asking for records on Mr. Kovalenko or Ms. Hughes": each one named.
_HONORIFIC_NAME = r"(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+[A-Z][\w'’-]+"
NOT_SUBJECT_NAMED = re.compile(
    r"\b(?:(?:no|not\s+any)\s+(?:records?|information|data)"
    r"|(?i:not)\s+(?:asking|requesting|seeking)\s+(?:for\s+)?(?:any\s+)?(?:records?|information|data|anything))"
    r"\s+(?:concerning|on|about|for|regarding)"
    rf"\s+(?P<a>{_HONORIFIC_NAME}(?:(?:\s*,\s*|\s+(?:or|and|nor)\s+){_HONORIFIC_NAME}){{0,3}})"
    rf"|\b(?P<b>{_HONORIFIC_NAME})\s+(?:is|was)\s+not\s+(?:a\s+|the\s+)?subject")
# The sentence before a list says the people in it are around the case, not asked about: "The
# following household members appear on the case; ERO is NOT requesting information on these
# individuals", "(for identification only; no records requested on them):", "They are not
# defendants; produce only the household page". "listed above" points at the list before it.
LIST_NOT_SUBJECTS = re.compile(
    r"(?i)\bnot\s+(?:requesting|asking\s+for|seeking)\s+(?:any\s+)?(?:information|records?|data)"
    r"\s+(?:on|about|for|concerning|regarding)\s+(?:these|those|them|the\s+following)\b"
    r"|\b(?:for|to\s+assist\s+(?:in|with))\s+identification(?:\s+purposes)?\s+only\b"
    r"|\blisted\s+(?:here\s+|above\s+|below\s+)?(?:only\s+|solely\s+)?(?:to|for)\s+"
    r"(?:assist|help|identif|locat|reference|context)"
    r"|\bno\s+(?:records?|information)\s+(?:is\s+|are\s+)?(?:requested|sought|needed)\s+"
    r"(?:on|for|about|concerning|regarding)\s+(?:them|these|those)\b"
    r"|\b(?:they|these\s+\w+|those\s+\w+)\s+are\s+not\s+(?:the\s+)?(?:defendants|subjects|targets|suspects)\b"
    r"|\b(?:listed|named|shown)\s+(?:above|below)\s+(?:are|is)\s+not\s+(?:the\s+)?(?:defendants?|subjects?|targets?)\b"
    r"|\bdo\s+not\s+(?:release|provide|send|produce|need)\s+(?:any\s+)?(?:records?|information|anything)\s+"
    r"(?:on|for|about|concerning)\s+(?:them|these|those)\b")
_PROSE = re.compile(r"(?:\b[a-z][a-z'’]*[ \t]+){5}")
_PROSE_RUN = re.compile(r"(?:\b[a-z][a-z'’]*[ \t]+){4}")
_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|No|Nos|Det|Sgt|Lt|Capt|Ofc|Insp|Atty|Hon)"
                           r"|\b[A-Z]|\.[A-Z])$")
_PRONOUN_START = re.compile(r"\s*(?:He|She|They|Neither|None)\b")


_LISTED = frozenset({"table", "fields", "label"})


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` begins: after a full stop that ends a sentence, a blank
    line, or a line that does not run on in prose (a table row, a heading)."""
    start = 0
    for m in re.finditer(r"[.!?][\"”)]?\s+(?=[\"“(]?[A-Z])|\n\s*\n", text[:at]):
        if m.group(0)[0] in ".!?" and _ABBREVIATION.search(text[max(0, m.start() - 6):m.start()]):
            continue
        start = m.end()
    line = text.rfind("\n", start, at)
    while line > start:
        ending = text[start:line].rstrip()[-1:]
        if ending and not (ending.islower() or ending in ",;-"):
            return line + 1
        line = text.rfind("\n", start, line)
    return start


def _list_scope(text: str, cue: re.Match[str]) -> tuple[int, int] | None:
    """The rows of the list a LIST_NOT_SUBJECTS sentence introduces (or, saying "above", closes)."""
    sentence_start = _sentence_start(text, cue.start())
    nl = text.find("\n", cue.end())
    if re.search(r"(?i)\babove\b", text[sentence_start:len(text) if nl < 0 else nl]):
        above = text_lines(text[:sentence_start])[:-1]  # the lines before the sentence's own
        return _list_rows(reversed(above), 0, limit=12, stop_at_colon=True)
    colon = text.find(":", cue.end(), cue.end() + 200)
    if colon < 0 or not re.match(r"[ \t]*\n", text[colon + 1:colon + 40]):
        return None  # the list follows an introduction that ends with a colon
    after = text.find("\n", colon) + 1
    return _list_rows(text_lines(text[after:]), after, limit=14, stop_at_colon=False)


def _list_rows(lines: Iterable[TextLine], offset: int, limit: int,
               stop_at_colon: bool) -> tuple[int, int] | None:
    """Where a run of list rows lies: blank lines before its first row are skipped; a blank line
    after a row, a line of prose (or, going up, another list's introduction) ends it."""
    spans: list[tuple[int, int]] = []
    for line in lines:
        if len(spans) >= limit:
            break
        if not line.text.strip():
            if spans:
                break
            continue
        if _PROSE.search(line.text) or (stop_at_colon and line.text.rstrip().endswith(":")):
            break
        spans.append((offset + line.start, offset + line.end))
    return (min(s for s, _ in spans), max(e for _, e in spans)) if spans else None


# A table row whose role cell, right after the name's date of birth, says the person is around
# the case: "Hodan Nur  05/02/2009  Household member - NOT a subject", "... 1990-02-02  Victim".
# (Prose further along a line may be about someone else.)
_ROW_NOT_SUBJECT = re.compile(
    r"(?i)[ \t,]*(?:\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d\d-\d\d)[ \t]+[(-]?[ \t]*"
    r"(?:household\s+member|victim|witness|complainant|not\s+(?:a|the)\s+subject|non-?subject)\b")


def _mark_negated(text: str, cands: list[_Candidate]) -> None:
    """The mention nearest before each "is not a subject", in its sentence (or the sentence
    before, when it opens with "She" or "They"), is of a person named for context; a person all
    of whose mentions are so marked is left out."""
    for c in cands:
        if _ROW_NOT_SUBJECT.match(text, c.end):  # the name's own row: its date, then its role
            c.negated = True
    for m in LIST_NOT_SUBJECTS.finditer(text):
        scope = _list_scope(text, m)
        if scope:
            for c in cands:
                if scope[0] <= c.start < scope[1]:
                    c.negated = True
    for m in NOT_SUBJECT_NAMED.finditer(text):
        # "The child's mother, Ms. Amanda Kerr, is the complainant; we are not requesting any
        # records about Ms. Kerr": her mention nearby, not the Kerrs listed as subjects.
        near = _sentence_start(text, max(0, _sentence_start(text, m.start()) - 1))
        for named in re.finditer(_HONORIFIC_NAME, m["a"] or m["b"]):
            surname = fold(named.group(0).split()[-1])
            same = [c for c in cands if name_key(c.name).split()[-1:] == [surname]]
            close = [c for c in same if near <= c.start < m.end()]
            for c in close or [c for c in same if c.source not in _LISTED]:
                c.negated = True
    for m in NOT_SUBJECT.finditer(text):
        start = _sentence_start(text, m.start())
        if _PRONOUN_START.match(text, start):
            start = _sentence_start(text, max(0, start - 1))
        # A person listed in a table or a form field is a subject whatever prose says near it.
        before = [c for c in cands if c.start >= start and c.end <= m.start()
                  and c.source not in _LISTED]
        # "His mother, Graciela Arce, ... nothing on her": the sentence names its own person.
        if not before and re.search(r"(?i)\b(?:him|her|them)\b", m.group(0)) \
                and not find_names(text[start:m.start()], start):
            earlier = _sentence_start(text, max(0, start - 1))
            if _BYSTANDER.search(text[earlier:start]):
                before = [c for c in cands if c.start >= earlier and c.end <= start
                          and c.source not in _LISTED]
        if before:
            nearest = max(c.end for c in before)
            for c in before:
                if c.end == nearest:
                    c.negated = True


def _merge(cands: list[_Candidate]) -> list[_Candidate]:
    people: list[_Candidate] = []
    spellings: dict[int, dict[str, str]] = {}  # per person: folded word -> its accented spelling
    for c in cands:
        match = next((p for p in people if _same(c, p)), None)
        if match is None:
            people.append(c)
            spellings[id(c)] = _accented_words(c.name, {})
            continue
        _accented_words(c.name, spellings[id(match)])
        match.negated = match.negated and c.negated
        # Only sources that read a name where it stands (not a run before a DOB label, which
        # may pull in the word before it) can offer a fuller form.
        c_words, m_words = name_key(c.name).split(), name_key(match.name).split()
        ck = set(c_words) if _RANK[c.source] >= 3 or c.inverted else set()
        mk = set(m_words) if _RANK[match.source] >= 3 or match.inverted else set()
        # A surname alone ("MACARAEG / DELA PEÑA" in a subject line) is completed by the given
        # names written before it elsewhere, whatever found them.
        if not ck and mk and _given_names_before(c_words, m_words):
            ck = set(c_words)
        if not mk and ck and _given_names_before(m_words, c_words):
            mk = set(m_words)
        # The fuller form of a name wins ("Babatunde Adeyemi Oyelowo" over a caption's
        # "OYELOWO, Babatunde"); otherwise the more trusted source. Between two OCR readings
        # of the same words, the one with accents (read with the name's own language) wins.
        slip = ck != mk and _ocr_slip(c_words, m_words)
        split = _split_apart(c_words, m_words)
        c_whole = not split and _whole_words(c.name) > _whole_words(match.name)
        m_whole = not split and _whole_words(match.name) > _whole_words(c.name)
        # A typed spelling beats an OCR reading, unless the reading adds the given names a case
        # name leaves out ("People v. Benítez Campos" typed, "AURELIO BENITEZ CAMPOS" scanned).
        fuller = bool(mk) and ck > mk and c_words[-1] == m_words[-1]
        fewer = bool(ck) and mk > ck and m_words[-1] == c_words[-1]
        if (fuller, not c.ocr, ck > mk, slip and accent_count(c.name) > accent_count(match.name),
                split and len(c.name.split()) < len(match.name.split()), c_whole,
                _RANK[c.source], len(c.name)) > (
            fewer, not match.ocr, mk > ck, slip and accent_count(match.name) > accent_count(c.name),
                split and len(match.name.split()) < len(c.name.split()), m_whole,
                _RANK[match.source], len(match.name)):
            match.name, match.source, match.ocr = c.name, c.source, c.ocr
        match.dob = match.dob or c.dob
        have = {(f.type, f.value) for f in match.ids}
        match.ids.extend(f for f in c.ids if (f.type, f.value) not in have)
    for p in people:
        # "CABALLERO NUNEZ" in the e-mail, "CABALLERO NÚÑEZ" on the form: keep the accents.
        words = spellings[id(p)]
        p.name = " ".join(words.get(fold(w), w) for w in p.name.split())
    return people


def _given_names_before(full: list[str], short: list[str]) -> bool:
    """``full`` is ``short`` (two words at most, a surname) with given names before it."""
    return len(short) <= 2 and len(full) > len(short) and full[-len(short):] == short


def _whole_words(name: str) -> int:
    """Words that are not initials: "Grant Thomas Holloway" is fuller than "Grant T. Holloway"."""
    return sum(len(w.rstrip(".")) > 1 for w in name.split())


_CAPITALISED = re.compile(r"\b[A-ZÀ-Þ][a-zß-ÿ]*[à-ÿ][a-zß-ÿ]*\b")


def _written_accents(text: str) -> dict[str, str]:
    """Accented capitalised words anywhere in the file ("also spelled Sáenz"), by folded form:
    the letter's own correction of a name written without them elsewhere."""
    return {fold(m.group(0)): m.group(0) for m in _CAPITALISED.finditer(text)}


def _accented_words(name: str, words: dict[str, str]) -> dict[str, str]:
    for w in name.split():
        if accent_count(w) > accent_count(words.get(fold(w), "")):
            words[fold(w)] = w
    return words


def extract_subjects(
    doc: Document, parsed: Doc, requestor: Requestor, use_model: bool = True
) -> list[Subject]:
    """Subjects of the request; ``use_model=False`` measures the rules alone."""
    text = doc.text
    exclude = list(signature_blocks(text))  # header From/To lines are left out by _is_official
    exclude += [(m.start(), m.end()) for m in FAX_HEADER.finditer(text)]
    cands = _candidates(doc, parsed, exclude, use_model)
    if requestor.person:
        rk = set(name_key(requestor.person).split())
        cands = [c for c in cands if not set(name_key(c.name).split()) <= rk | {"jr", "sr"}]
    cands = [c for c in cands if not EMAIL.search(c.name)]
    _attach_details(text, cands, single=_distinct(cands) == 1)
    _mark_negated(text, cands)
    people = [p for p in _merge(sorted(cands, key=lambda c: c.start)) if not p.negated]
    out: list[Subject] = []
    accented = _written_accents(text)
    for p in people:
        p.name = " ".join(accented.get(fold(w), w) if not accent_count(w) else w for w in p.name.split())
        ev = evidence_for(doc, p.start, p.end)
        ev.text = redact_ssns(ev.text)
        out.append(Subject(
            name=restore_accents(p.name) if p.ocr else p.name,
            dob=p.dob,
            identifiers=[Identifier(type=f.type, value=f.value) for f in _unique(p.ids)],
            evidence=ev,
        ))
    return out


def _unique(ids: list[FoundIdentifier]) -> list[FoundIdentifier]:
    seen: set[tuple[str, str]] = set()
    out = []
    for f in ids:
        if (f.type, f.value) not in seen:
            seen.add((f.type, f.value))
            out.append(f)
    return out
