"""Promises over time: follow-through per partner per month, as counts.

Months are local: a promise counts in the month of the local day it was settled on,
as stored when it was settled (`status_on`), so the counts are one GROUP BY on an index.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from toward.core import clock
from toward.core.promises.model import PROMISES, PromiseStatus
from toward.vault.database import Connection


@dataclass(frozen=True)
class MonthOfPromises:
    """How one partner's promises were settled in one month."""

    month: date  # the first day of the month
    promiser_id: str
    kept: int = 0
    missed: int = 0
    renegotiated: int = 0
    released: int = 0

    @property
    def settled(self) -> int:
        return self.kept + self.missed + self.renegotiated + self.released


def months(start: date, end: date) -> list[date]:
    """The first day of every month from `start`'s to `end`'s, both included."""
    first, last = start.replace(day=1), end.replace(day=1)
    found = []
    while first <= last:
        found.append(first)
        first = (first + timedelta(days=32)).replace(day=1)
    return found


def follow_through(
    conn: Connection, promiser_ids: Iterable[str], start: date, end: date
) -> list[MonthOfPromises]:
    """Counts per month (oldest first) and promiser, a row for each even when all zero."""
    if end < start:
        raise ValueError("a period ends on or after its first day")
    counts: dict[tuple[str, str], dict[str, int]] = {}
    rows = conn.execute(
        f"SELECT substr(status_on, 1, 7) AS month, promiser_id, status, count(*) AS n "
        f"FROM {PROMISES} WHERE status_on >= ? AND status_on <= ? AND status != 'open' "
        "GROUP BY month, promiser_id, status",
        (start.isoformat(), end.isoformat()),
    )
    for month, who, status, n in rows:
        counts.setdefault((month, who), {})[PromiseStatus(status).value] = n
    people = sorted(set(promiser_ids) | {who for _month, who in counts})
    return [
        MonthOfPromises(first, who, **counts.get((first.isoformat()[:7], who), {}))
        for first in months(start, end)
        for who in people
    ]


def utc_bounds(start: date, end: date) -> tuple[str, str]:
    """Stored timestamps from `start`'s local midnight to the midnight after `end`."""
    return _midnight(start), _midnight(end + timedelta(days=1))


def _midnight(day: date) -> str:
    return clock.to_text(datetime.combine(day, datetime.min.time()).astimezone())
