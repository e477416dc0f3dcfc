"""The last resort for a request that failed inside the app: a plain page that says what to do,
and a log line with the error's type and stack but never its message (messages of database and
parsing errors can quote the personal data being saved)."""

from __future__ import annotations

import logging
import traceback

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from requestdesk.review.security import SECURITY_HEADERS

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
