"""``requestdesk extract PATH... [--json]``: read files and print what each request says,
without touching any database."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from requestdesk.result import Extraction

if TYPE_CHECKING:
    from requestdesk.extractors.guard import ReadLimits

PROCESS_LABELS = {
    "judicial_warrant": "judicial warrant",
    "court_order": "court order",
    "grand_jury_subpoena": "grand jury subpoena",
    "court_subpoena": "court subpoena",
    "administrative_subpoena": "ADMINISTRATIVE subpoena (not court-issued)",
    "administrative_warrant": "ADMINISTRATIVE warrant (not court-issued)",
    "detainer": "immigration detainer (not court-issued)",
    "none": "no legal process attached",
}


def expand(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given; folders are walked (hidden files skipped), in name order."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                parts = child.relative_to(path).parts
                if child.is_file() and not any(p.startswith(".") for p in parts):
                    yield child
        else:
            yield path


def summary_table(result: Extraction) -> Table:
    table = Table(title=result.source, show_header=False, title_justify="left", expand=False)
    table.add_column("field", style="bold")
    table.add_column("value")
    if result.status == "rejected":
        table.add_row("Status", f"[red]Not read:[/red] {result.error}")
        return table
    req = result.requestor
    agency = " — ".join(x for x in (req.agency_name, req.component) if x) or "not found"
    table.add_row("Requesting agency", f"{agency} [dim]({req.agency_key})[/dim]")
    person = ", ".join(x for x in (req.person, req.title) if x) or "not found"
    contact = " ".join(x for x in (req.email, req.phone) if x)
    table.add_row("Requested by", person + (f" [dim]{contact}[/dim]" if contact else ""))
    subjects = [
        s.name + (f" (born {s.dob})" if s.dob else "")
        + "".join(f", {i.type} {i.value}" for i in s.identifiers)
        for s in result.subjects
    ]
    table.add_row("About", "\n".join(subjects) or "no one identified")
    table.add_row("Legal basis", ", ".join(c.normalized for c in result.legal_basis) or "none cited")
    lp = result.legal_process
    process = PROCESS_LABELS.get(lp.type, lp.type) + (f", form {lp.form}" if lp.form else "")
    court = "[green]yes[/green]" if lp.court_issued else "[yellow]no[/yellow]"
    table.add_row("Legal process", f"{process} — court-issued: {court}")
    purpose = result.purpose.replace("_", " ")
    if result.purpose_detail.sentence:
        purpose += f"\n[dim]“{result.purpose_detail.sentence}”[/dim]"
    table.add_row("Stated purpose", purpose)
    table.add_row("Records asked for", ", ".join(result.records_requested) or "not stated")
    ocr = f", {result.ocr_pages} read by OCR" if result.ocr_pages else ""
    table.add_row("Pages", f"{result.pages}{ocr}")
    return table


def run_extract(paths: list[Path], jobs: int, limits: ReadLimits, show_progress: bool) -> list[Extraction]:
    from requestdesk.pipeline import extract_file

    files = list(expand(paths))
    results: list[Extraction | None] = [None] * len(files)
    with Progress(
        TextColumn("Reading"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=Console(stderr=True), transient=True, disable=not show_progress or len(files) < 2,
    ) as progress, ThreadPoolExecutor(max_workers=max(jobs, 1)) as pool:
        task = progress.add_task("files", total=len(files))
        futures = {pool.submit(extract_file, f, limits, str(f)): i for i, f in enumerate(files)}
        for future, i in futures.items():
            results[i] = future.result()
            progress.advance(task)
    return [r for r in results if r is not None]


def register(app: typer.Typer) -> None:
    @app.command()
    def extract(
        paths: list[Path] = typer.Argument(..., help="Files or folders to read."),
        as_json: bool = typer.Option(False, "--json", help="One JSON object per file (JSON Lines)."),
        jobs: int = typer.Option(2, "--jobs", "-j", min=1, help="Files read at once."),
        timeout: float = typer.Option(300.0, help="Seconds one file may take before it is given up."),
    ) -> None:
        """Read request documents and show who asks, about whom, under what authority."""
        missing = [p for p in paths if not p.exists()]
        if missing:
            typer.echo(f"Not found: {len(missing)} of the paths given. Check the spelling.", err=True)
            raise typer.Exit(2)
        from requestdesk.extractors.guard import ReadLimits

        results = run_extract(paths, jobs, ReadLimits(timeout_s=timeout), sys.stderr.isatty())
        if not results:
            typer.echo("No files to read in the paths given.", err=True)
            raise typer.Exit(2)
        console = Console()
        for result in results:
            if as_json:
                sys.stdout.write(result.model_dump_json() + "\n")
            else:
                console.print(summary_table(result))
        rejected = sum(r.status == "rejected" for r in results)
        if rejected == len(results):
            raise typer.Exit(1)
