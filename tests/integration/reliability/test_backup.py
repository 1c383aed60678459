"""Backups hold the encrypted files as they are, are verified, and restore only into empty ones."""

from __future__ import annotations

import threading
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.conftest import PASSWORDS, Couple
from toward import Household, WrongPassword
from toward.backup import (
    MANIFEST_NAME,
    BackupDamaged,
    BackupPlan,
    RestoreRefused,
    create_backup,
    restore_backup,
    run_rolling_backup,
    session_keys,
    verify_backup,
)
from toward.core.journal import EntryFields
from toward.core.spaces import Space
from toward.household import SHARED_DB, private_db_name
from toward.session import Session
from toward.vault.keystore import KEYSTORE_NAME


def restore_and_count(archive: Path, folder: Path, name: str = "Maya") -> tuple[int, int]:
    restore_backup(archive, folder, partner=name, password=PASSWORDS[name])
    session = Session.start(Household.open(folder).unlock(name, PASSWORDS[name]))
    try:
        return session.journal.count(Space.PRIVATE), session.journal.count(Space.SHARED)
    finally:
        session.lock()


def test_backup_holds_the_files_as_they_are_and_restores(couple: Couple, tmp_path: Path):
    maya = couple.unlock("Maya")
    maya.journal.write(Space.PRIVATE, EntryFields(title="only mine", body="a private line"))
    maya.journal.write(Space.SHARED, EntryFields(title="ours", body="a shared line"))
    maya.lock()  # closed: every database is checkpointed, so the files are whole
    out = tmp_path / "backups" / "one.zip"

    report = create_backup(couple.folder, out)

    assert out.exists() and not out.with_name("one.zip.tmp").exists()
    assert report.integrity_checked == ()
    with zipfile.ZipFile(out) as archive:
        for entry in report.manifest.files:
            assert archive.read(entry.name) == (couple.folder / entry.name).read_bytes()
        assert b"a private line" not in b"".join(archive.read(n) for n in archive.namelist())
    names = {f.name for f in report.manifest.files}
    assert {KEYSTORE_NAME, SHARED_DB} <= names
    assert all(private_db_name(p.id) in names for p in couple.household.partners)

    assert restore_and_count(out, tmp_path / "restored") == (1, 1)
    sam = Session.start(Household.open(tmp_path / "restored").unlock("Sam", PASSWORDS["Sam"]))
    assert sam.journal.count(Space.SHARED) == 1
    sam.lock()


def test_with_the_session_keys_the_copy_is_integrity_checked(couple: Couple, tmp_path: Path):
    maya = couple.unlock("Maya")
    maya.journal.write(Space.PRIVATE, EntryFields(title="open while backed up"))
    report = create_backup(couple.folder, tmp_path / "b.zip", keys=session_keys([maya]))
    maya.journal.write(Space.PRIVATE, EntryFields(title="after the backup"))
    maya.lock()
    maya_db = private_db_name(couple.household.partner("Maya").id)
    assert set(report.integrity_checked) == {maya_db, SHARED_DB}
    assert verify_backup(tmp_path / "b.zip").manifest.household_id == couple.household.id
    assert restore_and_count(tmp_path / "b.zip", tmp_path / "restored") == (1, 0)


@pytest.mark.parametrize("with_keys", [True, False], ids=["locked-copy", "stable-copy"])
def test_backups_taken_during_a_burst_of_writes_are_consistent(
    couple: Couple, tmp_path: Path, with_keys: bool
):
    """Writes go on in another thread while backups are taken; every backup opens whole."""
    maya = couple.unlock("Maya")
    stop = threading.Event()
    written: list[int] = []
    # Without the keys, the copy waits for a quiet moment; a person's writes leave many, a
    # loop without pauses none (the lock-taking copy needs none).
    pause = 0 if with_keys else 0.1

    def writer() -> None:
        while not stop.is_set():
            maya.journal.write(
                Space.PRIVATE, EntryFields(title=f"entry {len(written)}", body="x" * 3000)
            )
            maya.journal.write(Space.SHARED, EntryFields(title=f"shared {len(written)}"))
            written.append(1)
            stop.wait(pause)

    thread = threading.Thread(target=writer)
    thread.start()
    counts = []
    try:
        keys = session_keys([maya]) if with_keys else {}
        for i in range(4):
            while len(written) < 5 * (i + 1):
                stop.wait(0.01)
            report = create_backup(couple.folder, tmp_path / f"b{i}.zip", keys=keys)
            assert len(report.integrity_checked) == (2 if with_keys else 0)
            counts.append(restore_and_count(tmp_path / f"b{i}.zip", tmp_path / f"r{i}"))
    finally:
        stop.set()
        thread.join()
        maya.lock()
    # Each database is copied whole at one moment (restore checked its integrity); the two
    # are separate files, copied one after the other, so their counts may differ.
    for which in (0, 1):
        assert [c[which] for c in counts] == sorted(c[which] for c in counts)
    assert counts[-1][0] >= 15


def test_restore_refuses_a_folder_that_is_not_empty(couple: Couple, tmp_path: Path):
    create_backup(couple.folder, tmp_path / "b.zip")
    target = tmp_path / "target"
    target.mkdir()
    (target / "notes.txt").write_text("mine")
    with pytest.raises(RestoreRefused, match="not empty"):
        restore_backup(tmp_path / "b.zip", target, partner="Maya", password=PASSWORDS["Maya"])
    assert [p.name for p in target.iterdir()] == ["notes.txt"]
    with pytest.raises(RestoreRefused):
        restore_backup(
            tmp_path / "b.zip", couple.folder, partner="Maya", password=PASSWORDS["Maya"]
        )


def test_restore_into_an_existing_empty_folder(couple: Couple, tmp_path: Path):
    create_backup(couple.folder, tmp_path / "b.zip")
    (tmp_path / "empty").mkdir()
    assert restore_and_count(tmp_path / "b.zip", tmp_path / "empty", "Sam") == (0, 0)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.zip", "empty", "household"]


def test_a_wrong_password_restores_nothing_and_leaves_nothing(couple: Couple, tmp_path: Path):
    create_backup(couple.folder, tmp_path / "b.zip")
    with pytest.raises(WrongPassword):
        restore_backup(
            tmp_path / "b.zip", tmp_path / "target", partner="Maya", password="nope nope"
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.zip", "household"]


def test_an_unknown_partner_restores_nothing(couple: Couple, tmp_path: Path):
    create_backup(couple.folder, tmp_path / "b.zip")
    with pytest.raises(Exception, match="No partner called Alex in this backup"):
        restore_backup(tmp_path / "b.zip", tmp_path / "t", partner="Alex", password="whatever1")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.zip", "household"]


def _rewrite(archive: Path, change) -> None:
    with zipfile.ZipFile(archive) as source:
        entries = {name: source.read(name) for name in source.namelist()}
    change(entries)
    with zipfile.ZipFile(archive, "w") as target:
        for name, data in entries.items():
            target.writestr(name, data)


def _flip_shared(entries: dict[str, bytes]) -> None:
    data = bytearray(entries[SHARED_DB])
    data[5000] ^= 0x01
    entries[SHARED_DB] = bytes(data)


DAMAGED_BACKUPS = {
    "flipped-byte": _flip_shared,
    "file-dropped": lambda e: e.pop(SHARED_DB),
    "extra-file": lambda e: e.update({"../escape.db": b"x"}),
    "no-manifest": lambda e: e.pop(MANIFEST_NAME),
    "manifest-garbage": lambda e: e.update({MANIFEST_NAME: b"\xff\x00{"}),
    "manifest-newer": lambda e: e.update(
        {MANIFEST_NAME: e[MANIFEST_NAME].replace(b'"format": 1', b'"format": 99')}
    ),
    "manifest-foreign-name": lambda e: e.update(
        {MANIFEST_NAME: e[MANIFEST_NAME].replace(b'"shared.db"', b'"../shared.db"')}
    ),
}


@pytest.mark.parametrize("damage", DAMAGED_BACKUPS)
def test_a_damaged_backup_is_refused_and_restores_nothing(couple: Couple, tmp_path: Path, damage):
    archive = tmp_path / "b.zip"
    create_backup(couple.folder, archive)
    _rewrite(archive, DAMAGED_BACKUPS[damage])
    with pytest.raises(BackupDamaged):
        verify_backup(archive)
    with pytest.raises(BackupDamaged):
        restore_backup(archive, tmp_path / "t", partner="Maya", password=PASSWORDS["Maya"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.zip", "household"]


@pytest.mark.parametrize("content", [b"", b"not a zip at all", b"PK\x03\x04" + bytes(100)])
def test_a_file_that_is_not_a_backup(tmp_path: Path, content: bytes):
    (tmp_path / "b.zip").write_bytes(content)
    with pytest.raises(BackupDamaged, match="not a Toward backup"):
        verify_backup(tmp_path / "b.zip")


def test_rolling_backups_once_a_day_keeping_the_last_n(couple: Couple, tmp_path: Path):
    plan = BackupPlan(tmp_path / "daily", keep=3)
    first = date(2026, 3, 1)
    for offset in range(5):
        assert run_rolling_backup(couple.folder, plan, today=first + timedelta(days=offset))
    assert run_rolling_backup(couple.folder, plan, today=first + timedelta(days=4)) is None
    (tmp_path / "daily" / "holiday.zip").write_bytes(b"someone else's")
    run_rolling_backup(couple.folder, plan, today=first + timedelta(days=5))
    kept = sorted(p.name for p in (tmp_path / "daily").iterdir())
    prefix = f"toward-backup-{couple.household.id[:8]}"
    assert kept == ["holiday.zip"] + [f"{prefix}-2026-03-0{d}.zip" for d in (4, 5, 6)]


def test_rolling_backups_are_off_without_a_folder(couple: Couple):
    assert run_rolling_backup(couple.folder, BackupPlan(None), today=date(2026, 3, 1)) is None
