"""The export history: who took data out of Toward, when, and whether the partner's words left.

Kept in the shared space so both partners see every export either of them made, so a
partner's words never leave without them knowing. It says the least that protects that
partner: a therapy summary is noted by who, when, the file's form and whether the other
partner's words are in it, never its period or sections, which could tell what the person
preparing to speak means to bring up. A summary for an individual session holds only its
maker's own words and is not noted at all. A data export also lists its record types (a
section name must be a short plain key, so no sentence can slip in by mistake).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from toward.core.changes import Change
from toward.core.spaces import RecordInfo, RecordStore, Space, Spaces

TABLE = "export_log"
CONTENT_COLUMNS = (
    "kind",
    "file_format",
    "period_start",
    "period_end",
    "sections",
    "protected",
    "partner_words",
)
_KEY = re.compile(r"^[a-z][a-z0-9_]{0,31}$")
_FORMAT = re.compile(r"^[a-z0-9]{1,8}$")


class ExportKind(StrEnum):
    THERAPY_SUMMARY = "therapy summary"
    DATA_EXPORT = "data export"


@dataclass(frozen=True)
class ExportRecord:
    """One export as both partners see it in the history."""

    info: RecordInfo
    kind: ExportKind
    file_format: str
    period_start: date | None
    period_end: date | None
    sections: tuple[str, ...]
    protected: bool
    partner_words: bool | None  # whether the other partner's words are in it; None: not noted

    @property
    def id(self) -> str:
        return self.info.id

    @property
    def partner_id(self) -> str:
        """Who exported."""
        return self.info.author_id

    @property
    def exported_at(self) -> datetime:
        return self.info.created_at


def _build(info: RecordInfo, row: Mapping[str, Any]) -> ExportRecord:
    start, end = row["period_start"], row["period_end"]
    return ExportRecord(
        info=info,
        kind=ExportKind(row["kind"]),
        file_format=row["file_format"],
        period_start=date.fromisoformat(start) if start else None,
        period_end=date.fromisoformat(end) if end else None,
        sections=tuple(s for s in row["sections"].split(",") if s),
        protected=bool(row["protected"]),
        partner_words=None if row["partner_words"] is None else bool(row["partner_words"]),
    )


class ExportLog:
    """The unlocked partner's door to the shared export history."""

    def __init__(self, spaces: Spaces) -> None:
        self._store: RecordStore[ExportRecord] = RecordStore(
            spaces, TABLE, CONTENT_COLUMNS, _build, change=Change.EXPORTS
        )

    def record(
        self,
        kind: ExportKind,
        *,
        file_format: str,
        period_start: date | None = None,
        period_end: date | None = None,
        sections: Iterable[str] = (),
        protected: bool = False,
        partner_words: bool | None = None,
        exported_at: datetime | None = None,
    ) -> ExportRecord:
        """Note an export the unlocked partner just made (after the file was written).

        `partner_words` says whether the other partner's words are in it; `exported_at`
        dates it in the past (the demo household's history).
        """
        names = tuple(sections)
        bad = [name for name in names if not _KEY.match(name)]
        if bad:
            raise ValueError(f"section names are short plain keys, not {bad!r}")
        if not _FORMAT.match(file_format):
            raise ValueError(f"{file_format!r} is not a file format name")
        if period_start and period_end and period_end < period_start:
            raise ValueError("the period ends before it starts")
        content = {
            "kind": ExportKind(kind).value,
            "file_format": file_format,
            "period_start": period_start.isoformat() if period_start else None,
            "period_end": period_end.isoformat() if period_end else None,
            "sections": ",".join(names),
            "protected": int(protected),
            "partner_words": None if partner_words is None else int(partner_words),
        }
        return self._store.add(Space.SHARED, content, created_at=exported_at)

    def history(self, *, limit: int = 50, offset: int = 0) -> list[ExportRecord]:
        """Both partners' exports, newest first."""
        return self._store.list(Space.SHARED, limit=limit, offset=offset)

    def count(self) -> int:
        return self._store.count(Space.SHARED)

    def last(self, kind: ExportKind, *, partner_id: str | None = None) -> ExportRecord | None:
        """The latest export of `kind` (by `partner_id` if given), or None."""
        where, params = "kind = ?", [ExportKind(kind).value]
        if partner_id is not None:
            where += " AND author_id = ?"
            params.append(partner_id)
        found = self._store.list(Space.SHARED, where=where, params=params, limit=1)
        return found[0] if found else None
