"""`toward backup` and `toward restore` as a person runs them, in a subprocess."""

from __future__ import annotations

from tests.conftest import PASSWORDS, make_couple
from tests.e2e.conftest import run_toward
from toward import Household
from toward.core.journal import EntryFields
from toward.core.spaces import Space
from toward.session import Session


def test_backup_then_restore_with_a_password_on_stdin(tmp_path):
    couple = make_couple(tmp_path / "household")
    maya = couple.unlock("Maya")
    maya.journal.write(Space.PRIVATE, EntryFields(title="kept safe"))
    maya.lock()
    out = tmp_path / "backups" / "toward.zip"

    made = run_toward(["backup", str(out), "--data-dir", str(couple.folder)])
    assert made.returncode == 0, made.stderr
    assert f"to {out}" in made.stdout and "checked" in made.stdout

    target = tmp_path / "restored"
    restored = run_toward(
        ["restore", str(out), "--data-dir", str(target), "--partner", "maya"],
        stdin=PASSWORDS["Maya"] + "\n",
    )
    assert restored.returncode == 0, restored.stderr
    assert "Maya's password opens it" in restored.stdout
    session = Session.start(Household.open(target).unlock("Maya", PASSWORDS["Maya"]))
    assert session.journal.count(Space.PRIVATE) == 1
    session.lock()


def test_restore_never_overwrites_and_a_wrong_password_leaves_nothing(tmp_path):
    couple = make_couple(tmp_path / "household")
    out = tmp_path / "toward.zip"
    assert run_toward(["--data-dir", str(couple.folder), "backup", str(out)]).returncode == 0
    before = sorted(p.name for p in couple.folder.iterdir())

    over = run_toward(
        ["restore", str(out), "--data-dir", str(couple.folder), "--partner", "Sam"],
        stdin=PASSWORDS["Sam"] + "\n",
    )
    assert over.returncode == 1
    assert "is not empty" in over.stderr
    assert sorted(p.name for p in couple.folder.iterdir()) == before

    wrong = run_toward(
        ["restore", str(out), "--data-dir", str(tmp_path / "new"), "--partner", "Sam"],
        stdin="not-his-password\n",
    )
    assert wrong.returncode == 1
    assert "That password doesn't open Sam's space." in wrong.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["household", "toward.zip"]

    unnamed = run_toward(["restore", str(out), "--data-dir", str(tmp_path / "new")])
    assert unnamed.returncode == 2
    assert "--partner NAME (Maya, Sam)" in unnamed.stderr
    assert "Traceback" not in over.stderr + wrong.stderr + unnamed.stderr


def test_backup_of_a_folder_with_no_household(tmp_path):
    result = run_toward(["backup", str(tmp_path / "b.zip"), "--data-dir", str(tmp_path / "none")])
    assert result.returncode == 1
    assert "No household in" in result.stderr
    assert not (tmp_path / "b.zip").exists()
    assert "Traceback" not in result.stderr
