"""How fast the Repair page's data and the unlock hook come with 500 conversations, next to
plain SQLite.

    python tests/benchmarks/bench_repairs.py [--conversations N] [--years N] [--runs N]

Builds a household of two (floor KDF cost) and fills it with N repair conversations over
the last ten years, as `Repairs` stores them: the conversation, its marks (both partners
on every step, apologies accepted) and plan items in the shared space, both partners'
revealed answers there too, and Maya's own sealed originals in her private space (already
published, as after years of use). A few recent conversations are still open, one with
Maya's answer waiting for Sam. Rows go in with executemany, one transaction per table.

Maya's two spaces are copied row for row into two plain, unencrypted SQLite files
(sqlcipher3 with no key: the same SQLite version) built from the same schema steps with
the same pragmas; both sides are read by the same `Repairs` code, so the ratio is the cost
of encryption alone.

Timed, median of --runs after one warm-up run, Toward and plain in turns:
  publish on unlock:  `publish_ready()`, which every unlock runs;
  page list:          the 50 newest conversations with their marks;
  Today card:         `attention()`;
  one record:         the newest finished conversation read as a record;
  a year's records:   `in_period` over the last year (what a summary reads).

Not collected by pytest (the file name does not start with test_).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import uuid
from collections.abc import Callable, Sequence
from datetime import timedelta
from pathlib import Path

import sqlcipher3
from baseline import PASSWORDS, couple, paired_medians, plain_database

from toward.core import clock
from toward.core.repairs import SEALED_STEPS, STEPS, Repairs, Status
from toward.core.repairs.model import (
    ANSWER_COLUMNS,
    ANSWERS,
    MARKS,
    PLAN_COLUMNS,
    PLAN_ITEMS,
    REPAIR_COLUMNS,
    REPAIRS,
)
from toward.core.spaces import BOOKKEEPING, Space, Spaces
from toward.session import Session

LIMIT_MS = 100.0  # "without a visible pause"
OPEN = 5  # the newest conversations are still under way
TEXT = "I felt far away from you that evening, and I did not say so. " * 4

Rows = dict[str, list[tuple]]


def conversation(starter: str, stamp: str, finished_at: str | None) -> tuple:
    """A conversation's content columns: talked at the time proposed, agreed at once."""
    return ("a topic", "argument", starter, stamp, stamp, None, None, None, finished_at)


def book(
    record_id: str,
    author: str,
    stamp: str,
    *,
    origin: str | None = None,
    shared_id: str | None = None,
) -> tuple:
    """The bookkeeping columns of a row (shared_id: a private original already shared)."""
    shared_at = stamp if shared_id else None
    return (record_id, author, stamp, stamp, origin, shared_id, shared_at, None)


def story(count: int, years: int, maya: str, sam: str) -> tuple[Rows, Rows]:
    """(shared rows, Maya's private rows) by table, for `count` conversations."""
    rng = random.Random(500)
    end = clock.now() - timedelta(hours=2)
    span = timedelta(days=365.25 * years).total_seconds()
    shared: Rows = {REPAIRS: [], MARKS: [], ANSWERS: [], PLAN_ITEMS: []}
    private: Rows = {ANSWERS: []}
    starts = sorted(end - timedelta(seconds=rng.uniform(0, span)) for _ in range(count))
    for index, started in enumerate(starts):
        repair_id, stamp = uuid.uuid4().hex, clock.to_text(started)
        finished = index < count - OPEN
        done_at = clock.to_text(started + timedelta(days=1)) if finished else None
        starter = rng.choice((maya, sam))
        shared[REPAIRS].append(
            (*book(repair_id, starter, stamp), *conversation(starter, stamp, done_at))
        )
        steps = STEPS if finished else STEPS[:1]
        for step in steps:
            for who in (maya, sam):
                shared[MARKS].append((repair_id, step.value, who, "submitted", stamp))
        if finished:
            for who in (maya, sam):
                shared[MARKS].append((repair_id, "apology", who, "accepted", stamp))
        for step in (s for s in SEALED_STEPS if s in steps):
            for who in (maya, sam):
                shared_id, original_id = uuid.uuid4().hex, uuid.uuid4().hex
                answer = (repair_id, step.value, TEXT, stamp)
                origin = original_id if who == maya else None
                shared[ANSWERS].append(
                    (
                        *book(shared_id, who, stamp, origin=origin),
                        repair_id,
                        step.value,
                        TEXT,
                        stamp,
                    )
                )
                if who == maya:
                    private[ANSWERS].append(
                        (*book(original_id, maya, stamp, shared_id=shared_id), *answer)
                    )
        if finished:
            for item in range(3):
                shared[PLAN_ITEMS].append(
                    (
                        *book(uuid.uuid4().hex, maya, stamp),
                        repair_id,
                        f"plan item {item}",
                        None,
                        None,
                    )
                )
        else:  # Maya has answered the next step; Sam has not yet
            shared[MARKS].append((repair_id, "listen", maya, "submitted", stamp))
            private[ANSWERS].append(
                (*book(uuid.uuid4().hex, maya, stamp), repair_id, "listen", TEXT, stamp)
            )
    return shared, private


COLUMNS = {
    REPAIRS: BOOKKEEPING + REPAIR_COLUMNS,
    ANSWERS: BOOKKEEPING + ANSWER_COLUMNS,
    PLAN_ITEMS: BOOKKEEPING + PLAN_COLUMNS,
    MARKS: ("repair_id", "step", "partner_id", "kind", "marked_at"),
}


def fill(conn: sqlcipher3.Connection, rows: Rows) -> None:
    conn.execute("BEGIN")
    write(conn, rows)
    conn.execute("COMMIT")


def write(conn: sqlcipher3.Connection, rows: Rows) -> None:
    """Every row, inside the caller's transaction."""
    for table, values in rows.items():
        names = COLUMNS[table]
        holes = ", ".join("?" * len(names))
        conn.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({holes})", values)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=500)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="toward-bench-") as tmp:
        folder = Path(tmp)
        household = couple(folder / "household")
        maya = Session.start(household.unlock("Maya", PASSWORDS["Maya"]))
        partner_ids = [p.id for p in maya.household.partners]
        sam_id = next(p for p in partner_ids if p != maya.partner.id)
        shared, private = story(args.conversations, args.years, maya.partner.id, sam_id)
        fill(maya.spaces.conn(Space.SHARED), shared)
        fill(maya.spaces.conn(Space.PRIVATE), private)
        plain_shared = plain_database(folder / "plain-shared.db")
        plain_private = plain_database(folder / "plain-private.db")
        fill(plain_shared, shared)
        fill(plain_private, private)
        ours = maya.repairs
        theirs = Repairs(Spaces(maya.partner.id, plain_private, plain_shared), partner_ids)

        today = clock.today()
        year_ago = today - timedelta(days=365)
        newest_done = next(r for r in ours.conversations() if r.status() is Status.FINISHED)
        cases: dict[str, Callable[[Repairs], Callable[[], object]]] = {
            "publish on unlock": lambda r: r.publish_ready,
            "page list (50)": lambda r: lambda: r.conversations(limit=50),
            "Today card": lambda r: r.attention,
            "one record": lambda r: lambda: r.record(newest_done),
            "a year's records": lambda r: lambda: r.in_period(year_ago, today),
        }
        assert ours.publish_ready() == theirs.publish_ready() == 0
        assert len(ours.in_period(year_ago, today)) == len(theirs.in_period(year_ago, today))
        results = {
            label: paired_medians(args.runs, case(ours), case(theirs))
            for label, case in cases.items()
        }
        maya.lock()
        plain_shared.close()
        plain_private.close()

    version = sqlcipher3.sqlite_version
    print(
        f"{args.conversations:,} repair conversations over {args.years} years "
        f"({len(shared[ANSWERS]):,} revealed answers); median of {args.runs} runs"
    )
    print(f"SQLite {version} on both sides; Python {sys.version.split()[0]}")
    print()
    print(f"{'':<26}{'Toward':>12}{'plain':>12}{'ratio':>8}")
    for label, (mine, plain) in results.items():
        flag = "" if mine * 1000 <= LIMIT_MS else f"  over {LIMIT_MS:.0f} ms"
        print(f"{label:<26}{mine * 1000:>9.1f} ms{plain * 1000:>9.1f} ms{mine / plain:>8.2f}{flag}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
