"""Logging bids on real SQLCipher files: who made it, what, when, the answer, who may edit it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from tests.conftest import Couple
from toward.core import clock
from toward.core.bids import MAX_TEXT, UNKNOWN_PARTNER, Answer, BidKind, InvalidBid
from toward.core.spaces import NotAllowed, RecordNotFound, Space
from toward.session import Session

THEN = datetime(2026, 5, 4, 19, 30, tzinfo=UTC)


def stored(session: Session, space: Space, bid_id: str) -> dict:
    row = (
        session.spaces.conn(space).execute("SELECT * FROM bids WHERE id = ?", (bid_id,)).fetchone()
    )
    return {key: row[key] for key in row.keys()}  # noqa: SIM118


# -- who made it ---------------------------------------------------------------------------


def test_by_me_names_the_logger_and_otherwise_the_other_partner(maya: Session, sam: Session):
    made = maya.bids.log(Space.PRIVATE, by_me=True, description="asked about the garden")
    received = maya.bids.log(Space.PRIVATE, by_me=False, description="Sam sighed at the news")
    assert made.bidder_id == maya.partner.id
    assert received.bidder_id == sam.partner.id
    assert made.info.author_id == received.info.author_id == maya.partner.id
    # And the same from Sam's side.
    his = sam.bids.log(Space.SHARED, by_me=False)
    assert his.bidder_id == maya.partner.id
    assert his.info.author_id == sam.partner.id


def test_alone_a_received_bid_names_the_partner_still_to_join(
    alone: tuple[Couple, Session],
):
    _household, maya = alone
    received = maya.bids.log(Space.PRIVATE, by_me=False, description="a look across the room")
    assert received.bidder_id == UNKNOWN_PARTNER
    assert maya.bids.log(Space.SHARED, by_me=True).bidder_id == maya.partner.id


# -- what, when, and the answer ------------------------------------------------------------


def test_every_kind_and_answer_round_trips_with_note_and_mood(maya: Session, sam: Session):
    for kind in BidKind:
        bid = maya.bids.log(Space.PRIVATE, by_me=True, kind=kind, made_at=THEN)
        assert maya.bids.get(Space.PRIVATE, bid.id).kind is kind
    for answer in Answer:
        bid = maya.bids.log(
            Space.SHARED, by_me=False, answer=answer, note="I was tired", mood_after=2, made_at=THEN
        )
        seen = sam.bids.get(Space.SHARED, bid.id)
        assert (seen.answer, seen.note, seen.mood_after) == (answer, "I was tired", 2)
        assert (seen.made_at, seen.late_toward_at, seen.late_note) == (THEN, None, "")


def test_defaults_a_comment_turned_toward_now(maya: Session):
    before = clock.now()
    bid = maya.bids.log(Space.PRIVATE, by_me=True)
    assert (bid.kind, bid.answer, bid.description, bid.note) == (
        BidKind.COMMENT,
        Answer.TOWARD,
        "",
        "",
    )
    assert bid.mood_after is None
    assert before <= bid.made_at <= clock.now()


def test_mood_after_is_one_to_five_or_none(maya: Session):
    for mood in (1, 3, 5, None):
        assert maya.bids.log(Space.PRIVATE, by_me=True, mood_after=mood).mood_after == mood
    for wrong in (0, 6, -1, 100, 2.5, "3", True):
        with pytest.raises(InvalidBid, match="Mood"):
            maya.bids.log(Space.PRIVATE, by_me=True, mood_after=wrong)  # type: ignore[arg-type]
    assert maya.bids.count(Space.PRIVATE) == 4


def test_an_unknown_kind_or_answer_is_a_known_error(maya: Session):
    with pytest.raises(InvalidBid):
        maya.bids.log(Space.PRIVATE, by_me=True, kind="a wink")  # type: ignore[arg-type]
    with pytest.raises(InvalidBid):
        maya.bids.log(Space.PRIVATE, by_me=True, answer="ignored")  # type: ignore[arg-type]
    assert maya.bids.count(Space.PRIVATE) == 0


def test_the_time_is_kept_as_the_same_instant_in_utc(maya: Session):
    india = timezone(timedelta(hours=5, minutes=30))
    bid = maya.bids.log(
        Space.PRIVATE, by_me=True, made_at=datetime(2026, 1, 1, 0, 15, tzinfo=india)
    )
    assert bid.made_at == datetime(2025, 12, 31, 18, 45, tzinfo=UTC)
    assert stored(maya, Space.PRIVATE, bid.id)["made_at"] == "2025-12-31T18:45:00.000000+00:00"


def test_a_naive_time_is_refused(maya: Session):
    with pytest.raises(InvalidBid, match="time zone"):
        maya.bids.log(Space.PRIVATE, by_me=True, made_at=datetime(2026, 5, 4, 19, 30))
    assert maya.bids.count(Space.PRIVATE) == 0


def test_a_future_time_is_refused_beyond_a_few_minutes_of_clock_skew(maya: Session):
    with pytest.raises(InvalidBid, match="future"):
        maya.bids.log(Space.PRIVATE, by_me=True, made_at=clock.now() + timedelta(hours=1))
    with pytest.raises(InvalidBid, match="future"):
        maya.bids.log(Space.SHARED, by_me=False, made_at=clock.now() + timedelta(days=400))
    assert maya.bids.log(Space.PRIVATE, by_me=True, made_at=clock.now() + timedelta(minutes=1))
    assert maya.bids.count(Space.PRIVATE) == 1
    assert maya.bids.count(Space.SHARED) == 0


@pytest.mark.parametrize("field", ["description", "note"])
def test_text_limits(maya: Session, field: str):
    longest = maya.bids.log(Space.PRIVATE, by_me=True, **{field: "x" * MAX_TEXT})
    assert getattr(longest, field) == "x" * MAX_TEXT
    with pytest.raises(InvalidBid, match=field):
        maya.bids.log(Space.PRIVATE, by_me=True, **{field: "x" * (MAX_TEXT + 1)})
    # Surrounding spaces are trimmed before the limit is applied.
    padded = maya.bids.log(Space.PRIVATE, by_me=True, **{field: f"  {'y' * MAX_TEXT}\n"})
    assert getattr(padded, field) == "y" * MAX_TEXT
    assert maya.bids.count(Space.PRIVATE) == 2


def test_nul_characters_are_stripped(maya: Session):
    bid = maya.bids.log(Space.SHARED, by_me=True, description="a\x00sk\x00ed", note="\x00ok")
    row = stored(maya, Space.SHARED, bid.id)
    assert (row["description"], row["note"]) == ("asked", "ok")


# -- private and shared --------------------------------------------------------------------


def test_private_bids_stay_private_and_shared_ones_are_seen_by_both(maya: Session, sam: Session):
    mine = maya.bids.log(Space.PRIVATE, by_me=True, description="mine alone")
    ours = maya.bids.log(Space.SHARED, by_me=False, description="ours")
    assert [b.id for b in maya.bids.recent(Space.PRIVATE)] == [mine.id]
    assert [b.id for b in sam.bids.recent(Space.SHARED)] == [ours.id]
    assert sam.bids.recent(Space.PRIVATE) == []
    assert sam.bids.count(Space.PRIVATE) == 0
    with pytest.raises(RecordNotFound):
        sam.bids.get(Space.PRIVATE, mine.id)


def test_recent_is_newest_made_first_and_pages(maya: Session):
    times = [THEN - timedelta(days=d) for d in (3, 0, 7, 1)]
    ids = {maya.bids.log(Space.PRIVATE, by_me=True, made_at=t).id: t for t in times}
    newest_first = sorted(ids, key=ids.__getitem__, reverse=True)
    assert [b.id for b in maya.bids.recent(Space.PRIVATE)] == newest_first
    assert [b.id for b in maya.bids.recent(Space.PRIVATE, limit=2, offset=1)] == newest_first[1:3]


# -- edit and delete: the author only -----------------------------------------------------


def test_edit_own_bid_keeps_who_and_when(maya: Session, sam: Session):
    bid = maya.bids.log(Space.SHARED, by_me=False, description="asked", made_at=THEN)
    edited = maya.bids.edit(
        bid,
        description="asked for help",
        kind=BidKind.HELP,
        answer=Answer.AWAY,
        note="I was on a call",
        mood_after=4,
    )
    seen = sam.bids.get(Space.SHARED, bid.id)
    assert seen == edited
    assert (seen.description, seen.kind, seen.answer) == ("asked for help", BidKind.HELP, "away")
    assert (seen.note, seen.mood_after) == ("I was on a call", 4)
    assert (seen.bidder_id, seen.made_at) == (sam.partner.id, THEN)
    assert seen.info.updated_at >= bid.info.updated_at


def test_an_edit_is_checked_like_a_new_bid(maya: Session):
    bid = maya.bids.log(Space.PRIVATE, by_me=True, description="before")
    with pytest.raises(InvalidBid):
        maya.bids.edit(bid, description="x", kind=BidKind.TOUCH, answer=Answer.AWAY, mood_after=9)
    with pytest.raises(InvalidBid):
        maya.bids.edit(
            bid, description="x" * (MAX_TEXT + 1), kind=BidKind.TOUCH, answer=Answer.AWAY
        )
    assert maya.bids.get(Space.PRIVATE, bid.id).description == "before"


def test_the_partner_cannot_edit_or_delete_a_bid_they_did_not_log(maya: Session, sam: Session):
    bid = maya.bids.log(Space.SHARED, by_me=True, description="Maya's")
    seen = sam.bids.get(Space.SHARED, bid.id)
    with pytest.raises(NotAllowed):
        sam.bids.edit(seen, description="Sam's now", kind=BidKind.SIGH, answer=Answer.AGAINST)
    with pytest.raises(NotAllowed):
        sam.bids.delete(seen)
    assert sam.bids.get(Space.SHARED, bid.id) == bid
    # Even a bid Sam made, when Maya logged it.
    about_sam = maya.bids.log(Space.SHARED, by_me=False)
    with pytest.raises(NotAllowed):
        sam.bids.delete(sam.bids.get(Space.SHARED, about_sam.id))
    maya.bids.delete(bid)
    assert [b.id for b in sam.bids.recent(Space.SHARED)] == [about_sam.id]


def test_delete_own_private_bid(maya: Session):
    bid = maya.bids.log(Space.PRIVATE, by_me=True)
    maya.bids.delete(bid)
    assert maya.bids.count(Space.PRIVATE) == 0
    with pytest.raises(RecordNotFound):
        maya.bids.get(Space.PRIVATE, bid.id)


# -- share and unshare ---------------------------------------------------------------------


def test_share_a_private_bid_then_unshare_it(maya: Session, sam: Session):
    bid = maya.bids.log(
        Space.PRIVATE,
        by_me=False,
        description="showed me a photo",
        kind=BidKind.INVITATION,
        answer=Answer.MISSED,
        note="didn't look up",
        mood_after=2,
        made_at=THEN,
    )
    copy = maya.bids.share(bid)
    seen = sam.bids.get(Space.SHARED, copy.id)
    assert seen.info.origin_id == bid.id and seen.info.is_shared_copy
    for name in ("bidder_id", "kind", "description", "made_at", "answer", "note", "mood_after"):
        assert getattr(seen, name) == getattr(bid, name), name
    assert maya.bids.get(Space.PRIVATE, bid.id).info.shared_id == copy.id

    maya.bids.unshare(bid)
    assert sam.bids.count(Space.SHARED) == 0
    original = maya.bids.get(Space.PRIVATE, bid.id)
    assert original.info.shared_id is None and original.info.unshared_at is not None


def test_unshare_by_the_shared_copy_and_the_partner_cannot(maya: Session, sam: Session):
    bid = maya.bids.log(Space.PRIVATE, by_me=True)
    copy = maya.bids.share(bid)
    with pytest.raises(NotAllowed):
        sam.bids.unshare(sam.bids.get(Space.SHARED, copy.id))
    with pytest.raises(NotAllowed):
        sam.bids.delete(sam.bids.get(Space.SHARED, copy.id))
    maya.bids.unshare(copy)
    assert sam.bids.count(Space.SHARED) == 0
    assert maya.bids.count(Space.PRIVATE) == 1


def test_only_a_private_bid_can_be_shared(maya: Session):
    ours = maya.bids.log(Space.SHARED, by_me=True)
    with pytest.raises(RecordNotFound):
        maya.bids.share(ours)
    assert maya.bids.count(Space.SHARED) == 1
