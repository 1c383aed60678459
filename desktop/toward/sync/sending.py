"""Turning a space's outbox into sealed op files: one batch per exchange, never one per row.

In one transaction the outbox's changes are folded into one op per row (an insert with the
whole row, an update with the columns it changed and the stamps they had, or a delete),
stamped by the hybrid clock, recorded as this space's version of each row, sealed into
files of a few MB and kept in `sync_unsent`. Only then are the files written to the sync
folder: a crash in between writes them at the next exchange, and a file is never written
twice under one name.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from toward.core.capture import BY_NAME, TRAVELLERS, Traveller, key_json
from toward.sync.channel import Channel, get_state, save_clock, set_capture, set_state, stamper
from toward.sync.copies import mark_copy_due
from toward.sync.folder import SyncFolder
from toward.sync.sealing import Unreadable, open_sealed, seal
from toward.vault.database import Connection, transaction
from toward.vault.oplog import encode

FILE_FORMAT = 1
BATCH_BYTES = 4 * 1024 * 1024  # of ops as JSON, before compression
_RANK = {t.name: n for n, t in enumerate(TRAVELLERS)}


def start_capture(conn: Connection, *, snapshot: bool) -> None:
    """Note changes from now on; with `snapshot`, every existing row as an insert first,
    and a copy of the database due once they are sent (copies.py)."""
    now_ms = int(datetime.now(UTC).timestamp() * 1000)
    with transaction(conn):
        if snapshot:
            for table in TRAVELLERS:
                conn.execute(
                    "INSERT INTO sync_outbox (tbl, pk, kind, cols, at_ms) "
                    f"SELECT '{table.name}', {key_json(table, table.name)}, 'i', NULL, ? "
                    f"FROM {table.name}",
                    (now_ms,),
                )
            mark_copy_due(conn)
        set_capture(conn, True)


def seal_outbox(
    channel: Channel, device: str, household_id: str, partners: Sequence[str], folder: SyncFolder
) -> int:
    """Fold the outbox into sealed batches kept in `sync_unsent`; return how many ops."""
    conn = channel.conn
    with transaction(conn):
        lines = conn.execute(
            "SELECT seq, tbl, pk, kind, cols, at_ms FROM sync_outbox ORDER BY seq"
        ).fetchall()
        if not lines:
            return 0
        clock = stamper(conn, device)
        ops = [_op(conn, clock, *row) for row in _fold(lines)]
        # Deletes first (an unshared copy goes before its replacement arrives), then
        # parents before children.
        ops.sort(key=lambda op: (op["o"] != "d", _RANK[op["t"]]))
        seq = max(int(get_state(conn, f"seq/{device}", "0") or 0), 0)
        seq = max(seq, folder.highest_seq(channel.space, device))
        for batch in _batches(ops):
            seq += 1
            content = {
                "format": FILE_FORMAT,
                "household": household_id,
                "device": device,
                "partners": list(partners),
                "seq": seq,
                "ops": batch,
            }
            place = folder.op_place(channel.space, device, seq)
            conn.execute(
                "INSERT INTO sync_unsent (device, seq, body) VALUES (?, ?, ?)",
                (device, seq, seal(channel.key, place, content)),
            )
        set_state(conn, f"seq/{device}", str(seq))
        save_clock(conn, f"{clock.wall:013d}-{clock.count:06d}-{device}")
        conn.execute("DELETE FROM sync_outbox WHERE seq <= ?", (lines[-1][0],))
    return len(ops)


def flush_unsent(channel: Channel, device: str, folder: SyncFolder) -> int:
    """Write the sealed batches to the sync folder; return how many files were written.

    A name already taken by a file with other content (a data folder restored from an
    older backup reuses its numbers) gets the batch re-sealed under the next free number.
    """
    conn = channel.conn
    written = 0
    for seq, body in conn.execute(
        "SELECT seq, body FROM sync_unsent WHERE device = ? ORDER BY seq", (device,)
    ).fetchall():
        if folder.write_op(channel.space, device, seq, body):
            written += 1
        elif folder.read_op(channel.space, device, seq) != body:
            _reseal(channel, device, folder, seq, body)
            written += 1
            continue
        with transaction(conn):
            conn.execute("DELETE FROM sync_unsent WHERE device = ? AND seq = ?", (device, seq))
    return written


def _reseal(channel: Channel, device: str, folder: SyncFolder, seq: int, body: bytes) -> None:
    try:
        content = open_sealed(channel.key, folder.op_place(channel.space, device, seq), body)
    except Unreadable:
        return
    conn = channel.conn
    with transaction(conn):
        new_seq = max(folder.highest_seq(channel.space, device), seq) + 1
        content["seq"] = new_seq
        place = folder.op_place(channel.space, device, new_seq)
        conn.execute("DELETE FROM sync_unsent WHERE device = ? AND seq = ?", (device, seq))
        conn.execute(
            "INSERT INTO sync_unsent (device, seq, body) VALUES (?, ?, ?)",
            (device, new_seq, seal(channel.key, place, content)),
        )
        set_state(conn, f"seq/{device}", str(new_seq))
    flush_unsent(channel, device, folder)


def _fold(lines: list[Any]) -> list[tuple[str, str, str, set[str], int]]:
    """One entry per row: (table, key, first kind, changed columns, latest time)."""
    rows: dict[tuple[str, str], tuple[str, set[str], int]] = {}
    for _seq, tbl, pk, kind, cols, at_ms in lines:
        if tbl not in BY_NAME:
            continue
        first, changed, _at = rows.get((tbl, pk), (kind, set(), 0))
        if kind == "i" and first == "d":
            first = "i"  # deleted and made again (a mark set anew): the row as it is now
        changed |= set((cols or "").split())
        rows[(tbl, pk)] = (first, changed, int(at_ms))
    return [(tbl, pk, *rest) for (tbl, pk), rest in rows.items()]


def _op(
    conn: Connection, clock: Any, tbl: str, pk: str, first: str, changed: set[str], at_ms: int
) -> dict[str, Any]:
    table = BY_NAME[tbl]
    key = json.loads(pk)
    stamp = clock.tick(at_ms)
    version = conn.execute(
        "SELECT stamp, cols, deleted FROM sync_rows WHERE tbl = ? AND pk = ?", (tbl, pk)
    ).fetchone()
    row = _read_row(conn, table, key)
    if row is None:
        conn.execute(
            "INSERT INTO sync_rows (tbl, pk, stamp, cols, deleted) VALUES (?, ?, ?, NULL, 1) "
            "ON CONFLICT (tbl, pk) DO UPDATE SET stamp = excluded.stamp, cols = NULL, "
            "deleted = 1",
            (tbl, pk, stamp),
        )
        conn.execute("DELETE FROM sync_earlier WHERE tbl = ? AND pk = ?", (tbl, pk))
        return {"t": tbl, "k": key, "o": "d", "s": stamp}
    if first == "i" or version is None or version[2]:
        conn.execute(
            "INSERT INTO sync_rows (tbl, pk, stamp, cols, deleted) VALUES (?, ?, ?, NULL, 0) "
            "ON CONFLICT (tbl, pk) DO UPDATE SET stamp = excluded.stamp, cols = NULL, "
            "deleted = 0",
            (tbl, pk, stamp),
        )
        return {"t": tbl, "k": key, "o": "i", "s": stamp, "v": row}
    stamps = json.loads(version[1]) if version[1] else {}
    columns = sorted(c for c in changed if c in row)
    base = {c: stamps.get(c, version[0]) for c in columns}
    stamps.update({c: stamp for c in columns})
    conn.execute(
        "UPDATE sync_rows SET cols = ? WHERE tbl = ? AND pk = ?", (json.dumps(stamps), tbl, pk)
    )
    return {
        "t": tbl,
        "k": key,
        "o": "u",
        "s": stamp,
        "v": {c: row[c] for c in columns},
        "b": base,
    }


def _read_row(conn: Connection, table: Traveller, key: list[Any]) -> dict[str, Any] | None:
    where = " AND ".join(f"{c} = ?" for c in table.key)
    columns = ", ".join(table.columns)
    found = conn.execute(f"SELECT {columns} FROM {table.name} WHERE {where}", key).fetchone()
    return None if found is None else dict(zip(table.columns, tuple(found), strict=True))


def _batches(ops: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    batches: list[list[dict[str, Any]]] = [[]]
    size = 0
    for op in ops:
        op_size = len(encode(op))
        if batches[-1] and size + op_size > BATCH_BYTES:
            batches.append([])
            size = 0
        batches[-1].append(op)
        size += op_size
    return batches
