"""Schema step 18: the outbox and its capture triggers, on real SQLCipher files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from toward.core.capture import TRAVELLERS
from toward.core.schema import STEPS
from toward.vault.database import open_database
from toward.vault.migrations import migrate

CAPTURE_STEP = 18


@pytest.fixture
def conn(tmp_path: Path):
    connection = open_database(tmp_path / "space.db", os.urandom(32), create=True)
    yield connection
    connection.close()


def outbox(conn) -> list[tuple]:
    rows = conn.execute("SELECT tbl, pk, kind, cols FROM sync_outbox ORDER BY seq")
    return [tuple(row) for row in rows]


def entry(conn, entry_id: str, title: str) -> None:
    conn.execute(
        "INSERT INTO journal_entries (id, author_id, created_at, updated_at, title) "
        "VALUES (?, 'p', '2026-01-01', '2026-01-01', ?)",
        (entry_id, title),
    )


def test_step_18_keeps_existing_rows_and_notes_nothing_until_linked(conn, tmp_path: Path):
    migrate(conn, STEPS[: CAPTURE_STEP - 1], tmp_path / "space.db")
    entry(conn, "e1", "written before")
    migrate(conn, STEPS[:CAPTURE_STEP], tmp_path / "space.db")
    assert conn.execute("SELECT title FROM journal_entries").fetchall()[0][0] == "written before"
    entry(conn, "e2", "written after, not linked")
    conn.execute("UPDATE journal_entries SET title = 'x'")
    assert outbox(conn) == []
    assert conn.execute("SELECT capture FROM sync_switch").fetchone()[0] == 0


def test_once_switched_on_every_change_is_noted_with_the_columns_it_changed(conn, tmp_path):
    migrate(conn, STEPS, tmp_path / "space.db")
    conn.execute("UPDATE sync_switch SET capture = 1")
    entry(conn, "e1", "first")
    conn.execute("UPDATE journal_entries SET title = 'second', body = 'b' WHERE id = 'e1'")
    conn.execute("UPDATE journal_entries SET title = 'second' WHERE id = 'e1'")  # no change
    conn.execute(
        "INSERT INTO repair_marks (repair_id, step, partner_id, kind, marked_at) "
        "VALUES ('r', 'feelings', 'p', 'submitted', 'now')"
    )
    conn.execute("DELETE FROM journal_entries WHERE id = 'e1'")
    conn.execute("INSERT INTO meta (key, value) VALUES ('local', 'setting')")
    assert outbox(conn) == [
        ("journal_entries", '["e1"]', "i", None),
        ("journal_entries", '["e1"]', "u", "title body"),
        ("repair_marks", '["r","feelings","p","submitted"]', "i", None),
        ("journal_entries", '["e1"]', "d", None),
    ]


def test_every_travelling_table_lists_its_real_columns_and_has_its_triggers(conn, tmp_path):
    migrate(conn, STEPS, tmp_path / "space.db")
    triggers = {
        row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    }
    for table in TRAVELLERS:
        info = conn.execute(f"PRAGMA table_info({table.name})").fetchall()
        assert tuple(row[1] for row in info) == table.columns, table.name
        key = tuple(row[1] for row in sorted(info, key=lambda r: r[5]) if row[5])
        assert key == table.key, table.name
        for kind in ("insert", "update", "delete"):
            assert f"{table.name}_sync_{kind}" in triggers


def test_local_tables_do_not_travel():
    names = {table.name for table in TRAVELLERS}
    assert not names & {"meta", "journal_drafts", "oplog", "oplog_applied"}
    assert not any(name.startswith("sync_") for name in names)
