"""Who asks: the requesting agency, its office, and the person who sent or signed the request.

The person is looked for where letters, e-mails and forms put the sender, most reliable first:
the e-mail ``From`` (of the forwarded message, if forwarded); a labelled field ("Requesting
Officer:", "Requested by:", "Attorney for the People:"); the signature block after a closing
("Sincerely,") or closing the cover part; a self-introduction ("I am Special Agent ..."); a
contact line ("Point of contact:"); the attorney "who requests this subpoena"; a "Name, Title"
line; then, with no cover letter, the officer named on an attached form. Judges, magistrates,
clerks and notaries are never the requestor. Signature blocks are read in ``signature``, the
e-mail sender in ``email_sender``, and the agency is chosen in ``agency_choice``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from difflib import SequenceMatcher
from itertools import pairwise

from spacy.tokens import Doc

from requestdesk.document import Document
from requestdesk.extractors.agency_choice import COPY_LINE, choose_agency
from requestdesk.extractors.email_sender import from_header, from_line, name_from_address
from requestdesk.extractors.evidence import evidence_for
from requestdesk.extractors.name_origins import skeleton
from requestdesk.extractors.names import (
    accent_count,
    find_names,
    fold,
    normalize_name,
    restore_accents,
)
from requestdesk.extractors.signature import (
    BAR_NUMBER,
    BY_LINE,
    EMAIL,
    OFFICE_HEAD,
    OFFICIAL_ROLE,
    PHONE,
    TITLE_PREFIX,
    TITLE_WORDS,
    Person,
    TextLine,
    clean_name,
    clean_title,
    name_block,
    signature_blocks,
    signature_person,
    signature_title,
    text_lines,
    title_after_comma,
    title_before,
    trailing_signature,
)
from requestdesk.result import Evidence, Requestor

LABELLED_PERSON = re.compile(
    r"^\s*(?:name of |signature of |name and title of |subpoena )?(?:requesting (?:officer|agent|"
    r"investigator|official|party|person|attorney|detective|prosecutor|trooper|deputy|"
    r"sergeant|analyst|employee|member)|"
    r"requested by(?: (?:AUSA|SAUSA|ADA|DDA|ASA|SA|TFO|agent|attorney|counsel))?"
    r"(?: for (?:the )?(?:defendant|defense|people|plaintiff|state|government|united states))?|"
    r"requester(?:'s)?(?: name)?|requestor(?:'s)?(?: name)?|case agent|case officer|fr|"
    r"assigned (?:officer|agent|detective|investigator)|investigating officer|"
    r"officer(?:'s)? name|agent(?:'s)? name|submitted by|prepared by|"
    r"issuing officer|issued by|from|sender|agency contact|investigator|detective|agent|filer|"
    r"(?:attorney|counsel) for (?:the )?(?:people|plaintiff|united states|government|state)|"
    r"attorney of record|(?:issued )?at the request of|attorney"
    # California's Judicial Council forms: "ATTORNEY OR PARTY WITHOUT ATTORNEY (Name, ...):"
    r"|attorney or party without attorney(?:\s*\([^)\n]*\))?)"
    r"\s*(?:[:#-]|\.{3,}:?)\s*(.*)$",  # "Requester name ....... Travis Molina": a dot leader
    re.IGNORECASE | re.MULTILINE,
)
# A form's table read without its colons: "Requester   SA Marguerite E. Hollis".
BARE_LABEL = re.compile(
    r"^[ \t]*(?i:requester|requestor|requesting (?:officer|agent|investigator|detective|attorney)"
    r"|case agent)(?:'s)?(?i: name)?[ \t]+([A-ZÀ-Þ][^\n:]{3,60})$",
    re.MULTILINE,
)
# Contacts: the person to call, used when no one signed or was named as the requestor.
CONTACT_PERSON = re.compile(
    r"^\s*(?:point of contact|POC|contact person|contact|agency contact|questions|"
    r"direct questions to|for questions(?:,)? contact)\s*[:#-]\s*(.*)$",
    re.IGNORECASE | re.MULTILINE,
)
# A fax machine's header line names the station, not a person.
FAX_STATION = re.compile(r"[A-Z0-9 &/.,'-]+?\s+\(?\d{3}\)?[ -]?\d{3}-?\d{4}\b")
# A fax cover's table read without its colons: "From   DO Anita Sorensen" near "To   CDOC Records".
FAX_COVER = re.compile(r"\bfax\s+(?:transmittal|cover|transmission)|\bfacsimile\b", re.IGNORECASE)
COVER_FROM = re.compile(r"^[ \t]*(?:From|FROM)[ \t]+(?!:)(\S.*)$", re.MULTILINE)
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
    r"\s*:\s*(.+)$"
    # A fax cover's two columns read as one line: "To: Nebraska Department of Labor From: Gareth"
    r"|^\s*To\s*:[^\n]*?\s(?-i:From)\s*:\s*(.+)$",
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
    r"signature of (?:authorized |issuing )?(?:immigration )?officer|issuing official|issuing officer|"
    r"immigration official|"
    r"authorized immigration officer|attorney's signature|signature of attorney|"
    r"\bname and(?=(?-i:\s+[A-Z][a-z]+\s+[A-Z])))",
    re.IGNORECASE,
)


def main_part_end(doc: Document) -> int:
    """Where the first attachment starts in ``doc.text`` (the cover letter/e-mail ends there)."""
    attached_pages = {p.number for p in doc.pages if p.part.startswith("attachment")}
    if not attached_pages:
        return len(doc.text)
    for span in doc.spans:
        if span.page in attached_pages:
            return span.start
    return len(doc.text)


INLINE_TITLE = re.compile(r"\bTitle:\s*(.+)$", re.MULTILINE)
TITLE_FIELD = re.compile(r"^\s*(?:title|rank|position)(?:\s*/\s*(?:title|rank))?\s*(?::|\.{3,}:?)\s*(.+)$",
                         re.IGNORECASE | re.MULTILINE)
APPEAR_BEFORE = re.compile(
    r"\bbefore\s+((?:[A-ZÀ-Þ][\w'’.-]*\s+){1,3}[A-ZÀ-Þ][\w'’-]+),\s+(?:an?|the)\s+"
    r"(?:officer|official|agent|special agent|employee|inspector)\b"
)
SUBPOENA_REQUESTER = re.compile(
    r"who\s+(?:issues\s+or\s+)?requests?\s+this\s+subpoena,?\s+(?:are|is)\s*:?"
    # California's subpoena forms: "CONTACT THE FOLLOWING PERSON BEFORE THE DATE ON WHICH YOU ARE
    # TO APPEAR:"; Michigan's MC 11: "Person requesting subpoena:".
    r"|contact\s+the\s+following\s+person\b[^:\n]{0,80}(?:\n[^:\n]{0,80})?:|person\s+requesting\s+subpoena\s*:",
    re.IGNORECASE)
# A supervisor who approves a form ("Approved  Wendell O. Baptiste, Group Supervisor") does not
# ask for the records.
APPROVER = re.compile(r"\s*(?:approved|approving|reviewed|concurred|concurrence)\b", re.IGNORECASE)
# Two to four capitalised words: a written name ("Kenji A. Morrow").
_NAME_RUN = r"((?:[A-ZÀ-Þ][\w'’.-]*[ \t]+){1,3}[A-ZÀ-Þ][\w'’-]+)"
NAME_COMMA_TITLE = re.compile(
    r"^[ \t]*(?:--|—|–)?[ \t]*(?:(?i:name\s*(?:/|and|&)\s*title|printed\s+name)\s*:?[ \t]+)?"
    + _NAME_RUN + r",[ \t]+"
    r"((?i:(?:supervisory |senior |assistant |deputy |acting )?[\w '’.]{0,40}?"
    r"(?:officer|agent|detective|sergeant|investigator|inspector|trooper|director|attorney|"
    r"AUSA|supervisor|marshal|sheriff|analyst|lieutenant|captain|chief|prosecutor|solicitor|defender))|"
    r"SDDO|AFOD|FOD|TFO|IEA|SSA|ASAC|SAC|DDO)\b",
    re.MULTILINE,
)


# A form's requestor section ("REQUESTING OFFICER", "--- REQUESTOR ---") and its name field.
REQUESTOR_SECTION = re.compile(
    r"^[\W_]*(?:requesting\s+(?:officer|agent|agency|party|official|investigator)|requestor|requester)"
    r"(?:\s+information)?[\W_]*$",
    re.IGNORECASE | re.MULTILINE,
)
SECTION_NAME = re.compile(r"^\s*(?:officer'?s?\s+|agent'?s?\s+|full\s+)?name\b(?P<order>\s*\([^)]*\))?"
                          r"\s*[:.#]*\s+(?P<value>\S.*)$", re.IGNORECASE)


def _name_part(value: str) -> str:
    """A labelled value up to where a name cannot go on: an address, number or aside ("FROM:
    ERO Denver; 2975 Decker Lake Dr", "Sender: Wes Pruitt (Office of the District Attorney")."""
    return re.split(r";|\s\d|\s?\(", value)[0]


def _section_person(text: str, end: int) -> Person | None:
    for m in REQUESTOR_SECTION.finditer(text, 0, end):
        for line in text_lines(text[m.end():m.end() + 600])[1:10]:
            field = SECTION_NAME.match(line.text)
            if not field:
                continue
            value = re.split(r"\s{2,}", _name_part(field["value"]))[0]
            names = find_names(value, allow_inverted=bool(field["order"]) or "," in value)
            if names:
                at = m.end() + line.start + field.start("value")
                return Person(names[0][0], at, at + len(value), None, "label")
    return None


_WEAK_LABEL = re.compile(r"(?i)[ \t]*(?:investigator|detective|agent)[ \t]*[:#-]")
# Support staff who send for an officer: "Legal Assistant", "Records Clerk", "Mission Support".
_SUPPORT_TITLE = re.compile(r"(?i),[ \t]*(?:[\w&]+[ \t]+){0,4}(?:assistant|secretary|clerk|technician"
                            r"|paralegal|aide)[ \t]*(?:$|[,(/])|,[^\n]*\bmission support\b")


# A form row read as a column of labels, then a column of values: "Requesting Officer (print) /
# Rank / Badge / Phone / E-mail / Latoya S. Whitmore / Detective, #11842 / ...".
_ROW_REQUESTER = re.compile(r"(?i)^[ \t]*(?:requesting\s+(?:officer|agent|investigator|attorney)"
                            r"|requester|requestor)(?:'s)?(?:\s+name)?(?:\s*\([^)\n]*\))?[ \t]*$")
_ROW_LABEL = re.compile(r"(?i)^[ \t]*(?:[A-Za-z'’]+[ \t/&]+){0,5}(?:rank|badge|phone|e-?mail|title|date"
                        r"|agency|ori|signature|unit|division|name|officer|telephone|fax|case|address)"
                        r"\b[^\d@\n]{0,20}$")


def _row_person(text: str, end: int) -> Person | None:
    lines = [ln for ln in text_lines(text[:end]) if ln.text.strip()]
    for i, line in enumerate(lines):
        if not _ROW_REQUESTER.match(line.text):
            continue
        before = 0
        while i - before - 1 >= 0 and _ROW_LABEL.match(lines[i - before - 1].text) \
                and not _ROW_REQUESTER.match(lines[i - before - 1].text):
            before += 1
        after = i + 1
        while after < len(lines) and _ROW_LABEL.match(lines[after].text):
            after += 1
        if after - i - 1 + before == 0:
            continue  # a caption under a signature ("Requesting Officer"), not a row of labels
        values = lines[after:after + (after - i) + before]
        if len(values) > before:
            value = values[before]
            name = clean_name(_name_part(value.text))
            if name and len(value.text.split()) <= 5:
                return Person(name, value.start, value.end, None, "label")
    return None


# "Requesting officer:   Strand, Caleb J." - a form's value written last name first.
_LAST_FIRST = re.compile(r"\s*[A-Z][\w'’-]+,\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]*\.?)?\s*")


def _signs_for_the_court(text: str, name: str) -> bool:
    """The name signs elsewhere over a court title ("Walter J. Quinlan / Assistant Clerk")."""
    pattern = re.escape(name) + r"[ \t]*\n[ \t]*(?:[^\n]{0,40}?\b)?(?:assistant |deputy |chief )?"
    return bool(re.search(pattern + r"(?:clerk|judge|magistrate|justice)\b", text, re.IGNORECASE))


def _labelled_person(text: str, end: int, contacts: bool = False) -> Person | None:
    if contacts:
        matches = list(CONTACT_PERSON.finditer(text, 0, end))
    else:
        matches = [*LABELLED_PERSON.finditer(text, 0, end), *INLINE_PERSON.finditer(text, 0, end),
                   *WRAPPED_LABEL.finditer(text, 0, end), *BARE_LABEL.finditer(text, 0, end)]
    if not contacts and FAX_COVER.search(text[:end]):
        matches += [m for m in COVER_FROM.finditer(text, 0, end)
                    if re.search(r"^[ \t]*(?i:to)\b", text[max(0, m.start() - 300):m.end() + 300], re.M)]
    for m in sorted(matches, key=lambda x: x.start()):
        group = next(k for k in range(1, (m.re.groups or 1) + 1) if m.group(k) is not None) \
            if m.re.groups > 1 else 1
        value = m.group(group)
        if not value.strip():  # the value on the next line: "Attorney for the People:\nName"
            nl = text.find("\n", m.end() + 1)
            value = text[m.end() + 1:nl if nl >= 0 else len(text)]
        if FAX_STATION.match(value):
            continue  # a fax machine's header: "FROM: WELD CO SO INVEST 9705550189"
        if re.match(r"(?i)\s*(?:from|sender)\b", m.group(0)) and re.search(r"<[^>\s]+@", value) \
                and from_line(value)[0] is None:
            continue  # a shared mailbox's mail header: "From: DEA New Orleans Diversion Group 1 <...>"
        value = EMAIL.sub("", PHONE.sub("", value))
        # The next field of a form row: "FROM: Det. Lorna Kaspar   PHONE: 970-555-0101".
        value = re.split(r"\s+(?=[A-Za-z][\w.#/]*\s*#?\s*:)", value)[0]  # "... STAR #: 20914"
        value = _name_part(value)
        name = normalize_name(value) if _LAST_FIRST.fullmatch(value) else clean_name(value)
        if name and _signs_for_the_court(text, name):
            continue  # "Issued at the request of: Walter J. Quinlan" read across two columns
        if name:
            title = title_after_comma(value) or title_before(value)
            field = TITLE_FIELD.search(text, m.end(), m.end() + 200) or INLINE_TITLE.search(
                text, m.end(), text.find("\n", m.end()) if "\n" in text[m.end():] else len(text))
            if title is None and field:
                title = field.group(1).strip()
            return Person(name, m.start(group), m.end(group), title, "label")
    return None


# "I, Ana Ruiz, date of birth ..., authorize the Department to release": the person whose
# records they are, consenting, not the one asking.
CONSENT_AFTER = re.compile(r"[^.\n]{0,120}?\b(?:hereby\s+)?(?:authori[sz]e|consent)\b", re.IGNORECASE)


# A web form's sender block: "Name: J. Pacheco" over "Title: Immigration Officer", "Agency: ...".
_NAME_ROW = re.compile(r"^[ \t]*(?i:name)[ \t]*:[ \t]*([^\n]{3,60})$", re.MULTILINE)
_OFFICER_ROW = re.compile(r"^[ \t]*(?i:title|rank|agency|department|badge(?:\s+(?:no|number|#))?)[ \t.]*[:#]",
                          re.MULTILINE)


def _officer_name_row(text: str, end: int) -> Person | None:
    for m in _NAME_ROW.finditer(text, 0, end):
        below = "\n".join(text[m.end():m.end() + 300].split("\n", 3)[:3])  # the next two rows
        name = clean_name(m.group(1))
        if name and _OFFICER_ROW.search(below):
            title = TITLE_FIELD.search(text, m.end(), m.end() + 200)
            return Person(name, m.start(1), m.end(1), title.group(1).strip() if title else None, "label")
    return None


def _intro_person(text: str, end: int) -> Person | None:
    for m in INTRO.finditer(text, 0, end):
        if m.group(0).startswith("I,") and CONSENT_AFTER.match(text, m.end()):
            continue
        name = clean_name(m.group(1))
        if name:
            return Person(name, m.start(1), m.end(1), title_before(m.group(1)), "intro")
    return None


def _form_signer(text: str, start: int) -> Person | None:
    lines = text_lines(text)
    for i, line in enumerate(lines):
        if line.start < start or not FORM_SIGNER.search(line.text):
            continue
        label = FORM_SIGNER.search(line.text)
        rest = line.text[label.end():] if label else ""
        candidates = [(line.start + (label.end() if label else 0), rest)]
        above = [ln for ln in reversed(lines[max(0, i - 6):i]) if ln.text.strip()][:3]
        below = [ln for ln in lines[i + 1:i + 4] if ln.text.strip()][:1]
        # Nearest first: the line above, the line below, then higher up (a title wrapped under
        # the name: "IEA Samuel Okafor, Immigration Enforcement / Agent / (Name and title ...)").
        ordered = above[:1] + below + above[1:]
        candidates += [(ln.start, ln.text) for ln in ordered]
        for off, cand in candidates:
            if OFFICIAL_ROLE.search(cand):
                continue
            for name, s, e in find_names(cand, off, allow_inverted=False)[:1]:
                title = title_after_comma(text[s:text.find("\n", e)]) or title_before(cand)
                if title is None:  # "(Title of immigration officer)" and the title under it
                    title = next((ln.text.strip() for ln in text_lines(text[e:e + 200])[1:5]
                                  if TITLE_WORDS.search(ln.text) and len(ln.text) < 60
                                  and not ln.text.strip().startswith("(")), None)
                return Person(name, s, e, title, "form")
    return None


def _subpoena_requester(text: str) -> Person | None:
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
        name = clean_name(raw.split(",")[0])
        if name:
            at = m.end() + line.start
            return Person(name, at, at + len(line.text), title, "subpoena")
    return None


_REGISTERED_NAME = re.compile(r"[ \t]*" + _NAME_RUN + r"[ \t]*\(P?\d{5,8}\)")
_ATTORNEY_TITLE = re.compile(r"(?i)[ \t]*((?:assistant |deputy |chief |senior |special )*"
                             r"(?:prosecuting |district |county |state's |city )?(?:attorney|prosecutor))\b")


LETTERHEAD_CHARS = 400


def _name_comma_title(text: str, start: int, end: int) -> Person | None:
    for m in NAME_COMMA_TITLE.finditer(text, start, end):
        if OFFICIAL_ROLE.search(m.group(0)) or APPROVER.match(m.group(0)):
            continue
        if re.match(r"(?i)(?:an?|the)\s", m.group(2)):
            continue  # prose: "... before Officer Renata / M. Salcedo, an officer of ..."
        if m.start() < LETTERHEAD_CHARS and OFFICE_HEAD.match(text[m.start(2):m.end(0) + 40]):
            continue  # "Thomas E. Brandt, Field Office Director" printed in the letterhead
        name = clean_name(m.group(1))
        if name:
            return Person(name, m.start(1), m.end(1), m.group(2).strip(), "name-title")
    # "Jonah T. Whitaker, WSBA #51937" over "Deputy Prosecuting Attorney".
    lines = text_lines(text[start:end])
    for prev, line in pairwise(lines):
        # "Assistant Prosecuting Attorney" over "Jordan M. Kessler (0091123)": Ohio's attorney
        # registration number, the title printed above the name.
        numbered = _REGISTERED_NAME.match(line.text)
        attorney = _ATTORNEY_TITLE.match(prev.text)
        if numbered and attorney:
            name = clean_name(numbered.group(1))
            if name:
                return Person(name, start + line.start, start + line.start + numbered.end(1),
                              attorney.group(1).strip(), "name-title")
    for line, nxt in pairwise(lines):
        if not BAR_NUMBER.search(line.text) or OFFICIAL_ROLE.search(nxt.text):
            continue
        if TITLE_WORDS.search(nxt.text) and len(nxt.text) < 60:
            name = clean_name(BAR_NUMBER.sub("", line.text))
            if name:
                return Person(name, start + line.start, start + line.end, nxt.text.strip(), "name-title")
    return None


def _titled_person(text: str, start: int, end: int) -> Person | None:
    for m in TITLE_PREFIX.finditer(text, start, end):
        if COPY_LINE.match(text, text.rfind("\n", 0, m.start()) + 1):
            continue  # "cc: Chief Deputy U.S. Marshal Anthony Reyes-Baca" gets a copy
        name = clean_name(m.group(2))
        if name:
            return Person(name, m.start(), m.end(), m.group(1), "title")
    return None




def _by_signer(text: str, end: int) -> Person | None:
    """Process a prosecutor signs for the office ("DISTRICT ATTORNEY, KINGS COUNTY / By: Naomi
    Feld-Ruiz / Assistant District Attorney") with no closing above it."""
    lines = text_lines(text[:end])
    for k, line in enumerate(lines):
        m = BY_LINE.match(line.text)
        if m is None and re.fullmatch(r"\s*By\s*:\s*", line.text):
            # "By:" alone, the signer's name on the next line
            nxt = next((ln for ln in lines[k + 1:k + 3] if ln.text.strip()), None)
            m = BY_LINE.match("By: " + nxt.text) if nxt else None
            line = TextLine(nxt.start - 4, nxt.end, "By: " + nxt.text) if m and nxt else line
        if m is None or OFFICIAL_ROLE.search(m.group(1)):
            continue
        name = clean_name(m.group(1))  # clean_name takes off a "s/" signature mark
        if not name:
            continue
        below = _lines_below(text, line.end)
        if any(OFFICIAL_ROLE.search(other) for other in below[:2]):
            continue  # "By: ____ / Deputy Clerk": the court's, not the requester's
        return Person(name, line.start + m.start(1), line.end, _title_below(below, name),
                      "signature")
    return None


_AGENCY_LINE = re.compile(r"(?i)\b(?:office|department|police|sheriff|bureau|division|patrol|agency)\b")


def _signoff_line(text: str, end: int) -> Person | None:
    """A line that is only a rank and a name, over a line naming an office."""
    lines = text_lines(text[:end])
    for line, nxt in pairwise(lines):
        m = TITLE_PREFIX.search(line.text)
        if m is None:
            continue
        before = line.text[:m.start()].split()
        if len(before) > 2 or not all(w[:1].isupper() for w in before) \
                or line.text[m.end():].strip(" ,#0-9\t"):
            continue  # "Civil Deputy", "Patrol Officer": a rank's kind may lead it
        if not _AGENCY_LINE.search(nxt.text) or OFFICIAL_ROLE.search(line.text):
            continue
        name = clean_name(m.group(2))
        if name:
            return Person(name, line.start + m.start(2), line.start + m.end(2), m.group(1), "title")
    return None


_GREETING = re.compile(r"^[ \t]*(?:dear|to the|to whom|sir or madam|records custodian|custodian)\b"
                       r"[^\n]{0,60}[:,][ \t]*$", re.IGNORECASE | re.MULTILINE)
# The enclosed process begins: "ORDER", "WARRANT OF REMOVAL/DEPORTATION", "IN THE CIRCUIT COURT".
_CAPS_HEADING = re.compile(r"^[^a-z\n]*\b(?:SUBPOENA|WARRANT|SUMMONS|ORDER|COURT)\b[^a-z\n]*$",
                           re.MULTILINE)
_PROSE_LINE = re.compile(r"^[^\n]*?(?:\b[a-z][\w'’,-]*[ \t]+){8}[^\n]*$", re.MULTILINE)


def _body_start(text: str, end: int) -> int | None:
    """Where a letter's own words begin: after its greeting, or at its first line of prose."""
    found = _GREETING.search(text, 0, end) or _PROSE_LINE.search(text, 0, end)
    return found.start() if found else None


_SALUTATION = re.compile(r"^\s*dear\b", re.IGNORECASE | re.MULTILINE)
_PROCESS_HEADING = re.compile(r"\b(?:SUBPOENA|WARRANT|SUMMONS|ORDER)\b")


def _note_above_process(text: str, signer: Person, at: int) -> Person | None:
    """An office head (an Inspector General) signs the process; the agent's note above it, signed
    with a name over a title, is who asks. Not the letter's addressee ("Dear ...:" follows it)."""
    if not signer.title or not OFFICE_HEAD.match(signer.title):
        return None
    note = _name_over_title(text[:at])
    if note is None or OFFICE_HEAD.match(note.title or ""):
        return None
    between = text[note.end:at]
    return note if _PROCESS_HEADING.search(between) and not _SALUTATION.search(between) else None


def _lines_below(text: str, at: int) -> list[str]:
    """The next three lines with words after ``at`` (the end of a line)."""
    return [line.text.strip() for line in text_lines(text[at:at + 300])[1:8]
            if line.text.strip()][:3]


def _title_below(below: list[str], name: str) -> str | None:
    """The first line under a signer's name that is not the name typed again, if a title."""
    surname = name.split()[-1].casefold()
    titles = [line for line in below if surname not in line.casefold()]
    return titles[0] if titles and TITLE_WORDS.search(titles[0]) else None


_UNDERSIGNED = re.compile(r"\b(?:to|contact|by)\s+the\s+undersigned\b[^\n]*\n", re.IGNORECASE)


def _undersigned(text: str, end: int) -> Person | None:
    """"Please return the information to the undersigned." then the name, with no closing."""
    for m in _UNDERSIGNED.finditer(text, 0, end):
        for line in text_lines(text[m.end():m.end() + 200])[:3]:
            if not line.text.strip():
                continue
            name = None if OFFICIAL_ROLE.search(line.text) else clean_name(line.text)
            if name and len(name.split()) >= 2:
                at = m.end() + line.start
                title = _title_below(_lines_below(text, at + len(line.text)), name)
                return Person(name, at, at + len(line.text), title, "signature")
            break
    return None


# "Signed (Commissioner of the Superior Court):" over "Michael F. Carbone, Juris No. 421388" and
# "Senior Assistant State's Attorney": Connecticut's attorneys sign subpoenas for the court.
_SIGNED_LABEL = re.compile(r"^[ \t]*(?:signed|signature)\b[^\n]{0,60}:[ \t]*$",
                           re.IGNORECASE | re.MULTILINE)


def _signed_label(text: str) -> Person | None:
    """The name under a "Signed (...):" label when the line under it is an attorney's title."""
    for m in _SIGNED_LABEL.finditer(text):
        below = _lines_below(text, m.end())
        if len(below) < 2 or OFFICIAL_ROLE.search(below[1]) or not TITLE_WORDS.search(below[1]):
            continue
        name = clean_name(BAR_NUMBER.sub("", below[0]))
        if name and len(name.split()) >= 2:
            at = text.find(below[0], m.end())
            return Person(name, at, at + len(below[0]), below[1], "signature")
    return None


_SLASH_SIGNED = re.compile(r"(?:^|[ \t])/s/[ \t]*([A-ZÀ-Þ][^\n]{3,90})$", re.MULTILINE | re.IGNORECASE)


def _slash_signer(text: str) -> Person | None:
    """"Issued: March 10, 2026 /s/ Kenji A. Morrow" on a summons no cover letter comes with; never
    a judge's or a clerk's "/s/"."""
    for m in _SLASH_SIGNED.finditer(text):
        below = _lines_below(text, m.end())
        line = text[text.rfind("\n", 0, m.start(1)) + 1:m.end()]  # "Clerk, by /s/ Renee Albright"
        if OFFICIAL_ROLE.search(line) or (below and OFFICIAL_ROLE.search(below[0])):
            continue
        name = clean_name(m.group(1))
        if not name:  # "/s/ Victor H. Salcido Supervisory CBP Officer Date: 11/12/2026"
            found = find_names(m.group(1), allow_inverted=False)
            name = found[0][0] if found and found[0][1] == 0 else None
        if name and len(name.split()) >= 2:
            typed = re.match(re.escape(name) + r"\s*,\s*([^,\n]{3,60})",
                             BAR_NUMBER.sub(",", below[0])) if below else None
            title = typed.group(1).strip() if typed else None  # "Kenji A. Morrow, Import Specialist"
            return Person(name, m.start(1), m.end(1), title, "signature")
    return None


def find_person(doc: Document, main_end: int) -> tuple[Person | None, tuple[int, int] | None]:
    """The requesting person and the signature block they were found in (if any)."""
    text = doc.text
    blocks = signature_blocks(text, 0, main_end)
    labelled = _section_person(text, main_end) or _labelled_person(text, main_end) \
        or _row_person(text, main_end)
    if labelled:
        labelled = _who_the_label_stands_for(text, labelled, main_end)
    trailing = trailing_signature(text, main_end)
    for block in [*blocks, *([trailing] if trailing else [])]:
        if labelled and block[0] > labelled.start:
            break
        person = signature_person(text, block)
        if person:
            # A letter signed before the process it encloses: the label on the process
            # ("Submitted by: Deputy District Attorney ...") is not who asks this unit.
            person.title = signature_title(text, block, person)
            note = _note_above_process(text, person, block[0])
            return (note, None) if note else (person, block)
    if labelled:
        return labelled, None
    signer = _by_signer(text, main_end) or _undersigned(text, main_end)
    if signer:
        # A cover note signed "Civil Deputy Ann Marie Szymanski / Erie County Sheriff's Office"
        # above the agency warrant it encloses, signed "By: /s/ ...": the note's writer asks.
        signoff = _signoff_line(text, signer.start)
        return signoff or signer, None
    intro = _intro_person(text, main_end)
    if intro:
        return intro, None
    contact = _labelled_person(text, main_end, contacts=True) or _officer_name_row(text, main_end)
    if contact:
        return contact, None
    requester = _subpoena_requester(text)
    if requester:
        return requester, None
    body = _body_start(text, main_end)
    heading = _CAPS_HEADING.search(text, body or 0, main_end)
    unclosed = _name_over_title(text[:heading.start() if heading else main_end], body) \
        if body is not None else None
    if unclosed:
        # A letter signed without a closing ("Please return the records to me. / Samira N.
        # Haddad / Detective Samira N. Haddad, #2091"): not the chief in its letterhead.
        return unclosed, None
    named = _name_comma_title(text, 0, main_end)
    if named:
        return named, None
    issuer = _form_signer(text, 0)
    if issuer and _PROCESS_HEADING.search(text, 0, issuer.start):
        return issuer, None  # a standalone form's issuing officer, not the case officer it names
    titled = _titled_person(text, 0, main_end)
    if titled:
        return titled, None
    # Process without a cover letter: the officer named on it, never a judge or clerk.
    for block in signature_blocks(text, main_end):
        person = signature_person(text, block)
        if person:
            person.title = signature_title(text, block, person)
            return person, block
    signer = issuer or _signed_label(text) or _slash_signer(text)
    if signer:
        # A short letter signed without a closing before the form it encloses, in one file
        # ("Tamika R. Beasley / Deportation Officer" over an I-205): the letter's writer asks.
        over = _name_over_title(text[:signer.start])
        return over or signer, None
    for m in APPEAR_BEFORE.finditer(text):  # summonses: "appear before Pat Vance, an officer of"
        name = clean_name(m.group(1))
        if name:
            return Person(name, m.start(1), m.end(1), None, "summons"), None
    return _titled_person(text, 0, len(text)) or _name_over_title(text), None


def _who_the_label_stands_for(text: str, labelled: Person, main_end: int) -> Person:
    """A labelled person who does not ask themselves: the subpoena's "Investigator:" under its
    "By:" signing attorney, or support staff ("FROM: Donna Kestner, Enforcement and Removal
    Assistant") faxing the form an officer signs."""
    if _WEAK_LABEL.match(text, text.rfind("\n", 0, labelled.start) + 1):
        labelled = _by_signer(text, main_end) or labelled
    if _SUPPORT_TITLE.search(text[labelled.start:].split("\n", 1)[0]):
        return _name_comma_title(text, labelled.end, len(text)) or _form_signer(text, labelled.end) \
            or labelled
    return labelled


def _name_over_title(text: str, start: int = 0) -> Person | None:
    """A name alone on its line over a title line, as process is signed without a closing:
    "Naomi Castellanos-Bright / Assistant District Attorney"."""
    lines = [TextLine(start + ln.start, start + ln.end, ln.text) for ln in text_lines(text[start:])
             if ln.text.strip()]  # OCR puts blank lines between
    for line, nxt in pairwise(lines):
        title = nxt.text.strip()
        # The title word may follow its kind: "Deportation Officer", "Border Patrol Agent".
        leads = TITLE_WORDS.match(title) or (TITLE_WORDS.search(" ".join(title.split()[:4])) and (
            len(title.split()) <= 6 and not re.search(r"\d", title)))
        if not leads and not re.match(r"(?i)(?:assistant|deputy|chief|senior|supervisory|special)\b", title):
            continue
        if len(title) > 60 or not TITLE_WORDS.search(title) or OFFICIAL_ROLE.search(title):
            continue
        if OFFICIAL_ROLE.search(line.text) or len(line.text.split()) > 5:
            continue
        name = clean_name(BAR_NUMBER.sub("", line.text))
        if name:
            return Person(name, line.start, line.end, title, "name-title")
    return None


# Only the writer's own act: "I am writing on behalf of", "Sending on behalf of" — not the records'
# "applications submitted by or on behalf of the defendant".
ON_BEHALF = re.compile(
    r"\b(?:writing|sending|send|sent|e-?mailing|forwarding|contacting\s+you|reaching\s+out|submitting"
    r"|I\s+am|I'm)\b[^.]{0,80}?\b(?:on\s+behalf\s+of|at\s+the\s+direction\s+of)\s+"
    # "FROM: Brianna Sorensen, Legal Secretary to DDA Marcus Fonoti"
    r"|\b(?:legal\s+)?(?:secretary|assistant|paralegal|aide)\s+(?:to|for)\s+(?:the\s+)?"
    # "FROM: Renee A. Oduya, Legal Assistant / (for Special Agent Marcus T. Bell)"
    r"|^[ \t]*\((?:sent\s+|signed\s+)?for\s+(?=[^\n)]{3,60}\)[ \t]*$)"
    # A fax cover's "From: Tpr. Alyssa Cardone (BCI desk) / For: Inv. Michael J. Szymanski"
    r"|^[ \t]*(?:from|sender)[ \t]*:[^\n]*\n(?:[^\n]*\n)?[ \t]*(?:on\s+behalf\s+of|for)\b[ \t]*:?[ \t]*"
    # "FROM Brenda Ochoa, Mission Support Assistant, on behalf / of Deportation Officer ..."
    r"|^[ \t]*(?:from|sender)\b[ \t]*:?[^\n]{0,80}?,[ \t]*(?:on[ \t]+behalf[ \t]*\n?[ \t]*of|for)[ \t]+"
    # "Sending for Det. Gallagher.", "RE: Request from Det. Sean P. Gallagher #414"
    r"|\b(?:sending|faxing|forwarding|submitting)(?:\s+this|\s+it)?\s+for\s+"
    # "Attached is a Rule 17(c) subpoena requested by AFPD Marisa Kettleman."
    r"|\b(?:attached|enclosed)\b[^.\n]{0,40}?\b(?:subpoena|order|warrant|request)\b[^.\n]{0,30}?"
    r"\srequested\s+by\s+"
    # "Please process the attached request from Det. Shondra Pickett of my section"
    r"|\b(?:attached|enclosed|below|following|forwarded)\s+request\s+(?:from|of|by)\s+(?!(?:our|the|your)\b)"
    r"|^[ \t]*(?:re|subject)[ \t]*:[ \t]*(?:[\w-]+[ \t]+){0,3}?request(?:ed)?[ \t]+(?:from|of|by)[ \t]+"
    # "On behalf of Assistant United States Attorney Rachel T. Amundsen, I enclose a subpoena"
    r"|(?:^|(?<=[.\n]))\s*On\s+behalf\s+of\s+(?=[^\n]{0,90}?,\s+(?:(?:I|we)\s+(?:enclose|attach|send|"
    r"forward|submit|write|am|are)\b|(?:attached|enclosed)\s+(?:is|are|please)\b|please\s+find\b))",
    re.IGNORECASE | re.MULTILINE)


def on_behalf_of(text: str, end: int) -> str | None:
    """"Sending on behalf of Det. Aaron K. Whitlock, who is in court today" -> the detective."""
    for m in ON_BEHALF.finditer(text, 0, end):
        window = text[m.end():m.end() + 90].split("\n\n")[0]
        window = re.sub(r"\b([A-Z]),(?=[ \t]+[A-ZÀ-Þ][\w'’-]+)", r"\1.", window)  # OCR: "Ryan M, O'Donnell"
        found = find_names(_without_rank(window), allow_inverted=False)
        if found and found[0][1] <= 40:
            return found[0][0]
        ranked = TITLE_PREFIX.match(window)
        surname = re.match(r"([A-ZÀ-Þ][\w'’-]+)\b", ranked.group(2)) if ranked else None
        if surname:  # "Sending for Det. Gallagher": his full name is written elsewhere
            last = fold(surname.group(1))
            full = [n for n in _mentions(text, last) if fold(n.split()[-1]) == last]
            if full:
                return max(full, key=len)
    return None


def _without_rank(line: str) -> str:
    """"DO Tomasz Grabowski" -> "Tomasz Grabowski": a rank before a signed name is no part of it."""
    m = TITLE_PREFIX.match(line.strip())
    return m.group(2) if m else line


def joined_by_address(name: str, email: str) -> str:
    """"Tamara Lind Qvist" read by OCR, tamara.lindqvist@... written: the address joins the
    surname OCR split in two."""
    local = {fold(p) for p in re.split(r"[._-]", email.split("@")[0]) if len(p) > 3}
    tokens = name.split()
    for i in range(1, len(tokens) - 1):
        pair = fold(tokens[i] + tokens[i + 1])
        if pair in local and fold(tokens[i]) not in local and fold(tokens[i + 1]) not in local:
            return " ".join([*tokens[:i], tokens[i] + tokens[i + 1].lower(), *tokens[i + 2:]])
    return _surname_by_address(tokens, local) if len(tokens) > 1 else name


# What OCR makes of a letter it cannot read: "ń" as "llill".
_GARBLED = re.compile(r"[il1|]{5,}")


def _surname_by_address(tokens: list[str], local: set[str]) -> str:
    """"Daniela M. Szymallillska" read off a fax, dszymanska@... written: the address spells the
    surname OCR garbled (marks are lost, but the letters are right)."""
    last = skeleton(tokens[-1])
    written = {skeleton(p) for p in local} | {skeleton(p)[1:] for p in local}
    if last in written or not last.isalpha() or len(last) < 5 or not _GARBLED.search(last):
        return " ".join(tokens)
    for part in local:
        for spelled in (part, part[1:]):  # "dszymanska": the given name's initial first
            if spelled[:3] == last[:3] and spelled.isalpha() and abs(len(spelled) - len(last)) <= 4 \
                    and SequenceMatcher(None, spelled, last).ratio() >= 0.7:
                written = spelled.upper() if tokens[-1].isupper() else spelled.capitalize()
                return " ".join([*tokens[:-1], written])
    return " ".join(tokens)


_HEADER_LINE = re.compile(r"\s*(?:From|To|Cc|Sent|Date|Subject)\s*:", re.IGNORECASE)


def _message_range(doc: Document, at: int, main_end: int) -> tuple[int, int]:
    """The text of the message whose From line is at ``at``: up to the next part (an attachment
    of it, or the next attachment). The cover message when ``at`` is unknown."""
    if at < 0:
        return 0, main_end
    part_of = {p.number: p.part for p in doc.pages}
    start_span = next((sp for sp in doc.spans if sp.end > at), None)
    if start_span is None:
        return at, len(doc.text)
    part = part_of.get(start_span.page)
    end = next((sp.start for sp in doc.spans if sp.start > at and part_of.get(sp.page) != part),
               len(doc.text))
    return (0 if part == "body" else at), max(end, at)


def _mentions(text: str, last: str, headers: bool = True) -> Iterator[str]:
    """Every name found on a line holding the folded surname ``last``, ranks left off; every
    other spelling of a person, and the reordered one, holds the surname too."""
    for line in text_lines(text):
        if last in fold(line.text) and (headers or not _HEADER_LINE.match(line.text)):
            for found, _, _ in find_names(_without_rank(line.text)):
                yield found


def signed_spelling(text: str, name: str, start: int, end: int,
                    swapped: bool = False) -> str:
    """The sender's name as the message signs it: "KOWALCZYK, DEREK J" in the From header is
    "Derek Kowalczyk" under the message, "Jankowski, Paul" is "SA Paul F. Jankowski". The mail
    system writes the header; the person writes the signature, and a clerk logs that."""
    tokens = name.split()
    first, last = fold(tokens[0].rstrip(".")), fold(tokens[-1])
    signed = None
    for found in _mentions(text[start:end], last, headers=False):
        if found == name:
            continue  # the header's own words: the range starts inside the From line
        ftoks = found.split()
        f_first = fold(ftoks[0].rstrip("."))
        if fold(ftoks[-1]) == last and len(ftoks) >= 2 and (
                f_first == first or (len(f_first) == 1 and first.startswith(f_first))
                or (len(first) == 1 and f_first.startswith(first))
                or _nickname_of(tokens[0], ftoks[:-1])):
            signed = found  # the last mention: the signature closes the message
        elif len(ftoks) >= 2 and {fold(first), fold(last)} <= set(map(fold, ftoks)) \
                <= set(map(fold, tokens)) and fold(ftoks[-1]) == first:
            signed = found  # "Dao Minh Khoa" in the header, family name first; "Khoa Dao" signs
    if signed is None and len(tokens) == 2 and not swapped:
        # "AJ Whitfield" in the header, read as a surname in capitals first: try it the other way.
        other_way = f"{tokens[1]} {tokens[0]}"
        found = signed_spelling(text, other_way, start, end, swapped=True)
        return found if found != other_way else name
    return signed or name


# Everyday short forms of given names ("Bill" for William; a prefix such as "Bart" is also found
# without the table).
_NICKNAMES = {
    "bill": "william", "will": "william", "bob": "robert", "rob": "robert", "bobby": "robert",
    "mike": "michael", "jim": "james", "jimmy": "james", "dick": "richard", "rick": "richard",
    "rich": "richard", "ted": "edward", "ed": "edward", "tony": "anthony", "jack": "john",
    "chuck": "charles", "charlie": "charles", "peggy": "margaret", "maggie": "margaret",
    "liz": "elizabeth", "beth": "elizabeth", "betty": "elizabeth", "kate": "katherine",
    "katie": "katherine", "kathy": "katherine", "sandy": "sandra", "sue": "susan",
    "jen": "jennifer", "jenny": "jennifer", "pat": "patricia", "patty": "patricia",
    "steve": "stephen", "joe": "joseph", "ben": "benjamin", "nick": "nicholas", "andy": "andrew",
    "drew": "andrew", "dan": "daniel", "danny": "daniel", "dave": "david", "matt": "matthew",
    "tom": "thomas", "tommy": "thomas", "greg": "gregory", "jeff": "jeffrey", "ken": "kenneth",
    "larry": "lawrence", "hank": "henry", "harry": "henry", "peg": "margaret", "abby": "abigail",
    "becky": "rebecca", "vicky": "victoria", "cindy": "cynthia", "debbie": "deborah",
    "chris": "christopher", "alex": "alexander", "sam": "samuel", "zach": "zachary",
}


def _nickname_of(short: str, full: list[str]) -> bool:
    """"Bart" for "Bartholomew J.", "Bill" for "William", "AJ" for "Aaron J.": the header's
    everyday name for the given names the person signs with."""
    nick, given = fold(short.rstrip(".")), fold(full[0].rstrip("."))
    if len(nick) >= 3 and given.startswith(nick) and len(given) > len(nick):
        return True
    if _NICKNAMES.get(nick) == given:
        return True
    initials = "".join(fold(t)[:1] for t in full)
    return len(full) >= 2 and 2 <= len(nick) <= 3 and nick == initials


def fullest_spelling(text: str, name: str) -> str:
    """The best-written form of ``name`` in the document: "B. Kessler" signed above "Brandon
    Kessler", or "Tomás Echeverria" read by OCR where the typed caption has "Echeverría"."""
    tokens = name.split()
    first, last = fold(tokens[0].rstrip(".")), fold(tokens[-1])
    initial = len(first) == 1
    best, best_score = name, _spelling_score(name)
    outside_headers = set(_mentions(text, last, headers=False))
    for found in _mentions(text, last):
        ftoks = found.split()
        folded = list(map(fold, ftoks))
        if len(ftoks) == len(tokens) and folded != list(map(fold, tokens)) and sorted(
                folded) == sorted(map(fold, tokens)) and best == name and found in outside_headers \
                and len(ftoks[-1].rstrip(".")) > 1:  # "O'Donnell Ryan M.": an OCR comma's inversion
            best = found  # "Reyes-Whitman Daniela" in a header, "Daniela Reyes-Whitman" signed
            best_score = _spelling_score(found)
            continue
        f_first = fold(ftoks[0].rstrip("."))
        f_last = fold(ftoks[-1])
        if (f_first == first and len(last) >= 4 and f_last.startswith(last)
                and 0 < len(f_last) - len(last) <= 3 and best == name):
            best = " ".join([*tokens[:-1], ftoks[-1]])  # OCR cut a signed "Aldridge" to "Aldrid"
            best_score = _spelling_score(best)
            continue
        if f_last != last or len(f_first) < 2:
            continue
        if not (f_first.startswith(first) if initial else f_first == first):
            continue
        if not initial and len(ftoks) != len(tokens):
            continue
        score = _spelling_score(found)
        if score > best_score:
            best, best_score = found, score
    return _with_middle_initial(text, best)


def _with_middle_initial(text: str, name: str) -> str:
    """"Teresa Brandt" signs; the body names "Deportation Officer Teresa L. Brandt": a clerk logs
    the fuller name. Only an initial written with its full stop, outside the mail headers."""
    tokens = name.split()
    if len(tokens) != 2 or len(tokens[0].rstrip(".")) < 2:
        return name
    first, last = fold(tokens[0]), fold(tokens[1])
    for found in _mentions(text, last, headers=False):
        ftoks = found.split()
        if (len(ftoks) == 3 and re.fullmatch(r"[A-Z]\.", ftoks[1])
                and fold(ftoks[0]) == first and fold(ftoks[2]) == last):
            return " ".join([tokens[0], ftoks[1], tokens[1]])
    return name


def _spelling_score(name: str) -> tuple[int, int]:
    # A written-out first name beats an initial; then more accents (OCR drops them, never adds).
    full_first = int(len(name.split()[0].rstrip(".")) > 1)
    return full_first, accent_count(name)


def _read_by_ocr(doc: Document, found: Evidence | None) -> bool:
    """Whether the name was read off a scan (OCR drops accents; typed text keeps them)."""
    if found is None or found.page is None:
        return True
    return any(page.number == found.page and page.ocr for page in doc.pages)


def _is_fax(text: str, at: int) -> bool:
    line_start = text.rfind("\n", 0, at) + 1
    return re.search(r"fax", text[line_start:at], re.IGNORECASE) is not None


def extract_requestor(doc: Document, parsed: Doc) -> Requestor:
    text = doc.text
    main_end = main_part_end(doc)
    evidence: dict[str, Evidence] = {}
    header_name, header_email, from_span = from_header(doc)
    person, sig = find_person(doc, main_end)
    if sig is None and person and person.how == "label" and not header_name:
        # "Requested by: Jamal K. Whitfield, Assistant Prosecuting Attorney / Franklin County
        # Prosecuting Attorney's Office / Tel. ...": the lines under a labelled requester are his.
        line_start = text.rfind("\n", 0, person.start) + 1
        block_end = line_start
        for _ in range(3):
            nl = text.find("\n", block_end + 1)
            block_end = len(text) if nl < 0 else nl
        sig = (line_start, block_end)
    from_display = EMAIL.sub("", doc.headers.get("From", "")).strip(" <>\"'")
    name = (header_name or (person.name if person else None)
            or (None if from_display else name_from_address(header_email)))
    if name and header_name:
        name = signed_spelling(text, name, *_message_range(doc, from_span[0], main_end))
    principal = on_behalf_of(text, main_end)
    if principal and principal != name:
        # An assistant sends it for the detective or attorney who asks: they are the requester.
        name, header_name, header_email, person, sig = principal, None, None, None, None
    if name:
        name = fullest_spelling(text, name)
    title = person.title if person and (not header_name or person.name == header_name) else None

    if header_name:
        if from_span[0] >= 0:
            evidence["person"] = evidence_for(doc, *from_span)
    elif person:
        evidence["person"] = evidence_for(doc, person.start, person.end)

    if name and (sig is None or title is None):
        # The sender's name in the body (an e-mail signature after "- Angela", a form's
        # officer line): the lines under it give title and contact details.
        found_block = name_block(text, name, main_end)
        if found_block:
            block, name_end = found_block
            sig = sig or block
            if title is None:
                title = signature_title(text, block, Person(name, block[0], name_end, None))

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
        phone = " ".join(phones[0].group(0).split())  # "(505)\n555-0144" wraps
        evidence["phone"] = evidence_for(doc, phones[0].start(), phones[0].end())
    if name and (phone is None or email is None or title is None) and main_end < len(text):
        # A cover e-mail with the sender's own letter attached: their signature is there.
        found_block = name_block(text, name, len(text))
        if found_block and found_block[0][0] >= main_end:
            (b_start, b_end), name_end = found_block
            if title is None:
                title = signature_title(text, (b_start, b_end),
                                         Person(name, b_start, name_end, None))
            if phone is None:
                m = next((m for m in PHONE.finditer(text, b_start, b_end + 200)
                          if not _is_fax(text, m.start())), None)
                if m:
                    phone = " ".join(m.group(0).split())
                    evidence["phone"] = evidence_for(doc, m.start(), m.end())
            if email is None:
                e = EMAIL.search(text, b_start, b_end + 200)
                if e:
                    email = e.group(0)
                    evidence["email"] = evidence_for(doc, e.start(), e.end())

    read_by_ocr = bool(doc.ocr_pages) and _read_by_ocr(doc, evidence.get("person"))
    if name and email and read_by_ocr:
        name = joined_by_address(name, email)  # typed text splits no surname: "Red Elk" is two words
    if name and read_by_ocr and not accent_count(name):
        name = restore_accents(name)  # as for subjects: "Raul Benavides" off a fax is "Raúl"
    key, agency_name, component = choose_agency(doc, parsed, main_end, sig, email, title,
                                                evidence)
    if title and person:
        evidence["title"] = evidence_for(doc, person.start, person.end)
    return Requestor(
        agency_key=key,  # type: ignore[arg-type]
        agency_name=agency_name,
        component=component,
        person=name,
        title=clean_title(title, name),
        email=email,
        phone=phone,
        evidence=evidence,
    )
