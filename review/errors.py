"""What a person sees when a request cannot be served: a page that says what happened and what
to do. An unexpected failure is logged with its type and stack but never its message (messages
of database and parsing errors can quote the personal data being saved)."""

from __future__ import annotations

import logging
import traceback

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import PlainTextResponse, Response
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from requestdesk.review.changes import Forbidden
from requestdesk.review.security import SECURITY_HEADERS, TOO_LARGE, BodyTooLarge, CsrfError
from requestdesk.review.web import NotSignedIn, RoleRefused, redirect, render

log = logging.getLogger(__name__)

SERVER_ERROR = ("Something went wrong on the server, so your last action may not have been "
                "saved. Reload the page to check, then try again. If it keeps happening, tell "
                "your administrator the time it happened.")


class ServerErrors:
    """ASGI middleware: turns an unhandled exception into a 500 page without a traceback."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking)
        except Exception as exc:
            stack = "".join(traceback.format_tb(exc.__traceback__))
            log.error("request failed with %s\n%s", type(exc).__name__, stack)
            if not started:
                await _error_page(send)


async def _error_page(send: Send) -> None:
    body = SERVER_ERROR.encode()
    headers = [(name.encode(), value.encode()) for name, value in SECURITY_HEADERS.items()]
    headers += [(b"content-type", b"text/plain; charset=utf-8"),
                (b"content-length", str(len(body)).encode()), (b"cache-control", b"no-store")]
    await send({"type": "http.response.start", "status": 500, "headers": headers})
    await send({"type": "http.response.body", "body": body})


# (title, message, status) of the page shown for each refusal.
_PAGES: dict[type[Exception], tuple[str, str, int]] = {
    CsrfError: ("Form expired", "This form has expired or did not come from this site, so "
                "nothing was saved. Go back, reload the page and try again.", 403),
    RoleRefused: ("Not allowed for your role", "Your account's role may not do this. Ask a "
                  "colleague with the right role, or an administrator to change your role.", 403),
    RequestValidationError: ("Form incomplete", "The form arrived incomplete, so nothing was "
                             "saved. Reload the page and try again.", 400),
}
_PAGES[Forbidden] = _PAGES[RoleRefused]
NOT_FOUND = ("Not found", "This page does not exist. Go back to the queue and open the entry "
             "from there.", 404)
WRONG_METHOD = ("This address cannot be used this way. Go back to the queue and use the buttons "
                "on the page.")


def add_handlers(app: FastAPI) -> None:
    async def refused(request: Request, exc: Exception) -> Response:
        return _page(request, *next(v for k, v in _PAGES.items() if isinstance(exc, k)))

    for kind in _PAGES:
        app.add_exception_handler(kind, refused)
    app.add_exception_handler(NotSignedIn, _not_signed_in)
    app.add_exception_handler(BodyTooLarge, _too_large)
    app.add_exception_handler(HTTPException, _http_error)


def _page(request: Request, title: str, message: str, status: int) -> Response:
    return render(request, "message.html", {"title": title, "message": message},
                  status_code=status)


async def _not_signed_in(request: Request, _exc: Exception) -> Response:
    if request.method == "GET" and request.headers.get("sec-fetch-dest", "document") in (
            "document", "empty") and not request.url.path.endswith((".png", "/original")):
        return redirect("/login")
    return PlainTextResponse("Sign in first.", status_code=401)


async def _too_large(_request: Request, _exc: Exception) -> Response:
    return PlainTextResponse(TOO_LARGE, status_code=413)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        return _page(request, *NOT_FOUND)
    if exc.status_code == 405:
        return PlainTextResponse(WRONG_METHOD, status_code=405)
    return PlainTextResponse(str(exc.detail), status_code=exc.status_code)
