"""Questions for our therapist: a partner's own list of things to bring up in a session.

Each question is written in its author's private space. Its author alone chooses what
happens to it: share it with the partner (a linked copy in the shared space, by the one
record mechanism), tick it into a summary, mark it talked about, or delete it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from toward.core import clock
from toward.core.changes import Change
from toward.core.i18n import QT_TRANSLATE_NOOP
from toward.core.spaces import RecordInfo, RecordStore, Space, Spaces, UnshareOutcome
from toward.vault.errors import KnownError

TABLE = "therapist_questions"
CONTENT_COLUMNS = ("text", "talked_about_at")
MAX_TEXT = 1000


class InvalidQuestion(KnownError):
    """A question that cannot be kept as written, with the reason."""


@dataclass(frozen=True)
class Question:
    info: RecordInfo
    text: str
    talked_about_at: datetime | None

    @property
    def id(self) -> str:
        return self.info.id

    @property
    def is_open(self) -> bool:
        return self.talked_about_at is None


def _build(info: RecordInfo, row: Mapping[str, Any]) -> Question:
    return Question(info, row["text"], clock.from_text(row["talked_about_at"]))


def _text(value: str) -> str:
    if not isinstance(value, str):
        raise InvalidQuestion(QT_TRANSLATE_NOOP("vault.errors", "A question must be text."))
    text = value.replace("\x00", "").strip()
    if not text:
        raise InvalidQuestion(
            QT_TRANSLATE_NOOP("vault.errors", "Write the question or topic you want to bring up.")
        )
    if len(text) > MAX_TEXT:
        raise InvalidQuestion(
            QT_TRANSLATE_NOOP("vault.errors", "A question can be at most {MAX_TEXT} characters."),
            MAX_TEXT=format(MAX_TEXT, ","),
        )
    return text


class TherapistQuestions:
    """The unlocked partner's own questions, and those either partner shared."""

    def __init__(self, spaces: Spaces) -> None:
        self._store: RecordStore[Question] = RecordStore(
            spaces, TABLE, CONTENT_COLUMNS, _build, change=Change.QUESTIONS
        )

    def add(self, text: str) -> Question:
        """Write a question in the unlocked partner's private list."""
        content = {"text": _text(text), "talked_about_at": None}
        return self._store.add(Space.PRIVATE, content)

    def get(self, question_id: str, space: Space = Space.PRIVATE) -> Question:
        return self._store.get(space, question_id)

    def mine(self, *, include_talked_about: bool = False) -> list[Question]:
        """The unlocked partner's own questions, oldest first."""
        where = "" if include_talked_about else "talked_about_at IS NULL"
        return self._store.list(Space.PRIVATE, where=where, order="created_at, id")

    def shared(self, *, include_talked_about: bool = False) -> list[Question]:
        """Questions either partner shared, oldest first."""
        where = "" if include_talked_about else "talked_about_at IS NULL"
        return self._store.list(Space.SHARED, where=where, order="created_at, id")

    def edit(self, question: Question, text: str) -> Question:
        """Change a question's words (its shared copy too, if it is shared)."""
        return self._changed(question, {"text": _text(text)})

    def mark_talked_about(self, question: Question, *, talked: bool = True) -> Question:
        """Mark a question brought up (or open again); it leaves the open list."""
        moment = clock.to_text(clock.now()) if talked else None
        return self._changed(question, {"talked_about_at": moment})

    def share(self, question: Question) -> Question:
        """Give the partner a copy of the question; the shared copy is returned."""
        return self._store.share(question.id)

    def unshare(self, question: Question) -> UnshareOutcome:
        """Take the shared copy back (given the original or the copy); only its writer may."""
        if question.info.space is Space.SHARED:
            return self._store.unshare_copy(question.id)
        return self._store.unshare(question.id)

    def delete(self, question: Question) -> None:
        """Delete a question for good, and its shared copy if there is one."""
        current = self.get(question.id)
        if current.info.shared_id:
            self._store.unshare(current.id)
        self._store.delete(Space.PRIVATE, current.id)

    def _changed(self, question: Question, content: dict[str, object]) -> Question:
        updated = self._store.update(Space.PRIVATE, question.id, content)
        if updated.info.shared_id:
            self._store.share(updated.id)  # the partner's copy follows the author's words
        return self.get(question.id)
