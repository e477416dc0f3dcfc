"""A periodic report: the log, its totals, the pending entries and the corrections, built in one
place so the PDF, the spreadsheets and the web page all show the same figures."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlmodel import Session

from requestdesk.config import Settings, load_settings
from requestdesk.models.reports import ReportedRow, ReportRun
from requestdesk.reporting.corrections import Correction, find_corrections
from requestdesk.reporting.log import LogRow, PendingRow, build_log
from requestdesk.reporting.period import Period, parse_period
from requestdesk.reporting.totals import Totals, compute_totals

ATTESTATION = (
    "I attest that, to the best of my knowledge, no personal identifying information held by "
    "this agency was released during this period for the purpose of federal civil immigration "
    "enforcement, and that every request received is recorded in this log."
)


@dataclass(slots=True)
class Report:
    period: Period
    generated_at: datetime
    rows: list[LogRow]
    pending: list[PendingRow]
    totals: Totals
    corrections: list[Correction]
    subject_names: bool
    created_by: str | None = None
    run_id: str | None = None  # the stored run's public id, once recorded
    attestation: str = field(default=ATTESTATION)

    @property
    def file_stem(self) -> str:
        return f"requestdesk-report-{self.period.label}"


def build_report(
    session: Session,
    period: Period | str,
    settings: Settings | None = None,
    now: datetime | None = None,
) -> Report:
    """Read-only: nothing is stored until ``record_report``."""
    settings = settings or load_settings()
    resolved = parse_period(period) if isinstance(period, str) else period
    moment = now or datetime.now(UTC)
    today: date = moment.date()
    names = settings.report_subject_names
    rows, pending = build_log(session, resolved, names, today)
    return Report(
        period=resolved,
        generated_at=moment,
        rows=rows,
        pending=pending,
        totals=compute_totals(rows, resolved.months, len(pending)),
        corrections=find_corrections(session, names),
        subject_names=names,
    )


def record_report(session: Session, report: Report, created_by: str) -> ReportRun:
    """Store the run and a snapshot of every row it shows; earlier snapshots are not touched."""
    run = ReportRun(
        period_label=report.period.label,
        period_start=report.period.start,
        period_end=report.period.end,
        created_at=report.generated_at,
        created_by=created_by,
        subject_names=report.subject_names,
        totals=report.totals.as_dict(),
    )
    session.add(run)
    session.flush()
    assert run.id is not None
    snapshots = [ReportedRow(report_id=run.id, entry_id=r.entry_id, kind="row", data=r.snapshot())
                 for r in report.rows]
    snapshots += [ReportedRow(report_id=run.id, entry_id=p.entry_id, kind="pending",
                              data=p.snapshot()) for p in report.pending]
    # An entry both in the log and corrected already has its current values in its "row".
    in_log = {r.entry_id for r in report.rows} | {p.entry_id for p in report.pending}
    snapshots += [ReportedRow(report_id=run.id, entry_id=c.entry_id, kind="correction",
                              data=c.now) for c in report.corrections if c.entry_id not in in_log]
    session.add_all(snapshots)
    session.commit()
    report.created_by = created_by
    report.run_id = run.public_id
    return run
