"""Repair: a whole conversation in together mode, the flooded break, and sealed answers apart."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
import shiboken6
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from tests.conftest import Couple
from tests.integration.repairs.support import MovableClock, agreed
from tests.ui.conftest import ControllerFactory, ViewOf
from tests.ui.helpers import (
    click,
    flush_deletes,
    show,
    texts_containing,
    unlock_controller,
    widget_texts,
)
from tests.ui.journal.support import Answers
from tests.ui.test_together_mode import join
from toward.core import clock
from toward.core.repairs import SEALED_STEPS, Status, Step, Topic
from toward.core.spaces import Space
from toward.ui.main_view import MainView, Section
from toward.ui.repair.breach import BreachCard
from toward.ui.repair.conversation import SKIPPED_NOTE, ConversationView
from toward.ui.repair.page import RepairPage
from toward.ui.repair.time_picker import talk_time
from toward.ui.today.page import TodayPage

SECTIONS = [
    Section("today", "Today", "today", TodayPage),
    Section("repair", "Repair", "repair", RepairPage),
]


def repair_page(view: MainView) -> RepairPage:
    view.show_section("repair")
    page = view.pages["repair"]
    assert isinstance(page, RepairPage)
    return page


def open_first(qtbot: QtBot, page: RepairPage) -> ConversationView:
    if page.conversation is None:
        row = next(iter(page.rows.values()))
        click(qtbot, next(b for b in row.findChildren(type(page.start_form.propose))))
    assert page.conversation is not None
    return page.conversation


def texts(widget: ConversationView | RepairPage) -> str:
    flush_deletes()
    return "\n".join(widget_texts(widget))


@pytest.fixture
def together(qtbot: QtBot, couple: Couple) -> Iterator[MainView]:
    """Maya and Sam both unlocked in one window (together mode), Maya's view first."""
    sessions = [couple.unlock("Maya"), couple.unlock("Sam")]
    view = MainView(sessions, SECTIONS)
    show(qtbot, view)
    yield view
    if shiboken6.isValid(view):
        shiboken6.delete(view)
    for session in sessions:
        session.lock()


def as_partner(view: MainView, index: int) -> RepairPage:
    view.set_active(index)
    flush_deletes()
    return repair_page(view)


def answer(qtbot: QtBot, view: MainView, index: int, text: str) -> ConversationView:
    conversation = open_first(qtbot, as_partner(view, index))
    assert conversation.editor is not None
    qtbot.keyClicks(conversation.editor, text)
    click(qtbot, conversation.submit_button)
    return conversation


def test_a_whole_conversation_together(qtbot: QtBot, together: MainView):
    maya, sam = together.sessions
    page = as_partner(together, 0)
    assert "No conversations yet" in texts(page)
    assert texts_containing(page, "stay sealed in your private space")
    qtbot.keyClicks(page.start_form.topic, "The missed dinner")
    click(qtbot, page.start_form.propose)
    conversation = page.conversation
    assert conversation is not None
    assert "You proposed" in texts(conversation) and "Waiting for Sam" in texts(conversation)

    conversation = open_first(qtbot, as_partner(together, 1))
    assert "Maya proposed" in texts(conversation)
    click(qtbot, conversation.time_card.accept_button)
    assert "Name what you felt" in texts(conversation)
    assert "Time to talk, agreed: " in texts(conversation)
    assert "stays sealed in your private space until Maya has answered" in texts(conversation)

    for step in SEALED_STEPS:
        sams = answer(qtbot, together, 1, f"Sam on {step.value}")
        assert "Your answer is sealed" in texts(sams)
        assert f"Maya on {step.value}" not in texts(sams)
        mayas = answer(qtbot, together, 0, f"Maya on {step.value}")
        # Together: both answers appear side by side at once.
        shown = texts(mayas)
        assert f"Maya on {step.value}" in shown and f"Sam on {step.value}" in shown
        assert "opens Toward" not in shown

    conversation = open_first(qtbot, as_partner(together, 0))
    click(qtbot, conversation.accept_apology_button)
    assert "Maya accepted Sam's apology." in texts(conversation)
    plan = conversation.plan
    qtbot.keyClicks(plan.new_item, "I text if I'll be late")
    qtbot.keyClick(plan.new_item, "\r")
    plan = conversation.plan
    promise_button = next(
        b for b in plan.findChildren(type(plan.finish_button)) if b.text() == "Make it my promise"
    )
    click(qtbot, promise_button)
    plan = conversation.plan
    assert "became Maya's promise (open)" in texts(plan)
    click(qtbot, plan.finish_button)

    conversation = open_first(qtbot, as_partner(together, 1))
    click(qtbot, conversation.plan.finish_button)
    record = texts(conversation)
    assert "Finished on" in record
    assert "Sam on own_part" in record and "Maya on feelings" in record
    assert "I text if I'll be late" in record and "Make it my promise" not in record
    # An apology can be accepted later, in the record, when its receiver is ready.
    click(qtbot, conversation.accept_apology_button)
    assert "Sam accepted Maya's apology." in texts(conversation)

    repair = sam.repairs.conversations()[0]
    assert repair.status() is Status.FINISHED
    (promise,) = sam.promises.from_repair(repair.id)
    assert promise.promiser_id == maya.partner.id and promise.to_id == sam.partner.id


def test_flooded_a_break_with_a_suggestion_and_the_time_on_today(
    qtbot: QtBot, view_of: ViewOf, couple: Couple, monkeypatch: pytest.MonkeyPatch
):
    time = MovableClock(monkeypatch)
    maya, sam = couple.unlock("Maya"), couple.unlock("Sam")
    agreed(maya, sam)
    maya.lock()
    sam.lock()
    view = view_of("Sam", sections=SECTIONS)
    conversation = open_first(qtbot, repair_page(view))
    click(qtbot, conversation.flooded_button)

    shown = texts(conversation)
    repair = view.active.repairs.conversations()[0]
    assert "You needed a pause" in shown and "About 20 minutes left" in shown
    assert f"For the break: {repair.calming_suggestion}" in shown
    assert conversation.ticker.isActive()
    view.show_section("today")
    today = view.pages["today"]
    resume = repair.resume_at.astimezone()  # type: ignore[union-attr]
    # Twenty minutes before midnight, the break ends tomorrow.
    day = "today" if resume.date() == time.now.astimezone().date() else f"{resume:%a %d %b},"
    assert texts_containing(today, f"On a break until {day} {resume:%H:%M}")
    click(qtbot, next(b for b in today.findChildren(QPushButton) if b.text() == "Open"))
    assert view.current_page() is repair_page(view)
    conversation = repair_page(view).conversation
    assert conversation is not None and conversation.repair.id == repair.id

    time.advance(minutes=12)
    conversation.ticker.timeout.emit()
    assert "About 8 minutes left" in texts(conversation)
    time.advance(minutes=8)
    conversation.ticker.timeout.emit()
    assert "Name what you felt" in texts(conversation)
    assert not conversation.ticker.isActive()


def test_apart_an_answer_waits_sealed_and_shows_where_the_other_will_appear(
    qtbot: QtBot, view_of: ViewOf, couple: Couple
):
    maya, sam = couple.unlock("Maya"), couple.unlock("Sam")
    repair = agreed(maya, sam)
    maya.repairs.submit(repair, Step.FEELINGS, "Maya's sealed feeling")
    maya.lock()
    view = view_of("Sam", sections=SECTIONS)
    page = repair_page(view)
    assert "· your turn · 0 of 7 steps" in texts(page)
    conversation = open_first(qtbot, page)
    assert "Maya has answered; their answer is sealed until you do." in texts(conversation)
    assert "Maya's sealed feeling" not in texts(conversation)
    qtbot.keyClicks(conversation.editor, "Sam's feeling")
    click(qtbot, conversation.draft_button)
    assert sam.repairs.answers.mine(repair.id, Step.FEELINGS).body == "Sam's feeling"
    click(qtbot, conversation.submit_button)

    shown = texts(conversation)
    assert "Sam's feeling" in shown and "Maya's sealed feeling" not in shown
    assert "Appears the next time Maya opens Toward." in shown
    click(qtbot, conversation.back_button)
    assert "· your turn · 1 of 7 steps" in texts(page)
    sam.lock()


def test_a_topic_is_needed_and_nothing_is_lost(qtbot: QtBot, view_of: ViewOf):
    page = repair_page(view_of("Maya", sections=SECTIONS))
    page.start_form.topic.setText("   ")
    click(qtbot, page.start_form.propose)
    assert page.start_form.error.text() == "Say in a few words what the conversation is about."
    assert page.conversation is None and view_of  # still the list
    assert page.start_form.topic.text() == "   "


def test_a_counter_proposal_goes_back_to_the_first_partner(
    qtbot: QtBot, view_of: ViewOf, couple: Couple
):
    maya = couple.unlock("Maya")
    maya.repairs.start("Money", Topic.SECRET, clock.now() + timedelta(hours=3))
    maya.lock()
    view = view_of("Sam", sections=SECTIONS)
    page = repair_page(view)
    assert "a time waits for your answer" in texts(page)
    conversation = open_first(qtbot, page)
    click(qtbot, conversation.time_card.counter_button)
    assert "You proposed" in texts(conversation)
    click(qtbot, conversation.back_button)
    assert "waiting for Maya to answer about the time" in texts(page)
    repair = view.active.repairs.conversations()[0]
    assert repair.proposed_by == view.active.partner.id


def test_a_half_written_answer_is_kept_as_a_private_draft_while_typing(
    qtbot: QtBot, view_of: ViewOf, couple: Couple
):
    maya, sam = couple.unlock("Maya"), couple.unlock("Sam")
    repair = agreed(maya, sam)
    maya.lock()
    view = view_of("Sam", sections=SECTIONS)
    conversation = open_first(qtbot, repair_page(view))
    editor = conversation.editor
    assert editor is not None
    editor.setFocus()
    qtbot.keyClicks(editor, "I felt")
    assert conversation.autosave.isActive()
    conversation.autosave.timeout.emit()

    assert sam.repairs.answers.mine(repair.id, Step.FEELINGS).body == "I felt"
    assert conversation.editor is editor and editor.hasFocus()  # not redrawn under the typist
    assert sam.repairs.get(repair.id).submitted(Step.FEELINGS) == frozenset()
    sam.lock()
    again = couple.unlock("Sam")
    try:
        assert again.repairs.answers.mine(repair.id, Step.FEELINGS).body == "I felt"
    finally:
        again.lock()


def test_typing_locked_before_the_autosave_runs_is_still_kept(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
):
    maya, sam = couple.unlock("Maya"), couple.unlock("Sam")
    repair = agreed(maya, sam)
    maya.lock()
    sam.lock()
    controller = make_controller(couple.folder, sections=SECTIONS)
    view = unlock_controller(qtbot, controller, "Sam")
    conversation = open_first(qtbot, repair_page(view))
    assert conversation.editor is not None
    qtbot.keyClicks(conversation.editor, "I felt unseen")
    assert conversation.autosave.isActive()
    controller.lock()  # Ctrl+L at once: the pages go, the words stay

    again = couple.unlock("Sam")
    try:
        assert again.repairs.answers.mine(repair.id, Step.FEELINGS).body == "I felt unseen"
    finally:
        again.lock()


def test_a_plan_item_being_written_survives_a_lock_and_a_redraw(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
):
    maya, sam = couple.unlock("Maya"), couple.unlock("Sam")
    repair = agreed(maya, sam)
    for step in SEALED_STEPS:
        maya.repairs.submit(repair, step, "Maya's")
        sam.repairs.submit(repair, step, "Sam's")
        maya.repairs.publish_ready()
    maya.lock()
    sam.lock()
    controller = make_controller(couple.folder, sections=SECTIONS)
    view = unlock_controller(qtbot, controller, "Sam")
    conversation = open_first(qtbot, repair_page(view))
    assert conversation.plan is not None and conversation.plan.editable
    field = conversation.plan.new_item
    field.setFocus()
    qtbot.keyClicks(field, "A walk on Sundays")
    conversation.autosave.timeout.emit()
    assert conversation.plan.new_item is field and field.hasFocus()  # not redrawn under us
    qtbot.keyClicks(field, " after lunch")
    controller.lock()

    view = unlock_controller(qtbot, controller, "Sam")
    conversation = open_first(qtbot, repair_page(view))
    assert conversation.plan is not None
    assert conversation.plan.new_item.text() == "A walk on Sundays after lunch"
    click(
        qtbot,
        next(
            b for b in conversation.plan.findChildren(QPushButton) if b.text() == "Add to the plan"
        ),
    )
    assert conversation.plan is not None and conversation.plan.new_item.text() == ""
    assert "A walk on Sundays after lunch" in texts(conversation)


def test_the_starter_withdraws_a_proposal_after_saying_so(
    qtbot: QtBot, view_of: ViewOf, answers: Answers
):
    view = view_of("Maya", sections=SECTIONS)
    page = repair_page(view)
    qtbot.keyClicks(page.start_form.topic, "The weekend")
    click(qtbot, page.start_form.propose)
    conversation = page.conversation
    assert conversation is not None

    answers.answer = False
    click(qtbot, conversation.time_card.withdraw_button)
    assert len(view.active.repairs.conversations()) == 1 and page.conversation is conversation
    answers.answer = True
    click(qtbot, conversation.time_card.withdraw_button)
    assert answers.asked[-1].startswith("Withdraw this proposal?")
    assert view.active.repairs.conversations() == [] and page.conversation is None
    assert "No conversations yet" in texts(page)


def test_through_the_app_the_partner_who_joins_publishes_at_unlock(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
):
    maya, sam = couple.unlock("Maya"), couple.unlock("Sam")
    agreed(maya, sam)
    maya.lock()
    sam.repairs.submit(sam.repairs.conversations()[0], Step.FEELINGS, "Sam's sealed feeling")
    sam.lock()
    controller = make_controller(couple.folder, sections=SECTIONS)
    view = unlock_controller(qtbot, controller, "Maya")
    conversation = open_first(qtbot, repair_page(view))
    assert "Sam's sealed feeling" not in texts(conversation)
    qtbot.keyClicks(conversation.editor, "Maya's feeling")
    click(qtbot, conversation.submit_button)
    shown = texts(conversation)
    assert "Maya's feeling" in shown and "Appears the next time Sam opens Toward." in shown
    assert "Sam's sealed feeling" not in shown

    join(qtbot, controller, view)  # Sam's unlock publishes his answer

    conversation = open_first(qtbot, as_partner(view, 1))
    shown = texts(conversation)
    assert "Maya's feeling" in shown and "Sam's sealed feeling" in shown
    conversation = open_first(qtbot, as_partner(view, 0))
    assert "Sam's sealed feeling" in texts(conversation)


def test_conversations_are_listed_ten_at_a_time_and_a_change_keeps_those_opened(
    qtbot: QtBot, view_of: ViewOf, couple: Couple
):
    maya = couple.unlock("Maya")
    for n in range(12):
        maya.repairs.start(f"Topic {n:02}", Topic.OTHER, clock.now() + timedelta(hours=3))
    maya.lock()
    view = view_of("Sam", sections=SECTIONS)
    page = repair_page(view)
    assert page.listing.count.text() == "Showing 10 of 12 conversations"
    assert len(page.rows) == 10
    click(qtbot, page.listing.more)
    assert page.listing.count.text() == "12 conversations" and page.listing.more.isHidden()
    view.active.repairs.start("One more", Topic.OTHER, clock.now() + timedelta(hours=3))
    flush_deletes()
    assert page.listing.count.text() == "Showing 12 of 13 conversations"
    assert "One more" in texts(page)


@pytest.mark.parametrize(
    ("now", "proposed"),
    [
        ("2026-12-01 10:07", "2026-12-01 12:15"),  # two hours on, a quarter hour
        ("2026-12-01 18:50", "2026-12-01 21:00"),
        ("2026-12-01 21:30", "2026-12-02 19:00"),  # not 23:30: the next evening
        ("2026-12-01 22:30", "2026-12-02 19:00"),  # not 00:30
        ("2026-12-02 03:10", "2026-12-02 19:00"),
    ],
)
def test_a_new_conversation_proposes_a_waking_hour(now: str, proposed: str) -> None:
    moment = datetime.strptime(now, "%Y-%m-%d %H:%M").astimezone()
    got = talk_time(moment + timedelta(hours=2))
    assert got.strftime("%Y-%m-%d %H:%M") == proposed


def test_a_step_added_after_a_conversation_moved_past_it_says_so(qtbot: QtBot, together: MainView):
    maya, sam = together.sessions
    repair = agreed(maya, sam)
    for step in SEALED_STEPS[: SEALED_STEPS.index(Step.TOUCHED)]:
        maya.repairs.submit(repair, step, f"Maya on {step.value}")
        sam.repairs.submit(repair, step, f"Sam on {step.value}")
        maya.repairs.publish_ready()
    # As schema step 14 leaves a conversation that was past the perspectives already.
    shared = maya.spaces.conn(Space.SHARED)
    for partner in (maya.partner.id, sam.partner.id):
        shared.execute(
            "INSERT INTO repair_marks (repair_id, step, partner_id, kind, marked_at) "
            "VALUES (?, 'touched', ?, 'skipped', '2026-01-01T00:00:00.000000+00:00')",
            (repair.id, partner),
        )
    conversation = open_first(qtbot, as_partner(together, 0))
    shown = texts(conversation)
    assert SKIPPED_NOTE in shown and "What it touched in each of you" in shown
    assert "Own your part" in shown and "Step 5 of 7" in shown


def test_a_conversation_about_a_breach_of_trust_offers_its_questions(
    qtbot: QtBot, together: MainView
):
    maya, sam = together.sessions
    about_a_breach = maya.repairs.start(
        "What I hid from you", Topic.BREACH_OF_TRUST, clock.now() + timedelta(hours=1)
    )
    sam.repairs.accept_time(about_a_breach)
    conversation = open_first(qtbot, as_partner(together, 1))
    card = conversation.findChild(BreachCard)
    assert card is not None
    shown = texts(conversation)
    assert "If you broke the trust" in shown and "If you were hurt" in shown
    assert card.questions.isHidden()
    click(qtbot, card.toggle)
    assert not card.questions.isHidden() and card.toggle.text() == "Hide the questions"
    shown = texts(card.questions)
    assert "About what happened" in shown and "About what it means" in shown
    assert "Who else knows about it?" in shown
    page = as_partner(together, 1)
    page.open_conversation(agreed(maya, sam, "The dishes"))  # an argument: no such card
    assert page.conversation is not None and page.conversation.findChild(BreachCard) is None
    assert "If you broke the trust" not in texts(page.conversation)
