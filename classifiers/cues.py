"""Textual cues for each kind of legal process, modelled on the real federal forms.

Patterns run on *folded* text (lower case, "l" and "|" read as "i") so OCR slips in headings
still match; form numbers run on the original text. Each cue has a ``kind``:

- ``form``: a form number (AO 93, I-200 ...), the most specific cue;
- ``heading``: the document's title; only counts when it stands as a heading (fills its line or
  is printed in capitals), otherwise it is a mere mention;
- ``command``: operative words of the instrument ("To: Any authorized law enforcement officer");
- ``signature``: who signs it;
- ``authority``: the statute the instrument issues under.

Court-side generic cues (a court caption, a judge's or clerk's signature) are kept separately
because they support every court-issued type.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FOLD = str.maketrans({"l": "i", "|": "i", "’": "'", "`": "'", "–": "-", "—": "-"})


def fold(text: str) -> str:
    """Lower-case and merge OCR-confusable letters, keeping every character's position."""
    out = []
    for ch in text:
        low = ch.lower()
        out.append(low if len(low) == 1 else ch)
    return "".join(out).translate(_FOLD)


def _p(pattern: str) -> re.Pattern[str]:
    # Patterns are written in plain English; fold their literal letters the same way.
    return re.compile(pattern.replace("l", "i"), re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Cue:
    ptype: str
    kind: str  # form, heading, command, signature, authority
    weight: int
    pattern: re.Pattern[str]
    folded: bool = True  # False: match on the original text (form numbers)
    upper: bool = False  # a heading that only counts when printed in capitals
    court_only: bool = False  # a title only a court's document carries (no agency form uses it)


_SP = r"\s+"
_FORM_I = r"(?<![\w-])(?:[Il|]\s?[-–—]?\s?|1\s?[-–—]\s?)"
_NOT_PHONE = r"(?![\w-]|\s?[-–—]\s?\d)"

CUES: tuple[Cue, ...] = (
    # --- judicial warrant (AO 93, AO 93C, AO 442; state search and arrest warrants)
    Cue("judicial_warrant", "form", 5,
        re.compile(r"\bA[O0]\s?-?\s?(?P<form>93C?|442|106A?)" + _NOT_PHONE), folded=False),
    Cue("judicial_warrant", "heading", 4, _p(r"search\s+and\s+seizure\s+warrant"), court_only=True),
    Cue("judicial_warrant", "heading", 4,
        _p(r"(?<!for\s)(?<!application\s)\b(?:search|arrest|bench)\s+warrant\b(?!\s+of\s+alien)")),
    Cue("judicial_warrant", "heading", 4,
        _p(r"warrant\s+(?:for|of)\s+(?:the\s+)?arrest\b(?!\s+of\s+(?:an\s+)?alien)")),
    Cue("judicial_warrant", "heading", 4, _p(r"warrant\s+by\s+telephone\s+or\s+other\s+reliable")),
    Cue("judicial_warrant", "heading", 4,
        _p(r"warrant\s+(?:to|for(?:\s+the)?)\s+(?:search|seize|seizure|enter)\b"), upper=True),
    Cue("judicial_warrant", "heading", 3, _p(r"^[ \t]*warrant[ \t]*$"), upper=True),
    # Florida's and other states' arrest warrant: "CAPIAS", "ALIAS CAPIAS".
    Cue("judicial_warrant", "heading", 4, _p(r"^[ \t]*(?:alias\s+)?capias\b[^\n]{0,30}$"), upper=True),
    Cue("judicial_warrant", "command", 3,
        _p(r"\b(?:take|arrest)\b[^.]{0,120}\b(?:safely\s+keep|have\s+(?:his|her|their|the)\s+bod(?:y|ies))")),
    Cue("judicial_warrant", "command", 3,
        _p(r"(?:authorized|directed|commanded|ordered)\s+(?:and\s+(?:directed|commanded|required)\s+)?to\s+"
           r"(?:forthwith\s+|immediately\s+)?(?:make\s+(?:immediate\s+)?search|enter\s+and\s+search"
           r"|search\s+(?:the|for|forthwith))")),
    Cue("judicial_warrant", "command", 2,
        _p(r"date\s+and\s+time\s+warrant\s+executed|inventory\s+(?:of\s+(?:the\s+)?property\s+(?:taken|seized)"
           r"|made\s+in\s+the\s+presence)|(?:execute|return)\s+this\s+warrant")),
    Cue("judicial_warrant", "command", 3,
        _p(r"to:?\s+any\s+authorized\s+law\s+enforcement\s+officer")),
    Cue("judicial_warrant", "command", 3,
        _p(r"commanded\s+to\s+(?:execute\s+this\s+warrant|search\b|arrest\s+and\s+bring)")),
    Cue("judicial_warrant", "command", 3,
        _p(r"to\s+any\s+(?:peace|police|law\s+enforcement)\s+officer\s+(?:in|of|within)\s+the\s+state")),
    Cue("judicial_warrant", "command", 3,
        _p(r"(?:i|we)\s+(?:therefore\s+|hereby\s+)*command\s+(?:that\s+)?you\s+(?:to\s+)?(?:search|seize|arrest)")),
    Cue("judicial_warrant", "command", 3,
        _p(r"commanded\s+to\s+(?:forthwith\s+)?(?:search|arrest)\b")),
    Cue("judicial_warrant", "command", 3,
        _p(r"to\s+(?:the\s+)?(?:sheriff|constable|marshal)\s+or\s+any\s+(?:peace|police|law\s+enforcement)"
           r"\s+officer|to\s+any\s+(?:sheriff|constable|peace\s+officer|police\s+officer)\s+(?:of|in)\s+"
           r"(?:the\s+)?(?:said\s+)?(?:state|county|city)")),
    Cue("judicial_warrant", "signature", 2, _p(r"issuing\s+officer's\s+signature")),
    # --- court order (incl. 18 U.S.C. 2703(d) orders, state production orders)
    Cue("court_order", "heading", 4,
        _p(r"^[ \t]*(?:\[proposed\]\s+)?(?:[a-z]+\s+){0,3}order\b(?!\s+to\s+appear\s+and\s*/\s*or\s+produce)"
           r"[^\n]{0,80}$"), upper=True),
    Cue("court_order", "command", 4, _p(r"it\s+is\s+(?:hereby\s+|further\s+|therefore\s+)*ordered")),
    Cue("court_order", "command", 3, _p(r"\bso\s+ordered\b")),
    Cue("court_order", "command", 2, _p(r"the\s+court\s+(?:hereby\s+)?(?:finds|orders)\b")),
    # --- grand jury subpoena (AO 110)
    Cue("grand_jury_subpoena", "form", 5,
        re.compile(r"\bA[O0]\s?-?\s?(?P<form>110)" + _NOT_PHONE), folded=False),
    Cue("grand_jury_subpoena", "heading", 5,
        _p(r"subpoena\s+to\s+testify\s+before\s+(?:a|the)\s+(?:federal\s+|special\s+|state\s+)?grand\s+jury"),
        court_only=True),
    Cue("grand_jury_subpoena", "heading", 4, _p(r"grand\s+jury\s+subpoena"), court_only=True),
    # State grand juries: "SUBPOENA DUCES TECUM TO APPEAR BEFORE THE GRAND JURY", "Grand Jury No."
    Cue("grand_jury_subpoena", "heading", 5,
        _p(r"subpoena(?:\s+duces\s+tecum)?\s+(?:to\s+(?:appear|testify|produce)(?:\s+[a-z,]+){0,4}\s+)?"
           r"before\s+(?:a|the)\s+(?:[\w']+\s+){0,4}grand\s+jury"), court_only=True),
    # Georgia: "SUBPOENA FOR PRODUCTION OF DOCUMENTARY EVIDENCE TO THE GRAND JURY".
    Cue("grand_jury_subpoena", "heading", 5,
        _p(r"subpoena\s+(?:[\w']+\s+){1,6}?to\s+(?:a|the)\s+(?:[\w']+\s+){0,3}grand\s+jury\b"),
        court_only=True),
    Cue("grand_jury_subpoena", "caption", 3,
        _p(r"\bgrand\s+jury\s+(?:no\.|number|case\s+no)|in\s+the\s+matter\s+of\s+the\s+[^\n]{0,60}"
           r"grand\s+jury|\bin\s+re:?\s+(?:the\s+)?(?:[\w']+\s+){0,4}grand\s+jury\b")),
    Cue("grand_jury_subpoena", "command", 3, _p(r"testify\s+before\s+the\s+court's\s+grand\s+jury")),
    Cue("grand_jury_subpoena", "command", 3,
        _p(r"(?:commanded|required|summoned)\b[\s\S]{0,200}?\bappear\s+before\s+the\s+"
           r"(?:[\w']+\s+){0,4}grand\s+jury")),
    Cue("grand_jury_subpoena", "command", 3, _p(r"commanded\s+to\s+appear[^.]{0,120}grand\s+jury")),
    # Massachusetts and others: "SUBPOENA DUCES TECUM (Grand Jury)", "GRAND JURY SITTING 2025-A".
    Cue("grand_jury_subpoena", "heading", 5,
        _p(r"subpoena(?:\s+duces\s+tecum)?\s*\(\s*(?:for\s+(?:a|the)\s+)?(?:special\s+|county\s+|"
           r"investigating\s+|statewide\s+|regular\s+)?grand\s+jury\s*\)"),
        court_only=True),
    Cue("grand_jury_subpoena", "caption", 3, _p(r"\bgrand\s+jury\s+sitting\b")),
    # New York: "SUBPOENA DUCES TECUM FOR GRAND JURY", "GJ No. 2025-0318", "WE COMMAND YOU ...
    # you appear and attend before the GRAND JURY of the County of Kings".
    Cue("grand_jury_subpoena", "heading", 5,
        _p(r"subpoena(?:\s+duces\s+tecum)?\s+for\s+(?:the\s+|a\s+)?grand\s+jury"), court_only=True),
    # (Patterns meet folded, lower-case text: "GJ No. 2025-0611" is matched as "gj no.")
    Cue("grand_jury_subpoena", "caption", 3, _p(r"\bg\.?\s?j\.?\s+(?:no\.|number|#)\s*\d")),
    # "In re: Special Grand Jury Investigation No. SGJ-2026-02"; "a matter then pending before
    # said Grand Jury".
    Cue("grand_jury_subpoena", "caption", 3,
        _p(r"\bgrand\s+jury\s+investigation\s+(?:no\.|number|#)")),
    Cue("grand_jury_subpoena", "command", 3, _p(r"\bpending\s+before\s+(?:the\s+|said\s+)grand\s+jury")),
    Cue("grand_jury_subpoena", "command", 3,
        _p(r"command\s+you\b[^.]{0,160}\b(?:appear|attend)(?:\s+and\s+(?:attend|appear|testify))?"
           r"\s+before\s+(?:the|a)\s+(?:[\w']+\s+){0,4}grand\s+jury")),
    # "SUBPOENA - GRAND JURY"; a heading line naming the grand jury: "DAVIDSON COUNTY GRAND JURY".
    Cue("grand_jury_subpoena", "heading", 5, _p(r"subpoena\s*[-–—:]\s*grand\s+jury\b"), court_only=True),
    Cue("grand_jury_subpoena", "heading", 4,
        _p(r"^[ \t]*(?:[a-z.']+[ \t]+){0,4}(?:county|state|statewide|special|regular)[ \t]+grand[ \t]+jury"
           r"[ \t]*$"),
        upper=True, court_only=True),
    Cue("grand_jury_subpoena", "signature", 2,
        _p(r"(?:assistant\s+)?united\s+states\s+attorney,?\s+who\s+requests\s+this\s+subpoena")),
    # --- subpoena in a court case (AO 88, 88A, 88B, 89, 89B, 90; state subpoenas duces tecum)
    Cue("court_subpoena", "form", 5,
        re.compile(r"\bA[O0]\s?-?\s?(?P<form>88[AB]?|89B?|90)" + _NOT_PHONE), folded=False),
    Cue("court_subpoena", "heading", 4,
        _p(r"subpoena\s+to\s+(?:produce\s+documents|appear\s+and\s+testify|testify\s+at\s+a\s+"
           r"(?:hearing|deposition|trial))")),
    Cue("court_subpoena", "heading", 4, _p(r"subpoena\s+in\s+a\s+(?:civil|criminal)\s+(?:case|action)")),
    Cue("court_subpoena", "heading", 3, _p(r"subpoena\s+duces\s+tecum")),
    Cue("court_subpoena", "authority", 2,
        _p(r"fed\.?\s*r\.?\s*civ\.?\s*p\.?\s*45|rule\s+45\s+of\s+the\s+federal")),
    Cue("court_subpoena", "heading", 3,
        _p(r"(?:criminal|civil|witness|trial)\s+subpoena|subpoena\s+(?:for\s+(?:the\s+)?production|to\s+produce"
           r"|for\s+(?:records|documents|witness))")),
    Cue("court_subpoena", "command", 2,
        _p(r"you\s+are\s+(?:hereby\s+)?commanded\s+to\s+(?:appear|produce|attend|bring)")),
    Cue("court_subpoena", "command", 3,
        _p(r"appear\s+and\s+testify[;,]?\s+(?:in\s+the\s+above[\s-]entitled\s+(?:action|case)\s+)?"
           r"before\s+the\s+court")),
    Cue("court_subpoena", "signature", 2, _p(r"attorney's\s+signature")),
    # Michigan's MC 11 and forms like it: "SUBPOENA / Order to Appear and/or Produce", signed on a
    # "Judge/Clerk/Attorney" line, with a "Person requesting subpoena" box.
    Cue("court_subpoena", "heading", 3, _p(r"order\s+to\s+appear\s+and\s*/\s*or\s+produce")),
    Cue("court_subpoena", "signature", 2,
        _p(r"judge\s*/\s*clerk\s*/\s*attorney|person\s+requesting\s+(?:the\s+|this\s+)?subpoena")),
    Cue("court_subpoena", "signature", 2,
        _p(r"attorney\s+for\s+(?:the\s+)?(?:plaintiffs?|defendants?|petitioners?|respondents?|the\s+people)\b")),
    Cue("court_subpoena", "signature", 3, _p(r"subpoena\s+issued\s+by\s+(?:the\s+)?clerk")),
    Cue("court_subpoena", "signature", 2, _p(r"who\s+issues\s+or\s+requests\s+this\s+subpoena")),
    # --- administrative warrant (Forms I-200, I-205)
    Cue("administrative_warrant", "form", 5,
        re.compile(_FORM_I + r"(?P<form>20[0O]|205)" + _NOT_PHONE), folded=False),
    Cue("administrative_warrant", "heading", 5,
        _p(r"warrant\s+for\s+(?:the\s+)?arrest\s+of\s+(?:an\s+)?alien")),
    Cue("administrative_warrant", "heading", 5, _p(r"warrant\s+of\s+(?:removal|deportation)")),
    Cue("administrative_warrant", "heading", 3, _p(r"administrative\s+(?:arrest\s+)?warrant")),
    Cue("administrative_warrant", "signature", 4,
        _p(r"(?:signature|name\s+and\s+title)\s+of\s+(?:authorized\s+)?immigration\s+officer")),
    Cue("administrative_warrant", "command", 3,
        _p(r"any\s+immigration\s+officer\s+authorized\s+pursuant\s+to")),
    Cue("administrative_warrant", "command", 3,
        _p(r"(?:arrest\s+and\s+)?take\s+into\s+custody\s+(?:for\s+removal\s+proceedings|and\s+remove)")),
    Cue("administrative_warrant", "command", 3, _p(r"to\s+any\s+immigration\s+officer\s+of\s+the")),
    # --- detainer (Forms I-247A, I-247D, I-247N, I-247X)
    Cue("detainer", "form", 5,
        re.compile(_FORM_I + r"(?P<form>247\s?[ADNXadnx]?)" + _NOT_PHONE), folded=False),
    Cue("detainer", "heading", 5, _p(r"immigration\s+detainer")),
    Cue("detainer", "heading", 3, _p(r"notice\s+of\s+action")),
    Cue("detainer", "heading", 4,
        _p(r"request\s+for\s+voluntary\s+(?:notification\s+of\s+release|transfer)")),
    Cue("detainer", "command", 3, _p(r"not\s+to\s+exceed\s+48\s+hours")),
    Cue("detainer", "command", 2, _p(r"maintain\s+custody\s+of\s+the\s+(?:alien|subject)")),
    Cue("detainer", "command", 2, _p(r"subject\s+id\b[^\n]{0,40}event\s*#")),
    # A sheriff's or a state's detainer on a prisoner: "DETAINER - REQUEST TO PLACE HOLD".
    Cue("detainer", "heading", 4, _p(r"\bdetainer\b(?!\s+(?:entered|lodged\s+by))"), upper=True),
    Cue("detainer", "command", 3,
        _p(r"\b(?:place|lodge|file)\s+(?:a\s+|this\s+|our\s+)?(?:detainer|hold)\b|\bdetainer\s*/\s*hold\b")),
    # --- administrative subpoena / summons (I-138, DHS 3115, IRS 2039, DEA, inspectors general)
    Cue("administrative_subpoena", "form", 5,
        re.compile(_FORM_I + r"(?P<form>138)" + _NOT_PHONE), folded=False),
    Cue("administrative_subpoena", "form", 5,
        re.compile(r"(?:(?P<issuer>DHS|CBP|IRS)\s)?Form\s+(?P<form>3115|2039)\b", re.IGNORECASE),
        folded=False),
    Cue("administrative_subpoena", "heading", 5, _p(r"immigration\s+enforcement\s+subpoena")),
    Cue("administrative_subpoena", "heading", 4, _p(r"administrative\s+subpoena")),
    Cue("administrative_subpoena", "heading", 4, _p(r"(?:customs\s+|irs\s+|administrative\s+)summons")),
    Cue("administrative_subpoena", "heading", 3, _p(r"^[ \t]*summons[ \t]*$")),
    Cue("administrative_subpoena", "heading", 4, _p(r"inspector\s+general\s+subpoena")),
    # A state attorney general's civil investigative demand: compulsory, but issued by the office.
    Cue("administrative_subpoena", "heading", 4, _p(r"civil\s+investigative\s+demand")),
    Cue("administrative_subpoena", "command", 3,
        _p(r"by\s+the\s+service\s+of\s+this\s+(?:subpoena|summons)")),
    Cue("administrative_subpoena", "command", 3, _p(r"you\s+are\s+(?:hereby\s+)?summoned")),
    Cue("administrative_subpoena", "command", 3,
        _p(r"(?:you\s+are\s+)?(?:hereby\s+)?required\s+to\s+appear\s+before\s+(?!the\s+(?:court|grand|judge|honorable)"
           r"|a\s+(?:judge|grand|court))")),
    Cue("administrative_subpoena", "authority", 2,
        _p(r"an?\s+(?:officer|agent|employee)\s+of\s+the\s+(?:internal\s+revenue|drug\s+enforcement"
           r"|office\s+of\s+(?:the\s+)?inspector|u\.?\s?s\.?\s+customs|department\s+of\s+homeland)")),
    Cue("administrative_subpoena", "command", 3,
        _p(r"investigation\s+or\s+inquiry\s+relating\s+to\s+the\s+enforcement")),
    Cue("administrative_subpoena", "authority", 2, _p(r"\b1225\s?\(d\)")),
    Cue("administrative_subpoena", "authority", 2, _p(r"\b287\.4\b")),
    Cue("administrative_subpoena", "authority", 2,
        _p(r"\b(?:19|21|26)\s?u\.?\s?s\.?\s?c\.?\s*(?:[§s$&8]{1,2}\s*)?(?:1509|876|7602|7603)\b")),
    Cue("administrative_subpoena", "authority", 2, _p(r"inspector\s+general\s+act")),
    Cue("administrative_subpoena", "authority", 2,
        _p(r"authority\s+(?:vested\s+in|of)\s+the\s+(?:inspector\s+general|secretary|administrator"
           r"|commissioner|attorney\s+general)")),
    Cue("administrative_subpoena", "signature", 3,
        _p(r"(?:signature|title)\s+of\s+(?:the\s+)?(?:issuing\s+)?(?:immigration\s+|dhs\s+|dea\s+)?"
           r"(?:official|officer)\b(?!'s)")),
)

# A generic "SUBPOENA" heading goes to the court or the agency depending on the rest. It may
# carry its statute ("SUBPOENA (21 U.S.C. 876)") or be printed in title case.
SUBPOENA_HEADING = _p(r"^[ \t]*(?:[a-z0-9'.]+\s+){0,4}(?:subpoena|summons)\b"
                      r"(?!\s+(?:unit|compliance|section|desk|coordinator|office|department|team"
                      r"|processing|service|response|clerk|specialist))[^\n.;:]{0,90}"
                      r"(?:\.\s?[^\n.;:]{0,40}){0,4}$")
# Words of a sentence, not of a title.
SENTENCE_WORDS = _p(r"\b(?:you|your|this|is|are|was|will|shall|must|may|has|have|we|our|i)\b")

# Court captions: the court's name opening a line.
CAPTION = _p(
    r"^[ \t]*(?:in\s+the\s+)?(?:united\s+states\s+district\s+court|"
    r"(?:district|circuit|superior|county|municipal|justice|criminal\s+district|supreme|"
    r"juvenile|probate)\s+court\b|court\s+of\s+common\s+pleas|"
    r"(?:[a-z.]+\s+){1,3}(?:county|parish)\s+(?:general\s+)?(?:district\s+|superior\s+|circuit\s+)?court\b|"
    r"(?:the\s+)?people\s+of\s+the\s+state\s+of\s+[a-z]+|"
    # North Carolina: "In The General Court Of Justice / District & Superior Court Division"
    r"(?:in\s+the\s+)?general\s+court\s+of\s+justice|(?:[a-z]+\s+)?(?:district\s+(?:&|and)\s+)?superior"
    r"\s+court\s+division|state\s+versus\b)"
)

# A caption printed in capitals with the court's name after the state or county
# ("STATE OF WASHINGTON, KING COUNTY SUPERIOR COURT", "FAMILY COURT OF THE STATE OF NEW YORK").
CAPTION_CAPS = _p(
    r"^[ \t]*(?:(?:[a-z0-9.'-]+,?\s+){0,8}(?:district|circuit|superior|county|municipal|justice|supreme"
    r"|juvenile|probate|family|chancery|magistrate's|magistrate|common\s+pleas|criminal|city)\s+court\b"
    r"|\d{1,2}(?:st|nd|rd|th)\s+judicial\s+(?:circuit|district)\b)"
    r"[^\n]{0,60}$"
)

# A judge's or clerk's signature block.
COURT_SIGNATURE = _p(
    r"judge's\s+signature|signature\s+of\s+(?:the\s+)?(?:clerk|judge)|clerk\s+of\s+(?:the\s+)?court"
    r"|deputy\s+clerk|(?:united\s+states|u\.\s?s\.)\s+(?:magistrate|district)\s+judge"
    r"|(?:district|circuit|county|superior)\s+(?:court\s+)?judge\b|magistrate\s+judge"
    r"|\bhon(?:orable|\.)\s+[a-z]|(?:^[ \t]*|so\s+ordered\s+)by\s+the\s+court\b"
    r"|judge\s+of\s+the\s+(?:district|county|superior|circuit)\s+court|^[ \t]*judge[ \t]*$"
    r"|^[ \t]*(?:presiding\s+|associate\s+|district\s+|circuit\s+)?judge\b[ \t]*[,_(]"
    r"|judge,?\s+\d+(?:st|nd|rd|th)\s+(?:judicial\s+)?(?:district|circuit)\s+court"
    r"|justice\s+of\s+the\s+peace|judge\s+presiding|\b(?:district|county|circuit)\s+clerk\b"
    # Virginia's magistrates sign warrants "C. TRAN, MAGISTRATE"
    r"|^[ \t]*[a-z][a-z.' -]{2,40},\s*magistrate[ \t]*$"
    # The typed name under the signature line: "JUDGE HAROLD P. EASTMAN" alone on its line.
    r"|^[ \t]*judge\s+[a-z][a-z.' -]{2,40}$"
    # Connecticut's attorneys sign subpoenas as officers of the court.
    r"|commissioner\s+of\s+the\s+superior\s+court"
    # A magistrate's or justice's signature line: "Magistrate, Hidalgo County, Texas".
    r"|^[ \t]*(?:magistrate|justice\s+of\s+the\s+peace|municipal\s+judge)\b[ \t]*(?:,[^\n]{0,60})?$"
    # "/s/ Clerk, Superior Court of New Jersey"
    r"|\bclerk,?\s+(?:of\s+the\s+)?(?:superior|district|circuit|county|municipal|criminal)\s+court\b"
)
# A case caption's parties: "STATE OF OHIO, / Plaintiff, / v. / RAFAEL GOMEZ, / Defendant."
PARTIES = _p(
    r"\bplaintiffs?\b[^\n]{0,60}\n(?:[^\n]*\n){0,3}[ \t;:,.]*(?:v|vs|versus)\.?[ \t,]*(?:\n|[^\n]{1,60}\n)"
    r"(?:[^\n]*\n){0,3}[^\n]*\bdefendants?\b"
    # Both parties on one or two lines: "STATE OF NEW JERSEY, Plaintiff, v. / DARIUSZ NOWAK, Defendant."
    r"|\bplaintiffs?,?[ \t]+(?:v|vs|versus)\.[^\n]{0,120}(?:\n[^\n]{0,120})?\bdefendants?\b"
    # "STATE OF VERMONT / v. / NOAH J. BRIGHAM", the prosecution named on its own line.
    r"|^[ \t]*(?:the\s+)?(?:state|people|commonwealth)\s+of\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?,?[ \t]*\n"
    r"[ \t]*(?:v|vs|versus)\.?[ \t]*\n"
)

# Court words that appear on administrative forms and never mean a court issued them.
ADMIN_COURT_PHRASES = _p(
    r"a\s+united\s+states\s+district\s+or\s+magistrate\s+court\s+judge"
    r"|immigration\s+(?:court|judge)s?|executive\s+office\s+for\s+immigration\s+review"
    r"|board\s+of\s+immigration\s+appeals"
)
# A court named in an enforcement clause ("failure to comply ... the United States District
# Court may order compliance") — it only says a court might get involved later.
COURT_MENTION = _p(
    r"(?:united\s+states\s+|u\.\s?s\.\s+|federal\s+)?district\s+court(?:\s+judge)?|federal\s+court"
    r"|court\s+of\s+the\s+united\s+states|a\s+court\s+of\s+competent|magistrate\s+judge"
)
ENFORCEMENT_WORDS = _p(
    r"\bmay\b|\bmight\b|\bcan\b|\bcould\b|\bwould\b|fail|refus|(?<!law\s)enforc|compel|contempt|invoke"
    r"|seek\s+an\s+order|appl(?:y|ication)\s+to|not\s+(?:been\s+)?(?:signed|issued|reviewed)"
    r"|\bno\b|\bnot\b|without"
)
COMPLIANCE_WORDS = _p(
    r"compl(?:y|iance)|(?<!law\s)enforc|contempt|compel|contumacy|refus|fail(?:s|ure)?\s+to\s+obey")
# What makes a paper headed "SUBPOENA" one: it commands, or warns what failing to obey costs. A
# prosecutor's letter titled "Subpoena" that only asks ("please provide") is a request.
SUBPOENA_DEMAND = _p(
    r"\b(?:commanded|required|directed|ordered|summoned)\s+(?:and\s+\w+\s+)?to\s+(?:appear|produce|provide"
    r"|furnish|bring|deliver|testify|attend|make\s+available|give)"
    r"|\bhereby\s+(?:commanded|required|directed|summoned|ordered)|\bcommand\s+you\b"
    r"|\bfail(?:ure|s|ing)?\s+to\s+(?:comply|obey|appear|produce)|\bcontempt\b|\bcontumacy\b"
    r"|\b(?:you|custodian)\s+(?:shall|must|are\s+to)\s+(?:produce|appear|provide|furnish|bring|deliver)"
    r"|(?:^|[.:]\s+)(?:produce|furnish|deliver|bring\s+with\s+you)\b")
ATTACHED_WORDS = _p(r"attach|enclos|accompan|included|find\s+the|see\s+the|served|herewith")

COURT_TYPES: tuple[str, ...] = (
    "judicial_warrant", "court_order", "grand_jury_subpoena", "court_subpoena",
)
ADMIN_TYPES: tuple[str, ...] = ("detainer", "administrative_warrant", "administrative_subpoena")
FORM_NAMES = {"20O": "I-200", "200": "I-200", "205": "I-205", "138": "I-138",
              "3115": "3115", "2039": "2039"}


# A draft or an application, not the process: "[PROPOSED] ORDER" beside "we will forward the signed
# order if and when it is entered", "APPLICATION AND AFFIDAVIT FOR SEARCH WARRANT" beside "the
# judge hasn't signed the warrant yet".
DRAFT_HEADING = _p(
    r"\[?\bproposed\b\]?|\[?\b(?:unsigned|draft)\b\]?|\b(?:application|affidavit|petition|motion|request)\b[^\n]{0,30}?"
    r"\b(?:for|in\s+support\s+of)\b"
    # "IN THE MATTER OF THE APPLICATION OF THE UNITED STATES / FOR AN ORDER DIRECTING ..."
    r"|\bapplication\s+of\s+(?:the\s+)?(?:united\s+states|state|people|commonwealth)\b")
# A court's summons to a defendant ("to answer the charge", a traffic "Notice to Appear") names
# the person accused, not records anyone must produce.
DEFENDANT_SUMMONS = _p(
    r"\bto\s+answer\s+(?:the|a|this|said)\s+(?:charges?|complaint|citation|offen[cs]e)"
    r"|\bnotice\s+to\s+appear\s+and\s+complaint|\btraffic\s+(?:citation|summons|ticket)"
    r"|\buniform\s+(?:traffic\s+)?(?:citation|ticket|complaint)")
# An agency's warrant to collect a debt (a tax or unemployment-contribution warrant a sheriff
# executes by levy) is no court's search or arrest warrant and asks for no one's records.
COLLECTION_WARRANT = _p(
    r"\b(?:tax|contributions?|delinquency)\s+warrant\b|\bwarrant\s+for\s+(?:unpaid|delinquent)\b"
    r"|\bunpaid\s+(?:[a-z]+\s+){0,3}(?:contributions|taxes|premiums|assessments)\b"
    r"|\bsatisfy\s+the\s+sum\b|\blevy\s+(?:on|upon)\b")
SEARCH_OR_ARREST = _p(
    r"\bprobable\s+cause\b|\bcommand(?:ed)?\s+(?:you\s+)?to\s+(?:forthwith\s+)?(?:search|arrest)\b"
    r"|\b(?:search|arrest)\s+warrant\b|\bwarrant\s+(?:of|for)\s+(?:the\s+)?arrest\b|\bto\s+be\s+searched\b"
    r"|\b(?:to\s+)?(?:seize|search\s+(?:the|for)\s+(?:premises|person|property|records|evidence))\b")
NOT_YET_ISSUED = _p(
    r"\b(?:has\s*n'?t|has\s+not|have\s+not|not\s+yet|is\s+not)\s+(?:yet\s+)?(?:been\s+)?"
    r"(?:(?:filed|submitted)\s+or\s+)?(?:signed|issued|entered|presented)\b|\[\s*unsigned\s*\]|\bhas\s*n'?t\s+(?:yet\s+)?signed\b"
    r"|\b(?:if\s+and\s+when|once|after)\s+(?:it\s+is\s+|it'?s\s+|the\s+\w+\s+is\s+)?(?:signed|issued|entered)\b"
    r"|\bthis\s+_{2,}\s*day\s+of\s+_{2,}|\bdated\s*:?\s*_{3,}")
