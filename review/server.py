"""Serving the review app with uvicorn (``requestdesk web``)."""

from __future__ import annotations

import uvicorn

from requestdesk.config import Settings
from requestdesk.review.app import create_app


def run(settings: Settings) -> None:
    """Serve until interrupted. The access log stays off: the app keeps personal data out of
    URLs, and request lines are still not worth keeping."""
    config = uvicorn.Config(create_app(settings), host=settings.web_host, port=settings.web_port,
                            access_log=False, log_level="warning", server_header=False,
                            proxy_headers=True, forwarded_allow_ips="127.0.0.1")
    uvicorn.Server(config).run()
