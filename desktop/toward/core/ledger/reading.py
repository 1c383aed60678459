"""Reading the ledger: disclosures, totals, lateness, what waits for a response."""

from __future__ import annotations

from dataclasses import dataclass, replace

from toward.core.attention import AttentionCard
from toward.core.formatting import format_date
from toward.core.i18n import translate
from toward.core.ledger.access import LedgerAccess
from toward.core.ledger.agreement import Agreement
from toward.core.ledger.money import KNOWN_CURRENCIES, Money, format_money
from toward.core.ledger.queries import (
    CURRENT,
    LATE,
    OPEN_QUESTION,
    Grouping,
    LedgerFilter,
    Total,
    totals_sql,
)
from toward.core.ledger.records import LINES, RESPONSES, Disclosure, Draft
from toward.core.period import Period
from toward.core.spaces import Space
from toward.core.words import COUNTED_UP_TO


@dataclass(frozen=True)
class PeriodSummary:
    """Everything about the ledger in one period, for summaries and exports."""

    period: Period
    disclosures: list[Disclosure]  # with responses, oldest purchase first
    totals: dict[str, Money]  # per currency
    by_month: list[Total]
    by_category: list[Total]
    by_purpose: list[Total]
    late: list[Disclosure]
    open_questions: list[Disclosure]
    drafts: list[Draft]  # this partner's, not yet disclosed
    agreement: Agreement | None


class LedgerReading(LedgerAccess):
    """The shared disclosures as this partner sees them, and what waits for them."""

    def disclosures(
        self,
        period: Period | None = None,
        *,
        where: LedgerFilter | None = None,
        newest_first: bool = False,
        limit: int = -1,
        offset: int = 0,
    ) -> list[Disclosure]:
        """Current disclosures (corrected ones replaced) in a period, with responses."""
        chosen = replace(
            where or LedgerFilter(), period=period or (where.period if where else None)
        )
        sql, params = chosen.where()
        order = (
            "occurred_on DESC, disclosed_at DESC" if newest_first else "occurred_on, disclosed_at"
        )
        return self._page(sql, params, order, limit, offset)

    def count(self, where: LedgerFilter | None = None) -> int:
        sql, params = (where or LedgerFilter()).where()
        return self._lines.count(Space.SHARED, where=sql, params=params)

    def totals(
        self,
        period: Period | None = None,
        *,
        by: Grouping = Grouping.MONTH,
        where: LedgerFilter | None = None,
    ) -> list[Total]:
        """Sums per group and currency, in key order."""
        chosen = replace(
            where or LedgerFilter(), period=period or (where.period if where else None)
        )
        sql, params = chosen.where()
        rows = self._shared.execute(totals_sql(by, sql), params)
        return [  # as in totals_per_currency: a currency Toward never writes is left out
            Total(r["key"], Money.from_minor(r["minor"], r["currency"]), r["n"])
            for r in rows
            if r["currency"] in KNOWN_CURRENCIES
        ]

    def totals_per_currency(
        self, period: Period | None = None, *, where: LedgerFilter | None = None
    ) -> dict[str, Money]:
        chosen = replace(
            where or LedgerFilter(), period=period or (where.period if where else None)
        )
        sql, params = chosen.where()
        rows = self._shared.execute(
            f"SELECT currency, sum(amount_minor) FROM {LINES} WHERE {sql} GROUP BY currency "
            "ORDER BY currency",
            params,
        )
        # A currency no version of Toward writes (damage) is left out of the totals; its
        # lines are named where they are listed.
        return {r[0]: Money.from_minor(r[1], r[0]) for r in rows if r[0] in KNOWN_CURRENCIES}

    def late(
        self, period: Period | None = None, *, limit: int = -1, offset: int = 0
    ) -> list[Disclosure]:
        """Disclosures that came later than the agreement asked, latest purchase first."""
        sql, params = LedgerFilter(period=period).where(LATE)
        return self._page(sql, params, "occurred_on DESC, disclosed_at DESC", limit, offset)

    def late_count(self, period: Period | None = None) -> int:
        sql, params = LedgerFilter(period=period).where(LATE)
        return self._lines.count(Space.SHARED, where=sql, params=params)

    def awaiting_my_response(self, *, limit: int = -1, offset: int = 0) -> list[Disclosure]:
        """The other partner's disclosures this partner has not responded to yet, oldest
        purchase first (the order of the ledger's index, so the first few come at once)."""
        sql, params = self._awaiting()
        return self._page(sql, params, "occurred_on, disclosed_at", limit, offset)

    def awaiting_count(self, *, up_to: int | None = None) -> int:
        """How many wait for this partner's response; with `up_to`, counted no further."""
        sql, params = self._awaiting()
        return self._lines.count(Space.SHARED, where=sql, params=params, up_to=up_to)

    def open_questions(self, period: Period | None = None) -> list[Disclosure]:
        """Disclosures whose latest response is a question not yet talked through."""
        sql, params = LedgerFilter(period=period).where(f"{CURRENT} AND {OPEN_QUESTION}")
        return self._page(sql, params, "occurred_on, disclosed_at", -1, 0)

    def questions_for_me(self, *, limit: int = -1, offset: int = 0) -> list[Disclosure]:
        """This partner's disclosures with an open question from the other."""
        sql, params = self._questions_for_me()
        return self._page(sql, params, "occurred_on, disclosed_at", limit, offset)

    def questions_for_me_count(self, *, up_to: int | None = None) -> int:
        sql, params = self._questions_for_me()
        return self._lines.count(Space.SHARED, where=sql, params=params, up_to=up_to)

    def names(self, column: str) -> list[str]:
        """The distinct categories or accounts in use, for filters and suggestions."""
        if column not in ("category", "account", "payee"):
            raise ValueError(f"no list of {column}")
        found: set[str] = set()
        for space in (Space.PRIVATE, Space.SHARED):
            rows = self._spaces.conn(space).execute(
                f"SELECT DISTINCT {column} FROM {LINES} WHERE {column} != ''"
            )
            found |= {r[0] for r in rows}
        return sorted(found, key=str.casefold)

    def months(self) -> list[str]:
        """The months ('2026-03') holding disclosures, newest first."""
        rows = self._shared.execute(
            f"SELECT DISTINCT substr(occurred_on, 1, 7) FROM {LINES} WHERE {CURRENT} "
            "ORDER BY 1 DESC"
        )
        return [r[0] for r in rows]

    # -- attention ---------------------------------------------------------------------

    def attention(self) -> AttentionCard | None:
        """Disclosures waiting for this partner's response, and questions to answer."""
        waiting = self.awaiting_count(up_to=COUNTED_UP_TO + 1)
        questions = self.questions_for_me_count(up_to=COUNTED_UP_TO + 1)
        if not waiting and not questions:
            return None
        lines = [_awaiting_line(d) for d in self.awaiting_my_response(limit=3)]
        if questions > COUNTED_UP_TO:
            lines.append(
                translate(
                    "core.ledger.reading", "{count}+ questions about your disclosures"
                ).format(count=COUNTED_UP_TO)
            )
        elif questions:
            lines.append(
                translate(
                    "core.ledger.reading", "%n questions about your disclosures", None, questions
                )
            )
        title = (
            translate("core.ledger.reading", "Money shared with you")
            if waiting
            else translate("core.ledger.reading", "Questions about your disclosures")
        )
        return AttentionCard("ledger:awaiting", title, waiting + questions, tuple(lines))

    def agreement_attention(self) -> AttentionCard | None:
        """A money agreement the other partner proposed, waiting for this partner's yes."""
        proposal = self.agreements.waiting_for_me()
        if proposal is None:
            return None
        return AttentionCard(
            "ledger:agreement",
            translate("core.ledger.reading", "An agreement waiting for you"),
            1,
            (proposal.text,),
        )

    # -- helpers -----------------------------------------------------------------------

    def _awaiting(self) -> tuple[str, list[object]]:
        base = (
            f"{CURRENT} AND author_id != ? AND NOT EXISTS (SELECT 1 FROM {RESPONSES} r "
            f"WHERE r.disclosure_id = {LINES}.id AND r.author_id = ?)"
        )
        sql, params = LedgerFilter().where(base)
        return sql, [self.partner_id, self.partner_id, *params]

    def _questions_for_me(self) -> tuple[str, list[object]]:
        return LedgerFilter(author_id=self.partner_id).where(f"{CURRENT} AND {OPEN_QUESTION}")


def _awaiting_line(disclosure: Disclosure) -> str:
    """'86.30 USD at Green Market, Tue, 1 Dec', in the person's language and locale."""
    day = format_date(disclosure.occurred_on, "short_weekday")
    if not disclosure.payee:
        return translate("core.ledger.reading", "{amount} at an unnamed payee, {day}").format(
            amount=format_money(disclosure.money), day=day
        )
    return translate("core.ledger.reading", "{amount} at {payee}, {day}").format(
        amount=format_money(disclosure.money), payee=disclosure.payee, day=day
    )
