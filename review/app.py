"""The review web app: ``create_app(settings)`` builds it; ``requestdesk web`` serves it."""

from __future__ import annotations

import shutil
from pathlib import Path

from fastapi import Depends, FastAPI
from fastapi.staticfiles import StaticFiles
from sqlalchemy.engine import Engine

from requestdesk.config import Settings
from requestdesk.review import (
    routes_admin,
    routes_auth,
    routes_entry,
    routes_queue,
    routes_report,
)
from requestdesk.review.db import engine_for
from requestdesk.review.errors import ServerErrors, add_handlers
from requestdesk.review.pages import PageImages, private_dir
from requestdesk.review.security import (
    BodyLimit,
    HeadAsGet,
    SessionAndHeaders,
    check_csrf,
    secret_key,
)
from requestdesk.review.web import make_templates

STATIC = Path(__file__).parent / "static"
UPLOAD_BATCH_FILES = 4  # a request may carry this many maximum-size files


def create_app(settings: Settings, engine: Engine | None = None) -> FastAPI:
    app = FastAPI(title="requestdesk review", docs_url=None, redoc_url=None, openapi_url=None,
                  dependencies=[Depends(check_csrf)])
    app.state.settings = settings
    app.state.engine = engine or engine_for(settings.database_url)
    app.state.templates = make_templates()
    app.state.pages = PageImages(settings.originals_dir, private_dir(settings) / "page-cache")
    # Earlier versions kept page images in a world-readable folder: remove them.
    shutil.rmtree(settings.base / "page-cache", ignore_errors=True)
    # Bounds what one request may make the server spool to disk (an upload of several files).
    app.add_middleware(BodyLimit,
                       upload_limit=settings.max_file_mb * 1024 * 1024 * UPLOAD_BATCH_FILES)
    app.add_middleware(SessionAndHeaders, secret=secret_key(settings))  # every reply
    app.add_middleware(HeadAsGet)
    app.add_middleware(ServerErrors)  # outermost but Starlette's own
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for module in (routes_auth, routes_queue, routes_entry, routes_admin, routes_report):
        app.include_router(module.router)
    add_handlers(app)
    return app

