"""Personal names: put into "First Last" order, fix ALL-CAPS, and tell a name from other words."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"

PARTICLES = frozenset(
    {"de", "del", "la", "las", "los", "y", "van", "von", "der", "den", "da", "das", "dos", "bin",
     "ibn", "bint"}
)
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v"})
HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "sr", "sra", "srta", "señor", "señora", "don", "doña"}
)
_NAME_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['’\-.])*$")


@cache
def _lexicon(name: str) -> frozenset[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return frozenset(fold(w) for line in lines if not line.startswith("#") for w in line.split())


def given_names() -> frozenset[str]:
    return _lexicon("given_names.txt")


def surnames() -> frozenset[str]:
    """Common surnames: tells "Ortiz Castillo Inés" (two surnames, then the given name)."""
    return _lexicon("surnames.txt")


def not_name_words() -> frozenset[str]:
    """Words that never belong to a personal name (agency, role, place and form words)."""
    return _lexicon("not_name_words.txt") | ORG_SUFFIXES


def common_words() -> frozenset[str]:
    """Everyday English words that are never proper nouns (``build_common_words.py``)."""
    return _lexicon("common_words.txt")


@cache
def _accented() -> dict[str, str]:
    lines = (DATA / "accented_names.txt").read_text(encoding="utf-8").splitlines()
    return {fold(w): w for line in lines if not line.startswith("#") for w in line.split()}


def restore_accents(name: str) -> str:
    """Put back the accents OCR drops from Spanish names ("RAMIREZ-OCHOA, Hector" was read
    from "RAMÍREZ-OCHOA, Héctor"); only for words whose standard spelling has them."""
    table = _accented()
    from requestdesk.extractors.name_origins import languages_for  # imports this module

    if sum(bool(languages_for([w])) for w in name.split()) >= 2:
        return name  # "Agnieszka Maria Kowalczyk" is Polish: no Spanish "María" ("Garza" alone is not)

    def fix(part: str) -> str:
        accented = table.get(fold(part))
        if accented is None or any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", part)):
            return part
        return accented

    words = [("-".join(fix(p) for p in word.split("-"))) for word in name.split()]
    # Left out of the table because English spells them plain, but after a Spanish particle they
    # are the Spanish names: "Rubén Santiago de León", "Ramos de Colón".
    for k in range(1, len(words)):
        if fold(words[k - 1]) in {"de", "del"} and fold(words[k]) in _AFTER_DE:
            words[k] = _AFTER_DE[fold(words[k])] if words[k].istitle() else words[k]
    return " ".join(words)


_AFTER_DE = {"leon": "León", "colon": "Colón", "roman": "Román", "martin": "Martín",
             "angel": "Ángel"}


def accent_count(text: str) -> int:
    """Accent marks in ``text``: OCR and mail systems drop them, people do not add them."""
    return sum(1 for c in unicodedata.normalize("NFD", text) if unicodedata.combining(c))


# Letters with a stroke have no accent to strip: OCR and plain-ASCII writers give their base letter.
_STROKED = str.maketrans({"đ": "d", "ł": "l", "ø": "o", "ħ": "h", "ı": "i", "ŧ": "t", "ð": "d"})


def fold(text: str) -> str:
    """Lower case without accents, for comparing names."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_STROKED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _cap_part(part: str) -> str:
    if not part:
        return part
    low = part.lower()
    if low.startswith("mc") and len(low) > 2:
        return "Mc" + low[2].upper() + low[3:]
    return low[0].upper() + low[1:]


def smart_case(word: str, first: bool = False, last: bool = False,
               particles: frozenset[str] = PARTICLES) -> str:
    """Title-case a word written all upper or all lower; leave mixed case as written."""
    letters = [c for c in word if c.isalpha()]
    if not letters:
        return word
    if re.fullmatch(r"Mc[A-Z]{2,}", word):
        return _cap_part(word)  # "McBRIDE": a surname in capitals after its prefix
    if not (all(c.isupper() for c in letters) or all(c.islower() for c in letters)):
        return word
    if len(letters) == 1 and len(word) <= 2 and not first and letters[0].isascii():
        return word.upper().rstrip(".") + "."  # an initial; the Irish "Ó" is a prefix, not one
    low = word.lower()
    if not first and not last and low in particles:
        return low
    if low.rstrip(".") in SUFFIXES:
        return _suffix(low)
    out = re.split(r"([\-'’])", word)
    # "IBARRA-DE LEÓN": a particle after a hyphen stays small, as it would standing alone.
    return "".join(p if p in "-'’" else p.lower() if k and not last and p.lower() in particles
                   else _cap_part(p) for k, p in enumerate(out))


def _suffix(word: str) -> str:
    core = word.lower().rstrip(".")
    return core.capitalize() + "." if core in {"jr", "sr"} else core.upper()


def _tokens(raw: str) -> list[str]:
    # A quote glued to a word's end is OCR's or a possessive's ("Milan'", "Reyes'"), not the name's.
    return [t.rstrip("'") if len(t) > 2 else t for t in re.split(r"\s+", raw.strip()) if t]


def _strip_honorifics(tokens: list[str]) -> list[str]:
    while tokens and tokens[0].lower().rstrip(".") in HONORIFICS and len(tokens) > 2:
        tokens = tokens[1:]
    return tokens


def _is_caps(token: str) -> bool:
    letters = [c for c in re.sub(r"^Mc(?=[A-Z])", "", token) if c.isalpha()]  # "McGREEVY"
    return len(letters) > 1 and all(c.isupper() for c in letters)


def normalize_name(raw: str) -> str | None:
    """"HERNÁNDEZ-LÓPEZ, María" → "María Hernández-López"; None if it is not a plausible name."""
    text = re.sub(r"\(.*?\)|\[.*?\]", " ", raw)
    text = re.split(r"\b(?:a/k/a|aka|AKA|alias)\b", text)[0]
    text = text.replace("’", "'").strip(" \t,;:-–*\"")
    if text.endswith(".") and not re.search(r"(?:^|\s)[^\W\d_]\.$", text):
        text = text.rstrip(".")
    text = re.sub(r"\s+", " ", text)
    if not text:
        return None
    suffix: str | None = None
    if "," in text:
        head, _, tail = text.partition(",")
        tail = tail.strip(" ,")
        tail_tokens = _tokens(tail.replace(",", " "))
        if len(tail_tokens) >= 2 and tail_tokens[-1].lower().rstrip(".") in SUFFIXES \
                and len(tail_tokens[-1].rstrip(".")) > 1:
            suffix = tail_tokens.pop()  # "BRANDT, Christopher Allen, Jr.", "PRUITT, Reginald T III"
        if tail_tokens and all(t.lower().rstrip(".") in SUFFIXES for t in tail_tokens):
            text = head  # "Juan Garcia, Jr."
            suffix = tail_tokens[0]
        else:
            head_tokens = _tokens(head)
            while len(head_tokens) > 1 and len(head_tokens[0].rstrip(".")) == 1:
                head_tokens.pop(0)  # "E BAKER-HUGHES, Michael": a stray OCR letter, not a name
            if head_tokens and head_tokens[-1].lower().rstrip(".") in SUFFIXES:
                suffix = head_tokens.pop()
            text = " ".join([*tail_tokens, *head_tokens])
    tokens = _strip_honorifics(_tokens(text))
    if tokens and tokens[-1].lower().rstrip(".") in SUFFIXES and suffix is None and len(tokens) > 2:
        suffix = tokens.pop()
    # "GARCIA LOPEZ Juan Carlos": a surname in capitals before given names in mixed case.
    caps_lead = 0
    while caps_lead < len(tokens) and _is_caps(tokens[caps_lead]) \
            and not re.fullmatch(r"[A-Z]{1,2}\.", tokens[caps_lead]):  # "LI." is initials
        caps_lead += 1
    rest = tokens[caps_lead:]
    if rest == tokens[-1:] and len(rest[0]) == 1 and caps_lead and fold(tokens[caps_lead - 1]) in PARTICLES:
        rest = []  # "JESÚS MANUEL DE LA O": the surname "De la O", not an initial
    if 0 < caps_lead < len(tokens) and rest and not any(_is_caps(t) for t in rest):
        tokens = rest + tokens[:caps_lead]
    if len(tokens) < 2 or len(tokens) > 6 or not all(_NAME_WORD.match(t) for t in tokens):
        return None
    # "TRUONG VAN KHOA": Văn is a Vietnamese middle name, not the Dutch "van".
    particles = PARTICLES - {"van"} if _vietnamese(tokens) else PARTICLES
    words = [
        smart_case(t, first=i == 0, last=i == len(tokens) - 1, particles=particles)
        for i, t in enumerate(tokens)
    ]
    if len(words) > 2 and len(words[-1].rstrip(".")) == 1 and fold(words[-2]) in PARTICLES:
        words[-1] = words[-1].rstrip(".").upper()  # "de la O" is a surname, not an initial
    if suffix:
        words.append(_suffix(suffix))
    return " ".join(words)


def name_key(name: str) -> str:
    """A key that matches the same person written with or without accents, hyphens, case."""
    return " ".join(re.sub(r"[\-'.]", " ", fold(name)).split())


def _middle_v(tokens: list[str], k: int) -> bool:
    """"Natalia V. Sorokina": V. is a middle initial between two name words in mixed case; a
    caption's "v." ("Smith v. Jones", "PEOPLE V. RUIZ") is not."""
    return (tokens[k] == "V." and 0 < k < len(tokens) - 1 and not _is_caps(tokens[k - 1])
            and tokens[k - 1][:1].isupper() and tokens[k + 1][:1].isupper())


def is_stop_word(word: str, stop: frozenset[str]) -> bool:
    """In ``stop`` (folded words); a word written with accents is not the English word its
    letters spell ("MỸ" is a Vietnamese name, "my" is not)."""
    low = fold(word)
    if low in {"said", "can"} and word[:1].isupper() and not word.isupper():
        return False  # "Ibrahim Said Adan", "Emre Can Yilmaz": the English words are written small
    # Only short words: an OCR speck on a long English word ("Corréctional") is still the word.
    return low in stop and (not accent_count(word) or len(low) > 4 or word.casefold() in stop)


def looks_like_name(raw: str) -> bool:
    """Shape and vocabulary check: 2-6 name-like words, none of them an agency or role word."""
    tokens = [t for t in re.split(r"[\s,]+", raw.strip()) if t]
    if not 2 <= len(tokens) <= 6:
        return False
    stop = not_name_words()
    real = 0
    for k, t in enumerate(tokens):
        if not _NAME_WORD.match(t):
            return False
        if is_stop_word(t.strip("."), stop - NAME_MONTHS) and not _middle_v(tokens, k):
            return False
        if len(t.strip(".")) > 1:
            real += 1
    # "Particular Things", "Supervised Release": capitalised everyday words, not a name.
    common = common_words()
    words = [fold(t.strip(".")) for t in tokens if len(t.strip(".")) > 1]
    return real >= 2 and not all(w in common for w in words)


# Words that make the capitalised run next to them an organisation ("Acme Trading LLC",
# "Department of Licensing"), never a person.
ORG_SUFFIXES = frozenset({
    "llc", "l.l.c", "inc", "incorporated", "corp", "corporation", "co", "company", "companies",
    "ltd", "limited", "lp", "l.p", "llp", "pllc", "plc", "pc", "p.c", "n.a", "trading",
    "services", "service", "group", "holdings", "holding", "associates", "partners",
    "partnership", "enterprises", "industries", "logistics", "freight", "construction", "farms",
    "farm", "solutions", "systems", "technologies", "consulting", "management", "properties",
    "investments", "ventures", "transport", "transportation", "trucking", "staffing", "supply",
    "supplies", "manufacturing", "motors", "packing", "produce", "storage", "foods",
    "restaurant", "bank", "trust", "foundation", "landscaping", "roofing", "cleaning",
    "janitorial", "painting", "plumbing", "electric", "repair", "builders", "contractors",
    "concrete", "drywall", "masonry", "apparel", "seafood", "meats", "poultry", "packers",
    "growers", "imports", "exports", "distribution", "distributors", "wholesale", "marketing",
    "realty", "insurance", "capital", "financial", "lending", "hospitality", "hotel", "motel",
    "spa", "nails", "massage", "tavern",
    "cleaners", "bakery", "clinic", "dairy", "orchards", "nursery", "express",
    "courthouse", "building", "plaza", "tower", "business", "store", "shop",
    # Shops and small businesses named in benefit and licence records: "Lakeside Halal Market".
    "market", "supermarket", "grocery", "groceries", "deli", "mart", "pharmacy", "salon",
    "barbershop", "cafe", "café", "diner", "grill", "pizzeria", "taqueria", "laundromat",
    "laundry", "carwash", "garage", "tires", "furniture", "jewelry", "boutique", "liquors",
    "daycare", "childcare", "kitchen",
    # "FBI Albuquerque Violent Crimes Task Force", "Financial Crimes Unit"
    "crimes",
    # Streets named after people: "Martin Luther King Jr. Blvd", "Cesar Chavez Avenue".
    "blvd", "boulevard", "street", "avenue", "ave", "road", "rd", "drive", "lane", "ln", "highway",
    "hwy", "parkway", "pkwy", "circle", "terrace", "trail", "way",
})
# Words between a name and the organisation word that makes it a building or an office:
# "Mark O. Hatfield United States Courthouse", "Byron G. Rogers Federal Building".
_ORG_FILLERS = frozenset({"united", "states", "u.s", "us", "federal", "county", "district",
                          "memorial", "justice", "municipal"})
LEGAL_FORMS = frozenset({
    "llc", "l.l.c", "inc", "incorporated", "corp", "corporation", "co", "company", "ltd",
    "limited", "lp", "l.p", "llp", "pllc", "plc", "pc", "p.c", "n.a",
})
ORG_HEADS = frozenset({
    "department", "dept", "division", "office", "bureau", "board", "agency", "commission",
    "unit", "section", "administration", "university", "college", "school", "bank",
})


def _is_organisation(words: list[tuple[str, int, int]], first: int, after: int) -> bool:
    """Whether the run ``words[first:after]`` names an organisation: an organisation word right
    after it (a comma or "&" between is allowed) or "Department of" right before it."""
    j = after
    while j < len(words) and (words[j][0] in {",", "&", "and", ":"} or _SYMBOLS.match(words[j][0])):
        j += 1  # "Front Range Stone €: Tile Imports LLC": OCR's "&"
    k = j
    while k < len(words) and fold(words[k][0].strip(".,")) in _ORG_FILLERS:
        k += 1
    if k > j and k < len(words) and fold(words[k][0].strip(".,")) in ORG_SUFFIXES:
        return True
    nxt = fold(words[j][0].strip(".,")).rstrip(".") if j < len(words) else ""
    comma = any(w[0] == "," for w in words[after:j])
    # After a comma only a legal form counts: "Jane Roe, Group Supervisor" is a person.
    if nxt in (LEGAL_FORMS if comma else ORG_SUFFIXES):
        return True
    if any(w[0] == "&" or (_SYMBOLS.match(w[0]) and w[0] not in ",:") for w in words[after:j]):
        # "Front Range Stone & Tile Imports LLC": the firm's name goes on after the "&".
        for word, _, _ in words[j:j + 4]:
            if fold(word.strip(".,")) in ORG_SUFFIXES:
                return True
            if not _is_name_word(word) and word != ",":  # "Suwanee Tile & Stone, Inc."
                break
    if nxt in _PLACE_TAILS and not comma:
        return True  # "ROANOKE RIDGE COUNTY", "Lindell Grove Township"
    after_nxt = fold(words[j + 1][0].strip(".,")) if j + 1 < len(words) else ""
    if not comma and nxt in {"police", "sheriff", "sheriffs", "sheriff's", "sheriff’s"} \
            and after_nxt in {"department", "dept", "office", "bureau", "division", "services"}:
        return True  # "State v. Ruelas, Tucson Police Department": a city, not a given name
    if not comma and (nxt == "court" or (nxt in _COURT_KINDS and after_nxt == "court")):
        return True  # "Harcourt and Tran, Prince William Circuit Court": a county's court
    if first >= 2 and fold(words[first - 1][0]) in {"of", "for"}:
        return fold(words[first - 2][0].strip(".,")) in ORG_HEADS | _PLACE_TAILS
    return False


_SYMBOLS = re.compile(r"^[^\w\s]{1,2}$")
_COURT_KINDS = frozenset({"circuit", "district", "superior", "municipal", "juvenile", "family",
                          "probate", "county", "justice", "magistrate", "general"})
# "COUNTY OF ROANOKE RIDGE", "Roanoke Ridge County", "Village of Lindell Grove": places.
_PLACE_TAILS = frozenset({"county", "parish", "township", "village", "borough", "city", "town"})
_WORD = re.compile(r"[^\s,;:()\[\]|/]+|[,;:()\[\]|/]")  # punctuation other than "," ends a name
_JUNK = re.compile(r"^[~•·*_=»«]+$")  # OCR debris; a dash separates ("USBP - GARCIA")


# Sheriff's offices, police, prosecutors and prisons abbreviated: "SCSO", "MCSO", "LVMPD", "RRCSO",
# "DCDA", "ODOC".
# Consonants only before the suffix, so that "RUSSO" or "PRADA" stay names.
_OFFICE_ACRONYM = re.compile(r"[A-Z][B-DF-HJ-NP-TV-Z]{0,3}(?:SO|PD|DA)|[A-Z]{0,2}DOC|TDCJ")


_VOWEL = re.compile(r"[aeiouy]")


def _is_name_word(word: str) -> bool:
    core = word.strip(".'’-")
    if not core or not core[0].isalpha() or not core[0].isupper() or word.count(".") > 1:
        return False
    if len(core) >= 3 and core.isupper() and (not _VOWEL.search(fold(core))
                                               or _OFFICE_ACRONYM.fullmatch(core)):
        return False  # an acronym ("USBP", "DHS", "SCSO", "LVMPD"), not a name
    if "-" in core and all(_common_not_name(part) for part in core.split("-")):
        return False  # "NOT-PUBLIC DATA", "CO-OWNER"
    if re.fullmatch(r"(?:[A-Za-z]-){2,}[A-Za-z]", core):
        return False  # a name spelled out on the phone: "Brekke, B-R-E-K-K-E"
    return all(c.isalpha() or c in ".'’-" for c in word)


def _common_not_name(word: str) -> bool:
    key = fold(word)
    return bool(key) and key in common_words() and key not in given_names() \
        and key not in surnames()


_PLACE_HEADS = frozenset({"el", "las", "los", "san", "santa", "fort", "mount", "lake", "port",
                          "saint", "st", "west", "east", "north", "south", "new"})
US_STATES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
    "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
    "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
    "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
    "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
    "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
)


def state_names_pattern() -> str:
    """The states as a regex alternation, any run of spaces inside a name."""
    return "(?:" + "|".join(state.replace(" ", r"\s+") for state in US_STATES) + ")"


# One-word states: a place after "Tumwater," or ending a line above a name; Georgia and Virginia
# are also given names ("SMITH, Georgia").
_STATE_WORDS = (frozenset(fold(s) for s in US_STATES if " " not in s) - {"georgia", "virginia"}) | {
    "hawai'i", "hawaiʻi", "hawai‘i", "hawai’i"}  # the state's own spelling, with its ʻokina
NAME_MONTHS = frozenset({"april", "may", "june", "august", "julio", "mayo", "jan"})


_CODE_WORDS = frozenset({"penal", "code", "stat", "stats", "rev", "gen", "comp", "ann", "r", "crim", "civ",
                         "rs", "ccrp", "ccp", "admin"})


# The states' postal codes by the abbreviation citations use (Bluebook: "Tex.", "N.M.").
STATE_ABBREVIATIONS = {
    "Ala": "AL", "Alaska": "AK", "Ariz": "AZ", "Ark": "AR", "Cal": "CA", "Colo": "CO", "Conn": "CT",
    "Del": "DE", "Fla": "FL", "Ga": "GA", "Haw": "HI", "Idaho": "ID", "Ill": "IL", "Ind": "IN",
    "Iowa": "IA", "Kan": "KS", "Ky": "KY", "La": "LA", "Me": "ME", "Md": "MD", "Mass": "MA",
    "Mich": "MI", "Minn": "MN", "Miss": "MS", "Mo": "MO", "Mont": "MT", "Neb": "NE", "Nev": "NV",
    "NH": "NH", "NJ": "NJ", "NM": "NM", "NY": "NY", "NC": "NC", "ND": "ND", "Ohio": "OH",
    "Okla": "OK", "Or": "OR", "Pa": "PA", "RI": "RI", "SC": "SC", "SD": "SD", "Tenn": "TN",
    "Tex": "TX", "Utah": "UT", "Vt": "VT", "Va": "VA", "Wash": "WA", "WVa": "WV", "Wis": "WI",
    "Wyo": "WY",
}


def _state_code_follows(words: list[tuple[str, int, int]], at: int) -> bool:
    """"Theft, Tex. Penal Code": a state's abbreviation opening a citation, not a given name."""
    if at + 1 >= len(words) or not words[at][0].endswith("."):
        return False
    code = fold(words[at + 1][0].strip(".,").replace(".", ""))
    abbreviation = words[at][0][:-1]
    return code in _CODE_WORDS and (abbreviation in STATE_ABBREVIATIONS or abbreviation in ("Calif", "Ore"))


_STREET_ABBREVIATIONS = frozenset({"st.", "ave.", "rd.", "blvd.", "ln.", "hwy.", "pkwy.", "ct."})
_POSTAL_CODE = re.compile(r"[A-Z]{2}")
_ZIP = re.compile(r"\d{5}(?:-\d{4})?")


def _sentence_ends(word: str) -> bool:
    """A full stop after a whole word ("... Villaseñor de León. IT IS FURTHER ORDERED"): the
    name is over. An initial's stop ("T.", "St.", "Jr.") is not a sentence's."""
    return word.endswith(".") and len(word.rstrip(".")) >= 3


def _case_prefix(words: list[tuple[str, int, int]], k: int) -> bool:
    """A case number's letters after a comma ("State v. Ostapenko, CR 24-1402"), not a name."""
    return (k + 1 < len(words) and words[k][0].rstrip(".") in _CASE_PREFIXES
            and words[k + 1][0][:1].isdigit())


_CASE_PREFIXES = frozenset({"CR", "CV", "CF", "CM", "CJ", "CRF", "CRM", "JV", "FE", "MC", "SC",
                            "No", "NO"})


def _postal_address_follows(words: list[tuple[str, int, int]], j: int) -> bool:
    """"Lindell Grove, IL 60068": a town in an address, not a person."""
    return (j + 2 < len(words) and words[j][0] == "," and bool(_POSTAL_CODE.fullmatch(words[j + 1][0]))
            and bool(_ZIP.fullmatch(words[j + 2][0])))


def _inmate_number_follows(words: list[tuple[str, int, int]], j: int) -> bool:
    """"DE LA CRUZ MEJÍA, ADC #171552": a prison's or an agency's initials before a number."""
    word = words[j][0]
    return (j + 1 < len(words) and word.isupper() and len(word) <= 5
            and fold(word) not in given_names() and fold(word) not in surnames()
            and re.fullmatch(r"#\d[\d-]{3,}|#|No\.?", words[j + 1][0]) is not None)


def _number_follows(words: list[tuple[str, int, int]], j: int) -> bool:
    k = j + 1
    while k < len(words) and words[k][0] in {",", "de"}:
        k += 1
    # A day ("Nov. 9, 1975", "Julio 5") or a year; "Tomasz Jan 03/14/1990" is a name and a date.
    if k >= len(words) or not re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?[,.]?|\d{4}[,.]?", words[k][0]):
        return False
    return k + 1 >= len(words) or words[k + 1][0] != "/"


def _first_given(run: list[tuple[str, int, int]]) -> str:
    """The first word after the comma of a "LAST, First" run."""
    return run[[r[0] for r in run].index(",") + 1][0]


def _vietnamese(tokens: list[str]) -> bool:
    from requestdesk.extractors.name_origins import is_vietnamese  # imports this module

    return is_vietnamese(tokens)


def _particles_then_name(words: list[tuple[str, int, int]], j: int) -> bool:
    """Whether the particles from ``j`` on ("de la") lead to a name word ("Cruz")."""
    while j < len(words) and fold(words[j][0]) in PARTICLES:
        j += 1
    return j < len(words) and _is_name_word(words[j][0])


# "S/A Grant Hollister", "D/O Kim", "S/Sgt. Ray": a rank written with a slash.
# An Arabic surname with its article in lower case: "Rashid Hamdan al-Zubaidi".
_ARTICLE_PREFIX = re.compile(r"(?:al|el|ad|ash|as|at|az|an|ar|ul)-[^\W\d_][^\W\d_'’-]+")
# A nickname in quotes inside a name: 'Daniel "Flaco" Ortiz', 'Volodymyr “Vlad” SHEVCHENKO'.
NICKNAME = re.compile(r"(?<=[^\W\d_]|(?<=[A-Z])\.) +[\"“'‘][^\W\d_](?:[^\W\d_]|[-.])*[\"”'’](?= +[^\W\d_])")
_SLASH_RANK = re.compile(r"\b(?:S/A|SA/|D/O|S/Sgt|Sgt/|I/O)(?=\.?\s)")
# Race and sex after a name on police forms: "BANFIELD, Rodney W/M".
_RACE_SEX = re.compile(r"(?<=[^\W\d_])[ \t]+[WBHAIU]/[MF](?![\w/])")


def _lower_given_at_line_end(text: str, words: list[tuple[str, int, int]], j: int) -> bool:
    """A lower-case word that ends an inverted name's row (or comes before its DOB) and is no
    English word: a given name OCR read in lower case."""
    if j >= len(words):
        return False
    word, _, end = words[j]
    rest = text[end:end + 200].split("\n", 1)[0]
    return (word.isalpha() and word.islower() and len(word) >= 3 and fold(word) not in common_words()
            and fold(word) not in not_name_words()
            and (not rest.strip() or re.match(r"\s+(?:DOB|D\.O\.B\.|\d)", rest) is not None))


def find_names(text: str, offset: int = 0, allow_inverted: bool = True) -> list[tuple[str, int, int]]:
    """Name-shaped runs in a fragment: ("María Hernández-López", start, end) in document offsets."""
    stop = not_name_words()
    words = []
    text = _SLASH_RANK.sub(lambda m: " " * len(m[0]), text)  # blanked, so offsets hold
    text = _RACE_SEX.sub(lambda m: " " * len(m[0]), text)
    text = NICKNAME.sub(lambda m: " " * len(m[0]), text)
    for m in _WORD.finditer(text):
        word, start, end = m.group(0), m.start(), m.end()
        lead = len(word) - len(word.lstrip("-–~•*_'‘«»\"“„"))
        if lead and len(word) > lead + 1:
            word, start = word[lead:], start + lead  # "-KOWALCZYK" from a form's ruled line
        trail = len(word) - len(word.rstrip("\"”»"))
        if trail and len(word) > trail + 1:
            word, end = word[:-trail], end - trail  # 'using the name "Yadira Solís"'
        possessive = re.search(r"['’]s$", word)
        if possessive:
            word, end = word[: possessive.start()], start + possessive.start()
        words.append((word, start, end))
        if possessive:
            words.append(("'s", end, m.end()))  # ends the name run
    out: list[tuple[str, int, int]] = []
    i = 0
    while i < len(words):
        run: list[tuple[str, int, int]] = []
        commas = 0
        j = i
        while j < len(words):
            w = words[j][0]
            if w == ",":
                # "LAST, First": one comma, right after the first word(s), if inversion is allowed
                if not allow_inverted or commas or not run or len(
                        [r for r in run if fold(r[0]) not in PARTICLES]) > 3:
                    break
                nxt = words[j + 1][0] if j + 1 < len(words) else ""
                if allow_inverted and not commas and run and all(r[0].isupper() for r in run) \
                        and _lower_given_at_line_end(text, words, j + 1):
                    # "PETROVIĆ, jovana  DOB 02/08/1994": OCR lower-cased the given name.
                    run.extend([words[j], (nxt.capitalize(), words[j + 1][1], words[j + 1][2])])
                    commas, j = 1, j + 2
                    break
                if not _is_name_word(nxt) or is_stop_word(nxt.strip("."), stop - NAME_MONTHS) \
                        or (fold(nxt) in _PLACE_HEADS and j + 2 < len(words)
                            and _is_name_word(words[j + 2][0])) \
                        or len(nxt) < 2 or fold(nxt) in _STATE_WORDS \
                        or (len(nxt) == 2 and nxt.isupper() and j + 2 < len(words)
                            and re.fullmatch(r"\d{5}", words[j + 2][0])) \
                        or _case_prefix(words, j + 1) or _state_code_follows(words, j + 1) \
                        or _inmate_number_follows(words, j + 1) \
                        or (nxt.isupper() and len(nxt) > 1 and not any(r[0].isupper() for r in run)):
                    break  # "THOMPSON, A 201 125 006" is a name and an A-number; "Ortega, LASC case"
                commas += 1
                run.append(words[j])
                j += 1
                continue
            low = fold(w.strip("."))
            if commas and w.isupper() and len(w.strip(".")) > 1 and run[-1][0] != "," \
                    and not _first_given(run).isupper():
                break  # "SHEVCHUK, Mykola ADCRR #319044": capitals after mixed-case given names
            if not run and low in _STATE_WORDS and j + 1 < len(words) and "\n" in text[
                    words[j][2]:words[j + 1][1]]:
                break  # "Northern District of Ohio" ends its line; the name below is another run
            month_name = low in NAME_MONTHS and not _number_follows(words, j)
            if is_stop_word(w.strip("."), stop) and not month_name and not (
                    run and _middle_v([r[0] for r in run] + [w] + [x[0] for x in words[j + 1:j + 2]],
                                      len(run))):
                break  # a month is a name only when no day follows: "Julio César", "April Ruiz"
            if run and _JUNK.match(w) and j + 1 < len(words) and _is_name_word(words[j + 1][0]):
                j += 1  # OCR debris between two parts of a name ("HOANG ~ Minh")
                continue
            if (len(w.strip(".")) == 1 and (w[:1] in "Aa" or not w.endswith("."))
                    and j + 1 < len(words) and words[j + 1][0][:1].isdigit()):
                break  # "A 208 119 450": an A-number, not a middle initial ("E. 06/25/2000" is)
            if low in PARTICLES and len(w) > 1 and w.isupper() and not (run and run[-1][0].isupper()) \
                    and not (j + 1 < len(words) and words[j + 1][0].isupper()):
                break  # "Bronx DA Welfare Fraud Unit": capitals among mixed case, not "da Silva"
            if _is_name_word(w) or (run and low in PARTICLES and _particles_then_name(words, j)) \
                    or (run and _ARTICLE_PREFIX.fullmatch(w)):
                run.append(words[j])
                j += 1
                if len([r for r in run if r[0] != ","]) >= 6 or _sentence_ends(w):
                    break
                continue
            if commas and run[-1][0] != "," and _lower_given_at_line_end(text, words, j):
                # "KAMARA, Jamal idris": OCR lower-cased the last given name of an inverted name.
                run.append((w.capitalize(), words[j][1], words[j][2]))
                j += 1
            break
        if commas == 1 and j + 1 < len(words) and words[j][0] == "," \
                and fold(words[j + 1][0].rstrip(".")) in SUFFIXES and len(words[j + 1][0].rstrip(".")) > 1:
            run.extend(words[j:j + 2])  # "BRANDT, Christopher Allen, Jr."
            j += 2
        if run and run[-1][0] == ",":
            run.pop()
        if len(run) > 2 and not commas and run[-1][0] in ("Son", "SON") \
                and not _vietnamese([r[0] for r in run]):
            run.pop()  # "Mateo Ibarra Quiñones  Son": a household table's relationship column
        names = [r for r in run if r[0] != ","]
        # "El Paso", "San Ysidro", "Fort Collins" are places; "SAN MIGUEL, Rosa" is a surname.
        place = not commas and bool(names) and fold(names[0][0].strip(".")) in _PLACE_HEADS
        place = place or _postal_address_follows(words, j) or (
            bool(names) and fold(names[-1][0].strip(".")) == "st")  # "S Holly St": a street
        # "W. Maple St., Wichita": a street ends before the comma ("St. Clair" is a surname).
        place = place or any(fold(r[0]) in _STREET_ABBREVIATIONS
                             and (k + 1 == len(run) or run[k + 1][0] == ",") for k, r in enumerate(run))
        if len(names) >= 2 and not place and not _is_organisation(words, i, j):
            start, end = run[0][1], run[-1][2]
            raw = " ".join(r[0] for r in run).replace(" ,", ",")
            bare = " ".join(r[0] for r in names if fold(r[0].rstrip(".")) not in SUFFIXES
                            or r is names[0])
            if looks_like_name(bare):
                norm = normalize_name(raw)
                if norm:
                    out.append((norm, offset + start, offset + end))
        i = max(j, i + 1)
    return out
