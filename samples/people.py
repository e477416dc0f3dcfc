"""Name pools and random people: subjects whose records are wanted, and requesting officers.

The dev and holdout families draw from separate pools so holdout names are never seen in dev.
"""

from __future__ import annotations

from datetime import date

from requestdesk.samples.model import Ctx, Officer, Subject

# (first names, middle names or "", surnames) per family and origin.
_DEV_NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "hispanic": (["María José", "José", "Jesús", "Ana", "Luis", "Guadalupe", "Óscar", "Verónica",
                  "Raúl", "Inés", "Martín", "Sofía"],
                 ["", "", "Andrés", "Isabel", "Ramón"],
                 ["Núñez", "Gómez", "Hernández-López", "de la Cruz", "Ramírez", "Peña",
                  "Álvarez", "Ortiz Castillo", "Muñoz", "Del Valle"]),
    "anglo": (["Thomas", "Jennifer", "Michael", "Ashley", "Robert", "Emily", "Kyle", "Brittany"],
              ["", "", "Lee", "Ann", "James"],
              ["Walker", "Thompson", "McAllister", "O'Brien", "Fitzgerald", "Baker-Hughes"]),
    "vietnamese": (["Minh", "Thi Lan", "Duc", "Huong", "Quang"], ["", "Van", "Thi"],
                   ["Nguyen", "Tran", "Pham", "Le", "Hoang"]),
    "arabic": (["Mohammed", "Fatima", "Omar", "Layla", "Yousef"], ["", ""],
               ["Al-Rashid", "Haddad", "Abdullah", "El-Sayed", "Khoury"]),
    "slavic": (["Oleksandr", "Natalia", "Dmitri", "Katarzyna", "Bogdan"], ["", ""],
               ["Kowalczyk", "Shevchenko", "Petrov", "Novak", "Ivanova"]),
}

_HOLDOUT_NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "hispanic": (["Juan Carlos", "Rocío", "Efraín", "Leticia", "Adrián", "Itzel", "Joaquín",
                  "Maricela", "Ángel", "Dolores"],
                 ["", "", "Esteban", "Paola"],
                 ["Sánchez", "Jiménez-Ruiz", "Báez", "de los Santos", "Velásquez", "Quiñones",
                  "Ibáñez", "Villalobos", "Carrión"]),
    "anglo": (["Dustin", "Heather", "Gregory", "Courtney", "Nathan"], ["", "Marie", "Ray"],
              ["Henderson", "MacDonald", "St. Clair", "Prescott", "Holloway"]),
    "vietnamese": (["Thanh", "Ngoc Anh", "Bao", "Phuong"], ["", "Van"],
                   ["Vo", "Dang", "Bui", "Truong"]),
    "arabic": (["Khalid", "Noor", "Tariq", "Amira"], [""],
               ["Mansour", "Al-Amin", "Saleh", "Nasser"]),
    "slavic": (["Yuliia", "Piotr", "Anastasia", "Milan"], [""],
               ["Zielinski", "Bondarenko", "Horvat", "Sokolova"]),
    "other": (["Adebayo", "Chiara", "Hiroshi", "Priya"], [""],
              ["Okafor", "Rossi", "Tanaka", "Raghunathan"]),
}

_DEV_OFFICERS = ["Daniel Kessler", "Rachel Ostrowski", "Marcus Bell", "Angela Ruiz",
                 "Trevor Lindqvist", "Samantha Greer", "Kevin O'Donnell", "Patricia Vance",
                 "Gabriel Ortega", "Heidi Larsen", "Jamal Whitfield", "Colleen Murphy",
                 "Victor Salazar", "Erin Castellano", "Brandon Tso", "Melissa Yazzie"]
_HOLDOUT_OFFICERS = ["Derek Halvorsen", "Monique Baptiste", "Ian Carmichael", "Lorena Quintana",
                     "Wesley Pruitt", "Grace Kimura", "Raymond Achterberg", "Tasha Greenwood",
                     "Felipe Arriaga", "Nora Lindgren"]

JUDGES = ["Kristen L. Mix", "S. Kato Crews", "Michael E. Hegarty", "Nina Y. Wang",
          "Eleanor Pruett", "Howard J. Abernathy", "Lucia M. Serrano"]
CLERKS = ["Jeffrey P. Colwell", "Tamara Ellison", "Dana R. Whitcomb"]


def _pools(ctx: Ctx) -> dict[str, tuple[list[str], list[str], list[str]]]:
    return _HOLDOUT_NAMES if ctx.family == "holdout" else _DEV_NAMES


def random_subject(ctx: Ctx, with_dob: bool = True, ids: tuple[str, ...] = ()) -> Subject:
    origin = ctx.choice(sorted(_pools(ctx)))
    firsts, middles, lasts = _pools(ctx)[origin]
    first = ctx.choice(firsts)
    middle = ctx.choice(middles) or None if " " not in first else None
    last = ctx.choice(lasts)
    if origin == "hispanic" and ctx.chance(0.2) and "-" not in last and " " not in last:
        last = f"{last} {ctx.choice([x for x in lasts if ' ' not in x and x != last])}"
    dob = None
    if with_dob:
        dob = date(ctx.rng.randint(1955, 2003), ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))
    subject = Subject(first=first, last=last, middle=middle, dob=dob)
    for kind in ids:
        subject.ids.append(random_identifier(ctx, kind))
    return subject


def random_identifier(ctx: Ctx, kind: str) -> tuple[str, str, str]:
    rng = ctx.rng
    if kind == "a_number":
        digits = f"{rng.randint(200, 249)}{rng.randint(0, 999999):06d}"
        written = ctx.choice([
            f"A{digits}", f"A {digits[:3]} {digits[3:6]} {digits[6:]}",
            f"A-{digits[:3]}-{digits[3:6]}-{digits[6:]}", f"A# {digits}",
            f"A{digits[:3]}-{digits[3:6]}-{digits[6:]}",
        ])
        return "a_number", f"A{digits}", written
    if kind == "drivers_license":
        digits = f"{rng.randint(10, 99)}{rng.randint(0, 9999999):07d}"
        written = ctx.choice([digits, f"{digits[:2]}-{digits[2:5]}-{digits[5:]}"])
        return "drivers_license", digits, written
    last4 = f"{rng.randint(0, 9999):04d}"
    written = ctx.choice([f"XXX-XX-{last4}", f"***-**-{last4}", f"xxx-xx-{last4}"])
    return "ssn_last4", last4, written


def random_officer(ctx: Ctx, titles: list[str], domain: str, name: str | None = None) -> Officer:
    name = name or ctx.choice(_HOLDOUT_OFFICERS if ctx.family == "holdout" else _DEV_OFFICERS)
    first, _, last = name.partition(" ")
    user = ctx.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}.{last[0]}"])
    user = user.lower().replace("'", "").replace(" ", "")
    area = ctx.choice(["303", "720", "719", "970", "202", "801"])
    phone = ctx.choice([f"({area}) 555-{ctx.rng.randint(100, 9999):04d}",
                        f"{area}-555-{ctx.rng.randint(100, 9999):04d}",
                        f"{area}.555.{ctx.rng.randint(100, 9999):04d}"])
    return Officer(name=name, title=ctx.choice(titles), email=f"{user}@{domain}", phone=phone)


def name_as(ctx: Ctx, s: Subject, style: str | None = None) -> str:
    """A subject's name in one of the orders letters use."""
    style = style or ctx.choice(["first_last", "first_last", "LAST, First", "First LAST",
                                 "LAST, FIRST"])
    given = " ".join(p for p in (s.first, s.middle) if p)
    if style == "LAST, First":
        return f"{s.last.upper()}, {given}"
    if style == "LAST, FIRST":
        return f"{s.last.upper()}, {given.upper()}"
    if style == "Last, First":
        return f"{s.last}, {given}"
    if style == "First LAST":
        return f"{given} {s.last.upper()}"
    return s.full


def dob_as(ctx: Ctx, d: date, style: str | None = None) -> str:
    styles = ["%m/%d/%Y", "%d %B %Y", "%B %d, %Y", "%Y-%m-%d", "short", "%m.%d.%Y"]
    if ctx.family == "holdout":
        styles = ["%m/%d/%Y", "%d-%b-%Y", "%b. %d, %Y", "%m/%d/%y", "%B %d, %Y", "%Y/%m/%d"]
    style = style or ctx.choice(styles)
    if style == "short":
        return f"{d.month}-{d.day}-{d.year % 100:02d}"
    text = d.strftime(style)
    return text.replace("May.", "May")
