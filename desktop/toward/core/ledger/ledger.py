"""A partner's door to the money ledger: writing, reading and statement import in one.

Each job lives in its own module (writing, reading, statement_import); `Ledger` joins
them over one partner's spaces, so `session.ledger` stays the one door.
"""

from __future__ import annotations

from toward.core.ledger.queries import Grouping
from toward.core.ledger.reading import LedgerReading, PeriodSummary
from toward.core.ledger.statement_import import ImportResult, StatementImport
from toward.core.ledger.writing import DraftFields, LedgerWriting
from toward.core.period import Period

__all__ = ["DraftFields", "ImportResult", "Ledger", "PeriodSummary"]


class Ledger(LedgerWriting, LedgerReading, StatementImport):
    """The ledger as one unlocked partner reaches it."""

    def summary(self, period: Period) -> PeriodSummary:
        """The ledger in `period` as plain data (for the therapy summary and exports)."""
        return PeriodSummary(
            period=period,
            disclosures=self.disclosures(period),
            totals=self.totals_per_currency(period),
            by_month=self.totals(period, by=Grouping.MONTH),
            by_category=self.totals(period, by=Grouping.CATEGORY),
            by_purpose=self.totals(period, by=Grouping.PURPOSE),
            late=self.late(period),
            open_questions=self.open_questions(period),
            drafts=[d for d in self.drafts() if period.start <= d.occurred_on <= period.end],
            agreement=self.agreements.in_force(),
        )
