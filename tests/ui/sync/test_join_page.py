"""First run on a second computer: "Join from a sync folder", one's own or the partner's."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORDS, Couple
from tests.integration.sync.support import Computer
from tests.ui.conftest import ControllerFactory
from tests.ui.helpers import click, tick
from toward import sync
from toward.core.journal import EntryFields
from toward.core.spaces import Space
from toward.ui.app import AppController
from toward.ui.main_view import MainView
from toward.ui.setup_wizard import SetupWizard
from toward.ui.sync.join_page import JoinPage

JOIN_WAIT_MS = 30_000


def linked_home(couple: Couple, folder: Path) -> None:
    """Maya's home computer, linked, with a shared entry written before."""
    home = Computer("home", couple.folder, "Maya", PASSWORDS["Maya"])
    home.session.journal.write(Space.SHARED, EntryFields(title="From home", body="Hello."))
    sync.link(home.folder, folder, home.session, device_name="Home")
    home.close()


def join_page_of(
    qtbot: QtBot, controller: AppController, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> JoinPage:
    wizard = controller.window.content()
    assert isinstance(wizard, SetupWizard)
    click(qtbot, wizard.join_button)
    page = controller.window.content()
    assert isinstance(page, JoinPage)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    click(qtbot, page.folder_button)
    return page


def entry_titles(view: MainView) -> list[str]:
    return [e.title for e in view.active.journal.entries(Space.SHARED)]


def test_joining_on_another_computer_of_ones_own_opens_the_household(
    qtbot: QtBot,
    make_controller: ControllerFactory,
    couple: Couple,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
):
    folder = tmp_path / "sync"
    linked_home(couple, folder)
    controller = make_controller(tmp_path / "laptop")
    page = join_page_of(qtbot, controller, folder, monkeypatch)

    qtbot.keyClicks(page.name, "Maya")
    qtbot.keyClicks(page.password, PASSWORDS["Maya"])
    click(qtbot, page.join_button)

    qtbot.waitUntil(lambda: isinstance(controller.window.content(), MainView), timeout=JOIN_WAIT_MS)
    view = controller.view
    assert view is not None and view.active.partner.name == "Maya"
    assert "From home" in entry_titles(view)


def test_the_partner_joins_with_the_code_and_a_new_password(
    qtbot: QtBot,
    make_controller: ControllerFactory,
    solo: Couple,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
):
    folder = tmp_path / "sync"
    linked_home(solo, folder)
    with_maya = Computer("home", solo.folder, "Maya", PASSWORDS["Maya"])
    code = sync.invite(with_maya.session)
    with_maya.close()
    controller = make_controller(tmp_path / "sam")
    page = join_page_of(qtbot, controller, folder, monkeypatch)

    page.invited.click()
    assert page.code.isVisible() and not page.password.isVisible()
    qtbot.keyClicks(page.name, "Sam")
    qtbot.keyClicks(page.code, code.lower())
    qtbot.keyClicks(page.new_password, PASSWORDS["Sam"])
    qtbot.keyClicks(page.repeat, PASSWORDS["Sam"])
    click(qtbot, page.join_button)

    qtbot.waitUntil(lambda: hasattr(page, "done_button"), timeout=JOIN_WAIT_MS)
    assert not page.done_button.isEnabled()
    tick(qtbot, page.recovery_view.kept)
    click(qtbot, page.done_button)
    assert isinstance(controller.window.content(), MainView)
    view = controller.view
    assert view is not None and view.active.partner.name == "Sam"
    assert "From home" in entry_titles(view)


def test_a_wrong_code_is_said_in_words_and_nothing_is_made(
    qtbot: QtBot,
    make_controller: ControllerFactory,
    solo: Couple,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
):
    folder = tmp_path / "sync"
    linked_home(solo, folder)
    controller = make_controller(tmp_path / "sam")
    page = join_page_of(qtbot, controller, folder, monkeypatch)
    page.invited.click()
    qtbot.keyClicks(page.name, "Sam")
    qtbot.keyClicks(page.code, "0000-0000-0000-0000-0000-0000")
    qtbot.keyClicks(page.new_password, PASSWORDS["Sam"])
    qtbot.keyClicks(page.repeat, PASSWORDS["Sam"])
    click(qtbot, page.join_button)

    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=JOIN_WAIT_MS)
    assert "does not open an invitation" in page.error.text()
    assert page.join_button.isEnabled()
    assert not (tmp_path / "sam" / "household.json").exists()


def test_nothing_is_sent_before_the_folder_and_name_are_given(
    qtbot: QtBot, make_controller: ControllerFactory, tmp_path: Path
):
    controller = make_controller(tmp_path / "laptop")
    wizard = controller.window.content()
    click(qtbot, wizard.join_button)
    page = controller.window.content()
    click(qtbot, page.join_button)
    assert page.error.text() == "Choose the sync folder first."
    click(qtbot, page.back_button)
    assert isinstance(controller.window.content(), SetupWizard)


def test_joining_ones_own_computer_takes_the_private_folder_too(
    qtbot: QtBot,
    make_controller: ControllerFactory,
    couple: Couple,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
):
    folder, mine = tmp_path / "sync", tmp_path / "maya-only"
    linked_home(couple, folder)
    home = Computer("home", couple.folder, "Maya", PASSWORDS["Maya"])
    home.session.journal.write(Space.PRIVATE, EntryFields(title="Only mine", body="."))
    sync.link_private(home.session, mine)
    home.close()
    controller = make_controller(tmp_path / "laptop")
    page = join_page_of(qtbot, controller, folder, monkeypatch)
    assert page.private_button.isVisible()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(mine))
    click(qtbot, page.private_button)
    assert "maya-only" in page.private_label.text().replace("\u200b", "")

    qtbot.keyClicks(page.name, "Maya")
    qtbot.keyClicks(page.password, PASSWORDS["Maya"])
    click(qtbot, page.join_button)

    qtbot.waitUntil(lambda: isinstance(controller.window.content(), MainView), timeout=JOIN_WAIT_MS)
    view = controller.view
    assert view is not None
    assert "Only mine" in [e.title for e in view.active.journal.entries(Space.PRIVATE)]
    assert sync.status(view.active).private_folder == mine.resolve()


def test_a_private_folder_inside_the_sync_folder_is_refused_before_joining(
    qtbot: QtBot,
    make_controller: ControllerFactory,
    couple: Couple,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
):
    folder = tmp_path / "sync"
    linked_home(couple, folder)
    controller = make_controller(tmp_path / "laptop")
    page = join_page_of(qtbot, controller, folder, monkeypatch)
    page.set_private_folder(folder / "mine")
    qtbot.keyClicks(page.name, "Maya")
    qtbot.keyClicks(page.password, PASSWORDS["Maya"])
    click(qtbot, page.join_button)
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=JOIN_WAIT_MS)
    assert "outside the sync folder" in page.error.text()
    assert not (tmp_path / "laptop" / "household.json").exists()
