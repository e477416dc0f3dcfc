"""Statutes, regulations and court rules cited in a request, normalised ("8 USC 1357").

Patterns are written to survive OCR: "§" is often read as "8", "S", "$" or "&", and
"U.S.C." as "USC", "U. S. C." or "U.8.C.". Subsections are dropped from the normalised
form; lists ("§§ 1225(d), 1357", "Sections 1343 (wire fraud) and 1028A") give one citation per
section.

Normalisations beyond the plain "<title> USC <section>" form:
- Inspector General Act section N (and "5 U.S.C. App. 3 § N") -> "5 USC 40N": the Act was
  recodified in 2022 at 5 U.S.C. 401-424, so the subpoena power (§ 6) is "5 USC 406" however
  it is written;
- Internal Revenue Code / IRC § N -> "26 USC N";
- state court rules and codes: the state's postal code and the code's usual abbreviation, the
  form independent labellers converge on: C.R.C.P. 45 -> "CO CRCP 45", Crim. P. 17 -> "CO CrimP
  17", CrR 4.8 -> "WA CrR 4.8", Tex. Penal Code § 22.02 -> "TX PC 22.02", Cal. Penal Code § 1524
  -> "CA PC 1524", N.Y. Penal Law § 160.10 -> "NY PL 160.10", CPL 610.20 -> "NY CPL 610.20",
  Utah Code Ann. § 77-23-203 -> "UCA 77-23-203";
- "section 287 of the Act" -> "INA 287" only when the text names the INA;
- other states' codes: their usual short name where they have one (OCGA, ORC, NCGS, FS, MGL
  "chapter-section", "18 PaCS 4106", "MN Stat 609.52"), else "<Abbrev> <Code name> <section>"
  ("Cal. Gov't Code 6254" -> "Cal Gov't Code 6254"); prefix codes kept as printed ("RCW 9A.56.020",
  "ORS 164.055", "720 ILCS 5/16-1"); state rules as "<postal> CrimP|CivP|R Evid <rule>";
- a federal public law: "Public Law 91-513" -> "PL 91-513".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from requestdesk.document import Document
from requestdesk.extractors.evidence import evidence_for
from requestdesk.extractors.names import STATE_ABBREVIATIONS, US_STATES, state_names_pattern
from requestdesk.result import Citation

# A section sign as OCR may read it. A lone "8" only counts when a space and digits follow it
# (so "8 U.S.C. 8 1357" is section 1357, not section 8).
_MARK = r"(?:§{1,2}|\$[58](?=\s+\d)|[S$&]{1,2}(?=\s*\d)|8{1,2}(?=\s+\d)|[Ss]ec(?:tions?|s?\.)?(?=\s*\d))"
_SUBS = r"(?:\s?[({\[][0-9A-Za-z]{1,4}[)}\]])*"
_YEAR = r"(?:19|20)\d\d(?![\d.-])"
_NUM = r"\d+[a-zA-Z]{0,2}(?:[-–]\d+[a-zA-Z]{0,2})?"
_USC = (
    r"(?:U\s?[.,:]?\s?[S58$]\s?[.,:]?\s?[CG€](?:A(?![a-zA-Z])|(?![a-zA-Z]))[.,:]?(?:\s?A\.?(?![a-zA-Z]))?"
    r"|U\.?\s?S\.?\s+Code\b|United\s+States\s+Code\b)"
)
_CFR = r"C\s?[.,:]?\s?F\s?[.,:]?\s?R(?![a-zA-Z])[.,:]{0,2}"
_CRS = (
    r"(?:C\s?\.?\s?R\s?\.?\s?S(?![a-zA-Z])\.?"
    r"|Colo(?:rado|\.)?\s+Rev(?:ised|\.)?\s+Stat(?:utes|s?\.)?(?:\s+Ann\.)?)"
)
# A short description after a section: "1343 (wire fraud) and 1028A (aggravated identity theft)".
_DESC = r"(?:\s?\((?=[A-Za-z][A-Za-z ,'&\s-]{3,60}\))[A-Za-z ,'&\s-]+\))?"
_CODE_STOP = (
    r"(?!\s*(?:" + _USC + "|" + _CFR + r"|U\s?S\s?C|Fed|of\s+[Tt]itle|[Tt]itle|[A-Za-z]{3,}\.|ILCS\b"
    r"|Pa\.\s?C|[A-Z]\.\s?[A-Z]\.))"
)
# A number of three digits or more in a list is a section even when prose follows ("§§ 1343 and
# 1349 involving ..."); not a year (_LONG_NUM), a count ("500 officers") or another law's number
# ("287 of the Act").
_NOT_A_COUNT = (r"(?!\s+(?:of|days?|hours?|years?|months?|weeks?|minutes?|dollars?|pages?|miles?|feet"
                r"|times|percent|persons?|people|individuals|copies|items|records|officers|agents"
                r"|employees|detainees|aliens|cases|claims|files|accounts|vehicles)\b)")
_CONT_NUM_STOP = _CODE_STOP + r"(?!\s+(?!and\b|or\b)[a-z])"
_LONG_NUM = r"(?!(?:19|20)\d\d(?!\d))\d{3,}[a-zA-Z]{0,2}(?:[-–]\d+[a-zA-Z]{0,2})?(?!\w|\.\d)"
# A following section in a list: ", 1357", " and § 1324", "; 1226". A bare "(d)" continues
# the same section and is swallowed by _SUBS-style handling below.
_CONT = (
    r"(?:\s*(?:,|;|\band\b|\bor\b|&)\s*(?:and\s+|or\s+)?(?:" + _MARK + r"\s*)?"
    r"(?:\([0-9A-Za-z]{1,4}\)|" + _LONG_NUM + _SUBS + _DESC + _CODE_STOP + _NOT_A_COUNT
    # "and § 893.135, Fla. Stat.": a number with a decimal part is another code's, not the title's
    + r"|" + _NUM + r"(?!\d|\.\d|-\d)" + _SUBS + _DESC + _CONT_NUM_STOP + r"))"
)
# The same list ahead of "of Title 8": "Sections 1225 and 1357 of Title 8".
_CONT_OF_TITLE = (
    r"(?:\s*(?:,|;|\band\b|\bor\b|&)\s*(?:and\s+|or\s+)?(?:" + _MARK + r"\s*)?"
    r"(?:\([0-9A-Za-z]{1,4}\)|" + _NUM + r"(?!\d)" + _SUBS + _DESC + r"(?!\s+(?!and\b|or\b|of\b)[a-z])))"
)

# A form's checkbox column OCR'd into the line ("18 [ ] Yes [X] No\nU.S.C. § 924").
_CHECKBOXES = r"(?:\s+(?:\[\s?[xX✓]?\s?\]|[☐☒])\s*[A-Za-z]{0,10}){1,4}\s*\n\s*"
_USC_RE = re.compile(
    r"(?<!\w)(?<!\d\.)(?P<title>\d{1,2})\.?(?:\s{0,3}|" + _CHECKBOXES + r")" + _USC
    + r"\s*(?:\.?" + _MARK + r"\s*)?"
    r"(?:\d{1,2}\s+(?=\d{3,4}[a-z]?\())?"  # a section sign OCR read as digits ("8 US:G. 35\n1225(d)")
    r"(?:App(?:\.|endix)?\s*\d*\s*(?:" + _MARK + r"\s*)?)?"
    r"[.:]?(?P<first>" + _NUM + r")" + _SUBS + _DESC + r"(?P<rest>" + _CONT + r"*)"
)
_TITLE_CODE_RE = re.compile(
    r"\b[Tt]itle\s+(?P<title>\d{1,2}),?\s+(?:of\s+the\s+)?(?:United\s+States\s+Code|" + _USC + r")"
    r",?\s*(?:" + _MARK + r"|[Ss]ection)\s*(?P<first>" + _NUM + r")" + _SUBS + _DESC
    + r"(?P<rest>" + _CONT + r"*)"
)
_OF_TITLE = r"of\s+[Tt]itle\s+"
_SECTION_OF_TITLE_RE = re.compile(
    r"(?:\b[Ss]ections?\s+|§{1,2}\s*)(?P<first>" + _NUM + r")" + _SUBS + r"(?P<rest>" + _CONT_OF_TITLE + r"*)"
    r",?\s+" + _OF_TITLE + r"(?P<title>\d{1,2})(?:,?\s+(?:of\s+the\s+)?(?P<code>United\s+States\s+Code"
    r"|" + _USC + r"|Code\s+of\s+Federal\s+Regulations|" + _CFR + r"))?"
)
_TITLE_CFR_RE = re.compile(
    r"\b[Tt]itle\s+(?P<title>\d{1,2}),?\s+(?:of\s+the\s+)?(?:Code\s+of\s+Federal\s+Regulations|" + _CFR + r")"
    r",?\s*(?:§{1,2}|[Ss]ections?|[Pp]arts?)\s*(?P<first>\d+(?:\.\d+[a-z]?)?)" + _SUBS
)
_PART_OF_TITLE_CFR_RE = re.compile(
    r"\b(?:[Pp]arts?|[Ss]ections?)\s+(?P<first>\d+(?:\.\d+)?)" + _SUBS
    + r",?\s+of\s+[Tt]itle\s+(?P<title>\d{1,2}),?\s+(?:of\s+the\s+)?(?:Code\s+of\s+Federal\s+Regulations|"
    + _CFR + r")"
)
_CFR_RE = re.compile(
    r"(?<!\w)(?<!\d\.)(?P<title>\d{1,2})\s?" + _CFR + r"\s*(?:(?:" + _MARK + r"|[Pp]art)\s*)?"
    r"(?P<first>\d+(?:\.\s?\d+[a-z]?)?)" + _SUBS
    + r"(?P<rest>(?:\s*(?:,\s*(?:and|or)\b|,|;|\band\b|\bor\b)\s*(?:(?:" + _MARK + r"\s*)?"
    # a whole part in the list ("236.1, 287.7, 239, and 241"), never "sections 236" of another law
    # and never a state's section named after it ("and § 443.1715, Fla. Stat.")
    r"(?:\([0-9A-Za-z]{1,4}\)|\d+\.\d+[a-z]?(?!\d)" + _SUBS + r"(?!,?\s*[A-Z][a-z]{1,6}\.?\s+Stat)"
    r")|\d{3}(?!\w|\.\d)" + _NOT_A_COUNT + r"))*)"
)
# "8 C.F.R. Parts 236 and 287": whole parts, so list items are bare numbers.
_CFR_PARTS_RE = re.compile(
    r"(?<!\w)(?<!\d\.)(?P<title>\d{1,2})\s?" + _CFR + r"\s*[Pp]arts\s*(?P<first>\d+)(?![.\d])"
    r"(?P<rest>(?:\s*(?:,|\band\b|\bor\b)\s*(?!" + _YEAR + r")\d+(?![.\d]))*)"
)
_INA = (
    r"(?:[Il¡|]\.?\s?N\.?\s?A(?![a-zA-Z])\.?|[Ii]mmigration\s+(?:and|&)\s+[Nn]ationality\s+[Aa]ct(?:\s+of\s+1952)?"
    r"(?:\s+\(\s?(?:the\s+)?[\"“]?INA[\"”]?\s?\))?)"
)
_INA_NUM = r"\d{3}[A-Z]?"
# A section number ends at a non-digit; a full stop may end the sentence ("INA 287.").
_NUM_END = r"(?!\d|\.\d|-\d)"
_INA_FIRST_RE = re.compile(
    r"(?<!\w)(?<!\d\.)" + _INA + r"[,:]?\s*(?:" + _MARK + r"|[Ss]ections?|[Ss]ec\.?)?\s*(?P<first>" + _INA_NUM
    + r")" + _NUM_END + _SUBS
    + r"(?P<rest>(?:\s*(?:[,;:]|\band\b|\bor\b)\s*(?:" + _MARK + r"\s*)?(?:\([0-9A-Za-z]{1,4}\)|"
    + _INA_NUM + _NUM_END + _SUBS + r"))*)"
)
_SECTION_OF_INA_RE = re.compile(
    r"(?:\b[Ss]ections?|\b[Ss]ecs?\.|§{1,2})\s*(?P<first>" + _INA_NUM + r")" + _NUM_END + _SUBS
    + r"(?P<rest>(?:[\s-]*(?:,|\band\b\.?|\bor\b)[\s-]*(?:" + _MARK + r"\s*)?(?:\([0-9A-Za-z]{1,4}\)|"
    + _INA_NUM + _NUM_END + _SUBS + r"))*)"
    r"(?:[.,]\s*|\s+)of\s+the\s+" + _INA
)
_CRS_NUM = r"\d{1,2}\s?-\s?\d{1,3}(?:\.\d+)?\s?-\s?\d{1,4}(?:\.\d+)?"
# Colorado sections join with "and", "or" or a range ("18-4-401 through 18-4-403": both ends).
_CRS_JOIN = r"(?:,|\band\b|\bor\b|\bthrough\b|\bthru\b|\bto\b)"
# "C.R.S. 8-24-74-103": a section sign OCR'd as "8-"; Colorado sections have three parts, so a
# digit before a whole three-part number is the sign.
_CRS_GLUED_MARK = r"[58S$]\s?-(?=" + _CRS_NUM + r"(?![\d-]))"
_CRS_RE = re.compile(
    r"(?<!\w)(?<!\d\.)" + _CRS + r",?\s*(?:(?:" + _MARK + "|" + _CRS_GLUED_MARK + r")\s*)?"
    r"(?P<first>" + _CRS_NUM + r")" + _SUBS + _DESC
    + r"(?P<rest>(?:\s*" + _CRS_JOIN + r"\s*(?:" + _MARK + r"\s*)?(?:\([0-9A-Za-z]{1,4}\)|"
    + _CRS_NUM + _SUBS + _DESC + r"))*)"
)
_CRS_TRAILING_RE = re.compile(
    r"(?:\b[Ss]ections?\s+|§{1,2}\s*|(?<![\w.])[S$&8]{1,2}\s)(?P<first>" + _CRS_NUM + r")" + _SUBS
    + r"(?P<rest>(?:\s*" + _CRS_JOIN + r"\s*(?:" + _MARK + r"\s*)?" + _CRS_NUM + _SUBS + r")*)"
    + r",\s*" + _CRS
)
_NUM_END_RULE = r"(?!\d|\.\d)"
_RULE_KIND = (
    r"(?P<kind>Crim(?:inal|\.)?|Civ(?:il|\.)?|Evid(?:ence|\.)?|App(?:ellate|\.)?)"
)
_FED_RULE_RE = re.compile(
    r"\bFed(?:eral|\.)?\s*R(?:ules?|\.)?\s*(?:of\s+)?" + _RULE_KIND
    + r"\s*(?:P(?:rocedure|\.)?\s*)?(?:,?\s*Rule\s*)?(?P<first>\d{1,3})" + _NUM_END + _SUBS
    + r"(?P<rest>(?:\s*(?:,|\band\b|\bor\b)\s*\d{1,3}" + _NUM_END + _SUBS + r")*)"
)
_RULE_ABBR_RE = re.compile(
    r"(?<![\w.])(?P<abbr>FRCP|FRCrP|F\.\s?R\.\s?C(?:iv)?\.\s?P\.|F\.\s?R\.\s?Crim\.\s?P\.)\s*(?P<first>\d{1,2})"
    + _NUM_END_RULE + _SUBS
)
_RULE_OF_FED_RE = re.compile(
    r"\bRules?\s+(?P<first>\d{1,3})" + _NUM_END + _SUBS
    + r"(?P<rest>(?:\s*(?:,|\band\b|\bor\b)\s*\d{1,3}" + _NUM_END + _SUBS + r")*)"
    + r",?\s+of\s+the\s+Fed(?:eral|\.)?\s*R(?:ules|\.)?\s*(?:of\s+)?" + _RULE_KIND
    + r"(?:\s*P(?:rocedure|\.)?)?"
)
# A following section in a state-code list, or the far end of a range ("626.05 to 626.08": both
# ends are cited); "-802" after "15A-801" is section 15A-802. A short bare number ("2 hours") or a
# year (_YEAR) is not one.
_STATE_CONT = (
    r"(?:\s*(?:,\s*(?:and|or)\b|,|\band\b|\bor\b|\bto\b|\bthrough\b|–)\s*(?:(?:§{1,2}|\$(?=\s?\d))\s*)?(?!"
    + _YEAR + r")"
    # A section with a separator ("610.25", "15A-802") may run into prose; a bare number only ends
    # a list when no lowercase word follows it ("and 5 days" is no section).
    r"(?:\d+[A-Za-z]?[.:/-]\d[0-9A-Za-z]*(?:[.:/-][0-9A-Za-z]+)*(?![0-9A-Za-z])" + _SUBS + _DESC
    + r"|\d{3,}[A-Za-z]?(?![\w:/-]|\.\w)" + _SUBS + _DESC + _NOT_A_COUNT
    + r"|-\d+[A-Za-z]?(?![\w-])(?:[.:/-][0-9A-Za-z]+)*" + _SUBS + _DESC
    + r"(?!\s+(?!and\b|or\b)[a-z])))"
)
_STATE_WORD = r"(?:[A-Z][A-Za-z']{0,11}\.?|[A-Z]\.[A-Z]\.|of|&|and(?=\s+Traffic\b))"
_STATE_CODE_RE = re.compile(
    r"\b(?P<code>(?=[A-Z])(?:" + _STATE_WORD + r"\s+){0,4}"
    r"(?:Code\s+(?:of\s+Evidence|Evid\.)|Code|CODE|Stat(?:utes|s?\.)|STAT\.|Laws|Law|Rev(?:ised|\.)\s+Code"
    # "Ala. Code 1975, § 13A-8-2", "Penal Code, § 1326"
    r"|ILCS|Ann\.|Proc(?:edure|\.))(?:\s+Ann\.)?)\.?(?:\s+(?:19|20)\d\d)?,?\s*"
    r"(?:§{1,2}|\$[58](?=\s+\d)|[S$&](?=\s*\d)|8(?=\s+\d)|[Ss]ec(?:tions?|\.)?|[Aa]rt(?:icle|\.)?|ss?\.(?=\s?\d))\s*"
    r"(?P<first>\d[0-9A-Za-z]*(?:[.:/-][0-9A-Za-z]+)*)" + _SUBS + _DESC + r"(?P<rest>" + _STATE_CONT + r"*)"
)
_STATE_ABBR = (
    r"(?:Ala|Alaska|Ariz|Ark|Cal|Colo|Conn|Del|Fla|Ga|Haw|Idaho|Ill|Ind|Iowa|Kan|Ky|La|Me|Md|Mass"
    r"|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.\s?[HJMYCD]|Ohio|Okla|Or|Pa|R\.\s?I|S\.\s?[CD]|Tenn|Tex"
    r"|Utah|Vt|Va|Wash|W\.\s?Va|Wis|Wyo)\.?"
)
# "Wis. Stat. 968.12", "Utah Code Ann. 77-23-203": no section sign, so the code must start with a
# state and the section must have a separator (never a zip code, a year or a phone number).
_STATE_STAT_RE = re.compile(
    r"\b(?P<code>" + _STATE_ABBR + r"(?:\s+[A-Z][A-Za-z']{0,11}\.?){0,3}\s+(?:Code|Stat(?:utes|s?\.)|Laws)"
    r"(?:\s+Ann\.)?)\s+(?!\d{3}[-.]\d{3}[-.]\d{4})(?P<first>\d{1,3}[A-Z]?(?:[.-]\d+[A-Za-z]?)+)" + _SUBS
    + _DESC + r"(?P<rest>" + _STATE_CONT + r"*)"
)
# Codes cited by a prefix with no section sign: "RCW 9A.56.020", "ORS 164.055", "A.R.S. § 13-1802".
# The section needs a separator so a bare number (a zip code, a year) is never taken.
_PREFIX_CODES = {
    "RCW": "RCW", "ORS": "ORS", "NRS": "NRS", "ARS": "ARS", "MCL": "MCL", "KRS": "KRS",
    "RSMo": "RSMo", "OCGA": "OCGA", "0CGA": "OCGA", "VTL": "NY VTL", "NMSA": "NMSA", "KSA": "KSA",
    "CPL": "NY CPL",
    "CPLR": "NY CPLR", "UCA": "UCA", "ORC": "ORC", "RC": "ORC",
    "HRS": "HRS", "RSA": "NH RSA", "NJSA": "NJSA", "RIGL": "RIGL", "MCA": "MCA",
    "TCA": "TCA", "CGS": "CGS", "NCGS": "NCGS", "CRS": "CRS", "NDCC": "NDCC", "SDCL": "SDCL", "WS": "WS",
    "IC": "IC", "La RS": "LA RS", "LaRS": "LA RS", "LRS": "LA RS",
    "Revised Code of Washington": "RCW", "Oregon Revised Statutes": "ORS",
    "Nevada Revised Statutes": "NRS", "Arizona Revised Statutes": "ARS",
}
_PREFIX_CODE_RE = re.compile(
    r"(?<![\w.])(?P<code>R\.?C\.?W\.?|O\.?R\.?S\.?|N\.?R\.?S\.?|A\.?R\.?S\.?|M\.?C\.?L\.?|K\.?R\.?S\.?"
    r"|K\.?S\.?A\.?|RSMo|[O0][.,]?C\.?G\.?A\.?|VTL|NMSA(?:\s+1978)?|Revised\s+Code\s+of\s+Washington|CPLR?|UCA"
    r"|H\.?R\.?S\.?|N\.?H\.?\s?RSA|RSA|N[.\s]?J\.?S\.?A\.?|R\.?I\.?G\.?L\.?|M\.?C\.?A\.?"
    r"|T\.?C\.?A\.?|N\.?C\.?G\.?S\.?|C\.?G\.?S\.?|I\.C\.|IC|La\.?\s?R\.\s?S\.|N\.?D\.?C\.?C\.?|SDCL|W\.S\."
    r"|O\.?R\.?C\.?|R\.C\.|(?:Oregon|Nevada|Arizona)\s+Revised\s+Statutes)(?![a-z])"
    r",?\s*(?:(?:§{1,2}|[$&](?=\s*\d)|8{1,2}(?=\s+\d)|[Ss]ec(?:tion|\.)?)\s*)?"
    r"(?P<first>\d{1,4}[A-Za-z]?(?:-[A-Z](?=:))?(?:(?:[.-]|:\s?)\d+[A-Za-z]?)+"
    r"(?:-[a-z](?![\w-]))?"
    r"|(?P<cplr>\d{3,4}(?:-[a-z])?)(?![\w-]|\.\d))"
    + _SUBS + _DESC + r"(?P<rest>" + _STATE_CONT + r"*)"
)
# "leaving the scene under Nebraska statute 60-697": a state's statute named in prose.
_STATE_PROSE_RE = re.compile(
    r"\b(?P<st>" + state_names_pattern() + r")\s+(?:state\s+)?(?:statutes?|law)\s+(?:§\s*|section\s+)?"
    r"(?P<first>\d{1,3}[A-Za-z]?-\d+[A-Za-z]?(?:[.-]\d+[A-Za-z]?)*)(?![\w-])")
_POSTAL_BY_NAME = dict(zip(US_STATES, [
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
    "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY",
    "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
    "WI", "WY",
], strict=True))
_OHIO = re.compile(r"\b(?i:Ohio)\b|\bO\.?R\.?C\b|\bOH\s+4[3-5]\d{3}\b")
_WYOMING = re.compile(r"\b(?i:Wyoming)\b|\bWyo\.|\bWY\b")
# The code named after the section: "§ 812.014(3)(a), Fla. Stat.", "section 968.12, Wis. Stats."
_STATE_STAT_AFTER = (
    r",\s*(?P<code>(?:" + _STATE_ABBR + "|" + state_names_pattern() + r")\s+Stat(?:utes|s?\.)(?:\s+Ann\.)?"
    + r"|F\.\s?S\.(?!\w))")  # Florida's own short form: "s. 119.0712(2), F.S."
# A section sign that belongs to a federal citation ("20 C.F.R. § 603.5 and § 443.1715, Fla. Stat.")
# starts no list of a state's sections.
_NOT_AFTER_FEDERAL = r"(?<!C\.F\.R\.\s)(?<!U\.S\.C\.\s)(?<!CFR\s)(?<!USC\s)(?<!C\.F\.R\.)(?<!U\.S\.C\.)"
_TRAILING_STATE_STAT_RE = re.compile(
    _NOT_AFTER_FEDERAL + r"(?:§{1,2}|\b[Ss]ections?|(?<![\w.])ss?\.(?=\s?\d))\s*"
    r"(?P<first>\d{1,4}[A-Za-z]?(?:[.-]\d+[A-Za-z]?)+)"
    + _SUBS + r"(?P<rest>" + _STATE_CONT + r"*)" + _STATE_STAT_AFTER)
# "Article 24.02, Texas Code of Criminal Procedure" (also in capitals on a form).
_TRAILING_TX_CCP_RE = re.compile(
    r"(?i:\bart(?:icles?|s?\.)|§)\s*(?P<first>\d{1,2}\.\d{2,3}[A-Z]?)" + _SUBS
    + r"(?P<rest>(?:\s*(?:,\s*(?:and|or)\b|,|\band\b|\bor\b)\s*\d{1,2}\.\d{2,3}[A-Z]?" + _SUBS + r")*)"
    + r",?\s+(?i:(?:the\s+)?(?:Texas|Tex\.)\s+Code\s+of\s+Criminal\s+Procedure)")
_TX_CCP_NAMED = re.compile(r"\bTex(?:as|\.)\s+Code\s+(?:of\s+)?Crim(?:inal|\.)\s+Proc")
_TX_ARTICLE_RE = re.compile(r"\b(?:[Aa]rticle|Art\.)\s*(?P<first>\d{1,2}\.\d{2}[A-Z]?)\b(?![.\d])")
# Michigan's court rules: "MCR 2.506" -> "MI MCR 2.506".
_MRE_RE = re.compile(r"(?<![\w.])M\.?R\.?E\.?\s+(?P<first>\d{3,4})")
_MCR_RE = re.compile(r"(?<![\w.])M\.?C\.?R\.?\s+(?P<first>\d\.\d{3})" + _SUBS)
# North Carolina's General Statutes as "G.S. 15A-801", only in a North Carolina document.
_NORTH_CAROLINA = re.compile(r"\b(?i:North\s+Carolina)\b|\bN\.C\.|\bNC\b")
# Its Rules of Civil Procedure are codified as G.S. 1A-1: "G.S. 1A-1, Rule 45" is Rule 45. Its
# lists run on with semicolons and bare suffixes: "G.S. 15A-801, -802; 8-59, -63".
_NC_SECTION = r"(?:\d{1,3}[A-Z]?-\d+(?:\.\d+)?|-\d+(?:\.\d+)?)(?![\w-])" + _SUBS
_NC_GS_RE = re.compile(
    r"(?<![\w.])G\.\s?S\.\s*(?:§{1,2}\s*)?(?P<first>\d{1,3}[A-Z]?-\d+(?:\.\d+)?)" + _SUBS
    + r"(?:,?\s*Rule\s+(?P<rule>\d{1,3})\b" + _SUBS + r")?" + _DESC
    + r"(?P<rest>(?:\s*(?:[,;]\s*(?:and\s+)?|and\s+)(?:§\s*)?" + _NC_SECTION + r")*)")
# Maryland's Code is cited by article: "Md. Code Ann., Crim. Law § 7-104" -> "MD CR 7-104", with
# the article's official two-letter name; "CR § 7-104" alone only in a Maryland document.
_MD_ARTICLES = {
    "criminal law": "CR", "crim law": "CR", "criminal procedure": "CP", "crim proc": "CP",
    "labor & employment": "LE", "lab & empl": "LE", "transportation": "TR", "transp": "TR",
    "courts & judicial proceedings": "CJ", "cts & jud proc": "CJ", "health-general": "HG",
    "health-gen": "HG", "human services": "HS", "hum servs": "HS", "hum serv": "HS", "family law": "FL",
    "fam law": "FL", "public safety": "PS", "pub safety": "PS", "state government": "SG",
    "state gov't": "SG", "general provisions": "GP", "gen prov": "GP",
    "correctional services": "CS", "corr servs": "CS", "tax-general": "TG", "tax-gen": "TG",
}
_MD_ARTICLE = (r"(?P<art>(?:Crim(?:inal|\.)\s+(?:Law|Proc(?:edure|\.))"
               r"|Lab(?:or|\.)\s+(?:&|and)\s+Empl(?:oyment|\.)|Transp(?:ortation|\.)|C(?:ourts|ts\.)\s+(?:&|and)\s+Jud(?:icial|\.)\s+Proc(?:eedings|\.)"
               r"|Health\s?-\s?Gen(?:eral|\.)|Hum(?:an|\.)\s+Serv(?:ices|s?\.)|Fam(?:ily|\.)\s+Law"
               r"|Pub(?:lic|\.)\s+Safety|State\s+Gov(?:ernment|'t)|Gen(?:eral|\.)\s+Prov(?:isions|\.)"
               r"|Corr(?:ectional|\.)\s+Serv(?:ices|s\.)|Tax\s?-\s?Gen(?:eral|\.)))")
_MD_SECTION = r"\d{1,2}[A-Z]?-\d{1,4}(?:\.\d+)?[A-Z]?"
_MD_CODE_RE = re.compile(
    r"(?:\b(?:Md\.|Maryland)\s+Code(?:\s+Ann(?:otated|\.)?)?|\bAnnotated\s+Code\s+of\s+Maryland),?\s*"
    + _MD_ARTICLE + r"(?:\s+Article)?,?\s*(?:§{1,2}|[Ss]ec(?:tion|\.)?)\s*(?P<first>" + _MD_SECTION + r")"
    + _SUBS + _DESC + r"(?P<rest>" + _STATE_CONT + r"*)"
    r"|(?<![\w.])(?P<abbr>CR|CP|LE|TR|CJ|HG|HS|FL|PS|SG|GP|CS|TG)\s*§{1,2}\s*(?P<first2>" + _MD_SECTION + r")"
    + _SUBS + r"(?P<rest2>" + _STATE_CONT + r"*)"
    r"|\b" + _MD_ARTICLE.replace("art>", "art3>") + r"(?:\s+Article)?,?\s*(?:§{1,2}|[Ss]ec(?:tion|\.)?)\s*"
    r"(?P<first3>" + _MD_SECTION + r")" + _SUBS
    + r"|(?:§{1,2}|\b[Ss]ections?)\s*(?P<first4>" + _MD_SECTION + r")" + _SUBS + r"\s+of\s+the\s+"
    + _MD_ARTICLE.replace("art>", "art4>") + r"\s+Article"
)
_MARYLAND = re.compile(r"\b(?i:Maryland)\b|\bMd\.|\bMD\b")
_MD_RULE_RE = re.compile(r"\b(?:Md\.|Maryland)\s+Rules?\s+(?P<first>\d{1,2}-\d{3}(?:\.\d)?)")
# Ohio's rules by their own short names, in an Ohio document: "Crim.R. 17(C)", "Civ.R. 45",
# "Evid.R. 803" -> "OH CrimP 17".
_OHIO_RULE_RE = re.compile(r"(?<![\w.])(?:Ohio\s+)?(?P<kind>Crim|Civ|Evid)\.\s?R\.\s*(?P<first>\d{1,3})\b")
# Missouri puts the code after the section ("§ 302.321, RSMo") and numbers its Supreme Court rules
# by part: Rules 19-38 are criminal procedure, the rest civil.
_RSMO_TRAILING_RE = re.compile(
    r"(?:§{1,2}|[$&S]{1,2}(?=\s*\d)|\b[Ss]ections?)\s*(?P<first>\d{1,3}\.\d{3})" + _SUBS
    + r"(?P<rest>" + _STATE_CONT + r"*),?\s+RSMo\b")
# The code after the section: "§ 46-5-221, MCA", "section 9A.56.020, RCW".
_PREFIX_CODE_AFTER = (r",\s*(?P<code>MCA|RCW|ORS|NRS|A\.R\.S\.|ARS|KRS|K\.S\.A\.|KSA|NMSA|MCL"
                      r"|OCGA|O\.C\.G\.A\.|UCA|NDCC|SDCL|C\.R\.S\.|CRS|HRS|TCA)(?!\w)")
_PREFIX_TRAILING_RE = re.compile(
    _NOT_AFTER_FEDERAL + r"(?:§{1,2}|[$&S]{1,2}(?=\s*\d)|\b[Ss]ections?)\s*"
    r"(?P<first>\d{1,3}[A-Z]?(?:[.-]\d+[A-Za-z]?)+)" + _SUBS
    + r"(?P<rest>" + _STATE_CONT + r"*)" + _PREFIX_CODE_AFTER)
# Idaho's criminal and civil rules: "I.C.R. 17", "I.R.C.P. 45".
_IDAHO_RULE_RE = re.compile(r"(?<![\w.])I\.\s?(?:(?P<kind>C)\.\s?R|R\.\s?C\.\s?P)\.\s*(?P<first>\d{1,3})\b")
_MISSOURI = re.compile(r"\b(?i:Missouri)\b|\bRSMo\b|\bMo\.")
_MO_RULE_RE = re.compile(
    r"\b(?:Mo\.\s?Sup\.\s?Ct\.\s?R(?:ules?|\.)|Missouri\s+Supreme\s+Court\s+Rules?)\s*(?P<first>\d{2,3})\.(?P<sub>\d{2})"
    r"|(?P<bare>\bSupreme\s+Court\s+Rules?)\s+(?P<first3>\d{2,3})\.(?P<sub3>\d{2})"
    r"|\bRules?\s+(?P<first2>\d{2,3})\.(?P<sub2>\d{2})" + _SUBS
    + r",?\s+of\s+the\s+Missouri\s+(?:Supreme\s+Court\s+)?Rules(?:\s+of\s+(?:Criminal|Civil)\s+Procedure)?")
# Rhode Island's and Delaware's Superior Court rules: "Super. R. Crim. P. 17(c)",
# "Super. Ct. Crim. R. 17" -> "RI CrimP 17", "DE CrimP 17", in that state's document.
_SUPERIOR_RULE_RE = re.compile(
    r"(?<![\w.])Super\.\s?(?:Ct\.\s?)?(?:R\.\s?(?P<kind>Crim|Civ)\.\s?P\.|(?P<kind2>Crim|Civ)\.\s?R\.)\s*"
    r"(?P<first>\d{1,3})\b")
_SUPERIOR_STATES = (("RI", re.compile(r"\bRhode\s+Island\b|\bR\.\s?I\.")),
                    ("DE", re.compile(r"\bDelaware\b|\bDel\.")))
# Virginia numbers its Supreme Court rules by part and colon: "Rule 3A:12(b)", "Va. Sup. Ct. R. 4:9A".
_VIRGINIA = re.compile(r"\b(?i:Virginia)\b|\bVa\.|\bVA\b")
_VA_RULE_RE = re.compile(
    r"(?<![\w.])(?:Va\.\s?Sup\.\s?Ct\.\s?R\.|Rules?)\s*(?P<first>\d{1,2}[A-Z]?:\d{1,2}[A-Z]?)(?![\w:-])")
# Kentucky's Rules of Criminal Procedure: "RCr 2.04".
_KY_RCR_RE = re.compile(r"(?<![\w.])RCr\s+(?P<first>\d{1,2}\.\d{2})")
# Washington's court rules by their own short names, in a Washington document: "ER 902(11)",
# "CrR 4.8", "CR 45" -> "WA ER 902".
_WASHINGTON = re.compile(r"\b(?i:Washington)\b|\bWA\b|\bRCW\b")
_WA_RULE_RE = re.compile(r"(?<![\w.])(?P<rule>ER|CrR|CrRLJ|CR)\s+(?P<first>\d{1,3}(?:\.\d{1,2})?)"
                         r"(?![\d.]*\s*(?:ILCS|U\.?S\.?C))")
# Pennsylvania's consolidated statutes are cited by title: "18 Pa.C.S. § 4106" -> "18 PaCS 4106".
_PA_CS_RE = re.compile(
    r"(?<![\w.])(?P<title>\d{1,2})\s+Pa\.?\s?C\.?\s?S\.?(?:A\.?)?\s*(?:(?:§{1,2}|[$](?=\s?\d)|[Ss]ec(?:tions?|\.)?)\s*)?"
    r"(?P<first>\d{1,4}[A-Za-z]?)"
    + _SUBS + _DESC + r"(?P<rest>" + _STATE_CONT + r"*)"
)
# "Code of Alabama 1975, Section 13A-8-3", "Code of Virginia § 18.2-95": the state after "Code of".
_CODE_OF_STATE_RE = re.compile(
    r"\bCode\s+of\s+(?P<st>" + state_names_pattern() + "|" + _STATE_ABBR
    + r")(?:\s+\(?(?:19|20)\d\d\)?)?,?\s*"
    r"(?:§{1,2}|\$[58](?=\s+\d)|[$&](?=\s*\d)|8(?=\s+\d)|[Ss]ec(?:tions?|\.)?)\s*(?P<first>\d[0-9A-Za-z]*(?:[.:/-][0-9A-Za-z]+)*)"
    + _SUBS + _DESC + r"(?P<rest>" + _STATE_CONT + r"*)")
# Louisiana's Code of Criminal Procedure by article: "La. C.Cr.P. art. 66" -> "LA CCrP 66".
_LA_CCRP_RE = re.compile(
    r"(?<![\w.])La\.?\s?C\.\s?(?P<kind>Cr\.\s?P|E)\.?\s*(?:[Aa]rt(?:icles?|s?\.)?\s*)?(?P<first>\d{1,4}(?:\.\d+)?)"
    r"(?P<rest>(?:\s*(?:,|and|or)\s*(?:[Aa]rts?\.\s*)?\d{1,4}(?:\.\d+)?(?![\d:/-]|\.\d))*)")
# Codes cited by title first: "21 O.S. § 1713" (Oklahoma), "19 Del. C. § 3125" (Delaware),
# "23 V.S.A. § 1201" (Vermont).
_STATE_TITLE_CODE_RE = re.compile(
    r"(?<![\w.])(?P<title>\d{1,2}(?:-?[A-Z])?),?\s+(?P<code>[O0]\.?\s?S\.|Okla\.\s?Stat\.|Del\.\s?C\.|V\.\s?S\.\s?A\.|P\.\s?S\."
    r"|M\.\s?R\.\s?S\.(?:\s?A\.)?|M\.\s?R\.\s?S\.A\.?)"
    r"(?:\s+Ann\.)?\s*(?:(?:§{1,2}|\$(?=\s?\d)|[58](?=\s+\d{2}))\s*)?(?P<first>\d{1,5}[A-Za-z]?(?:[.-]\d+[A-Za-z]?)*)"
    + _SUBS + _DESC + r"(?P<rest>" + _STATE_CONT + r"*)")
# The same codes with the title after the state: "Me. Rev. Stat. tit. 26, § 1082",
# "Vt. Stat. Ann. tit. 21, § 1314", "Okla. Stat. tit. 22, § 1222", "Del. Code Ann. tit. 11, § 2305".
_STATE_TIT_RE = re.compile(
    r"\b(?P<st>Me|Maine|Vt|Vermont|Okla|Oklahoma|Del|Delaware)\.?(?:\s+Rev(?:ised|\.))?\s+(?:Stat(?:utes|s?\.)?|Code)"
    r"(?:\s+Ann(?:otated|\.))?,?\s+(?:tit\.|[Tt]itle)\s*(?P<title>\d{1,2}[A-Z]?),?\s*(?:§{1,2}|[Ss]ec(?:tions?|\.)?)"
    r"\s*(?P<first>\d{1,5}[A-Za-z]?(?:[.-]\d+[A-Za-z]?)*)" + _SUBS + _DESC
    + r"(?P<rest>" + _STATE_CONT + r"*)")
_TIT_CODES = {"Me": "MRS", "Maine": "MRS", "Vt": "VSA", "Vermont": "VSA", "Okla": "OS", "Oklahoma": "OS",
              "Del": "Del C", "Delaware": "Del C"}
_TITLE_CODES = {"OS": "OS", "0S": "OS", "OklaStat": "OS", "DelC": "Del C", "VSA": "VSA", "PS": "PS",
                "MRS": "MRS", "MRSA": "MRS"}
# Alaska's statutes, "AS 11.46.130", only in an Alaska document ("as" is an English word).
_ALASKA = re.compile(r"\b(?i:Alaska)\b|\bAK\b")
_ALASKA_RE = re.compile(r"(?<![\w.])AS\s+(?:§\s*)?(?P<first>\d{2}\.\d{2}\.\d{3})" + _SUBS
                       + _DESC + r"(?P<rest>" + _STATE_CONT + r"*)")
# New Jersey's court rules, "R. 3:5-3", and Vermont's and Hawaii's rules by their initials.
_NEW_JERSEY = re.compile(r"\b(?i:New\s+Jersey)\b|\bN\.?J\.?S\.?A\b|\bNJ\b")
_NJ_RULE_RE = re.compile(r"(?<![\w.])R\.\s?(?P<first>\d:\d{1,2}-\d{1,2}[A-Za-z]?)")
_INITIALS_RULE_RE = re.compile(
    r"(?<![\w.])(?P<rule>V\.\s?R\.\s?Cr\.\s?P\.|V\.\s?R\.\s?C\.\s?P\.|V\.\s?R\.\s?E\.|H\.?R\.?P\.?P\.?"
    r"|N\.\s?J\.\s?R\.\s?E\.|NJRE|W\.\s?R\.\s?Cr\.\s?P\.|W\.\s?R\.\s?C\.\s?P\.|W\.\s?R\.\s?E\.)"
    r"\s*(?:Rule\s*)?(?P<first>\d{1,3})(?P<rest>(?:\s*(?:,|\band\b|\bor\b)\s*\d{1,3}(?![\d.-]))*)")
_INITIALS_RULES = {"VRCrP": "VT CrimP", "VRCP": "VT CivP", "VRE": "VT R Evid", "HRPP": "HI CrimP",
                   "NJRE": "NJ R Evid", "WRCrP": "WY CrimP", "WRCP": "WY CivP", "WRE": "WY R Evid"}
# "Illinois Supreme Court Rule 412", "Ill. S. Ct. R. 237" (Missouri's are split by kind elsewhere).
_SUPREME_COURT_RULE_RE = re.compile(
    r"\b(?P<st>" + state_names_pattern() + r"|Ill\.)\s+(?:Supreme\s+Court|S\.\s?Ct\.)\s+R(?:ule|\.)\s*"
    r"(?P<first>\d{1,3}(?:\.\d{1,2})?)(?![\d.])")
# Connecticut's Practice Book (its court rules): "P.B. § 36-1", "Practice Book § 40-13".
_CONNECTICUT = re.compile(r"\b(?i:Connecticut)\b|\bConn\.|\bC\.G\.S\b|\bCT\b")
_CT_PRACTICE_BOOK_RE = re.compile(
    r"(?<![\w.])(?:P\.\s?B\.|Practice\s+Book)\s*(?:§{1,2}\s*)?(?P<first>\d{1,3}-\d{1,3}[a-z]?)")
# Massachusetts cites chapter and section: "G.L. c. 266, § 30", "M.G.L. c. 151A, § 46" -> "MGL 266-30".
_MASS_GL_RE = re.compile(
    r"(?<![\w.])(?:(?:M\.?\s?)?G\.?\s?L\.?(?:\s+A\.?)?|(?:Mass(?:achusetts|\.)\s+)?General\s+Laws)"
    r"\s+c(?:h|hapter)?\.?\s*(?P<chapter>\d{1,3}[A-Z]?),?\s*"
    r"(?:§{1,2}|[$S&](?=\s?\d)|[Ss]ec(?:tion|\.)?)\s*(?P<first>\d{1,3}[A-Z]?)"
)
_MASS_CHAPTER_RE = re.compile(
    r"(?<![\w.])(?:M\.?\s?G\.?\s?L\.?|G\.\s?L\.|(?:Mass(?:achusetts|\.)\s+)?General\s+Laws)\s+c(?:h|hapter)?\.?\s*"
    r"(?P<chapter>\d{1,3}[A-Z]?)\b(?!,?\s*(?:§|[Ss]ec))")
# A federal public law: "Sec. 506 of Public Law 91-513", "Pub. L. No. 107-56" -> "PL 91-513".
_PUBLIC_LAW_RE = re.compile(
    r"\b(?:Public\s+Law|Pub\.\s?L\.|P\.\s?L\.)(?:\s+No\.)?"
    r"\s+(?P<first>\d{2,3}-\d{1,3})\b")
# New York officers write the Penal Law as "PL 160.10"; "P.L. 104-193" is a federal public law.
_NEW_YORK = re.compile(r"\bNew\s+York\b|\bN\.?Y\.?P\.?D\b|\bN\.Y\.|\bNY\b")
_NY_PL_RE = re.compile(r"(?<![\w.])PL\s*(?:§\s*)?(?P<first>\d{2,3}\.\d{2})(?![\d.-]\d)" + _SUBS)
_ILCS_RE = re.compile(r"\b(?P<chapter>\d{1,3})\s+ILCS\s+(?P<act>\d{1,4})\s*/\s*(?P<first>\d[\w.-]*\w)")
# Colorado's own court rules: "C.R.C.P. 45", "Crim. P. 17(c)", "C.R.Crim.P. 41".
_COLO_CIVIL_RE = re.compile(
    r"(?<!\w)(?:C\.?\s?R\.?\s?C\.?\s?P\.?|Colo(?:rado|\.)?\s+R(?:\.|ules?)?\s*(?:of\s+)?Civ(?:il|\.)?\s*"
    r"P(?:rocedure|\.)?)\s*(?:,?\s*Rule\s*)?(?P<first>\d{1,3})" + _NUM_END_RULE
)
_COLO_CRIM_RE = re.compile(
    r"(?<!\w)(?:C\.?\s?R\.?\s?Crim\.?\s?P\.?|Colo(?:rado|\.)?\s+R(?:\.|ules?)?\s*(?:of\s+)?Crim(?:inal|\.)?\s*"
    r"P(?:rocedure|\.)?|(?<![Rr]\.\s)(?<![Rr]\.)(?<![Rr]\.\.)Crim\.\s?P\.)\s*(?:,?\s*Rule\s*)?(?P<first>\d{1,3})"
    + _NUM_END_RULE + _SUBS
    + r"(?P<rest>(?:\s*(?:,|\band\b|\bor\b)\s*\d{1,3}" + _NUM_END_RULE + _SUBS + r")*)"
)
_COLO_RULE_OF_RE = re.compile(
    r"\bRules?\s+(?P<first>\d{1,3})" + _NUM_END + _SUBS + r",?\s+of\s+the\s+Colorado\s+Rules\s+of\s+"
    r"(?P<kind>Civil|Criminal)\s+Procedure"
)
# Other states' court rules: "CrR 4.8" (Washington), "ORCP 55", "Rule 5-511 NMRA",
# "Utah R. Crim. P. 14", "Ariz. R. Crim. P. 34".
_STATE_RULE_RE = re.compile(
    r"(?<![\w.])(?:(?P<crr>CrR|CrRLJ)\s+(?P<crr_n>\d+\.\d+)|(?P<orcp>ORCP)\s+(?P<orcp_n>\d+)\b"
    r"|(?:Rule\s+)?(?P<nmra_a>\d-\d{3})\s+NMRA\b|NMRA(?:,?\s+Rule)?\s+(?P<nmra_b>\d-\d{3}))"
)
_STATES = state_names_pattern()
_STATE_IN_CODE = re.compile(r"\b(?:" + _STATES + "|" + _STATE_ABBR + r")(?=[\s.])")
_KIND_OF_RULE = (r"(?P<kind>(?:Crim(?:inal|\.)?|Penal)\s*P(?:rocedure|\.)?|Civ(?:il|\.)?\s*P(?:rocedure|\.)?"
                 r"|Ev(?:id(?:ence|\.)?|\.))")
# A state's rules of procedure or evidence: "Utah R. Crim. P. 14", "Tex. R. Evid. 902(10)",
# "Texas Rules of Evidence 803", "Rule 902 of the Arizona Rules of Evidence", "C.R.E. 803(6)".
_STATE_RULES_RE = re.compile(
    r"(?<![\w.])(?:(?P<st>" + _STATE_ABBR + r"|" + _STATES + r"|Hawai[ʻ'‘’]i)(?:,?\s+|(?<=\.))"
    r"R(?:ules?|\.{1,2})?\s*(?:of\s+)?"
    + _KIND_OF_RULE + r"\s*(?:,?\s*Rule\s*)?(?P<n>\d{1,4}(?:[.-]\d+|:\d(?!\d))?)"
    r"|Rules?\s+(?P<n2>\d{1,4}(?:\.\d+)?)" + _SUBS
    + r"(?:\s+(?:through|to|and|[-–])\s+(?P<n2b>\d{1,4}(?:\.\d+)?)" + _SUBS + r")?"
    + r",?\s+of\s+the\s+(?P<st2>" + _STATES
    + r"|Hawai[ʻ'‘]i)\s+Rules\s+of\s+"
    r"(?P<kind2>Criminal\s+Procedure|Penal\s+Procedure|Civil\s+Procedure|Evidence)"
    # "Alaska Criminal Rule 37", "Alaska Evidence Rule 803": the state's name before the rule's kind.
    r"|(?P<st4>" + _STATES + r")\s+(?P<kind4>Criminal|Civil|Evidence)\s+Rules?\s+(?P<n4>\d{1,4}(?:\.\d+)?)"
    r"|(?P<cre>C\.\s?R\.\s?E\.|CRE)\s*(?:,?\s*Rule\s*)?(?P<n3>\d{3,4})"
    r"(?:" + _SUBS + r"\s*(?:,|and)\s*(?P<n3b>\d{3,4})(?=\())?)" + _NUM_END_RULE
)
# The rule before the state's rules: "Rule 15.1(g), Ariz. R. Crim. P."
_RULE_THEN_STATE_RE = re.compile(
    r"\bRule\s+(?P<n>\d{1,3}(?:\.\d{1,2})?)" + _SUBS + r",\s*(?P<st>" + _STATE_ABBR
    + r")\s+R(?:\.|ules)?\s*(?:of\s+)?" + _KIND_OF_RULE
    + r"(?P<n2>)(?P<st2>)(?P<kind2>)(?P<cre>)(?P<n3>)")
# The Inspector General Act of 1978 was recodified in 2022 at 5 U.S.C. 401-424: section 6 (the
# subpoena power) is now 5 U.S.C. 406. Every spelling is normalised to the current section.
_IG_ACT_RE = re.compile(
    r"(?:\b[Ss]ection\s+|§\s*)(?P<first>\d{1,2})" + _SUBS + r",?\s+of\s+the\s+Inspector\s+General\s+Act"
    r"(?:\s+of\s+1978)?"
    r"|\bInspector\s+General\s+Act(?:\s+of\s+1978)?(?:,?\s+as\s+amended)?,?\s*(?:§|[Ss]ection)\s*"
    r"(?P<first2>\d{1,2})" + _SUBS
)
_IG_APP_RE = re.compile(
    r"(?<!\w)5\s*U\.?\s?S\.?\s?C\.?\s*App(?:\.|endix)?\s*3?\b"
    r"(?:,?\s*(?:§{1,2}|[Ss]ec(?:tion|\.)?)\s*(?P<first>\d{1,2})" + _SUBS + r")?"
)
# "Section 18.02 of the Texas Code of Criminal Procedure", "section 1524 of the California Penal Code"
_STATE_SECTION = r"\d[0-9A-Za-z]*(?:[.:/-][0-9A-Za-z]+)*"
_SECTION_OF_STATE_CODE_RE = re.compile(
    r"\b(?:[Ss]ections?|[Aa]rticles?|[Aa]rts?\.|§§?)\s*(?P<first>" + _STATE_SECTION + r")" + _SUBS
    + r"(?P<rest>(?:\s*(?:,|\band\b|\bor\b|\bthrough\b|\bto\b)\s*(?:and\s+|or\s+)?" + _STATE_SECTION + _SUBS
    + r")*)" + r",?\s+of\s+(?:the\s+)?(?P<code>" + _STATES + r"(?:\s+(?:[A-Z][a-z]+|of|and)){1,5})"
)
_ILCS_AFTER = re.compile(r"\s*\(\s*\d{1,3}\s+ILCS\b")
_STATE_CODE_END = re.compile(r"\s(?:of|and)$")
# The Internal Revenue Code is title 26 of the United States Code.
_IRC_RE = re.compile(
    r"(?<!\w)(?:I\.?R\.?C\.?|Internal\s+Revenue\s+Code(?:\s+of\s+1986)?),?\s*(?:§{1,2}|[Ss]ec(?:tions?|s?\.)?)"
    r"\s*(?P<first>\d{2,4}[A-Z]?)" + _SUBS
)
_IRC_SECTION_OF_RE = re.compile(
    r"\b[Ss]ections?\s+(?P<first>\d{2,4}[A-Z]?)" + _SUBS + r"\s+of\s+the\s+Internal\s+Revenue\s+Code"
)
# An IRS summons (Form 2039) prints the Code's procedure sections on its back ("Sec. 7603.
# Service of summons", "section 6420(e)(2), 6421(g)(2) ... or 7602"): in a document that is
# about the internal revenue laws, a bare section in 6001-7874 is one of title 26.
_IRS_CONTEXT = re.compile(
    r"(?i)internal\s+revenue|\bform\s+2039\b|\bI\.?R\.?S\.?\s+summons|26\s+U\.?\s?S\.?\s?C"
)
_IRS_SECTION_RE = re.compile(
    r"\b[Ss]ec(?:tions?|s?\.)\s*(?P<first>[67]\d{3})(?![\d.]\d)" + _SUBS
    + r"(?P<rest>(?:\s*(?:,|\band\b|\bor\b)\s*-?\s*(?:or\s+)?[67]\d{3}(?![\d.]\d)" + _SUBS + r")*)"
)
_RULE_TRAILING_RE = re.compile(
    r"\bRule\s+(?P<first>\d{1,2})" + _NUM_END + _SUBS + r",?\s+Fed(?:eral|\.)?\s*R(?:ules?|\.)?\s*(?:of\s+)?"
    + _RULE_KIND + r"\s*P(?:rocedure|\.)?"
)
# "section 287 of the Act" once the Immigration and Nationality Act has been named.
_SECTION_OF_ACT_RE = re.compile(
    r"(?:\b[Ss]ections?|\b[Ss]ecs?\.|§{1,2})\s*(?P<first>" + _INA_NUM + r")" + _NUM_END + _SUBS
    + r"(?P<rest>(?:\s*(?:,|\band\b|\bor\b)\s*(?:" + _MARK + r"\s*)?(?:\([0-9A-Za-z]{1,4}\)|"
    + _INA_NUM + _NUM_END + _SUBS + r"))*)\s+of\s+the\s+Act\b"
)
_SAME_CODE = {"Wash Rev Code": "RCW", "Or Rev Stat": "ORS", "Nev Rev Stat": "NRS",
              "Ariz Rev Stat": "ARS", "Ariz Rev Stat Ann": "ARS",
              "Colo Rev Stat": "CRS", "Colo Rev Stat Ann": "CRS",
              "Tex Penal Code": "TX PC", "Tex Penal Code Ann": "TX PC", "Tex Code Crim Proc": "TX CCP",
              "Tex Code Crim Proc Ann": "TX CCP", "Tex Lab Code": "TX Lab Code",
              "Cal Penal Code": "CA PC", "Cal Veh Code": "CA VC", "Cal Unemp Ins Code": "CA UI Code",
              "Cal Welf & Inst Code": "CA WIC",
              "Cal Welf and Inst Code": "CA WIC", "NY Penal Law": "NY PL", "NY Crim Proc Law": "NY CPL",
              "NY Labor Law": "NY Labor Law", "Utah Code Ann": "UCA", "Utah Code": "UCA",
              "Wyo Stat": "WS", "Wyo Stat Ann": "WS", "NM Stat Ann": "NMSA", "NM Stat": "NMSA",
              "Nev Rev Stat Ann": "NRS", "Neb Rev Stat": "NE Stat", "Neb Rev Stat Ann": "NE Stat",
              "Ohio Rev Code": "ORC", "Ohio Rev Code Ann": "ORC", "Ga Code Ann": "OCGA",
              "Ga Code": "OCGA", "Mass Gen Laws": "MGL", "Mich Comp Laws": "MCL",
              "NC Gen Stat": "NCGS", "Va Code": "VA Code", "Va Code Ann": "VA Code",
              "Fla Stat": "FS", "Fla Stat Ann": "FS", "Minn Stat": "MN Stat", "Minn Stat Ann": "MN Stat",
              "Wis Stat": "WI Stat", "Wis Stat Ann": "WI Stat", "Ill Comp Stat": "ILCS",
              # Only New York calls its codes "Penal Law" and "Criminal Procedure Law".
              "Penal Law": "NY PL", "Crim Proc Law": "NY CPL", "McKinney's Penal Law": "NY PL",
              "Mont Code Ann": "MCA", "Mont Code": "MCA", "RI Gen Laws": "RIGL",
              "Haw Rev Stat": "HRS", "Haw Rev Stat Ann": "HRS", "NJ Stat Ann": "NJSA",
              "NH Rev Stat Ann": "NH RSA", "Okla Stat": "OS", "Alaska Stat": "AS",
              "Ky Rev Stat": "KRS", "Ky Rev Stat Ann": "KRS", "Ind Code": "IC", "Ind Code Ann": "IC",
              "Tenn Code Ann": "TCA", "Tenn Code": "TCA", "Conn Gen Stat": "CGS",
              "Conn Gen Stat Ann": "CGS", "ND Cent Code": "NDCC", "SD Codified Laws": "SDCL",
              "La Rev Stat": "LA RS", "La Rev Stat Ann": "LA RS", "La Code Crim Proc": "LA CCrP",
              "La Code Crim Proc Ann": "LA CCrP", "La Code Evid": "LA CE", "La Code Evid Ann": "LA CE"}
_STATE_NAMES = (
    ("California", "Cal"), ("Texas", "Tex"), ("Washington", "Wash"), ("Oregon", "Or"),
    ("New Mexico", "NM"), ("Illinois", "Ill"), ("Colorado", "Colo"), ("New York", "NY"),
    ("Florida", "Fla"), ("Arizona", "Ariz"), ("Minnesota", "Minn"), ("Wisconsin", "Wis"),
    ("North Carolina", "NC"), ("Georgia", "Ga"), ("Michigan", "Mich"), ("Massachusetts", "Mass"),
    ("Nevada", "Nev"), ("Wyoming", "Wyo"), ("West Virginia", "W Va"), ("Virginia", "Va"),
    ("Alabama", "Ala"), ("Arkansas", "Ark"), ("Kansas", "Kan"), ("Connecticut", "Conn"),
    ("Delaware", "Del"), ("Hawaii", "Haw"), ("Indiana", "Ind"), ("Kentucky", "Ky"),
    ("Louisiana", "La"), ("Maine", "Me"), ("Maryland", "Md"), ("Mississippi", "Miss"),
    ("Missouri", "Mo"), ("Montana", "Mont"), ("Nebraska", "Neb"), ("New Hampshire", "NH"),
    ("New Jersey", "NJ"), ("North Dakota", "ND"), ("Oklahoma", "Okla"), ("Pennsylvania", "Pa"),
    ("Rhode Island", "RI"), ("South Carolina", "SC"), ("South Dakota", "SD"), ("Tennessee", "Tenn"),
    ("Vermont", "Vt"),
    ("Code of Criminal Procedure", "Code Crim Proc"), ("Code of Evidence", "Code Evid"),
    ("Criminal Procedure Law", "Crim Proc Law"), ("Welfare and Institutions Code", "Welf & Inst Code"),
    ("Vehicle Code", "Veh Code"), ("Labor Code", "Lab Code"),
    ("Unemployment Insurance Code", "Unemp Ins Code"),
    ("Revised Statutes", "Rev Stat"), ("Revised Code", "Rev Code"), ("Statutes Annotated", "Stat Ann"),
    ("General ", "Gen "),
)

_RULE_ABBR = {"cri": "FRCrP", "civ": "FRCP", "evi": "FRE", "app": "FRAP"}
_NOT_STATE_CODE = re.compile(r"\b(?:U\.?S\.?C|C\.?F\.?R|C\.?R\.?S|Colo|United|Federal|Fed)\b")


_OCR_STATE_SLIPS = re.compile(r"\blowa\b|\bldaho\b|\bllinois\b|\bll(?=\.\s?Comp)|(?<=\bR\.)[!l1|](?=\.)")


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    normalized: tuple[str, ...]


def extract_citations(doc: Document, parsed: object = None) -> list[Citation]:
    """Every statute, regulation or rule cited in ``doc``, deduplicated by normalised form."""
    text = _OCR_STATE_SLIPS.sub(lambda m: "I" + m.group(0)[1:], doc.text)  # "lowa Code", "R.!.": same length
    seen: set[str] = set()
    taken: list[tuple[int, int]] = []
    out: list[Citation] = []
    hits = sorted(_hits(text), key=_longest_first)
    hits = sorted([*hits, *_bare_sections(text, hits)], key=_longest_first)
    for hit in hits:
        if any(hit.start < end and start < hit.end for start, end in taken):
            continue
        taken.append((hit.start, hit.end))
        for norm in hit.normalized:
            if norm in seen:
                continue
            seen.add(norm)
            written = " ".join(text[hit.start:hit.end].split())
            out.append(Citation(citation=written, normalized=norm,
                                evidence=evidence_for(doc, hit.start, hit.end)))
    return out


# A section alone after a state citation is in the same code: "Tenn. Code Ann. § 39-14-103,
# graded as a Class C felony under § 39-14-105(a)(4)". Only a section of the same title and shape,
# close by, so a federal "§ 1357" after a state code is never taken for it.
_BARE_SECTION_RE = re.compile(
    r"(?:§{1,2}|(?<=\s)[$](?=\s?\d)|\b[Ss]ection)\s*(?P<n>\d{1,4}[A-Z]?(?:[.-]\d+[A-Za-z]?)+)(?![\w.-]*\d)"
    + _SUBS)
_FEDERAL_NORM = re.compile(r"^(?:\d+ (?:USC|CFR)|INA|FR|PL|\d+ ILCS)")


def _bare_sections(text: str, hits: list[_Hit]) -> Iterator[_Hit]:
    for m in _BARE_SECTION_RE.finditer(text):
        if any(h.start <= m.start() < h.end for h in hits):
            continue
        before = [h for h in hits if h.end <= m.start() and m.start() - h.end <= 500 and h.normalized]
        if not before:
            continue
        code, _, section = before[-1].normalized[-1].rpartition(" ")
        if not code or _FEDERAL_NORM.match(code):
            continue
        new = m["n"]
        # The same title and the same separators ("60-2909.01" after "60-697" may add a decimal).
        if (re.sub(r"[^.-]", "", new).startswith(re.sub(r"[^.-]", "", section))
                and re.split(r"[.-]", new)[0] == re.split(r"[.-]", section)[0]):
            yield _Hit(m.start(), m.end(), (f"{code} {new}",))


def _longest_first(hit: _Hit) -> tuple[int, int]:
    return hit.start, hit.start - hit.end


def normalize_citations(text: str) -> list[str]:
    """The normalised citations in a plain string, in order (for tests and the eval)."""
    doc = Document(pages=[], kind="text", text=text)
    return [c.normalized for c in extract_citations(doc)]


def _hits(text: str) -> Iterator[_Hit]:
    yield from _usc_hits(text)
    for m in _CFR_RE.finditer(text):
        sections = [m["first"], *_list_numbers(m["rest"])]
        yield _Hit(m.start(), m.end(),
                   tuple(f"{int(m['title'])} CFR {_cfr_section(s)}" for s in sections))
    for m in _CFR_PARTS_RE.finditer(text):
        sections = [m["first"], *_list_numbers(m["rest"])]
        yield _Hit(m.start(), m.end(), tuple(f"{int(m['title'])} CFR {s}" for s in sections))
    for m in _TITLE_CFR_RE.finditer(text):
        yield _Hit(m.start(), m.end(), (f"{int(m['title'])} CFR {m['first']}",))
    for m in _PART_OF_TITLE_CFR_RE.finditer(text):
        yield _Hit(m.start(), m.end(), (f"{int(m['title'])} CFR {m['first']}",))
    for rx in (_INA_FIRST_RE, _SECTION_OF_INA_RE):
        for m in rx.finditer(text):
            sections = [m["first"], *_list_numbers(m["rest"])]
            yield _Hit(m.start(), m.end(), tuple(f"INA {s.upper()}" for s in sections))
    for rx in (_CRS_RE, _CRS_TRAILING_RE):
        for m in rx.finditer(text):
            sections = [m["first"], *_list_numbers(m["rest"])]
            yield _Hit(m.start(), m.end(), tuple(f"CRS {_nospace(s)}" for s in sections))
    for rx in (_FED_RULE_RE, _RULE_OF_FED_RE):
        for m in rx.finditer(text):
            abbr = _RULE_ABBR[m["kind"][:3].lower()]
            rules = [m["first"], *_list_numbers(m.groupdict().get("rest"))]
            yield _Hit(m.start(), m.end(), tuple(f"{abbr} {int(r)}" for r in rules))
    for rx in (_COLO_CIVIL_RE, _COLO_CRIM_RE, _COLO_RULE_OF_RE):
        for m in rx.finditer(text):
            crim = rx is _COLO_CRIM_RE or (rx is _COLO_RULE_OF_RE and m["kind"] == "Criminal")
            numbers = [m["first"], *_list_numbers(m.groupdict().get("rest"))]
            yield _Hit(m.start(), m.end(),
                       tuple(f"{'CO CrimP' if crim else 'CO CRCP'} {int(n)}" for n in numbers))
    for m in _STATE_RULE_RE.finditer(text):
        if m["crr"]:
            norm = f"WA {m['crr']} {m['crr_n']}"
        elif m["orcp"]:
            norm = f"ORCP {m['orcp_n']}"
        elif m["nmra_a"] or m["nmra_b"]:
            norm = f"NMRA {m['nmra_a'] or m['nmra_b']}"
        yield _Hit(m.start(), m.end(), (norm,))
    for m in _STATE_RULES_RE.finditer(text):
        also = (f"CO CRE {m['n3b']}",) if m["n3b"] else ()
        if m["n2b"]:  # "Rule 13.1 through 13.4 of the Arkansas Rules": both ends are cited
            also = (_state_rule(m).rsplit(" ", 1)[0] + " " + m["n2b"],)
        yield _Hit(m.start(), m.end(), (_state_rule(m), *also))
    for m in _IG_ACT_RE.finditer(text):
        yield _Hit(m.start(), m.end(), (f"5 USC {400 + int(m['first'] or m['first2'])}",))
    for m in _IG_APP_RE.finditer(text):
        yield _Hit(m.start(), m.end(), (f"5 USC {400 + int(m['first'] or 6)}",))
    for m in _PREFIX_CODE_RE.finditer(text):
        written = " ".join(m["code"].replace(".", "").split())
        if re.fullmatch(r"[A-Z0-9][, ][A-Z]+", written):
            written = re.sub(r"[, ]", "", written)  # OCR: "O,C.G.A.", "N J.S.A."
        if m["cplr"] and written not in ("CPLR", "VTL"):
            continue  # a section without a separator is only safe after "CPLR 3122-a", "VTL 202"
        if written == "RC" and not _OHIO.search(text):
            continue  # "R.C. 2913.02" is Ohio's Revised Code only in an Ohio document
        if written == "WS" and not _WYOMING.search(text):
            continue
        code = _PREFIX_CODES.get(written) or _PREFIX_CODES.get(written.split()[0], written)
        sections = _state_sections(m["first"], m["rest"])
        yield _Hit(m.start(), m.end(), tuple(f"{code} {x.replace(' ', '')}" for x in sections))
    for m in _STATE_PROSE_RE.finditer(text):
        postal = _POSTAL_BY_NAME[" ".join(m["st"].split())]
        yield _Hit(m.start(), m.end(), (f"{postal} Stat {m['first']}",))
    for rx in (_IRC_RE, _IRC_SECTION_OF_RE):
        for m in rx.finditer(text):
            yield _Hit(m.start(), m.end(), (f"26 USC {m['first']}",))
    if _IRS_CONTEXT.search(text):
        for m in _IRS_SECTION_RE.finditer(text):
            sections = [m["first"], *_list_numbers(m["rest"])]
            yield _Hit(m.start(), m.end(), tuple(f"26 USC {n}" for n in sections
                                                 if 6001 <= int(n[:4]) <= 7874))
    for m in _RULE_TRAILING_RE.finditer(text):
        yield _Hit(m.start(), m.end(), (f"{_RULE_ABBR[m['kind'][:3].lower()]} {int(m['first'])}",))
    if re.search(_INA, text):
        for m in _SECTION_OF_ACT_RE.finditer(text):
            sections = [m["first"], *_list_numbers(m["rest"])]
            yield _Hit(m.start(), m.end(), tuple(f"INA {s.upper()}" for s in sections))
    for m in _MCR_RE.finditer(text):
        yield _Hit(m.start(), m.end(), (f"MI MCR {m['first']}",))
    for m in _MRE_RE.finditer(text):
        yield _Hit(m.start(), m.end(), (f"MI R Evid {m['first']}",))
    for m in _SECTION_OF_STATE_CODE_RE.finditer(text):
        if _ILCS_AFTER.match(text, m.end()):
            continue  # "Section 12-13.1 of the Illinois Public Aid Code (305 ILCS 5/12-13.1)": one law
        code = _STATE_CODE_END.sub("", m["code"])
        if not re.search(r"\b(?:Code|Procedure|Statutes|Laws?)$", code):
            continue
        name = _state_code_name(code)
        sections = _state_sections(m["first"], m["rest"])
        yield _Hit(m.start(), m.end(), tuple(f"{name} {x.rstrip('.:/-')}" for x in sections))
    for m in _before_tail(_TRAILING_STATE_STAT_RE, text):
        name = _state_code_name(m["code"])
        yield _Hit(m.start(), m.end(), tuple(f"{name} {x}" for x in _state_sections(m["first"], m["rest"])))
    tx_ccp = _TX_CCP_NAMED.search(text) is not None
    for m in _TRAILING_TX_CCP_RE.finditer(text):
        tx_ccp = True
        articles = [m["first"], *_list_numbers(m["rest"])]
        yield _Hit(m.start(), m.end(), tuple(f"TX CCP {a}" for a in articles))
    if tx_ccp:  # "required by Article 18.07 and this Warrant": the same code's other articles
        for m in _TX_ARTICLE_RE.finditer(text):
            yield _Hit(m.start(), m.end(), (f"TX CCP {m['first']}",))
    for m in _CODE_OF_STATE_RE.finditer(text):
        postal = STATE_ABBREVIATIONS.get(_state_code_name(" ".join(m["st"].split())).replace(" ", ""))
        if postal:
            sections = _state_sections(m["first"], m["rest"])
            yield _Hit(m.start(), m.end(), tuple(f"{postal} Code {x}" for x in sections))
    for m in _LA_CCRP_RE.finditer(text):
        articles = [m["first"], *re.findall(r"\d{1,4}(?:\.\d+)?", m["rest"])]
        code = "LA CE" if m["kind"] == "E" else "LA CCrP"
        yield _Hit(m.start(), m.end(), tuple(f"{code} {a}" for a in articles))
    for m in _PA_CS_RE.finditer(text):
        sections = _state_sections(m["first"], m["rest"])
        yield _Hit(m.start(), m.end(), tuple(f"{int(m['title'])} PaCS {x}" for x in sections))
    for m in _STATE_TIT_RE.finditer(text):
        code = _TIT_CODES[m["st"]]
        sections = _state_sections(m["first"], m["rest"])
        yield _Hit(m.start(), m.end(), tuple(f"{m['title']} {code} {x}" for x in sections))
    for m in _STATE_TITLE_CODE_RE.finditer(text):
        code = _TITLE_CODES[re.sub(r"[.\s]", "", m["code"])]
        sections = _state_sections(m["first"], m["rest"])
        yield _Hit(m.start(), m.end(), tuple(f"{m['title']} {code} {x}" for x in sections))
    if _ALASKA.search(text):
        for m in _ALASKA_RE.finditer(text):
            sections = _state_sections(m["first"], m["rest"])
            yield _Hit(m.start(), m.end(), tuple(f"AS {x}" for x in sections))
    if _NEW_JERSEY.search(text):
        for m in _NJ_RULE_RE.finditer(text):
            yield _Hit(m.start(), m.end(), (f"NJ R {m['first']}",))
    for m in _INITIALS_RULE_RE.finditer(text):
        rule = _INITIALS_RULES[re.sub(r"[.\s]", "", m["rule"])]
        numbers = [m["first"], *_list_numbers(m["rest"])]
        yield _Hit(m.start(), m.end(), tuple(f"{rule} {int(n)}" for n in numbers))
    for m in _SUPREME_COURT_RULE_RE.finditer(text):
        state = "IL" if m["st"] == "Ill." else _POSTAL_BY_NAME[" ".join(m["st"].split())]
        if state != "MO":
            yield _Hit(m.start(), m.end(), (f"{state} SCR {m['first']}",))
    if _CONNECTICUT.search(text):
        for m in _CT_PRACTICE_BOOK_RE.finditer(text):
            yield _Hit(m.start(), m.end(), (f"CT PB {m['first']}",))
    for m in _MASS_GL_RE.finditer(text):
        yield _Hit(m.start(), m.end(), (f"MGL {m['chapter']}-{m['first']}",))
    for m in _MASS_CHAPTER_RE.finditer(text):  # "governed by G.L. c. 66A": the whole chapter
        yield _Hit(m.start(), m.end(), (f"MGL {m['chapter']}",))
    for m in _PUBLIC_LAW_RE.finditer(text):
        yield _Hit(m.start(), m.end(), (f"PL {m['first']}",))
    if _NORTH_CAROLINA.search(text):
        for m in _NC_GS_RE.finditer(text):
            sections = _state_sections(m["first"], m["rest"])
            norms = [f"NCGS {x}" for x in sections]
            if m["rule"] and m["first"] == "1A-1":
                norms[0] = f"NC CivP {m['rule']}"
            yield _Hit(m.start(), m.end(), tuple(norms))
    for m in _MD_CODE_RE.finditer(text):
        if (m["abbr"] or (m["art3"] and "Article" not in m.group(0))) and not _MARYLAND.search(text):
            continue  # "CR § 7-104", "Public Safety § 5-133" alone name Maryland's only in its documents
        art = m["abbr"] or _md_article(m["art"] or m["art3"] or m["art4"])
        sections = _state_sections(m["first"] or m["first2"] or m["first3"] or m["first4"],
                                   m["rest"] or m["rest2"])
        yield _Hit(m.start(), m.end(), tuple(f"MD {art} {x}" for x in sections))
    for m in _MD_RULE_RE.finditer(text):
        yield _Hit(m.start(), m.end(), (f"MD Rule {m['first']}",))
    if _OHIO.search(text):
        for m in _OHIO_RULE_RE.finditer(text):
            kind = {"Crim": "CrimP", "Civ": "CivP", "Evid": "R Evid"}[m["kind"]]
            yield _Hit(m.start(), m.end(), (f"OH {kind} {int(m['first'])}",))
    for m in _before_tail(_PREFIX_TRAILING_RE, text):
        code = _PREFIX_CODES[m["code"].replace(".", "")]
        yield _Hit(m.start(), m.end(), tuple(f"{code} {x}" for x in _state_sections(m["first"], m["rest"])))
    for m in _RULE_THEN_STATE_RE.finditer(text):
        yield _Hit(m.start(), m.end(), (_state_rule(m),))
    for m in _IDAHO_RULE_RE.finditer(text):
        yield _Hit(m.start(), m.end(), (f"ID {'CrimP' if m['kind'] == 'C' else 'CivP'} {m['first']}",))
    for m in _before_tail(_RSMO_TRAILING_RE, text):
        yield _Hit(m.start(), m.end(), tuple(f"RSMo {x}" for x in _state_sections(m["first"], m["rest"])))
    for m in _MO_RULE_RE.finditer(text):
        if m["bare"] and not _MISSOURI.search(text):
            continue
        part, sub = m["first"] or m["first2"] or m["first3"], m["sub"] or m["sub2"] or m["sub3"]
        kind = "CrimP" if 19 <= int(part) <= 38 else "CivP"
        yield _Hit(m.start(), m.end(), (f"MO {kind} {int(part)}.{sub}",))
    state = next((st for st, rx in _SUPERIOR_STATES if rx.search(text)), None)
    for m in _SUPERIOR_RULE_RE.finditer(text) if state else ():
        kind = "CrimP" if (m["kind"] or m["kind2"]) == "Crim" else "CivP"
        yield _Hit(m.start(), m.end(), (f"{state} {kind} {int(m['first'])}",))
    for m in _VA_RULE_RE.finditer(text) if _VIRGINIA.search(text) else ():
        yield _Hit(m.start(), m.end(), (f"VA R {m['first']}",))
    for m in _KY_RCR_RE.finditer(text):
        yield _Hit(m.start(), m.end(), (f"KY RCr {m['first']}",))
    if _WASHINGTON.search(text):
        for m in _WA_RULE_RE.finditer(text):
            yield _Hit(m.start(), m.end(), (f"WA {m['rule']} {m['first']}",))
    if _NEW_YORK.search(text):
        for m in _NY_PL_RE.finditer(text):
            yield _Hit(m.start(), m.end(), (f"NY PL {m['first']}",))
    for m in _ILCS_RE.finditer(text):
        yield _Hit(m.start(), m.end(), (f"{m['chapter']} ILCS {m['act']}/{m['first']}",))
    for m in _RULE_ABBR_RE.finditer(text):
        abbr = "FRCrP" if "cr" in m["abbr"].lower().replace(".", "") else "FRCP"
        yield _Hit(m.start(), m.end(), (f"{abbr} {int(m['first'])}",))
    for rx in (_STATE_CODE_RE, _STATE_STAT_RE, _NAMED_CODE_BARE_RE):
        for m in rx.finditer(text):
            code, start = m["code"], m.start()
            if code.isupper():
                code = code.title()  # a heading in capitals: "VA. CODE" is "Va. Code"
            if _NOT_STATE_CODE.search(code) or not re.search(r"[A-Z]", code[:1]):
                continue
            state = _STATE_IN_CODE.search(code)
            if state and state.start() > 0:  # "District Court. Under Minn. Stat. § 13.46"
                code, start = code[state.start():], start + state.start()
            written = _state_code_name(code)
            name = _UNPREFIXED.get((_document_state(text), written), written)
            name = _UNPREFIXED.get((name[:2], name[3:]), name)  # "California Government Code"
            if rx is _NAMED_CODE_BARE_RE and name == written:
                continue  # "Penal Code 1054" without a section sign: only in a state known to have one
            sections = _state_sections(m["first"], m["rest"])
            if name.startswith("CA "):  # California numbers sections plainly: "§§ 11180-11191" is a range
                sections = [x for section in sections for x in _expand_range(section)]
            yield _Hit(start, m.end(), tuple(f"{name} {s.rstrip('.:/-')}" for s in sections))


# California, Texas and New York cite their codes by name alone ("Penal Code section 1524",
# "Labor Law § 537"): the document's state says whose.
_UNPREFIXED = {
    ("NY", "Labor Law"): "NY Labor Law", ("NY", "Judiciary Law"): "NY Jud Law",
    ("NY", "Vehicle & Traffic Law"): "NY VTL", ("NY", "Vehicle and Traffic Law"): "NY VTL",
    ("NY", "Social Services Law"): "NY SSL", ("NY", "Executive Law"): "NY Exec Law",
    ("NY", "Public Officers Law"): "NY POL", ("NY", "Family Court Act"): "NY FCA",
    ("CA", "Penal Code"): "CA PC", ("CA", "Evidence Code"): "CA Evid Code",
    ("CA", "Veh Code"): "CA VC", ("CA", "Unemp Ins Code"): "CA UI Code",
    (None, "Unemp Ins Code"): "CA UI Code",  # no other state has a code of that name
    ("CA", "Welf & Inst Code"): "CA WIC", ("CA", "Government Code"): "CA Gov Code",
    ("CA", "Lab Code"): "CA Lab Code", ("CA", "Insurance Code"): "CA Ins Code",
    ("CA", "Health and Safety Code"): "CA HSC", ("CA", "Civil Code"): "CA Civ Code",
    ("CA", "Code of Civil Procedure"): "CA CCP",
    ("TX", "Penal Code"): "TX PC", ("TX", "Code Crim Proc"): "TX CCP", ("TX", "Lab Code"): "TX Lab Code",
}
_CALIFORNIA = re.compile(r"(?i:\bCalifornia\b)|\bCal\.|\bCA\s+(?:9\d{4}|DL|ID)\b|\bLos\s+Angeles\b|\bLAPD\b")
# A code cited by name and number alone, without a section sign: "(Penal Code 1054)".
_NAMED_CODE_BARE_RE = re.compile(
    r"\b(?P<code>(?:Penal|Vehicle|Evidence|Government|Labor|Unemployment\s+Insurance|Unemp\.\s?Ins\."
    r"|Welfare\s+and\s+Institutions|Health\s+and\s+Safety)\s+Code)\s+(?P<first>\d{3,5}(?:\.\d+)?)"
    r"(?![\d.-]\d)" + _SUBS + r"(?P<rest>)")
_TEXAS = re.compile(r"(?i:\bTexas\b)|\bTex\.|\bTX\s+7\d{4}\b")


def _document_state(text: str) -> str | None:
    """CA, TX or NY when the document names one of the three and no other of them."""
    named = {st for st, rx in (("CA", _CALIFORNIA), ("TX", _TEXAS), ("NY", _NEW_YORK))
             if rx.search(text)}
    return named.pop() if len(named) == 1 else None


def _state_rule(m: re.Match[str]) -> str:
    """"Utah R. Crim. P. 14" -> "UT CrimP 14"; Colorado's rules keep their own names (CRCP, CRE)."""
    if m["cre"]:
        return f"CO CRE {m['n3']}"
    written = m["st"] or m["st2"] or m["st4"]
    state = STATE_ABBREVIATIONS.get(re.sub(r"[.\s]", "", written).removesuffix("."))
    if state is None:
        state = STATE_ABBREVIATIONS.get(_state_code_name(written).replace(" ", ""), written)
    if "Hawai" in written:
        state = "HI"  # "Hawaiʻi Rules of Penal Procedure"
    kind = (m["kind"] or m["kind2"] or m["kind4"]).replace("Penal", "Criminal")[:2].lower()
    number = (m["n"] or m["n2"] or m["n4"]).replace(":", ".")  # OCR's "3:1" for Rule 3.1
    if state == "CO":
        return f"CO {dict(cr='CrimP', ci='CRCP', ev='CRE')[kind]} {number}"
    return f"{state} {dict(cr='CrimP', ci='CivP', ev='R Evid')[kind]} {number}"


def _state_code_name(code: str) -> str:
    """"Texas Code of Criminal Procedure" and "Tex. Code Crim. Proc." -> "TX CCP"."""
    code = re.sub(r"\b([A-Z])\.\s?(?=[A-Z]\.)", r"\1", code)
    name = " ".join(code.replace(".", " ").split())
    name = re.sub(r"^(?:of|&)\s+", "", name)
    for full, abbr in _STATE_NAMES:
        name = name.replace(full, abbr)
    name = re.sub(r"\bStat(?:utes|s)$", "Stat", name)  # "Florida Statutes" is "Fla. Stat."
    name = re.sub(r"^(\w+) \1\b", r"\1", name)  # "VIRGINIA VA. CODE"
    if name in _SAME_CODE:
        return _SAME_CODE[name]
    # Any other state's code by its postal code, as independent labellers write it:
    # "Miss. Code Ann." -> "MS Code", "W. Va. Code" -> "WV Code", "Kan. Stat." -> "KS Stat".
    state = re.match(r"(W Va|N [HJMYCD]|R I|S [CD]|\w+)\s+(?=\S)", name)
    postal = state and STATE_ABBREVIATIONS.get(state.group(1).replace(" ", ""))
    if postal:
        return re.sub(r"\s+Ann$", "", f"{postal} {name[state.end():]}")
    return name


def _md_article(written: str) -> str:
    key = " ".join(written.replace(".", " ").replace(" and ", " & ").split()).casefold()
    key = re.sub(r"\s?-\s?", "-", key)
    return _MD_ARTICLES.get(key, key.upper())


# What ends each pattern that names the code after its list of sections.
_TAIL_OF = {_TRAILING_STATE_STAT_RE: re.compile(_STATE_STAT_AFTER),
            _PREFIX_TRAILING_RE: re.compile(_PREFIX_CODE_AFTER),
            _RSMO_TRAILING_RE: re.compile(r"\bRSMo\b"),
            _SECTION_OF_TITLE_RE: re.compile(r"\b" + _OF_TITLE + r"\d")}
_TAIL_REACH = 600  # longer than any list of sections before its code


def _before_tail(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``rx``'s matches, looked for only in the stretch before each of its tails: read from every
    section sign, a long list of sections with no code after it took time quadratic in its length."""
    done = 0
    for t in _TAIL_OF[rx].finditer(text):
        for m in rx.finditer(text, max(done, t.start() - _TAIL_REACH), min(len(text), t.end() + 40)):
            if m.start() >= done:
                done = m.end()
                yield m


def _usc_hits(text: str) -> Iterator[_Hit]:
    for rx in (_USC_RE, _TITLE_CODE_RE, _SECTION_OF_TITLE_RE):
        for m in _before_tail(rx, text) if rx in _TAIL_OF else rx.finditer(text):
            title = int(m["title"])
            if title == 5 and "App" in m.group(0):
                continue  # the Inspector General Act's old home, handled by _IG_APP_RE
            code = "USC"
            if rx is _SECTION_OF_TITLE_RE:
                written_code = m["code"] or ""
                if "Regulation" in written_code or re.fullmatch(_CFR, written_code):
                    code = "CFR"
            sections = [_clean_section(m["first"]), *(_clean_section(s)
                                                       for s in _list_numbers(m["rest"]))]
            norms = []
            for section in sections:
                if title == 18 and re.fullmatch(r"\d{4}4", section):
                    section = section[:4] + "A"  # OCR's "10284": title 18 has no five-digit sections
                norms.extend(_expand_range(section))
            yield _Hit(m.start(), m.end(), tuple(f"{title} {code} {s}" for s in norms))


def _nospace(section: str) -> str:
    # OCR splits "287.7" as "287. 7" and "16-5-204" as "16-5- 204".
    return re.sub(r"\s+", "", section)


def _cfr_section(section: str) -> str:
    # "§ 287.7" read as "8287.7": no CFR part has four digits starting with 8 before the dot.
    section = _nospace(section)
    if re.fullmatch(r"8\d{3}\.\d+[a-z]?", section):
        return section[1:]
    return section


def _list_numbers(rest: str | None) -> list[str]:
    """Section numbers that follow the first in a list, skipping bare subsections."""
    if not rest:
        return []
    rest = re.sub(r"\([0-9A-Za-z]{1,4}\)", " ", rest)
    rest = re.sub(_MARK, " ", rest)
    return re.findall(r"\d+[A-Za-z]{0,2}(?:[.-]\d+[A-Za-z]{0,2})*", rest)


def _state_sections(first: str, rest: str | None) -> list[str]:
    """The sections of a state-code list ("§§ 1524 and 1534"); "15A-801, -802" -> 15A-801, 15A-802."""
    sections = [first]
    rest = re.sub(r"\([0-9A-Za-z]{1,4}\)", " ", rest or "")
    for item in re.findall(r"(?<![\w.])-?\d[0-9A-Za-z]*(?:[.:/-][0-9A-Za-z]+)*", rest):
        if item.startswith("-"):
            item = sections[-1].rpartition("-")[0] + item if "-" in sections[-1] else item[1:]
        sections.append(item)
    return sections


def _clean_section(section: str) -> str:
    section = section.replace("–", "-")  # "§§ 3729–3733": a range with an en dash
    # "§1357" read as "81357": a five-digit number starting with 8 is the sign plus the section.
    if len(section) >= 5 and section[0] == "8" and section[1:5].isdigit():
        return section[1:]
    return section


def _expand_range(section: str) -> list[str]:
    """"1956-1957" is a range of two sections; "1320a-7b" is one section."""
    m = re.fullmatch(r"(\d+)-(\d+)", section)
    if m and len(m[1]) == len(m[2]) and int(m[2]) > int(m[1]):
        return [m[1], m[2]]
    return [section]
