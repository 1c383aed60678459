"""Backups in Settings: back up now with progress, daily backups into a chosen folder."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.conftest import Couple
from tests.ui.conftest import ControllerFactory
from tests.ui.helpers import click, unlock_controller
from tests.ui.settings.test_page import settings_of
from toward.backup import load_backup_plan, rolling_backups, session_keys, verify_backup
from toward.household import SHARED_DB, private_db_name
from toward.ui.settings.backup import BackupCard


def card_of(page) -> BackupCard:
    (card,) = page.findChildren(BackupCard)
    return card


def test_back_up_now_saves_a_checked_backup(
    qtbot: QtBot,
    make_controller: ControllerFactory,
    couple: Couple,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
):
    out = tmp_path / "saved" / "mine.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "*.zip"))
    controller = make_controller(couple.folder)
    card = card_of(settings_of(qtbot, controller))
    seen: list[tuple[int, int]] = []
    card.progressed.connect(lambda done, total: seen.append((done, total)))

    click(qtbot, card.now_button)

    qtbot.waitUntil(lambda: "Saved and checked" in card.status.text())
    assert card.now_button.isEnabled() and not card.progress.isVisible()
    assert seen and seen[-1][0] == seen[-1][1]
    report = verify_backup(out)
    assert report.manifest.household_id == couple.household.id
    maya_db = private_db_name(couple.household.partner("Maya").id)
    assert {f.name for f in report.manifest.files} >= {SHARED_DB, maya_db}


def test_a_backup_that_cannot_be_written_says_why(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple, tmp_path: Path
):
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    controller = make_controller(couple.folder)
    card = card_of(settings_of(qtbot, controller))
    card.back_up_to(blocker / "mine.zip")
    qtbot.waitUntil(lambda: "The backup was not made." in card.status.text())
    assert "Something went wrong" not in card.status.text()
    assert blocker.read_text() == "not a folder"


def test_daily_backups_run_at_unlock_and_once_a_day(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple, tmp_path: Path
):
    daily = tmp_path / "daily"
    controller = make_controller(couple.folder)
    card = card_of(settings_of(qtbot, controller))
    card.set_folder(daily)
    card.keep.setValue(3)
    plan = load_backup_plan(controller.view.active.settings)
    assert plan.folder == daily and plan.keep == 3

    with qtbot.waitSignal(controller.auto_backup.finished) as made:
        controller.auto_backup.check()
    assert made.args[0].startswith("daily backup made")
    (first,) = rolling_backups(daily, couple.household.id)
    assert verify_backup(first, session_keys(controller.view.sessions)).integrity_checked

    controller.auto_backup.check()  # already made today: nothing starts
    for day in (2, 3, 4, 5):
        with qtbot.waitSignal(controller.auto_backup.finished):
            controller.auto_backup.check(today=date(2099, 1, day))
    kept = rolling_backups(daily, couple.household.id)
    assert [p.name[-14:-4] for p in kept] == ["2099-01-03", "2099-01-04", "2099-01-05"]


def test_turning_daily_backups_off_keeps_the_folder_for_later(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple, tmp_path: Path
):
    controller = make_controller(couple.folder)
    card = card_of(settings_of(qtbot, controller))
    card.set_folder(tmp_path / "daily")
    card.daily_box.setChecked(False)
    assert load_backup_plan(controller.view.active.settings).folder is None
    assert card.status.text() == "Daily backups are off."
    controller.lock()
    view = unlock_controller(qtbot, controller, "Sam")
    assert load_backup_plan(view.active.settings).folder is None  # Sam has his own settings
