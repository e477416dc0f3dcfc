"""The review services and pages on a real PostgreSQL (the server on 127.0.0.1:5432)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from fastapi.testclient import TestClient

from requestdesk.config import Settings
from requestdesk.models.database import dispose_engines, open_database
from requestdesk.review import decisions, edits
from requestdesk.review.app import create_app
from requestdesk.review.auth import add_user, authenticate
from requestdesk.review.changes import Conflict
from requestdesk.review.entries import get_entry
from requestdesk.review.queue import QueueFilter, list_queue

from .conftest import PASSWORD, WebEnv, csrf_of, sign_in
from .factory import POLICE_LETTER, store_letter

SERVER = "postgresql://postgres@127.0.0.1:5432"


@pytest.fixture
def pg_env(tmp_path: Path) -> Iterator[WebEnv]:
    name = f"rd_web_{uuid.uuid4().hex[:12]}"
    try:
        admin = psycopg.connect(f"{SERVER}/postgres", autocommit=True, connect_timeout=3)
    except psycopg.Error:
        pytest.skip("no PostgreSQL server on 127.0.0.1:5432")
    with admin:
        admin.execute(f"CREATE DATABASE {name}")
    try:
        settings = Settings(inbox=tmp_path / "inbox", database_url=f"{SERVER}/{name}",
                            secret_key="test-secret")
        engine = open_database(settings.database_url)
        for username in ("rita", "rob", "sam"):
            add_user(engine, username, "supervisor" if username == "sam" else "reviewer",
                     PASSWORD)
        yield WebEnv(settings=settings, engine=engine)
    finally:
        dispose_engines()
        with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def test_conflict_summary_and_decision_on_postgresql(pg_env: WebEnv) -> None:
    engine = pg_env.engine
    pid = store_letter(engine, pg_env.settings)
    rita = authenticate(engine, "rita", PASSWORD)
    rob = authenticate(engine, "rob", PASSWORD)
    sam = authenticate(engine, "sam", PASSWORD)
    edits.save_field(engine, pid, 1, rita, "process_type", "court_order", reason="signed by a judge")
    with pytest.raises(Conflict):
        edits.save_field(engine, pid, 1, rob, "process_type", "none", reason="x")
    subject = get_entry(engine, pid).subjects[0]
    edits.update_subject(engine, pid, 2, rob, subject.id or 0, "Jon Marsh", "", "")
    edits.confirm_entry(engine, pid, 3, rob)
    decisions.record_decision(engine, pid, 4, sam, "granted", "court_issued_process",
                              "2025-01-02", sign_off=True)
    view = get_entry(engine, pid)
    assert (view.entry.version, view.entry.status, view.entry.court_issued) == (5, "decided", True)
    assert view.entry.subjects_summary == "Jon Marsh"
    assert [e.action for e in reversed(view.events)] == [
        "created", "process_overridden", "field_changed", "subject_changed", "entry_confirmed",
        "decision_recorded", "decision_approved"]


def test_queue_search_and_pages_on_postgresql(pg_env: WebEnv) -> None:
    for i in range(55):
        store_letter(pg_env.engine, pg_env.settings, lines=[*POLICE_LETTER, str(i)],
                     subject_name=f"Person {i:02d}")
    target = store_letter(pg_env.engine, pg_env.settings, lines=[*POLICE_LETTER, "t"],
                          subject_name="María González_%", agency_key="dhs-ice-ero")
    assert list_queue(pg_env.engine, QueueFilter()).total == 56
    assert len(list_queue(pg_env.engine, QueueFilter(page=2)).rows) == 6
    found = list_queue(pg_env.engine, QueueFilter(search="GONZÁLEZ_%"))
    assert [r.public_id for r in found.rows] == [target]
    assert list_queue(pg_env.engine, QueueFilter(search="_%x")).total == 0
    assert list_queue(pg_env.engine, QueueFilter(agency="dhs-ice-ero")).total == 1

    with TestClient(create_app(pg_env.settings, pg_env.engine),
                    base_url="http://127.0.0.1") as client:
        sign_in(client, "rita")
        page = client.get(f"/entries/{target}")
        assert page.status_code == 200 and "María González_%" in page.text
        saved = client.post(f"/entries/{target}/fields/agency_name", data={
            "csrf_token": csrf_of(page.text), "version": "1", "value": "ICE ERO Denver"})
        assert saved.status_code == 200 and "Saved and confirmed." in saved.text
