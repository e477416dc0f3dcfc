"""The Prefect layer: one flow run takes everything in the inbox once.

Kept thin on purpose: the work is done by the plain functions in ``intake``, ``claims`` and
``inbox_scan``. Files are taken by one task with a thread pool of ``Settings.workers`` (each file
is read in its own child process, so threads are enough to keep every core busy); a task per
file cost Prefect about half a second of bookkeeping per file here, more than reading a
born-digital letter. Flow and task parameters are opaque ids only (a run id), results are not
persisted or cached, and log lines carry ids and counts, never file names or document text.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE
from prefect.client.schemas.objects import TaskRun
from prefect.states import State

from requestdesk.config import Settings, load_settings
from requestdesk.flows.claims import Claim, IntakeRun
from requestdesk.flows.inbox_scan import stable_files
from requestdesk.flows.intake import TransientFault, process_claim
from requestdesk.models.database import DatabaseUnavailable, make_engine, open_database

log = logging.getLogger(__name__)

OUTCOMES = ("entry", "duplicate", "quarantined", "gone")


class IntakeIncomplete(Exception):
    """Some claimed files could not be finished; they stay claimed for the next run."""


@dataclass
class _RunContext:
    settings: Settings
    run: IntakeRun
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(OUTCOMES, 0))
    left: int = 0


# The task finds its run's settings and claims here by the opaque run id, instead of receiving
# paths or file names as parameters.
_active: dict[str, _RunContext] = {}
_active_lock = threading.Lock()
_override: Settings | None = None


def _settings() -> Settings:
    return _override or load_settings()


def only_transient(_task: Any, _run: TaskRun, state: State[Any]) -> bool:
    """Prefect retries a task only when the database could not be reached, never for input."""
    try:
        exc = state.result(raise_on_failure=False)
    except Exception:
        return False
    return isinstance(exc, TransientFault | DatabaseUnavailable)


@task(name="open-database", persist_result=False, cache_policy=NONE, retries=3,
      retry_delay_seconds=[2, 5, 10], retry_condition_fn=only_transient)
def prepare_database(run_id: str) -> None:
    """Reach the database and bring its schema up to date (retried if it is not reachable)."""
    open_database(_active[run_id].settings.database_url)


def _take(context: _RunContext, claim: Claim) -> str:
    engine = make_engine(context.settings.database_url)
    try:
        return process_claim(claim, context.settings, engine).outcome
    except TransientFault:
        return "transient"
    except Exception as exc:  # e.g. the archive folder is not writable: retried next run
        log.error("claim %s could not be finished (%s)", claim.claim_id, type(exc).__name__)
        return "failed"


@task(name="take-files", persist_result=False, cache_policy=NONE, retries=2,
      retry_delay_seconds=[2, 10], retry_condition_fn=only_transient)
def take_files(run_id: str) -> None:
    """Every claim the run holds, ``workers`` at a time. A retry sees only unfinished claims,
    because a finished claim's folder is gone."""
    context = _active[run_id]
    claims = context.run.claims()
    workers = max(1, min(context.settings.workers, len(claims)))
    with ThreadPoolExecutor(workers, thread_name_prefix="take") as pool:
        outcomes = list(pool.map(lambda c: _take(context, c), claims))
    for outcome in outcomes:
        if outcome in context.counts:
            context.counts[outcome] += 1
    context.left = sum(o in ("transient", "failed") for o in outcomes)
    if "transient" in outcomes:
        raise TransientFault("the database could not be reached")


@flow(name="requestdesk-inbox", persist_result=False, log_prints=False,
      validate_parameters=False)
def inbox_flow() -> dict[str, int]:
    """Everything in the inbox now, plus whatever runs that died had claimed."""
    settings = _settings()
    logger = get_run_logger()
    with IntakeRun(settings.work_dir) as run:
        context = _RunContext(settings, run)
        with _active_lock:
            _active[run.run_id] = context
        try:
            prepare_database(run.run_id)
            adopted = run.adopt_dead_claims()
            ready, still_copying = stable_files(settings.inbox, settings.stable_seconds)
            for name in ready:
                run.claim(settings.inbox, name)
            logger.info("run %s: %d file(s) to take", run.run_id, len(run.claims()))
            take_files(run.run_id, return_state=True)
        finally:
            with _active_lock:
                _active.pop(run.run_id, None)
    counts = {**context.counts, "left": context.left, "adopted": adopted,
              "still_copying": still_copying}
    logger.info("run %s: %s", run.run_id, counts)
    if context.left:
        raise IntakeIncomplete(f"{context.left} file(s) could not be finished; they stay in the "
                               "processing folder and the next run finishes them")
    return counts


def run_inbox(settings: Settings) -> dict[str, int]:
    """One flow run over the inbox with these settings."""
    global _override
    _override = settings
    try:
        return inbox_flow()
    finally:
        _override = None
