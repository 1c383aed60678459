"""What counts as a broken layout: text that does not fit its widget, or a widget past the
edge of what shows it.

Each check reads the geometry Qt gave a shown widget and compares it with what its text
needs (the font's advance plus the style's margins, through the widget's size hint where
Qt computes one). A check returns sentences a person can act on, one per problem.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollBar,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QTabBar,
    QTableView,
    QToolButton,
    QWidget,
)

# Rounding in layouts and fonts: a pixel either way is not a problem anyone sees.
SLACK = 1
# QLineEdit keeps this many pixels between its contents rectangle and the text (Qt's
# QLineEditPrivate::horizontalMargin).
LINE_EDIT_MARGIN = 2
TAGS = re.compile(r"<[^>]+>")
WORD_BREAKS = re.compile("[\\s\u200b]+")  # where a wrapped label may break a line


def layout_problems(window: QWidget) -> list[str]:
    """Every problem in a shown window: text that does not fit, widgets past an edge."""
    found: list[str] = []
    for widget in _shown(window):
        found += _past_edge(widget)
        if isinstance(widget, QAbstractButton):
            found += _button(widget)
        elif isinstance(widget, QLabel):
            found += _label(widget)
        elif isinstance(widget, QLineEdit):
            found += _line_edit(widget)
        elif isinstance(widget, QComboBox):
            found += _combo(widget)
        elif isinstance(widget, QTabBar):
            found += _tabs(widget)
        elif isinstance(widget, QScrollBar):
            found += _scroll_bar(widget)
    return found


def window_problems(window: QWidget, room: QSize) -> list[str]:
    """A dialog must fit the screen its main window fills, buttons and all."""
    size = window.frameGeometry().size()
    if size.width() <= room.width() and size.height() <= room.height():
        return []
    return [
        f"{describe(window)} is {size.width()}×{size.height()}, larger than the "
        f"{room.width()}×{room.height()} screen"
    ]


def describe(widget: QWidget) -> str:
    """A widget as a person would point at it: its kind and its text or name."""
    text = ""
    if isinstance(widget, QAbstractButton | QLabel | QLineEdit):
        text = widget.text() or (widget.placeholderText() if isinstance(widget, QLineEdit) else "")
    elif isinstance(widget, QComboBox):
        text = widget.currentText()
    elif widget.isWindow():
        text = widget.windowTitle()
    text = " ".join(TAGS.sub("", text).split())
    name = text or widget.accessibleName() or widget.objectName()
    if len(name) > 60:
        name = name[:57] + "..."
    return f"{type(widget).__name__} {name!r}"


def _shown(window: QWidget) -> Iterator[QWidget]:
    for widget in window.findChildren(QWidget):
        if widget.isVisible() and widget.isWindow() is False and widget.window() is window:
            yield widget


def _past_edge(widget: QWidget) -> list[str]:
    """A widget must lie inside its parent; inside a scroll area, inside it sideways."""
    parent = widget.parentWidget()
    if parent is None or isinstance(widget, QScrollBar):
        return []
    if isinstance(parent.parentWidget(), QAbstractScrollArea) and (
        parent is parent.parentWidget().viewport()
    ):
        area: QAbstractScrollArea = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and not _scrolls_sideways(area):
            outside = _outside(widget.geometry(), parent.rect(), vertical=False)
        else:
            return []  # an item view's editors, or a scroll area meant to scroll both ways
    else:
        outside = _outside(widget.geometry(), parent.rect(), vertical=True)
    if not outside:
        return []
    return [f"{describe(widget)} reaches {outside} of {describe(parent)}"]


def _scrolls_sideways(area: QAbstractScrollArea) -> bool:
    """Whether an area is meant to scroll sideways: a table may; a page, a list may not."""
    return isinstance(area, QTableView)


def _outside(inner: QRect, outer: QRect, *, vertical: bool) -> str:
    over = []
    if inner.right() > outer.right() + SLACK:
        over.append(f"{inner.right() - outer.right()} px past the right edge")
    if inner.left() < outer.left() - SLACK:
        over.append(f"{outer.left() - inner.left()} px past the left edge")
    if vertical and inner.bottom() > outer.bottom() + SLACK:
        over.append(f"{inner.bottom() - outer.bottom()} px past the bottom")
    return ", ".join(over)


def _button(widget: QAbstractButton) -> list[str]:
    if not widget.text() or (
        isinstance(widget, QToolButton)
        and widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    ):
        return []  # a line edit's icon buttons (clear, show password) show no text
    if widget.hasHeightForWidth():  # its words wrap, as a label's do
        needed_height = widget.heightForWidth(widget.width())
        if widget.height() + SLACK < needed_height:
            return [
                f"{describe(widget)} is {widget.height()} px tall; its text needs "
                f"{needed_height} at {widget.width()} px wide"
            ]
        needed = widget.minimumSizeHint().width()
    else:
        needed = widget.sizeHint().width()
    if widget.width() + SLACK < needed:
        return [f"{describe(widget)} is {widget.width()} px wide; its text needs {needed}"]
    return []


def _label(widget: QLabel) -> list[str]:
    text = widget.text()
    if not text or (widget.pixmap() is not None and not widget.pixmap().isNull()):
        return []
    found = []
    if widget.wordWrap():
        room = widget.contentsRect().width() - 2 * widget.margin()
        words = WORD_BREAKS.split(_plain(text))
        longest = max((_advance(widget, word) for word in words), default=0)
        if longest > room + SLACK:
            found.append(f"{describe(widget)} has a word {longest} px wide in {room} px")
        needed_height = widget.heightForWidth(widget.width())
        if widget.height() + SLACK < needed_height:
            found.append(
                f"{describe(widget)} is {widget.height()} px tall; its text needs "
                f"{needed_height} at {widget.width()} px wide"
            )
    else:
        needed = widget.sizeHint().width()
        if widget.width() + SLACK < needed:
            found.append(f"{describe(widget)} is {widget.width()} px wide; its text needs {needed}")
    return found


def _line_edit(widget: QLineEdit) -> list[str]:
    text = widget.text() if widget.text() else widget.placeholderText()
    if not text or widget.echoMode() != QLineEdit.EchoMode.Normal:
        return []
    room = _line_edit_room(widget)
    needed = widget.fontMetrics().horizontalAdvance(text)
    what = "text" if widget.text() else "placeholder"
    if needed > room + SLACK:
        return [f"{describe(widget)} shows its {what} in {room} px; it needs {needed}"]
    return []


def _line_edit_room(widget: QLineEdit) -> int:
    option = QStyleOptionFrame()
    widget.initStyleOption(option)
    rect = widget.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, widget)
    margins = widget.textMargins()
    room = rect.width() - margins.left() - margins.right() - 2 * LINE_EDIT_MARGIN
    # Actions (a clear button, a search icon, show-password) take room from the text.
    for action_button in widget.findChildren(QToolButton):
        if action_button.isVisible():
            room -= action_button.width()
    spin = widget.parentWidget()
    if isinstance(spin, QAbstractSpinBox):  # a date field: its arrows sit over the edit
        room = min(room, _spin_room(spin))
    return room


def _spin_room(spin: QAbstractSpinBox) -> int:
    from PySide6.QtWidgets import QStyleOptionSpinBox

    option = QStyleOptionSpinBox()
    spin.initStyleOption(option)
    field = spin.style().subControlRect(
        QStyle.ComplexControl.CC_SpinBox, option, QStyle.SubControl.SC_SpinBoxEditField, spin
    )
    return field.width() - 2 * LINE_EDIT_MARGIN


def _combo(widget: QComboBox) -> list[str]:
    text = widget.currentText()
    if not text or widget.isEditable():
        return []  # an editable combo's text is its line edit's, checked as one
    option = QStyleOptionComboBox()
    widget.initStyleOption(option)
    field = widget.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, widget
    )
    room = field.width()
    if not widget.itemIcon(widget.currentIndex()).isNull():
        room -= widget.iconSize().width() + 4
    needed = widget.fontMetrics().horizontalAdvance(text)
    if needed > room + SLACK:
        return [f"{describe(widget)} shows its choice in {room} px; it needs {needed}"]
    return []


def _tabs(widget: QTabBar) -> list[str]:
    found = []
    space = widget.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, widget)
    for index in range(widget.count()):
        rect = widget.tabRect(index)
        needed = widget.fontMetrics().horizontalAdvance(widget.tabText(index)) + space
        if rect.width() + SLACK < needed or rect.right() > widget.rect().right() + SLACK:
            found.append(
                f"tab {widget.tabText(index)!r} is {rect.width()} px wide; it needs {needed}"
            )
    return found


def _scroll_bar(widget: QScrollBar) -> list[str]:
    """Pages and dialogs scroll up and down only; tables may scroll sideways."""
    area = widget.parentWidget() and widget.parentWidget().parentWidget()
    if widget.orientation() == Qt.Orientation.Horizontal and not (
        isinstance(area, QAbstractScrollArea) and _scrolls_sideways(area)
    ):
        return [f"{describe(area or widget)} scrolls sideways"]
    return []


def _advance(widget: QLabel, text: str) -> int:
    return widget.fontMetrics().horizontalAdvance(text)


def _plain(text: str) -> str:
    return TAGS.sub(" ", text).replace("&nbsp;", " ")
