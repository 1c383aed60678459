"""A join cut short by a power-off (a process that ends at once, no clean-up run): joining
again into its data folder starts over; a folder holding anything else is left untouched
(sync/join_leftovers.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSWORDS, Couple
from tests.integration.sync.support import Computer
from toward import sync
from toward.core.journal import EntryFields
from toward.core.spaces import Space
from toward.sync import join_leftovers
from toward.sync.join_leftovers import JOINING
from toward.vault.errors import HouseholdExists
from toward.vault.keystore import KEYSTORE_NAME

# Joins in a process that ends on the spot (os._exit: nothing after it runs, as at a
# power-off) when the named function is called.
SWITCHED_OFF = """
import importlib, os, sys
from pathlib import Path
module = importlib.import_module(sys.argv[1])
setattr(module, sys.argv[2], lambda *args, **kwargs: os._exit(3))
from toward import sync
sync.join_own(Path(sys.argv[3]), Path(sys.argv[4]), "Maya", sys.stdin.readline().strip())
"""


@pytest.fixture
def linked(couple: Couple, tmp_path: Path):
    home = Computer("home", couple.folder, "Maya", PASSWORDS["Maya"])
    home.session.journal.write(Space.SHARED, EntryFields(title="together", body="words"))
    home.session.journal.write(Space.PRIVATE, EntryFields(title="alone", body="words"))
    sync.link(home.folder, tmp_path / "sync", home.session, device_name="Home")
    yield home, tmp_path / "sync"
    home.close()


def _switched_off_joining(folder: Path, data_dir: Path, module: str, function: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", SWITCHED_OFF, module, function, str(folder), str(data_dir)],
        input=PASSWORDS["Maya"] + "\n",
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ,
    )
    assert done.returncode == 3, done.stderr
    assert data_dir.is_dir() and not (data_dir / KEYSTORE_NAME).exists()
    assert (data_dir / JOINING).is_file()


def _titles(data_dir: Path, space: Space) -> list[str]:
    computer = Computer("laptop", data_dir, "Maya", PASSWORDS["Maya"])
    try:
        return sorted(e.title for e in computer.session.journal.entries(space))
    finally:
        computer.close()


@pytest.mark.parametrize(
    ("module", "function"),
    [
        ("toward.sync.copies", "open_stream"),  # while a copy is unsealed
        ("toward.sync.copies", "_make_it_this_computers"),  # a copy unsealed, not yet named
        ("toward.sync.joining", "save_keystore"),  # the databases in, the household file not
    ],
)
def test_joining_again_after_a_power_off_midway_starts_over(
    linked, tmp_path: Path, module: str, function: str
):
    _home, folder = linked
    laptop = tmp_path / "laptop"
    _switched_off_joining(folder, laptop, module, function)

    joined = sync.join_own(folder, laptop, "Maya", PASSWORDS["Maya"])
    assert joined.partner_name == "Maya"
    assert _titles(laptop, Space.SHARED) == ["together"]
    assert _titles(laptop, Space.PRIVATE) == ["alone"]
    names = {p.name for p in laptop.iterdir()}
    assert JOINING not in names and not any(n.endswith(".tmp") for n in names)


def test_a_folder_with_anything_else_beside_a_cut_short_join_is_left_untouched(
    linked, tmp_path: Path
):
    _home, folder = linked
    laptop = tmp_path / "laptop"
    _switched_off_joining(folder, laptop, "toward.sync.joining", "save_keystore")
    (laptop / "notes.txt").write_text("mine")
    before = sorted(p.name for p in laptop.iterdir())
    with pytest.raises(HouseholdExists, match="not empty"):
        sync.join_own(folder, laptop, "Maya", PASSWORDS["Maya"])
    assert sorted(p.name for p in laptop.iterdir()) == before
    assert (laptop / "notes.txt").read_text() == "mine"


def test_databases_without_a_joins_mark_are_left_untouched_and_said_so(linked, tmp_path: Path):
    _home, folder = linked
    laptop = tmp_path / "laptop"
    _switched_off_joining(folder, laptop, "toward.sync.joining", "save_keystore")
    (laptop / JOINING).unlink()  # as an earlier version's join leaves it
    before = {p.name: p.read_bytes() for p in laptop.iterdir()}
    with pytest.raises(HouseholdExists, match="interrupted") as refused:
        sync.join_own(folder, laptop, "Maya", PASSWORDS["Maya"])
    assert "join again, or choose an empty folder" in str(refused.value)
    assert {p.name: p.read_bytes() for p in laptop.iterdir()} == before


@pytest.mark.parametrize(
    ("names", "a_joins"),
    [
        ([JOINING, "shared.db", "shared.db-wal", "shared.db-shm", f"private-{'a' * 32}.db"], True),
        ([JOINING, ".shared.db.k2_x9q1a.tmp", ".shared.db.k2_x9q1a.tmp-journal"], True),
        ([JOINING, ".schema.u7r3kz0p.tmp", f".private-{'b' * 32}.db.ab12cd34.tmp.v3.bak"], True),
        ([JOINING, ".household.json.q1w2e3r4.tmp", "household.json.lock"], True),
        ([JOINING, "shared.db", "shared.db.v3.bak"], False),  # a migration's, not a join's
        ([JOINING, "private-sam.db"], False),
        ([JOINING, "shared.db", "household.json"], False),
        ([JOINING, "shared.db", "notes"], False),
        (["shared.db"], False),  # no mark: said, not deleted
    ],
)
def test_only_what_a_join_writes_with_its_mark_is_a_joins_leftover(
    tmp_path: Path, names: list[str], a_joins: bool
):
    for name in names:
        (tmp_path / name).write_bytes(b"x")
    assert join_leftovers.is_join_leftover(tmp_path) is a_joins
    if a_joins:
        join_leftovers.clear_join_leftover(tmp_path)
        assert [p.name for p in tmp_path.iterdir()] == [JOINING]


def test_a_folder_inside_is_never_a_joins_leftover(tmp_path: Path):
    (tmp_path / JOINING).write_bytes(b"x")
    (tmp_path / "shared.db").mkdir()
    assert not join_leftovers.is_join_leftover(tmp_path)
