"""How long a backup and a restore take for a 20,000-entry journal, next to copying the files.

    python tests/benchmarks/bench_backup.py [--entries N] [--runs N]

Builds a household (floor KDF cost) whose first partner has N generated entries (the text
of bench_journal.py) in the private journal, a tenth of them shared. The baseline is
copying the same files with shutil.copyfile: the least any backup can cost. Timed,
median of --runs after one warm-up:
  copy:                shutil.copyfile of every file (the baseline);
  backup, no keys:     `toward backup` as the command line runs it (sums, header checks);
  backup, with keys:   as the app's Settings runs it (locked copy + integrity checks);
  verify:              verify_backup on the finished file, no keys;
  restore:             restore_backup into a new folder, password proof and integrity
                       checks included (one key derivation at the floor cost).

Not collected by pytest (the file name does not start with test_).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from baseline import timed
from bench_journal import SEED, fill, make_rows

from toward import Household
from toward.backup import create_backup, restore_backup, session_keys, verify_backup
from toward.core.spaces import Space
from toward.session import Session
from toward.vault.kdf import FLOOR_COST

PASSWORD = "benchmark-password"


def median_of(runs: int, action: Callable[[], object], after: Callable[[], object]) -> float:
    action()
    after()
    times = []
    for _ in range(runs):
        times.append(timed(action))
        after()
    return statistics.median(times)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="toward-bench-") as tmp:
        root = Path(tmp)
        folder = root / "household"
        household = Household.create(folder, kdf_cost=FLOOR_COST)
        household.add_partner("Maya", PASSWORD)
        session = Session.start(household.unlock("Maya", PASSWORD))
        private, shared, _words, _vocab = make_rows(
            args.entries, args.entries // 10, session.partner.id, SEED
        )
        fill(session.spaces.conn(Space.PRIVATE), private)
        fill(session.spaces.conn(Space.SHARED), shared)
        keys = session_keys([session])
        size = sum(p.stat().st_size for p in folder.iterdir())
        out, copy, restored = root / "b.zip", root / "copy", root / "restored"

        def copy_files() -> None:
            copy.mkdir()
            for path in folder.iterdir():
                shutil.copyfile(path, copy / path.name)

        rows = [
            (
                "copy the files (baseline)",
                median_of(args.runs, copy_files, lambda: shutil.rmtree(copy)),
            ),
            (
                "backup, no keys (command line)",
                median_of(args.runs, lambda: create_backup(folder, out), lambda: out.unlink()),
            ),
            (
                "backup, with keys (the app)",
                median_of(
                    args.runs, lambda: create_backup(folder, out, keys=keys), lambda: out.unlink()
                ),
            ),
        ]
        create_backup(folder, out)
        rows.append(
            ("verify, no keys", median_of(args.runs, lambda: verify_backup(out), lambda: None))
        )
        rows.append(
            (
                "restore (password + integrity)",
                median_of(
                    args.runs,
                    lambda: restore_backup(out, restored, partner="Maya", password=PASSWORD),
                    lambda: shutil.rmtree(restored),
                ),
            )
        )
        session.lock()
    base = rows[0][1]
    print(f"Backup of {args.entries:,} entries ({size / 2**20:.1f} MiB), median of {args.runs}")
    print(f"{'':<34}{'time':>10}{'x copy':>9}")
    for label, seconds in rows:
        print(f"{label:<34}{seconds * 1000:>8.0f} ms{seconds / base:>8.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
