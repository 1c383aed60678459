"""The one period: local days from a first to a last, inside the years Toward works with."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from toward.core import clock
from toward.core.period import InvalidPeriod, Period


@pytest.mark.parametrize(
    ("year", "month", "last"),
    [(2026, 1, 31), (2026, 2, 28), (2028, 2, 29), (2026, 11, 30), (2026, 12, 31)],
)
def test_a_month_runs_from_its_first_to_its_last_day(year: int, month: int, last: int):
    period = Period.month(year, month)
    assert (period.start, period.end) == (date(year, month, 1), date(year, month, last))


def test_a_period_cannot_end_before_it_starts():
    with pytest.raises(ValueError):
        Period(date(2026, 2, 1), date(2026, 1, 31))


@pytest.mark.parametrize(
    ("start", "end"),
    [(date(1, 1, 1), date(2026, 1, 1)), (date(2026, 1, 1), date(9999, 12, 31))],
)
def test_a_period_outside_the_supported_years_is_refused(start: date, end: date):
    with pytest.raises(InvalidPeriod, match="from 1900 to 2200"):
        Period(start, end)


def test_the_last_days_end_today():
    period = Period.last_days(7)
    assert period.end == clock.today() and period.days == 7
    assert period.start == clock.today() - timedelta(days=6)
