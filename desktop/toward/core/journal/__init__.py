"""Journals: private and shared entries, pictures, replies, drafts and search."""

from toward.core.journal.drafts import Draft
from toward.core.journal.entries import Journal
from toward.core.journal.images import InvalidImage, JournalImage
from toward.core.journal.model import (
    TABLE,
    EntryFields,
    InvalidEntry,
    JournalEntry,
    JournalFilter,
    Mood,
    TrustKind,
)
from toward.core.journal.replies import LISTENING_REMINDER, InvalidReply, Reply
from toward.core.journal.search import SearchHit

__all__ = [
    "LISTENING_REMINDER",
    "TABLE",
    "Draft",
    "EntryFields",
    "InvalidEntry",
    "InvalidImage",
    "InvalidReply",
    "Journal",
    "JournalEntry",
    "JournalFilter",
    "JournalImage",
    "Mood",
    "Reply",
    "SearchHit",
    "TrustKind",
]
