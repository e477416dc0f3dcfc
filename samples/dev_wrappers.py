"""Dev family: the e-mail note that carries an attachment, and the fax cover sheet."""

from __future__ import annotations

from requestdesk.samples.agencies import titles
from requestdesk.samples.model import Block, Ctx, Draft, Officer
from requestdesk.samples.people import name_as, random_officer


def email_sender(ctx: Ctx, draft: Draft) -> Officer:
    """Who e-mails the attachment: the requesting officer, or for a signed immigration form
    often a deportation officer other than the one who signed it."""
    if draft.officer is None or (draft.process in ("administrative_warrant", "detainer")
                                 and ctx.chance(0.6)):
        return random_officer(ctx, titles(draft.agency.key), draft.agency.domain)
    return draft.officer


def attachment_note(ctx: Ctx, draft: Draft, sender: Officer) -> list[Block]:
    s = draft.subjects[0]
    who = name_as(ctx, s, ctx.choice(["first_last", "LAST, First"]))
    lines: list[str] = [ctx.choice(["Good afternoon,", "Hello,", "Records Unit,", "Hi,"])]
    if draft.process in ("administrative_warrant", "detainer"):
        ask = ctx.want(ctx.choice([["address", "photo"], ["address", "vehicle"],
                                   ["address", "phone", "employment"]]))
        lines.append(ctx.choice([
            f"Attached is a copy of the {draft.form} for {who}. Can you provide the {ask} you have on file?",
            f"Please see the attached warrant ({draft.form}). We are requesting {ask} for the "
            f"subject, {who}.",
            f"I am attaching the {draft.form} for {who}. Requesting {ask} so we can locate him "
            f"or her.",
        ]))
    elif draft.process == "none":
        lines.append(ctx.choice([
            "Please find our request letter attached.",
            "Attached is a records request from our office. Let me know if you need anything "
            "else.",
            "See the attached letter regarding the individuals listed.",
        ]))
    else:
        lines.append(ctx.choice([
            f"Please see the attached {draft.title.lower()} served on your agency.",
            f"Attached for service: {draft.title.lower()} regarding {who}.",
            f"I have attached the {draft.title.lower()}. Please respond by the date indicated.",
        ]))
    lines.append(ctx.choice(["Thank you.", "Thanks in advance.", "Regards,", "Respectfully,"]))
    sig = [sender.name, sender.title, draft.agency.name]
    if sender.phone and ctx.chance(0.8):
        sig.append(sender.phone)
    return [Block("para", line) for line in lines] + [Block("sig", sig)]


def fax_cover(ctx: Ctx, draft: Draft, pages: int) -> list[Block]:
    officer = draft.officer
    assert officer is not None
    return [
        Block("heading", ctx.choice(["FAX COVER SHEET", "FACSIMILE TRANSMITTAL"])),
        Block("fields", [("To", "Records Custodian"), ("Fax", "(303) 555-0199"),
                         ("From", officer.name), ("Agency", draft.agency.name),
                         ("Phone", officer.phone or ""), ("Pages", f"{pages + 1} including "
                                                                   "cover"),
                         ("Re", draft.title)]),
        Block("para", "CONFIDENTIALITY NOTICE: This facsimile contains law enforcement "
                      "sensitive information intended only for the recipient named above."),
        Block("page"),
    ]
