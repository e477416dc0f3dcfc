"""Prefect defaults for requestdesk, applied before Prefect is first imported.

Without ``PREFECT_API_URL`` Prefect starts a temporary local server for each command (about five
seconds), which is enough for ``requestdesk run`` on a fresh machine. In production point
``PREFECT_API_URL`` at a long-running ``prefect server start`` backed by PostgreSQL
(``PREFECT_API_DATABASE_CONNECTION_URL=postgresql+asyncpg://...``): Prefect's own SQLite database
stalls for seconds under load. Every value here is only a default; the environment wins.
"""

from __future__ import annotations

import logging
import os

DEFAULTS = {
    # No network at run time, and nothing about our documents leaves the machine.
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    # Prefect's per-run chatter ("Finished in state Completed()") is noise for a clerk.
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_RESULTS_PERSIST_BY_DEFAULT": "false",
    "PREFECT_SERVER_UI_ENABLED": "false",
    "PREFECT_UI_ENABLED": "false",
    # The temporary server can take a while to start on a busy two-core machine.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
}


def apply_defaults() -> None:
    for key, value in DEFAULTS.items():
        os.environ.setdefault(key, value)
    # Their INFO lines (every API request, every migration plugin) drown ours under --verbose.
    for name in ("httpx", "httpcore", "alembic"):
        logging.getLogger(name).setLevel(logging.WARNING)
