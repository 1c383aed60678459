"""A weekly check-in on one's own experience, answered privately.

A few questions, each about the writer's own week (how close I felt, how safe I felt to
speak, how hopeful I am), never a rating of the partner. Answers are words on a five-step
scale, stored in the writer's private space only; the app shows them back to the writer
as words and as a line over time, never as a score or a verdict. They go into a therapy
summary only when the writer ticks them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from toward.core import clock
from toward.core.attention import AttentionCard
from toward.core.changes import Change
from toward.core.i18n import QT_TRANSLATE_NOOP, translate
from toward.core.spaces import RecordInfo, RecordStore, Space, Spaces
from toward.vault.errors import KnownError

TABLE = "checkins"
QUESTION_KEYS = ("close", "safe", "hopeful")
CONTENT_COLUMNS = ("week_of", *QUESTION_KEYS, "note")
MAX_NOTE = 2000
SECTION = "summary"  # the sidebar section whose page holds the check-in

# Each question is about the writer's own experience; never about what the partner did.
QUESTIONS = {
    "close": QT_TRANSLATE_NOOP("core.checkins", "How close did I feel to my partner this week?"),
    "safe": QT_TRANSLATE_NOOP("core.checkins", "How safe did I feel to say what I really think?"),
    "hopeful": QT_TRANSLATE_NOOP("core.checkins", "How hopeful do I feel about us right now?"),
}
# Short names for a table's columns and a chart's lines.
SHORT = {
    "close": QT_TRANSLATE_NOOP("core.checkins", "Felt close"),
    "safe": QT_TRANSLATE_NOOP("core.checkins", "Felt safe to speak"),
    "hopeful": QT_TRANSLATE_NOOP("core.checkins", "Hopeful"),
}
ANSWER_WORDS = (  # steps 1 to 5; shown through translate("core.checkins", ...)
    QT_TRANSLATE_NOOP("core.checkins", "not at all"),
    QT_TRANSLATE_NOOP("core.checkins", "a little"),
    QT_TRANSLATE_NOOP("core.checkins", "somewhat"),
    QT_TRANSLATE_NOOP("core.checkins", "quite"),
    QT_TRANSLATE_NOOP("core.checkins", "very"),
)
RESEARCH_CONTEXT = QT_TRANSLATE_NOOP(
    "core.checkins",
    "Context, not a measure: asking clients routinely how they are doing between sessions, "
    "and sharing it with the therapist, has been linked to better outcomes in couple "
    "therapy (Anker, Duncan & Sparks, 2009). Your answers are yours; they describe a week, "
    "not a person.",
)


class InvalidCheckin(KnownError):
    """A check-in that cannot be kept as given, with the reason."""


@dataclass(frozen=True)
class Checkin:
    info: RecordInfo
    week_of: date  # the Monday of the week it is about
    answers: dict[str, int | None]  # by question key: 1 to 5, None when skipped
    note: str

    @property
    def id(self) -> str:
        return self.info.id

    def words(self, key: str) -> str:
        """An answer as words ('quite'), in the person's language, or a dash when skipped."""
        step = self.answers.get(key)
        return "—" if step is None else translate("core.checkins", ANSWER_WORDS[step - 1])


def week_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _build(info: RecordInfo, row: Mapping[str, Any]) -> Checkin:
    answers = {key: row[key] for key in QUESTION_KEYS}
    return Checkin(info, date.fromisoformat(row["week_of"]), answers, row["note"])


def content_of(row: Mapping[str, Any]) -> dict[str, object]:
    """A stored or imported check-in's answers and note, checked."""
    return _content({key: row[key] for key in QUESTION_KEYS}, row["note"])


def _content(answers: Mapping[str, int | None], note: str) -> dict[str, object]:
    unknown = set(answers) - set(QUESTION_KEYS)
    if unknown:
        raise InvalidCheckin(
            QT_TRANSLATE_NOOP("vault.errors", "{sorted} are not check-in questions."),
            sorted=repr(sorted(unknown)),
        )
    steps = {key: answers.get(key) for key in QUESTION_KEYS}
    for step in steps.values():
        if step is not None and (not isinstance(step, int) or not 1 <= step <= 5):
            raise InvalidCheckin(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "Each answer is one of the five steps, or left out."
                )
            )
    if all(step is None for step in steps.values()):
        raise InvalidCheckin(QT_TRANSLATE_NOOP("vault.errors", "Answer at least one question."))
    text = note.replace("\x00", "").strip() if isinstance(note, str) else None
    if text is None or len(text) > MAX_NOTE:
        raise InvalidCheckin(
            QT_TRANSLATE_NOOP("vault.errors", "A note can be at most {MAX_NOTE} characters."),
            MAX_NOTE=format(MAX_NOTE, ","),
        )
    return {**steps, "note": text}


class Checkins:
    """The unlocked partner's own weekly check-ins, in their private space only."""

    def __init__(self, spaces: Spaces) -> None:
        self._store: RecordStore[Checkin] = RecordStore(
            spaces, TABLE, CONTENT_COLUMNS, _build, change=Change.CHECKINS
        )

    def answer(
        self, answers: Mapping[str, int | None], *, note: str = "", day: date | None = None
    ) -> Checkin:
        """Keep this week's answers (or the week of `day`); answering again replaces them."""
        week = week_of(day or clock.now().astimezone().date())
        content = _content(answers, note)
        existing = self.for_week(week)
        if existing is not None:
            return self._store.update(Space.PRIVATE, existing.id, content)
        return self._store.add(Space.PRIVATE, {"week_of": week.isoformat(), **content})

    def for_week(self, week: date) -> Checkin | None:
        found = self._store.list(
            Space.PRIVATE, where="week_of = ?", params=(week_of(week).isoformat(),), limit=1
        )
        return found[0] if found else None

    def between(self, start: date, end: date) -> list[Checkin]:
        """Check-ins about weeks that overlap the days `start`..`end`, oldest first."""
        return self._store.list(
            Space.PRIVATE,
            where="week_of >= ? AND week_of <= ?",
            params=(week_of(start).isoformat(), end.isoformat()),
            order="week_of",
        )

    def recent(self, *, weeks: int = 12, today: date | None = None) -> list[Checkin]:
        """The last `weeks` weeks' check-ins, oldest first: the writer's line over time."""
        day = today or clock.now().astimezone().date()
        return self.between(week_of(day) - timedelta(weeks=weeks - 1), day)

    def delete(self, checkin: Checkin) -> None:
        self._store.delete(Space.PRIVATE, checkin.id)

    def attention(self, *, today: date | None = None) -> AttentionCard | None:
        """For Today: an invitation while this week has no check-in yet.

        Only once the partner has checked in before: a gentle reminder of their own habit,
        never a nudge to start one.
        """
        day = today or clock.now().astimezone().date()
        if self.for_week(day) is not None or self._store.count(Space.PRIVATE, up_to=1) == 0:
            return None
        return AttentionCard(
            SECTION,
            translate("core.checkins", "Your weekly check-in"),
            1,
            (
                translate(
                    "core.checkins",
                    "Three private questions about your own week. Only you see the answers.",
                ),
            ),
        )
