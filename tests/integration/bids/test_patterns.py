"""Patterns over weeks: local Monday-start weeks, time of day, kind, and the bank account.

Each test picks the process time zone (SQLite's 'localtime' follows it) and writes bids at
wall-clock times in it, on real SQLCipher files.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from tests.conftest import PASSWORDS, Couple
from tests.integration.bids.support import insert_bids, local
from toward.core.bids import (
    TIMES_OF_DAY,
    UNKNOWN_PARTNER,
    AnswerCounts,
    BankPoint,
    BidKind,
    BidPatterns,
    InvalidBid,
)
from toward.core.bids.patterns import BidPatternReader
from toward.core.spaces import Space
from toward.session import Session

Grid = dict[tuple[date, str], AnswerCounts]


def grid(patterns: BidPatterns) -> Grid:
    return {(w.week_start, w.bidder_id): w.counts for w in patterns.weeks}


def log_at(session: Session, when: datetime, *, by_me: bool = True, **kw: Any) -> None:
    session.bids.log(kw.pop("space", Space.SHARED), by_me=by_me, made_at=when, **kw)


@pytest.fixture
def utc(local_tz: Callable[[str], None]) -> None:
    local_tz("UTC")


# -- weeks per bidder ----------------------------------------------------------------------


def test_weekly_counts_per_bidder_with_empty_weeks_as_zero(utc: None, maya: Session, sam: Session):
    me, him = maya.partner.id, sam.partner.id
    for day, answer in ((18, "toward"), (19, "toward"), (24, "away")):
        log_at(maya, local(2026, 5, day, 9), answer=answer)
    log_at(maya, local(2026, 5, 20, 9), by_me=False, answer="missed", space=Space.PRIVATE)
    log_at(sam, local(2026, 6, 3, 21), answer="against")
    log_at(sam, local(2026, 6, 9, 7), by_me=False, answer="toward")  # Maya's, logged by Sam

    found = maya.bids.patterns(weeks=4, today=date(2026, 6, 10))
    weeks = [date(2026, 5, 18), date(2026, 5, 25), date(2026, 6, 1), date(2026, 6, 8)]
    assert [w.week_start for w in found.weeks] == sorted(weeks * 2)
    assert grid(found) == {
        (weeks[0], me): AnswerCounts(toward=2, away=1),
        (weeks[0], him): AnswerCounts(missed=1),
        (weeks[1], me): AnswerCounts(),
        (weeks[1], him): AnswerCounts(),
        (weeks[2], me): AnswerCounts(),
        (weeks[2], him): AnswerCounts(against=1),
        (weeks[3], me): AnswerCounts(toward=1),
        (weeks[3], him): AnswerCounts(),
    }
    shares = {key: counts.toward_share for key, counts in grid(found).items()}
    assert shares[(weeks[0], me)] == pytest.approx(2 / 3)
    assert shares[(weeks[0], him)] == 0
    assert shares[(weeks[1], me)] is None  # an empty week has no rate, not 0%
    assert shares[(weeks[3], me)] == 1


def test_a_partner_with_no_bids_yet_still_has_a_row_each_week(maya: Session, sam: Session):
    log_at(maya, datetime(2026, 6, 2, 12, tzinfo=UTC))
    found = maya.bids.patterns(weeks=3, today=date(2026, 6, 3))
    assert {who for _week, who in grid(found)} == {maya.partner.id, sam.partner.id}
    assert len(found.weeks) == 6
    assert all(w.counts == AnswerCounts() for w in found.weeks if w.bidder_id == sam.partner.id)


def test_bids_outside_the_weeks_shown_count_nowhere(utc: None, maya: Session):
    # The weeks shown: Monday 18 May to Sunday 7 June 2026.
    log_at(maya, local(2026, 5, 17, 23, 59), kind=BidKind.TOUCH)  # the Sunday before
    log_at(maya, local(2026, 6, 8, 0, 0), kind=BidKind.TOUCH)  # the Monday after
    log_at(maya, local(2026, 5, 18, 0, 0), kind=BidKind.SIGH, answer="away")
    log_at(maya, local(2026, 6, 7, 23, 59), kind=BidKind.SIGH, answer="away")
    found = maya.bids.patterns(weeks=3, today=date(2026, 6, 7))
    assert sum(w.counts.total for w in found.weeks) == 2
    assert sum(c.total for c in found.by_time_of_day.values()) == 2
    assert found.by_kind[BidKind.TOUCH] == AnswerCounts()
    assert found.by_kind[BidKind.SIGH] == AnswerCounts(away=2)
    assert [p.withdrawals for p in found.bank] == [1, 0, 1]


def test_weeks_must_be_at_least_one(maya: Session):
    with pytest.raises(ValueError, match="week"):
        maya.bids.patterns(weeks=0)
    assert len(maya.bids.patterns(weeks=1).bank) == 1


# -- week boundaries in local time ---------------------------------------------------------


# Zones east and west of UTC, half- and quarter-hour offsets, a day either side of UTC.
ZONES = [
    "UTC",
    "Asia/Tokyo",  # UTC+9: Monday 00:00 is still Sunday in UTC
    "America/New_York",  # UTC-4 in June: Sunday 23:59 is already Monday in UTC
    "Asia/Kolkata",  # UTC+5:30
    "America/St_Johns",  # UTC-2:30 in June
    "Asia/Kathmandu",  # UTC+5:45
    "Pacific/Kiritimati",  # UTC+14
    "Pacific/Pago_Pago",  # UTC-11
]


@pytest.mark.parametrize("zone", ZONES)
def test_sunday_2359_and_monday_0000_local_are_different_weeks(
    local_tz: Callable[[str], None], maya: Session, zone: str
):
    local_tz(zone)
    log_at(maya, local(2026, 6, 7, 23, 59), answer="toward")
    log_at(maya, local(2026, 6, 8, 0, 0), answer="away")
    found = grid(maya.bids.patterns(weeks=2, today=date(2026, 6, 8)))
    assert found[(date(2026, 6, 1), maya.partner.id)] == AnswerCounts(toward=1)
    assert found[(date(2026, 6, 8), maya.partner.id)] == AnswerCounts(away=1)


@pytest.mark.parametrize("zone", ZONES)
def test_times_of_day_change_at_local_hours(
    local_tz: Callable[[str], None], maya: Session, zone: str
):
    local_tz(zone)
    parts = {
        "night": [(0, 0), (4, 59), (22, 0), (23, 59)],
        "morning": [(5, 0), (11, 59)],
        "afternoon": [(12, 0), (16, 59)],
        "evening": [(17, 0), (21, 59)],
    }
    answers = {"morning": "toward", "afternoon": "away", "evening": "against", "night": "missed"}
    for part, times in parts.items():
        for hour, minute in times:
            log_at(maya, local(2026, 6, 3, hour, minute), answer=answers[part])
    found = maya.bids.patterns(weeks=1, today=date(2026, 6, 3)).by_time_of_day
    assert list(found) == list(TIMES_OF_DAY)
    assert found == {
        "morning": AnswerCounts(toward=2),
        "afternoon": AnswerCounts(away=2),
        "evening": AnswerCounts(against=2),
        "night": AnswerCounts(missed=4),
    }


def test_the_week_across_new_year_is_one_week(utc: None, maya: Session):
    log_at(maya, local(2025, 12, 28, 23, 59), answer="missed")  # Sunday: the week before
    log_at(maya, local(2025, 12, 29, 0, 0), answer="toward")  # Monday
    log_at(maya, local(2025, 12, 31, 23, 59), answer="toward")
    log_at(maya, local(2026, 1, 1, 0, 0), answer="away")
    log_at(maya, local(2026, 1, 4, 23, 59), answer="against")  # Sunday
    log_at(maya, local(2026, 1, 5, 0, 0), answer="toward")  # next Monday
    found = maya.bids.patterns(weeks=3, today=date(2026, 1, 7))
    me = maya.partner.id
    assert grid(found) == {
        (date(2025, 12, 22), me): AnswerCounts(missed=1),
        (date(2025, 12, 29), me): AnswerCounts(toward=2, away=1, against=1),
        (date(2026, 1, 5), me): AnswerCounts(toward=1),
        **{(w, s): AnswerCounts() for w, s in grid(found) if s != me},
    }


# -- daylight saving: Europe/London, 2026 --------------------------------------------------
# Spring forward: Sunday 29 March, 01:00 GMT becomes 02:00 BST (01:00 UTC).
# Fall back: Sunday 25 October, 02:00 BST becomes 01:00 GMT (01:00 UTC).


def utc_at(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_spring_forward_weeks_and_times_of_day(london: None, maya: Session):
    me = maya.partner.id
    night_before = [
        utc_at(2026, 3, 28, 4, 30),  # Saturday 04:30 GMT
        utc_at(2026, 3, 29, 0, 59, 59),  # 00:59:59 GMT, just before the change
        utc_at(2026, 3, 29, 1, 0),  # 02:00 BST, just after
        utc_at(2026, 3, 29, 22, 59),  # Sunday 23:59 BST
    ]
    for when in night_before:
        log_at(maya, when, answer="missed")
    log_at(maya, utc_at(2026, 3, 29, 11, 30), answer="away")  # Sunday 12:30 BST: afternoon
    log_at(maya, utc_at(2026, 3, 29, 23, 0), answer="missed")  # Monday 00:00 BST: night
    log_at(maya, utc_at(2026, 3, 30, 4, 30), answer="toward")  # 05:30 BST: morning
    log_at(maya, utc_at(2026, 3, 30, 11, 30), answer="away")  # 12:30 BST: afternoon
    log_at(maya, utc_at(2026, 3, 30, 16, 30), answer="against")  # 17:30 BST: evening
    log_at(maya, utc_at(2026, 3, 30, 21, 30), answer="missed")  # 22:30 BST: night

    found = maya.bids.patterns(weeks=2, today=date(2026, 3, 31))
    assert grid(found)[(date(2026, 3, 23), me)] == AnswerCounts(missed=4, away=1)
    assert grid(found)[(date(2026, 3, 30), me)] == AnswerCounts(
        toward=1, away=1, against=1, missed=2
    )
    assert found.by_time_of_day == {
        "morning": AnswerCounts(toward=1),
        "afternoon": AnswerCounts(away=2),
        "evening": AnswerCounts(against=1),
        "night": AnswerCounts(missed=6),
    }


def test_fall_back_weeks_and_times_of_day(london: None, maya: Session):
    me = maya.partner.id
    log_at(maya, utc_at(2026, 10, 18, 23, 30), answer="toward")  # Monday 19th 00:30 BST
    log_at(maya, utc_at(2026, 10, 24, 4, 30), answer="toward")  # 05:30 BST: morning
    log_at(maya, utc_at(2026, 10, 24, 16, 30), answer="against")  # 17:30 BST: evening
    log_at(maya, utc_at(2026, 10, 25, 0, 30), answer="missed")  # 01:30 BST, first time
    log_at(maya, utc_at(2026, 10, 25, 1, 30), answer="missed")  # 01:30 GMT, second time
    log_at(maya, utc_at(2026, 10, 25, 11, 30), answer="toward")  # Sunday 11:30 GMT: morning
    log_at(maya, utc_at(2026, 10, 25, 23, 59), answer="away")  # Sunday 23:59 GMT: night
    log_at(maya, utc_at(2026, 10, 26, 0, 0), answer="away")  # Monday 00:00 GMT
    log_at(maya, utc_at(2026, 10, 26, 4, 30), answer="missed")  # 04:30 GMT: night
    log_at(maya, utc_at(2026, 10, 26, 16, 30), answer="away")  # 16:30 GMT: afternoon

    found = maya.bids.patterns(weeks=3, today=date(2026, 10, 27))
    assert grid(found)[(date(2026, 10, 12), me)] == AnswerCounts()
    assert grid(found)[(date(2026, 10, 19), me)] == AnswerCounts(
        toward=3, against=1, missed=2, away=1
    )
    assert grid(found)[(date(2026, 10, 26), me)] == AnswerCounts(away=2, missed=1)
    assert found.by_time_of_day == {
        "morning": AnswerCounts(toward=2),
        "afternoon": AnswerCounts(away=1),
        "evening": AnswerCounts(against=1),
        "night": AnswerCounts(toward=1, missed=3, away=2),
    }


# -- time of day and kind ------------------------------------------------------------------


def test_by_kind_counts_every_kind_and_answer(utc: None, maya: Session, sam: Session):
    log_at(maya, local(2026, 6, 2, 9), kind=BidKind.QUESTION, answer="toward")
    log_at(maya, local(2026, 6, 3, 9), kind=BidKind.QUESTION, answer="missed")
    log_at(sam, local(2026, 6, 3, 9), kind=BidKind.HELP, answer="against")
    log_at(maya, local(2026, 6, 4, 9), kind=BidKind.OTHER, space=Space.PRIVATE)
    found = maya.bids.patterns(weeks=1, today=date(2026, 6, 4)).by_kind
    assert list(found) == list(BidKind)
    assert found == {
        **{kind: AnswerCounts() for kind in BidKind},
        BidKind.QUESTION: AnswerCounts(toward=1, missed=1),
        BidKind.HELP: AnswerCounts(against=1),
        BidKind.OTHER: AnswerCounts(toward=1),
    }


# -- the emotional bank account ------------------------------------------------------------


def test_bank_account_deposits_withdrawals_and_running_balance(
    utc: None, maya: Session, sam: Session
):
    week1, week3, week4 = local(2026, 5, 18, 9), local(2026, 6, 1, 9), local(2026, 6, 8, 9)
    for answer in ("toward", "toward", "away", "missed"):
        log_at(maya, week1, answer=answer)
    log_at(sam, week1, answer="toward")
    # Week 3: against, away, and two bids Sam turns toward late (one missed, one away).
    log_at(maya, week3, answer="against", space=Space.PRIVATE)
    log_at(sam, week3, by_me=False, answer="away")
    late_missed = maya.bids.log(Space.SHARED, by_me=True, answer="missed", made_at=week3)
    late_away = maya.bids.log(Space.SHARED, by_me=True, answer="away", made_at=week3)
    for bid in (late_missed, late_away):
        sam.bids.turn_toward_late(sam.bids.get(Space.SHARED, bid.id))
    log_at(maya, week4, answer="missed")

    for session in (maya, sam):  # every bid here is shared, but one private one of Maya's
        found = session.bids.patterns(weeks=4, today=date(2026, 6, 8))
        against = 1 if session is maya else 0
        assert found.bank == [
            BankPoint(date(2026, 5, 18), 3, 1, 2),
            BankPoint(date(2026, 5, 25), 0, 0, 2),
            BankPoint(date(2026, 6, 1), 2, 2 + against, 2 - against),
            BankPoint(date(2026, 6, 8), 0, 0, 2 - against),
        ]
    counts = grid(maya.bids.patterns(weeks=4, today=date(2026, 6, 8)))
    assert counts[(date(2026, 6, 1), maya.partner.id)] == AnswerCounts(
        away=2, against=1, missed=1, late_toward=2
    )
    assert counts[(date(2026, 6, 1), sam.partner.id)] == AnswerCounts()


def test_a_late_answer_is_not_a_second_deposit_once_the_answer_says_toward(
    maya: Session, sam: Session
):
    when = datetime(2026, 6, 2, 9, tzinfo=UTC)
    bid = maya.bids.log(Space.SHARED, by_me=True, answer="missed", made_at=when)
    sam.bids.turn_toward_late(sam.bids.get(Space.SHARED, bid.id))
    (point,) = maya.bids.patterns(weeks=1, today=when.date()).bank
    assert (point.deposits, point.withdrawals) == (1, 0)
    # Maya corrects her log: Sam did turn toward it at the time.
    maya.bids.edit(bid, description="", kind=bid.kind, answer="toward")
    for session in (maya, sam):
        found = session.bids.patterns(weeks=1, today=when.date())
        assert found.bank == [BankPoint(date(2026, 6, 1), 1, 0, 1)]
        assert grid(found)[(date(2026, 6, 1), maya.partner.id)] == AnswerCounts(toward=1)


# -- each bid once, across the spaces one partner can read ---------------------------------


def test_each_bid_is_counted_once_across_spaces(utc: None, maya: Session, sam: Session):
    day = local(2026, 6, 2, 20)
    shared_from_private = maya.bids.log(Space.PRIVATE, by_me=True, answer="away", made_at=day)
    copy = maya.bids.share(shared_from_private)
    maya.bids.log(Space.PRIVATE, by_me=True, answer="toward", made_at=day)  # private only
    sam.bids.log(Space.SHARED, by_me=True, answer="missed", made_at=day)  # Sam's, shared
    sam.bids.log(Space.PRIVATE, by_me=True, answer="against", made_at=day)  # Sam's, private
    unshared = maya.bids.log(Space.PRIVATE, by_me=False, answer="toward", made_at=day)
    maya.bids.share(unshared)
    maya.bids.unshare(unshared)

    def this_week(session: Session) -> dict[str, AnswerCounts]:
        found = session.bids.patterns(weeks=1, today=date(2026, 6, 2))
        return {w.bidder_id: w.counts for w in found.weeks}

    me, him = maya.partner.id, sam.partner.id
    assert this_week(maya) == {
        me: AnswerCounts(toward=1, away=1),
        him: AnswerCounts(toward=1, missed=1),
    }
    assert this_week(sam) == {
        me: AnswerCounts(away=1),  # the shared copy; Maya's private bids are hers alone
        him: AnswerCounts(missed=1, against=1),
    }
    # Sam answers the shared copy late: Maya's count of her (private) original shows it.
    sam.bids.turn_toward_late(sam.bids.get(Space.SHARED, copy.id))
    assert this_week(maya)[me] == AnswerCounts(toward=1, away=1, late_toward=1)
    assert this_week(sam)[me] == AnswerCounts(away=1, late_toward=1)
    bank = maya.bids.patterns(weeks=1, today=date(2026, 6, 2)).bank
    assert bank == [BankPoint(date(2026, 6, 1), 3, 1, 2)]


def test_bids_logged_alone_join_the_partner_who_joins(alone: tuple[Couple, Session]):
    couple, maya = alone
    when = datetime(2026, 6, 2, 9, tzinfo=UTC)
    log_at(maya, when, by_me=False, answer="missed", space=Space.PRIVATE)
    log_at(maya, when, by_me=False, answer="away")
    log_at(maya, when, by_me=True, answer="toward")
    me = maya.partner.id

    def this_week(session: Session) -> dict[str, AnswerCounts]:
        found = session.bids.patterns(weeks=1, today=when.date())
        return {w.bidder_id: w.counts for w in found.weeks}

    assert this_week(maya) == {
        me: AnswerCounts(toward=1),
        UNKNOWN_PARTNER: AnswerCounts(missed=1, away=1),
    }
    maya.add_partner("Sam", PASSWORDS["Sam"])
    sam = Session.start(couple.household.unlock("Sam", PASSWORDS["Sam"]))
    try:
        him = sam.partner.id
        assert this_week(maya) == {me: AnswerCounts(toward=1), him: AnswerCounts(missed=1, away=1)}
        # From Sam's side the same shared bids: the 'partner' Maya named is Sam himself.
        assert this_week(sam) == {me: AnswerCounts(toward=1), him: AnswerCounts(away=1)}
    finally:
        sam.lock()


# -- statistics are aggregates, not rows ---------------------------------------------------


class CountingPatterns(BidPatternReader):
    """Patterns that remember how many rows each aggregate query handed back to Python."""

    fetched: list[int]

    def _grouped(self, *args: Any, **kwargs: Any) -> list[Any]:
        rows = super()._grouped(*args, **kwargs)
        self.fetched.append(len(rows))
        return rows


def test_patterns_fetch_groups_not_bids(utc: None, couple: Couple, maya: Session, sam: Session):
    partners = [maya.partner.id, sam.partner.id]
    start = local(2025, 6, 2, 0)
    answers, kinds = ["toward", "away", "against", "missed"], list(BidKind)
    for space in Space:
        insert_bids(
            maya,
            space,
            (
                (partners[i % 2], kinds[i % 7], start + timedelta(hours=5 * i + 7), answers[i % 4])
                for i in range(1000)
            ),
        )
    bids = CountingPatterns(maya.spaces, *partners)
    bids.fetched = []
    weeks = 52
    found = bids.patterns(weeks=weeks, today=date(2026, 5, 31))
    assert sum(w.counts.total for w in found.weeks) == 2000
    assert sum(c.total for c in found.by_time_of_day.values()) == 2000
    assert sum(c.total for c in found.by_kind.values()) == 2000
    spaces, bidders = 2, 2
    by_week, by_time, by_kind = bids.fetched
    assert by_week <= weeks * bidders * len(answers) * spaces
    assert by_time <= len(TIMES_OF_DAY) * len(answers) * spaces
    assert by_kind <= len(kinds) * len(answers) * spaces
    assert max(bids.fetched) < 2000 / 4


@pytest.mark.parametrize(
    ("start", "end", "today"),
    [
        (date(1, 1, 1), date(2026, 1, 1), None),
        (date(2026, 1, 1), date(9999, 12, 31), None),
        (date(1899, 12, 31), date(1900, 1, 7), None),
        (None, None, date(1, 1, 1)),
        (None, None, date(9999, 12, 31)),
    ],
)
def test_days_far_outside_the_calendar_are_refused_with_a_reason(
    maya: Session, start: date | None, end: date | None, today: date | None
):
    with pytest.raises(InvalidBid, match="from 1900 to 2200"):
        if start is not None and end is not None:
            maya.bids.patterns_between(start, end)
        else:
            maya.bids.patterns(today=today)


def test_the_first_and_last_supported_days_have_patterns(maya: Session):
    assert maya.bids.patterns_between(date(1900, 1, 1), date(1900, 1, 10)).weeks
    assert maya.bids.patterns_between(date(2200, 12, 20), date(2200, 12, 31)).weeks
