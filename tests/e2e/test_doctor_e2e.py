"""`toward doctor` as a script runs it: password on stdin, report on stdout, exit code."""

from __future__ import annotations

from tests.conftest import PASSWORDS, make_couple
from tests.e2e.conftest import run_toward, toward_env


def test_healthy_household(tmp_path):
    couple = make_couple(tmp_path / "household")
    result = run_toward(
        ["doctor", "--data-dir", str(couple.folder), "--partner", "Maya"],
        stdin=PASSWORDS["Maya"] + "\n",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Everything checked looks healthy." in result.stdout
    assert "the shared space (shared.db) passes its integrity check" in result.stdout
    assert PASSWORDS["Maya"] not in result.stdout + result.stderr


def test_data_dir_before_the_command_and_from_the_environment(tmp_path):
    couple = make_couple(tmp_path / "household")
    before = run_toward(
        ["--data-dir", str(couple.folder), "doctor", "--partner", "Sam"],
        stdin=PASSWORDS["Sam"] + "\n",
    )
    assert before.returncode == 0, before.stdout + before.stderr
    from_env = run_toward(
        ["doctor", "--partner", "Sam"],
        stdin=PASSWORDS["Sam"] + "\n",
        env=toward_env(TOWARD_DATA_DIR=str(couple.folder)),
    )
    assert from_env.returncode == 0, from_env.stdout + from_env.stderr
    assert f"Checking the household in {couple.folder}" in from_env.stdout


def test_truncated_shared_database(tmp_path):
    couple = make_couple(tmp_path / "household")
    (couple.folder / "shared.db").write_bytes(b"")
    result = run_toward(
        ["doctor", "--data-dir", str(couple.folder), "--partner", "Maya"],
        stdin=PASSWORDS["Maya"] + "\n",
    )
    assert result.returncode == 1
    assert "problem  shared.db (the shared space) is empty: the file was truncated" in (
        result.stdout
    )
    assert "Traceback" not in result.stdout + result.stderr


def test_shared_database_cut_mid_file(tmp_path):
    couple = make_couple(tmp_path / "household")
    path = couple.folder / "shared.db"
    path.write_bytes(path.read_bytes()[:6000])
    result = run_toward(
        ["doctor", "--data-dir", str(couple.folder), "--partner", "Maya"],
        stdin=PASSWORDS["Maya"] + "\n",
    )
    assert result.returncode == 1
    assert "not a whole number of pages" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_wrong_password(tmp_path):
    couple = make_couple(tmp_path / "household")
    result = run_toward(
        ["doctor", "--data-dir", str(couple.folder), "--partner", "Maya"],
        stdin="not-the-password\n",
    )
    assert result.returncode == 1
    assert "That password doesn't open Maya's space." in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_no_password_on_stdin(tmp_path):
    couple = make_couple(tmp_path / "household")
    result = run_toward(["doctor", "--data-dir", str(couple.folder), "--partner", "Maya"])
    assert result.returncode == 0
    assert "Databases not checked: no password was given for Maya." in result.stdout


def test_no_household(tmp_path):
    result = run_toward(["doctor", "--data-dir", str(tmp_path / "empty")])
    assert result.returncode == 1
    assert f"No household in {tmp_path / 'empty'}." in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
