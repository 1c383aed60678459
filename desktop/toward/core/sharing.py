"""Sharing as operations across the two files (DESIGN §3: changes across files).

Each change is ordered so that a half-done one reveals less, never more:
- share: the original is marked shared first, then the copy lands in the shared space;
  a crash delays the copy, never leaves one its author's view does not know about;
- unshare: the copy is removed from the shared space first, then the original is marked
  not shared;
- deleting a shared original: it is gone first, then its copy forgets the link.

The apply functions see only the operation and the shared database, and check again what
they rely on there.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from toward.vault.database import Connection
from toward.vault.oplog import Kind, Op, OpRefused

SHARE = "record.share"
UNSHARE = "record.unshare"
FORGET_ORIGIN = "record.forget_origin"


def share_payload(
    table: str,
    row: Mapping[str, Any],
    content: Mapping[str, object],
    shared_id: str,
    now: str,
    children: Sequence[Mapping[str, Any]],
) -> dict[str, Any]:
    """What a share carries: the copy's content and child rows, and the original's marks.

    `children` lists each child table as {"table", "parent", "rows"}; rows are None when
    the children stay private (their old copies are still removed).
    """
    return {
        "table": table,
        "record_id": row["id"],
        "shared_id": shared_id,
        "created_at": row["created_at"],
        "at": now,
        "content": dict(content),
        "children": list(children),
        "before": {name: row[name] for name in ("shared_id", "shared_at", "unshared_at")},
    }


def mark_shared(payload: Mapping[str, Any], private: Connection) -> None:
    """The original's side of a share, committed with the operation."""
    private.execute(
        f"UPDATE {payload['table']} SET shared_id = ?, shared_at = ?, unshared_at = NULL "
        "WHERE id = ?",
        (payload["shared_id"], payload["at"], payload["record_id"]),
    )


def apply_share(op: Op, shared: Connection) -> None:
    """Write (or refresh) the shared copy named by the operation, with its child rows."""
    p = op.payload
    table, shared_id = p["table"], p["shared_id"]
    found = shared.execute(
        f"SELECT id, author_id FROM {table} WHERE id = ? OR origin_id = ?",
        (shared_id, p["record_id"]),
    ).fetchall()
    if any(r["author_id"] != op.author_id for r in found):
        raise OpRefused("a record of someone else's stands where this copy would go")
    for stale in (r["id"] for r in found if r["id"] != shared_id):
        # A copy an interrupted share of an older version left behind: replaced.
        _delete_copy(shared, table, stale, p["children"])
    content = p["content"]
    if any(r["id"] == shared_id for r in found):
        assignments = ", ".join(f"{name} = ?" for name in content)
        shared.execute(
            f"UPDATE {table} SET {assignments}, updated_at = ? WHERE id = ?",
            (*content.values(), p["at"], shared_id),
        )
    else:
        values = {
            "id": shared_id,
            "author_id": op.author_id,
            "created_at": p["created_at"],
            "updated_at": p["at"],
            "origin_id": p["record_id"],
            **content,
        }
        insert(shared, table, values)
    for child in p["children"]:
        shared.execute(f"DELETE FROM {child['table']} WHERE {child['parent']} = ?", (shared_id,))
        for row in child["rows"] or ():
            # Child ids derive from the operation, so a copy is the same wherever it lands.
            child_id = uuid.uuid5(uuid.UUID(op.id), f"{child['table']}/{row['id']}").hex
            values = {name: value for name, value in row.items() if name != "id"}
            insert(shared, child["table"], {"id": child_id, child["parent"]: shared_id, **values})


def undo_share(op: Op, private: Connection) -> None:
    """Put the original's marks back as they were before the share was asked."""
    p = op.payload
    before = p["before"]
    private.execute(
        f"UPDATE {p['table']} SET shared_id = ?, shared_at = ?, unshared_at = ? WHERE id = ?",
        (before["shared_id"], before["shared_at"], before["unshared_at"], p["record_id"]),
    )


def unshare_payload(
    table: str, record_id: str, shared_id: str | None, now: str, child_tables: Sequence[Any]
) -> dict[str, Any]:
    return {
        "table": table,
        "record_id": record_id,
        "shared_id": shared_id or "",
        "at": now,
        "children": [{"table": c.table, "parent": c.parent_column} for c in child_tables],
    }


def apply_unshare(op: Op, shared: Connection) -> None:
    """Remove every shared copy of the original, its child rows and read marks."""
    p = op.payload
    table = p["table"]
    copies = shared.execute(
        f"SELECT id, author_id FROM {table} WHERE origin_id = ? OR id = ?",
        (p["record_id"], p["shared_id"]),
    ).fetchall()
    for copy in copies:
        if copy["author_id"] != op.author_id:
            raise OpRefused("only its author can unshare a record")
        _delete_copy(shared, table, copy["id"], p["children"])


def finish_unshare(op: Op, private: Connection) -> None:
    """Once no copy is left: the original says it is no longer shared."""
    p = op.payload
    private.execute(
        f"UPDATE {p['table']} SET shared_id = NULL, unshared_at = ? WHERE id = ?",
        (p["at"], p["record_id"]),
    )


def nothing_to_undo(op: Op, private: Connection) -> None:
    """An operation whose recorded side changed nothing yet: taking it back is dropping it."""


def apply_forget_origin(op: Op, shared: Connection) -> None:
    """The private original is gone: its shared copy stays and stops pointing at it."""
    p = op.payload
    shared.execute(
        f"UPDATE {p['table']} SET origin_id = NULL WHERE id = ? AND author_id = ?",
        (p["shared_id"], op.author_id),
    )


def insert(conn: Connection, table: str, values: Mapping[str, object]) -> None:
    names = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    conn.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(values.values()))


def _delete_copy(
    shared: Connection, table: str, copy_id: str, children: Sequence[Mapping[str, Any]]
) -> None:
    for child in children:
        shared.execute(f"DELETE FROM {child['table']} WHERE {child['parent']} = ?", (copy_id,))
    shared.execute(f"DELETE FROM {table} WHERE id = ?", (copy_id,))
    shared.execute("DELETE FROM read_marks WHERE record_id = ?", (copy_id,))


KINDS: dict[str, Kind] = {
    SHARE: Kind(apply=apply_share, undo=undo_share),
    UNSHARE: Kind(apply=apply_unshare, finish=finish_unshare, undo=nothing_to_undo),
    FORGET_ORIGIN: Kind(apply=apply_forget_origin),
}
