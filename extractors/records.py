"""What records a request asks for, in the log's vocabulary.

Only the asking part of the text counts: sentences with a request verb ("provide", "produce",
"requests", "bring with you", "to be seized" ...) and the lines under a "records requested"
style heading. Subject blocks ("DOB: 01/02/1980", "DL# ...") describe the person, not what is
wanted, and are skipped.
"""

from __future__ import annotations

import re

from requestdesk.document import Document

VOCABULARY: tuple[str, ...] = (
    "address", "phone", "email", "photo", "vehicle", "license", "identity_documents", "wages",
    "employment", "claims", "benefits", "tax", "criminal_history", "ssn", "date_of_birth", "other",
)

_TERMS: dict[str, str] = {
    "address": r"address(?:es)?(?!\s+of\s+record\s+for\s+the\s+(?:agency|office))|residen(?:ce|tial)"
               r"|where\s+\w+\s+(?:lives|resides)|whereabouts|domicile",
    "phone": r"(?:tele)?phone\s+numbers?|phone\s+records|contact\s+numbers?|cell(?:ular)?\s+numbers?"
             r"|(?:home|cell|mobile|work)\s+(?:and\s+(?:home|cell|mobile|work)\s+)?(?:tele)?phones?\b"
             r"|(?<!by\s)\btelephone\b(?!\s+or\s+other)",
    "email": r"e-?mail\s+address(?:es)?|e-?mail\s+accounts?",
    "photo": r"photo(?:graph)?s?\b|digital\s+images?|images?\s+on\s+file|portrait|facial\s+image|likeness"
             r"|(?:(?:driver'?s?\s+)?licen[cs]e|\bDL|\bID)(?:\s*/\s*(?:ID|DL|identification)(?:\s+cards?)?)?"
             r"\s+(?:(?:application|file|digital|issuance)\s+)?(?:photo(?:graph)?s?|images?|pictures?)"
             r"|\bmugshots?\b",
    "vehicle": r"vehicles?|registrations?\b(?!\s+number)|licen[cs]e\s+plates?|plate\s+numbers?|\bVINs?\b"
               r"|title\s+(?:records|history)|motor\s+vehicle\s+records|(?:vehicle|car|auto)\s+titles?"
               r"|titles?\s+(?:and|&)\s+registrations?|\bplates\b|\btag\s+numbers?",
    "license": r"driver'?s?\s+licen[cs]es?(?!\s+(?:photo|image|picture|number|no\b))"
               r"|identification\s+cards?|\bID\s+cards?|driving\s+(?:record|history|privilege)|licen[cs]e\s+"
               r"(?:records?|history|status|applications?|files?)|\bCDL\b|\bDL\s+(?:records?|history)"
               r"|\bOLNs?\b|operator'?s?\s+licen[cs]e|\bDL\b(?!\s*(?:#|:|no\b|number|\d))",
    "identity_documents": r"identi(?:fication|ty)\s+documents?|passports?"
                          r"|birth\s+certificates?|source\s+documents|documents?\s+(?:presented|submitted)"
                          r"|proof\s+of\s+(?:identity|lawful\s+presence|residency)|visas?\b",
    "wages": r"(?:\bUI\s+)?wages?\b|earnings|payroll|salary|income\s+records|quarterly\s+(?:wage|earnings)"
             r"|\bW-?2s?\b|\bpay\s+(?:stubs|records|history)",
    "employment": r"employ(?:er|ers|ment)\b|place\s+of\s+work|work\s+history|job\s+(?:title|history)"
                  r"|occupation",
    "claims": r"claims?\b(?!\s+(?:that|to\s+be))|unemployment\s+insurance|\bUI\s+(?:records|benefits|file)",
    "benefits": r"benefits?\b(?!\s+fraud)|\bSNAP\b|food\s+(?:stamps|assistance)|medicaid|\bTANF\b"
                r"|public\s+assistance|cash\s+assistance|\bWIC\b|child\s+care\s+assistance|\bLEAP\b",
    "tax": r"tax\s+(?:returns?|records|filings?|information|liabilit\w+)|\b1099s?\b",
    "criminal_history": r"criminal\s+(?:history|records?|background)|arrest\s+(?:records|history)"
                        r"|rap\s+sheets?|booking\s+(?:records|photos?)|convictions?",
    "employer_address": r"employer'?s?\s+(?:name\s+(?:and|&)\s+)?address(?:es)?",
    "ssn": r"social\s+security\s+(?:numbers?|no\.?)|\bSSNs?\b",
    "date_of_birth": r"dates?\s+of\s+birth|\bDOBs?\b|birth\s*dates?",
    "other": r"\bIP\s+address(?:es)?|IP\s+logs?|log-?in\s+(?:records|history|activity|information)"
             r"|access\s+logs|session\s+(?:logs|records)|account\s+(?:activity|access)"
             r"|device\s+identifiers|bank(?:ing)?\s+(?:account|records|information)|financial\s+records"
             r"|utility\s+(?:records|accounts?)|\bmedical\s+records"
             # a detainer's or a prison's answers: when and where a person in custody is released
             r"|release\s+dates?|dates?\s+of\s+release|(?:prior\s+to|before|of\s+(?:the\s+)?(?:alien'?s?\s+)?)"
             r"release\b|custody\s+(?:records|status)|incarceration|(?:inmate|offender)\s+records"
             r"|(?:maintain|hold)\s+custody",
}
# Matched (and removed) first so that "e-mail address" is not also an address.
_CONSUMING = ("other", "email", "photo", "license", "employer_address", "wages")
_PATTERNS = {key: re.compile(r"(?<!\w)(?:" + rx + r")", re.IGNORECASE) for key, rx in _TERMS.items()}

_ASKING = re.compile(
    r"\b(?:provide|produce|request(?:s|ed|ing)?|seek(?:s|ing)?|send|furnish|disclose|release"
    r"|bring\s+with\s+you|to\s+be\s+(?:seized|searched|produced)|search\s+the\s+following|need(?:s|ed)?"
    r"|obtain|ask(?:s|ing)?\s+for|namely|seize|pull|look\s+up|run\s+a|can\s+you|could\s+you"
    r"|copies\s+of|copy\s+of|any\s+and\s+all|all\s+records|records?\s+(?:of|for|regarding|relating"
    r"|reflecting|showing|pertaining)|looking\s+for|would\s+like|asks?\s+for|ask\s+that|please"
    r"|information\s+(?:on|about|regarding)|verify|confirm|locat(?:e|ing)|determin(?:e|ing)"
    r"|identify(?:ing)?|whereabouts|listed\s+below|as\s+follows|the\s+following|to\s+wit|covers"
    r"|sought|production\s+of|notify)\b",
    re.IGNORECASE,
)
_RECORDS_HEADING = re.compile(
    r"^\s*(?:records?\s+(?:requested|sought|to\s+be\s+produced)|information\s+requested|items?\s+to\s+be"
    r"\s+seized|property\s+to\s+be\s+seized|attachment\s+[ab]|schedule\s+a|rider|documents?\s+requested|records"
    r"|requested|(?:the\s+)?(?:records?|information|documents?|items?|data)\s+(?:sought|needed|desired"
    r"|requested|listed\s+below|described\s+below"
    r"|as\s+follows|to\s+be\s+(?:produced|provided|disclosed))"
    r")[ \t]*(?::|$)"
    r"|^[^\n:]{0,60}\b(?:provide|produce|request|seek|bring|disclose|furnish)[^\n:]{0,60}:[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A field label followed by a value: it describes the subject, it does not ask for anything.
_FIELD_VALUE = re.compile(
    r"\b(?:DOB|D\.O\.B\.|date\s+of\s+birth|SSN|social\s+security\s+(?:number|no\.?)|address|phone"
    r"|e-?mail|DL|driver'?s?\s+licen[cs]e(?:\s+(?:number|no\.?|#))?|A-?number)\s*[:#]\s*\S"
    r"|\b(?:DOB|D\.O\.B\.|date\s+of\s+birth|born)\s*(?:of\s+|on\s+|in\s+)?\(?"
    r"(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)"
    r"|\b(?:SSN|social\s+security\s+(?:number|no\.?))\s*(?:\(?last\s*(?:4|four)\)?\s*)?[:#]?\s*"
    r"(?:ending|last\s+(?:4|four)|xxx|\*{3}|\d)",
    re.IGNORECASE,
)
_ALIAS = {"employer_address": "employment"}
# Agency names ("Department of Labor and Employment", "Division of Motor Vehicles") name the
# recipient, not the records.
_AGENCY_NAME = re.compile(
    r"\b(?:Department|Dept\.?|Division|Office|Bureau|Section|Unit)\s+of\s+"
    r"(?:(?:the|and|&)\s+|[A-Z][\w.'-]*\s*)+"
)
# Contact details of the requester or of counsel are not records asked for.
_CONTACT = re.compile(
    r"direct\s+(?:your|any|the)\s+(?:response|questions|reply)|contact\s+(?:me|the\s+undersigned)"
    r"|(?:sent|mailed|faxed|delivered|returned|emailed|e-mailed)\s+(?:\w+\s+)?to\s+(?:the|my|our)\s+"
    r"(?:e-?mail\s+)?address|(?:e-?mail\s+)?address\s+(?:below|above)"
    r"|reach\s+me|call\s+me|(?:attorney|counsel)\s+representing|who\s+(?:issues\s+or\s+)?requests\s+this"
    r"|^\s*(?:From|Cc|Sent):|\b(?:requested|submitted)\s+by\s*:",
    re.IGNORECASE | re.MULTILINE,
)


def extract_records_requested(doc: Document, parsed: object = None) -> list[str]:
    found: set[str] = set()
    for segment in _asking_segments(doc.text):
        cleaned = _AGENCY_NAME.sub(" ", _FIELD_VALUE.sub(" ", _HEADER_ROW.sub(" ", segment)))
        for key in _CONSUMING + tuple(k for k in _PATTERNS if k not in _CONSUMING):
            cleaned, hits = _PATTERNS[key].subn(" ", cleaned)
            if hits:
                found.add(_ALIAS.get(key, key))
    return [key for key in VOCABULARY if key in found]


def _asking_segments(text: str) -> list[str]:
    """Sentences that ask for something, and the block under a records heading."""
    out: list[str] = []
    for sentence in _sentences(text):
        asking = _ASKING.search(sentence)
        if asking and not _CONTACT.search(sentence):
            # What is asked for follows the request verb ("In a benefits fraud case, please
            # provide his address"), unless the verb closes the sentence ("... are requested").
            after = sentence[asking.start():]
            out.append(after if len(sentence[asking.end():].strip()) > 15 else sentence)
    for m in _TABLE_HEAD.finditer(text):
        # "Role  Name  DOB  DL  Requested": the rows under the header say what is asked per person.
        rows = [ln for ln in text[m.end():m.end() + 1500].split("\n") if ln.strip()][:6]
        taken = []
        for row in rows:
            if row.rstrip().endswith(".") or _TABLE_HEAD.match(row):
                break
            taken.append(row)
        out.append("\n".join(taken))
    for m in _RECORDS_HEADING.finditer(text):
        body = m.end() + len(text[m.end():]) - len(text[m.end():].lstrip())  # the heading may stand alone
        out.append(text[m.start():_block_end(text, body)])
    for m in _LIST_INTRO.finditer(text):
        begin = max(text.rfind(". ", 0, m.start()), text.rfind("\n\n", 0, m.start()), 0)
        intro = text[begin:m.end()]  # the whole sentence: its verb may sit on an earlier line
        asks = intro
        if _CONTINUED_LIST.match(m.group(0)):
            asks = text[max(0, m.start() - 400):m.end()]  # "including:" after a list of people
        elif not _POINTS_AHEAD.search(intro):
            continue  # "...the following records for Defendant X (DOB ...):" points ahead
        if _INTRO_ASKS.search(asks) and not _CONTACT.search(intro):
            out.append(_list_items(text, m.end()))
    return out


# "produce the following records relating to the persons listed below:" — a table of the people
# may come first; the numbered items after it are what is asked for.
_LIST_INTRO = re.compile(r"^[^\n]*:[ \t]*$", re.MULTILINE)
_POINTS_AHEAD = re.compile(r"\b(?:following|below|these|as\s+follows)\b", re.IGNORECASE)
_CONTINUED_LIST = re.compile(r"\s*(?:including|to\s+include|specifically|namely)\b", re.IGNORECASE)
_INTRO_ASKS = re.compile(
    r"\b(?:provide|produce|request(?:s|ed)?|seek(?:s|ing)?|send|furnish|disclose|release|bring|seiz(?:e|ed)"
    r"|search(?:ed)?|need(?:s|ed)?|obtain|copies|records|information|documents|data|please|would\s+like"
    r"|looking\s+for|ask(?:s|ing)?\s+for|want(?:s|ed)?|requir(?:e|es|ed)|commanded|locat(?:e|ing)|verify"
    r"|identify|schedule\s+[a-z]|attachment\s+[a-z]|rider)\b", re.IGNORECASE)
_ITEM = re.compile(r"^[ \t]*(?:\d{1,2}[.)]|[a-zA-Z][.)]|\([0-9a-z]{1,3}\)|[-•*▪])\s")


def _list_items(text: str, start: int) -> str:
    """The list items after an introducing line, skipping up to eight lines (a table of names)
    before the first item; a line that is neither an item nor its continuation ends the list."""
    items: list[str] = []
    skipped = 0
    for line in text[start:start + 4000].split("\n")[1:]:
        if _ITEM.match(line):
            items.append(line)
        elif items and line.strip() and (line[:1] in " \t" or line.strip()[:1].islower()):
            items[-1] += " " + line.strip()
        elif items and line.strip():
            break
        elif not items and line.strip():
            skipped += 1
            if skipped > 8:
                break
    return "\n".join(items)


_LIST_ITEM = re.compile(r"\n\s*\n[ \t]*(?:\d{1,2}[.)]|[a-zA-Z][.)]|\([0-9a-z]{1,3}\)|[-•*▪])\s")


def _block_end(text: str, start: int) -> int:
    """The end of the block under a heading: the next blank line, unless a numbered or bulleted
    item follows it (warrant attachments put a blank line between items)."""
    limit = min(len(text), start + 3000)
    pos = start
    while True:
        gap = text.find("\n\n", pos, limit)
        if gap == -1:
            return limit
        item = _LIST_ITEM.match(text, gap)
        if not item:
            return gap
        pos = item.end()


_ABOUT_PEOPLE = re.compile(
    r"\b(?:for|on|regarding|concerning|about|of|to|identify)\s+(?:the\s+)?following\b[^:]*:$"
    r"|\b(?:person|persons|individuals?|subjects?|people|claimants?|defendants?)\b[^:]*:$",
    re.IGNORECASE,
)


def _introduces_records(line: str) -> bool:
    """A sentence that ends in a colon before the list of what it asks for, not before the
    list of people it asks about, and not a short form label ("Requested by:")."""
    return line.endswith(":") and len(line) > 40 and not _ABOUT_PEOPLE.search(line)


# A table's header row names columns about the person ("Name  DOB  WA DL"), not records asked for.
_HEADER_ROW = re.compile(
    r"^[ \t]*(?=[^\n]*\bName\b)(?=[^\n]*\b(?:DOB|D\.O\.B\.?|Date of Birth)(?![\w.]))"
    r"(?:[A-Z][\w/#.()-]*[ \t]*){2,10}$", re.MULTILINE)
_TABLE_HEAD = re.compile(
    r"^[ \t]*(?=[^\n]*\bName\b)(?:[A-Z][\w/#.()-]*[ \t]+){2,8}(?:Records?\s+|Information\s+)?"
    r"(?:Requested|Needed|Sought)[ \t]*$", re.MULTILINE)
_ABBREVIATION_END = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Det|Sgt|Lt|Inv|Insp|No|Nos|St|Jr|Sr|[A-Z])\.$")


def _sentences(text: str) -> list[str]:
    """Split at sentence ends and at blank lines, but keep a sentence whole when a blank line
    falls inside it (scans and faxes often break a paragraph mid-sentence)."""
    out: list[str] = []
    chunks: list[str] = []
    for chunk in re.split(r"(?<=[.!?])\s+", text):
        if chunks and _ABBREVIATION_END.search(chunks[-1]):
            chunks[-1] += " " + chunk  # "for Mr. Farah, the names and addresses ..."
        else:
            chunks.append(chunk)
    for chunk in chunks:
        parts = re.split(r"\n\s*\n", chunk)
        current = parts[0]
        for part in parts[1:]:
            last_line = current.rstrip().rsplit("\n", 1)[-1]
            if _introduces_records(last_line) or (re.search(r"[a-z,;]$", last_line)
                                                  and len(last_line) > 40 and part[:1].islower()):
                current += "\n" + part
            else:
                out.append(current)
                current = part
        out.append(current)
    return out
