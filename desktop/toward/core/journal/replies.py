"""Short replies under a shared entry: a place to answer without judging."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from toward.core.changes import Change
from toward.core.i18n import QT_TRANSLATE_NOOP
from toward.core.journal.model import TABLE as ENTRIES
from toward.core.journal.model import JournalEntry
from toward.core.recorded import Recorded
from toward.core.spaces import RecordInfo, RecordStore, Space, Spaces
from toward.vault.errors import KnownError

TABLE = "journal_replies"
MAX_REPLY = 5000
LISTENING_REMINDER = (
    "Answer what you heard before what you think. Curiosity helps more than correction."
)


class InvalidReply(KnownError):
    """A reply that cannot be posted, with the reason."""


@dataclass(frozen=True)
class Reply(Recorded):
    info: RecordInfo
    entry_id: str
    body: str


def _build(info: RecordInfo, row: Mapping[str, Any]) -> Reply:
    return Reply(info, row["entry_id"], row["body"])


class JournalReplies:
    """Replies live in the shared space, under shared entries only."""

    def __init__(self, spaces: Spaces) -> None:
        self._spaces = spaces
        self._store: RecordStore[Reply] = RecordStore(
            spaces, TABLE, ("entry_id", "body"), _build, change=Change.JOURNAL
        )

    def add(self, entry: JournalEntry, body: str) -> Reply:
        if entry.space is not Space.SHARED:
            raise InvalidReply(
                QT_TRANSLATE_NOOP("vault.errors", "Replies go under entries in the shared journal.")
            )
        text = body.strip()
        if not text:
            raise InvalidReply(QT_TRANSLATE_NOOP("vault.errors", "Write a few words first."))
        if len(text) > MAX_REPLY:
            raise InvalidReply(
                QT_TRANSLATE_NOOP("vault.errors", "A reply can be at most {MAX_REPLY} characters."),
                MAX_REPLY=format(MAX_REPLY, ","),
            )
        found = self._spaces.conn(Space.SHARED).execute(
            f"SELECT 1 FROM {ENTRIES} WHERE id = ?", (entry.id,)
        )
        if found.fetchone() is None:
            raise InvalidReply(
                QT_TRANSLATE_NOOP("vault.errors", "This entry is no longer in the shared journal.")
            )
        return self._store.add(Space.SHARED, {"entry_id": entry.id, "body": text})

    def of(self, entry: JournalEntry) -> list[Reply]:
        if entry.space is not Space.SHARED:
            return []
        return self._store.list(
            Space.SHARED, where="entry_id = ?", params=(entry.id,), order="created_at"
        )

    def count(self, entry: JournalEntry) -> int:
        if entry.space is not Space.SHARED:
            return 0
        return self._store.count(Space.SHARED, where="entry_id = ?", params=(entry.id,))

    def delete(self, reply: Reply) -> None:
        """Take back one of the partner's own replies."""
        self._store.delete(Space.SHARED, reply.id)
