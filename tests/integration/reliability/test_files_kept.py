"""Restores, file modes and leftovers: the promises about files on disk, on real folders."""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

import pytest

from tests.conftest import PASSWORDS, Couple, make_couple
from tests.e2e.conftest import run_toward
from tests.integration.reliability.mounts import (
    make_mount_point_read_only,
    small_disk,
)
from tests.integration.reliability.test_doctor_faults import doctor
from toward import Household, WrongPassword
from toward.backup import create_backup, restore_backup
from toward.household import private_db_name
from toward.session import Session
from toward.vault.leftovers import SETTLED_S


def modes(folder: Path) -> dict[str, int]:
    return {p.name: stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir() if p.is_file()}


def age(path: Path) -> None:
    old = path.stat().st_mtime - SETTLED_S - 60
    os.utime(path, (old, old))


@pytest.fixture(autouse=True)
def usual_umask():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_every_file_is_0660_in_a_group_shared_folder_and_0600_elsewhere(tmp_path: Path):
    folder = tmp_path / "household"
    folder.mkdir()
    folder.chmod(0o2770)
    couple = make_couple(folder)
    maya = couple.unlock("Maya")
    with pytest.raises(WrongPassword):  # a wrong password writes the attempts file too
        couple.household.unlock("Sam", "not-sams-password")
    found = modes(folder)
    assert "household.json" in found and any(n.endswith(".db") for n in found)
    assert found == dict.fromkeys(found, 0o660), found
    maya.lock()
    # Anywhere else: the owner's alone.
    private = make_couple(tmp_path / "private")
    found = modes(private.folder)
    assert found == dict.fromkeys(found, 0o600), found


def test_restored_files_get_the_modes_new_ones_get(couple: Couple, tmp_path: Path):
    archive = tmp_path / "toward.zip"
    create_backup(couple.folder, archive)
    private = tmp_path / "private"
    restore_backup(archive, private, partner="Maya", password=PASSWORDS["Maya"])
    assert set(modes(private).values()) == {0o600}
    group = tmp_path / "group"
    group.mkdir()
    group.chmod(0o2770)
    restore_backup(archive, group, partner="Maya", password=PASSWORDS["Maya"])
    assert set(modes(group).values()) == {0o660}


def test_a_restore_into_an_empty_group_folder_under_a_parent_it_cannot_write(
    couple: Couple, tmp_path: Path
):
    """README's two-account setup: /srv/toward (root's) holding the group's household/."""
    archive = tmp_path / "toward.zip"
    create_backup(couple.folder, archive)
    with small_disk(tmp_path / "srv", 4096) as parent:
        target = parent / "household"
        target.mkdir()
        target.chmod(0o2770)
        # The folder stays writable while its parent becomes read-only.
        bound = subprocess.run(["mount", "--bind", str(target), str(target)], check=False)
        if bound.returncode != 0:
            pytest.skip("cannot bind-mount here")
        try:
            make_mount_point_read_only(parent)
            with pytest.raises(OSError):
                (parent / "probe").write_bytes(b"")
            restore_backup(archive, target, partner="Maya", password=PASSWORDS["Maya"])
            assert set(modes(target).values()) == {0o660}
            assert not [p for p in target.iterdir() if p.is_dir()]
            Session.start(
                Household.open(target, read_only=True).unlock("Sam", PASSWORDS["Sam"])
            ).lock()
        finally:
            subprocess.run(["umount", "-l", str(target)], check=False)
            subprocess.run(["mount", "-o", "remount,bind,rw", str(parent)], check=False)


def test_leftovers_are_reported_by_doctor_and_cleaned_at_the_next_start(
    couple: Couple, tmp_path: Path
):
    folder = couple.folder
    tmp = folder / ".household.json.a1b2c3.tmp"
    tmp.write_bytes(b'{"half": ')
    inside = folder / ".restoring-x1y2"
    inside.mkdir()
    (inside / "shared.db").write_bytes(b"copy")
    beside = folder.parent / f".{folder.name}.restoring-z9"
    beside.mkdir()
    orphan = folder / private_db_name("ab" * 16)
    orphan.write_bytes(b"\1" * 4096)
    for path in (tmp, inside, beside):
        age(path)
    fresh = folder / ".household.json.fresh.tmp"  # may belong to a write under way
    fresh.write_bytes(b"")

    code, problems = doctor(folder)
    report = "\n".join(problems)
    assert code == 1
    assert f"{orphan.name}: a private space whose partner is not in the household" in report
    assert tmp.exists() and inside.exists() and beside.exists()  # doctor changes nothing

    household = Household.open(folder)
    assert not tmp.exists() and not inside.exists() and not beside.exists()
    assert fresh.exists()
    assert orphan.read_bytes() == b"\1" * 4096  # never deleted: only reported
    assert household.notice is not None and orphan.name in household.notice


def test_an_interrupted_restore_inside_the_folder_does_not_block_the_next(
    couple: Couple, tmp_path: Path
):
    archive = tmp_path / "toward.zip"
    create_backup(couple.folder, archive)
    target = tmp_path / "new"
    (target / ".restoring-cut").mkdir(parents=True)
    (target / ".restoring-cut" / "household.json").write_bytes(b"{")
    restore_backup(archive, target, partner="Maya", password=PASSWORDS["Maya"])
    assert not (target / ".restoring-cut").exists()


def test_exports_and_archives_are_0600_even_in_a_shared_folder(couple: Couple, tmp_path: Path):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o2770)
    data = ["--data-dir", str(couple.folder), "--partner", "Maya"]
    for args, stdin in (
        (["export-data", *data, "--out", str(shared / "open")], PASSWORDS["Maya"]),
        (
            ["export-data", *data, "--archive", str(shared / "open.zip")],
            f"{PASSWORDS['Maya']}\nan-archive-password",
        ),
        (
            [
                *("export", *data, "--from", "2026-01-01", "--to", "2026-12-31"),
                *("--out", str(shared / "summary.md")),
            ],
            PASSWORDS["Maya"],
        ),
    ):
        result = run_toward(args, stdin=stdin + "\n")
        assert result.returncode == 0, result.stderr
    written = [p for p in shared.rglob("*") if p.is_file()]
    assert len(written) > 3
    assert {p.name: stat.S_IMODE(p.stat().st_mode) for p in written} == dict.fromkeys(
        (p.name for p in written), 0o600
    )
