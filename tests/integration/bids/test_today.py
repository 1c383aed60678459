"""The Today page as data: this week per bidder, and cards that carry counts, never content."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest

from toward.core import clock
from toward.core.attention import AttentionCard
from toward.core.bids import AnswerCounts, BidKind
from toward.core.journal import EntryFields
from toward.core.spaces import Space
from toward.core.today import build_today
from toward.session import Session

DAY = date(2026, 6, 10)  # a Wednesday
MONDAY = date(2026, 6, 8)


def at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def test_an_empty_household_has_zero_counts_and_no_cards(maya: Session, sam: Session):
    view = maya.today(today=DAY)
    assert (view.day, view.week_start) == (DAY, MONDAY)
    assert view.this_week == {maya.partner.id: AnswerCounts(), sam.partner.id: AnswerCounts()}
    assert view.cards == ()
    assert [p.week_start for p in view.patterns.bank][-1] == MONDAY
    assert len(view.patterns.bank) == 12


def test_this_week_per_bidder(maya: Session, sam: Session):
    maya.bids.log(Space.SHARED, by_me=True, answer="toward", made_at=at(MONDAY, 9))
    maya.bids.log(Space.PRIVATE, by_me=True, answer="away", made_at=at(DAY, 9))
    maya.bids.log(Space.PRIVATE, by_me=False, answer="toward", made_at=at(DAY, 10))
    sam.bids.log(Space.SHARED, by_me=True, answer="against", made_at=at(DAY, 11))
    # Last week's bid is in the trend, not in this week.
    maya.bids.log(
        Space.SHARED, by_me=True, answer="missed", made_at=at(MONDAY, 9) - timedelta(days=1)
    )

    view = maya.today(today=DAY)
    assert view.this_week == {
        maya.partner.id: AnswerCounts(toward=1, away=1),
        sam.partner.id: AnswerCounts(toward=1, against=1),
    }
    assert view.this_week[maya.partner.id].toward_share == 0.5
    assert sam.today(today=DAY).this_week == {
        maya.partner.id: AnswerCounts(toward=1),
        sam.partner.id: AnswerCounts(against=1),
    }
    assert sum(p.deposits for p in view.patterns.bank) == 2


def test_the_default_day_is_today_in_local_time(local_tz: Callable[[str], None], maya: Session):
    local_tz("Pacific/Kiritimati")  # UTC+14: often a day ahead of UTC
    view = maya.today()
    assert view.day == clock.today()
    assert view.week_start.weekday() == 0
    assert 0 <= (view.day - view.week_start).days < 7


def test_cards_appear_only_for_what_waits(maya: Session, sam: Session):
    assert maya.today(today=DAY).cards == ()
    sam.bids.log(Space.SHARED, by_me=True, answer="toward", made_at=at(DAY, 8))
    sam.bids.log(Space.SHARED, by_me=False, answer="missed", made_at=at(DAY, 8))  # Maya's bid
    assert maya.today(today=DAY).cards == ()

    missed = sam.bids.log(Space.SHARED, by_me=True, answer="missed", made_at=at(DAY, 9))
    (card,) = maya.today(today=DAY).cards
    assert (card.section, card.count) == ("bids", 1)
    assert sam.today(today=DAY).cards[0].count == 1  # Maya's missed bid waits for Sam

    entry = sam.journal.write(Space.SHARED, EntryFields(title="for you", body="read me"))
    cards = {c.section: c for c in maya.today(today=DAY).cards}
    assert (cards["journal:shared"].count, cards["bids"].count) == (1, 1)

    maya.journal.mark_read(maya.journal.get(Space.SHARED, entry.id))
    maya.bids.turn_toward_late(maya.bids.get(Space.SHARED, missed.id))
    assert maya.today(today=DAY).cards == ()


def test_a_card_with_nothing_to_count_is_left_out(maya: Session):
    sources = (
        lambda: None,
        lambda: AttentionCard("promises", "Promises due", 0, ("none",)),
        lambda: AttentionCard("repairs", "Open repair conversations", 2),
    )
    view = build_today(maya.bids, sources, today=DAY, weeks=3)
    assert view.cards == (AttentionCard("repairs", "Open repair conversations", 2),)
    assert len(view.patterns.bank) == 3


def test_bid_card_lines_name_the_kind_and_the_local_day_only(
    local_tz: Callable[[str], None], maya: Session, sam: Session
):
    local_tz("Asia/Tokyo")  # UTC+9
    # Sunday 7 June 20:00 UTC is Monday 8 June 05:00 in Tokyo.
    sam.bids.log(
        Space.SHARED, by_me=True, kind=BidKind.HELP, answer="away", made_at=at(date(2026, 6, 7), 20)
    )
    (card,) = maya.today(today=DAY).cards
    assert card.lines == ("A request for help, Mon 8 Jun",)


def test_at_most_three_lines_on_a_bid_card(maya: Session, sam: Session):
    for hour in range(5):
        sam.bids.log(Space.SHARED, by_me=True, answer="missed", made_at=at(DAY, hour))
    (card,) = maya.today(today=DAY).cards
    assert card.count == 5 and len(card.lines) == 3


@pytest.mark.parametrize("space", list(Space))
def test_nothing_written_reaches_the_today_data(maya: Session, sam: Session, space: Space):
    marker = f"MARKER-{uuid.uuid4().hex}"
    bid = sam.bids.log(
        Space.SHARED,
        by_me=True,
        kind=BidKind.INVITATION,
        description=f"come see {marker}",
        answer="missed",
        note=f"note {marker}",
        made_at=at(DAY, 7),
    )
    maya.bids.log(space, by_me=False, description=marker, note=marker, answer="away")
    sam.journal.write(Space.SHARED, EntryFields(title=f"title {marker}", body=f"body {marker}"))
    view = maya.today(today=DAY)
    assert {c.section for c in view.cards} == {"bids", "journal:shared"}
    fields = [text for c in view.cards for text in (c.section, c.title, *c.lines)]
    assert all(marker not in text for text in fields)
    assert marker not in repr(view)
    # A late note is content too.
    maya.bids.turn_toward_late(maya.bids.get(Space.SHARED, bid.id), f"late {marker}")
    assert marker not in repr(sam.today(today=DAY))
    assert marker not in repr(maya.today(today=DAY))
