"""Records as they travel out of Toward and back in: whole rows, ids and links included.

The open-format export reads every row a partner can reach, bookkeeping and all; an import
writes rows back with their own ids, so a round trip keeps every link between a private
original and its shared copy, and importing the same file twice adds nothing the second
time. Features describe their tables (`PortableTable`); nothing here knows what a journal
entry or a bid is.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlcipher3

from toward.core.changes import Change
from toward.core.operations import IMPORT_ROWS, import_payload
from toward.core.spaces import BOOKKEEPING, Children, Space, Spaces
from toward.vault.database import Connection, transaction
from toward.vault.oplog import OpRefused

Row = dict[str, Any]


@dataclass(frozen=True)
class PortableTable:
    """A table as it travels: its content columns and child rows that go with each record.

    A record table starts with the bookkeeping columns and is keyed by `id`; a plain table
    (read marks, a withheld reason) has only its own columns, keyed by `keys`.
    """

    name: str
    content: tuple[str, ...]
    children: tuple[Children, ...] = ()
    keys: tuple[str, ...] = ("id",)
    bookkeeping: bool = True
    change: Change = field(kw_only=True)  # what listeners hear when rows come in

    @property
    def columns(self) -> tuple[str, ...]:
        return BOOKKEEPING + self.content if self.bookkeeping else self.content

    def key_of(self, row: Mapping[str, Any]) -> tuple[Any, ...]:
        return tuple(row[name] for name in self.keys)


@dataclass
class RowBatch:
    """Rows for one table in one space, with their children keyed by child table name."""

    table: PortableTable
    space: Space
    rows: list[Row] = field(default_factory=list)
    children: dict[str, list[Row]] = field(default_factory=dict)


def read_rows(spaces: Spaces, space: Space, table: PortableTable) -> Iterator[Row]:
    """Every row of `table` in `space`, oldest first (a lazy cursor, not a list)."""
    columns = ", ".join(table.columns)
    order = "created_at, id" if table.bookkeeping else ", ".join(table.keys)
    cursor = spaces.conn(space).execute(f"SELECT {columns} FROM {table.name} ORDER BY {order}")
    for row in cursor:
        yield {name: row[name] for name in table.columns}


def count_rows(spaces: Spaces, space: Space, table: PortableTable) -> int:
    return int(spaces.conn(space).execute(f"SELECT count(*) FROM {table.name}").fetchone()[0])


def read_children(spaces: Spaces, space: Space, child: Children, parent_id: str) -> list[Row]:
    """One record's child rows (with their ids), in their stored order."""
    names = ("id", *child.columns)
    rows = spaces.conn(space).execute(
        f"SELECT {', '.join(names)} FROM {child.table} WHERE {child.parent_column} = ? "
        "ORDER BY rowid",
        (parent_id,),
    )
    return [{name: row[name] for name in names} for row in rows]


def existing_keys(
    spaces: Spaces, space: Space, table: PortableTable, rows: Iterable[Mapping[str, Any]]
) -> set[tuple[Any, ...]]:
    """Which of these rows' keys already name a row of `table` in `space`."""
    if table.keys == ("id",):
        ids = existing_ids(spaces, space, table.name, (row["id"] for row in rows))
        return {(i,) for i in ids}
    conn = spaces.conn(space)
    match = " AND ".join(f"{name} = ?" for name in table.keys)
    found = set()
    for row in rows:
        key = table.key_of(row)
        if conn.execute(f"SELECT 1 FROM {table.name} WHERE {match}", key).fetchone():
            found.add(key)
    return found


def existing_ids(spaces: Spaces, space: Space, table: str, ids: Iterable[str]) -> set[str]:
    """Which of `ids` already name a row of `table` in `space`."""
    wanted = list(ids)
    found: set[str] = set()
    conn = spaces.conn(space)
    for start in range(0, len(wanted), 500):  # stay under SQLite's variable limit
        chunk = wanted[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        rows = conn.execute(f"SELECT id FROM {table} WHERE id IN ({marks})", chunk)
        found.update(r[0] for r in rows)
    return found


def write_batches(spaces: Spaces, batches: Sequence[RowBatch]) -> None:
    """Insert every batch: all rows land, or none.

    Rows for one space are written in one transaction. Rows for both are one operation
    across the files (DESIGN §3): the private rows are recorded with it, then the shared
    rows are applied; a row the shared space refuses takes the private rows back out.
    Rows keep their ids, so importing the same file again adds exactly what was missing.
    """
    by_space = {
        space: [b for b in batches if b.space is space and (b.rows or b.children)]
        for space in Space
    }

    def write(conn: Connection, space: Space) -> None:
        for batch in by_space[space]:
            for row in batch.rows:
                _insert(conn, batch.table.name, row)
            for child in batch.table.children:
                for row in batch.children.get(child.table, ()):
                    _insert(conn, child.table, row)

    if by_space[Space.PRIVATE] and by_space[Space.SHARED]:
        shared = [(table, rows) for table, _keys, rows in _tables(by_space[Space.SHARED])]
        payload = import_payload(shared, _tables(by_space[Space.PRIVATE]))
        try:
            spaces.ops.run(IMPORT_ROWS, payload, along=lambda conn: write(conn, Space.PRIVATE))
        except OpRefused as refused:
            raise sqlcipher3.IntegrityError(str(refused)) from refused
    else:
        for space, used in by_space.items():
            if used:
                with transaction(spaces.conn(space)) as conn:
                    write(conn, space)
    with spaces.one_notice():  # one import, one notice
        for batch in batches:
            if batch.rows:
                spaces.announce(batch.table.change)


def _tables(batches: Sequence[RowBatch]) -> list[tuple[str, tuple[str, ...], list[Row]]]:
    """Each batch's rows then its children's, as (table, key columns, rows)."""
    tables = []
    for batch in batches:
        tables.append((batch.table.name, batch.table.keys, batch.rows))
        for child in batch.table.children:
            tables.append((child.table, ("id",), batch.children.get(child.table, [])))
    return tables


def is_valid_text(text: str) -> bool:
    """Whether `text` can be stored: a lone surrogate (from a damaged file) cannot."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def invalid_text_column(row: Mapping[str, Any]) -> str | None:
    """The first column of `row` holding text that cannot be stored, if any."""
    return next((k for k, v in row.items() if isinstance(v, str) and not is_valid_text(v)), None)


def _insert(conn: Connection, table: str, row: Mapping[str, object]) -> None:
    names = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    conn.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(row.values()))
