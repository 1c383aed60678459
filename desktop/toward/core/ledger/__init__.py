"""The money ledger: private drafts, shared disclosures, responses, the agreement, imports."""

from toward.core.ledger.agreement import Agreement, Agreements, days_taken
from toward.core.ledger.csv_statement import (
    DATE_FORMATS,
    DELIMITERS,
    CsvLayout,
    guess_layout,
    read_csv,
)
from toward.core.ledger.ledger import DraftFields, ImportResult, Ledger, PeriodSummary
from toward.core.ledger.money import (
    CURRENCIES,
    KNOWN_CURRENCIES,
    InvalidMoney,
    Money,
    format_money,
    parse_amount,
    totals,
)
from toward.core.ledger.ofx_statement import read_ofx
from toward.core.ledger.queries import Grouping, LedgerFilter, Total
from toward.core.ledger.records import (
    Disclosure,
    Draft,
    InvalidLedgerLine,
    LedgerLine,
    Purpose,
    Response,
    ResponseKind,
)
from toward.core.ledger.statements import PreviewRow, StatementError, StatementRow

__all__ = [
    "CURRENCIES",
    "DATE_FORMATS",
    "DELIMITERS",
    "KNOWN_CURRENCIES",
    "Agreement",
    "Agreements",
    "CsvLayout",
    "Disclosure",
    "Draft",
    "DraftFields",
    "Grouping",
    "ImportResult",
    "InvalidLedgerLine",
    "InvalidMoney",
    "Ledger",
    "LedgerFilter",
    "LedgerLine",
    "Money",
    "PeriodSummary",
    "PreviewRow",
    "Purpose",
    "Response",
    "ResponseKind",
    "StatementError",
    "StatementRow",
    "Total",
    "days_taken",
    "format_money",
    "guess_layout",
    "parse_amount",
    "read_csv",
    "read_ofx",
    "totals",
]
