"""What the ledger holds: lines (drafts and disclosures) and the responses to them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from toward.core import clock
from toward.core.i18n import QT_TRANSLATE_NOOP, translate
from toward.core.labels import LabelledStr
from toward.core.ledger.money import Money
from toward.core.recorded import Recorded
from toward.core.spaces import RecordInfo
from toward.vault.errors import KnownError

LINES = "ledger_lines"
RESPONSES = "ledger_responses"
AGREEMENTS = "ledger_agreements"
WITHHELD = "ledger_withheld"
MAX_TEXT = 2000
MAX_NAME = 200  # payee, account, category

LINE_COLUMNS = (
    "occurred_on",
    "amount_minor",
    "currency",
    "account",
    "payee",
    "category",
    "purpose",
    "why",
    "why_withheld",
    "import_key",
    "disclosed_at",
    "days_taken",
    "agreed_days",
    "corrects_id",
    "superseded_by",
    "correction_note",
)
RESPONSE_COLUMNS = ("disclosure_id", "kind", "text")


class InvalidLedgerLine(KnownError):
    """A draft, disclosure or response that cannot be kept as given, with the reason."""


class Purpose(StrEnum):
    PERSONAL = "personal"
    BUSINESS = "business"


class ResponseKind(LabelledStr):
    ACKNOWLEDGED = "acknowledged", QT_TRANSLATE_NOOP("core.labels", "acknowledged")
    QUESTION = "question", QT_TRANSLATE_NOOP("core.labels", "has a question")
    DISCUSSED = "discussed", QT_TRANSLATE_NOOP("core.labels", "talked it through")
    ANSWER = (
        "answer",
        QT_TRANSLATE_NOOP("core.labels", "answered"),
    )  # the author's reply to a question


@dataclass(frozen=True)
class Response(Recorded):
    info: RecordInfo
    disclosure_id: str
    kind: ResponseKind
    text: str

    @property
    def at(self) -> datetime:
        return self.info.created_at


@dataclass(frozen=True)
class LedgerLine(Recorded):
    """A purchase or debt: a draft in its author's private space, or a shared disclosure.

    `withheld_why` is the why its author kept private; only the author ever sees it.
    `responses` are the partner's (and the author's answers), oldest first.
    """

    info: RecordInfo
    occurred_on: date
    money: Money
    account: str
    payee: str
    category: str
    purpose: Purpose
    why: str
    why_withheld: bool
    import_key: str | None
    disclosed_at: datetime | None
    days_taken: int | None
    agreed_days: int | None
    corrects_id: str | None
    superseded_by: str | None
    correction_note: str
    withheld_why: str = ""
    responses: tuple[Response, ...] = ()

    @property
    def is_draft(self) -> bool:
        return self.disclosed_at is None

    @property
    def days_late(self) -> int:
        """Days past the agreement when it was disclosed; 0 when on time or none applied."""
        if self.days_taken is None or self.agreed_days is None:
            return 0
        return max(0, self.days_taken - self.agreed_days)

    @property
    def lateness(self) -> str:
        """A plain fact, or '': 'disclosed 3 days after the agreed 7'."""
        late = self.days_late
        if not late:
            return ""
        return translate(
            "core.ledger.records", "disclosed %n days after the agreed {agreed}", None, late
        ).format(agreed=self.agreed_days)

    @property
    def open_question(self) -> Response | None:
        """The partner's question, when it is their latest word on this disclosure."""
        theirs = [r for r in self.responses if r.kind is not ResponseKind.ANSWER]
        last = theirs[-1] if theirs else None
        return last if last is not None and last.kind is ResponseKind.QUESTION else None


Draft = LedgerLine
Disclosure = LedgerLine


def build_line(info: RecordInfo, row: Mapping[str, Any]) -> LedgerLine:
    return LedgerLine(
        info=info,
        occurred_on=date.fromisoformat(row["occurred_on"]),
        money=Money.from_minor(row["amount_minor"], row["currency"]),
        account=row["account"],
        payee=row["payee"],
        category=row["category"],
        purpose=Purpose(row["purpose"]),
        why=row["why"],
        why_withheld=bool(row["why_withheld"]),
        import_key=row["import_key"],
        disclosed_at=clock.from_text(row["disclosed_at"]),
        days_taken=row["days_taken"],
        agreed_days=row["agreed_days"],
        corrects_id=row["corrects_id"],
        superseded_by=row["superseded_by"],
        correction_note=row["correction_note"],
    )


def build_response(info: RecordInfo, row: Mapping[str, Any]) -> Response:
    return Response(info, row["disclosure_id"], ResponseKind(row["kind"]), row["text"])


def clean_text(value: str, what: str, limit: int = MAX_TEXT) -> str:
    """Text as stored: NULs dropped, ends trimmed, at most `limit` characters.

    `what`: the field's English name, marked with the "core.ledger.records" context.
    """
    text = value.replace("\x00", "").strip()
    if len(text) > limit:
        raise InvalidLedgerLine(
            QT_TRANSLATE_NOOP("vault.errors", "The {what} can be at most {limit} characters."),
            what=translate("core.ledger.records", what),
            limit=format(limit, ","),
        )
    return text
