"""Card and bank statements as CSV: a layout says which column holds what and how it is written.

Columns are counted from 0. Some banks give one signed amount column, others a debit and a
credit column; `purchases_negative` flips a signed column so purchases come out positive.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime

from toward.core.ledger.money import InvalidMoney, Money, currency_code, parse_amount
from toward.core.ledger.records import MAX_NAME
from toward.core.ledger.statements import (
    StatementError,
    StatementRow,
    check_row_count,
    check_size,
    with_keys,
)
from toward.vault.errors import QT_TRANSLATE_NOOP, Number

# How people name date layouts, and how Python reads them.
DATE_FORMATS = {
    "YYYY-MM-DD": "%Y-%m-%d",
    "DD/MM/YYYY": "%d/%m/%Y",
    "MM/DD/YYYY": "%m/%d/%Y",
    "DD.MM.YYYY": "%d.%m.%Y",
    "DD-MM-YYYY": "%d-%m-%Y",
    "YYYY/MM/DD": "%Y/%m/%d",
    "DD/MM/YY": "%d/%m/%y",
    "MM/DD/YY": "%m/%d/%y",
    "DD.MM.YY": "%d.%m.%y",
}
DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab", "|": "bar"}
ENCODINGS = ("utf-8", "cp1252", "latin-1")
MAX_FIELD = 10_000
GUESS_COLUMNS = 40  # statements have a handful; more is not a layout to guess


@dataclass(frozen=True)
class CsvLayout:
    """How one bank writes its CSV statements (remembered per account)."""

    date_column: int = 0
    payee_column: int = 1
    amount_column: int | None = 2
    debit_column: int | None = None  # purchases, when the bank splits the amount
    credit_column: int | None = None  # refunds and payments
    account_column: int | None = None
    delimiter: str = ","
    date_format: str = "YYYY-MM-DD"
    decimal_separator: str = "."
    has_header: bool = True
    purchases_negative: bool = False
    encoding: str = "utf-8"
    currency: str = "USD"

    def __post_init__(self) -> None:
        if self.delimiter not in DELIMITERS:
            raise StatementError(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "Choose a comma, semicolon, tab or bar between columns."
                )
            )
        if self.date_format not in DATE_FORMATS:
            raise StatementError(
                QT_TRANSLATE_NOOP("vault.errors", "{layout} is not a date layout Toward offers."),
                layout=repr(self.date_format),
            )
        if self.decimal_separator not in (".", ","):
            raise StatementError(
                QT_TRANSLATE_NOOP("vault.errors", "The decimal separator is a point or a comma.")
            )
        if self.encoding not in ENCODINGS:
            raise StatementError(
                QT_TRANSLATE_NOOP("vault.errors", "{encoding} is not an encoding Toward offers."),
                encoding=repr(self.encoding),
            )
        if self.amount_column is None and self.debit_column is None:
            raise StatementError(
                QT_TRANSLATE_NOOP("vault.errors", "Choose the column with the amount.")
            )
        currency_code(self.currency)

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> CsvLayout | None:
        """A remembered layout, or None when it no longer reads (never an error)."""
        try:
            data = json.loads(text)
            return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})
        except (ValueError, TypeError, StatementError, InvalidMoney):
            return None

    @property
    def columns_needed(self) -> int:
        used = (
            self.date_column,
            self.payee_column,
            self.amount_column,
            self.debit_column,
            self.credit_column,
            self.account_column,
        )
        return max(c for c in used if c is not None) + 1


def decode(data: bytes, encoding: str) -> str:
    """The file's text, or an error naming the first line that is not in `encoding`.

    A UTF-16 or UTF-32 file (as some spreadsheets save "Unicode text"), or UTF-8 with a
    byte order mark, is read as such whatever `encoding` says: the mark or the NUL bytes
    tell it apart for sure.
    """
    check_size(data)
    proven = unicode_encoding(data)
    encoding = proven or encoding
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].decode(encoding, errors="replace").count("\n") + 1
        name = encoding.upper().removesuffix("-SIG")
        if proven:
            garbled = QT_TRANSLATE_NOOP(
                "vault.errors",
                "Line {line}: this is not {encoding} text; a character is cut short or garbled.",
            )
            raise StatementError(garbled, line, encoding=name) from None
        other = QT_TRANSLATE_NOOP(
            "vault.errors", "Line {line}: this is not {encoding} text; try another encoding."
        )
        raise StatementError(other, line, encoding=name) from None
    return text.removeprefix("\ufeff")


def unicode_encoding(data: bytes) -> str | None:
    """The Unicode codec a file's byte order mark or NUL bytes prove, or None."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"  # checked first: the UTF-32 LE mark starts like the UTF-16 LE one
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = data[:4096]
    if b"\x00" not in sample or len(sample) < 4:
        return None
    # Mostly-ASCII text: which of every four bytes are NUL gives the width and the order.
    quarters = len(sample) // 4
    zero = [sample[i : quarters * 4 : 4].count(0) * 2 > quarters for i in range(4)]
    return {
        (False, True, True, True): "utf-32-le",
        (True, True, True, False): "utf-32-be",
        (False, True, False, True): "utf-16-le",
        (True, False, True, False): "utf-16-be",
    }.get((zero[0], zero[1], zero[2], zero[3]))


def header_and_rows(data: bytes, layout: CsvLayout, *, limit: int | None = None) -> list[list[str]]:
    """The file split into cells (for the column-mapping step), at most `limit` lines."""
    text = decode(data, layout.encoding)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=layout.delimiter, strict=True)
    rows = []
    try:
        for cells in reader:
            if any(len(cell) > MAX_FIELD for cell in cells):
                raise StatementError(
                    QT_TRANSLATE_NOOP(
                        "vault.errors",
                        "Line {line}: a cell is far too long to be part of a statement.",
                    ),
                    reader.line_num,
                )
            rows.append(cells)
            if limit is not None and len(rows) >= limit:
                break
    except csv.Error as exc:
        raise StatementError(_NOT_CSV, reader.line_num, problem=exc) from None
    return rows


def read_csv(data: bytes, layout: CsvLayout, account: str) -> list[StatementRow]:
    """Every row of a CSV statement, or StatementError for the first bad line."""
    text = decode(data, layout.encoding)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=layout.delimiter, strict=True)
    pattern = DATE_FORMATS[layout.date_format]
    raw: list[tuple[int, date, Money, str, str, str | None]] = []
    header_pending = layout.has_header
    try:
        for cells in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            if header_pending:
                header_pending = False
                continue
            if len(cells) < layout.columns_needed:
                raise StatementError(
                    QT_TRANSLATE_NOOP(
                        "vault.errors",
                        "Line {line}: it has %n columns, but the layout needs {needed}; "
                        "check the separator.",
                    ),
                    line,
                    n=len(cells),
                    needed=layout.columns_needed,
                    one="Line {line}: it has %n column, but the layout needs {needed}; "
                    "check the separator.",
                )
            day = _date(cells[layout.date_column], pattern, layout.date_format, line)
            money = _amount(cells, layout, line)
            payee = _name(cells[layout.payee_column], "payee", line)
            where = account
            if layout.account_column is not None:
                where = _name(cells[layout.account_column], "account", line) or account
            raw.append((line, day, money, payee, where, None))
            check_row_count(len(raw), line)
    except csv.Error as exc:
        raise StatementError(_NOT_CSV, reader.line_num, problem=exc) from None
    if not raw:
        if layout.has_header:
            empty = QT_TRANSLATE_NOOP(
                "vault.errors",
                "Line {line}: the file ends with no statement rows after the header.",
            )
        else:
            empty = QT_TRANSLATE_NOOP(
                "vault.errors", "Line {line}: the file ends with no statement rows."
            )
        raise StatementError(empty, reader.line_num or 1)
    return with_keys(raw)


def guess_layout(data: bytes, currency: str = "USD") -> CsvLayout:
    """A first guess at a file's layout from its header and first rows, to adjust by hand."""
    wide, encoding = unicode_encoding(data), "utf-8"  # a Unicode file is read as such anyway
    try:
        if wide is None:
            data.decode("utf-8")
    except UnicodeDecodeError:
        encoding = "cp1252"
    text = data.decode(wide or encoding, errors="replace").removeprefix("\ufeff")
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max(DELIMITERS, key=first.count)
    layout = CsvLayout(delimiter=delimiter, encoding=encoding, currency=currency)
    try:
        rows = header_and_rows(data, layout, limit=20)
    except StatementError:
        return layout
    if not rows:
        return layout
    rows = [row[:GUESS_COLUMNS] for row in rows]
    header = [cell.strip().casefold() for cell in rows[0]]
    has_header = not any(_looks_like_date(cell) for cell in rows[0])
    found = _columns_by_name(header) if has_header else {}
    body = rows[1:] if has_header else rows
    date_column = found.get("date", _first_column(body, _looks_like_date, 0))
    layout = replace(
        layout,
        has_header=has_header,
        date_column=date_column,
        payee_column=found.get("payee", 1 if date_column != 1 else 2),
        amount_column=found.get("amount", None if "debit" in found else 2),
        debit_column=found.get("debit"),
        credit_column=found.get("credit"),
        account_column=found.get("account"),
    )
    samples = [r[date_column] for r in body if len(r) > date_column]
    layout = replace(layout, date_format=_guess_date_format(samples))
    amount_at = layout.amount_column if layout.amount_column is not None else layout.debit_column
    amounts = [r[amount_at] for r in body if amount_at is not None and len(r) > amount_at]
    if any(_comma_decimal(a) for a in amounts):
        layout = replace(layout, decimal_separator=",")
    negative = sum(a.strip().startswith(("-", "(")) for a in amounts)
    return replace(
        layout, purchases_negative=layout.amount_column is not None and negative > len(amounts) / 2
    )


_NAMES = {
    "date": ("date", "transaction date", "trans. date", "booking date", "buchungstag", "datum",
             "posting date", "posted date"),
    "payee": ("description", "payee", "merchant", "name", "details", "narrative",
              "empfänger", "beschreibung", "memo"),
    "amount": ("amount", "betrag", "value", "amount (usd)", "montant"),
    "debit": ("debit", "withdrawal", "withdrawals", "money out", "paid out"),
    "credit": ("credit", "deposit", "deposits", "money in", "paid in"),
    "account": ("account", "card", "card no.", "card number", "account number", "konto"),
}  # fmt: skip


def _columns_by_name(header: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for what, names in _NAMES.items():
        for index, cell in enumerate(header):
            if cell in names and what not in found and index not in found.values():
                found[what] = index
    return found


def _first_column(rows: list[list[str]], test: Callable[[str], bool], default: int) -> int:
    for row in rows[:5]:
        for index, cell in enumerate(row):
            if test(cell):
                return index
    return default


def _looks_like_date(cell: str) -> bool:
    return any(_parses(cell.strip(), pattern) for pattern in DATE_FORMATS.values())


def _guess_date_format(samples: list[str]) -> str:
    """The layout that reads every sample; when several do (01/03 and 03/01 alike), the one
    that puts the dates closest together, as a statement's dates are."""
    texts = [s.strip() for s in samples if s.strip()]
    spans = {}
    for name, pattern in DATE_FORMATS.items():
        if texts and all(_parses(t, pattern) for t in texts):
            days = [datetime.strptime(t, pattern).toordinal() for t in texts]
            spans[name] = max(days) - min(days)
    return min(spans, key=spans.__getitem__) if spans else "YYYY-MM-DD"


def _parses(text: str, pattern: str) -> bool:
    try:
        datetime.strptime(text, pattern)
    except ValueError:
        return False
    return True


def _comma_decimal(text: str) -> bool:
    digits = text.strip().lstrip("-(").rstrip(")")
    return len(digits) > 3 and digits[-3] == "," and "." not in digits[-3:]


def _date(cell: str, pattern: str, name: str, line: int) -> date:
    text = cell.strip()
    try:
        return datetime.strptime(text, pattern).date()
    except ValueError:
        if not text:
            raise StatementError(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "Line {line}: an empty cell is not a date written as {layout}."
                ),
                line,
                layout=name,
            ) from None
        raise StatementError(
            QT_TRANSLATE_NOOP(
                "vault.errors", "Line {line}: {value} is not a date written as {layout}."
            ),
            line,
            value=repr(text[:40]),
            layout=name,
        ) from None


def _amount(cells: list[str], layout: CsvLayout, line: int) -> Money:
    def read(column: int) -> Money | None:
        text = cells[column].strip()
        if not text:
            return None
        try:
            return parse_amount(text, layout.currency, decimal_separator=layout.decimal_separator)
        except InvalidMoney as exc:
            raise StatementError(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "Line {line}: {value} is not an amount ({problem})."
                ),
                line,
                value=repr(text[:40]),
                problem=exc,
            ) from None

    if layout.amount_column is not None:
        money = read(layout.amount_column)
        if money is None:
            raise StatementError(
                QT_TRANSLATE_NOOP("vault.errors", "Line {line}: the amount is empty."), line
            )
        return -money if layout.purchases_negative else money
    debit = read(layout.debit_column) if layout.debit_column is not None else None
    credit = read(layout.credit_column) if layout.credit_column is not None else None
    if debit is None and credit is None:
        raise StatementError(
            QT_TRANSLATE_NOOP(
                "vault.errors", "Line {line}: both the debit and the credit are empty."
            ),
            line,
        )
    total = Money.zero(layout.currency)
    if debit is not None:
        total += Money(debit.currency, abs(debit.amount))
    if credit is not None:
        total -= Money(credit.currency, abs(credit.amount))
    return total


_NOT_CSV = QT_TRANSLATE_NOOP(
    "vault.errors", "Line {line}: the file cannot be read as CSV ({problem})."
)
# One whole sentence for each named cell: "payee" and "account" are not glued into one.
_TOO_LONG = {
    "payee": QT_TRANSLATE_NOOP(
        "vault.errors", "Line {line}: the payee is longer than {most} characters."
    ),
    "account": QT_TRANSLATE_NOOP(
        "vault.errors", "Line {line}: the account is longer than {most} characters."
    ),
}


def _name(cell: str, what: str, line: int) -> str:
    text = " ".join(cell.replace("\x00", "").split())
    if len(text) > MAX_NAME:
        raise StatementError(_TOO_LONG[what], line, most=Number(MAX_NAME))
    return text
