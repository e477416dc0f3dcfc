"""The agencies that send requests: how each is written, its e-mail domains, its officers' titles.

``AGENCIES`` feeds the entity ruler (label ``AGENCY``, entity id = agency key). Keys ending in a
family name (``dhs-ice``) are refined by ``refine_ice`` from component and title cues.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache
from typing import Any


@dataclass(frozen=True)
class Agency:
    key: str
    name: str  # canonical name, used when the document only gives an abbreviation
    phrases: tuple[str, ...] = ()  # matched case-insensitively
    abbreviations: tuple[str, ...] = ()  # matched case-sensitively
    token_patterns: tuple[list[dict[str, Any]], ...] = field(default_factory=tuple)


_CAP: dict[str, Any] = {"IS_ALPHA": True, "IS_LOWER": False}
_CAP_OPT: dict[str, Any] = {"IS_ALPHA": True, "IS_LOWER": False, "OP": "?"}
_NOT_FED: dict[str, Any] = {"IS_ALPHA": True, "IS_LOWER": False, "LOWER": {"NOT_IN": ["federal"]}}
_NOT_STATE: dict[str, Any] = {"IS_ALPHA": True, "IS_LOWER": False,
                              "LOWER": {"NOT_IN": ["state", "military", "capitol", "tribal"]}}
_APOS_S: dict[str, Any] = {"LOWER": {"IN": ["'s", "’s"]}, "OP": "?"}
_OFFICE: dict[str, Any] = {"LOWER": {"IN": ["office", "department", "dept", "dept."]}}

AGENCIES: tuple[Agency, ...] = (
    Agency(
        "dhs-ice-ero", "Enforcement and Removal Operations",
        ("Enforcement and Removal Operations", "Enforcement & Removal Operations",
         "Enforcement and Removal Office", "Detention and Removal Operations",
         "Fugitive Operations"),
        ("ERO", "DRO"),
    ),
    Agency(
        "dhs-ice-hsi", "Homeland Security Investigations",
        ("Homeland Security Investigations",),
        ("HSI",),
    ),
    Agency(
        "dhs-ice", "U.S. Immigration and Customs Enforcement",
        ("Immigration and Customs Enforcement", "Immigration & Customs Enforcement",
         "Immigration Customs Enforcement"),
        ("ICE",),
    ),
    Agency(
        "dhs-cbp", "U.S. Customs and Border Protection",
        ("Customs and Border Protection", "Customs & Border Protection", "Border Patrol",
         "Office of Field Operations"),
        ("CBP", "USBP"),
    ),
    Agency(
        "dhs-uscis", "U.S. Citizenship and Immigration Services",
        ("Citizenship and Immigration Services", "Fraud Detection and National Security"),
        ("USCIS", "FDNS"),
    ),
    Agency(
        "dhs-oig", "DHS Office of Inspector General",
        ("Homeland Security Office of Inspector General",
         "Homeland Security Office of the Inspector General", "DHS Office of Inspector General",
         "DHS Office of the Inspector General"),
        ("DHS-OIG",),
        ([{"ORTH": "DHS"}, {"ORTH": {"IN": ["-", "/"]}, "OP": "?"}, {"ORTH": "OIG"}],),
    ),
    Agency(
        "doj-fbi", "Federal Bureau of Investigation",
        ("Federal Bureau of Investigation", "Federal Bureau of Investigations"),
        ("FBI",),
    ),
    Agency(
        "doj-dea", "Drug Enforcement Administration",
        ("Drug Enforcement Administration",),
        ("DEA",),
    ),
    Agency(
        "doj-atf", "Bureau of Alcohol, Tobacco, Firearms and Explosives",
        ("Bureau of Alcohol, Tobacco, Firearms and Explosives",
         "Bureau of Alcohol, Tobacco, Firearms & Explosives",
         "Bureau of Alcohol Tobacco Firearms and Explosives"),
        ("ATF",),
    ),
    Agency(
        "doj-usms", "U.S. Marshals Service",
        ("United States Marshals Service", "U.S. Marshals Service", "US Marshals Service",
         "Marshals Service", "United States Marshal", "U.S. Marshal", "Deputy U.S. Marshal",
         "United States Marshals", "U.S. Marshals", "US Marshals"),
        ("USMS",),
    ),
    Agency(
        "doj-usao", "U.S. Attorney's Office",
        ("United States Attorney's Office", "U.S. Attorney's Office", "US Attorney's Office",
         "Office of the United States Attorney", "United States Attorney",
         "Assistant United States Attorney", "Assistant U.S. Attorney", "U.S. Attorney"),
        ("USAO", "AUSA"),
    ),
    Agency(
        "ssa-oig", "Social Security Administration Office of the Inspector General",
        ("Social Security Administration Office of the Inspector General",
         "Social Security Administration Office of Inspector General",
         "Social Security Administration, Office of the Inspector General",
         "Social Security Administration, Office of Inspector General"),
        ("SSA-OIG",),
        ([{"ORTH": "SSA"}, {"ORTH": {"IN": ["-", "/"]}, "OP": "?"}, {"ORTH": "OIG"}],),
    ),
    Agency(
        "dol-oig", "U.S. Department of Labor Office of Inspector General",
        ("Department of Labor Office of Inspector General",
         "Department of Labor, Office of Inspector General",
         "Department of Labor Office of the Inspector General",
         "Department of Labor, Office of the Inspector General"),
        ("DOL-OIG",),
        ([{"ORTH": "DOL"}, {"ORTH": {"IN": ["-", "/"]}, "OP": "?"}, {"ORTH": "OIG"}],),
    ),
    Agency(
        "irs-ci", "IRS Criminal Investigation",
        ("IRS Criminal Investigation", "Internal Revenue Service Criminal Investigation",
         "Internal Revenue Service",
         "Internal Revenue Service, Criminal Investigation", "IRS - Criminal Investigation",
         "IRS-Criminal Investigation"),
        ("IRS-CI",),
        ([{"ORTH": "IRS"}, {"ORTH": {"IN": ["-", "/"]}, "OP": "?"}, {"ORTH": "CI"}],),
    ),
    Agency(
        "usps-uspis", "U.S. Postal Inspection Service",
        ("Postal Inspection Service", "United States Postal Inspection Service",
         "U.S. Postal Inspection Service"),
        ("USPIS",),
    ),
    Agency(
        "state-police", "State Patrol",
        ("State Patrol", "State Police", "Highway Patrol", "State Bureau of Investigation",
         "State Troopers",
         "Department of Public Safety", "Bureau of Criminal Apprehension",
         "Department of Law Enforcement", "Bureau of Criminal Investigation",
         "State Law Enforcement Division", "Division of Criminal Investigation"),
        ("CBI", "CSP", "SLED", "GBI", "TBI", "FDLE", "KBI", "OSBI", "ALEA"),
        (
            [_CAP_OPT, _CAP, {"LOWER": "state"}, {"LOWER": {"IN": ["patrol", "police"]}}],
            [_CAP_OPT, _CAP, {"LOWER": "highway"}, {"LOWER": "patrol"}],
            # "South Carolina Law Enforcement Division", "Alabama Law Enforcement Agency"
            [_NOT_FED, {"ORTH": "Law"}, {"ORTH": "Enforcement"}, {"ORTH": {"IN": ["Division", "Agency"]}}],
            [_CAP_OPT, _NOT_FED, {"LOWER": "bureau"}, {"LOWER": "of"},
             {"LOWER": {"IN": ["investigation", "investigations"]}}],
        ),
    ),
    Agency(
        "local-police", "Police Department",
        ("Police Department", "Department of Police", "Police Dept", "Police Dept.",
         "Metropolitan Police", "Police Bureau", "Division of Police", "Bureau of Police"),
        (),
        (
            [_CAP_OPT, _CAP_OPT, _NOT_STATE, {"LOWER": "police"},
             {"LOWER": {"IN": ["department", "dept", "dept.", "bureau", "division", "service"]}}],
            [_CAP_OPT, _CAP, {"ORTH": "PD"}],
            [{"LOWER": {"IN": ["city", "town", "village"]}}, {"LOWER": "of"}, _CAP, _CAP_OPT,
             {"LOWER": "police"}],
            [_CAP_OPT, _NOT_STATE, {"LOWER": "police"}],
        ),
    ),
    Agency(
        "sheriff", "Sheriff's Office",
        ("Sheriff's Office", "Sheriff’s Office", "Sheriffs Office", "Sheriff's Department",
         "Sheriff’s Department", "Office of the Sheriff", "County Sheriff"),
        (),
        (
            [_CAP_OPT, _CAP, {"LOWER": "county"},
             {"LOWER": {"IN": ["sheriff", "sheriffs", "sheriff’s"]}}, _APOS_S, _OFFICE],
            [_CAP, {"LOWER": {"IN": ["sheriff", "sheriffs", "sheriff’s"]}}, _APOS_S, _OFFICE],
            # County constables (Texas and elsewhere): county peace officers like deputies.
            [_CAP_OPT, _CAP, {"LOWER": "county"}, {"LOWER": "constable"}],
        ),
    ),
    Agency(
        "district-attorney", "Office of the District Attorney",
        ("District Attorney's Office", "District Attorney’s Office", "Office of the District Attorney",
         "District Attorney", "Deputy District Attorney", "DA's Office", "State's Attorney",
         "Office of the State's Attorney", "Prosecuting Attorney", "Commonwealth's Attorney",
         "County Attorney's Office", "State Attorney's Office", "Office of the State Attorney",
         "Solicitor General's Office", "Circuit Solicitor", "County Attorney", "Deputy County Attorney",
         "Assistant County Attorney", "County Prosecutor", "Office of the County Prosecutor",
         "Assistant Prosecutor", "Prosecutor's Office", "Assistant State's Attorney"),
        ("DDA",),
        (
            [{"LIKE_NUM": True, "OP": "?"}, {"TEXT": {"REGEX": r"^\d+(st|nd|rd|th)$"}, "OP": "?"},
             {"LOWER": "judicial"}, {"LOWER": "district"}, {"LOWER": "attorney", "OP": "?"}],
        ),
    ),
    # Senders outside the key list, logged as "other": federal agencies without a key of their
    # own, tribal police, probation and parole.
    Agency(
        "other", "Other agency",
        ("Secret Service", "Diplomatic Security Service", "Bureau of Diplomatic Security",
         "Naval Criminal Investigative Service", "Air Force Office of Special Investigations",
         "Army Criminal Investigation Division", "Army Criminal Investigation Command",
         "Coast Guard Investigative Service", "Federal Protective Service",
         "Fish and Wildlife Service", "National Park Service", "Bureau of Indian Affairs",
         "Federal Bureau of Prisons", "Bureau of Prisons", "Probation and Pretrial Services",
         "United States Probation Office", "U.S. Probation Office", "Pretrial Services Agency",
         "Tribal Police", "Tribal Law Enforcement", "Nation Police Department",
         "Probation and Parole", "Parole and Probation", "Adult Probation", "Board of Parole",
         "Department of Community Supervision", "Community Corrections"),
        ("USSS", "NCIS", "AFOSI", "CGIS"),
    ),
)

# "other" gathers unlike agencies: it has no one canonical name.
BY_KEY: dict[str, Agency] = {a.key: a for a in AGENCIES if a.key != "other"}
ICE_FAMILY = frozenset({"dhs-ice", "dhs-ice-ero", "dhs-ice-hsi"})
# Generic Department of Homeland Security: weak evidence for ICE unless a component says otherwise.
DHS_PHRASES = ("Department of Homeland Security", "Dept. of Homeland Security")

# An inspector general without its department: resolved by ``oig_department``.
OIG_PHRASES = ("Office of Inspector General", "Office of the Inspector General", "OIG")
_OIG_DEPARTMENTS = (
    (re.compile(r"social security|\bSSA\b", re.I), "ssa-oig"),
    (re.compile(r"dep(?:artmen)?t\.? of labor|\bDOL\b", re.I), "dol-oig"),
    (re.compile(r"homeland security|\bDHS\b", re.I), "dhs-oig"),
)


def oig_department(context: str) -> str | None:
    hits = [(m.start(), key) for pattern, key in _OIG_DEPARTMENTS
            for m in [pattern.search(context)] if m]
    return min(hits)[1] if hits else None


# E-mail domains, most specific first.
DOMAINS: tuple[tuple[str, str], ...] = (
    ("oig.dhs.gov", "dhs-oig"), ("usss.dhs.gov", "other"), ("fps.dhs.gov", "other"),
    ("ice.dhs.gov", "dhs-ice"), ("cbp.dhs.gov", "dhs-cbp"),
    ("uscis.dhs.gov", "dhs-uscis"), ("dhs.gov", "dhs-ice"), ("fbi.gov", "doj-fbi"),
    ("dea.gov", "doj-dea"), ("dea.usdoj.gov", "doj-dea"), ("atf.gov", "doj-atf"),
    ("usms.doj.gov", "doj-usms"), ("usdoj.gov", "doj-usao"), ("oig.ssa.gov", "ssa-oig"),
    ("ssa.gov", "ssa-oig"), ("oig.dol.gov", "dol-oig"), ("dol.gov", "dol-oig"),
    ("ci.irs.gov", "irs-ci"), ("irs.gov", "irs-ci"), ("uspis.gov", "usps-uspis"),
    ("secretservice.gov", "other"), ("state.gov", "other"), ("hhs.gov", "other"),
    ("fws.gov", "other"), ("nps.gov", "other"),
    ("bop.gov", "other"), ("uscourts.gov", "other"), ("ncis.navy.mil", "other"),
)

_ERO_TITLE = re.compile(
    r"\b(deportation\s+officer|detention\s+(?:and|&)\s+deportation|field\s+office\s+director|"
    r"immigration\s+enforcement\s+agent|SDDO|AFOD|FOD|ERO|removal\s+operations|"
    r"fugitive\s+operations)\b",
    re.IGNORECASE,
)
_HSI_TITLE = re.compile(
    r"\b(special\s+agent|HSI|homeland\s+security\s+investigations|group\s+supervisor|"
    r"special\s+agent\s+in\s+charge|SAC|ASAC|RAC)\b",
    re.IGNORECASE,
)

# Titles that point to a kind of agency when the letter does not name the agency itself.
TITLE_KEYS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(deportation officer|immigration enforcement agent|field office director)\b",
                re.I), "dhs-ice-ero"),
    (re.compile(r"\b(assistant united states attorney|assistant u\.s\. attorney|AUSA)\b", re.I),
     "doj-usao"),
    (re.compile(r"\bpostal inspector\b", re.I), "usps-uspis"),
    (re.compile(r"\bdeputy (?:u\.s\.|united states) marshal\b", re.I), "doj-usms"),
    (re.compile(r"(?i:\b(deputy )?district attorney\b|\b(?:deputy|assistant|chief deputy) county "
                r"attorney\b|\b(?:assistant )?(?:county )?prosecutor\b)|\b(?:D\.?A\.?|DDA|APA)\b(?! ?#)"),
     "district-attorney"),
    (re.compile(r"\bsolicitor\b(?! general)", re.I),
     "district-attorney"),
    (re.compile(r"\b(?:probation|parole|pretrial services|community supervision|community corrections)"
                r" (?:officer|agent)\b", re.I), "other"),
    (re.compile(r"\btrooper\b", re.I), "state-police"),
    (re.compile(r"\b(deputy sheriff|sheriff)\b", re.I), "sheriff"),
    (re.compile(r"\b(police officer|detective|patrol officer)\b", re.I), "local-police"),
)


def domain_key(email: str) -> str | None:
    domain = email.rsplit("@", 1)[-1].lower().strip(">. ")
    for suffix, key in DOMAINS:
        if domain == suffix or domain.endswith("." + suffix):
            return key
    labels = domain.split(".")
    if any("sheriff" in part or (part.endswith("so") and len(part) <= 6) for part in labels[:-1]):
        return "sheriff"
    if any("police" in part or part.endswith("pd") for part in labels[:-1]):
        return "local-police"
    if any(re.fullmatch(r"da\d*|.*districtattorney.*|\d+(st|nd|rd|th)da", p) for p in labels[:-1]):
        return "district-attorney"
    if any(p in {"csp", "cbi", "statepatrol", "chp", "dps", "sled", "gbi", "tbi", "fdle", "kbi", "osbi",
                 "alea", "isp", "vsp", "psp", "nmsp", "msp"} for p in labels[:-1]):
        return "state-police"
    return None


_REMOVAL_FORMS = re.compile(
    r"\b(?:Form\s+)?I[-‐–]?(?:200|205|247[ADNX]?|138|213|286|203|220[AB]?)\b|"
    r"warrant (?:for arrest of alien|of removal)|immigration detainer|"
    r"immigration enforcement subpoena",
    re.IGNORECASE,
)


def refine_ice(context: str, document: str = "") -> str:
    """Pick ERO or HSI for an ICE request from the text around the requestor; removal forms
    (I-200, I-205, I-247, I-138) are ERO's when nothing names HSI."""
    ero = len(_ERO_TITLE.findall(context))
    hsi = len(_HSI_TITLE.findall(context))
    if ero > hsi:
        return "dhs-ice-ero"
    if hsi > ero:
        return "dhs-ice-hsi"
    if document and _REMOVAL_FORMS.search(document) and not _HSI_TITLE.search(document):
        return "dhs-ice-ero"
    return "dhs-ice"


def wrapped_mentions(text: str) -> list[tuple[int, int, str]]:
    """Agency phrases broken over a line end, which the entity ruler cannot see."""
    out: list[tuple[int, int, str]] = []
    for pattern, key in _wrapped_patterns():
        for m in pattern.finditer(text):
            if "\n" in m.group(0):
                out.append((m.start(), m.end(), key))
    return out


def fuzzy_mentions(text: str, zones: list[tuple[int, int]]) -> list[str]:
    """Agency keys whose long phrases (three words or more) appear in the given zones with a
    few OCR slips: a similarity of 0.88 or more over a same-length window of a line."""
    keys: list[str] = []
    lines = [ln for start, end in zones for ln in text[start:end].lower().split("\n")]
    for agency in AGENCIES:
        for phrase in agency.phrases:
            p = phrase.lower()
            if len(p.split()) < 3:
                continue
            matcher = SequenceMatcher(None, "", p, autojunk=False)  # caches the phrase side
            if any(_fuzzy_in(matcher, line, len(p)) for line in lines):
                keys.append(agency.key)
    return keys


def _fuzzy_in(matcher: SequenceMatcher, line: str, size: int) -> bool:
    if len(line) < size - 3:
        return False
    for i in range(0, max(len(line) - size, 0) + 1, 2):
        matcher.set_seq1(line[i:i + size])
        if matcher.real_quick_ratio() >= 0.88 and matcher.quick_ratio() >= 0.88 and (
            matcher.ratio() >= 0.88
        ) and _words_alike(matcher.b, line[i:i + size]):
            return True
    return False


def _words_alike(phrase: str, window: str) -> bool:
    """Each longer word of the phrase is in the window with a slip or two at most: "Department of
    Police" is not "Department of Licensing", however alike the two lines are overall."""
    found = window.split()
    return all(any(SequenceMatcher(None, word, other, autojunk=False).ratio() >= 0.75 for other in found)
               for word in phrase.split() if len(word) >= 4)


@cache
def _wrapped_patterns() -> list[tuple[re.Pattern[str], str]]:
    out = []
    for agency in AGENCIES:
        for phrase in agency.phrases:
            words = phrase.split()
            if len(words) >= 2:
                body = r"[ \t]*\n?[ \t]*".join(re.escape(w) for w in words)
                out.append((re.compile(rf"\b{body}\b", re.IGNORECASE), agency.key))
    return out


def ruler_patterns() -> list[dict[str, Any]]:
    """Entity-ruler patterns: phrases as strings (matched on LOWER), the rest as token patterns."""
    patterns: list[dict[str, Any]] = []
    for agency in AGENCIES:
        # Typed letters curl their apostrophes: "State’s Attorney" is "State's Attorney".
        variants = {v for phrase in agency.phrases
                    for v in (phrase, phrase.replace("'", "’"), phrase.replace("’", "'"))}
        for phrase in sorted(variants):
            patterns.append({"label": "AGENCY", "pattern": phrase, "id": agency.key})
        for abbr in agency.abbreviations:
            parts = re.split(r"([\-/])", abbr)
            patterns.append({"label": "AGENCY", "id": agency.key,
                             "pattern": [{"ORTH": p} for p in parts if p]})
        for tokens in agency.token_patterns:
            patterns.append({"label": "AGENCY", "pattern": tokens, "id": agency.key})
    for phrase in OIG_PHRASES:
        patterns.append({"label": "AGENCY", "pattern": phrase, "id": "oig"})
    for phrase in DHS_PHRASES:
        patterns.append({"label": "AGENCY", "pattern": phrase, "id": "dhs"})
    patterns.append({"label": "AGENCY", "pattern": [{"ORTH": "DHS"}], "id": "dhs"})
    return patterns
