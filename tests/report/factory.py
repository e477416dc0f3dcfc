"""Entries as the review app leaves them: fields confirmed by a person, a decision recorded.

Only for these tests until the storage helper's ``models/store.py`` and the review app exist.
"""

from __future__ import annotations

import hashlib
import itertools
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlmodel import Session, select

from requestdesk.models.entries import (
    CitationRow,
    Entry,
    EntryField,
    StoredFile,
    SubjectRow,
)
from requestdesk.models.events import Event
from requestdesk.models.users import User
from requestdesk.result import COURT_ISSUED

_serial = itertools.count(1)


@dataclass
class Spec:
    received_at: datetime
    status: str = "decided"
    channel: str = "email"
    agency_key: str = "dhs-ice-ero"
    agency_name: str = "U.S. Immigration and Customs Enforcement"
    component: str | None = "ERO Denver Field Office"
    person: str | None = "Officer Pat Smith"
    title: str | None = "Deportation Officer"
    subjects: list[tuple[str, str | None]] = field(default_factory=lambda: [("Ana Ruiz", None)])
    records: list[str] = field(default_factory=lambda: ["address", "photo"])
    purpose: str = "civil_immigration"
    purpose_sentence: str | None = "to locate a removable alien"
    process_type: str = "administrative_subpoena"
    citations: list[str] = field(default_factory=lambda: ["8 USC 1357"])
    decision: str | None = "denied"
    ground: str | None = "denied_solely_civil_immigration"
    answered_on: date | None = None
    due_on: date | None = None
    extraction: dict[str, Any] = field(default_factory=dict)


def make_user(session: Session, username: str, role: str = "supervisor") -> User:
    user = User(username=username, display_name=username.title(), role=role, password_hash="x")
    session.add(user)
    session.commit()
    session.refresh(user)
    return user


def make_entry(session: Session, spec: Spec, supervisor: User | None = None) -> Entry:
    serial = next(_serial)
    sha = hashlib.sha256(f"file-{serial}-{spec.received_at.isoformat()}".encode()).hexdigest()
    session.add(StoredFile(sha256=sha, size=100, kind="pdf", storage_path=f"{sha}.pdf", pages=1))
    session.flush()  # no ORM relationship orders these inserts; foreign keys are enforced
    court = spec.process_type in COURT_ISSUED
    confirmed = spec.status != "pending_review"
    decided = spec.status == "decided"
    entry = Entry(
        sha256=sha,
        source_name=f"request-{serial}.pdf",
        status=spec.status,
        received_at=spec.received_at,
        channel=spec.channel,
        agency_key=spec.agency_key,
        agency_name=spec.agency_name,
        process_type=spec.process_type,
        court_issued=court,
        purpose=spec.purpose,
        subjects_summary="; ".join(n for n, _ in spec.subjects),
        due_on=spec.due_on,
        extraction=spec.extraction,
        decision=spec.decision if decided else None,
        decision_ground=spec.ground if decided else None,
        supervisor_id=supervisor.id if supervisor and decided else None,
        answered_on=spec.answered_on if decided else None,
        confirmed_at=datetime.now(UTC) if confirmed else None,
    )
    session.add(entry)
    session.flush()
    assert entry.id is not None
    values: dict[str, Any] = {
        "received_at": spec.received_at.isoformat(),
        "channel": spec.channel,
        "agency_key": spec.agency_key,
        "agency_name": spec.agency_name,
        "component": spec.component,
        "requestor_person": spec.person,
        "requestor_title": spec.title,
        "records_requested": spec.records,
        "purpose": spec.purpose,
        "purpose_sentence": spec.purpose_sentence,
        "process_type": spec.process_type,
        "court_issued": court,
    }
    for name, value in values.items():
        session.add(EntryField(entry_id=entry.id, name=name, proposed=value,
                               value=value if confirmed else None, confirmed=confirmed))
    for i, (name, dob) in enumerate(spec.subjects):
        session.add(SubjectRow(entry_id=entry.id, position=i, name=name, dob=dob,
                               proposed={"name": name}, confirmed=confirmed))
    for i, cite in enumerate(spec.citations):
        session.add(CitationRow(entry_id=entry.id, position=i, citation=cite, normalized=cite,
                                confirmed=confirmed))
    session.commit()
    session.refresh(entry)
    return entry


def correct_field(session: Session, entry: Entry, name: str, value: Any, actor: str) -> None:
    """What the review app does when a reviewer corrects a confirmed field."""
    row = session.exec(
        select(EntryField).where(EntryField.entry_id == entry.id, EntryField.name == name)
    ).one()
    session.add(Event(entry_id=entry.id, actor=actor, action="field_changed", field=name,
                      old=row.value, new=value))
    row.value = value
    if hasattr(entry, name):
        setattr(entry, name, value)
    entry.version += 1
    entry.updated_at = datetime.now(UTC)
    session.add_all([row, entry])
    session.commit()


def decide(session: Session, entry: Entry, decision: str, ground: str, supervisor: User,
           answered_on: date) -> None:
    entry.status = "decided"
    entry.decision, entry.decision_ground = decision, ground
    entry.supervisor_id, entry.answered_on = supervisor.id, answered_on
    entry.version += 1
    session.add(entry)
    session.commit()
