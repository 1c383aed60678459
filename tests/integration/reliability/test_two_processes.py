"""Two processes on one household: nothing written away, and a clear "busy" instead.

Real processes: the keystore changed from two at once, a second process while the other
holds the keystore's lock, the `toward` command and the Python API beside the app's
`toward.lock` (taken with Qt's QLockFile, as the app takes it).
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import PASSWORDS, Couple
from tests.e2e.conftest import run_toward
from tests.integration.reliability.test_faults import files_of
from toward import Household
from toward.core.journal import EntryFields
from toward.core.spaces import Space
from toward.session import Session
from toward.vault import locks
from toward.vault.errors import HouseholdBusy, WrongPassword
from toward.vault.locks import APP_LOCK_NAME, hold_folder
from toward.vault.throttle import AttemptLog

HELPER = Path(__file__).with_name("lock_holder.py")
BUSY = "Toward is busy with this household"


@contextmanager
def held(what: str, folder: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding `what` ("app" or "keystore") on `folder` for the block."""
    process = subprocess.Popen(
        [sys.executable, str(HELPER), what, str(folder)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "held"
        yield process
    finally:
        assert process.stdin is not None
        process.stdin.close()
        process.wait(timeout=30)
        assert process.stdout is not None
        process.stdout.close()


def test_two_processes_changing_passwords_at_once_both_land(couple: Couple, tmp_path: Path):
    new = {"Maya": "maya-new-password-1", "Sam": "sam-new-password-22"}
    for round_ in range(3):
        go = tmp_path / f"go-{round_}"
        old = PASSWORDS if round_ == 0 else {n: f"{p}{round_ - 1}" for n, p in new.items()}
        changers = [
            subprocess.Popen(
                [
                    *(sys.executable, str(HELPER), "password", str(couple.folder), name),
                    *(old[name], f"{new[name]}{round_}", str(go)),
                ],
                stdout=subprocess.PIPE,
                text=True,
            )
            for name in ("Maya", "Sam")
        ]
        for changer in changers:
            assert changer.stdout is not None
            assert changer.stdout.readline().strip() == "ready"
        go.touch()
        outputs = [changer.communicate(timeout=60)[0].strip() for changer in changers]
        assert outputs == ["changed", "changed"]
        # Both new passwords open their spaces: neither change wrote the other away.
        household = Household.open(couple.folder)
        for name in ("Maya", "Sam"):
            Session.start(household.unlock(name, f"{new[name]}{round_}")).lock()
            with pytest.raises(WrongPassword):
                household.unlock(name, old[name])
    assert not list(couple.folder.glob("*.tmp"))


def test_two_processes_counting_wrong_passwords_at_once_lose_no_count(tmp_path: Path):
    folder = tmp_path / "household"
    folder.mkdir()
    go, partner_id, each = tmp_path / "go", "a" * 32, 150
    counters = [
        subprocess.Popen(
            [sys.executable, str(HELPER), "failures", str(folder), partner_id, str(each), str(go)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    for counter in counters:
        assert counter.stdout is not None
        assert counter.stdout.readline().strip() == "ready"
    go.touch()
    assert [c.communicate(timeout=120)[0].strip() for c in counters] == ["counted", "counted"]
    assert AttemptLog(folder).state(partner_id).failures == 2 * each
    assert not list(folder.glob("*.tmp"))


def test_a_change_while_another_process_changes_the_keystore_is_busy_not_lost(
    couple: Couple, monkeypatch: pytest.MonkeyPatch
):
    maya = couple.unlock("Maya")
    before = files_of(couple.folder)
    monkeypatch.setattr(locks, "KEYSTORE_WAIT_S", 0.2)
    with held("keystore", couple.folder), pytest.raises(HouseholdBusy, match=BUSY):
        maya.change_password(PASSWORDS["Maya"], "another-password-1")
    assert files_of(couple.folder) == before
    maya.change_password(PASSWORDS["Maya"], "another-password-1")  # once it is free


def test_the_python_api_refuses_to_write_beside_the_app(couple: Couple, tmp_path: Path):
    before = files_of(couple.folder)
    with held("app", couple.folder):
        household = Household.open(couple.folder)
        with pytest.raises(HouseholdBusy, match=BUSY):
            household.unlock("Maya", PASSWORDS["Maya"])
        with pytest.raises(HouseholdBusy, match=BUSY):
            household.recover("Sam", couple.recovery_codes["Sam"], "sam-new-password-1")
        # Reading beside the app stays possible.
        reader = Household.open(couple.folder, read_only=True)
        Session.start(reader.unlock("Maya", PASSWORDS["Maya"])).lock()
    after = files_of(couple.folder)
    after.pop(APP_LOCK_NAME, None)
    assert after == before


def test_creating_a_household_where_the_app_runs_is_busy(tmp_path: Path):
    folder = tmp_path / "household"
    folder.mkdir()
    with held("app", folder), pytest.raises(HouseholdBusy, match=BUSY):
        Household.create(folder)
    assert [p.name for p in folder.iterdir()] == []


def test_a_writing_command_beside_the_app_says_busy_and_changes_nothing(
    couple: Couple, tmp_path: Path
):
    archive = tmp_path / "maya.zip"
    before = files_of(couple.folder)
    with held("app", couple.folder):
        for args in (
            ["export-data", "--partner", "Maya", "--out", str(tmp_path / "out")],
            ["import-data", "--partner", "Maya", str(archive)],
            [
                *("export", "--partner", "Maya", "--from", "2026-01-01", "--to", "2026-02-01"),
                *("--out", str(tmp_path / "summary.md")),
            ],
        ):
            result = run_toward(
                [*args, "--data-dir", str(couple.folder)], stdin=PASSWORDS["Maya"] + "\n"
            )
            assert result.returncode == 1, result.stderr
            assert BUSY in result.stderr
            assert "Traceback" not in result.stderr
        # Reading commands may run beside the app, as before.
        doctor = run_toward(["doctor", "--data-dir", str(couple.folder), "--partner", "Maya"])
        assert doctor.returncode == 0, doctor.stdout
    after = files_of(couple.folder)
    after.pop(APP_LOCK_NAME, None)
    assert after == before
    assert not (tmp_path / "out").exists() and not (tmp_path / "summary.md").exists()


def test_a_backup_beside_the_app_is_made_and_changes_nothing_in_the_folder(
    couple: Couple, tmp_path: Path
):
    maya = couple.unlock("Maya")
    maya.journal.write(Space.PRIVATE, EntryFields(title="written before the backup"))
    maya.lock()
    before = files_of(couple.folder)
    out = tmp_path / "toward.zip"
    with held("app", couple.folder):
        result = run_toward(["backup", str(out), "--data-dir", str(couple.folder)])
        assert result.returncode == 0, result.stderr
        assert BUSY not in result.stderr
    after = files_of(couple.folder)
    after.pop(APP_LOCK_NAME, None)
    assert after == before
    restored = tmp_path / "restored"
    restore = run_toward(
        ["restore", str(out), "--data-dir", str(restored), "--partner", "Maya"],
        stdin=PASSWORDS["Maya"] + "\n",
    )
    assert restore.returncode == 0, restore.stderr
    again = Session.start(Household.open(restored).unlock("Maya", PASSWORDS["Maya"]))
    assert [e.title for e in again.journal.entries(Space.PRIVATE)] == ["written before the backup"]
    again.lock()


def test_the_app_does_not_start_beside_a_writing_command(tmp_path: Path):
    folder = tmp_path / "household"
    folder.mkdir()
    with hold_folder(folder):
        probe = subprocess.run(
            [sys.executable, str(HELPER), "app", str(folder)],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert probe.stdout.strip() == "busy"
    # Released: the app takes the folder.
    probe = subprocess.run(
        [sys.executable, str(HELPER), "app", str(folder)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert probe.stdout.strip() == "held"
