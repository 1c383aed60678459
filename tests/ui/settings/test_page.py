"""Settings: password change, auto-lock, tying the password to this computer, adding a partner."""

from __future__ import annotations

from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QLabel
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORDS, Couple
from tests.support.memory_keyring import MemoryKeyring
from tests.ui.conftest import ControllerFactory
from tests.ui.helpers import (
    activate,
    click,
    destroyed,
    flush_deletes,
    on_disk,
    retype,
    texts_containing,
    tick,
    unlock_controller,
    unlock_with,
)
from toward import Household, WrongPassword
from toward.household import PARTNER_COLOURS
from toward.session import Session
from toward.ui.app import AppController
from toward.ui.kit import dialogs
from toward.ui.lock_screen import LockScreen
from toward.ui.main_view import MainView
from toward.ui.platform.background import wait_for_background
from toward.ui.settings.page import (
    AddPartnerDialog,
    ChangePasswordDialog,
    ConfirmPasswordDialog,
    SettingsPage,
)

D = TypeVar("D", bound=QDialog)


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the app tells in message boxes (answered at once)."""
    said: list[str] = []
    monkeypatch.setattr(dialogs, "tell", lambda parent, title, text: said.append(text))
    return said


def settings_of(qtbot: QtBot, controller: AppController, name: str = "Maya") -> SettingsPage:
    view = unlock_controller(qtbot, controller, name)
    view.nav.setFocus()
    qtbot.keyClick(view.nav, Qt.Key.Key_End)
    page = view.current_page()
    assert isinstance(page, SettingsPage)
    return page


def open_dialog(qtbot: QtBot, page: SettingsPage, kind: type[D]) -> D:
    shown = [dialog for dialog in page.findChildren(kind) if dialog.isVisible()]
    assert len(shown) == 1, f"one {kind.__name__} open"
    dialog = shown[0]
    assert dialog.windowTitle() == "Toward"
    activate(qtbot, dialog)
    return dialog


def change_password(qtbot: QtBot, dialog: ChangePasswordDialog, current: str, new: str, again: str):
    retype(qtbot, dialog.current, current)
    retype(qtbot, dialog.new, new)
    retype(qtbot, dialog.confirm, again)
    click(qtbot, dialog.buttons.buttons()[0])


def test_change_password(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple, told: list[str]
) -> None:
    page = settings_of(qtbot, make_controller(couple.folder))
    click(qtbot, page.change_password_button)
    dialog = open_dialog(qtbot, page, ChangePasswordDialog)

    change_password(qtbot, dialog, PASSWORDS["Maya"], "maya-new-password", "maya-new-passwort")
    assert dialog.message.isVisible()
    assert dialog.message.text() == "The two new passwords are not the same."

    change_password(qtbot, dialog, "not-my-password", "maya-new-password", "maya-new-password")
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled())
    assert dialog.message.text() == "That password doesn't open Maya's space."
    assert dialog.isVisible()

    change_password(qtbot, dialog, PASSWORDS["Maya"], "short", "short")
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled())
    assert dialog.message.text() == "A password needs at least 8 characters."

    change_password(qtbot, dialog, PASSWORDS["Maya"], "maya-new-password", "maya-new-password")
    qtbot.waitUntil(lambda: bool(told))

    assert told == ["Your new password is set."]
    assert destroyed(dialog), "the dialog that held three passwords is gone"
    assert not texts_containing(page, "maya-new-password")
    fresh = Household.open(couple.folder)
    with pytest.raises(WrongPassword):
        Session.start(fresh.unlock("Maya", PASSWORDS["Maya"]))
    Session.start(fresh.unlock("Maya", "maya-new-password")).lock()
    Session.start(fresh.unlock("Sam", PASSWORDS["Sam"])).lock()


def test_auto_lock_choice_is_saved_and_restarts_the_timer(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    controller = make_controller(couple.folder)
    page = settings_of(qtbot, controller)
    assert page.auto_lock.currentText() == "5 minutes without use"
    assert controller.idle.remaining_ms() == pytest.approx(5 * 60_000, abs=1_000)

    page.auto_lock.setFocus()
    qtbot.keyClick(page.auto_lock, Qt.Key.Key_Home)

    assert page.auto_lock.currentText() == "1 minute without use"
    assert page.session.settings.auto_lock_minutes == 1
    assert controller.idle.remaining_ms() == pytest.approx(60_000, abs=1_000)

    qtbot.keyClick(page.auto_lock, Qt.Key.Key_End)

    assert page.auto_lock.currentText() == "never"
    assert not controller.idle.active
    with on_disk(couple.folder, "Maya") as check:
        assert check.settings.auto_lock_minutes == 0

    # Unlocked again, the page shows the saved choice and the timer follows it.
    qtbot.keyClick(page.auto_lock, Qt.Key.Key_Up)  # 60 minutes
    click(qtbot, controller.view.lock_button)
    page = settings_of(qtbot, controller)
    assert page.auto_lock.currentText() == "60 minutes without use"
    assert controller.idle.remaining_ms() == pytest.approx(60 * 60_000, abs=1_000)


def test_tie_the_password_to_this_computer(
    qtbot: QtBot,
    make_controller: ControllerFactory,
    couple: Couple,
    memory_keyring: MemoryKeyring,
    told: list[str],
) -> None:
    page = settings_of(qtbot, make_controller(couple.folder))
    assert page.bind_box.isEnabled()
    assert not page.bind_box.isChecked()
    assert texts_containing(page, f"Data folder: {couple.folder}")

    tick(qtbot, page.bind_box)
    dialog = open_dialog(qtbot, page, ConfirmPasswordDialog)
    assert not page.bind_box.isChecked(), "not until the password confirms it"
    qtbot.keyClicks(dialog.password, "not-my-password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(told))
    assert told == ["That password doesn't open Maya's space."]
    assert not page.bind_box.isChecked()
    assert not page.session.device_bound

    tick(qtbot, page.bind_box)
    dialog = open_dialog(qtbot, page, ConfirmPasswordDialog)
    qtbot.keyClicks(dialog.password, PASSWORDS["Maya"])
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(page.bind_box.isChecked)

    assert destroyed(dialog)
    assert page.session.device_bound
    assert memory_keyring.entries, "a device key is in the keyring"
    assert PASSWORDS["Maya"] not in "".join(memory_keyring.entries.values())
    fresh = Household.open(couple.folder)
    assert fresh.is_device_bound(fresh.partner("Maya").id)
    assert not fresh.is_device_bound(fresh.partner("Sam").id)
    Session.start(fresh.unlock("Maya", PASSWORDS["Maya"])).lock()

    # Untying it again.
    tick(qtbot, page.bind_box)
    dialog = open_dialog(qtbot, page, ConfirmPasswordDialog)
    qtbot.keyClicks(dialog.password, PASSWORDS["Maya"])
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.bind_box.isChecked())
    assert not Household.open(couple.folder).is_device_bound(fresh.partner("Maya").id)


def test_cancelling_the_confirmation_leaves_the_password_untied(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    page = settings_of(qtbot, make_controller(couple.folder))
    tick(qtbot, page.bind_box)
    dialog = open_dialog(qtbot, page, ConfirmPasswordDialog)
    qtbot.keyClicks(dialog.password, PASSWORDS["Maya"])
    qtbot.keyClick(dialog.password, Qt.Key.Key_Escape)

    assert destroyed(dialog)
    assert not texts_containing(page, PASSWORDS["Maya"])
    assert not page.bind_box.isChecked()
    assert not page.session.device_bound
    assert not Household.open(couple.folder).is_device_bound(page.session.partner.id)


@pytest.mark.no_keyring
def test_without_a_keyring_the_option_is_explained_and_disabled(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    page = settings_of(qtbot, make_controller(couple.folder))

    assert not page.bind_box.isEnabled()
    assert not page.bind_box.isChecked()
    notices = [
        label
        for label in page.findChildren(QLabel)
        if label.text() == "Not available: this computer has no keyring service."
    ]
    assert len(notices) == 1 and notices[0].isVisible()
    tick(qtbot, page.bind_box)
    assert page.findChild(ConfirmPasswordDialog) is None


def test_with_a_keyring_there_is_no_unavailable_notice(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    page = settings_of(qtbot, make_controller(couple.folder))
    assert not texts_containing(page, "Not available")


def test_add_my_partner_from_settings(
    qtbot: QtBot, make_controller: ControllerFactory, solo: Couple
) -> None:
    controller = make_controller(solo.folder)
    page = settings_of(qtbot, controller)
    view = controller.view
    assert isinstance(view, MainView)
    assert not texts_containing(view.foot, "joins")

    click(qtbot, page.add_partner_button)
    dialog = open_dialog(qtbot, page, AddPartnerDialog)
    form = dialog.form
    maya_colour = view.active.partner.colour
    swatches = {b.property("colour"): b for b in form.colours.group.buttons()}
    assert not swatches[maya_colour].isEnabled()

    click(qtbot, dialog.create_button)
    assert form.error.text() == "Please give your name."
    # Each field clicked into before typing, as a person does (the keyboard focus decides
    # which button Enter presses).
    for field, text in ((form.name, "Sam"), (form.password, PASSWORDS["Sam"])):
        click(qtbot, field)
        qtbot.keyClicks(field, text)
    click(qtbot, swatches[PARTNER_COLOURS[4]])
    click(qtbot, form.confirm)
    qtbot.keyClicks(form.confirm, PASSWORDS["Sam"])
    click(qtbot, dialog.create_button)  # Enter cancels: see the test below
    qtbot.waitUntil(lambda: hasattr(dialog, "recovery_view"))

    code_labels = [
        label.text()
        for label in dialog.recovery_view.findChildren(QLabel)
        if label.objectName() == "Code"
    ]
    assert len(code_labels) == 1
    code = code_labels[0]
    assert form.password.text() == "" and form.confirm.text() == ""
    assert not dialog.done_button.isEnabled()
    tick(qtbot, dialog.recovery_view.findChild(QCheckBox))
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        click(qtbot, dialog.done_button)

    assert destroyed(dialog), "the recovery code shown in it is gone"
    assert not texts_containing(view, code)
    assert view.join_button.text() == "Sam joins"
    fresh = Household.open(solo.folder)
    assert [(p.name, p.colour) for p in fresh.partners] == [
        ("Maya", maya_colour),
        ("Sam", PARTNER_COLOURS[4]),
    ]
    Session.start(fresh.unlock("Sam", PASSWORDS["Sam"])).lock()
    Session.start(fresh.recover("Sam", code, "sam-new-password")).lock()

    # And Sam can join at once.
    click(qtbot, view.join_button)
    screen = controller.join_dialog.findChild(LockScreen)
    activate(qtbot, controller.join_dialog)
    unlock_with(qtbot, screen, "Sam", "sam-new-password")
    qtbot.waitUntil(lambda: view.together)


def test_add_my_partner_is_gone_once_the_partner_is_here(
    qtbot: QtBot, make_controller: ControllerFactory, solo: Couple
) -> None:
    controller = make_controller(solo.folder)
    page = settings_of(qtbot, controller)
    click(qtbot, page.add_partner_button)
    dialog = open_dialog(qtbot, page, AddPartnerDialog)
    qtbot.keyClicks(dialog.form.name, "Sam")
    qtbot.keyClicks(dialog.form.password, PASSWORDS["Sam"])
    qtbot.keyClicks(dialog.form.confirm, PASSWORDS["Sam"])
    click(qtbot, dialog.create_button)
    qtbot.waitUntil(lambda: hasattr(dialog, "recovery_view"))
    tick(qtbot, dialog.recovery_view.findChild(QCheckBox))
    click(qtbot, dialog.done_button)

    assert controller.view is not None
    settings = controller.view.current_page()
    assert settings.isVisible()
    assert not texts_containing(settings, "Add my partner"), "the household has two now"
    assert texts_containing(settings, "You and Sam share this household.")


def test_auto_lock_closes_an_open_password_dialog(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    controller = make_controller(couple.folder)
    page = settings_of(qtbot, controller)
    session = page.session
    click(qtbot, page.change_password_button)
    dialog = open_dialog(qtbot, page, ChangePasswordDialog)
    qtbot.keyClicks(dialog.current, PASSWORDS["Maya"])

    controller.idle.idle.emit()

    assert destroyed(dialog), "closed at once, not left over the lock screen"
    assert session.locked
    assert isinstance(controller.window.content(), LockScreen)
    assert not texts_containing(controller.window, PASSWORDS["Maya"])


def test_a_cancelled_password_change_leaves_no_secret_behind(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    page = settings_of(qtbot, make_controller(couple.folder))
    click(qtbot, page.change_password_button)
    dialog = open_dialog(qtbot, page, ChangePasswordDialog)
    qtbot.keyClicks(dialog.current, PASSWORDS["Maya"])
    qtbot.keyClicks(dialog.new, "maya-new-password")
    qtbot.keyClick(dialog.new, Qt.Key.Key_Escape)

    assert destroyed(dialog)
    assert page.findChild(ChangePasswordDialog) is None
    assert not texts_containing(page, PASSWORDS["Maya"])
    assert not texts_containing(page, "maya-new-password")
    with on_disk(couple.folder, "Maya"):
        pass  # the old password still opens her space


def test_a_cancelled_partner_form_leaves_no_secret_behind(
    qtbot: QtBot, make_controller: ControllerFactory, solo: Couple
) -> None:
    controller = make_controller(solo.folder)
    page = settings_of(qtbot, controller)
    click(qtbot, page.add_partner_button)
    dialog = open_dialog(qtbot, page, AddPartnerDialog)
    qtbot.keyClicks(dialog.form.name, "Sam")
    qtbot.keyClicks(dialog.form.password, PASSWORDS["Sam"])
    qtbot.keyClick(dialog.form.password, Qt.Key.Key_Escape)

    assert destroyed(dialog)
    assert controller.view is not None
    settings = controller.view.current_page()
    assert isinstance(settings, SettingsPage), "still on Settings"
    assert not texts_containing(controller.window, PASSWORDS["Sam"])
    assert [p.name for p in Household.open(solo.folder).partners] == ["Maya"]
    assert texts_containing(settings, "Add my partner")


def test_locking_while_the_binding_is_applied_ends_quietly(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple, told: list[str]
) -> None:
    controller = make_controller(couple.folder)
    page = settings_of(qtbot, controller)
    view, session = controller.view, page.session
    assert view is not None
    tick(qtbot, page.bind_box)
    dialog = open_dialog(qtbot, page, ConfirmPasswordDialog)
    qtbot.keyClicks(dialog.password, PASSWORDS["Maya"])

    with qtbot.captureExceptions() as exceptions:
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # the binding starts
        click(qtbot, view.lock_button)  # and she locks at once
        assert session.locked
        flush_deletes()  # the main loop destroys the unlocked view first
        wait_for_background()
        QApplication.processEvents()  # then the job's report arrives

    assert isinstance(controller.window.content(), LockScreen)
    assert exceptions == []
    assert told == [], "nothing to say over the lock screen"


def test_enter_in_the_partner_form_creates_the_partner_and_shows_the_code(
    qtbot: QtBot, make_controller: ControllerFactory, solo: Couple
) -> None:
    controller = make_controller(solo.folder)
    page = settings_of(qtbot, controller)
    click(qtbot, page.add_partner_button)
    dialog = open_dialog(qtbot, page, AddPartnerDialog)
    form = dialog.form
    for field, text in (
        (form.name, "Sam"),
        (form.password, PASSWORDS["Sam"]),
        (form.confirm, PASSWORDS["Sam"]),
    ):
        click(qtbot, field)
        qtbot.keyClicks(field, text)
    assert form.confirm.hasFocus()

    with qtbot.assertNotEmitted(dialog.rejected):
        qtbot.keyClick(form.confirm, Qt.Key.Key_Return)
    wait_for_background()
    QApplication.processEvents()

    assert [p.name for p in Household.open(solo.folder).partners] == ["Maya", "Sam"]
    assert not destroyed(dialog), "the dialog stays to show Sam's recovery code"
    assert hasattr(dialog, "recovery_view")
