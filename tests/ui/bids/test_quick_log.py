"""The quick log: a bid logged by keyboard in seconds, on the Today page or with Ctrl+B."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import Couple
from tests.ui.conftest import ControllerFactory, ViewOf
from tests.ui.helpers import (
    click,
    destroyed,
    on_disk,
    texts_containing,
    unlock_controller,
)
from toward.core.bids import Answer, Bid, BidKind
from toward.core.bids import model as bid_model
from toward.core.spaces import Space
from toward.session import Session
from toward.ui.bids.quick_log import QuickLogDialog, QuickLogForm
from toward.ui.main_view import MainView
from toward.ui.today.page import TodayPage

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


class Keyboard:
    """Keys pressed where the focus is, as a person types, counted."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def press(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.qtbot.keyClick(self.focus(), key, modifier)
        self.count += 1

    def type(self, text: str) -> None:
        for character in text:
            self.qtbot.keyClicks(self.focus(), character)
            self.count += 1

    @staticmethod
    def focus() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "the keyboard goes nowhere"
        return widget


def choose_kind(keys: Keyboard, form: QuickLogForm, text: str) -> None:
    """Down through the closed kind list until it shows `text`."""
    assert keys.focus() is form.kind
    for _ in range(form.kind.count()):
        if form.kind.currentText() == text:
            return
        keys.press(Qt.Key.Key_Down)
    assert form.kind.currentText() == text


def today_of(view: MainView) -> TodayPage:
    page = view.current_page()
    assert isinstance(page, TodayPage)
    return page


def all_bids(session: Session) -> list[Bid]:
    return session.bids.recent(Space.PRIVATE) + session.bids.recent(Space.SHARED)


def logged(couple: Couple, name: str = "Maya") -> list[Bid]:
    with on_disk(couple.folder, name) as session:
        return all_bids(session)


def open_quick_log(qtbot: QtBot, view: MainView, keys: Keyboard) -> QuickLogDialog:
    keys.press(Qt.Key.Key_B, CTRL)
    dialog = view.findChild(QuickLogDialog)
    assert isinstance(dialog, QuickLogDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.windowTitle() == "Toward"
    return dialog


def test_unlock_type_enter_logs_a_bid_with_the_defaults(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    view = unlock_controller(qtbot, make_controller(couple.folder), "Maya")
    page = today_of(view)
    form = page.quick_log
    assert QApplication.focusWidget() is form.text, "the form is ready at once"
    keys = Keyboard(qtbot)

    keys.type("asked about my day")
    keys.press(Qt.Key.Key_Return)

    [bid] = logged(couple)
    assert bid.description == "asked about my day"
    assert bid.space is Space.PRIVATE
    assert bid.kind is BidKind.COMMENT
    assert bid.answer is Answer.TOWARD
    assert bid.bidder_id == page.session.partner.id
    assert form.text.text() == "", "the form is ready for the next one"
    assert QApplication.focusWidget() is form.text
    assert not form.error.isVisible()
    assert form.confirmation.isVisible() and form.confirmation.text() == "Logged, kept private."
    keys.type("a")
    assert not form.confirmation.isVisible(), "gone once the next one is typed"
    assert logged(couple, "Sam") == [], "a private bid stays in Maya's space"


def test_choices_by_keyboard_sams_bid_turned_away_in_the_shared_space(
    qtbot: QtBot, view_of: ViewOf, couple: Couple
) -> None:
    page = today_of(view_of())
    form = page.quick_log
    keys = Keyboard(qtbot)

    keys.type("sighed at the dishes")
    keys.press(Qt.Key.Key_Tab)  # the kind
    assert keys.focus() is form.kind
    choose_kind(keys, form, "A sigh or a look")
    keys.press(Qt.Key.Key_Tab)  # whose bid
    keys.press(Qt.Key.Key_Right)
    keys.press(Qt.Key.Key_Tab)  # how it was answered
    keys.press(Qt.Key.Key_Right)
    keys.press(Qt.Key.Key_Tab)  # the optional note
    assert keys.focus() is form.note
    keys.press(Qt.Key.Key_Tab)  # the optional mood afterwards
    assert keys.focus() is form.mood
    keys.press(Qt.Key.Key_Tab)  # where to keep it
    keys.press(Qt.Key.Key_Right)
    assert form.who.button(form.who.current()).text() == "Sam made it"
    assert form.answer.button(form.answer.current()).text() == "Turned away"
    assert form.space.button(form.space.current()).text() == "Shared"
    keys.press(Qt.Key.Key_Tab)
    assert keys.focus() is form.log_button
    keys.press(Qt.Key.Key_Return)

    [bid] = logged(couple)
    assert (bid.description, bid.kind, bid.answer, bid.space) == (
        "sighed at the dishes",
        BidKind.SIGH,
        Answer.AWAY,
        Space.SHARED,
    )
    with on_disk(couple.folder, "Sam") as sam:
        assert bid.bidder_id == sam.partner.id
        assert [b.id for b in all_bids(sam)] == [bid.id], "Sam sees the shared bid"
    assert form.text.text() == ""


def test_choices_with_the_mouse_then_enter_in_the_text(
    qtbot: QtBot, view_of: ViewOf, couple: Couple
) -> None:
    page = today_of(view_of())
    form = page.quick_log

    click(qtbot, form.who.button(1))
    click(qtbot, form.answer.button(1))
    assert form.who.button(1).text() == "Sam made it"
    assert form.answer.button(1).text() == "Turned away"
    click(qtbot, form.text)
    qtbot.keyClicks(form.text, "showed me a photo")
    qtbot.keyClick(form.text, Qt.Key.Key_Return)

    [bid] = logged(couple)
    assert bid.description == "showed me a photo"
    assert bid.answer is Answer.AWAY
    assert bid.space is Space.PRIVATE
    assert bid.bidder_id != page.session.partner.id, "Sam's bid, logged by Maya"
    # The choices stay for the next bid; only the text is cleared.
    assert form.who.current() == 1 and form.answer.current() == 1


def test_ctrl_b_then_the_text_then_enter(qtbot: QtBot, view_of: ViewOf, couple: Couple) -> None:
    view = view_of("Maya")
    view.show_section("settings")  # anywhere in the app, not only on Today
    view.nav.setFocus()
    keys = Keyboard(qtbot)

    dialog = open_quick_log(qtbot, view, keys)
    form = dialog.form
    assert QApplication.focusWidget() is form.text
    keys.type("a hug")
    keys.press(Qt.Key.Key_Return)

    # Ctrl+B (Ctrl and B: two keys), the text, Enter: three keys plus the text.
    assert keys.count == 2 + len("a hug")
    assert destroyed(dialog), "the dialog closes once the bid is logged"
    [bid] = logged(couple)
    assert (bid.description, bid.kind, bid.answer, bid.space) == (
        "a hug",
        BidKind.COMMENT,
        Answer.TOWARD,
        Space.PRIVATE,
    )
    assert bid.bidder_id == view.active.partner.id


def test_ctrl_b_logs_with_the_choices_made_in_the_dialog(
    qtbot: QtBot, view_of: ViewOf, couple: Couple
) -> None:
    view = view_of("Maya")
    keys = Keyboard(qtbot)
    dialog = open_quick_log(qtbot, view, keys)
    form = dialog.form

    keys.type("can you help me carry this")
    keys.press(Qt.Key.Key_Tab)
    choose_kind(keys, form, "A request for help")
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Right)  # Sam made it
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Right)
    keys.press(Qt.Key.Key_Right)  # turned against
    keys.press(Qt.Key.Key_Tab, SHIFT)
    keys.press(Qt.Key.Key_Tab, SHIFT)
    keys.press(Qt.Key.Key_Tab, SHIFT)
    assert keys.focus() is form.text
    keys.press(Qt.Key.Key_Return)

    assert destroyed(dialog)
    [bid] = logged(couple)
    assert (bid.kind, bid.answer) == (BidKind.HELP, Answer.AGAINST)
    assert bid.bidder_id != view.active.partner.id


def test_escape_closes_the_quick_log_without_logging(
    qtbot: QtBot, view_of: ViewOf, couple: Couple
) -> None:
    view = view_of("Maya")
    keys = Keyboard(qtbot)
    dialog = open_quick_log(qtbot, view, keys)

    keys.type("not this one")
    keys.press(Qt.Key.Key_Escape)

    assert destroyed(dialog)
    assert logged(couple) == []
    assert not texts_containing(view, "not this one")


def test_ctrl_b_logs_as_the_partner_whose_view_is_shown(
    qtbot: QtBot, view_of: ViewOf, couple: Couple
) -> None:
    view = view_of("Sam")
    keys = Keyboard(qtbot)
    dialog = open_quick_log(qtbot, view, keys)
    assert dialog.form.who.button(1).text() == "Maya made it"

    keys.type("brought me tea")
    keys.press(Qt.Key.Key_Return)

    assert logged(couple, "Maya") == [], "private to Sam"
    [bid] = logged(couple, "Sam")
    assert bid.bidder_id == view.active.partner.id


@pytest.fixture
def short_limit(monkeypatch: pytest.MonkeyPatch) -> int:
    """Bids accept 12 characters of text, so a person can type past the limit by hand."""
    monkeypatch.setattr(bid_model, "MAX_TEXT", 12)
    return 12


def test_an_error_shows_in_the_form_and_nothing_is_written(
    qtbot: QtBot, view_of: ViewOf, couple: Couple, short_limit: int
) -> None:
    page = today_of(view_of())
    form = page.quick_log

    qtbot.keyClicks(form.text, "thirteen char")
    qtbot.keyClick(form.text, Qt.Key.Key_Return)

    assert form.error.isVisible()
    assert form.error.text() == "The description can be at most 12 characters."
    assert form.text.text() == "thirteen char", "what was typed is kept, to shorten"
    assert logged(couple) == []

    qtbot.keyClick(form.text, Qt.Key.Key_Backspace)
    assert not form.error.isVisible(), "the error goes once the text changes"
    qtbot.keyClick(form.text, Qt.Key.Key_Return)

    assert [b.description for b in logged(couple)] == ["thirteen cha"]
    assert not form.error.isVisible()


def test_an_error_in_the_ctrl_b_dialog_keeps_it_open(
    qtbot: QtBot, view_of: ViewOf, couple: Couple, short_limit: int
) -> None:
    view = view_of("Maya")
    keys = Keyboard(qtbot)
    dialog = open_quick_log(qtbot, view, keys)
    form = dialog.form

    keys.type("far too long a bid")
    keys.press(Qt.Key.Key_Return)

    assert dialog.isVisible()
    assert form.error.isVisible()
    assert form.error.text() == "The description can be at most 12 characters."
    assert logged(couple) == []


def test_a_failed_log_in_the_dialog_keeps_whose_bid_it_is(
    qtbot: QtBot, view_of: ViewOf, couple: Couple, short_limit: int
) -> None:
    view = view_of("Maya")
    keys = Keyboard(qtbot)
    dialog = open_quick_log(qtbot, view, keys)
    form = dialog.form
    click(qtbot, form.who.button(1))  # Sam made it
    click(qtbot, form.text)

    keys.type("far too long a bid")
    keys.press(Qt.Key.Key_Return)

    assert form.error.isVisible()
    assert form.who.current() == 1, "still Sam's bid"


def test_a_pasted_description_over_2000_characters_is_refused_with_a_message(
    qtbot: QtBot, view_of: ViewOf, couple: Couple
) -> None:
    page = today_of(view_of())
    form = page.quick_log
    text = "x" * 1999 + "yz"  # 2,001 characters
    QApplication.clipboard().setText(text)

    qtbot.keyClick(form.text, Qt.Key.Key_V, CTRL)
    qtbot.keyClick(form.text, Qt.Key.Key_Return)

    assert logged(couple) == [], "nothing is written"
    assert form.error.isVisible()
    assert form.error.text() == "The description can be at most 2,000 characters."


def test_a_household_of_one_logs_the_partners_bid_privately(
    qtbot: QtBot, view_of: ViewOf, solo: Couple
) -> None:
    view = view_of("Maya", solo)
    page = view.current_page()
    assert isinstance(page, TodayPage)
    form: QuickLogForm = page.quick_log
    assert not form.space.isVisible(), "no shared space to choose before the partner joins"
    assert form.who.button(1).text() == "My partner made it"

    click(qtbot, form.who.button(1))
    click(qtbot, form.text)
    qtbot.keyClicks(form.text, "left me a note")
    qtbot.keyClick(form.text, Qt.Key.Key_Return)

    with on_disk(solo.folder, "Maya") as maya:
        [bid] = all_bids(maya)
        assert bid.space is Space.PRIVATE
        assert bid.description == "left me a note"
        assert not maya.bids.made_by_me(bid)


def test_an_optional_note_and_mood_afterwards_are_kept(
    qtbot: QtBot, view_of: ViewOf, maya: Session
) -> None:
    page = today_of(view_of())
    form = page.quick_log
    qtbot.keyClicks(form.text, "made tea without asking")
    qtbot.keyClicks(form.note, "felt looked after")
    form.mood.setCurrentIndex(form.mood.findData(5))
    qtbot.keyClick(form.note, Qt.Key.Key_Return)

    (bid,) = maya.bids.recent(Space.PRIVATE)
    assert (bid.description, bid.note, bid.mood_after) == (
        "made tea without asking",
        "felt looked after",
        5,
    )
    assert form.note.text() == "" and form.mood.currentIndex() == 0
