"""How well do we know each other: a light round where each partner answers a question
about themselves and guesses the other's answer. Both are sealed until both have answered
(DESIGN §3), then revealed together; nothing is ever scored.

Two operations across the files (vault/oplog.py), as for sealed repair answers:
- submit: the answer is recorded in its author's private space with the operation, then
  the shared space takes a content-free mark that this partner has answered; a crash
  delays the mark, never loses the answer;
- publish: once both have answered, the author's own session copies the answer to the
  shared space (at once if that session is open, otherwise at its next unlock); whether
  both have answered is checked again when the copy is applied.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from toward.core import clock
from toward.core.changes import Change, one_action
from toward.core.i18n import QT_TRANSLATE_NOOP
from toward.core.prompts import Prompt, PromptLibrary
from toward.core.sharing import apply_share, insert, undo_share
from toward.core.spaces import RecordInfo, RecordStore, Space, Spaces
from toward.core.talks.model import TalkError
from toward.vault.database import Connection, transaction
from toward.vault.oplog import Kind, Op, OpRefused

KNOWING_DECK = "knowing-each-other"
ROUNDS = "knowing_rounds"
ANSWERS = "knowing_answers"
MARKS = "knowing_marks"
ROUND_COLUMNS = ("prompt_id",)
ANSWER_COLUMNS = ("round_id", "mine", "guess", "submitted_at")
MAX_ANSWER = 1_000
SUBMIT = "knowing.submit"
PUBLISH = "knowing.publish"

INTRODUCTION = QT_TRANSLATE_NOOP(
    "core.talks.knowing",
    "Each of you answers a question about yourself and guesses how the other will "
    "answer. Both stay sealed until both have written, then appear side by side. Nobody "
    "keeps score: the fun is in the talk it starts.",
)


@dataclass(frozen=True)
class Round:
    """One question, and who has answered it (never what, in the shared space)."""

    info: RecordInfo
    prompt_id: str
    answered_by: frozenset[str] = frozenset()

    @property
    def id(self) -> str:
        return self.info.id


def build_round(info: RecordInfo, row: Mapping[str, Any]) -> Round:
    return Round(info, row["prompt_id"])


@dataclass(frozen=True)
class KnowingAnswer:
    """One partner's answer about themselves and their guess at the other's."""

    info: RecordInfo
    round_id: str
    mine: str
    guess: str
    submitted_at: datetime

    @property
    def author_id(self) -> str:
        return self.info.author_id


def build_answer(info: RecordInfo, row: Mapping[str, Any]) -> KnowingAnswer:
    submitted = clock.from_text(row["submitted_at"])
    assert submitted is not None
    return KnowingAnswer(info, row["round_id"], row["mine"], row["guess"], submitted)


class Knowing:
    """A partner's door to the couple's rounds."""

    def __init__(self, spaces: Spaces, library: PromptLibrary) -> None:
        self._spaces = spaces
        self.partner_id = spaces.partner_id
        self._library = library
        self._rounds: RecordStore[Round] = RecordStore(
            spaces, ROUNDS, ROUND_COLUMNS, build_round, change=Change.TALKS
        )
        self._answers: RecordStore[KnowingAnswer] = RecordStore(
            spaces, ANSWERS, ANSWER_COLUMNS, build_answer, change=Change.TALKS
        )

    # -- reading -----------------------------------------------------------------------

    def question(self, round_: Round) -> Prompt | None:
        return self._library.get(round_.prompt_id)

    def rounds(self, *, limit: int = 20) -> list[Round]:
        """The couple's rounds, newest first."""
        return self._with_marks(self._rounds.list(Space.SHARED, limit=limit))

    def get(self, round_id: str) -> Round:
        return self._with_marks([self._rounds.get(Space.SHARED, round_id)])[0]

    def played_in(self, start: date, end: date) -> list[Round]:
        """Rounds started in the local days `start`..`end` that both answered, oldest first."""
        lo = datetime.combine(start, datetime.min.time()).astimezone()
        hi = datetime.combine(end + timedelta(days=1), datetime.min.time()).astimezone()
        found = self._rounds.list(
            Space.SHARED,
            where="created_at >= ? AND created_at < ?",
            params=(clock.to_text(lo), clock.to_text(hi)),
            order="created_at",
        )
        return [r for r in self._with_marks(found) if len(r.answered_by) >= 2]

    def mine(self, round_: Round) -> KnowingAnswer | None:
        found = self._answers.list(
            Space.PRIVATE, where="round_id = ?", params=(round_.id,), limit=1
        )
        return found[0] if found else None

    def revealed(self, round_: Round) -> dict[str, KnowingAnswer]:
        """Both answers once both are out, by author (fewer while one waits for a session)."""
        found = self._answers.list(Space.SHARED, where="round_id = ?", params=(round_.id,))
        return {answer.author_id: answer for answer in found}

    # -- playing -----------------------------------------------------------------------

    def start(self) -> Round:
        """A new round with the next question the two have not had yet."""
        open_rounds = [r for r in self.rounds(limit=5) if len(r.answered_by) < 2]
        if open_rounds:
            raise TalkError(
                QT_TRANSLATE_NOOP("vault.errors", "Finish the round you have started first.")
            )
        asked = {r.prompt_id for r in self._rounds.list(Space.SHARED)}
        questions = self._library.deck(KNOWING_DECK).prompts
        fresh = [p for p in questions if p.id not in asked] or list(questions)
        return self.get(self._rounds.add(Space.SHARED, {"prompt_id": fresh[0].id}).id)

    @one_action
    def answer(self, round_: Round, mine: str, guess: str) -> Round:
        """Seal this partner's answer and guess; reveal both if the other has answered."""
        texts = [_checked(mine, guess=False), _checked(guess, guess=True)]
        if self.mine(round_) is not None:
            raise TalkError(
                QT_TRANSLATE_NOOP("vault.errors", "You have answered this round already.")
            )
        now = clock.to_text(clock.now())
        row = {
            "id": uuid.uuid4().hex,
            "author_id": self.partner_id,
            "created_at": now,
            "updated_at": now,
            "round_id": round_.id,
            "mine": texts[0],
            "guess": texts[1],
            "submitted_at": now,
        }
        from toward.core import validation  # its rules import the features, this one too

        validation.check_row(ANSWERS, row)
        mark = {"round_id": round_.id, "answer_id": row["id"], "at": now}
        self._spaces.ops.run(SUBMIT, mark, along=lambda private: insert(private, ANSWERS, row))
        self._spaces.announce(Change.TALKS)
        self.publish_ready()
        return self.get(round_.id)

    @one_action
    def publish_ready(self) -> int:
        """Copy to the shared space each answer of this partner's whose round both answered.

        Returns how many answers were published.
        """
        pending = self._answers.list(Space.PRIVATE, where="shared_id IS NULL")
        published = 0
        for answer in pending:
            answered_by = self.get(answer.round_id).answered_by
            if self.partner_id not in answered_by:
                self._mark_left_by_older_version(answer)
                answered_by |= {self.partner_id}
            if len(answered_by) < 2:
                continue
            try:
                self._answers.share(answer.info.id, kind=PUBLISH)
            except OpRefused:
                continue  # kept aside in the log; the answer waits, sealed, for the next try
            published += 1
        return published

    # -- helpers -----------------------------------------------------------------------

    def _mark_left_by_older_version(self, answer: KnowingAnswer) -> None:
        """The mark a version before the operation log may have left unwritten (a crash
        between its two files): written now, in the shared file alone."""
        shared = self._spaces.conn(Space.SHARED)
        with transaction(shared):
            _write_mark(
                shared, answer.round_id, answer.author_id, clock.to_text(answer.submitted_at)
            )
        self._spaces.announce(Change.TALKS)

    def _with_marks(self, rounds: list[Round]) -> list[Round]:
        if not rounds:
            return []
        holes = ", ".join("?" for _ in rounds)
        who: dict[str, set[str]] = {r.id: set() for r in rounds}
        for row in self._spaces.conn(Space.SHARED).execute(
            f"SELECT round_id, partner_id FROM {MARKS} WHERE round_id IN ({holes})",
            [r.id for r in rounds],
        ):
            who[row[0]].add(row[1])
        return [replace(r, answered_by=frozenset(who[r.id])) for r in rounds]


def _checked(text: str, *, guess: bool) -> str:
    body = " ".join(text.replace("\x00", "").split())
    if not body and guess:
        raise TalkError(
            QT_TRANSLATE_NOOP("vault.errors", "Write your guess first; a few words are plenty.")
        )
    if not body:
        raise TalkError(
            QT_TRANSLATE_NOOP(
                "vault.errors", "Write your own answer first; a few words are plenty."
            )
        )
    if len(body) > MAX_ANSWER and guess:
        raise TalkError(
            QT_TRANSLATE_NOOP("vault.errors", "Keep your guess under {limit} characters."),
            limit=format(MAX_ANSWER, ","),
        )
    if len(body) > MAX_ANSWER:
        raise TalkError(
            QT_TRANSLATE_NOOP("vault.errors", "Keep your own answer under {limit} characters."),
            limit=format(MAX_ANSWER, ","),
        )
    return body


def _write_mark(shared: Connection, round_id: str, partner_id: str, at: str) -> None:
    shared.execute(
        f"INSERT OR IGNORE INTO {MARKS} (round_id, partner_id, marked_at) VALUES (?, ?, ?)",
        (round_id, partner_id, at),
    )


def _apply_submit(op: Op, shared: Connection) -> None:
    """The content-free mark that the author has answered this round."""
    _write_mark(shared, op.payload["round_id"], op.author_id, op.payload["at"])


def _take_back_answer(op: Op, private: Connection) -> None:
    """A submit that never reached the shared space: as if it was never sealed."""
    private.execute(
        f"DELETE FROM {ANSWERS} WHERE id = ? AND shared_id IS NULL", (op.payload["answer_id"],)
    )


def _apply_publish(op: Op, shared: Connection) -> None:
    """Share a sealed answer, only if both partners have answered its round by now."""
    round_id = op.payload["content"]["round_id"]
    answered = shared.execute(
        f"SELECT count(DISTINCT partner_id) FROM {MARKS} WHERE round_id = ?", (round_id,)
    ).fetchone()[0]
    if answered < 2:
        raise OpRefused("An answer stays sealed until both of you have answered.")
    apply_share(op, shared)


KINDS: dict[str, Kind] = {
    SUBMIT: Kind(apply=_apply_submit, undo=_take_back_answer),
    PUBLISH: Kind(apply=_apply_publish, undo=undo_share),
}
