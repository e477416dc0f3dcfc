"""The safe-intake functions on their own: stability, claims, dead runs, placing files."""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlmodel import Session, select
from storage.racing import race_two_runs

from requestdesk.config import Settings
from requestdesk.flows import intake
from requestdesk.flows.claims import IntakeRun
from requestdesk.flows.inbox_scan import is_ignored, stable_files
from requestdesk.flows.intake import TransientFault, process_claim
from requestdesk.flows.placing import place_file, store_original
from requestdesk.models.database import make_engine, open_database
from requestdesk.models.intake import IntakeRecord
from requestdesk.models.store import counts

from .checks import assert_each_file_accounted_once
from .documents import person, text_letter, write_batch


@pytest.mark.parametrize("name", ["~$letter.pdf", "scan.pdf.part", "x.tmp", "dl.crdownload",
                                  ".hidden.pdf", "a.pdf.reason.txt", "Thumbs.db"])
def test_temporary_hidden_and_sidecar_files_are_ignored(name: str) -> None:
    assert is_ignored(name)


@pytest.mark.parametrize("name", ["letter.pdf", "scan 2026.tif", "request.eml", "part.pdf"])
def test_documents_are_not_ignored(name: str) -> None:
    assert not is_ignored(name)


def test_only_files_unchanged_over_the_delay_are_taken(tmp_path: Path) -> None:
    (tmp_path / "done.pdf").write_bytes(b"%PDF-1.4 complete")
    growing = tmp_path / "copying.pdf"
    growing.write_bytes(b"%PDF-1.4 first half")
    (tmp_path / "~$lock.pdf").write_bytes(b"x")
    (tmp_path / "sub").mkdir()
    waited: list[float] = []

    def copy_goes_on(seconds: float) -> None:  # the copy is still running during the wait
        waited.append(seconds)
        with growing.open("ab") as fh:
            fh.write(b" second half")

    ready, changing = stable_files(tmp_path, 3.0, sleep=copy_goes_on)
    assert waited == [3.0]
    assert ready == ["done.pdf"] and changing == 1


def test_a_copy_that_keeps_the_old_mtime_is_still_seen_changing(tmp_path: Path) -> None:
    growing = tmp_path / "robocopy.pdf"
    growing.write_bytes(b"part one")
    old = os.stat(growing)

    def copy_goes_on(_seconds: float) -> None:
        with growing.open("ab") as fh:
            fh.write(b"more")
        growing.write_bytes(b"part one")  # same size again ...
        os.utime(growing, ns=(old.st_atime_ns, old.st_mtime_ns))  # ... and the same mtime

    ready, _ = stable_files(tmp_path, 1.0, sleep=copy_goes_on)
    assert ready == []  # ctime gave it away


def test_two_runs_cannot_claim_the_same_file(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.pdf").write_bytes(b"x")
    with IntakeRun(tmp_path / "work") as one, IntakeRun(tmp_path / "work") as two:
        first = one.claim(inbox, "a.pdf")
        second = two.claim(inbox, "a.pdf")
        assert first is not None and second is None
        assert first.path is not None and first.path.read_bytes() == b"x"
        assert two.adopt_dead_claims() == 0  # the other run is alive: hands off
        assert [c.claim_id for c in one.claims()] == [first.claim_id]


def test_claims_of_a_killed_run_are_taken_over(tmp_path: Path) -> None:
    inbox, work = tmp_path / "inbox", tmp_path / "work"
    inbox.mkdir()
    for i in range(3):
        (inbox / f"{i}.txt").write_bytes(b"x" * i)
    script = (
        "import sys, time\nfrom pathlib import Path\n"
        "from requestdesk.flows.claims import IntakeRun\n"
        f"run = IntakeRun(Path({str(work)!r})).__enter__()\n"
        f"for n in ('0.txt', '1.txt', '2.txt'): run.claim(Path({str(inbox)!r}), n)\n"
        "print('claimed', flush=True)\ntime.sleep(60)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "claimed"
    with IntakeRun(work) as live:
        assert live.adopt_dead_claims() == 0  # still running
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with IntakeRun(work) as heir:
        assert heir.adopt_dead_claims() == 3
        assert sorted(c.name or "" for c in heir.claims()) == ["0.txt", "1.txt", "2.txt"]
    assert sorted(p.name for p in work.iterdir()) == [heir.run_id, f"{heir.run_id}.lock"]


def test_placing_never_overwrites_and_writes_the_reason(tmp_path: Path) -> None:
    dest = tmp_path / "quarantine"
    for i in range(3):
        src = tmp_path / f"src{i}"
        src.write_bytes(f"file {i}".encode())
        placed = place_file(src, dest, "letter.pdf", sidecar=f"reason {i}")
        assert not src.exists()
        assert placed.read_bytes() == f"file {i}".encode()
    names = sorted(p.name for p in dest.iterdir())
    assert names == ["letter (2).pdf", "letter (2).pdf.reason.txt", "letter (3).pdf",
                     "letter (3).pdf.reason.txt", "letter.pdf", "letter.pdf.reason.txt"]
    assert (dest / "letter (3).pdf.reason.txt").read_text() == "reason 2"


def test_originals_are_read_only_and_private(tmp_path: Path) -> None:
    src = tmp_path / "a.pdf"
    src.write_bytes(b"original bytes")
    relative = store_original(src, "ab" + "0" * 62, tmp_path / "originals")
    stored = tmp_path / "originals" / relative
    assert stored.read_bytes() == b"original bytes"
    assert stat.S_IMODE(stored.stat().st_mode) == 0o440
    for folder in (tmp_path / "originals", stored.parent):
        assert stat.S_IMODE(folder.stat().st_mode) & 0o027 == 0
    assert store_original(src, "ab" + "0" * 62, tmp_path / "originals") == relative


def test_database_outage_leaves_the_file_claimed_and_the_next_run_finishes(
    settings: Settings,
) -> None:
    (settings.inbox / "letter.txt").write_bytes(text_letter(person(1), 1))
    down = Settings(**{**settings.__dict__,
                       "database_url": "postgresql://x@127.0.0.1:9/none?connect_timeout=1"})
    with IntakeRun(settings.work_dir) as run:
        claim = run.claim(settings.inbox, "letter.txt")
        assert claim is not None
        with pytest.raises(TransientFault) as info:
            process_claim(claim, down, make_engine(down.database_url))
        assert "letter" not in str(info.value)
        assert claim.path is not None and claim.path.exists()
    open_database(settings.database_url)
    with IntakeRun(settings.work_dir) as heir:
        assert heir.adopt_dead_claims() == 1
        (claim,) = heir.claims()
        outcome = process_claim(claim, settings, make_engine(settings.database_url))
    assert outcome.outcome == "entry"
    assert [p.name for p in settings.archive_dir.iterdir()] == ["letter.txt"]


def test_a_claim_committed_before_a_crash_is_only_moved(settings: Settings) -> None:
    written = write_batch(settings.inbox, 1)
    (name,) = written
    engine = open_database(settings.database_url)
    with IntakeRun(settings.work_dir) as run:
        claim = run.claim(settings.inbox, name)
        assert claim is not None
        process_claim(claim, settings, engine)
        # As if the run died after the commit but before the move: put the file back.
        archived = settings.archive_dir / name
        claim.folder.mkdir()
        os.rename(archived, claim.folder / name)
        again = process_claim(claim, settings, engine)
    assert again.outcome == "entry"
    assert [p.name for p in settings.archive_dir.iterdir()] == [name]
    with Session(engine) as session:
        assert counts(session) == {"entries": 1, "duplicates": 0, "quarantined": 0}
        assert len(list(session.exec(select(IntakeRecord)))) == 1


def test_two_runs_racing_over_one_inbox_take_each_file_once(settings: Settings) -> None:
    written = write_batch(settings.inbox, 16, start=20)
    for i, name in enumerate(list(written)[:4]):  # the same bytes under another name
        shutil.copyfile(settings.inbox / name, settings.inbox / f"again {i}.txt")
    dropped = {p.name for p in settings.inbox.iterdir()}
    engine = open_database(settings.database_url)
    race_two_runs(settings, engine, dropped)
    assert_each_file_accounted_once(settings, dropped)
    with Session(engine) as session:
        assert counts(session) == {"entries": 16, "duplicates": 4, "quarantined": 0}


def test_a_link_in_the_inbox_is_quarantined_without_reading_its_target(
    settings: Settings, tmp_path: Path,
) -> None:
    secret = tmp_path / "elsewhere.txt"
    secret.write_bytes(text_letter(person(3), 3))
    (settings.inbox / "shortcut.txt").symlink_to(secret)
    engine = open_database(settings.database_url)
    with IntakeRun(settings.work_dir) as run:
        claim = run.claim(settings.inbox, "shortcut.txt")
        assert claim is not None
        outcome = process_claim(claim, settings, engine)
    assert outcome.outcome == "quarantined" and outcome.reason_code == "not_a_file"
    placed = settings.quarantine_dir / "shortcut.txt"
    assert placed.is_symlink() and secret.exists()
    assert "link" in (settings.quarantine_dir / "shortcut.txt.reason.txt").read_text()
    with Session(engine) as session:
        assert counts(session) == {"entries": 0, "duplicates": 0, "quarantined": 1}


def test_a_copy_committed_while_its_twin_was_being_read_becomes_a_duplicate(
    settings: Settings, monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = text_letter(person(3), 3)
    (settings.inbox / "first.txt").write_bytes(data)
    (settings.inbox / "copy.txt").write_bytes(data)
    engine = open_database(settings.database_url)
    with IntakeRun(settings.work_dir) as run:
        first = run.claim(settings.inbox, "first.txt")
        copy = run.claim(settings.inbox, "copy.txt")
        assert first is not None and copy is not None
        real_check = intake._commit_if_duplicate
        calls: list[str] = []

        def check_then_let_the_twin_commit(*args: object, **kwargs: object) -> object:
            # The copy's first duplicate check happens before its twin has committed.
            calls.append("check")
            if len(calls) == 1:
                assert real_check(*args, **kwargs) is None
                process_claim(first, settings, engine)
                return None
            return real_check(*args, **kwargs)

        monkeypatch.setattr(intake, "_commit_if_duplicate", check_then_let_the_twin_commit)
        outcome = process_claim(copy, settings, engine)
    assert outcome.outcome == "duplicate"
    with Session(engine) as session:
        assert counts(session) == {"entries": 1, "duplicates": 1, "quarantined": 0}
