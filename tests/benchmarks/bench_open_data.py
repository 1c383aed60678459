"""Time and peak memory of the open-format export, plain and encrypted, and its import.

    python tests/benchmarks/bench_open_data.py             # the ten-year household
    python tests/benchmarks/bench_open_data.py --entries 2000 --bids 10000   # smaller

The ten-year household is ten_years_data.py's (Maya: 20,000 entries, 100,000 bids,
20,000 ledger lines, 5,000 promises, 300 repairs); with --entries it is bench_export.py's
generator at that size instead. Each step runs in a process of its own, so its peak
resident memory (ru_maxrss) and its CPU time (all threads) are its own:

  folder:    `export_data` into a folder of plain files;
  archive:   `export_data` into one AES-256 zip (aes_zip, as Toward writes it);
  pyzipper:  the same stream into an AES-256 zip written member by member with pyzipper
             (the library the archive used before), for comparison;
  import:    the archive read back into a new household, Maya alone (everything restored).

Printed beside the figures measured before the export streamed (issue 17). Not collected
by pytest (the file name does not start with test_).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).parent
ARCHIVE_PASSWORD = "benchmark-archive-password"
# Measured on the ten-year household before the export streamed: seconds, peak MB.
BEFORE = {"folder": (11.0, 1100), "archive": (38.0, 1200)}
STEPS = ("folder", "archive", "pyzipper", "import")


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=0, help="small household instead")
    parser.add_argument("--bids", type=int, default=20_000)
    parser.add_argument("--step", choices=STEPS, help=argparse.SUPPRESS)
    parser.add_argument("--household", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.step:
        run_step(args.step, Path(args.household), Path(args.out))
        return
    with tempfile.TemporaryDirectory(prefix="toward-bench-") as temp:
        root = Path(temp)
        household, label = prepare(root, args.entries, args.bids)
        results = {}
        for step in STEPS:
            command = [sys.executable, __file__, "--step", step]
            command += ["--household", str(household), "--out", str(root)]
            done = subprocess.run(command, check=True, capture_output=True, text=True)
            results[step] = json.loads(done.stdout.strip().splitlines()[-1])
    print(label)
    print(f"{'step':<10} {'seconds':>8} {'CPU s':>7} {'peak MB':>8}   {'before: s':>9} {'MB':>6}")
    for step in STEPS:
        seconds, cpu, peak = (results[step][key] for key in ("seconds", "cpu", "peak_mb"))
        before = BEFORE.get(step)
        was = f"{before[0]:>9.1f} {before[1]:>6}" if before and not args.entries else ""
        print(f"{step:<10} {seconds:>8.1f} {cpu:>7.1f} {peak:>8.0f}   {was}")
    for what in ("seconds", "cpu"):
        ratio = results["archive"][what] / results["folder"][what]
        print(f"archive / folder, {'time' if what == 'seconds' else 'CPU time'}: {ratio:.2f}×")


def prepare(root: Path, entries: int, bids: int) -> tuple[Path, str]:
    """The household to export from: where it is, and a line that says what it holds."""
    sys.path.insert(0, str(HERE))
    if not entries:
        from ten_years_data import ten_years

        data = ten_years()
        return data.household, f"ten-year household: {data.summary['rows']}"
    from bench_export import PASSWORD, batches

    from toward import Household, Session
    from toward.opendata import rows as portable
    from toward.vault.kdf import FLOOR_COST

    household = Household.create(root / "household", kdf_cost=FLOOR_COST)
    household.add_partner("Maya", PASSWORD)
    maya = Session.start(household.unlock("Maya", PASSWORD))
    portable.write_batches(maya.spaces, batches(maya.partner.id, entries, bids))
    maya.lock()
    return root / "household", f"{entries:,} entries ({entries // 4:,} pictures), {bids:,} bids"


def run_step(step: str, household_folder: Path, out: Path) -> None:
    from toward import Household, Session
    from toward.opendata.archive import EncryptedZipSink, FolderSink
    from toward.opendata.export import export_data
    from toward.opendata.imports.source import read_import
    from toward.vault.kdf import FLOOR_COST

    password = _password(household_folder)
    archive = out / "export.zip"
    if step == "import":
        fresh_household = Household.create(out / "fresh", kdf_cost=FLOOR_COST)
        fresh_household.add_partner("Maya", password)
        session = Session.start(fresh_household.unlock("Maya", password))
    else:
        session = Session.start(Household.open(household_folder).unlock("Maya", password))
    began, began_cpu = time.perf_counter(), _cpu_seconds()
    if step == "folder":
        export_data(session, FolderSink(out / "folder"))
    elif step == "archive":
        export_data(session, EncryptedZipSink(archive, ARCHIVE_PASSWORD))
    elif step == "pyzipper":
        export_data(session, PyzipperSink(out / "pyzipper.zip", ARCHIVE_PASSWORD))
    else:
        read_import(session, archive, ARCHIVE_PASSWORD).apply()
    seconds, cpu = time.perf_counter() - began, _cpu_seconds() - began_cpu
    session.lock()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux
    print(json.dumps({"seconds": round(seconds, 2), "cpu": round(cpu, 2), "peak_mb": round(peak)}))


def _cpu_seconds() -> float:
    """CPU time of this process, every thread: on a busy machine, where the seconds on the
    clock depend on what else runs, this is the figure that says what an export costs."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _password(household_folder: Path) -> str:
    if household_folder.parent.name.startswith("ten-years-"):
        from ten_years_data import PASSWORDS

        return PASSWORDS["Maya"]
    from bench_export import PASSWORD

    return PASSWORD


class PyzipperSink:
    """The export's stream written with pyzipper, one member at a time (for comparison)."""

    encrypted = True

    def __init__(self, target: Path, password: str) -> None:
        import pyzipper

        self.target = target
        self._zip = pyzipper.AESZipFile(
            target, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES
        )
        self._zip.setpassword(password.encode())
        self._zip.setencryption(pyzipper.WZ_AES, nbits=256)

    def write_all(self, members: Iterable[tuple[str, Iterable[bytes]]]) -> None:
        for name, chunks in members:
            with self._zip.open(name, "w", force_zip64=True) as member:
                for chunk in chunks:
                    member.write(chunk)

    def finish(self) -> Path:
        self._zip.close()
        return self.target

    def abandon(self) -> None:
        self._zip.close()


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    main(sys.argv[1:])
