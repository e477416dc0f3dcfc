"""Everything the entry page shows: the entry, its fields, subjects, citations, evidence, history."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.orm import defer
from sqlmodel import Session, col, select

from requestdesk.models.entries import (
    SCALAR_FIELDS,
    CitationRow,
    Entry,
    EntryField,
    EvidenceRow,
    StoredFile,
    SubjectRow,
)
from requestdesk.models.events import Event
from requestdesk.models.users import User
from requestdesk.reporting.followups import related_entries
from requestdesk.result import COURT_ISSUED

ADMINISTRATIVE = frozenset({"administrative_subpoena", "administrative_warrant", "detainer"})


class NotFound(LookupError):
    """No entry with that id."""


@dataclass
class EntryView:
    entry: Entry
    original: StoredFile | None
    fields: dict[str, EntryField]
    subjects: list[SubjectRow]
    citations: list[CitationRow]
    evidence: list[EvidenceRow]
    events: list[Event]
    users: dict[int, str] = field(default_factory=dict)
    related: list[Entry] = field(default_factory=list)  # follow-ups: same subject, same agency

    @property
    def administrative(self) -> bool:
        return self.entry.process_type in ADMINISTRATIVE

    @property
    def civil_immigration(self) -> bool:
        return self.entry.purpose == "civil_immigration"

    @property
    def all_confirmed(self) -> bool:
        return all(f.confirmed for f in self.fields.values())

    def value(self, name: str) -> Any:
        row = self.fields.get(name)
        return row.value if row is not None else None

    def evidence_for(self, key: str) -> list[EvidenceRow]:
        return [e for e in self.evidence if e.field == key and e.page is not None and e.box]


def get_entry(engine: Engine, public_id: str) -> EntryView:
    with Session(engine) as session:
        # The extraction JSON is the pipeline's record; the page shows the rows made from it.
        entry = session.exec(select(Entry).options(defer(Entry.extraction))  # type: ignore[arg-type]
                             .where(Entry.public_id == public_id)).first()
        if entry is None or entry.id is None:
            raise NotFound
        fields = {
            f.name: f for f in session.exec(
                select(EntryField).where(EntryField.entry_id == entry.id))
        }
        subjects = list(session.exec(
            select(SubjectRow).where(SubjectRow.entry_id == entry.id, col(SubjectRow.removed).is_(False))
            .order_by(col(SubjectRow.position), col(SubjectRow.id))))
        citations = list(session.exec(
            select(CitationRow).where(CitationRow.entry_id == entry.id,
                                      col(CitationRow.removed).is_(False))
            .order_by(col(CitationRow.position), col(CitationRow.id))))
        evidence = list(session.exec(
            select(EvidenceRow).where(EvidenceRow.entry_id == entry.id)
            .order_by(col(EvidenceRow.id))))
        events = list(session.exec(
            select(Event).where(Event.entry_id == entry.id).order_by(col(Event.id).desc())))
        original = session.get(StoredFile, entry.sha256)
        related = related_entries(session, entry.id)
        ids = {i for i in (entry.confirmed_by, entry.decided_by, entry.supervisor_id) if i}
        users = {u.id: u.display_name or u.username for u in session.exec(
            select(User).where(col(User.id).in_(ids)))} if ids else {}
    # Fields the pipeline did not store still get a row to edit (created on first save).
    for name in SCALAR_FIELDS:
        if name not in fields:
            fields[name] = EntryField(entry_id=entry.id, name=name, proposed=None,
                                      value=_summary_value(entry, name))
    evidence.extend(_evidence_from_rows(entry.id, subjects, citations, evidence))
    return EntryView(entry=entry, original=original, fields=fields, subjects=subjects,
                     citations=citations, evidence=evidence, events=events,
                     users={k: v for k, v in users.items() if k is not None}, related=related)


def _summary_value(entry: Entry, name: str) -> Any:
    if name == "court_issued":
        return entry.process_type in COURT_ISSUED
    return getattr(entry, name, None) if name in {
        "agency_key", "agency_name", "process_type", "purpose", "channel"} else None


def _evidence_from_rows(
    entry_id: int, subjects: list[SubjectRow], citations: list[CitationRow],
    stored: list[EvidenceRow],
) -> list[EvidenceRow]:
    """Subjects and citations carry their own evidence in ``proposed``; expose it under the
    ``subject:<row id>`` / ``citation:<row id>`` keys the page uses, unless already stored."""
    have = {e.field for e in stored}
    extra: list[EvidenceRow] = []
    for prefix, rows in (("subject", subjects), ("citation", citations)):
        for row in rows:
            key = f"{prefix}:{row.id}"
            ev = (row.proposed or {}).get("evidence") if isinstance(row.proposed, dict) else None
            if key in have or not isinstance(ev, dict) or ev.get("page") is None:
                continue
            extra.append(EvidenceRow(entry_id=entry_id, field=key, page=ev.get("page"),
                                     box=ev.get("box"), text=ev.get("text") or "",
                                     confidence=ev.get("confidence")))
    return extra
