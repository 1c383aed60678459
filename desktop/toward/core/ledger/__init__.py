"""The money ledger: private drafts, shared disclosures, responses, the agreement, imports."""

from toward.core.ledger.agreement import Agreement, Agreements, days_taken
from toward.core.ledger.ledger import DraftFields, Ledger, PeriodSummary
from toward.core.ledger.money import (
    CURRENCIES,
    MINOR_DIGITS,
    InvalidMoney,
    Money,
    format_money,
    parse_amount,
    totals,
)
from toward.core.ledger.queries import Grouping, LedgerFilter, Total
from toward.core.ledger.records import (
    RESPONSE_WORDS,
    Disclosure,
    Draft,
    InvalidLedgerLine,
    LedgerLine,
    Period,
    Purpose,
    Response,
    ResponseKind,
)

__all__ = [
    "CURRENCIES",
    "MINOR_DIGITS",
    "RESPONSE_WORDS",
    "Agreement",
    "Agreements",
    "Disclosure",
    "Draft",
    "DraftFields",
    "Grouping",
    "InvalidLedgerLine",
    "InvalidMoney",
    "Ledger",
    "LedgerFilter",
    "LedgerLine",
    "Money",
    "Period",
    "PeriodSummary",
    "Purpose",
    "Response",
    "ResponseKind",
    "Total",
    "days_taken",
    "format_money",
    "parse_amount",
    "totals",
]
