"""Sealed until both are ready (DESIGN §3), tested on the files themselves."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest

from tests.conftest import Couple
from tests.integration.repairs.support import agreed, on_disk
from toward.core import clock
from toward.core.changes import Change
from toward.core.repairs import SEALED_STEPS, RepairError, Step, Topic
from toward.core.repairs.model import ANSWERS, MARKS
from toward.core.spaces import Space
from toward.session import Session


def marker(name: str) -> str:
    return f"{name}-{uuid.uuid4().hex}"


def shared_answer_rows(session: Session) -> list[tuple[str, str]]:
    rows = session.spaces.conn(Space.SHARED).execute(f"SELECT author_id, body FROM {ANSWERS}")
    return [(row[0], row[1]) for row in rows]


def test_an_answer_stays_in_its_authors_space_until_both_have_submitted(
    couple: Couple, maya: Session, sam: Session
):
    repair = agreed(maya, sam)
    feeling = marker("maya-feelings")

    maya.repairs.save_draft(repair, Step.FEELINGS, f"draft {feeling}")
    maya.repairs.submit(repair, Step.FEELINGS, feeling)

    assert feeling.encode() in on_disk(couple, maya, Space.PRIVATE)
    assert feeling.encode() not in on_disk(couple, maya, Space.SHARED)
    assert feeling.encode() not in on_disk(couple, sam, Space.PRIVATE)
    assert shared_answer_rows(sam) == []
    assert sam.repairs.record(repair).answers == {}
    assert sam.repairs.answers.mine(repair.id, Step.FEELINGS) is None
    # The shared space knows only that Maya has answered.
    seen_by_sam = sam.repairs.get(repair.id)
    assert seen_by_sam.submitted(Step.FEELINGS) == {maya.partner.id}
    marks = sam.spaces.conn(Space.SHARED).execute(f"SELECT * FROM {MARKS}").fetchall()
    assert [tuple(row)[:4] for row in marks] == [
        (repair.id, "feelings", maya.partner.id, "submitted")
    ]
    # Unlocking again before Sam answers publishes nothing.
    maya.lock()
    again = couple.unlock("Maya")
    try:
        assert shared_answer_rows(sam) == []
        assert feeling.encode() not in on_disk(couple, sam, Space.SHARED)
    finally:
        again.lock()


def test_apart_each_answer_goes_out_at_its_authors_next_unlock(couple: Couple):
    maya = couple.unlock("Maya")
    sam = couple.unlock("Sam")
    repair = agreed(maya, sam)
    sam.lock()
    hers, his = marker("maya"), marker("sam")

    maya.repairs.submit(repair, Step.FEELINGS, hers)
    maya.lock()

    sam = couple.unlock("Sam")
    after = sam.repairs.submit(repair, Step.FEELINGS, his)
    # Sam answered second, in his own session: his answer is out now, Maya's waits for her.
    assert after.current_step is Step.LISTEN
    assert sam.repairs.record(repair).answers == {Step.FEELINGS: {sam.partner.id: his}}
    assert hers.encode() not in on_disk(couple, sam, Space.SHARED)
    sam.lock()

    maya = couple.unlock("Maya")
    record = maya.repairs.record(repair)
    assert record.answers[Step.FEELINGS] == {maya.partner.id: hers, sam.partner.id: his}
    assert hers.encode() in on_disk(couple, maya, Space.SHARED)
    maya.lock()

    sam = couple.unlock("Sam")
    assert sam.repairs.record(repair).answers[Step.FEELINGS][maya.partner.id] == hers
    sam.lock()


def test_together_both_answers_appear_at_once(couple: Couple, maya: Session, sam: Session):
    repair = agreed(maya, sam)
    maya.repairs.submit(repair, Step.FEELINGS, "I felt alone at the table.")
    sam.repairs.submit(repair, Step.FEELINGS, "I felt torn between work and you.")
    # Together mode: every open session publishes after each answer.
    for session in (maya, sam):
        session.repairs.publish_ready()

    for session in (maya, sam):
        answers = session.repairs.record(repair).answers[Step.FEELINGS]
        assert answers == {
            maya.partner.id: "I felt alone at the table.",
            sam.partner.id: "I felt torn between work and you.",
        }


def test_a_submitted_answer_cannot_change_and_steps_go_in_order(maya: Session, sam: Session):
    repair = agreed(maya, sam)
    with pytest.raises(RepairError, match="another step"):
        maya.repairs.submit(repair, Step.PERSPECTIVE, "ahead of time")
    with pytest.raises(RepairError, match="few words"):
        maya.repairs.submit(repair, Step.FEELINGS, "   ")
    maya.repairs.submit(repair, Step.FEELINGS, "I felt small.")
    with pytest.raises(RepairError, match="already answered"):
        maya.repairs.submit(repair, Step.FEELINGS, "I felt something else.")
    with pytest.raises(RepairError, match="already submitted"):
        maya.repairs.save_draft(repair, Step.FEELINGS, "a change")
    mine = maya.repairs.answers.mine(repair.id, Step.FEELINGS)
    assert mine is not None and mine.body == "I felt small." and mine.space is Space.PRIVATE


def test_a_draft_is_kept_privately_and_becomes_the_answer(
    couple: Couple, maya: Session, sam: Session
):
    repair = agreed(maya, sam)
    draft = marker("draft")
    maya.repairs.save_draft(repair, Step.FEELINGS, draft)
    assert sam.repairs.get(repair.id).submitted(Step.FEELINGS) == frozenset()
    assert draft.encode() not in on_disk(couple, maya, Space.SHARED)
    maya.repairs.submit(repair, Step.FEELINGS, draft + " and more")
    assert maya.repairs.answers.mine(repair.id, Step.FEELINGS).body == draft + " and more"


def test_no_answer_before_a_time_is_agreed(maya: Session, sam: Session):
    repair = maya.repairs.start("Money", Topic.SECRET, clock.now() + timedelta(days=1))
    with pytest.raises(RepairError, match="time to talk first"):
        maya.repairs.submit(repair, Step.FEELINGS, "I felt")


def test_a_crash_between_the_two_files_leaves_the_answer_sealed_and_later_marked(
    couple: Couple, maya: Session, sam: Session
):
    repair = agreed(maya, sam)

    def stop(step: str, op: object) -> None:
        if step == "recorded":  # the app stops between the files
            raise SystemExit

    maya.spaces.ops.on_step = stop
    with pytest.raises(SystemExit):
        maya.repairs.submit(repair, Step.FEELINGS, "I felt unseen.")
    maya.lock()
    assert sam.repairs.get(repair.id).submitted(Step.FEELINGS) == frozenset()

    maya = couple.unlock("Maya")  # the mark follows at the next unlock
    assert maya.repairs.answers.mine(repair.id, Step.FEELINGS).body == "I felt unseen."
    assert sam.repairs.get(repair.id).submitted(Step.FEELINGS) == {maya.partner.id}
    assert shared_answer_rows(sam) == []
    maya.lock()


def test_a_plan_item_being_written_is_kept_privately_until_added(
    couple: Couple, maya: Session, sam: Session
):
    repair = agreed(maya, sam)
    with pytest.raises(RepairError, match="once you have both apologized"):
        maya.repairs.save_plan_draft(repair, "too soon")
    for step in SEALED_STEPS:
        maya.repairs.submit(repair, step, "mine")
        sam.repairs.submit(repair, step, "mine")
        maya.repairs.publish_ready()
    repair = maya.repairs.get(repair.id)
    walk = marker("walk")

    maya.repairs.save_plan_draft(repair, f"A walk {walk}")
    assert maya.repairs.plan_draft(repair) == f"A walk {walk}"
    assert sam.repairs.plan_draft(repair) == ""
    assert walk.encode() in on_disk(couple, maya, Space.PRIVATE)
    assert walk.encode() not in on_disk(couple, maya, Space.SHARED)
    assert sam.repairs.record(repair).answers.get(Step.PLAN) is None

    maya.repairs.add_plan_item(repair, f"A walk {walk}")
    assert maya.repairs.plan_draft(repair) == ""
    assert [item.text for item in sam.repairs.plan(repair)] == [f"A walk {walk}"]


def test_a_draft_is_no_notice_and_a_submit_that_publishes_is_one(maya: Session, sam: Session):
    repair = agreed(maya, sam)
    sam.repairs.submit(repair, Step.FEELINGS, "sam's feelings")
    heard: list[frozenset[Change]] = []
    maya.spaces.subscribe(heard.append)
    maya.repairs.save_draft(repair, Step.FEELINGS, "a first try")
    assert heard == []
    # Sealed in her space, marked and published in the shared one: one action.
    maya.repairs.submit(repair, Step.FEELINGS, "maya's feelings")
    assert heard == [frozenset({Change.REPAIRS})]
    assert shared_answer_rows(maya) == [(maya.partner.id, "maya's feelings")]
