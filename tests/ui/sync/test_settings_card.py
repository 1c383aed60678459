"""Settings > Two computers: link to a folder, the linked computers, an invitation's code."""

from __future__ import annotations

import re
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORDS, Couple
from tests.integration.sync.support import Computer
from tests.ui.conftest import ControllerFactory
from tests.ui.helpers import click, on_disk
from tests.ui.settings.test_page import settings_of
from toward import sync
from toward.core.journal import EntryFields
from toward.core.spaces import Space
from toward.ui.settings.page import SettingsPage
from toward.ui.settings.two_computers import TwoComputersCard


def card_of(page: SettingsPage) -> TwoComputersCard:
    (card,) = page.findChildren(TwoComputersCard)
    return card


def linked_card(
    qtbot: QtBot, controller, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> TwoComputersCard:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    card = card_of(settings_of(qtbot, controller))
    click(qtbot, card.link_button)
    qtbot.waitUntil(lambda: "Linked to" in " ".join(card_texts(card)), timeout=20_000)
    return card


def linked_with_a_folder_of_her_own(
    qtbot: QtBot, controller, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[TwoComputersCard, Path, Path]:
    """Maya's card linked to tmp_path/sync, with tmp_path/mine (not made yet) to choose."""
    folder, mine = tmp_path / "sync", tmp_path / "mine"
    folder.mkdir()
    return linked_card(qtbot, controller, folder, monkeypatch), folder, mine


def choose_private_folder(
    qtbot: QtBot, card: TwoComputersCard, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Choose `folder` for her private changes, as the folder dialog would."""
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    click(qtbot, card.private_button)


def card_texts(card: TwoComputersCard) -> list[str]:
    from tests.ui.helpers import widget_texts

    return widget_texts(card)


def test_an_unlinked_household_offers_a_folder_and_says_the_limits(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
):
    card = card_of(settings_of(qtbot, make_controller(couple.folder)))
    texts = " ".join(card_texts(card))
    assert "only encrypted files" in texts
    assert "This household is on this computer only." in texts
    assert "sizes and when they change" in texts
    assert "keeps what it had" in texts
    assert "guess your passwords" in texts
    assert "cannot read them" in texts


def test_linking_from_settings_writes_the_household_to_the_folder(
    qtbot: QtBot,
    make_controller: ControllerFactory,
    couple: Couple,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
):
    folder = tmp_path / "sync"
    folder.mkdir()
    card = linked_card(qtbot, make_controller(couple.folder), folder, monkeypatch)

    assert "No other computer has joined yet." in card.computers.text()
    with on_disk(couple.folder, "Maya") as session:
        assert sync.status(session).folder == folder.resolve()
    assert any(folder.iterdir())


def test_a_second_computer_of_ones_own_is_listed_with_whose_it_is(
    qtbot: QtBot,
    make_controller: ControllerFactory,
    couple: Couple,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
):
    folder = tmp_path / "sync"
    folder.mkdir()
    controller = make_controller(couple.folder)
    card = linked_card(qtbot, controller, folder, monkeypatch)
    sync.join_own(folder, tmp_path / "laptop", "Maya", PASSWORDS["Maya"], device_name="Laptop")
    laptop = Computer("laptop", tmp_path / "laptop", "Maya", PASSWORDS["Maya"])
    laptop.session.journal.write(Space.SHARED, EntryFields(title="From the laptop", body="Hi."))
    laptop.exchange()
    laptop.close()
    sync.exchange(controller.view.active)

    card.refresh()

    assert "Laptop (Maya): last heard from just now" in card.computers.text()
    click(qtbot, card.own_button)
    assert card.own_steps.isVisible() and "your password" in card.own_steps.text()


def test_an_invitation_shows_a_code_once_that_lets_the_partner_join(
    qtbot: QtBot,
    make_controller: ControllerFactory,
    solo: Couple,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
):
    folder = tmp_path / "sync"
    folder.mkdir()
    card = linked_card(qtbot, make_controller(solo.folder), folder, monkeypatch)

    click(qtbot, card.invite_button)

    code = card.code.text()
    assert re.fullmatch(r"[0-9A-Z]{4}(-[0-9A-Z]{4})+", code)
    assert not card.invite_button.isEnabled()
    assert "7 days" in " ".join(card_texts(card))
    joined = sync.join_partner(folder, tmp_path / "sam", code, "Sam", PASSWORDS["Sam"])
    assert joined.partner_name == "Sam"


def test_a_couple_on_one_computer_is_not_offered_an_invitation(
    qtbot: QtBot,
    make_controller: ControllerFactory,
    couple: Couple,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
):
    folder = tmp_path / "sync"
    folder.mkdir()
    card = linked_card(qtbot, make_controller(couple.folder), folder, monkeypatch)
    assert not any("Invite" in text for text in card_texts(card))


def test_while_linking_nothing_else_writes_and_no_exchange_starts(
    qtbot: QtBot,
    make_controller: ControllerFactory,
    couple: Couple,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
):
    folder = tmp_path / "sync"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    # Hold the link mid-way (its first exchange, in the background) until the checks ran.
    module = sys.modules["toward.sync.exchange"]
    first_exchange = module.exchange
    mid_way, go_on = threading.Event(), threading.Event()

    def held(session):
        mid_way.set()
        go_on.wait(10)
        return first_exchange(session)

    monkeypatch.setattr(module, "exchange", held)
    controller = make_controller(couple.folder)
    card = card_of(settings_of(qtbot, controller))
    exchanged: list[object] = []
    controller.exchanges.exchanged.connect(exchanged.append)
    try:
        click(qtbot, card.link_button)
        assert mid_way.wait(10)
        controller.exchanges.exchange_now()
        assert exchanged == []
        assert card.progress is not None and card.progress.isModal()
    finally:
        go_on.set()
    qtbot.waitUntil(lambda: "Linked to" in " ".join(card_texts(card)), timeout=20_000)
    assert card.progress is None


def test_settings_says_where_private_changes_travel_and_keeps_them_in_a_folder_of_ones_own(
    qtbot: QtBot,
    make_controller: ControllerFactory,
    couple: Couple,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
):
    controller = make_controller(couple.folder)
    card, folder, mine = linked_with_a_folder_of_her_own(qtbot, controller, tmp_path, monkeypatch)
    assert "holds them and cannot read them" in card.private_words.text()
    controller.view.active.journal.write(Space.PRIVATE, EntryFields(title="Mine", body="."))

    # A folder inside the sync folder would reach the partner: refused, in words.
    choose_private_folder(qtbot, card, folder / "x", monkeypatch)
    assert "outside the sync folder" in card.message.text()

    choose_private_folder(qtbot, card, mine, monkeypatch)
    assert "only your own computers share" in card.private_words.text()
    assert str(mine.resolve()) in card.private_words.text().replace("\u200b", "")
    assert "travel through that folder only" in card.message.text()
    with on_disk(couple.folder, "Maya") as session:
        assert sync.status(session).private_folder == mine.resolve()
        maya_id = session.partner.id
    assert any((mine / "private" / maya_id).rglob("*.op"))
    assert not any((folder / "private" / maya_id).rglob("*.op"))
