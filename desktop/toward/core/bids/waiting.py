"""Bids still waiting for the partner: what the Today page offers to turn toward late."""

from __future__ import annotations

from datetime import timedelta

from toward.core import clock
from toward.core.attention import AttentionCard
from toward.core.bids.model import UNKNOWN_PARTNER, Bid
from toward.core.formatting import format_date, upper_first
from toward.core.i18n import translate
from toward.core.spaces import RecordStore, Space

WAITING_DAYS = 14  # how long a missed or turned-from bid is offered for a late answer

# Made by the other partner (see Bids.made_by_me), not turned toward, not answered late.
# Only recent ones: a bid from months ago is history to learn from, not a to-do.
_WAITING = (
    "made_at >= ? AND answer != 'toward' AND late_toward_at IS NULL AND bidder_id != ? "
    f"AND NOT (bidder_id = '{UNKNOWN_PARTNER}' AND author_id != ?)"
)


class WaitingBids:
    """The other partner's shared bids that one partner could still turn toward."""

    def __init__(self, store: RecordStore[Bid], partner_id: str) -> None:
        self._store = store
        self._partner_id = partner_id

    def _params(self) -> tuple[object, ...]:
        since = clock.to_text(clock.now() - timedelta(days=WAITING_DAYS))
        return (since, self._partner_id, self._partner_id)

    def listed(self, *, limit: int = 20, offset: int = 0) -> list[Bid]:
        """The waiting bids, newest first."""
        return self._store.list(
            Space.SHARED,
            where=_WAITING,
            params=self._params(),
            order="made_at DESC",
            limit=limit,
            offset=offset,
        )

    def count(self) -> int:
        return self._store.count(Space.SHARED, where=_WAITING, params=self._params())

    def attention(self) -> AttentionCard | None:
        """A card for Today when any bid waits, naming the first few by kind and day."""
        count = self.count()
        if not count:
            return None
        return AttentionCard(
            "bids",
            translate("core.bids.waiting", "Bids you could still turn toward"),
            count,
            tuple(
                translate("core.bids.waiting", "{kind}, {day}").format(
                    kind=upper_first(b.kind.label), day=format_date(b.made_at, "short_weekday")
                )
                for b in self.listed(limit=3)
            ),
        )
