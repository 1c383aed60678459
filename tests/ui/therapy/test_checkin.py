"""The weekly check-in card: private answers as words, a line over time, no score."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from tests.conftest import Couple
from tests.ui.conftest import ViewOf
from tests.ui.helpers import click, texts_containing
from toward.core import clock
from toward.ui.therapy.page import SummaryPage


def test_answer_this_week_and_see_the_line_over_time(
    qtbot: QtBot, view_of: ViewOf, couple: Couple
) -> None:
    view = view_of("Maya")
    view.show_section("summary")
    page = view.current_page()
    assert isinstance(page, SummaryPage)
    card = page.checkin
    assert texts_containing(card, "Not answered yet this week")
    assert all(choice.current() == -1 for choice in card.choices.values())  # nothing preset

    click(qtbot, card.save_button)  # nothing chosen: a reason, nothing kept
    assert "Answer at least one question" in card.status.text()
    assert page.session.checkins.recent() == []

    click(qtbot, card.choices["close"].button(3))
    click(qtbot, card.choices["hopeful"].button(1))
    qtbot.keyClicks(card.note, "A calmer week")
    click(qtbot, card.save_button)
    [kept] = page.session.checkins.recent()
    assert kept.answers == {"close": 4, "safe": None, "hopeful": 2} and kept.note == "A calmer week"
    assert "Kept, privately" in card.status.text()
    assert card.chart is None  # a line needs two weeks

    last_week = clock.now().astimezone().date() - timedelta(weeks=1)
    page.session.checkins.answer({"close": 2, "safe": 2, "hopeful": 2}, day=last_week)
    qtbot.waitUntil(lambda: card.chart is not None)
    assert card.chart is not None
    table = card.chart.table
    assert table.item(1, 1).text() == "quite" and table.item(1, 2).text() == "—"
    assert card.choices["close"].current() == 3  # this week's answers shown back

    sam = couple.unlock("Sam")
    assert sam.checkins.recent() == []
    sam.lock()
