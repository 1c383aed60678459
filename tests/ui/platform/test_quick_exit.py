"""Quick exit: a button and Shift three times lock at once and hide the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from tests.conftest import Couple
from tests.ui.conftest import ControllerFactory
from tests.ui.helpers import activate, click, destroyed, show, unlock_controller
from tests.ui.platform.support import press_key, press_shift
from tests.ui.test_together_mode import join
from toward.ui.app import AppController
from toward.ui.lock_screen import LockScreen
from toward.ui.platform.quick_exit import WITHIN_SECONDS, QuickExitKey


def assert_exited(controller: AppController) -> None:
    assert controller.view is None
    assert isinstance(controller.window.content(), LockScreen)
    assert controller.window.isMinimized()


def test_the_quick_exit_button_locks_and_hides_the_window(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    controller = make_controller(couple.folder)
    view = unlock_controller(qtbot, controller, "Maya")
    session = view.active
    assert view.quick_exit_button.isVisible()

    click(qtbot, view.quick_exit_button)

    assert session.locked
    assert_exited(controller)
    assert destroyed(view)


def test_shift_three_times_locks_from_a_text_field(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    controller = make_controller(couple.folder)
    view = unlock_controller(qtbot, controller, "Maya")
    session = view.active
    view.show_section("journal")
    search = view.pages["journal"].search
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)

    press_shift(qtbot, 3)

    assert session.locked
    assert_exited(controller)


def test_typing_capitals_never_exits(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    controller = make_controller(couple.folder)
    view = unlock_controller(qtbot, controller, "Maya")
    search = view.pages["journal"].search
    view.show_section("journal")
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)

    for letter in "HELLO":  # Shift, a letter, Shift, a letter…
        press_shift(qtbot)
        press_key(qtbot, letter, Qt.KeyboardModifier.ShiftModifier)
    press_shift(qtbot, 2)

    assert controller.view is view
    assert search.text() == "HELLO"


def test_shift_three_times_with_a_dialog_open_closes_it_too(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    controller = make_controller(couple.folder)
    view = unlock_controller(qtbot, controller, "Maya")
    dialog = view.quick_log()
    activate(qtbot, dialog)
    dialog.form.text.setFocus()
    qtbot.keyClicks(dialog.form.text, "half-typed")

    press_shift(qtbot, 3)

    assert_exited(controller)
    assert destroyed(dialog)
    assert not [d for d in controller.window.findChildren(QDialog) if d.isVisible()]


def test_in_together_mode_both_are_locked(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    controller = make_controller(couple.folder)
    view = unlock_controller(qtbot, controller, "Maya")
    join(qtbot, controller, view)
    sessions = list(view.sessions)
    assert len(sessions) == 2

    click(qtbot, view.quick_exit_button)

    assert all(s.locked for s in sessions)
    assert_exited(controller)


def test_on_the_lock_screen_it_hides_the_window(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    controller = make_controller(couple.folder)
    screen = controller.window.content()
    assert isinstance(screen, LockScreen)
    screen.password.setFocus()
    qtbot.waitUntil(screen.password.hasFocus)
    qtbot.waitUntil(lambda: controller.watching_input, timeout=1000)

    press_shift(qtbot, 3)

    assert controller.window.isMinimized()
    assert controller.window.content() is screen


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_presses_spread_out_over_time_do_not_count(qtbot: QtBot) -> None:
    clock = FakeClock()
    key = QuickExitKey(clock=clock)
    fired: list[bool] = []
    key.pressed.connect(lambda: fired.append(True))
    field = _focused_field(qtbot)
    window = field.windowHandle()
    window.installEventFilter(key)
    try:
        for _ in range(3):
            press_shift(qtbot)
            clock.now += WITHIN_SECONDS * 0.6  # the third comes too long after the first
        assert fired == []
        clock.now += 10 * WITHIN_SECONDS
        press_shift(qtbot, 2)
        assert fired == []
        press_shift(qtbot)  # three within the time: that counts
        assert fired == [True]
    finally:
        window.removeEventFilter(key)


def _focused_field(qtbot: QtBot) -> QLineEdit:
    field = QLineEdit()
    show(qtbot, field)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    return field
