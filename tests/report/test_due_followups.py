from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlmodel import Session, select

from requestdesk.models.entries import EntryLink, SubjectRow
from requestdesk.reporting.due_dates import (
    assign_due_dates,
    compute_due_on,
    due_soon_entries,
    due_state,
    overdue_entries,
)
from requestdesk.reporting.followups import link_followups, related_entries
from requestdesk.result import Extraction, LegalProcess

from .factory import Spec, make_entry, make_user

AT = datetime(2026, 9, 1, 15, tzinfo=UTC)


def test_due_date_from_return_date_or_default_days(session: Session) -> None:
    plain = make_entry(session, Spec(received_at=AT, status="pending_review"))
    summoned = make_entry(session, Spec(
        received_at=AT, status="pending_review",
        extraction=Extraction(source="x", sha256="0" * 64, legal_process=LegalProcess(
            type="court_subpoena", court_issued=True, return_date="2026-09-10")).model_dump()))
    misread = make_entry(session, Spec(
        received_at=AT, status="pending_review",
        extraction={"legal_process": {"return_date": "2020-01-01"}}))
    assert compute_due_on(plain, 30) == date(2026, 10, 1)
    assert compute_due_on(summoned, 30) == date(2026, 9, 10)
    assert compute_due_on(misread, 14) == date(2026, 9, 15)
    assert assign_due_dates(session, 30) == 3
    assert assign_due_dates(session, 30) == 0  # only entries without one
    session.refresh(summoned)
    assert summoned.due_on == date(2026, 9, 10)


def test_overdue_and_due_soon_listing(session: Session) -> None:
    sup = make_user(session, "sup")
    today = date(2026, 10, 1)
    late = make_entry(session, Spec(received_at=AT, status="pending_review",
                                    due_on=today - timedelta(days=3)))
    later = make_entry(session, Spec(received_at=AT, status="confirmed",
                                     due_on=today - timedelta(days=1)))
    answered = make_entry(session, Spec(received_at=AT, due_on=today - timedelta(days=5),
                                        answered_on=today - timedelta(days=6)), sup)
    soon = make_entry(session, Spec(received_at=AT, status="pending_review", due_on=today))
    week = make_entry(session, Spec(received_at=AT, status="pending_review",
                                    due_on=today + timedelta(days=7)))
    far = make_entry(session, Spec(received_at=AT, status="pending_review",
                                   due_on=today + timedelta(days=8)))
    assert [e.id for e in overdue_entries(session, today)] == [late.id, later.id]
    assert [e.id for e in due_soon_entries(session, today)] == [soon.id, week.id]
    assert [due_state(e, today) for e in (late, answered, soon, far)] == [
        "overdue", "answered", "due_soon", "open"]


def _linked(session: Session, entry_id: int | None) -> set[int]:
    links = session.exec(select(EntryLink).where(EntryLink.entry_id == entry_id)).all()
    return {link.related_entry_id for link in links}


def test_followups_link_same_agency_same_subject_within_window(session: Session) -> None:
    window = 90
    ana = [("Ana María Ruiz", "1990-04-02")]
    first = make_entry(session, Spec(received_at=AT, subjects=ana, agency_key="dhs-ice-ero"))
    too_old = make_entry(session, Spec(received_at=AT - timedelta(days=window + 1),
                                       subjects=ana, agency_key="dhs-ice-ero"))
    edge = make_entry(session, Spec(received_at=AT + timedelta(days=10) - timedelta(days=window),
                                    subjects=ana, agency_key="dhs-ice-ero"))
    other_agency = make_entry(session, Spec(received_at=AT, subjects=ana, agency_key="doj-fbi"))
    other_person = make_entry(session, Spec(received_at=AT, subjects=[("Ana Ruiz", "1991-01-01")],
                                            agency_key="dhs-ice-ero"))
    later = make_entry(session, Spec(received_at=AT + timedelta(days=10),
                                     subjects=[("RUIZ, Ana Maria", None), ("Other Person", None)],
                                     agency_key="dhs-ice-ero"))
    created = link_followups(session, later, window)
    assert {link.related_entry_id for link in created} == {first.id, edge.id}
    assert _linked(session, later.id) == {first.id, edge.id}
    assert too_old.id not in _linked(session, later.id)
    assert other_agency.id not in _linked(session, later.id)
    assert other_person.id not in _linked(session, later.id)
    assert link_followups(session, later, window) == []  # idempotent
    assert {e.id for e in related_entries(session, first.id or 0)} == {later.id}

    # A removed subject no longer links; an identifier match does, whatever the spelling.
    by_id = make_entry(session, Spec(received_at=AT + timedelta(days=20),
                                     subjects=[("A. Ruiz", None)], agency_key="doj-fbi"))
    row = session.exec(select(SubjectRow).where(SubjectRow.entry_id == by_id.id)).one()
    row.identifiers = [{"type": "a_number", "value": "A 123-456-789"}]
    other_row = session.exec(select(SubjectRow).where(SubjectRow.entry_id == other_agency.id)).one()
    other_row.identifiers = [{"type": "a_number", "value": "A123456789"}]
    session.add_all([row, other_row])
    session.commit()
    assert {link.related_entry_id for link in link_followups(session, by_id, window)} == {
        other_agency.id}
