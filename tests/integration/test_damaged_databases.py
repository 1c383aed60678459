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
