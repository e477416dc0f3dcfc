"""Signed session cookies, CSRF tokens and security headers.

The session is a small signed cookie (user id, CSRF token, sign-in time, one-shot messages); it is
HttpOnly, SameSite=Lax and Secure whenever the request came over https.
"""

from __future__ import annotations

import hmac
import json
import os
import secrets
from pathlib import Path
from typing import Any

from itsdangerous import BadSignature, URLSafeTimedSerializer
from starlette.datastructures import MutableHeaders
from starlette.requests import HTTPConnection, Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from requestdesk.config import Settings

SESSION_COOKIE = "rd_session"
SESSION_MAX_AGE = 12 * 3600  # a working day; then sign in again

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS: dict[str, str] = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
    "cross-origin-opener-policy": "same-origin",
}


class CsrfError(Exception):
    """A form came without the session's CSRF token."""


def secret_key(settings: Settings) -> str:
    """The configured key, else one generated once and kept beside the database (mode 0600)."""
    if settings.secret_key:
        return settings.secret_key
    url = settings.database_url
    folder = Path(url.split("///", 1)[1]).parent if url.startswith("sqlite:///") else settings.base
    path = folder / ".requestdesk-secret"
    if path.is_file():
        return path.read_text().strip()
    folder.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    tmp = folder / f".requestdesk-secret.{os.getpid()}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(key)
    try:
        os.link(tmp, path)  # two workers starting at once: the first key wins, both use it
    except FileExistsError:
        pass
    finally:
        tmp.unlink(missing_ok=True)
    return path.read_text().strip()


class SessionAndHeaders:
    """ASGI middleware: loads/saves the signed session and adds security headers to every reply."""

    def __init__(self, app: ASGIApp, secret: str) -> None:
        self.app = app
        self.serializer = URLSafeTimedSerializer(secret, salt="requestdesk-session")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        raw = HTTPConnection(scope).cookies.get(SESSION_COOKIE)
        data: dict[str, Any] = {}
        if raw:
            try:
                data = self.serializer.loads(raw, max_age=SESSION_MAX_AGE)
            except BadSignature:
                data = {}
        scope["session"] = data
        before = json.dumps(data, sort_keys=True)
        static = scope["path"].startswith("/static/")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
                if not static:
                    headers["cache-control"] = "no-store"
                session = scope["session"]
                if json.dumps(session, sort_keys=True) != before:
                    headers.append("set-cookie", self._cookie(session, scope["scheme"]))
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def _cookie(self, session: dict[str, Any], scheme: str) -> str:
        secure = "; Secure" if scheme == "https" else ""
        if not session:
            return (f"{SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax{secure}")
        value = self.serializer.dumps(session)
        return (f"{SESSION_COOKIE}={value}; Path=/; Max-Age={SESSION_MAX_AGE}; HttpOnly; "
                f"SameSite=Lax{secure}")


FORM_LIMIT = 1 << 20  # any body but a signed-in upload: forms are far smaller
TOO_LARGE = "The upload is too large. Send fewer or smaller files at a time, then try again."


class BodyTooLarge(Exception):
    """A request body over the limit (refused before it is spooled to disk)."""


class BodyLimit:
    """ASGI middleware: refuse request bodies over their limit, by Content-Length up front and by
    counting for bodies sent without one. Only a signed-in upload may be ``upload_limit`` large;
    every other body (sign-in included) gets ``FORM_LIMIT``, so no one can make the server spool
    a large body to disk before their session is checked."""

    def __init__(self, app: ASGIApp, upload_limit: int, upload_path: str = "/upload") -> None:
        self.app = app
        self.upload_limit = upload_limit
        self.upload_path = upload_path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        signed_in = isinstance(scope.get("session", {}).get("uid"), int)
        limit = (self.upload_limit if signed_in and scope["path"] == self.upload_path
                 else FORM_LIMIT)
        length = HTTPConnection(scope).headers.get("content-length", "")
        if length.isdigit() and int(length) > limit:
            await _too_large(send)
            return
        seen = 0

        async def counting() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > limit:
                raise BodyTooLarge
            return message

        await self.app(scope, counting, send)


class HeadAsGet:
    """ASGI middleware: answer HEAD like GET (same status and headers) without the body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def without_body(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, without_body)


async def _too_large(send: Send) -> None:
    body = TOO_LARGE.encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return str(token)


async def check_csrf(request: Request) -> None:
    """App-wide dependency: every state-changing request must carry the session's token."""
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return
    expected = request.session.get("csrf")
    if not expected:
        raise CsrfError  # before reading the body: a session without a token cannot pass
    sent: Any = request.headers.get("x-csrf-token")
    if sent is None:
        form = await request.form()
        sent = form.get("csrf_token")
    if not isinstance(sent, str) or not hmac.compare_digest(sent, str(expected)):
        raise CsrfError


def flash(request: Request, message: str, kind: str = "info") -> None:
    """A one-shot message for the next page. Never put personal data in it (it rides the cookie)."""
    messages = list(request.session.get("flash", []))
    messages.append([kind, message])
    request.session["flash"] = messages[-5:]


def pop_flashes(request: Request) -> list[tuple[str, str]]:
    messages = request.session.pop("flash", [])
    return [(str(kind), str(text)) for kind, text in messages]
