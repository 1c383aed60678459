"""Who may change a promise, and how: open → kept / missed / released / renegotiated."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from toward.core import clock
from toward.core.promises import InvalidPromise, PromiseStatus
from toward.core.spaces import NotAllowed, Space
from toward.session import Session


def soon(days: int = 3) -> date:
    return clock.today() + timedelta(days=days)


def test_a_promise_is_shared_with_both_partners(maya: Session, sam: Session):
    made = maya.promises.make("Call your mother back", to_partner_id=sam.partner.id, due=soon())
    seen = sam.promises.get(made.id)
    assert (seen.promiser_id, seen.to_id) == (maya.partner.id, sam.partner.id)
    assert (seen.what, seen.due, seen.status) == ("Call your mother back", soon(), "open")
    assert seen.made_at == made.made_at
    assert [p.id for p in sam.promises.open_promises()] == [made.id]


@pytest.mark.parametrize(
    ("settle", "status"),
    [("mark_kept", "kept"), ("mark_missed", "missed"), ("release", "released")],
)
def test_only_the_partner_it_was_made_to_settles_it(
    maya: Session, sam: Session, settle: str, status: str
):
    made = maya.promises.make("Fix the bike", to_partner_id=sam.partner.id)
    with pytest.raises(NotAllowed):
        getattr(maya.promises, settle)(made)
    assert maya.promises.get(made.id).is_open
    done = getattr(sam.promises, settle)(made, "thank you")
    assert done.status == PromiseStatus(status)
    assert done.status_note == "thank you"
    assert done.status_on == clock.today()
    assert maya.promises.get(made.id).status == PromiseStatus(status)
    assert maya.promises.count_open() == 0
    assert [p.id for p in maya.promises.settled()] == [made.id]


def test_a_settled_promise_cannot_be_settled_again(maya: Session, sam: Session):
    made = maya.promises.make("Fix the bike", to_partner_id=sam.partner.id)
    sam.promises.mark_kept(made)
    with pytest.raises(InvalidPromise, match="already settled"):
        sam.promises.mark_missed(made)
    assert sam.promises.get(made.id).status is PromiseStatus.KEPT


def test_no_promise_to_oneself_or_to_a_stranger(maya: Session, sam: Session):
    with pytest.raises(InvalidPromise, match="private journal"):
        maya.promises.make("Go running", to_partner_id=maya.partner.id)
    with pytest.raises(InvalidPromise):
        maya.promises.make("Go running", to_partner_id="someone-else")
    assert maya.promises.count_open() == 0


@pytest.mark.parametrize(
    ("what", "due", "message"),
    [
        ("   ", None, "Write what"),
        ("x" * 501, None, "at most 500"),
        ("Tidy up", date(2000, 1, 1), "past"),
    ],
)
def test_bad_promises_are_refused_with_a_reason(
    maya: Session, sam: Session, what: str, due: date | None, message: str
):
    with pytest.raises(InvalidPromise, match=message):
        maya.promises.make(what, to_partner_id=sam.partner.id, due=due)
    assert maya.promises.count_open() == 0


def test_renegotiating_needs_the_other_partner_and_keeps_the_old_terms(maya: Session, sam: Session):
    made = maya.promises.make("Book the holiday", to_partner_id=sam.partner.id, due=soon(2))
    with pytest.raises(NotAllowed):
        sam.promises.ask_new_terms(made, "Sam books it")
    asked = maya.promises.ask_new_terms(made, "Book the holiday", due=soon(9), note="work")
    assert asked.is_open and asked.waiting_for_answer
    assert (asked.what, asked.due) == ("Book the holiday", soon(2))  # unchanged until accepted
    assert asked.asked is not None and (asked.asked.due, asked.asked.note) == (soon(9), "work")
    with pytest.raises(NotAllowed):
        maya.promises.accept_new_terms(asked)
    assert [p.id for p in sam.promises.waiting_for_my_answer()] == [made.id]
    assert maya.promises.waiting_for_my_answer() == []

    new = sam.promises.accept_new_terms(sam.promises.get(made.id))
    old = sam.promises.get(made.id)
    assert old.status is PromiseStatus.RENEGOTIATED
    assert (old.what, old.due) == ("Book the holiday", soon(2))
    assert (new.what, new.due, new.status) == ("Book the holiday", soon(9), PromiseStatus.OPEN)
    assert new.promiser_id == maya.partner.id and new.to_id == sam.partner.id
    assert maya.promises.earlier_terms(new) == old
    assert maya.promises.later_terms(old) == new
    assert [p.id for p in maya.promises.open_promises()] == [new.id]


def test_declining_new_terms_keeps_the_promise_as_it_was(maya: Session, sam: Session):
    made = maya.promises.make("Walk the dog", to_partner_id=sam.partner.id)
    maya.promises.ask_new_terms(made, "Walk the dog on weekdays")
    with pytest.raises(NotAllowed):
        maya.promises.decline_new_terms(made)
    kept_as_was = sam.promises.decline_new_terms(made)
    assert kept_as_was.is_open and kept_as_was.asked is None
    assert kept_as_was.what == "Walk the dog"
    with pytest.raises(InvalidPromise, match="No new terms"):
        sam.promises.accept_new_terms(kept_as_was)


def test_accepting_stale_terms_is_refused(maya: Session, sam: Session):
    made = maya.promises.make("Walk the dog", to_partner_id=sam.partner.id)
    first = maya.promises.ask_new_terms(made, "Walk the dog twice")
    maya.promises.ask_new_terms(made, "Walk the dog three times")
    with pytest.raises(InvalidPromise, match="changed again"):
        sam.promises.accept_new_terms(first)
    assert sam.promises.get(made.id).is_open


def test_a_settled_promise_cannot_be_renegotiated(maya: Session, sam: Session):
    made = maya.promises.make("Walk the dog", to_partner_id=sam.partner.id)
    sam.promises.release(made)
    with pytest.raises(InvalidPromise, match="already settled"):
        maya.promises.ask_new_terms(made, "Walk the cat")


def test_promises_and_agreements_remember_the_repair_they_came_from(maya: Session, sam: Session):
    made = maya.promises.make("Text when I'm late", to_partner_id=sam.partner.id, repair_id="r1")
    maya.promises.make("Unrelated", to_partner_id=sam.partner.id)
    agreement = sam.promises.add_agreement("We pause when voices rise", repair_id="r1")
    assert [p.id for p in sam.promises.from_repair("r1")] == [made.id]
    assert made.repair_id == "r1"
    assert [a.id for a in maya.promises.agreements_from_repair("r1")] == [agreement.id]
    asked = maya.promises.ask_new_terms(made, "Call when I'm late")
    new = sam.promises.accept_new_terms(asked)
    assert new.repair_id == "r1"


def test_promises_live_only_in_the_shared_database(maya: Session, sam: Session):
    maya.promises.make("Fix the bike", to_partner_id=sam.partner.id)
    maya.promises.add_agreement("Phones away at dinner")
    for session in (maya, sam):
        private = session.spaces.conn(Space.PRIVATE)
        assert private.execute("SELECT count(*) FROM promises").fetchone()[0] == 0
        assert private.execute("SELECT count(*) FROM agreements").fetchone()[0] == 0


def test_a_promise_noted_after_the_fact_and_settled_on_an_earlier_day(maya: Session, sam: Session):
    last_week = clock.now() - timedelta(days=7)
    made = maya.promises.make(
        "Fix the tap", to_partner_id=sam.partner.id, made_at=last_week, due=soon(-5)
    )
    assert made.made_at == last_week and made.due == soon(-5)
    with pytest.raises(InvalidPromise, match="before the promise was made"):
        sam.promises.mark_kept(made, on=soon(-8))
    with pytest.raises(InvalidPromise, match="still to come"):
        sam.promises.mark_kept(made, on=soon(1))
    kept = sam.promises.mark_kept(made, on=soon(-4))
    assert kept.status_on == soon(-4)


def test_a_promise_cannot_be_made_in_the_future_or_due_before_it_was_made(
    maya: Session, sam: Session
):
    with pytest.raises(InvalidPromise, match="future"):
        maya.promises.make(
            "Fix the tap", to_partner_id=sam.partner.id, made_at=clock.now() + timedelta(1)
        )
    with pytest.raises(InvalidPromise, match="past"):
        maya.promises.make(
            "Fix the tap",
            to_partner_id=sam.partner.id,
            made_at=clock.now() - timedelta(days=3),
            due=soon(-4),
        )
    assert maya.promises.count_open() == 0
