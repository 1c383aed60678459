"""Applying another computer's op file to a space: last writer wins, per column, by stamp.

Each op file is applied in one transaction that also notes it as applied, with the capture
triggers switched off inside it (an applied change is never sent back). Per row:

- a delete wins: the row goes, with any earlier versions kept of it, and never comes back
  (a later edit of it is dropped; a mark, whose key can be set again, may come back later);
- an insert of a row not here yet is checked (whose it is, the rules that depend on
  order) and written; it waits when what it needs (its parent, both sealed marks) is not
  here yet, and is refused, kept aside and reported, when it breaks a rule (rows plainly
  new, such as a whole snapshot's, are checked and written many at a time: bulk.py);
- an update sets each column whose stamp is later than the one here. When the writer had
  not seen the version here (the same record changed on two computers while apart), the
  value not shown is kept as an earlier version the author can open.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import sqlcipher3

from toward.core.capture import BY_NAME, Traveller
from toward.sync import bulk, rules
from toward.sync.channel import Channel, capturing, key_text, save_clock, set_capture
from toward.vault.database import Connection, transaction
from toward.vault.oplog import decode, encode

APPLIED, SKIPPED, WAIT = "applied", "skipped", "wait"
_KINDS = ("i", "u", "d")


@dataclass
class Outcome:
    """What applying one file (and retrying what waited) did."""

    applied: int = 0
    refused: list[str] = field(default_factory=list)  # table and reason, for the report
    waiting: int = 0


class Refused(Exception):
    """An op that breaks a rule: kept aside and reported, never applied."""


def apply_file(
    channel: Channel, device: str, seq: int, content: Mapping[str, Any], household: Iterable[str]
) -> Outcome:
    """Apply one authentic op file from `device` (its `seq` is the next one expected)."""
    conn = channel.conn
    writers = [p for p in content.get("partners", []) if p in set(household)]
    outcome = Outcome()
    with transaction(conn):
        was_capturing = capturing(conn)
        set_capture(conn, False)
        versions = Versions(conn)
        if channel.owner is not None and channel.owner not in writers:
            outcome.refused.append("a private space's file from a computer not its owner's")
        else:
            ops = content.get("ops", [])

            def one_by_one(op: Mapping[str, Any]) -> None:
                _settle(versions, device, op, writers, channel.owner, outcome, waited=None)

            for table, run in bulk.runs(ops):
                if table is None:
                    one_by_one(run[0])
                else:
                    # Not `+=`: the rows applied one by one are counted while it runs.
                    inserted = bulk.insert_new(
                        versions, table, run, writers, channel.owner, one_by_one
                    )
                    outcome.applied += inserted
            stamps = [op["s"] for op in ops if isinstance(op.get("s"), str)]
            if stamps:
                save_clock(conn, max(stamps))
        versions.flush()
        _retry_waiting(versions, channel.owner, outcome)
        versions.flush()
        conn.execute(
            "INSERT INTO sync_applied (device, seq, heard_at) VALUES (?, ?, ?) "
            "ON CONFLICT (device) DO UPDATE SET seq = excluded.seq, "
            "heard_at = excluded.heard_at, waiting_since = NULL, waiting_reason = NULL",
            (device, seq, _now()),
        )
        set_capture(conn, was_capturing)
    return outcome


class Versions:
    """The version of each row (sync_rows), read once and written in one go per file."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._pending: dict[tuple[str, str], tuple[str, str | None, int]] = {}

    def get(self, table: str, pk: str) -> tuple[str, str | None, int] | None:
        found = self._pending.get((table, pk))
        if found is not None:
            return found
        row = self.conn.execute(
            "SELECT stamp, cols, deleted FROM sync_rows WHERE tbl = ? AND pk = ?", (table, pk)
        ).fetchone()
        return None if row is None else (str(row[0]), row[1], int(row[2]))

    def known(self, table: str, pks: list[str]) -> set[str]:
        """Which of these rows have a version here (written, or noted in this file)."""
        found = {pk for pk in pks if (table, pk) in self._pending}
        rows = self.conn.execute(
            "SELECT pk FROM sync_rows WHERE tbl = ? AND pk IN (SELECT value FROM json_each(?))",
            (table, json.dumps(pks)),
        )
        return found | {str(row[0]) for row in rows}

    def put(self, table: str, pk: str, stamp: str, cols: str | None, deleted: bool) -> None:
        self._pending[(table, pk)] = (stamp, cols, int(deleted))

    def flush(self) -> None:
        self.conn.executemany(
            "INSERT INTO sync_rows (tbl, pk, stamp, cols, deleted) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (tbl, pk) DO UPDATE SET stamp = excluded.stamp, cols = excluded.cols, "
            "deleted = excluded.deleted",
            # In key order: the rows' B-tree is written page after page, not all over.
            [(t, pk, *version) for (t, pk), version in sorted(self._pending.items())],
        )
        self._pending.clear()


def last_applied(conn: Connection, device: str) -> int:
    row = conn.execute("SELECT seq FROM sync_applied WHERE device = ?", (device,)).fetchone()
    return 0 if row is None else int(row[0])


def _settle(
    versions: Versions,
    device: str,
    op: Mapping[str, Any],
    writers: list[str],
    private_owner: str | None,
    outcome: Outcome,
    *,
    waited: int | None,
) -> None:
    """Apply one op, or keep it waiting, or refuse it; `waited` is its sync_waiting id.

    Every check comes before the op's one write, and a refused write changes nothing (each
    statement is atomic), so a refused op leaves no trace but its report.
    """
    conn = versions.conn
    table = BY_NAME.get(str(op.get("t")))
    try:
        if table is None or not isinstance(op.get("k"), list) or op.get("o") not in _KINDS:
            raise Refused("a change Toward does not know (written by a newer version?)")
        try:
            result = _apply_op(versions, table, op, writers, private_owner)
        except sqlcipher3.IntegrityError as exc:
            raise Refused(f"the database refused it ({exc})") from exc
    except Refused as refused:
        name = table.name if table else str(op.get("t"))
        _refuse(conn, device, name, key_text(list(op.get("k") or [])), str(refused))
        if waited is not None:
            conn.execute("DELETE FROM sync_waiting WHERE id = ?", (waited,))
        outcome.refused.append(f"{name}: {refused}")
        return
    if result == WAIT:
        if waited is None:
            conn.execute(
                "INSERT INTO sync_waiting (device, tbl, pk, op, since) VALUES (?, ?, ?, ?, ?)",
                (device, table.name, key_text(op["k"]), _dump(op, writers), _now()),
            )
        return
    if waited is not None:
        conn.execute("DELETE FROM sync_waiting WHERE id = ?", (waited,))
    if result == APPLIED:
        outcome.applied += 1


def _refuse(conn: Connection, device: str, table: str, pk: str, reason: str) -> None:
    conn.execute(
        "INSERT INTO sync_refused (device, tbl, pk, reason, at) VALUES (?, ?, ?, ?, ?)",
        (device, table, pk, reason, _now()),
    )


def _retry_waiting(versions: Versions, private_owner: str | None, outcome: Outcome) -> None:
    """Apply what waited for something that has now arrived, until nothing more moves."""
    conn = versions.conn
    while True:
        before = conn.execute("SELECT count(*) FROM sync_waiting").fetchone()[0]
        for waited, device, text in conn.execute(
            "SELECT id, device, op FROM sync_waiting ORDER BY id"
        ).fetchall():
            op = decode(text)
            writers = op.pop("_writers", [])
            _settle(versions, device, op, writers, private_owner, outcome, waited=waited)
        after = conn.execute("SELECT count(*) FROM sync_waiting").fetchone()[0]
        if after == before:
            outcome.waiting = after
            return


def _apply_op(
    versions: Versions,
    table: Traveller,
    op: Mapping[str, Any],
    writers: list[str],
    private_owner: str | None,
) -> str:
    conn = versions.conn
    pk = key_text(op["k"])
    stamp = str(op["s"])
    version = versions.get(table.name, pk)
    kind = op["o"]
    if kind == "i" and version is None and table.key == ("id",):
        # A record new here (ids are never reused): read it back only if it was here.
        values = {c: v for c, v in dict(op.get("v") or {}).items() if c in table.columns}
        try:
            return _insert(versions, table, pk, stamp, values, writers, private_owner)
        except sqlcipher3.IntegrityError:
            if _read(conn, table, op["k"]) is None:
                raise
    row = _read(conn, table, op["k"])
    if kind == "d":
        return _delete(versions, table, pk, stamp, version, row, writers, private_owner)
    values = {c: v for c, v in dict(op.get("v") or {}).items() if c in table.columns}
    if version is not None and version[2]:
        composite = table.key != ("id",)
        if not (kind == "i" and composite and stamp > version[0]):
            return SKIPPED  # deleted: a delete wins over a concurrent edit
        version = None  # a mark set again after it was taken back
    if row is None:
        if kind == "u" or version is not None:
            return SKIPPED if _parent_deleted(versions, table, values) else WAIT
        return _insert(versions, table, pk, stamp, values, writers, private_owner)
    if private_owner is None:
        why = rules.update_refusal(table, row, rules.owner(conn, table, row), values, writers)
        if why:
            raise Refused(why)
    base = op.get("b") if kind == "u" else None
    return _merge(versions, table, pk, stamp, row, version, values, base)


def _insert(
    versions: Versions,
    table: Traveller,
    pk: str,
    stamp: str,
    values: dict[str, Any],
    writers: list[str],
    private_owner: str | None,
) -> str:
    conn = versions.conn
    if set(table.key) - set(values):
        raise Refused("a row without its key")
    parent = rules.PARENTS.get(table.name)
    if parent is not None and _read(conn, BY_NAME[parent[0]], [values.get(parent[1])]) is None:
        return SKIPPED if _parent_deleted(versions, table, values) else WAIT
    if private_owner is None:
        row_owner = rules.owner(conn, table, values)
        if row_owner not in writers:
            raise Refused("its author is not the partner whose computer wrote it")
        if rules.sealed_until_both(conn, table, values):
            return WAIT
    other_copy = _other_copy_of_the_same_original(conn, table, values)
    if other_copy is not None:
        # Two shared copies of one original (published on two of its author's computers):
        # every computer keeps the one with the smaller id and deletes the other for good.
        if other_copy < str(values["id"]):
            versions.put(table.name, pk, stamp, None, deleted=True)
            return SKIPPED
        conn.execute(f"DELETE FROM {table.name} WHERE id = ?", (other_copy,))
        versions.put(table.name, key_text([other_copy]), stamp, None, deleted=True)
    columns = list(values)
    conn.execute(
        f"INSERT INTO {table.name} ({', '.join(columns)}) "
        f"VALUES ({', '.join('?' for _ in columns)})",
        [values[c] for c in columns],
    )
    versions.put(table.name, pk, stamp, None, deleted=False)
    return APPLIED


def _other_copy_of_the_same_original(
    conn: Connection, table: Traveller, values: Mapping[str, Any]
) -> str | None:
    origin = values.get("origin_id")
    if origin is None:
        return None
    found = conn.execute(
        f"SELECT id FROM {table.name} WHERE origin_id = ? AND id != ?", (origin, values["id"])
    ).fetchone()
    return None if found is None else str(found[0])


def _merge(
    versions: Versions,
    table: Traveller,
    pk: str,
    stamp: str,
    row: dict[str, Any],
    version: Any,
    values: dict[str, Any],
    base: Mapping[str, str] | None,
) -> str:
    conn = versions.conn
    # A row here before any stamp (made before capture began): the incoming one wins.
    row_stamp = "" if version is None else str(version[0])
    stamps: dict[str, str] = json.loads(version[1]) if version is not None and version[1] else {}
    if base is None and stamp == row_stamp:
        return SKIPPED  # the same insert again
    sets: dict[str, Any] = {}
    earlier: dict[str, dict[str, Any]] = {}
    for column, value in values.items():
        here = stamps.get(column, row_stamp)
        if stamp == here:
            continue
        if stamp > here:
            sets[column] = value
            stamps[column] = stamp
        apart = base is not None and base.get(column, row_stamp) != here
        if apart and column not in rules.BOOKKEEPING and row[column] != value:
            loser_stamp, loser_value = (here, row[column]) if stamp > here else (stamp, value)
            earlier.setdefault(loser_stamp, {})[column] = loser_value
    if sets:
        where = " AND ".join(f"{c} = ?" for c in table.key)
        conn.execute(
            f"UPDATE {table.name} SET {', '.join(f'{c} = ?' for c in sets)} WHERE {where}",
            [*sets.values(), *(row[c] for c in table.key)],
        )
    cols = json.dumps(stamps, sort_keys=True) if stamps else None
    versions.put(table.name, pk, row_stamp, cols, deleted=False)
    author = str(row.get("author_id") or row.get("partner_id") or "")
    for loser_stamp, kept in earlier.items():
        conn.execute(
            "INSERT INTO sync_earlier (tbl, pk, stamp, author_id, vals, kept_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (tbl, pk, stamp) DO UPDATE SET "
            "vals = json_patch(vals, excluded.vals)",
            (table.name, pk, loser_stamp, author, _dump(kept, None), _now()),
        )
    return APPLIED if sets else SKIPPED


def _delete(
    versions: Versions,
    table: Traveller,
    pk: str,
    stamp: str,
    version: Any,
    row: dict[str, Any] | None,
    writers: list[str],
    private_owner: str | None,
) -> str:
    conn = versions.conn
    if version is not None and version[2] and row is None:
        return SKIPPED
    if row is not None:
        if private_owner is None and not rules.may_delete(
            table, rules.owner(conn, table, row), writers
        ):
            raise Refused("only its author may delete it")
        where = " AND ".join(f"{c} = ?" for c in table.key)
        conn.execute(f"DELETE FROM {table.name} WHERE {where}", [row[c] for c in table.key])
    versions.put(table.name, pk, stamp, None, deleted=True)
    # Deleting is the author's wish for the text to be gone: earlier versions go too.
    conn.execute("DELETE FROM sync_earlier WHERE tbl = ? AND pk = ?", (table.name, pk))
    conn.execute("DELETE FROM sync_waiting WHERE tbl = ? AND pk = ?", (table.name, pk))
    return APPLIED if row is not None else SKIPPED


def _parent_deleted(versions: Versions, table: Traveller, values: Mapping[str, Any]) -> bool:
    parent = rules.PARENTS.get(table.name)
    if parent is None or values.get(parent[1]) is None:
        return False
    found = versions.get(parent[0], key_text([values[parent[1]]]))
    return bool(found and found[2])


def _read(conn: Connection, table: Traveller, key: list[Any]) -> dict[str, Any] | None:
    if len(key) != len(table.key):
        raise Refused("a row key of the wrong shape")
    where = " AND ".join(f"{c} = ?" for c in table.key)
    found = conn.execute(
        f"SELECT {', '.join(table.columns)} FROM {table.name} WHERE {where}", key
    ).fetchone()
    return None if found is None else dict(zip(table.columns, tuple(found), strict=True))


def _dump(op: Mapping[str, Any], writers: list[str] | None) -> str:
    data = dict(op)
    if writers is not None:
        data["_writers"] = writers
    return encode(data)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
