"""Planned conversations in a therapy summary: the topic, when it was had, the notes taken
together and the one agreement it ended with; and which "how well do we know each other"
questions the two played. Each partner's preparation and answers stay theirs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from toward.core.i18n import QT_TRANSLATE_NOOP, translate
from toward.core.spaces import RecordNotFound

if TYPE_CHECKING:
    from toward.export.summary import Period
    from toward.session import Session


KNOWING_NOTE = QT_TRANSLATE_NOOP(
    "export.talks",
    "Questions the two played, each answering about themselves and guessing the other's "
    "answer. Their answers stay between them, and nothing is scored.",
)


def knowing_note() -> str:
    """KNOWING_NOTE in the exporter's language."""
    return translate("export.talks", KNOWING_NOTE)


@dataclass(frozen=True)
class TalkItem:
    topic: str
    had_on: date
    notes: str
    agreement: str | None


@dataclass(frozen=True)
class TalksPart:
    talks: list[TalkItem]
    # "How well do we know each other": the questions the two played (their answers are
    # the two partners' own words, kept for the two of them)
    knowing_questions: list[str]


def talks_part(session: Session, period: Period) -> TalksPart:
    """The conversations the two had in the period, oldest first."""
    items = []
    for talk in session.talks.finished_in(period.start, period.end):
        assert talk.finished_at is not None
        agreement = None
        if talk.agreement_id:
            try:
                agreement = session.promises.agreement(talk.agreement_id).text
            except RecordNotFound:  # set aside and removed since
                agreement = None
        items.append(
            TalkItem(talk.topic.label, talk.finished_at.astimezone().date(), talk.notes, agreement)
        )
    knowing = session.knowing
    played = knowing.played_in(period.start, period.end)
    questions = [q.text for q in map(knowing.question, played) if q is not None]
    return TalksPart(items, questions)
