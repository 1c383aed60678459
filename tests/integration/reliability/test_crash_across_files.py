"""SIGKILL inside every change across files: nothing reported done is lost, the files agree.

A writer process (crash_writer.py) makes every kind of cross-file change in turn and is
killed inside one: at a chosen step of the operation log (after the operation is recorded,
after it is applied, after it is done) or at a random moment (often inside a
transaction). Then, before anything is finished, no half state may reveal more than its
author chose; after both partners unlock (which finishes every pending operation) the
files must agree, pass both integrity checks, and hold every change reported done.

The quick run in the suite covers each step of each kind of operation once and a few
random moments. The slow run is documented in README's Development section:

    TOWARD_SLOW_CRASH=1000 .venv/bin/pytest tests/integration/reliability/test_crash_across_files.py

runs that many kill points (half at random steps, half at random moments; a new household
every 200, so rounds do not slow down as one household grows) and prints its figures: kill
points, changes checked, lost, integrity failures.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import Couple, make_couple
from tests.integration.reliability.crash_writer import NEW_PASSWORDS, PASSWORDS
from tests.integration.reliability.cross_file_checks import (
    Reported,
    disagreements,
    missing,
    revealed_too_much,
)
from toward.household import Household
from toward.session import Session
from toward.vault.errors import HouseholdExists, WrongPassword
from toward.vault.kdf import FLOOR_COST

WRITER = Path(__file__).with_name("crash_writer.py")
ROOT = Path(__file__).resolve().parents[3]
SLOW = int(os.environ.get("TOWARD_SLOW_CRASH", "0"))
# The writer's first three rounds make every kind of operation (18 operations, 54 steps);
# three more steps let the last of them, an import, be reported done before a kill.
FIRST_PASS_STEPS = 57
HOUSEHOLD_ROUNDS = 200  # kill points per household in a slow run
SETUP_STEPS = 26  # file steps from an empty folder to two partners and a password change


def run_writer(args: list[str], *, kill_after: float | None) -> str:
    """Run the writer until it kills itself (or is killed after `kill_after` seconds)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"), PYTHONUNBUFFERED="1")
    process = subprocess.Popen(
        [sys.executable, str(WRITER), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    try:
        first = process.stdout.readline().strip()
        assert first == "ready", first + process.stderr.read()
        if kill_after is not None:
            time.sleep(kill_after)
            process.send_signal(signal.SIGKILL)
        out, err = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == -signal.SIGKILL, err
    return out


def check_round(couple: Couple, reported: Reported, round_number: int) -> int:
    """All three checks after one kill; returns how many reported changes were checked."""
    household = Household.open(couple.folder)
    for who in ("Maya", "Sam"):
        assert revealed_too_much(household, who) == [], (round_number, who)
    sessions = [couple.unlock(who) for who in ("Maya", "Sam")]
    try:
        for session in sessions:
            assert disagreements(session) == [], (round_number, session.partner.name)
            assert missing(reported, session) == [], (round_number, session.partner.name)
    finally:
        for session in sessions:
            session.lock()
    return len(reported.lines)


def kill_plan(rng: random.Random) -> list[tuple[int, float | None]]:
    """(step to die at, or 0 and seconds until a SIGKILL from outside) per kill point."""
    if not SLOW:
        # Each operation's steps are recorded, applied, done: a kill after "done" is a
        # kill before the next operation, so the first two of each cover every gap.
        steps = [(step, None) for step in range(1, FIRST_PASS_STEPS + 1) if step % 3]
        return [*steps, (0, rng.uniform(0.05, 1.0))]
    return [
        (rng.randint(1, 4 * FIRST_PASS_STEPS), None) if n % 2 else (0, rng.uniform(0.02, 3.0))
        for n in range(SLOW)
    ]


def test_a_kill_inside_any_change_across_files_loses_nothing(
    couple: Couple, tmp_path: Path, record_property
):
    rng = random.Random(16)
    reported = Reported()
    plan = kill_plan(rng)
    checked = changes = 0
    kinds: set[str] = set()
    for round_number, (step, seconds) in enumerate(plan):
        if round_number and round_number % HOUSEHOLD_ROUNDS == 0:
            # Each round re-checks every change the household holds, so a slow run would
            # slow down as it grows: it goes on in a new household every few hundred kills.
            changes += len(reported.lines)
            kinds |= {line[1] for line in reported.lines}
            couple, reported = make_couple(tmp_path / f"household-{round_number}"), Reported()
        out = run_writer(["cross", str(couple.folder), str(step)], kill_after=seconds)
        reported.add(out)
        checked += check_round(couple, reported, round_number)
        if SLOW and round_number % 50 == 49:
            print(
                f"{round_number + 1} kill points, {changes + len(reported.lines)} changes",
                flush=True,
            )
    changes += len(reported.lines)
    kinds |= {line[1] for line in reported.lines}
    assert kinds >= {
        *("share", "unshare", "delete", "disclose", "correct", "publish", "knowing", "import")
    }
    record_property("kill_points", len(plan))
    record_property("changes_checked", checked)
    print(
        f"\ncross-file crash test: {len(plan)} kill points, {changes} changes "
        f"reported, {checked} checks of them, 0 lost, 0 integrity failures"
    )


def test_a_kill_inside_setup_leaves_a_household_that_can_be_set_up_and_opened(tmp_path):
    # Steps come in pairs (before and after one file step): every other one meets them all.
    for step in range(1, SETUP_STEPS + 1, 2):
        folder = tmp_path / f"household-{step}"
        out = run_writer(["setup", str(folder), str(step)], kill_after=None)
        done = {tuple(line.split()) for line in out.splitlines()[1:]}
        finish_setup(folder, done)


def finish_setup(folder: Path, done: set[tuple[str, ...]]) -> None:
    """Set up again what the killed setup did not finish; every partner must get in."""
    try:
        household = Household.open_or_create(folder, kdf_cost=FLOOR_COST)
    except HouseholdExists:  # the first partner is in already
        household = Household.open(folder, kdf_cost=FLOOR_COST)
    names = {p.name for p in household.partners}
    for partner in ("Maya", "Sam"):
        if ("partner", partner) in done:
            assert partner in names
    if "Maya" not in names:
        household.add_partner("Maya", PASSWORDS["Maya"])
    try:
        maya = Session.start(household.unlock("Maya", PASSWORDS["Maya"]))
        assert ("password", "Maya") not in done
    except WrongPassword:  # the password change landed whole
        maya = Session.start(household.unlock("Maya", NEW_PASSWORDS["Maya"]))
    if "Sam" not in names:
        maya.add_partner("Sam", PASSWORDS["Sam"])
    maya.lock()
    Session.start(household.unlock("Sam", PASSWORDS["Sam"])).lock()
    assert sorted(p.name for p in folder.iterdir() if ".new" in p.name) == []


def test_a_report_line_cut_short_by_the_kill_is_not_counted():
    # A SIGKILL from outside can land while the writer is printing a line.
    reported = Reported()
    assert reported.add("ready\nMaya share a1 b1\nSam disclose d1 e1 0\nMaya share a2") == 2
    assert reported.lines[-1] == ("Sam", "disclose", "d1", "e1", "0")
