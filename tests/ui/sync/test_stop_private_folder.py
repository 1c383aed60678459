"""Settings > Two computers: stopping the use of one's private folder, after a calm word."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORDS, Couple
from tests.integration.sync.support import Computer
from tests.ui.conftest import ControllerFactory
from tests.ui.helpers import click, flush_deletes, on_disk
from tests.ui.sync.test_settings_card import (
    card_texts,
    choose_private_folder,
    linked_with_a_folder_of_her_own,
)
from toward import sync
from toward.core.journal import EntryFields
from toward.core.spaces import Space
from toward.ui.kit import dialogs


def test_stopping_the_private_folder_says_what_happens_and_takes_the_files_back(
    qtbot: QtBot,
    make_controller: ControllerFactory,
    couple: Couple,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
):
    controller = make_controller(couple.folder)
    card, folder, mine = linked_with_a_folder_of_her_own(qtbot, controller, tmp_path, monkeypatch)
    controller.view.active.journal.write(Space.PRIVATE, EntryFields(title="Mine", body="."))
    choose_private_folder(qtbot, card, mine, monkeypatch)
    with on_disk(couple.folder, "Maya") as session:
        maya_id = session.partner.id
    assert any((mine / "private" / maya_id).rglob("*.op"))

    button = card.stop_private_button
    assert button.text() == "Stop using this folder…"
    assert button.accessibleName() == "Stop using your private folder…"
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    asked: list[str] = []

    def answering(answer: bool):
        def ask(_parent: object, title: str, text: str, yes: str = "Yes") -> bool:
            asked.append(f"{title} {text} {yes}")
            return answer

        return ask

    # Keeping it changes nothing.
    monkeypatch.setattr(dialogs, "ask", answering(False))
    click(qtbot, button)
    assert asked[-1].startswith("Stop using your private folder?")
    assert "cannot read them" in asked[-1]
    assert "once you stop using the folder on them too" in asked[-1]
    assert "Nothing is deleted" in asked[-1]
    with on_disk(couple.folder, "Maya") as session:
        assert sync.status(session).private_folder == mine.resolve()

    monkeypatch.setattr(dialogs, "ask", answering(True))
    click(qtbot, card.stop_private_button)
    assert "travel through the sync folder again" in card.message.text()
    assert "holds them and cannot read them" in card.private_words.text()
    qtbot.waitUntil(lambda: card.private_button.isVisibleTo(card))
    with on_disk(couple.folder, "Maya") as session:
        assert sync.status(session).private_folder is None
    assert any((folder / "private" / maya_id).rglob("*.op"))
    assert not any(mine.rglob("*.op"))


def test_settings_names_her_computer_that_the_private_folder_does_not_reach(
    qtbot: QtBot,
    make_controller: ControllerFactory,
    couple: Couple,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
):
    controller = make_controller(couple.folder)
    card, folder, mine = linked_with_a_folder_of_her_own(qtbot, controller, tmp_path, monkeypatch)
    choose_private_folder(qtbot, card, mine, monkeypatch)
    laptop = Computer("laptop", tmp_path / "laptop", "Maya", PASSWORDS["Maya"])
    sync.join_own(folder, laptop.folder, "Maya", PASSWORDS["Maya"], device_name="Maya's laptop")
    try:
        laptop.session.journal.write(Space.PRIVATE, EntryFields(title="on the laptop"))
        laptop.exchange()  # no private folder there: to the sync folder
        card.refresh()
        words = " ".join(card_texts(card))
        assert "Maya's laptop sends your private changes through the sync folder" in words
        assert "once you choose the same folder on it" in words

        sync.link_private(laptop.session, mine)
        card.refresh()
        flush_deletes()
        assert "sends your private changes through the sync folder" not in " ".join(
            card_texts(card)
        )
    finally:
        laptop.close()
