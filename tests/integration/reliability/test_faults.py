"""A full disk, a read-only folder, a database from a newer version: clear errors, nothing lost.

Each case checks the message, that nothing already written was lost or changed, and the way
out (free space and carry on, open read-only, update Toward).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSWORDS, Couple, make_couple
from tests.integration.reliability.mounts import make_read_only, make_writable, small_disk
from toward import DatabaseTooNew, Household, StorageFull, StorageReadOnly, WrongPassword
from toward.backup import create_backup, session_keys
from toward.core.journal import EntryFields
from toward.core.spaces import Space
from toward.session import Session
from toward.vault.database import integrity_problems
from toward.vault.keystore import KEYSTORE_NAME


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def fill(folder: Path) -> Path:
    """Take every free byte of the file system holding `folder`."""
    filler = folder / "filler"
    # Unbuffered, then byte by byte at the end: nothing is left over to fail on close.
    with open(filler, "wb", buffering=0) as handle:
        for size in (65536, 4096, 1):
            try:
                while handle.write(b"\0" * size):
                    pass
            except OSError:
                pass
    return filler


def test_a_full_disk_refuses_the_write_and_keeps_everything(tmp_path: Path):
    with small_disk(tmp_path / "disk", 3072) as disk:
        couple = make_couple(disk / "household")
        maya = couple.unlock("Maya")
        maya.journal.write(Space.PRIVATE, EntryFields(title="before", body="kept"))
        filler = fill(disk)
        big = "words " * 20000
        with pytest.raises(StorageFull, match=r"is full\. Nothing was changed"):
            for _ in range(200):
                maya.journal.write(Space.PRIVATE, EntryFields(title="too much", body=big))
        written = maya.journal.count(Space.PRIVATE)
        maya.lock()

        filler.unlink()  # the way out: free some space, and carry on
        maya = couple.unlock("Maya")
        assert maya.journal.count(Space.PRIVATE) == written
        assert integrity_problems(maya.spaces.conn(Space.PRIVATE)) == []
        maya.journal.write(Space.PRIVATE, EntryFields(title="after", body="room again"))
        assert maya.journal.count(Space.PRIVATE) == written + 1
        maya.lock()


def test_a_full_disk_keeps_the_old_password_and_leaves_no_half_files(tmp_path: Path):
    with small_disk(tmp_path / "disk", 3072) as disk:
        couple = make_couple(disk / "household")
        maya = couple.unlock("Maya")
        keystore = (couple.folder / KEYSTORE_NAME).read_bytes()
        filler = fill(disk)
        with pytest.raises(StorageFull):
            maya.change_password(PASSWORDS["Maya"], "a whole new password")
        with pytest.raises(StorageFull):
            create_backup(couple.folder, disk / "backup.zip")
        maya.lock()
        assert (couple.folder / KEYSTORE_NAME).read_bytes() == keystore
        assert not list(disk.glob("backup.zip*"))
        assert not list(couple.folder.glob("*.tmp"))
        filler.unlink()
        couple.unlock("Maya").lock()


@pytest.fixture
def read_only_couple(tmp_path: Path):
    with small_disk(tmp_path / "disk", 8192) as disk:
        couple = make_couple(disk / "household")
        maya = couple.unlock("Maya")
        maya.journal.write(Space.PRIVATE, EntryFields(title="readable", body="still here"))
        maya.journal.write(Space.SHARED, EntryFields(title="ours"))
        maya.lock()
        make_read_only(disk)
        try:
            yield couple
        finally:
            make_writable(disk)


def test_a_read_only_folder_is_said_plainly(read_only_couple: Couple):
    before = files_of(read_only_couple.folder)
    with pytest.raises(StorageReadOnly, match="cannot open"):
        Session.start(Household.open(read_only_couple.folder).unlock("Maya", PASSWORDS["Maya"]))
    assert files_of(read_only_couple.folder) == before


def test_read_only_mode_reads_and_refuses_every_change(read_only_couple: Couple):
    folder = read_only_couple.folder
    before = files_of(folder)
    household = Household.open(folder, read_only=True)
    with pytest.raises(WrongPassword):
        Session.start(household.unlock("Maya", "not her password"))
    maya = Session.start(household.unlock("Maya", PASSWORDS["Maya"]))
    try:
        assert maya.journal.count(Space.PRIVATE) == 1
        assert maya.journal.count(Space.SHARED) == 1
        assert integrity_problems(maya.spaces.conn(Space.PRIVATE)) == []
        report = create_backup(folder, folder.parent.parent / "b.zip", keys=session_keys([maya]))
        assert len(report.integrity_checked) == 2  # a read-only household can be backed up
        with pytest.raises(StorageReadOnly, match="cannot write"):
            maya.journal.write(Space.PRIVATE, EntryFields(title="refused"))
        with pytest.raises(StorageReadOnly):
            maya.settings.auto_lock_minutes = 10
        with pytest.raises(StorageReadOnly):
            maya.change_password(PASSWORDS["Maya"], "a whole new password")
        assert maya.journal.count(Space.PRIVATE) == 1
    finally:
        maya.lock()
    sam = Session.start(household.unlock("Sam", PASSWORDS["Sam"]))
    assert sam.journal.count(Space.SHARED) == 1
    sam.lock()
    assert files_of(folder) == before


def test_a_database_from_a_newer_version_is_left_alone(couple: Couple):
    maya = couple.unlock("Maya")
    maya.spaces.conn(Space.SHARED).execute("PRAGMA user_version = 999")
    maya.lock()
    before = files_of(couple.folder)
    with pytest.raises(DatabaseTooNew, match="newer version of Toward"):
        couple.unlock("Sam")
    with pytest.raises(DatabaseTooNew):
        Session.start(Household.open(couple.folder, read_only=True).unlock("Sam", PASSWORDS["Sam"]))
    after = files_of(couple.folder)
    after.pop("attempts.json", None)
    before.pop("attempts.json", None)
    assert after == before


def test_read_only_mode_on_a_writable_copy_changes_nothing(couple: Couple, tmp_path: Path):
    """Read-only mode is honest anywhere: even where it could write, it does not."""
    copy = tmp_path / "copy"
    shutil.copytree(couple.folder, copy)
    before = files_of(copy)
    session = Session.start(Household.open(copy, read_only=True).unlock("Maya", PASSWORDS["Maya"]))
    with pytest.raises(StorageReadOnly):
        session.journal.write(Space.PRIVATE, EntryFields(title="refused"))
    session.lock()
    assert files_of(copy) == before
