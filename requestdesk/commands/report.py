"""``requestdesk report``: the request log for a period as PDF, CSV and/or XLSX."""

from __future__ import annotations

import getpass
from datetime import date
from pathlib import Path

import typer
from rich.console import Console

out = Console()
err = Console(stderr=True)


def register(app: typer.Typer) -> None:
    app.command("report")(report)


def _fail(message: str) -> typer.Exit:
    err.print(f"[red]{message}[/red]")
    return typer.Exit(2)


def report(
    period: str | None = typer.Option(
        None, "--period", "-p", help="A quarter (2026-Q3), a month (2026-07) or a year (2026)."
    ),
    start: str | None = typer.Option(None, "--from", help="First day, YYYY-MM-DD (with --to)."),
    end: str | None = typer.Option(None, "--to", help="Last day, YYYY-MM-DD (with --from)."),
    fmt: str = typer.Option("all", "--format", "-f", help="pdf, csv, xlsx or all."),
    out_dir: Path = typer.Option(Path("."), "--out", "-o", help="Folder to write the files to."),
    by: str | None = typer.Option(None, "--by", help="Who makes the report (default: you)."),
    draft: bool = typer.Option(
        False, "--draft", help="Do not record this report (no snapshot for later corrections)."
    ),
    config: Path | None = typer.Option(None, "--config", help="Configuration file."),
    database_url: str | None = typer.Option(None, "--database-url", help="Database URL."),
) -> None:
    """Write the request log for a period; the run and its rows are recorded so later
    corrections show in the next report."""
    from requestdesk.config import load_settings
    from requestdesk.models.database import DatabaseUnavailable, open_database, session_scope
    from requestdesk.reporting.files import FORMATS, write_report
    from requestdesk.reporting.period import PeriodError, parse_period, period_between
    from requestdesk.reporting.report import build_report, record_report

    formats = FORMATS if fmt == "all" else (fmt,)
    if fmt != "all" and fmt not in FORMATS:
        raise _fail(f"Unknown format {fmt!r}. Use pdf, csv, xlsx or all.")
    try:
        if period and not (start or end):
            chosen = parse_period(period)
        elif start and end and not period:
            chosen = period_between(date.fromisoformat(start), date.fromisoformat(end))
        else:
            raise _fail("Give either --period (e.g. 2026-Q3) or both --from and --to.")
    except (PeriodError, ValueError) as exc:
        if isinstance(exc, PeriodError):
            raise _fail(str(exc)) from None
        raise _fail("Write --from and --to dates as YYYY-MM-DD, e.g. 2026-07-01.") from None
    try:
        settings = load_settings(config, database_url=database_url)
        engine = open_database(settings.database_url)
    except (DatabaseUnavailable, ValueError, OSError) as exc:
        raise _fail(str(exc)) from None
    with session_scope(engine) as session:
        built = build_report(session, chosen, settings)
        if not draft:
            record_report(session, built, by or getpass.getuser())
        written = write_report(built, out_dir, formats)
    totals = built.totals.overall
    out.print(
        f"Report {chosen.label}: {totals.requests} requests logged ({totals.granted} granted, "
        f"{totals.partly_granted} partly granted, {totals.denied} denied, {totals.undecided} "
        f"awaiting decision); {len(built.pending)} pending review; "
        f"{len(built.corrections)} corrected since an earlier report."
    )
    for path in written:
        out.print(f"  wrote {path}")
    if draft:
        out.print("Draft: not recorded.")
