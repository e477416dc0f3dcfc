"""Fixtures for the review app: a real SQLite database brought up by the storage layer's
migrations, real users, the app served by uvicorn on loopback, and Debian's Chromium."""

from __future__ import annotations

import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import uvicorn
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine

from requestdesk.config import Settings
from requestdesk.models.database import open_database
from requestdesk.review.app import create_app
from requestdesk.review.auth import add_user

PASSWORD = "correct horse battery"
ROLES = {"clara": "clerk", "rita": "reviewer", "rob": "reviewer", "sam": "supervisor",
         "ada": "admin"}
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@dataclass
class WebEnv:
    settings: Settings
    engine: Engine
    base_url: str = ""


def make_env(root: Path, template: Path | None = None) -> WebEnv:
    """A fresh database with the users; copied from ``template`` when given (migrating and
    hashing passwords for every test would dominate the suite's time)."""
    settings = Settings(inbox=root / "inbox", database_url=f"sqlite:///{root / 'rd.db'}",
                        secret_key="test-secret-key-not-for-production")
    if template is not None:
        shutil.copyfile(template, root / "rd.db")
        return WebEnv(settings=settings, engine=open_database(settings.database_url))
    engine = open_database(settings.database_url)
    for name, role in ROLES.items():
        add_user(engine, name, role, PASSWORD, display_name=name.capitalize())
    return WebEnv(settings=settings, engine=engine)


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("template")
    env = make_env(root)
    with env.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    env.engine.dispose()
    return root / "rd.db"


@pytest.fixture
def env(tmp_path: Path, template_db: Path) -> WebEnv:
    return make_env(tmp_path, template_db)


@pytest.fixture
def client(env: WebEnv) -> Iterator[TestClient]:
    with TestClient(create_app(env.settings, env.engine), base_url="http://127.0.0.1") as c:
        yield c


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "page has no CSRF token"
    return match.group(1)


def sign_in(client: TestClient | httpx.Client, username: str,
            password: str = PASSWORD) -> httpx.Response:
    token = csrf_of(client.get("/login").text)
    return client.post("/login", data={"username": username, "password": password,
                                       "csrf_token": token}, follow_redirects=False)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory, template_db: Path) -> Iterator[WebEnv]:
    """The app served by a real uvicorn on a free loopback port, in a thread."""
    env = make_env(tmp_path_factory.mktemp("live"), template_db)
    port = free_port()
    config = uvicorn.Config(create_app(env.settings, env.engine), host="127.0.0.1", port=port,
                            access_log=False, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    env.base_url = f"http://127.0.0.1:{port}"
    yield env
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
