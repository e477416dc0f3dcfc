"""Which law a normalised citation names, for scoring: state, kind of law, section.

The issue fixes normal forms for federal law only ("8 USC 1357", "FRCrP 41"). For state codes and
court rules every labeller invents a short form ("CO CrimP 17", "Colo Crim P 17", "Crim P 17";
"TX R Evid 902", "Tex R Evid 902"; "CRE 902", "CO CRE 902"). Those name the same rule, so the
evaluation also compares citations by the law they name: the state, whether it is a statute, a
rule of procedure or a rule of evidence, and the section. A federal citation or a state citation
whose state cannot be told is compared as written. Two codes of one state with the same section
number ("TX PC 22.02", "TX CCP 22.02") compare equal: a looseness no document here exercises.
"""

from __future__ import annotations

import re

from requestdesk.extractors.names import STATE_ABBREVIATIONS

FEDERAL = re.compile(r"^(?:\d+ (?:usc|cfr) |ina |frc?r?p |fre |frap )")

_POSTAL = frozenset(code.lower() for code in STATE_ABBREVIATIONS.values())
# State abbreviations and names, and the words of codes and rules only one state has.
_STATE_WORDS = {
    **{abbr.lower(): code.lower() for abbr, code in STATE_ABBREVIATIONS.items()},
    "colorado": "co", "utah": "ut", "washington": "wa", "oregon": "or", "nevada": "nv", "arizona": "az",
    "wyoming": "wy", "texas": "tx", "calif": "ca", "california": "ca", "illinois": "il", "georgia": "ga",
    "florida": "fl", "massachusetts": "ma", "ohio": "oh",
    # Codes and rules only one state has.
    "crs": "co", "cre": "co", "crcp": "co", "uca": "ut", "nmsa": "nm", "nmra": "nm", "rcw": "wa",
    "crr": "wa", "crrlj": "wa", "ors": "or", "orcp": "or", "nrs": "nv", "ars": "az", "ws": "wy",
    "cpl": "ny", "cplr": "ny", "pl": "ny", "nypl": "ny", "ilcs": "il", "ocga": "ga", "ksa": "ks",
    "mcl": "mi", "krs": "ky", "rsmo": "mo", "mgl": "ma", "gl": "ma", "fs": "fl", "ncgs": "nc",
    "orc": "oh", "pacs": "pa", "hrs": "hi", "hrpp": "hi", "njsa": "nj", "rigl": "ri", "mca": "mt",
    "as": "ak", "os": "ok", "vsa": "vt", "rsa": "nh", "del": "de", "tca": "tn", "cgs": "ct",
    "ic": "in", "rcr": "ky", "ps": "pa", "ndcc": "nd", "sdcl": "sd", "mrs": "me",
}
_STATUTE = re.compile(r"\b(?:code|law|laws|stat\w*|ccp|cpl|cplr|pc|pl|vc|wic|ann)\b")
_EVIDENCE = re.compile(r"\b(?:evid\w*|cre|re)\b")
_RULES = re.compile(r"\b(?:crim\w*|civ\w*|crcp|crr\w*|orcp|nmra|rcrp|rcp|rules?|p|scr)\b")
_SECTION = re.compile(r"(?:art\.?\s*)?(?P<section>\d[\w./:-]*)$")


def citation_key(normalized: str) -> str:
    """"co crimp 17", "Colo Crim P 17" and "Crim P 17 (Colorado)" alike -> "co|rule|17"."""
    text = " ".join(normalized.replace("§", " ").split()).casefold()
    if FEDERAL.match(text):
        return text
    m = _SECTION.search(text)
    if not m:
        return text
    head = re.sub(r"[^\w\s]", "", text[:m.start()].replace(".", "")).split()
    section = m["section"].rstrip(".")
    if "mgl" in head and head[-1][:1].isdigit():
        section = f"{head.pop()}-{section}"  # Massachusetts: chapter and section, "MGL 265 17"
    states = {w for w in head if w in _POSTAL} | {_STATE_WORDS[w] for w in head if w in _STATE_WORDS}
    if len(states) != 1:
        return text
    words = " ".join(head)
    if _STATUTE.search(words):
        kind = "statute"  # "Tex Code Crim Proc" is a statute although it names procedure
    else:
        kind = "evidence" if _EVIDENCE.search(words) else "rule" if _RULES.search(words) else "statute"
    return f"{states.pop()}|{kind}|{section}"
