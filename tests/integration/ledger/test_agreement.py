"""The standing agreement (both confirm, a change needs both again) and factual lateness,
counted in whole local days: the edges are midnight, time zones and daylight saving."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime

import pytest

from toward.core import clock
from toward.core.ledger import DraftFields, InvalidLedgerLine, Money, days_taken
from toward.core.period import Period
from toward.core.spaces import NotAllowed
from toward.session import Session


@pytest.fixture
def local_tz() -> Iterator[Callable[[str], None]]:
    before = os.environ.get("TZ")

    def use(name: str) -> None:
        os.environ["TZ"] = name
        time.tzset()

    yield use
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.fixture
def at(monkeypatch: pytest.MonkeyPatch) -> Callable[[datetime], None]:
    """Set the app's clock to a moment."""

    def move(moment: datetime) -> None:
        monkeypatch.setattr(clock, "now", lambda: moment)

    return move


def agree(proposer: Session, confirmer: Session, amount: str = "100", days: int = 7):
    proposal = proposer.ledger.agreements.propose(Money.of(amount, "USD"), days)
    return confirmer.ledger.agreements.confirm(proposal)


def disclose(session: Session, on: date, amount: str = "250"):
    draft = session.ledger.add_draft(DraftFields(on, Money.of(amount, "USD"), payee="Shop"))
    (disclosure,) = session.ledger.disclose([draft])
    return disclosure


def test_an_agreement_needs_both_and_a_change_needs_both_again(maya: Session, sam: Session):
    proposal = maya.ledger.agreements.propose(Money.of("100", "USD"), 7)
    assert maya.ledger.agreements.in_force() is None
    assert maya.ledger.agreements.waiting_for_me() is None
    assert sam.ledger.agreements.waiting_for_me() == proposal
    assert maya.ledger.agreement_attention() is None
    card = sam.ledger.agreement_attention()
    assert card is not None and card.lines == (
        "We tell each other about any purchase over USD 100.00 within 7 days.",
    )
    with pytest.raises(NotAllowed):
        maya.ledger.agreements.confirm(proposal)
    first = sam.ledger.agreements.confirm(proposal)
    assert maya.ledger.agreements.in_force() == first
    with pytest.raises(InvalidLedgerLine):
        sam.ledger.agreements.confirm(proposal)

    change = sam.ledger.agreements.propose(Money.of("50", "USD"), 3)
    assert maya.ledger.agreements.in_force() == first  # unchanged until Maya says yes
    assert maya.ledger.agreements.waiting_for_me() == change
    maya.ledger.agreements.withdraw(change)  # she declines
    assert maya.ledger.agreements.proposal() is None
    assert maya.ledger.agreements.in_force() == first

    again = sam.ledger.agreements.propose(Money.of("75", "USD"), 5)
    second = maya.ledger.agreements.confirm(again)
    assert sam.ledger.agreements.in_force() == second
    assert [a.id for a in sam.ledger.agreements.history()] == [second.id, first.id]


def test_a_new_proposal_replaces_one_still_waiting(maya: Session, sam: Session):
    old = maya.ledger.agreements.propose(Money.of("100", "USD"), 7)
    new = maya.ledger.agreements.propose(Money.of("200", "USD"), 7)
    assert sam.ledger.agreements.waiting_for_me() == new
    with pytest.raises(InvalidLedgerLine):
        sam.ledger.agreements.confirm(old)


@pytest.mark.parametrize("days", [-1, 366, True])
def test_an_agreement_with_impossible_days_is_refused(maya: Session, days: int):
    with pytest.raises(InvalidLedgerLine):
        maya.ledger.agreements.propose(Money.of("100", "USD"), days)


def test_lateness_is_the_days_past_the_agreed_ones(maya: Session, sam: Session, at, local_tz):
    local_tz("UTC")
    at(datetime(2026, 2, 1, 9, 0, tzinfo=UTC))
    agree(maya, sam, days=7)
    at(datetime(2026, 3, 18, 9, 0, tzinfo=UTC))
    on_time = disclose(maya, date(2026, 3, 11))  # 7 days: on the last agreed day
    late = disclose(maya, date(2026, 3, 8))  # 10 days
    small = disclose(maya, date(2026, 3, 1), "100")  # not over the threshold
    euros = maya.ledger.add_draft(DraftFields(date(2026, 3, 1), Money.of("900", "EUR")))
    (other_currency,) = maya.ledger.disclose([euros])
    assert (on_time.days_taken, on_time.days_late, on_time.lateness) == (7, 0, "")
    assert (late.days_late, late.lateness) == (3, "disclosed 3 days after the agreed 7")
    assert (small.agreed_days, small.days_late) == (None, 0)
    assert (other_currency.agreed_days, other_currency.days_late) == (None, 0)
    assert [d.id for d in sam.ledger.late()] == [late.id]
    assert sam.ledger.late_count() == 1
    assert sam.ledger.late(Period.month(2026, 2)) == []


def test_one_day_late_is_said_in_the_singular(maya: Session, sam: Session, at, local_tz):
    local_tz("UTC")
    at(datetime(2026, 3, 1, 0, 0, tzinfo=UTC))
    agree(maya, sam, days=0)
    at(datetime(2026, 3, 2, 0, 0, tzinfo=UTC))
    assert disclose(maya, date(2026, 3, 1)).lateness == "disclosed 1 day after the agreed 0"


def test_without_an_agreement_in_force_nothing_is_late(maya: Session, sam: Session, at):
    at(datetime(2026, 3, 30, 12, 0, tzinfo=UTC))
    maya.ledger.agreements.propose(Money.of("1", "USD"), 1)  # proposed, never confirmed
    assert disclose(maya, date(2026, 1, 1)).days_late == 0
    assert sam.ledger.late() == []


@pytest.mark.parametrize(
    ("zone", "moment", "expected"),
    [
        # One second before local midnight is still the 8th: 7 days, on time.
        ("America/New_York", datetime(2026, 3, 9, 3, 59, 59, tzinfo=UTC), 7),
        # Local midnight: the 9th, 8 days, one day late.
        ("America/New_York", datetime(2026, 3, 9, 4, 0, 0, tzinfo=UTC), 8),
        # Across the spring change (8 March 2026 in New York) a day is still a day.
        ("America/New_York", datetime(2026, 3, 9, 3, 0, 0, tzinfo=UTC), 7),
        # East of UTC the local day turns before UTC's does.
        ("Asia/Tokyo", datetime(2026, 3, 8, 14, 59, 59, tzinfo=UTC), 7),
        ("Asia/Tokyo", datetime(2026, 3, 8, 15, 0, 0, tzinfo=UTC), 8),
        # London on the autumn change: 01:30 local happens twice; both are the 25th.
        ("Europe/London", datetime(2026, 10, 25, 0, 30, tzinfo=UTC), 7),
        ("Europe/London", datetime(2026, 10, 25, 1, 30, tzinfo=UTC), 7),
        ("Europe/London", datetime(2026, 10, 25, 23, 59, 59, tzinfo=UTC), 7),
        ("Europe/London", datetime(2026, 10, 26, 0, 0, 0, tzinfo=UTC), 8),
    ],
)
def test_days_are_counted_at_local_midnight(local_tz, zone: str, moment: datetime, expected: int):
    local_tz(zone)
    purchase = date(2026, 3, 1) if moment.month == 3 else date(2026, 10, 18)
    assert days_taken(purchase, moment) == expected


def test_lateness_at_local_midnight_end_to_end(maya: Session, sam: Session, at, local_tz):
    local_tz("America/New_York")
    at(datetime(2026, 3, 1, 4, 0, tzinfo=UTC))
    agree(maya, sam, days=7)
    at(datetime(2026, 3, 9, 3, 59, 59, tzinfo=UTC))  # 23:59:59 on the 8th in New York
    assert disclose(maya, date(2026, 3, 1)).days_late == 0
    at(datetime(2026, 3, 9, 4, 0, 0, tzinfo=UTC))  # midnight: the 9th
    assert disclose(maya, date(2026, 3, 1)).lateness == "disclosed 1 day after the agreed 7"


def test_the_agreement_in_force_when_disclosed_is_the_one_that_counts(
    maya: Session, sam: Session, at, local_tz
):
    local_tz("UTC")
    at(datetime(2026, 4, 1, 12, 0, tzinfo=UTC))
    agree(maya, sam, days=7)
    at(datetime(2026, 4, 20, 12, 0, tzinfo=UTC))
    first = disclose(maya, date(2026, 4, 10))  # 10 days, agreed 7: late by 3
    agree(sam, maya, days=14)
    second = disclose(maya, date(2026, 4, 10))  # the same 10 days, now within 14
    assert (first.days_late, second.days_late) == (3, 0)
    assert maya.ledger.get(first.id).days_late == 3  # history is not rewritten
