from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import Session

from requestdesk.config import Settings
from requestdesk.reporting import labels
from requestdesk.reporting.period import PeriodError, parse_period, period_between
from requestdesk.reporting.report import build_report

from .dataset import fill_quarter
from .factory import Spec, make_entry, make_user

BOTH = pytest.mark.parametrize("engine", ["sqlite", "postgresql"], indirect=True)
NOW = datetime(2026, 10, 5, 12, tzinfo=UTC)


def test_periods_are_read_as_quarters_months_years_and_ranges() -> None:
    q = parse_period("2026-Q3")
    assert (q.start.isoformat(), q.end.isoformat()) == ("2026-07-01", "2026-09-30")
    m = parse_period("2026-02")
    assert m.end.isoformat() == "2026-02-28" and m.months == ["2026-02"]
    y = parse_period("2026")
    assert (y.start.isoformat(), y.end.isoformat()) == ("2026-01-01", "2026-12-31")
    span = period_between(m.start, q.end)
    assert span.months[0] == "2026-02" and span.months[-1] == "2026-09" and len(span.months) == 8
    try:
        period_between(q.end, q.start)
    except PeriodError as exc:
        assert "swap" in str(exc)
    else:
        raise AssertionError("a reversed range was accepted")
    for bad in ("2026-13", "Q3", "last quarter"):
        try:
            parse_period(bad)
        except PeriodError as exc:
            assert "2026-Q3" in str(exc) or "YYYY-MM" in str(exc)
        else:
            raise AssertionError(f"{bad!r} was accepted")


@BOTH
def test_totals_add_up_to_the_rows_for_every_breakdown(session: Session) -> None:
    supervisor = make_user(session, "sup")
    fill_quarter(session, supervisor)
    report = build_report(session, "2026-Q3", Settings(), now=NOW)
    rows, totals = report.rows, report.totals
    assert len(rows) + len(report.pending) == 36
    decisions = Counter(r.decision or "undecided" for r in rows)
    overall = totals.overall
    assert overall.requests == len(rows)
    assert (overall.granted, overall.partly_granted, overall.denied, overall.undecided) == (
        decisions["granted"], decisions["partly_granted"], decisions["denied"],
        decisions["undecided"],
    )
    assert overall.court_issued == sum(r.court_issued for r in rows)
    assert overall.undecided == sum(r.status == "confirmed" for r in rows)
    keys = {
        "by_agency": lambda r: r.agency,
        "by_process": lambda r: labels.label(labels.PROCESSES, r.process_type),
        "by_purpose": lambda r: labels.label(labels.PURPOSES, r.purpose),
    }
    for name, key in keys.items():
        groups = getattr(totals, name)
        rebuilt: dict[str, Counter[str]] = {}
        for r in rows:
            rebuilt.setdefault(key(r), Counter())[r.decision or "undecided"] += 1
        assert set(groups) == set(rebuilt), name
        for group, counts in groups.items():
            assert counts.requests == sum(rebuilt[group].values())
            assert counts.granted == rebuilt[group]["granted"]
            assert counts.partly_granted == rebuilt[group]["partly_granted"]
            assert counts.denied == rebuilt[group]["denied"]
            assert counts.undecided == rebuilt[group]["undecided"]
        assert sum(c.requests for c in groups.values()) == overall.requests
    per_month = Counter(r.month for r in rows)
    assert {m: sum(b.values()) for m, b in totals.by_month_agency.items()} == {
        m: per_month.get(m, 0) for m in ("2026-07", "2026-08", "2026-09")
    }


def test_pending_entries_are_listed_apart_and_never_counted(session: Session) -> None:
    supervisor = make_user(session, "sup")
    at = datetime(2026, 8, 3, 9, tzinfo=UTC)
    decided = make_entry(session, Spec(received_at=at), supervisor)
    pending = make_entry(session, Spec(received_at=at, status="pending_review"), supervisor)
    report = build_report(session, "2026-08", Settings(), now=NOW)
    assert [r.public_id for r in report.rows] == [decided.public_id]
    assert [p.public_id for p in report.pending] == [pending.public_id]
    assert report.totals.overall.requests == 1 and report.totals.overall.denied == 1
    assert report.totals.pending_review == 1
    assert report.pending[0].days_waiting == (NOW.date() - at.date()).days


@BOTH
def test_period_boundaries_include_first_and_last_instant_only(session: Session) -> None:
    supervisor = make_user(session, "sup")
    moments = {
        "before": datetime(2026, 6, 30, 23, 59, 59, tzinfo=UTC),
        "first": datetime(2026, 7, 1, 0, 0, 0, tzinfo=UTC),
        "last": datetime(2026, 9, 30, 23, 59, 59, 999000, tzinfo=UTC),
        "after": datetime(2026, 10, 1, 0, 0, 0, tzinfo=UTC),
    }
    ids = {k: make_entry(session, Spec(received_at=v), supervisor).public_id
           for k, v in moments.items()}
    report = build_report(session, "2026-Q3", Settings(), now=NOW)
    assert {r.public_id for r in report.rows} == {ids["first"], ids["last"]}
    july = build_report(session, period_between(moments["first"].date(),
                                                moments["first"].date()), Settings(), now=NOW)
    assert [r.public_id for r in july.rows] == [ids["first"]]
    june = build_report(session, "2026-06", Settings(), now=NOW)
    assert [r.public_id for r in june.rows] == [ids["before"]]


def test_rows_use_confirmed_values_and_withhold_names_unless_allowed(session: Session) -> None:
    supervisor = make_user(session, "maria")
    at = datetime(2026, 7, 9, tzinfo=UTC)
    spec = Spec(received_at=at, subjects=[("Ana Ruiz", None), ("Luis Ruiz", None)],
                decision="granted", ground="court_issued_process",
                process_type="judicial_warrant", answered_on=(at + timedelta(days=6)).date())
    make_entry(session, spec, supervisor)
    hidden = build_report(session, "2026-07", Settings(report_subject_names=False), now=NOW)
    row = hidden.rows[0]
    assert row.subjects_count == 2 and row.subject_names is None
    assert "Ana Ruiz" not in str(row.snapshot())
    assert row.court_issued and row.decision == "granted" and row.days_to_answer == 6
    assert row.supervisor == "Maria" and row.legal_basis == ["8 USC 1357"]
    shown = build_report(session, "2026-07", Settings(report_subject_names=True), now=NOW)
    assert shown.rows[0].subject_names == ["Ana Ruiz", "Luis Ruiz"]

