"""Everything with the keyboard alone: no traps, a focus that shows, F6 between regions,
and every main task done with key presses only."""

from __future__ import annotations

from collections.abc import Iterator

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.ui.accessibility.keys import Key, focused, press, spoken_name, tab_round, tab_to
from tests.ui.conftest import ViewOf
from tests.ui.helpers import flush_deletes
from tests.ui.layout.scenes import SCENES, Scene
from tests.ui.layout.test_layout import settle
from toward import Session
from toward.ui.main_view import MainView
from toward.ui.sections import default_sections
from toward.ui.shell import Shell

TAB = Qt.FocusPolicy.TabFocus
SHORT_DELAY_MS = 1000
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_tab_goes_round_every_page_and_dialog_and_the_focus_shows(
    qtbot: QtBot, demo: dict[str, Session], styled: None
) -> None:
    shell = Shell()
    view = MainView([demo["Maya"]], default_sections())
    shell.show_content(view)
    shell.resize(1280, 720)
    shell.show()
    qtbot.waitExposed(shell)
    shell.activateWindow()
    problems: list[str] = []
    try:
        for scene in SCENES:
            problems += [f"{scene.name}: {p}" for p in round_problems(qtbot, view, scene)]
    finally:
        shiboken6.delete(shell)
        flush_deletes()
    assert not problems, "\n".join([f"{len(problems)} keyboard problems:", *problems])


def round_problems(qtbot: QtBot, view: MainView, scene: Scene) -> list[str]:
    if scene.section is not None:
        view.show_section(scene.section)
    steps = scene.act(view.current_page(), view)
    if isinstance(steps, Iterator):
        next(steps)
    dialogs = [d for d in view.findChildren(QDialog) if d.isVisible()]
    window = dialogs[-1] if dialogs else view.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    qtbot.waitUntil(lambda: not _waiting(view))  # the search typed in a scene has run
    settle(window)
    found = []
    start = window.focusWidget()
    if start is None or not start.isVisible() or not start.focusPolicy() & TAB:
        press(qtbot, Key.Key_Tab)  # from the page itself to its first control
    try:
        stops = tab_round(qtbot)
    except AssertionError as trap:
        found.append(str(trap).splitlines()[0])
        stops = []
    if not dialogs and stops and not any(view.sidebar.isAncestorOf(s.widget) for s in stops):
        found.append("Tab never reaches the sidebar")
    found += [
        f"{type(stop.widget).__name__} {spoken_name(stop.widget)!r}: no visible focus"
        for stop in stops
        if not stop.focus_seen
    ]
    for dialog in dialogs:
        dialog.reject()
        dialog.deleteLater()
    flush_deletes()
    return sorted(set(found))


def _waiting(view: MainView) -> bool:
    """Whether a short delay is running (a search waits for typing to pause, say)."""
    return any(
        timer.isActive() and timer.isSingleShot() and timer.interval() <= SHORT_DELAY_MS
        for timer in view.findChildren(QTimer)
    )


def test_f6_moves_between_the_sidebar_and_the_page_and_shift_f6_back(
    qtbot: QtBot, view_of: ViewOf
) -> None:
    view = view_of("Maya")
    tab_to(qtbot, "Log bid")  # a control on Today, where the view opens
    press(qtbot, Key.Key_F6)
    assert focused() is view.nav
    press(qtbot, Key.Key_Down)  # the next section, Journal
    assert view.current_page() is view.pages["journal"]
    press(qtbot, Key.Key_F6)
    assert view.current_page().isAncestorOf(focused())  # the journal's first control
    journal_control = focused()
    press(qtbot, Key.Key_F6, SHIFT)
    assert focused() is view.nav
    press(qtbot, Key.Key_F6, SHIFT)
    assert focused() is journal_control  # back where it was left
    press(qtbot, Key.Key_F6)
    press(qtbot, Key.Key_Up)  # back to Today
    press(qtbot, Key.Key_F6)
    assert view.pages["today"].isAncestorOf(focused())  # its first control
