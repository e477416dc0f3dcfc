"""What changed since an earlier report: each entry's current values against its latest snapshot.

Snapshots are only ever added (``record_report``), so an earlier report's copy stays as it was
sent; a correction shows once, in the next report, which then stores the corrected values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from requestdesk.models.entries import Entry
from requestdesk.models.reports import ReportedRow, ReportRun
from requestdesk.reporting.log import LOGGED_STATUSES, PENDING_STATUS, as_utc, rows_for_entries

# Not something a report states about a request, so changing it is not a correction.
_NOT_COMPARED: frozenset[str] = frozenset({"due_on", "public_id"})


@dataclass(slots=True)
class FieldChange:
    name: str
    reported: Any
    now: Any


@dataclass(slots=True)
class Correction:
    entry_id: int
    public_id: str
    received_at: str
    earlier_report: str  # the period label of the report that showed the old values
    earlier_report_at: datetime
    changes: list[FieldChange] = field(default_factory=list)
    now: dict[str, Any] = field(default_factory=dict)  # stored as the new snapshot


def latest_snapshots(session: Session) -> dict[int, tuple[ReportedRow, ReportRun]]:
    """The most recent reported copy of every entry any report has shown."""
    query = (
        select(ReportedRow, ReportRun)
        .join(ReportRun, col(ReportRun.id) == col(ReportedRow.report_id))
        .order_by(col(ReportRun.created_at), col(ReportRun.id), col(ReportedRow.id))
    )
    latest: dict[int, tuple[ReportedRow, ReportRun]] = {}
    for reported, run in session.exec(query):
        latest[reported.entry_id] = (reported, run)
    return latest


def _changes(before: dict[str, Any], after: dict[str, Any]) -> list[FieldChange]:
    changes: list[FieldChange] = []
    for name in dict.fromkeys([*before, *after]):
        if name in _NOT_COMPARED:
            continue
        old, new = before.get(name), after.get(name)
        if old in (None, "", []) and new in (None, "", []):
            continue
        if name == "subject_names" and (old is None or new is None):
            continue  # names withheld on one side: the count still shows a change
        if old != new:
            changes.append(FieldChange(name, old, new))
    return changes


def find_corrections(session: Session, subject_names: bool) -> list[Correction]:
    latest = latest_snapshots(session)
    if not latest:
        return []
    entries = list(session.exec(select(Entry).where(col(Entry.id).in_(list(latest)))))
    current = {r.entry_id: r.snapshot() for r in rows_for_entries(session, entries, subject_names)}
    corrections: list[Correction] = []
    for entry in sorted(entries, key=lambda e: (as_utc(e.received_at), e.id or 0)):
        reported, run = latest[entry.id or 0]
        if entry.status in LOGGED_STATUSES:
            now = current[entry.id or 0]
            changes = _changes(reported.data, now)
        elif entry.status == PENDING_STATUS and reported.kind != "pending":
            # Sent back to review after it was reported.
            now = {"public_id": entry.public_id, "status": PENDING_STATUS}
            changes = [FieldChange("status", reported.data.get("status"), PENDING_STATUS)]
        else:
            continue  # still pending: all a report said about it is that it waits
        if changes:
            corrections.append(
                Correction(
                    entry_id=entry.id or 0,
                    public_id=entry.public_id,
                    received_at=as_utc(entry.received_at).date().isoformat(),
                    earlier_report=run.period_label,
                    earlier_report_at=as_utc(run.created_at),
                    changes=changes,
                    now=now,
                )
            )
    return corrections
