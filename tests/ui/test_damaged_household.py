"""A damaged household in the app: a clear message, the right way out, nothing overwritten."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORDS, Couple
from tests.integration.reliability.mounts import make_read_only, make_writable, small_disk
from tests.ui.conftest import ControllerFactory
from tests.ui.helpers import click, texts_containing, unlock_controller, unlock_with
from tests.ui.journal.support import choose_space, open_titled
from toward import Household, StorageReadOnly
from toward.backup import create_backup
from toward.core.journal import EntryFields
from toward.core.spaces import Space
from toward.household import SHARED_DB
from toward.session import Session
from toward.ui.app import MISSING_KEYSTORE
from toward.ui.journal.page import JournalPage
from toward.ui.kit import dialogs
from toward.ui.kit.errors import describe, known_errors_shown
from toward.ui.lock_screen import LockScreen
from toward.ui.settings.restore import RestoreDialog
from toward.ui.setup_wizard import SetupWizard
from toward.vault.keystore import BACKUP_NAME, KEYSTORE_NAME


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def failed_unlock(qtbot: QtBot, controller, name: str = "Maya") -> LockScreen:
    screen = controller.window.content()
    assert isinstance(screen, LockScreen)
    unlock_with(qtbot, screen, name, PASSWORDS[name])
    qtbot.waitUntil(lambda: screen.message.isVisible())
    return screen


def restore_through_the_dialog(qtbot: QtBot, archive: Path, name: str = "Maya") -> None:
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, RestoreDialog))
    dialog.set_file(archive)
    qtbot.waitUntil(lambda: dialog.restore_button.isEnabled())
    dialog.partner.setCurrentText(name)
    qtbot.keyClicks(dialog.password, PASSWORDS[name])
    click(qtbot, dialog.restore_button)


def test_a_damaged_keystore_without_its_copy_offers_a_restore_that_keeps_it(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple, tmp_path: Path
):
    maya = couple.unlock("Maya")
    maya.journal.write(Space.PRIVATE, EntryFields(title="worth keeping"))
    maya.lock()
    archive = tmp_path / "backup.zip"
    create_backup(couple.folder, archive)
    (couple.folder / BACKUP_NAME).unlink()
    (couple.folder / KEYSTORE_NAME).write_text("{ damaged", "utf-8")
    damaged = files_of(couple.folder)

    controller = make_controller(couple.folder)
    page = controller.window.content()
    assert texts_containing(page, "Toward can't open this household")
    click(qtbot, controller.problem_restore_button)
    restore_through_the_dialog(qtbot, archive)

    qtbot.waitUntil(lambda: isinstance(controller.window.content(), LockScreen))
    screen = controller.window.content()
    assert texts_containing(screen, "Restored from the backup made")
    (aside,) = couple.folder.parent.glob("household.damaged-*")
    assert files_of(aside) == damaged  # kept as it was, never overwritten
    view = unlock_controller(qtbot, controller)
    assert view.active.journal.count(Space.PRIVATE) == 1


def test_a_missing_keystore_beside_databases_is_not_a_new_household(
    make_controller: ControllerFactory, couple: Couple
):
    (couple.folder / KEYSTORE_NAME).unlink()
    (couple.folder / BACKUP_NAME).unlink()
    before = files_of(couple.folder)
    controller = make_controller(couple.folder)
    page = controller.window.content()
    assert not isinstance(page, SetupWizard | LockScreen)
    assert texts_containing(page, MISSING_KEYSTORE)
    assert controller.problem_restore_button.isVisible()
    assert files_of(couple.folder) == before


def test_a_truncated_database_says_so_and_offers_a_restore(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
):
    shared = couple.folder / SHARED_DB
    cut = shared.read_bytes()[:5000]
    shared.write_bytes(cut)
    controller = make_controller(couple.folder)
    screen = failed_unlock(qtbot, controller)
    assert "shared.db is damaged" in screen.message.text()
    assert screen.restore_button.isVisible()
    assert not screen.read_only_button.isVisible()
    assert shared.read_bytes() == cut


def test_a_database_from_a_newer_version_asks_for_an_update(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
):
    maya = couple.unlock("Maya")
    maya.spaces.conn(Space.SHARED).execute("PRAGMA user_version = 999")
    maya.lock()
    controller = make_controller(couple.folder)
    screen = failed_unlock(qtbot, controller, "Sam")
    assert "newer version of Toward" in screen.message.text()
    assert not screen.restore_button.isVisible()


def test_a_read_only_folder_offers_read_only_mode(
    qtbot: QtBot, make_controller: ControllerFactory, couple_template: Couple, tmp_path: Path
):
    import shutil

    with small_disk(tmp_path / "disk", 8192) as disk:
        folder = disk / "household"
        shutil.copytree(couple_template.folder, folder)
        sam = Session.start(Household.open(folder).unlock("Sam", PASSWORDS["Sam"]))
        sam.journal.write(Space.SHARED, EntryFields(title="From Sam", body="not yet read by Maya"))
        sam.lock()
        make_read_only(disk)
        try:
            controller = make_controller(folder)
            screen = failed_unlock(qtbot, controller)
            assert "cannot open" in screen.message.text()
            click(qtbot, screen.read_only_button)
            screen = controller.window.content()
            assert isinstance(screen, LockScreen) and screen.household.read_only
            assert texts_containing(screen, "Read-only")
            view = unlock_controller(qtbot, controller)
            assert texts_containing(view, "Read-only: Toward can't write to this folder")
            view.show_section("journal")
            page = view.pages["journal"]
            assert isinstance(page, JournalPage)
            choose_space(qtbot, page, Space.SHARED)
            open_titled(qtbot, page, "From Sam")  # reading records no read mark, and works
            assert "not yet read by Maya" in page.read_body.toPlainText()
            controller.lock()
        finally:
            make_writable(disk)


def test_a_damaged_page_met_while_reading_is_explained(couple: Couple):
    error = sqlcipher3.DatabaseError("database disk image is malformed")
    message = describe(error)
    assert "damaged" in message and "toward doctor" in message
    assert "Something went wrong" not in message


def test_a_new_computer_restores_from_the_setup_screen(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple, tmp_path: Path
):
    archive = tmp_path / "backup.zip"
    create_backup(couple.folder, archive)
    controller = make_controller(tmp_path / "new computer")
    wizard = controller.window.content()
    assert isinstance(wizard, SetupWizard)
    click(qtbot, wizard.restore_button)
    restore_through_the_dialog(qtbot, archive, "Sam")
    qtbot.waitUntil(lambda: isinstance(controller.window.content(), LockScreen))
    assert not list(tmp_path.glob("new computer.*"))  # nothing was moved aside
    view = unlock_controller(qtbot, controller, "Sam")
    assert view.active.partner.name == "Sam"


def test_a_known_error_no_handler_caught_is_told_in_words(monkeypatch):
    told: list[str] = []
    passed_on: list[BaseException] = []
    monkeypatch.setattr(dialogs, "tell", lambda parent, title, text: told.append(text))
    hook = known_errors_shown(lambda: None, lambda kind, exc, trace: passed_on.append(exc))
    refused = StorageReadOnly("Toward cannot write to /x.")
    hook(StorageReadOnly, refused, None)
    bug = ValueError("a bug")
    hook(ValueError, bug, None)
    assert told == ["Toward cannot write to /x."]
    assert passed_on == [bug]
