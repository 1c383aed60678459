"""Timestamps as Toward stores them: UTC, ISO 8601, microseconds, so text order is time order."""

from __future__ import annotations

from datetime import UTC, date, datetime

from toward.core.i18n import translate

# The days Toward works with: far enough either way for any real record, near enough that
# local-time and week arithmetic never reaches the ends of Python's calendar (years 1–9999).
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2200, 12, 31)


def now() -> datetime:
    return datetime.now(UTC)


def today() -> date:
    """The local calendar date now: the day a person would write on a page."""
    return now().astimezone().date()


def to_text(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("naive datetimes are ambiguous; pass an aware one")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def from_text(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def from_stored(text: str) -> datetime:
    """A timestamp from a column that always holds one (NOT NULL), as to_text wrote it."""
    return datetime.fromisoformat(text)


def in_calendar(day: date) -> bool:
    """Whether `day` lies in the years Toward works with (FIRST_DAY to LAST_DAY)."""
    return FIRST_DAY <= day <= LAST_DAY


def calendar_words() -> str:
    """The supported years, for messages: 'from 1900 to 2200'."""
    return translate("core.clock", "from {first} to {last}").format(
        first=FIRST_DAY.year, last=LAST_DAY.year
    )
