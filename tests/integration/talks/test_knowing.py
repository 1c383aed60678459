"""How well do we know each other: answers and guesses sealed until both are in."""

from __future__ import annotations

import pytest

from tests.conftest import Couple
from tests.integration.repairs.support import on_disk
from toward.core.spaces import Space
from toward.core.talks import TalkError
from toward.session import Session


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
