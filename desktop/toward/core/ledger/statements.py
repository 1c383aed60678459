"""What every statement reader yields: rows ready to become private drafts, or one clear error.

A reader either returns every row of a file or raises StatementError naming the line and
why, so nothing is ever half-imported. Each row carries a digest (`import_key`) so the same
row imported twice is recognised and skipped.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from toward.core.ledger.money import Money
from toward.vault.errors import QT_TRANSLATE_NOOP, KnownError, Number

MAX_FILE_BYTES = 20 * 1024 * 1024  # far beyond years of statements
MAX_ROWS = 50_000


class StatementError(KnownError):
    """A statement file that cannot be imported, with the line and the reason.

    The message is one whole sentence marked for translation (vault/errors.py); a problem
    on a line names it as `{line}` ("Line {line}: the amount is empty.").
    """

    def __init__(self, message: str, /, line: int | None = None, **fields: object) -> None:
        self.line = line
        where = {"line": line} if line is not None else {}
        super().__init__(message, **where, **fields)  # type: ignore[arg-type]


@dataclass(frozen=True)
class StatementRow:
    """One purchase (positive) or refund or payment (negative) read from a statement."""

    line: int
    occurred_on: date
    money: Money
    payee: str
    account: str
    import_key: str


@dataclass(frozen=True)
class PreviewRow:
    row: StatementRow
    duplicate: bool  # already a draft or a disclosure of this partner's


def check_size(data: bytes) -> None:
    if len(data) > MAX_FILE_BYTES:
        raise StatementError(
            QT_TRANSLATE_NOOP(
                "vault.errors", "The file is {size} MB; statements up to {most} MB can be imported."
            ),
            size=Number(len(data) // (1024 * 1024)),
            most=Number(MAX_FILE_BYTES // (1024 * 1024)),
        )
    if not data.strip():
        raise StatementError(
            QT_TRANSLATE_NOOP("vault.errors", "Line {line}: the file is empty."), 1
        )


def with_keys(
    raw: list[tuple[int, date, Money, str, str, str | None]],
) -> list[StatementRow]:
    """Rows with their digests: (line, date, money, payee, account, bank's own id or None).

    Without a bank id, identical rows in one file (two coffees on one day) are told apart
    by their order, so importing the file again matches each to itself.
    """
    if len(raw) > MAX_ROWS:
        check_row_count(len(raw), raw[MAX_ROWS][0])
    seen: Counter[tuple[object, ...]] = Counter()
    rows = []
    for line, day, money, payee, account, bank_id in raw:
        if bank_id:
            basis = f"id|{account}|{bank_id}"
        else:
            fields = (account, day.isoformat(), money.currency, money.minor, payee.casefold())
            seen[fields] += 1
            basis = "row|" + "|".join(map(str, fields)) + f"|{seen[fields]}"
        key = hashlib.sha256(basis.encode("utf-8")).hexdigest()
        rows.append(StatementRow(line, day, money, payee, account, key))
    return rows


def line_of(text: str, offset: int) -> int:
    """The 1-based line holding character `offset` of `text`."""
    return text.count("\n", 0, max(0, offset)) + 1


class LineIndex:
    """Line numbers of many offsets in one text, each found in log time."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, max(0, offset))


def check_row_count(count: int, line: int) -> None:
    if count > MAX_ROWS:
        raise StatementError(
            QT_TRANSLATE_NOOP(
                "vault.errors", "Line {line}: the file holds more than {most} rows; split it first."
            ),
            line,
            most=Number(MAX_ROWS),
        )
