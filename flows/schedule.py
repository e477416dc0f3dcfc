"""``requestdesk serve``: Prefect ``serve`` on the configured interval or cron line, a watcher
that starts a run within seconds of a drop, and the review web app when it is installed."""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable
from datetime import timedelta

from requestdesk.config import Settings
from requestdesk.flows.inbox_flow import inbox_flow, run_inbox
from requestdesk.flows.watch import InboxWatcher

log = logging.getLogger(__name__)


def start_web(settings: Settings) -> threading.Thread | None:
    """The review app (``requestdesk.review.server.run``, as ``requestdesk web`` serves it) in a
    background thread; ``None`` when the review app is not installed."""
    try:
        server = importlib.import_module("requestdesk.review.server")
    except ModuleNotFoundError:
        return None
    thread = threading.Thread(target=server.run, args=(settings,), name="review-web",
                              daemon=True)
    thread.start()
    return thread


def serve(settings: Settings, web: bool = True, say: Callable[[str], object] = print) -> None:
    """Blocks until interrupted (Ctrl-C or SIGTERM)."""
    from prefect import serve as prefect_serve

    schedule: dict[str, object] = (
        {"cron": settings.schedule_cron} if settings.schedule_cron
        else {"interval": timedelta(seconds=settings.schedule_interval)}
    )
    deployment = inbox_flow.to_deployment(name="inbox", **schedule)  # type: ignore[arg-type]
    # A first pass takes what is already waiting, and starts Prefect's temporary server (when no
    # PREFECT_API_URL is set) before any other thread needs it: two threads starting it at once
    # can wait on each other for good.
    try:
        run_inbox(settings)
    except Exception as exc:  # what is left is finished by the next run
        log.warning("first inbox run did not finish: %s", type(exc).__name__)
    watcher = InboxWatcher(settings.inbox, lambda: run_inbox(settings), settings.stable_seconds)
    watcher.start()
    when = settings.schedule_cron or f"every {settings.schedule_interval:g} seconds"
    say(f"Watching {settings.inbox}; also taking files {when}.")
    if web and start_web(settings) is not None:
        say(f"Review app on http://{settings.web_host}:{settings.web_port}/")
    try:
        prefect_serve(deployment, print_starting_message=False)
    finally:
        watcher.stop()
