"""Journal entries in the private and the shared journal."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from toward.core.spaces import RecordInfo, RecordStore, Space, Spaces, UnshareOutcome

TABLE = "journal_entries"
MAX_TITLE = 300


class TrustKind(StrEnum):
    EMOTIONAL = "emotional"
    PHYSICAL = "physical"
    MENTAL = "mental"
    SPIRITUAL = "spiritual"


MOOD_WORDS = {1: "heavy", 2: "low", 3: "steady", 4: "good", 5: "bright"}


@dataclass(frozen=True)
class JournalEntry:
    info: RecordInfo
    title: str
    body: str
    mood: int | None
    trust_kinds: tuple[TrustKind, ...]
    tags: tuple[str, ...]
    prompt_id: str | None

    @property
    def id(self) -> str:
        return self.info.id

    @property
    def space(self) -> Space:
        return self.info.space

    @property
    def display_title(self) -> str:
        """The title, or the first words of the body when there is none."""
        if self.title.strip():
            return self.title.strip()
        first = self.body.strip().splitlines()[0] if self.body.strip() else ""
        return (first[:60] + "…") if len(first) > 60 else (first or "Untitled entry")


def _build(info: RecordInfo, row: Mapping[str, Any]) -> JournalEntry:
    return JournalEntry(
        info=info,
        title=row["title"],
        body=row["body"],
        mood=row["mood"],
        trust_kinds=tuple(TrustKind(k) for k in row["trust_kinds"].split(",") if k),
        tags=tuple(t for t in row["tags"].split(",") if t),
        prompt_id=row["prompt_id"],
    )


class Journal:
    """A partner's door to their private journal and the shared one."""

    def __init__(self, spaces: Spaces) -> None:
        self._store: RecordStore[JournalEntry] = RecordStore(
            spaces, TABLE, ("title", "body", "mood", "trust_kinds", "tags", "prompt_id"), _build
        )

    def write(
        self,
        space: Space,
        *,
        title: str = "",
        body: str = "",
        mood: int | None = None,
        trust_kinds: Iterable[TrustKind] = (),
        tags: Iterable[str] = (),
        prompt_id: str | None = None,
    ) -> JournalEntry:
        """Write a new entry into the private or the shared journal."""
        return self._store.add(space, _content(title, body, mood, trust_kinds, tags, prompt_id))

    def edit(
        self,
        entry: JournalEntry,
        *,
        title: str,
        body: str,
        mood: int | None = None,
        trust_kinds: Iterable[TrustKind] = (),
        tags: Iterable[str] = (),
    ) -> JournalEntry:
        """Change one of the partner's own entries."""
        content = _content(title, body, mood, trust_kinds, tags, entry.prompt_id)
        return self._store.update(entry.space, entry.id, content)

    def delete(self, entry: JournalEntry) -> None:
        """Delete one of the partner's own entries for good."""
        self._store.delete(entry.space, entry.id)

    def get(self, space: Space, entry_id: str) -> JournalEntry:
        return self._store.get(space, entry_id)

    def entries(self, space: Space, *, limit: int = -1, offset: int = 0) -> list[JournalEntry]:
        """Entries in one space, newest first."""
        return self._store.list(space, limit=limit, offset=offset)

    def count(self, space: Space) -> int:
        return self._store.count(space)

    def share(self, entry: JournalEntry, *, body: str | None = None) -> JournalEntry:
        """Copy a private entry into the shared journal (optionally with a shorter body)."""
        return self._store.share(entry.id, None if body is None else {"body": body})

    def unshare(self, entry: JournalEntry) -> UnshareOutcome:
        """Take a shared entry back out of the shared journal (the original or its copy)."""
        if entry.space is Space.SHARED:
            return self._store.unshare_copy(entry.id)
        return self._store.unshare(entry.id)

    def mark_read(self, entry: JournalEntry) -> None:
        self._store.mark_read(entry.id)

    def is_read(self, entry: JournalEntry) -> bool:
        return self._store.is_read(entry.id)


def _content(
    title: str,
    body: str,
    mood: int | None,
    trust_kinds: Iterable[TrustKind],
    tags: Iterable[str],
    prompt_id: str | None,
) -> dict[str, object]:
    if mood is not None and not 1 <= mood <= 5:
        raise ValueError("mood is 1 to 5")
    kinds = sorted({TrustKind(k) for k in trust_kinds})
    clean_tags = sorted({t.strip().lower().replace(",", " ") for t in tags if t.strip()})
    return {
        "title": title.strip()[:MAX_TITLE],
        "body": body,
        "mood": mood,
        "trust_kinds": ",".join(kinds),
        "tags": ",".join(clean_tags),
        "prompt_id": prompt_id,
    }
