"""What a promise and a standing agreement are, and the words Toward uses for them.

Promises and agreements live in the shared space: a promise is made to the other
partner, so both see it. A promise to oneself has no partner to mark it kept or missed,
so Toward has none; an intention of one's own belongs in the private journal.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from toward.core import clock
from toward.core.i18n import QT_TRANSLATE_NOOP, translate
from toward.core.labels import LabelledStr
from toward.core.recorded import Recorded
from toward.core.spaces import RecordInfo
from toward.vault.errors import KnownError

PROMISES = "promises"
AGREEMENTS = "agreements"
MOMENTS = "agreement_moments"
MAX_TEXT = 500
MAX_NOTE = 2000

# Translated where shown: translate("core.promises.model", MISSED_REMINDER).
MISSED_REMINDER = QT_TRANSLATE_NOOP(
    "core.promises.model",
    "A missed promise is a moment for repair, not a verdict on anyone: talk about what got "
    "in the way, and what would help next time.",
)


class PromiseStatus(LabelledStr):
    OPEN = "open", QT_TRANSLATE_NOOP("core.labels", "open")
    KEPT = "kept", QT_TRANSLATE_NOOP("core.labels", "kept")
    MISSED = "missed", QT_TRANSLATE_NOOP("core.labels", "missed")
    RENEGOTIATED = "renegotiated", QT_TRANSLATE_NOOP("core.labels", "renegotiated")
    RELEASED = "released", QT_TRANSLATE_NOOP("core.labels", "released")


class MomentKind(StrEnum):
    HONOURED = "honoured"
    BROKEN = "broken"


class InvalidPromise(KnownError):
    """A promise or agreement that cannot be written as given, with the reason."""


@dataclass(frozen=True)
class NewTerms:
    """Terms the promiser asked for, waiting for the other partner's answer."""

    asked_at: datetime
    what: str
    due: date | None
    note: str


@dataclass(frozen=True)
class Promise(Recorded):
    info: RecordInfo
    promiser_id: str
    to_id: str
    what: str
    due: date | None
    made_at: datetime
    status: PromiseStatus
    status_at: datetime | None
    status_on: date | None  # the local day the status was set
    status_note: str
    asked: NewTerms | None  # new terms asked for (kept after acceptance, as the record)
    renegotiated_from: str | None
    repair_id: str | None

    @property
    def is_open(self) -> bool:
        return self.status is PromiseStatus.OPEN

    @property
    def waiting_for_answer(self) -> bool:
        """The promiser asked for new terms and the other partner has not answered yet."""
        return self.is_open and self.asked is not None


@dataclass(frozen=True)
class Agreement(Recorded):
    info: RecordInfo
    text: str
    ended_at: datetime | None
    repair_id: str | None

    @property
    def made_at(self) -> datetime:
        return self.info.created_at


@dataclass(frozen=True)
class AgreementMoment(Recorded):
    """One time an agreement was honoured or broken, logged by either partner."""

    info: RecordInfo
    agreement_id: str
    kind: MomentKind
    note: str
    happened_at: datetime

    @property
    def logged_by(self) -> str:
        return self.info.author_id


@dataclass(frozen=True)
class AgreementRecord:
    """An agreement as it stood over a period, with the moments logged in it."""

    agreement: Agreement
    moments: tuple[AgreementMoment, ...]  # oldest first

    @property
    def honoured(self) -> int:
        return sum(m.kind is MomentKind.HONOURED for m in self.moments)

    @property
    def broken(self) -> int:
        return sum(m.kind is MomentKind.BROKEN for m in self.moments)


PROMISE_COLUMNS = (
    "promiser_id",
    "to_id",
    "what",
    "due_on",
    "made_at",
    "status",
    "status_at",
    "status_on",
    "status_note",
    "proposed_at",
    "proposed_what",
    "proposed_due_on",
    "proposal_note",
    "renegotiated_from",
    "repair_id",
)
AGREEMENT_COLUMNS = ("text", "ended_at", "repair_id")
MOMENT_COLUMNS = ("agreement_id", "kind", "note", "happened_at")


def build_promise(info: RecordInfo, row: Mapping[str, Any]) -> Promise:
    asked = None
    if row["proposed_at"] is not None:
        asked = NewTerms(
            asked_at=clock.from_stored(row["proposed_at"]),
            what=row["proposed_what"],
            due=_day(row["proposed_due_on"]),
            note=row["proposal_note"],
        )
    return Promise(
        info=info,
        promiser_id=row["promiser_id"],
        to_id=row["to_id"],
        what=row["what"],
        due=_day(row["due_on"]),
        made_at=clock.from_stored(row["made_at"]),
        status=PromiseStatus(row["status"]),
        status_at=clock.from_text(row["status_at"]),
        status_on=_day(row["status_on"]),
        status_note=row["status_note"],
        asked=asked,
        renegotiated_from=row["renegotiated_from"],
        repair_id=row["repair_id"],
    )


def build_agreement(info: RecordInfo, row: Mapping[str, Any]) -> Agreement:
    return Agreement(
        info=info,
        text=row["text"],
        ended_at=clock.from_text(row["ended_at"]),
        repair_id=row["repair_id"],
    )


def build_moment(info: RecordInfo, row: Mapping[str, Any]) -> AgreementMoment:
    return AgreementMoment(
        info=info,
        agreement_id=row["agreement_id"],
        kind=MomentKind(row["kind"]),
        note=row["note"],
        happened_at=clock.from_stored(row["happened_at"]),
    )


def required_text(value: str, what: str, limit: int = MAX_TEXT) -> str:
    """`what`: the field's English name, marked with the "core.promises.model" context."""
    text = optional_text(value, what, limit)
    if not text:
        raise InvalidPromise(
            QT_TRANSLATE_NOOP("vault.errors", "Write what the {what} is."),
            what=translate("core.promises.model", what),
        )
    return text


def optional_text(value: str, what: str, limit: int = MAX_NOTE) -> str:
    """`what`: the field's English name, marked with the "core.promises.model" context."""
    name = translate("core.promises.model", what)
    if not isinstance(value, str):
        raise InvalidPromise(
            QT_TRANSLATE_NOOP("vault.errors", "The {what} must be text."), what=name
        )
    text = value.replace("\x00", "").strip()
    if len(text) > limit:
        raise InvalidPromise(
            QT_TRANSLATE_NOOP("vault.errors", "The {what} can be at most {limit} characters."),
            what=name,
            limit=format(limit, ","),
        )
    return text


def due_day(value: date | None, *, made_on: date | None = None) -> str | None:
    """A due date as stored; a day before the promise was made is refused."""
    if value is None:
        return None
    if isinstance(value, datetime) or not isinstance(value, date):
        raise InvalidPromise(QT_TRANSLATE_NOOP("vault.errors", "A due date is a calendar day."))
    if value < (made_on or clock.today()):
        raise InvalidPromise(QT_TRANSLATE_NOOP("vault.errors", "A due date cannot be in the past."))
    return value.isoformat()


def past_moment(moment: datetime | None, what: str) -> datetime:
    """A moment logged after the fact (now by default); never one in the future.

    `what`: what the moment is, in English, marked with the "core.promises.model" context.
    """
    if moment is None:
        return clock.now()
    if moment.tzinfo is None:
        raise InvalidPromise(
            QT_TRANSLATE_NOOP("vault.errors", "{what} needs its time zone."),
            what=translate("core.promises.model", what),
        )
    if moment > clock.now() + timedelta(minutes=5):
        raise InvalidPromise(
            QT_TRANSLATE_NOOP("vault.errors", "{what} cannot be in the future."),
            what=translate("core.promises.model", what),
        )
    return moment


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)
