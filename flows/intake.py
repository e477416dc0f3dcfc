"""Taking one claimed file all the way, as plain functions (the Prefect flow only wraps them).

1. The file is *stable* (``inbox_scan``) and *claimed* (``claims``).
2. It is hashed and read (in a bounded child process); its original is copied read-only into
   ``originals/<sha[:2]>/<sha>``; the entry (or duplicate, or quarantine record) is committed to
   the database in one transaction together with an intake record keyed by the claim id.
3. Only then is it moved to ``archive/`` (or, if it could not be read, to ``quarantine/`` with a
   ``NAME.reason.txt`` written for a clerk). A run that dies after step 2 leaves a claim whose
   intake record says what is left to do, so the next run only moves the file.
"""

from __future__ import annotations

import contextlib
import logging
import stat
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError

from requestdesk.config import Settings
from requestdesk.extractors.guard import MIB, ReadLimits
from requestdesk.flows.claims import Claim
from requestdesk.flows.placing import place_file, store_original
from requestdesk.models.database import session_scope
from requestdesk.models.entries import StoredFile
from requestdesk.models.intake import IntakeRecord
from requestdesk.models.store import (
    add_original,
    create_entry,
    entry_for_sha,
    intake_for_claim,
    link_new_entry,
    record_duplicate,
    record_intake,
)
from requestdesk.pipeline import extract_file, sha256_file

log = logging.getLogger(__name__)

NOT_A_FILE_REASON = (
    "This is a shortcut or link to another file, or a special file, not a document. Save the "
    "document itself into the inbox."
)
NO_ACCESS_REASON = (
    "requestdesk is not allowed to open this file. Ask your administrator to let the service "
    "read files saved in the inbox, then save the file into the inbox again."
)
INTERNAL_REASON = (
    "requestdesk could not process this file because of an internal error. Keep the file, tell "
    "your administrator, and log the request by hand for now."
)


class TransientFault(Exception):
    """The database could not be reached; the same file may be tried again later."""


@dataclass(frozen=True)
class Outcome:
    claim_id: str
    outcome: str  # entry, duplicate, quarantined, gone
    entry_id: int | None = None
    reason_code: str | None = None


def read_limits(settings: Settings) -> ReadLimits:
    return ReadLimits(
        timeout_s=settings.file_timeout,
        memory_mb=settings.file_memory_mb,
        max_bytes=settings.max_file_mb * MIB,
        max_pages=settings.max_pages,
    )


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
    try:
        sha = sha256_file(path)
    except OSError:
        return _commit_quarantine(engine, base, "unreadable", NO_ACCESS_REASON, None, started)
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
            # Checked again inside the transaction: a claim of the same bytes (a copy in this
            # batch, or another run) may have committed while this one was being read.
            if entry_for_sha(session, sha) is None:
                if session.get(StoredFile, sha) is None:
                    add_original(session, sha, st.st_size, relative, extraction.kind,
                                 extraction.pages)
                entry = create_entry(session, extraction, claim.name,
                                     received_at=datetime.now(UTC), due_days=settings.due_days)
                record = record_intake(session, IntakeRecord(
                    **base, outcome="entry", sha256=sha, entry_id=entry.id,
                    seconds=round(time.perf_counter() - started, 3)))
                link_new_entry(session, entry, settings.followup_days)  # last: it commits
                return record
    except IntegrityError:
        # Both inserted the original at the same moment; the primary key let one win.
        pass
    duplicate = _commit_if_duplicate(engine, base, sha, started)
    if duplicate is None:
        raise RuntimeError(f"claim {claim.claim_id}: stored bytes vanished during intake")
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
