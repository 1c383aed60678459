"""Writing a small file so that a crash leaves either the old or the new content."""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from toward.vault.errors import StorageFull, StorageReadOnly


def file_mode_for(folder: Path) -> int:
    """Permissions for a new file in `folder`: private, unless the folder is shared.

    A household kept in a folder that several OS accounts share (group access) must stay
    readable to the group; anywhere else only the owner can read the files.
    """
    try:
        folder_mode = folder.stat().st_mode
    except OSError:
        return 0o600
    return 0o660 if folder_mode & 0o070 else 0o600


def restrict(path: Path) -> None:
    """Give an existing file the permissions of a new one in its folder (best effort)."""
    with contextlib.suppress(OSError):
        os.chmod(path, file_mode_for(path.parent))


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` via a synced temporary file and a rename."""
    with atomic_file(path) as handle:
        handle.write(data)


@contextlib.contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """A file to write `path` through: it appears, synced, only if the block succeeds.

    Whatever goes wrong (a full disk, an exception in the block), the temporary file is
    removed and `path` is left as it was.
    """
    tmp = path.with_name(path.name + ".tmp")
    try:
        fd = os.open(tmp, os.O_RDWR | os.O_CREAT | os.O_TRUNC, file_mode_for(path.parent))
        # Readable too, so the caller can check what it wrote before it takes the name.
        with os.fdopen(fd, "w+b") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        fsync_folder(path.parent)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        known = storage_error(exc, path) if isinstance(exc, OSError) else exc
        if known is not exc:
            raise known from exc
        raise


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
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageFull(f"The disk holding {path.parent} is full. Nothing was changed.")
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StorageReadOnly(f"Toward cannot write to {path.parent}. Nothing was changed.")
    return exc
