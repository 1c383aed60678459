"""A bid for connection as stored: its kinds, its answers, the checks on what is logged."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from toward.core import clock
from toward.core.i18n import QT_TRANSLATE_NOOP, translate
from toward.core.labels import LabelledStr
from toward.core.recorded import Recorded
from toward.core.spaces import RecordInfo
from toward.vault.errors import KnownError

TABLE = "bids"
CONTENT_COLUMNS = (
    "bidder_id",
    "kind",
    "description",
    "made_at",
    "answer",
    "note",
    "mood_after",
    "late_toward_at",
    "late_note",
)
UNKNOWN_PARTNER = "partner"  # a bidder who has not joined Toward yet
MAX_TEXT = 2000


class BidKind(LabelledStr):
    COMMENT = "comment", QT_TRANSLATE_NOOP("core.labels", "a comment")
    QUESTION = "question", QT_TRANSLATE_NOOP("core.labels", "a question")
    TOUCH = "touch", QT_TRANSLATE_NOOP("core.labels", "a touch")
    HELP = "help", QT_TRANSLATE_NOOP("core.labels", "a request for help")
    INVITATION = "invitation", QT_TRANSLATE_NOOP("core.labels", "an invitation")
    SIGH = "sigh", QT_TRANSLATE_NOOP("core.labels", "a sigh or a look")
    OTHER = "other", QT_TRANSLATE_NOOP("core.labels", "something else")


class Answer(LabelledStr):
    TOWARD = "toward", QT_TRANSLATE_NOOP("core.labels", "turned toward")
    AWAY = "away", QT_TRANSLATE_NOOP("core.labels", "turned away")
    AGAINST = "against", QT_TRANSLATE_NOOP("core.labels", "turned against")
    MISSED = "missed", QT_TRANSLATE_NOOP("core.labels", "not yet answered")


class InvalidBid(KnownError):
    """A bid that cannot be logged as given, with the reason."""


@dataclass(frozen=True)
class Bid(Recorded):
    info: RecordInfo
    bidder_id: str
    kind: BidKind
    description: str
    made_at: datetime
    answer: Answer
    note: str
    mood_after: int | None
    late_toward_at: datetime | None
    late_note: str


def build_bid(info: RecordInfo, row: Mapping[str, Any]) -> Bid:
    """A bid from its stored row."""
    return Bid(
        info=info,
        bidder_id=row["bidder_id"],
        kind=BidKind(row["kind"]),
        description=row["description"],
        made_at=clock.from_stored(row["made_at"]),
        answer=Answer(row["answer"]),
        note=row["note"],
        mood_after=row["mood_after"],
        late_toward_at=clock.from_text(row["late_toward_at"]),
        late_note=row["late_note"],
    )


def checked_text(value: str, what: str) -> str:
    """`value` as stored: no NUL characters, no surrounding space, at most MAX_TEXT long."""
    text = value.replace("\x00", "").strip()
    if len(text) > MAX_TEXT:
        raise InvalidBid(
            QT_TRANSLATE_NOOP("vault.errors", "The {what} can be at most {MAX_TEXT} characters."),
            what=translate("core.bids.model", what),  # marked where it is called
            MAX_TEXT=format(MAX_TEXT, ","),
        )
    return text


def checked_kind(value: str) -> str:
    try:
        return BidKind(value).value
    except ValueError:
        raise InvalidBid(
            QT_TRANSLATE_NOOP("vault.errors", "{value} is not a kind of bid Toward knows."),
            value=repr(value),
        ) from None


def checked_answer(value: str) -> str:
    try:
        return Answer(value).value
    except ValueError:
        raise InvalidBid(
            QT_TRANSLATE_NOOP("vault.errors", "{value} is not an answer Toward knows."),
            value=repr(value),
        ) from None


def checked_mood(value: int | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise InvalidBid(
            QT_TRANSLATE_NOOP("vault.errors", "Mood is a number from 1 (heavy) to 5 (bright).")
        )
    return value
