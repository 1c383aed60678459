"""Locking when the screen locks, the computer sleeps or the window is minimised."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from tests.conftest import Couple
from tests.ui.conftest import ControllerFactory
from tests.ui.helpers import on_disk, tick, unlock_controller
from tests.ui.platform.support import PrivateBus, private_bus
from tests.ui.test_together_mode import join
from toward.ui.app import AppController
from toward.ui.lock_screen import LockScreen
from toward.ui.platform.system_events import SCREEN_LOCK, SUSPEND, SystemEvents
from toward.ui.settings.safety import SafetySettings

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="D-Bus is Linux's")

SCREEN_SAVERS = [
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
]
LOGIN = ("/org/freedesktop/login1", "org.freedesktop.login1.Manager")


@pytest.fixture
def bus() -> Iterator[PrivateBus]:
    with private_bus() as bus:
        yield bus


@pytest.fixture
def events(bus: PrivateBus) -> Iterator[SystemEvents]:
    """System events heard on the private bus (playing both session and system bus)."""
    events = SystemEvents(bus.connection(), bus.connection())
    yield events
    events.deleteLater()


def unlocked(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple, events: SystemEvents
) -> AppController:
    controller = make_controller(couple.folder, system_events=events)
    unlock_controller(qtbot, controller, "Maya")
    return controller


def test_both_moments_are_heard_on_a_bus(events: SystemEvents) -> None:
    assert events.reported() == {SCREEN_LOCK, SUSPEND}


def test_without_a_bus_nothing_is_reported_and_nothing_fails() -> None:
    nowhere = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "toward-test-nowhere")
    assert not nowhere.isConnected()
    assert SystemEvents(nowhere, nowhere).reported() == frozenset()


@pytest.mark.parametrize(("path", "interface"), SCREEN_SAVERS)
def test_the_screen_locking_locks_toward(
    qtbot: QtBot,
    make_controller: ControllerFactory,
    couple: Couple,
    bus: PrivateBus,
    events: SystemEvents,
    path: str,
    interface: str,
) -> None:
    controller = unlocked(qtbot, make_controller, couple, events)
    session = controller.view.active  # type: ignore[union-attr]

    with qtbot.waitSignal(events.screen_locked):
        bus.announce(path, interface, "ActiveChanged", True)

    assert session.locked
    assert isinstance(controller.window.content(), LockScreen)


def test_only_the_start_of_a_screen_lock_or_of_sleep_counts(
    qtbot: QtBot, bus: PrivateBus, events: SystemEvents
) -> None:
    heard: list[str] = []
    events.screen_locked.connect(lambda: heard.append("screen locked"))
    events.suspending.connect(lambda: heard.append("going to sleep"))

    # One sender keeps its order: the last signal arriving means the earlier ones have.
    with qtbot.waitSignal(events.suspending):
        bus.announce(*SCREEN_SAVERS[0], "ActiveChanged", False)
        bus.announce(*LOGIN, "PrepareForSleep", False)
        bus.announce(*LOGIN, "PrepareForSleep", True)

    assert heard == ["going to sleep"]


def test_a_logind_session_lock_locks_toward(
    qtbot: QtBot,
    make_controller: ControllerFactory,
    couple: Couple,
    bus: PrivateBus,
    events: SystemEvents,
) -> None:
    controller = unlocked(qtbot, make_controller, couple, events)
    with qtbot.waitSignal(events.screen_locked):
        bus.announce(
            "/org/freedesktop/login1/session/_31", "org.freedesktop.login1.Session", "Lock"
        )
    assert controller.view is None


def test_going_to_sleep_locks_toward(
    qtbot: QtBot,
    make_controller: ControllerFactory,
    couple: Couple,
    bus: PrivateBus,
    events: SystemEvents,
) -> None:
    controller = unlocked(qtbot, make_controller, couple, events)
    with qtbot.waitSignal(events.suspending):
        bus.announce(*LOGIN, "PrepareForSleep", True)
    assert controller.view is None
    assert isinstance(controller.window.content(), LockScreen)


def test_a_partner_who_switched_it_off_stays_unlocked(
    qtbot: QtBot,
    make_controller: ControllerFactory,
    couple: Couple,
    bus: PrivateBus,
    events: SystemEvents,
) -> None:
    with on_disk(couple.folder, "Maya") as maya:
        maya.settings.lock_on_screen_lock = False
        maya.settings.lock_on_suspend = False
    controller = unlocked(qtbot, make_controller, couple, events)

    with qtbot.waitSignal(events.screen_locked):
        bus.announce(*SCREEN_SAVERS[0], "ActiveChanged", True)
    with qtbot.waitSignal(events.suspending):
        bus.announce(*LOGIN, "PrepareForSleep", True)

    assert controller.view is not None and not controller.view.active.locked


def test_together_it_locks_if_either_partner_wants_it(
    qtbot: QtBot,
    make_controller: ControllerFactory,
    couple: Couple,
    bus: PrivateBus,
    events: SystemEvents,
) -> None:
    with on_disk(couple.folder, "Maya") as maya:
        maya.settings.lock_on_screen_lock = False
    controller = unlocked(qtbot, make_controller, couple, events)
    view = controller.view
    assert view is not None
    join(qtbot, controller, view)
    sessions = list(view.sessions)

    with qtbot.waitSignal(events.screen_locked):
        bus.announce(*SCREEN_SAVERS[0], "ActiveChanged", True)

    assert controller.view is None
    assert all(s.locked for s in sessions)


def minimise(qtbot: QtBot, controller: AppController) -> None:
    controller.window.setWindowState(Qt.WindowState.WindowMinimized)
    qtbot.waitUntil(controller.window.isMinimized)


def test_minimising_does_not_lock_by_default(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    controller = make_controller(couple.folder)
    unlock_controller(qtbot, controller, "Maya")
    minimise(qtbot, controller)
    assert controller.view is not None


def test_minimising_locks_when_chosen_in_settings(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    controller = make_controller(couple.folder)
    view = unlock_controller(qtbot, controller, "Maya")
    session = view.active
    view.show_section("settings")
    card = view.pages["settings"].findChild(SafetySettings)
    box = card.boxes["lock_on_minimise"]
    assert not box.isChecked()
    tick(qtbot, box)
    assert session.settings.lock_on_minimise

    minimise(qtbot, controller)

    assert session.locked
    assert isinstance(controller.window.content(), LockScreen)


def test_the_safety_choices_are_saved_for_that_partner_only(
    qtbot: QtBot, couple: Couple, view_of
) -> None:
    view = view_of("Maya")
    card = view.pages["settings"].findChild(SafetySettings)
    for box in card.boxes.values():
        box.setChecked(not box.isChecked())
    view.active.lock()

    with on_disk(couple.folder, "Maya") as maya:
        assert not maya.settings.lock_on_screen_lock
        assert not maya.settings.lock_on_suspend
        assert maya.settings.lock_on_minimise
    with on_disk(couple.folder, "Sam") as sam:
        assert sam.settings.lock_on_screen_lock
        assert sam.settings.lock_on_suspend
        assert not sam.settings.lock_on_minimise
