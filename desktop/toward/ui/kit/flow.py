"""A layout that places its widgets left to right and wraps them onto the next line when
the width runs out, so a row of buttons or choices fits a laptop's narrow window."""

from __future__ import annotations

import shiboken6
from PySide6 import QtCore  # not `Qt` itself before the lock screen shows: see theme
from PySide6.QtCore import QMargins, QPoint, QRect, QSize
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem


class FlowLayout(QLayout):
    """Widgets in reading order, wrapped like words; each line as tall as its tallest.

    Widgets added with `add_right` sit at the right end of their line, as a row's closing
    button does in a QHBoxLayout after a stretch; a widget added with `add_stretching`
    takes whatever room its line has left, as a search box does.
    """

    def __init__(self, parent: QWidget | None = None, *, spacing: int = 8, line_spacing: int = 8):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._right: set[int] = set()
        self._stretching: set[int] = set()
        self._spacing, self._line_spacing = spacing, line_spacing
        self.setContentsMargins(0, 0, 0, 0)

    def add_right(self, widget: QWidget) -> None:
        self.addWidget(widget)
        self._right.add(id(self._items[-1]))

    def add_stretching(self, widget: QWidget) -> None:
        self.addWidget(widget)
        self._stretching.add(id(self._items[-1]))

    # -- QLayout -------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self._right.discard(id(item))
        self._stretching.discard(id(item))
        return item

    def expandingDirections(self) -> QtCore.Qt.Orientation:
        return QtCore.Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        height = self._place(rect, move=True)
        owner = self.parentWidget()
        if owner is not None and owner.layout() is self and owner.minimumHeight() != height:
            # Not every parent asks for height-for-width (a dialog's grid, a window): a
            # widget that is all flow says how tall its lines are at this width.
            owner.setMinimumHeight(height)

    def sizeHint(self) -> QSize:
        """One line of everything, the width it would like."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown)
        width += self._spacing * max(len(shown) - 1, 0)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:
        """As narrow as its widest widget: everything else wraps."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    # -- placing -------------------------------------------------------------------------

    def _shown(self) -> list[QLayoutItem]:
        # An item Qt has already deleted (its widget destroyed without the layout being
        # told) is dropped: measuring it would raise inside Qt's own layout pass.
        self._items = [item for item in self._items if shiboken6.isValid(item)]
        return [
            item
            for item in self._items
            if not (isinstance(item, QWidgetItem) and _hidden(item.widget()))
        ]

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lay out the lines inside `rect` (only measure unless `move`); the height used."""
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        lines: list[list[QLayoutItem]] = [[]]
        x = 0
        for item in self._shown():
            width = min(item.sizeHint().width(), area.width())
            if lines[-1] and x + width > area.width():
                lines.append([])
                x = 0
            lines[-1].append(item)
            x += width + self._spacing
        y = area.top()
        for line in lines:
            height = max((item.sizeHint().height() for item in line), default=0)
            x = area.left()
            right_start = self._right_start(line)
            spare = max(area.width() - self._width_of(line, area.width()), 0)
            stretching = [item for item in line if id(item) in self._stretching]
            for index, item in enumerate(line):
                width = min(item.sizeHint().width(), area.width())
                if item in stretching:
                    width += spare // len(stretching)
                if index == right_start:
                    x = max(x, area.right() + 1 - self._width_of(line[index:], area.width()))
                if move:
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
                x += width + self._spacing
            y += height + self._line_spacing
        return max(y - self._line_spacing - area.top(), 0) + margins.top() + margins.bottom()

    def _right_start(self, line: list[QLayoutItem]) -> int:
        for index, item in enumerate(line):
            if id(item) in self._right:
                return index
        return len(line)

    def _width_of(self, items: list[QLayoutItem], room: int) -> int:
        widths = [min(item.sizeHint().width(), room) for item in items]
        return sum(widths) + self._spacing * max(len(widths) - 1, 0)


def _hidden(widget: QWidget | None) -> bool:
    return widget is not None and widget.isHidden()
