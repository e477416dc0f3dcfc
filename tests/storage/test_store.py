"""Writing and reading the request log (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from requestdesk.models.database import session_scope
from requestdesk.models.entries import SCALAR_FIELDS, Duplicate, Entry, EvidenceRow
from requestdesk.models.events import Event
from requestdesk.models.store import (
    add_original,
    counts,
    create_entry,
    entry_for_sha,
    get_entry,
    list_queue,
    record_duplicate,
)

from .factory import extraction


def _store(engine: Engine, seed: int, received_at: str | None = "2026-03-0{d}T10:00:00+00:00"
           ) -> str:
    ex = extraction(seed, received_at)
    with session_scope(engine) as session:
        add_original(session, ex.sha256, 1000 + seed, f"{ex.sha256[:2]}/{ex.sha256}", "pdf", 2)
        return create_entry(session, ex, ex.source).public_id


def test_entry_keeps_proposal_fields_subjects_citations_and_evidence(engine: Engine) -> None:
    public_id = _store(engine, 3)
    with Session(engine) as session:
        detail = get_entry(session, public_id)
    assert detail is not None
    entry = detail.entry
    assert entry.status == "pending_review"
    assert entry.process_type == "administrative_warrant" and entry.court_issued is False
    assert entry.subjects_summary == "Maria Example3 (1980-01-04); Jose Sample3"
    assert entry.received_at.isoformat().startswith("2026-03-04T10:00:00")
    fields = {f.name: f for f in detail.fields}
    assert set(fields) == set(SCALAR_FIELDS)
    assert all(f.proposed == f.value and not f.confirmed for f in detail.fields)
    assert fields["requestor_person"].value == "Officer 3"
    assert fields["records_requested"].value == ["address", "photo"]
    assert fields["court_issued"].value is False
    assert [(s.name, s.dob) for s in detail.subjects] == [
        ("Maria Example3", "1980-01-04"), ("Jose Sample3", None)]
    assert detail.subjects[0].identifiers == [{"type": "a_number", "value": "A000000003"}]
    assert detail.subjects[0].proposed["name"] == "Maria Example3"
    assert [c.normalized for c in detail.citations] == ["8 USC 1357"]
    where = sorted(e.field for e in detail.evidence)
    first_subject, citation = detail.subjects[0].id, detail.citations[0].id
    assert where == sorted([
        "agency_key", "agency_name", "requestor_person", f"subject:{first_subject}", f"citation:{citation}",
        "legal_process", "legal_process", "purpose"])
    boxed = next(e for e in detail.evidence if e.field == f"subject:{first_subject}")
    assert (boxed.page, boxed.box, boxed.confidence) == (1, [1, 2, 3, 4], 0.8)
    assert [(e.actor, e.action) for e in detail.events] == [("pipeline", "created")]
    assert detail.original is not None and detail.original.size == 1003
    assert entry.extraction["subjects"][0]["name"] == "Maria Example3"


def test_duplicate_is_recorded_on_the_existing_entry(engine: Engine) -> None:
    public_id = _store(engine, 1)
    sha = extraction(1).sha256
    with session_scope(engine) as session:
        existing = entry_for_sha(session, sha)
        assert existing is not None and existing.public_id == public_id
        record_duplicate(session, existing, "copy of request.pdf")
    with Session(engine) as session:
        detail = get_entry(session, public_id)
        assert detail is not None
        assert [d.source_name for d in detail.duplicates] == ["copy of request.pdf"]
        assert [e.action for e in detail.events] == ["created", "duplicate_received"]
        assert counts(session) == {"entries": 1, "duplicates": 1, "quarantined": 0}


def test_the_same_bytes_cannot_be_stored_twice(engine: Engine) -> None:
    _store(engine, 5)
    ex = extraction(5)
    with pytest.raises(IntegrityError), session_scope(engine) as session:
        add_original(session, ex.sha256, 1, "x", "pdf")
        create_entry(session, ex, ex.source)
    with Session(engine) as session:  # the failed transaction left nothing behind
        assert len(list(session.exec(select(Entry)))) == 1
        assert len(list(session.exec(select(Event)))) == 1


def test_queue_lists_newest_first_with_subjects(engine: Engine) -> None:
    ids = {seed: _store(engine, seed) for seed in (2, 7, 4)}
    undated = _store(engine, 11, received_at=None)  # received now: the newest
    with Session(engine) as session:
        # Seen from a day when none is overdue or due soon (they are first otherwise).
        items = list_queue(session, today=date(2026, 3, 1))
        assert [i.id for i in items] == [undated, ids[7], ids[4], ids[2]]
        row = items[1].as_json()
        for key in ("id", "status", "received_at", "source", "sha256", "agency_key",
                    "process_type", "court_issued", "subjects"):
            assert key in row
        assert row["source"] == "request 7.pdf" and row["sha256"] == extraction(7).sha256
        assert row["subjects"][0] == {"name": "Maria Example7", "dob": "1980-01-08"}
        assert list_queue(session, status="decided") == []
        assert len(list_queue(session, limit=2)) == 2


def test_unknown_entry_is_none(engine: Engine) -> None:
    with Session(engine) as session:
        assert get_entry(session, "0" * 32) is None


def test_foreign_keys_are_enforced(engine: Engine) -> None:
    with pytest.raises(IntegrityError), session_scope(engine) as session:
        session.add(EvidenceRow(entry_id=999_999, field="purpose"))
        session.flush()
    with pytest.raises(IntegrityError), session_scope(engine) as session:
        session.add(Duplicate(sha256="f" * 64, entry_id=999_999, source_name="x"))
        session.flush()
