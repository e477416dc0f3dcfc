"""Decisions: a reviewer proposes granted / partly granted / denied with its ground; a supervisor
approves it (the entry is then decided) or sends it back with a reason."""

from __future__ import annotations

from datetime import date

from sqlalchemy.engine import Engine
from sqlmodel import select

from requestdesk.models.base import utcnow
from requestdesk.models.entries import DECISIONS, GROUNDS, Entry, EntryField
from requestdesk.review.auth import CurrentUser
from requestdesk.review.changes import Change, EditError, Forbidden, change
from requestdesk.review.notice import RELEASES, notice_text

DENIAL_GROUNDS = frozenset(g for g in GROUNDS if g.startswith("denied_"))


def record_decision(engine: Engine, public_id: str, version: int, user: CurrentUser,
                    decision: str, ground: str, answered_on: str, note: str = "",
                    sign_off: bool = False) -> None:
    if sign_off and not user.can("sign_off"):
        raise Forbidden
    answered = _parse_date(answered_on)
    _check_pair(decision, ground)
    with change(engine, public_id, version, user, permission="propose_decision") as ch:
        entry = ch.entry
        if entry.status == "pending_review":
            raise EditError("Confirm the entry's fields first (button “Confirm entry” above), "
                            "then record the decision.")
        if entry.supervisor_signed_at is not None and not user.can("sign_off"):
            raise EditError("A supervisor already signed off this decision; only a supervisor "
                            "can change it.")
        _check_against_fields(entry, decision, ground)
        old = {"decision": entry.decision, "ground": entry.decision_ground,
               "answered_on": entry.answered_on.isoformat() if entry.answered_on else None}
        entry.decision = decision
        entry.decision_ground = ground
        entry.decision_note = note.strip() or None
        entry.answered_on = answered
        entry.decided_by = user.id
        entry.decided_at = utcnow()
        entry.supervisor_id = None
        entry.supervisor_signed_at = None
        entry.status = "confirmed"
        _set_notice(ch)
        ch.log("decision_recorded", "decision", old,
               {"decision": decision, "ground": ground, "answered_on": answered.isoformat()},
               note=entry.decision_note)
        if sign_off:
            _approve(ch.entry, user)
            ch.log("decision_approved", "status", "confirmed", "decided")


def review_decision(engine: Engine, public_id: str, version: int, user: CurrentUser,
                    approve: bool, reason: str = "") -> None:
    """A supervisor approves the proposed decision, or sends it back saying why."""
    with change(engine, public_id, version, user, permission="sign_off") as ch:
        entry = ch.entry
        if entry.decision is None:
            raise EditError("There is no proposed decision to approve yet.")
        if approve:
            if entry.status == "decided":
                raise EditError("This decision is already approved.")
            # Fields may have been corrected since the decision was proposed.
            _check_against_fields(entry, entry.decision, entry.decision_ground or "")
            _set_notice(ch)  # from the fields as they are now
            _approve(entry, user)
            ch.log("decision_approved", "status", "confirmed", "decided")
            return
        if not reason.strip():
            raise EditError("Say why you send the decision back, so the reviewer knows what to "
                            "change.")
        old = {"decision": entry.decision, "ground": entry.decision_ground}
        entry.decision = entry.decision_ground = entry.notice_text = None
        entry.supervisor_id = entry.supervisor_signed_at = None
        entry.status = "confirmed"
        ch.log("decision_sent_back", "decision", old, None, note=reason.strip()[:2000])


def _set_notice(ch: Change) -> None:
    entry = ch.entry
    entry.notice_text = None
    if entry.decision in RELEASES and entry.answered_on and entry.decision_ground:
        sentence = ch.session.exec(select(EntryField.value).where(
            EntryField.entry_id == entry.id, EntryField.name == "purpose_sentence")).first()
        entry.notice_text = notice_text(entry, entry.answered_on, entry.decision_ground,
                                        sentence if isinstance(sentence, str) else None)


def _check_against_fields(entry: Entry, decision: str, ground: str) -> None:
    if decision in RELEASES and ground == "court_issued_process" and not entry.court_issued:
        raise EditError("The legal process on this entry is not issued by a court, so "
                        "“court-issued process” cannot be the ground. Correct the process "
                        "type if it is wrong, or send the decision back for another ground.")
    if (decision in RELEASES and entry.purpose == "civil_immigration"
            and ground == "agency_function_not_solely_immigration"):
        raise EditError("The stated purpose is civil immigration enforcement, so data cannot "
                        "be released on the ground “not solely immigration”. Correct the "
                        "purpose if it is wrong, or send the decision back.")


def _approve(entry: Entry, user: CurrentUser) -> None:
    entry.supervisor_id = user.id
    entry.supervisor_signed_at = utcnow()
    entry.status = "decided"


def _check_pair(decision: str, ground: str) -> None:
    if decision not in DECISIONS:
        raise EditError("Choose granted, partly granted or denied.")
    if ground not in GROUNDS:
        raise EditError("Choose the ground for the decision from the list.")
    if (decision == "denied") != (ground in DENIAL_GROUNDS):
        raise EditError("The ground does not match the decision: a denial needs a “Denied: …” "
                        "ground, a release needs one of the other grounds.")


def _parse_date(raw: str) -> date:
    try:
        return date.fromisoformat(raw.strip())
    except ValueError as exc:
        raise EditError("Write the date answered as YYYY-MM-DD.") from exc
