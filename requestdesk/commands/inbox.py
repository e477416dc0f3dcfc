"""``requestdesk run`` (one pass over the inbox), ``requestdesk serve`` (on a schedule, on every
drop, with the review app) and ``requestdesk db`` (schema upgrades)."""

from __future__ import annotations

import os
from pathlib import Path

import typer
from rich.console import Console

from requestdesk.config import Settings, load_settings

err = Console(stderr=True)
out = Console()

INBOX_HELP = "Inbox folder to take files from (env REQUESTDESK_INBOX)."
DB_HELP = "Database URL, e.g. postgresql://user@host/db (env REQUESTDESK_DATABASE_URL)."
CONFIG_HELP = "Configuration file (default requestdesk.toml, env REQUESTDESK_CONFIG)."


def settings_from_flags(
    config: Path | None, inbox: Path | None, database_url: str | None, **more: object,
) -> Settings:
    """Settings with the flags applied. The flags are also exported as ``REQUESTDESK_*`` so that
    flow runs Prefect starts in other processes (``serve``) see the same configuration."""
    try:
        settings = load_settings(config, inbox=inbox, database_url=database_url, **more)
    except (ValueError, OSError) as exc:
        err.print(f"[red]The configuration could not be read:[/red] {exc}")
        raise typer.Exit(2) from None
    if config is not None:
        os.environ["REQUESTDESK_CONFIG"] = str(config.resolve())
    if inbox is not None:
        os.environ["REQUESTDESK_INBOX"] = str(inbox.resolve())
    if database_url is not None:
        os.environ["REQUESTDESK_DATABASE_URL"] = database_url
    return settings


def _open_or_exit(url: str) -> None:
    from requestdesk.models.database import DatabaseUnavailable, open_database

    try:
        open_database(url)
    except DatabaseUnavailable as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from None


def describe(counts: dict[str, int], settings: Settings) -> str:
    taken = counts["entry"] + counts["duplicate"] + counts["quarantined"]
    lines = [
        f"Took {taken} file(s): {counts['entry']} new entr{'y' if counts['entry'] == 1 else 'ies'}"
        f" for review, {counts['duplicate']} duplicate(s) of earlier files, "
        f"{counts['quarantined']} could not be read."
    ]
    if counts["quarantined"]:
        lines.append(f"Unreadable files are in {settings.quarantine_dir}, each with a "
                     "NAME.reason.txt that says why and what to do.")
    if counts["still_copying"]:
        lines.append(f"{counts['still_copying']} file(s) were still being copied into the inbox; "
                     "the next run will take them.")
    return "\n".join(lines)


def register(app: typer.Typer) -> None:
    @app.command("run")
    def run_command(
        inbox: Path | None = typer.Option(None, "--inbox", help=INBOX_HELP),
        database_url: str | None = typer.Option(None, "--database-url", help=DB_HELP),
        config: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
        stable_seconds: float | None = typer.Option(
            None, "--stable-seconds", help="Take a file only once unchanged this long."),
        workers: int | None = typer.Option(None, "--workers", help="Files read at once."),
    ) -> None:
        """Take every file in the inbox now (one flow run) and add it to the review queue."""
        settings = settings_from_flags(config, inbox, database_url,
                                       stable_seconds=stable_seconds, workers=workers)
        if not settings.inbox.is_dir():
            err.print(f"[red]The inbox folder {settings.inbox} does not exist.[/red] Create it "
                      "or set --inbox / REQUESTDESK_INBOX to the shared inbox folder.")
            raise typer.Exit(2)
        _open_or_exit(settings.database_url)
        from requestdesk.flows.inbox_flow import IntakeIncomplete, run_inbox
        from requestdesk.flows.placing import IntakeConfigError

        try:
            counts = run_inbox(settings)
        except IntakeConfigError as exc:
            err.print(f"[red]{exc}[/red]")
            raise typer.Exit(2) from None
        except IntakeIncomplete as exc:
            err.print(f"[yellow]{exc}.[/yellow] Check that the database is reachable and that "
                      "the archive and quarantine folders are writable; nothing is lost.")
            raise typer.Exit(1) from None
        out.print(describe(counts, settings))

    @app.command("serve")
    def serve_command(
        inbox: Path | None = typer.Option(None, "--inbox", help=INBOX_HELP),
        database_url: str | None = typer.Option(None, "--database-url", help=DB_HELP),
        config: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
        web: bool = typer.Option(True, "--web/--no-web", help="Also serve the review app."),
    ) -> None:
        """Keep taking files: on the configured schedule and within seconds of a drop."""
        settings = settings_from_flags(config, inbox, database_url)
        settings.inbox.mkdir(parents=True, exist_ok=True)
        _open_or_exit(settings.database_url)
        from requestdesk.flows.schedule import serve

        serve(settings, web=web, say=out.print)

    db = typer.Typer(help="Database schema (migrations).", no_args_is_help=True)
    app.add_typer(db, name="db")

    @db.command("upgrade")
    def db_upgrade(
        database_url: str | None = typer.Option(None, "--database-url", help=DB_HELP),
        config: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
    ) -> None:
        """Bring the database schema up to date (also done by every command that opens it)."""
        from requestdesk.models.database import current_revision, make_engine

        settings = settings_from_flags(config, None, database_url)
        _open_or_exit(settings.database_url)
        revision = current_revision(make_engine(settings.database_url))
        out.print(f"Database schema is at revision {revision}.")

    @db.command("revision")
    def db_revision(
        message: str = typer.Option(..., "--message", "-m", help="What changed."),
        database_url: str | None = typer.Option(None, "--database-url", help=DB_HELP),
    ) -> None:
        """(Developers) write a new migration from the difference between models and database."""
        from alembic import command

        from requestdesk.models.database import alembic_config, make_engine

        settings = settings_from_flags(None, None, database_url)
        _open_or_exit(settings.database_url)
        with make_engine(settings.database_url).begin() as conn:
            command.revision(alembic_config(conn), message=message, autogenerate=True)
