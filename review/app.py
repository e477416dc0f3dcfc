"""The review web app: ``create_app(settings)`` builds it; ``requestdesk web`` serves it."""

from __future__ import annotations

import logging
from pathlib import Path

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy.engine import Engine
from starlette.exceptions import HTTPException

from requestdesk.config import Settings
from requestdesk.review import routes_admin, routes_auth, routes_entry, routes_queue
from requestdesk.review.changes import Forbidden
from requestdesk.review.db import engine_for
from requestdesk.review.errors import ServerErrors
from requestdesk.review.pages import PageImages, private_dir
from requestdesk.review.security import (
    TOO_LARGE,
    BodyLimit,
    BodyTooLarge,
    CsrfError,
    HeadAsGet,
    SessionAndHeaders,
    check_csrf,
    secret_key,
)
from requestdesk.review.web import NotSignedIn, RoleRefused, make_templates, redirect, render

log = logging.getLogger(__name__)
STATIC = Path(__file__).parent / "static"
UPLOAD_BATCH_FILES = 4  # a request may carry this many maximum-size files


def create_app(settings: Settings, engine: Engine | None = None) -> FastAPI:
    app = FastAPI(title="requestdesk review", docs_url=None, redoc_url=None, openapi_url=None,
                  dependencies=[Depends(check_csrf)])
    app.state.settings = settings
    app.state.engine = engine or engine_for(settings.database_url)
    app.state.templates = make_templates()
    app.state.pages = PageImages(settings.originals_dir, private_dir(settings) / "page-cache")
    # Bounds what one request may make the server spool to disk (an upload of several files).
    app.add_middleware(BodyLimit,
                       upload_limit=settings.max_file_mb * 1024 * 1024 * UPLOAD_BATCH_FILES)
    app.add_middleware(SessionAndHeaders, secret=secret_key(settings))  # every reply
    app.add_middleware(HeadAsGet)
    app.add_middleware(ServerErrors)  # outermost but Starlette's own
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for module in (routes_auth, routes_queue, routes_entry, routes_admin):
        app.include_router(module.router)
    _handlers(app)
    return app


def _handlers(app: FastAPI) -> None:
    @app.exception_handler(NotSignedIn)
    async def not_signed_in(request: Request, _exc: NotSignedIn) -> Response:
        if request.method == "GET" and request.headers.get("sec-fetch-dest", "document") in (
                "document", "empty") and not _is_file(request.url.path):
            return redirect("/login")
        return PlainTextResponse("Sign in first.", status_code=401)

    @app.exception_handler(BodyTooLarge)
    async def too_large(_request: Request, _exc: BodyTooLarge) -> Response:
        return PlainTextResponse(TOO_LARGE, status_code=413)

    @app.exception_handler(CsrfError)
    async def csrf_refused(request: Request, _exc: CsrfError) -> Response:
        return render(request, "message.html", {
            "title": "Form expired",
            "message": "This form has expired or did not come from this site, so nothing was "
                       "saved. Go back, reload the page and try again."}, status_code=403)

    @app.exception_handler(RoleRefused)
    @app.exception_handler(Forbidden)
    async def refused(request: Request, _exc: Exception) -> Response:
        return render(request, "message.html", {
            "title": "Not allowed for your role",
            "message": "Your account's role may not do this. Ask a colleague with the right "
                       "role, or an administrator to change your role."}, status_code=403)

    @app.exception_handler(RequestValidationError)
    async def incomplete(request: Request, _exc: RequestValidationError) -> Response:
        return render(request, "message.html", {
            "title": "Form incomplete",
            "message": "The form arrived incomplete, so nothing was saved. Reload the page and "
                       "try again."}, status_code=400)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if exc.status_code == 404:
            return render(request, "message.html", {
                "title": "Not found",
                "message": "This page does not exist. Go back to the queue and open the entry "
                           "from there."}, status_code=404)
        return PlainTextResponse(str(exc.detail), status_code=exc.status_code)


def _is_file(path: str) -> bool:
    return path.endswith((".png", "/original"))
