"""`toward doctor`: the report, line by line, and its exit codes."""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path

from tests.conftest import PASSWORDS, make_couple
from toward import Household
from toward.cli.doctor import check_files, run_doctor
from toward.core.journal import EntryFields
from toward.core.spaces import Space
from toward.household import SHARED_DB, private_db_name
from toward.vault.kdf import FLOOR_COST


def doctor(folder: Path, *, partner=None, password=None, choice=None) -> tuple[int, str]:
    out = io.StringIO()
    asked: list[str] = []

    def read_password(prompt: str) -> str | None:
        asked.append(prompt)
        return password

    code = run_doctor(
        folder,
        partner=partner,
        read_password=read_password,
        choose_partner=lambda prompt, names: choice,
        out=out,
    )
    return code, out.getvalue()


def problems(report: str) -> list[str]:
    return [line.strip() for line in report.splitlines() if line.strip().startswith("problem")]


def test_healthy_household_with_a_password(couple):
    code, report = doctor(couple.folder, partner="Maya", password=PASSWORDS["Maya"])
    assert code == 0, report
    assert problems(report) == []
    assert "The password opens Maya's space" in report
    assert "Maya's private space" in report and "passes its integrity check" in report
    assert "the shared space (shared.db) passes its integrity check" in report
    assert report.rstrip().endswith("Everything checked looks healthy.")


def test_partner_name_is_matched_loosely(couple):
    code, report = doctor(couple.folder, partner="sam", password=PASSWORDS["Sam"])
    assert code == 0, report
    assert "The password opens Sam's space" in report


def test_without_a_password_only_the_files_are_checked(couple):
    code, report = doctor(couple.folder, partner="Maya", password=None)
    assert code == 0
    assert "Databases not checked: no password was given for Maya." in report
    assert "integrity check" not in report


def test_wrong_password_is_reported_and_counted(couple):
    code, report = doctor(couple.folder, partner="Maya", password="not-her-password")
    assert code == 1
    assert problems(report) == [
        "problem  That password doesn't open Maya's space. The databases were not checked."
    ]
    assert couple.household.attempts.state(couple.household.partner("Maya").id).failures == 1


def test_two_partners_and_no_name_asks_who(couple):
    code, report = doctor(couple.folder, password=PASSWORDS["Sam"], choice="Sam")
    assert code == 0, report
    assert "The password opens Sam's space" in report


def test_two_partners_a_password_and_no_name_is_a_usage_error(couple):
    code, report = doctor(couple.folder, password=PASSWORDS["Sam"], choice=None)
    assert code == 2
    assert "--partner NAME (Maya, Sam)" in report


def test_two_partners_no_name_no_password_checks_files_only(couple):
    code, report = doctor(couple.folder, password=None, choice=None)
    assert code == 0
    assert "Databases not checked" in report


def test_single_partner_needs_no_name(tmp_path):
    single = make_couple(tmp_path / "h", second=False)
    code, report = doctor(single.folder, password=PASSWORDS["Maya"])
    assert code == 0, report
    assert "The password opens Maya's space" in report


def test_unknown_partner_is_a_usage_error(couple):
    code, report = doctor(couple.folder, partner="Alex", password="whatever-pass")
    assert code == 2
    assert "No partner called Alex. Partners: Maya, Sam." in report


def test_no_household(tmp_path):
    code, report = doctor(tmp_path / "nothing-here")
    assert code == 1
    assert report.startswith(f"No household in {tmp_path / 'nothing-here'}.")


def test_household_not_set_up_yet(tmp_path):
    Household.create(tmp_path / "h", kdf_cost=FLOOR_COST)
    code, report = doctor(tmp_path / "h")
    assert code == 0, report
    assert "no partners yet" in report
    assert "Nobody has been set up yet" in report


def test_truncated_shared_database(couple):
    (couple.folder / SHARED_DB).write_bytes(b"")
    code, report = doctor(couple.folder, partner="Maya", password=PASSWORDS["Maya"])
    assert code == 1
    assert "problem  shared.db (the shared space) is empty: the file was truncated" in report
    assert "The databases were not checked." in report


def test_shared_database_cut_short_mid_page(couple):
    path = couple.folder / SHARED_DB
    path.write_bytes(path.read_bytes()[:5000])
    code, report = doctor(couple.folder, password=None)
    assert code == 1
    assert "shared.db (the shared space) is 5000 bytes, not a whole number of pages" in report


def test_missing_private_database(couple):
    maya_id = couple.household.partner("Maya").id
    (couple.folder / private_db_name(maya_id)).unlink()
    code, report = doctor(couple.folder, password=None)
    assert code == 1
    assert f"problem  {private_db_name(maya_id)} (Maya's private space) is missing" in report


def test_plaintext_database_is_a_problem(couple):
    import sqlite3

    path = couple.folder / SHARED_DB
    path.unlink()
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    checks = check_files(couple.folder)
    assert any(c.text == "shared.db (the shared space) is not encrypted" for c in checks)


def test_damaged_keystore_falls_back_to_the_backup(couple):
    (couple.folder / "household.json").write_text("{not json")
    code, report = doctor(couple.folder, partner="Maya", password=PASSWORDS["Maya"])
    assert code == 1
    assert "problem  household.json: The household file is damaged." in report
    assert "household.json.bak reads cleanly" in report
    assert "Toward opened its previous copy (household.json.bak)" in report
    assert "The password opens Maya's space" in report


def test_both_keystore_copies_damaged(couple):
    (couple.folder / "household.json").write_text("{not json")
    (couple.folder / "household.json.bak").write_text("[]")
    code, report = doctor(couple.folder, partner="Maya", password=PASSWORDS["Maya"])
    assert code == 1
    assert problems(report) == [
        "problem  household.json: The household file is damaged.",
        "problem  household.json.bak: The household file is damaged.",
        "problem  Both the household file and its backup copy are damaged. "
        "Restore the data folder from a backup.",
    ]


def test_keystore_from_a_newer_version_is_not_replaced_by_the_backup(couple):
    path = couple.folder / "household.json"
    data = json.loads(path.read_text())
    data["format"] = 99
    path.write_text(json.dumps(data))
    code, report = doctor(couple.folder, partner="Maya", password=PASSWORDS["Maya"])
    assert code == 1
    newer = [line for line in problems(report) if "newer version of Toward" in line]
    assert len(newer) == 1
    assert "previous copy" not in report
    assert "The password opens" not in report


def test_backup_of_another_household_is_a_problem(couple, tmp_path):
    other = make_couple(tmp_path / "other", second=False)
    (couple.folder / "household.json.bak").write_bytes(
        (other.folder / "household.json").read_bytes()
    )
    code, report = doctor(couple.folder)
    assert code == 1
    assert "household.json.bak belongs to a different household" in report


def test_missing_recovery_slot_is_a_problem(couple):
    path = couple.folder / "household.json"
    data = json.loads(path.read_text())
    del data["partners"][1]["slots"]["recovery"]
    path.write_text(json.dumps(data))
    code, report = doctor(couple.folder)
    assert code == 1
    assert "problem  Sam has no recovery code slot" in report


def test_kdf_parameters_are_reported(couple):
    _code, report = doctor(couple.folder)
    assert "Maya's password slot: Argon2id with 19 MiB, 2 passes, parallelism 1" in report
    assert "below the default" in report


def test_kdf_below_the_floor_is_refused(couple):
    path = couple.folder / "household.json"
    data = json.loads(path.read_text())
    data["partners"][0]["slots"]["password"]["kdf"]["memory_kib"] = 1024
    path.write_text(json.dumps(data))
    code, report = doctor(couple.folder)
    assert code == 1
    assert "weaker protection than Toward allows" in report


def test_bound_password_without_the_keyring_entry(couple, memory_keyring):
    maya = couple.unlock("Maya")
    maya.set_device_binding(PASSWORDS["Maya"], True)
    maya.lock()
    code, report = doctor(couple.folder)
    assert code == 0
    assert "Maya's password is bound to this computer" in report
    (entry,) = memory_keyring.entries
    memory_keyring.entries[entry] = base64.b64encode(b"another computer's key".ljust(32)).decode()
    code, report = doctor(couple.folder)
    assert code == 1
    assert "Maya's password is bound to a computer whose key is not in this keyring" in report
    memory_keyring.entries.clear()
    code, report = doctor(couple.folder)
    assert code == 1
    assert "whose key is not in this keyring" in report


def test_damaged_page_is_reported_not_raised(couple):
    # Enough entries that the last page holds rows, not the (growing) schema.
    maya = couple.unlock("Maya")
    for n in range(40):
        maya.journal.write(Space.SHARED, EntryFields(title=f"entry {n}", body="words " * 40))
    maya.lock()
    path = couple.folder / SHARED_DB
    raw = bytearray(path.read_bytes())
    raw[len(raw) - 100] ^= 0xFF  # a byte inside the last page, past the schema
    path.write_bytes(bytes(raw))
    code, report = doctor(couple.folder, partner="Maya", password=PASSWORDS["Maya"])
    assert code == 1
    assert "the shared space (shared.db) fails its integrity check" in report
