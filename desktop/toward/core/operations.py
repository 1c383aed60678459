"""Every kind of change across files, by name: what the operation log replays (DESIGN §3).

Each feature keeps its kinds beside its code; this table joins them, so replaying an
operation at unlock (or, later, from another computer) finds its functions by its kind.
Importing rows (an import of a Toward export) is a kind of its own that knows no feature.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any

from toward.core import sharing
from toward.core.ledger.operations import KINDS as LEDGER_KINDS
from toward.core.repairs.sealed import KINDS as REPAIR_KINDS
from toward.core.talks.knowing import KINDS as KNOWING_KINDS
from toward.vault.database import Connection
from toward.vault.oplog import Kind, Op

IMPORT_ROWS = "rows.import"


def import_payload(
    shared: Sequence[tuple[str, Sequence[Mapping[str, Any]]]],
    private: Sequence[tuple[str, Sequence[str], Sequence[Mapping[str, Any]]]],
) -> dict[str, Any]:
    """Rows for the shared space (table, rows), and the keys of the private rows written
    with them (table, key columns, rows) so a refused import can take those back."""
    return {
        "shared": [{"table": table, "rows": list(rows)} for table, rows in shared],
        "private": [
            {"table": table, "keys": list(keys), "values": [[r[k] for k in keys] for r in rows]}
            for table, keys, rows in private
        ],
    }


def _apply_import(op: Op, shared: Connection) -> None:
    for batch in op.payload["shared"]:
        for row in batch["rows"]:
            sharing.insert(shared, batch["table"], row)


def _undo_import(op: Op, private: Connection) -> None:
    # Children were listed before their parents' deletion would cascade; delete in reverse.
    for batch in reversed(op.payload["private"]):
        match = " AND ".join(f"{name} = ?" for name in batch["keys"])
        for values in batch["values"]:
            private.execute(f"DELETE FROM {batch['table']} WHERE {match}", values)


KINDS: Mapping[str, Kind] = MappingProxyType(
    {
        **sharing.KINDS,
        **LEDGER_KINDS,
        **REPAIR_KINDS,
        **KNOWING_KINDS,
        IMPORT_ROWS: Kind(apply=_apply_import, undo=_undo_import),
    }
)
