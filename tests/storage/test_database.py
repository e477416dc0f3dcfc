"""Engines, pragmas and migrations on both backends."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel

import requestdesk.models  # noqa: F401  (registers every table)
from requestdesk.models.database import (
    DatabaseUnavailable,
    current_revision,
    head_revision,
    make_engine,
    normalise_url,
    open_database,
    session_scope,
)
from requestdesk.models.store import add_original, counts, create_entry

from .factory import extraction
from .pg import fresh_database, private_cluster


def test_migrations_create_every_table_and_match_the_models(engine: Engine) -> None:
    assert current_revision(engine) == head_revision()
    tables = set(inspect(engine).get_table_names())
    assert set(SQLModel.metadata.tables) <= tables
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    assert diff == [], "a model changed without a migration: requestdesk db revision -m ..."


def test_opening_again_is_a_no_op(db_url: str) -> None:
    open_database(db_url)
    engine = open_database(db_url)
    assert current_revision(engine) == head_revision()


def test_sqlite_is_wal_with_foreign_keys_and_busy_timeout(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'sub' / 'log.db'}"
    engine = open_database(url)
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 10_000
    mode = stat.S_IMODE(os.stat(tmp_path / "sub" / "log.db").st_mode)
    assert mode & 0o007 == 0, "the log holds personal data: no access for others"


def test_postgres_urls_use_psycopg3() -> None:
    assert normalise_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("sqlite:///x.db") == "sqlite:///x.db"
    assert make_engine("postgresql://u@h/db").dialect.driver == "psycopg"


def test_unreachable_server_says_what_to_check() -> None:
    with pytest.raises(DatabaseUnavailable) as info:
        open_database("postgresql://nobody@127.0.0.1:9/none?connect_timeout=2")
    assert "database URL" in str(info.value)


def test_private_cluster_path_works() -> None:
    """The fallback used when no server answers on 5432 (also forced by
    REQUESTDESK_TEST_PRIVATE_PG=1): start a cluster, migrate, store, read back."""
    with private_cluster() as server, fresh_database(server) as url:
        engine = open_database(url)
        ex = extraction(9)
        with session_scope(engine) as session:
            add_original(session, ex.sha256, 10, "x/y", "pdf")
            create_entry(session, ex, ex.source)
        with Session(engine) as session:
            assert counts(session)["entries"] == 1
        assert engine.dialect.name == "postgresql"
