"""Autosaved editor text, so a crash or a sudden lock loses only seconds of writing.

Drafts always live in the writer's private space, even for a shared entry: the partner
sees an entry only once its author saves it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from toward.core import clock
from toward.core.journal.model import EntryFields, TrustKind
from toward.core.rows import StoredRow
from toward.core.spaces import Space, Spaces
from toward.vault.database import transaction

TABLE = "journal_drafts"


@dataclass(frozen=True)
class Draft:
    space: Space
    entry_id: str | None  # None for a new entry
    title: str
    body: str
    mood: int | None
    trust_kinds: tuple[TrustKind, ...]
    tags: tuple[str, ...]
    prompt_id: str | None
    updated_at: datetime


def _key(space: Space, entry_id: str | None) -> str:
    return f"{space.value}:{entry_id or 'new'}"


class JournalDrafts:
    def __init__(self, spaces: Spaces) -> None:
        self._spaces = spaces

    def save(
        self,
        space: Space,
        entry_id: str | None,
        fields: EntryFields,
        *,
        prompt_id: str | None = None,
    ) -> None:
        """Keep the editor's current text (one draft per entry, and one for a new entry)."""
        values = fields.content(prompt_id)
        conn = self._spaces.conn(Space.PRIVATE)
        with transaction(conn):
            conn.execute(
                f"INSERT INTO {TABLE} (id, space, entry_id, title, body, mood, trust_kinds, "
                "tags, prompt_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET title = excluded.title, body = excluded.body, "
                "mood = excluded.mood, trust_kinds = excluded.trust_kinds, "
                "tags = excluded.tags, prompt_id = excluded.prompt_id, "
                "updated_at = excluded.updated_at",
                (
                    _key(space, entry_id),
                    space.value,
                    entry_id,
                    values["title"],
                    values["body"],
                    values["mood"],
                    values["trust_kinds"],
                    values["tags"],
                    values["prompt_id"],
                    clock.to_text(clock.now()),
                ),
            )

    def get(self, space: Space, entry_id: str | None) -> Draft | None:
        row = (
            self._spaces.conn(Space.PRIVATE)
            .execute(f"SELECT * FROM {TABLE} WHERE id = ?", (_key(space, entry_id),))
            .fetchone()
        )
        return None if row is None else _draft(row)

    def all(self) -> list[Draft]:
        rows = self._spaces.conn(Space.PRIVATE).execute(
            f"SELECT * FROM {TABLE} ORDER BY updated_at DESC"
        )
        return [_draft(r) for r in rows]

    def discard(self, space: Space, entry_id: str | None) -> None:
        conn = self._spaces.conn(Space.PRIVATE)
        with transaction(conn):
            conn.execute(f"DELETE FROM {TABLE} WHERE id = ?", (_key(space, entry_id),))


def _draft(row: StoredRow) -> Draft:
    return Draft(
        space=Space(row["space"]),
        entry_id=row["entry_id"],
        title=row["title"],
        body=row["body"],
        mood=row["mood"],
        trust_kinds=tuple(TrustKind(k) for k in row["trust_kinds"].split(",") if k),
        tags=tuple(t for t in row["tags"].split(",") if t),
        prompt_id=row["prompt_id"],
        updated_at=clock.from_stored(row["updated_at"]),
    )
