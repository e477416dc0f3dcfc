"""``requestdesk serve``: a file dropped into the inbox is taken by the watcher, without waiting
for the schedule (set here to a cron line that does not fire during the test)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from requestdesk.config import Settings
from requestdesk.flows.watch import InboxWatcher

from .checks import assert_each_file_accounted_once
from .documents import write_batch

REQUESTDESK = str(Path(sys.executable).with_name("requestdesk"))


def test_watcher_wakes_once_per_burst_and_ignores_temporary_files(tmp_path: Path) -> None:
    calls: list[int] = []
    woke = threading.Event()

    def on_drop() -> None:
        calls.append(len(list(tmp_path.iterdir())))
        woke.set()

    watcher = InboxWatcher(tmp_path, on_drop, settle_seconds=0.3)
    watcher.start()
    try:
        (tmp_path / "~$draft.pdf").write_bytes(b"x")
        (tmp_path / "upload.crdownload").write_bytes(b"x")
        assert not woke.wait(1.5)  # temporary files alone never start a run
        for i in range(3):
            (tmp_path / f"{i}.pdf").write_bytes(b"x")
        assert woke.wait(30)
    finally:
        watcher.stop()
    assert calls and calls[0] == 5


def test_serve_takes_a_dropped_file_without_waiting_for_the_schedule(
    settings: Settings, tmp_path: Path,
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "REQUESTDESK_"))}
    env.update(PREFECT_HOME=str(tmp_path / "prefect"), OMP_THREAD_LIMIT="1",
               REQUESTDESK_SCHEDULE_CRON="0 0 1 1 *", REQUESTDESK_STABLE_SECONDS="0.2")
    proc = subprocess.Popen(
        [REQUESTDESK, "serve", "--no-web", "--inbox", str(settings.inbox),
         "--database-url", settings.database_url],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        start_new_session=True)
    try:
        assert proc.stdout is not None
        assert "Watching" in proc.stdout.readline()
        written = write_batch(settings.inbox, 2, start=90)
        deadline = time.monotonic() + 180  # a hang guard, not a speed requirement
        while len(list(settings.archive_dir.glob("*"))) < 2 if settings.archive_dir.is_dir() \
                else True:
            assert proc.poll() is None, "serve stopped"
            assert time.monotonic() < deadline, "the dropped files were never taken"
            time.sleep(0.1)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert_each_file_accounted_once(settings, set(written))
