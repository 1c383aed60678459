"""Fixtures for the UI suite: a shown AppController, views, and modal boxes held back."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORDS, Couple
from tests.ui.helpers import flush_deletes, show
from tests.ui.journal.support import Answers, JournalOf, journal_sections
from toward import Household, Session
from toward.ui.app import AppController
from toward.ui.journal.page import JournalPage
from toward.ui.kit import dialogs
from toward.ui.main_view import MainView, Section
from toward.ui.platform.background import wait_for_background
from toward.ui.sections import default_sections
from toward.vault.kdf import FLOOR_COST

ControllerFactory = Callable[..., AppController]

HERE = Path(__file__).parent
# The offscreen platform says so whenever a window with a minimum size is shown; it is
# noise about the test platform, not about Toward.
OFFSCREEN_NOISE = r"^This plugin does not support propagateSizeHints\(\)$"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, extend=True))


@pytest.fixture(autouse=True)
def no_unexpected_modal_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal box nobody answers would hang the suite: an unexpected one fails the test.

    Tests that expect a question or a note answer it by replacing `dialogs.ask`/`tell`.
    """

    def unexpected(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected modal box: {args!r}")

    monkeypatch.setattr(dialogs, "ask", unexpected)
    monkeypatch.setattr(dialogs, "tell", unexpected)
    for kind, names in (
        (QDialog, ("exec",)),
        (QMessageBox, ("exec", "information", "warning", "critical", "question")),
        (
            QFileDialog,
            ("getSaveFileName", "getOpenFileName", "getOpenFileNames", "getExistingDirectory"),
        ),
    ):
        for name in names:
            monkeypatch.setattr(kind, name, unexpected)


@pytest.fixture
def make_controller(qtbot: QtBot) -> Iterator[ControllerFactory]:
    """Build an AppController on a folder (floor KDF cost), show its window and start it."""
    made: list[AppController] = []

    def make(folder: Path, **options: Any) -> AppController:
        options.setdefault("kdf_cost", FLOOR_COST)
        controller = AppController(folder, **options)
        made.append(controller)
        show(qtbot, controller.window)
        controller.start()
        return controller

    yield make
    for controller in made:
        controller.shutdown()
        # Destroyed here, on the UI thread: left to the garbage collector, a controller
        # (and its idle timer and application-wide event filter) may be freed on a
        # background job's thread, or from inside its own event filter.
        shiboken6.delete(controller)
    wait_for_background()


@pytest.fixture(autouse=True)
def collect_on_the_ui_thread() -> Iterator[None]:
    """Free each test's leftover Qt objects now, not during a later test's background job."""
    yield
    wait_for_background()
    gc.collect()
    flush_deletes()


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    """Answer the app's questions (yes, unless told otherwise) and keep what it says."""
    answers = Answers()
    monkeypatch.setattr(dialogs, "ask", answers.ask)
    monkeypatch.setattr(dialogs, "tell", answers.tell)
    return answers


ViewOf = Callable[..., MainView]


@pytest.fixture
def view_of(qtbot: QtBot, couple: Couple) -> Iterator[ViewOf]:
    """A partner's unlocked view, built directly (no lock screen); all sections by default.

    `view_of(name="Maya", household=couple, sections=None)`; every view is destroyed and
    every session locked when the test ends.
    """
    views: list[MainView] = []
    sessions: list[Session] = []

    def build(
        name: str = "Maya", household: Couple = couple, sections: list[Section] | None = None
    ) -> MainView:
        sessions.append(household.unlock(name))
        view = MainView([sessions[-1]], default_sections() if sections is None else sections)
        views.append(view)
        show(qtbot, view)
        view.current_page().setFocus()  # as the app does after unlocking
        return view

    yield build
    for view in views:
        if shiboken6.isValid(view):
            shiboken6.delete(view)
    for session in sessions:
        session.lock()


@pytest.fixture
def journal_of(qtbot: QtBot) -> Iterator[JournalOf]:
    """Show a partner's unlocked view and return its journal page."""
    views: list[MainView] = []  # the windows live as long as the test

    def build(session: Session) -> JournalPage:
        view = MainView([session], journal_sections())
        views.append(view)
        show(qtbot, view)
        page = view.pages["journal"]
        assert isinstance(page, JournalPage)
        assert view.current_page() is page
        return page

    yield build
    for view in views:
        if shiboken6.isValid(view):
            shiboken6.delete(view)


@pytest.fixture
def unlock_again(couple: Couple) -> Iterator[Callable[[str], Session]]:
    """Open a partner's session again from the files, as after a lock (locked at the end)."""
    opened: list[Session] = []

    def unlock(name: str) -> Session:
        opened.append(Session.start(Household.open(couple.folder).unlock(name, PASSWORDS[name])))
        return opened[-1]

    yield unlock
    for session in opened:
        session.lock()
