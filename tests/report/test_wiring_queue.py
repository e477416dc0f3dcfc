"""``requestdesk queue`` puts overdue and due-soon entries first and ``--overdue`` lists only
them, run through the real CLI on a migrated database."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session
from typer.testing import CliRunner

from requestdesk.cli import app
from requestdesk.models.database import dispose_engines, open_database
from requestdesk.models.store import list_queue

from .conftest import _pg_database
from .factory import Spec, make_entry, make_user


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """The ordering is SQL (CASE on dates), so both backends run it."""
    if request.param == "sqlite":
        yield open_database(f"sqlite:///{tmp_path / 'queue.db'}")
        dispose_engines()
        return
    databases = _pg_database()
    yield open_database(next(databases))
    dispose_engines()
    next(databases, None)


def _make(session: Session, engine: Engine) -> dict[str, str]:
    """Entries named by their due state (relative to today); returns name -> public id."""
    today = datetime.now(UTC).date()
    sup = make_user(session, "sup")
    specs = {
        "newest_open": Spec(received_at=datetime.now(UTC), status="pending_review",
                            due_on=today + timedelta(days=30)),
        "no_due": Spec(received_at=datetime.now(UTC) - timedelta(days=1),
                       status="pending_review"),
        "soon_2": Spec(received_at=datetime.now(UTC) - timedelta(days=20),
                       status="pending_review", due_on=today + timedelta(days=2)),
        "soon_today": Spec(received_at=datetime.now(UTC) - timedelta(days=25),
                           status="confirmed", due_on=today),
        "overdue_1": Spec(received_at=datetime.now(UTC) - timedelta(days=31),
                          status="pending_review", due_on=today - timedelta(days=1)),
        "overdue_9": Spec(received_at=datetime.now(UTC) - timedelta(days=10),
                          status="confirmed", due_on=today - timedelta(days=9)),
        "answered_late": Spec(received_at=datetime.now(UTC) - timedelta(days=60),
                              status="decided", due_on=today - timedelta(days=30),
                              answered_on=today - timedelta(days=5)),
    }
    return {name: make_entry(session, spec, sup).public_id for name, spec in specs.items()}


def _url(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def test_queue_shows_overdue_then_due_soon_first(session: Session, engine: Engine) -> None:
    ids = _make(session, engine)
    names = {v: k for k, v in ids.items()}
    runner = CliRunner()
    result = runner.invoke(app, ["queue", "--json", "--database-url", _url(engine)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [names[r["id"]] for r in rows] == [
        "overdue_9", "overdue_1", "soon_today", "soon_2",
        "newest_open", "no_due", "answered_late",  # the rest newest first
    ]
    due = {names[r["id"]]: r["due"] for r in rows}
    assert due == {"overdue_9": "overdue", "overdue_1": "overdue", "soon_today": "due_soon",
                   "soon_2": "due_soon", "newest_open": "open", "no_due": "no_due_date",
                   "answered_late": "answered"}

    table = runner.invoke(app, ["queue", "--database-url", _url(engine)])
    assert table.exit_code == 0, table.output
    assert "Due" in table.output and table.output.count("overdue") >= 3


def test_queue_overdue_lists_only_overdue_and_due_soon(session: Session, engine: Engine) -> None:
    ids = _make(session, engine)
    names = {v: k for k, v in ids.items()}
    runner = CliRunner()
    result = runner.invoke(app, ["queue", "--overdue", "--json", "--database-url", _url(engine)])
    assert result.exit_code == 0, result.output
    listed = [names[json.loads(line)["id"]] for line in result.output.splitlines()]
    assert listed == ["overdue_9", "overdue_1", "soon_today", "soon_2"]

    pending = runner.invoke(app, ["queue", "--overdue", "--status", "pending_review", "--json",
                                  "--database-url", _url(engine)])
    assert [names[json.loads(line)["id"]] for line in pending.output.splitlines()] == [
        "overdue_1", "soon_2"]

    table = runner.invoke(app, ["queue", "--overdue", "--database-url", _url(engine)])
    assert table.exit_code == 0 and "4 entries, overdue first" in table.output


def test_nothing_overdue_says_so(session: Session, engine: Engine) -> None:
    sup = make_user(session, "sup")
    make_entry(session, Spec(received_at=datetime.now(UTC), status="pending_review",
                             due_on=datetime.now(UTC).date() + timedelta(days=20)), sup)
    result = CliRunner().invoke(app, ["queue", "--overdue", "--database-url", _url(engine)])
    assert result.exit_code == 0
    assert "No entry is overdue or due within a week." in result.output


def test_list_queue_limit_keeps_the_urgent_ones(session: Session, engine: Engine) -> None:
    ids = _make(session, engine)
    top = list_queue(session, limit=2)
    assert [i.id for i in top] == [ids["overdue_9"], ids["overdue_1"]]
