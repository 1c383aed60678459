"""What a join cut short (a computer switched off midway) leaves in its data folder.

A join writes its databases first and the household file (household.json) last, so one
cut short leaves no household, only its own files; joining again into that folder would
be refused as not empty. A join marks the folder first (JOINING, removed once the
household file is written): a folder holding that mark, no household file and nothing
but files a join writes is a join's leftover, and the next join clears it and starts
over. Without the mark (a join by an earlier version), or with any other file there,
nothing is deleted: the person is told what happened and what they can do.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

from toward.core.i18n import translate
from toward.vault.atomic import write_atomically
from toward.vault.keystore import keystore_exists

JOINING = "toward-joining.json"
_DATABASE = r"(?:shared|private-[0-9a-f]{32})\.db"
_SIDE = r"(?:-wal|-shm|-journal)?"
# Every name a join writes before the household file: the databases and their side
# files; temporary files (a copy being unsealed, the schema check, the household file
# being written) and a migrated copy's backup; the household file's lock; the mark.
_JOIN_WRITES = re.compile(
    rf"^(?:{_DATABASE}{_SIDE}"
    rf"|\.(?:{_DATABASE}|schema|household\.json(?:\.bak)?)\.[a-z0-9_]+\.tmp(?:{_SIDE}|\.v\d+\.bak)"
    rf"|household\.json\.lock|{re.escape(JOINING)})$"
)


def mark_joining(data_dir: Path, household_id: str) -> None:
    """Mark `data_dir` as being joined into, before a join writes anything else there."""
    started = datetime.now(UTC).isoformat(timespec="seconds")
    data = {"format": 1, "household_id": household_id, "started_at": started}
    write_atomically(data_dir / JOINING, json.dumps(data, indent=2).encode() + b"\n")


def unmark_joining(data_dir: Path) -> None:
    """The household file is written: the folder holds a household now."""
    (data_dir / JOINING).unlink(missing_ok=True)


def only_join_files(data_dir: Path) -> bool:
    """True when `data_dir` holds no household file and nothing but files a join writes
    (regular files with those names; no folder, no link)."""
    if keystore_exists(data_dir):
        return False
    return all(
        _JOIN_WRITES.match(p.name) and p.is_file() and not p.is_symlink()
        for p in data_dir.iterdir()
    )


def is_join_leftover(data_dir: Path) -> bool:
    """True when `data_dir` is provably what a join cut short left: its mark, and nothing
    but files a join writes."""
    return (data_dir / JOINING).is_file() and only_join_files(data_dir)


def clear_join_leftover(data_dir: Path) -> None:
    """Delete a join's leftover files (checked with is_join_leftover first), the mark last:
    cut short again, the folder is still recognised."""
    for path in sorted(data_dir.iterdir()):
        if path.name != JOINING and _JOIN_WRITES.match(path.name):
            path.unlink(missing_ok=True)


def interrupted_join(data_dir: Path) -> str | None:
    """In words, when `data_dir` holds only files a join writes but no join's mark: what
    happened and what to do. None otherwise."""
    if not only_join_files(data_dir):
        return None
    # An earlier version's join leaves no mark: nothing proves they are a join's, so
    # they stay.
    return translate(
        "sync.join_leftovers",
        "{folder} holds databases but no household file: perhaps an earlier join was "
        "interrupted there. Toward leaves them untouched. If you did not keep anything "
        "there yourself, delete what is in that folder and join again, or choose an "
        "empty folder.",
    ).format(folder=data_dir)
