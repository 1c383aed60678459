"""Who may change what, checked again when another computer's change is applied (SYNC.md).

Every row has one owner: its author (or, for marks, the partner they mark). A change is
applied only if the computer that wrote it belongs to the owner, with two exceptions that
the app itself makes: the other partner may set the columns that answer a record (a
promise kept, new terms accepted, a time agreed, an agreement confirmed) but never the
owner's words; and rows that hang from a record (marks, replies, pictures) go with it when
its author deletes it. Rules that depend on order are checked here too: a sealed answer
enters the shared space only once both partners' "submitted" marks are there.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from toward.core.capture import RECORD, Traveller
from toward.vault.database import Connection

# Columns only a row's owner sets: the words they wrote and what identifies the record.
# Any other column may be set by either partner (the answering side of a record).
_OWNER_ONLY: dict[str, str] = {
    "journal_entries": "title body mood trust_kinds tags prompt_id unshared_at",
    "journal_images": "id entry_id position name mime data created_at",
    "journal_replies": "entry_id body unshared_at",
    "bids": "bidder_id kind description made_at answer note mood_after unshared_at",
    "ledger_lines": (
        "occurred_on amount_minor currency account payee category purpose why why_withheld "
        "import_key disclosed_at days_taken agreed_days corrects_id correction_note unshared_at"
    ),
    "ledger_responses": "disclosure_id kind text",
    "ledger_agreements": "threshold_minor currency days",
    "promises": "promiser_id to_id what due_on made_at renegotiated_from repair_id",
    "agreements": "text repair_id",
    "agreement_moments": "agreement_id kind note happened_at",
    "repairs": "topic kind",
    "repair_answers": "repair_id step body submitted_at",
    "repair_plan_items": "repair_id text",
    "export_log": "kind file_format period_start period_end sections protected partner_words",
    "practices": "what times_per_week",
    "practice_times": "practice_id practised_on note",
    "therapist_questions": "text",
    "talks": "topic",
    "talk_prep": "talk_id prompt_id body",
    "knowing_rounds": "prompt_id",
    "knowing_answers": "round_id mine guess submitted_at",
}

# Rows that belong to a record and are removed with it by whoever removes the record.
_DEPENDENT = {
    "journal_images",
    "journal_replies",
    "read_marks",
    "agreement_moments",
    "practice_times",
    "therapy_consent",
    "repair_marks",
    "knowing_marks",
}

# Foreign keys: a row waits for its parent, and is dropped once the parent was deleted.
PARENTS: dict[str, tuple[str, str]] = {
    "journal_images": ("journal_entries", "entry_id"),
    "journal_replies": ("journal_entries", "entry_id"),
    "agreement_moments": ("agreements", "agreement_id"),
    "practice_times": ("practices", "practice_id"),
}

# Not worth keeping as an earlier version: they change with every edit.
BOOKKEEPING = {"updated_at", "status_at", "status_on", "marked_at", "read_at"}


def owner(conn: Connection, table: Traveller, row: Mapping[str, Any]) -> str | None:
    """The partner a row belongs to (None: its parent is not here yet)."""
    if table.name == "journal_images":
        found = conn.execute(
            "SELECT author_id FROM journal_entries WHERE id = ?", (row["entry_id"],)
        ).fetchone()
        return None if found is None else str(found[0])
    return owner_in_row(row)


def owner_in_row(row: Mapping[str, Any]) -> str | None:
    """The partner a row names as its owner, if it names one (a picture does not)."""
    if "author_id" in row:
        return str(row["author_id"])
    if "partner_id" in row:
        return str(row["partner_id"])
    return None


def owner_only(table: Traveller) -> set[str]:
    identity = set(RECORD) - {"updated_at"}
    return identity | set(_OWNER_ONLY.get(table.name, " ".join(table.columns)).split())


def may_delete(table: Traveller, row_owner: str | None, writers: Iterable[str]) -> bool:
    return row_owner in set(writers) or table.name in _DEPENDENT


def update_refusal(
    table: Traveller,
    row: Mapping[str, Any],
    row_owner: str | None,
    changes: Mapping[str, Any],
    writers: Iterable[str],
) -> str | None:
    """Why an update from a computer of `writers` may not be applied, or None."""
    writers = set(writers)
    if (
        table.name == "promises"
        and changes.get("status") == "kept"
        and row["to_id"] not in writers
        and row.get("status") != "kept"
    ):
        return "only the partner a promise was made to marks it kept"
    if row_owner in writers:
        return None
    touched = {c for c, v in changes.items() if row.get(c) != v}
    if touched & owner_only(table):
        return "it changes words only their author may change"
    return None


def sealed_until_both(conn: Connection, table: Traveller, values: Mapping[str, Any]) -> bool:
    """Whether a sealed answer must still wait for both partners' marks in the shared space."""
    return table.name in SEALED and not unsealed(conn, table, [values])


# A sealed answer's table: the marks that open it, and the columns that say which marks.
SEALED: dict[str, tuple[str, tuple[str, ...], str]] = {
    "repair_answers": ("repair_marks", ("repair_id", "step"), "AND kind = 'submitted'"),
    "knowing_answers": ("knowing_marks", ("round_id",), ""),
}


def unsealed(conn: Connection, table: Traveller, rows: Sequence[Mapping[str, Any]]) -> set[int]:
    """Which of these sealed answers (by index) have both partners' marks here, in one query."""
    marks, columns, kind = SEALED[table.name]
    wanted = [[row.get(c) for c in columns] for row in rows]
    # A value no answer has (missing, a picture's bytes) opens nothing: not asked.
    asked = [n for n, values in enumerate(wanted) if all(map(plain_value, values))]
    where = " AND ".join(f"{c} = json_extract(j.value, '$[{n}]')" for n, c in enumerate(columns))
    found = conn.execute(
        f"SELECT j.key FROM json_each(?) AS j WHERE (SELECT count(DISTINCT partner_id) "
        f"FROM {marks} WHERE {where} {kind}) >= 2",
        (json.dumps([wanted[n] for n in asked]),),
    )
    return {asked[int(row[0])] for row in found}


def plain_value(value: object) -> bool:
    """Whether a value can be looked up as it is: text or a number, not bytes or nothing."""
    return isinstance(value, str | int | float) and not isinstance(value, bool)
