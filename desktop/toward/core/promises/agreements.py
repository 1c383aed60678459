"""Standing agreements and the log of moments each was honoured or broken.

An agreement belongs to the couple: either partner writes one, logs a moment against it,
or sets it aside when it no longer fits. Nothing is deleted; a set-aside agreement and
its moments stay as history.
"""

from __future__ import annotations

from datetime import date, datetime

from toward.core import clock
from toward.core.changes import Change
from toward.core.i18n import QT_TRANSLATE_NOOP
from toward.core.promises.history import utc_bounds
from toward.core.promises.model import (
    AGREEMENT_COLUMNS,
    AGREEMENTS,
    MOMENT_COLUMNS,
    MOMENTS,
    Agreement,
    AgreementMoment,
    AgreementRecord,
    InvalidPromise,
    MomentKind,
    build_agreement,
    build_moment,
    optional_text,
    past_moment,
    required_text,
)
from toward.core.spaces import RecordStore, Space, Spaces
from toward.vault.database import transaction


class Agreements:
    """The couple's standing agreements, in the shared space."""

    def __init__(self, spaces: Spaces) -> None:
        self._spaces = spaces
        self._store: RecordStore[Agreement] = RecordStore(
            spaces, AGREEMENTS, AGREEMENT_COLUMNS, build_agreement, change=Change.PROMISES
        )
        self._moments: RecordStore[AgreementMoment] = RecordStore(
            spaces, MOMENTS, MOMENT_COLUMNS, build_moment, change=Change.PROMISES
        )

    def add(self, text: str, *, repair_id: str | None = None) -> Agreement:
        content = {
            "text": required_text(text, QT_TRANSLATE_NOOP("core.promises.model", "agreement")),
            "ended_at": None,
            "repair_id": repair_id,
        }
        return self._store.add(Space.SHARED, content)

    def get(self, agreement_id: str) -> Agreement:
        return self._store.get(Space.SHARED, agreement_id)

    def listed(self, *, include_ended: bool = False) -> list[Agreement]:
        """Agreements oldest first; set-aside ones only when asked for."""
        where = "" if include_ended else "ended_at IS NULL"
        return self._store.list(Space.SHARED, where=where, order="created_at, id")

    def from_repair(self, repair_id: str) -> list[Agreement]:
        return self._store.list(
            Space.SHARED, where="repair_id = ?", params=(repair_id,), order="created_at"
        )

    def set_aside(self, agreement: Agreement) -> Agreement:
        """End an agreement that no longer fits; it stays, with its moments, as history."""
        current = self.get(agreement.id)  # the stored agreement, not the object handed in
        conn = self._spaces.conn(Space.SHARED)
        now = clock.to_text(clock.now())
        with transaction(conn):
            conn.execute(
                f"UPDATE {AGREEMENTS} SET ended_at = ?, updated_at = ? "
                "WHERE id = ? AND ended_at IS NULL",
                (now, now, current.id),
            )
        self._spaces.announce(Change.PROMISES)
        return self.get(agreement.id)

    def log(
        self,
        agreement: Agreement,
        kind: MomentKind,
        *,
        note: str = "",
        happened_at: datetime | None = None,
    ) -> AgreementMoment:
        """Log a moment the agreement was honoured or broken (now, or earlier)."""
        current = self.get(agreement.id)
        if current.ended_at is not None:
            raise InvalidPromise(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "This agreement was set aside; moments are no longer logged."
                )
            )
        try:
            kind_text = MomentKind(kind).value
        except ValueError:
            raise InvalidPromise(
                QT_TRANSLATE_NOOP("vault.errors", "{kind} is not a kind of moment Toward knows."),
                kind=repr(kind),
            ) from None
        moment = past_moment(happened_at, QT_TRANSLATE_NOOP("core.promises.model", "A moment"))
        content = {
            "agreement_id": current.id,
            "kind": kind_text,
            "note": optional_text(note, QT_TRANSLATE_NOOP("core.promises.model", "note")),
            "happened_at": clock.to_text(moment),
        }
        return self._moments.add(Space.SHARED, content)

    def moments(self, agreement: Agreement, *, limit: int = 50) -> list[AgreementMoment]:
        """The agreement's moments, newest first."""
        return self._moments.list(
            Space.SHARED,
            where="agreement_id = ?",
            params=(agreement.id,),
            order="happened_at DESC",
            limit=limit,
        )

    def tally(self, agreement: Agreement) -> dict[MomentKind, int]:
        """How many moments of each kind were logged for the agreement."""
        rows = self._spaces.conn(Space.SHARED).execute(
            f"SELECT kind, count(*) FROM {MOMENTS} WHERE agreement_id = ? GROUP BY kind",
            (agreement.id,),
        )
        counts = dict.fromkeys(MomentKind, 0)
        for kind, n in rows:
            counts[MomentKind(kind)] = n
        return counts

    def in_period(self, start: date, end: date) -> list[AgreementRecord]:
        """Agreements in force at some time between two local days, with their moments then."""
        low, high = utc_bounds(start, end)
        agreements = self._store.list(
            Space.SHARED,
            where="created_at < ? AND (ended_at IS NULL OR ended_at >= ?)",
            params=(high, low),
            order="created_at, id",
        )
        moments: dict[str, list[AgreementMoment]] = {a.id: [] for a in agreements}
        for moment in self._moments.list(
            Space.SHARED,
            where="happened_at >= ? AND happened_at < ?",
            params=(low, high),
            order="happened_at",
        ):
            moments.setdefault(moment.agreement_id, []).append(moment)
        return [AgreementRecord(a, tuple(moments[a.id])) for a in agreements]
