"""Checking a database's `-wal` file before SQLite replays it.

SQLite replays a write-ahead log frame by frame and stops, silently, at the first frame
whose checksum or salt does not match: every transaction committed after a damaged frame
is dropped at the next open, and the log is then reset. So the log is read here first.

Each frame carries the running checksum up to itself, so a frame can be checked against
the checksum stored in the frame before it. A log is damaged when a frame fails that
check (or the header does) and a later frame of the same log, sound by the same check,
ends a committed transaction: that transaction would be lost. Frames left over from an
earlier log (other salts) and a torn last write (nothing committed after it) are normal
after a crash and are not damage. The frames are checked without the database's key.
"""

from __future__ import annotations

import struct
from pathlib import Path

WAL_HEADER = 32
FRAME_HEADER = 24
_MAGIC = {0x377F0682: "<", 0x377F0683: ">"}
_MASK = 0xFFFFFFFF
# Read at most this much of a log (SQLite checkpoints at about 4 MiB by default).
MAX_WAL_BYTES = 512 * 1024 * 1024


def wal_path(database: Path) -> Path:
    return database.with_name(database.name + "-wal")


def wal_damage(database: Path) -> str | None:
    """Why `database`'s -wal file would lose committed changes when replayed, or None."""
    path = wal_path(database)
    try:
        data = _read(path)
        found = _damage(path, data)
        # A log being written by a running Toward can look torn mid-read: damage counts
        # only if a second read finds the very same bytes.
        if found is not None and _read(path) != data:
            return None
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"its log {path.name} cannot be read ({exc.strerror})"
    return found


def _read(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(MAX_WAL_BYTES)


def _damage(path: Path, data: bytes) -> str | None:
    if len(data) < WAL_HEADER:
        return None
    magic, _version, page_size, _seq, salt1, salt2, check1, check2 = struct.unpack(
        ">8I", data[:WAL_HEADER]
    )
    order = _MAGIC.get(magic)
    header_sound = order is not None and _checksum(order, data[:24], (0, 0)) == (check1, check2)
    frame_size = FRAME_HEADER + page_size
    if not header_sound or page_size < 512 or page_size & (page_size - 1):
        return (
            f"its log {path.name} has a damaged header; the changes it holds would be lost"
            if any(data[WAL_HEADER:])
            else None
        )
    assert order is not None
    previous = (check1, check2)
    damaged_at: int | None = None
    for index, start in enumerate(range(WAL_HEADER, len(data) - frame_size + 1, frame_size)):
        frame = data[start : start + frame_size]
        _page, commit, frame_salt1, frame_salt2, stored1, stored2 = struct.unpack(
            ">6I", frame[:FRAME_HEADER]
        )
        ours = (frame_salt1, frame_salt2) == (salt1, salt2)
        sound = ours and _checksum(order, frame[:8] + frame[FRAME_HEADER:], previous) == (
            stored1,
            stored2,
        )
        if damaged_at is None and not sound:
            damaged_at = index
        elif damaged_at is not None and sound and commit:
            return (
                f"its log {path.name} is damaged, and changes saved after the damaged "
                "point would be lost if it were opened"
            )
        previous = (stored1, stored2)
    return None


def _checksum(order: str, data: bytes, start: tuple[int, int]) -> tuple[int, int]:
    """SQLite's WAL checksum (two running 32-bit sums) of `data`, continued from `start`."""
    s0, s1 = start
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & _MASK
        s1 = (s1 + words[i + 1] + s0) & _MASK
    return s0, s1
