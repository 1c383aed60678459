"""A household after ten years of heavy use, generated once and kept on disk between runs.

Used by ten_years.py. Maya and Sam (production KDF cost, so unlocking is measured as it
is) with, in the shape their features store them:
  journal:  20,000 of Maya's private entries, 2,000 of them shared (bench_journal.py's
            generator: ~150 words each, a Zipf-like vocabulary, ten years of dates);
  bids:     100,000 bids over ten years, private and shared (bench_dashboard.py's);
  ledger:   20,000 disclosures in the shared ledger, most with a response
            (bench_ledger.py's generator: its dates span five years);
  promises: 5,000 promises in the shared space over ten years, most settled, with ten
            standing agreements and their moments (bench_promises.py's generator);
  repairs:  300 repair conversations with their marks, answers and plans, Maya's sealed
            originals in her private space (bench_repairs.py's generator).
Beside it, for the baselines: Maya's two spaces copied row for row into plain SQLite
files (same schema steps and pragmas, no key), her private entries as a jrnl text
journal (jrnl.txt), and, when jrnl is installed, that journal encrypted by jrnl itself.

Rows go in through each space's connection in batches, each batch one
`vault.database.transaction` (the core's write transaction), so the search index and
the triggers fill themselves. The folder lives under $XDG_CACHE_HOME/toward-bench/ and is
named after everything that shapes it (counts, seeds, the schema steps, this file), so a
change to any of them builds a new one.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import bench_dashboard
import bench_journal
import bench_ledger
import bench_promises
import bench_repairs
from baseline import plain_database

from toward import Household, Session
from toward.core.promises import AGREEMENTS as PROMISE_AGREEMENTS
from toward.core.promises import MOMENTS as PROMISE_MOMENTS
from toward.core.promises import PROMISES as PROMISE_TABLE
from toward.core.promises.model import AGREEMENT_COLUMNS, MOMENT_COLUMNS, PROMISE_COLUMNS
from toward.core.repairs.model import REPAIRS as REPAIR_TABLE
from toward.core.schema import STEPS
from toward.core.spaces import Space
from toward.vault.database import Connection, transaction
from toward.vault.kdf import DEFAULT_COST

PASSWORDS = {"Maya": "ten-years-password-maya", "Sam": "ten-years-password-sam"}
JOURNAL_ENTRIES, SHARED_ENTRIES = 20_000, 2_000
BIDS, YEARS = 100_000, 10
LEDGER_LINES = 20_000
PROMISES, REPAIRS = 5_000, 300
BATCH = 2_000
JRNL_PYTHON = Path(os.environ.get("TOWARD_JRNL_PYTHON", ".jrnl-venv/bin/python"))
JRNL_SIDE = Path(__file__).with_name("jrnl_side.py")
READY = "ready.json"


@dataclass
class Filled:
    """What a filler put where: rows per file, for the summary line."""

    rows: dict[str, int]


@dataclass(frozen=True)
class Feature:
    """One feature's ten years of data: `fill(maya, sam, plain)` returns what it wrote.

    `plain` holds the plain-SQLite twins of Maya's private and shared spaces; every row
    that goes into one of Maya's spaces goes into its twin too.
    """

    name: str
    fill: Callable[[Session, Session, dict[Space, Connection]], Filled]


def insert(conn: Connection, sql: str, rows: Sequence[tuple]) -> None:
    """Bulk insert, each batch one write transaction, then fold the WAL into the file."""
    for start in range(0, len(rows), BATCH):
        with transaction(conn):
            conn.executemany(sql, rows[start : start + BATCH])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def fill_journal(maya: Session, sam: Session, plain: dict[Space, Connection]) -> Filled:
    private, copies, _words, _vocabulary = bench_journal.make_rows(
        JOURNAL_ENTRIES, SHARED_ENTRIES, maya.partner.id, bench_journal.SEED
    )
    for space, rows in ((Space.PRIVATE, private), (Space.SHARED, copies)):
        insert(maya.spaces.conn(space), bench_journal.INSERT, rows)
        insert(plain[space], bench_journal.INSERT, rows)
    return Filled({"journal (Maya private)": len(private), "journal (shared)": len(copies)})


def fill_bids(maya: Session, sam: Session, plain: dict[Space, Connection]) -> Filled:
    rows = bench_dashboard.make_rows(BIDS, YEARS, maya.partner.id, sam.partner.id)
    rows = {name: bench_dashboard.in_order(part, shuffled=False) for name, part in rows.items()}
    insert(maya.spaces.conn(Space.PRIVATE), bench_dashboard.INSERT, rows["maya"])
    insert(maya.spaces.conn(Space.SHARED), bench_dashboard.INSERT, rows["shared"])
    insert(sam.spaces.conn(Space.PRIVATE), bench_dashboard.INSERT, rows["sam"])
    insert(plain[Space.PRIVATE], bench_dashboard.INSERT, rows["maya"])
    insert(plain[Space.SHARED], bench_dashboard.INSERT, rows["shared"])
    return Filled({f"bids ({name})": len(part) for name, part in rows.items()})


def fill_ledger(maya: Session, sam: Session, plain: dict[Space, Connection]) -> Filled:
    rng = random.Random(LEDGER_LINES)
    lines, responses = bench_ledger.make_rows(rng, LEDGER_LINES, [maya.partner.id, sam.partner.id])
    for conn in (maya.spaces.conn(Space.SHARED), plain[Space.SHARED]):
        bench_ledger.fill(conn, lines, responses)  # its own batches, one transaction each
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return Filled({"ledger lines (shared)": len(lines), "ledger responses": len(responses)})


def fill_promises(maya: Session, sam: Session, plain: dict[Space, Connection]) -> Filled:
    promises = bench_promises.promise_rows(PROMISES, YEARS, maya.partner.id, sam.partner.id)
    agreements, moments = bench_promises.agreement_rows(PROMISES, YEARS, maya.partner.id)
    tables = {
        PROMISE_TABLE: (bench_promises.insert(PROMISE_TABLE, PROMISE_COLUMNS), promises),
        PROMISE_AGREEMENTS: (
            bench_promises.insert(PROMISE_AGREEMENTS, AGREEMENT_COLUMNS),
            agreements,
        ),
        PROMISE_MOMENTS: (bench_promises.insert(PROMISE_MOMENTS, MOMENT_COLUMNS), moments),
    }
    for conn in (maya.spaces.conn(Space.SHARED), plain[Space.SHARED]):
        for sql, rows in tables.values():
            insert(conn, sql, rows)
    return Filled(
        {
            "promises (shared)": len(promises),
            "promise agreements": len(agreements),
            "agreement moments": len(moments),
        }
    )


def fill_repairs(maya: Session, sam: Session, plain: dict[Space, Connection]) -> Filled:
    shared, private = bench_repairs.story(REPAIRS, YEARS, maya.partner.id, sam.partner.id)
    for space, rows in ((Space.SHARED, shared), (Space.PRIVATE, private)):
        for conn in (maya.spaces.conn(space), plain[space]):
            with transaction(conn):  # one transaction, as bench_repairs.fill's
                bench_repairs.write(conn, rows)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return Filled({"repair conversations": len(shared[REPAIR_TABLE])})


# One entry per feature, each writing rows the way its core's store does (bookkeeping
# columns first, see core/schema.py); ten_years.py lists each feature's page and queries.
FEATURES: list[Feature] = [
    Feature("journal", fill_journal),
    Feature("bids", fill_bids),
    Feature("ledger", fill_ledger),
    Feature("promises", fill_promises),
    Feature("repairs", fill_repairs),
]


def write_jrnl_text(conn: Connection, path: Path) -> int:
    """Maya's private entries in jrnl's plain-text format: "[date time] title" then body."""
    rows = conn.execute(
        "SELECT created_at, title, body FROM journal_entries ORDER BY created_at"
    ).fetchall()
    with path.open("w", encoding="utf-8") as out:
        for created_at, title, body in rows:
            when = f"{created_at[:10]} {created_at[11:16]}"
            heading = f"{title}." if title else ""
            out.write(f"[{when}] {heading} {body}\n\n")
    return len(rows)


@dataclass(frozen=True)
class TenYears:
    folder: Path  # the cache folder
    household: Path
    plain: dict[Space, Path]
    jrnl_config: Path | None  # None when jrnl is not installed
    jrnl_password: str
    summary: dict[str, object]

    def open_plain(self) -> dict[Space, Connection]:
        import sqlcipher3

        conns = {}
        for space, path in self.plain.items():
            conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
            conn.row_factory = sqlcipher3.Row
            for pragma in ("foreign_keys = ON", "temp_store = MEMORY", "cache_size = -32768"):
                conn.execute(f"PRAGMA {pragma}")
            conns[space] = conn
        return conns


def cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "toward-bench"


def fingerprint() -> str:
    """Everything that shapes the data: a change to any of it means a new household."""
    digest = hashlib.sha256()
    for part in (
        json.dumps(
            [JOURNAL_ENTRIES, SHARED_ENTRIES, BIDS, YEARS, PROMISES, REPAIRS]
            + [f.name for f in FEATURES]
        ),
        *STEPS,
        Path(__file__).read_text(),
        Path(bench_journal.__file__).read_text(),
        Path(bench_dashboard.__file__).read_text(),
        Path(bench_ledger.__file__).read_text(),
        Path(bench_promises.__file__).read_text(),
        Path(bench_repairs.__file__).read_text(),
    ):
        digest.update(part.encode())
    return digest.hexdigest()[:12]


def ten_years(*, rebuild: bool = False, log: Callable[[str], None] = print) -> TenYears:
    """The cached household, built first if missing (or if `rebuild`)."""
    folder = cache_root() / f"ten-years-{fingerprint()}"
    if rebuild or not (folder / READY).exists():
        shutil.rmtree(folder, ignore_errors=True)
        build(folder, log)
    else:
        log(f"using the ten-year household cached in {folder}")
    summary = json.loads((folder / READY).read_text())
    for old in cache_root().glob("ten-years-*"):  # households of older generators
        if old != folder:
            shutil.rmtree(old, ignore_errors=True)
    config = folder / "jrnl" / "config.yaml"
    return TenYears(
        folder=folder,
        household=folder / "household",
        plain={
            Space.PRIVATE: folder / "plain-private.db",
            Space.SHARED: folder / "plain-shared.db",
        },
        jrnl_config=config if config.exists() else None,
        jrnl_password=PASSWORDS["Maya"],
        summary=summary,
    )


def build(folder: Path, log: Callable[[str], None]) -> None:
    started = time.perf_counter()
    log(f"building the ten-year household in {folder} (once; cached for later runs)")
    folder.mkdir(parents=True)
    household = Household.create(folder / "household", kdf_cost=DEFAULT_COST)
    household.add_partner("Maya", PASSWORDS["Maya"])
    maya = Session.start(household.unlock("Maya", PASSWORDS["Maya"]))
    household.add_partner("Sam", PASSWORDS["Sam"], sponsor=maya)
    sam = Session.start(household.unlock("Sam", PASSWORDS["Sam"]))
    plain = {
        Space.PRIVATE: plain_database(folder / "plain-private.db"),
        Space.SHARED: plain_database(folder / "plain-shared.db"),
    }
    rows: dict[str, int] = {}
    for feature in FEATURES:
        began = time.perf_counter()
        filled = feature.fill(maya, sam, plain)
        rows.update(filled.rows)
        log(
            f"  {feature.name}: {sum(filled.rows.values()):,} rows in "
            f"{time.perf_counter() - began:.1f} s"
        )
    write_jrnl_text(maya.spaces.conn(Space.PRIVATE), folder / "jrnl.txt")
    for conn in plain.values():
        conn.close()
    sam.lock()
    maya.lock()
    jrnl = make_jrnl(folder, log)
    summary = {"rows": rows, "built_in_s": round(time.perf_counter() - started, 1), "jrnl": jrnl}
    (folder / READY).write_text(json.dumps(summary, indent=1))
    log(f"built in {summary['built_in_s']} s")


def make_jrnl(folder: Path, log: Callable[[str], None]) -> str:
    """jrnl's own encrypted journal of the same entries, written by jrnl's code."""
    if not JRNL_PYTHON.exists():
        log(f"  jrnl: not installed ({JRNL_PYTHON}); its rows will be empty")
        return "not installed"
    (folder / "jrnl").mkdir()
    result = subprocess.run(
        [
            str(JRNL_PYTHON),
            str(JRNL_SIDE),
            "make",
            str(folder / "jrnl.txt"),
            str(folder / "jrnl"),
            PASSWORDS["Maya"],
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    if result.returncode != 0:
        raise RuntimeError(f"jrnl could not make its journal:\n{result.stderr}")
    log(f"  jrnl: {result.stdout.strip()}")
    return result.stdout.strip()
