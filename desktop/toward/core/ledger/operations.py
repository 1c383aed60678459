"""Disclosing and correcting as operations across the two files (DESIGN §3).

Disclose: the author's private space records the operation with any "why" kept private;
the disclosures then land in the shared space, and only after that are the drafts removed.
A crash delays a disclosure, never shows one twice or loses a draft.

Correct: the private "why" of the correction is recorded first, with the operation, so it
can no longer be lost between the files; the shared space then takes the correction, if
the original was not corrected in the meantime (checked again when applied).

A disclosure that a version before the operation log left half done is finished once, at
unlock (`settle_older_disclosures`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from toward.core.ledger.records import LINES, WITHHELD
from toward.core.sharing import insert
from toward.vault.database import Connection, transaction
from toward.vault.oplog import Kind, Op, OpRefused

DISCLOSE = "ledger.disclose"
CORRECT = "ledger.correct"
# In a private space's meta table once its older half-done disclosures were looked for.
OLDER_DISCLOSURES_SETTLED = "older_disclosures_settled"


def keep_withheld(withheld: Mapping[str, str], private: Connection) -> None:
    """Keep the whys an author did not share, by the id of the disclosure they belong to."""
    for disclosure_id, why in withheld.items():
        private.execute(
            f"INSERT OR REPLACE INTO {WITHHELD} (disclosure_id, why) VALUES (?, ?)",
            (disclosure_id, why),
        )


def _apply_disclose(op: Op, shared: Connection) -> None:
    for values in op.payload["lines"]:
        already = shared.execute(
            f"SELECT 1 FROM {LINES} WHERE origin_id = ?", (values["origin_id"],)
        ).fetchone()
        if already is None:  # a draft is disclosed once, whatever asked twice
            insert(shared, LINES, values)


def _finish_disclose(op: Op, private: Connection) -> None:
    for values in op.payload["lines"]:
        private.execute(f"DELETE FROM {LINES} WHERE id = ?", (values["origin_id"],))


def _undo_withheld(op: Op, private: Connection) -> None:
    for values in _lines(op):
        private.execute(f"DELETE FROM {WITHHELD} WHERE disclosure_id = ?", (values["id"],))


def _apply_correct(op: Op, shared: Connection) -> None:
    line = op.payload["line"]
    changed = shared.execute(
        f"UPDATE {LINES} SET superseded_by = ? "
        "WHERE id = ? AND superseded_by IS NULL AND author_id = ?",
        (line["id"], line["corrects_id"], op.author_id),
    ).rowcount
    if changed != 1:
        raise OpRefused("This disclosure was corrected in the meantime.")
    insert(shared, LINES, line)


def _lines(op: Op) -> list[dict[str, Any]]:
    return list(op.payload.get("lines", ())) + (
        [op.payload["line"]] if "line" in op.payload else []
    )


def settle_older_disclosures(private: Connection, shared: Connection, partner_id: str) -> int:
    """Finish the disclosures a version before the operation log left half done.

    That version wrote a disclosure to the shared space first, then (a second transaction)
    kept its withheld why and removed the draft in the private one; a crash between the
    two left a draft whose disclosure is already shared, with its private why unattached.
    Each is finished here in one private transaction, the why kept under the disclosure's
    id, as if the second transaction had landed. Done once per private file: this version
    never leaves that state (its disclosures are operations). Returns how many it finished.
    """
    if private.execute("SELECT 1 FROM meta WHERE key = ?", (OLDER_DISCLOSURES_SETTLED,)).fetchone():
        return 0
    drafts = {
        r[0]: (bool(r[1]), r[2])
        for r in private.execute(
            f"SELECT id, why_withheld, why FROM {LINES} "
            "WHERE disclosed_at IS NULL AND author_id = ?",
            (partner_id,),
        )
    }
    ids = list(drafts)
    disclosed: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        rows = shared.execute(
            f"SELECT origin_id, id FROM {LINES} WHERE origin_id IN ({marks}) AND author_id = ?",
            (*chunk, partner_id),
        )
        disclosed |= {r[0]: r[1] for r in rows}
    with transaction(private):
        for draft_id, disclosure_id in disclosed.items():
            withheld, why = drafts[draft_id]
            if withheld:
                keep_withheld({disclosure_id: why}, private)
            private.execute(f"DELETE FROM {LINES} WHERE id = ?", (draft_id,))
        private.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')", (OLDER_DISCLOSURES_SETTLED,)
        )
    return len(disclosed)


KINDS: dict[str, Kind] = {
    DISCLOSE: Kind(apply=_apply_disclose, finish=_finish_disclose, undo=_undo_withheld),
    CORRECT: Kind(apply=_apply_correct, undo=_undo_withheld),
}
