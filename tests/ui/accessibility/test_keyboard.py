"""Everything with the keyboard alone: no traps, a focus that shows, F6 between regions,
and every main task done with key presses only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORDS, Couple
from tests.integration.repairs.support import agreed
from tests.ui.accessibility.keys import (
    Key,
    focused,
    go_to_section,
    press,
    spoken_name,
    tab_round,
    tab_to,
    type_text,
    wait_for_control,
)
from tests.ui.conftest import ControllerFactory, ViewOf
from tests.ui.helpers import flush_deletes
from tests.ui.journal.support import Answers
from tests.ui.layout.scenes import SCENES, Scene
from tests.ui.layout.test_layout import settle
from toward import Session
from toward.core.repairs import Step
from toward.core.spaces import Space
from toward.ui.main_view import MainView
from toward.ui.sections import default_sections
from toward.ui.shell import Shell

TAB = Qt.FocusPolicy.TabFocus
SHORT_DELAY_MS = 1000
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def test_tab_goes_round_every_page_and_dialog_and_the_focus_shows(
    qtbot: QtBot, demo: dict[str, Session], styled: None
) -> None:
    shell = Shell()
    view = MainView([demo["Maya"]], default_sections())
    shell.show_content(view)
    shell.resize(1280, 720)
    shell.show()
    qtbot.waitExposed(shell)
    shell.activateWindow()
    problems: list[str] = []
    try:
        for scene in SCENES:
            problems += [f"{scene.name}: {p}" for p in round_problems(qtbot, view, scene)]
    finally:
        shiboken6.delete(shell)
        flush_deletes()
    assert not problems, "\n".join([f"{len(problems)} keyboard problems:", *problems])


def round_problems(qtbot: QtBot, view: MainView, scene: Scene) -> list[str]:
    if scene.section is not None:
        view.show_section(scene.section)
    steps = scene.act(view.current_page(), view)
    if isinstance(steps, Iterator):
        next(steps)
    dialogs = [d for d in view.findChildren(QDialog) if d.isVisible()]
    window = dialogs[-1] if dialogs else view.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    qtbot.waitUntil(lambda: not _waiting(view))  # the search typed in a scene has run
    settle(window)
    found = []
    start = window.focusWidget()
    if start is None or not start.isVisible() or not start.focusPolicy() & TAB:
        press(qtbot, Key.Key_Tab)  # from the page itself to its first control
    try:
        stops = tab_round(qtbot)
    except AssertionError as trap:
        found.append(str(trap).splitlines()[0])
        stops = []
    if not dialogs and stops and not any(view.sidebar.isAncestorOf(s.widget) for s in stops):
        found.append("Tab never reaches the sidebar")
    found += [
        f"{type(stop.widget).__name__} {spoken_name(stop.widget)!r}: no visible focus"
        for stop in stops
        if not stop.focus_seen
    ]
    for dialog in dialogs:
        dialog.reject()
        dialog.deleteLater()
    flush_deletes()
    return sorted(set(found))


def _waiting(view: MainView) -> bool:
    """Whether a short delay is running (a search waits for typing to pause, say)."""
    return any(
        timer.isActive() and timer.isSingleShot() and timer.interval() <= SHORT_DELAY_MS
        for timer in view.findChildren(QTimer)
    )


def test_f6_moves_between_the_sidebar_and_the_page_and_shift_f6_back(
    qtbot: QtBot, view_of: ViewOf
) -> None:
    view = view_of("Maya")
    tab_to(qtbot, "Log bid")  # a control on Today, where the view opens
    press(qtbot, Key.Key_F6)
    assert focused() is view.nav
    press(qtbot, Key.Key_Down)  # the next section, Journal
    assert view.current_page() is view.pages["journal"]
    press(qtbot, Key.Key_F6)
    assert view.current_page().isAncestorOf(focused())  # the journal's first control
    journal_control = focused()
    press(qtbot, Key.Key_F6, SHIFT)
    assert focused() is view.nav
    press(qtbot, Key.Key_F6, SHIFT)
    assert focused() is journal_control  # back where it was left
    press(qtbot, Key.Key_F6)
    press(qtbot, Key.Key_Up)  # back to Today
    press(qtbot, Key.Key_F6)
    assert view.pages["today"].isAncestorOf(focused())  # its first control


# -- the main tasks, by key presses only ---------------------------------------------------


def test_unlock_as_either_partner(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    controller = make_controller(couple.folder)
    assert spoken_name(focused()) == "Password"  # ready to type at once
    tab_to(qtbot, "Sam", backwards=True)
    press(qtbot, Key.Key_Space)  # Sam chosen; the focus goes back to the password
    type_text(qtbot, PASSWORDS["Sam"])
    press(qtbot, Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(controller.window.content(), MainView))
    assert controller.view is not None and controller.view.active.partner.name == "Sam"


def test_tab_reaches_every_partner_choice_on_the_lock_screen(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    """By Tab, not arrow keys: Orca users go round with Tab, and the choices are buttons
    (a checked one among them, Maya), not radio buttons a person knows to arrow through."""
    make_controller(couple.folder)
    heard = [spoken_name(stop.widget) for stop in tab_round(qtbot)]
    assert "Maya" in heard and "Sam" in heard, heard
    tab_to(qtbot, "Sam")
    press(qtbot, Key.Key_Space)
    assert spoken_name(focused()) == "Password"  # Sam chosen, ready to type


def test_write_and_share_a_journal_entry(qtbot: QtBot, view_of: ViewOf, answers: Answers) -> None:
    view = view_of("Maya")
    go_to_section(qtbot, view.nav, "Journal")
    press(qtbot, Key.Key_N, CTRL)  # the button's shortcut: its click lands a moment later
    qtbot.waitUntil(lambda: spoken_name(focused()) == "Entry text")
    type_text(qtbot, "We walked the long way home and talked.")
    press(qtbot, Key.Key_S, CTRL)  # a shortcut again: the reader shows a moment later
    wait_for_control(qtbot, "Share with partner…")
    tab_to(qtbot, "Share with partner…")
    press(qtbot, Key.Key_Space)
    dialog = _dialog(qtbot, view)
    tab_to(qtbot, "Share")
    press(qtbot, Key.Key_Space)
    _closed(qtbot, dialog)
    shared = view.active.journal.entries(Space.SHARED)
    assert any("long way home" in entry.body for entry in shared)


def test_log_a_bid(qtbot: QtBot, view_of: ViewOf) -> None:
    view = view_of("Maya")
    go_to_section(qtbot, view.nav, "Journal")  # anywhere: Ctrl+B opens the quick log
    press(qtbot, Key.Key_B, CTRL)
    dialog = _dialog(qtbot, view)
    type_text(qtbot, "showed me a photo of the sea")
    press(qtbot, Key.Key_Return)  # logged, and the dialog closes
    _closed(qtbot, dialog)
    bids = view.active.bids.recent(Space.PRIVATE)
    assert [bid.description for bid in bids] == ["showed me a photo of the sea"]


def test_disclose_a_purchase(qtbot: QtBot, view_of: ViewOf, answers: Answers) -> None:
    view = view_of("Maya")
    go_to_section(qtbot, view.nav, "Money")
    tab_to(qtbot, "Write down a purchase")
    press(qtbot, Key.Key_Space)
    dialog = _dialog(qtbot, view)
    tab_to(qtbot, "Amount")
    type_text(qtbot, "42.50")
    tab_to(qtbot, "Payee")
    type_text(qtbot, "The corner bakery")
    tab_to(qtbot, "Save draft")
    press(qtbot, Key.Key_Space)
    _closed(qtbot, dialog)
    tab_to(qtbot, "Disclose…")  # "Disclose all 1…": the drafts shown
    press(qtbot, Key.Key_Space)  # asks first: answered yes
    (disclosed,) = view.active.ledger.disclosures()
    assert disclosed.payee == "The corner bakery" and str(disclosed.money) == "USD 42.50"


def test_answer_a_repair_step(qtbot: QtBot, view_of: ViewOf, couple: Couple) -> None:
    maya, sam = couple.unlock("Maya"), couple.unlock("Sam")
    repair = agreed(maya, sam, "The missed dinner")
    maya.lock()
    view = view_of("Sam")
    go_to_section(qtbot, view.nav, "Repair")
    tab_to(qtbot, "Open The missed dinner")
    press(qtbot, Key.Key_Space)
    conversation = view.pages["repair"].conversation
    qtbot.waitUntil(lambda: conversation.isAncestorOf(focused()))  # not back in the sidebar
    tab_to(qtbot, "Your answer:")
    type_text(qtbot, "I felt alone at the table.")
    tab_to(qtbot, "Submit my answer")
    press(qtbot, Key.Key_Space)
    mine = sam.repairs.answers.mine(repair.id, Step.FEELINGS)
    assert mine.body == "I felt alone at the table."
    assert sam.partner.id in sam.repairs.get(repair.id).submitted(Step.FEELINGS)
    sam.lock()


def test_export_a_summary(
    qtbot: QtBot, view_of: ViewOf, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "for-our-therapist"
    # The system's file chooser is not ours to drive; it answers with a file name.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    view = view_of("Maya")
    go_to_section(qtbot, view.nav, "For therapy")
    tab_to(qtbot, "Make a summary…")
    press(qtbot, Key.Key_Space)
    dialog = _dialog(qtbot, view)
    tab_to(qtbot, "Save PDF…")
    press(qtbot, Key.Key_Space)
    qtbot.waitUntil(lambda: target.with_suffix(".pdf").exists(), timeout=20_000)
    press(qtbot, Key.Key_Escape)
    _closed(qtbot, dialog)


def _dialog(qtbot: QtBot, view: MainView) -> QDialog:
    """The dialog a key just opened, once it has the keyboard."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), QDialog))
    dialog = QApplication.activeWindow()
    assert isinstance(dialog, QDialog) and dialog.parentWidget() is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return dialog


def _closed(qtbot: QtBot, dialog: QDialog) -> None:
    """Wait for a dialog to close, and give its window the keyboard back, as a window
    manager does (the test platform has none)."""
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    window = QApplication.topLevelWidgets()
    main = next(w for w in window if isinstance(w, MainView | Shell) and w.isVisible())
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
