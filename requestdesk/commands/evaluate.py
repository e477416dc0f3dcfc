"""``requestdesk eval DIR``: per-field scores of extraction against a labelled sample folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from requestdesk.eval_mistakes import SealedSetError
from requestdesk.evaluate import BARS, check_bars, evaluate_folder, find_cases


def _table(summary: dict[str, Any]) -> Table:
    table = Table(title=f"Extraction scores ({summary['documents']} documents, "
                        f"{summary['rejected']} rejected)")
    table.add_column("field")
    table.add_column("score", justify="right")
    table.add_column("bar", justify="right")

    def row(label: str, value: float | int, key: str | None = None) -> None:
        bar = BARS.get(key or "")
        shown = f"{value:.3f}" if isinstance(value, float) else str(value)
        table.add_row(label, shown, f"≥ {bar:.2f}" if bar else "")

    row("agency accuracy", summary["agency_accuracy"], "agency_accuracy")
    row("requestor accuracy", summary["requestor_accuracy"], "requestor_accuracy")
    row("  (accent-insensitive)", summary["requestor_accuracy_accent_insensitive"])
    row("  (and middle initials ignored)", summary["requestor_accuracy_without_initials"])
    for name, key in (("subjects", "subjects"), ("  (accent-insensitive)",
                                                 "subjects_accent_insensitive")):
        s = summary[key]
        row(f"{name} P / R", s["precision"])
        table.add_row("", f"{s['recall']:.3f}", "")
        row(f"{name} F1", s["f1"], "subjects_f1" if key == "subjects" else None)
    row("DOB accuracy (matched subjects)", summary["dob_accuracy_on_matched"])
    row("legal basis P", summary["basis"]["precision"])
    row("legal basis R", summary["basis"]["recall"])
    row("legal basis F1", summary["basis_f1"], "basis_f1")
    row("  (federal citations only) F1", summary["basis_federal"]["f1"])
    row("  (state law compared by state, kind, section) F1", summary["basis_same_law"]["f1"])
    row("process type accuracy", summary["process_accuracy"], "process_accuracy")
    row("court_issued accuracy", summary["court_issued_accuracy"])
    table.add_row("admin/detainer called court-issued",
                  str(summary["admin_called_court_issued"]), "= 0")
    row("purpose accuracy", summary["purpose_accuracy"], "purpose_accuracy")
    row("records requested F1", summary["records"]["f1"])
    row("channel accuracy", summary["channel_accuracy"])
    return table


_SHORT = {"judicial_warrant": "jud.warrant", "court_order": "crt.order",
          "grand_jury_subpoena": "grand jury", "court_subpoena": "crt.subp.",
          "administrative_subpoena": "adm.subp.", "administrative_warrant": "adm.warrant",
          "detainer": "detainer", "none": "none"}


def _confusion(summary: dict[str, Any]) -> Table:
    confusion = summary["process_confusion"]
    labels = [k for k in _SHORT if k in confusion or any(k in r for r in confusion.values())]
    table = Table(title="Process type: expected (rows) × predicted (columns)")
    table.add_column("expected", no_wrap=True)
    for label in labels:
        table.add_column(_SHORT[label], justify="right")
    for exp in labels:
        if exp in confusion:
            table.add_row(exp, *[str(confusion[exp].get(p, "")) for p in labels])
    return table


def _formats(summary: dict[str, Any]) -> Table:
    table = Table(title="By format (accuracy)")
    fields = ["documents", "agency", "requestor", "process", "court_issued", "purpose"]
    table.add_column("format", no_wrap=True)
    for f in fields:
        table.add_column(f, justify="right")
    for fmt, values in summary["per_format"].items():
        table.add_row(fmt, *[str(values.get(f, "")) if f == "documents"
                             else f"{values.get(f, 0):.3f}" for f in fields])
    return table


def register(app: typer.Typer) -> None:
    @app.command("eval")
    def eval_command(
        folder: Path = typer.Argument(..., help="Folder of documents with <id>.expected.json."),
        as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
        only: str | None = typer.Option(None, "--only",
                                        help="Only one process type or format "
                                             "(e.g. administrative_subpoena, scanned)."),
        check: bool = typer.Option(False, "--check",
                                   help="Exit 1 when a bar from the issue is not met."),
        min_process: float | None = typer.Option(None, "--min-process"),
        min_agency: float | None = typer.Option(None, "--min-agency"),
        min_subjects: float | None = typer.Option(None, "--min-subjects"),
        min_basis: float | None = typer.Option(None, "--min-basis"),
        min_purpose: float | None = typer.Option(None, "--min-purpose"),
        min_requestor: float | None = typer.Option(None, "--min-requestor"),
        workers: int = typer.Option(2, "--workers", min=1, help="Files extracted at once."),
        mistakes: bool = typer.Option(False, "--mistakes",
                                      help="Also print each document's differences from its "
                                           "label (refused for a sealed set)."),
    ) -> None:
        """Compare extraction with the expected records in FOLDER and print per-field scores."""
        console = Console(stderr=as_json)
        if not folder.is_dir():
            console.print(f"[red]{folder} is not a folder. Give the folder that holds the "
                          "sample documents and their .expected.json files.[/red]")
            raise typer.Exit(2)
        total = len(find_cases(folder))
        if total == 0:
            console.print(f"[red]No labelled documents (<id>.expected.json beside a document) "
                          f"in {folder}.[/red]")
            raise typer.Exit(2)
        with Progress(console=Console(stderr=True), transient=True) as progress:
            task = progress.add_task("Extracting", total=total)
            try:
                summary = evaluate_folder(folder, only, workers,
                                          lambda: progress.advance(task), mistakes)
            except SealedSetError as exc:
                console.print(f"[red]{exc} Leave out --mistakes.[/red]")
                raise typer.Exit(2) from None
        bars = dict(BARS) if check else {}
        for key, value in (("process_accuracy", min_process), ("agency_accuracy", min_agency),
                           ("subjects_f1", min_subjects), ("basis_f1", min_basis),
                           ("purpose_accuracy", min_purpose),
                           ("requestor_accuracy", min_requestor)):
            if value is not None:
                bars[key] = value
        failures = check_bars(summary, bars) if bars or check else []
        if as_json:
            typer.echo(json.dumps(summary | {"failures": failures}, indent=2))
        else:
            console.print(_table(summary))
            console.print(_confusion(summary))
            console.print(_formats(summary))
            worst = ", ".join(f"{w['id']} ({w['mistakes']})" for w in summary["worst"])
            console.print(f"Worst documents: {worst or 'none'}")
            for doc_id, found in summary.get("mistakes", {}).items():
                console.print(f"[bold]{doc_id}[/bold]", json.dumps(found, ensure_ascii=False))
            for failure in failures:
                console.print(f"[red]Below the bar:[/red] {failure}")
        if failures:
            raise typer.Exit(1)
