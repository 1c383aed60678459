"""Defence in depth: a page's reads that meet one unreadable row (an older version, damage)
show everything else and name what they could not read."""

from __future__ import annotations

from datetime import date

import pytest

from tests.integration.opendata.test_import_fuzz import every_page_reads
from tests.integration.repairs.support import agreed
from toward.core.bids import Answer, BidKind
from toward.core.journal import EntryFields
from toward.core.ledger.ledger import DraftFields
from toward.core.ledger.money import Money
from toward.core.spaces import Space
from toward.vault.database import transaction

# table, column, a value no version of Toward writes
DAMAGE = [
    ("repairs", "kind", "not-a-topic"),
    ("repairs", "proposed_time", "2024-13-45T10:00:00+00:00"),
    ("ledger_lines", "occurred_on", "2024-02-30"),
    ("ledger_lines", "currency", "XQZ"),
    ("promises", "due_on", "2024-13-45"),
    ("bids", "made_at", "not a moment"),
    ("bids", "kind", "shout"),
    ("journal_entries", "created_at", "2024-02-30T10:00:00+00:00"),
]


def spoil(session, space: Space, table: str, column: str, value: object) -> str:
    conn = session.spaces.conn(space)
    record_id = conn.execute(f"SELECT id FROM {table} ORDER BY rowid DESC LIMIT 1").fetchone()[0]
    with transaction(conn):
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (value, record_id))
    return record_id


@pytest.fixture
def household(maya, sam):
    for body in ("first", "second"):
        maya.journal.write(Space.SHARED, EntryFields(body=body))
        maya.bids.log(Space.SHARED, by_me=True, kind=BidKind.COMMENT, answer=Answer.TOWARD)
        sam.promises.make(f"call about {body}", to_partner_id=maya.partner.id)
        agreed(maya, sam, topic=body)
        draft = maya.ledger.add_draft(DraftFields(date(2024, 5, 1), Money.of("12.50", "EUR")))
        maya.ledger.disclose([draft])
    return maya


@pytest.mark.parametrize(("table", "column", "value"), DAMAGE)
def test_one_unreadable_row_leaves_the_rest_readable_and_named(household, table, column, value):
    maya = household
    record_id = spoil(maya, Space.SHARED, table, column, value)
    every_page_reads(maya)
    assert (table, record_id) in maya.spaces.unreadable
    assert column in maya.spaces.unreadable[(table, record_id)]
