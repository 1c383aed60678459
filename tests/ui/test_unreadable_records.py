"""A page that meets an unreadable record shows everything else and names what it skipped."""

from __future__ import annotations

from datetime import UTC, date, datetime

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
        ("repair", "The missed dinner", "kind 'not-a-topic' is not a value Toward knows"),
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


def test_a_damaged_row_shows_no_other_row_twice_as_the_lists_scroll(
    qtbot: QtBot, couple: Couple, monkeypatch
):
    from toward.ui.journal import model as journal_model
    from toward.ui.money import model as money_model

    monkeypatch.setattr(journal_model, "PAGE_SIZE", 3)
    monkeypatch.setattr(money_model, "PAGE_SIZE", 3)
    maya = couple.unlock("Maya")
    for day in range(1, 8):
        when = datetime(2024, 5, day, tzinfo=UTC)
        maya.journal.write(Space.PRIVATE, EntryFields(title=f"Day {day}"), written_at=when)
        maya.ledger.add_draft(
            DraftFields(date(2024, 5, day), Money.of("1.00", "USD"), payee=f"Shop {day}")
        )
    newest_but_one = maya.journal.entries(Space.PRIVATE, limit=2)[1]
    spoil(maya, "journal_entries", newest_but_one.id, "trust_kinds", "levitation", Space.PRIVATE)
    second_draft = maya.ledger.drafts(limit=2)[1]
    spoil(maya, "ledger_lines", second_draft.id, "currency", "XYZ", Space.PRIVATE)
    view = MainView([maya], SECTIONS)
    show(qtbot, view)
    view.show_section("journal")
    entries = view.pages["journal"].model
    while entries.canFetchMore():
        entries.fetchMore()
    titles = [entries.data(entries.index(row)) for row in range(entries.rowCount())]
    assert sorted(titles) == sorted(
        f"Day {d}" for d in range(1, 8) if f"Day {d}" != newest_but_one.title
    )
    view.show_section("money")
    view.pages["money"].open_view("drafts")
    lines = view.pages["money"].model
    while lines.canFetchMore():
        lines.fetchMore()
    payees = [line.payee for line in lines.lines()]
    assert sorted(payees) == sorted(
        f"Shop {d}" for d in range(1, 8) if f"Shop {d}" != second_draft.payee
    )
    maya.lock()
