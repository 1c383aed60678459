"""Disclosing and correcting as operations across the two files (DESIGN §3).

Disclose: the author's private space records the operation with any "why" kept private;
the disclosures then land in the shared space, and only after that are the drafts removed.
A crash delays a disclosure, never shows one twice or loses a draft.

Correct: the private "why" of the correction is recorded first, with the operation, so it
can no longer be lost between the files; the shared space then takes the correction, if
the original was not corrected in the meantime (checked again when applied).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from toward.core.ledger.records import LINES, WITHHELD
from toward.core.sharing import insert
from toward.vault.database import Connection
from toward.vault.oplog import Kind, Op, OpRefused

DISCLOSE = "ledger.disclose"
CORRECT = "ledger.correct"


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


KINDS: dict[str, Kind] = {
    DISCLOSE: Kind(apply=_apply_disclose, finish=_finish_disclose, undo=_undo_withheld),
    CORRECT: Kind(apply=_apply_correct, undo=_undo_withheld),
}
