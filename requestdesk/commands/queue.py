"""``requestdesk queue`` (the review queue: overdue and due-soon entries first, then newest
first; ``--overdue`` lists only those) and ``requestdesk show ID``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.console import Console
from rich.table import Table
from sqlmodel import Session, col, select

from requestdesk.commands.inbox import CONFIG_HELP, DB_HELP, INBOX_HELP, settings_from_flags

if TYPE_CHECKING:
    from requestdesk.models.store import EntryDetail, QueueItem

out = Console(width=None if sys.stdout.isatty() else 120)
STATUS_SHORT = {"pending_review": "pending", "confirmed": "confirmed", "decided": "decided"}
err = Console(stderr=True)

PROCESS_SHORT = {
    "judicial_warrant": "judicial warrant", "court_order": "court order",
    "grand_jury_subpoena": "grand jury subpoena", "court_subpoena": "court subpoena",
    "administrative_subpoena": "admin. subpoena", "administrative_warrant": "admin. warrant",
    "detainer": "detainer", "none": "none",
}


DUE_WORDS = {
    "overdue": "[bold red]overdue[/bold red]", "due_soon": "[yellow]due soon[/yellow]",
    "open": "", "answered": "[dim]answered[/dim]", "no_due_date": "",
}


def _due(item: QueueItem) -> str:
    if item.due_on is None:
        return "-"
    word = DUE_WORDS.get(item.due, "")
    return f"{item.due_on:%Y-%m-%d} {word}".rstrip()


def _session(database_url: str) -> Session:
    from requestdesk.models.database import DatabaseUnavailable, open_database

    try:
        engine = open_database(database_url)
    except DatabaseUnavailable as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from None
    return Session(engine, expire_on_commit=False)


def _find(session: Session, ident: str) -> str | None:
    """A full public id, or a unique prefix of one (as the queue table shows)."""
    from requestdesk.models.entries import Entry

    stmt = select(Entry.public_id).where(col(Entry.public_id).startswith(ident.lower())).limit(2)
    found = list(session.exec(stmt))
    return found[0] if len(found) == 1 else None


def _text(value: Any) -> str:
    if value is None or value == [] or value == "":
        return "-"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def detail_json(detail: EntryDetail) -> dict[str, Any]:
    entry = detail.entry
    return {
        "id": entry.public_id, "status": entry.status,
        "received_at": entry.received_at.isoformat(), "source": entry.source_name,
        "sha256": entry.sha256, "pages": entry.pages, "ocr_pages": entry.ocr_pages,
        "fields": {f.name: {"proposed": f.proposed, "value": f.value, "confirmed": f.confirmed}
                   for f in detail.fields},
        "subjects": [{"name": s.name, "dob": s.dob, "identifiers": s.identifiers,
                      "removed": s.removed} for s in detail.subjects],
        "citations": [{"citation": c.citation, "normalized": c.normalized}
                      for c in detail.citations],
        "evidence": [{"field": e.field, "page": e.page, "box": e.box, "text": e.text,
                      "confidence": e.confidence} for e in detail.evidence],
        "events": [{"at": e.at.isoformat(), "actor": e.actor, "action": e.action,
                    "field": e.field} for e in detail.events],
        "duplicates": [{"source": d.source_name, "received_at": d.received_at.isoformat()}
                       for d in detail.duplicates],
    }


def detail_tables(detail: EntryDetail) -> list[Table]:
    entry = detail.entry
    head = Table(title=f"Entry {entry.public_id}", show_header=False, title_justify="left")
    head.add_column("what", style="bold")
    head.add_column("value")
    head.add_row("Status", entry.status)
    head.add_row("Received", entry.received_at.strftime("%Y-%m-%d %H:%M"))
    head.add_row("File", f"{entry.source_name} [dim]sha256 {entry.sha256[:16]}...[/dim]")
    head.add_row("Pages", f"{entry.pages} ({entry.ocr_pages} read by OCR)")
    for f in detail.fields:
        mark = " [green](confirmed)[/green]" if f.confirmed else ""
        changed = f" [dim](proposed {_text(f.proposed)})[/dim]" if f.value != f.proposed else ""
        head.add_row(f.name.replace("_", " "), _text(f.value) + changed + mark)
    for s in detail.subjects:
        if not s.removed:
            ids = ", ".join(f"{i.get('type')} {i.get('value')}" for i in s.identifiers)
            head.add_row("Subject", " ".join(x for x in (s.name, s.dob and f"born {s.dob}", ids)
                                             if x))
    for c in detail.citations:
        head.add_row("Legal basis", f"{c.citation} [dim]({c.normalized})[/dim]")
    for d in detail.duplicates:
        head.add_row("Received again", f"{d.received_at:%Y-%m-%d %H:%M} as {d.source_name}")
    evidence = Table(title="Evidence", title_justify="left")
    for name in ("Field", "Page", "Box", "Text", "Conf."):
        evidence.add_column(name)
    for e in detail.evidence:
        evidence.add_row(e.field, _text(e.page), _text(e.box), e.text[:120],
                         "-" if e.confidence is None else f"{e.confidence:.2f}")
    history = Table(title="History", title_justify="left")
    for name in ("When", "Who", "What", "Field"):
        history.add_column(name)
    for ev in detail.events:
        history.add_row(f"{ev.at:%Y-%m-%d %H:%M}", ev.actor, ev.action, ev.field or "")
    return [head, evidence, history]


def register(app: typer.Typer) -> None:
    @app.command("queue")
    def queue_command(
        as_json: bool = typer.Option(False, "--json", help="One JSON object per entry."),
        status: str | None = typer.Option(
            None, "--status", help="Only entries of this status (pending_review, confirmed, "
            "decided)."),
        limit: int | None = typer.Option(None, "--limit", help="At most this many entries."),
        overdue: bool = typer.Option(
            False, "--overdue", help="Only unanswered entries past their due date, then those "
            "due within a week."),
        inbox: Path | None = typer.Option(None, "--inbox", help=INBOX_HELP),
        database_url: str | None = typer.Option(None, "--database-url", help=DB_HELP),
        config: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
    ) -> None:
        """List the request log: overdue and due-soon entries first, then newest first."""
        from requestdesk.models.store import list_due, list_queue

        settings = settings_from_flags(config, inbox, database_url)
        with _session(settings.database_url) as session:
            if overdue:
                items = list_due(session)
                if status:
                    items = [i for i in items if i.status == status]
                items = items[:limit] if limit else items
            else:
                items = list_queue(session, status=status, limit=limit)
        if as_json:
            for item in items:
                typer.echo(json.dumps(item.as_json(), ensure_ascii=False))
            return
        if not items:
            out.print("No entry is overdue or due within a week." if overdue else
                      "The queue is empty. Save requests into the inbox and run "
                      "'requestdesk run'.")
            return
        order = "overdue first" if overdue else "overdue and due soon first, then newest first"
        table = Table(title=f"{len(items)} entr{'y' if len(items) == 1 else 'ies'}, {order}")
        for name in ("Received", "Id", "Status", "Due", "Agency", "Subjects", "Process",
                     "Court"):
            table.add_column(name, no_wrap=name in {"Received", "Id", "Status", "Agency"})
        for item in items:
            names = [s["name"] for s in item.subjects if s["name"]]
            subjects = names[0] + (f" +{len(names) - 1}" if len(names) > 1 else "") if names else "-"
            table.add_row(
                item.received_at.strftime("%Y-%m-%d"), item.id[:8],
                STATUS_SHORT.get(item.status, item.status), _due(item),
                item.agency_key or "?", subjects,
                PROCESS_SHORT.get(item.process_type or "", item.process_type or "?"),
                "[green]yes[/green]" if item.court_issued else "no",
            )
        out.print(table)

    @app.command("show")
    def show_command(
        entry_id: str = typer.Argument(..., help="Entry id (or its first characters)."),
        as_json: bool = typer.Option(False, "--json", help="Print the entry as JSON."),
        inbox: Path | None = typer.Option(None, "--inbox", help=INBOX_HELP),
        database_url: str | None = typer.Option(None, "--database-url", help=DB_HELP),
        config: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
    ) -> None:
        """One entry with its fields and the evidence for each."""
        from requestdesk.models.store import get_entry

        settings = settings_from_flags(config, inbox, database_url)
        with _session(settings.database_url) as session:
            public_id = _find(session, entry_id)
            detail = get_entry(session, public_id) if public_id else None
            if detail is None:
                err.print(f"No entry has the id {entry_id!r}. 'requestdesk queue' lists the ids.")
                raise typer.Exit(1)
            if as_json:
                typer.echo(json.dumps(detail_json(detail), ensure_ascii=False, indent=2))
                return
            for table in detail_tables(detail):
                out.print(table)
