"""Bids for connection: who reached out, how it was answered, and the pattern over weeks.

Every statistic is an SQL aggregate (GROUP BY over indexed columns) run in each space the
partner can read and merged; nothing loops over every bid in Python.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from toward.core import clock
from toward.core.attention import AttentionCard
from toward.core.changes import Change
from toward.core.labels import LabelledStr
from toward.core.spaces import NotAllowed, RecordInfo, RecordStore, Space, Spaces
from toward.vault.database import transaction
from toward.vault.errors import KnownError

TABLE = "bids"
CONTENT_COLUMNS = (
    "bidder_id",
    "kind",
    "description",
    "made_at",
    "answer",
    "note",
    "mood_after",
    "late_toward_at",
    "late_note",
)
UNKNOWN_PARTNER = "partner"  # a bidder who has not joined Toward yet
MAX_TEXT = 2000
WAITING_DAYS = 14  # how long a missed or turned-from bid is offered for a late answer

# Weeks start on Monday and hours are counted in local time: the OS time zone, daylight-
# saving changes included. Python turns the weeks asked for into UTC ranges, one per week
# (two for a week with a daylight-saving change), each with its week and UTC offset (see
# local_spans). SQL then finds each range's bids through the made_at index and reads the
# local hour from the stored UTC text ('YYYY-MM-DDTHH:MM...', see clock.to_text) plus the
# offset: plain arithmetic, where SQLite's 'localtime' asks the C library for every row.
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


class BidKind(LabelledStr):
    COMMENT = "comment", "a comment"
    QUESTION = "question", "a question"
    TOUCH = "touch", "a touch"
    HELP = "help", "a request for help"
    INVITATION = "invitation", "an invitation"
    SIGH = "sigh", "a sigh or a look"
    OTHER = "other", "something else"


class Answer(LabelledStr):
    TOWARD = "toward", "turned toward"
    AWAY = "away", "turned away"
    AGAINST = "against", "turned against"
    MISSED = "missed", "not yet answered"


TIMES_OF_DAY = ("morning", "afternoon", "evening", "night")

RESEARCH_CONTEXT = (
    "Research context, not a grade: in John Gottman's study of newlywed couples, those "
    "still together six years later had turned toward each other's bids about 86% of the "
    "time; those who had separated, about 33%. (Gottman & DeClaire, The Relationship "
    "Cure, 2001.) Every couple's numbers move from week to week."
)


class InvalidBid(KnownError):
    """A bid that cannot be logged as given, with the reason."""


@dataclass(frozen=True)
class Bid:
    info: RecordInfo
    bidder_id: str
    kind: BidKind
    description: str
    made_at: datetime
    answer: Answer
    note: str
    mood_after: int | None
    late_toward_at: datetime | None
    late_note: str

    @property
    def id(self) -> str:
        return self.info.id

    @property
    def space(self) -> Space:
        return self.info.space


def _build(info: RecordInfo, row: Mapping[str, Any]) -> Bid:
    return Bid(
        info=info,
        bidder_id=row["bidder_id"],
        kind=BidKind(row["kind"]),
        description=row["description"],
        made_at=clock.from_text(row["made_at"]),  # type: ignore[arg-type]
        answer=Answer(row["answer"]),
        note=row["note"],
        mood_after=row["mood_after"],
        late_toward_at=clock.from_text(row["late_toward_at"]),
        late_note=row["late_note"],
    )


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


def week_start(day: date) -> date:
    """The Monday of the week holding `day`."""
    return day - timedelta(days=day.weekday())


class Bids:
    """A partner's door to bids in their private space and the shared one."""

    def __init__(self, spaces: Spaces, partner_ids: Iterable[str]) -> None:
        self._spaces = spaces
        self._store: RecordStore[Bid] = RecordStore(
            spaces, TABLE, CONTENT_COLUMNS, _build, change=Change.BIDS
        )
        others = [p for p in partner_ids if p != spaces.partner_id]
        self.partner_id = spaces.partner_id
        self.other_id = others[0] if others else UNKNOWN_PARTNER

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
            raise InvalidBid("A bid's time needs its time zone.")
        if moment > clock.now() + timedelta(minutes=5):
            raise InvalidBid("A bid cannot be logged in the future.")
        content = {
            "bidder_id": self.partner_id if by_me else self.other_id,
            "kind": _kind(kind),
            "description": _text(description, "description"),
            "made_at": clock.to_text(moment),
            "answer": _answer(answer),
            "note": _text(note, "note"),
            "mood_after": _mood(mood_after),
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
            "description": _text(description, "description"),
            "kind": _kind(kind),
            "answer": _answer(answer),
            "note": _text(note, "note"),
            "mood_after": _mood(mood_after),
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
        already = InvalidBid("This bid was already turned toward.")
        if current.answer is Answer.TOWARD or current.late_toward_at is not None:
            raise already
        text = _text(note, "note")
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

    # Made by the other partner (see made_by_me), not turned toward, not answered late.
    # Only recent ones: a bid from months ago is history to learn from, not a to-do.
    _WAITING = (
        "made_at >= ? AND answer != 'toward' AND late_toward_at IS NULL AND bidder_id != ? "
        f"AND NOT (bidder_id = '{UNKNOWN_PARTNER}' AND author_id != ?)"
    )

    def _waiting_params(self) -> tuple[object, ...]:
        since = clock.to_text(clock.now() - timedelta(days=WAITING_DAYS))
        return (since, self.partner_id, self.partner_id)

    def unanswered_for_me(self, *, limit: int = 20, offset: int = 0) -> list[Bid]:
        """The other partner's shared bids of the last two weeks not yet turned toward."""
        return self._store.list(
            Space.SHARED,
            where=self._WAITING,
            params=self._waiting_params(),
            order="made_at DESC",
            limit=limit,
            offset=offset,
        )

    def recent_in_both(self, *, limit: int = 50, offset: int = 0) -> list[Bid]:
        """Private and shared bids together, newest first: a slice of the merged list."""
        wanted = offset + limit
        merged = sorted(
            self.recent(Space.PRIVATE, limit=wanted) + self.recent(Space.SHARED, limit=wanted),
            key=lambda bid: bid.made_at,
            reverse=True,
        )
        return merged[offset:wanted]

    def unanswered_count(self) -> int:
        return self._store.count(Space.SHARED, where=self._WAITING, params=self._waiting_params())

    def attention(self) -> AttentionCard | None:
        """Bids the partner made in the shared space that still wait for an answer."""
        count = self.unanswered_count()
        if not count:
            return None
        waiting = self.unanswered_for_me(limit=3)
        return AttentionCard(
            "bids",
            "Bids you could still turn toward",
            count,
            tuple(
                f"{b.kind.label.capitalize()}, {b.made_at.astimezone():%a %d %b}"
                for b in waiting[:3]
            ),
        )

    # -- patterns ----------------------------------------------------------------------

    def patterns(self, *, weeks: int = 12, today: date | None = None) -> BidPatterns:
        """Weekly answers per bidder, the bank account, and bids by time of day and kind.

        All of it covers the same `weeks` local weeks, the last one holding `today`.
        """
        if weeks < 1:
            raise ValueError("patterns need at least one week")
        day = today or clock.today()
        _check_calendar(day, day)
        last = week_start(day)
        first = last - timedelta(weeks=weeks - 1)
        return self._patterns(first, weeks, local_spans(first, weeks))

    def patterns_between(self, start: date, end: date) -> BidPatterns:
        """The same patterns over the local days `start` to `end` inclusive.

        Weeks still start on Monday; the first and the last week count only their days
        inside the period.
        """
        if end < start:
            raise ValueError("the period ends before it starts")
        _check_calendar(start, end)
        first = week_start(start)
        weeks = (week_start(end) - first).days // 7 + 1
        low = _stamp(_local_midnight(start))
        high = _stamp(_local_midnight(end + timedelta(days=1)))
        spans = [
            (max(lo, low), min(hi, high), week, minutes)
            for lo, hi, week, minutes in local_spans(first, weeks)
            if hi > low and lo < high
        ]
        return self._patterns(first, weeks, spans)

    def _patterns(self, first: date, weeks: int, spans: list[Span]) -> BidPatterns:
        by_week: dict[tuple[date, str], AnswerCounts] = {}
        for row in self._grouped("week", spans):
            key = (date.fromisoformat(row["bucket"]), row["who"])
            by_week.setdefault(key, AnswerCounts()).add(row["answer"], row["n"], row["late"])
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
        for row in self._grouped("time_of_day", spans):
            by_time[_PARTS[row["bucket"]]].add(row["answer"], row["n"], row["late"])
        by_kind = {kind: AnswerCounts() for kind in BidKind}
        for row in self._grouped("kind", spans):
            by_kind[BidKind(row["bucket"])].add(row["answer"], row["n"], row["late"])
        return BidPatterns(week_list, bank, by_time, by_kind)

    def _grouped(self, bucket: str, spans: list[Span]) -> list[dict[str, Any]]:
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
        params = [value for span in spans for value in span]
        params += [me, self.other_id, me, me]
        rows: list[dict[str, Any]] = []
        for space in (Space.PRIVATE, Space.SHARED):
            for row in self._spaces.conn(space).execute(sql, params):
                rows.append({key: row[key] for key in row.keys()})  # noqa: SIM118
        return rows


Span = tuple[str, str, str, int]  # from, until (stored timestamps), week, UTC offset (min)


def local_spans(first: date, weeks: int) -> list[Span]:
    """The local weeks from Monday `first` on as UTC ranges of one UTC offset each.

    Each span is (from, until) as stored timestamps, the week's Monday, and the UTC offset
    in minutes; a daylight-saving change splits its week in two. The offsets are the C
    library's, as SQLite's 'localtime' would use.
    """
    spans = []
    begin = _local_midnight(first)
    for week in (first + timedelta(weeks=i) for i in range(weeks)):
        end = _local_midnight(week + timedelta(weeks=1))
        for start, until, offset in _offset_runs(begin, end):
            spans.append((_stamp(start), _stamp(until), week.isoformat(), offset // 60))
        begin = end
    return spans


def _offset_runs(begin: int, end: int) -> list[tuple[int, int, int]]:
    """[begin, end) in seconds split where the local UTC offset changes."""
    runs, offset = [], _utc_offset(begin)
    while _utc_offset(end - 1) != offset:
        low, high = begin, end - 1  # the offset is the same at `low`, changed by `high`
        while high - low > 1:
            middle = (low + high) // 2
            low, high = (middle, high) if _utc_offset(middle) == offset else (low, middle)
        runs.append((begin, high, offset))
        begin, offset = high, _utc_offset(high)
    runs.append((begin, end, offset))
    return runs


def _check_calendar(start: date, end: date) -> None:
    if not (clock.in_calendar(start) and clock.in_calendar(end)):
        raise InvalidBid(f"Bid patterns cover days {clock.calendar_words()}.")


def _local_midnight(day: date) -> int:
    return int(datetime.combine(day, datetime.min.time()).astimezone().timestamp())


def _utc_offset(moment: int) -> int:
    return time.localtime(moment).tm_gmtoff


def _stamp(moment: int) -> str:
    return clock.to_text(datetime.fromtimestamp(moment, UTC))


def _text(value: str, what: str) -> str:
    text = value.replace("\x00", "").strip()
    if len(text) > MAX_TEXT:
        raise InvalidBid(f"The {what} can be at most {MAX_TEXT:,} characters.")
    return text


def _kind(value: str) -> str:
    try:
        return BidKind(value).value
    except ValueError:
        raise InvalidBid(f"{value!r} is not a kind of bid Toward knows.") from None


def _answer(value: str) -> str:
    try:
        return Answer(value).value
    except ValueError:
        raise InvalidBid(f"{value!r} is not an answer Toward knows.") from None


def _mood(value: int | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise InvalidBid("Mood is a number from 1 (heavy) to 5 (bright).")
    return value
