"""The Prefect layer: one flow run takes everything in the inbox once.

Kept thin on purpose: the work is done by the plain functions in ``intake``. Flow and task
parameters are opaque ids only (a run id and claim ids), results are not persisted or cached,
and log lines carry ids and counts, never file names or document text.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE
from prefect.client.schemas.objects import TaskRun
from prefect.futures import PrefectFuture, wait
from prefect.states import State
from prefect.task_runners import ThreadPoolTaskRunner

from requestdesk.config import Settings, load_settings
from requestdesk.flows.intake import (
    Claim,
    IntakeRun,
    TransientFault,
    process_claim,
    stable_files,
)
from requestdesk.models.database import DatabaseUnavailable, make_engine, open_database

log = logging.getLogger(__name__)


@dataclass
class _RunContext:
    settings: Settings
    claims: dict[str, Claim]


# Tasks run in threads of the flow's process; they find their run's settings and claims here
# by the opaque run id instead of receiving paths or file names as parameters.
_active: dict[str, _RunContext] = {}
_active_lock = threading.Lock()
_override: Settings | None = None


def _settings() -> Settings:
    return _override or load_settings()


def _only_transient(_task: Any, _run: TaskRun, state: State[Any]) -> bool:
    try:
        exc = state.result(raise_on_failure=False)
    except Exception:
        return False
    return isinstance(exc, TransientFault | DatabaseUnavailable)


@task(name="open-database", persist_result=False, cache_policy=NONE, retries=3,
      retry_delay_seconds=[2, 5, 10], retry_condition_fn=_only_transient)
def prepare_database(run_id: str) -> None:
    """Reach the database and bring its schema up to date (retried if it is not reachable)."""
    open_database(_active[run_id].settings.database_url)


@task(name="take-file", persist_result=False, cache_policy=NONE, retries=2,
      retry_delay_seconds=[2, 10], retry_condition_fn=_only_transient)
def take_file(run_id: str, claim_id: str) -> str:
    """One claimed file to the database and out of the processing area; returns the outcome."""
    context = _active[run_id]
    engine = make_engine(context.settings.database_url)
    return process_claim(context.claims[claim_id], context.settings, engine).outcome


@flow(name="requestdesk-inbox", persist_result=False, log_prints=False,
      validate_parameters=False, task_runner=ThreadPoolTaskRunner(max_workers=Settings().workers))
def inbox_flow() -> dict[str, int]:
    """Everything in the inbox now, plus whatever runs that died had claimed."""
    settings = _settings()
    logger = get_run_logger()
    counts = {"entry": 0, "duplicate": 0, "quarantined": 0, "gone": 0, "left": 0,
              "adopted": 0, "still_copying": 0}
    with IntakeRun(settings.work_dir) as run:
        with _active_lock:
            _active[run.run_id] = _RunContext(settings, {})
        try:
            prepare_database(run.run_id)
            counts["adopted"] = run.adopt_dead_claims()
            ready, counts["still_copying"] = stable_files(settings.inbox,
                                                           settings.stable_seconds)
            for name in ready:
                run.claim(settings.inbox, name)
            claims = run.claims()
            _active[run.run_id].claims = {c.claim_id: c for c in claims}
            logger.info("run %s: %d file(s) to take", run.run_id, len(claims))
            futures: list[PrefectFuture[str]] = [
                take_file.submit(run.run_id, c.claim_id) for c in claims
            ]
            wait(futures)
            for future in futures:
                if future.state.is_completed():
                    counts[future.result()] += 1
                else:
                    counts["left"] += 1
        finally:
            with _active_lock:
                _active.pop(run.run_id, None)
    logger.info("run %s: %s", run.run_id, counts)
    if counts["left"]:
        raise TransientFault(
            f"{counts['left']} file(s) could not be finished and stay claimed for the next run"
        )
    return counts


def run_inbox(settings: Settings) -> dict[str, int]:
    """One flow run over the inbox with these settings, using ``settings.workers`` threads."""
    global _override
    _override = settings
    try:
        runner = ThreadPoolTaskRunner(max_workers=max(settings.workers, 1))
        return inbox_flow.with_options(task_runner=runner)()
    finally:
        _override = None
