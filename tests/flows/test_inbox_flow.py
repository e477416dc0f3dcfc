"""Real Prefect flow runs over real files (one test harness for the session)."""

from __future__ import annotations

import json
import shutil
import stat
from pathlib import Path

import pytest
from prefect import flow, task
from prefect.cache_policies import NONE
from sqlmodel import Session, select

from requestdesk.config import Settings
from requestdesk.flows.inbox_flow import only_transient, run_inbox
from requestdesk.flows.intake import TransientFault
from requestdesk.models.database import make_engine
from requestdesk.models.entries import Entry, StoredFile
from requestdesk.models.store import list_queue
from requestdesk.samples.hostile import write_hostile

from .checks import assert_each_file_accounted_once, end_state
from .documents import pdf_letter, person, write_batch

pytestmark = pytest.mark.usefixtures("prefect_harness")


def test_every_file_becomes_one_entry_and_a_rerun_adds_nothing(settings: Settings) -> None:
    written = write_batch(settings.inbox, 9)
    first = next(iter(written))
    shutil.copyfile(settings.inbox / first, settings.inbox / "same bytes again.txt")
    for ignored in ("~$draft.pdf", ".DS_Store", "scan.pdf.part"):
        (settings.inbox / ignored).write_bytes(b"not yet")

    result = run_inbox(settings)

    assert result["entry"] == 9 and result["duplicate"] == 1 and result["quarantined"] == 0
    dropped = {*written, "same bytes again.txt"}
    assert_each_file_accounted_once(settings, dropped)
    assert sorted(p.name for p in settings.inbox.iterdir()) == [
        ".DS_Store", "scan.pdf.part", "~$draft.pdf"]
    engine = make_engine(settings.database_url)
    with Session(engine) as session:
        queue = list_queue(session)
        assert all(item.status == "pending_review" for item in queue)
        found = {s["name"]: s["dob"] for item in queue for s in item.subjects}
        for person_ in written.values():
            assert found.get(person_.name) == person_.dob_iso
        stored = list(session.exec(select(StoredFile)))
        assert len(stored) == 9
        for row in stored:
            path = settings.originals_dir / row.storage_path
            assert stat.S_IMODE(path.stat().st_mode) == 0o440
    before = end_state(settings)

    again = run_inbox(settings)

    assert again["entry"] == again["duplicate"] == again["quarantined"] == 0
    assert end_state(settings) == before


def test_hostile_files_are_quarantined_with_reasons_and_good_ones_processed(
    settings: Settings, tmp_path: Path,
) -> None:
    hostile = tmp_path / "hostile"
    manifest = write_hostile(hostile, pdf_letter(person(40), 40), seed=3)
    for row in manifest:
        shutil.copyfile(hostile / str(row["file"]), settings.inbox / str(row["file"]))
    good = write_batch(settings.inbox, 3, start=41)

    result = run_inbox(settings)

    dropped = {str(r["file"]) for r in manifest} | set(good)
    assert_each_file_accounted_once(settings, dropped)
    rejected = {str(r["file"]) for r in manifest if r["rejected"]}
    state = end_state(settings)
    assert set(state.quarantined) == rejected
    assert set(state.archived) == dropped - rejected
    assert result["quarantined"] == len(rejected)
    for name in rejected:
        reason = (settings.quarantine_dir / f"{name}.reason.txt").read_text()
        assert "Why: " in reason and len(reason) > 150
        assert "Traceback" not in reason and "Error" not in reason
    with Session(make_engine(settings.database_url)) as session:
        names = {s["name"] for e in list_queue(session) for s in e.subjects}
        assert {p.name for p in good.values()} <= names
        assert len(list(session.exec(select(Entry)))) == len(dropped - rejected)


def test_queue_command_prints_json_lines(settings: Settings) -> None:
    from typer.testing import CliRunner

    from requestdesk.cli import app

    written = write_batch(settings.inbox, 2, start=60)
    run_inbox(settings)
    result = CliRunner().invoke(app, ["queue", "--json", "--database-url",
                                      settings.database_url])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert sorted(r["source"] for r in rows) == sorted(written)
    assert all(len(r["id"]) == 32 and r["status"] == "pending_review" for r in rows)
    shown = CliRunner().invoke(app, ["show", rows[0]["id"][:8], "--json", "--database-url",
                                     settings.database_url])
    assert shown.exit_code == 0, shown.output
    detail = json.loads(shown.output)
    assert detail["id"] == rows[0]["id"] and detail["evidence"]
    assert detail["subjects"][0]["name"] == rows[0]["subjects"][0]["name"]


_attempts: dict[str, int] = {"database": 0, "input": 0}


@task(persist_result=False, cache_policy=NONE, retries=2, retry_delay_seconds=0,
      retry_condition_fn=only_transient)
def _database_down() -> None:
    _attempts["database"] += 1
    raise TransientFault("the database could not be reached")


@task(persist_result=False, cache_policy=NONE, retries=2, retry_delay_seconds=0,
      retry_condition_fn=only_transient)
def _bad_input() -> None:
    _attempts["input"] += 1
    raise ValueError("not a PDF")


@flow(persist_result=False)
def _both() -> None:
    _database_down(return_state=True)
    _bad_input(return_state=True)


def test_prefect_retries_database_faults_but_not_bad_input() -> None:
    _both()
    assert _attempts == {"database": 3, "input": 1}
