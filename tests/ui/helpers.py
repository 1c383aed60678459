"""Small helpers for driving the Qt UI as a person does, and reading what it shows."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPoint,
    Qt,
)
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORDS
from toward.core.journal import EntryFields
from toward.core.spaces import Space
from toward.household import Household
from toward.session import Session
from toward.ui.app import AppController
from toward.ui.lock_screen import LockScreen
from toward.ui.main_view import MainView

_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.StatusTipRole,
    Qt.ItemDataRole.WhatsThisRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.AccessibleDescriptionRole,
    *(Qt.ItemDataRole.UserRole + offset for offset in range(8)),
)


def show(qtbot: QtBot, widget: QWidget) -> QWidget:
    """Show a top-level widget, make it the active window and wait until it is."""
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    activate(qtbot, widget)
    return widget


def activate(qtbot: QtBot, widget: QWidget) -> None:
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def flush_deletes() -> None:
    """Run the pending deleteLater() calls now."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def destroyed(obj: object) -> bool:
    """Whether a Qt object is gone, once the pending deleteLater() calls have run."""
    flush_deletes()
    return not shiboken6.isValid(obj)


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def tick(qtbot: QtBot, box: QAbstractButton) -> None:
    """Click a check box on its box (its centre may be empty space in a wide layout)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def type_text(field: QWidget, text: str) -> None:
    """Type text QTest can't (emoji, accents) the way an input method or emoji picker does."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(field, event)


def retype(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    """Select everything in a line edit (Ctrl+A) and type over it."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[str]:
    """Every value of every row of a model, as text (objects through their repr)."""
    parent = parent or QModelIndex()
    while model.canFetchMore(parent):
        model.fetchMore(parent)
    flat = isinstance(model, QAbstractListModel | QAbstractTableModel)  # hasChildren is private
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in _ROLES:
                value = index.data(role)
                if value is not None:
                    yield value if isinstance(value, str) else repr(value)
            if not flat and model.hasChildren(index):
                yield from model_texts(model, index)


def widget_texts(root: QWidget) -> list[str]:
    """Every piece of text the widget tree under `root` holds: labels, fields, buttons, lists."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        found += [
            widget.windowTitle(),
            widget.toolTip(),
            widget.accessibleName(),
            widget.accessibleDescription(),
            widget.statusTip(),
            widget.whatsThis(),
        ]
        if isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
        elif isinstance(widget, QLineEdit):
            found += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            found += [widget.toPlainText(), widget.placeholderText()]
        elif isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found += list(model_texts(widget.model()))
    return [text for text in found if text]


def texts_containing(root: QWidget, needle: str) -> list[str]:
    return [text for text in widget_texts(root) if needle in text]


def choose(qtbot: QtBot, screen: LockScreen, name: str) -> None:
    """Click a partner's name on the lock screen, unless it is already the chosen one."""
    for choice in screen.choices.buttons():
        if choice.text().strip() == name:
            if not choice.isChecked():
                click(qtbot, choice)
            return
    raise AssertionError(f"{name} is not offered on the lock screen")


def unlock_with(qtbot: QtBot, screen: LockScreen, name: str, password: str) -> None:
    """Pick a partner on the lock screen, type the password and press Enter."""
    choose(qtbot, screen, name)
    qtbot.keyClicks(screen.password, password)
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)


@contextmanager
def on_disk(folder: Path, name: str, password: str | None = None) -> Iterator[Session]:
    """A new session opened from the files, to see what really reached the database."""
    session = Session.start(Household.open(folder).unlock(name, password or PASSWORDS[name]))
    try:
        yield session
    finally:
        session.lock()


def write_entries(household: Household, name: str, **entries: Space) -> None:
    """Write entries titled by keyword into the given spaces, through the API."""
    session = Session.start(household.unlock(name, PASSWORDS[name]))
    try:
        for title, space in entries.items():
            session.journal.write(space, EntryFields(title=title, body=f"The words of {title}."))
    finally:
        session.lock()


def unlock_controller(
    qtbot: QtBot, controller: AppController, name: str = "Maya", password: str | None = None
) -> MainView:
    """Unlock through the lock screen the controller shows, and return the main view."""
    screen = controller.window.content()
    assert isinstance(screen, LockScreen)
    unlock_with(qtbot, screen, name, password or PASSWORDS[name])
    qtbot.waitUntil(lambda: isinstance(controller.window.content(), MainView))
    assert controller.view is not None
    return controller.view
