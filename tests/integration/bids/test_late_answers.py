"""A late turn toward: recorded beside the original answer, by the partner who received the bid."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.conftest import PASSWORDS, Couple
from toward.core import clock
from toward.core.bids import MAX_TEXT, Answer, Bid, InvalidBid
from toward.core.bids import waiting as waiting_bids
from toward.core.spaces import NotAllowed, Space
from toward.session import Session

THEN = datetime(2026, 6, 1, 8, 0, tzinfo=UTC)


def waiting_ids(session: Session) -> list[str]:
    return [b.id for b in session.bids.unanswered_for_me()]


def shared_as_seen_by(session: Session, bid: Bid) -> Bid:
    return session.bids.get(Space.SHARED, bid.id)


@pytest.mark.parametrize("answer", [Answer.AWAY, Answer.AGAINST, Answer.MISSED])
def test_the_receiver_turns_toward_late_and_history_stays(
    maya: Session, sam: Session, answer: Answer
):
    bid = maya.bids.log(
        Space.SHARED, by_me=True, description="the sunset", answer=answer, note="hers"
    )
    before = clock.now()
    late = sam.bids.turn_toward_late(shared_as_seen_by(sam, bid), "I didn't notice \x00- sorry")
    after = clock.now()
    assert late.answer is answer  # the original answer is not rewritten
    assert late.late_toward_at is not None and before <= late.late_toward_at <= after
    assert late.late_note == "I didn't notice - sorry"
    assert (late.description, late.note, late.made_at) == ("the sunset", "hers", bid.made_at)
    assert maya.bids.get(Space.SHARED, bid.id) == late


def test_the_waiting_list_count_and_card_drop_a_late_answered_bid(maya: Session, sam: Session):
    first = maya.bids.log(Space.SHARED, by_me=True, answer=Answer.MISSED, made_at=THEN)
    second = maya.bids.log(Space.SHARED, by_me=True, answer=Answer.AWAY)
    maya.bids.log(Space.SHARED, by_me=True, answer=Answer.TOWARD)
    assert waiting_ids(sam) == [second.id, first.id]
    assert sam.bids.unanswered_count() == 2
    card = sam.bids.attention()
    assert card is not None and card.count == 2

    sam.bids.turn_toward_late(shared_as_seen_by(sam, first))
    assert waiting_ids(sam) == [second.id]
    assert sam.bids.unanswered_count() == 1
    card = sam.bids.attention()
    assert card is not None and (card.count, len(card.lines)) == (1, 1)

    sam.bids.turn_toward_late(shared_as_seen_by(sam, second))
    assert waiting_ids(sam) == []
    assert sam.bids.unanswered_count() == 0
    assert sam.bids.attention() is None


def test_the_bidder_cannot_answer_their_own_bid_late(maya: Session, sam: Session):
    hers = maya.bids.log(Space.SHARED, by_me=True, answer=Answer.MISSED)
    with pytest.raises(NotAllowed):
        maya.bids.turn_toward_late(hers)
    # Logged by Maya, made by Sam: Sam is the bidder, Maya the receiver.
    his = maya.bids.log(Space.SHARED, by_me=False, answer=Answer.AWAY)
    with pytest.raises(NotAllowed):
        sam.bids.turn_toward_late(shared_as_seen_by(sam, his))
    assert waiting_ids(maya) == [his.id]
    assert maya.bids.turn_toward_late(his).late_toward_at is not None
    assert maya.bids.get(Space.SHARED, hers.id).late_toward_at is None
    assert waiting_ids(sam) == [hers.id]


def test_a_private_bid_cannot_be_answered_late(maya: Session):
    received = maya.bids.log(Space.PRIVATE, by_me=False, answer=Answer.MISSED)
    with pytest.raises(NotAllowed):
        maya.bids.turn_toward_late(received)
    assert maya.bids.get(Space.PRIVATE, received.id).late_toward_at is None


def test_a_bid_already_turned_toward_is_refused(maya: Session, sam: Session):
    bid = maya.bids.log(Space.SHARED, by_me=True, answer=Answer.TOWARD)
    with pytest.raises(InvalidBid):
        sam.bids.turn_toward_late(shared_as_seen_by(sam, bid))
    assert shared_as_seen_by(sam, bid).late_toward_at is None


def test_a_bid_already_answered_late_is_refused_even_through_a_stale_copy(
    maya: Session, sam: Session
):
    bid = maya.bids.log(Space.SHARED, by_me=True, answer=Answer.MISSED)
    seen = shared_as_seen_by(sam, bid)
    first = sam.bids.turn_toward_late(seen, "first")
    with pytest.raises(InvalidBid):
        sam.bids.turn_toward_late(first, "again")
    # The object read before the late answer still says 'not answered late'.
    with pytest.raises(InvalidBid):
        sam.bids.turn_toward_late(seen, "again, from an old screen")
    now = shared_as_seen_by(sam, bid)
    assert (now.late_toward_at, now.late_note) == (first.late_toward_at, "first")


def test_a_late_note_has_the_same_limit_as_any_note(maya: Session, sam: Session):
    bid = maya.bids.log(Space.SHARED, by_me=True, answer=Answer.AWAY)
    with pytest.raises(InvalidBid):
        sam.bids.turn_toward_late(shared_as_seen_by(sam, bid), "x" * (MAX_TEXT + 1))
    assert shared_as_seen_by(sam, bid).late_toward_at is None
    assert sam.bids.turn_toward_late(shared_as_seen_by(sam, bid), " y ").late_note == "y"


def test_a_late_answer_to_a_shared_copy_survives_sharing_it_again(maya: Session, sam: Session):
    bid = maya.bids.log(Space.PRIVATE, by_me=True, description="first words", answer="missed")
    copy = maya.bids.share(bid)
    late = sam.bids.turn_toward_late(shared_as_seen_by(sam, copy), "saw it now")
    # Maya corrects her original and shares it again: Sam's answer is his, not hers to erase.
    edited = maya.bids.edit(
        maya.bids.get(Space.PRIVATE, bid.id),
        description="better words",
        kind=bid.kind,
        answer=Answer.MISSED,
    )
    again = maya.bids.share(edited)
    assert again.id == copy.id
    assert again.description == "better words"
    assert (again.late_toward_at, again.late_note) == (late.late_toward_at, "saw it now")
    assert waiting_ids(sam) == []


def test_a_bid_logged_before_the_partner_joined_waits_for_the_right_one(
    alone: tuple[Couple, Session],
):
    couple, maya = alone
    # Maya, alone, notes a bid Sam made (he has not joined yet) and one she made.
    his = maya.bids.log(Space.SHARED, by_me=False, answer=Answer.MISSED)
    hers = maya.bids.log(Space.SHARED, by_me=True, answer=Answer.MISSED)
    assert waiting_ids(maya) == [his.id]

    maya.add_partner("Sam", PASSWORDS["Sam"])
    sam = Session.start(couple.household.unlock("Sam", PASSWORDS["Sam"]))
    try:
        assert waiting_ids(maya) == [his.id]  # Sam's bid, for Maya to answer
        assert waiting_ids(sam) == [hers.id]  # and only Maya's bid for Sam
        assert sam.bids.unanswered_count() == 1
        with pytest.raises(NotAllowed):
            sam.bids.turn_toward_late(shared_as_seen_by(sam, his))
        assert maya.bids.turn_toward_late(his).late_toward_at is not None
        assert sam.bids.turn_toward_late(shared_as_seen_by(sam, hers)).late_toward_at
    finally:
        sam.lock()


def test_only_the_last_two_weeks_of_bids_wait_for_a_late_answer(
    maya: Session, sam: Session, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(waiting_bids, "WAITING_DAYS", 14)
    now = datetime.now(UTC)
    recent = maya.bids.log(
        Space.SHARED, by_me=True, answer=Answer.AWAY, made_at=now - timedelta(days=13)
    )
    maya.bids.log(Space.SHARED, by_me=True, answer=Answer.AWAY, made_at=now - timedelta(days=15))
    assert [b.id for b in sam.bids.unanswered_for_me()] == [recent.id]
    assert sam.bids.unanswered_count() == 1
