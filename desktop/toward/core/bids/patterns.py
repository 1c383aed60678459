"""The pattern of bids over weeks: answers per bidder, the bank account, time of day, kind.

Every statistic is an SQL aggregate (GROUP BY over indexed columns) run in each space the
partner can read and merged; nothing loops over every bid in Python.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from toward.core import clock
from toward.core.bids.model import TABLE, UNKNOWN_PARTNER, Answer, BidKind
from toward.core.bids.weeks import Span, check_calendar, local_spans, spans_between, week_start
from toward.core.i18n import QT_TRANSLATE_NOOP
from toward.core.spaces import Space, Spaces

TIMES_OF_DAY = ("morning", "afternoon", "evening", "night")

RESEARCH_CONTEXT = QT_TRANSLATE_NOOP(
    "core.bids",
    "Research context, not a grade: in John Gottman's study of newlywed couples, those "
    "still together six years later had turned toward each other's bids about 86% of the "
    "time; those who had separated, about 33%. (Gottman & DeClaire, The Relationship "
    "Cure, 2001.) Every couple's numbers move from week to week.",
)

# The local hour, read from the stored UTC text ('YYYY-MM-DDTHH:MM...', see clock.to_text)
# plus the span's offset: plain arithmetic, where SQLite's 'localtime' asks the C library
# for every row.
_LOCAL_MINUTE = (
    "(CAST(substr(b.made_at, 12, 2) AS INTEGER) * 60 + CAST(substr(b.made_at, 15, 2) AS INTEGER)"
    " + s.minutes + 1440) % 1440"
)
_PART_OF_HOUR = "".join(
    "m" if 5 <= h <= 11 else "a" if 12 <= h <= 16 else "e" if 17 <= h <= 21 else "n"
    for h in range(24)
)
_PARTS = {"m": "morning", "a": "afternoon", "e": "evening", "n": "night"}
_BUCKETS = {
    "week": "s.week",
    "time_of_day": f"substr('{_PART_OF_HOUR}', {_LOCAL_MINUTE} / 60 + 1, 1)",
    "kind": "b.kind",
}


@dataclass
class AnswerCounts:
    toward: int = 0
    away: int = 0
    against: int = 0
    missed: int = 0
    late_toward: int = 0

    @property
    def total(self) -> int:
        return self.toward + self.away + self.against + self.missed

    @property
    def toward_share(self) -> float | None:
        """Share of this period's bids turned toward (None when there were none)."""
        return None if self.total == 0 else self.toward / self.total

    def add(self, answer: str, count: int, late: int) -> None:
        name = Answer(answer).value  # never 'late_toward' or any other attribute
        setattr(self, name, getattr(self, name) + count)
        self.late_toward += late


@dataclass(frozen=True)
class WeekOfBids:
    """One week of one partner's bids and how they were answered."""

    week_start: date
    bidder_id: str
    counts: AnswerCounts


@dataclass(frozen=True)
class BankPoint:
    """The emotional bank account in one week: toward answers in, away and against out."""

    week_start: date
    deposits: int
    withdrawals: int
    balance: int  # running, from the first week shown


@dataclass(frozen=True)
class BidPatterns:
    weeks: list[WeekOfBids]
    bank: list[BankPoint]
    by_time_of_day: dict[str, AnswerCounts] = field(default_factory=dict)
    by_kind: dict[BidKind, AnswerCounts] = field(default_factory=dict)


@dataclass(frozen=True)
class _Group:
    """One row of the grouped counts: a bucket, a bidder, an answer, and how many."""

    bucket: str
    who: str
    answer: str
    count: int
    late: int

    def add_to(self, counts: AnswerCounts) -> None:
        counts.add(self.answer, self.count, self.late)


class BidPatternReader:
    """Bid patterns as one partner sees them, over both spaces they can read."""

    def __init__(self, spaces: Spaces, partner_id: str, other_id: str) -> None:
        self._spaces = spaces
        self.partner_id = partner_id
        self.other_id = other_id

    def patterns(self, *, weeks: int = 12, today: date | None = None) -> BidPatterns:
        """Weekly answers per bidder, the bank account, and bids by time of day and kind.

        All of it covers the same `weeks` local weeks, the last one holding `today`.
        """
        if weeks < 1:
            raise ValueError("patterns need at least one week")
        day = today or clock.today()
        check_calendar(day, day)
        first = week_start(day) - timedelta(weeks=weeks - 1)
        return self._patterns(first, weeks, local_spans(first, weeks))

    def patterns_between(self, start: date, end: date) -> BidPatterns:
        """The same patterns over the local days `start` to `end` inclusive.

        Weeks still start on Monday; the first and the last week count only their days
        inside the period.
        """
        if end < start:
            raise ValueError("the period ends before it starts")
        check_calendar(start, end)
        return self._patterns(*spans_between(start, end))

    def _patterns(self, first: date, weeks: int, spans: list[Span]) -> BidPatterns:
        by_week: dict[tuple[date, str], AnswerCounts] = {}
        for group in self._grouped("week", spans):
            key = (date.fromisoformat(group.bucket), group.who)
            group.add_to(by_week.setdefault(key, AnswerCounts()))
        bidders = {who for _start, who in by_week} | {self.partner_id}
        if self.other_id != UNKNOWN_PARTNER:
            bidders.add(self.other_id)
        starts = [first + timedelta(weeks=i) for i in range(weeks)]
        week_list = [
            WeekOfBids(start, who, by_week.get((start, who), AnswerCounts()))
            for start in starts
            for who in sorted(bidders)
        ]
        bank, balance = [], 0
        for start in starts:
            counts = [by_week[key] for key in by_week if key[0] == start]
            deposits = sum(c.toward + c.late_toward for c in counts)
            withdrawals = sum(c.away + c.against for c in counts)
            balance += deposits - withdrawals
            bank.append(BankPoint(start, deposits, withdrawals, balance))
        by_time = {name: AnswerCounts() for name in TIMES_OF_DAY}
        for group in self._grouped("time_of_day", spans):
            group.add_to(by_time[_PARTS[group.bucket]])
        by_kind = {kind: AnswerCounts() for kind in BidKind}
        for group in self._grouped("kind", spans):
            if group.bucket in by_kind:  # a kind from damage is named where bids are listed
                group.add_to(by_kind[BidKind(group.bucket)])
        return BidPatterns(week_list, bank, by_time, by_kind)

    def _grouped(self, bucket: str, spans: list[Span]) -> list[_Group]:
        """Counts per (bucket, bidder, answer) in the spans' weeks, over both spaces.

        Each bid is counted once: the partner's own shared copies add only the late
        answers the other partner gave them (those live in the copy alone), their
        originals in the private space count as the bid. A 'partner' bidder is whoever
        did not log the bid.
        """
        me = self.partner_id
        values = ", ".join(["(?, ?, ?, ?)"] * len(spans))
        sql = (
            f"WITH s (lo, hi, week, minutes) AS (VALUES {values}) "
            f"SELECT {_BUCKETS[bucket]} AS bucket, "
            f"CASE WHEN b.bidder_id = '{UNKNOWN_PARTNER}' THEN "
            "CASE WHEN b.author_id = ? THEN ? ELSE ? END ELSE b.bidder_id END AS who, b.answer, "
            "sum(CASE WHEN b.author_id = ? AND b.origin_id IS NOT NULL THEN 0 ELSE 1 END) AS n, "
            "count(CASE WHEN b.answer != 'toward' THEN b.late_toward_at END) AS late "
            f"FROM s CROSS JOIN {TABLE} b ON b.made_at >= s.lo AND b.made_at < s.hi "
            "GROUP BY bucket, who, b.answer"
        )
        params: list[object] = [value for span in spans for value in span]
        params += [me, self.other_id, me, me]
        return [
            _Group(str(bucket), str(who), str(answer), int(count), int(late))
            for space in (Space.PRIVATE, Space.SHARED)
            for bucket, who, answer, count, late in self._spaces.conn(space).execute(sql, params)
        ]
