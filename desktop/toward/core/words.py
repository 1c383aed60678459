"""Words every feature shares: counts with their nouns, and dates as a person reads them."""

from __future__ import annotations

from datetime import date

from toward.core.formatting import format_date

# A badge says "99+" beyond this: counting every one of thousands of waiting items would
# cost the Today page more than the exact figure is worth there.
COUNTED_UP_TO = 99


def plural(count: int, one: str, many: str | None = None) -> str:
    """'1 bid', '3 bids', '2 entries' (`many` for words that change more than by an s)."""
    return f"{count} {word(count, one, many)}"


def word(count: int, one: str, many: str | None = None) -> str:
    """The word alone for `count`: 'entry' for 1, 'entries' otherwise; 'is' or 'are'."""
    return one if count == 1 else (many or one + "s")


def count_words(count: int) -> str:
    """A count as a badge shows it: "99+" beyond COUNTED_UP_TO."""
    return f"{COUNTED_UP_TO}+" if count > COUNTED_UP_TO else str(count)


def long_date(day: date) -> str:
    """'1 March 2026' in the person's locale; new code calls `formatting.format_date`."""
    return format_date(day)
