"""Plain functions that write and read the request log for intake and the CLI.

Each function works inside a session the caller owns, so the caller decides what one
transaction holds (intake commits an entry, its rows, its event and its intake record together).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import case, func
from sqlmodel import Session, col, select

from requestdesk.config import Settings
from requestdesk.models.entries import (
    CitationRow,
    Duplicate,
    Entry,
    EntryField,
    EvidenceRow,
    StoredFile,
    SubjectRow,
)
from requestdesk.models.events import Event
from requestdesk.models.intake import IntakeRecord
from requestdesk.reporting.due_dates import (
    DUE_SOON_DAYS,
    DueState,
    compute_due_on,
    due_soon_entries,
    due_state,
    overdue_entries,
)
from requestdesk.reporting.followups import link_followups
from requestdesk.result import Evidence, Extraction

PIPELINE = "pipeline"
# Requestor evidence is keyed by the Requestor attribute ("agency" covers the key and the name);
# entry fields carry a prefix.
_REQUESTOR_FIELDS: dict[str, tuple[str, ...]] = {
    "agency": ("agency_key", "agency_name"), "agency_key": ("agency_key",),
    "agency_name": ("agency_name",), "component": ("component",),
    "person": ("requestor_person",), "title": ("requestor_title",),
    "email": ("requestor_email",), "phone": ("requestor_phone",),
}


def parse_received(value: str | None) -> datetime | None:
    """An ISO date or date-time from the document, as aware UTC; ``None`` if unusable."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def proposed_fields(extraction: Extraction, received_at: datetime) -> dict[str, Any]:
    """The pipeline's value for every scalar field a reviewer confirms."""
    req = extraction.requestor
    process = extraction.legal_process
    return {
        "received_at": received_at.isoformat(),
        "channel": extraction.channel or "unknown",
        "agency_key": req.agency_key,
        "agency_name": req.agency_name,
        "component": req.component,
        "requestor_person": req.person,
        "requestor_title": req.title,
        "requestor_email": req.email,
        "requestor_phone": req.phone,
        "records_requested": list(extraction.records_requested),
        "purpose": extraction.purpose,
        "purpose_sentence": extraction.purpose_detail.sentence,
        "process_type": process.type,
        "court_issued": process.court_issued,
        "process_form": process.form,
        "warrant_or_subpoena_attached": extraction.warrant_or_subpoena_attached,
    }


def subjects_summary(names: list[tuple[str, str | None]]) -> str:
    text = "; ".join(f"{name} ({dob})" if dob else name for name, dob in names)
    return text if len(text) <= 2000 else text[:1997] + "..."


def entry_for_sha(session: Session, sha256: str) -> Entry | None:
    """The entry first made from these bytes, if any."""
    stmt = select(Entry).where(Entry.sha256 == sha256).order_by(col(Entry.id)).limit(1)
    return session.exec(stmt).first()


def add_original(
    session: Session, sha256: str, size: int, storage_path: str,
    kind: str | None = None, pages: int = 0,
) -> StoredFile:
    """Register a stored original. A second insert of the same hash fails on the primary key,
    which is what keeps two concurrent runs from making two entries for one file."""
    stored = StoredFile(sha256=sha256, size=size, storage_path=storage_path, kind=kind,
                        pages=pages)
    session.add(stored)
    session.flush()
    return stored


def _evidence(entry_id: int, name: str, ev: Evidence | None) -> EvidenceRow | None:
    if ev is None:
        return None
    return EvidenceRow(entry_id=entry_id, field=name, page=ev.page, box=ev.box, text=ev.text,
                       confidence=ev.confidence)


def create_entry(
    session: Session, extraction: Extraction, source_name: str,
    received_at: datetime | None = None, due_days: int = Settings.due_days,
) -> Entry:
    """A new ``pending_review`` entry with its fields, subjects, citations, evidence, its
    response due date and a ``created`` event. The original (``extraction.sha256``) must already
    be registered. Follow-up links are made by ``link_new_entry`` once the transaction holds
    everything else."""
    received = parse_received(extraction.received_at) or received_at or datetime.now(UTC)
    process = extraction.legal_process
    subjects = extraction.subjects
    entry = Entry(
        sha256=extraction.sha256,
        source_name=source_name[:500],
        received_at=received,
        channel=(extraction.channel or "unknown")[:20],
        pages=extraction.pages,
        ocr_pages=extraction.ocr_pages,
        extraction=extraction.model_dump(mode="json"),
        agency_key=extraction.requestor.agency_key,
        agency_name=(extraction.requestor.agency_name or None),
        process_type=process.type,
        court_issued=process.court_issued,
        purpose=extraction.purpose,
        subjects_summary=subjects_summary([(s.name, s.dob) for s in subjects]),
    )
    entry.due_on = compute_due_on(entry, due_days)
    session.add(entry)
    session.flush()
    assert entry.id is not None
    entry_id = entry.id

    for name, value in proposed_fields(extraction, received).items():
        session.add(EntryField(entry_id=entry_id, name=name, proposed=value, value=value))
    rows: list[EvidenceRow | None] = []
    for key, ev in extraction.requestor.evidence.items():
        rows.extend(_evidence(entry_id, name, ev) for name in _REQUESTOR_FIELDS.get(key, (key,)))
    for i, subject in enumerate(subjects):
        proposal = subject.model_dump(mode="json", exclude={"evidence"})
        row = SubjectRow(entry_id=entry_id, position=i, name=subject.name[:300], dob=subject.dob,
                         identifiers=proposal["identifiers"], proposed=proposal)
        session.add(row)
        session.flush()
        rows.append(_evidence(entry_id, f"subject:{row.id}", subject.evidence))
    for i, citation in enumerate(extraction.legal_basis):
        crow = CitationRow(
            entry_id=entry_id, position=i, citation=citation.citation[:300],
            normalized=citation.normalized[:100],
            proposed=citation.model_dump(mode="json", exclude={"evidence"}),
        )
        session.add(crow)
        session.flush()
        rows.append(_evidence(entry_id, f"citation:{crow.id}", citation.evidence))
    rows.extend(_evidence(entry_id, "legal_process", ev) for ev in process.evidence)
    rows.append(_evidence(entry_id, "purpose", extraction.purpose_detail.evidence))
    session.add_all([r for r in rows if r is not None])
    session.add(Event(entry_id=entry_id, actor=PIPELINE, action="created",
                      new={"status": entry.status}))
    session.flush()
    return entry


def link_new_entry(session: Session, entry: Entry, followup_days: int) -> int:
    """Link a new entry to the earlier requests it follows up; returns how many links.

    ``link_followups`` commits the session, so call this last: its commit is the one that
    stores the entry, its rows and its intake record together with the links."""
    return len(link_followups(session, entry, followup_days))


def record_duplicate(session: Session, entry: Entry, source_name: str) -> Duplicate:
    """The same bytes received again: a duplicate row and an event on the existing entry."""
    assert entry.id is not None
    dup = Duplicate(sha256=entry.sha256, entry_id=entry.id, source_name=source_name[:500])
    session.add(dup)
    session.flush()
    session.add(Event(entry_id=entry.id, actor=PIPELINE, action="duplicate_received",
                      new={"duplicate_id": dup.id}))
    session.flush()
    return dup


def record_intake(session: Session, record: IntakeRecord) -> IntakeRecord:
    session.add(record)
    session.flush()
    return record


def intake_for_claim(session: Session, claim_id: str) -> IntakeRecord | None:
    return session.exec(select(IntakeRecord).where(IntakeRecord.claim_id == claim_id)).first()


@dataclass
class QueueItem:
    id: str
    status: str
    received_at: datetime
    source: str
    sha256: str
    agency_key: str | None
    agency_name: str | None
    process_type: str | None
    court_issued: bool
    purpose: str | None
    due_on: date | None
    due: DueState = "no_due_date"
    subjects: list[dict[str, str | None]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "status": self.status, "received_at": self.received_at.isoformat(),
            "source": self.source, "sha256": self.sha256, "agency_key": self.agency_key,
            "agency_name": self.agency_name, "process_type": self.process_type,
            "court_issued": self.court_issued, "purpose": self.purpose,
            "due_on": self.due_on.isoformat() if self.due_on else None, "due": self.due,
            "subjects": self.subjects,
        }


def _aware(value: datetime) -> datetime:
    # SQLite hands datetimes back without a zone; every stored time is UTC.
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _urgency(today: date) -> Any:
    """0 for overdue, 1 for due soon, 2 for the rest (answered entries are never urgent)."""
    unanswered = col(Entry.answered_on).is_(None)
    return case(
        (unanswered & (col(Entry.due_on) < today), 0),
        (unanswered & (col(Entry.due_on) <= today + timedelta(days=DUE_SOON_DAYS)), 1),
        else_=2,
    )


def list_queue(
    session: Session, status: str | None = None, limit: int | None = None,
    today: date | None = None,
) -> list[QueueItem]:
    """Overdue entries first (most overdue first), then due-soon ones (soonest first), then the
    rest newest first (by received date); optionally of one status."""
    today = today or datetime.now(UTC).date()
    urgency = _urgency(today)
    due_first = case((urgency < 2, col(Entry.due_on)), else_=None)
    stmt = select(Entry).order_by(urgency, due_first, col(Entry.received_at).desc(),
                                  col(Entry.id).desc())
    if status:
        stmt = stmt.where(Entry.status == status)
    if limit:
        stmt = stmt.limit(limit)
    return _items(session, list(session.exec(stmt)), today)


def list_due(session: Session, today: date | None = None) -> list[QueueItem]:
    """Unanswered entries past their due date, then those due within the week."""
    today = today or datetime.now(UTC).date()
    entries = overdue_entries(session, today) + due_soon_entries(session, today)
    return _items(session, entries, today)


def _items(session: Session, entries: list[Entry], today: date) -> list[QueueItem]:
    ids = [e.id for e in entries]
    subjects: dict[int, list[dict[str, str | None]]] = {}
    if ids:
        srows = session.exec(
            select(SubjectRow)
            .where(col(SubjectRow.entry_id).in_(ids), col(SubjectRow.removed).is_(False))
            .order_by(col(SubjectRow.entry_id), col(SubjectRow.position))
        )
        for s in srows:
            subjects.setdefault(s.entry_id, []).append({"name": s.name, "dob": s.dob})
    return [
        QueueItem(
            id=e.public_id, status=e.status, received_at=_aware(e.received_at),
            source=e.source_name, sha256=e.sha256, agency_key=e.agency_key,
            agency_name=e.agency_name, process_type=e.process_type,
            court_issued=e.court_issued, purpose=e.purpose, due_on=e.due_on,
            due=due_state(e, today), subjects=subjects.get(e.id or 0, []),
        )
        for e in entries
    ]


@dataclass
class EntryDetail:
    entry: Entry
    fields: list[EntryField]
    subjects: list[SubjectRow]
    citations: list[CitationRow]
    evidence: list[EvidenceRow]
    events: list[Event]
    duplicates: list[Duplicate]
    original: StoredFile | None


def get_entry(session: Session, public_id: str) -> EntryDetail | None:
    """One entry with everything that belongs to it."""
    entry = session.exec(select(Entry).where(Entry.public_id == public_id)).first()
    if entry is None or entry.id is None:
        return None
    eid = entry.id

    def rows(model: Any, order: Any) -> list[Any]:
        return list(session.exec(select(model).where(model.entry_id == eid).order_by(order)))

    return EntryDetail(
        entry=entry,
        fields=rows(EntryField, col(EntryField.id)),
        subjects=rows(SubjectRow, col(SubjectRow.position)),
        citations=rows(CitationRow, col(CitationRow.position)),
        evidence=rows(EvidenceRow, col(EvidenceRow.id)),
        events=rows(Event, col(Event.id)),
        duplicates=rows(Duplicate, col(Duplicate.id)),
        original=session.get(StoredFile, entry.sha256),
    )


def counts(session: Session) -> dict[str, int]:
    """How many entries, duplicates and quarantined intakes the log holds."""
    def n(model: Any, *where: Any) -> int:
        return int(session.exec(select(func.count()).select_from(model).where(*where)).one())

    return {
        "entries": n(Entry),
        "duplicates": n(Duplicate),
        "quarantined": n(IntakeRecord, IntakeRecord.outcome == "quarantined"),
    }
