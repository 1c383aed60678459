"""A period: local calendar days from a first to a last, both included.

The one period every feature asks about (ledger totals, a therapy summary). Its days stay
inside the years Toward works with, so local-time arithmetic never reaches the calendar's ends.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from toward.core import clock
from toward.core.formatting import format_date
from toward.core.i18n import QT_TRANSLATE_NOOP, translate
from toward.vault.errors import KnownError


class InvalidPeriod(KnownError, ValueError):
    """A period that cannot be, with the reason."""


@dataclass(frozen=True)
class Period:
    """Local calendar days from `start` to `end`, both included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidPeriod(
                QT_TRANSLATE_NOOP("vault.errors", "The period ends before it starts.")
            )
        if not (clock.in_calendar(self.start) and clock.in_calendar(self.end)):
            raise InvalidPeriod(
                QT_TRANSLATE_NOOP("vault.errors", "A period covers days {calendar_words}."),
                calendar_words=clock.calendar_words(),
            )

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        following = date(year + month // 12, month % 12 + 1, 1)
        return cls(date(year, month, 1), following - timedelta(days=1))

    @classmethod
    def last_days(cls, days: int, today: date | None = None) -> Period:
        """The last `days` days, today included."""
        end = today or clock.today()
        return cls(end - timedelta(days=days - 1), end)

    @classmethod
    def everything(cls) -> Period:
        """Every day Toward works with."""
        return cls(clock.FIRST_DAY, clock.LAST_DAY)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def bounds(self) -> tuple[str, str]:
        """The period as stored timestamps: from its first local midnight to the one after."""
        return _local_midnight(self.start), _local_midnight(self.end + timedelta(days=1))

    @property
    def label(self) -> str:
        """'1 March 2026 to 31 March 2026'."""
        return translate("core.period", "{start} to {end}").format(
            start=format_date(self.start), end=format_date(self.end)
        )


def _local_midnight(day: date) -> str:
    return clock.to_text(datetime.combine(day, time()).astimezone())
