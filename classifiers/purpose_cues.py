"""Phrases that say what a request is for: a criminal investigation or civil immigration
enforcement. Weights: 3 names the purpose outright, 2 is a strong hint, 1 a weak one."""

from __future__ import annotations

import re

CRIMINAL = "criminal_investigation"
CIVIL = "civil_immigration"

_CRIMES = (
    r"homicide|murder|manslaughter|robbery|burglary|assault|theft|larceny|fraud\w*|forgery|embezzl\w*"
    r"|traffick\w*|smuggl\w*|money\s+laundering|identity\s+theft|kidnapp\w*|arson|narcotics"
    r"|controlled\s+substances?|methamphetamine|fentanyl|cocaine|heroin|firearms?\s+(?:offense|violation)s?"
    r"|child\s+(?:exploitation|pornography|abuse)|sexual\s+assault|extortion|racketeering|stalking"
    r"|shooting|stolen|carjacking|counterfeit\w*|bribery|tax\s+evasion|felon\w*|misdemeanor"
    r"|illegal\s+re-?entry|re-?entry\s+(?:after|of\s+a)\s+(?:removed|deported)|harboring"
    r"|false\s+statements?|perjury|obstruction\s+of\s+justice"
    r"|hit[\s-]+and[\s-]+run|leaving\s+the\s+scene|driving\s+under\s+the\s+influence|\bDUI\b|\bDWI\b"
    r"|vehicular\s+(?:homicide|assault|manslaughter)|eluding|fleeing\s+(?:and|or)\s+eluding"
)

PEOPLE_AS_PARTY = (
    r"\b(?:the\s+)?people\s+of\s+the\s+state\s+of\s+[a-z]+(?:\s+[a-z]+)?[\s,]*(?:plaintiffs?|respondents?)?"
    r"[\s,]*(?:v\.?|vs\.?|versus|-?\s?against\s?-?)(?:\s|$)|\bpeople\s+v\.?\s|\bstate\s+of\s+\w+\s+v\.?\s")

_TABLE: tuple[tuple[str, int, str], ...] = (
    (CRIMINAL, 3, r"\bcriminal\s+(?:investigation|case|matter|prosecution|inquiry|charges?|complaint"
                  r"|proceeding|offen[cs]e|activity|violations?)"),
    (CRIMINAL, 3, r"\bgrand\s+jury\b|\bindict(?:ed|ment)\b|\bprosecut(?:ion|e|ing|or)\b"),
    (CRIMINAL, 3, r"\b(?:charged|accused)\s+(?:with|of)\b"),
    # A past arrest or conviction is also how ERO describes the people it removes.
    (CRIMINAL, 1, r"\b(?:arrested|convicted)\s+(?:with|of|for)\b"),
    # The prosecution as a party ("People of the State of New York v.", "-against-"); a subpoena's
    # "The People of the State of New York, to ..." or Michigan's "In the Name of the People of
    # the State of Michigan" heads civil process too.
    (CRIMINAL, 3, PEOPLE_AS_PARTY),
    (CRIMINAL, 3, r"\binvestigat\w*\s+(?:of|into|regarding|concerning|involving|relating\s+to)\s+"
                  r"(?:[\w-]+\s+){0,4}?(?:" + _CRIMES + r")"),
    (CRIMINAL, 3, r"\b(?:" + _CRIMES + r")\s+(?:investigation|case|inquiry|task\s+force)\b"),
    (CRIMINAL, 2, r"\b(?:" + _CRIMES + r")\b"),
    (CRIMINAL, 2, r"\bsuspect(?:s|ed)?\b|\bvictims?\b|\boffen[cs]es?\b|\bperpetrat\w+"),
    (CRIMINAL, 2, r"\bin\s+violation\s+of\b|\bviolations?\s+of\s+(?:title\s+)?(?:18|21)\b"),
    (CRIMINAL, 1, r"\bdetective\b|\bhomicide\s+unit\b|\bmajor\s+crimes\b|\bcase\s+(?:no|number|#)"),
    (CRIMINAL, 1, r"\bsearch\s+warrant\b|\barrest\s+warrant\b"
                  r"|\bprobable\s+cause\s+to\s+believe\s+that\s+a\s+crime"),
    (CIVIL, 3, r"\bremov(?:able|ability|al\s+proceedings|al\s+order|ed\s+from\s+the\s+united\s+states)\b"),
    (CIVIL, 3, r"\bfinal\s+order\s+of\s+(?:removal|deportation)\b|\bdeportab\w+|\bdeportation\b"),
    (CIVIL, 3, r"\benforcement\s+of\s+(?:the\s+)?(?:u\.?\s?s\.?\s+|federal\s+|civil\s+)?"
               r"immigration\s+laws?\b"),
    (CIVIL, 3, r"\bcivil\s+immigration\b|\badministrative\s+immigration\b"
               r"|\bimmigration\s+enforcement\b"),
    (CIVIL, 3, r"\badmissib(?:le|ility)\b|\binadmissib\w+|\bunlawfully\s+present\b"
               r"|\billegally\s+present\b|\bpresent\s+in\s+the\s+united\s+states\s+(?:in\s+violation\b"
               r"|without\s+(?:being\s+)?(?:admitted|admission|paroled|inspection|authori[sz]ation))"),
    (CIVIL, 3, r"\bimmigration\s+(?:court|judge)\b|\bnotice\s+to\s+appear\b|\bEOIR\b"),
    (CIVIL, 2, r"\bimmigration\s+(?:status|violations?|case|proceedings|custody|detainer|history)\b"),
    (CIVIL, 2, r"\bcriminal\s+alien|\bpriority\s+alien|\bfugitive\s+(?:alien|operations)\b"
               r"|\bat-?large\s+(?:alien|target)\b|\bremovable\s+alien\b"),
    (CIVIL, 2, r"\benforcement\s+and\s+removal\s+operations\b|\bdeportation\s+officer\b"
               r"|\bICE[\s/-]+ERO\b"),
    (CIVIL, 2, r"\b(?-i:A)[-#\s]?(?:number|no\.?)?[:\s#-]*\d{3}[\s-]?\d{3}[\s-]?\d{3}\b"
               r"|\balien\s+(?:registration|file)\b"),
    (CIVIL, 2, r"\bfor\s+official\s+use\b"),
    (CIVIL, 1, r"\balien\b|\bimmigration\b|\brespondent\b"),
)
PHRASES: tuple[tuple[str, int, re.Pattern[str]], ...] = tuple(
    (label, weight, re.compile(pattern, re.IGNORECASE)) for label, weight, pattern in _TABLE
)

# "This is not a criminal investigation": a criminal word under negation points the other way.
NEGATED_CRIMINAL = re.compile(
    r"\b(?:not|no|neither|nor|non)\b[\w\s,-]{0,30}\bcriminal\b", re.IGNORECASE
)

# Citations, by normalised prefix, as hints of the purpose (18 U.S.C. 2721-2725, the Driver's
# Privacy Protection Act, lets agencies have motor-vehicle records: it names no crime).
CRIMINAL_CITATIONS = re.compile(
    r"^(?:18 USC (?!272[1-5]$)|21 USC (?!876)|26 USC 7[12]\d\d|8 USC 132[4-8]|FRCrP|CRS 18-"
    r"|.*\b(?:Penal|Crim)"
    r"|INA 27[4-8]|CRCrP|720 ILCS 5/|RCW 9A\.|ORS 16[1-7]\.|NM Stat Ann 30-|NMSA 30-|ARS 13-"
    r"|NRS (?:19[3-9]|20[0-7])\.)"
)
DEA_CITATION = re.compile(r"^21 USC 876$")
CIVIL_CITATIONS = re.compile(r"^(?:8 USC 1(?:182|225|226|227|229|231|357)|INA 2(?:12|35|36|37|39|41|87)"
                             r"|8 CFR)")
