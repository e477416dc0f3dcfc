"""Holdout family: the e-mail note that carries an attachment, and the fax cover sheet."""

from __future__ import annotations

from requestdesk.samples.agencies import titles
from requestdesk.samples.model import Block, Ctx, Draft, Officer
from requestdesk.samples.people import random_officer


def email_sender(ctx: Ctx, draft: Draft) -> Officer:
    if draft.officer is None or (draft.process == "administrative_warrant" and ctx.chance(0.5)):
        return random_officer(ctx, titles(draft.agency.key), draft.agency.domain)
    return draft.officer


def attachment_note(ctx: Ctx, draft: Draft, sender: Officer) -> list[Block]:
    text = ctx.choice(["Forwarding the attached document for your action.",
                       "The attached was prepared by our office; please process it.",
                       "Please find attachment. Reply to this address with results."])
    if draft.process == "administrative_warrant":
        text += f" We would like the {ctx.want(['address', 'photo'])} for the person named."
    return [Block("para", text),
            Block("sig", ["--", sender.name, sender.title, draft.agency.name,
                          sender.phone or ""])]


def fax_cover(ctx: Ctx, draft: Draft, pages: int) -> list[Block]:
    officer = draft.officer
    assert officer is not None
    return [Block("heading", "TRANSMISSION"),
            Block("para", f"Sender: {officer.name} ({draft.agency.name}) tel. {officer.phone}"),
            Block("para", f"{pages} page(s) follow."),
            Block("page")]
