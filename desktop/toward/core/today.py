"""The Today page as plain data: this week's bids, the bank-account trend, and the cards
each feature offers for what needs attention. Features hand in their cards; this module
knows none of their internals.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from toward.core import clock
from toward.core.attention import AttentionCard, CardSource
from toward.core.bids import AnswerCounts, BidPatterns, Bids, week_start


@dataclass(frozen=True)
class TodayView:
    day: date
    week_start: date
    this_week: dict[str, AnswerCounts]  # bidder id → how their bids were answered
    patterns: BidPatterns
    cards: tuple[AttentionCard, ...]


def build_today(
    bids: Bids, sources: Iterable[CardSource], *, today: date | None = None, weeks: int = 12
) -> TodayView:
    day = today or clock.today()
    patterns = bids.patterns(weeks=weeks, today=day)
    start = week_start(day)
    this_week = {w.bidder_id: w.counts for w in patterns.weeks if w.week_start == start}
    cards = tuple(card for source in sources if (card := source()) is not None and card.count)
    return TodayView(day, start, this_week, patterns, cards)
