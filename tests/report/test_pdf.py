"""The PDF read the way a person would: pages rendered to images, totals read back as text."""

from __future__ import annotations

import re
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image, ImageStat
from sqlmodel import Session

from requestdesk.config import Settings
from requestdesk.reporting.charts import charts_svg
from requestdesk.reporting.pdf import render_pdf
from requestdesk.reporting.report import build_report, record_report

from .dataset import fill_quarter
from .factory import Spec, make_entry, make_user

NOW = datetime(2026, 10, 5, 12, tzinfo=UTC)
SECTIONS = {"By requesting agency": "by_agency", "By legal process": "by_process",
            "By purpose": "by_purpose"}
_ROW = re.compile(r"^\s*(\S.*?)\s{2,}(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*$")


def _text(pdf: Path, layout: bool = True) -> str:
    flags = ["-layout"] if layout else []
    return subprocess.run(["pdftotext", *flags, str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout


def _summary_value(text: str, label: str) -> int:
    match = re.search(rf"^\s*{re.escape(label)}\s+(\d+)\s*$", text, re.MULTILINE)
    assert match, f"{label!r} not found in the PDF text"
    return int(match[1])


def _breakdowns(text: str) -> dict[str, dict[str, tuple[int, ...]]]:
    found: dict[str, dict[str, tuple[int, ...]]] = {}
    current: str | None = None
    for line in text.splitlines():
        stripped = line.strip()
        if stripped in SECTIONS:
            current = SECTIONS[stripped]
            found[current] = {}
        elif stripped.startswith(("Attestation", "Charts")):
            current = None
        elif current and (match := _ROW.match(line)):
            found[current][match[1]] = tuple(int(g) for g in match.groups()[1:])
    return found


def test_pdf_pages_render_and_totals_read_back_match_the_rows(
    session: Session, tmp_path: Path
) -> None:
    supervisor = make_user(session, "sup")
    fill_quarter(session, supervisor)
    make_entry(session, Spec(received_at=datetime(2026, 7, 2, tzinfo=UTC),
                             person="<script>alert(1)</script> & Co", status="confirmed"))
    report = build_report(session, "2026-Q3", Settings(), now=NOW)
    record_report(session, report, "sup")
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(render_pdf(report))

    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "page")],
                   check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 4  # cover, charts, log, pending and corrections
    for page in pages:
        with Image.open(page) as image:
            grey = image.convert("L")
            assert grey.size[0] > grey.size[1]  # landscape
            assert ImageStat.Stat(grey).extrema[0][0] < 100, f"{page.name} looks blank"
    with Image.open(pages[1]) as charts:  # the charts page carries colour
        assert len(charts.convert("RGB").getcolors(maxcolors=1 << 20) or []) > 8

    text = _text(pdf)
    overall = report.totals.overall
    rows = report.rows
    assert _summary_value(text, "Requests logged") == len(rows) == overall.requests
    assert _summary_value(text, "Granted") == sum(r.decision == "granted" for r in rows)
    assert _summary_value(text, "Partly granted") == sum(r.decision == "partly_granted"
                                                         for r in rows)
    assert _summary_value(text, "Denied") == sum(r.decision == "denied" for r in rows)
    assert _summary_value(text, "Awaiting decision") == sum(r.decision is None for r in rows)
    assert _summary_value(text, "Pending review (listed separately, not counted above)") == len(
        report.pending) > 0
    tables = _breakdowns(text)
    assert set(tables) == set(SECTIONS.values())
    for name, printed in tables.items():
        assert printed.pop("Total") == (overall.requests, overall.granted, overall.partly_granted,
                                        overall.denied, overall.undecided)
        expected = {k: (c.requests, c.granted, c.partly_granted, c.denied, c.undecided)
                    for k, c in getattr(report.totals, name).items()}
        assert printed == expected, name
        assert sum(v[0] for v in printed.values()) == len(rows)
    # Markup in a letter is printed as text, not read as markup (or dropped).
    raw = "".join(_text(pdf, layout=False).split())
    assert "<script>alert(" in raw and ")</script>&" in raw
    assert "no personal identifying information" in " ".join(text.split())
    assert f"Pending review ({len(report.pending)}), not counted as decided" in text


def test_charts_as_svg_for_the_web_page(session: Session) -> None:
    supervisor = make_user(session, "sup")
    fill_quarter(session, supervisor, count=12)
    report = build_report(session, "2026-Q3", Settings(), now=NOW)
    by_month, by_process = charts_svg(report.totals)
    assert by_month.lstrip().startswith("<?xml") and "<svg" in by_month
    for month in ("2026-07", "2026-08", "2026-09"):
        assert month in by_month
    for process in report.totals.by_process:
        assert process in by_process
