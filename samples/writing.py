"""Pieces most templates share: letterheads, dates, signature blocks and lists of subjects."""

from __future__ import annotations

from datetime import date, timedelta

from requestdesk.samples.model import Agency, Block, Ctx, Officer, Subject
from requestdesk.samples.people import dob_as, name_as, random_officer


def letter_date(ctx: Ctx) -> str:
    d = date(2025, 1, 6) + timedelta(days=ctx.rng.randint(0, 300))
    return ctx.choice([d.strftime("%B %d, %Y").replace(" 0", " "), d.strftime("%m/%d/%Y"),
                       d.strftime("%d %B %Y")])


def case_number(ctx: Ctx, style: str) -> str:
    n = ctx.rng.randint(1000, 99999)
    year = ctx.choice(["24", "25"])
    return {
        "federal": f"{ctx.choice(['1', '1'])}:{year}-{ctx.choice(['mj', 'sw', 'cr', 'sc'])}-"
                   f"{n % 10000:05d}-{ctx.choice(['KLM', 'SKC', 'MEH', 'NYW'])}",
        "state": f"{2000 + int(year)}CR{n:06d}"[:12],
        "civil": f"{ctx.choice(['1', '1'])}:{year}-cv-{n % 10000:05d}",
        "police": f"{ctx.choice(['DPD', 'APD', 'SO', 'CBI'])}-{year}-{n:06d}",
        "file": f"{ctx.choice(['DEN', 'SLC', 'PHO'])}{n:07d}",
    }[style]


def letterhead(agency: Agency, ctx: Ctx) -> Block:
    lines = [agency.name]
    if "Department" in agency.name:
        pass
    elif ctx.chance(0.5) and agency.key.startswith("dhs"):
        lines.insert(0, "U.S. Department of Homeland Security")
    elif ctx.chance(0.4) and agency.key.startswith("doj"):
        lines.insert(0, "U.S. Department of Justice")
    lines += agency.office
    return Block("letterhead", lines)


def signature(officer: Officer, agency: Agency, ctx: Ctx, closing: str | None = None) -> Block:
    lines = [closing or ctx.choice(["Sincerely,", "Respectfully,", "Thank you,", "Regards,"]), ""]
    lines.append(officer.name)
    lines.append(officer.title)
    if ctx.chance(0.6):
        lines.append(agency.name)
    contact = []
    if officer.phone:
        contact.append(ctx.choice(["Tel: ", "Phone: ", "Office: ", "(o) ", ""]) + officer.phone)
    if officer.email:
        contact.append(ctx.choice(["Email: ", "E-mail: ", ""]) + officer.email)
    if contact and ctx.chance(0.4):
        lines.append(" | ".join(contact))
    else:
        lines.extend(contact)
    if ctx.chance(0.25):
        # A second officer named on the letter: neither the requestor nor a subject.
        other = random_officer(ctx, ["Supervisory Special Agent", "Sergeant", "Group Supervisor",
                                     "Field Office Director"], agency.domain)
        if other.name != officer.name:
            lines += ["", f"cc: {other.name}, {other.title}"]
    return Block("sig", lines)


def subject_id_text(ctx: Ctx, s: Subject) -> list[str]:
    out = []
    for kind, _, written in s.ids:
        label = {"a_number": ctx.choice(["A-Number", "A#", "Alien File No.", "A-File"]),
                 "drivers_license": ctx.choice(["DL#", "CO DL", "Driver License No.", "OLN"]),
                 "ssn_last4": ctx.choice(["SSN", "SSN (last 4)", "Social Security No."])}[kind]
        out.append(f"{label}: {written}")
    return out


def subject_inline(ctx: Ctx, s: Subject) -> str:
    """"María Núñez (DOB 03/14/1987, A-Number: A123456789)" with varied punctuation."""
    name = name_as(ctx, s)
    extra = []
    if s.dob:
        extra.append(ctx.choice(["DOB ", "DOB: ", "date of birth ", "born "]) + dob_as(ctx, s.dob))
    extra += subject_id_text(ctx, s)
    if not extra:
        return name
    if ctx.chance(0.5):
        return f"{name} ({', '.join(extra)})"
    return f"{name}, {', '.join(extra)}"


def subject_blocks(ctx: Ctx, subjects: list[Subject], style: str | None = None) -> list[Block]:
    """The subjects as a list, a labelled field group, or a table (surname first)."""
    style = style or ctx.choice(["list", "fields", "table"] if len(subjects) > 1
                                else ["list", "fields", "fields"])
    if style == "table":
        header = ["Last Name", "First Name", "DOB"]
        any_ids = any(s.ids for s in subjects)
        if any_ids:
            header.append("Identifier")
        rows = []
        for s in subjects:
            row = [s.last.upper() if ctx.chance(0.5) else s.last,
                   " ".join(p for p in (s.first, s.middle) if p),
                   dob_as(ctx, s.dob, "%m/%d/%Y") if s.dob else ""]
            if any_ids:
                row.append("; ".join(w for _, _, w in s.ids))
            rows.append(row)
        return [Block("table", [header, *rows])]
    if style == "fields":
        blocks = []
        for s in subjects:
            fields = [(ctx.choice(["Name", "Subject", "Full Name"]), name_as(ctx, s))]
            if s.dob:
                fields.append((ctx.choice(["DOB", "Date of Birth"]), dob_as(ctx, s.dob)))
            for kind, _, written in s.ids:
                fields.append(({"a_number": "A-Number", "drivers_license": "Driver License #",
                                "ssn_last4": "SSN (last four)"}[kind], written))
            blocks.append(Block("fields", fields))
        return blocks
    return [Block("para", "• " + subject_inline(ctx, s)) for s in subjects]
