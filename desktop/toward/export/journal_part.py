"""The journal part of a summary: shared entries quoted where their author allowed it, and
private entries only when their own author ticked them one by one (DESIGN §3)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from toward.core.journal import JournalEntry, JournalFilter, Mood
from toward.core.spaces import RecordNotFound, Space
from toward.export import words

if TYPE_CHECKING:
    from toward.export.summary import Contribution, SummaryRequest
    from toward.session import Session


@dataclass(frozen=True)
class ReplyItem:
    author: str
    written_at: datetime
    body: str


@dataclass(frozen=True)
class EntryItem:
    title: str
    author: str
    written_at: datetime
    private: bool  # a private entry its author ticked for this summary
    mood: str | None
    body: str
    replies: list[ReplyItem] = field(default_factory=list)
    replies_not_quoted: int = 0


@dataclass(frozen=True)
class JournalPart:
    entries: list[EntryItem]
    shared_in_period: int
    not_quoted: dict[str, int]  # by author name: shared entries shown only as a count
    replies_not_quoted: int


def journal_part(
    request: SummaryRequest, contributions: Sequence[Contribution], names: dict[str, str]
) -> JournalPart:
    """Shared entries in the period (quoted where allowed) and each contributor's ticked
    private ones, oldest first."""
    exporter = contributions[0].session
    journal, consent = exporter.journal, exporter.therapy_consent
    since, until = request.period.bounds()
    shared = journal.entries(Space.SHARED, filter=JournalFilter(since=since, until=until))
    quotable = consent.allowed_ids((e.id, e.info.author_id) for e in shared)
    not_quoted: dict[str, int] = {}
    items: list[tuple[JournalEntry, bool]] = []
    for entry in shared:
        if entry.id not in quotable:
            author = names.get(entry.info.author_id, words.t(words.PARTNER))
            not_quoted[author] = not_quoted.get(author, 0) + 1
        elif request.shared_entry_ids is None or entry.id in request.shared_entry_ids:
            items.append((entry, False))
    shown_shared = {e.id for e, _private in items}
    for contribution in contributions:
        own = contribution.session.journal
        for entry_id in sorted(contribution.private_entry_ids):
            try:
                entry = own.get(Space.PRIVATE, entry_id)
            except RecordNotFound:
                continue  # deleted since it was ticked
            if entry.info.shared_id in shown_shared:
                continue  # its shared copy is already in
            items.append((entry, True))
    items.sort(key=lambda pair: pair[0].info.created_at)
    entries, replies_hidden = [], 0
    for entry, private in items:
        item = _entry_item(exporter, entry, private, names)
        replies_hidden += item.replies_not_quoted
        entries.append(item)
    return JournalPart(entries, len(shared), not_quoted, replies_hidden)


def _entry_item(
    session: Session, entry: JournalEntry, private: bool, names: dict[str, str]
) -> EntryItem:
    replies: list[ReplyItem] = []
    hidden = 0
    if not private:
        found = session.journal.replies.of(entry)
        quotable = session.therapy_consent.allowed_ids((r.id, r.info.author_id) for r in found)
        for reply in found:
            if reply.id in quotable:
                author = names.get(reply.info.author_id, words.t(words.PARTNER))
                replies.append(ReplyItem(author, reply.info.created_at, reply.body))
            else:
                hidden += 1
    return EntryItem(
        title=entry.display_title,
        author=names.get(entry.info.author_id, words.t(words.PARTNER)),
        written_at=entry.info.created_at,
        private=private,
        mood=Mood.label_of(entry.mood),
        body=entry.body.strip(),
        replies=replies,
        replies_not_quoted=hidden,
    )
