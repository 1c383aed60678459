"""A fresh database copy once a computer's op files outgrow a share of its space
(copies.keep_copy_fresh): a computer joining years later applies only what came after it,
the writer's older copy goes once the new one is whole, and a joiner that finds a copy
gone falls back to the op files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import PASSWORDS, Couple
from tests.integration.sync.support import Computer
from toward import sync
from toward.core.journal import EntryFields
from toward.core.spaces import Space
from toward.sync import copies
from toward.sync.folder import SyncFolder
from toward.sync.local import read_link
from toward.sync.sealing import SHARED_SPACE

PNG = b"\x89PNG\r\n\x1a\n"


def _own_copies(folder: Path, device: str) -> list[int]:
    return sorted(seq for d, seq, _ in SyncFolder(folder).copies(SHARED_SPACE) if d == device)


def _files_since(folder: Path, device: str, seq: int) -> int:
    root = folder / SHARED_SPACE / device
    return sum(p.stat().st_size for p in root.glob("*.op") if int(p.stem) > seq)


def _database_size(computer: Computer) -> int:
    conn = computer.session.spaces.conn(Space.SHARED)
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    return pages * int(conn.execute("PRAGMA page_size").fetchone()[0])


def _pictures(computer: Computer) -> list[str]:
    conn = computer.session.spaces.conn(Space.SHARED)
    return sorted(r[0] for r in conn.execute("SELECT id FROM journal_images"))


@pytest.fixture
def home(couple: Couple, tmp_path: Path):
    computer = Computer("home", couple.folder, "Maya", PASSWORDS["Maya"])
    computer.session.journal.write(Space.SHARED, EntryFields(title="before", body="words"))
    sync.link(computer.folder, tmp_path / "sync", computer.session, device_name="Home")
    yield computer
    computer.close()


def test_a_fresh_copy_replaces_the_old_once_the_files_since_outgrow_a_quarter(
    home: Computer, tmp_path: Path
):
    folder = tmp_path / "sync"
    device = read_link(home.folder).device_id  # type: ignore[union-attr]
    [first] = _own_copies(folder, device)
    entry = home.session.journal.write(Space.SHARED, EntryFields(title="pictures", body="x"))
    for n in range(60):
        home.session.journal.images.attach(entry, f"{n}.png", PNG + os.urandom(30_000))
        home.exchange()
        found = _own_copies(folder, device)
        if found != [first]:
            break
        # No copy while this computer's files since its copy weigh a quarter or less.
        assert _files_since(folder, device, first) <= _database_size(home) * copies.FRESH_SHARE
    else:
        pytest.fail("no fresh copy was written")
    # One copy of its own: the fresh one, of its last op file; the older one is gone.
    highest = SyncFolder(folder).highest_seq(SHARED_SPACE, device)
    assert found == [highest] and highest > first
    # Nothing more is due: the next exchange writes no other copy.
    home.exchange()
    assert _own_copies(folder, device) == [highest]

    joined = sync.join_own(folder, tmp_path / "laptop", "Maya", PASSWORDS["Maya"])
    laptop = Computer("laptop", tmp_path / "laptop", "Maya", PASSWORDS["Maya"])
    try:
        assert joined.report.files_read == 0  # everything came in the fresh copy
        assert _pictures(laptop) == _pictures(home) and len(_pictures(home)) == n + 1
    finally:
        laptop.close()


def test_no_fresh_copy_while_the_files_since_are_small(home: Computer, tmp_path: Path):
    folder = tmp_path / "sync"
    device = read_link(home.folder).device_id  # type: ignore[union-attr]
    before = _own_copies(folder, device)
    for n in range(3):
        home.session.journal.write(Space.SHARED, EntryFields(title=f"small {n}", body="a"))
        home.exchange()
    assert _own_copies(folder, device) == before


def test_a_joiner_that_finds_a_copy_removed_as_it_reads_applies_the_op_files(
    home: Computer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    folder = tmp_path / "sync"
    listed = SyncFolder.copies

    def removed_once_listed(self: SyncFolder, space: str) -> list[tuple[str, int, Path]]:
        found = listed(self, space)
        for _, _, path in found:  # its writer removes it, a newer one being whole
            path.unlink()
        return found

    monkeypatch.setattr(SyncFolder, "copies", removed_once_listed)
    joined = sync.join_own(folder, tmp_path / "laptop", "Maya", PASSWORDS["Maya"])
    laptop = Computer("laptop", tmp_path / "laptop", "Maya", PASSWORDS["Maya"])
    try:
        assert joined.report.files_read > 0  # every op file, none of them removed
        titles = sorted(e.title for e in laptop.session.journal.entries(Space.SHARED))
        assert titles == sorted(e.title for e in home.session.journal.entries(Space.SHARED))
        assert "before" in titles
    finally:
        laptop.close()
