"""Practices from therapy on the For therapy page, and their card on Today."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import Couple
from tests.ui.conftest import ViewOf
from tests.ui.helpers import click, flush_deletes, texts_containing
from toward.ui.therapy.page import SummaryPage
from toward.ui.today.page import TodayPage


def _button(card: QWidget, text: str) -> QPushButton:
    flush_deletes()  # the rows are rebuilt on every change
    [found] = [b for b in card.findChildren(QPushButton) if b.text() == text]
    return found


def test_add_a_practice_note_a_time_and_set_it_aside(
    qtbot: QtBot, view_of: ViewOf, couple: Couple
) -> None:
    view = view_of("Maya")
    view.show_section("summary")
    page = view.current_page()
    assert isinstance(page, SummaryPage)
    card = page.practices
    assert texts_containing(card, "No practices yet")

    click(qtbot, card.add_button)  # nothing written: a reason, nothing stored
    assert "what you will practise" in card.error.text() and card.error.isVisible()
    assert page.session.practices.listed() == []

    qtbot.keyClicks(card.what, "A stress-reducing conversation")
    card.times.setValue(2)
    click(qtbot, card.add_button)
    [practice] = page.session.practices.listed()
    assert practice.times_per_week == 2 and not card.error.isVisible()
    assert texts_containing(card, "Meant 2 times a week · not yet practised so far this week")

    qtbot.keyClicks(card.notes[practice.id], "We listened")
    click(qtbot, _button(card, "We practised it today"))
    assert [t.note for t in page.session.practices.times(practice)] == ["We listened"]
    assert texts_containing(card, "practised once so far this week")
    assert texts_containing(card, "Maya, ")

    sam = couple.unlock("Sam")
    assert [p.what for p in sam.practices.listed()] == ["A stress-reducing conversation"]
    sam.lock()

    click(qtbot, _button(card, "Set aside"))
    assert page.session.practices.listed() == []
    assert texts_containing(card, "No practices yet")


def test_today_shows_a_practice_while_this_weeks_plan_has_room(
    qtbot: QtBot, view_of: ViewOf
) -> None:
    view = view_of("Maya")
    page = view.current_page()
    assert isinstance(page, TodayPage)
    assert not texts_containing(page, "Practices from therapy")
    practice = page.session.practices.add("A stress-reducing conversation", 1)
    qtbot.waitUntil(lambda: bool(texts_containing(page, "Practices from therapy · 1")))
    page.session.practices.log(practice)
    qtbot.waitUntil(lambda: not texts_containing(page, "Practices from therapy"))
