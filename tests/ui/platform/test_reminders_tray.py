"""Gentle reminders: switched on in Settings, shown once a day, never naming anyone."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORDS, Couple
from tests.ui.conftest import ControllerFactory
from tests.ui.helpers import (
    activate,
    click,
    destroyed,
    on_disk,
    tick,
    unlock_controller,
    unlock_with,
)
from tests.ui.platform.support import press_key
from toward.core.reminders import REMINDER_TEXT, ReminderKind, ReminderPlan, load_plan
from toward.ui.app import AppController
from toward.ui.lock_screen import LockScreen
from toward.ui.main_view import MainView
from toward.ui.platform.reminders_tray import Reminders
from toward.ui.settings.page import SettingsPage

# A day after today: the app's own set_plan calls (at the real time) never count as shown on it.
DAY = datetime(2031, 6, 11).astimezone().date()  # a Wednesday


def at(hour: int, minute: int = 0, *, days: int = 0) -> datetime:
    """A local wall-clock moment on DAY (or `days` after it)."""
    return datetime.combine(DAY + timedelta(days=days), time(hour, minute)).astimezone()


class TraySpy:
    """Stands in for the tray icon (the offscreen platform has none) and keeps its messages."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []
        self.visible = False

    def showMessage(self, title: str, text: str) -> None:
        self.messages.append((title, text))

    def setVisible(self, visible: bool) -> None:
        self.visible = visible


@pytest.fixture
def reminders(qtbot: QtBot) -> Iterator[Reminders]:
    reminders = Reminders()
    yield reminders
    reminders.set_plan(ReminderPlan(check_in=None))  # its timer stops
    reminders.deleteLater()


def settings_of(qtbot: QtBot, controller: AppController, name: str = "Maya") -> SettingsPage:
    view = unlock_controller(qtbot, controller, name)
    view.show_section("settings")
    page = view.current_page()
    assert isinstance(page, SettingsPage)
    return page


def set_time(qtbot: QtBot, page: SettingsPage, hour: int, minute: int) -> None:
    """Tab from the check box into the time and type it over."""
    page.check_in_box.setFocus()
    qtbot.keyClick(page.check_in_box, Qt.Key.Key_Tab)
    field = page.check_in_time
    assert QApplication.focusWidget() is field
    qtbot.keyClicks(field, f"{hour:02d}:{minute:02d}")
    assert field.time() == QTime(hour, minute)


def test_switching_on_the_daily_check_in_saves_it_and_the_app_follows(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    controller = make_controller(couple.folder)
    page = settings_of(qtbot, controller)
    assert not page.check_in_box.isChecked(), "off until switched on"
    assert not page.check_in_time.isEnabled()
    assert page.check_in_time.time() == QTime(20, 0)
    assert controller.reminders.plan == ReminderPlan(check_in=None)

    tick(qtbot, page.check_in_box)

    assert page.check_in_box.isChecked()
    assert page.check_in_time.isEnabled()
    assert controller.reminders.plan == ReminderPlan(check_in=time(20, 0))
    assert page.session.settings.get_text("reminder_check_in") == "20:00"

    set_time(qtbot, page, 21, 30)

    assert controller.reminders.plan == ReminderPlan(check_in=time(21, 30))
    assert load_plan(page.session.settings) == ReminderPlan(check_in=time(21, 30))
    with on_disk(couple.folder, "Maya") as maya:
        assert load_plan(maya.settings) == ReminderPlan(check_in=time(21, 30))
    with on_disk(couple.folder, "Sam") as sam:
        assert load_plan(sam.settings) == ReminderPlan(check_in=None), "Sam's are his own"


def test_switching_it_off_again(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    with on_disk(couple.folder, "Maya") as maya:
        maya.settings.set_text("reminder_check_in", "07:45")
    controller = make_controller(couple.folder)
    page = settings_of(qtbot, controller)
    assert page.check_in_box.isChecked()
    assert page.check_in_time.time() == QTime(7, 45)
    assert controller.reminders.plan == ReminderPlan(check_in=time(7, 45))

    tick(qtbot, page.check_in_box)

    assert not page.check_in_time.isEnabled()
    assert controller.reminders.plan == ReminderPlan(check_in=None)
    assert page.session.settings.get_text("reminder_check_in") == "off"
    assert controller.reminders.check(at(23, 59)) == []


def test_shown_once_a_day_after_its_time(qtbot: QtBot, reminders: Reminders) -> None:
    reminders.set_plan(ReminderPlan(check_in=time(20, 0)), now=at(9))

    with qtbot.assertNotEmitted(reminders.shown):
        assert reminders.check(at(19, 59)) == []
    with qtbot.waitSignal(reminders.shown) as shown:
        assert reminders.check(at(20, 0)) == [ReminderKind.CHECK_IN]
    assert shown.args == [ReminderKind.CHECK_IN]
    with qtbot.assertNotEmitted(reminders.shown):
        assert reminders.check(at(20, 0, days=0) + timedelta(seconds=30)) == []
        assert reminders.check(at(22, 15)) == []
        assert reminders.check(at(8, days=1)) == [], "the next day, not before its time"
    with qtbot.waitSignal(reminders.shown):
        assert reminders.check(at(20, 1, days=1)) == [ReminderKind.CHECK_IN]
    with qtbot.assertNotEmitted(reminders.shown):
        assert reminders.check(at(23, days=1)) == []


def test_switched_on_after_its_time_it_waits_for_tomorrow(
    qtbot: QtBot, reminders: Reminders
) -> None:
    reminders.set_plan(ReminderPlan(check_in=time(20, 0)), now=at(21))

    with qtbot.assertNotEmitted(reminders.shown):
        assert reminders.check(at(21, 1)) == [], "not shown late"
        assert reminders.check(at(19, 59, days=1)) == []
    with qtbot.waitSignal(reminders.shown):
        assert reminders.check(at(20, 0, days=1)) == [ReminderKind.CHECK_IN]


def test_switched_off_nothing_is_shown(qtbot: QtBot, reminders: Reminders) -> None:
    reminders.set_plan(ReminderPlan(check_in=time(20, 0)), now=at(9))
    reminders.set_plan(ReminderPlan(check_in=None), now=at(9))

    with qtbot.assertNotEmitted(reminders.shown):
        assert reminders.check(at(20, 30)) == []


def test_the_reminder_names_no_one(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    controller = make_controller(couple.folder)
    page = settings_of(qtbot, controller)
    tray = TraySpy()
    controller.reminders.tray = tray  # type: ignore[assignment]
    tick(qtbot, page.check_in_box)
    set_time(qtbot, page, 6, 0)
    assert tray.visible

    with qtbot.waitSignal(controller.reminders.shown) as shown:
        controller.reminders.check(at(6, 5))

    [kind] = shown.args
    assert tray.messages == [("Toward", REMINDER_TEXT[kind])]
    said = " ".join(tray.messages[0])
    for name in ("Maya", "Sam"):
        assert name not in said
    assert said == "Toward A good moment to check in with each other?"


def test_reminders_go_on_while_locked(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    controller = make_controller(couple.folder)
    page = settings_of(qtbot, controller)
    tick(qtbot, page.check_in_box)
    set_time(qtbot, page, 18, 15)

    press_key(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert isinstance(controller.window.content(), LockScreen)
    assert destroyed(page)
    assert controller.reminders.plan == ReminderPlan(check_in=time(18, 15))
    with qtbot.waitSignal(controller.reminders.shown):
        assert controller.reminders.check(at(18, 20)) == [ReminderKind.CHECK_IN]

    # Unlocked again, Settings shows the plan as it was saved.
    page = settings_of(qtbot, controller)
    assert page.check_in_box.isChecked()
    assert page.check_in_time.time() == QTime(18, 15)
    assert controller.reminders.plan == ReminderPlan(check_in=time(18, 15))


def join(qtbot: QtBot, controller: AppController, view: MainView) -> None:
    """Sam unlocks into Maya's window (together mode)."""
    click(qtbot, view.join_button)
    dialog = controller.join_dialog
    assert isinstance(dialog, QDialog)
    screen = dialog.findChild(LockScreen)
    assert screen is not None
    activate(qtbot, dialog)
    unlock_with(qtbot, screen, "Sam", PASSWORDS["Sam"])
    qtbot.waitUntil(lambda: view.together)


def test_in_together_mode_the_partner_who_switches_a_reminder_on_gets_it(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    controller = make_controller(couple.folder)
    view = unlock_controller(qtbot, controller, "Maya")
    join(qtbot, controller, view)
    view.show_section("settings")
    page = view.current_page()
    assert isinstance(page, SettingsPage) and page.session.partner.name == "Sam"

    tick(qtbot, page.check_in_box)

    assert page.session.settings.get_text("reminder_check_in") == "20:00", "saved for Sam"
    assert controller.reminders.plan == ReminderPlan(check_in=time(20, 0))
