"""Security hardening found in review: lock-out under concurrent guesses, session lifetime and
revocation, upload names the intake would skip, anonymous bodies, HEAD, error pages, roles and
the private page-image cache."""

from __future__ import annotations

import io
import os
import stat
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from requestdesk.cli import app as cli
from requestdesk.flows.inbox_scan import is_ignored
from requestdesk.review import auth
from requestdesk.review.app import create_app
from requestdesk.review.auth import MAX_FAILURES, AccountError, SignInError, authenticate
from requestdesk.review.changes import EditError
from requestdesk.review.pages import PageImages
from requestdesk.review.security import SESSION_COOKIE, SESSION_MAX_AGE
from requestdesk.review.upload import place_in_inbox, safe_name

from .conftest import PASSWORD, WebEnv, csrf_of, sign_in
from .factory import store_letter


def test_parallel_guesses_cannot_outrun_the_lock_out(env: WebEnv) -> None:
    def guess(n: int) -> str:
        try:
            authenticate(env.engine, "rob", f"wrong guess {n}")
        except SignInError as exc:
            return str(exc)
        return "signed in"

    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(guess, range(4 * MAX_FAILURES)))
    assert "signed in" not in answers
    with pytest.raises(SignInError, match="locked"):
        authenticate(env.engine, "rob", PASSWORD)


def _cookie(client: TestClient) -> str:
    value = client.cookies.get(SESSION_COOKIE)
    assert value
    return value


def test_a_session_older_than_a_working_day_is_refused_even_if_re_signed(
        client: TestClient, env: WebEnv) -> None:
    sign_in(client, "rita")
    app: FastAPI = client.app  # type: ignore[assignment]
    serializer = _serializer(app)
    data = serializer.loads(_cookie(client))
    data["iat"] = int(time.time()) - SESSION_MAX_AGE - 60
    client.cookies.set(SESSION_COOKIE, serializer.dumps(data))
    assert client.get("/queue", follow_redirects=False).headers["location"] == "/login"


def _serializer(app: FastAPI) -> object:
    from itsdangerous import URLSafeTimedSerializer

    return URLSafeTimedSerializer(app.state.settings.secret_key, salt="requestdesk-session")


def test_a_password_change_ends_the_other_sessions(client: TestClient, env: WebEnv) -> None:
    sign_in(client, "rita")
    assert client.get("/queue").status_code == 200
    auth.set_password(env.engine, "rita", "a brand new passphrase")
    assert client.get("/queue", follow_redirects=False).headers["location"] == "/login"
    assert client.get("/login", follow_redirects=False).status_code == 200


@pytest.mark.skipif(not auth.REVOCABLE, reason="needs the users.session_generation column")
def test_a_copied_cookie_is_dead_after_sign_out(client: TestClient, env: WebEnv) -> None:
    sign_in(client, "rita")
    copied = _cookie(client)
    client.post("/logout", data={"csrf_token": csrf_of(client.get("/queue").text)})
    client.cookies.set(SESSION_COOKIE, copied)
    assert client.get("/queue", follow_redirects=False).headers["location"] == "/login"


def test_uploaded_names_are_ones_the_intake_takes(tmp_path: Path) -> None:
    for raw in ("~$letter.docx", "~scan.pdf", "letter.part", "notes.reason.txt", "Thumbs.db",
                "x.tmp", "..", "/etc/passwd", "..\\..\\boot.ini", ".bashrc"):
        name = safe_name(raw)
        assert not is_ignored(name), (raw, name)
        assert "/" not in name and "\\" not in name and not name.startswith(".")
    placed = place_in_inbox(tmp_path, "~scan.pdf", io.BytesIO(b"%PDF-1.4 x"), 100)
    assert not is_ignored(placed)
    assert stat.S_IMODE((tmp_path / placed).stat().st_mode) & 0o077 == 0


def test_anonymous_visitors_cannot_send_large_bodies(client: TestClient) -> None:
    token = csrf_of(client.get("/login").text)
    big = [("files", ("big.pdf", b"%PDF" + b"0" * (2 * 1024 * 1024), "application/pdf"))]
    reply = client.post("/upload", data={"csrf_token": token}, files=big)
    assert reply.status_code == 413
    sign_in(client, "clara")
    token = csrf_of(client.get("/upload").text)
    assert client.post("/upload", data={"csrf_token": token}, files=big).status_code == 200
    big_form = {"csrf_token": token, "q": "x" * (2 * 1024 * 1024)}
    assert client.post("/queue", data=big_form).status_code == 413  # only uploads are large


def test_head_is_answered_like_get_without_a_body(client: TestClient) -> None:
    reply = client.head("/login")
    assert reply.status_code == 200 and reply.content == b""
    assert reply.headers["x-frame-options"] == "DENY"
    assert client.head("/queue", follow_redirects=False).status_code == 303
    wrong = client.put("/queue")
    assert wrong.status_code == 405 and "cannot be used this way" in wrong.text


def test_a_server_error_says_what_to_do_and_shows_no_traceback(env: WebEnv) -> None:
    app = create_app(env.settings, env.engine)

    def boom() -> None:
        raise RuntimeError("secret detail Jane Doe 1980-01-02")

    app.add_api_route("/boom", boom)
    with TestClient(app, raise_server_exceptions=False) as c:
        reply = c.get("/boom")
    assert reply.status_code == 500
    assert "Jane" not in reply.text and "Traceback" not in reply.text
    assert "try again" in reply.text
    assert reply.headers["x-content-type-options"] == "nosniff"


def test_admin_changes_a_role_which_applies_at_once(client: TestClient, env: WebEnv) -> None:
    public_id = store_letter(env.engine, env.settings)
    sign_in(client, "ada")
    page = client.get("/users").text
    token = csrf_of(page)
    users = {u.username: u.id for u in auth.list_users(env.engine)}
    assert f'action="/users/{users["clara"]}/role"' in page
    assert f'action="/users/{users["ada"]}/role"' not in page  # not offered for oneself
    url = f"/users/{users['clara']}/role"
    assert "clara" not in url
    assert client.post(url, data={"csrf_token": token, "role": "reviewer"},
                       follow_redirects=False).status_code == 303
    own = client.post(f"/users/{users['ada']}/role", data={"csrf_token": token, "role": "clerk"})
    assert own.status_code == 400 and "your own role" in own.text
    client.post("/logout", data={"csrf_token": token})
    sign_in(client, "clara")
    assert ">Confirm</button>" in client.get(f"/entries/{public_id}").text


def test_role_and_activate_commands(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    runner = CliRunner()
    runner.invoke(cli, ["user", "add", "dora", "--role", "clerk", "--password-stdin",
                        "--database-url", url], input="a sturdy password\n")
    changed = runner.invoke(cli, ["user", "role", "dora", "--role", "supervisor",
                                  "--database-url", url])
    assert changed.exit_code == 0, changed.output
    bad = runner.invoke(cli, ["user", "role", "dora", "--role", "boss", "--database-url", url])
    assert bad.exit_code == 2 and "Choose one of" in bad.output
    runner.invoke(cli, ["user", "deactivate", "dora", "--database-url", url])
    from requestdesk.models.database import open_database

    engine = open_database(url)
    with pytest.raises(SignInError):
        authenticate(engine, "dora", "a sturdy password")
    assert runner.invoke(cli, ["user", "activate", "dora", "--database-url", url]).exit_code == 0
    assert authenticate(engine, "dora", "a sturdy password").role == "supervisor"


def test_password_policy(env: WebEnv) -> None:
    with pytest.raises(AccountError, match="user name"):
        auth.add_user(env.engine, "longusername", "clerk", "longusername")
    with pytest.raises(AccountError, match="at most"):
        auth.add_user(env.engine, "longpass", "clerk", "x" * 2000)
    with pytest.raises(AccountError, match="full name"):
        auth.add_user(env.engine, "longname", "clerk", PASSWORD, display_name="n" * 300)


def test_page_cache_is_private_and_cleaned(env: WebEnv) -> None:
    public_id = store_letter(env.engine, env.settings)
    legacy = env.settings.base / "page-cache" / "abc"
    legacy.mkdir(parents=True)
    with TestClient(create_app(env.settings, env.engine)) as c:
        assert not legacy.parent.exists()
        sign_in(c, "rita")
        assert c.get(f"/entries/{public_id}/pages/1.png").status_code == 200
        pages: PageImages = c.app.state.pages  # type: ignore[attr-defined]
    cache = pages.cache_dir
    assert cache.parent == env.settings.base / "private"
    for folder in (cache.parent, cache, *[p for p in cache.iterdir() if p.is_dir()]):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    cached = [p for p in cache.iterdir() if p.is_dir()]
    assert cached
    assert pages.prune(max_age_s=3600) == 0  # fresh: kept
    old = time.time() - 10 * 86400
    for folder in cached:
        os.utime(folder, (old, old))
    assert pages.prune(max_age_s=3600) == len(cached)
    assert not any(cache.iterdir())



def test_approval_rechecks_the_ground_against_fields_changed_since(env: WebEnv) -> None:
    from requestdesk.review import decisions, edits

    from .test_services import user

    pid = store_letter(env.engine, env.settings, process_type="judicial_warrant")
    rita, sam = user(env, "rita"), user(env, "sam")
    edits.confirm_entry(env.engine, pid, 1, rita)
    decisions.record_decision(env.engine, pid, 2, rita, "granted", "court_issued_process",
                              "2025-02-01")
    edits.save_field(env.engine, pid, 3, rita, "process_type", "administrative_subpoena",
                     reason="signed by an agency officer")
    with pytest.raises(EditError, match="not issued by a court"):
        decisions.review_decision(env.engine, pid, 4, sam, approve=True)
    from requestdesk.review.entries import get_entry

    assert get_entry(env.engine, pid).entry.status == "confirmed"
    edits.save_field(env.engine, pid, 4, rita, "process_type", "judicial_warrant",
                     reason="the warrant is signed by a judge after all")
    edits.save_field(env.engine, pid, 5, rita, "agency_name", "Aurora Police Department")
    decisions.review_decision(env.engine, pid, 6, sam, approve=True)
    entry = get_entry(env.engine, pid).entry
    assert entry.status == "decided"
    assert entry.notice_text and "Aurora Police Department" in entry.notice_text


def test_sign_in_starts_a_new_session_and_ignores_next(client: TestClient) -> None:
    before = csrf_of(client.get("/login?next=https://evil.example/").text)
    reply = client.post("/login?next=https://evil.example/", data={
        "username": "rita", "password": PASSWORD, "csrf_token": before,
        "next": "//evil.example/"}, follow_redirects=False)
    assert reply.headers["location"] == "/queue"
    after = csrf_of(client.get("/queue").text)
    assert after != before
    assert client.post("/logout", data={"csrf_token": before}).status_code == 403


def test_a_damaged_original_is_refused_without_harming_the_server(client: TestClient,
                                                                  env: WebEnv) -> None:
    from sqlmodel import Session, select

    from requestdesk.models.entries import Entry, StoredFile

    public_id = store_letter(env.engine, env.settings)
    with Session(env.engine) as session:
        sha = session.exec(select(Entry.sha256).where(Entry.public_id == public_id)).one()
        stored = session.get(StoredFile, sha)
        assert stored is not None
    (env.settings.originals_dir / stored.storage_path).write_bytes(b"%PDF-1.7\n" + b"\xff" * 4096)
    sign_in(client, "rita")
    image = client.get(f"/entries/{public_id}/pages/1.png")
    assert image.status_code == 422 and "Download original" in image.text
    page = client.get(f"/entries/{public_id}")
    assert page.status_code == 200 and "could not be shown" in page.text
    assert client.get("/queue").status_code == 200
