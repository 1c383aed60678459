"""Journals: private and shared entries, pictures, replies, drafts and search."""

from toward.core.journal.drafts import Draft
from toward.core.journal.entries import Journal
from toward.core.journal.images import InvalidImage, JournalImage
from toward.core.journal.model import (
    MOOD_WORDS,
    TABLE,
    InvalidEntry,
    JournalEntry,
    JournalFilter,
    TrustKind,
)
from toward.core.journal.replies import LISTENING_REMINDER, InvalidReply, Reply
from toward.core.journal.search import SearchHit

__all__ = [
    "LISTENING_REMINDER",
    "MOOD_WORDS",
    "TABLE",
    "Draft",
    "InvalidEntry",
    "InvalidImage",
    "InvalidReply",
    "Journal",
    "JournalEntry",
    "JournalFilter",
    "JournalImage",
    "Reply",
    "SearchHit",
    "TrustKind",
]
