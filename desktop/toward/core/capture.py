"""Which tables travel between computers, and the triggers that note their changes (SYNC.md).

Every record table of both spaces has three AFTER triggers (schema step 18) that append
the table, the row's key, the kind of change and, for an update, the columns it changed to
`sync_outbox`. They note nothing while `sync_switch.capture` is 0: before a household is
linked to a sync folder, and while changes from another computer are being applied (so an
applied change is never sent back). The sync package turns the outbox into op files.

What stays on each computer: settings (`meta`), unsaved editor text (`journal_drafts`), the
cross-file operation log (each computer's own way to keep its two files in step: what
other computers need is its result, which these triggers carry) and the sync bookkeeping.
"""

from __future__ import annotations

from dataclasses import dataclass

# The bookkeeping columns every record table starts with (core/schema.py).
RECORD = ("id", "author_id", "created_at", "updated_at", "origin_id", "shared_id", "shared_at")
RECORD_COLUMNS = (*RECORD, "unshared_at")


@dataclass(frozen=True)
class Traveller:
    """A table whose rows travel: its key and its columns as of the step that captured it."""

    name: str
    key: tuple[str, ...]
    columns: tuple[str, ...]


def _record(name: str, content: str) -> Traveller:
    return Traveller(name, ("id",), (*RECORD_COLUMNS, *content.split()))


def _plain(name: str, key: str, columns: str) -> Traveller:
    return Traveller(name, tuple(key.split()), tuple(columns.split()))


# Parents before children, so a batch applied in this order meets its foreign keys.
TRAVELLERS: tuple[Traveller, ...] = (
    _record("journal_entries", "title body mood trust_kinds tags prompt_id"),
    _plain("journal_images", "id", "id entry_id position name mime data created_at"),
    _record("journal_replies", "entry_id body"),
    _plain("read_marks", "record_id partner_id", "record_id partner_id read_at"),
    _record(
        "bids",
        "bidder_id kind description made_at answer note mood_after late_toward_at late_note",
    ),
    _record(
        "ledger_lines",
        "occurred_on amount_minor currency account payee category purpose why why_withheld "
        "import_key disclosed_at days_taken agreed_days corrects_id superseded_by "
        "correction_note",
    ),
    _plain("ledger_withheld", "disclosure_id", "disclosure_id why"),
    _record("ledger_responses", "disclosure_id kind text"),
    _record(
        "ledger_agreements", "threshold_minor currency days confirmed_by confirmed_at withdrawn_at"
    ),
    _record(
        "promises",
        "promiser_id to_id what due_on made_at status status_at status_on status_note "
        "proposed_at proposed_what proposed_due_on proposal_note renegotiated_from repair_id",
    ),
    _record("agreements", "text ended_at repair_id"),
    _record("agreement_moments", "agreement_id kind note happened_at"),
    _record(
        "repairs",
        "topic kind proposed_by proposed_time agreed_at paused_by paused_at resume_at finished_at",
    ),
    _plain(
        "repair_marks",
        "repair_id step partner_id kind",
        "repair_id step partner_id kind marked_at",
    ),
    _record("repair_answers", "repair_id step body submitted_at"),
    _record("repair_plan_items", "repair_id text promise_id agreement_id"),
    _record(
        "export_log",
        "kind file_format period_start period_end sections protected partner_words",
    ),
    _plain("therapy_consent", "record_id", "record_id author_id allowed updated_at"),
    _record("practices", "what times_per_week ended_at"),
    _record("practice_times", "practice_id practised_on note"),
    _record("therapist_questions", "text talked_about_at"),
    _record("checkins", "week_of close safe hopeful note"),
    _record("talks", "topic proposed_by proposed_time agreed_at notes agreement_id finished_at"),
    _record("talk_prep", "talk_id prompt_id body"),
    _record("knowing_rounds", "prompt_id"),
    _plain("knowing_marks", "round_id partner_id", "round_id partner_id marked_at"),
    _record("knowing_answers", "round_id mine guess submitted_at"),
)

BY_NAME = {t.name: t for t in TRAVELLERS}


def key_json(table: Traveller, row: str) -> str:
    """SQL for a row's key as a JSON array (`row` is `new` or `old`)."""
    return "json_array(" + ", ".join(f"{row}.{c}" for c in table.key) + ")"


def capture_triggers(table: Traveller) -> str:
    """The three triggers that note changes to `table` in the outbox.

    A later step that adds a column to a travelling table drops and recreates its
    `_sync_update` trigger with this function and the new column list.
    """
    name = table.name
    on = "WHEN (SELECT capture FROM sync_switch) = 1"
    stamp = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"
    changed = " || ".join(
        f"CASE WHEN old.{c} IS NOT new.{c} THEN '{c} ' ELSE '' END" for c in table.columns
    )
    return f"""
    CREATE TRIGGER {name}_sync_insert AFTER INSERT ON {name} {on} BEGIN
        INSERT INTO sync_outbox (tbl, pk, kind, cols, at_ms)
        VALUES ('{name}', {key_json(table, "new")}, 'i', NULL, {stamp});
    END;
    CREATE TRIGGER {name}_sync_update AFTER UPDATE ON {name} {on} BEGIN
        INSERT INTO sync_outbox (tbl, pk, kind, cols, at_ms)
        SELECT '{name}', {key_json(table, "new")}, 'u', changed, {stamp}
        FROM (SELECT rtrim({changed}) AS changed) WHERE changed != '';
    END;
    CREATE TRIGGER {name}_sync_delete AFTER DELETE ON {name} {on} BEGIN
        INSERT INTO sync_outbox (tbl, pk, kind, cols, at_ms)
        VALUES ('{name}', {key_json(table, "old")}, 'd', NULL, {stamp});
    END;
    """


SYNC_TABLES = """
    -- 1 while this space is linked to a sync folder and not applying another computer's
    -- changes: the capture triggers note changes only then.
    CREATE TABLE sync_switch (
        one INTEGER PRIMARY KEY CHECK (one = 1),
        capture INTEGER NOT NULL DEFAULT 0
    );
    INSERT INTO sync_switch (one, capture) VALUES (1, 0);

    -- Changes noted, not yet sent: one line per change, many per row.
    CREATE TABLE sync_outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        tbl TEXT NOT NULL,
        pk TEXT NOT NULL,  -- the row's key as a JSON array
        kind TEXT NOT NULL CHECK (kind IN ('i', 'u', 'd')),
        cols TEXT,  -- an update's changed columns, space separated
        at_ms INTEGER NOT NULL  -- wall time of the change, in milliseconds
    );

    -- The version of each row this space holds: its stamp, and the stamps of columns
    -- changed since (JSON, only when some were), or that it was deleted (never again).
    CREATE TABLE sync_rows (
        tbl TEXT NOT NULL,
        pk TEXT NOT NULL,
        stamp TEXT NOT NULL,
        cols TEXT,
        deleted INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (tbl, pk)
    ) WITHOUT ROWID;

    -- Op files sealed here and not yet written to the sync folder (a crash between the
    -- two leaves them here, written at the next exchange).
    CREATE TABLE sync_unsent (
        device TEXT NOT NULL,
        seq INTEGER NOT NULL,
        body BLOB NOT NULL,  -- already encrypted
        PRIMARY KEY (device, seq)
    ) WITHOUT ROWID;

    -- Per other computer: the last of its op files applied here, and when.
    CREATE TABLE sync_applied (
        device TEXT PRIMARY KEY,
        seq INTEGER NOT NULL,
        heard_at TEXT NOT NULL,
        waiting_since TEXT,  -- its next file has been missing or unreadable since then
        waiting_reason TEXT
    ) WITHOUT ROWID;

    -- Changes that arrived before what they depend on (their row, parent or marks).
    CREATE TABLE sync_waiting (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        device TEXT NOT NULL,
        tbl TEXT NOT NULL,
        pk TEXT NOT NULL,
        op TEXT NOT NULL,  -- JSON
        since TEXT NOT NULL
    );
    CREATE INDEX sync_waiting_by_row ON sync_waiting (tbl, pk);

    -- Changes refused (a rule they break), kept aside and reported, never applied.
    CREATE TABLE sync_refused (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        device TEXT NOT NULL,
        tbl TEXT NOT NULL,
        pk TEXT NOT NULL,
        reason TEXT NOT NULL,
        at TEXT NOT NULL
    );

    -- What the same author wrote on another computer while apart, not shown (the later
    -- edit is): kept so the author can open it.
    CREATE TABLE sync_earlier (
        tbl TEXT NOT NULL,
        pk TEXT NOT NULL,
        stamp TEXT NOT NULL,  -- the earlier version's
        author_id TEXT NOT NULL,
        vals TEXT NOT NULL,  -- JSON: the columns it differs in, as that computer had them
        kept_at TEXT NOT NULL,
        PRIMARY KEY (tbl, pk, stamp)
    ) WITHOUT ROWID;

    -- This space's sync settings: the hybrid clock's last stamp, each device's next seq.
    CREATE TABLE sync_state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID;
"""


def capture_step() -> str:
    """Schema step 18: the sync bookkeeping and every travelling table's triggers."""
    return SYNC_TABLES + "".join(capture_triggers(t) for t in TRAVELLERS)
