"""Reporting periods: a quarter, a month, a year or explicit dates, all inclusive, in UTC."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

_QUARTER = re.compile(r"^(\d{4})-?Q([1-4])$", re.IGNORECASE)
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


class PeriodError(ValueError):
    """A period the user typed that we cannot read; the message says what to type instead."""


@dataclass(frozen=True, slots=True)
class Period:
    label: str
    start: date
    end: date  # inclusive

    @property
    def start_at(self) -> datetime:
        return datetime.combine(self.start, time.min, tzinfo=UTC)

    @property
    def end_before(self) -> datetime:
        """The first instant after the period (periods are half-open on the clock)."""
        return datetime.combine(self.end + timedelta(days=1), time.min, tzinfo=UTC)

    def contains(self, moment: datetime) -> bool:
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return self.start_at <= moment < self.end_before

    @property
    def months(self) -> list[str]:
        """Every month the period touches, as ``YYYY-MM``."""
        out: list[str] = []
        year, month = self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            out.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out

    @property
    def description(self) -> str:
        return f"{self.start:%d %B %Y} to {self.end:%d %B %Y}"


def _month_end(year: int, month: int) -> date:
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return following - timedelta(days=1)


def parse_period(text: str) -> Period:
    """``2026-Q3``, ``2026-07`` or ``2026``."""
    value = text.strip()
    if match := _QUARTER.match(value):
        year, quarter = int(match[1]), int(match[2])
        first = 3 * (quarter - 1) + 1
        return Period(f"{year}-Q{quarter}", date(year, first, 1), _month_end(year, first + 2))
    if match := _MONTH.match(value):
        year, month = int(match[1]), int(match[2])
        if not 1 <= month <= 12:
            raise PeriodError(f"Month {month} does not exist; write a month as YYYY-MM.")
        return Period(f"{year}-{month:02d}", date(year, month, 1), _month_end(year, month))
    if match := _YEAR.match(value):
        year = int(match[1])
        return Period(str(year), date(year, 1, 1), date(year, 12, 31))
    raise PeriodError(
        f"Cannot read the period {value!r}. Write a quarter (2026-Q3), a month (2026-07), "
        "a year (2026), or give --from and --to dates."
    )


def period_between(start: date, end: date) -> Period:
    if end < start:
        raise PeriodError("The end date is before the start date; swap --from and --to.")
    return Period(f"{start.isoformat()}_to_{end.isoformat()}", start, end)
