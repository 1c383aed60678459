"""Toward at ten years of heavy use: one table, each figure beside a baseline from this run.

    python tests/benchmarks/ten_years.py [--runs N] [--rebuild] [--platform offscreen]

The household (20,000 journal entries, ~100,000 bids, 20,000 ledger lines, 5,000
promises, 300 repair conversations) is built once by ten_years_data.py and cached under
$XDG_CACHE_HOME/toward-bench/ (about a minute to build; --rebuild to force). Rows:

  cold start        new process until the lock screen is painted vs a bare PySide6 window
  unlock            Household.unlock at the production KDF cost  vs the bare Argon2id
  first page        unlocked view built, Today painted (in app)  vs the same, empty household
  page: NAME        each page built, laid out and drawn (in app) vs the same, empty household
  list / dashboard  the core queries behind each list, today()   vs plain SQLite, same rows
  search 'WORD'     journal.search, both journals, ranked        vs plain SQLite FTS5,
                                                                    and vs jrnl
  peak memory       RSS of the app with every page open          vs a bare PySide6 window
  PDF of a year     the therapy summary of the last 12 months,    vs the same summary from
                    every section, built and rendered to a PDF     plain SQLite
                    in memory (toward.export)

Timed in-process figures are the median of --runs after one warm-up run, ours and the
baseline in turns; start-up and the app's own figures are new processes each time. jrnl
runs from its own venv ($TOWARD_JRNL_PYTHON, default .jrnl-venv/bin/python):
"jrnl" is what it does for `jrnl -contains WORD` (derive its key, decrypt, parse every
entry, filter), in-process, without its start-up; "jrnl, open" is its filter alone.

Not collected by pytest (the file name does not start with test_).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import bench_startup
from baseline import timed
from ten_years_data import JRNL_PYTHON, JRNL_SIDE, PASSWORDS, TenYears, ten_years

from toward import Household
from toward.core import clock
from toward.core.period import Period
from toward.core.promises import Promises
from toward.core.repairs import Repairs
from toward.core.spaces import Space, Spaces
from toward.export.pdf import render_pdf
from toward.export.summary import Contribution, Section, SummaryRequest, build_summary
from toward.session import Session, UnlockReport
from toward.vault.kdf import FLOOR_COST, derive_key, normalize_password
from toward.vault.keystore import PASSWORD_SLOT, load_keystore

HERE = Path(__file__).resolve().parent
PAGE = 200  # the journal list's first page
RECENT = 50  # the bids page's recent list, per space
SEARCHES = {"trust": "a common word", "we talked": "two words", "reconn": "a prefix"}
# The bare window again, then its peak resident memory (VmHWM, as ten_years_app.py reads).
BARE_RSS = bench_startup.BARE_WINDOW.replace(
    "sys.exit(app.exec())",
    "QTimer.singleShot(200, app.quit); app.exec()\n"
    "status = open('/proc/self/status').read().split('VmHWM:')[1].split()[0]\n"
    "print(int(status) / 1024)",
)


@dataclass
class Row:
    label: str
    ours: float | None  # seconds, or MB for memory
    baseline: float | None
    against: str
    target: str = ""
    met: bool | None = None
    unit: str = "ms"
    speedup: bool = False  # show how many times faster than the baseline, not the ratio


def paired(
    runs: int, ours: Callable[[], object], theirs: Callable[[], object]
) -> tuple[float, float]:
    """Medians, run in turns so a busy machine slows both alike (one warm-up each first)."""
    ours(), theirs()
    times = [(timed(ours), timed(theirs)) for _ in range(runs)]
    return statistics.median(t[0] for t in times), statistics.median(t[1] for t in times)


def run_app_side(folder: Path, runs: int, env: dict[str, str]) -> dict[str, object]:
    """ten_years_app.py in new processes; medians of its figures, the largest peak RSS."""
    results = []
    for _ in range(runs):
        out = subprocess.run(
            [
                sys.executable,
                str(HERE / "ten_years_app.py"),
                str(folder),
                "Maya",
                PASSWORDS["Maya"],
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=600,
            check=False,
        )
        if out.returncode != 0:
            raise RuntimeError(f"ten_years_app.py failed:\n{out.stderr}")
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    pages = {
        name: statistics.median(r["pages"][name] for r in results) for name in results[0]["pages"]
    }
    return {
        "first_page": statistics.median(r["first_page"] for r in results),
        "pages": pages,
        "peak_rss_mb": max(r["peak_rss_mb"] for r in results),
    }


def empty_household(root: Path) -> Path:
    """Maya and Sam with nothing written yet: the baseline of the app's own figures."""
    folder = root / "empty"
    household = Household.create(folder, kdf_cost=FLOOR_COST)
    household.add_partner("Maya", PASSWORDS["Maya"])
    maya = Session.start(household.unlock("Maya", PASSWORDS["Maya"]))
    household.add_partner("Sam", PASSWORDS["Sam"], sponsor=maya)
    maya.lock()
    return folder


def bare_window_rss(env: dict[str, str]) -> float:
    out = subprocess.run(
        [sys.executable, "-c", BARE_RSS],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    return float(out.stdout.strip().splitlines()[-1])


def jrnl_search(data: TenYears, runs: int) -> dict[str, dict[str, float]] | None:
    if data.jrnl_config is None or not JRNL_PYTHON.exists():
        return None
    out = subprocess.run(
        [
            str(JRNL_PYTHON),
            str(JRNL_SIDE),
            "search",
            str(data.jrnl_config),
            data.jrnl_password,
            str(runs),
            *SEARCHES,
        ],
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    if out.returncode != 0:
        raise RuntimeError(f"jrnl_side.py search failed:\n{out.stderr}")
    return json.loads(out.stdout)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each (median)")
    parser.add_argument("--rebuild", action="store_true", help="build the household again")
    parser.add_argument(
        "--platform",
        default=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        help="Qt platform plugin (default: $QT_QPA_PLATFORM, else offscreen)",
    )
    args = parser.parse_args(argv)
    data = ten_years(rebuild=args.rebuild, log=lambda line: print(line, file=sys.stderr))
    runs = args.runs
    rows: list[Row] = []
    root = Path(tempfile.mkdtemp(prefix="toward-bench-"))
    try:
        env = bench_startup.private_env(root, args.platform)

        # The household is used as it is: a copy, so the cache stays as built.
        household_dir = root / "household"
        shutil.copytree(data.household, household_dir)

        print("cold start …", file=sys.stderr)
        bare, started = bench_startup.startup(runs, env, household_dir)
        rows.append(
            _ratio_row("cold start to lock screen", started, bare, "bare PySide6 window", 1.5)
        )

        print("unlock …", file=sys.stderr)
        household = Household.open(household_dir)
        slot = load_keystore(household_dir).keystore.partners[0].slots[PASSWORD_SLOT]
        secret = normalize_password(PASSWORDS["Maya"])
        kdf, unlock = [], []
        for _ in range(runs):
            kdf.append(timed(lambda: derive_key(secret, slot.kdf)))
            start = time.perf_counter()
            session = Session.start(household.unlock("Maya", PASSWORDS["Maya"]))
            unlock.append(time.perf_counter() - start)
            session.lock()
        ours, theirs = statistics.median(unlock), statistics.median(kdf)
        rows.append(
            Row(
                "unlock (Maya, production KDF)",
                ours,
                theirs,
                "bare Argon2id",
                "≤ KDF + 150 ms",
                ours - theirs <= 0.150,
            )
        )

        print("the app, on ten years and on an empty household …", file=sys.stderr)
        app_runs = max(3, runs // 2)
        full = run_app_side(household_dir, app_runs, env)
        empty = run_app_side(empty_household(root), app_runs, env)
        rows.append(
            Row(
                "first page after unlock (Today)",
                full["first_page"],
                empty["first_page"],
                "empty household",
                "< 100 ms",
                full["first_page"] < 0.100,
            )
        )
        for name, seconds in full["pages"].items():
            rows.append(
                Row(
                    f"open page: {name}",
                    seconds,
                    empty["pages"][name],
                    "empty household",
                    "< 100 ms",
                    seconds < 0.100,
                )
            )

        print("queries, next to plain SQLite …", file=sys.stderr)
        session = Session.start(household.unlock("Maya", PASSWORDS["Maya"]))
        plain_conns = data.open_plain()
        plain_spaces = Spaces(
            session.partner.id, plain_conns[Space.PRIVATE], plain_conns[Space.SHARED]
        )
        plain_session = Session(household, session.partner, plain_spaces, {}, UnlockReport(None, 0))
        sides = {
            "ours": session,
            "plain": plain_session,
        }

        def journal_list(side: str) -> Callable[[], object]:
            journal = sides[side].journal
            return lambda: (
                journal.count(Space.PRIVATE),
                journal.entries(Space.PRIVATE, limit=PAGE),
            )

        def bids_list(side: str) -> Callable[[], object]:
            bids = sides[side].bids
            return lambda: [
                (bids.count(space), bids.recent(space, limit=RECENT)) for space in Space
            ]

        def ledger_list(side: str) -> Callable[[], object]:
            ledger = sides[side].ledger
            return lambda: (ledger.count(), ledger.disclosures(newest_first=True, limit=PAGE))

        def promises_list(side: str) -> Callable[[], object]:
            # What the Promises page reads first (bench_promises.py's "page lists").
            promises: Promises = sides[side].promises
            return lambda: (
                promises.open_promises(),
                promises.settled(limit=20),
                promises.count_settled(),
                [
                    (a, promises.moment_tally(a), promises.moments(a, limit=3))
                    for a in promises.agreements()
                ],
            )

        def repairs_list(side: str) -> Callable[[], object]:
            repairs: Repairs = sides[side].repairs
            return lambda: repairs.conversations(limit=50)

        def dashboard(side: str) -> Callable[[], object]:
            # The sources session.today() reads, on both sides.
            return sides[side].today

        for label, make in (
            ("list: journal (count + first 200)", journal_list),
            ("list: bids (count + recent, both spaces)", bids_list),
            ("list: ledger (count + first 200)", ledger_list),
            ("list: promises (open, 20 settled, agreements)", promises_list),
            ("list: repairs (50 newest)", repairs_list),
            ("dashboard: today()", dashboard),
        ):
            ours, theirs = paired(runs, make("ours"), make("plain"))
            rows.append(_query_row(label, ours, theirs))

        jrnl = jrnl_search(data, runs)
        for text, what in SEARCHES.items():
            ours, theirs = paired(
                runs,
                lambda t=text: session.journal.search(t),
                lambda t=text: plain_session.journal.search(t),
            )
            rows.append(_query_row(f"search {text!r} ({what})", ours, theirs, limit_ms=50))
            if jrnl is not None:
                full_jrnl = jrnl[text]["open_and_filter"]
                rows.append(
                    Row(
                        "  same, jrnl -contains (in-process)",
                        ours,
                        full_jrnl,
                        "jrnl",
                        "≥ 20× faster",
                        full_jrnl / ours >= 20,
                        speedup=True,
                    )
                )
                rows.append(
                    Row(
                        "  same, jrnl filter alone (already open)",
                        ours,
                        jrnl[text]["filter_only"],
                        "jrnl, open",
                        speedup=True,
                    )
                )
        print("a year's PDF …", file=sys.stderr)
        today = clock.today()
        request = SummaryRequest(Period(today - timedelta(days=364), today), tuple(Section))

        def year_pdf(side: str) -> Callable[[], object]:
            return lambda: render_pdf(
                build_summary(request, [Contribution(sides[side], note="For our session.")])
            )

        ours, theirs = paired(max(3, runs // 2), year_pdf("ours"), year_pdf("plain"))
        rows.append(
            Row(
                "PDF of a year (summary, every section)",
                ours,
                theirs,
                "plain SQLite",
                "≤ 2 s",
                ours <= 2.0,
            )
        )
        session.lock()
        for conn in plain_conns.values():
            conn.close()

        rows.append(
            Row(
                "peak memory, ten-year household open",
                full["peak_rss_mb"],
                bare_window_rss(env),
                "bare PySide6 window",
                "< 250 MB",
                full["peak_rss_mb"] < 250,
                unit="MB",
            )
        )
    finally:
        shutil.rmtree(root, ignore_errors=True)

    print_table(data, runs, rows)
    return 0


def _ratio_row(
    label: str, ours: Sequence[float], theirs: Sequence[float], against: str, limit: float
) -> Row:
    o, t = statistics.median(ours), statistics.median(theirs)
    return Row(label, o, t, against, f"≤ {limit}×", o / t <= limit)


def _query_row(label: str, ours: float, theirs: float, *, limit_ms: float = 100) -> Row:
    met = ours / theirs <= 1.5 and ours * 1000 < limit_ms
    return Row(label, ours, theirs, "plain SQLite", f"≤ 1.5×, < {limit_ms:.0f} ms", met)


def print_table(data: TenYears, runs: int, rows: list[Row]) -> None:
    counts = ", ".join(f"{n:,} {what}" for what, n in data.summary["rows"].items())
    print(f"Toward at ten years: {counts}; median of {runs} runs; Python {sys.version.split()[0]}")
    print()
    print(f"{'':<44}{'Toward':>11}{'baseline':>11}  {'ratio':>7}  {'against':<22}{'target':<22}")
    for row in rows:
        if row.ours is None or row.baseline is None:
            print(f"{row.label:<44}{'—':>11}{'—':>11}  {'':>7}  {row.against:<22}")
            continue
        scale = 1 if row.unit == "MB" else 1000
        if row.speedup:
            ratio = f"÷{row.baseline / row.ours:>5.1f}"
        else:
            ratio = f"{row.ours / row.baseline:>6.2f}×"
        met = "" if row.met is None else ("  met" if row.met else "  MISSED")
        print(
            f"{row.label:<44}{row.ours * scale:>8.1f} {row.unit}{row.baseline * scale:>8.1f} "
            f"{row.unit}  {ratio:>7}  {row.against:<22}{row.target:<22}{met}"
        )
    print()
    print("ratio: Toward / baseline; ÷N: Toward takes 1/N of the baseline's time (N× faster)")


if __name__ == "__main__":
    raise SystemExit(main())
