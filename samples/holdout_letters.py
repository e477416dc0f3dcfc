"""Holdout family: requests with no process attached, written independently of the dev
templates (memo layouts, numbered requests, different wording and agencies' phrasing)."""

from __future__ import annotations

from requestdesk.samples.agencies import make_agency, titles
from requestdesk.samples.model import Agency, Block, Ctx, Draft, Officer, Subject
from requestdesk.samples.people import dob_as, name_as, random_officer, random_subject


def _staff(ctx: Ctx, key: str) -> tuple[Agency, Officer]:
    agency = make_agency(ctx, key)
    return agency, random_officer(ctx, titles(key), agency.domain)


def _described(ctx: Ctx, s: Subject) -> str:
    bits = [name_as(ctx, s, ctx.choice(["first_last", "Last, First", "LAST, FIRST",
                                        "First LAST"]))]
    if s.dob:
        bits.append(ctx.choice(["born on ", "D.O.B. ", "birth date "]) + dob_as(ctx, s.dob))
    for kind, _, written in s.ids:
        bits.append({"a_number": ctx.choice(["Alien Registration Number ", "A-No. "]),
                     "drivers_license": ctx.choice(["Colorado DL ", "license no. "]),
                     "ssn_last4": "last four of SSN "}[kind] + written.removeprefix("A# "))
    return " – ".join(bits) if ctx.chance(0.4) else ", ".join(bits)


def _memo_head(ctx: Ctx, agency: Agency, officer: Officer, re: str) -> list[Block]:
    return [Block("heading", ctx.choice(["MEMORANDUM", "Official Correspondence"])),
            Block("fields", [("TO", ctx.choice(["Records Section", "Custodian of Records, "
                                                "Colorado DMV", "Unemployment Insurance "
                                                "Records"])),
                             ("FROM", f"{officer.name}, {officer.title}, {agency.name}"),
                             ("DATE", ctx.choice(["9/3/2025", "October 14, 2025", "2025-07-21"])),
                             ("RE", re)]),
            Block("rule")]


def memo_request(ctx: Ctx) -> Draft:
    """A memo-style request from a criminal investigator or, sometimes, with no reason given."""
    key = ctx.choice(["doj-fbi", "doj-atf", "usps-uspis", "irs-ci", "dol-oig", "ssa-oig",
                      "sheriff", "local-police", "state-police", "other", "dhs-uscis"])
    agency, officer = _staff(ctx, key)
    subjects = [random_subject(ctx, ids=ctx.choice([(), ("drivers_license",)]))
                for _ in range(ctx.choice([1, 2]))]
    items = ctx.choice([["address", "vehicle"], ["photo", "address"], ["wages", "employment"],
                        ["claims", "phone"], ["license", "email"], ["tax", "address"]])
    blocks = _memo_head(ctx, agency, officer, "Information request")
    unknown = key in ("other", "dhs-uscis") or ctx.chance(0.15)
    if not unknown:
        crime = ctx.choice([("a counterfeit check scheme", "18usc1343"),
                            ("stolen mail", "18usc1708"), ("theft of public money", "18usc641"),
                            ("an armed carjacking", None), ("a fraudulent identity", "18usc1028")])
        cite = f", a violation of {ctx.cite(crime[1])}," if crime[1] else ""
        blocks.append(Block("para", ctx.choice([
            f"Our investigators are looking into {crime[0]}{cite} and the following person(s) "
            f"came up during the investigation.",
            f"The below individuals are suspects in {crime[0]}{cite} now under criminal "
            f"investigation by this office.",
        ])))
    blocks.append(Block("para", ctx.choice([
        "Please search your files and return:",
        "We would be grateful to receive the items listed below:",
        "Requested items:",
    ])))
    for n, kind in enumerate(items, start=1):
        blocks.append(Block("para", f"{n}. {ctx.want([kind]).capitalize()}"))
    blocks.append(Block("para", "Persons:"))
    blocks += [Block("para", f"– {_described(ctx, s)}") for s in subjects]
    blocks.append(Block("sig", [officer.name, officer.title, officer.phone or "",
                                officer.email or ""]))
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=subjects,
                 purpose="unknown" if unknown else "criminal_investigation",
                 title="Information request")


def ero_locate(ctx: Ctx) -> Draft:
    """ERO asking where someone lives, in several voices."""
    agency, officer = _staff(ctx, "dhs-ice-ero")
    s = random_subject(ctx, ids=("a_number",))
    ask = ctx.want(ctx.choice([["address", "vehicle"], ["address", "employment", "phone"],
                               ["photo", "address"]]))
    opener = ctx.choice([
        f"Our office is attempting to locate {_described(ctx, s)}, who has been ordered "
        f"removed by an immigration judge.",
        f"This agency requests assistance locating a foreign national, {_described(ctx, s)}, "
        f"for the purpose of immigration enforcement.",
        f"{_described(ctx, s)} is an alien subject to a final order of removal whose "
        f"whereabouts are unknown.",
    ])
    body = [Block("para", opener),
            Block("para", ctx.choice([f"Could you share the {ask}?",
                                      f"We ask that your agency release the {ask}.",
                                      f"Information sought: {ask}."]))]
    if ctx.chance(0.5):
        body.append(Block("para", f"This request is made under {ctx.cite('8usc1357')}."))
    blocks = [Block("letterhead", [agency.name, *agency.office]), *body,
              Block("sig", ["Respectfully submitted,", officer.name, officer.title,
                            f"{officer.phone} / {officer.email}"])]
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=[s],
                 purpose="civil_immigration", title="Locate request")


def casual_email(ctx: Ctx) -> Draft:
    key = ctx.choice(["local-police", "sheriff", "dhs-ice-ero", "doj-usms", "dhs-cbp"])
    agency, officer = _staff(ctx, key)
    s = random_subject(ctx, ids=("a_number",) if key == "dhs-ice-ero" else ())
    ask = ctx.want(ctx.choice([["address"], ["photo"], ["vehicle", "address"],
                               ["phone", "address"]]))
    text = ctx.choice([
        f"Morning! Any chance you could run {_described(ctx, s)} and send over the {ask}?",
        f"Quick one - what do you have for {ask} on {_described(ctx, s)}",
        f"I'd appreciate {ask} for {_described(ctx, s)}. No rush.",
    ])
    purpose = "unknown"
    extra = []
    if key == "dhs-ice-ero":
        purpose = "civil_immigration"
        extra.append("Trying to serve an NTA on this person.")
    elif key == "doj-usms":
        purpose = "criminal_investigation"
        extra.append("He's wanted on a federal probation violation warrant.")
    elif key == "dhs-cbp" and ctx.chance(0.5):
        purpose = "civil_immigration"
        extra.append("Subject overstayed a visa and we need to verify status.")
    blocks = [Block("para", text), *[Block("para", e) for e in extra],
              Block("sig", [officer.name.split()[0], "", officer.name, officer.title,
                            agency.name, officer.phone or ""])]
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=[s], purpose=purpose,
                 title=ctx.choice(["lookup", "Request", "info needed", "RE: follow up"]))


def roster_letter(ctx: Ctx) -> Draft:
    """Several people in a table with surnames first."""
    key = ctx.choice(["dhs-ice-hsi", "dol-oig", "dhs-ice-ero"])
    agency, officer = _staff(ctx, key)
    subjects = [random_subject(ctx, ids=("a_number",) if key == "dhs-ice-ero" else ())
                for _ in range(ctx.rng.randint(3, 5))]
    ask = ctx.want(ctx.choice([["wages", "employment"], ["address", "claims"]]))
    if key == "dhs-ice-ero":
        why, purpose = "These individuals are removable aliens targeted for arrest.", \
            "civil_immigration"
    elif key == "dhs-ice-hsi":
        why = (f"HSI is investigating a labor trafficking ring ({ctx.cite('8usc1324')}); the "
               "persons below may be witnesses or suspects.")
        purpose = "criminal_investigation"
    else:
        why = (f"The OIG is investigating fraudulent unemployment claims under "
               f"{ctx.cite('18usc1343')}.")
        purpose = "criminal_investigation"
    header = ["Surname", "Given name(s)", "Date of birth"]
    rows = [[s.last, " ".join(p for p in (s.first, s.middle) if p),
             dob_as(ctx, s.dob) if s.dob else "unknown"] for s in subjects]
    if key == "dhs-ice-ero":
        header.append("A-Number")
        for row, s in zip(rows, subjects, strict=True):
            row.append(s.ids[0][2])
    blocks = [Block("letterhead", [agency.name, *agency.office]),
              Block("para", why),
              Block("para", f"For each person in the table, please provide {ask}."),
              Block("table", [header, *rows]),
              Block("sig", ["Thank you for your assistance.", "", officer.name, officer.title,
                            officer.email or ""])]
    return Draft(blocks=blocks, agency=agency, officer=officer, subjects=subjects,
                 purpose=purpose, title="Roster request")


HOLDOUT_LETTERS = {
    "memo_request": memo_request,
    "ero_locate": ero_locate,
    "casual_email": casual_email,
    "roster_letter": roster_letter,
}
