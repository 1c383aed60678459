"""Where an export's files go: a plain folder, or one AES-256 encrypted zip file.

Either way the files land under a temporary name beside the target and take its name only
when everything was written, so a cancelled or failed export leaves nothing behind. Files
are readable by their owner alone (0600, folders 0700): an export holds private entries.
Both sinks take the export as a stream of files, each a stream of chunks, and hold no more
than a chunk at a time. The encrypted archive is written by aes_zip (WinZip AES-256, each
file encrypted with its own key as it is written): no unencrypted copy ever touches the disk.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
import zlib
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import BinaryIO, Protocol

from toward.opendata.aes_zip import write_aes_zip
from toward.vault.atomic import PRIVATE_MODE
from toward.vault.errors import QT_TRANSLATE_NOOP, KnownError, StorageFull

MIN_ARCHIVE_PASSWORD = 8
FILE_MODE = 0o600
FOLDER_MODE = 0o700
Member = tuple[str, Iterable[bytes]]  # a relative path with forward slashes, its chunks
_EXISTS = "{target} already exists; choose another name or move it first, so it is not overwritten."


class ExportRefused(KnownError):
    """The export cannot be written where or how it was asked for."""


class Sink(Protocol):
    encrypted: bool

    def write_all(self, members: Iterable[Member]) -> None:
        """Write every file, in order, each as its chunks come."""

    def finish(self) -> Path:
        """Make the export visible under its final name; returns it."""

    def abandon(self) -> None:
        """Remove everything written so far."""


class FolderSink:
    """Plain files in a new folder (or an empty existing one)."""

    encrypted = False

    def __init__(self, target: Path) -> None:
        target = target.expanduser()
        if target.exists() and (not target.is_dir() or any(target.iterdir())):
            raise ExportRefused(
                QT_TRANSLATE_NOOP(
                    "vault.errors",
                    "{target} already holds files. Choose an empty or a new folder, so nothing "
                    "there is overwritten.",
                ),
                target=target,
            )
        if not target.parent.is_dir():
            raise ExportRefused(
                QT_TRANSLATE_NOOP("vault.errors", "The folder {folder} does not exist."),
                folder=target.parent,
            )
        self.target = target
        self._partial = target.with_name(f".{target.name}.partial-{secrets.token_hex(4)}")
        with _storage_errors(target):
            self._partial.mkdir(mode=FOLDER_MODE)

    def write_all(self, members: Iterable[Member]) -> None:
        for name, chunks in members:
            path = self._partial.joinpath(*name.split("/"))
            with _storage_errors(self.target):
                _make_folders(self._partial, path.parent)
                with _private_file(path) as file:
                    for chunk in chunks:
                        file.write(chunk)

    def finish(self) -> Path:
        with _storage_errors(self.target):
            if self.target.exists():
                self.target.rmdir()  # checked empty above; a rename needs it gone
            self._partial.rename(self.target)
        return self.target

    def abandon(self) -> None:
        shutil.rmtree(self._partial, ignore_errors=True)


class EncryptedZipSink:
    """One zip file, every file in it encrypted with AES-256 under a password.

    A zip's file names are not encrypted, so the export names files by date and id only.
    """

    encrypted = True

    def __init__(self, target: Path, password: str, *, overwrite: bool = False) -> None:
        """`overwrite` only when the person already agreed to replace the file (a save dialog)."""
        target = target.expanduser()
        if not overwrite and target.exists() and not target.is_dir():
            raise ExportRefused(_EXISTS.format(target=target))
        if len(password) < MIN_ARCHIVE_PASSWORD:
            raise ExportRefused(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "Choose an archive password of at least {least} characters."
                ),
                least=MIN_ARCHIVE_PASSWORD,
            )
        if target.is_dir():
            raise ExportRefused(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "{target} is a folder; give a file name ending in .zip."
                ),
                target=target,
            )
        if not target.parent.is_dir():
            raise ExportRefused(
                QT_TRANSLATE_NOOP("vault.errors", "The folder {folder} does not exist."),
                folder=target.parent,
            )
        self.target = target
        self._overwrite = overwrite
        self._password = password
        self._partial = target.with_name(f".{target.name}.partial-{secrets.token_hex(4)}")

    def write_all(self, members: Iterable[Member]) -> None:
        with _storage_errors(self.target), _private_file(self._partial) as file:
            # Every reader derives the keys from the password's UTF-8 bytes.
            write_aes_zip(
                file,
                members,
                self._password.encode("utf-8"),
                modified=datetime.now(),
                mode=FILE_MODE,
                compressor=_deflate,
            )

    def finish(self) -> Path:
        with _storage_errors(self.target):
            if not self._overwrite and self.target.exists():  # appeared while exporting
                raise ExportRefused(_EXISTS.format(target=self.target))
            os.chmod(self._partial, PRIVATE_MODE)
            os.replace(self._partial, self.target)
        return self.target

    def abandon(self) -> None:
        with contextlib.suppress(OSError):
            self._partial.unlink()


def _deflate() -> zlib._Compress:
    """Deflate at zlib's fastest level: four times faster than its default on an export's
    JSON and text, for a file about half as large again (level 9 is slower still). An
    export is written once and kept; waiting for it is what people notice."""
    return zlib.compressobj(level=1, wbits=-zlib.MAX_WBITS)


def _private_file(path: Path) -> BinaryIO:
    """A new file only its owner can read, whatever the umask."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    return os.fdopen(descriptor, "wb", buffering=1024 * 1024)


def _make_folders(root: Path, folder: Path) -> None:
    """`folder` and any folder between it and `root`, each only its owner can open."""
    missing = []
    while folder != root and not folder.is_dir():
        missing.append(folder)
        folder = folder.parent
    for path in reversed(missing):
        path.mkdir(mode=FOLDER_MODE)


@contextlib.contextmanager
def _storage_errors(target: Path) -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise StorageFull(
                QT_TRANSLATE_NOOP("vault.errors", "The disk holding {folder} is full."),
                folder=target.parent,
            ) from exc
        raise ExportRefused(
            QT_TRANSLATE_NOOP("vault.errors", "Could not write {target}: {reason}."),
            target=target,
            reason=exc.strerror or exc,
        ) from exc
