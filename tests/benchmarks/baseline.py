"""What the benchmarks compare against: plain SQLite files, and a simple timer.

Imported by the bench_*.py scripts, which run with this folder on sys.path.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

import sqlcipher3

from toward import Household
from toward.core.schema import STEPS
from toward.session import Session
from toward.vault.kdf import FLOOR_COST

PASSWORDS = {"Maya": "benchmark-password-maya", "Sam": "benchmark-password-sam"}


def couple(folder: Path) -> Household:
    """A household of two in `folder` at the floor KDF cost (unlocking has its own benchmark),
    Maya first, Sam sponsored by her; unlock them with PASSWORDS."""
    household = Household.create(folder, kdf_cost=FLOOR_COST)
    household.add_partner("Maya", PASSWORDS["Maya"])
    maya = Session.start(household.unlock("Maya", PASSWORDS["Maya"]))
    maya.add_partner("Sam", PASSWORDS["Sam"])
    maya.lock()
    return household


def plain_database(path: Path) -> sqlcipher3.Connection:
    """An unencrypted file with the same schema and pragmas as Toward's, bar the key.

    Opened through sqlcipher3 with no key, which is plain SQLite of the very same version,
    so a ratio against it is the cost of encryption alone.
    """
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlcipher3.Row
    conn.execute("PRAGMA journal_mode = WAL")
    for pragma in (
        "synchronous = FULL",
        "foreign_keys = ON",
        "secure_delete = ON",
        "temp_store = MEMORY",
        "cache_size = -32768",
    ):
        conn.execute(f"PRAGMA {pragma}")
    for step in STEPS:
        conn.executescript(f"BEGIN;\n{step}\nCOMMIT;")
    return conn


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def paired_medians(
    runs: int, ours: Callable[[], object], theirs: Callable[[], object]
) -> tuple[float, float]:
    """Median times of both, run in turns so that a busy machine slows both alike."""
    ours(), theirs()  # warm-up: page cache and prepared statements, as after the first use
    times = [(timed(ours), timed(theirs)) for _ in range(runs)]
    return statistics.median(t[0] for t in times), statistics.median(t[1] for t in times)
