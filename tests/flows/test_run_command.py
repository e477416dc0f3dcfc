"""``requestdesk run`` as a clerk's machine runs it: a separate process with Prefect in
ephemeral mode. Killed with SIGKILL mid-batch, run twice at once, and searched for personal
data afterwards."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
from sqlmodel import Session, select

from requestdesk.config import Settings
from requestdesk.flows.inbox_flow import run_inbox
from requestdesk.models.database import make_engine
from requestdesk.models.entries import SubjectRow

from .checks import assert_each_file_accounted_once, end_state
from .documents import write_batch

REQUESTDESK = str(Path(sys.executable).with_name("requestdesk"))


def _command(settings: Settings, *extra: str) -> list[str]:
    return [REQUESTDESK, *extra, "run", "--inbox", str(settings.inbox), "--database-url",
            settings.database_url, "--stable-seconds", str(settings.stable_seconds),
            "--workers", str(settings.workers)]


def _env(prefect_home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "REQUESTDESK_"))}
    env.update(PREFECT_HOME=str(prefect_home), OMP_THREAD_LIMIT="1")
    return env


def _run(settings: Settings, prefect_home: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(_command(settings, *extra), env=_env(prefect_home), text=True,
                          capture_output=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return done


def _layout(base: Path, template: Settings) -> Settings:
    inbox = base / "inbox"
    inbox.mkdir(parents=True)
    return replace(template, inbox=inbox, database_url=f"sqlite:///{base / 'log.db'}")


def _drop(batch: Path, settings: Settings) -> set[str]:
    for item in batch.iterdir():
        shutil.copyfile(item, settings.inbox / item.name)
    return {p.name for p in batch.iterdir()}


def _kill_tree(proc: subprocess.Popen[str]) -> None:
    os.kill(proc.pid, signal.SIGKILL)  # the run itself, as kill -9 would
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)  # and the Prefect server it started
    proc.wait()


@pytest.mark.usefixtures("prefect_harness")
def test_run_killed_mid_batch_then_rerun_ends_like_an_uninterrupted_run(
    settings: Settings, tmp_path: Path,
) -> None:
    batch = tmp_path / "batch"
    write_batch(batch, 20)
    shutil.copyfile(next(batch.glob("*.pdf")), batch / "forwarded again.pdf")
    (batch / "blank.pdf").write_bytes(b"")
    one = replace(settings, workers=1)
    control = _layout(tmp_path / "control", one)
    killed = _layout(tmp_path / "killed", one)
    dropped = _drop(batch, control)
    _drop(batch, killed)
    run_inbox(control)  # uninterrupted, in this process

    proc = subprocess.Popen(_command(killed), env=_env(tmp_path / "prefect-killed"), text=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 300
        while not (killed.archive_dir.is_dir() and any(killed.archive_dir.iterdir())):
            assert proc.poll() is None, "the run ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.05)
    finally:
        _kill_tree(proc)
    interrupted = end_state(killed)
    assert interrupted.claims_left > 0, "the kill came too late to test anything"

    run_inbox(killed)  # the next run, whichever way it is started

    assert_each_file_accounted_once(killed, dropped)
    assert_each_file_accounted_once(control, dropped)
    assert end_state(killed) == end_state(control)


def test_two_runs_at_once_never_take_a_file_twice(settings: Settings, tmp_path: Path) -> None:
    written = write_batch(settings.inbox, 30)
    procs = [
        subprocess.Popen(_command(settings), env=_env(tmp_path / f"prefect-{i}"), text=True,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for i in range(2)
    ]
    outputs = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err[-2000:] for _, err in outputs]
    assert_each_file_accounted_once(settings, set(written))
    state = end_state(settings)
    assert dict(state.counts) == {"entries": 30, "duplicates": 0, "quarantined": 0}
    assert not [n for n in state.archived if " (2)" in n]


def test_no_personal_data_reaches_prefect_or_the_logs(settings: Settings, tmp_path: Path) -> None:
    write_batch(settings.inbox, 6, start=80)
    (settings.inbox / "blank.pdf").write_bytes(b"")
    home = tmp_path / "prefect-home"
    done = _run(settings, home, "--verbose")
    with Session(make_engine(settings.database_url)) as session:
        subjects = list(session.exec(select(SubjectRow)))
    assert len(subjects) == 6
    needles: set[str] = set()
    for s in subjects:
        needles.update({s.name, *(part for part in s.name.split() if len(part) > 4)})
        if s.dob:
            year, month, day = s.dob.split("-")
            needles.update({s.dob, f"{month}/{day}/{year}"})
    haystacks: dict[str, bytes] = {"stdout": done.stdout.encode(),
                                   "stderr": done.stderr.encode()}
    assert b"INFO" in haystacks["stderr"]  # verbose logging was on and captured
    files = [p for p in home.rglob("*") if p.is_file()]
    assert any(p.suffix == ".db" for p in files), "Prefect's database was not where expected"
    for path in files:
        haystacks[str(path)] = path.read_bytes()
    for where, data in haystacks.items():
        for needle in needles:
            assert needle.encode() not in data, f"personal data found in {where}"
