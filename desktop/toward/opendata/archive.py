"""Where an export's files go: a plain folder, or one AES-256 encrypted zip file.

Either way the files land under a temporary name beside the target and take its name only
when everything was written, so a cancelled or failed export leaves nothing behind. The
encrypted archive is written straight into the zip (each file encrypted as it is added):
no unencrypted copy ever touches the disk.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

from toward.vault.atomic import PRIVATE_MODE
from toward.vault.errors import KnownError, StorageFull

MIN_ARCHIVE_PASSWORD = 8
_EXISTS = "{target} already exists; choose another name or move it first, so it is not overwritten."


class ExportRefused(KnownError):
    """The export cannot be written where or how it was asked for."""


class Sink(Protocol):
    encrypted: bool

    def write(self, name: str, data: bytes) -> None:
        """Add one file, `name` being a relative path with forward slashes."""

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
                f"{target} already holds files. Choose an empty or a new folder, so nothing "
                "there is overwritten."
            )
        if not target.parent.is_dir():
            raise ExportRefused(f"The folder {target.parent} does not exist.")
        self.target = target
        self._partial = target.with_name(f".{target.name}.partial-{secrets.token_hex(4)}")
        with _storage_errors(target):
            self._partial.mkdir(mode=0o700)

    def write(self, name: str, data: bytes) -> None:
        path = self._partial.joinpath(*name.split("/"))
        with _storage_errors(self.target):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            os.chmod(path, PRIVATE_MODE)  # plaintext: its owner's alone, whatever the umask

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
                f"Choose an archive password of at least {MIN_ARCHIVE_PASSWORD} characters."
            )
        if target.is_dir():
            raise ExportRefused(f"{target} is a folder; give a file name ending in .zip.")
        if not target.parent.is_dir():
            raise ExportRefused(f"The folder {target.parent} does not exist.")
        self.target = target
        self._overwrite = overwrite
        self._partial = target.with_name(f".{target.name}.partial-{secrets.token_hex(4)}")
        import pyzipper  # here, not at the top: it is heavy, and only an archive needs it

        with _storage_errors(target):
            self._zip = pyzipper.AESZipFile(
                self._partial,
                "w",
                compression=pyzipper.ZIP_DEFLATED,
                encryption=pyzipper.WZ_AES,
            )
        self._zip.setpassword(password.encode("utf-8"))
        self._zip.setencryption(pyzipper.WZ_AES, nbits=256)

    def write(self, name: str, data: bytes) -> None:
        with _storage_errors(self.target):
            self._zip.writestr(name, data)

    def finish(self) -> Path:
        with _storage_errors(self.target):
            self._zip.close()
            if not self._overwrite and self.target.exists():  # appeared while exporting
                raise ExportRefused(_EXISTS.format(target=self.target))
            os.chmod(self._partial, PRIVATE_MODE)
            os.replace(self._partial, self.target)
        return self.target

    def abandon(self) -> None:
        with contextlib.suppress(Exception):
            self._zip.close()
        with contextlib.suppress(OSError):
            self._partial.unlink()


@contextlib.contextmanager
def _storage_errors(target: Path) -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise StorageFull(f"The disk holding {target.parent} is full.") from exc
        raise ExportRefused(f"Could not write {target}: {exc.strerror or exc}.") from exc
