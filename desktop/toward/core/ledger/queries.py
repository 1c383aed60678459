"""Reading the shared ledger: filtered lists, totals per currency, late ones, open questions.

Totals are SQL sums of whole minor units per currency (exact), grouped by month, category,
account or purpose; lists are pages (`limit`/`offset`), never every row at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from toward.core.ledger.money import Money
from toward.core.ledger.records import LINES, RESPONSES, Purpose
from toward.core.period import Period

# A disclosure as it stands: disclosed, and not replaced by a correction.
CURRENT = "disclosed_at IS NOT NULL AND superseded_by IS NULL"
LATE = "days_taken > agreed_days AND superseded_by IS NULL"
# Asked about at all (a small set, found through its own index), and the asker's latest
# word is still the question.
OPEN_QUESTION = (
    f"id IN (SELECT disclosure_id FROM {RESPONSES} WHERE kind = 'question') "
    f"AND (SELECT r.kind FROM {RESPONSES} r WHERE r.disclosure_id = {LINES}.id "
    "AND r.kind != 'answer' ORDER BY r.created_at DESC LIMIT 1) = 'question'"
)


class Grouping(StrEnum):
    MONTH = "month"
    CATEGORY = "category"
    ACCOUNT = "account"
    PURPOSE = "purpose"
    AUTHOR = "author"


_GROUP_SQL = {
    Grouping.MONTH: "substr(occurred_on, 1, 7)",
    Grouping.CATEGORY: "category",
    Grouping.ACCOUNT: "account",
    Grouping.PURPOSE: "purpose",
    Grouping.AUTHOR: "author_id",
}


@dataclass(frozen=True)
class Total:
    """The sum of one group's disclosures in one currency ('2026-03', USD 1,200.00, 14)."""

    key: str
    money: Money
    count: int


@dataclass(frozen=True)
class LedgerFilter:
    """Which disclosures a view shows; None means any."""

    period: Period | None = None
    category: str | None = None
    account: str | None = None
    purpose: Purpose | None = None
    author_id: str | None = None
    currency: str | None = None

    def where(self, base: str = CURRENT) -> tuple[str, list[object]]:
        clauses, params = [base], list[object]()
        if self.period is not None:
            clauses.append("occurred_on BETWEEN ? AND ?")
            params += [self.period.start.isoformat(), self.period.end.isoformat()]
        for column, value in (
            ("category", self.category),
            ("account", self.account),
            ("purpose", None if self.purpose is None else Purpose(self.purpose).value),
            ("author_id", self.author_id),
            ("currency", self.currency),
        ):
            if value is not None:
                clauses.append(f"{column} = ?")
                params.append(value)
        return " AND ".join(f"({c})" for c in clauses), params


def totals_sql(by: Grouping, where: str) -> str:
    key = _GROUP_SQL[Grouping(by)]
    return (
        f"SELECT {key} AS key, currency, sum(amount_minor) AS minor, count(*) AS n "
        f"FROM {LINES} WHERE {where} GROUP BY key, currency ORDER BY key, currency"
    )
