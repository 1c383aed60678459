"""How fast the Promises page's data comes with 5,000 promises, next to plain SQLite.

    python tests/benchmarks/bench_promises.py [--promises N] [--years N] [--runs N]

Builds a household of two (floor KDF cost) and fills its shared space with N promises
over the last ten years (made by either partner, most settled: kept, missed,
renegotiated or released, a few dozen still open), ten standing agreements and four
moments per promise's worth of agreement moments. Rows go in through the shared
connection with executemany, as `Promises.make` and the settling methods store them.

The shared space is copied row for row into a plain, unencrypted SQLite file (sqlcipher3
with no key: the same SQLite version) built from the same schema steps with the same
pragmas; both sides are read by the same `Promises` code, so the ratio is the cost of
encryption alone.

Timed, median of --runs after one warm-up run, Toward and plain in turns:
  page lists:       open promises, the first 20 settled ones, the settled count, agreements;
  follow-through:   `follow_through` over the six months the page shows, and over ten years;
  due soon:         the Today card (`attention`);
  a year's period:  `in_period` and `agreements_in_period` over the last year (a summary).

Not collected by pytest (the file name does not start with test_).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import uuid
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path

import sqlcipher3
from baseline import PASSWORDS, couple, paired_medians, plain_database

from toward.core import clock
from toward.core.promises import AGREEMENTS, MOMENTS, PROMISES, Promises
from toward.core.promises.model import AGREEMENT_COLUMNS, MOMENT_COLUMNS, PROMISE_COLUMNS
from toward.core.spaces import BOOKKEEPING, Space, Spaces
from toward.session import Session

LIMIT_MS = 100.0  # "without a visible pause"
SETTLED = ["kept"] * 7 + ["missed"] * 2 + ["renegotiated", "released"]
WORDS = ["call", "book", "fix", "the", "bike", "dentist", "plants", "tickets", "dinner", "walk"]


def promise_rows(count: int, years: int, maya: str, sam: str) -> list[tuple]:
    rng = random.Random(5000)
    end = clock.now() - timedelta(hours=1)
    span = timedelta(days=365.25 * years).total_seconds()
    rows = []
    for index in range(count):
        made = end - timedelta(seconds=span * (1 - index / count))
        promiser, to = (maya, sam) if rng.random() < 0.5 else (sam, maya)
        what = " ".join(rng.choices(WORDS, k=5))
        due = (made + timedelta(days=rng.randint(1, 14))).date().isoformat()
        open_ = index >= count - 40
        settled_at = made + timedelta(days=rng.randint(1, 20))
        status = "open" if open_ else rng.choice(SETTLED)
        stamp = clock.to_text(made)
        bookkeeping = (uuid.uuid4().hex, promiser, stamp, stamp, None, None, None, None)
        content = (
            promiser,
            to,
            what,
            due,
            stamp,
            status,
            None if open_ else clock.to_text(settled_at),
            None if open_ else settled_at.astimezone().date().isoformat(),
            "",
            None,
            None,
            None,
            "",
            None,
            None,
        )
        rows.append(bookkeeping + content)
    return rows


def agreement_rows(count: int, years: int, maya: str) -> tuple[list[tuple], list[tuple]]:
    rng = random.Random(10)
    end = clock.now() - timedelta(hours=1)
    start = end - timedelta(days=365.25 * years)
    agreements, moments = [], []
    ids = []
    for index in range(10):
        stamp = clock.to_text(start + timedelta(days=index * 30))
        ids.append(uuid.uuid4().hex)
        agreements.append(
            (ids[-1], maya, stamp, stamp, None, None, None, None, f"agreement {index}", None, None)
        )
    for _ in range(count):
        moment = start + timedelta(days=rng.uniform(300, 365.25 * years))
        stamp = clock.to_text(min(moment, end))
        moments.append(
            (
                uuid.uuid4().hex,
                maya,
                stamp,
                stamp,
                None,
                None,
                None,
                None,
                rng.choice(ids),
                rng.choice(("honoured", "broken")),
                "a note",
                stamp,
            )
        )
    return agreements, moments


def insert(table: str, columns: Sequence[str]) -> str:
    names = BOOKKEEPING + tuple(columns)
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"


def fill(conn: sqlcipher3.Connection, tables: dict[str, tuple[str, list[tuple]]]) -> None:
    conn.execute("BEGIN")
    for sql, rows in tables.values():
        conn.executemany(sql, rows)
    conn.execute("COMMIT")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--promises", type=int, default=5000)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="toward-bench-") as tmp:
        folder = Path(tmp)
        household = couple(folder / "household")
        maya = Session.start(household.unlock("Maya", PASSWORDS["Maya"]))
        sam_id = next(p.id for p in maya.household.partners if p.id != maya.partner.id)
        promises = promise_rows(args.promises, args.years, maya.partner.id, sam_id)
        agreements, moments = agreement_rows(args.promises, args.years, maya.partner.id)
        tables = {
            PROMISES: (insert(PROMISES, PROMISE_COLUMNS), promises),
            AGREEMENTS: (insert(AGREEMENTS, AGREEMENT_COLUMNS), agreements),
            MOMENTS: (insert(MOMENTS, MOMENT_COLUMNS), moments),
        }
        fill(maya.spaces.conn(Space.SHARED), tables)
        plain_shared = plain_database(folder / "plain-shared.db")
        plain_private = plain_database(folder / "plain-private.db")
        fill(plain_shared, tables)
        partner_ids = [p.id for p in maya.household.partners]
        ours = maya.promises
        theirs = Promises(Spaces(maya.partner.id, plain_private, plain_shared), partner_ids)

        today = clock.today()
        six_months = (today.replace(day=1) - timedelta(days=150)).replace(day=1)
        ten_years = date(today.year - args.years, today.month, 1)
        year_ago = today - timedelta(days=365)

        def lists(p: Promises) -> Callable[[], object]:
            return lambda: (
                p.open_promises(),
                p.settled(limit=20),
                p.count_settled(),
                [(a, p.moment_tally(a), p.moments(a, limit=3)) for a in p.agreements()],
            )

        cases = {
            "page lists": lists,
            "follow-through 6 months": lambda p: lambda: p.follow_through(six_months, today),
            "follow-through 10 years": lambda p: lambda: p.follow_through(ten_years, today),
            "due soon (Today card)": lambda p: p.attention,
            "a year's promises": lambda p: lambda: p.in_period(year_ago, today),
            "a year's agreements": lambda p: lambda: p.agreements_in_period(year_ago, today),
        }
        assert ours.follow_through(ten_years, today) == theirs.follow_through(ten_years, today)
        results = {
            label: paired_medians(args.runs, case(ours), case(theirs))
            for label, case in cases.items()
        }
        maya.lock()
        plain_shared.close()
        plain_private.close()

    version = sqlcipher3.sqlite_version
    print(
        f"{args.promises:,} promises and {len(moments):,} agreement moments over "
        f"{args.years} years; median of {args.runs} runs"
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
