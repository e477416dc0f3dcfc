"""The log for analysts: CSV and XLSX, one row per request, and writing every format to a folder."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from requestdesk.reporting import labels
from requestdesk.reporting.log import LogRow
from requestdesk.reporting.report import Report

FORMATS: tuple[str, ...] = ("pdf", "csv", "xlsx")
HEADERS: tuple[str, ...] = (
    "entry", "date received", "channel", "requesting agency", "agency name", "component",
    "requesting person", "subjects (count)", "subjects (names)", "records requested",
    "purpose", "stated purpose", "legal basis cited", "legal process", "court-issued",
    "decision", "decision ground", "supervisor", "date answered", "days to answer",
)
# A spreadsheet runs a cell starting with these as a formula; document text must stay text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def row_values(row: LogRow) -> list[object]:
    return [
        row.public_id, row.received_at.date().isoformat(), row.channel, row.agency,
        row.agency_name or "", row.component or "", row.requestor or "", row.subjects_count,
        "; ".join(row.subject_names) if row.subject_names else "",
        "; ".join(row.records_requested), labels.label(labels.PURPOSES, row.purpose),
        row.stated_purpose or "", "; ".join(row.legal_basis),
        labels.label(labels.PROCESSES, row.process_type), "yes" if row.court_issued else "no",
        labels.label(labels.DECISIONS, row.decision, labels.NO_DECISION),
        labels.label(labels.GROUNDS, row.decision_ground),
        row.supervisor or "", row.answered_on.isoformat() if row.answered_on else "",
        "" if row.days_to_answer is None else row.days_to_answer,
    ]


def render_csv(report: Report) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADERS)
    for row in report.rows:
        writer.writerow([_safe(v) for v in row_values(row)])
    return buffer.getvalue()


def _sheet(book: Workbook, title: str, header: Iterable[str], rows: Iterable[list[object]]) -> None:
    sheet = book.create_sheet(title)
    sheet.append(list(header))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for values in rows:
        sheet.append([_safe(v) for v in values])
    sheet.freeze_panes = "A2"


def render_xlsx(report: Report) -> bytes:
    book = Workbook()
    if book.active is not None:
        book.remove(book.active)
    _sheet(book, "Log", HEADERS, (row_values(r) for r in report.rows))
    totals = report.totals
    columns = ("requests", "granted", "partly_granted", "denied", "undecided")
    summary: list[list[object]] = [["All requests", *(getattr(totals.overall, c) for c in columns)]]
    for group, table in (("Agency", totals.by_agency), ("Legal process", totals.by_process),
                         ("Purpose", totals.by_purpose)):
        summary += [[f"{group}: {name}", *(getattr(c, k) for k in columns)]
                    for name, c in table.items()]
    summary.append(["Pending review (not counted above)", totals.pending_review, "", "", "", ""])
    _sheet(book, "Totals", ("breakdown", *columns), summary)
    _sheet(book, "Pending review",
           ("entry", "date received", "channel", "agency (proposed)", "legal process (proposed)",
            "subjects (count)", "days waiting", "due"),
           ([p.public_id, p.received_at.date().isoformat(), p.channel, p.agency,
             labels.label(labels.PROCESSES, p.process_type), p.subjects_count, p.days_waiting,
             p.due_on.isoformat() if p.due_on else ""] for p in report.pending))
    _sheet(book, "Corrections",
           ("entry", "date received", "earlier report", "field", "as reported", "now"),
           ([c.public_id, c.received_at, c.earlier_report, ch.name, str(ch.reported),
             str(ch.now)] for c in report.corrections for ch in c.changes))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_report(report: Report, out: Path, formats: Iterable[str]) -> list[Path]:
    """Write the chosen formats into ``out``; returns the files written."""
    from requestdesk.reporting.pdf import render_pdf  # reportlab is slow to import

    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for fmt in formats:
        path = out / f"{report.file_stem}.{fmt}"
        if fmt == "pdf":
            path.write_bytes(render_pdf(report))
        elif fmt == "csv":
            path.write_text(render_csv(report), encoding="utf-8", newline="")
        elif fmt == "xlsx":
            path.write_bytes(render_xlsx(report))
        else:
            raise ValueError(f"Unknown report format {fmt!r}; use pdf, csv, xlsx or all.")
        written.append(path)
    return written
