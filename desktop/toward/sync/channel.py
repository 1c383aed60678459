"""One space as the sync engine sees it: its database, its sync key, its bookkeeping."""

from __future__ import annotations

import json
from dataclasses import dataclass

from toward.vault.database import Connection

SHARED = "shared"


@dataclass(frozen=True)
class Channel:
    """A space to exchange: "shared", or "private/<partner-id>" read only by its owner."""

    space: str
    conn: Connection
    key: bytes  # the space's sync key (sealing.space_key), never a database key
    owner: str | None = None  # the private space's partner; None for the shared space


def get_state(conn: Connection, key: str, default: str | None = None) -> str | None:
    row = conn.execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
    return default if row is None else str(row[0])


def set_state(conn: Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO sync_state (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


class Stamper:
    """A hybrid logical clock: stamps follow the time of each change, never go backwards,
    and pass every stamp seen from other computers, so a clock set wrong on one computer
    cannot order a change before one it had already seen.

    A stamp is "<milliseconds>-<counter>-<device>", zero-padded so text order is time
    order, and the device breaks ties.
    """

    def __init__(self, device: str, last: str | None) -> None:
        self.device = device
        self.wall, self.count = _order(last) if last else (0, 0)

    def tick(self, at_ms: int) -> str:
        if at_ms > self.wall:
            self.wall, self.count = at_ms, 0
        else:
            self.count += 1
            if self.count > 999_999:  # the counter's width: move on a millisecond instead
                self.wall, self.count = self.wall + 1, 0
        return f"{self.wall:013d}-{self.count:06d}-{self.device}"


def stamper(conn: Connection, device: str) -> Stamper:
    """This space's clock on this computer, past every stamp it has seen."""
    return Stamper(device, get_state(conn, "clock"))


def save_clock(conn: Connection, stamp: str) -> None:
    """Remember `stamp` as seen, if it is later than what the clock holds."""
    last = get_state(conn, "clock")
    if last is None or _order(stamp) > _order(last):
        set_state(conn, "clock", stamp)


def _order(stamp: str) -> tuple[int, int]:
    wall, count, _node = stamp.split("-", 2)
    return int(wall), int(count)


def capturing(conn: Connection) -> bool:
    return bool(conn.execute("SELECT capture FROM sync_switch").fetchone()[0])


def set_capture(conn: Connection, on: bool) -> None:
    conn.execute("UPDATE sync_switch SET capture = ?", (1 if on else 0,))


def key_text(values: list[object]) -> str:
    """A row's key as the capture triggers write it (SQLite's json_array)."""
    return json.dumps(values, separators=(",", ":"), ensure_ascii=False)
