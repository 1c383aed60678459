"""How fast the Today page's data and the bid charts come with 100,000 bids, next to plain SQLite.

    python tests/benchmarks/bench_dashboard.py [--bids N] [--years N] [--runs N]
                                               [--shuffled] [--stats-index]

Builds a household of two (floor KDF cost; unlocking is measured by bench_startup.py) and
fills it with N bids over the last ten years, as `Bids.log` and `Bids.share` store them:
Maya's private bids (a share of them also copied into the shared space, some of those
answered late by Sam), shared bids logged by either partner (some answered late), and
Sam's private bids, which Maya never reads. The rows go in through each space's
connection with executemany, one transaction per batch, oldest first as bids are logged
(--shuffled: in random order, as after importing years of bids at once).

--stats-index adds the index proposed for the statistics (a covering index over the
columns they read) to both sides before timing, to compare.

Maya's two spaces are copied, row for row, into two plain, unencrypted SQLite files
(sqlcipher3 with no key: the same SQLite version) built from the same schema steps with
the same pragmas. Both sides are then read by the same code (`Bids`, `Journal`,
`build_today`), so the ratio is the cost of encryption alone.

Timed, median of --runs after one warm-up run, Toward and plain in turns:
  today():         `session.today()`: 12 weeks of patterns plus the attention cards;
  patterns(52):    `bids.patterns(weeks=52)`, a year of charts;
  patterns(520):   ten years at once (no page asks for this; a stress case);
  waiting count:   `bids.unanswered_count()`, the bids card's count.
Also: the first today() right after unlocking (cold page cache).

Not collected by pytest (the file name does not start with test_).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
from datetime import timedelta
from pathlib import Path

import sqlcipher3
from baseline import PASSWORDS, couple, paired_medians, plain_database, timed

from toward.core import clock
from toward.core.bids import CONTENT_COLUMNS, TABLE, Answer, BidKind, Bids
from toward.core.journal import Journal
from toward.core.spaces import BOOKKEEPING, Space, Spaces
from toward.core.today import TodayView, build_today
from toward.session import Session

BATCH = 2000
SEED = 100_000
LIMIT_MS = 100.0  # "without a visible pause"

COLUMNS = BOOKKEEPING + CONTENT_COLUMNS
INSERT = f"INSERT INTO {TABLE} ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
WORDS = """asked about my day showed me a photo reached for my hand sighed at the news
wanted help with the sink invited me for a walk told a joke about work looked up from
the phone made tea for two mentioned her mother hummed while cooking""".split()  # noqa: SIM905
ANSWERS = [a.value for a in Answer]
ANSWER_WEIGHTS = [0.62, 0.18, 0.05, 0.15]
KINDS = [k.value for k in BidKind]


class Maker:
    """Bid rows with realistic text, answers and times over the last `years` years."""

    def __init__(self, rng: random.Random, years: int, partners: tuple[str, str]) -> None:
        self.rng = rng
        self.partners = partners
        self.end = clock.now() - timedelta(hours=1)
        self.span = timedelta(days=365.25 * years).total_seconds()

    def row(self, author: str, bidder: str, *, late: bool = False) -> list[object]:
        rng = self.rng
        made = self.end - timedelta(seconds=rng.uniform(0, self.span))
        made_at = clock.to_text(made)
        answer = rng.choices(ANSWERS, ANSWER_WEIGHTS)[0]
        late_at = None
        if late and answer != "toward" and rng.random() < 0.3:
            late_at = clock.to_text(made + timedelta(hours=rng.uniform(1, 48)))
        note = " ".join(rng.sample(WORDS, rng.randint(3, 10))) if rng.random() < 0.3 else ""
        return [
            uuid.uuid4().hex,
            author,
            made_at,
            made_at,
            None,
            None,
            None,
            None,
            bidder,
            rng.choice(KINDS),
            " ".join(rng.sample(WORDS, rng.randint(3, 9))),
            made_at,
            answer,
            note,
            rng.choice([None, None, 2, 3, 4, 5]),
            late_at,
            "I see it now" if late_at else "",
        ]


def make_rows(count: int, years: int, maya: str, sam: str) -> dict[str, list[tuple]]:
    """Rows per file: Maya's private, the shared space, Sam's private.

    Of `count` bids: 40% Maya's private (a tenth of them shared as copies), 50% shared
    (logged by either, made by either), 10% Sam's private.
    """
    rng = random.Random(SEED)
    make = Maker(rng, years, (maya, sam))
    maya_private, shared, sam_private = [], [], []
    for _ in range(count * 4 // 10):
        row = make.row(maya, rng.choice((maya, sam)))
        if rng.random() < 0.1:  # shared: a copy linked to its original, maybe answered late
            copy = list(row)
            copy[0], copy[4] = uuid.uuid4().hex, row[0]
            if copy[8] == maya and copy[12] != "toward" and rng.random() < 0.3:
                copy[15], copy[16] = copy[11], "I see it now"
            row[5], row[6] = copy[0], row[3]
            shared.append(tuple(copy))
        maya_private.append(tuple(row))
    for _ in range(count // 2):
        author = rng.choice((maya, sam))
        shared.append(tuple(make.row(author, rng.choice((maya, sam)), late=True)))
    for _ in range(count - len(maya_private) - count // 2):
        sam_private.append(tuple(make.row(sam, rng.choice((maya, sam)))))
    return {"maya": maya_private, "shared": shared, "sam": sam_private}


STATS_INDEX = (
    f"CREATE INDEX IF NOT EXISTS bids_for_statistics ON {TABLE} "
    "(made_at, answer, kind, bidder_id, author_id, origin_id, late_toward_at)"
)


def in_order(rows: list[tuple], shuffled: bool) -> list[tuple]:
    if shuffled:
        return rows  # made in random time order
    return sorted(rows, key=lambda row: row[COLUMNS.index("made_at")])


def fill(conn: sqlcipher3.Connection, rows: Sequence[tuple]) -> None:
    for start in range(0, len(rows), BATCH):
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(INSERT, rows[start : start + BATCH])
        conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:>9.1f} ms"


def same_view(a: TodayView, b: TodayView) -> bool:
    return (a.this_week, a.patterns, [c.count for c in a.cards]) == (
        b.this_week,
        b.patterns,
        [c.count for c in b.cards],
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bids", type=int, default=100_000, help="bids in the household")
    parser.add_argument("--years", type=int, default=10, help="spread over this many years")
    parser.add_argument("--runs", type=int, default=9, help="timed runs of each (median)")
    parser.add_argument("--shuffled", action="store_true", help="insert in random time order")
    parser.add_argument("--stats-index", action="store_true", help="add the proposed index")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="toward-bench-") as tmp:
        folder = Path(tmp)
        household = couple(folder / "household")
        maya = Session.start(household.unlock("Maya", PASSWORDS["Maya"]))
        sam = Session.start(household.unlock("Sam", PASSWORDS["Sam"]))
        maya_id, sam_id = maya.partner.id, sam.partner.id

        start = time.perf_counter()
        rows = make_rows(args.bids, args.years, maya_id, sam_id)
        rows = {name: in_order(part, args.shuffled) for name, part in rows.items()}
        made = time.perf_counter() - start
        filled = timed(lambda: fill(maya.spaces.conn(Space.PRIVATE), rows["maya"]))
        filled += timed(lambda: fill(maya.spaces.conn(Space.SHARED), rows["shared"]))
        filled += timed(lambda: fill(sam.spaces.conn(Space.PRIVATE), rows["sam"]))
        sam.lock()

        plain_private = plain_database(folder / "plain-private.db")
        plain_shared = plain_database(folder / "plain-shared.db")
        plain_filled = timed(lambda: fill(plain_private, rows["maya"]))
        plain_filled += timed(lambda: fill(plain_shared, rows["shared"]))
        plain_spaces = Spaces(maya_id, plain_private, plain_shared)
        plain_bids = Bids(plain_spaces, [maya_id, sam_id])
        plain_journal = Journal(plain_spaces)
        if args.stats_index:
            for conn in (plain_private, plain_shared, *map(maya.spaces.conn, Space)):
                conn.execute(STATS_INDEX)

        def plain_today() -> TodayView:
            return build_today(plain_bids, (plain_journal.attention, plain_bids.attention))

        maya.lock()
        maya = Session.start(household.unlock("Maya", PASSWORDS["Maya"]))
        cold_today = timed(maya.today)
        assert same_view(maya.today(), plain_today()), "the two sides disagree"
        assert maya.bids.patterns(weeks=52) == plain_bids.patterns(weeks=52)

        cases: list[tuple[str, Callable[[], object], Callable[[], object]]] = [
            ("today()", maya.today, plain_today),
            (
                "patterns(weeks=52)",
                lambda: maya.bids.patterns(weeks=52),
                lambda: plain_bids.patterns(weeks=52),
            ),
            (
                "patterns(weeks=520)",
                lambda: maya.bids.patterns(weeks=520),
                lambda: plain_bids.patterns(weeks=520),
            ),
            ("waiting count", maya.bids.unanswered_count, plain_bids.unanswered_count),
        ]
        results = [
            (label, *paired_medians(args.runs, ours, theirs)) for label, ours, theirs in cases
        ]

        view = maya.today()
        year = maya.bids.patterns(weeks=52)
        in_year = sum(w.counts.total for w in year.weeks)
        counts = {
            name: maya.spaces.conn(space).execute(f"SELECT count(*) FROM {TABLE}").fetchone()[0]
            for name, space in (("private", Space.PRIVATE), ("shared", Space.SHARED))
        }
        version = maya.spaces.conn(Space.PRIVATE).execute("SELECT sqlite_version()").fetchone()
        maya.lock()
        plain_private.close()
        plain_shared.close()

    print(
        f"Dashboard benchmark: {args.bids:,} bids over {args.years} years "
        f"(Maya reads {counts['private']:,} private + {counts['shared']:,} shared rows, "
        f"{len(rows['sam']):,} are Sam's private); median of {args.runs} runs"
    )
    print(f"SQLite {version[0]} on both sides; Python {sys.version.split()[0]}")
    order = "in random time order" if args.shuffled else "oldest first"
    index = "with" if args.stats_index else "without"
    print(f"rows inserted {order}; {index} the proposed statistics index")
    print(
        f"rows generated in {made:.1f} s; filled in {filled:.1f} s (Toward) and "
        f"{plain_filled:.1f} s (plain); {in_year:,} of Maya's bids in the last 52 weeks, "
        f"{view.cards[0].count if view.cards else 0:,} waiting for her"
    )
    print()
    print(f"{'':<24}{'Toward':>12}{'plain':>12}{'ratio':>8}")
    for label, ours, theirs in results:
        flag = "  over 100 ms" if ours * 1000 > LIMIT_MS else ""
        print(f"{label:<24}{ms(ours)}{ms(theirs)}{ours / theirs:>8.2f}{flag}")
    print()
    print(f"first today() after unlocking: {cold_today * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
