"""Quick exit: Shift pressed three times in a row, as on GOV.UK's "exit this page".

What a quick exit does (AppController.quick_exit): every open space is locked at once
(both, in together mode), open dialogs are closed, the clipboard is cleared of anything
copied from Toward, and the window is minimised. Someone walking in then sees no
Toward window at all; whoever opens it again finds only the neutral lock screen. The app
keeps running, so nothing is lost and no "are you sure?" gets in the way.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6 import QtCore  # not `Qt` itself before the lock screen shows: see theme
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent

PRESSES = 3
WITHIN_SECONDS = 2.0


class QuickExitKey(QObject):
    """Emits `pressed` on three Shift presses within `WITHIN_SECONDS`, no other key between.

    Installed on every window (AppController._watch_input), so it works wherever the
    focus is, a dialog included; each key press reaches a window once. Typing capitals
    never triggers it: any other key starts the count again.
    """

    pressed = Signal()

    def __init__(
        self, parent: QObject | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._presses: list[float] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.isAutoRepeat():
            return False
        if event.key() != QtCore.Qt.Key.Key_Shift:
            self._presses.clear()
            return False
        now = self._clock()
        self._presses = [t for t in self._presses if now - t <= WITHIN_SECONDS] + [now]
        if len(self._presses) >= PRESSES:
            self._presses.clear()
            self.pressed.emit()
        return False
