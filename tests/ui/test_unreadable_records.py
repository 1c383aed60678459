"""A page that meets an unreadable record shows everything else and names what it skipped."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.conftest import Couple
from tests.integration.repairs.support import agreed
from tests.ui.helpers import flush_deletes, show, widget_texts
from toward.core.spaces import Space
from toward.ui.main_view import MainView, Section
from toward.ui.promises.page import PromisesPage
from toward.ui.repair.page import RepairPage
from toward.vault.database import transaction

SECTIONS = [
    Section("repair", "Repair", "repair", RepairPage),
    Section("promises", "Promises", "promises", PromisesPage),
]


def spoil(session, table: str, record_id: str, column: str, value: str) -> None:
    conn = session.spaces.conn(Space.SHARED)
    with transaction(conn):
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (value, record_id))


def test_pages_show_the_readable_records_and_name_the_damaged_one(qtbot: QtBot, couple: Couple):
    maya, sam = couple.unlock("Maya"), couple.unlock("Sam")
    agreed(maya, sam, topic="The missed dinner")
    damaged = agreed(maya, sam, topic="The late train")
    maya.promises.make("walk the dog", to_partner_id=sam.partner.id)
    broken = maya.promises.make("call the plumber", to_partner_id=sam.partner.id)
    spoil(maya, "repairs", damaged.id, "kind", "not-a-topic")
    spoil(maya, "promises", broken.id, "due_on", "2024-13-45")
    sam.lock()
    view = MainView([maya], SECTIONS)
    show(qtbot, view)
    for key, kept, named in (
        ("repair", "The missed dinner", "kind 'not-a-topic' is not a topic Toward knows"),
        ("promises", "walk the dog", "due_on '2024-13-45' is not a date that exists"),
    ):
        view.show_section(key)
        flush_deletes()
        text = "\n".join(widget_texts(view.pages[key]))
        assert kept in text
        assert "Toward could not read one record here" in text
        assert named in text
    maya.lock()
