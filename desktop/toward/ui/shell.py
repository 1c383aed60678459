"""The one window: its content moves between setup, the lock screen and the unlocked view."""

from __future__ import annotations

import logging

from PySide6 import QtCore  # not `Qt` itself before the lock screen shows: see theme
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from toward.ui.kit import theme

log = logging.getLogger("toward.ui")

WINDOW_TITLE = "Toward"  # never a name or any content: the title bar is seen by everyone
FIRST_PAINT_LATEST_MS = 1000  # a window started minimised is not painted


class Shell(QMainWindow):
    """The one window; its content is replaced (and the old content destroyed) on each move."""

    minimised = Signal()
    # Once, when the first paint has finished (or a second after showing, should the window
    # start minimised): start-up work that need not delay the first sight of the app.
    first_painted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._painted = False
        self.setObjectName("Shell")
        self.setWindowTitle(WINDOW_TITLE)
        self.setMinimumSize(880, 600)
        self.resize(1180, 780)
        self._stack = QStackedWidget()
        self.setCentralWidget(self._stack)

    def show_content(self, widget: QWidget) -> None:
        while self._stack.count():
            old = self._stack.widget(0)
            assert old is not None
            self._stack.removeWidget(old)
            old.deleteLater()
        self._stack.addWidget(widget)
        widget.setFocus()

    def content(self) -> QWidget | None:
        return self._stack.currentWidget()

    def bring_forward(self) -> None:
        """Show the window in front, restored if it was minimised (a second start asked)."""
        self.setWindowState(self.windowState() & ~QtCore.Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()
        log.info("window brought forward")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and self.isMinimized():
            self.minimised.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._painted:
            QTimer.singleShot(FIRST_PAINT_LATEST_MS, self, self._first_paint_done)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            # Two turns of the event loop: the content's own first-paint work (the lock
            # screen says it is shown) comes first.
            QTimer.singleShot(0, self, lambda: QTimer.singleShot(0, self, self._first_paint_done))

    def _first_paint_done(self) -> None:
        if not self._painted:
            self._painted = True
            self.setWindowIcon(theme.app_icon())  # drawn from SVG at five sizes
            self.first_painted.emit()


class LockKey(QObject):
    """Ctrl+L locks from anywhere in the app, a dialog in front included (on every window).

    Not a QShortcut: an application-wide one is ignored while a modal dialog is open.
    """

    pressed = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == QtCore.Qt.Key.Key_L
            and event.modifiers() & QtCore.Qt.KeyboardModifier.ControlModifier
            and not event.isAutoRepeat()
        ):
            self.pressed.emit()
            return True
        return False
