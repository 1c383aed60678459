"""Rows as the database hands them back (sqlcipher3.Row), read by column name.

A column's value is whatever SQLite stored there (text, integer, real, blob or NULL);
each feature's builder knows its columns and gives the value its type.
"""

from __future__ import annotations

from typing import Any, Protocol


class StoredRow(Protocol):
    """A result row: its values by column name, and the names in SELECT order."""

    def __getitem__(self, key: str, /) -> Any: ...

    def keys(self) -> list[str]: ...


def row_dict(row: StoredRow) -> dict[str, Any]:
    """The row as a plain dict of column name to value."""
    return {key: row[key] for key in row.keys()}  # noqa: SIM118 - sqlite Row has no items()
