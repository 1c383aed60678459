"""Questions for our therapist on the For therapy page, and ticking them into a summary."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import Couple
from tests.ui.conftest import ViewOf
from tests.ui.helpers import click, flush_deletes, texts_containing
from tests.ui.therapy.test_page import check_item, preview_after
from toward.ui.kit import dialogs
from toward.ui.therapy.page import SummaryPage


def _button(card: QWidget, text: str) -> QPushButton:
    flush_deletes()  # the rows are rebuilt on every change
    [found] = [b for b in card.findChildren(QPushButton) if b.text() == text]
    return found


def _page(view_of: ViewOf, name: str = "Maya") -> SummaryPage:
    view = view_of(name)
    view.show_section("summary")
    page = view.current_page()
    assert isinstance(page, SummaryPage)
    return page


def test_keep_share_and_settle_questions(
    qtbot: QtBot, view_of: ViewOf, couple: Couple, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(view_of)
    card = page.questions
    assert texts_containing(card, "Nothing on your list yet")
    click(qtbot, card.add_button)
    assert "Write the question" in card.message.text()

    qtbot.keyClicks(card.text, "Why do I go quiet?")
    click(qtbot, card.add_button)
    assert [q.text for q in page.session.therapist_questions.mine()] == ["Why do I go quiet?"]
    assert texts_containing(card, "Only you")

    click(qtbot, _button(card, "Share with Sam"))
    sam = couple.unlock("Sam")
    assert [q.text for q in sam.therapist_questions.shared()] == ["Why do I go quiet?"]
    assert texts_containing(card, "Shared with Sam")
    click(qtbot, _button(card, "Stop sharing"))
    assert "Sam may already have seen it" in card.message.text()
    assert sam.therapist_questions.shared() == []
    sam.lock()

    monkeypatch.setattr(dialogs, "ask", lambda *_args, **_kwargs: False)
    click(qtbot, _button(card, "Delete"))  # not confirmed: kept
    assert len(page.session.therapist_questions.mine()) == 1
    click(qtbot, _button(card, "Talked about"))
    assert page.session.therapist_questions.mine() == []
    assert texts_containing(card, "Nothing on your list yet")


def test_the_partners_shared_questions_are_listed(view_of: ViewOf, couple: Couple) -> None:
    sam = couple.unlock("Sam")
    sam.therapist_questions.share(sam.therapist_questions.add("How can I ask about the card?"))
    sam.therapist_questions.add("MARKER-SAM-PRIVATE")
    sam.lock()
    card = _page(view_of).questions
    assert texts_containing(card, "Shared by Sam")
    assert texts_containing(card, "How can I ask about the card?")
    assert not texts_containing(card, "MARKER-SAM-PRIVATE")


def test_a_question_goes_into_the_summary_only_when_ticked(qtbot: QtBot, view_of: ViewOf):
    page = _page(view_of)
    page.session.therapist_questions.add("MARKER-QUESTION")
    dialog = page.make_summary()
    qtbot.waitUntil(lambda: dialog.document.pageCount() > 0, timeout=20_000)
    checklist = dialog.choices.question_lists[page.session.partner.id]
    first = preview_after(qtbot, dialog, dialog.refresh_preview)
    assert "MARKER-QUESTION" not in first
    ticked = preview_after(qtbot, dialog, lambda: check_item(checklist, "MARKER-QUESTION"))
    assert "MARKER-QUESTION" in ticked and "Questions for our therapist" in ticked
