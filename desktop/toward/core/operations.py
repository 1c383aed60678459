"""Every kind of change across files, by name: what the operation log replays (DESIGN §3).

Each feature keeps its kinds beside its code; this table joins them, so replaying an
operation at unlock (or, later, from another computer) finds its functions by its kind.
Importing rows (an import of a Toward export) is a kind of its own that knows no feature.

An operation whose rule no longer held when it was applied is kept aside, never half
applied; `kept_aside` says so in words its author can read (shown after unlock and by
`toward doctor`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from types import MappingProxyType
from typing import Any

from toward.core import sharing
from toward.core.i18n import QT_TRANSLATE_NOOP, translate
from toward.core.ledger import operations as ledger
from toward.core.repairs import sealed as repairs
from toward.core.talks import knowing
from toward.vault.database import Connection
from toward.vault.oplog import Kind, Op, Refusal, stamp_moment

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
        **ledger.KINDS,
        **repairs.KINDS,
        **knowing.KINDS,
        IMPORT_ROWS: Kind(apply=_apply_import, undo=_undo_import),
    }
)


@dataclass(frozen=True)
class KeptAside:
    """A change that could not be applied and was kept aside, in words for its author."""

    what: str  # the change asked for
    why: str  # why it could not be applied
    asked_at: datetime


# Per kind: what the change was, and why such a change is refused (the one rule it checks).
_WORDS: Mapping[str, tuple[str, str]] = {
    sharing.SHARE: (
        QT_TRANSLATE_NOOP("core.operations", "Sharing one of your records"),
        QT_TRANSLATE_NOOP(
            "core.operations",
            "Something of your partner's already stood where its shared copy would go.",
        ),
    ),
    sharing.UNSHARE: (
        QT_TRANSLATE_NOOP(
            "core.operations", "Taking one of your records back from the shared space"
        ),
        QT_TRANSLATE_NOOP("core.operations", "Its shared copy was not yours to remove."),
    ),
    ledger.DISCLOSE: (
        QT_TRANSLATE_NOOP("core.operations", "Disclosing a purchase"),
        QT_TRANSLATE_NOOP("core.operations", "The shared ledger already held a line in its place."),
    ),
    ledger.CORRECT: (
        QT_TRANSLATE_NOOP("core.operations", "Correcting a disclosure"),
        QT_TRANSLATE_NOOP(
            "core.operations", "That disclosure had already been corrected in the meantime."
        ),
    ),
    repairs.PUBLISH: (
        QT_TRANSLATE_NOOP("core.operations", "Revealing your answer in a repair conversation"),
        QT_TRANSLATE_NOOP(
            "core.operations",
            "An answer stays sealed until both of you have answered; yours waits in your space.",
        ),
    ),
    knowing.PUBLISH: (
        QT_TRANSLATE_NOOP("core.operations", "Revealing your answer in a knowing round"),
        QT_TRANSLATE_NOOP(
            "core.operations",
            "An answer stays sealed until both of you have answered; yours waits in your space.",
        ),
    ),
    IMPORT_ROWS: (
        QT_TRANSLATE_NOOP("core.operations", "Importing records into both spaces"),
        QT_TRANSLATE_NOOP(
            "core.operations", "The shared space already held some of them in their place."
        ),
    ),
}
_ANY_CHANGE = (
    QT_TRANSLATE_NOOP("core.operations", "A change to your private and shared spaces"),
    QT_TRANSLATE_NOOP("core.operations", "The shared space no longer allowed it."),
)


def kept_aside(refusal: Refusal) -> KeptAside:
    """A refused operation in words for the person whose change it was."""
    what, why = _WORDS.get(refusal.op.kind, _ANY_CHANGE)
    return KeptAside(
        what=translate("core.operations", what),
        why=translate("core.operations", why),
        asked_at=stamp_moment(refusal.op.stamp),
    )


def nothing_half_applied() -> str:
    """What holds for every change kept aside, said once under the list."""
    return translate(
        "core.operations",
        "Nothing of it was half applied: the shared space took none of it, and your own "
        "space is as it was before you asked.",
    )
