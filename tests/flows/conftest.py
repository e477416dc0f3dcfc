"""Flow tests: one Prefect test harness per session, and a fresh inbox layout per test."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

import requestdesk.flows  # noqa: F401  (sets Prefect defaults before Prefect is imported)
from requestdesk.config import Settings
from requestdesk.models.database import dispose_engines


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(autouse=True)
def _restore_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands export their flags as REQUESTDESK_* for Prefect's processes; undo that."""
    for name in ("REQUESTDESK_INBOX", "REQUESTDESK_DATABASE_URL", "REQUESTDESK_CONFIG"):
        monkeypatch.setenv(name, "")  # records the value to restore, even "not set"
        monkeypatch.delenv(name)


@pytest.fixture
def settings(tmp_path: Path) -> Iterator[Settings]:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    yield replace(Settings(), inbox=inbox, database_url=f"sqlite:///{tmp_path / 'log.db'}",
                  stable_seconds=0.2, workers=2, file_timeout=60, file_memory_mb=1024)
    dispose_engines()
