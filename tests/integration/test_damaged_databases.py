"""A damaged database is a clear, known error, never a raw SQLite one, and is left as it was."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Couple, make_couple
from toward import DatabaseDamaged, Household
from toward.core.journal import EntryFields
from toward.core.spaces import Space
from toward.household import SHARED_DB, private_db_name
from toward.session import Session

PAGE = 4096


def _flip(*offsets: int) -> Callable[[bytes], bytes]:
    def damage(data: bytes) -> bytes:
        out = bytearray(data)
        for offset in offsets:
            out[offset] ^= 0xFF
        return bytes(out)

    return damage


DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "empty": lambda data: b"",
    "half": lambda data: data[: len(data) // 2],
    "one-page": lambda data: data[:PAGE],
    "all-but-a-page": lambda data: data[:-PAGE],
    "cut-mid-page": lambda data: data[: len(data) // 2 + 1000],
    "salt-flipped": _flip(0),
    "header-flipped": _flip(16, 17, 18),
    "first-page-iv-flipped": _flip(PAGE - 80),
    "first-page-hmac-flipped": _flip(PAGE - 1),
    "zeroed": lambda data: bytes(len(data)),
    "random": lambda data: os.urandom(len(data)),
    "plain-sqlite": lambda data: b"SQLite format 3\x00" + bytes(PAGE - 16),
}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Couple:
    """A couple with several pages in both files, all checkpointed (built once: it is slow)."""
    couple = make_couple(tmp_path_factory.mktemp("template") / "household")
    maya = couple.unlock("Maya")
    for i in range(12):
        maya.journal.write(Space.PRIVATE, EntryFields(title=f"private {i}", body="words " * 500))
        maya.journal.write(Space.SHARED, EntryFields(title=f"shared {i}", body="words " * 500))
    maya.lock()
    return couple


@pytest.fixture
def filled(template: Couple, tmp_path: Path) -> Couple:
    folder = tmp_path / "household"
    shutil.copytree(template.folder, folder)
    return Couple(Household.open(folder), folder, template.recovery_codes)


def the_file(couple: Couple, which: str) -> Path:
    if which == "shared":
        return couple.folder / SHARED_DB
    return couple.folder / private_db_name(couple.household.partner("Maya").id)


@pytest.mark.parametrize("which", ["private", "shared"])
@pytest.mark.parametrize("damage", DAMAGE)
def test_damage_is_a_known_error_and_the_file_is_left_alone(filled: Couple, which, damage):
    path = the_file(filled, which)
    assert path.stat().st_size >= 8 * PAGE
    damaged = DAMAGE[damage](path.read_bytes())
    path.write_bytes(damaged)
    before = {p.name for p in filled.folder.iterdir()}

    with pytest.raises(DatabaseDamaged) as caught:
        Session.start(Household.open(filled.folder).unlock("Maya", "maya-correct-horse"))

    message = str(caught.value)
    assert path.name in message
    assert any(word in message for word in ("damaged", "empty", "truncated"))
    assert "sqlite" not in message.lower()
    assert path.read_bytes() == damaged
    assert {p.name for p in filled.folder.iterdir()} == before


@pytest.mark.parametrize("which", ["private", "shared"])
def test_a_missing_database_is_a_known_error_and_not_recreated(filled: Couple, which):
    path = the_file(filled, which)
    path.unlink()
    with pytest.raises(DatabaseDamaged, match="missing"):
        filled.unlock("Maya")
    assert not path.exists()


def test_after_the_file_is_restored_everything_opens_again(filled: Couple):
    path = the_file(filled, "shared")
    good = path.read_bytes()
    path.write_bytes(good[: len(good) // 2])
    with pytest.raises(DatabaseDamaged):
        filled.unlock("Sam")
    path.write_bytes(good)
    sam = filled.unlock("Sam")
    assert sam.journal.count(Space.SHARED) == 12
    sam.lock()


def test_a_damaged_shared_file_does_not_leave_the_private_one_open(filled: Couple):
    """The private database opened first is closed again: its WAL files are gone."""
    shared = the_file(filled, "shared")
    shared.write_bytes(b"")
    with pytest.raises(DatabaseDamaged):
        filled.unlock("Maya")
    private = the_file(filled, "private")
    assert not private.with_name(private.name + "-wal").exists()
    assert not private.with_name(private.name + "-shm").exists()


# -- a damaged -wal: found before SQLite replays it ---------------------------------------

WAL_HEADER, FRAME_HEADER = 32, 24

WAL_DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "first-frame-page-flipped": _flip(WAL_HEADER + FRAME_HEADER + 100),
    "first-frame-salt-flipped": _flip(WAL_HEADER + 8),
    "first-frame-zeroed": lambda data: (
        data[:WAL_HEADER] + bytes(FRAME_HEADER + PAGE) + data[WAL_HEADER + FRAME_HEADER + PAGE :]
    ),
    "header-flipped": _flip(12),
}


def files_and_bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def crashed_copy(couple: Couple, target: Path) -> Couple:
    """The household as a power cut leaves it: recent changes only in the -wal files."""
    maya = couple.unlock("Maya")
    for space in (Space.PRIVATE, Space.SHARED):
        maya.spaces.conn(space).execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for i in range(6):
        maya.journal.write(Space.PRIVATE, EntryFields(title=f"after the checkpoint {i}"))
        maya.journal.write(Space.SHARED, EntryFields(title=f"shared after the checkpoint {i}"))
    target.mkdir()
    for path in couple.folder.iterdir():
        if path.is_file() and not path.name.endswith("-shm"):
            shutil.copyfile(path, target / path.name)
    maya.lock()
    return Couple(Household.open(target), target, couple.recovery_codes)


@pytest.mark.parametrize("which", ["private", "shared"])
@pytest.mark.parametrize("damage", WAL_DAMAGE)
def test_a_damaged_wal_is_refused_before_it_is_replayed(
    filled: Couple, tmp_path: Path, which, damage
):
    """Issue 16: replaying it would silently drop every later commit, then delete the log."""
    intact = crashed_copy(filled, tmp_path / "intact")
    copy = crashed_copy(filled, tmp_path / "crashed")
    wal = the_file(copy, which).with_name(the_file(copy, which).name + "-wal")
    assert wal.stat().st_size > WAL_HEADER + 6 * (FRAME_HEADER + PAGE)
    wal.write_bytes(WAL_DAMAGE[damage](wal.read_bytes()))
    before = files_and_bytes(copy.folder)

    with pytest.raises(DatabaseDamaged) as caught:
        Household.open(copy.folder).unlock("Maya", "maya-correct-horse")
    message = str(caught.value)
    assert f"{the_file(copy, which).name} cannot be opened safely" in message
    assert "changes saved after the damaged point would be lost" in message or (
        "damaged header" in message
    )
    assert "Restore your last backup" in message
    assert files_and_bytes(copy.folder) == before  # the damaged log is kept, whole

    # The same log undamaged replays every change: no false alarm after a crash.
    maya = intact.unlock("Maya")
    assert maya.journal.count(Space.PRIVATE) == 18 and maya.journal.count(Space.SHARED) == 18
    maya.lock()


def test_unlock_writes_nothing_onto_a_damaged_page_it_would_write(filled: Couple):
    """The settings page unlock records "last opened" in fails its HMAC: nothing is written."""
    maya = filled.unlock("Maya")
    root = (
        maya.spaces.conn(Space.PRIVATE)
        .execute("SELECT rootpage FROM sqlite_master WHERE name = 'meta'")
        .fetchone()[0]
    )
    maya.lock()
    path = the_file(filled, "private")
    data = bytearray(path.read_bytes())
    data[(root - 1) * PAGE + 200] ^= 0xFF
    path.write_bytes(bytes(data))
    before = files_and_bytes(filled.folder)

    with pytest.raises(DatabaseDamaged, match=f"{path.name} is damaged and cannot be opened"):
        Household.open(filled.folder).unlock("Maya", "maya-correct-horse")
    assert files_and_bytes(filled.folder) == before


def test_after_a_crash_every_page_is_checked_before_the_log_is_written_back(
    filled: Couple, tmp_path: Path
):
    """A log left by a crash: a damaged page anywhere stops unlock before any checkpoint."""
    copy = crashed_copy(filled, tmp_path / "crashed")
    path = the_file(copy, "private")
    data = bytearray(path.read_bytes())
    data[len(data) // 2 + 300] ^= 0xFF
    path.write_bytes(bytes(data))
    before = files_and_bytes(copy.folder)

    with pytest.raises(DatabaseDamaged, match=f"{path.name} is damaged and cannot be opened"):
        Household.open(copy.folder).unlock("Maya", "maya-correct-horse")
    assert files_and_bytes(copy.folder) == before


def test_damage_and_a_busy_household_are_told_in_the_readers_language(tmp_path):
    from toward.core.i18n import in_words
    from toward.translations import use_language
    from toward.vault.database import check_files
    from toward.vault.errors import DatabaseDamaged
    from toward.vault.locks import busy

    empty = tmp_path / "shared.db"
    empty.write_bytes(b"")
    with pytest.raises(DatabaseDamaged) as damaged:
        check_files(empty)
    use_language("de")
    try:
        said = in_words(damaged.value), in_words(busy(tmp_path))
    finally:
        use_language("en")
    assert str(damaged.value).startswith("shared.db is empty: the file was truncated.")
    assert said[0].startswith("shared.db ist leer: Die Datei wurde abgeschnitten.")
    assert said[1].startswith(f"Toward ist gerade mit diesem Haushalt ({tmp_path}) beschäftigt")
