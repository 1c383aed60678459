"""Logging bids and answering them: the bids feature's door for one partner."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from toward.core import clock
from toward.core.attention import AttentionCard
from toward.core.bids.model import (
    CONTENT_COLUMNS,
    TABLE,
    UNKNOWN_PARTNER,
    Answer,
    Bid,
    BidKind,
    InvalidBid,
    build_bid,
    checked_answer,
    checked_kind,
    checked_mood,
    checked_text,
)
from toward.core.bids.patterns import BidPatternReader, BidPatterns
from toward.core.bids.waiting import WaitingBids
from toward.core.changes import Change
from toward.core.i18n import QT_TRANSLATE_NOOP
from toward.core.spaces import NotAllowed, RecordStore, Space, Spaces
from toward.vault.database import transaction


class Bids:
    """A partner's door to bids in their private space and the shared one."""

    def __init__(self, spaces: Spaces, partner_ids: Iterable[str]) -> None:
        self._spaces = spaces
        self._store: RecordStore[Bid] = RecordStore(
            spaces, TABLE, CONTENT_COLUMNS, build_bid, change=Change.BIDS
        )
        others = [p for p in partner_ids if p != spaces.partner_id]
        self.partner_id = spaces.partner_id
        self.other_id = others[0] if others else UNKNOWN_PARTNER
        self._waiting = WaitingBids(self._store, self.partner_id)
        self._patterns = BidPatternReader(spaces, self.partner_id, self.other_id)

    # -- logging -----------------------------------------------------------------------

    def log(
        self,
        space: Space,
        *,
        by_me: bool,
        description: str = "",
        kind: BidKind = BidKind.COMMENT,
        answer: Answer = Answer.TOWARD,
        made_at: datetime | None = None,
        note: str = "",
        mood_after: int | None = None,
    ) -> Bid:
        """Log a bid the partner made (`by_me`) or one they received, with its answer."""
        moment = made_at or clock.now()
        if moment.tzinfo is None:
            raise InvalidBid(QT_TRANSLATE_NOOP("vault.errors", "A bid's time needs its time zone."))
        if moment > clock.now() + timedelta(minutes=5):
            raise InvalidBid(
                QT_TRANSLATE_NOOP("vault.errors", "A bid cannot be logged in the future.")
            )
        content = {
            "bidder_id": self.partner_id if by_me else self.other_id,
            "kind": checked_kind(kind),
            "description": checked_text(
                description, QT_TRANSLATE_NOOP("core.bids.model", "description")
            ),
            "made_at": clock.to_text(moment),
            "answer": checked_answer(answer),
            "note": checked_text(note, QT_TRANSLATE_NOOP("core.bids.model", "note")),
            "mood_after": checked_mood(mood_after),
            "late_toward_at": None,
            "late_note": "",
        }
        return self._store.add(space, content)

    def edit(
        self,
        bid: Bid,
        *,
        description: str,
        kind: BidKind,
        answer: Answer,
        note: str = "",
        mood_after: int | None = None,
    ) -> Bid:
        """Correct one of the partner's own logged bids."""
        content = {
            "description": checked_text(
                description, QT_TRANSLATE_NOOP("core.bids.model", "description")
            ),
            "kind": checked_kind(kind),
            "answer": checked_answer(answer),
            "note": checked_text(note, QT_TRANSLATE_NOOP("core.bids.model", "note")),
            "mood_after": checked_mood(mood_after),
        }
        return self._store.update(bid.space, bid.id, content)

    def delete(self, bid: Bid) -> None:
        self._store.delete(bid.space, bid.id)

    def share(self, bid: Bid) -> Bid:
        """Copy a private bid into the shared space (again after an edit).

        A late turn toward, given to the shared copy by the other partner, is theirs:
        sharing again after an edit keeps it.
        """
        late = (
            self._spaces.conn(Space.SHARED)
            .execute(
                f"SELECT late_toward_at, late_note FROM {TABLE} "
                "WHERE origin_id = ? AND late_toward_at IS NOT NULL LIMIT 1",
                (bid.id,),
            )
            .fetchone()
        )
        overrides = None if late is None else {"late_toward_at": late[0], "late_note": late[1]}
        return self._store.share(bid.id, overrides)

    def unshare(self, bid: Bid) -> None:
        if bid.space is Space.SHARED:
            self._store.unshare_copy(bid.id)
        else:
            self._store.unshare(bid.id)

    def turn_toward_late(self, bid: Bid, note: str = "") -> Bid:
        """Answer a shared bid the partner made that went unnoticed or was turned from.

        The original answer stays as it was; the late turn toward is recorded beside it.
        """
        if bid.space is not Space.SHARED:
            raise NotAllowed("A late answer goes to a bid in the shared space.")
        current = self._store.get(Space.SHARED, bid.id)  # `bid` may be an old reading
        if self.made_by_me(current):
            raise NotAllowed("Only the partner who received the bid can answer it late.")
        already = InvalidBid(
            QT_TRANSLATE_NOOP("vault.errors", "This bid was already turned toward.")
        )
        if current.answer is Answer.TOWARD or current.late_toward_at is not None:
            raise already
        text = checked_text(note, QT_TRANSLATE_NOOP("core.bids.model", "note"))
        conn = self._spaces.conn(Space.SHARED)
        with transaction(conn):
            changed = conn.execute(
                f"UPDATE {TABLE} SET late_toward_at = ?, late_note = ? "
                "WHERE id = ? AND late_toward_at IS NULL AND answer != 'toward'",
                (clock.to_text(clock.now()), text, bid.id),
            ).rowcount
            if changed != 1:  # answered in the meantime, by this partner on another screen
                raise already
        self._spaces.announce(Change.BIDS)
        return self._store.get(Space.SHARED, bid.id)

    def made_by_me(self, bid: Bid) -> bool:
        """Whether the unlocked partner made this bid.

        'partner' names whoever did not log the bid: a bid logged before the second
        partner joined, by the one who was there.
        """
        if bid.bidder_id == UNKNOWN_PARTNER:
            return bid.info.author_id != self.partner_id
        return bid.bidder_id == self.partner_id

    # -- reading -----------------------------------------------------------------------

    def get(self, space: Space, bid_id: str) -> Bid:
        return self._store.get(space, bid_id)

    def recent(self, space: Space, *, limit: int = 50, offset: int = 0) -> list[Bid]:
        return self._store.list(space, order="made_at DESC", limit=limit, offset=offset)

    def count(self, space: Space) -> int:
        return self._store.count(space)

    def recent_in_both(self, *, limit: int = 50, offset: int = 0) -> list[Bid]:
        """Private and shared bids together, newest first: a slice of the merged list."""
        wanted = offset + limit
        merged = sorted(
            self.recent(Space.PRIVATE, limit=wanted) + self.recent(Space.SHARED, limit=wanted),
            key=lambda bid: bid.made_at,
            reverse=True,
        )
        return merged[offset:wanted]

    # -- waiting for an answer --------------------------------------------------------

    def unanswered_for_me(self, *, limit: int = 20, offset: int = 0) -> list[Bid]:
        """The other partner's shared bids of the last two weeks not yet turned toward."""
        return self._waiting.listed(limit=limit, offset=offset)

    def unanswered_count(self) -> int:
        return self._waiting.count()

    def attention(self) -> AttentionCard | None:
        """Bids the partner made in the shared space that still wait for an answer."""
        return self._waiting.attention()

    # -- patterns ----------------------------------------------------------------------

    def patterns(self, *, weeks: int = 12, today: date | None = None) -> BidPatterns:
        """Weekly answers per bidder, the bank account, and bids by time of day and kind.

        All of it covers the same `weeks` local weeks, the last one holding `today`.
        """
        return self._patterns.patterns(weeks=weeks, today=today)

    def patterns_between(self, start: date, end: date) -> BidPatterns:
        """The same patterns over the local days `start` to `end` inclusive."""
        return self._patterns.patterns_between(start, end)
