"""Writing a small file so that a crash leaves either the old or the new content."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from toward.vault.errors import StorageFull, StorageReadOnly


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` via a synced temporary file and a rename."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        fsync_folder(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise storage_error(exc, path) from exc


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
