"""The one window moving between setup, the problem screen, the lock screen and the app."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORDS, Couple
from tests.ui.conftest import ControllerFactory
from tests.ui.helpers import (
    activate,
    click,
    destroyed,
    flush_deletes,
    texts_containing,
    tick,
    unlock_controller,
    unlock_with,
    widget_texts,
    write_entries,
)
from tests.ui.platform.support import press_key
from toward import Household, HouseholdCorrupted
from toward.core.spaces import Space
from toward.ui.app import AppController
from toward.ui.lock_screen import LockScreen
from toward.ui.main_view import MainView
from toward.ui.sections import default_sections
from toward.ui.setup_wizard import SetupWizard
from toward.vault.kdf import FLOOR_COST


def press_ctrl_l(qtbot: QtBot, window: QWidget | None = None) -> None:
    """Ctrl+L where the keyboard focus is, as a person presses it.

    With no window active (the offscreen platform activates none after a dialog closes),
    the person first clicks into `window`.
    """
    if QApplication.activeWindow() is None and window is not None:
        activate(qtbot, window)
    press_key(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def sidebar_labels(view: MainView) -> list[str]:
    return [view.nav.item(row).text() for row in range(view.nav.count())]


def test_an_empty_folder_starts_the_setup(
    make_controller: ControllerFactory, tmp_path: Path
) -> None:
    controller = make_controller(tmp_path / "new")
    assert isinstance(controller.window.content(), SetupWizard)
    assert controller.window.windowTitle() == "Toward"


def test_a_household_starts_at_the_lock_screen(
    make_controller: ControllerFactory, couple: Couple
) -> None:
    controller = make_controller(couple.folder)
    screen = controller.window.content()
    assert isinstance(screen, LockScreen)
    assert QApplication.focusWidget() is screen.password
    assert controller.window.windowTitle() == "Toward"


def test_an_interrupted_setup_starts_the_setup_again(
    qtbot: QtBot, make_controller: ControllerFactory, tmp_path: Path
) -> None:
    folder = tmp_path / "household"
    Household.create(folder, kdf_cost=FLOOR_COST)  # the first partner was never added

    controller = make_controller(folder)

    wizard = controller.window.content()
    assert isinstance(wizard, SetupWizard)
    # And the setup finishes in the household left behind.
    click(qtbot, wizard.start_button)
    qtbot.keyClicks(wizard.first_form.name, "Maya")
    qtbot.keyClicks(wizard.first_form.password, PASSWORDS["Maya"])
    qtbot.keyClicks(wizard.first_form.confirm, PASSWORDS["Maya"])
    qtbot.keyClick(wizard.first_form.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.first_code_holder)
    assert [p.name for p in Household.open(folder).partners] == ["Maya"]


def test_a_damaged_household_file_is_explained_without_a_traceback(
    make_controller: ControllerFactory, couple: Couple
) -> None:
    (couple.folder / "household.json.bak").unlink()
    (couple.folder / "household.json").write_text('{"partners": [', "utf-8")
    with pytest.raises(HouseholdCorrupted) as expected:
        Household.open(couple.folder)

    controller = make_controller(couple.folder)

    page = controller.window.content()
    assert not isinstance(page, LockScreen | SetupWizard | MainView)
    shown = widget_texts(page)
    assert "Toward can't open this household" in shown
    assert str(expected.value) in shown
    assert any("toward doctor" in text for text in shown)
    joined = "\n".join(shown)
    assert "Traceback" not in joined
    assert 'File "' not in joined
    assert controller.window.windowTitle() == "Toward"


def test_a_damaged_household_file_with_a_backup_opens_and_says_so(
    make_controller: ControllerFactory, couple: Couple
) -> None:
    (couple.folder / "household.json").write_text("not json", "utf-8")
    controller = make_controller(couple.folder)

    screen = controller.window.content()
    assert isinstance(screen, LockScreen)
    assert texts_containing(screen, "Toward opened its second copy")


def test_setup_then_lock_screen(
    qtbot: QtBot, make_controller: ControllerFactory, tmp_path: Path
) -> None:
    controller = make_controller(tmp_path / "new")
    wizard = controller.window.content()
    assert isinstance(wizard, SetupWizard)
    click(qtbot, wizard.start_button)
    qtbot.keyClicks(wizard.first_form.name, "Maya")
    qtbot.keyClicks(wizard.first_form.password, PASSWORDS["Maya"])
    qtbot.keyClicks(wizard.first_form.confirm, PASSWORDS["Maya"])
    qtbot.keyClick(wizard.first_form.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.first_code_holder)
    tick(qtbot, wizard.first_code_holder.property("kept_box"))
    click(qtbot, wizard.first_code_holder.property("continue_button"))
    click(qtbot, wizard.later_button)

    # Maya has just chosen her password: she is not asked for it again at once, and her
    # space is not said to have been "last opened today" (by the setup itself).
    view = controller.window.content()
    assert isinstance(view, MainView)
    assert view.active.partner.name == "Maya"
    assert view.banner.text() == "Welcome, Maya."
    controller.lock()
    screen = controller.window.content()
    assert isinstance(screen, LockScreen)
    assert [c.text().strip() for c in screen.choices.buttons()] == ["Maya"]


def test_setup_of_both_opens_together_with_the_second_shown(
    qtbot: QtBot, make_controller: ControllerFactory, tmp_path: Path
) -> None:
    controller = make_controller(tmp_path / "new")
    wizard = controller.window.content()
    assert isinstance(wizard, SetupWizard)
    click(qtbot, wizard.start_button)
    for form, name in ((wizard.first_form, "Maya"), (None, "Sam")):
        if form is None:
            click(qtbot, wizard.now_button)
            form = wizard.second_form
        qtbot.keyClicks(form.name, name)
        qtbot.keyClicks(form.password, PASSWORDS[name])
        qtbot.keyClicks(form.confirm, PASSWORDS[name])
        qtbot.keyClick(form.confirm, Qt.Key.Key_Return)
        kind = "first_code_holder" if name == "Maya" else "second_code_holder"
        qtbot.waitUntil(lambda kind=kind: wizard.pages.currentWidget() is getattr(wizard, kind))
        holder = wizard.pages.currentWidget()
        tick(qtbot, holder.property("kept_box"))
        click(qtbot, holder.property("continue_button"))

    view = controller.window.content()
    assert isinstance(view, MainView)
    assert view.together
    assert [s.partner.name for s in view.sessions] == ["Maya", "Sam"]
    assert view.active.partner.name == "Sam"  # the one at the keyboard
    assert view.banner.text() == "Welcome, Sam."


def test_unlock_shows_the_built_sections_and_who_is_here(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    controller = make_controller(couple.folder)
    view = unlock_controller(qtbot, controller, "Maya")

    assert controller.window.content() is view
    labels = sidebar_labels(view)
    assert labels == [section.label for section in default_sections()]
    assert {"Journal", "Settings"} <= set(labels)
    assert labels[-1] == "Settings"
    assert texts_containing(view.foot, "Signed in as") == ["Signed in as Maya"]
    assert view.join_button.text() == "Sam joins"
    assert controller.window.windowTitle() == "Toward"
    assert view.current_page() is view.pages[view.sections[0].key]
    assert texts_containing(view, "Read-only") == []  # only for a folder it can't write to

    view.nav.setFocus()
    for row in range(1, len(labels)):
        qtbot.keyClick(view.nav, Qt.Key.Key_Down)
        assert view.current_page() is view.pages[view.sections[row].key]


def test_the_keyboard_works_at_once_after_unlocking(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    controller = make_controller(couple.folder)
    view = unlock_controller(qtbot, controller, "Maya")
    qtbot.wait(20)  # the window system's news arrive

    assert QApplication.activeWindow() is controller.window
    focus = QApplication.focusWidget()
    first = view.current_page()
    assert focus is not None and first.isAncestorOf(focus), "typing goes into the page"


def test_the_keyboard_works_at_once_for_a_household_of_one(
    qtbot: QtBot, make_controller: ControllerFactory, solo: Couple
) -> None:
    controller = make_controller(solo.folder)
    view = unlock_controller(qtbot, controller, "Maya")
    qtbot.wait(20)

    assert QApplication.activeWindow() is controller.window
    focus = QApplication.focusWidget()
    assert focus is not None and view.current_page().isAncestorOf(focus)


def test_the_title_bar_never_names_anyone(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    controller = make_controller(couple.folder)
    titles = [controller.window.windowTitle()]
    view = unlock_controller(qtbot, controller, "Maya")
    titles.append(controller.window.windowTitle())
    click(qtbot, view.join_button)
    titles.append(controller.join_dialog.windowTitle())
    screen = controller.join_dialog.findChild(LockScreen)
    activate(qtbot, controller.join_dialog)
    unlock_with(qtbot, screen, "Sam", PASSWORDS["Sam"])
    qtbot.waitUntil(lambda: view.together)
    titles.append(controller.window.windowTitle())
    view.show_section("settings")
    titles.append(controller.window.windowTitle())

    assert titles == ["Toward"] * 5


def test_ctrl_l_locks_and_destroys_the_unlocked_view(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    write_entries(couple.household, "Maya", MayaPrivateMarker=Space.PRIVATE)
    controller = make_controller(couple.folder)
    view = unlock_controller(qtbot, controller, "Maya")
    session = view.active
    journal_page = view.pages["journal"]
    assert texts_containing(controller.window, "MayaPrivateMarker")

    press_ctrl_l(qtbot, controller.window)

    assert session.locked
    assert controller.view is None
    screen = controller.window.content()
    assert isinstance(screen, LockScreen)
    flush_deletes()
    assert not shiboken6.isValid(view)
    assert not shiboken6.isValid(journal_page)
    assert not texts_containing(controller.window, "MayaPrivateMarker")
    assert QApplication.focusWidget() is screen.password


def test_the_lock_button_locks(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    controller = make_controller(couple.folder)
    view = unlock_controller(qtbot, controller, "Sam")
    session = view.active

    click(qtbot, view.lock_button)

    assert session.locked
    assert isinstance(controller.window.content(), LockScreen)


def test_ctrl_l_locks_with_a_dialog_open(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    controller = make_controller(couple.folder)
    view = unlock_controller(qtbot, controller, "Maya")
    session = view.active
    view.show_section("settings")
    click(qtbot, view.pages["settings"].change_password_button)
    dialog = controller.window.findChild(QDialog)
    assert dialog is not None and dialog.isVisible()
    activate(qtbot, dialog)
    qtbot.keyClicks(QApplication.focusWidget(), PASSWORDS["Maya"])

    press_ctrl_l(qtbot, controller.window)

    assert session.locked
    assert isinstance(controller.window.content(), LockScreen)
    assert destroyed(dialog), "the dialog and the password typed in it are gone"
    assert not texts_containing(controller.window, PASSWORDS["Maya"])


def test_ctrl_l_is_caught_wherever_the_focus_is(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    controller = make_controller(couple.folder)
    screen = controller.window.content()
    assert isinstance(screen, LockScreen)
    # Installed from the event loop once the lock screen shows (start-up stays quick).
    qtbot.waitUntil(lambda: controller.watching_input, timeout=1000)
    with qtbot.waitSignal(controller.lock_key.pressed, timeout=1000):
        press_ctrl_l(qtbot)  # on the lock screen: nothing to lock, nothing typed
    assert screen.password.text() == ""
    qtbot.keyClicks(screen.password, "l")
    assert screen.password.text() == "l", "a plain L is still a letter"

    view = unlock_controller(qtbot, controller, "Sam")
    with qtbot.waitSignal(controller.lock_key.pressed, timeout=1000):
        press_ctrl_l(qtbot, controller.window)
    assert view.active.locked


def test_ctrl_l_in_the_join_dialog_locks_and_forgets_the_password(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    controller = make_controller(couple.folder)
    view = unlock_controller(qtbot, controller, "Maya")
    click(qtbot, view.join_button)
    dialog = controller.join_dialog
    screen = dialog.findChild(LockScreen)
    activate(qtbot, dialog)
    qtbot.keyClicks(screen.password, PASSWORDS["Sam"])

    press_ctrl_l(qtbot, controller.window)

    assert view.active.locked
    assert destroyed(dialog)
    assert isinstance(controller.window.content(), LockScreen)
    assert not texts_containing(controller.window, PASSWORDS["Sam"])


def test_auto_lock_follows_the_setting_and_locks_when_idle(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    maya = couple.unlock("Maya")
    maya.settings.auto_lock_minutes = 2
    maya.lock()
    controller = make_controller(couple.folder)
    assert not controller.idle.active, "nothing to lock yet"
    view = unlock_controller(qtbot, controller, "Maya")
    session = view.active

    assert controller.idle.active
    # Long timers are coarse: they fire on a whole second, within one of the delay.
    assert controller.idle.remaining_ms() == pytest.approx(2 * 60_000, abs=1_000)

    controller.idle.idle.emit()

    assert session.locked
    assert isinstance(controller.window.content(), LockScreen)
    assert not controller.idle.active, "the lock screen does not lock again"


def test_auto_lock_fires_on_its_own(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    controller = make_controller(couple.folder)
    view = unlock_controller(qtbot, controller, "Sam")
    session = view.active

    controller.idle.start(0.001)  # 60 ms

    qtbot.waitUntil(lambda: isinstance(controller.window.content(), LockScreen), timeout=3000)
    assert session.locked


def test_input_restarts_the_idle_timer(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    controller = make_controller(couple.folder)
    view = unlock_controller(qtbot, controller, "Maya")
    dict(view.pages)  # pages are built on first visit: build them now, outside the timing
    # Long timers are coarse (whole seconds): a short one shows the restart clearly.
    controller.idle.start(0.02)  # 1.2 s
    qtbot.waitUntil(lambda: controller.idle.remaining_ms() < 800)

    view.nav.setFocus()
    press_key(qtbot, Qt.Key.Key_Down)

    assert controller.idle.remaining_ms() > 1_000
    assert not view.active.locked


def test_never_auto_lock(qtbot: QtBot, make_controller: ControllerFactory, couple: Couple) -> None:
    maya = couple.unlock("Maya")
    maya.settings.auto_lock_minutes = 0
    maya.lock()
    controller = make_controller(couple.folder)
    unlock_controller(qtbot, controller, "Maya")
    assert not controller.idle.active


def test_welcome_banner_tells_of_the_last_opening_and_wrong_tries(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    controller = make_controller(couple.folder)
    screen = controller.window.content()
    assert isinstance(screen, LockScreen)
    for _ in range(2):
        unlock_with(qtbot, screen, "Maya", "not-the-password")
        qtbot.waitUntil(lambda: screen.message.isVisible() and screen.password.isEnabled())

    view = unlock_controller(qtbot, controller, "Maya")

    previous = view.active.report.previous_opened_at
    assert previous is not None
    text = view.banner.text()
    assert text.startswith("Welcome, Maya.")
    assert "Your space was last opened" in text
    assert previous.astimezone().strftime("%H:%M") in text
    assert "Since then, 2 wrong passwords were tried for your space." in text


def test_welcome_banner_for_a_first_opening_with_one_wrong_try(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    controller = make_controller(couple.folder)
    screen = controller.window.content()
    assert isinstance(screen, LockScreen)
    unlock_with(qtbot, screen, "Sam", "not-the-password")
    qtbot.waitUntil(lambda: screen.message.isVisible() and screen.password.isEnabled())

    view = unlock_controller(qtbot, controller, "Sam")

    assert view.banner.text() == (
        "Welcome, Sam. Before this, 1 wrong password was tried for your space."
    )


def test_unlocking_again_after_a_lock(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    controller = make_controller(couple.folder)
    first = unlock_controller(qtbot, controller, "Maya")
    press_ctrl_l(qtbot, controller.window)
    second = unlock_controller(qtbot, controller, "Sam")

    assert first.active.locked
    assert second.active.partner.name == "Sam"
    assert not second.active.locked


def test_shutdown_locks_what_is_open(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    controller: AppController = make_controller(couple.folder)
    session = unlock_controller(qtbot, controller, "Maya").active
    controller.shutdown()
    assert session.locked


@pytest.mark.qt_log_ignore(r"^This plugin does not support (raise\(\)|grabbing the keyboard)$")
def test_a_closed_drop_down_leaves_no_error_behind(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    # Each closed drop-down printed "QWindow already deleted" from the input watcher.
    controller = make_controller(couple.folder)
    view = unlock_controller(qtbot, controller, "Maya")
    view.show_section("money")
    combo = next(c for c in view.current_page().findChildren(QComboBox) if c.isVisible())
    for _ in range(3):
        combo.showPopup()
        qtbot.wait(20)
        combo.hidePopup()
        qtbot.wait(20)
        flush_deletes()
        qtbot.wait(20)


def test_the_style_sheet_draws_arrows_and_check_marks_in_both_schemes() -> None:
    from toward.ui.kit import theme

    for dark in (False, True):
        sheet = theme.style_sheet(dark)
        assert "{{" not in sheet.split("*/", 1)[1]  # after the comment naming them
        images = [part.split(")")[0] for part in sheet.split("url(")[1:]]
        assert len(images) >= 4
        assert all(Path(image).is_file() for image in images), images
