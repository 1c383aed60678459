"""The two spaces and the one record mechanism that serves them both (DESIGN §3).

A feature describes its table (name and content columns) and how to build its record from
a row; `RecordStore` does the rest: add, read, list, edit and delete by the author only,
share into the shared space with a link back, unshare honestly, and read marks.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, Generic, TypeVar

from toward.core import clock, sharing
from toward.core.changes import Change, Listener, Notices
from toward.core.rows import row_dict
from toward.vault.database import Connection, transaction
from toward.vault.errors import KnownError
from toward.vault.oplog import OpLog


def whole_text(value: object) -> object:
    """Text as it can be stored: a lone UTF-16 surrogate (pasted broken text) becomes U+FFFD.

    Anything else is returned as it is.
    """
    if not isinstance(value, str):
        return value
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return value


class Space(StrEnum):
    PRIVATE = "private"
    SHARED = "shared"


class SessionLocked(Exception):
    """The session was locked; unlock again to continue."""


class NotAllowed(Exception):
    """A partner tried to change something that is not theirs to change."""


class RecordNotFound(LookupError):
    """No such record in that space (deleted, or never there)."""


@dataclass(frozen=True)
class RecordInfo:
    """What every record knows about itself, whatever its feature."""

    id: str
    space: Space
    author_id: str
    created_at: datetime
    updated_at: datetime
    origin_id: str | None = None
    shared_id: str | None = None
    shared_at: datetime | None = None
    unshared_at: datetime | None = None

    @property
    def is_shared_copy(self) -> bool:
        """A record in the shared space that was shared from its author's private space."""
        return self.space is Space.SHARED and self.origin_id is not None

    @property
    def is_currently_shared(self) -> bool:
        """A private original whose shared copy exists now."""
        return self.space is Space.PRIVATE and self.shared_id is not None


@dataclass(frozen=True)
class UnshareOutcome:
    shared_at: datetime | None
    partner_has_read: bool


class Spaces:
    """The databases one unlocked partner can reach, and who that partner is."""

    def __init__(self, partner_id: str, private: Connection, shared: Connection) -> None:
        self.partner_id = partner_id
        self._conns = {Space.PRIVATE: private, Space.SHARED: shared}
        self._notices = Notices()
        self._ops: OpLog | None = None
        self.closed = False
        # Rows a list met but could not read (damage, an older version), (table, id) → why:
        # the list shows everything else and a page names these.
        self.unreadable: dict[tuple[str, str], str] = {}

    def conn(self, space: Space) -> Connection:
        if self.closed:
            raise SessionLocked("This session is locked.")
        return self._conns[space]

    @property
    def ops(self) -> OpLog:
        """Changes across the two files, from this partner's private space to the shared one."""
        if self._ops is None:
            from toward.core.operations import KINDS  # the features' kinds import this module

            private, shared = self.conn(Space.PRIVATE), self.conn(Space.SHARED)
            self._ops = OpLog(private, shared, self.partner_id, KINDS)
        elif self.closed:
            raise SessionLocked("This session is locked.")
        return self._ops

    def subscribe(self, listener: Listener) -> None:
        """Call `listener(changes)` once after every action this partner takes."""
        self._notices.subscribe(listener)

    def announce(self, change: Change) -> None:
        """Tell listeners that `change`'s records changed (held to the end of an action)."""
        self._notices.announce(change)

    def one_notice(self) -> AbstractContextManager[None]:
        """One action of several writes: listeners hear it once, when it is done."""
        return self._notices.one_notice()

    def close(self) -> None:
        self.closed = True
        self._notices.clear()
        for conn in self._conns.values():
            conn.close()


@dataclass(frozen=True)
class Children:
    """Rows that belong to a record (a journal entry's pictures) and travel with it.

    Sharing copies them beside the shared copy; deleting or unsharing removes them.
    """

    table: str
    parent_column: str
    columns: tuple[str, ...]


R = TypeVar("R")
BOOKKEEPING = (
    "id",
    "author_id",
    "created_at",
    "updated_at",
    "origin_id",
    "shared_id",
    "shared_at",
    "unshared_at",
)


class RecordStore(Generic[R]):
    """Records of one type in both spaces, reached only as the unlocked partner."""

    def __init__(
        self,
        spaces: Spaces,
        table: str,
        content: Iterable[str],
        build: Callable[[RecordInfo, Mapping[str, Any]], R],
        *,
        change: Change,
        children: Iterable[Children] = (),
    ) -> None:
        self._spaces = spaces
        self.table = table
        self.change = change  # what listeners hear when a record here changes
        self._content = tuple(content)
        self._children = tuple(children)
        self._build = build
        self._columns = ", ".join(BOOKKEEPING + self._content)

    # -- reading ---------------------------------------------------------------------

    def get(self, space: Space, record_id: str) -> R:
        row = self._row(space, record_id)
        return self._build(record_info(space, row), row)

    def list(
        self,
        space: Space,
        *,
        where: str = "",
        params: Iterable[object] = (),
        order: str = "created_at DESC",
        limit: int = -1,
        offset: int = 0,
    ) -> list[R]:
        """Records in `space`, newest first by default; `where` is trusted SQL from a feature."""
        sql = f"SELECT {self._columns} FROM {self.table}"
        if where:
            sql += f" WHERE {where}"
        sql += f" ORDER BY {order} LIMIT ? OFFSET ?"
        rows = self._spaces.conn(space).execute(sql, (*params, limit, offset))
        built = (self._readable(space, row) for row in map(row_dict, rows))
        return [record for record in built if record is not None]

    def count(
        self,
        space: Space,
        *,
        where: str = "",
        params: Iterable[object] = (),
        up_to: int | None = None,
    ) -> int:
        """How many records match; with `up_to`, counted no further (a badge's "99+")."""
        rows = f"SELECT 1 FROM {self.table}" + (f" WHERE {where}" if where else "")
        args = (*params, -1 if up_to is None else up_to)
        sql = f"SELECT count(*) FROM ({rows} LIMIT ?)"
        return int(self._spaces.conn(space).execute(sql, args).fetchone()[0])

    # -- writing ---------------------------------------------------------------------

    def add(
        self,
        space: Space,
        content: Mapping[str, object],
        *,
        created_at: datetime | None = None,
        along: Callable[[Connection], None] | None = None,
        announce: bool = True,
    ) -> R:
        """Write a new record by the unlocked partner into `space`.

        `created_at` backdates it (an import, or a moment logged after the fact). `along`
        runs first in the same transaction (a change the new record goes with, or none).
        `announce=False` keeps it from listeners (a private draft no view shows).
        """
        record_id = uuid.uuid4().hex
        now = clock.to_text(clock.now())
        stamp = now if created_at is None else clock.to_text(created_at)
        values: dict[str, object] = {"id": record_id, "author_id": self._spaces.partner_id}
        values |= {"created_at": stamp, "updated_at": now, **self._checked(content)}
        conn = self._spaces.conn(space)
        with transaction(conn):
            if along is not None:
                along(conn)
            self._insert(conn, values)
        if announce:
            self._spaces.announce(self.change)
        return self.get(space, record_id)

    def update(
        self,
        space: Space,
        record_id: str,
        content: Mapping[str, object],
        *,
        announce: bool = True,
    ) -> R:
        """Change a record's content; only its author may (`announce` as for `add`)."""
        row = self._own_row(space, record_id)
        values = self._checked(content)
        assignments = ", ".join(f"{name} = ?" for name in values)
        conn = self._spaces.conn(space)
        with transaction(conn):
            conn.execute(
                f"UPDATE {self.table} SET {assignments}, updated_at = ? WHERE id = ?",
                (*values.values(), clock.to_text(clock.now()), row["id"]),
            )
        if announce:
            self._spaces.announce(self.change)
        return self.get(space, record_id)

    def delete(self, space: Space, record_id: str) -> None:
        """Delete a record for good (secure_delete overwrites it); only its author may.

        Deleting a shared copy is unsharing it. Deleting a private original leaves its
        shared copy, which was already given to the partner, in place.
        """
        row = self._own_row(space, record_id)
        if space is Space.SHARED and row["origin_id"]:
            self.unshare(row["origin_id"])
            return

        def delete(conn: Connection) -> None:
            self._delete_children(conn, record_id)
            conn.execute(f"DELETE FROM {self.table} WHERE id = ?", (record_id,))
            if space is Space.SHARED:
                conn.execute("DELETE FROM read_marks WHERE record_id = ?", (record_id,))

        if space is Space.PRIVATE and row["shared_id"]:
            # The original goes first; its copy then forgets the link.
            payload = {"table": self.table, "shared_id": row["shared_id"]}
            self._spaces.ops.run(sharing.FORGET_ORIGIN, payload, along=delete)
        else:
            with transaction(self._spaces.conn(space)) as conn:
                delete(conn)
        self._spaces.announce(self.change)

    # -- sharing ---------------------------------------------------------------------

    def share(
        self,
        record_id: str,
        overrides: Mapping[str, object] | None = None,
        *,
        with_children: bool = True,
        kind: str = sharing.SHARE,
    ) -> R:
        """Copy a private record into the shared space, linked back to its original.

        `overrides` replace content in the shared copy only (for sharing part of a text);
        `with_children=False` leaves its child rows (pictures) private. Sharing again after
        a change replaces the shared copy's content and children. `kind` names a share
        with rules of its own (a sealed answer's), applied as the plain one is.
        """
        row = self._own_row(Space.PRIVATE, record_id)
        content = {name: row[name] for name in self._content}
        content |= self._checked(overrides or {})
        private, shared = self._spaces.conn(Space.PRIVATE), self._spaces.conn(Space.SHARED)
        # The copy named by the original, or one an interrupted share left behind.
        found = shared.execute(
            f"SELECT id FROM {self.table} WHERE id = ? OR origin_id = ? "
            "ORDER BY origin_id IS NOT ? LIMIT 1",
            (row["shared_id"] or "", record_id, record_id),
        ).fetchone()
        shared_id = found[0] if found else uuid.uuid4().hex
        children = [
            {
                "table": child.table,
                "parent": child.parent_column,
                "rows": _child_rows(private, child, record_id) if with_children else None,
            }
            for child in self._children
        ]
        now = clock.to_text(clock.now())
        payload = sharing.share_payload(self.table, row, content, shared_id, now, children)
        self._spaces.ops.run(kind, payload, along=lambda conn: sharing.mark_shared(payload, conn))
        self._spaces.announce(self.change)
        return self.get(Space.SHARED, shared_id)

    def unshare_copy(self, shared_id: str) -> UnshareOutcome:
        """Unshare by the shared copy's id; only its author may."""
        row = self._own_row(Space.SHARED, shared_id)
        if not row["origin_id"]:
            raise ValueError("this record was written in the shared space; delete it instead")
        return self.unshare(row["origin_id"])

    def unshare(self, record_id: str) -> UnshareOutcome:
        """Remove the shared copy of a private record and say whether the partner read it."""
        row = self._own_row(Space.PRIVATE, record_id)
        shared = self._spaces.conn(Space.SHARED)
        copy_ids = [
            r[0]
            for r in shared.execute(
                f"SELECT id FROM {self.table} WHERE origin_id = ? OR id = ?",
                (record_id, row["shared_id"] or ""),
            )
        ]
        partner_has_read = any(self._read_by_other(shared, copy_id) for copy_id in copy_ids)
        now = clock.to_text(clock.now())
        payload = sharing.unshare_payload(
            self.table, record_id, row["shared_id"], now, self._children
        )
        self._spaces.ops.run(sharing.UNSHARE, payload)
        self._spaces.announce(self.change)
        return UnshareOutcome(clock.from_text(row["shared_at"]), partner_has_read)

    # -- read marks ------------------------------------------------------------------

    def mark_read(self, record_id: str) -> None:
        """Note that the unlocked partner has opened this shared record."""
        self._row(Space.SHARED, record_id)  # never a mark for a private record's id
        shared = self._spaces.conn(Space.SHARED)
        with transaction(shared):
            shared.execute(
                "INSERT OR IGNORE INTO read_marks (record_id, partner_id, read_at) "
                "VALUES (?, ?, ?)",
                (record_id, self._spaces.partner_id, clock.to_text(clock.now())),
            )
        # Its own notice: a read mark changes no record, so views need not reload them.
        self._spaces.announce(Change.READ)

    def is_read(self, record_id: str) -> bool:
        """Whether the unlocked partner has opened this shared record (their own count as read)."""
        row = self._row(Space.SHARED, record_id)
        if row["author_id"] == self._spaces.partner_id:
            return True
        found = self._spaces.conn(Space.SHARED).execute(
            "SELECT 1 FROM read_marks WHERE record_id = ? AND partner_id = ?",
            (record_id, self._spaces.partner_id),
        )
        return found.fetchone() is not None

    # -- helpers ---------------------------------------------------------------------

    def _read_by_other(self, shared: Connection, record_id: str) -> bool:
        found = shared.execute(
            "SELECT 1 FROM read_marks WHERE record_id = ? AND partner_id != ?",
            (record_id, self._spaces.partner_id),
        )
        return found.fetchone() is not None

    def _delete_children(self, conn: Connection, record_id: str) -> None:
        for child in self._children:
            conn.execute(f"DELETE FROM {child.table} WHERE {child.parent_column} = ?", (record_id,))

    def _checked(self, content: Mapping[str, object]) -> dict[str, object]:
        unknown = set(content) - set(self._content)
        if unknown:
            raise ValueError(f"{self.table} has no column {sorted(unknown)}")
        values = {name: whole_text(value) for name, value in content.items()}
        from toward.core import validation  # its rules import the features, which import this

        validation.check_row(self.table, values)  # the one set of rules imports check too
        return values

    def _insert(self, conn: Connection, values: Mapping[str, object]) -> None:
        names = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        conn.execute(f"INSERT INTO {self.table} ({names}) VALUES ({marks})", tuple(values.values()))

    def _readable(self, space: Space, row: dict[str, Any]) -> R | None:
        """The record, or None (and a note in `unreadable`) if its row cannot be read."""
        key = (self.table, str(row.get("id")))
        try:
            record = self._build(record_info(space, row), row)
        except (ValueError, TypeError, KeyError, OverflowError, KnownError) as exc:
            from toward.core import validation

            self._spaces.unreadable[key] = validation.problem(self.table, row) or str(exc)
            return None
        if self._spaces.unreadable:
            self._spaces.unreadable.pop(key, None)
        return record

    def _row(self, space: Space, record_id: str) -> dict[str, Any]:
        row = (
            self._spaces.conn(space)
            .execute(f"SELECT {self._columns} FROM {self.table} WHERE id = ?", (record_id,))
            .fetchone()
        )
        if row is None:
            raise RecordNotFound(f"no {self.table} record {record_id} in the {space} space")
        return row_dict(row)

    def _own_row(self, space: Space, record_id: str) -> dict[str, Any]:
        row = self._row(space, record_id)
        if row["author_id"] != self._spaces.partner_id:
            raise NotAllowed("Only the person who wrote this can change it.")
        return row


def _child_rows(conn: Connection, child: Children, parent_id: str) -> list[dict[str, Any]]:
    names = ", ".join(("id", *child.columns))
    rows = conn.execute(
        f"SELECT {names} FROM {child.table} WHERE {child.parent_column} = ? ORDER BY rowid",
        (parent_id,),
    )
    return [row_dict(row) for row in rows]


def record_info(space: Space, row: Mapping[str, Any]) -> RecordInfo:
    """The bookkeeping part of a row, as every feature's record carries it."""
    return RecordInfo(
        id=row["id"],
        space=space,
        author_id=row["author_id"],
        created_at=clock.from_stored(row["created_at"]),
        updated_at=clock.from_stored(row["updated_at"]),
        origin_id=row["origin_id"],
        shared_id=row["shared_id"],
        shared_at=clock.from_text(row["shared_at"]),
        unshared_at=clock.from_text(row["unshared_at"]),
    )
