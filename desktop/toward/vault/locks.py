"""Locks between processes on one data folder: the app's `toward.lock` and the keystore's.

Two locks, two jobs:

- `toward.lock` is the one-process rule. The app takes it (with Qt's `QLockFile`, see
  `ui/platform/single_instance.py`) for as long as it runs; a command that writes takes the
  same file, in the same format, for as long as it runs (`hold_folder`). Any other writer
  asks `check_folder_free` first. Qt writes the owner's process id, program name and
  computer name, one per line, and on Unix also holds an `flock` on the file; a lock whose
  process is gone on this computer is stale and may be taken over.
- `household.json.lock` serialises the read-modify-write of the keystore (`keystore_lock`),
  so that two processes changing it at once cannot write each other's change away.

No Qt here.
"""

from __future__ import annotations

import contextlib
import errno
import os
import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from toward.vault.atomic import set_mode
from toward.vault.errors import QT_TRANSLATE_NOOP, HouseholdBusy

APP_LOCK_NAME = "toward.lock"
KEYSTORE_LOCK_NAME = "household.json.lock"
# How long a keystore change waits for another process's change to finish.
KEYSTORE_WAIT_S = 10.0
_POLL_S = 0.05

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt
else:
    import fcntl


def busy(folder: Path | None = None) -> HouseholdBusy:
    """The error for a household another process is using or changing."""
    if folder is None:
        return HouseholdBusy(
            QT_TRANSLATE_NOOP(
                "vault.errors",
                "Toward is busy with this household: it is open in Toward, or another change "
                "is being made right now. Close Toward (or wait a moment), then try again. "
                "Nothing was changed.",
            )
        )
    return HouseholdBusy(
        QT_TRANSLATE_NOOP(
            "vault.errors",
            "Toward is busy with this household ({folder}): it is open in Toward, or another "
            "change is being made right now. Close Toward (or wait a moment), then try again. "
            "Nothing was changed.",
        ),
        folder=folder,
    )


# -- the app's lock (toward.lock) ----------------------------------------------------------


def folder_owner(folder: Path) -> str | None:
    """Who else holds `toward.lock` in `folder`: None when nobody (or this process) does."""
    path = folder / APP_LOCK_NAME
    try:
        raw = path.read_bytes()[:4096]
    except FileNotFoundError:
        return None
    except OSError:
        return "another account on this computer"
    if sys.platform == "win32":  # pragma: no cover
        return None if _windows_lock_free(path) else "another Toward"
    lines = raw.decode("utf-8", "replace").splitlines()
    try:
        pid = int(lines[0])
    except (IndexError, ValueError):
        # Being written this instant, or not Qt's: only a held flock makes it live.
        return "another Toward" if _flock_held(path) else None
    host = lines[2] if len(lines) > 2 else ""
    if host and host != socket.gethostname():
        return f"the computer “{host}”"
    if pid == os.getpid():
        return None
    if _process_alive(pid) or _flock_held(path):
        return "another Toward on this computer"
    return None


def check_folder_free(folder: Path) -> None:
    """Raise HouseholdBusy if another process holds the folder's `toward.lock`."""
    if folder_owner(folder) is not None:
        raise busy(folder)


@contextlib.contextmanager
def hold_folder(folder: Path) -> Iterator[None]:
    """Hold `toward.lock` for the block, as the app does; HouseholdBusy if someone else does.

    A folder that does not exist or cannot be written to takes no lock (nothing can be
    written there by anyone), as in the app.
    """
    fd = _take_app_lock(folder)
    try:
        yield
    finally:
        if fd is not None:
            with contextlib.suppress(OSError):
                (folder / APP_LOCK_NAME).unlink()
            os.close(fd)


def _take_app_lock(folder: Path) -> int | None:
    path = folder / APP_LOCK_NAME
    if not folder.is_dir():
        return None
    for _ in range(2):
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            if folder_owner(folder) is not None:
                raise busy(folder) from None
            # Left by a Toward that is gone: take it over, as Qt does.
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            continue
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                return None
            raise
        if sys.platform != "win32":
            with contextlib.suppress(OSError):
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.write(fd, f"{os.getpid()}\n{_program_name()}\n{socket.gethostname()}\n".encode())
        return fd
    raise busy(folder)


def _program_name() -> str:
    # Qt compares this with the running process's executable name to tell a live owner
    # from a reused process id.
    try:
        return Path(os.readlink("/proc/self/exe")).name
    except OSError:
        return Path(sys.executable).name


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, under another account
    return True


def _flock_held(path: Path) -> bool:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False


def _windows_lock_free(path: Path) -> bool:  # pragma: no cover - Windows only
    # Qt keeps its lock file open without write sharing: opening it for writing fails.
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False
    os.close(fd)
    return True


# -- the keystore's lock (household.json.lock) ------------------------------------------------

_held: dict[Path, int] = {}
_held_guard = threading.RLock()


@contextlib.contextmanager
def keystore_lock(folder: Path, *, wait_s: float | None = None) -> Iterator[None]:
    """Hold the keystore's cross-process lock for the block (re-entrant in one process).

    Waits up to `wait_s` (default KEYSTORE_WAIT_S) for another process's change to finish,
    then raises HouseholdBusy. A folder that cannot be written to takes no lock.
    """
    key = folder.resolve()
    with _held_guard:
        if key in _held:
            _held[key] += 1
            try:
                yield
            finally:
                _held[key] -= 1
            return
        fd = _lock_file(folder, KEYSTORE_WAIT_S if wait_s is None else wait_s)
        _held[key] = 1
        try:
            yield
        finally:
            del _held[key]
            if fd is not None:
                _unlock_file(fd)


def _lock_file(folder: Path, wait_s: float) -> int | None:
    path = folder / KEYSTORE_LOCK_NAME
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOENT):
            return None
        raise
    set_mode(fd, folder)
    deadline = time.monotonic() + wait_s
    while True:
        try:
            if sys.platform == "win32":  # pragma: no cover
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return fd
        except OSError:
            if time.monotonic() >= deadline:
                os.close(fd)
                raise busy(folder) from None
            time.sleep(_POLL_S)


def _unlock_file(fd: int) -> None:
    try:
        if sys.platform == "win32":  # pragma: no cover
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
