"""Planned conversations: a topic and a time agreed, questions prepared privately, notes
taken together, and one small agreement at the end that becomes a standing agreement.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import Any, Protocol

from toward.core import clock
from toward.core.changes import Change, one_action
from toward.core.i18n import QT_TRANSLATE_NOOP
from toward.core.spaces import RecordStore, Space, Spaces
from toward.core.talks.model import (
    PREP,
    PREP_COLUMNS,
    TALK_COLUMNS,
    TALKS,
    Prep,
    Talk,
    TalkError,
    TalkStatus,
    build_prep,
    build_talk,
)
from toward.core.talks.topics import TalkTopic
from toward.core.time_to_talk import PAST_SLACK, checked_time
from toward.vault.database import transaction

MAX_PREP = 5_000
MAX_NOTES = 20_000
MAX_AGREEMENT = 500


class AgreementMaker(Protocol):
    """What the end of a conversation needs from promises (`session.promises`)."""

    def add_agreement(self, text: str, *, repair_id: str | None = None) -> Any: ...


class Talks:
    """A partner's door to the couple's planned conversations."""

    def __init__(self, spaces: Spaces, promises: AgreementMaker) -> None:
        self._spaces = spaces
        self.partner_id = spaces.partner_id
        self._promises = promises
        self._talks: RecordStore[Talk] = RecordStore(
            spaces, TALKS, TALK_COLUMNS, build_talk, change=Change.TALKS
        )
        self._prep: RecordStore[Prep] = RecordStore(
            spaces, PREP, PREP_COLUMNS, build_prep, change=Change.TALKS
        )

    # -- reading -----------------------------------------------------------------------

    def get(self, talk_id: str) -> Talk:
        return self._talks.get(Space.SHARED, talk_id)

    def all(self, *, limit: int = 100, offset: int = 0) -> list[Talk]:
        """The couple's planned conversations, newest first."""
        return self._talks.list(Space.SHARED, limit=limit, offset=offset)

    def count(self) -> int:
        return self._talks.count(Space.SHARED)

    def finished_in(self, start: date, end: date) -> list[Talk]:
        """Conversations had in the local days `start`..`end`, oldest first."""
        lo = clock.to_text(_local_midnight(start))
        hi = clock.to_text(_local_midnight(end + timedelta(days=1)))
        return self._talks.list(
            Space.SHARED,
            where="finished_at >= ? AND finished_at < ?",
            params=(lo, hi),
            order="finished_at",
        )

    def my_prep(self, talk: Talk) -> dict[str, str]:
        """This partner's private thoughts on the questions, by prompt id."""
        found = self._prep.list(Space.PRIVATE, where="talk_id = ?", params=(talk.id,))
        return {prep.prompt_id: prep.body for prep in found}

    # -- finding a time ----------------------------------------------------------------

    def plan(
        self, topic: TalkTopic, time_to_talk: datetime, *, planned_at: datetime | None = None
    ) -> Talk:
        """Propose a conversation about `topic` at a time (`planned_at` backdates it)."""
        try:
            kind = TalkTopic(topic).value
        except ValueError:
            raise TalkError(
                QT_TRANSLATE_NOOP("vault.errors", "{topic} is not a topic Toward knows."),
                topic=repr(topic),
            ) from None
        content = {
            "topic": kind,
            "proposed_by": self.partner_id,
            "proposed_time": checked_time(time_to_talk, TalkError, planned_at),
            "notes": "",
        }
        return self._talks.add(Space.SHARED, content, created_at=planned_at)

    def propose_time(self, talk: Talk, time_to_talk: datetime) -> Talk:
        """Answer a proposal, or move an agreed time, with another time to accept."""
        current = self._open(talk)
        if current.agreed_at is None and current.proposed_by == self.partner_id:
            raise TalkError(
                QT_TRANSLATE_NOOP("vault.errors", "Your proposal is waiting for an answer already.")
            )
        when = checked_time(time_to_talk, TalkError)
        return self._set(talk, proposed_by=self.partner_id, proposed_time=when, agreed_at=None)

    def accept_time(self, talk: Talk) -> Talk:
        current = self._open(talk)
        if current.agreed_at is not None:
            raise TalkError(QT_TRANSLATE_NOOP("vault.errors", "This time was already agreed."))
        if current.proposed_by == self.partner_id:
            raise TalkError(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "The time you proposed waits for your partner's answer."
                )
            )
        return self._set(talk, agreed_at=clock.to_text(clock.now()))

    def withdraw(self, talk: Talk) -> None:
        """Take back a proposal before a time was agreed; only its proposer may."""
        current = self._open(talk)
        if current.info.author_id != self.partner_id or current.agreed_at is not None:
            raise TalkError(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "Only a proposal of yours still waiting for an answer can go."
                )
            )
        self._talks.delete(Space.SHARED, talk.id)

    # -- preparing and talking ---------------------------------------------------------

    @one_action
    def prepare(self, talk: Talk, thoughts: Mapping[str, str]) -> None:
        """Keep this partner's thoughts on the questions (by prompt id), privately."""
        self._open(talk)
        for prompt_id, text in thoughts.items():
            body = text.replace("\x00", "").strip()
            if len(body) > MAX_PREP:
                raise TalkError(
                    QT_TRANSLATE_NOOP(
                        "vault.errors",
                        "Thoughts on one question can be at most {MAX_PREP} characters.",
                    ),
                    MAX_PREP=format(MAX_PREP, ","),
                )
            found = self._prep.list(
                Space.PRIVATE,
                where="talk_id = ? AND prompt_id = ?",
                params=(talk.id, prompt_id),
                limit=1,
            )
            if found:
                if found[0].body != body:
                    self._prep.update(Space.PRIVATE, found[0].id, {"body": body})
            elif body:
                content = {"talk_id": talk.id, "prompt_id": prompt_id, "body": body}
                self._prep.add(Space.PRIVATE, content)

    def save_notes(self, talk: Talk, text: str) -> Talk:
        """The notes the two take together; either partner may write them."""
        self._talking(talk)
        notes = text.replace("\x00", "").strip()
        if len(notes) > MAX_NOTES:
            raise TalkError(
                QT_TRANSLATE_NOOP("vault.errors", "Notes can be at most {MAX_NOTES} characters."),
                MAX_NOTES=format(MAX_NOTES, ","),
            )
        return self._set(talk, notes=notes)

    @one_action
    def finish(
        self, talk: Talk, agreement: str, *, notes: str | None = None, at: datetime | None = None
    ) -> Talk:
        """End the conversation with one small agreement, kept as a standing agreement.

        `notes` saves the notes in the same action; `at` backdates the end (the demo).
        """
        current = self._talking(talk)
        text = " ".join(agreement.replace("\x00", "").split())
        if not text:
            raise TalkError(
                QT_TRANSLATE_NOOP("vault.errors", "Write the one small thing you agree on first.")
            )
        if len(text) > MAX_AGREEMENT:
            raise TalkError(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "An agreement can be at most {MAX_AGREEMENT} characters."
                ),
                MAX_AGREEMENT=MAX_AGREEMENT,
            )
        ended = _end_time(current, at)
        if notes is not None:
            self.save_notes(current, notes)
        made = self._promises.add_agreement(text)
        return self._set(talk, agreement_id=made.id, finished_at=clock.to_text(ended))

    # -- helpers -----------------------------------------------------------------------

    def _open(self, talk: Talk) -> Talk:
        current = self.get(talk.id)
        if current.status is TalkStatus.FINISHED:
            raise TalkError(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "This conversation has been had; its notes stay as they are."
                )
            )
        return current

    def _talking(self, talk: Talk) -> Talk:
        current = self._open(talk)
        if current.agreed_at is None:
            raise TalkError(QT_TRANSLATE_NOOP("vault.errors", "Agree on a time to talk first."))
        return current

    def _set(self, talk: Talk, **values: str | None) -> Talk:
        """Change a conversation's state; either partner may (it is theirs together)."""
        assignments = ", ".join(f"{name} = ?" for name in values)
        conn = self._spaces.conn(Space.SHARED)
        with transaction(conn):
            conn.execute(
                f"UPDATE {TALKS} SET {assignments}, updated_at = ? WHERE id = ?",
                (*values.values(), clock.to_text(clock.now()), talk.id),
            )
        self._spaces.announce(Change.TALKS)
        return self.get(talk.id)


def _end_time(talk: Talk, at: datetime | None) -> datetime:
    if at is None:
        return clock.now()
    if at.tzinfo is None or at > clock.now() + PAST_SLACK or at < talk.info.created_at:
        raise TalkError(
            QT_TRANSLATE_NOOP(
                "vault.errors", "A conversation ends after it was planned, and not later than now."
            )
        )
    return at


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time()).astimezone()
