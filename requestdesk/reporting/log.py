"""The request log for a period, built from what people confirmed (never from raw proposals).

Entries confirmed or decided become log rows; entries still pending review are listed apart and
never counted as decided.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlmodel import Session, col, select

from requestdesk.models.entries import CitationRow, Entry, EntryField, SubjectRow
from requestdesk.models.users import User
from requestdesk.reporting import labels
from requestdesk.reporting.period import Period

LOGGED_STATUSES: tuple[str, ...] = ("confirmed", "decided")
PENDING_STATUS = "pending_review"


@dataclass(slots=True)
class LogRow:
    entry_id: int
    public_id: str
    status: str
    received_at: datetime
    channel: str
    agency_key: str
    agency_name: str | None
    component: str | None
    requestor: str | None
    subjects_count: int
    subject_names: list[str] | None  # None when the configuration withholds names
    records_requested: list[str]
    purpose: str
    stated_purpose: str | None
    legal_basis: list[str]
    process_type: str
    court_issued: bool
    decision: str | None
    decision_ground: str | None
    supervisor: str | None
    answered_on: date | None
    days_to_answer: int | None
    due_on: date | None = None

    @property
    def agency(self) -> str:
        return labels.label(labels.AGENCIES, self.agency_key, "Unknown")

    @property
    def month(self) -> str:
        return f"{self.received_at:%Y-%m}"

    def snapshot(self) -> dict[str, Any]:
        """The row as JSON, for the stored copy of what a report said."""
        data = asdict(self)
        del data["entry_id"]
        for key, value in data.items():
            if isinstance(value, date | datetime):
                data[key] = value.isoformat()
        return data


@dataclass(slots=True)
class PendingRow:
    entry_id: int
    public_id: str
    received_at: datetime
    channel: str
    agency_key: str
    process_type: str  # as proposed: nobody has confirmed it yet
    court_issued: bool
    subjects_count: int
    due_on: date | None
    days_waiting: int

    @property
    def agency(self) -> str:
        return labels.label(labels.AGENCIES, self.agency_key, "Unknown")

    def snapshot(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "public_id": self.public_id,
            "status": PENDING_STATUS,
            "received_at": self.received_at.isoformat(),
            "channel": self.channel,
            "agency_key": self.agency_key,
            "process_type": self.process_type,
            "subjects_count": self.subjects_count,
        }
        return data


@dataclass(slots=True)
class _Parts:
    fields: dict[str, Any] = field(default_factory=dict)
    subjects: list[SubjectRow] = field(default_factory=list)
    citations: list[CitationRow] = field(default_factory=list)


def as_utc(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; every stored timestamp is UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _texts(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [t for t in (_text(v) for v in value) if t]
    text = _text(value)
    return [part.strip() for part in text.split(";") if part.strip()] if text else []


def _flag(value: Any, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in {"1", "true", "yes", "y"}


def _load_parts(session: Session, ids: Sequence[int]) -> dict[int, _Parts]:
    parts: dict[int, _Parts] = defaultdict(_Parts)
    if not ids:
        return parts
    for row in session.exec(select(EntryField).where(col(EntryField.entry_id).in_(ids))):
        # ``value`` is what a person confirmed or corrected; a field never touched stays None.
        parts[row.entry_id].fields[row.name] = row.value
    subjects = select(SubjectRow).where(
        col(SubjectRow.entry_id).in_(ids), col(SubjectRow.removed).is_(False)
    )
    for subject in session.exec(subjects.order_by(col(SubjectRow.position), col(SubjectRow.id))):
        parts[subject.entry_id].subjects.append(subject)
    citations = select(CitationRow).where(
        col(CitationRow.entry_id).in_(ids), col(CitationRow.removed).is_(False)
    )
    for cite in session.exec(citations.order_by(col(CitationRow.position), col(CitationRow.id))):
        parts[cite.entry_id].citations.append(cite)
    return parts


def _user_names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    users = session.exec(select(User).where(col(User.id).in_(wanted)))
    return {u.id: u.display_name or u.username for u in users if u.id is not None}


def _requestor(values: dict[str, Any]) -> str | None:
    person, title = _text(values.get("requestor_person")), _text(values.get("requestor_title"))
    if person and title:
        return f"{person}, {title}"
    return person or title


def make_row(
    entry: Entry, parts: _Parts, supervisors: dict[int, str], subject_names: bool
) -> LogRow:
    values = parts.fields
    received = as_utc(entry.received_at)
    answered = entry.answered_on
    process = _text(values.get("process_type")) or entry.process_type or "none"
    return LogRow(
        entry_id=entry.id or 0,
        public_id=entry.public_id,
        status=entry.status,
        received_at=received,
        channel=_text(values.get("channel")) or entry.channel,
        agency_key=_text(values.get("agency_key")) or entry.agency_key or "other",
        agency_name=_text(values.get("agency_name")) or entry.agency_name,
        component=_text(values.get("component")),
        requestor=_requestor(values),
        subjects_count=len(parts.subjects),
        subject_names=[s.name for s in parts.subjects] if subject_names else None,
        records_requested=_texts(values.get("records_requested")),
        purpose=_text(values.get("purpose")) or entry.purpose or "unknown",
        stated_purpose=_text(values.get("purpose_sentence")),
        legal_basis=[c.normalized or c.citation for c in parts.citations],
        process_type=process,
        court_issued=_flag(values.get("court_issued"), entry.court_issued),
        decision=entry.decision if entry.status == "decided" else None,
        decision_ground=entry.decision_ground if entry.status == "decided" else None,
        supervisor=supervisors.get(entry.supervisor_id) if entry.supervisor_id else None,
        answered_on=answered,
        days_to_answer=(answered - received.date()).days if answered else None,
        due_on=entry.due_on,
    )


def _pending_row(entry: Entry, subjects: int, today: date) -> PendingRow:
    received = as_utc(entry.received_at)
    return PendingRow(
        entry_id=entry.id or 0,
        public_id=entry.public_id,
        received_at=received,
        channel=entry.channel,
        agency_key=entry.agency_key or "other",
        process_type=entry.process_type or "none",
        court_issued=entry.court_issued,
        subjects_count=subjects,
        due_on=entry.due_on,
        days_waiting=max((today - received.date()).days, 0),
    )


def entries_in_period(session: Session, period: Period) -> list[Entry]:
    query = (
        select(Entry)
        .where(col(Entry.received_at) >= period.start_at, col(Entry.received_at) < period.end_before)
        .order_by(col(Entry.received_at), col(Entry.id))
    )
    # The SQL bounds do the work; this re-check guards against a database that compares the
    # timestamps in another time zone.
    return [e for e in session.exec(query) if period.contains(as_utc(e.received_at))]


def rows_for_entries(
    session: Session, entries: Sequence[Entry], subject_names: bool
) -> list[LogRow]:
    """Log rows for entries that are confirmed or decided (others are skipped)."""
    logged = [e for e in entries if e.status in LOGGED_STATUSES and e.id is not None]
    parts = _load_parts(session, [e.id for e in logged if e.id is not None])
    supervisors = _user_names(session, (e.supervisor_id for e in logged))
    return [make_row(e, parts[e.id or 0], supervisors, subject_names) for e in logged]


def build_log(
    session: Session, period: Period, subject_names: bool, today: date
) -> tuple[list[LogRow], list[PendingRow]]:
    """Log rows (confirmed and decided entries) and pending entries received in the period."""
    entries = entries_in_period(session, period)
    rows = rows_for_entries(session, entries, subject_names)
    waiting = [e for e in entries if e.status == PENDING_STATUS and e.id is not None]
    counts = _load_parts(session, [e.id for e in waiting if e.id is not None])
    pending = [_pending_row(e, len(counts[e.id or 0].subjects), today) for e in waiting]
    return rows, pending
