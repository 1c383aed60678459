"""OFX and QFX statements (bank and card, version 1 SGML and version 2 XML) via ofxtools.

ofxtools reads the header and the tag structure; the transactions are read here from that
tree, so each problem can be reported with its line: the n-th <STMTTRN> in the tree is the
n-th one in the text. The bank's FITID identifies a row for duplicate detection.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from datetime import date

from toward.core.ledger.money import InvalidMoney, Money, currency_code, parse_amount
from toward.core.ledger.records import MAX_NAME
from toward.core.ledger.statements import (
    LineIndex,
    StatementError,
    StatementRow,
    check_row_count,
    check_size,
    line_of,
    with_keys,
)
from toward.vault.errors import QT_TRANSLATE_NOOP

_POSITION = re.compile(r"position=\[(\d+):(\d+)\]")
_DATE = re.compile(r"\d{8}")
_NO_STATEMENT = QT_TRANSLATE_NOOP(
    "vault.errors",
    "Line {line}: the file ends without a bank or card statement (<STMTRS> or <CCSTMTRS>).",
)
_STATEMENTS = ("STMTRS", "CCSTMTRS")
_ACCOUNTS = ("BANKACCTFROM", "CCACCTFROM")


def read_ofx(data: bytes, account: str = "") -> list[StatementRow]:
    """Every transaction of every statement in the file, or StatementError for the first
    problem. `account` names them; by default the account number's last four digits."""
    check_size(data)
    text = data.decode("latin-1")  # one character per byte: offsets and lines stay true
    root, body_start = _tree(data, text)
    starts = [m.start() for m in re.finditer(r"<STMTTRN>", text)]
    lines = LineIndex(text)
    raw: list[tuple[int, date, Money, str, str, str | None]] = []
    found_statement = False
    index = 0
    for statement in root.iter():
        if statement.tag not in _STATEMENTS:
            continue
        found_statement = True
        currency_text = _text(statement, "CURDEF")
        try:
            currency = currency_code(currency_text or "")
        except InvalidMoney:
            line = line_of(text, text.find("<CURDEF>", body_start))
            raise StatementError(
                QT_TRANSLATE_NOOP(
                    "vault.errors",
                    "Line {line}: the statement's currency {value} is not one Toward knows.",
                ),
                line,
                value=repr(currency_text),
            ) from None
        number = _account_number(statement)
        name = account or (f"Account …{number[-4:]}" if number else "Imported account")
        for transaction in statement.iter("STMTTRN"):
            start = starts[index] if index < len(starts) else len(text)
            end = starts[index + 1] if index + 1 < len(starts) else len(text)
            index += 1
            raw.append(_row(transaction, currency, name, _Lines(text, lines, start, end)))
            check_row_count(len(raw), lines.line(start))
    if not found_statement:
        raise StatementError(_NO_STATEMENT, line_of(text, len(text.rstrip())))
    if not raw:
        where = max(text.find("<BANKTRANLIST>"), text.find("<STMTRS>"), text.find("<CCSTMTRS>"))
        raise StatementError(
            QT_TRANSLATE_NOOP("vault.errors", "Line {line}: the statement has no transactions."),
            line_of(text, where),
        )
    return with_keys(raw)


def _tree(data: bytes, text: str) -> tuple[ET.Element, int]:
    """The file's tag tree, and where its body starts in `text`."""
    # Here, not at the top: ofxtools takes a quarter of a second to load, and the ledger
    # (loaded with every session) needs it only when an OFX statement is imported.
    from ofxtools.header import OFXHeaderError, parse_header
    from ofxtools.Parser import ParseError, TreeBuilder

    try:
        _header, message = parse_header(io.BytesIO(data))
    except (OFXHeaderError, ValueError, LookupError, UnicodeDecodeError):
        raise StatementError(
            QT_TRANSLATE_NOOP(
                "vault.errors", "Line {line}: the file does not start like an OFX or QFX statement."
            ),
            1,
        ) from None
    body_start = max(0, text.find("<OFX>"))
    _check_cdata(text)
    builder = TreeBuilder()
    try:
        builder.feed(message)
        root = builder.close()
    except ParseError as exc:
        found = _POSITION.search(str(exc.args[0]) if exc.args else "")
        offset = body_start + int(found.group(1)) if found else len(text)
        raise StatementError(
            QT_TRANSLATE_NOOP(
                "vault.errors", "Line {line}: a tag here is broken or does not match."
            ),
            line_of(text, offset),
        ) from None
    except (AssertionError, IndexError, ValueError, TypeError, SyntaxError):
        raise StatementError(
            QT_TRANSLATE_NOOP(
                "vault.errors", "Line {line}: the file ends before every section is closed."
            ),
            line_of(text, len(text)),
        ) from None
    if root is None or not isinstance(root, ET.Element):
        raise StatementError(_NO_STATEMENT, line_of(text, len(text.rstrip())))
    if "</OFX>" not in text[body_start:]:
        raise StatementError(
            QT_TRANSLATE_NOOP(
                "vault.errors",
                "Line {line}: the file ends early (no </OFX>); it may have been cut off.",
            ),
            line_of(text, len(text.rstrip())),
        )
    return root, body_start


class _Lines:
    """Lines of one transaction's tags, between its <STMTTRN> and the next one."""

    def __init__(self, text: str, index: LineIndex, start: int, end: int) -> None:
        self._text, self._index, self._start, self._end = text, index, start, end

    @property
    def first(self) -> int:
        return self._index.line(self._start)

    def of(self, tag: str) -> int:
        found = self._text.find(f"<{tag}>", self._start, self._end)
        return self._index.line(found) if found >= 0 else self.first


def _check_cdata(text: str) -> None:
    """Refuse a <![CDATA[ with no ]]> after it on its line.

    ofxtools' tag pattern would search the rest of such a line again from every tag after
    it: a crafted file of a few hundred kilobytes would take minutes.
    """
    for number, line in enumerate(text.split("\n"), start=1):
        opened = line.rfind("<![CDATA[")
        if opened >= 0 and line.rfind("]]>") < opened:
            raise StatementError(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "Line {line}: a <![CDATA[ section is not closed on its line."
                ),
                number,
            )


def _row(
    transaction: ET.Element, currency: str, account: str, lines: _Lines
) -> tuple[int, date, Money, str, str, str | None]:
    posted = _text(transaction, "DTPOSTED") or ""
    try:
        if not _DATE.match(posted):
            raise ValueError(posted)
        day = date(int(posted[0:4]), int(posted[4:6]), int(posted[6:8]))
    except ValueError:
        shown = posted[:40] or "missing"
        raise StatementError(
            QT_TRANSLATE_NOOP(
                "vault.errors", "Line {line}: the date {value} is not a date (YYYYMMDD)."
            ),
            lines.of("DTPOSTED"),
            value=repr(shown),
        ) from None
    amount_text = _text(transaction, "TRNAMT") or ""
    separator = "," if "," in amount_text and "." not in amount_text else "."
    try:
        bank_amount = parse_amount(amount_text, currency, decimal_separator=separator)
    except InvalidMoney as exc:
        shown = amount_text[:40] or "missing"
        raise StatementError(
            QT_TRANSLATE_NOOP(
                "vault.errors", "Line {line}: the amount {value} is not usable ({problem})."
            ),
            lines.of("TRNAMT"),
            value=repr(shown),
            problem=exc,
        ) from None
    payee = _text(transaction, "NAME") or _text(transaction, "PAYEE/NAME") or ""
    payee = payee or _text(transaction, "MEMO") or ""
    payee = " ".join(payee.split())[:MAX_NAME]
    bank_id = _text(transaction, "FITID")
    # In OFX money leaving the account is negative; in the ledger a purchase is positive.
    return (lines.first, day, -bank_amount, payee, account, bank_id)


def _account_number(statement: ET.Element) -> str:
    for tag in _ACCOUNTS:
        found = statement.find(tag)
        if found is not None:
            return _text(found, "ACCTID") or ""
    return ""


def _text(element: ET.Element, path: str) -> str | None:
    found = element.find(path)
    if found is None or found.text is None:
        return None
    return found.text.strip()
