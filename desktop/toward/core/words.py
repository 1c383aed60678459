"""Words every feature shares: counts with their nouns, and dates as a person reads them."""

from __future__ import annotations

from datetime import date


def plural(count: int, one: str, many: str | None = None) -> str:
    """'1 bid', '3 bids', '2 entries' (with `many` for nouns that change more than an s)."""
    return f"{count} {noun(count, one, many)}"


def noun(count: int, one: str, many: str | None = None) -> str:
    """The noun alone, for `count` of it: 'entry' for 1, 'entries' otherwise."""
    return one if count == 1 else (many or one + "s")


def is_are(count: int) -> str:
    return "is" if count == 1 else "are"


def long_date(day: date) -> str:
    """'1 March 2026'."""
    return f"{day.day} {day:%B %Y}"
