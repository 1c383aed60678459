"""The schema of both spaces, one step per version; never edit a step once released.

The private and the shared databases have the same tables, so one record mechanism serves
both (DESIGN §3). Every record table starts with the same bookkeeping columns:
id, author_id, created_at, updated_at, and the share links origin_id (in a shared copy:
the private original), shared_id / shared_at / unshared_at (in a private original).
"""

from __future__ import annotations

STEPS: tuple[str, ...] = (
    # 1: settings, journal entries, read marks
    """
    CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID;

    CREATE TABLE journal_entries (
        id TEXT PRIMARY KEY,
        author_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        origin_id TEXT,
        shared_id TEXT,
        shared_at TEXT,
        unshared_at TEXT,
        title TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        mood INTEGER CHECK (mood BETWEEN 1 AND 5),
        trust_kinds TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '',
        prompt_id TEXT
    );
    CREATE INDEX journal_entries_by_time ON journal_entries (created_at);
    CREATE UNIQUE INDEX journal_entries_by_origin ON journal_entries (origin_id)
        WHERE origin_id IS NOT NULL;

    CREATE TABLE read_marks (
        record_id TEXT NOT NULL,
        partner_id TEXT NOT NULL,
        read_at TEXT NOT NULL,
        PRIMARY KEY (record_id, partner_id)
    ) WITHOUT ROWID;
    """,
)
