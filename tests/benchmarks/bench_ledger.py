"""How fast a 20,000-line money ledger shows its views and totals, next to plain SQLite.

    python tests/benchmarks/bench_ledger.py [--lines N] [--runs N]

Builds a household of two (floor KDF cost) whose shared ledger holds N disclosures over
five years: three currencies, a dozen categories, a few cards, a quarter of them disclosed
later than the agreement, most of them responded to (some with a question), a few
corrected. The rows go in through the shared space's connection with the columns
`Ledger.disclose` fills, in batches.

The same rows go into plain, unencrypted SQLite files (sqlcipher3 with no key: the same
SQLite version and pragmas) built from the same schema steps, and both sides are read by
the same code, `Ledger`, so the ratio is the cost of encryption alone.

Timed, median of --runs after one warm-up run:
  ledger view:     count + the first 200 disclosures with their responses, newest first
                   (the Money page's lazy table), for everything and for one month;
  monthly totals:  sums per month and currency over everything, and per currency;
  category totals: sums per category and currency;
  late view:       count + the first 200 late disclosures;
  waiting view:    the partner's count + first page of disclosures awaiting a response.
Also: the first ledger view right after unlocking (cold page cache).

Not collected by pytest (the file name does not start with test_).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import sqlcipher3
from baseline import plain_database, timed

from toward import Household
from toward.core import clock
from toward.core.ledger import Grouping, Ledger, LedgerFilter
from toward.core.period import Period
from toward.core.spaces import Space, Spaces
from toward.session import Session
from toward.vault.kdf import FLOOR_COST

PASSWORD = "benchmark-password"
BATCH = 1000
PAGE = 200
CATEGORIES = ("groceries", "office supplies", "software", "travel", "client meals",
              "equipment", "workspace", "utilities", "health", "gifts", "kids", "home")  # fmt: skip
ACCOUNTS = ("Business Visa …4417", "Joint debit", "Amex …1005", "Cash")
PAYEES = [f"Payee {n}" for n in range(600)]
CURRENCIES = (("USD", 0.8), ("EUR", 0.15), ("JPY", 0.05))


def make_rows(rng: random.Random, count: int, authors: Sequence[str]) -> tuple[list, list]:
    """Disclosure rows and response rows, as `Ledger.disclose` and `respond` write them."""
    lines, responses = [], []
    start = date.today() - timedelta(days=5 * 365)
    for _ in range(count):
        author = rng.choice(authors)
        other = authors[1] if author == authors[0] else authors[0]
        day = start + timedelta(days=rng.randrange(5 * 365))
        taken = rng.choice((0, 1, 2, 3, 5, 7, 9, 14, 30))
        disclosed = datetime.combine(day + timedelta(days=taken), datetime.min.time(), UTC)
        stamp = clock.to_text(disclosed + timedelta(hours=rng.randrange(24)))
        currency = rng.choices([c for c, _ in CURRENCIES], [w for _, w in CURRENCIES])[0]
        minor = rng.randrange(100, 200_000) if currency != "JPY" else rng.randrange(100, 50_000)
        line_id = uuid.uuid4().hex
        lines.append(
            (
                line_id, author, stamp, stamp, uuid.uuid4().hex, day.isoformat(), minor,
                currency, rng.choice(ACCOUNTS), rng.choice(PAYEES), rng.choice(CATEGORIES),
                rng.choice(("personal", "business")), "a few words on why", 0, stamp, taken,
                7 if minor > 10_000 and currency == "USD" else None,
            )
        )  # fmt: skip
        if rng.random() < 0.8:
            kind = rng.choices(("acknowledged", "question", "discussed"), [0.8, 0.1, 0.1])[0]
            responses.append(
                (uuid.uuid4().hex, other, stamp, stamp, line_id, kind, "a short reply")
            )
    return lines, responses


def fill(conn: sqlcipher3.Connection, lines: Sequence[tuple], responses: Sequence[tuple]) -> None:
    for start in range(0, len(lines), BATCH):
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO ledger_lines (id, author_id, created_at, updated_at, origin_id, "
            "occurred_on, amount_minor, currency, account, payee, category, purpose, why, "
            "why_withheld, disclosed_at, days_taken, agreed_days) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            lines[start : start + BATCH],
        )
        conn.execute("COMMIT")
    for start in range(0, len(responses), BATCH):
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO ledger_responses (id, author_id, created_at, updated_at, "
            "disclosure_id, kind, text) VALUES (?, ?, ?, ?, ?, ?, ?)",
            responses[start : start + BATCH],
        )
        conn.execute("COMMIT")


def median_of(runs: int, action: Callable[[], object]) -> float:
    action()  # warm-up
    return statistics.median(timed(action) for _ in range(runs))


def ledger_view(ledger: Ledger, where: LedgerFilter | None = None) -> None:
    ledger.count(where)
    ledger.disclosures(where=where, newest_first=True, limit=PAGE)


def late_view(ledger: Ledger) -> None:
    ledger.late_count()
    ledger.late(limit=PAGE)


def waiting_view(ledger: Ledger) -> None:
    ledger.awaiting_count()
    ledger.awaiting_my_response(limit=PAGE)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:>8.1f} ms"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lines", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    rng = random.Random(20_000)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        household = Household.create(folder / "household", kdf_cost=FLOOR_COST)
        household.add_partner("Maya", PASSWORD)
        maya = Session.start(household.unlock("Maya", PASSWORD))
        maya.add_partner("Sam", PASSWORD)
        ids = [p.id for p in household.partners]
        lines, responses = make_rows(rng, args.lines, ids)
        filled = timed(lambda: fill(maya.spaces.conn(Space.SHARED), lines, responses))
        plain_private = plain_database(folder / "plain-private.db")
        plain_shared = plain_database(folder / "plain-shared.db")
        plain_filled = timed(lambda: fill(plain_shared, lines, responses))
        plain = Ledger(Spaces(ids[0], plain_private, plain_shared), ids)
        plain_sam_private = plain_database(folder / "plain-sam.db")
        plain_sam = Ledger(Spaces(ids[1], plain_sam_private, plain_shared), ids)

        maya.lock()
        maya = Session.start(household.unlock("Maya", PASSWORD))
        sam = Session.start(household.unlock("Sam", PASSWORD))
        toward = maya.ledger
        cold = timed(lambda: ledger_view(toward))
        assert toward.count() == plain.count() == args.lines
        month = LedgerFilter(period=Period.month(date.today().year - 1, 6))
        checks = [
            (toward.totals(by=Grouping.MONTH), plain.totals(by=Grouping.MONTH)),
            (toward.late_count(), plain.late_count()),
            (sam.ledger.awaiting_count(), plain_sam.awaiting_count()),
        ]
        assert all(ours == theirs for ours, theirs in checks)

        cases: list[tuple[str, Callable[[Ledger], object]]] = [
            (f"ledger view: count + first {PAGE}", ledger_view),
            ("ledger view, one month", lambda ledger: ledger_view(ledger, month)),
            ("monthly totals (60 months)", lambda ledger: ledger.totals(by=Grouping.MONTH)),
            ("totals per currency", lambda ledger: ledger.totals_per_currency()),
            ("category totals", lambda ledger: ledger.totals(by=Grouping.CATEGORY)),
            (f"late view: count + first {PAGE}", late_view),
        ]
        results = [
            (label, median_of(args.runs, lambda c=case: c(toward)),
             median_of(args.runs, lambda c=case: c(plain)))
            for label, case in cases
        ]  # fmt: skip
        results.append(
            (
                f"waiting view: count + first {PAGE}",
                median_of(args.runs, lambda: waiting_view(sam.ledger)),
                median_of(args.runs, lambda: waiting_view(plain_sam)),
            )
        )
        late = toward.late_count()
        waiting = sam.ledger.awaiting_count()
        version = maya.spaces.conn(Space.SHARED).execute("SELECT sqlite_version()").fetchone()[0]
        maya.lock()
        sam.lock()
        for conn in (plain_private, plain_shared, plain_sam_private):
            conn.close()

    print(
        f"Ledger benchmark: {args.lines:,} disclosures ({len(responses):,} responses, "
        f"{late:,} late, {waiting:,} waiting for Sam); median of {args.runs} runs"
    )
    print(f"SQLite {version} on both sides; Python {sys.version.split()[0]}")
    print(f"filled in {filled:.1f} s (Toward) and {plain_filled:.1f} s (plain)")
    print()
    print(f"{'':<40}{'Toward':>11}{'plain':>11}{'ratio':>8}")
    for label, ours, theirs in results:
        print(f"{label:<40}{ms(ours)}{ms(theirs)}{ours / theirs:>8.2f}")
    print()
    print(f"first ledger view after unlocking {cold * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
