from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from requestdesk.models.database import dispose_engines, open_database

PG_ADMIN = os.environ.get("REQUESTDESK_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


def _pg_database() -> Iterator[str]:
    """A throw-away database on the local PostgreSQL server, dropped afterwards."""
    name = f"report_{uuid.uuid4().hex[:12]}"
    try:
        admin = psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError:
        pytest.skip("no PostgreSQL server on 127.0.0.1:5432")
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield PG_ADMIN.rsplit("/", 1)[0] + f"/{name}"
        finally:
            dispose_engines()
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "postgresql":
        databases = _pg_database()
        url = next(databases)
    else:
        databases, url = None, f"sqlite:///{tmp_path / 'report.db'}"
    # The schema as the migrations make it, on the project's engine (foreign keys enforced).
    engine = open_database(url)
    yield engine
    dispose_engines()
    if databases is not None:
        next(databases, None)


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    with Session(engine, expire_on_commit=False) as session:
        yield session
