"""A page that meets an unreadable record shows everything else and names what it skipped."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from tests.conftest import Couple
from tests.integration.repairs.support import agreed
from tests.ui.helpers import flush_deletes, show, widget_texts
from toward.core.journal import EntryFields
from toward.core.ledger import DraftFields, Money
from toward.core.spaces import Space
from toward.ui.journal.page import JournalPage
from toward.ui.main_view import MainView, Section
from toward.ui.money.page import LedgerPage
from toward.ui.promises.page import PromisesPage
from toward.ui.repair.page import RepairPage
from toward.vault.database import transaction

SECTIONS = [
    Section("repair", "Repair", "repair", RepairPage),
    Section("promises", "Promises", "promises", PromisesPage),
    Section("journal", "Journal", "journal", JournalPage),
    Section("money", "Money", "money", LedgerPage),
]


def spoil(
    session, table: str, record_id: str, column: str, value: object, space: Space = Space.SHARED
) -> None:
    conn = session.spaces.conn(space)
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
    maya.journal.write(Space.PRIVATE, EntryFields(title="A quiet Sunday", body="Tea."))
    torn = maya.journal.write(Space.PRIVATE, EntryFields(title="Torn page", body="Rain."))
    spoil(maya, "journal_entries", torn.id, "trust_kinds", "levitation", Space.PRIVATE)
    when = date(2024, 5, 2)
    kept_line, lost_line = (
        maya.ledger.add_draft(DraftFields(when, Money.of(amount, "USD"), payee=payee))
        for amount, payee in (("12.00", "Corner bakery"), ("40.00", "Hardware store"))
    )
    disclosed = {d.payee: d for d in maya.ledger.disclose([kept_line, lost_line])}
    spoil(maya, "ledger_lines", disclosed["Hardware store"].id, "currency", "XYZ")
    sam.lock()
    view = MainView([maya], SECTIONS)
    show(qtbot, view)
    for key, kept, named in (
        ("repair", "The missed dinner", "kind 'not-a-topic' is not a topic Toward knows"),
        ("promises", "walk the dog", "due_on '2024-13-45' is not a date that exists"),
        ("journal", "A quiet Sunday", "levitation"),
        ("money", "Corner bakery", "'XYZ' is not a currency code Toward knows"),
    ):
        view.show_section(key)
        flush_deletes()
        text = "\n".join(widget_texts(view.pages[key]))
        assert kept in text
        assert "Toward could not read one record here" in text
        assert named in text
    maya.lock()
