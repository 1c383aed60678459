"""A time two partners agree to talk at: one proposes, the other accepts or answers with
another. Repair conversations and planned conversations agree their times this way."""

from __future__ import annotations

from datetime import datetime, timedelta

from toward.core import clock
from toward.vault.errors import KnownError

PAST_SLACK = timedelta(minutes=5)  # "now" typed a moment ago is not in the past


def checked_time(moment: datetime, error: type[KnownError], since: datetime | None = None) -> str:
    """`moment` as stored text, if it has a time zone and is still ahead (of `since`)."""
    if moment.tzinfo is None:
        raise error("A time to talk needs its time zone.")
    if moment < (since or clock.now()) - PAST_SLACK:
        raise error("Pick a time to talk that is still ahead.")
    return clock.to_text(moment)
