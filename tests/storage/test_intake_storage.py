"""Intake committing to each backend: two runs racing over one inbox, duplicates included."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sqlmodel import Session, select

from requestdesk.config import Settings
from requestdesk.models.database import open_database
from requestdesk.models.entries import Entry
from requestdesk.models.store import counts

from .racing import race_two_runs

NAMES = ["Ana Whitfield", "Bruno Castellanos", "Chiara Montague", "Desmond Achterberg",
         "Elif Rosenqvist", "Farid Okonkwo"]


def _letter(name: str, i: int) -> bytes:
    return (
        "U.S. Immigration and Customs Enforcement\n"
        "Enforcement and Removal Operations\n\n"
        "Pursuant to 8 U.S.C. 1357, please provide the address and photograph of:\n\n"
        f"Name: {name}\nDate of Birth: 0{i % 9 + 1}/1{i % 9}/198{i % 10}\n\n"
        "Deportation Officer Karen Hale\n"
    ).encode()


def test_racing_runs_store_each_request_once(db_url: str, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i, name in enumerate(NAMES):
        (inbox / f"{name}.txt").write_bytes(_letter(name, i))
        if i % 2 == 0:
            (inbox / f"{name} (forwarded).txt").write_bytes(_letter(name, i))
    dropped = sorted(p.name for p in inbox.iterdir())
    settings = replace(Settings(), inbox=inbox, database_url=db_url, workers=2)
    engine = open_database(db_url)
    race_two_runs(settings, engine, dropped)
    assert sorted(p.name for p in settings.archive_dir.iterdir()) == dropped
    with Session(engine) as session:
        assert counts(session) == {"entries": 6, "duplicates": 3, "quarantined": 0}
        summaries = sorted(e.subjects_summary for e in session.exec(select(Entry)))
    assert [s.split(" (")[0] for s in summaries] == sorted(NAMES)
