"""Run the inbox flow within seconds of a drop: a watchdog observer wakes a single worker thread,
which waits for the copy to settle and then runs the flow (again, if more arrived meanwhile).

inotify does not see files written by *other machines* on NFS/SMB shares; there the scheduled
runs of ``serve`` take them (or set a short ``schedule_interval``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from requestdesk.flows.inbox_scan import is_ignored

log = logging.getLogger(__name__)


class _Wake(FileSystemEventHandler):
    def __init__(self, wake: threading.Event) -> None:
        self.wake = wake

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.is_directory or event.event_type in ("opened", "closed_no_write", "deleted"):
            return
        path = event.dest_path or event.src_path
        name = Path(path if isinstance(path, str) else path.decode()).name
        if not is_ignored(name):
            self.wake.set()


class InboxWatcher:
    """Calls ``on_drop`` (never concurrently with itself) after files arrive in ``inbox``."""

    def __init__(self, inbox: Path, on_drop: Callable[[], object], settle_seconds: float) -> None:
        self.inbox = inbox
        self.on_drop = on_drop
        self.settle_seconds = settle_seconds
        self.wake = threading.Event()
        self.stopping = threading.Event()
        self.observer = Observer()
        self.worker = threading.Thread(target=self._loop, name="inbox-watch", daemon=True)

    def start(self) -> None:
        self.observer.schedule(_Wake(self.wake), str(self.inbox), recursive=False)
        self.observer.start()
        self.worker.start()

    def stop(self) -> None:
        self.stopping.set()
        self.wake.set()
        self.observer.stop()
        self.observer.join(5)
        self.worker.join(5)

    def _loop(self) -> None:
        while not self.stopping.is_set():
            self.wake.wait()
            if self.stopping.is_set():
                return
            self.wake.clear()
            # The flow itself waits for files to be stable; this only lets a burst of drops
            # (a scanner writing a batch) arrive before the run starts.
            self.stopping.wait(min(self.settle_seconds, 1.0))
            try:
                self.on_drop()
            except Exception as exc:  # a failed run is retried on the next drop or schedule
                log.warning("inbox run after a drop failed: %s", type(exc).__name__)
