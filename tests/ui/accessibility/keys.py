"""Driving the app with the keyboard alone: keys go to whichever widget has the focus."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtWidgets import QApplication, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from toward.ui.platform.background import wait_for_background

Key = Qt.Key
NO_MODIFIER = Qt.KeyboardModifier.NoModifier
# More Tab stops than any page or dialog of ours has: going round takes fewer presses.
MOST_STOPS = 250
EDGE = 3  # pixels: where a focus frame is drawn
MOST_PARTS = 5  # a date and time field's day, month, year, hour and minute


def focused() -> QWidget:
    """The widget a key press goes to now."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    """Press and release `key` where the focus is, as a keyboard does; then let the app
    do what a person waits for before the next key (widgets it added are shown)."""
    qtbot.keyClick(focused(), key, modifiers)
    QApplication.processEvents()


def type_text(qtbot: QtBot, text: str) -> None:
    """Type `text` where the focus is."""
    qtbot.keyClicks(focused(), text)
    QApplication.processEvents()


def spoken_name(widget: QWidget) -> str:
    """A widget's name as a screen reader reads it."""
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name).strip() if face is not None else ""


def tab_to(qtbot: QtBot, name: str, *, backwards: bool = False) -> QWidget:
    """Press Tab (or Shift+Tab) until the control named `name` has the focus, as a person
    listening to a screen reader would; fail with every name heard on the way.

    A name ending in "…" (or in ":") stands for any name that starts with what is before
    it, as "Disclose…" for "Disclose all 3…".
    """
    heard = []
    modifiers = Qt.KeyboardModifier.ShiftModifier if backwards else NO_MODIFIER
    start = name.rstrip("…:") if name.endswith(("…", ":")) and len(name) > 1 else None
    for _ in range(MOST_STOPS):
        said = spoken_name(focused())
        if said == name or (start is not None and said.startswith(start)):
            return focused()
        heard.append(spoken_name(focused()) or type(focused()).__name__)
        press(qtbot, Key.Key_Backtab if backwards else Key.Key_Tab, modifiers)
    raise AssertionError(f"Tab never reached {name!r}; heard: {heard}")


def wait_for_control(qtbot: QtBot, name: str) -> None:
    """Wait until the active window shows a control named `name` (what a key started has
    finished: a shortcut's click lands a moment after the key)."""

    def shown() -> bool:
        window = QApplication.activeWindow()
        return window is not None and any(
            widget.isVisible() and spoken_name(widget) == name
            for widget in window.findChildren(QWidget)
        )

    qtbot.waitUntil(shown)


def go_to_section(qtbot: QtBot, nav: QListWidget, name: str) -> None:
    """F6 to the sidebar, arrows to the section called `name`, F6 into its page."""
    if focused() is not nav:
        press(qtbot, Key.Key_F6)
    assert focused() is nav, "F6 does not reach the sidebar"
    press(qtbot, Key.Key_Home)
    for _ in range(nav.count()):
        if nav.currentItem().text() == name:
            break
        press(qtbot, Key.Key_Down)
    assert nav.currentItem().text() == name
    press(qtbot, Key.Key_F6)


def tab_round(qtbot: QtBot) -> list[Stop]:
    """Press Tab until the focus is back where it started; return every stop on the way,
    and whether each looked different with the focus (its edge, as the Tab key came and
    went) than without it.

    Fails if a control keeps Tab for itself (a keyboard trap: a date field may take a few
    presses, one for each of its parts) or if the focus never comes back (it went to
    another window, or the round is far too long).
    """
    start = focused()
    stops: list[Stop] = []
    kept = 0
    for _ in range(MOST_STOPS):
        before = focused()
        with_focus = _edge(before)
        press(qtbot, Key.Key_Tab)
        after = focused()
        kept = kept + 1 if after is before else 0
        assert kept <= MOST_PARTS, f"Tab is kept by {_describe(before)}: a keyboard trap"
        assert after.window() is start.window(), f"Tab left the window at {_describe(before)}"
        if after is before:
            continue
        stops.append(Stop(before, with_focus != _edge(before)))
        if after is start or any(stop.widget is after for stop in stops):
            return stops  # round, back at the start (or at a stop that took its place)
    raise AssertionError(f"Tab never came back to {_describe(start)}")


@dataclass(frozen=True)
class Stop:
    """A control Tab stopped at, and whether its focus could be seen.

    Seen means drawn differently at its edge (a frame, or its words in another colour) with
    the focus than without: a text cursor alone does not count.
    """

    widget: QWidget
    focus_seen: bool


def _edge(widget: QWidget) -> list[int]:
    """The colours of the band EDGE pixels wide along a widget's border, as drawn now."""
    wait_for_background()  # a search's results, say, drawn before the picture is taken
    QApplication.processEvents()
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    width, height = image.width(), image.height()
    return [
        image.pixel(x, y)
        for y in range(height)
        for x in range(width)
        if x < EDGE or y < EDGE or x >= width - EDGE or y >= height - EDGE
    ]


def _describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {spoken_name(widget)!r}"
