"""The sidebar's status line and the exchanges behind it: unlock, folder change, lock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORDS, Couple
from tests.integration.sync.support import Computer, partners_apart
from tests.ui.conftest import ControllerFactory
from tests.ui.helpers import click, texts_containing, unlock_controller, widget_texts
from toward import sync
from toward.core.journal import EntryFields
from toward.core.spaces import Space
from toward.sync import DeviceStatus, SyncStatus
from toward.ui.sync.status_line import SyncDetailsDialog
from toward.ui.sync.words import status_line

NOW = datetime(2026, 12, 2, 15, 0, tzinfo=UTC)  # a Wednesday
SYNC_WAIT_MS = 20_000


def laptop(**times: datetime | None) -> DeviceStatus:
    return DeviceStatus(
        id="d1",
        name="Sam's laptop",
        partner_names=("Sam",),
        last_heard=times.get("last_heard"),
        waiting_since=times.get("waiting_since"),
    )


def linked(*devices: DeviceStatus, problems: tuple[str, ...] = ()) -> SyncStatus:
    return SyncStatus(
        folder=Path("/sync"), device_id="d0", device_name="desk", devices=devices, problems=problems
    )


def test_the_line_says_up_to_date_with_how_long_ago():
    state = linked(laptop(last_heard=NOW - timedelta(minutes=2)))
    assert status_line(state, NOW) == "Up to date with Sam's laptop, 2 minutes ago"


def test_the_line_says_since_when_changes_are_awaited():
    monday = NOW - timedelta(days=2)
    state = linked(laptop(last_heard=monday, waiting_since=monday))
    assert status_line(state, NOW) == "Waiting for changes from Sam's laptop since Monday"


def test_the_line_says_when_changes_could_not_be_applied():
    state = linked(laptop(last_heard=NOW), problems=("A change was not applied: why.",))
    assert status_line(state, NOW) == "Some changes could not be applied"


def test_the_line_before_another_computer_joins_and_when_not_linked():
    assert status_line(linked(), NOW) == "Waiting for another computer to join"
    assert status_line(linked(laptop()), NOW) == "Not heard from Sam's laptop yet"
    assert status_line(SyncStatus(folder=None, device_id=None, device_name=None), NOW) == ""


@pytest.fixture
def apart(solo: Couple, tmp_path: Path) -> Iterator[tuple[Computer, Computer, Path]]:
    maya, sam, folder = partners_apart(solo, tmp_path)
    maya.close()  # the app opens Maya's computer
    yield maya, sam, folder
    sam.close()


def test_unlocking_exchanges_and_the_line_shows_the_partners_computer(
    qtbot: QtBot, make_controller: ControllerFactory, apart
):
    maya, sam, _folder = apart
    sam.session.journal.write(Space.SHARED, EntryFields(title="Before", body="Hello."))
    sam.exchange()
    controller = make_controller(maya.folder)
    view = unlock_controller(qtbot, controller)

    qtbot.waitUntil(lambda: view.sync_status.isVisible(), timeout=SYNC_WAIT_MS)
    assert view.sync_status.text() == "Up to date with Sam's, just now"
    click(qtbot, view.sync_status.details_button)
    dialog = view.sync_status.details
    assert isinstance(dialog, SyncDetailsDialog)
    assert texts_containing(dialog, "Up to date with Sam's")
    qtbot.waitUntil(lambda: not controller.exchanges.running, timeout=SYNC_WAIT_MS)
    done: list[object] = []
    controller.exchanges.exchanged.connect(done.append)
    click(qtbot, dialog.check_button)
    assert done  # an exchange now, not at the next minute


def test_a_change_arriving_in_the_folder_refreshes_the_journal(
    qtbot: QtBot, make_controller: ControllerFactory, apart
):
    maya, sam, _folder = apart
    controller = make_controller(maya.folder)
    view = unlock_controller(qtbot, controller)
    view.show_section("journal:shared")
    journal = view.current_page()
    qtbot.waitUntil(lambda: view.sync_status.isVisible(), timeout=SYNC_WAIT_MS)
    assert not texts_containing(journal, "Written on the laptop")

    sam.session.journal.write(Space.SHARED, EntryFields(title="Written on the laptop", body="Hi."))
    sam.exchange()  # the folder changes: Maya's app exchanges by itself

    qtbot.waitUntil(
        lambda: bool(texts_containing(journal, "Written on the laptop")), timeout=SYNC_WAIT_MS
    )


def test_locking_sends_the_last_changes_and_stops_exchanging(
    qtbot: QtBot, make_controller: ControllerFactory, apart
):
    maya, sam, _folder = apart
    controller = make_controller(maya.folder)
    view = unlock_controller(qtbot, controller)
    qtbot.waitUntil(lambda: view.sync_status.isVisible(), timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(lambda: not controller.exchanges.running, timeout=SYNC_WAIT_MS)
    view.active.journal.write(Space.SHARED, EntryFields(title="Just before locking", body="."))

    controller.lock()

    exchanges = controller.exchanges
    assert not exchanges.timer.isActive() and exchanges.watcher is None
    exchanges.exchange_now()
    assert not exchanges.running
    assert sam.exchange().applied > 0


def test_a_file_that_stays_unreadable_is_said_as_a_problem_with_what_to_do(qtbot: QtBot):
    monday = NOW - timedelta(days=2)
    stuck = DeviceStatus(
        id="d1",
        name="Sam's laptop",
        partner_names=("Sam",),
        last_heard=monday,
        waiting_since=monday,
        bad_since=monday,
    )
    state = linked(stuck)
    assert status_line(state, NOW) == "A change file from Sam's laptop cannot be read"
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = SyncDetailsDialog(state, parent)
    qtbot.addWidget(dialog)
    said = " ".join(widget_texts(dialog))
    assert "A change file from Sam's laptop cannot be read, since Monday" in said
    assert "shows no errors for this folder" in said and "Nothing is lost" in said


def test_a_private_change_arriving_in_ones_private_folder_is_applied_by_itself(
    qtbot: QtBot, make_controller: ControllerFactory, solo: Couple, tmp_path: Path
):
    folder, mine = tmp_path / "sync", tmp_path / "maya-only"
    desk = Computer("desk", solo.folder, "Maya", PASSWORDS["Maya"])
    sync.link(desk.folder, folder, desk.session, device_name="Desk")
    sync.link_private(desk.session, mine)
    desk.close()
    sync.join_own(folder, tmp_path / "laptop", "Maya", PASSWORDS["Maya"], device_name="Laptop")
    laptop = Computer("laptop", tmp_path / "laptop", "Maya", PASSWORDS["Maya"])
    sync.link_private(laptop.session, mine)
    controller = make_controller(desk.folder)
    view = unlock_controller(qtbot, controller)
    qtbot.waitUntil(lambda: view.sync_status.isVisible(), timeout=SYNC_WAIT_MS)
    qtbot.waitUntil(lambda: not controller.exchanges.running, timeout=SYNC_WAIT_MS)
    try:
        laptop.session.journal.write(Space.PRIVATE, EntryFields(title="Written on the laptop"))
        laptop.exchange()  # the app sees the folders change and exchanges by itself

        def arrived() -> bool:
            titles = [e.title for e in view.active.journal.entries(Space.PRIVATE)]
            return "Written on the laptop" in titles

        qtbot.waitUntil(arrived, timeout=SYNC_WAIT_MS)
    finally:
        laptop.close()


def test_a_private_folder_that_is_away_is_said_on_the_line_and_in_the_details(qtbot: QtBot):
    state = SyncStatus(
        folder=Path("/sync"),
        device_id="d0",
        device_name="desk",
        devices=(laptop(last_heard=NOW),),
        private_folder=Path("/media/usb/maya"),
        private_folder_away=True,
    )
    assert status_line(state, NOW) == "Your private folder is not there"
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = SyncDetailsDialog(state, parent)
    qtbot.addWidget(dialog)
    said = " ".join(widget_texts(dialog))
    assert "/media/usb/maya is not there" in said and "wait on this computer" in said
