"""The review queue: open entries, most urgent first, filtered and paginated from the summary
columns of ``entries`` (the extraction JSON is never loaded here)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Select, func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from requestdesk.models.entries import Entry, SubjectRow

PAGE_SIZE = 50
STATUS_FILTERS: dict[str, tuple[str, ...]] = {
    "open": ("pending_review", "confirmed"),
    "pending_review": ("pending_review",),
    "confirmed": ("confirmed",),
    "decided": ("decided",),
    "all": (),
}
DUE_SOON_DAYS = 5


@dataclass(frozen=True)
class QueueFilter:
    status: str = "open"
    agency: str = ""
    process: str = ""
    search: str = ""
    page: int = 1


@dataclass(frozen=True)
class QueueRow:
    public_id: str
    received_at: datetime
    agency_key: str | None
    agency_name: str | None
    subjects: str
    process_type: str | None
    court_issued: bool
    purpose: str | None
    status: str
    decision: str | None
    due_on: date | None
    days_waiting: int
    urgency: str  # overdue, due_soon or ""


@dataclass(frozen=True)
class QueuePage:
    rows: list[QueueRow]
    total: int
    page: int
    pages: int


def list_queue(engine: Engine, flt: QueueFilter, today: date | None = None) -> QueuePage:
    today = today or datetime.now(UTC).date()
    conditions = []
    walk = []  # the same filters for the ordered walks, which must use the date indexes
    statuses = STATUS_FILTERS.get(flt.status, STATUS_FILTERS["open"])
    if statuses:
        conditions.append(col(Entry.status).in_(statuses))
        # ``status || ''`` keeps SQLite off the status index, which would make it sort
        # every open entry instead of walking the date index and stopping after one page.
        walk.append((col(Entry.status) + "").in_(statuses))
    if flt.agency:
        conditions.append(col(Entry.agency_key) == flt.agency)
    if flt.process:
        conditions.append(col(Entry.process_type) == flt.process)
    term = flt.search.strip()
    if re.fullmatch(r"[0-9a-fA-F]{32}", term):
        conditions.append(col(Entry.public_id) == term.lower())
    elif term:
        conditions.append(col(Entry.id).in_(_named(engine, term).scalar_subquery()))
    walk += conditions[1:] if statuses else conditions
    columns = (
        Entry.public_id, Entry.received_at, Entry.agency_key, Entry.agency_name,
        Entry.subjects_summary, Entry.process_type, Entry.court_issued, Entry.purpose,
        Entry.status, Entry.decision, Entry.due_on,
    )
    urgent_until = today + timedelta(days=DUE_SOON_DAYS)
    is_urgent = (col(Entry.due_on).is_not(None) & (col(Entry.due_on) <= urgent_until)
                 & (col(Entry.status) != "decided"))
    with Session(engine) as session:
        total = session.exec(select(func.count()).select_from(Entry).where(*conditions)).one()
        pages = max(1, -(-total // PAGE_SIZE))
        page = min(max(1, flt.page), pages)
        offset = (page - 1) * PAGE_SIZE
        # Overdue and due-soon entries first (by due date), then the rest oldest first. Each
        # part is walked along its own index; one ORDER BY over both would sort every row.
        urgent = select(Entry.id).where(*walk, is_urgent).order_by(
            col(Entry.due_on), col(Entry.received_at), col(Entry.id))
        ids: list[int] = []
        if offset == 0:  # the usual case: the first page shows how many are urgent
            ids = list(session.exec(urgent.limit(PAGE_SIZE)).all())
        urgent_count = len(ids) if len(ids) < PAGE_SIZE and offset == 0 else session.exec(
            select(func.count()).select_from(Entry).where(*conditions, is_urgent)).one()
        if offset and offset < urgent_count:
            ids = list(session.exec(urgent.offset(offset).limit(PAGE_SIZE)).all())
        if len(ids) < PAGE_SIZE:
            ids += session.exec(
                select(Entry.id).where(*walk, ~is_urgent)
                .order_by(col(Entry.received_at), col(Entry.id))
                .offset(max(0, offset - urgent_count)).limit(PAGE_SIZE - len(ids))).all()
        found = {r[0]: r for r in session.exec(
            select(Entry.id, *columns).where(col(Entry.id).in_(ids))).all()}
        rows = [_row(tuple(found[i])[1:], today) for i in ids if i in found]
    return QueuePage(rows=rows, total=total, page=page, pages=pages)


def _named(engine: Engine, term: str) -> Select:  # type: ignore[type-arg]
    """Entries with a subject whose name contains ``term``, looked up in the narrow subjects
    table: scanning entries would read every row's extraction JSON."""
    pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    name = col(SubjectRow.name)
    # SQLite's LIKE already ignores ASCII case; lower() on every row would only slow it down.
    match = (name.like(pattern, escape="\\") if engine.dialect.name == "sqlite"
             else name.ilike(pattern, escape="\\"))
    return select(SubjectRow.entry_id).where(match, col(SubjectRow.removed).is_(False))


def _row(r: tuple, today: date) -> QueueRow:  # type: ignore[type-arg]
    (public_id, received_at, agency_key, agency_name, subjects, process_type, court_issued,
     purpose, status, decision, due_on) = r
    urgency = ""
    if due_on is not None and status != "decided":
        if due_on < today:
            urgency = "overdue"
        elif (due_on - today).days <= DUE_SOON_DAYS:
            urgency = "due_soon"
    return QueueRow(
        public_id=public_id, received_at=received_at, agency_key=agency_key,
        agency_name=agency_name, subjects=subjects or "", process_type=process_type,
        court_issued=bool(court_issued), purpose=purpose, status=status, decision=decision,
        due_on=due_on, days_waiting=max(0, (today - received_at.date()).days),
        urgency=urgency,
    )
