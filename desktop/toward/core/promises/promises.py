"""Promises between the partners and who may change them.

A promise is open until the partner it was made to marks it kept or missed, or releases
the promiser from it. The promiser may ask to change its terms; the change takes effect
only when the other partner accepts it, because a promise made to someone is theirs to
hold as much as the promiser's. Accepting marks the old promise renegotiated and opens a
new one with the new terms, so the old terms stay visible beside it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from toward.core import clock
from toward.core.attention import AttentionCard
from toward.core.changes import Change
from toward.core.formatting import format_date
from toward.core.i18n import QT_TRANSLATE_NOOP, translate
from toward.core.promises import history
from toward.core.promises.agreements import Agreements
from toward.core.promises.history import MonthOfPromises
from toward.core.promises.model import (
    PROMISE_COLUMNS,
    PROMISES,
    Agreement,
    AgreementMoment,
    AgreementRecord,
    InvalidPromise,
    MomentKind,
    Promise,
    PromiseStatus,
    build_promise,
    due_day,
    optional_text,
    past_moment,
    required_text,
)
from toward.core.spaces import NotAllowed, RecordStore, Space, Spaces
from toward.vault.database import Connection, transaction

DUE_SOON_DAYS = 7  # how far ahead the Today page looks for promises coming due
_DONE = "status != 'open'"


class Promises:
    """A partner's door to the couple's promises and standing agreements."""

    def __init__(self, spaces: Spaces, partner_ids: Iterable[str]) -> None:
        self._spaces = spaces
        self._store: RecordStore[Promise] = RecordStore(
            spaces, PROMISES, PROMISE_COLUMNS, build_promise, change=Change.PROMISES
        )
        self._agreements = Agreements(spaces)
        self.partner_id = spaces.partner_id
        self.partner_ids = tuple(partner_ids)
        others = [p for p in self.partner_ids if p != self.partner_id]
        self.other_id: str | None = others[0] if others else None

    # -- making and reading -------------------------------------------------------------

    def make(
        self,
        what: str,
        *,
        to_partner_id: str,
        due: date | None = None,
        repair_id: str | None = None,
        made_at: datetime | None = None,
    ) -> Promise:
        """Promise the other partner `what`, optionally by a day; both of them see it.

        `made_at` notes a promise made earlier (in a conversation last week, say).
        """
        if to_partner_id == self.partner_id:
            raise InvalidPromise(
                QT_TRANSLATE_NOOP(
                    "vault.errors",
                    "A promise is made to your partner. An intention of your own belongs in "
                    "your private journal.",
                )
            )
        if to_partner_id not in self.partner_ids:
            raise InvalidPromise(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "A promise is made to your partner, who is not in Toward yet."
                )
            )
        made = past_moment(
            made_at, QT_TRANSLATE_NOOP("core.promises.model", "The time a promise was made")
        )
        content = {
            "promiser_id": self.partner_id,
            "to_id": to_partner_id,
            "what": required_text(what, QT_TRANSLATE_NOOP("core.promises.model", "promise")),
            "due_on": due_day(due, made_on=made.astimezone().date()),
            "made_at": clock.to_text(made),
            "status": PromiseStatus.OPEN.value,
            "repair_id": repair_id,
        }
        return self._store.add(Space.SHARED, content)

    def get(self, promise_id: str) -> Promise:
        return self._store.get(Space.SHARED, promise_id)

    def open_promises(self, *, limit: int = -1, offset: int = 0) -> list[Promise]:
        """Open promises, soonest due first, those without a day after them."""
        return self._store.list(
            Space.SHARED,
            where="status = 'open'",
            order="due_on IS NULL, due_on, made_at",
            limit=limit,
            offset=offset,
        )

    def settled(self, *, limit: int = 50, offset: int = 0) -> list[Promise]:
        """Kept, missed, renegotiated and released promises, the latest day settled first."""
        return self._store.list(
            Space.SHARED,
            where=_DONE,
            order="status_on DESC, status_at DESC",
            limit=limit,
            offset=offset,
        )

    def count_open(self) -> int:
        return self._store.count(Space.SHARED, where="status = 'open'")

    def count_settled(self) -> int:
        return self._store.count(Space.SHARED, where=_DONE)

    def earlier_terms(self, promise: Promise) -> Promise | None:
        """The promise whose terms this one replaced, if it came from a renegotiation."""
        if promise.renegotiated_from is None:
            return None
        return self.get(promise.renegotiated_from)

    def later_terms(self, promise: Promise) -> Promise | None:
        """The promise that took over this one's terms, if it was renegotiated."""
        found = self._store.list(
            Space.SHARED, where="renegotiated_from = ?", params=(promise.id,), limit=1
        )
        return found[0] if found else None

    def from_repair(self, repair_id: str) -> list[Promise]:
        """Promises made from a repair conversation's plan, oldest first."""
        return self._store.list(
            Space.SHARED, where="repair_id = ?", params=(repair_id,), order="made_at"
        )

    def made_by_me(self, promise: Promise) -> bool:
        return promise.promiser_id == self.partner_id

    def made_to_me(self, promise: Promise) -> bool:
        return promise.to_id == self.partner_id

    # -- settling -----------------------------------------------------------------------

    # `on` is the local day it was kept (or missed, or released), when marked later.

    def mark_kept(self, promise: Promise, note: str = "", *, on: date | None = None) -> Promise:
        return self._settle(promise, PromiseStatus.KEPT, note, on)

    def mark_missed(self, promise: Promise, note: str = "", *, on: date | None = None) -> Promise:
        return self._settle(promise, PromiseStatus.MISSED, note, on)

    def release(self, promise: Promise, note: str = "", *, on: date | None = None) -> Promise:
        """Free the promiser from the promise, as only the partner it was made to can."""
        return self._settle(promise, PromiseStatus.RELEASED, note, on)

    def _settle(
        self, promise: Promise, status: PromiseStatus, note: str, on: date | None
    ) -> Promise:
        # The rules are checked against the stored promise, never the object handed in.
        current = self.get(promise.id)
        if not self.made_to_me(current):
            raise NotAllowed("Only the partner a promise was made to can settle it.")
        text = optional_text(note, QT_TRANSLATE_NOOP("core.promises.model", "note"))
        if on is not None and not current.made_at.astimezone().date() <= on <= clock.today():
            raise InvalidPromise(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "That day is before the promise was made, or still to come."
                )
            )
        conn = self._spaces.conn(Space.SHARED)
        with transaction(conn):
            _set_status(conn, promise.id, status, text, on)
        self._spaces.announce(Change.PROMISES)
        return self.get(promise.id)

    # -- renegotiating ------------------------------------------------------------------

    def ask_new_terms(
        self, promise: Promise, what: str, *, due: date | None = None, note: str = ""
    ) -> Promise:
        """Ask the other partner to change an open promise's terms (replacing an earlier ask)."""
        if not self.made_by_me(self.get(promise.id)):
            raise NotAllowed("Only the partner who made a promise can ask to change it.")
        content = (
            clock.to_text(clock.now()),
            required_text(what, QT_TRANSLATE_NOOP("core.promises.model", "promise")),
            due_day(due),
            optional_text(note, QT_TRANSLATE_NOOP("core.promises.model", "note")),
        )
        conn = self._spaces.conn(Space.SHARED)
        with transaction(conn):
            changed = conn.execute(
                f"UPDATE {PROMISES} SET proposed_at = ?, proposed_what = ?, proposed_due_on = ?, "
                "proposal_note = ?, updated_at = ? WHERE id = ? AND status = 'open'",
                (*content, content[0], promise.id),
            ).rowcount
            if changed != 1:
                raise InvalidPromise(
                    QT_TRANSLATE_NOOP("vault.errors", "This promise was already settled.")
                )
        self._spaces.announce(Change.PROMISES)
        return self.get(promise.id)

    def accept_new_terms(self, promise: Promise) -> Promise:
        """Accept the asked-for terms: the old promise is renegotiated, a new one opens.

        Returns the new promise; the old one keeps its terms and the ask, as the record.
        """
        current = self.get(promise.id)
        if not self.made_to_me(current):
            raise NotAllowed("Only the partner a promise was made to can accept new terms.")
        if not current.waiting_for_answer or current.asked is None:
            raise InvalidPromise(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "No new terms are waiting for an answer on this promise."
                )
            )
        if promise.asked != current.asked:  # asked again since this screen was drawn
            raise InvalidPromise(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "The terms were changed again; have a look at the new ones."
                )
            )
        asked_at = clock.to_text(current.asked.asked_at)
        due = current.asked.due
        content = {
            "promiser_id": current.promiser_id,
            "to_id": current.to_id,
            "what": current.asked.what,
            # A day that passed while the ask waited is kept as asked, not refused.
            "due_on": None if due is None else due.isoformat(),
            "made_at": clock.to_text(clock.now()),
            "status": PromiseStatus.OPEN.value,
            "renegotiated_from": current.id,
            "repair_id": current.repair_id,
        }
        # Both in one transaction: never a renegotiated promise without its successor.
        return self._store.add(
            Space.SHARED,
            content,
            along=lambda conn: _set_status(
                conn, current.id, PromiseStatus.RENEGOTIATED, "", asked_at=asked_at
            ),
        )

    def decline_new_terms(self, promise: Promise) -> Promise:
        """Keep the promise as it was; the ask is withdrawn from it."""
        if not self.made_to_me(self.get(promise.id)):
            raise NotAllowed("Only the partner a promise was made to can answer new terms.")
        conn = self._spaces.conn(Space.SHARED)
        with transaction(conn):
            conn.execute(
                f"UPDATE {PROMISES} SET proposed_at = NULL, proposed_what = NULL, "
                "proposed_due_on = NULL, proposal_note = '', updated_at = ? "
                "WHERE id = ? AND status = 'open'",
                (clock.to_text(clock.now()), promise.id),
            )
        self._spaces.announce(Change.PROMISES)
        return self.get(promise.id)

    # -- agreements ---------------------------------------------------------------------

    def add_agreement(self, text: str, *, repair_id: str | None = None) -> Agreement:
        """A standing agreement, an ongoing commitment either partner may log moments of."""
        return self._agreements.add(text, repair_id=repair_id)

    def agreement(self, agreement_id: str) -> Agreement:
        return self._agreements.get(agreement_id)

    def agreements(self, *, include_ended: bool = False) -> list[Agreement]:
        return self._agreements.listed(include_ended=include_ended)

    def agreements_from_repair(self, repair_id: str) -> list[Agreement]:
        return self._agreements.from_repair(repair_id)

    def set_agreement_aside(self, agreement: Agreement) -> Agreement:
        return self._agreements.set_aside(agreement)

    def log_moment(
        self,
        agreement: Agreement,
        kind: MomentKind,
        *,
        note: str = "",
        happened_at: datetime | None = None,
    ) -> AgreementMoment:
        return self._agreements.log(agreement, kind, note=note, happened_at=happened_at)

    def moments(self, agreement: Agreement, *, limit: int = 50) -> list[AgreementMoment]:
        return self._agreements.moments(agreement, limit=limit)

    def moment_tally(self, agreement: Agreement) -> dict[MomentKind, int]:
        return self._agreements.tally(agreement)

    # -- over a period (summaries, exports, charts) -------------------------------------

    def in_period(self, start: date, end: date) -> list[Promise]:
        """Promises made, or settled, between two local days (both included)."""
        low, high = history.utc_bounds(start, end)
        return self._store.list(
            Space.SHARED,
            where="(made_at >= ? AND made_at < ?) OR (status_on >= ? AND status_on <= ?)",
            params=(low, high, start.isoformat(), end.isoformat()),
            order="made_at",
        )

    def follow_through(self, start: date, end: date) -> list[MonthOfPromises]:
        """Promises settled per promiser per month, as counts, for the months of the period."""
        return history.follow_through(self._spaces.conn(Space.SHARED), self.partner_ids, start, end)

    def agreements_in_period(self, start: date, end: date) -> list[AgreementRecord]:
        """Agreements in force during the period, each with its moments in the period."""
        return self._agreements.in_period(start, end)

    # -- the Today page -----------------------------------------------------------------

    def due_soon(self, *, today: date | None = None, limit: int = 20) -> list[Promise]:
        """Open promises either partner made, due within a week or already past their day."""
        horizon = (today or clock.today()) + timedelta(days=DUE_SOON_DAYS)
        return self._store.list(
            Space.SHARED,
            where="status = 'open' AND due_on IS NOT NULL AND due_on <= ?",
            params=(horizon.isoformat(),),
            order="due_on, made_at",
            limit=limit,
        )

    def count_due_soon(self, *, today: date | None = None) -> int:
        horizon = (today or clock.today()) + timedelta(days=DUE_SOON_DAYS)
        return self._store.count(
            Space.SHARED,
            where="status = 'open' AND due_on IS NOT NULL AND due_on <= ?",
            params=(horizon.isoformat(),),
        )

    def waiting_for_my_answer(self) -> list[Promise]:
        """Open promises made to this partner whose promiser asked for new terms."""
        return self._store.list(
            Space.SHARED,
            where="status = 'open' AND proposed_at IS NOT NULL AND to_id = ?",
            params=(self.partner_id,),
            order="proposed_at",
        )

    def attention(self) -> AttentionCard | None:
        """Promises coming due, for the Today page: a count and a few short lines."""
        count = self.count_due_soon()
        if not count:
            return None
        today = clock.today()
        lines = tuple(self.short_line(p, today) for p in self.due_soon(limit=3))
        return AttentionCard(
            "promises", translate("core.promises.promises", "Promises due soon"), count, lines
        )

    def requests_attention(self) -> AttentionCard | None:
        """Asks for new terms waiting for this partner's answer."""
        waiting = self.waiting_for_my_answer()
        if not waiting:
            return None
        lines = tuple(
            translate("core.promises.promises", "New terms asked for: {what}").format(
                what=_short(p.what)
            )
            for p in waiting[:3]
        )
        title = translate("core.promises.promises", "A promise to talk over")
        return AttentionCard("promises", title, len(waiting), lines)

    def short_line(self, promise: Promise, today: date) -> str:
        if self.made_by_me(promise):
            line = translate("core.promises.promises", "You: {what} · {due}")
        else:
            line = translate("core.promises.promises", "To you: {what} · {due}")
        return line.format(what=_short(promise.what), due=due_words(promise.due, today))


def _set_status(
    conn: Connection,
    promise_id: str,
    status: PromiseStatus,
    note: str,
    on: date | None = None,
    *,
    asked_at: str | None = None,
) -> None:
    """Settle an open promise (inside the caller's transaction), or refuse if it is not.

    With `asked_at`, only while the ask made then is still the one waiting.
    """
    now = clock.now()
    sql = (
        f"UPDATE {PROMISES} SET status = ?, status_at = ?, status_on = ?, status_note = ?, "
        "updated_at = ? WHERE id = ? AND status = 'open'"
    )
    params: list[object] = [
        status.value,
        clock.to_text(now),
        (on or now.astimezone().date()).isoformat(),
        note,
        clock.to_text(now),
        promise_id,
    ]
    if asked_at is not None:
        sql += " AND proposed_at = ?"
        params.append(asked_at)
    if conn.execute(sql, params).rowcount != 1:  # settled meanwhile, on another screen
        raise InvalidPromise(
            QT_TRANSLATE_NOOP(
                "vault.errors", "This promise was already settled, or its terms changed again."
            )
        )


def due_words(due: date | None, today: date) -> str:
    """When a promise is due, said plainly ('due today', 'was due Mon 3 Mar')."""
    if due is None:
        return translate("core.promises.promises", "no set day")
    if due == today:
        return translate("core.promises.promises", "due today")
    if due == today + timedelta(days=1):
        return translate("core.promises.promises", "due tomorrow")
    day = format_date(due, "short_weekday")
    if due < today:
        return translate("core.promises.promises", "was due {day}").format(day=day)
    return translate("core.promises.promises", "due {day}").format(day=day)


def _short(text: str, limit: int = 40) -> str:
    line = text.splitlines()[0] if text else ""
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
