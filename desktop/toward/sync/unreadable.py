"""A change file that stays bad (SYNC.md principle 4): when an unreadable file is reported.

A file that does not open may still be arriving: a cloud drive or a network share can show
a file before all its bytes are there. It is taken as staying bad once its size and
modification time have not changed across exchanges for STAYS_BAD: a file still arriving
changes them. (A later file of the same computer that opens says nothing about this one:
sync engines copy files in any order, and a large one can arrive last.) A file that stays
bad is reported, never applied; the changes after it from that computer wait behind it,
and it is tried again at every exchange, so once the sync service copies it again whole,
everything goes on.

Kept per computer in the space's sync_state as "unreadable/<device>": the file's seq, its
size and time, and since when they have not changed.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from toward.core import clock
from toward.sync.channel import get_state, set_state
from toward.vault.database import Connection, transaction

STAYS_BAD = timedelta(minutes=10)
_PREFIX = "unreadable/"


def note_unreadable(
    conn: Connection, device: str, seq: int, fingerprint: tuple[int, int] | None
) -> bool:
    """Note that `device`'s file `seq` did not open; True once it stays bad."""
    now = clock.now()
    key = _PREFIX + device
    seen = _read(get_state(conn, key))
    same = seen is not None and seen[0] == seq and seen[1] == list(fingerprint or ())
    since = seen[2] if same and seen is not None else now
    if not same:
        with transaction(conn):
            set_state(
                conn,
                key,
                json.dumps(
                    {"seq": seq, "file": list(fingerprint or ()), "since": clock.to_text(now)}
                ),
            )
    return now - since >= STAYS_BAD


def forget_unreadable(conn: Connection, device: str) -> None:
    """A file of `device` opened: what was noted of an earlier one no longer holds."""
    with transaction(conn):
        conn.execute("DELETE FROM sync_state WHERE key = ?", (_PREFIX + device,))


def bad_since(conn: Connection) -> dict[str, datetime]:
    """Per computer, since when a file of theirs stays bad (only those that do)."""
    found = {}
    now = clock.now()
    for key, value in conn.execute(
        "SELECT key, value FROM sync_state WHERE key LIKE ?", (_PREFIX + "%",)
    ):
        seen = _read(str(value))
        if seen is not None and now - seen[2] >= STAYS_BAD:
            found[str(key)[len(_PREFIX) :]] = seen[2]
    return found


def _read(value: str | None) -> tuple[int, list[int], datetime] | None:
    if not value:
        return None
    try:
        data = json.loads(value)
        return int(data["seq"]), [int(n) for n in data["file"]], clock.from_stored(data["since"])
    except (ValueError, KeyError, TypeError):
        return None
