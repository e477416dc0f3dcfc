"""Taking files from the inbox safely, as plain functions (the Prefect flow only wraps them).

The life of a dropped file:

1. It is *stable*: size, mtime and ctime unchanged for ``stable_seconds`` (ctime too, because
   copy tools that preserve mtime still change ctime while writing).
2. It is *claimed*: renamed into ``<work>/<run id>/<claim id>/<original name>``. A rename is
   atomic, so when two runs race for one file exactly one of them gets it.
3. It is hashed, read (in a bounded child process), its original copied read-only into
   ``originals/<sha[:2]>/<sha>``, and the entry or duplicate committed to the database in one
   transaction together with an intake record keyed by the claim id.
4. Only then is it moved to ``archive/`` (or, if it could not be read, to ``quarantine/`` with a
   ``NAME.reason.txt`` written for a clerk).

Dead runs: each run holds an exclusive ``flock`` on ``<work>/<run id>.lock`` for as long as it
lives. The kernel drops the lock the moment the process dies (kill -9 included), so the next run
can tell a dead run's claims from a live run's without clocks, leases or heartbeats, and takes
them over; the intake record says whether the database part was already done. On NFSv4 the
server holds ``flock`` locks (Linux emulates them with POSIX locks) and frees a crashed client's
locks when its lease expires (about 90 s), so claims of a crashed *machine* are taken over
after that delay. On SMB/CIFS shares locks are only honoured between machines when the share is
mounted without ``nobrl``; run the inbox service on one machine if in doubt.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import logging
import os
import shutil
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError

from requestdesk.config import Settings
from requestdesk.extractors.guard import MIB, ReadLimits
from requestdesk.models.base import new_public_id
from requestdesk.models.database import session_scope
from requestdesk.models.entries import StoredFile
from requestdesk.models.intake import IntakeRecord
from requestdesk.models.store import (
    add_original,
    create_entry,
    entry_for_sha,
    intake_for_claim,
    record_duplicate,
    record_intake,
)
from requestdesk.pipeline import extract_file, sha256_file

log = logging.getLogger(__name__)

IGNORED_PREFIXES = (".", "~$", "~")
IGNORED_SUFFIXES = (
    ".part", ".partial", ".tmp", ".temp", ".crdownload", ".download", ".swp", ".lock",
    ".reason.txt",
)
IGNORED_NAMES = frozenset({"thumbs.db", "desktop.ini", ".ds_store"})
DIR_MODE = 0o750
FILE_MODE = 0o440

NOT_A_FILE_REASON = (
    "This is a shortcut or link to another file, or a special file, not a document. Save the "
    "document itself into the inbox."
)
INTERNAL_REASON = (
    "requestdesk could not process this file because of an internal error. Keep the file, tell "
    "your administrator, and log the request by hand for now."
)


class TransientFault(Exception):
    """The database could not be reached; the same file may be tried again later."""


class IntakeConfigError(Exception):
    """The folders are set up in a way intake cannot work with; the message says how to fix it."""


@dataclass(frozen=True)
class Snapshot:
    size: int
    mtime_ns: int
    ctime_ns: int
    inode: int


@dataclass(frozen=True)
class Claim:
    claim_id: str
    folder: Path
    name: str | None  # None when the file has already left (only clean-up is left)

    @property
    def path(self) -> Path | None:
        return self.folder / self.name if self.name else None


@dataclass(frozen=True)
class Outcome:
    claim_id: str
    outcome: str  # entry, duplicate, quarantined, gone
    entry_id: int | None = None
    reason_code: str | None = None


def is_ignored(name: str) -> bool:
    """Temporary, hidden and sidecar files are never taken."""
    lower = name.lower()
    return (
        lower.startswith(IGNORED_PREFIXES)
        or lower.endswith(IGNORED_SUFFIXES)
        or lower in IGNORED_NAMES
    )


def scan(inbox: Path) -> dict[str, Snapshot]:
    """Candidate names in the inbox (top level only) with their current state."""
    found: dict[str, Snapshot] = {}
    try:
        entries = list(os.scandir(inbox))
    except FileNotFoundError:
        return found
    for item in entries:
        if is_ignored(item.name):
            continue
        try:
            st = item.stat(follow_symlinks=False)
        except FileNotFoundError:
            continue
        if stat.S_ISDIR(st.st_mode):
            continue
        found[item.name] = Snapshot(st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
    return found


def stable_files(
    inbox: Path, stable_seconds: float, sleep: Callable[[float], None] = time.sleep,
) -> tuple[list[str], int]:
    """Names unchanged over ``stable_seconds``, and how many are still changing."""
    first = scan(inbox)
    if not first:
        return [], 0
    if stable_seconds > 0:
        sleep(stable_seconds)
    second = scan(inbox)
    ready = sorted(name for name, snap in second.items() if first.get(name) == snap)
    return ready, len(second) - len(ready)


def _mkdir_private(path: Path) -> None:
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(PermissionError):
            path.chmod(DIR_MODE)


class IntakeRun:
    """One run's processing area and its liveness lock. Use as a context manager."""

    def __init__(self, work_dir: Path, run_id: str | None = None) -> None:
        self.work_dir = work_dir
        self.run_id = run_id or new_public_id()
        self.folder = work_dir / self.run_id
        self.lock_path = work_dir / f"{self.run_id}.lock"
        self._fd: int | None = None

    def __enter__(self) -> IntakeRun:
        _mkdir_private(self.work_dir)
        # The lock exists before the folder, so a folder without a lock file is always dead.
        fd = os.open(self.lock_path, os.O_CREAT | os.O_RDWR, 0o600)
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
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
            raise
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


def read_limits(settings: Settings) -> ReadLimits:
    return ReadLimits(
        timeout_s=settings.file_timeout,
        memory_mb=settings.file_memory_mb,
        max_bytes=settings.max_file_mb * MIB,
        max_pages=settings.max_pages,
    )


def store_original(path: Path, sha256: str, originals_dir: Path) -> str:
    """Copy the original, read-only, to ``<sha[:2]>/<sha>``; returns that relative path."""
    relative = f"{sha256[:2]}/{sha256}"
    dest = originals_dir / relative
    if dest.exists():
        return relative
    _mkdir_private(originals_dir)
    _mkdir_private(dest.parent)
    tmp = dest.parent / f".{sha256}.{new_public_id()}.tmp"
    try:
        shutil.copyfile(path, tmp)
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        tmp.chmod(FILE_MODE)
        os.replace(tmp, dest)  # same bytes if a concurrent run got there first
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return relative


def _is_transient(exc: BaseException) -> bool:
    if isinstance(exc, OperationalError | InterfaceError):
        return True
    return isinstance(exc, DBAPIError) and bool(exc.connection_invalidated)


def process_claim(claim: Claim, settings: Settings, engine: Engine) -> Outcome:
    """Take one claimed file all the way: database first, then archive or quarantine.

    Bad input never raises (it is quarantined); only ``TransientFault`` (database unreachable)
    and file-system errors on the way out do, and the claim is then left for the next run.
    """
    try:
        with session_scope(engine) as session:
            record = intake_for_claim(session, claim.claim_id)
        if record is None and claim.path is not None:
            record = _decide(claim, settings, engine)
    except Exception as exc:
        if _is_transient(exc):
            log.warning("claim %s: database unavailable (%s)", claim.claim_id,
                        type(exc).__name__)
            raise TransientFault("the database could not be reached") from None
        raise
    if record is None:
        _remove_folder(claim.folder)  # nothing left to do: the file was already moved
        return Outcome(claim.claim_id, "gone")
    finish(claim, record, settings)
    log.info("claim %s: %s", claim.claim_id, record.outcome)
    return Outcome(claim.claim_id, record.outcome, record.entry_id, record.reason_code)


def _decide(claim: Claim, settings: Settings, engine: Engine) -> IntakeRecord:
    path = claim.path
    assert path is not None and claim.name is not None
    started = time.perf_counter()
    st = path.lstat()
    base = {"claim_id": claim.claim_id, "source_name": claim.name[:500], "size": st.st_size}
    if not stat.S_ISREG(st.st_mode):
        return _commit_quarantine(engine, base, "not_a_file", NOT_A_FILE_REASON, None, started)
    sha = sha256_file(path)
    duplicate = _commit_if_duplicate(engine, base, sha, started)
    if duplicate is not None:
        return duplicate
    try:
        extraction = extract_file(path, read_limits(settings), source=claim.name)
    except Exception as exc:  # extract_file reports bad input itself; this is a bug
        log.error("claim %s: extraction failed (%s)", claim.claim_id, type(exc).__name__)
        return _commit_quarantine(engine, base, "internal", INTERNAL_REASON, sha, started)
    if extraction.status != "ok":
        reason = extraction.error or INTERNAL_REASON
        return _commit_quarantine(engine, base, extraction.error_code or "unreadable", reason,
                                  sha, started)
    extraction.sha256 = sha
    relative = store_original(path, sha, settings.originals_dir)
    try:
        with session_scope(engine) as session:
            if session.get(StoredFile, sha) is None:
                add_original(session, sha, st.st_size, relative, extraction.kind,
                             extraction.pages)
            entry = create_entry(session, extraction, claim.name,
                                 received_at=datetime.now(UTC))
            return record_intake(session, IntakeRecord(
                **base, outcome="entry", sha256=sha, entry_id=entry.id,
                seconds=round(time.perf_counter() - started, 3)))
    except IntegrityError:
        # Another run stored the same bytes at the same moment: this file is its duplicate.
        duplicate = _commit_if_duplicate(engine, base, sha, started)
        if duplicate is None:
            raise
        return duplicate


def _commit_if_duplicate(
    engine: Engine, base: dict[str, object], sha: str, started: float,
) -> IntakeRecord | None:
    with session_scope(engine) as session:
        existing = entry_for_sha(session, sha)
        if existing is None:
            return None
        record_duplicate(session, existing, str(base["source_name"]))
        return record_intake(session, IntakeRecord(
            **base, outcome="duplicate", sha256=sha, entry_id=existing.id,  # type: ignore[arg-type]
            seconds=round(time.perf_counter() - started, 3)))


def _commit_quarantine(
    engine: Engine, base: dict[str, object], code: str, reason: str, sha: str | None,
    started: float,
) -> IntakeRecord:
    with session_scope(engine) as session:
        return record_intake(session, IntakeRecord(
            **base, outcome="quarantined", sha256=sha, reason_code=code[:40],  # type: ignore[arg-type]
            reason=reason, seconds=round(time.perf_counter() - started, 3)))


def reason_text(record: IntakeRecord) -> str:
    """The sidecar a clerk reads next to a quarantined file."""
    when = record.processed_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return (
        "requestdesk could not add this file to the request log.\n\n"
        f"Why: {record.reason}\n\n"
        "When the problem is fixed, save the corrected file into the inbox again; it will be "
        "picked up automatically. Until then, log the request by hand if it is urgent.\n\n"
        f"Checked: {when}. Reference for your administrator: {record.claim_id}\n"
    )


def finish(claim: Claim, record: IntakeRecord, settings: Settings) -> None:
    """Move a claimed file whose outcome is committed out of the processing area."""
    path = claim.path
    if path is not None and claim.name is not None:
        if record.outcome == "quarantined":
            place_file(path, settings.quarantine_dir, claim.name, sidecar=reason_text(record))
        else:
            place_file(path, settings.archive_dir, claim.name)
    _remove_folder(claim.folder)


def _remove_folder(folder: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        folder.rmdir()


def _candidate_names(name: str) -> list[str]:
    stem, suffix = os.path.splitext(name)
    return [name, *(f"{stem} ({i}){suffix}" for i in range(2, 10_000))]


def place_file(src: Path, dest_dir: Path, name: str, sidecar: str | None = None) -> Path:
    """Move ``src`` into ``dest_dir`` under ``name`` (or ``name (2)`` ... if taken), never
    overwriting anything; with ``sidecar``, also write ``<final name>.reason.txt``."""
    _mkdir_private(dest_dir)
    already = _already_placed(src, dest_dir)
    if already is not None:
        src.unlink()
        return already
    for candidate in _candidate_names(name):
        target = dest_dir / candidate
        if target.exists() or target.is_symlink():
            continue
        note = dest_dir / f"{candidate}.reason.txt"
        if sidecar is not None:
            try:
                with note.open("x", encoding="utf-8") as fh:
                    fh.write(sidecar)
            except FileExistsError:
                continue
        try:
            _link_or_copy(src, target)
        except FileExistsError:
            if sidecar is not None:
                note.unlink()
            continue
        src.unlink()
        return target
    raise IntakeConfigError("too many files of the same name in " + dest_dir.name)


def _already_placed(src: Path, dest_dir: Path) -> Path | None:
    """After a crash between linking and unlinking, the file is already in ``dest_dir``."""
    st = src.lstat()
    if st.st_nlink < 2:
        return None
    for item in os.scandir(dest_dir):
        with contextlib.suppress(FileNotFoundError):
            other = item.stat(follow_symlinks=False)
            if (other.st_dev, other.st_ino) == (st.st_dev, st.st_ino):
                return Path(item.path)
    return None


def _link_or_copy(src: Path, target: Path) -> None:
    # A hard link never replaces an existing file, unlike rename, so two runs placing files of
    # the same name cannot overwrite each other's.
    try:
        os.link(src, target, follow_symlinks=False)
        return
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in (errno.EXDEV, errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP):
            raise
    if src.is_symlink():
        os.symlink(os.readlink(src), target)
        return
    with src.open("rb") as reader, target.open("xb") as writer:
        shutil.copyfileobj(reader, writer)
        writer.flush()
        os.fsync(writer.fileno())
