"""Response due dates: the return date the legal process demands when one was extracted,
otherwise ``Settings.due_days`` after the request was received. Overdue and due-soon listings
for the queue (``requestdesk queue --overdue``) and the web app."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any, Literal

from sqlmodel import Session, col, select

from requestdesk.models.entries import Entry
from requestdesk.reporting.log import as_utc

DueState = Literal["answered", "overdue", "due_soon", "open", "no_due_date"]
DUE_SOON_DAYS = 7


def return_date(extraction: dict[str, Any]) -> date | None:
    """The date the process asks an answer by (``legal_process.return_date``, ISO), if read."""
    process = extraction.get("legal_process") or {}
    raw = process.get("return_date") if isinstance(process, dict) else None
    raw = raw or extraction.get("return_date")
    if not isinstance(raw, str):
        return None
    try:
        return date.fromisoformat(raw[:10])
    except ValueError:
        return None


def compute_due_on(entry: Entry, due_days: int) -> date:
    received = as_utc(entry.received_at).date()
    demanded = return_date(entry.extraction or {})
    # A return date before the letter arrived is a misread; fall back to the default.
    if demanded is not None and demanded >= received:
        return demanded
    return received + timedelta(days=due_days)


def assign_due_dates(session: Session, due_days: int) -> int:
    """Set ``due_on`` on every entry that has none; returns how many were set."""
    entries = session.exec(select(Entry).where(col(Entry.due_on).is_(None))).all()
    for entry in entries:
        entry.due_on = compute_due_on(entry, due_days)
        session.add(entry)
    session.commit()
    return len(entries)


def due_state(entry: Entry, today: date, soon_days: int = DUE_SOON_DAYS) -> DueState:
    if entry.answered_on is not None:
        return "answered"
    if entry.due_on is None:
        return "no_due_date"
    if entry.due_on < today:
        return "overdue"
    if entry.due_on <= today + timedelta(days=soon_days):
        return "due_soon"
    return "open"


def _unanswered() -> Any:
    return select(Entry).where(col(Entry.answered_on).is_(None), col(Entry.due_on).is_not(None))


def overdue_entries(session: Session, today: date) -> list[Entry]:
    """Unanswered entries whose due date has passed, most overdue first."""
    query = _unanswered().where(col(Entry.due_on) < today)
    return list(session.exec(query.order_by(col(Entry.due_on), col(Entry.id))))


def due_soon_entries(
    session: Session, today: date, soon_days: int = DUE_SOON_DAYS
) -> list[Entry]:
    """Unanswered entries due today or within ``soon_days``, soonest first."""
    query = _unanswered().where(
        col(Entry.due_on) >= today, col(Entry.due_on) <= today + timedelta(days=soon_days)
    )
    return list(session.exec(query.order_by(col(Entry.due_on), col(Entry.id))))
