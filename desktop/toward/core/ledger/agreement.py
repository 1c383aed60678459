"""The standing agreement: "we tell each other about any purchase over X within N days".

One partner proposes, the other confirms; until then the earlier confirmed agreement (if
any) stays in force. Lateness is counted in whole local days: a purchase on Monday disclosed
on Tuesday took 1 day, whatever the hours.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from toward.core import clock
from toward.core.changes import Change
from toward.core.i18n import QT_TRANSLATE_NOOP, translate
from toward.core.ledger.money import Money, format_money
from toward.core.ledger.records import AGREEMENTS, InvalidLedgerLine
from toward.core.rows import StoredRow
from toward.core.spaces import NotAllowed, RecordNotFound, Space, Spaces
from toward.vault.database import Connection, transaction

MAX_DAYS = 365
_COLUMNS = (
    "id, author_id, created_at, threshold_minor, currency, days, confirmed_by, confirmed_at, "
    "withdrawn_at"
)


@dataclass(frozen=True)
class Agreement:
    id: str
    proposed_by: str
    proposed_at: datetime
    threshold: Money
    days: int
    confirmed_by: str | None
    confirmed_at: datetime | None
    withdrawn_at: datetime | None

    @property
    def confirmed(self) -> bool:
        return self.confirmed_at is not None

    @property
    def text(self) -> str:
        """The agreement in words, as both partners see it."""
        amount = format_money(self.threshold)
        if self.days == 0:
            said = translate(
                "core.ledger.agreement",
                "We tell each other about any purchase over {amount} the same day.",
            )
        else:
            said = translate(
                "core.ledger.agreement",
                "We tell each other about any purchase over {amount} within %n days.",
                None,
                self.days,
            )
        return said.format(amount=amount)

    def applies_to(self, money: Money) -> bool:
        """Whether a purchase of `money` falls under it (another currency never does)."""
        return money.currency == self.threshold.currency and money > self.threshold


def days_taken(occurred_on: date, disclosed_at: datetime) -> int:
    """Whole local days from the purchase date to the day it was disclosed."""
    return (disclosed_at.astimezone().date() - occurred_on).days


class Agreements:
    """The couple's agreements in the shared space, as one partner reaches them."""

    def __init__(self, spaces: Spaces, other_id: str | None) -> None:
        self._spaces = spaces
        self._other_id = other_id

    def in_force(self, at: datetime | None = None) -> Agreement | None:
        """The latest agreement both had confirmed by `at` (now by default)."""
        moment = clock.to_text(at or clock.now())
        return self._one(
            "confirmed_at IS NOT NULL AND confirmed_at <= ? ORDER BY confirmed_at DESC", moment
        )

    def proposal(self) -> Agreement | None:
        """A proposal waiting for the other partner's confirmation, if there is one."""
        return self._one("confirmed_at IS NULL AND withdrawn_at IS NULL ORDER BY created_at DESC")

    def history(self) -> list[Agreement]:
        """Every confirmed agreement, newest first."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM {AGREEMENTS} WHERE confirmed_at IS NOT NULL "
            "ORDER BY confirmed_at DESC"
        )
        return [_build(row) for row in rows]

    def propose(self, threshold: Money, days: int) -> Agreement:
        """Propose an agreement (or a change); it replaces any proposal still waiting."""
        if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= MAX_DAYS:
            raise InvalidLedgerLine(
                QT_TRANSLATE_NOOP("vault.errors", "The agreed time is 0 to {MAX_DAYS} days."),
                MAX_DAYS=MAX_DAYS,
            )
        if threshold.amount < 0:
            raise InvalidLedgerLine(
                QT_TRANSLATE_NOOP("vault.errors", "The amount in an agreement cannot be negative.")
            )
        now = clock.to_text(clock.now())
        agreement_id = uuid.uuid4().hex
        with transaction(self._conn):
            self._conn.execute(
                f"UPDATE {AGREEMENTS} SET withdrawn_at = ? "
                "WHERE confirmed_at IS NULL AND withdrawn_at IS NULL",
                (now,),
            )
            self._conn.execute(
                f"INSERT INTO {AGREEMENTS} (id, author_id, created_at, updated_at, "
                "threshold_minor, currency, days) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    agreement_id,
                    self._spaces.partner_id,
                    now,
                    now,
                    threshold.minor,
                    threshold.currency,
                    days,
                ),
            )
        self._spaces.announce(Change.LEDGER)
        return self._get(agreement_id)

    def confirm(self, agreement: Agreement) -> Agreement:
        """The second partner's yes: from now on, this is the agreement in force."""
        current = self._get(agreement.id)
        if current.proposed_by == self._spaces.partner_id:
            raise NotAllowed("The other partner confirms an agreement you proposed.")
        if current.withdrawn_at is not None or current.confirmed:
            raise InvalidLedgerLine(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "This proposal is no longer waiting for a confirmation."
                )
            )
        now = clock.to_text(clock.now())
        with transaction(self._conn):
            self._conn.execute(
                f"UPDATE {AGREEMENTS} SET confirmed_by = ?, confirmed_at = ?, updated_at = ? "
                "WHERE id = ?",
                (self._spaces.partner_id, now, now, agreement.id),
            )
        self._spaces.announce(Change.LEDGER)
        return self._get(agreement.id)

    def withdraw(self, agreement: Agreement) -> None:
        """Set a waiting proposal aside: its author withdraws it, or the other declines it."""
        current = self._get(agreement.id)
        if current.confirmed:
            raise InvalidLedgerLine(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "A confirmed agreement changes only by a new one."
                )
            )
        with transaction(self._conn):
            self._conn.execute(
                f"UPDATE {AGREEMENTS} SET withdrawn_at = ? WHERE id = ? AND withdrawn_at IS NULL",
                (clock.to_text(clock.now()), agreement.id),
            )
        self._spaces.announce(Change.LEDGER)

    def waiting_for_me(self) -> Agreement | None:
        """The other partner's proposal, waiting for this partner's confirmation."""
        proposal = self.proposal()
        if proposal is None or proposal.proposed_by == self._spaces.partner_id:
            return None
        return proposal

    @property
    def _conn(self) -> Connection:
        return self._spaces.conn(Space.SHARED)

    def _one(self, where_and_order: str, *params: object) -> Agreement | None:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM {AGREEMENTS} WHERE {where_and_order} LIMIT 1", params
        ).fetchone()
        return None if row is None else _build(row)

    def _get(self, agreement_id: str) -> Agreement:
        found = self._one("id = ?", agreement_id)
        if found is None:
            raise RecordNotFound(f"no agreement {agreement_id}")
        return found


def _build(row: StoredRow) -> Agreement:
    return Agreement(
        id=row["id"],
        proposed_by=row["author_id"],
        proposed_at=clock.from_stored(row["created_at"]),
        threshold=Money.from_minor(row["threshold_minor"], row["currency"]),
        days=row["days"],
        confirmed_by=row["confirmed_by"],
        confirmed_at=clock.from_text(row["confirmed_at"]),
        withdrawn_at=clock.from_text(row["withdrawn_at"]),
    )
