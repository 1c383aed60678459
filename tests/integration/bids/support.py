"""Helpers for the bids suites: local wall-clock times and bulk rows as `Bids.log` writes them."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime

from toward.core import clock
from toward.core.bids import CONTENT_COLUMNS, TABLE
from toward.core.spaces import BOOKKEEPING, Space
from toward.session import Session

COLUMNS = BOOKKEEPING + CONTENT_COLUMNS
REST = ("", None, None, "")  # note, mood_after, late_toward_at, late_note
INSERT = f"INSERT INTO {TABLE} ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"


def local(*args: int) -> datetime:
    """A wall-clock time in the process time zone (set by the test), as an aware datetime."""
    return datetime(*args).astimezone()


def insert_bids(
    session: Session, space: Space, bids: Iterable[tuple[str, str, datetime, str]]
) -> int:
    """Write many (bidder_id, kind, made_at, answer) bids by `session`'s partner at once."""
    now = clock.to_text(clock.now())
    bookkeeping = (session.partner.id, now, now, None, None, None, None)
    rows = [
        (uuid.uuid4().hex, *bookkeeping, bidder, kind, "", clock.to_text(made_at), answer, *REST)
        for bidder, kind, made_at, answer in bids
    ]
    conn = session.spaces.conn(space)
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(INSERT, rows)
    conn.execute("COMMIT")
    return len(rows)
