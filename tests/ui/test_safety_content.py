"""When locked, nothing of what was shown survives: widgets destroyed, clipboard cleared."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import Couple
from tests.ui.conftest import OFFSCREEN_NOISE, ControllerFactory
from tests.ui.helpers import flush_deletes, unlock_controller, widget_texts, write_entries
from tests.ui.journal.support import open_titled
from tests.ui.test_app_controller import press_ctrl_l
from toward.core.spaces import Space
from toward.ui.app import AppController
from toward.ui.journal.page import JournalPage
from toward.ui.platform.clipboard import HINTS

MARKER = "LighthouseKeeperMarker"


def toward_widget_types() -> set[type]:
    """The classes of live widgets that Toward defines (not Qt's own)."""
    return {type(w) for w in QApplication.allWidgets() if type(w).__module__.startswith("toward.")}


def all_texts() -> str:
    return "\n".join(
        text for window in QApplication.topLevelWidgets() for text in widget_texts(window)
    )


def open_marker(qtbot: QtBot, controller: AppController) -> JournalPage:
    view = unlock_controller(qtbot, controller, "Maya")
    view.show_section("journal")
    page = view.pages["journal"]
    assert isinstance(page, JournalPage)
    open_titled(qtbot, page, MARKER)
    return page


@pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, r"^This plugin does not support raise\(\)$")
def test_a_lock_destroys_every_widget_that_held_content(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    write_entries(couple.household, "Maya", **{MARKER: Space.PRIVATE})
    controller = make_controller(couple.folder)
    lock_screen_types = toward_widget_types()
    page = open_marker(qtbot, controller)
    view = controller.view
    assert view is not None
    for key in view.pages:  # every section shown once
        view.show_section(key)
    dialog = view.quick_log()
    QToolTip.showText(view.mapToGlobal(QPoint(40, 40)), f"About {MARKER}", view)
    unlocked = [view, *view.findChildren(QWidget), dialog, *dialog.findChildren(QWidget)]
    assert page in unlocked and MARKER in all_texts()

    controller.idle.idle.emit()  # no key or click: the tooltip must go with the lock itself
    flush_deletes()

    assert [w for w in unlocked if shiboken6.isValid(w)] == []
    assert toward_widget_types() <= lock_screen_types
    assert MARKER not in all_texts()
    assert "Maya" not in controller.window.windowTitle()


def test_every_window_is_titled_neutrally_while_unlocked(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    write_entries(couple.household, "Maya", **{MARKER: Space.PRIVATE})
    controller = make_controller(couple.folder)
    open_marker(qtbot, controller)
    assert controller.view is not None
    controller.view.quick_log()

    titles = {w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()}

    assert titles == {"Toward"}


def test_text_copied_from_an_entry_carries_the_hints_and_is_cleared_on_lock(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    write_entries(couple.household, "Maya", **{MARKER: Space.PRIVATE})
    controller = make_controller(couple.folder)
    page = open_marker(qtbot, controller)
    reader = page.reader.body
    reader.setFocus()
    reader.selectAll()

    qtbot.keyClick(reader, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)

    clipboard = QGuiApplication.clipboard()
    copied = clipboard.mimeData()
    assert f"The words of {MARKER}." in copied.text()
    for name, value in HINTS.items():
        assert copied.data(name).data() == value, name
    assert not copied.hasHtml()  # only the text leaves, not a rich copy of the entry
    assert controller.clipboard.remaining_ms() > 0

    press_ctrl_l(qtbot, controller.window)

    assert clipboard.text() == ""


def test_text_copied_from_a_text_field_carries_the_hints(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    controller = make_controller(couple.folder)
    view = unlock_controller(qtbot, controller, "Maya")
    view.show_section("journal")
    search = view.pages["journal"].search
    search.setFocus()
    qtbot.keyClicks(search, "words to copy")
    search.selectAll()

    qtbot.keyClick(search, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)

    copied = QGuiApplication.clipboard().mimeData()
    assert copied.text() == "words to copy"
    assert copied.data("x-kde-passwordManagerHint").data() == b"secret"


def test_quitting_clears_what_was_copied(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    controller = make_controller(couple.folder)
    unlock_controller(qtbot, controller, "Maya")
    controller.clipboard.copy_text("copied just before quitting")

    controller.shutdown()

    assert QGuiApplication.clipboard().text() == ""
