"""Dialogs that fit a laptop's window: their size bounded by the screen, their content
scrolling up and down while the buttons stay in view."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from toward.ui.kit import theme

# Room left around a dialog for the window manager's title bar and the screen's edges.
SCREEN_MARGIN = QSize(40, 60)


def fit_to_screen(dialog: QWidget, preferred: QSize) -> None:
    """Open at `preferred` size, or smaller where the screen is smaller (a laptop's)."""
    parent = dialog.parentWidget()
    screen = dialog.screen() if parent is None else parent.screen()
    preferred = preferred * theme.text_scale()  # made for the usual text size
    room = screen.availableGeometry().size() - SCREEN_MARGIN
    window = parent.window() if parent is not None else None
    if window is not None and window.isVisible():
        room = room.boundedTo(window.size() - SCREEN_MARGIN)  # never past the main window
    dialog.resize(preferred.boundedTo(room).expandedTo(dialog.minimumSizeHint().boundedTo(room)))


def tall_enough(dialog: QWidget) -> None:
    """Grow `dialog` to the height its wrapped text needs at its width.

    Qt sizes a dialog from its layout's size hint, which does not ask wrapped labels how
    tall they are at the dialog's real width: a longer language's extra line was cut.
    Call from `showEvent`.
    """
    layout = dialog.layout()
    if layout is not None and layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(dialog.width())
        if needed > dialog.height():
            dialog.resize(dialog.width(), needed)


def scrolling(content: QWidget) -> QScrollArea:
    """`content` in a frameless area that scrolls up and down only, never sideways."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    let_tab_through(area)
    area.setWidget(content)
    return area


def let_tab_through(area: QScrollArea) -> None:
    """Not a stop for Tab: the area has no name or focus frame of its own, and it scrolls to
    whichever control inside it has the focus."""
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def scrolling_body(dialog_layout: QVBoxLayout) -> QVBoxLayout:
    """A column added to `dialog_layout` that scrolls; the caller adds its buttons after."""
    content = QWidget()
    column = QVBoxLayout(content)
    column.setContentsMargins(0, 0, 0, 0)
    dialog_layout.addWidget(scrolling(content), 1)
    return column
