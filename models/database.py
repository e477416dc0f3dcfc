"""The database: one engine per URL, sessions, and schema upgrades through Alembic.

SQLite is the default (a file beside the inbox, WAL, foreign keys on, a busy timeout so two
processes wait for each other instead of failing); PostgreSQL is used when a
``postgresql://`` URL is configured. Every command that opens the database calls
``open_database``, which brings the schema up to date first.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import event, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlmodel import Session, create_engine

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).parent / "migrations"
BUSY_TIMEOUT_MS = 30_000
# Any constant works; it only has to be the same in every process migrating one database.
PG_MIGRATION_LOCK = 7_311_402_115

_engines: dict[str, Engine] = {}
_engines_lock = threading.Lock()


class DatabaseUnavailable(Exception):
    """The database could not be reached or opened; the message says what to check."""


def normalise_url(url: str) -> str:
    """``postgresql://`` and ``postgres://`` mean the psycopg 3 driver."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def is_sqlite(url: str) -> bool:
    return make_url(normalise_url(url)).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    """The database file of a SQLite URL (``None`` for an in-memory database)."""
    parsed = make_url(normalise_url(url))
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def make_engine(url: str) -> Engine:
    """One shared engine per URL (engines hold connection pools)."""
    url = normalise_url(url)
    with _engines_lock:
        engine = _engines.get(url)
        if engine is not None:
            return engine
        # hide_parameters: SQL errors must not echo bound values (names, file names) into logs.
        if is_sqlite(url):
            path = sqlite_path(url)
            if path is not None:
                path.parent.mkdir(parents=True, exist_ok=True, mode=0o750)
            engine = create_engine(
                url,
                hide_parameters=True,
                connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
            )
            event.listen(engine, "connect", _on_sqlite_connect)
        else:
            engine = create_engine(url, hide_parameters=True, pool_pre_ping=True)
        _engines[url] = engine
        return engine


def dispose_engines() -> None:
    with _engines_lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()


@contextlib.contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session whose work is committed at the end of the block, or rolled back on error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@contextlib.contextmanager
def _migration_lock(engine: Engine) -> Iterator[None]:
    """Only one process migrates a database at a time."""
    url = engine.url.render_as_string(hide_password=False)
    if is_sqlite(url):
        path = sqlite_path(url)
        if path is None:
            yield
            return
        lock_path = path.with_name(path.name + ".migrate.lock")
        fd = os.open(lock_path, os.O_CREAT | os.O_RDWR, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)
        return
    with engine.connect() as conn:
        conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": PG_MIGRATION_LOCK})
        conn.commit()
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": PG_MIGRATION_LOCK})
            conn.commit()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply pending migrations (no-op when the schema is current)."""
    with _migration_lock(engine):
        if revision == "head" and current_revision(engine) == head_revision():
            return
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), revision)
        log.info("database schema upgraded")


def open_database(url: str) -> Engine:
    """The engine for ``url`` with its schema brought up to date."""
    engine = make_engine(url)
    try:
        if current_revision(engine) != head_revision():
            upgrade(engine)
    except Exception as exc:
        if not _is_connection_error(exc):
            raise
        raise DatabaseUnavailable(
            "requestdesk could not open its database. Check the database URL in the "
            "configuration, that the database server is running and that the service may "
            "write to the database file, then try again."
        ) from None
    _private_file(url)
    return engine


def _private_file(url: str) -> None:
    path = sqlite_path(url)
    if path is None:
        return
    for suffix in ("", "-wal", "-shm"):  # the log holds personal data
        with contextlib.suppress(FileNotFoundError, PermissionError):
            path.with_name(path.name + suffix).chmod(0o640)


def _is_connection_error(exc: BaseException) -> bool:
    from sqlalchemy.exc import InterfaceError, OperationalError

    return isinstance(exc, OperationalError | InterfaceError)
