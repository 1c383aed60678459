"""Process hardening at start: no core dumps, and no other process of this user reading ours.

A core dump or a debugger attached by another program running as the same OS user (on a
shared login, the partner's) could read decrypted text and keys from memory.
"""

from __future__ import annotations

import ctypes
import sys

PR_SET_DUMPABLE = 4


def harden_process() -> list[str]:
    """Apply what the platform allows; return what could not be done, in words."""
    notes: list[str] = []
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        notes.append("core dumps could not be turned off")
    if sys.platform.startswith("linux"):
        try:
            libc = _libc()
            if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
                notes.append("the process could not be made non-dumpable")
        except OSError:
            notes.append("the process could not be made non-dumpable")
    return notes


def is_dumpable() -> bool | None:
    """Whether the process may be dumped or traced (Linux only; None elsewhere)."""
    if not sys.platform.startswith("linux"):
        return None
    libc = _libc()
    return bool(libc.prctl(3, 0, 0, 0, 0))  # PR_GET_DUMPABLE


def _libc() -> ctypes.CDLL:
    # The process's own symbols include libc's: no find_library, which runs ldconfig.
    return ctypes.CDLL(None, use_errno=True)
