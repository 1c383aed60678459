"""A planned conversation from a proposed time to notes and one standing agreement."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.conftest import Couple
from tests.integration.repairs.support import on_disk
from toward import Household
from toward.cli.demo import DEMO_PASSWORDS, create_demo_household
from toward.core import clock
from toward.core.prompts import PromptLibrary
from toward.core.spaces import Space
from toward.core.talks import TalkError, TalkStatus, TalkTopic, questions
from toward.session import Session


def test_every_topic_has_a_few_questions_to_prepare():
    library = PromptLibrary.bundled()
    assert len(TalkTopic) == 8
    for topic in TalkTopic:
        assert topic.label and topic.about
        assert len(questions(library, topic)) >= 3, topic


def test_a_time_is_agreed_then_notes_and_one_agreement_end_it(maya: Session, sam: Session):
    talk = maya.talks.plan(TalkTopic.DREAMS, clock.now() + timedelta(hours=2))
    assert talk.status is TalkStatus.PROPOSED
    with pytest.raises(TalkError, match="time to talk first"):
        sam.talks.save_notes(talk, "too soon")
    with pytest.raises(TalkError, match="waits for your partner"):
        maya.talks.accept_time(talk)
    later = clock.now() + timedelta(days=1)
    moved = sam.talks.propose_time(talk, later)
    assert moved.proposed_by == sam.partner.id and moved.proposed_time == later
    agreed = maya.talks.accept_time(talk)
    assert agreed.status is TalkStatus.PLANNED

    sam.talks.save_notes(talk, "  A year by the sea, one day.  ")
    assert maya.talks.get(talk.id).notes == "A year by the sea, one day."
    with pytest.raises(TalkError, match="one small thing"):
        maya.talks.finish(talk, "   ")
    done = maya.talks.finish(talk, "Sunday walks  to talk about plans", notes="Sea, then mountains")
    assert done.status is TalkStatus.FINISHED and done.notes == "Sea, then mountains"
    agreement = sam.promises.agreement(done.agreement_id)
    assert agreement.text == "Sunday walks to talk about plans"
    with pytest.raises(TalkError, match="has been had"):
        sam.talks.save_notes(talk, "more")
    today = clock.now().astimezone().date()
    assert [t.id for t in sam.talks.finished_in(today, today)] == [talk.id]
    assert sam.talks.finished_in(today - timedelta(days=3), today - timedelta(days=1)) == []


def test_preparation_stays_private(couple: Couple, maya: Session, sam: Session):
    talk = maya.talks.plan(TalkTopic.FAMILY, clock.now() + timedelta(hours=2))
    first = questions(PromptLibrary.bundled(), TalkTopic.FAMILY)[0]
    maya.talks.prepare(talk, {first.id: "MARKER-PREP my mother's Sundays"})
    maya.talks.prepare(talk, {first.id: "MARKER-PREP my mother's Sunday lunches", "x": " "})
    assert maya.talks.my_prep(talk) == {first.id: "MARKER-PREP my mother's Sunday lunches"}
    assert sam.talks.my_prep(talk) == {}
    assert b"MARKER-PREP" not in on_disk(couple, sam, Space.SHARED)
    assert b"MARKER-PREP" in on_disk(couple, maya, Space.PRIVATE)


def test_only_a_waiting_proposal_can_be_withdrawn(maya: Session, sam: Session):
    talk = maya.talks.plan(TalkTopic.FUN, clock.now() + timedelta(hours=2))
    with pytest.raises(TalkError, match="Only a proposal of yours"):
        sam.talks.withdraw(talk)
    maya.talks.withdraw(talk)
    assert maya.talks.count() == 0
    with pytest.raises(TalkError, match="still ahead"):
        maya.talks.plan(TalkTopic.FUN, clock.now() - timedelta(hours=2))


def test_the_demo_has_one_talk_had_and_one_proposed(tmp_path):
    create_demo_household(tmp_path / "demo")
    household = Household.open(tmp_path / "demo")
    maya = Session.start(household.unlock("Maya", DEMO_PASSWORDS["Maya"]))
    try:
        proposed, had = maya.talks.all()
        assert had.status is TalkStatus.FINISHED and had.notes and had.agreement_id
        assert maya.promises.agreement(had.agreement_id).text.startswith("Put a little aside")
        assert proposed.status is TalkStatus.PROPOSED and proposed.proposed_by != maya.partner.id
        assert maya.talks.my_prep(had) and not maya.talks.my_prep(proposed)
        waiting, played = maya.knowing.rounds()
        assert len(maya.knowing.revealed(played)) == 2
        assert waiting.answered_by == {proposed.proposed_by}  # Sam's, waiting for Maya
    finally:
        maya.lock()
