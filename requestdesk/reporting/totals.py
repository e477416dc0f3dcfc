"""Totals of a log: overall and by agency, legal process and purpose, computed from the rows only
(so they always add up to the rows), plus monthly counts for the charts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from requestdesk.reporting import labels
from requestdesk.reporting.log import LogRow

DECISION_COLUMNS: tuple[str, ...] = ("granted", "partly_granted", "denied", "undecided")


@dataclass(slots=True)
class Counts:
    requests: int = 0
    granted: int = 0
    partly_granted: int = 0
    denied: int = 0
    undecided: int = 0  # confirmed, decision not recorded yet
    court_issued: int = 0

    def add(self, row: LogRow) -> None:
        self.requests += 1
        column = row.decision if row.decision in DECISION_COLUMNS else "undecided"
        setattr(self, column, getattr(self, column) + 1)
        self.court_issued += int(row.court_issued)

    def as_dict(self) -> dict[str, int]:
        return {
            "requests": self.requests, "granted": self.granted,
            "partly_granted": self.partly_granted, "denied": self.denied,
            "undecided": self.undecided, "court_issued": self.court_issued,
        }


@dataclass(slots=True)
class Totals:
    overall: Counts = field(default_factory=Counts)
    by_agency: dict[str, Counts] = field(default_factory=dict)
    by_process: dict[str, Counts] = field(default_factory=dict)
    by_purpose: dict[str, Counts] = field(default_factory=dict)
    by_month_agency: dict[str, dict[str, int]] = field(default_factory=dict)
    pending_review: int = 0

    def as_dict(self) -> dict[str, object]:
        return {
            "overall": self.overall.as_dict(),
            "by_agency": {k: v.as_dict() for k, v in self.by_agency.items()},
            "by_process": {k: v.as_dict() for k, v in self.by_process.items()},
            "by_purpose": {k: v.as_dict() for k, v in self.by_purpose.items()},
            "by_month_agency": self.by_month_agency,
            "pending_review": self.pending_review,
        }


def _group(rows: Sequence[LogRow], key: Callable[[LogRow], str]) -> dict[str, Counts]:
    groups: dict[str, Counts] = {}
    for row in rows:
        groups.setdefault(key(row), Counts()).add(row)
    # Largest group first; ties alphabetically so the order is stable between runs.
    return dict(sorted(groups.items(), key=lambda item: (-item[1].requests, item[0])))


def compute_totals(rows: Sequence[LogRow], months: Sequence[str], pending: int) -> Totals:
    totals = Totals(pending_review=pending)
    for row in rows:
        totals.overall.add(row)
    totals.by_agency = _group(rows, lambda r: r.agency)
    totals.by_process = _group(rows, lambda r: labels.label(labels.PROCESSES, r.process_type))
    totals.by_purpose = _group(rows, lambda r: labels.label(labels.PURPOSES, r.purpose))
    per_month: dict[str, dict[str, int]] = {m: {} for m in months}
    for row in rows:
        bucket = per_month.setdefault(row.month, {})
        bucket[row.agency] = bucket.get(row.agency, 0) + 1
    totals.by_month_agency = per_month
    return totals
