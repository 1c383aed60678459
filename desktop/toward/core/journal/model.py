"""What a journal entry is: its fields, moods and the four kinds of trust."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from toward.core.i18n import QT_TRANSLATE_NOOP
from toward.core.labels import LabelledInt
from toward.core.recorded import Recorded
from toward.core.spaces import RecordInfo
from toward.vault.errors import KnownError

TABLE = "journal_entries"
CONTENT_COLUMNS = ("title", "body", "mood", "trust_kinds", "tags", "prompt_id")
MAX_TITLE = 300
MAX_BODY = 10_000_000  # characters; about two thousand pages
MAX_TAGS = 30
MAX_TAG_LENGTH = 40


class InvalidEntry(KnownError):
    """An entry that cannot be saved as it is, with the reason."""


class TrustKind(StrEnum):
    EMOTIONAL = "emotional"
    PHYSICAL = "physical"
    MENTAL = "mental"
    SPIRITUAL = "spiritual"


class Mood(LabelledInt):
    """How a partner felt, from heavy to bright; an entry stores the number."""

    HEAVY = 1, QT_TRANSLATE_NOOP("core.labels", "heavy")
    LOW = 2, QT_TRANSLATE_NOOP("core.labels", "low")
    STEADY = 3, QT_TRANSLATE_NOOP("core.labels", "steady")
    GOOD = 4, QT_TRANSLATE_NOOP("core.labels", "good")
    BRIGHT = 5, QT_TRANSLATE_NOOP("core.labels", "bright")

    @classmethod
    def label_of(cls, value: int | None) -> str | None:
        """The word for a stored mood; None for no mood (or a number Toward does not know)."""
        try:
            return None if value is None else cls(value).label
        except ValueError:
            return None


@dataclass(frozen=True)
class EntryFields:
    """What a partner writes in an entry (or a draft of one), before the core checks it."""

    title: str = ""
    body: str = ""
    mood: int | None = None
    trust_kinds: Sequence[TrustKind] = ()
    tags: Sequence[str] = ()

    def content(self, prompt_id: str | None) -> dict[str, object]:
        """Checked, normalised column values, as `entry_content`."""
        return entry_content(
            self.title, self.body, self.mood, self.trust_kinds, self.tags, prompt_id
        )


@dataclass(frozen=True)
class JournalEntry(Recorded):
    info: RecordInfo
    title: str
    body: str
    mood: int | None
    trust_kinds: tuple[TrustKind, ...]
    tags: tuple[str, ...]
    prompt_id: str | None

    @property
    def display_title(self) -> str:
        """The title, or the first words of the body when there is none."""
        if self.title.strip():
            return self.title.strip()
        stripped = self.body.strip()
        first = stripped.splitlines()[0].lstrip("#>*- ").strip() if stripped else ""
        return (first[:60] + "…") if len(first) > 60 else (first or "Untitled entry")


@dataclass(frozen=True)
class JournalFilter:
    """Browsing: any combination of mood, kind of trust, tag and a period (local dates)."""

    mood: int | None = None
    trust_kind: TrustKind | None = None
    tag: str | None = None
    since: str | None = None  # ISO timestamp, inclusive
    until: str | None = None  # ISO timestamp, exclusive

    def sql(self) -> tuple[str, list[object]]:
        clauses: list[str] = []
        params: list[object] = []
        if self.mood is not None:
            clauses.append("mood = ?")
            params.append(self.mood)
        if self.trust_kind is not None:
            clauses.append("(',' || trust_kinds || ',') LIKE ?")
            params.append(f"%,{TrustKind(self.trust_kind).value},%")
        if self.tag:
            clauses.append("(',' || tags || ',') LIKE ? ESCAPE '\\'")
            params.append(f"%,{_escape_like(clean_tag(self.tag))},%")
        if self.since:
            clauses.append("created_at >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("created_at < ?")
            params.append(self.until)
        return " AND ".join(clauses), params


def build_entry(info: RecordInfo, row: Mapping[str, Any]) -> JournalEntry:
    return JournalEntry(
        info=info,
        title=row["title"],
        body=row["body"],
        mood=row["mood"],
        trust_kinds=tuple(TrustKind(k) for k in row["trust_kinds"].split(",") if k),
        tags=tuple(t for t in row["tags"].split(",") if t),
        prompt_id=row["prompt_id"],
    )


def clean_tag(tag: str) -> str:
    return " ".join(_strip_reserved(tag).replace(",", " ").split()).lower()[:MAX_TAG_LENGTH]


def entry_content(
    title: str,
    body: str,
    mood: int | None,
    trust_kinds: Iterable[TrustKind | str],
    tags: Iterable[str],
    prompt_id: str | None,
) -> dict[str, object]:
    """Checked, normalised column values for an entry."""
    if mood is not None and not 1 <= int(mood) <= 5:
        raise InvalidEntry(
            QT_TRANSLATE_NOOP("vault.errors", "Mood is a number from 1 (heavy) to 5 (bright).")
        )
    if len(body) > MAX_BODY:
        raise InvalidEntry(
            QT_TRANSLATE_NOOP(
                "vault.errors",
                "This entry is too long to save ({len} characters; the limit is {MAX_BODY}). "
                "Split it into several entries.",
            ),
            len=format(len(body), ","),
            MAX_BODY=format(MAX_BODY, ","),
        )
    # NUL breaks C strings; U+E000/U+E001 are the search's own hit marks.
    title, body = _strip_reserved(title), _strip_reserved(body)
    try:
        kinds = sorted({TrustKind(k) for k in trust_kinds})
    except ValueError as exc:
        raise InvalidEntry(
            QT_TRANSLATE_NOOP("vault.errors", "Unknown kind of trust: {exc}"), exc=exc
        ) from exc
    clean_tags = sorted({clean_tag(t) for t in tags if clean_tag(t)})
    if len(clean_tags) > MAX_TAGS:
        raise InvalidEntry(
            QT_TRANSLATE_NOOP("vault.errors", "An entry can have at most {MAX_TAGS} tags."),
            MAX_TAGS=MAX_TAGS,
        )
    return {
        "title": " ".join(title.split())[:MAX_TITLE],
        "body": body,
        "mood": None if mood is None else int(mood),
        "trust_kinds": ",".join(kinds),
        "tags": ",".join(clean_tags),
        "prompt_id": prompt_id,
    }


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


_RESERVED = {ord("\x00"): None, ord("\ue000"): None, ord("\ue001"): None}


def _strip_reserved(text: str) -> str:
    return text.translate(_RESERVED)
