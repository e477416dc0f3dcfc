"""Intake sets each new entry's due date and links follow-ups in the same transaction, on
SQLite and PostgreSQL, through the real intake code (claims, extraction, store)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from sqlmodel import Session, select

from requestdesk.config import Settings
from requestdesk.flows.claims import IntakeRun
from requestdesk.flows.intake import process_claim
from requestdesk.models.database import dispose_engines, open_database
from requestdesk.models.entries import Entry, EntryLink
from requestdesk.models.store import add_original, create_entry, link_new_entry
from requestdesk.reporting.followups import related_entries
from requestdesk.reporting.log import as_utc
from requestdesk.result import Extraction

from .conftest import _pg_database


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'intake.db'}"
        dispose_engines()
        return
    databases = _pg_database()
    yield next(databases)
    next(databases, None)


def _letter(name: str, dob: str, officer: str) -> bytes:
    return (
        "U.S. Immigration and Customs Enforcement\n"
        "Enforcement and Removal Operations\n\n"
        "Pursuant to 8 U.S.C. 1357, please provide the address and photograph of:\n\n"
        f"Name: {name}\nDate of Birth: {dob}\n\n"
        f"Deportation Officer {officer}\n"
    ).encode()


def _run(settings: Settings, files: dict[str, bytes]) -> None:
    engine = open_database(settings.database_url)
    settings.inbox.mkdir(parents=True, exist_ok=True)
    for name, body in files.items():
        (settings.inbox / name).write_bytes(body)
        with IntakeRun(settings.work_dir) as run:
            run.claim(settings.inbox, name)
            for claim in run.claims():
                process_claim(claim, settings, engine)


def test_intake_sets_due_dates_and_links_followups(db_url: str, tmp_path: Path) -> None:
    settings = replace(Settings(), inbox=tmp_path / "inbox", database_url=db_url,
                       due_days=12, followup_days=60, workers=1)
    _run(settings, {
        "first.txt": _letter("Ana Whitfield", "03/14/1984", "Karen Hale"),
        "other-person.txt": _letter("Bruno Castellanos", "07/02/1979", "Karen Hale"),
        "second.txt": _letter("ANA WHITFIELD", "03/14/1984", "Lee Moss"),
    })
    engine = open_database(db_url)
    with Session(engine) as session:
        entries = {e.source_name: e for e in session.exec(select(Entry))}
        assert set(entries) == {"first.txt", "other-person.txt", "second.txt"}
        for entry in entries.values():
            assert entry.due_on == as_utc(entry.received_at).date() + timedelta(days=12)
        links = list(session.exec(select(EntryLink)))
        first, second = entries["first.txt"], entries["second.txt"]
        assert [(lk.entry_id, lk.related_entry_id) for lk in links] == [(second.id, first.id)]
        assert second.id is not None and first.id is not None
        assert [e.id for e in related_entries(session, second.id)] == [first.id]
        assert [e.id for e in related_entries(session, first.id)] == [second.id]
        other = entries["other-person.txt"]
        assert other.id is not None and related_entries(session, other.id) == []


def test_return_date_sets_due_date_and_window_limits_links(db_url: str) -> None:
    engine = open_database(db_url)
    base = {"sha256": "", "source": "x.pdf", "status": "ok", "kind": "pdf", "pages": 1,
            "channel": "email",
            "requestor": {"agency_key": "doj-fbi", "agency_name": "FBI"},
            "subjects": [{"name": "Chiara Montague", "dob": "1990-05-01"}]}
    letters = [
        ("a" * 64, "2026-07-01T09:00:00+00:00", None),
        ("b" * 64, "2026-07-20T09:00:00+00:00", "2026-08-03"),
        ("c" * 64, "2026-12-30T09:00:00+00:00", None),  # outside the 30-day window
    ]
    with Session(engine, expire_on_commit=False) as session:
        made = []
        for sha, received, due in letters:
            extraction = Extraction.model_validate(
                {**base, "sha256": sha, "received_at": received,
                 "legal_process": {"type": "administrative_subpoena", "return_date": due}})
            add_original(session, sha, 10, f"{sha}.pdf", "pdf", 1)
            entry = create_entry(session, extraction, "x.pdf", due_days=20)
            links = link_new_entry(session, entry, 30)
            made.append((entry, links))
        session.commit()
        (e1, n1), (e2, n2), (e3, n3) = made
        assert (n1, n2, n3) == (0, 1, 0)
        assert str(e1.due_on) == "2026-07-21"  # 20 days after receipt
        assert str(e2.due_on) == "2026-08-03"  # the return date the process demands
        assert str(e3.due_on) == "2027-01-19"
