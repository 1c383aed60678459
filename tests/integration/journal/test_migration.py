"""A version-1 journal (no search index yet) becomes searchable when migrated to version 2."""

from __future__ import annotations

import os
from pathlib import Path

from toward.core.journal import EntryFields, Journal
from toward.core.schema import STEPS
from toward.core.spaces import Space, Spaces
from toward.vault.database import Connection, open_database
from toward.vault.migrations import migrate, schema_version

AUTHOR = "partner-1"
ROWS = [
    ("e1", "2020-01-02T10:00:00.000000+00:00", "Our first talk", "about the lighthouse", "calm"),
    ("e2", "2020-02-03T10:00:00.000000+00:00", "Café evening", "we forgave each other", "cafe"),
    ("e3", "2020-03-04T10:00:00.000000+00:00", "", "lighthouse again, twice lighthouse", ""),
]


def version_one(path: Path, key: bytes) -> None:
    """A database at schema 1 holding three entries, written as version 1 wrote them."""
    conn = open_database(path, key, create=True)
    migrate(conn, STEPS[:1], path)
    conn.executemany(
        "INSERT INTO journal_entries (id, author_id, created_at, updated_at, title, body, tags)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(i, AUTHOR, when, when, title, body, tags) for i, when, title, body, tags in ROWS],
    )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def opened(path: Path, key: bytes) -> Connection:
    conn = open_database(path, key)
    assert migrate(conn, STEPS, path) == 1
    assert schema_version(conn) == len(STEPS)
    return conn


def test_existing_entries_become_searchable(tmp_path: Path):
    keys = {space: os.urandom(32) for space in Space}
    paths = {space: tmp_path / f"{space}.db" for space in Space}
    for space in Space:
        version_one(paths[space], keys[space])
        conn = open_database(paths[space], keys[space])
        assert schema_version(conn) == 1
        conn.close()

    spaces = Spaces(AUTHOR, *(opened(paths[s], keys[s]) for s in (Space.PRIVATE, Space.SHARED)))
    journal = Journal(spaces)
    try:
        assert journal.count(Space.PRIVATE) == 3
        hits = journal.search("lighthouse")
        assert [(h.entry.space, h.entry.id) for h in hits if h.entry.space is Space.PRIVATE] == [
            (Space.PRIVATE, "e3"),
            (Space.PRIVATE, "e1"),
        ]
        assert len(hits) == 4  # both files held the same three entries
        assert {h.entry.id for h in journal.search("cafe")} == {"e2"}
        assert {h.entry.id for h in journal.search("forgave")} == {"e2"}
        # The triggers work on the migrated file too.
        entry = journal.get(Space.PRIVATE, "e1")
        journal.edit(entry, EntryFields(title="Our first talk", body="about the harbour"))
        assert {(h.entry.space, h.entry.id) for h in journal.search("lighthouse")} == {
            (Space.PRIVATE, "e3"),
            (Space.SHARED, "e1"),
            (Space.SHARED, "e3"),
        }
        assert {(h.entry.space, h.entry.id) for h in journal.search("harbour")} == {
            (Space.PRIVATE, "e1")
        }
        new = journal.write(Space.PRIVATE, EntryFields(title="after the upgrade"))
        assert [h.entry.id for h in journal.search("upgrade")] == [new.id]
    finally:
        spaces.close()
    assert sorted(p.name for p in tmp_path.glob("*.bak")) == [
        "private.db.v1.bak",
        "shared.db.v1.bak",
    ]
