"""The lock screen: choosing who is here, passwords, growing delays, recovery, no content."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORDS, Couple
from tests.ui.helpers import (
    activate,
    choose,
    click,
    destroyed,
    retype,
    show,
    texts_containing,
    unlock_with,
    widget_texts,
    write_entries,
)
from toward import Household, Session, WrongPassword
from toward.core.spaces import Space
from toward.ui.lock_screen import LockScreen
from toward.ui.settings.password import RecoveryDialog
from toward.vault.throttle import AttemptLog


class FakeClock:
    """A wall clock for the attempt log that moves only when told to."""

    def __init__(self, start: float = 1_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def opened() -> Iterator[list[Session]]:
    """Sessions the lock screen hands out; locked at the end of the test."""
    sessions: list[Session] = []
    yield sessions
    for session in sessions:
        session.lock()


def lock_screen(qtbot: QtBot, household: Household, **options: object) -> LockScreen:
    screen = LockScreen(household, **options)  # type: ignore[arg-type]
    show(qtbot, screen)
    return screen


def names_offered(screen: LockScreen) -> list[str]:
    return [choice.text().strip() for choice in screen.choices.buttons()]


def fail_once(qtbot: QtBot, screen: LockScreen, name: str = "Maya") -> None:
    """Type a wrong password and wait for the lock screen to say so."""
    unlock_with(qtbot, screen, name, "not-the-password")
    qtbot.waitUntil(lambda: screen.message.isVisible() and screen.password.isEnabled())


def test_right_password_emits_unlocked(qtbot: QtBot, couple: Couple, opened: list[Session]) -> None:
    screen = lock_screen(qtbot, couple.household)
    assert names_offered(screen) == ["Maya", "Sam"]
    assert screen.password.hasFocus()

    with qtbot.waitSignal(screen.unlocked, timeout=5000) as unlocked:
        unlock_with(qtbot, screen, "Sam", PASSWORDS["Sam"])
    session = unlocked.args[0]
    opened.append(session)

    assert isinstance(session, Session)
    assert session.partner.name == "Sam"
    assert not session.locked
    assert screen.password.text() == "", "the password does not stay in the field"


def test_unlock_button_works_too(qtbot: QtBot, couple: Couple, opened: list[Session]) -> None:
    screen = lock_screen(qtbot, couple.household)
    qtbot.keyClicks(screen.password, PASSWORDS["Maya"])
    with qtbot.waitSignal(screen.unlocked, timeout=5000) as unlocked:
        click(qtbot, screen.unlock_button)
    opened.append(unlocked.args[0])
    assert unlocked.args[0].partner.name == "Maya"


def test_empty_password_asks_for_one(qtbot: QtBot, couple: Couple) -> None:
    screen = lock_screen(qtbot, couple.household)
    with qtbot.assertNotEmitted(screen.unlocked):
        qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert screen.message.isVisible()
    assert screen.message.text() == "Type your password."


def test_wrong_password_is_said_plainly_and_the_field_keeps_focus(
    qtbot: QtBot, couple: Couple
) -> None:
    screen = lock_screen(qtbot, couple.household)
    with qtbot.assertNotEmitted(screen.unlocked, wait=0):
        fail_once(qtbot, screen)

    assert screen.message.text() == "That password doesn't open Maya's space."
    assert screen.password.hasFocus()
    assert screen.password.selectedText() == "not-the-password", "typing again replaces it"
    assert screen.unlock_button.isEnabled()

    qtbot.keyClicks(screen.password, "x")
    assert not screen.message.isVisible(), "typing again clears the message"


def test_three_wrong_tries_throttle_that_partner_only(qtbot: QtBot, couple: Couple) -> None:
    screen = lock_screen(qtbot, couple.household)
    for _ in range(3):
        fail_once(qtbot, screen)

    assert not screen.unlock_button.isEnabled()
    assert re.fullmatch(
        r"Too many wrong passwords\. Try again in [1-5] seconds?\.", screen.message.text()
    ), screen.message.text()
    # A fourth try, even with the right password, is not attempted while the wait lasts.
    qtbot.keyClicks(screen.password, PASSWORDS["Maya"])
    with qtbot.assertNotEmitted(screen.unlocked, wait=200):
        qtbot.keyClick(screen.password, Qt.Key.Key_Return)

    choose(qtbot, screen, "Sam")
    assert screen.unlock_button.isEnabled(), "Sam is not slowed down by Maya's wrong tries"
    assert not screen.message.isVisible()

    choose(qtbot, screen, "Maya")
    assert not screen.unlock_button.isEnabled(), "back on Maya, the wait is still on"
    assert screen.message.text().startswith("Too many wrong passwords.")


def test_the_wait_is_remembered_and_counts_down(qtbot: QtBot, couple: Couple) -> None:
    clock = FakeClock()
    household = Household.open(couple.folder)
    household.attempts = AttemptLog(couple.folder, clock=clock)
    for _ in range(3):
        with pytest.raises(WrongPassword):
            Session.start(household.unlock("Maya", "not-the-password"))

    screen = lock_screen(qtbot, household)
    assert not screen.unlock_button.isEnabled()
    assert screen.message.text() == "Too many wrong passwords. Try again in 5 seconds."

    clock.now += 5.0
    qtbot.waitUntil(screen.unlock_button.isEnabled, timeout=3000)
    assert not screen.message.isVisible()


def test_the_last_second_is_singular(qtbot: QtBot, couple: Couple) -> None:
    clock = FakeClock()
    household = Household.open(couple.folder)
    household.attempts = AttemptLog(couple.folder, clock=clock)
    for _ in range(3):
        with pytest.raises(WrongPassword):
            Session.start(household.unlock("Maya", "not-the-password"))
    clock.now += 4.5

    screen = lock_screen(qtbot, household)

    assert screen.message.text() == "Too many wrong passwords. Try again in 1 second."


def test_demo_passwords_are_shown_when_given(qtbot: QtBot, couple: Couple) -> None:
    plain = lock_screen(qtbot, couple.household)
    assert not texts_containing(plain, PASSWORDS["Maya"])

    demo = lock_screen(qtbot, couple.household, demo_passwords=PASSWORDS)
    shown = texts_containing(demo, PASSWORDS["Maya"])
    assert len(shown) == 1
    assert PASSWORDS["Sam"] in shown[0]
    assert "Demo household" in shown[0]


def test_no_record_content_or_count_is_shown(qtbot: QtBot, couple: Couple) -> None:
    write_entries(
        couple.household,
        "Maya",
        MayaPrivateMarker=Space.PRIVATE,
        MayaSharedMarker=Space.SHARED,
    )
    write_entries(couple.household, "Sam", SamPrivateMarker=Space.PRIVATE)

    screen = lock_screen(qtbot, couple.household)
    choose(qtbot, screen, "Sam")  # looking at each partner shows nothing more
    choose(qtbot, screen, "Maya")

    everything = " | ".join(widget_texts(screen))
    assert "Marker" not in everything
    assert "The words of" not in everything
    assert not re.search(r"\d", everything), f"no counts, no dates: {everything}"


def test_recovery_dialog_sets_a_new_password(
    qtbot: QtBot, couple: Couple, opened: list[Session]
) -> None:
    screen = lock_screen(qtbot, couple.household)
    choose(qtbot, screen, "Sam")
    click(qtbot, screen.forgot_button)
    dialog = screen.findChild(RecoveryDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Toward"
    activate(qtbot, dialog)

    qtbot.keyClicks(dialog.code, couple.recovery_codes["Sam"].lower())
    qtbot.keyClicks(dialog.new_password, "sam-brand-new-pass")
    qtbot.keyClicks(dialog.confirm, "sam-brand-new-pasS")
    click(qtbot, dialog.buttons.buttons()[0])
    assert dialog.message.text() == "The two new passwords are not the same."

    retype(qtbot, dialog.confirm, "sam-brand-new-pass")
    with qtbot.waitSignal(screen.unlocked, timeout=5000) as unlocked:
        qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    opened.append(unlocked.args[0])

    assert unlocked.args[0].partner.name == "Sam"
    assert destroyed(dialog), "the dialog that held the code and the password is gone"
    assert not texts_containing(screen, "sam-brand-new-pass")
    fresh = Household.open(couple.folder)
    Session.start(fresh.unlock("Sam", "sam-brand-new-pass")).lock()
    with pytest.raises(WrongPassword):
        Session.start(fresh.unlock("Sam", PASSWORDS["Sam"]))


def test_recovery_dialog_with_a_wrong_code(qtbot: QtBot, couple: Couple) -> None:
    screen = lock_screen(qtbot, couple.household)
    click(qtbot, screen.forgot_button)
    dialog = screen.findChild(RecoveryDialog)
    assert dialog is not None
    activate(qtbot, dialog)

    qtbot.keyClicks(dialog.code, couple.recovery_codes["Sam"])  # Sam's code, Maya's screen
    qtbot.keyClicks(dialog.new_password, "maya-brand-new-pass")
    qtbot.keyClicks(dialog.confirm, "maya-brand-new-pass")
    with qtbot.assertNotEmitted(screen.unlocked, wait=0):
        click(qtbot, dialog.buttons.buttons()[0])
        qtbot.waitUntil(dialog.message.isVisible)

    assert dialog.message.text() == "That recovery code doesn't open Maya's space."
    assert dialog.isVisible()
    Session.start(Household.open(couple.folder).unlock("Maya", PASSWORDS["Maya"])).lock()


def test_focus_starts_in_the_password_field(qtbot: QtBot, couple: Couple) -> None:
    screen = lock_screen(qtbot, couple.household)
    assert QApplication.focusWidget() is screen.password


def test_a_cancelled_recovery_leaves_no_secret_behind(qtbot: QtBot, couple: Couple) -> None:
    screen = lock_screen(qtbot, couple.household)
    click(qtbot, screen.forgot_button)
    dialog = screen.findChild(RecoveryDialog)
    assert dialog is not None
    activate(qtbot, dialog)
    qtbot.keyClicks(dialog.code, couple.recovery_codes["Maya"])
    qtbot.keyClicks(dialog.new_password, "maya-brand-new-pass")
    qtbot.keyClick(dialog.new_password, Qt.Key.Key_Escape)

    assert destroyed(dialog)
    assert screen.findChild(RecoveryDialog) is None
    assert not texts_containing(screen, couple.recovery_codes["Maya"])
    assert not texts_containing(screen, "maya-brand-new-pass")
    # Nothing changed: the old password still opens Maya's space.
    Session.start(Household.open(couple.folder).unlock("Maya", PASSWORDS["Maya"])).lock()


def test_a_recovery_dialog_opened_again_starts_empty(qtbot: QtBot, couple: Couple) -> None:
    screen = lock_screen(qtbot, couple.household)
    click(qtbot, screen.forgot_button)
    first = screen.findChild(RecoveryDialog)
    activate(qtbot, first)
    qtbot.keyClicks(first.code, couple.recovery_codes["Maya"])
    qtbot.keyClick(first.code, Qt.Key.Key_Escape)
    assert destroyed(first)
    activate(qtbot, screen)

    click(qtbot, screen.forgot_button)
    again = screen.findChild(RecoveryDialog)
    assert again is not None and again.isVisible()
    assert again.code.text() == again.new_password.text() == again.confirm.text() == ""
    qtbot.keyClick(again.code, Qt.Key.Key_Escape)
