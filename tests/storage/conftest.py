"""Storage tests run against SQLite and PostgreSQL (see pg.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from requestdesk.models.database import dispose_engines, open_database

from .pg import fresh_database, pg_server  # noqa: F401

# A migrated database cloned for every PostgreSQL test (CREATE DATABASE ... TEMPLATE).
_template: dict[str, str] = {}


@pytest.fixture(scope="session")
def pg_template(pg_server: str) -> Iterator[str]:  # noqa: F811
    with fresh_database(pg_server) as url:
        open_database(url)
        dispose_engines()  # a template may have no open connections
        yield url.rsplit("/", 1)[1]


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'requestdesk.db'}"
        dispose_engines()
        return
    server = request.getfixturevalue("pg_server")
    template = request.getfixturevalue("pg_template")
    with fresh_database(server, template) as url:
        yield url


@pytest.fixture
def engine(db_url: str) -> Engine:
    return open_database(db_url)
