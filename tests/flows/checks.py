"""The end state every inbox run must leave, for comparing runs."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, select

from requestdesk.config import Settings
from requestdesk.models.database import make_engine
from requestdesk.models.entries import Duplicate, Entry
from requestdesk.models.intake import IntakeRecord
from requestdesk.models.store import counts


@dataclass(frozen=True)
class EndState:
    archived: tuple[str, ...]
    quarantined: tuple[str, ...]  # document names, sidecars left out
    sidecars: tuple[str, ...]
    archived_bytes: tuple[str, ...]  # sha256 of each archived file, sorted
    counts: tuple[tuple[str, int], ...]
    intake_rows: int
    claims_left: int


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def end_state(settings: Settings) -> EndState:
    archived = _names(settings.archive_dir)
    quarantine = _names(settings.quarantine_dir)
    engine = make_engine(settings.database_url)
    with Session(engine) as session:
        c = counts(session)
        rows = list(session.exec(select(IntakeRecord)))
    work = settings.work_dir
    claims = sum(1 for run in work.iterdir() if run.is_dir() for _ in run.iterdir()) \
        if work.is_dir() else 0
    return EndState(
        archived=tuple(archived),
        quarantined=tuple(n for n in quarantine if not n.endswith(".reason.txt")),
        sidecars=tuple(n for n in quarantine if n.endswith(".reason.txt")),
        archived_bytes=tuple(sorted(
            hashlib.sha256((settings.archive_dir / n).read_bytes()).hexdigest()
            for n in archived)),
        counts=tuple(sorted(c.items())),
        intake_rows=len(rows),
        claims_left=claims,
    )


def assert_each_file_accounted_once(settings: Settings, dropped: set[str]) -> None:
    """Every dropped file is in exactly one of archive/ or quarantine/, with exactly one entry,
    duplicate or quarantine record; nothing is left claimed or in the inbox."""
    state = end_state(settings)
    placed = list(state.archived) + list(state.quarantined)
    assert sorted(placed) == sorted(dropped)
    assert set(state.archived).isdisjoint(state.quarantined)
    assert sorted(state.sidecars) == sorted(f"{n}.reason.txt" for n in state.quarantined)
    assert state.claims_left == 0
    assert not [n for n in dropped if (settings.inbox / n).exists()]
    c = dict(state.counts)
    assert c["entries"] + c["duplicates"] == len(state.archived)
    assert c["quarantined"] == len(state.quarantined)
    assert state.intake_rows == len(dropped)
    engine = make_engine(settings.database_url)
    with Session(engine) as session:
        sources = [e.source_name for e in session.exec(select(Entry))]
        sources += [d.source_name for d in session.exec(select(Duplicate))]
    assert sorted(sources) == sorted(state.archived)
