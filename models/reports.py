"""Reports that left the building: each run keeps a snapshot of every row as it was reported.

The snapshot is never updated. A later report compares the current values of an entry with its
latest snapshot, so a correction made after a report shows in the next report's corrections
section instead of silently rewriting what was sent.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlmodel import Field, SQLModel

from requestdesk.models.base import json_field, new_public_id, utcnow

SNAPSHOT_KINDS: tuple[str, ...] = ("row", "pending", "correction")


class ReportRun(SQLModel, table=True):
    __tablename__ = "report_runs"

    id: int | None = Field(default=None, primary_key=True)
    public_id: str = Field(default_factory=new_public_id, max_length=32, unique=True, index=True)
    period_label: str = Field(max_length=40, index=True)  # "2026-Q3", "2026-07", "2026", ...
    period_start: date
    period_end: date  # inclusive
    created_at: datetime = Field(default_factory=utcnow, index=True)
    created_by: str = Field(max_length=80)  # a username, or "system"
    subject_names: bool = False  # whether subjects' names were printed
    totals: dict[str, Any] = json_field(dict, nullable=False)


class ReportedRow(SQLModel, table=True):
    """One entry as a report showed it: a log row, a pending listing or a correction."""

    __tablename__ = "reported_rows"

    id: int | None = Field(default=None, primary_key=True)
    report_id: int = Field(foreign_key="report_runs.id", index=True)
    entry_id: int = Field(foreign_key="entries.id", index=True)
    kind: str = Field(max_length=20)  # one of SNAPSHOT_KINDS
    data: dict[str, Any] = json_field(dict, nullable=False)
