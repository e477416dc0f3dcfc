"""The review queue: open entries, most urgent first, filtered and paginated from the summary
columns of ``entries`` (the extraction JSON is never loaded here)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, or_
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from requestdesk.models.entries import Entry

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
    statuses = STATUS_FILTERS.get(flt.status, STATUS_FILTERS["open"])
    if statuses:
        conditions.append(col(Entry.status).in_(statuses))
    if flt.agency:
        conditions.append(col(Entry.agency_key) == flt.agency)
    if flt.process:
        conditions.append(col(Entry.process_type) == flt.process)
    term = flt.search.strip()
    if term:
        like = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        conditions.append(or_(
            col(Entry.subjects_summary).ilike(like, escape="\\"),
            col(Entry.agency_name).ilike(like, escape="\\"),
            col(Entry.public_id) == term.lower(),
        ))
    columns = (
        Entry.public_id, Entry.received_at, Entry.agency_key, Entry.agency_name,
        Entry.subjects_summary, Entry.process_type, Entry.court_issued, Entry.purpose,
        Entry.status, Entry.decision, Entry.due_on,
    )
    with Session(engine) as session:
        total = session.exec(select(func.count()).select_from(Entry).where(*conditions)).one()
        pages = max(1, -(-total // PAGE_SIZE))
        page = min(max(1, flt.page), pages)
        query = (
            select(*columns).where(*conditions)
            .order_by(col(Entry.due_on).is_(None), col(Entry.due_on), col(Entry.received_at),
                      col(Entry.id))
            .offset((page - 1) * PAGE_SIZE).limit(PAGE_SIZE)
        )
        rows = [_row(r, today) for r in session.exec(query).all()]
    return QueuePage(rows=rows, total=total, page=page, pages=pages)


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
