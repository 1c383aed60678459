"""Small building blocks every page uses, so the app looks and behaves as one."""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Mapping, Sequence

from PySide6 import QtCore  # not `Qt` itself before the lock screen shows: see theme
from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtGui import QAction, QEnterEvent, QFocusEvent, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toward.core.i18n import translate
from toward.ui.kit import theme
from toward.ui.kit.flow import FlowLayout
from toward.ui.kit.page import Page

ZERO_WIDTH_SPACE = "\u200b"
PAGE_WIDTH = 980  # the widest a page column grows: cards, tables and charts read well


class SelectableLabel(QLabel):
    """A label whose text can be selected with the mouse, made so when the pointer arrives.

    Selectable from the start, Qt gives every label its own text document: building and
    drawing a page of wrapped labels then takes about three times as long.
    """

    def enterEvent(self, event: QEnterEvent) -> None:
        selectable = QtCore.Qt.TextInteractionFlag.TextSelectableByMouse
        if not self.textInteractionFlags() & selectable:
            self.setTextInteractionFlags(self.textInteractionFlags() | selectable)
        super().enterEvent(event)


def text_label(text: str, role: str = "", *, wrap: bool = True) -> QLabel:
    """A label styled by role: Display, Title, Heading, Muted, Notice, Error, Code."""
    label = SelectableLabel(text)
    if role:
        label.setObjectName(role)
    label.setWordWrap(wrap)
    if role in ("Display", "Title", "Heading"):
        label.setAccessibleName(text)
    return label


def button(
    text: str, *, primary: bool = False, flat: bool = False, icon: str = "", hand: bool = True
) -> QPushButton:
    """A push button in the app's style; `hand=False` leaves the cursor to `point_at` later."""
    widget = QPushButton(text)
    if primary:
        widget.setProperty("primary", True)
    if flat:
        widget.setProperty("flat", True)
    if icon:
        widget.setIcon(theme.icon(icon, theme.colour("on_accent") if primary else None, 18))
    if hand:
        point_at(widget)
    widget.setAutoDefault(True)
    return widget


def point_at(*widgets: QWidget) -> None:
    """The hand cursor over clickable widgets.

    Kept apart for the lock screen, which sets it after its first paint: the cursor shape
    lives in PySide6's Qt namespace, whose setup the first window need not wait for (see
    theme.apply_theme).
    """
    for widget in widgets:
        widget.setCursor(QtCore.Qt.CursorShape.PointingHandCursor)


class Card(QFrame):
    """A rounded surface that groups one thing."""

    def __init__(self, parent: QWidget | None = None, *, spacing: int = 12) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(24, 22, 24, 22)
        self.body.setSpacing(spacing)


class PasswordField(QLineEdit):
    """A password box with a show/hide toggle; never echoes by default."""

    def __init__(self, placeholder: str = "Password", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Password echo also tells input methods the text is hidden and sensitive, and not to
        # predict it (Qt sets those hints with the echo mode).
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setPlaceholderText(placeholder)
        self.setAccessibleName(placeholder)
        self._toggle = QAction(translate("ui.kit.widgets", "Show password"), self)
        self._toggle.setCheckable(True)
        self._toggle.setIcon(theme.icon("private", theme.colour("muted"), 18))
        self._toggle.toggled.connect(self._set_visible)
        self.addAction(self._toggle, QLineEdit.ActionPosition.TrailingPosition)

    def _set_visible(self, visible: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password)
        if visible:  # shown, but still a password: Normal echo dropped these hints
            self.setInputMethodHints(
                self.inputMethodHints()
                | QtCore.Qt.InputMethodHint.ImhSensitiveData
                | QtCore.Qt.InputMethodHint.ImhNoPredictiveText
                | QtCore.Qt.InputMethodHint.ImhNoAutoUppercase
            )
        self._toggle.setText(
            translate("ui.kit.widgets", "Hide password")
            if visible
            else translate("ui.kit.widgets", "Show password")
        )


class StrengthMeter(QWidget):
    """A bar and a sentence that follow a password field as the person types.

    `names` gives the names close to the person (theirs, their partner's) as they stand
    now: a password built on one of them is rated weak.
    """

    def __init__(
        self,
        field: QLineEdit,
        parent: QWidget | None = None,
        *,
        names: Callable[[], Sequence[str]] = tuple,
    ) -> None:
        super().__init__(parent)
        self._field, self._names = field, names
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(translate("ui.kit.widgets", "Password strength"))
        self.label = text_label("", "Muted")
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        field.textChanged.connect(self.update_for)
        self.update_for(field.text())

    def refresh(self) -> None:
        """Rate the field again (a name it is checked against has changed)."""
        self.update_for(self._field.text())

    def update_for(self, password: str) -> None:
        if not password:
            self.bar.setValue(0)
            self.label.setText(
                translate(
                    "ui.kit.widgets", "At least 8 characters. A few unrelated words work well."
                )
            )
            return
        from toward.core.passwords import estimate_strength  # not needed by the lock screen

        strength = estimate_strength(password, names=self._names())
        self.bar.setValue(strength.score)
        self.label.setText(f"{strength.label}. {strength.hint}")


class Segmented(QWidget):
    """A row of mutually exclusive choices, like Private | Shared; wraps when narrow."""

    changed = Signal(int)

    def __init__(self, labels: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = FlowLayout(self, spacing=0, line_spacing=6)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        for index, text in enumerate(labels):
            choice = _Segment(text)
            choice.setCheckable(True)
            choice.setAutoDefault(False)  # in a dialog, Enter must not pick a choice
            choice.setProperty("segment", True)
            if index == 0:
                choice.setProperty("edge", "first")
            elif index == len(labels) - 1:
                choice.setProperty("edge", "last")
            point_at(choice)
            self.group.addButton(choice, index)
            layout.addWidget(choice)
        if labels:
            self.group.button(0).setChecked(True)
        self.group.idToggled.connect(lambda index, on: self.changed.emit(index) if on else None)

    def setAccessibleName(self, name: str) -> None:
        """The row's name, given to each choice as its description too: Orca names the
        choice Tab reaches ('Private, check box, checked') but not the row around it."""
        super().setAccessibleName(name)
        for choice in self.group.buttons():
            choice.setAccessibleDescription(name)

    def current(self) -> int:
        return self.group.checkedId()

    def set_current(self, index: int) -> None:
        self.group.button(index).setChecked(True)

    def button(self, index: int) -> QPushButton:
        return self.group.button(index)  # type: ignore[return-value]


class _Segment(QPushButton):
    """One choice of a Segmented, as wide as its text (whatever it becomes) needs."""

    def sizeHint(self) -> QtCore.QSize:
        # Style-sheet padding is not in QPushButton's size hint; bold checked text needs room.
        bold = self.font()
        bold.setBold(True)
        width = QFontMetrics(bold).horizontalAdvance(self.text()) + 52
        if not self.icon().isNull():
            width += self.iconSize().width() + 4
        return QtCore.QSize(max(width, super().sizeHint().width()), super().sizeHint().height())

    def minimumSizeHint(self) -> QtCore.QSize:
        return self.sizeHint()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The arrows step through the choices in reading order. Qt steps by position, and
        # once the choices wrap onto two lines the next one is below, not to the right.
        keys = QtCore.Qt.Key
        step: dict[int, int] = {
            keys.Key_Right: 1,
            keys.Key_Down: 1,
            keys.Key_Left: -1,
            keys.Key_Up: -1,
        }
        group = self.group()
        if event.key() not in step or group is None:
            super().keyPressEvent(event)
            return
        target = group.button(group.id(self) + step[event.key()])
        if target is not None:
            target.setFocus(QtCore.Qt.FocusReason.TabFocusReason)
            target.click()


def colour_dot(colour: str, size: int = 12) -> QLabel:
    dot = QLabel()
    dot.setFixedSize(size, size)
    dot.setStyleSheet(f"background: {colour}; border-radius: {size // 2}px;")
    return dot


class PageColumn(Page):
    """A page's scrolling column at a comfortable reading width, with a title on top.

    Every page has the same width, so moving between them nothing jumps; the column
    scrolls up and down only, and its rows wrap rather than run past a laptop's edge.
    """

    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QScrollArea

        from toward.ui.kit.fitting import let_tab_through  # its Qt import: see QtCore above

        super().__init__(parent)
        self.setObjectName("Page")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        let_tab_through(scroll)
        inner = QWidget()
        row = QHBoxLayout(inner)
        row.setContentsMargins(32, 24, 32, 32)
        column_widget = QWidget()
        column_widget.setMaximumWidth(PAGE_WIDTH)
        self.column = QVBoxLayout(column_widget)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(16)
        self.column.addWidget(text_label(title, "Display"))
        if subtitle:
            self.column.addWidget(text_label(subtitle, "Muted"))
        row.addWidget(column_widget, 1)
        row.addStretch(0)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def finish(self) -> None:
        self.column.addStretch(1)

    def finish_with_refreshed_area(self) -> QVBoxLayout:
        """Finish the column below a new, empty area, returned for `refresh` to fill anew."""
        area = QVBoxLayout()
        area.setSpacing(16)
        self.column.addLayout(area)
        self.finish()
        return area


def add_unreadable_note(
    layout: QVBoxLayout, unreadable: Mapping[tuple[str, str], str], tables: Collection[str]
) -> None:
    """Name, at the foot of a page, the records of `tables` its lists could not read.

    `unreadable` is the session's note of rows met but not readable (damage, an older
    version): the page shows everything else, and says so rather than failing whole.
    """
    reasons = [why for (table, _id), why in unreadable.items() if table in tables]
    if not reasons:
        return
    count = len(reasons)
    shown = "; ".join(reasons[:3]) + ("; …" if count > 3 else "")
    note = text_label(
        translate(
            "ui.kit.widgets",
            "Toward could not read %n records here, perhaps from damage to the file; "
            "everything else is shown, and nothing was changed. ({reasons})",
            None,
            count,
        ).format(reasons=shown),
        "Muted",
    )
    note.setAccessibleName(translate("ui.kit.widgets", "Records that could not be read"))
    layout.addWidget(note)


def clear_layout(layout: QVBoxLayout | QHBoxLayout) -> None:
    """Remove and destroy every widget in `layout` (hidden at once, deleted soon after)."""
    while layout.count():
        item = layout.takeAt(0)
        assert item is not None  # count() said there is one
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()


def fit_combo(combo: QComboBox) -> None:
    """Make a combo wide enough for its longest choice (style-sheet padding included)."""
    metrics = combo.fontMetrics()
    longest = max(
        (metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0
    )
    combo.setMinimumWidth(longest + theme.scaled(56))  # padding and arrow grow with text


def breakable_path(path: object) -> str:
    """A file path a wrapped label may break after each separator: whole, it is one word
    wider than a laptop's dialog."""
    return str(path).replace(os.sep, os.sep + ZERO_WIDTH_SPACE)


def fit_date_field(field: QDateTimeEdit) -> None:
    """Make a date (or date-and-time) field wide enough for its longest date on any day
    (style-sheet padding and the drop-down arrow included): "25 Nov 202…" helps nobody."""
    metrics = field.fontMetrics()
    display = field.displayFormat()
    longest = max(  # a week in every month: each weekday's name with each month's
        metrics.horizontalAdvance(
            field.locale().toString(QDateTime(QDate(2000, month, day), QTime(23, 58)), display)
        )
        for month in range(1, 13)
        for day in range(22, 29)
    )
    # Padding 2×10, border 2×1, the arrow 24, the line edit's own margins and frame.
    field.setMinimumWidth(longest + 76)


class ChoicesOnDemand(QComboBox):
    """A drop-down listing its choices only when someone goes to choose: opened, or focused
    for the keyboard. Until then it holds "everything" and whatever was chosen before.

    `load` gives (label, value) pairs; `stale()` makes the next choosing read them again.
    Listing every month or category of years of records cost a page more than a closed
    drop-down is worth.
    """

    def __init__(self, everything: str, load: Callable[[], Sequence[tuple[str, object]]]) -> None:
        super().__init__()
        self._everything, self._load, self._stale = everything, load, True
        self.addItem(everything, None)

    def stale(self) -> None:
        self._stale = True

    def showPopup(self) -> None:
        self.fill()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.fill()
        super().focusInEvent(event)

    def fill(self) -> None:
        """List the choices now (if not listed since the last `stale`), keeping the chosen one."""
        if not self._stale:
            return
        self._stale = False
        chosen = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(self._everything, None)
        for label, value in self._load():
            self.addItem(label, value)
        self.setCurrentIndex(max(self.findData(chosen), 0) if chosen is not None else 0)
        self.blockSignals(False)
