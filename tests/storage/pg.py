"""A real PostgreSQL server for tests: the one on 127.0.0.1:5432 when it answers, otherwise a
private cluster started from the Debian binaries (forced with REQUESTDESK_TEST_PRIVATE_PG=1).

Used by the storage conftest (and the intake-on-PostgreSQL test) through relative imports.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

SHARED = "postgresql+psycopg://postgres@127.0.0.1:5432"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _answers(url: str) -> bool:
    try:
        with psycopg.connect(_libpq(url, "postgres"), connect_timeout=3):
            return True
    except psycopg.Error:
        return False


def _libpq(server_url: str, database: str) -> str:
    return server_url.replace("postgresql+psycopg://", "postgresql://") + "/" + database


def _pg_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if found:
        return found[-1]
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"PostgreSQL's {name} is not installed")
    return path


@contextlib.contextmanager
def private_cluster() -> Iterator[str]:
    """initdb + pg_ctl start in a temporary folder, listening on 127.0.0.1 on a free port."""
    base = Path(tempfile.mkdtemp(prefix="rd-pg-"))
    data = base / "data"
    as_user: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root
        shutil.chown(base, "postgres", "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    try:
        subprocess.run([*as_user, _pg_bin("initdb"), "-D", str(data), "-U", "postgres",
                        "--auth=trust", "-E", "UTF8", "--no-sync"],
                       check=True, capture_output=True)
        options = f"-h 127.0.0.1 -p {port} -k {base} -F -c max_connections=50"
        subprocess.run([*as_user, _pg_bin("pg_ctl"), "-D", str(data), "-o", options, "-w",
                        "-l", str(base / "log"), "start"], check=True, capture_output=True)
        try:
            yield f"postgresql+psycopg://postgres@127.0.0.1:{port}"
        finally:
            subprocess.run([*as_user, _pg_bin("pg_ctl"), "-D", str(data), "-m", "immediate",
                            "-w", "stop"], capture_output=True)
    finally:
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """URL of a PostgreSQL server (no database part)."""
    if os.environ.get("REQUESTDESK_TEST_PRIVATE_PG") != "1" and _answers(SHARED):
        yield SHARED
        return
    with private_cluster() as url:
        yield url


@contextlib.contextmanager
def fresh_database(server_url: str, template: str | None = None) -> Iterator[str]:
    """A uniquely named database, dropped afterwards; yields its SQLAlchemy URL."""
    name = f"rd_test_{uuid.uuid4().hex[:12]}"
    admin = _libpq(server_url, "postgres")
    with psycopg.connect(admin, autocommit=True) as conn:
        suffix = f" TEMPLATE {template}" if template else ""
        conn.execute(f"CREATE DATABASE {name}{suffix}")
    try:
        yield f"{server_url}/{name}"
    finally:
        from requestdesk.models.database import dispose_engines

        dispose_engines()
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
