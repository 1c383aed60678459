"""`toward doctor` on each kind of damage: one clear line, and it never changes a file."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSWORDS, Couple, make_couple
from tests.integration.reliability.mounts import make_read_only, make_writable, small_disk
from tests.integration.reliability.test_faults import files_of, fill
from toward.cli.doctor import run_doctor
from toward.core.journal import EntryFields
from toward.core.spaces import Space
from toward.household import SHARED_DB, private_db_name
from toward.vault.keystore import BACKUP_NAME, KEYSTORE_NAME


def doctor(folder: Path, partner: str | None = "Maya") -> tuple[int, list[str]]:
    out = io.StringIO()
    code = run_doctor(
        folder,
        partner=partner,
        read_password=lambda prompt: PASSWORDS[partner] if partner else None,
        choose_partner=lambda prompt, names: None,
        out=out,
    )
    lines = [line.strip() for line in out.getvalue().splitlines()]
    return code, [line for line in lines if line.startswith("problem")]


def flip_middle_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2 + 100] ^= 0xFF
    path.write_bytes(bytes(data))


def _maya_db(couple: Couple) -> Path:
    return couple.folder / private_db_name(couple.household.partner("Maya").id)


DAMAGE = {
    "truncated-to-a-page": (
        lambda c: (c.folder / SHARED_DB).write_bytes((c.folder / SHARED_DB).read_bytes()[:4096]),
        "shared.db is damaged",
    ),
    "cut-mid-page": (
        lambda c: (c.folder / SHARED_DB).write_bytes((c.folder / SHARED_DB).read_bytes()[:-100]),
        "not a whole number of pages",
    ),
    "flipped-bytes-in-a-page": (
        lambda c: flip_middle_page(_maya_db(c)),
        "fails its integrity check",
    ),
    "keystore-damaged-with-bak": (
        lambda c: (c.folder / KEYSTORE_NAME).write_text("{", "utf-8"),
        "Toward opened its previous copy",
    ),
    "keystore-missing-with-bak": (
        lambda c: (c.folder / KEYSTORE_NAME).unlink(),
        "household file was missing",
    ),
    "keystore-damaged-no-bak": (
        lambda c: ((c.folder / BACKUP_NAME).unlink(), (c.folder / KEYSTORE_NAME).write_text("[")),
        "household.json: The household file is damaged.",
    ),
    "newer-database": (
        lambda c: _set_version(c, 999),
        "newer version of Toward",
    ),
}


def _set_version(couple: Couple, version: int) -> None:
    maya = couple.unlock("Maya")
    maya.spaces.conn(Space.SHARED).execute(f"PRAGMA user_version = {version}")
    maya.lock()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Couple:
    couple = make_couple(tmp_path_factory.mktemp("doctor") / "household")
    maya = couple.unlock("Maya")
    for i in range(8):
        maya.journal.write(Space.PRIVATE, EntryFields(title=f"p{i}", body="words " * 400))
        maya.journal.write(Space.SHARED, EntryFields(title=f"s{i}", body="words " * 400))
    maya.lock()
    return couple


@pytest.mark.parametrize("damage", DAMAGE)
def test_each_damage_is_one_clear_problem_and_nothing_changes(
    template: Couple, tmp_path: Path, damage: str
):
    folder = tmp_path / "household"
    shutil.copytree(template.folder, folder)
    couple = Couple(template.household.__class__.open(folder), folder, template.recovery_codes)
    change, expected = DAMAGE[damage]
    change(couple)
    before = files_of(folder)
    code, problems = doctor(folder)
    assert code == 1
    assert any(expected in line for line in problems), problems
    assert not any("Traceback" in line or "sqlite" in line.lower() for line in problems)
    after = files_of(folder)
    for name in ("attempts.json",):
        before.pop(name, None), after.pop(name, None)
    assert after == before


def test_a_read_only_folder_is_reported_and_still_checked(template: Couple, tmp_path: Path):
    with small_disk(tmp_path / "disk", 8192) as disk:
        shutil.copytree(template.folder, disk / "household")
        make_read_only(disk)
        try:
            code, problems = doctor(disk / "household")
        finally:
            make_writable(disk)
    assert code == 1
    assert len(problems) == 1 and "cannot be written to" in problems[0], problems


def test_a_full_disk_is_reported(tmp_path: Path):
    with small_disk(tmp_path / "disk", 3072) as disk:
        make_couple(disk / "household")
        fill(disk)
        code, problems = doctor(disk / "household")
    assert code == 1
    assert len(problems) == 1 and "is full or nearly" in problems[0], problems
