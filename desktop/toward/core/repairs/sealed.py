"""Sealed until both are ready (DESIGN §3): answers that wait in their author's private space.

An answer is written and submitted in the author's private database; the shared one only
learns, by a content-free mark, that it was submitted. Once both partners have submitted a
step, each answer is copied to the shared space by its author's own session: at once if
that session is open (together mode, or the second to answer), otherwise at its next unlock.
"""

from __future__ import annotations

from toward.core import clock
from toward.core.changes import Change, one_action
from toward.core.i18n import QT_TRANSLATE_NOOP
from toward.core.repairs.model import (
    ANSWER_COLUMNS,
    ANSWERS,
    MARKS,
    SUBMITTED,
    Answer,
    RepairError,
    build_answer,
)
from toward.core.repairs.steps import Step
from toward.core.sharing import apply_share, undo_share
from toward.core.spaces import RecordStore, Space, Spaces
from toward.vault.database import Connection
from toward.vault.oplog import Kind, Op, OpRefused

MAX_ANSWER = 10_000
SUBMIT = "repair.submit"
PUBLISH = "repair.publish"


class SealedAnswers:
    def __init__(self, spaces: Spaces) -> None:
        self._spaces = spaces
        self._store: RecordStore[Answer] = RecordStore(
            spaces, ANSWERS, ANSWER_COLUMNS, build_answer, change=Change.REPAIRS
        )

    def mine(self, repair_id: str, step: Step) -> Answer | None:
        """The unlocked partner's own answer (a draft, sealed or revealed), from their space."""
        found = self._store.list(
            Space.PRIVATE, where="repair_id = ? AND step = ?", params=(repair_id, step), limit=1
        )
        return found[0] if found else None

    def save_draft(self, repair_id: str, step: Step, text: str) -> Answer:
        body = _checked(text, allow_empty=True)
        answer = self.mine(repair_id, step)
        if answer is None:
            content = {"repair_id": repair_id, "step": step.value, "body": body}
            # A draft is nobody's news: no view shows it, so no notice.
            return self._store.add(Space.PRIVATE, content | {"submitted_at": None}, announce=False)
        if answer.submitted_at is not None:
            raise RepairError(
                QT_TRANSLATE_NOOP(
                    "vault.errors",
                    "This answer was already submitted; it can no longer be changed.",
                )
            )
        return self._store.update(Space.PRIVATE, answer.id, {"body": body}, announce=False)

    @one_action
    def submit(self, repair_id: str, step: Step, text: str) -> Answer:
        """Seal the answer in the private space and mark the step submitted in the shared one.

        One operation across the files: the answer is sealed with it, and the content-free
        mark follows; a crash delays the mark, never loses the answer.
        """
        body = _checked(text, allow_empty=False)
        answer = self.mine(repair_id, step)
        if answer is not None and answer.submitted_at is not None:
            raise RepairError(
                QT_TRANSLATE_NOOP("vault.errors", "You have already answered this step.")
            )
        if answer is None:
            content = {"repair_id": repair_id, "step": step.value, "body": body}
            answer = self._store.add(
                Space.PRIVATE, content | {"submitted_at": None}, announce=False
            )
        now = clock.to_text(clock.now())
        mark = {"repair_id": repair_id, "step": step.value, "at": now}

        def seal(private: Connection) -> None:
            private.execute(
                f"UPDATE {ANSWERS} SET body = ?, submitted_at = ?, updated_at = ? WHERE id = ?",
                (body, now, now, answer.id),
            )

        self._spaces.ops.run(SUBMIT, mark, along=seal)
        self._spaces.announce(Change.REPAIRS)
        return self._store.get(Space.PRIVATE, answer.id)

    @one_action
    def publish_ready(self) -> int:
        """Copy to the shared space each of this partner's answers whose step both submitted.

        Returns how many answers were published. Whether both submitted is checked again
        when the copy is applied.
        """
        pending = self._store.list(
            Space.PRIVATE,
            where="submitted_at IS NOT NULL AND shared_id IS NULL",
            order="created_at",
        )
        published = 0
        for answer in pending:
            if self._submitted_count(answer.repair_id, answer.step) >= 2:
                self._store.share(answer.id, kind=PUBLISH)
                published += 1
        return published

    def revealed(self, repair_ids: list[str]) -> list[Answer]:
        """Answers both partners can read, for these conversations."""
        if not repair_ids:
            return []
        marks = ", ".join("?" for _ in repair_ids)
        return self._store.list(
            Space.SHARED, where=f"repair_id IN ({marks})", params=repair_ids, order="created_at"
        )

    def _submitted_count(self, repair_id: str, step: Step) -> int:
        return _submitted(self._spaces.conn(Space.SHARED), repair_id, step.value)


def _checked(text: str, *, allow_empty: bool) -> str:
    body = text.replace("\x00", "").strip()
    if not body and not allow_empty:
        raise RepairError(
            QT_TRANSLATE_NOOP("vault.errors", "Write a few words first; there is no right length.")
        )
    if len(body) > MAX_ANSWER:
        raise RepairError(
            QT_TRANSLATE_NOOP("vault.errors", "An answer can be at most {MAX_ANSWER} characters."),
            MAX_ANSWER=format(MAX_ANSWER, ","),
        )
    return body


def _submitted(shared: Connection, repair_id: str, step: str) -> int:
    row = shared.execute(
        f"SELECT count(DISTINCT partner_id) FROM {MARKS} "
        "WHERE repair_id = ? AND step = ? AND kind = ?",
        (repair_id, step, SUBMITTED),
    ).fetchone()
    return int(row[0])


def _apply_submit(op: Op, shared: Connection) -> None:
    """The content-free mark that the author has answered this step."""
    p = op.payload
    shared.execute(
        f"INSERT OR IGNORE INTO {MARKS} (repair_id, step, partner_id, kind, marked_at) "
        "VALUES (?, ?, ?, ?, ?)",
        (p["repair_id"], p["step"], op.author_id, SUBMITTED, p["at"]),
    )


def _apply_publish(op: Op, shared: Connection) -> None:
    """Share a sealed answer, only if both partners have submitted its step by now."""
    content = op.payload["content"]
    if _submitted(shared, content["repair_id"], content["step"]) < 2:
        raise OpRefused("An answer stays sealed until both of you have answered.")
    apply_share(op, shared)


def _unseal(op: Op, private: Connection) -> None:
    """A submit that never reached the shared space: the answer is a draft again."""
    private.execute(
        f"UPDATE {ANSWERS} SET submitted_at = NULL WHERE repair_id = ? AND step = ? "
        "AND author_id = ?",
        (op.payload["repair_id"], op.payload["step"], op.author_id),
    )


KINDS: dict[str, Kind] = {
    SUBMIT: Kind(apply=_apply_submit, undo=_unseal),
    PUBLISH: Kind(apply=_apply_publish, undo=undo_share),
}
