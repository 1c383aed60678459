"""Talks: a planned conversation in together mode, from a proposed time to its agreement."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from tests.conftest import Couple
from tests.ui.helpers import click, flush_deletes, show, widget_texts
from toward.core.talks import TalkStatus, TalkTopic
from toward.ui.main_view import MainView, Section
from toward.ui.talks.page import TalksPage
from toward.ui.talks.talk import TalkView

SECTIONS = [Section("talks", "Talks", "heart", TalksPage)]


@pytest.fixture
def together(qtbot: QtBot, couple: Couple) -> Iterator[MainView]:
    sessions = [couple.unlock("Maya"), couple.unlock("Sam")]
    view = MainView(sessions, SECTIONS)
    show(qtbot, view)
    yield view
    if shiboken6.isValid(view):
        shiboken6.delete(view)
    for session in sessions:
        session.lock()


def page_of(view: MainView, index: int) -> TalksPage:
    view.set_active(index)
    flush_deletes()
    view.show_section("talks")
    page = view.pages["talks"]
    assert isinstance(page, TalksPage)
    return page


def opened(qtbot: QtBot, page: TalksPage) -> TalkView:
    if page.talk is None:
        row = page.listing.findChildren(type(page.plan_form.propose))
        click(qtbot, next(b for b in row if b.text() == "Open"))
    assert page.talk is not None
    return page.talk


def texts(widget: object) -> str:
    flush_deletes()
    return "\n".join(widget_texts(widget))  # type: ignore[arg-type]


def test_a_planned_conversation_together(qtbot: QtBot, together: MainView):
    maya, sam = together.sessions
    page = page_of(together, 0)
    assert "No conversations planned yet" in texts(page)
    page.plan_form.topic.setCurrentIndex(list(TalkTopic).index(TalkTopic.DREAMS))
    assert "What each of you hopes for" in page.plan_form.about.text()
    click(qtbot, page.plan_form.propose)
    talk = opened(qtbot, page)
    assert "You proposed" in texts(talk) and "Waiting for Sam" in texts(talk)
    assert "If nothing stood in the way" in texts(talk)  # a question to think about

    first = next(iter(talk.prep))
    talk.prep[first].setPlainText("A boat, maybe")
    click(qtbot, talk.keep_button)
    assert maya.talks.my_prep(maya.talks.all()[0]) == {first: "A boat, maybe"}

    talk = opened(qtbot, page_of(together, 1))
    assert "Maya proposed" in texts(talk)
    assert talk.prep[first].toPlainText() == ""  # Maya's thoughts stay hers
    click(qtbot, talk.time_card.accept_button)
    talk.notes.setPlainText("Both of us want a year somewhere new.")
    qtbot.keyClicks(talk.agreement, "Look at one place together each month")
    click(qtbot, talk.finish_button)

    had = sam.talks.all()[0]
    assert had.status is TalkStatus.FINISHED
    shown = texts(talk)
    assert "You talked on" in shown and "Both of us want a year somewhere new." in shown
    assert "Look at one place together each month" in shown and "in Promises" in shown
    assert [a.text for a in maya.promises.agreements()] == ["Look at one place together each month"]


def test_a_knowing_round_is_sealed_then_side_by_side_and_never_scored(
    qtbot: QtBot, together: MainView
):
    page = page_of(together, 0)
    click(qtbot, page.knowing.new_button)
    card = page_of(together, 0).knowing
    card.mine.setText("Pancakes and the radio")
    card.guess.setText("A long run")
    click(qtbot, card.seal_button)
    card = page_of(together, 0).knowing
    assert "sealed until Sam has written theirs" in texts(card)

    card = page_of(together, 1).knowing
    assert "Pancakes" not in texts(card)
    card.mine.setText("A long run, then the papers")
    card.guess.setText("Pancakes")
    click(qtbot, card.seal_button)
    shown = texts(page_of(together, 1).knowing)
    assert "Maya said" in shown and "Pancakes and the radio" in shown
    assert "Maya guessed" in shown and "A long run" in shown
    assert "score" in shown.lower() and "points" not in shown.lower()
    assert "A new question" in shown
