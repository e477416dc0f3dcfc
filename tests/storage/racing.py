"""Two intake runs racing over one inbox, for the flow and storage tests."""

from __future__ import annotations

import threading
from collections.abc import Iterable

from sqlalchemy.engine import Engine

from requestdesk.config import Settings
from requestdesk.flows.claims import IntakeRun
from requestdesk.flows.intake import process_claim


def race_two_runs(settings: Settings, engine: Engine, names: Iterable[str]) -> None:
    """Two intake runs in threads, released at the same moment, each claiming every name in the
    inbox and processing what it got; an exception in either fails the test."""
    names = sorted(names)
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def one_run() -> None:
        try:
            with IntakeRun(settings.work_dir) as run:
                start.wait()
                for name in names:
                    run.claim(settings.inbox, name)
                for claim in run.claims():
                    process_claim(claim, settings, engine)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=one_run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
