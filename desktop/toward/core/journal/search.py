"""Full-text search over every journal the partner can read, ranked, each entry once."""

from __future__ import annotations

from dataclasses import dataclass

from toward.core.journal.model import CONTENT_COLUMNS, TABLE, JournalEntry, build_entry
from toward.core.rows import row_dict
from toward.core.search import HIT_END, HIT_START, fts_query
from toward.core.spaces import BOOKKEEPING, Space, Spaces, record_info, whole_text

SNIPPET_WORDS = 14


@dataclass(frozen=True)
class SearchHit:
    entry: JournalEntry
    snippet: str  # with HIT_START / HIT_END around the matched words
    rank: float  # lower is better (bm25)
    also_shared: bool = False  # a private original whose shared copy matched too


class JournalSearch:
    def __init__(self, spaces: Spaces) -> None:
        self._spaces = spaces

    def __call__(self, text: str, *, limit: int = 50) -> list[SearchHit]:
        """Entries matching every word of `text`, best first, from both spaces.

        An entry shared from the partner's own private journal appears once: as the
        private original, marked as shared.
        """
        query = fts_query(str(whole_text(text)))
        if query is None:
            return []
        private = self._hits(Space.PRIVATE, query, limit)
        shared = self._hits(Space.SHARED, query, limit)
        own_ids = {hit.entry.id for hit in private}
        shared_copies = {hit.entry.info.shared_id for hit in private if hit.entry.info.shared_id}
        merged: list[SearchHit] = []
        copies_found: set[str] = set()
        for hit in shared:
            origin = hit.entry.info.origin_id
            if origin in own_ids or hit.entry.id in shared_copies:
                copies_found.add(hit.entry.id)
                continue
            merged.append(hit)
        for hit in private:
            also = hit.entry.info.shared_id in copies_found or hit.entry.info.is_currently_shared
            merged.append(SearchHit(hit.entry, hit.snippet, hit.rank, also))
        merged.sort(key=lambda h: (h.rank, -h.entry.info.created_at.timestamp()))
        return merged[:limit]

    def _hits(self, space: Space, query: str, limit: int) -> list[SearchHit]:
        columns = ", ".join(f"e.{c}" for c in (*BOOKKEEPING, *CONTENT_COLUMNS))
        rows = self._spaces.conn(space).execute(
            f"SELECT {columns}, "
            f"snippet(journal_fts, -1, '{HIT_START}', '{HIT_END}', '…', {SNIPPET_WORDS}) AS snip, "
            "bm25(journal_fts, 4.0, 1.0, 2.0) AS rank "
            f"FROM journal_fts JOIN {TABLE} e ON e.rowid = journal_fts.rowid "
            "WHERE journal_fts MATCH ? ORDER BY rank LIMIT ?",
            (query, limit),
        )
        hits = []
        for row in rows:
            data = row_dict(row)
            entry = build_entry(record_info(space, data), data)
            hits.append(SearchHit(entry, data["snip"] or "", float(data["rank"])))
        return hits
