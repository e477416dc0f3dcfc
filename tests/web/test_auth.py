"""Sign-in, lock-out, roles, CSRF and headers through the real app (FastAPI TestClient)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from requestdesk.review.auth import MAX_FAILURES, list_users
from requestdesk.review.security import SESSION_COOKIE

from .conftest import PASSWORD, WebEnv, csrf_of, sign_in
from .factory import store_letter


def test_sign_in_sets_a_hardened_session_cookie(client: TestClient) -> None:
    response = sign_in(client, "rita")
    assert response.status_code == 303
    assert response.headers["location"] == "/queue"
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(f"{SESSION_COOKIE}=")
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert "Secure" not in cookie  # plain http on loopback
    assert client.get("/queue").status_code == 200


def test_cookie_is_secure_over_https(env: WebEnv) -> None:
    from requestdesk.review.app import create_app

    with TestClient(create_app(env.settings, env.engine), base_url="https://127.0.0.1") as c:
        assert "; Secure" in sign_in(c, "rita").headers["set-cookie"]


def test_wrong_password_is_refused_in_plain_words(client: TestClient) -> None:
    response = sign_in(client, "rita", "wrong password!")
    assert response.status_code == 401
    assert "user name or password is not correct" in response.text
    assert client.get("/queue", follow_redirects=False).headers["location"] == "/login"


def test_unknown_user_gets_the_same_message(client: TestClient) -> None:
    response = sign_in(client, "nobody", PASSWORD)
    assert response.status_code == 401
    assert "user name or password is not correct" in response.text


def test_lock_out_after_repeated_failures_even_with_the_right_password(
        client: TestClient, env: WebEnv) -> None:
    for _ in range(MAX_FAILURES - 1):
        assert "not correct" in sign_in(client, "rob", "bad password 1").text
    locked = sign_in(client, "rob", "bad password 1")
    assert "locked" in locked.text
    right = sign_in(client, "rob", PASSWORD)
    assert right.status_code == 401 and "locked" in right.text
    # An administrator unlocks the account; then the right password works again.
    sign_in(client, "ada")
    token = csrf_of(client.get("/users").text)
    rob = next(u.id for u in list_users(env.engine) if u.username == "rob")
    assert client.post(f"/users/{rob}/unlock", data={"csrf_token": token},
                       follow_redirects=False).status_code == 303
    client.post("/logout", data={"csrf_token": token})
    assert sign_in(client, "rob").status_code == 303


def test_pages_and_files_refuse_anonymous_visitors(client: TestClient, env: WebEnv) -> None:
    public_id = store_letter(env.engine, env.settings)
    for path in ("/queue", "/history", f"/entries/{public_id}", "/upload", "/users"):
        response = client.get(path, follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"] == "/login", path
    for path in (f"/entries/{public_id}/pages/1.png", f"/entries/{public_id}/original"):
        assert client.get(path, headers={"sec-fetch-dest": "image"}).status_code == 401, path
        assert client.get(path).status_code == 401, path


def test_post_without_or_with_wrong_csrf_token_is_refused(client: TestClient,
                                                          env: WebEnv) -> None:
    public_id = store_letter(env.engine, env.settings)
    sign_in(client, "rita")
    url = f"/entries/{public_id}/fields/agency_name"
    page = client.get(f"/entries/{public_id}").text
    for data in ({"version": "1", "value": "Changed"},
                 {"version": "1", "value": "Changed", "csrf_token": "forged"}):
        response = client.post(url, data=data)
        assert response.status_code == 403
        assert "nothing was saved" in response.text
    assert "Changed" not in client.get(f"/entries/{public_id}").text
    ok = client.post(url, data={"version": "1", "value": "Changed", "csrf_token": csrf_of(page)},
                     follow_redirects=False)
    assert ok.status_code == 303


def test_security_headers_on_pages_and_errors(client: TestClient) -> None:
    for response in (client.get("/login"), client.get("/nope"), client.get("/static/app.css")):
        headers = response.headers
        csp = headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert "frame-ancestors 'none'" in csp
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"
        assert headers["referrer-policy"] == "no-referrer"


def test_roles(client: TestClient, env: WebEnv) -> None:
    public_id = store_letter(env.engine, env.settings)
    sign_in(client, "clara")  # clerk: views and uploads, never edits
    page = client.get(f"/entries/{public_id}")
    assert page.status_code == 200
    assert ">Confirm</button>" not in page.text
    refused = client.post(f"/entries/{public_id}/fields/agency_name",
                          data={"version": "1", "value": "X", "csrf_token": csrf_of(page.text)})
    assert refused.status_code == 403 and "role" in refused.text
    assert client.get("/users").status_code == 403
    assert client.get("/upload").status_code == 200

    token = csrf_of(page.text)
    client.post("/logout", data={"csrf_token": token})
    sign_in(client, "rita")  # reviewer: edits and proposes, cannot approve
    page = client.get(f"/entries/{public_id}").text
    token = csrf_of(page)
    assert client.post(f"/entries/{public_id}/confirm",
                       data={"version": "1", "csrf_token": token}).status_code == 200
    decided = client.post(f"/entries/{public_id}/decision", data={
        "version": "2", "csrf_token": token, "decision": "granted",
        "ground": "active_criminal_investigation", "answered_on": "2025-01-10",
        "sign_off": "1"})
    assert decided.status_code == 403
    assert client.post(f"/entries/{public_id}/review", data={
        "version": "2", "csrf_token": token, "action": "approve"}).status_code == 403


def test_admin_adds_a_user_who_can_then_sign_in(client: TestClient) -> None:
    sign_in(client, "ada")
    token = csrf_of(client.get("/users").text)
    short = client.post("/users", data={"csrf_token": token, "username": "newbie",
                                        "role": "clerk", "password": "short"})
    assert short.status_code == 400 and "at least 10 characters" in short.text
    client.post("/users", data={"csrf_token": token, "username": "newbie", "role": "clerk",
                                "password": "a long enough one"})
    client.post("/logout", data={"csrf_token": token})
    assert sign_in(client, "newbie", "a long enough one").status_code == 303
