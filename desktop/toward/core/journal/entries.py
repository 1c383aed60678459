"""Writing, reading, browsing and sharing journal entries."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from toward.core.attention import AttentionCard
from toward.core.changes import Change
from toward.core.i18n import translate
from toward.core.journal.drafts import JournalDrafts
from toward.core.journal.images import COLUMNS as IMAGE_COLUMNS
from toward.core.journal.images import TABLE as IMAGE_TABLE
from toward.core.journal.images import JournalImages
from toward.core.journal.model import (
    CONTENT_COLUMNS,
    TABLE,
    EntryFields,
    JournalEntry,
    JournalFilter,
    build_entry,
    entry_content,
)
from toward.core.journal.replies import JournalReplies
from toward.core.journal.search import JournalSearch
from toward.core.spaces import Children, RecordStore, Space, Spaces, UnshareOutcome
from toward.core.words import COUNTED_UP_TO


class Journal:
    """A partner's door to their private journal and the shared one.

    Also reached from here: `images`, `replies`, `drafts` and `search(text)`.
    """

    def __init__(self, spaces: Spaces) -> None:
        self._spaces = spaces
        self._store: RecordStore[JournalEntry] = RecordStore(
            spaces,
            TABLE,
            CONTENT_COLUMNS,
            build_entry,
            children=(Children(IMAGE_TABLE, "entry_id", IMAGE_COLUMNS),),
            change=Change.JOURNAL,
        )
        self.images = JournalImages(spaces)
        self.replies = JournalReplies(spaces)
        self.drafts = JournalDrafts(spaces)
        self.search = JournalSearch(spaces)

    # -- writing -----------------------------------------------------------------------

    def write(
        self,
        space: Space,
        fields: EntryFields,
        *,
        prompt_id: str | None = None,
        written_at: datetime | None = None,
    ) -> JournalEntry:
        """Write a new entry into the private or the shared journal.

        `written_at` dates it in the past (an imported entry, or one written on paper).
        """
        return self._store.add(space, fields.content(prompt_id), created_at=written_at)

    def edit(self, entry: JournalEntry, fields: EntryFields) -> JournalEntry:
        """Change one of the partner's own entries (a shared copy is not changed with it)."""
        return self._store.update(entry.space, entry.id, fields.content(entry.prompt_id))

    def delete(self, entry: JournalEntry) -> None:
        """Delete one of the partner's own entries for good, with its pictures."""
        self._store.delete(entry.space, entry.id)

    # -- reading -----------------------------------------------------------------------

    def get(self, space: Space, entry_id: str) -> JournalEntry:
        return self._store.get(space, entry_id)

    def entries(
        self,
        space: Space,
        *,
        filter: JournalFilter | None = None,
        limit: int = -1,
        offset: int = 0,
    ) -> list[JournalEntry]:
        """Entries in one space, newest first, optionally narrowed by a filter."""
        where, params = (filter or JournalFilter()).sql()
        return self._store.list(space, where=where, params=params, limit=limit, offset=offset)

    def count(self, space: Space, *, filter: JournalFilter | None = None) -> int:
        where, params = (filter or JournalFilter()).sql()
        return self._store.count(space, where=where, params=params)

    def tags(self, space: Space) -> list[str]:
        """Every tag used in a space, alphabetically."""
        rows = self._spaces.conn(space).execute(
            f"SELECT DISTINCT tags FROM {TABLE} WHERE tags != ''"
        )
        return sorted({tag for (combo,) in rows for tag in combo.split(",") if tag})

    def months(self, space: Space) -> list[str]:
        """The months (YYYY-MM, UTC) that have entries, newest first."""
        rows = self._spaces.conn(space).execute(
            f"SELECT DISTINCT substr(created_at, 1, 7) FROM {TABLE} ORDER BY 1 DESC"
        )
        return [r[0] for r in rows]

    # -- sharing -----------------------------------------------------------------------

    def share(
        self, entry: JournalEntry, *, body: str | None = None, with_images: bool = True
    ) -> JournalEntry:
        """Copy a private entry into the shared journal.

        `body` shares a shorter text (paragraphs kept back stay private);
        `with_images=False` keeps its pictures private.
        """
        overrides = None
        if body is not None:
            checked = entry_content(
                entry.title, body, entry.mood, entry.trust_kinds, entry.tags, entry.prompt_id
            )
            overrides = {"body": checked["body"]}
        return self._store.share(entry.id, overrides, with_children=with_images)

    def unshare(self, entry: JournalEntry) -> UnshareOutcome:
        """Take a shared entry back out of the shared journal (the original or its copy)."""
        if entry.space is Space.SHARED:
            return self._store.unshare_copy(entry.id)
        return self._store.unshare(entry.id)

    def shared_copy(self, entry: JournalEntry) -> JournalEntry | None:
        """The shared copy of one of the partner's private entries, if it is shared now."""
        if entry.info.shared_id is None:
            return None
        try:
            return self._store.get(Space.SHARED, entry.info.shared_id)
        except LookupError:
            return None

    # -- read marks --------------------------------------------------------------------

    def mark_read(self, entry: JournalEntry) -> None:
        self._store.mark_read(entry.id)

    def is_read(self, entry: JournalEntry) -> bool:
        return self._store.is_read(entry.id)

    def unread_ids(self, entry_ids: Iterable[str]) -> set[str]:
        """Which of these shared entries, written by the partner, this partner hasn't opened."""
        ids = list(entry_ids)
        if not ids:
            return set()
        marks = ", ".join("?" for _ in ids)
        rows = self._spaces.conn(Space.SHARED).execute(
            f"SELECT e.id FROM {TABLE} e WHERE e.id IN ({marks}) AND e.author_id != ? "
            "AND NOT EXISTS (SELECT 1 FROM read_marks r "
            "WHERE r.record_id = e.id AND r.partner_id = ?)",
            (*ids, self._spaces.partner_id, self._spaces.partner_id),
        )
        return {r[0] for r in rows}

    def unread_count(self, *, up_to: int | None = None) -> int:
        """Shared entries by the partner that this partner has not opened yet (counted no
        further than `up_to`, if given)."""
        return self._store.count(
            Space.SHARED,
            where=f"author_id != ? AND NOT EXISTS (SELECT 1 FROM read_marks r "
            f"WHERE r.record_id = {TABLE}.id AND r.partner_id = ?)",
            params=(self._spaces.partner_id, self._spaces.partner_id),
            up_to=up_to,
        )

    # -- the Today page ----------------------------------------------------------------

    def attention(self) -> AttentionCard | None:
        """Shared entries by the partner that this partner has not opened yet."""
        unread = self.unread_count(up_to=COUNTED_UP_TO + 1)
        if not unread:
            return None
        if unread > COUNTED_UP_TO:
            line = translate(
                "core.journal.entries", "{count}+ shared entries waiting for you"
            ).format(count=COUNTED_UP_TO)
        else:
            line = translate(
                "core.journal.entries", "%n shared entries waiting for you", None, unread
            )
        return AttentionCard(
            "journal:shared",
            translate("core.journal.entries", "Unread in the shared journal"),
            unread,
            (line,),
        )
