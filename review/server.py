"""Serving the review app with uvicorn (``requestdesk web``)."""

from __future__ import annotations

import os
import threading
from typing import Any

import uvicorn
from fastapi import FastAPI

from requestdesk.config import Settings, load_settings
from requestdesk.extractors.guard import run_isolated
from requestdesk.review.app import create_app
from requestdesk.review.pages import RENDER_LIMITS


def app_from_env() -> FastAPI:
    """Factory for worker processes: settings from the config file and ``REQUESTDESK_*``."""
    warm_renderer()
    return create_app(load_settings())


def warm_renderer() -> None:
    """Start the bounded page renderer's process server in the background, so the first
    reviewer to open an entry does not wait for it."""
    threading.Thread(target=run_isolated, args=(os.getpid,),
                     kwargs={"limits": RENDER_LIMITS}, name="warm-renderer", daemon=True).start()


def run(settings: Settings, workers: int = 1) -> None:
    """Serve until interrupted. The access log stays off: the app keeps personal data out of
    URLs, and request lines are still not worth keeping. With ``workers > 1`` each process
    builds the app from the environment, so the caller must have exported its settings."""
    options: dict[str, Any] = dict(
        host=settings.web_host, port=settings.web_port, access_log=False, log_level="warning",
        server_header=False, proxy_headers=True, forwarded_allow_ips="127.0.0.1")
    if workers > 1:
        uvicorn.run("requestdesk.review.server:app_from_env", factory=True, workers=workers,
                    **options)
    else:
        warm_renderer()
        uvicorn.run(create_app(settings), **options)
