"""Small, real file systems for the fault tests: a full disk and a read-only folder.

They need permission to mount (root, as in the project's test container). Elsewhere the
tests that use them are skipped, and say why.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _mount(*args: str) -> None:
    result = subprocess.run(["mount", *args], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise OSError(result.stderr.strip() or "mount failed")


@contextmanager
def small_disk(where: Path, size_kib: int) -> Iterator[Path]:
    """A tmpfs of `size_kib` mounted at `where` for the block."""
    where.mkdir(parents=True, exist_ok=True)
    if shutil.which("mount") is None:
        pytest.skip("no mount command: the full-disk case needs a small file system")
    try:
        _mount("-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700", "tmpfs", str(where))
    except OSError as exc:
        pytest.skip(f"cannot mount a small file system here ({exc})")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def make_read_only(where: Path) -> None:
    """Remount the small disk at `where` read-only (root ignores file permissions)."""
    _mount("-o", "remount,ro", str(where))


def make_writable(where: Path) -> None:
    _mount("-o", "remount,rw", str(where))


def make_mount_point_read_only(where: Path) -> None:
    """Make only the mount at `where` read-only: folders bind-mounted below stay writable."""
    _mount("-o", "remount,bind,ro", str(where))
