"""Pictures attached to an entry, kept inside the encrypted database (never loose files)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from toward.core import clock
from toward.core.changes import Change
from toward.core.i18n import QT_TRANSLATE_NOOP
from toward.core.journal.model import TABLE as ENTRIES
from toward.core.journal.model import JournalEntry
from toward.core.spaces import NotAllowed, Space, Spaces
from toward.vault.database import transaction
from toward.vault.errors import KnownError

TABLE = "journal_images"
COLUMNS = ("position", "name", "mime", "data", "created_at")
MAX_IMAGE_BYTES = 25 * 1024 * 1024
MAX_IMAGES_PER_ENTRY = 20

_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)


class InvalidImage(KnownError):
    """A file that is not a picture Toward can keep."""


@dataclass(frozen=True)
class JournalImage:
    id: str
    entry_id: str
    space: Space
    name: str
    mime: str
    data: bytes


def sniff_mime(data: bytes) -> str | None:
    """The picture type from the file's first bytes (PNG, JPEG, GIF, WebP), or None."""
    for signature, mime in _SIGNATURES:
        if data.startswith(signature):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


class JournalImages:
    """Attach, list and remove an entry's pictures."""

    def __init__(self, spaces: Spaces) -> None:
        self._spaces = spaces

    def attach(self, entry: JournalEntry, name: str, data: bytes) -> JournalImage:
        """Keep a picture with one of the partner's own entries."""
        self._check_own(entry)
        mime = sniff_mime(data)
        if mime is None:
            raise InvalidImage(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "{value} is not a PNG, JPEG, GIF or WebP picture."
                ),
                value=name or "This file",
            )
        if len(data) > MAX_IMAGE_BYTES:
            raise InvalidImage(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "{value} is {value2} MB; the limit is {value3} MB."
                ),
                value=name or "This picture",
                value2=format(len(data) / 1e6, ".0f"),
                value3=MAX_IMAGE_BYTES // (1024 * 1024),
            )
        conn = self._spaces.conn(entry.space)
        image_id = uuid.uuid4().hex
        clean_name = " ".join(name.split())[:200]
        with transaction(conn):  # the checks and the insert see one state of the file
            if (
                conn.execute(f"SELECT 1 FROM {ENTRIES} WHERE id = ?", (entry.id,)).fetchone()
                is None
            ):
                raise InvalidImage(
                    QT_TRANSLATE_NOOP(
                        "vault.errors", "This entry no longer exists; the picture was not kept."
                    )
                )
            count = conn.execute(
                f"SELECT count(*) FROM {TABLE} WHERE entry_id = ?", (entry.id,)
            ).fetchone()[0]
            if count >= MAX_IMAGES_PER_ENTRY:
                raise InvalidImage(
                    QT_TRANSLATE_NOOP(
                        "vault.errors", "An entry can hold at most {MAX_IMAGES_PER_ENTRY} pictures."
                    ),
                    MAX_IMAGES_PER_ENTRY=MAX_IMAGES_PER_ENTRY,
                )
            position = conn.execute(
                f"SELECT coalesce(max(position) + 1, 0) FROM {TABLE} WHERE entry_id = ?",
                (entry.id,),
            ).fetchone()[0]
            conn.execute(
                f"INSERT INTO {TABLE} (id, entry_id, position, name, mime, data, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (image_id, entry.id, position, clean_name, mime, data, clock.to_text(clock.now())),
            )
        self._spaces.announce(Change.JOURNAL)
        return JournalImage(image_id, entry.id, entry.space, clean_name, mime, data)

    def of(self, entry: JournalEntry) -> list[JournalImage]:
        rows = self._spaces.conn(entry.space).execute(
            f"SELECT id, name, mime, data FROM {TABLE} WHERE entry_id = ? ORDER BY position, id",
            (entry.id,),
        )
        return [
            JournalImage(r["id"], entry.id, entry.space, r["name"], r["mime"], bytes(r["data"]))
            for r in rows
        ]

    def count(self, entry: JournalEntry) -> int:
        return int(
            self._spaces.conn(entry.space)
            .execute(f"SELECT count(*) FROM {TABLE} WHERE entry_id = ?", (entry.id,))
            .fetchone()[0]
        )

    def remove(self, entry: JournalEntry, image: JournalImage) -> None:
        self._check_own(entry)
        conn = self._spaces.conn(entry.space)
        with transaction(conn):
            conn.execute(f"DELETE FROM {TABLE} WHERE id = ? AND entry_id = ?", (image.id, entry.id))
        self._spaces.announce(Change.JOURNAL)

    def _check_own(self, entry: JournalEntry) -> None:
        if entry.info.author_id != self._spaces.partner_id:
            raise NotAllowed("Only the person who wrote this entry can change its pictures.")
