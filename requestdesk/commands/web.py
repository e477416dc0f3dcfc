"""``requestdesk web``: serve the review app (sign-in, queue, entries, decisions, upload)."""

from __future__ import annotations

import os
from pathlib import Path

import typer
from rich.console import Console

from requestdesk.config import load_settings

err = Console(stderr=True)
LOOPBACK = frozenset({"127.0.0.1", "::1", "localhost"})
CONFIG_HELP = "Configuration file (default requestdesk.toml, env REQUESTDESK_CONFIG)."


def register(app: typer.Typer) -> None:
    @app.command("web")
    def web(
        host: str | None = typer.Option(None, "--host", help="Address to listen on "
                                        "(default 127.0.0.1, env REQUESTDESK_WEB_HOST)."),
        port: int | None = typer.Option(None, "--port", help="Port (default 8765)."),
        database_url: str | None = typer.Option(None, "--database-url", help="Database URL."),
        config: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
        workers: int | None = typer.Option(None, "--workers", min=1, max=16,
                                           help="Server processes (default 2, env REQUESTDESK_WEB_WORKERS; "
                                           "more serve more reviewers at once)."),
    ) -> None:
        """Serve the review app in the browser. Add accounts first with `requestdesk user add`."""
        from requestdesk.models.database import DatabaseUnavailable
        from requestdesk.review.server import run

        try:
            settings = load_settings(config, web_host=host, web_port=port,
                                     database_url=database_url, web_workers=workers)
        except (ValueError, OSError) as exc:
            err.print(f"[red]The configuration could not be read:[/red] {exc}")
            raise typer.Exit(2) from None
        # Worker processes read their settings from the environment, like flow runs do.
        if config is not None:
            os.environ["REQUESTDESK_CONFIG"] = str(config.resolve())
        if database_url is not None:
            os.environ["REQUESTDESK_DATABASE_URL"] = database_url
        err.print(f"Review app on http://{settings.web_host}:{settings.web_port}/ "
                  "(Ctrl-C to stop)")
        if settings.web_host not in LOOPBACK:
            err.print("[yellow]Listening beyond this computer over plain http: passwords and "
                      "personal data would cross the network unencrypted. Put an https reverse "
                      "proxy in front, or use the default address 127.0.0.1.[/yellow]")
        try:
            run(settings, workers=settings.web_workers)
        except DatabaseUnavailable as exc:
            err.print(f"[red]{exc}[/red]")
            raise typer.Exit(2) from None
