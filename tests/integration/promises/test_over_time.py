"""Follow-through per partner per month, promises and agreements over a period, Today."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest

from toward.core import clock
from toward.core.promises import MomentKind, MonthOfPromises
from toward.session import Session

START = datetime(2026, 3, 10, 12, tzinfo=UTC)


@pytest.fixture
def set_now(monkeypatch: pytest.MonkeyPatch) -> Callable[[datetime], None]:
    """Move Toward's clock (the process time zone stays the test run's)."""

    def move(moment: datetime) -> None:
        monkeypatch.setattr(clock, "now", lambda: moment)

    return move


def local(moment: datetime) -> date:
    return moment.astimezone().date()


def test_follow_through_counts_per_partner_per_month(
    maya: Session, sam: Session, set_now: Callable[[datetime], None]
):
    set_now(START)
    a = maya.promises.make("one", to_partner_id=sam.partner.id)
    b = maya.promises.make("two", to_partner_id=sam.partner.id)
    c = sam.promises.make("three", to_partner_id=maya.partner.id)
    d = maya.promises.make("four", to_partner_id=sam.partner.id)
    maya.promises.make("still open", to_partner_id=sam.partner.id)
    sam.promises.mark_kept(a)
    sam.promises.mark_missed(b)
    set_now(START + timedelta(days=31))
    maya.promises.mark_kept(c)
    sam.promises.release(d)

    first, second = local(START).replace(day=1), local(START + timedelta(days=31)).replace(day=1)
    counts = sam.promises.follow_through(local(START), local(START + timedelta(days=31)))
    expected = {
        (first, maya.partner.id): MonthOfPromises(first, maya.partner.id, kept=1, missed=1),
        (first, sam.partner.id): MonthOfPromises(first, sam.partner.id),
        (second, maya.partner.id): MonthOfPromises(second, maya.partner.id, released=1),
        (second, sam.partner.id): MonthOfPromises(second, sam.partner.id, kept=1),
    }
    assert counts == [
        expected[(m, who)]
        for m in (first, second)
        for who in sorted([maya.partner.id, sam.partner.id])
    ]
    assert sum(row.settled for row in counts) == 4


def test_a_period_holds_promises_made_or_settled_in_it(
    maya: Session, sam: Session, set_now: Callable[[datetime], None]
):
    set_now(START)
    before = maya.promises.make("made before, settled inside", to_partner_id=sam.partner.id)
    maya.promises.make("made before, still open", to_partner_id=sam.partner.id)
    set_now(START + timedelta(days=20))
    inside = maya.promises.make("made inside", to_partner_id=sam.partner.id)
    sam.promises.mark_kept(before)
    set_now(START + timedelta(days=40))
    maya.promises.make("made after", to_partner_id=sam.partner.id)

    day = local(START + timedelta(days=20))
    found = sam.promises.in_period(day - timedelta(days=2), day + timedelta(days=2))
    assert [p.id for p in found] == [before.id, inside.id]


def test_agreements_over_a_period_carry_their_moments_then(
    maya: Session, sam: Session, set_now: Callable[[datetime], None]
):
    set_now(START)
    calls = maya.promises.add_agreement("Call when late")
    maya.promises.log_moment(calls, MomentKind.BROKEN)
    set_now(START + timedelta(days=10))
    sam.promises.log_moment(calls, MomentKind.HONOURED, note="thank you")
    sam.promises.log_moment(calls, MomentKind.HONOURED)
    old = sam.promises.add_agreement("Old habit")
    sam.promises.set_agreement_aside(old)
    set_now(START + timedelta(days=30))
    maya.promises.add_agreement("Made later")

    day = local(START + timedelta(days=10))
    records = maya.promises.agreements_in_period(day, day)
    assert [r.agreement.text for r in records] == ["Call when late", "Old habit"]
    assert (records[0].honoured, records[0].broken) == (2, 0)
    assert records[1].moments == ()


def test_promises_due_soon_reach_the_today_page(
    maya: Session, sam: Session, set_now: Callable[[datetime], None]
):
    set_now(START)
    today = local(START)
    maya.promises.make("Book the dentist", to_partner_id=sam.partner.id, due=today)
    sam.promises.make("Water the plants", to_partner_id=maya.partner.id, due=today + timedelta(6))
    maya.promises.make("Paint the shed", to_partner_id=sam.partner.id, due=today + timedelta(30))
    maya.promises.make("Someday", to_partner_id=sam.partner.id)
    cards = {c.title: c for c in maya.today(today=today).cards}
    card = cards["Promises due soon"]
    assert (card.section, card.count) == ("promises", 2)
    assert card.lines[0] == "You: Book the dentist · due today"
    assert card.lines[1].startswith("To you: Water the plants · due ")
    assert "A promise to talk over" not in cards


def test_asks_for_new_terms_reach_the_partner_they_wait_for(maya: Session, sam: Session):
    made = maya.promises.make("Fix the bike", to_partner_id=sam.partner.id)
    maya.promises.ask_new_terms(made, "Take the bike to the shop")
    sam_cards = {c.title: c for c in sam.today().cards}
    assert sam_cards["A promise to talk over"].count == 1
    assert "A promise to talk over" not in {c.title for c in maya.today().cards}
