"""F6 and Shift+F6 move the keyboard focus between a window's regions (the sidebar, the
page), as in browsers and file managers, without tabbing through everything between."""

from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget


class FocusRegions(QObject):
    """F6 goes to the next region, Shift+F6 to the one before; each region gets the focus
    back where it was left, or else on its first control."""

    def __init__(self, owner: QWidget, regions: Sequence[QWidget]) -> None:
        super().__init__(owner)
        self._regions = list(regions)
        self._left: dict[int, QWidget] = {}  # by region: where the focus was when it left
        for keys, step in (("F6", 1), ("Shift+F6", -1)):
            shortcut = QShortcut(QKeySequence(keys), owner)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.move(step))

    def move(self, step: int) -> None:
        """Put the focus in the region `step` regions on from the one that has it."""
        focus = QApplication.focusWidget()
        here = next((i for i, r in enumerate(self._regions) if _holds(r, focus)), None)
        if here is not None and focus is not None:
            self._left[here] = focus
        count = len(self._regions)
        for offset in range(1, count + 1):
            index = ((here if here is not None else -1) + step * offset) % count
            target = self._resume(index) or first_control(self._regions[index])
            if target is not None:
                target.setFocus(Qt.FocusReason.TabFocusReason)
                return

    def _resume(self, index: int) -> QWidget | None:
        widget = self._left.get(index)
        if widget is None or not shiboken6.isValid(widget):
            return None
        if not (_holds(self._regions[index], widget) and _takes_tab(widget)):
            return None  # since hidden, or on a page no longer shown
        return widget


def focus_soon(region: QWidget) -> None:
    """Give `region`'s first control the focus once it is shown: a view built in place of
    the control that had the focus would otherwise leave the keyboard in the sidebar."""

    def focus() -> None:
        target = first_control(region) if shiboken6.isValid(region) else None
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    QTimer.singleShot(0, region, focus)


def first_control(region: QWidget) -> QWidget | None:
    """The first widget in `region` that Tab would stop at, in the window's Tab order."""
    widget = region.nextInFocusChain()
    while widget is not None and widget is not region:
        if region.isAncestorOf(widget) and _takes_tab(widget):
            return widget
        widget = widget.nextInFocusChain()
    return region if _takes_tab(region) else None


def _takes_tab(widget: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    )


def _holds(region: QWidget, widget: QWidget | None) -> bool:
    return widget is not None and (widget is region or region.isAncestorOf(widget))
