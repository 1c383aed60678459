"""SIGKILL in the middle of a burst of writes, many times: nothing committed is ever lost.

A writer process prints each record's id after its commit returned. It is killed at a
random moment, the household is opened again, both integrity checks run, and every id the
writer reported must be there. Records accumulate across rounds, so later rounds also
check that earlier writes survived every later crash.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import PASSWORDS, Couple
from toward.core.spaces import Space
from toward.vault.database import integrity_problems

ROUNDS = 40
WRITER = Path(__file__).with_name("crash_writer.py")
ROOT = Path(__file__).resolve().parents[3]


def run_writer_and_kill(folder: Path, name: str, rng: random.Random) -> list[tuple[str, str, str]]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"), PYTHONUNBUFFERED="1")
    process = subprocess.Popen(
        [sys.executable, str(WRITER), "records", str(folder), name, PASSWORDS[name]],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    try:
        first = process.stdout.readline().strip()
        assert first == "ready", first + process.stderr.read()
        # A random moment inside the burst: most kills land in the middle of a transaction.
        time.sleep(rng.uniform(0.005, 0.25))
    finally:
        process.send_signal(signal.SIGKILL)
        out, _err = process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL
    committed = []
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3:  # a line cut short by the kill was not reported whole
            committed.append((parts[0], parts[1], parts[2]))
    return committed


def test_every_committed_write_survives_sigkill(couple: Couple, record_property):
    rng = random.Random(8)
    reported: list[tuple[str, str, str]] = []
    for round_number in range(ROUNDS):
        name = "Maya" if round_number % 2 == 0 else "Sam"
        reported.extend((name, *record) for record in run_writer_and_kill(couple.folder, name, rng))
        for who in ("Maya", "Sam"):
            session = couple.unlock(who)
            try:
                for space in Space:
                    conn = session.spaces.conn(space)
                    assert integrity_problems(conn) == [], (round_number, who, space)
                    for author, table, where, record_id in reported:
                        if where != space or (space is Space.PRIVATE and author != who):
                            continue
                        row = conn.execute(
                            f"SELECT 1 FROM {table} WHERE id = ?", (record_id,)
                        ).fetchone()
                        assert row is not None, (
                            f"lost {table} {record_id} after round {round_number}"
                        )
            finally:
                session.lock()
    assert len(reported) > ROUNDS
    record_property("kill_points", ROUNDS)
    record_property("committed_records_checked", len(reported))
    print(f"\ncrash test: {ROUNDS} kill points, {len(reported)} committed records, 0 lost")
