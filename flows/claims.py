"""Claims: a file taken from the inbox is renamed into ``<work>/<run id>/<claim id>/<name>``.
A rename is atomic, so when two runs race for one file exactly one of them gets it.

Dead runs: each run holds an exclusive ``flock`` on ``<work>/<run id>.lock`` for as long as it
lives. The kernel drops the lock the moment the process dies (kill -9 included), so the next run
can tell a dead run's claims from a live run's without clocks, leases or heartbeats, and takes
them over. On NFSv4 the server holds ``flock`` locks (Linux emulates them with POSIX locks) and
frees a crashed client's locks when its lease expires (about 90 s), so claims of a crashed
*machine* are taken over after that delay. On SMB/CIFS shares locks are only honoured between
machines when the share is mounted without ``nobrl``; run the inbox service on one machine if in
doubt.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from requestdesk.flows.placing import IntakeConfigError, mkdir_private
from requestdesk.models.base import new_public_id

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Claim:
    claim_id: str
    folder: Path
    name: str | None  # None when the file has already left (only clean-up is left)

    @property
    def path(self) -> Path | None:
        return self.folder / self.name if self.name else None


class IntakeRun:
    """One run's processing area and its liveness lock. Use as a context manager."""

    def __init__(self, work_dir: Path, run_id: str | None = None) -> None:
        self.work_dir = work_dir
        self.run_id = run_id or new_public_id()
        self.folder = work_dir / self.run_id
        self.lock_path = work_dir / f"{self.run_id}.lock"
        self._fd: int | None = None

    def __enter__(self) -> IntakeRun:
        mkdir_private(self.work_dir)
        # The lock file is locked before it gets its name (so no other run ever sees it unlocked)
        # and exists before the folder (so a folder without a lock file is always dead).
        pending = self.work_dir / f".{self.run_id}.lock.new"
        fd = os.open(pending, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o600)
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.rename(pending, self.lock_path)
        self._fd = fd
        self.folder.mkdir(mode=0o700, exist_ok=True)
        return self

    def __exit__(self, *exc: object) -> None:
        with contextlib.suppress(OSError):
            self.folder.rmdir()  # only when empty: unfinished claims stay for the next run
        if not self.folder.exists():
            with contextlib.suppress(FileNotFoundError):
                self.lock_path.unlink()
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def claim(self, inbox: Path, name: str) -> Claim | None:
        """Move one inbox file into this run's area; ``None`` if another run took it first."""
        claim_id = new_public_id()
        folder = self.folder / claim_id
        folder.mkdir(mode=0o700)
        try:
            os.rename(inbox / name, folder / name)
        except FileNotFoundError:
            folder.rmdir()
            return None
        except OSError as exc:
            folder.rmdir()
            if exc.errno == errno.EXDEV:
                raise IntakeConfigError(
                    "The processing folder is on a different disk than the inbox, so files "
                    "cannot be taken safely. Set 'work' in the configuration to a folder on the "
                    "same disk or share as the inbox."
                ) from None
            # The OSError's message would carry the file name, which may name a person.
            raise IntakeConfigError(
                f"A file could not be moved out of the inbox ({exc.strerror}). Check that the "
                "service may write to the inbox and processing folders."
            ) from None
        return Claim(claim_id, folder, name)

    def adopt_dead_claims(self) -> int:
        """Take over the claims of runs that died; returns how many claims were taken."""
        adopted = 0
        for item in sorted(self.work_dir.iterdir()):
            run_id = item.name.removesuffix(".lock")
            if run_id == self.run_id or item.name.startswith("."):
                continue
            if item.is_dir() and (self.work_dir / f"{run_id}.lock").exists():
                continue  # judged through its lock file
            if item.name.endswith(".lock"):
                adopted += self._adopt_locked(run_id, item)
            elif item.is_dir():
                adopted += self._move_claims(item)
        return adopted

    def _adopt_locked(self, run_id: str, lock_path: Path) -> int:
        try:
            fd = os.open(lock_path, os.O_RDWR)
        except FileNotFoundError:
            return 0
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return 0  # that run is alive
            folder = self.work_dir / run_id
            adopted = self._move_claims(folder) if folder.is_dir() else 0
            with contextlib.suppress(FileNotFoundError):
                lock_path.unlink()
            return adopted
        finally:
            os.close(fd)

    def _move_claims(self, folder: Path) -> int:
        moved = 0
        for claim_dir in folder.iterdir():
            try:
                os.rename(claim_dir, self.folder / claim_dir.name)
                moved += 1
            except FileNotFoundError:
                continue  # another run adopted it
        with contextlib.suppress(OSError):
            folder.rmdir()
        if moved:
            log.info("took over %d claim(s) of a run that stopped", moved)
        return moved

    def claims(self) -> list[Claim]:
        """Every claim this run holds (taken now or adopted)."""
        out: list[Claim] = []
        for claim_dir in sorted(self.folder.iterdir()):
            names = [p.name for p in claim_dir.iterdir()]
            out.append(Claim(claim_dir.name, claim_dir, names[0] if names else None))
        return out
