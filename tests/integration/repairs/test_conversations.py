"""A repair conversation from a proposed time to a finished record with its promises."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.conftest import Couple, make_couple
from tests.integration.repairs.support import MovableClock, agreed
from toward.core import clock
from toward.core.repairs import SEALED_STEPS, STEPS, Repair, RepairError, Status, Step, Topic
from toward.session import Session


def answer_all(maya: Session, sam: Session, repair: Repair, until: Step = Step.PLAN) -> Repair:
    """Both answer every sealed step before `until` (together: each session publishes)."""
    for step in SEALED_STEPS[: SEALED_STEPS.index(until) if until in SEALED_STEPS else None]:
        maya.repairs.submit(repair, step, f"Maya's {step.value}")
        sam.repairs.submit(repair, step, f"Sam's {step.value}")
        maya.repairs.publish_ready()
    return maya.repairs.get(repair.id)


def test_a_proposed_time_is_accepted_or_answered_with_another(maya: Session, sam: Session):
    first = clock.now() + timedelta(hours=3)
    repair = maya.repairs.start("  The  missed dinner ", Topic.ARGUMENT, first)
    assert repair.topic == "The missed dinner"
    assert repair.status() is Status.PROPOSED and repair.proposed_by == maya.partner.id
    with pytest.raises(RepairError, match="waits for your partner"):
        maya.repairs.accept_time(repair)
    with pytest.raises(RepairError, match="waiting for an answer"):
        maya.repairs.propose_time(repair, first + timedelta(hours=1))

    later = first + timedelta(days=1)
    countered = sam.repairs.propose_time(repair, later)
    assert countered.proposed_by == sam.partner.id and countered.proposed_time == later
    assert countered.status() is Status.PROPOSED

    accepted = maya.repairs.accept_time(repair)
    assert accepted.status() is Status.TALKING and accepted.current_step is Step.FEELINGS
    assert sam.repairs.get(repair.id).agreed_at is not None


@pytest.mark.parametrize(
    ("topic", "message"),
    [("  ", "few words"), ("x" * 201, "at most 200")],
)
def test_a_topic_needs_a_few_words(maya: Session, topic: str, message: str):
    with pytest.raises(RepairError, match=message):
        maya.repairs.start(topic, Topic.OTHER, clock.now() + timedelta(hours=1))
    assert maya.repairs.conversations() == []


def test_a_time_to_talk_is_ahead_and_has_a_time_zone(maya: Session):
    with pytest.raises(RepairError, match="still ahead"):
        maya.repairs.start("t", Topic.OTHER, clock.now() - timedelta(hours=1))
    with pytest.raises(RepairError, match="time zone"):
        maya.repairs.start(
            "t", Topic.OTHER, (clock.now() + timedelta(hours=1)).replace(tzinfo=None)
        )


def test_a_conversation_needs_both_partners(tmp_path: Path):
    alone = make_couple(tmp_path / "solo", second=False).unlock("Maya")
    try:
        with pytest.raises(RepairError, match="both partners"):
            alone.repairs.start("t", Topic.OTHER, clock.now() + timedelta(hours=1))
    finally:
        alone.lock()


def test_flooded_a_break_pauses_and_shows_when_to_resume(
    maya: Session, sam: Session, monkeypatch: pytest.MonkeyPatch
):
    time = MovableClock(monkeypatch)
    repair = agreed(maya, sam)
    paused = sam.repairs.take_break(repair)
    assert paused.status() is Status.PAUSED and paused.paused_by == sam.partner.id
    assert paused.resume_at == time.now + timedelta(minutes=20)
    assert paused.calming_suggestion
    with pytest.raises(RepairError, match="on a break"):
        maya.repairs.submit(repair, Step.FEELINGS, "I felt")
    card = maya.today().cards
    lines = [line for c in card if c.section.startswith("repair") for line in c.lines]
    resume = paused.resume_at.astimezone()
    # Twenty minutes before midnight, the break ends tomorrow.
    day = "today" if resume.date() == time.now.astimezone().date() else f"{resume:%a %d %b},"
    assert lines == [f"On a break until {day} {resume:%H:%M}"]

    time.advance(minutes=19)
    assert maya.repairs.get(repair.id).status() is Status.PAUSED
    time.advance(minutes=1)
    assert maya.repairs.get(repair.id).status() is Status.TALKING
    maya.repairs.submit(repair, Step.FEELINGS, "I felt")


def test_a_break_can_end_early_and_lasts_a_minute_to_a_day(maya: Session, sam: Session):
    repair = agreed(maya, sam)
    with pytest.raises(RepairError, match="between a minute and a day"):
        maya.repairs.take_break(repair, minutes=0)
    maya.repairs.take_break(repair, minutes=45)
    assert sam.repairs.resume(repair).status() is Status.TALKING


def test_the_today_page_asks_for_an_answer_only_from_whoever_owes_one(maya: Session, sam: Session):
    repair = maya.repairs.start("Money", Topic.SECRET, clock.now() + timedelta(hours=1))
    assert maya.repairs.attention() is None
    card = sam.repairs.attention()
    assert card is not None and card.lines[0].startswith("A time to talk was proposed")
    assert card.section == f"repair:{repair.id}"
    sam.repairs.accept_time(repair)
    maya.repairs.submit(repair, Step.FEELINGS, "I felt")
    assert maya.repairs.attention() is None
    assert sam.repairs.attention().lines == ("Your turn: Name what you felt",)
    assert "Money" not in " ".join(sam.repairs.attention().lines)  # no topic on Today


def test_an_apology_is_accepted_once_revealed(maya: Session, sam: Session):
    repair = answer_all(maya, sam, agreed(maya, sam), until=Step.APOLOGY)
    maya.repairs.submit(repair, Step.APOLOGY, "I'm sorry I went quiet.")
    with pytest.raises(RepairError, match="not been revealed"):
        sam.repairs.accept_apology(repair)
    sam.repairs.submit(repair, Step.APOLOGY, "I'm sorry I was late.")
    maya.repairs.publish_ready()
    accepted = sam.repairs.accept_apology(repair)
    assert accepted.apology_accepted_by() == {sam.partner.id}
    assert sam.repairs.record(repair).apologies == {
        maya.partner.id: "I'm sorry I went quiet.",
        sam.partner.id: "I'm sorry I was late.",
    }


def test_the_plan_becomes_promises_and_agreements(maya: Session, sam: Session):
    repair = agreed(maya, sam)
    with pytest.raises(RepairError, match="once you have both apologized"):
        maya.repairs.add_plan_item(repair, "too early")
    repair = answer_all(maya, sam, repair)
    assert repair.current_step is Step.PLAN

    call = maya.repairs.add_plan_item(repair, "I text if I'll be late")
    walk = sam.repairs.add_plan_item(repair, "We take a walk before hard talks")
    due = date.today() + timedelta(days=7)
    promised = maya.repairs.make_promise(call, due=due)
    agreed_item = sam.repairs.make_agreement(walk)

    promise = sam.promises.get(promised.promise_id)
    assert promise.what == "I text if I'll be late" and promise.due == due
    assert promise.promiser_id == maya.partner.id and promise.to_id == sam.partner.id
    assert [p.id for p in sam.promises.from_repair(repair.id)] == [promise.id]
    assert [a.id for a in maya.promises.agreements_from_repair(repair.id)] == [
        agreed_item.agreement_id
    ]
    with pytest.raises(RepairError, match="already a promise"):
        sam.repairs.make_promise(call)
    with pytest.raises(RepairError, match="change it there"):
        maya.repairs.remove_plan_item(promised)


def test_finished_conversation_reads_as_a_record(maya: Session, sam: Session):
    repair = answer_all(maya, sam, agreed(maya, sam))
    with pytest.raises(RepairError, match="at least one"):
        maya.repairs.finish(repair)
    item = maya.repairs.make_promise(maya.repairs.add_plan_item(repair, "I call at six"))
    assert maya.repairs.finish(repair).status() is Status.TALKING
    done = sam.repairs.finish(repair)
    assert done.status() is Status.FINISHED and done.steps_reached == len(STEPS)
    with pytest.raises(RepairError, match="finished"):
        sam.repairs.take_break(repair)

    record = sam.repairs.record(repair)
    assert record.topic == "The missed dinner" and record.status is Status.FINISHED
    assert set(record.answers) == set(SEALED_STEPS)
    assert record.answers[Step.OWN_PART] == {
        maya.partner.id: "Maya's own_part",
        sam.partner.id: "Sam's own_part",
    }
    assert [i.text for i in record.plan] == ["I call at six"]
    assert record.promise_ids == (item.promise_id,)


def test_in_period_lists_conversations_open_in_those_days(
    couple: Couple, maya: Session, sam: Session, monkeypatch: pytest.MonkeyPatch
):
    time = MovableClock(monkeypatch)
    first = agreed(maya, sam, "First")
    time.advance(days=10)
    second = agreed(sam, maya, "Second")
    today = time.now.astimezone().date()

    assert [r.topic for r in maya.repairs.in_period(today, today)] == ["First", "Second"]
    answer_all(maya, sam, first)
    maya.repairs.add_plan_item(first, "Walk")
    maya.repairs.finish(first)
    sam.repairs.finish(first)
    time.advance(days=3)
    later = time.now.astimezone().date()
    assert [r.topic for r in sam.repairs.in_period(later, later)] == ["Second"]
    early = today - timedelta(days=10)
    records = sam.repairs.in_period(early, early)
    assert [r.repair.id for r in records] == [first.id] and records[0].steps_reached == len(STEPS)
    assert second.id not in [r.repair.id for r in maya.repairs.in_period(early, early)]


def test_a_conversation_noted_down_afterwards_keeps_its_dates(maya: Session):
    started = clock.now() - timedelta(days=20)
    repair = maya.repairs.start(
        "Dinner", Topic.ARGUMENT, started + timedelta(hours=8), started_at=started
    )
    assert repair.info.created_at == started
    assert repair.proposed_time == started + timedelta(hours=8)
    day = started.astimezone().date()
    assert [r.topic for r in maya.repairs.in_period(day, day)] == ["Dinner"]


def test_a_conversation_noted_down_afterwards_finishes_when_it_did(maya: Session, sam: Session):
    started = clock.now() - timedelta(days=20)
    repair = maya.repairs.start(
        "Dinner", Topic.ARGUMENT, started + timedelta(hours=8), started_at=started
    )
    sam.repairs.accept_time(repair)
    repair = answer_all(maya, sam, repair)
    maya.repairs.add_plan_item(repair, "Walk after dinner")
    ended = started + timedelta(hours=10)
    for wrong in (started - timedelta(hours=1), clock.now() + timedelta(days=1)):
        with pytest.raises(RepairError, match="after it began"):
            maya.repairs.finish(repair, finished_at=wrong)
    with pytest.raises(RepairError, match="time zone"):
        maya.repairs.finish(repair, finished_at=ended.replace(tzinfo=None))
    maya.repairs.finish(repair, finished_at=ended)
    done = sam.repairs.finish(repair, finished_at=ended)
    assert done.status() is Status.FINISHED and done.finished_at == ended
    day = ended.astimezone().date()
    assert [r.topic for r in sam.repairs.in_period(day, day)] == ["Dinner"]
    later = day + timedelta(days=1)
    assert sam.repairs.in_period(later, later) == []


def test_an_open_conversation_stays_on_today_behind_many_finished_ones(
    maya: Session, sam: Session, monkeypatch: pytest.MonkeyPatch
):
    time = MovableClock(monkeypatch)
    waiting = maya.repairs.start("Old and open", Topic.OTHER, time.now + timedelta(hours=1))
    for number in range(21):
        time.advance(minutes=1)
        done = answer_all(maya, sam, agreed(maya, sam, f"Done {number}"))
        maya.repairs.add_plan_item(done, "Walk")
        maya.repairs.finish(done)
        sam.repairs.finish(done)
    (line,) = sam.repairs.attention().lines
    assert line.startswith("A time to talk was proposed")
    assert waiting.id in [r.id for r in sam.repairs.conversations(open_only=True)]
    assert maya.repairs.attention() is None


def test_only_the_starter_withdraws_and_only_before_a_time_is_agreed(maya: Session, sam: Session):
    repair = maya.repairs.start("Money", Topic.SECRET, clock.now() + timedelta(hours=1))
    with pytest.raises(RepairError, match="Only the partner who started"):
        sam.repairs.withdraw(repair)
    maya.repairs.withdraw(repair)
    assert sam.repairs.conversations() == [] and sam.repairs.attention() is None

    under_way = agreed(maya, sam)
    with pytest.raises(RepairError, match="paused, not withdrawn"):
        maya.repairs.withdraw(under_way)
