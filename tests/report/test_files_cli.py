from __future__ import annotations

import csv
import io
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from openpyxl import load_workbook
from sqlmodel import Session, select
from typer.testing import CliRunner

from requestdesk.cli import app
from requestdesk.config import Settings
from requestdesk.models.database import dispose_engines, open_database
from requestdesk.models.reports import ReportRun
from requestdesk.reporting.files import HEADERS, render_csv, render_xlsx
from requestdesk.reporting.report import build_report

from .dataset import fill_quarter
from .factory import Spec, make_entry, make_user

NOW = datetime(2026, 10, 5, tzinfo=UTC)


def test_csv_and_xlsx_hold_one_row_per_request_and_keep_formulas_as_text(
    session: Session,
) -> None:
    sup = make_user(session, "sup")
    fill_quarter(session, sup, count=12)
    make_entry(session, Spec(received_at=datetime(2026, 7, 3, tzinfo=UTC),
                             purpose_sentence="=HYPERLINK(\"http://x\")"), sup)
    report = build_report(session, "2026-Q3", Settings(), now=NOW)
    table = list(csv.reader(io.StringIO(render_csv(report))))
    assert table[0] == list(HEADERS)
    assert [r[0] for r in table[1:]] == [r.public_id for r in report.rows]
    assert any(cell.startswith("'=HYPERLINK") for row in table for cell in row)
    book = load_workbook(io.BytesIO(render_xlsx(report)))
    assert book.sheetnames == ["Log", "Totals", "Pending review", "Corrections"]
    log = list(book["Log"].iter_rows(values_only=True))
    assert len(log) == len(report.rows) + 1
    assert all(not str(c).startswith("=") for row in log for c in row if c is not None)
    totals = {r[0]: r[1:] for r in book["Totals"].iter_rows(min_row=2, values_only=True)}
    assert totals["All requests"][0] == len(report.rows)
    assert len(list(book["Pending review"].iter_rows(min_row=2))) == len(report.pending)


def test_report_command_writes_every_format_and_records_the_run(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    engine = open_database(url)  # the schema as the migrations make it
    with Session(engine, expire_on_commit=False) as session:
        sup = make_user(session, "sup")
        fill_quarter(session, sup, count=10)
    out = tmp_path / "out"
    runner = CliRunner()
    result = runner.invoke(app, ["report", "--period", "2026-Q3", "--out", str(out),
                                 "--database-url", url, "--by", "clerk1"])
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in out.iterdir())
    assert names == [f"requestdesk-report-2026-Q3.{x}" for x in ("csv", "pdf", "xlsx")]
    text = subprocess.run(["pdftotext", str(out / "requestdesk-report-2026-Q3.pdf"), "-"],
                          check=True, capture_output=True, text=True).stdout
    assert "2026-Q3" in text and "clerk1" in text
    with Session(engine) as session:
        runs = session.exec(select(ReportRun)).all()
        assert [(r.period_label, r.created_by) for r in runs] == [("2026-Q3", "clerk1")]
    draft = runner.invoke(app, ["report", "--from", "2026-07-01", "--to", "2026-07-31",
                                "--format", "csv", "--draft", "--out", str(out),
                                "--database-url", url])
    assert draft.exit_code == 0, draft.output
    assert (out / "requestdesk-report-2026-07-01_to_2026-07-31.csv").is_file()
    bad = runner.invoke(app, ["report", "--period", "last quarter", "--database-url", url])
    assert bad.exit_code == 2 and "2026-Q3" in bad.output
    with Session(engine) as session:
        assert len(session.exec(select(ReportRun)).all()) == 1
    dispose_engines()
