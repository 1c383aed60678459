"""`toward export-data` and `toward import-data` as a script runs them."""

from __future__ import annotations

import json

from tests.conftest import PASSWORDS, make_couple
from tests.e2e.conftest import run_toward
from toward.core.journal import EntryFields
from toward.core.spaces import Space


def test_export_then_import_into_a_new_household(tmp_path):
    couple = make_couple(tmp_path / "household")
    maya = couple.unlock("Maya")
    maya.journal.write(Space.PRIVATE, EntryFields(title="kept", body="my own words"))
    maya.lock()
    out = tmp_path / "out"
    exported = run_toward(
        ["export-data", "--data-dir", str(couple.folder), "--partner", "Maya", "--out", str(out)],
        stdin=PASSWORDS["Maya"] + "\n",
    )
    assert exported.returncode == 0, exported.stdout + exported.stderr
    assert "not encrypted" in exported.stderr
    assert "Exported 1 journal entries" in exported.stdout
    assert json.loads((out / "toward-export.json").read_text())["version"] == 1

    other = make_couple(tmp_path / "other")
    imported = run_toward(
        ["import-data", "--data-dir", str(other.folder), "--partner", "Maya", str(out)],
        stdin=PASSWORDS["Maya"] + "\n",
    )
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert "added 1 journal entry." in imported.stdout
    again = run_toward(
        ["import-data", "--data-dir", str(other.folder), "--partner", "Maya", str(out)],
        stdin=PASSWORDS["Maya"] + "\n",
    )
    assert "added nothing" in again.stdout and "already in Toward" in again.stdout


def test_encrypted_archive_and_its_password_on_stdin(tmp_path):
    couple = make_couple(tmp_path / "household")
    archive = tmp_path / "mine.zip"
    folder = str(couple.folder)
    exported = run_toward(
        ["export-data", "--data-dir", folder, "--partner", "Sam", "--archive", str(archive)],
        stdin=PASSWORDS["Sam"] + "\narchive password\n",
    )
    assert exported.returncode == 0, exported.stdout + exported.stderr
    assert archive.is_file() and "not encrypted" not in exported.stderr
    first = archive.read_bytes()
    again = run_toward(
        ["export-data", "--data-dir", folder, "--partner", "Sam", "--archive", str(archive)],
        stdin=PASSWORDS["Sam"] + "\narchive password\n",
    )
    assert again.returncode == 1 and "already exists" in again.stderr
    assert archive.read_bytes() == first
    wrong = run_toward(
        ["import-data", "--data-dir", str(couple.folder), "--partner", "Sam", str(archive)],
        stdin=PASSWORDS["Sam"] + "\nnot the password\n",
    )
    assert wrong.returncode == 1
    assert "That password does not open this archive." in wrong.stderr
    assert "Traceback" not in wrong.stderr


def test_usage_and_bad_files(tmp_path):
    couple = make_couple(tmp_path / "household")
    both = run_toward(["export-data", "--data-dir", str(couple.folder), "--partner", "Maya"])
    assert both.returncode == 2 and "either --out DIR or --archive" in both.stderr
    bad = tmp_path / "bad.json"
    bad.write_text('{"entries": 3}')
    refused = run_toward(
        ["import-data", "--data-dir", str(couple.folder), "--partner", "Maya", str(bad)],
        stdin=PASSWORDS["Maya"] + "\n",
    )
    assert refused.returncode == 1
    assert "is not a file Toward can import" in refused.stderr
    assert "Traceback" not in refused.stderr
