"""Writing a small file so that a crash leaves either the old or the new content."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from toward.vault.errors import StorageFull, StorageReadOnly

PRIVATE_MODE = 0o600
SHARED_MODE = 0o660
# Temporary files are named `.<name>.<random>.tmp`, so that two writers never share one
# and a leftover is recognised (see `vault.leftovers`).
TMP_SUFFIX = ".tmp"


def file_mode_for(folder: Path) -> int:
    """Permissions for a new file in `folder`: 0600, or 0660 when the folder is shared.

    A folder is shared when its own permissions grant its group anything (e.g. `chmod
    2770`, as README's two-account setup does): every file Toward makes there is then
    readable and writable by the group. Anywhere else only the owner can read the files.
    """
    try:
        folder_mode = folder.stat().st_mode
    except OSError:
        return 0o600
    return SHARED_MODE if folder_mode & 0o070 else PRIVATE_MODE


def set_mode(fd: int, folder: Path, mode: int | None = None) -> None:
    """Give an open file its promised mode (os.open's mode is narrowed by the umask)."""
    if not hasattr(os, "fchmod"):  # pragma: no cover - Windows has no Unix modes
        return
    with contextlib.suppress(OSError):
        os.fchmod(fd, file_mode_for(folder) if mode is None else mode)


def restrict(path: Path) -> None:
    """Give an existing file the permissions of a new one in its folder (best effort)."""
    with contextlib.suppress(OSError):
        os.chmod(path, file_mode_for(path.parent))


def write_atomically(path: Path, data: bytes, *, mode: int | None = None) -> None:
    """Write `data` to `path` via a synced temporary file and a rename."""
    with atomic_file(path, mode=mode) as handle:
        handle.write(data)


class TargetExists(FileExistsError):
    """`atomic_file(..., overwrite=False)` found the target already there."""


@contextlib.contextmanager
def atomic_file(
    path: Path, *, mode: int | None = None, overwrite: bool = True
) -> Iterator[BinaryIO]:
    """A file to write `path` through: it appears, synced, only if the block succeeds.

    Whatever goes wrong (a full disk, an exception in the block), the temporary file is
    removed and `path` is left as it was. `mode` defaults to `file_mode_for` the folder;
    with `overwrite=False` an existing `path` is never replaced (TargetExists), even one
    that appears while the block runs.
    """
    if not overwrite and os.path.lexists(path):
        raise TargetExists(errno.EEXIST, "already exists", str(path))
    tmp: Path | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TMP_SUFFIX, dir=path.parent)
        tmp = Path(tmp_name)
        set_mode(fd, path.parent, mode)
        # Readable too, so the caller can check what it wrote before it takes the name.
        with os.fdopen(fd, "w+b") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if overwrite:
            os.replace(tmp, path)
        else:
            _link_without_overwrite(tmp, path)
        fsync_folder(path.parent)
    except BaseException as exc:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()
        known = storage_error(exc, path) if isinstance(exc, OSError) else exc
        if known is not exc:
            raise known from exc
        raise


def _link_without_overwrite(tmp: Path, path: Path) -> None:
    """Give `tmp` the name `path` only if nothing has it: a hard link fails if it exists."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise TargetExists(errno.EEXIST, "already exists", str(path)) from None
    except OSError:
        # No hard links here (some network or FAT folders): check, then rename.
        if os.path.lexists(path):
            raise TargetExists(errno.EEXIST, "already exists", str(path)) from None
        os.rename(tmp, path)
        return
    tmp.unlink()


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def storage_error(exc: OSError, path: Path) -> Exception:
    """Turn a disk-full or read-only OSError into the known error a person can act on."""
    if isinstance(exc, TargetExists):
        return exc
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageFull(f"The disk holding {path.parent} is full. Nothing was changed.")
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StorageReadOnly(f"Toward cannot write to {path.parent}. Nothing was changed.")
    return exc
