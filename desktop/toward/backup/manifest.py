"""A backup's list of files (the manifest), its errors, and what a finished one reports."""

from __future__ import annotations

import json
import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from toward.core.i18n import QT_TRANSLATE_NOOP
from toward.vault.atomic import storage_error
from toward.vault.errors import KnownError
from toward.vault.keystore import BACKUP_NAME, KEYSTORE_NAME

FORMAT_VERSION = 1
MANIFEST_NAME = "toward-backup.json"
PAGE_SIZE = 4096
PLAINTEXT_SQLITE_HEADER = b"SQLite format 3\x00"
# A manifest is a few hundred bytes; anything far larger is not one of ours.
MANIFEST_LIMIT = 1024 * 1024
CHUNK = 1024 * 1024
_FILE_NAME = re.compile(r"^(household\.json(\.bak)?|(shared|private-[0-9a-f]{32})\.db(-wal)?)$")

# What zipfile raises for a damaged or hostile archive (a bad header, an unknown or
# encrypted method, a broken compressed stream).
ZIP_DAMAGE = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    EOFError,
    ValueError,
    NotImplementedError,
    RuntimeError,
    zlib.error,
)
# Bytes copied so far, bytes in all.
Progress = Callable[[int, int], None]


class BackupDamaged(KnownError):
    """A backup file that is not a complete, unchanged Toward backup."""


class RestoreRefused(KnownError):
    """A restore that would overwrite something, or cannot start."""


class BackupExists(KnownError):
    """The backup file to write is already there (and is never overwritten)."""


@dataclass(frozen=True)
class BackupFile:
    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    household_id: str
    created_at: str
    app_version: str
    schema_version: int
    files: tuple[BackupFile, ...]

    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT_VERSION,
            "app": "toward",
            "app_version": self.app_version,
            "schema_version": self.schema_version,
            "household_id": self.household_id,
            "created_at": self.created_at,
            "files": [{"name": f.name, "size": f.size, "sha256": f.sha256} for f in self.files],
        }
        return (json.dumps(data, indent=2) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> Manifest:
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict) or data.get("app") != "toward":
                raise ValueError("not a Toward manifest")
            version = data["format"]
            if not isinstance(version, int):
                raise ValueError("no format")
            if version > FORMAT_VERSION:
                raise BackupDamaged(
                    QT_TRANSLATE_NOOP(
                        "vault.errors",
                        "This backup was made by a newer version of Toward. Update Toward to "
                        "restore it.",
                    )
                )
            files = tuple(
                BackupFile(str(f["name"]), int(f["size"]), str(f["sha256"])) for f in data["files"]
            )
            manifest = cls(
                household_id=str(data["household_id"]),
                created_at=str(data["created_at"]),
                app_version=str(data["app_version"]),
                schema_version=int(data["schema_version"]),
                files=files,
            )
        except BackupDamaged:
            raise
        except (UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
            raise BackupDamaged(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "This is not a Toward backup, or its list of files is damaged."
                )
            ) from exc
        names = [f.name for f in files]
        if len(set(names)) != len(names) or not all(_FILE_NAME.match(n) for n in names):
            raise BackupDamaged(
                QT_TRANSLATE_NOOP("vault.errors", "This backup lists files Toward does not make.")
            )
        if KEYSTORE_NAME not in names and BACKUP_NAME not in names:
            raise BackupDamaged(
                QT_TRANSLATE_NOOP("vault.errors", "This backup holds no household file.")
            )
        return manifest


@dataclass(frozen=True)
class BackupReport:
    """What a finished backup holds and how far it was checked."""

    path: Path
    manifest: Manifest
    # Database files opened with a key and found healthy (the others had their sums checked).
    integrity_checked: tuple[str, ...]


def known_os_error(exc: OSError, path: Path) -> Exception:
    known = storage_error(exc, path)
    if known is not exc:
        return known
    return KnownError(
        QT_TRANSLATE_NOOP("vault.errors", "Toward could not use {path}: {value}."),
        path=path,
        value=exc.strerror or exc,
    )
