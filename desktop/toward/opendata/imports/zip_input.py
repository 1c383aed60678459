"""A zip file read as an import reads it: every member checked first, then streamed.

A zip says in its directory how large each member unpacks; a hostile one (a "zip bomb")
claims little and unpacks to gigabytes, or claims gigabytes to make a reader reserve them.
So before any member is read, each one's claimed size and compression ratio is checked
against caps sized for a journal; then a member is read in chunks, counting what really
comes out, and the read stops at its cap whatever the directory claimed.

The caps (a ten-year Toward export's document is under 100 MB; a Day One journal's text a
few MB):
  - the document (toward-export.json, a Day One journal): at most 256 MB unpacked;
  - a picture: at most 25 MB, the journal's own limit for a picture;
  - everything read from one zip together: at most 1 GB;
  - a member larger than 1 MB unpacks to at most 200 times its packed size (text and JSON
    pack 3 to 20 times; a zip bomb packs about a thousand times).
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from toward.core.formatting import format_number
from toward.core.i18n import translate
from toward.core.journal.images import MAX_IMAGE_BYTES
from toward.opendata.imports.plan import ImportRefused, NeedsPassword

MB = 1024 * 1024
MAX_DOCUMENT_BYTES = 256 * MB
MAX_PICTURE_BYTES = MAX_IMAGE_BYTES
MAX_TOTAL_BYTES = 1024 * MB
MAX_RATIO = 200
RATIO_FROM_BYTES = 1 * MB  # tiny members may pack very well (an empty JSON list)
CHUNK = 1 * MB


class ZipInput:
    """An opened zip, its members checked, read through `read` with caps."""

    def __init__(self, path: Path, password: str | None) -> None:
        self.name = path.name
        self._password = password
        try:
            import pyzipper  # here, not at the top: heavy, and only a zip needs it

            self._archive: Any = pyzipper.AESZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            damaged = translate(
                "opendata.imports.zip_input", "{file} is a damaged zip file ({problem})."
            )
            raise ImportRefused(damaged.format(file=path.name, problem=exc)) from exc
        if password:
            self._archive.setpassword(password.encode("utf-8"))
        self._members = {info.filename: info for info in self._archive.infolist()}
        self._read_so_far = 0
        try:
            self._check_members()
        except ImportRefused:
            self._archive.close()
            raise

    def __enter__(self) -> ZipInput:
        return self

    def __exit__(self, *exc: object) -> None:
        self._archive.close()

    @property
    def names(self) -> set[str]:
        return set(self._members)

    def read_document(self, name: str) -> bytes | None:
        return self.read(name, MAX_DOCUMENT_BYTES)

    def read_picture(self, name: str) -> bytes | None:
        """A picture's bytes, cut one byte past the cap: the journal then says it is too large."""
        return self.read(name, MAX_PICTURE_BYTES, cut=True)

    def read(self, name: str, limit: int, *, cut: bool = False) -> bytes | None:
        """The member `name` (None if absent), streamed; refused past `limit` unless `cut`."""
        info = self._members.get(name)
        if info is None:
            return None
        if info.file_size > limit and not cut:
            raise ImportRefused(_too_large(name, self.name, limit))
        chunks: list[bytes] = []
        size = 0
        try:
            with self._archive.open(info) as member:
                while chunk := member.read(min(CHUNK, limit + 1 - size)):
                    size += len(chunk)
                    self._count(len(chunk))
                    chunks.append(chunk)
                    if size > limit:
                        if cut:
                            break
                        raise ImportRefused(_too_large(name, self.name, limit))
        except RuntimeError as exc:  # pyzipper: encrypted, no or a wrong password
            if self._password:
                raise NeedsPassword(
                    translate(
                        "opendata.imports.zip_input", "That password does not open this archive."
                    )
                ) from exc
            raise NeedsPassword(
                translate("opendata.imports.zip_input", "This archive is protected by a password.")
            ) from exc
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
            raise ImportRefused(_damaged(name, self.name, exc)) from exc
        except Exception as exc:  # zlib.error and the like: a damaged stream
            if isinstance(exc, ImportRefused):
                raise
            raise ImportRefused(_damaged(name, self.name, exc)) from exc
        return b"".join(chunks)

    def _count(self, size: int) -> None:
        self._read_so_far += size
        if self._read_so_far > MAX_TOTAL_BYTES:
            raise ImportRefused(_too_much(self.name))

    def _check_members(self) -> None:
        """Refuse the zip before reading anything if a member claims too much."""
        if sum(info.file_size for info in self._members.values()) > MAX_TOTAL_BYTES:
            raise ImportRefused(_too_much(self.name))
        for info in self._members.values():
            if info.file_size > MAX_DOCUMENT_BYTES:
                raise ImportRefused(_too_large(info.filename, self.name, MAX_DOCUMENT_BYTES))
            if info.file_size > RATIO_FROM_BYTES and info.file_size > MAX_RATIO * max(
                info.compress_size, 1
            ):
                bomb = translate(
                    "opendata.imports.zip_input",
                    "{member} in {file} unpacks to {ratio} times its packed size, as only a "
                    "zip bomb does; nothing was imported.",
                )
                ratio = format_number(info.file_size // max(info.compress_size, 1))
                raise ImportRefused(bomb.format(member=info.filename, file=self.name, ratio=ratio))


def _too_much(zip_name: str) -> str:
    return translate(
        "opendata.imports.zip_input",
        "{file} would unpack to more than {megabytes} MB, far more than a journal export "
        "holds; nothing was imported.",
    ).format(file=zip_name, megabytes=format_number(MAX_TOTAL_BYTES // MB))


def _too_large(name: str, zip_name: str, limit: int) -> str:
    return translate(
        "opendata.imports.zip_input",
        "{member} in {file} would unpack to more than {megabytes} MB, far more than a "
        "journal export holds; nothing was imported.",
    ).format(member=name, file=zip_name, megabytes=format_number(limit // MB))


def _damaged(name: str, zip_name: str, problem: Exception) -> str:
    damaged = translate("opendata.imports.zip_input", "{member} in {file} is damaged ({problem}).")
    return damaged.format(member=name, file=zip_name, problem=problem)
