"""How well do we know each other: answers and guesses sealed until both are in."""

from __future__ import annotations

import uuid

import pytest

from tests.conftest import Couple
from tests.integration.repairs.support import on_disk
from toward.core import clock
from toward.core.sharing import insert
from toward.core.spaces import Space
from toward.core.talks import TalkError
from toward.session import Session
from toward.vault.database import transaction
from toward.vault.oplog import Op


def test_both_answers_appear_together_and_only_then(couple: Couple, maya: Session, sam: Session):
    first = maya.knowing.start()
    assert maya.knowing.question(first) is not None
    with pytest.raises(TalkError, match="Finish the round"):
        sam.knowing.start()
    with pytest.raises(TalkError, match="your guess"):
        maya.knowing.answer(first, "Pancakes", "  ")

    waiting = maya.knowing.answer(first, "MARKER-MAYA pancakes", "MARKER-GUESS a long run")
    assert waiting.answered_by == {maya.partner.id}
    assert sam.knowing.revealed(first) == {}
    assert b"MARKER-MAYA" not in on_disk(couple, sam, Space.SHARED)
    with pytest.raises(TalkError, match="already"):
        maya.knowing.answer(first, "again", "again")

    sam.knowing.answer(first, "A long run, then the papers", "Pancakes")
    # Sam's session was open: his answer went out at once; Maya's waits for her session.
    assert set(sam.knowing.revealed(first)) == {sam.partner.id}
    assert maya.knowing.publish_ready() == 1
    both = sam.knowing.revealed(first)
    assert both[maya.partner.id].mine == "MARKER-MAYA pancakes"
    assert both[maya.partner.id].guess == "MARKER-GUESS a long run"
    assert both[sam.partner.id].guess == "Pancakes"

    second = sam.knowing.start()
    assert second.prompt_id != first.prompt_id  # a question they have not had yet
    today = second.info.created_at.astimezone().date()
    assert [r.id for r in maya.knowing.played_in(today, today)] == [first.id]


def test_a_sealed_answer_goes_out_at_its_authors_next_unlock(couple: Couple):
    maya, sam = couple.unlock("Maya"), couple.unlock("Sam")
    round_ = maya.knowing.start()
    maya.knowing.answer(round_, "Lisbon", "Kyoto")
    maya.lock()
    sam.knowing.answer(round_, "Kyoto", "Lisbon")
    assert set(sam.knowing.revealed(round_)) == {sam.partner.id}
    again = couple.unlock("Maya")
    try:
        assert set(again.knowing.revealed(round_)) == {maya.partner.id, sam.partner.id}
    finally:
        again.lock()
        sam.lock()


class Crash(Exception):
    """Stands for a process killed right after one step of an operation."""


def test_a_crash_between_the_two_files_delays_the_answer_and_loses_nothing(couple: Couple):
    maya, sam = couple.unlock("Maya"), couple.unlock("Sam")
    round_ = maya.knowing.start()
    sam.knowing.answer(round_, "Kyoto", "Lisbon")
    steps: list[tuple[str, str]] = []

    def crash_after_recording(step: str, op: Op) -> None:
        steps.append((step, op.kind))
        if step == "recorded":
            raise Crash

    maya.spaces.ops.on_step = crash_after_recording
    with pytest.raises(Crash):
        maya.knowing.answer(round_, "Lisbon", "Kyoto")
    maya.lock()
    assert steps == [("recorded", "knowing.submit")]  # one operation of the log
    # Sealed in Maya's file, nothing yet in the shared one: Sam sees no answer of hers.
    assert sam.knowing.get(round_.id).answered_by == {sam.partner.id}
    assert sam.knowing.revealed(round_) == {}
    again = couple.unlock("Maya")  # finishes the operation, then publishes
    try:
        assert again.knowing.get(round_.id).answered_by == {maya.partner.id, sam.partner.id}
        assert again.knowing.revealed(round_)[maya.partner.id].mine == "Lisbon"
    finally:
        again.lock()
        sam.lock()


def test_publishing_goes_through_the_log_and_waits_for_both(couple: Couple):
    maya, sam = couple.unlock("Maya"), couple.unlock("Sam")
    round_ = maya.knowing.start()
    kinds: list[str] = []
    for session in (maya, sam):
        session.spaces.ops.on_step = lambda step, op: kinds.append(op.kind)
    maya.knowing.answer(round_, "Lisbon", "Kyoto")
    sam.knowing.answer(round_, "Kyoto", "Lisbon")
    maya.knowing.publish_ready()
    assert kinds == 6 * ["knowing.submit"] + 6 * ["knowing.publish"]
    maya.lock()
    sam.lock()


def test_an_answer_an_older_version_left_without_its_mark_is_marked_at_unlock(couple: Couple):
    maya, sam = couple.unlock("Maya"), couple.unlock("Sam")
    round_ = maya.knowing.start()
    sam.knowing.answer(round_, "Kyoto", "Lisbon")
    # What a version before the operation log left when killed between its two writes.
    now = clock.to_text(clock.now())
    row = {"id": uuid.uuid4().hex, "author_id": maya.partner.id, "created_at": now}
    row |= {"updated_at": now, "round_id": round_.id, "mine": "Lisbon", "guess": "Kyoto"}
    with transaction(maya.spaces.conn(Space.PRIVATE)) as private:
        insert(private, "knowing_answers", row | {"submitted_at": now})
    maya.lock()
    again = couple.unlock("Maya")
    try:
        assert again.knowing.get(round_.id).answered_by == {maya.partner.id, sam.partner.id}
        assert set(sam.knowing.revealed(round_)) == {maya.partner.id}
        assert sam.knowing.publish_ready() == 1
        assert set(sam.knowing.revealed(round_)) == {maya.partner.id, sam.partner.id}
    finally:
        again.lock()
        sam.lock()
