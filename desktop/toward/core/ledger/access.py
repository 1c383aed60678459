"""What every part of the ledger stands on: the partner's spaces and the ledger's tables.

A disclosure is read the same way by each part: with its responses attached and, for its
author, the "why" they kept private.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from toward.core import validation
from toward.core.changes import Change
from toward.core.ledger.agreement import Agreements
from toward.core.ledger.records import (
    LINE_COLUMNS,
    LINES,
    RESPONSE_COLUMNS,
    RESPONSES,
    WITHHELD,
    Disclosure,
    LedgerLine,
    Response,
    build_line,
    build_response,
)
from toward.core.spaces import RecordStore, Space, Spaces
from toward.vault.database import Connection


class LedgerAccess:
    """The ledger's stores as one unlocked partner reaches them."""

    def __init__(self, spaces: Spaces, partner_ids: Iterable[str]) -> None:
        self._spaces = spaces
        self.partner_id = spaces.partner_id
        others = [p for p in partner_ids if p != spaces.partner_id]
        self.other_id: str | None = others[0] if others else None
        self._lines: RecordStore[LedgerLine] = RecordStore(
            spaces, LINES, LINE_COLUMNS, build_line, change=Change.LEDGER
        )
        self._responses: RecordStore[Response] = RecordStore(
            spaces, RESPONSES, RESPONSE_COLUMNS, build_response, change=Change.LEDGER
        )
        self.agreements = Agreements(spaces, self.other_id)

    def get(self, disclosure_id: str) -> Disclosure:
        """One disclosure with its responses (and, for its author, a withheld why)."""
        return self._complete([self._lines.get(Space.SHARED, disclosure_id)])[0]

    @property
    def _private(self) -> Connection:
        return self._spaces.conn(Space.PRIVATE)

    @property
    def _shared(self) -> Connection:
        return self._spaces.conn(Space.SHARED)

    def _page(
        self, where: str, params: list[object], order: str, limit: int, offset: int
    ) -> list[Disclosure]:
        lines = self._lines.list(
            Space.SHARED, where=where, params=params, order=order, limit=limit, offset=offset
        )
        return self._complete(lines)

    def _complete(self, lines: list[LedgerLine]) -> list[LedgerLine]:
        """Attach responses, and for the author the whys they kept private."""
        if not lines:
            return lines
        ids = [line.id for line in lines]
        responses: dict[str, list[Response]] = {}
        withheld: dict[str, str] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            for response in self._responses.list(
                Space.SHARED,
                where=f"disclosure_id IN ({marks})",
                params=chunk,
                order="created_at",
            ):
                responses.setdefault(response.disclosure_id, []).append(response)
            rows = self._private.execute(
                f"SELECT disclosure_id, why FROM {WITHHELD} WHERE disclosure_id IN ({marks})",
                chunk,
            )
            withheld |= {r[0]: r[1] for r in rows}
        return [
            replace(
                line,
                responses=tuple(responses.get(line.id, ())),
                withheld_why=withheld.get(line.id, "") if line.author_id == self.partner_id else "",
            )
            for line in lines
        ]


def insert_row(conn: Connection, table: str, values: Mapping[str, object]) -> None:
    """Insert one row given as column -> value (inside the caller's transaction)."""
    validation.check_row(table, values)  # the same rules as every import
    names = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    conn.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(values.values()))
