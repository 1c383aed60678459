"""Inserting many rows new to this computer in one go: above all, a household's first snapshot.

A run of inserts into one table is checked in a few queries rather than a few per row. A
row goes in with the others only when none of the rules in applying.py can matter for it:
nothing of it is here (no row, no version, not twice in the run), its author is among the
writing computer's partners, what it hangs from is here, no other copy of its original is
here or in the run, and a sealed answer has both partners' marks. Every other row is
applied on its own by those rules, in its place in the file, so the outcome is the one
applying row by row would give; once the database refuses a row, the rest of its group
goes row by row.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from operator import itemgetter
from typing import TYPE_CHECKING, Any

import sqlcipher3

from toward.core.capture import BY_NAME, Traveller, key_json
from toward.sync import rules
from toward.sync.channel import key_text
from toward.vault.database import Connection

if TYPE_CHECKING:
    from toward.sync.applying import Versions

Op = Mapping[str, Any]
Entries = list[tuple[str, dict[str, Any]]]  # key text and values of each row


def runs(ops: Sequence[Op]) -> Iterator[tuple[Traveller | None, list[Op]]]:
    """The file's ops in order: runs of inserts into one table, and each other op alone."""
    table: Traveller | None = None
    run: list[Op] = []
    for op in ops:
        into = BY_NAME.get(str(op.get("t"))) if op.get("o") == "i" else None
        if into is not None and into is table:
            run.append(op)
            continue
        if run:
            yield table, run
        table, run = into, [op]
    if run:
        yield table, run


def insert_new(
    versions: Versions,
    table: Traveller,
    ops: Sequence[Op],
    writers: Sequence[str],
    private_owner: str | None,
    one_by_one: Callable[[Op], None],
) -> int:
    """Insert the rows of `ops` that are plainly new; hand the others to `one_by_one`.

    Returns how many rows went in here. The order of the file is kept: a row handed on is
    applied after the new rows before it and before those after it.
    """
    new = _plainly_new(versions, table, ops, writers, private_owner)
    inserted = 0
    segment: list[tuple[Op, str, dict[str, Any]]] = []
    for index, op in enumerate(ops):
        found = new.get(index)
        if found is not None and (not segment or segment[0][2].keys() == found[1].keys()):
            segment.append((op, *found))
            continue
        inserted += _insert(versions, table, segment, one_by_one)
        segment = []
        if found is None:
            one_by_one(op)
        else:
            segment.append((op, *found))
    return inserted + _insert(versions, table, segment, one_by_one)


def _plainly_new(
    versions: Versions,
    table: Traveller,
    ops: Sequence[Op],
    writers: Sequence[str],
    private_owner: str | None,
) -> dict[int, tuple[str, dict[str, Any]]]:
    """The ops (by index) that no rule can hold back: their key text and values."""
    known = frozenset(table.columns)
    parent = rules.PARENTS.get(table.name)
    linked = [c for c in ("origin_id", parent[1] if parent else "") if c in known]
    found: dict[int, tuple[str, dict[str, Any]]] = {}
    for index, op in enumerate(ops):
        given, key = op.get("v"), op.get("k")
        if not (isinstance(given, dict) and isinstance(key, list) and isinstance(op.get("s"), str)):
            continue
        values = given if given.keys() <= known else {c: given[c] for c in given if c in known}
        key_values = [values.get(c) for c in table.key]
        looked_up = [values.get(c) for c in linked]
        if (
            all(map(rules.plain_value, key_values))
            and key == key_values
            and all(v is None or rules.plain_value(v) for v in looked_up)
        ):
            found[index] = (_key_text(key), values)
    if not found:
        return found
    entries = list(found.values())
    conn = versions.conn
    twice = Counter(pk for pk, _values in entries)
    held = {pk for pk, n in twice.items() if n > 1}
    held |= versions.known(table.name, list(twice)) | _rows_here(conn, table, entries)
    if private_owner is None:
        held |= _not_theirs(entries, set(writers))
        held |= _sealed(conn, table, entries)
    held |= _without_parent(conn, table, entries)
    held |= _other_copies(conn, table, entries)
    return {i: entry for i, entry in found.items() if entry[0] not in held}


def _insert(
    versions: Versions,
    table: Traveller,
    segment: list[tuple[Op, str, dict[str, Any]]],
    one_by_one: Callable[[Op], None],
) -> int:
    """Insert a segment of new rows with the same columns; return how many went in.

    A row the database refuses (a constraint) stops the statement at that row, with the
    rows before it in: from that row on, the segment is applied row by row, so the refused
    row alone is refused and reported. No savepoint around the statement: inside a large
    transaction one made inserting many times slower.
    """
    if not segment:
        return 0
    conn = versions.conn
    columns = list(segment[0][2])
    row = itemgetter(*columns)
    try:
        conn.executemany(
            f"INSERT INTO {table.name} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})",
            [row(values) if len(columns) > 1 else [row(values)] for _op, _pk, values in segment],
        )
        went_in = len(segment)
    except sqlcipher3.IntegrityError:
        # Every row was new: those here now are the ones before the refused one.
        here = _rows_here(conn, table, [(pk, values) for _op, pk, values in segment])
        went_in = next((n for n, (_op, pk, _v) in enumerate(segment) if pk not in here), 0)
    for op, pk, _values in segment[:went_in]:
        versions.put(table.name, pk, str(op["s"]), None, deleted=False)
    for op, _pk, _values in segment[went_in:]:
        one_by_one(op)
    return went_in


def _rows_here(conn: Connection, table: Traveller, entries: Entries) -> set[str]:
    """The keys (as text) of these rows that the table holds already."""
    first = table.key[0]
    sql = (
        f"SELECT {key_json(table, table.name)} FROM {table.name} "
        f"WHERE {first} IN (SELECT value FROM json_each(?))"
    )
    return set(_column(conn, sql, [values[first] for _pk, values in entries]))


def _not_theirs(entries: Entries, writers: set[str]) -> set[str]:
    """Rows whose owner is not a partner of the writing computer, or is not named in the row
    (a picture's is its entry's author): those are for the rules to settle one by one."""
    return {pk for pk, values in entries if rules.owner_in_row(values) not in writers}


def _sealed(conn: Connection, table: Traveller, entries: Entries) -> set[str]:
    """Sealed answers whose two marks are not both here."""
    if table.name not in rules.SEALED:
        return set()
    opened = rules.unsealed(conn, table, [values for _pk, values in entries])
    return {pk for n, (pk, _values) in enumerate(entries) if n not in opened}


def _without_parent(conn: Connection, table: Traveller, entries: Entries) -> set[str]:
    """Rows whose parent record is not here (they wait, or go with a deleted parent)."""
    parent = rules.PARENTS.get(table.name)
    if parent is None:
        return set()
    table_name, column = parent
    wanted = [values.get(column) for _pk, values in entries]
    sql = f"SELECT id FROM {table_name} WHERE id IN (SELECT value FROM json_each(?))"
    here = set(_column(conn, sql, wanted))
    return {pk for pk, values in entries if values.get(column) not in here}


def _other_copies(conn: Connection, table: Traveller, entries: Entries) -> set[str]:
    """Rows sharing an original with a row here or another row of the run: the rules settle
    which copy stays."""
    if "origin_id" not in table.columns:
        return set()
    origins = Counter(values.get("origin_id") for _pk, values in entries)
    origins.pop(None, None)
    if not origins:
        return set()
    sql = (
        f"SELECT origin_id FROM {table.name} WHERE origin_id IS NOT NULL "
        "AND origin_id IN (SELECT value FROM json_each(?))"
    )
    held = set(_column(conn, sql, list(origins)))
    held |= {origin for origin, n in origins.items() if n > 1}
    return {pk for pk, values in entries if values.get("origin_id") in held}


def _column(conn: Connection, sql: str, values: list[Any]) -> list[Any]:
    return [row[0] for row in conn.execute(sql, (json.dumps(values),))]


def _key_text(key: list[Any]) -> str:
    """key_text, without JSON's cost for the usual key: one id of letters and digits."""
    if len(key) == 1 and isinstance(key[0], str) and key[0].isascii() and key[0].isalnum():
        return f'["{key[0]}"]'
    return key_text(key)
