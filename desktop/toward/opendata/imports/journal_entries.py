"""Entries read from another journal app, checked and written into the private journal.

A reader (Day One, jrnl) turns its file into `IncomingEntry` values; this module checks
each one as the journal would, leaves out duplicates (an entry at the same moment with the
same title and text is already there: importing a file twice adds nothing), and writes all
that is left in one transaction into the importing partner's private space.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from toward.core import clock
from toward.core.i18n import in_words, translate
from toward.core.journal import images, model
from toward.core.spaces import Space
from toward.opendata import rows as portable
from toward.opendata.imports.plan import ImportPlan, PreviewLine, Skipped
from toward.opendata.kinds import JOURNAL_ENTRIES
from toward.session import Session
from toward.vault.errors import KnownError

PREVIEW_LINES = 5


@dataclass(frozen=True)
class IncomingPicture:
    name: str
    data: bytes


@dataclass(frozen=True)
class IncomingEntry:
    where: str  # how the report names it: "entry 3 (2024-03-12)"
    written_at: datetime
    title: str
    body: str
    tags: tuple[str, ...] = ()
    pictures: tuple[IncomingPicture, ...] = ()


@dataclass(frozen=True)
class _Checked:
    where: str
    created_at: str
    content: dict[str, object]
    pictures: tuple[tuple[str, str, bytes], ...]  # name, mime, data


def plan_entries(
    session: Session,
    source: str,
    entries: Sequence[IncomingEntry],
    skipped: Sequence[Skipped] = (),
    notes: Sequence[Skipped] = (),
) -> ImportPlan:
    """Check `entries` for the private journal; nothing is written until `apply()`."""
    skipped, notes = list(skipped), list(notes)
    checked: list[_Checked] = []
    seen: set[tuple[str, object, object]] = set()
    for entry in entries:
        if not (entry.title.strip() or entry.body.strip() or entry.pictures):
            skipped.append(
                Skipped(
                    entry.where,
                    translate("opendata.imports.journal_entries", "nothing is written in it"),
                )
            )
            continue
        texts = (entry.title, entry.body, *entry.tags, *(p.name for p in entry.pictures))
        if not all(portable.is_valid_text(text) for text in texts):
            skipped.append(
                Skipped(
                    entry.where,
                    translate(
                        "opendata.imports.journal_entries",
                        "its text holds characters that are not valid text",
                    ),
                )
            )
            continue
        try:
            content = model.entry_content(entry.title, entry.body, None, (), entry.tags, None)
        except KnownError as exc:
            skipped.append(Skipped(entry.where, in_words(exc)))
            continue
        created_at = clock.to_text(entry.written_at)
        key = (created_at, content["title"], content["body"])
        if key in seen:
            skipped.append(
                Skipped(
                    entry.where,
                    translate(
                        "opendata.imports.journal_entries",
                        "the same entry appears earlier in this file",
                    ),
                )
            )
            continue
        seen.add(key)
        pictures = _pictures(entry, notes)
        if not (content["title"] or content["body"] or pictures):
            skipped.append(
                Skipped(
                    entry.where,
                    translate(
                        "opendata.imports.journal_entries", "none of its pictures could be kept"
                    ),
                )
            )
            continue
        checked.append(_Checked(entry.where, created_at, content, pictures))

    fresh, duplicates = _without_duplicates(session, checked)
    skipped += duplicates
    preview = [
        PreviewLine(
            clock.from_text(c.created_at),  # type: ignore[arg-type]
            _title_of(c.content),
            Space.PRIVATE,
        )
        for c in sorted(fresh, key=lambda c: c.created_at)[:PREVIEW_LINES]
    ]

    def write() -> tuple[dict[str, int], list[Skipped]]:
        still_fresh, late = _without_duplicates(session, fresh)
        batch = _batch(session, still_fresh)
        portable.write_batches(session.spaces, [batch])
        pictures = sum(len(c.pictures) for c in still_fresh)
        return {"journal entries": len(still_fresh), "pictures": pictures}, late

    counts = {"journal entries": len(fresh), "pictures": sum(len(c.pictures) for c in fresh)}
    return ImportPlan(source, counts, preview, skipped, notes, write)


def _pictures(entry: IncomingEntry, notes: list[Skipped]) -> tuple[tuple[str, str, bytes], ...]:
    kept: list[tuple[str, str, bytes]] = []
    for picture in entry.pictures:
        mime = images.sniff_mime(picture.data)
        if mime is None:
            reason = translate(
                "opendata.imports.journal_entries",
                "the picture {name} is not a PNG, JPEG, GIF or WebP picture; left out",
            )
        elif len(picture.data) > images.MAX_IMAGE_BYTES:
            reason = translate(
                "opendata.imports.journal_entries",
                "the picture {name} is larger than {megabytes} MB; left out",
            )
        elif len(kept) >= images.MAX_IMAGES_PER_ENTRY:
            reason = translate(
                "opendata.imports.journal_entries",
                "the picture {name} is past the {most} pictures an entry holds",
            )
        else:
            kept.append((" ".join(picture.name.split())[:200], mime, picture.data))
            continue
        megabytes, most = images.MAX_IMAGE_BYTES // (1024 * 1024), images.MAX_IMAGES_PER_ENTRY
        said = reason.format(name=picture.name, megabytes=megabytes, most=most)
        notes.append(Skipped(entry.where, said))
    return tuple(kept)


def _without_duplicates(
    session: Session, entries: Sequence[_Checked]
) -> tuple[list[_Checked], list[Skipped]]:
    conn = session.spaces.conn(Space.PRIVATE)
    fresh, duplicates = [], []
    for entry in entries:
        found = conn.execute(
            f"SELECT 1 FROM {model.TABLE} WHERE created_at = ? AND title = ? AND body = ? LIMIT 1",
            (entry.created_at, entry.content["title"], entry.content["body"]),
        ).fetchone()
        if found is None:
            fresh.append(entry)
        else:
            duplicates.append(
                Skipped(
                    entry.where,
                    translate("opendata.imports.journal_entries", "already in your journal"),
                )
            )
    return fresh, duplicates


def _batch(session: Session, entries: Sequence[_Checked]) -> portable.RowBatch:
    batch = portable.RowBatch(JOURNAL_ENTRIES.table, Space.PRIVATE)
    pictures = batch.children.setdefault(images.TABLE, [])
    now = clock.to_text(clock.now())
    for entry in entries:
        entry_id = uuid.uuid4().hex
        batch.rows.append(
            {
                "id": entry_id,
                "author_id": session.partner.id,
                "created_at": entry.created_at,
                "updated_at": now,
                **entry.content,
            }
        )
        for position, (name, mime, data) in enumerate(entry.pictures):
            pictures.append(
                {
                    "id": uuid.uuid4().hex,
                    "entry_id": entry_id,
                    "position": position,
                    "name": name,
                    "mime": mime,
                    "data": data,
                    "created_at": now,
                }
            )
    return batch


def _title_of(content: dict[str, object]) -> str:
    title = str(content["title"]).strip()
    if title:
        return title
    first = next((line for line in str(content["body"]).splitlines() if line.strip()), "")
    first = first.lstrip("#>*- ").strip()
    return (first[:60] + "…") if len(first) > 60 else (first or "(pictures only)")
