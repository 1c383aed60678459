"""What an interrupted write, backup, restore or setup can leave in a data folder.

Temporary files (`.<name>.<random>.tmp`, see `vault.atomic`) and restore staging folders
hold nothing that is not also elsewhere: they are removed at the next start, once they are
old enough that no live writer can still own them. Everything else is only reported: a
private database whose partner is not in the household file (a setup cut short, or a lost
household file: its keys may be in a backup), and keystore copies kept aside.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from toward.vault.atomic import TMP_SUFFIX

# A temporary file younger than this may belong to a write still under way.
SETTLED_S = 120.0
RESTORE_STAGING = ".restoring-"
_PRIVATE_DB = re.compile(r"^private-([0-9a-f]{32})\.db$")
_ASIDE = re.compile(r"^household\.json(\.bak)?\.(damaged|superseded)-")


@dataclass(frozen=True)
class Leftover:
    path: Path
    # What it is, in words, for `toward doctor` and the app's notice.
    what: str
    # Safe to delete: it holds nothing that is not also elsewhere.
    removable: bool
    # A private database whose partner the household file does not know.
    orphan: bool = False


def settled(path: Path, now: float | None = None) -> bool:
    """True when `path` is old enough that no live writer can still own it (OSError when it
    is gone)."""
    return (time.time() if now is None else now) - path.stat().st_mtime >= SETTLED_S


def find_leftovers(folder: Path, partner_ids: set[str]) -> list[Leftover]:
    """The leftovers in `folder` (and restore staging beside it), oldest kind first."""
    found: list[Leftover] = []
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return found
    for path in entries:
        name = path.name
        if name.endswith(TMP_SUFFIX) and path.is_file():
            found.append(
                Leftover(path, f"{name}: a temporary file from an interrupted write", True)
            )
        elif name.startswith(RESTORE_STAGING) and path.is_dir():
            found.append(Leftover(path, f"{name}: the files of an interrupted restore", True))
        elif (match := _PRIVATE_DB.match(name)) and match.group(1) not in partner_ids:
            found.append(
                Leftover(
                    path,
                    f"{name}: a private space whose partner is not in the household file (a "
                    "setup that was cut short, or keys that only an older backup of "
                    "household.json holds); it is kept, never deleted",
                    False,
                    orphan=True,
                )
            )
        elif _ASIDE.match(name):
            found.append(
                Leftover(path, f"{name}: a keystore copy kept aside for inspection", False)
            )
    with contextlib.suppress(OSError):
        for path in sorted(folder.parent.glob(f".{folder.name}{RESTORE_STAGING}*")):
            if path.is_dir():
                found.append(
                    Leftover(path, f"{path.name}: the files of an interrupted restore", True)
                )
    return found


def clean_leftovers(folder: Path, partner_ids: set[str]) -> list[Leftover]:
    """Remove the settled, removable leftovers; returns those that remain to be reported."""
    remaining = []
    now = time.time()
    for leftover in find_leftovers(folder, partner_ids):
        try:
            old_enough = settled(leftover.path, now)
        except OSError:
            continue
        if not (leftover.removable and old_enough):
            remaining.append(leftover)
            continue
        try:
            if leftover.path.is_dir():
                shutil.rmtree(leftover.path)
            else:
                leftover.path.unlink()
        except OSError:
            remaining.append(leftover)
    return remaining
