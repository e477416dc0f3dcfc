"""Train the PERSON recogniser shipped in ``data/person_ner`` from generated request text.

    python -m requestdesk.extractors.train_names [--out DIR] [--check]

Sentences are generated with a fixed seed from the name lexicons in ``data/`` and templates of
what requests contain (labelled fields, list rows, request phrases, signature blocks, e-mail
headers) plus look-alike non-names (agencies, offices, addresses, courts). The same command
rebuilds the same model: fixed seed, one thread, fixed order. ``--check`` reports precision and
recall on sentences made from names held out of training.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch

from requestdesk.extractors.names import DATA

SEED = 20260521
EPOCHS = 8
OUT = DATA / "person_ner"

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]
_AGENCIES = [
    "U.S. Immigration and Customs Enforcement", "Enforcement and Removal Operations",
    "Homeland Security Investigations", "Federal Bureau of Investigation", "Denver Field Office",
    "Aurora Police Department", "Arapahoe County Sheriff's Office", "Colorado State Patrol",
    "Office of the District Attorney", "Drug Enforcement Administration", "HSI Denver",
    "Colorado Department of Revenue", "Division of Motor Vehicles", "Records Custodian",
    "Custodian of Records", "UNITED STATES DISTRICT COURT", "District of Colorado",
    "Department of Homeland Security", "Major Crimes Unit", "Office of Inspector General",
    "Special Agent in Charge", "Field Office Director", "Colorado Bureau of Investigation",
    "Social Security Administration", "Postal Inspection Service", "Grand Jury",
]
_TITLES = ["Special Agent", "Deportation Officer", "Detective", "Sergeant", "Investigator",
           "Assistant United States Attorney", "Deputy District Attorney", "Trooper",
           "Supervisory Detention and Deportation Officer", "Task Force Officer",
           "United States Magistrate Judge", "Clerk of Court", "Postal Inspector"]
_STREETS = ["Main Street", "Caley Avenue", "Colfax Ave", "Lincoln Street", "Broadway",
            "Sherman St", "Federal Boulevard", "Speer Blvd"]
_CITIES = ["Denver", "Aurora", "Centennial", "Lakewood", "Greeley", "Pueblo", "Golden"]
_PLACES = ["El Paso, Texas", "Santa Fe, New Mexico", "Los Angeles, CA", "San Antonio, TX",
           "Salt Lake City, Utah", "Colorado Springs, Colorado", "Grand Junction, CO",
           "Las Cruces, NM", "Fort Collins", "San Ysidro, California", "Del Rio, TX"]
_HEADINGS = ["WARRANT FOR ARREST OF ALIEN", "SEARCH AND SEIZURE WARRANT",
             "IMMIGRATION DETAINER - NOTICE OF ACTION", "WARRANT OF REMOVAL/DEPORTATION",
             "SUBPOENA TO TESTIFY BEFORE A GRAND JURY", "REQUEST FOR INFORMATION",
             "IMMIGRATION ENFORCEMENT SUBPOENA", "SUBPOENA DUCES TECUM", "FAX COVER SHEET",
             "LAW ENFORCEMENT SENSITIVE", "ORDER", "APPLICATION AND AFFIDAVIT",
             "Custodian of Records", "Motor Vehicle Records", "Unemployment Insurance Claims"]


def _lexicon(name: str) -> list[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return sorted({w for line in lines if not line.startswith("#") for w in line.split()})


def _cap(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))


class NameMaker:
    """Random people drawn from a slice of the lexicons (train and check use disjoint slices)."""

    def __init__(self, rng: random.Random, held_out: bool) -> None:
        given, family = _lexicon("given_names.txt"), _lexicon("surnames.txt")
        self.given = [g for i, g in enumerate(given) if (i % 5 == 0) == held_out]
        self.family = [f for i, f in enumerate(family) if (i % 5 == 0) == held_out]
        self.rng = rng

    def parts(self) -> tuple[str, str | None, str]:
        r = self.rng
        first = _cap(r.choice(self.given))
        middle = None
        roll = r.random()
        if roll < 0.2:
            middle = _cap(r.choice(self.given))
        elif roll < 0.3:
            middle = r.choice("ABCDEFGHJKLMNPRSTW") + "."
        last = _cap(r.choice(self.family))
        roll = r.random()
        if roll < 0.15:
            last = f"{last}-{_cap(r.choice(self.family))}"
        elif roll < 0.25:
            last = f"{last} {_cap(r.choice(self.family))}"
        elif roll < 0.3:
            last = f"{r.choice(['de la', 'del', 'de', 'van der'])} {last}"
        return first, middle, last

    def written(self) -> str:
        first, middle, last = self.parts()
        given = " ".join(p for p in (first, middle) if p)
        style = self.rng.random()
        if style < 0.35:
            return f"{given} {last}"
        if style < 0.55:
            return f"{last.upper()}, {given}"
        if style < 0.7:
            return f"{given.upper()} {last.upper()}"
        if style < 0.8:
            return f"{given} {last.upper()}"
        if style < 0.9:
            return f"{last}, {given}"
        return f"{last.upper()} {given}"


def _date(r: random.Random) -> str:
    y, m, d = r.randint(1950, 2006), r.randint(1, 12), r.randint(1, 28)
    return r.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}",
                     f"{_MONTHS[m - 1]} {d}, {y}", f"{d} {_MONTHS[m - 1]} {y}",
                     f"{d:02d}.{m:02d}.{y}"])


TEMPLATES: tuple[str, ...] = (
    "RE: {P} (DOB {D})",
    "Subject: {P}",
    "Name: {P}\nDate of Birth: {D}",
    "Subject's Name: {P}     DOB: {D}",
    "1. {P}    DOB: {D}\n2. {P}    DOB: {D}",
    "{P}\t{D}\tA{N}",
    "We request all records pertaining to {P}, born {D}.",
    "Please provide the current address and photograph for {P} (DOB: {D}).",
    "The individual, {P}, is the subject of an ongoing investigation.",
    "I am requesting information regarding {P}, date of birth {D}.",
    "Can you check whether {P} has a license on file? dob {D}",
    "Sincerely,\n{P}\n{T}\n{A}",
    "Respectfully,\n\n/s/ {P}\n{T}, {A}",
    "From: {P} <{E}>\nTo: records@state.co.us",
    "Please contact {T} {P} at (303) 555-{N4} with any questions.",
    "Signed: {P}, {T}",
    "Honorable {P}\nUnited States Magistrate Judge",
    "Requesting Officer: {T} {P}",
    "Alien's Name: {P}\nFile No: A{N}",
    "Last Name: {L}   First Name: {F}",
    "{A}\n{S}\n{C}, CO 80{N3}",
    "Dear Custodian of Records,",
    "{A}\n{A}",
    "Attn: Records Custodian\n{A}",
    "IN THE MATTER OF THE SEARCH OF records held by the {A}",
    "The {A} requests the records for official use.",
    "{T}\n{A}\n{S}, {C}",
    "{H}",
    "{H}\nFile No: A{N}",
    "who entered the United States at {W} on {D}, is subject to removal.",
    "{P}, who entered at {W} on {D}",
    "The vehicle was stopped near {W} on {D}.",
    "{H}\n{A}\nName: {P}",
    "Place of birth: {W}   Date of birth: {D}",
    "{P} applied for unemployment benefits in 2023.",
    "{P} is believed to reside in {C} and drives a gray sedan.",
    "{P} was arrested on {D} and released the next day.",
    "We believe {P} worked for a roofing company in {C} last year.",
    "According to our records, {P} may have used a false identity.",
    "Please let me know whether {P} holds a license in your state.",
    "Our office is looking for {P} and any address you have would help.",
)


def generate(n: int, seed: int, held_out: bool = False) -> Iterator[tuple[str, list[tuple[int, int]]]]:
    """``n`` (text, person character spans) pairs."""
    rng = random.Random(seed)
    maker = NameMaker(rng, held_out)
    for _ in range(n):
        template = rng.choice(TEMPLATES)
        text = ""
        spans: list[tuple[int, int]] = []
        for chunk in template.replace("{", "\x00{").split("\x00"):
            if not chunk.startswith("{"):
                text += chunk
                continue
            key, rest = chunk[1:].split("}", 1)
            if key == "P":
                value = maker.written()
            elif key in {"F", "L"}:
                first, _, last = maker.parts()
                value = first if key == "F" else last.upper()
            else:
                value = {
                    "D": lambda: _date(rng),
                    "T": lambda: rng.choice(_TITLES),
                    "H": lambda: rng.choice(_HEADINGS),
                    "W": lambda: rng.choice(_PLACES),
                    "A": lambda: rng.choice(_AGENCIES),
                    "S": lambda: f"{rng.randint(100, 99999)} {rng.choice(_STREETS)}",
                    "C": lambda: rng.choice(_CITIES),
                    "E": lambda: f"{rng.choice(['j', 'm', 'a'])}.{rng.choice(['smith', 'lee'])}"
                                 f"@{rng.choice(['ice.dhs.gov', 'fbi.gov', 'aurora.gov'])}",
                    "N": lambda: f"{rng.randint(10**8, 10**9 - 1)}",
                    "N3": lambda: f"{rng.randint(100, 999)}",
                    "N4": lambda: f"{rng.randint(1000, 9999)}",
                }[key]()
            pos = len(text)
            if key in {"P", "F", "L"}:
                spans.append((pos, pos + len(value)))
            text += value + rest
        yield text, spans


def _examples(nlp: Language, n: int, seed: int, held_out: bool) -> list[Example]:
    return [
        Example.from_dict(nlp.make_doc(text), {"entities": [(s, e, "PERSON") for s, e in spans]})
        for text, spans in generate(n, seed, held_out)
    ]


def train(out: Path = OUT, n: int = 3000, epochs: int = EPOCHS) -> Language:
    fix_random_seed(SEED)
    nlp = spacy.blank("en")
    ner = nlp.add_pipe("ner")
    ner.add_label("PERSON")  # type: ignore[attr-defined]
    examples = _examples(nlp, n, SEED, held_out=False)
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(SEED)
    for _ in range(epochs):
        rng.shuffle(examples)
        for batch in minibatch(examples, size=16):
            nlp.update(batch, sgd=optimizer, drop=0.2)
    out.mkdir(parents=True, exist_ok=True)
    nlp.meta["name"] = "person_ner"
    nlp.meta["description"] = "PERSON recogniser for request letters (requestdesk.train_names)"
    nlp.to_disk(out)
    return nlp


def check(nlp: Language, n: int = 400) -> tuple[float, float]:
    """Precision and recall of exact PERSON spans on sentences with held-out names."""
    tp = fp = fn = 0
    for text, spans in generate(n, SEED + 1, held_out=True):
        predicted = {(e.start_char, e.end_char) for e in nlp(text).ents}
        gold = set(spans)
        tp += len(predicted & gold)
        fp += len(predicted - gold)
        fn += len(gold - predicted)
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="report held-out precision/recall")
    args = parser.parse_args()
    nlp = train(args.out)
    if args.check:
        precision, recall = check(nlp)
        print(f"held-out names: precision {precision:.3f} recall {recall:.3f}")


if __name__ == "__main__":
    main()
