"""``requestdesk user add|list|unlock|passwd|role|deactivate|activate``: local accounts of the review app."""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table
from sqlalchemy.engine import Engine

from requestdesk.config import load_settings
from requestdesk.models.users import ROLES

err = Console(stderr=True)
out = Console()
CONFIG_HELP = "Configuration file (default requestdesk.toml, env REQUESTDESK_CONFIG)."


def _engine(config: Path | None, database_url: str | None) -> Engine:
    from requestdesk.models.database import DatabaseUnavailable, open_database

    try:
        settings = load_settings(config, database_url=database_url)
        return open_database(settings.database_url)
    except (ValueError, OSError) as exc:
        err.print(f"[red]The configuration could not be read:[/red] {exc}")
        raise typer.Exit(2) from None
    except DatabaseUnavailable as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from None


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))


def register(app: typer.Typer) -> None:
    users = typer.Typer(help="Manage the review app's accounts.", no_args_is_help=True)
    app.add_typer(users, name="user")

    database_opt = typer.Option(None, "--database-url", help="Database URL.")
    config_opt = typer.Option(None, "--config", help=CONFIG_HELP)

    @users.command("add")
    def add(
        name: str = typer.Argument(..., help="User name used to sign in."),
        role: str = typer.Option(..., "--role", help=f"One of: {', '.join(ROLES)}."),
        display_name: str | None = typer.Option(None, "--display-name", help="Full name."),
        password_stdin: bool = typer.Option(False, "--password-stdin",
                                            help="Read the password from standard input."),
        database_url: str | None = database_opt,
        config: Path | None = config_opt,
    ) -> None:
        """Create an account (asks for the password unless --password-stdin)."""
        from requestdesk.review.auth import AccountError, add_user

        _check_role(role)
        engine = _engine(config, database_url)
        try:
            add_user(engine, name, role, _password(password_stdin), display_name)
        except AccountError as exc:
            err.print(f"[red]{exc}[/red]")
            raise typer.Exit(1) from None
        out.print(f"Account {name} ({role}) created.")

    @users.command("list")
    def list_users(database_url: str | None = database_opt,
                   config: Path | None = config_opt) -> None:
        """Show every account, its role and whether it is locked."""
        from requestdesk.review.auth import list_users as all_users

        rows = all_users(_engine(config, database_url))
        table = Table("user", "role", "active", "locked until")
        for user in rows:
            table.add_row(user.username, user.role, "yes" if user.active else "no",
                          str(user.locked_until or ""))
        out.print(table)

    @users.command("unlock")
    def unlock(name: str, database_url: str | None = database_opt,
               config: Path | None = config_opt) -> None:
        """Clear a lock-out after repeated failed sign-ins."""
        _change(name, "unlock", False, database_url, config)

    @users.command("passwd")
    def passwd(name: str, password_stdin: bool = typer.Option(False, "--password-stdin"),
               database_url: str | None = database_opt,
               config: Path | None = config_opt) -> None:
        """Set a new password (also unlocks the account)."""
        _change(name, "passwd", password_stdin, database_url, config)

    @users.command("deactivate")
    def deactivate(name: str, database_url: str | None = database_opt,
                   config: Path | None = config_opt) -> None:
        """Stop an account from signing in (its history stays)."""
        _change(name, "deactivate", False, database_url, config)

    @users.command("activate")
    def activate(name: str, database_url: str | None = database_opt,
                 config: Path | None = config_opt) -> None:
        """Let a deactivated account sign in again."""
        _change(name, "activate", False, database_url, config)

    @users.command("role")
    def role(name: str,
             new_role: str = typer.Option(..., "--role", help=f"One of: {', '.join(ROLES)}."),
             database_url: str | None = database_opt,
             config: Path | None = config_opt) -> None:
        """Change an account's role (its open sessions end where the schema allows)."""
        _check_role(new_role)
        _change(name, "role", False, database_url, config, new_role)


def _check_role(role: str) -> None:
    if role not in ROLES:
        err.print(f"[red]Unknown role.[/red] Choose one of: {', '.join(ROLES)}.")
        raise typer.Exit(2)


def _change(name: str, action: str, password_stdin: bool, database_url: str | None,
            config: Path | None, role: str = "") -> None:
    from requestdesk.review import auth

    engine = _engine(config, database_url)
    try:
        if action == "unlock":
            auth.unlock(engine, name)
        elif action == "passwd":
            auth.set_password(engine, name, _password(password_stdin))
        elif action == "role":
            auth.set_role(engine, name, role)
        else:
            auth.set_active(engine, name, action == "activate")
    except auth.AccountError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(1) from None
    out.print(f"Account {name} updated.")
