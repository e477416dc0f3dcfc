"""A correction made after a report shows in the next report; the earlier snapshot stays."""

from __future__ import annotations

import copy
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlmodel import Session, select

from requestdesk.config import Settings
from requestdesk.models.reports import ReportedRow, ReportRun
from requestdesk.reporting.pdf import render_pdf
from requestdesk.reporting.report import build_report, record_report

from .factory import Spec, correct_field, decide, make_entry, make_user


def _snapshots(session: Session, run: ReportRun) -> list[dict]:
    rows = session.exec(select(ReportedRow).where(ReportedRow.report_id == run.id)
                        .order_by(ReportedRow.id)).all()
    return [copy.deepcopy({"entry": r.entry_id, "kind": r.kind, "data": r.data}) for r in rows]


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"], indirect=True)
def test_correction_after_report_shows_in_next_report_only(
    session: Session, tmp_path: Path
) -> None:
    sup = make_user(session, "sup")
    q3_at = datetime(2026, 8, 14, 10, tzinfo=UTC)
    corrected = make_entry(session, Spec(received_at=q3_at, agency_key="dhs-ice-ero"), sup)
    untouched = make_entry(session, Spec(received_at=q3_at, agency_key="doj-fbi"), sup)
    waiting = make_entry(session, Spec(received_at=q3_at, status="pending_review"), sup)
    q3 = build_report(session, "2026-Q3", Settings(), now=datetime(2026, 10, 2, tzinfo=UTC))
    assert q3.corrections == []
    run = record_report(session, q3, "sup")
    before = _snapshots(session, run)
    assert {s["kind"] for s in before} == {"row", "pending"}

    # After the report went out: the agency is corrected and the pending entry is decided.
    correct_field(session, corrected, "agency_key", "dhs-ice-hsi", actor="rev")
    decide(session, waiting, "denied", "denied_no_valid_process", sup, date(2026, 10, 9))
    q4 = build_report(session, "2026-Q4", Settings(), now=datetime(2027, 1, 3, tzinfo=UTC))
    assert q4.rows == []  # the corrected entries stay in their own period
    by_entry = {c.public_id: c for c in q4.corrections}
    assert set(by_entry) == {corrected.public_id, waiting.public_id}
    assert untouched.public_id not in by_entry
    change = {c.name: (c.reported, c.now) for c in by_entry[corrected.public_id].changes}
    assert change == {"agency_key": ("dhs-ice-ero", "dhs-ice-hsi")}
    assert by_entry[corrected.public_id].earlier_report == "2026-Q3"
    decided = {c.name: (c.reported, c.now) for c in by_entry[waiting.public_id].changes}
    assert decided["status"] == ("pending_review", "decided")
    assert decided["decision"] == (None, "denied")

    # The earlier report's stored copy is unchanged, and rebuilding Q3 shows the new values.
    assert _snapshots(session, run) == before
    stored = next(s for s in before if s["entry"] == corrected.id)
    assert stored["data"]["agency_key"] == "dhs-ice-ero"

    q4_run = record_report(session, q4, "sup")
    assert _snapshots(session, run) == before
    pdf = tmp_path / "q4.pdf"
    pdf.write_bytes(render_pdf(q4))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert "Corrections to earlier reports (2)" in text
    assert "ICE ERO" in text and "ICE HSI" in text and "2026-Q3" in text

    # Reported once: the next report has nothing new to correct.
    q1 = build_report(session, "2027-Q1", Settings(), now=datetime(2027, 4, 2, tzinfo=UTC))
    assert q1.corrections == []
    assert len(session.exec(select(ReportRun)).all()) == 2 and q4_run.id != run.id
