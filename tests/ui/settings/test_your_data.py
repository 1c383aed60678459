"""Settings › Your data: export with progress and cancel, and the import dialog."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.ui.helpers import click, flush_deletes, tick
from toward.core.export_log import ExportKind
from toward.core.journal import EntryFields
from toward.core.spaces import Space
from toward.opendata.export import DOCUMENT_NAME
from toward.ui.platform.background import wait_for_background
from toward.ui.settings.your_data import ImportDialog, YourDataCard


@pytest.fixture
def card(qtbot: QtBot, maya) -> YourDataCard:
    widget = YourDataCard(maya)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def finish(qtbot: QtBot, done) -> None:
    qtbot.waitUntil(done)
    wait_for_background()


def test_export_to_a_folder(qtbot, card, maya, tmp_path, monkeypatch):
    maya.journal.write(Space.PRIVATE, EntryFields(body="a private thought"))
    assert card.warning.isVisible() and "not encrypted" in card.warning.text()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    click(qtbot, card.export_button)
    finish(qtbot, lambda: card.status.text().startswith("Exported"))

    [folder] = [p for p in tmp_path.iterdir() if p.name.startswith("Toward export")]
    document = json.loads((folder / DOCUMENT_NAME).read_text("utf-8"))
    assert document["records"]["journal_entries"][0]["body"] == "a private thought"
    assert str(folder) in card.status.text()
    assert card.export_button.isEnabled() and not card.progress.isVisible()
    assert maya.exports.last(ExportKind.DATA_EXPORT) is not None


def test_export_to_an_encrypted_archive(qtbot, card, maya, tmp_path, monkeypatch):
    tick(qtbot, card.protect_box)
    assert card.archive_password.isVisible() and not card.warning.isVisible()
    qtbot.keyClicks(card.archive_password, "archive secret")
    qtbot.keyClicks(card.archive_repeat, "archive secret")
    target = tmp_path / "mine"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    click(qtbot, card.export_button)
    finish(qtbot, lambda: card.status.text().startswith("Exported"))
    assert (tmp_path / "mine.zip").is_file()
    assert card.archive_password.text() == ""
    assert maya.exports.last(ExportKind.DATA_EXPORT).protected  # type: ignore[union-attr]


def test_mismatched_archive_passwords_write_nothing(qtbot, card, tmp_path):
    tick(qtbot, card.protect_box)
    qtbot.keyClicks(card.archive_password, "archive secret")
    qtbot.keyClicks(card.archive_repeat, "archive secreT")
    click(qtbot, card.export_button)
    assert "not the same" in card.status.text()
    assert list(tmp_path.iterdir()) == [tmp_path / "household"]


def test_cancel_stops_the_export_and_keeps_nothing(qtbot, card, maya, tmp_path, monkeypatch):
    for n in range(60):
        maya.journal.write(Space.PRIVATE, EntryFields(body=f"entry {n}"))
    out = tmp_path / "exports"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    # Cancel in the exporting thread, at its first progress: a queued cancel could reach the
    # window only after a fast export had already finished.
    card._progress.changed.connect(
        lambda done, total: card.cancel_export(), Qt.ConnectionType.DirectConnection
    )
    click(qtbot, card.export_button)
    assert card.progress.isVisible() and card.cancel_button.isVisible()
    finish(qtbot, lambda: "cancelled" in card.status.text())
    assert list(out.iterdir()) == []
    assert maya.exports.count() == 0


def jrnl_file(tmp_path: Path) -> Path:
    path = tmp_path / "jrnl.json"
    entries = [
        {
            "date": "2023-05-0" + str(d),
            "time": "09:00",
            "title": f"Day {d}",
            "body": "text",
            "tags": [],
            "starred": False,
        }
        for d in range(1, 4)
    ]
    path.write_text(json.dumps({"tags": {}, "entries": entries}))
    return path


def test_the_import_dialog_previews_imports_and_reports(qtbot, card, maya, tmp_path, monkeypatch):
    source = jrnl_file(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    click(qtbot, card.import_button)
    dialog = card.findChild(ImportDialog)
    assert dialog is not None
    click(qtbot, dialog.choose_button)
    finish(qtbot, lambda: dialog.import_button.isEnabled())
    assert dialog.summary.text() == "From jrnl: 3 journal entries to add."
    assert "Day 1" in dialog.details.toPlainText()
    assert maya.journal.count(Space.PRIVATE) == 0

    click(qtbot, dialog.import_button)
    finish(qtbot, lambda: dialog.summary.text() == "Done.")
    assert "added 3 journal entries" in dialog.details.toPlainText()
    assert maya.journal.count(Space.PRIVATE) == 3

    click(qtbot, dialog.choose_button)
    finish(qtbot, lambda: dialog.summary.text().startswith("Nothing new"))
    assert "already in your journal" in dialog.details.toPlainText()
    assert not dialog.import_button.isEnabled()
    dialog.close()
    flush_deletes()


def test_the_import_dialog_refuses_a_bad_file(qtbot, maya, tmp_path, monkeypatch):
    bad = tmp_path / "bad.json"
    bad.write_text("{nope")
    parent = YourDataCard(maya)
    qtbot.addWidget(parent)
    dialog = ImportDialog(maya, parent)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    click(qtbot, dialog.choose_button)
    finish(qtbot, lambda: "not readable JSON" in dialog.summary.text())
    assert not dialog.import_button.isEnabled()
    assert maya.journal.count(Space.PRIVATE) == 0
