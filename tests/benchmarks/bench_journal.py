"""How fast a 20,000-entry journal opens its list and searches, next to plain SQLite.

    python tests/benchmarks/bench_journal.py [--entries N] [--shared N] [--runs N]

Builds a household (floor KDF cost; unlocking is measured by bench_startup.py) whose
first partner has N entries of generated text (about 150 words each, a Zipf-like mix of
everyday and rarer words, ten years of dates, moods, kinds of trust and tags) in the
private journal, a share of them copied into the shared journal as shared copies.
The rows go in through each space's connection, one transaction per batch, with the
columns `Journal.write` fills; the search index fills itself through its triggers.

The same rows go into two plain, unencrypted SQLite files (sqlcipher3 with no key: the
same SQLite version, FTS5 and pragmas) built from the same schema steps. Both sides are
then read by the same code, `Journal`, so the ratio is the cost of encryption alone.

Timed, median of --runs after one warm-up run:
  list open: count + the first 200 entries, as the journal page's lazy model does;
  search:    `journal.search(text)` (both spaces, ranked, snippets, merged) for a few
             representative queries.
Also: the first list open and first search right after unlocking (cold page cache).

Not collected by pytest (the file name does not start with test_).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlcipher3
from baseline import plain_database, timed

from toward import Household
from toward.core import clock
from toward.core.journal import Journal, TrustKind
from toward.core.search import fts_query
from toward.core.spaces import Space, Spaces
from toward.session import Session
from toward.vault.kdf import FLOOR_COST

PASSWORD = "benchmark-password"
BATCH = 1000
PAGE = 200  # the journal page's model loads this many rows at a time
SEED = 20_000

COMMON = """the i and to a of it we that was my in me you he she is not for but
with about this so on felt feel what when be at had have all just like it's
talked said think know again because how time day really after more today
want him her his our us they didn't don't can would could did then there""".split()  # noqa: SIM905
RELATIONSHIP = """trust hurt sorry listen listened love angry calm tired afraid
honest honesty promise promised dinner walk kids money work phone message late
weekend mother father family friends repair apology forgave forgive evening
morning argument quiet distance closer hug tears laughed laugh therapy session
plans holiday budget worried relief grateful gratitude patience jealous jealousy
reassurance respect space kind kindness boundaries needs heard understood
reconnect reconnected reconciliation vulnerable safe unsafe doubt story""".split()  # noqa: SIM905
SYLLABLES = """ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi
mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu
va ve vi vo vu za ze zi zo zu an en in on un ar er ir or ur""".split()  # noqa: SIM905
TAGS = """work family money kids health therapy weekend holiday friends home
intimacy chores parents plans repair gratitude doubt promises""".split()  # noqa: SIM905


def vocabulary(rng: random.Random, size: int = 9000) -> list[str]:
    """Common words first, relationship words next, then invented words: a Zipf ranking."""
    words = COMMON + RELATIONSHIP
    seen = set(words)
    while len(words) < size:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


class TextMaker:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.words = vocabulary(rng)
        weights = [1 / (rank + 1) ** 1.05 for rank in range(len(self.words))]
        total = 0.0
        self.cumulative = []
        for weight in weights:
            total += weight
            self.cumulative.append(total)

    def words_(self, count: int) -> list[str]:
        return self.rng.choices(self.words, cum_weights=self.cumulative, k=count)

    def body(self, count: int) -> str:
        words = self.words_(count)
        paragraphs, sentence, sentences = [], [], []
        for word in words:
            sentence.append(word)
            if len(sentence) >= self.rng.randint(6, 16):
                sentences.append(" ".join(sentence).capitalize() + ".")
                sentence = []
                if len(sentences) >= self.rng.randint(3, 6):
                    paragraphs.append(" ".join(sentences))
                    sentences = []
        if sentence:
            sentences.append(" ".join(sentence).capitalize() + ".")
        if sentences:
            paragraphs.append(" ".join(sentences))
        return "\n\n".join(paragraphs)

    def title(self) -> str:
        return " ".join(self.words_(self.rng.randint(2, 6))).capitalize()


COLUMNS = (
    "id, author_id, created_at, updated_at, origin_id, shared_id, shared_at, unshared_at, "
    "title, body, mood, trust_kinds, tags, prompt_id"
)
INSERT = f"INSERT INTO journal_entries ({COLUMNS}) VALUES ({', '.join('?' * 14)})"


def make_rows(
    count: int, shared: int, author: str, seed: int
) -> tuple[list[tuple], list[tuple], int, list[str]]:
    """Private rows and shared-copy rows, as Journal.write and Journal.share store them."""
    rng = random.Random(seed)
    text = TextMaker(rng)
    start = datetime(2016, 1, 1, tzinfo=UTC)
    span = (datetime(2026, 1, 1, tzinfo=UTC) - start).total_seconds()
    kinds = [k.value for k in TrustKind]
    private, copies, words = [], [], 0
    share_these = set(rng.sample(range(count), shared))
    for i in range(count):
        entry_id = uuid.uuid4().hex
        when = clock.to_text(start + timedelta(seconds=rng.uniform(0, span)))
        length = max(20, int(rng.gauss(150, 40)))
        words += length
        body = text.body(length)
        title = text.title() if rng.random() < 0.8 else ""
        mood = rng.choice([None, 1, 2, 3, 3, 4, 4, 5])
        trust = ",".join(sorted(rng.sample(kinds, rng.randint(0, 2))))
        tags = ",".join(sorted(rng.sample(TAGS, rng.randint(0, 3))))
        content = (title, body, mood, trust, tags, None)
        shared_id = shared_at = None
        if i in share_these:
            shared_id, shared_at = uuid.uuid4().hex, when
            copies.append((shared_id, author, when, when, entry_id, None, None, None, *content))
        private.append((entry_id, author, when, when, None, shared_id, shared_at, None, *content))
    return private, copies, words, text.words


def fill(conn: sqlcipher3.Connection, rows: Sequence[tuple]) -> None:
    for start in range(0, len(rows), BATCH):
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(INSERT, rows[start : start + BATCH])
        conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def median_of(runs: int, action: Callable[[], object]) -> float:
    action()  # warm-up: page cache and prepared statements, as after the first use
    return statistics.median(timed(action) for _ in range(runs))


def open_list(journal: Journal) -> None:
    journal.count(Space.PRIVATE)
    journal.entries(Space.PRIVATE, limit=PAGE)


def matches(conn: sqlcipher3.Connection, text: str) -> int:
    query = fts_query(text)
    return conn.execute(
        "SELECT count(*) FROM journal_fts WHERE journal_fts MATCH ?", (query,)
    ).fetchone()[0]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:>8.1f} ms"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=20_000, help="private entries")
    parser.add_argument("--shared", type=int, default=2_000, help="of them shared (copies)")
    parser.add_argument("--runs", type=int, default=9, help="timed runs of each (median)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="toward-bench-") as tmp:
        folder = Path(tmp)
        household = Household.create(folder / "household", kdf_cost=FLOOR_COST)
        household.add_partner("Maya", PASSWORD)
        session = Session.start(household.unlock("Maya", PASSWORD))
        author = session.partner.id

        start = time.perf_counter()
        private_rows, shared_rows, words, vocab = make_rows(args.entries, args.shared, author, SEED)
        made = time.perf_counter() - start
        filled = timed(lambda: fill(session.spaces.conn(Space.PRIVATE), private_rows))
        filled += timed(lambda: fill(session.spaces.conn(Space.SHARED), shared_rows))

        plain_private = plain_database(folder / "plain-private.db")
        plain_shared = plain_database(folder / "plain-shared.db")
        plain_filled = timed(lambda: fill(plain_private, private_rows))
        plain_filled += timed(lambda: fill(plain_shared, shared_rows))
        plain = Journal(Spaces(author, plain_private, plain_shared))

        queries = [
            ("a word in nearly every entry", "the"),
            ("a common word", "trust"),
            ("a less common word", "reconciliation"),
            ("a rare (invented) word", vocab[3000]),
            ("two words", "we talked"),
            ("a prefix being typed", "reconn"),
            ("no match", "xylophone"),
        ]

        session.lock()
        session = Session.start(household.unlock("Maya", PASSWORD))
        toward = session.journal
        cold_list = timed(lambda: open_list(toward))
        cold_search = timed(lambda: toward.search("trust"))
        assert toward.count(Space.PRIVATE) == args.entries

        results: list[tuple[str, float, float]] = []
        results.append(
            (
                f"list open: count + first {PAGE}",
                median_of(args.runs, lambda: open_list(toward)),
                median_of(args.runs, lambda: open_list(plain)),
            )
        )
        found = []
        for label, text in queries:
            hits = len(toward.search(text))
            assert hits == len(plain.search(text)), text
            found.append(
                (label, text, matches(plain_private, text) + matches(plain_shared, text), hits)
            )
            results.append(
                (
                    f"search {text!r}",
                    median_of(args.runs, lambda t=text: toward.search(t)),
                    median_of(args.runs, lambda t=text: plain.search(t)),
                )
            )

        sizes = {
            "Toward private": (folder / "household").glob("private-*.db"),
            "plain private": [folder / "plain-private.db"],
        }
        size_of = {k: sum(p.stat().st_size for p in v) / 1e6 for k, v in sizes.items()}
        sqlcipher_version = (
            session.spaces.conn(Space.PRIVATE).execute("SELECT sqlite_version()").fetchone()[0]
        )
        session.lock()
        plain_private.close()
        plain_shared.close()

    print(
        f"Journal benchmark: {args.entries:,} private entries ({words:,} words, "
        f"{words / args.entries:.0f} per entry), {args.shared:,} of them shared; "
        f"median of {args.runs} runs"
    )
    print(f"SQLite {sqlcipher_version} on both sides; Python {sys.version.split()[0]}")
    print(
        f"text generated in {made:.1f} s; filled in {filled:.1f} s (Toward) and "
        f"{plain_filled:.1f} s (plain); private file {size_of['Toward private']:.0f} MB "
        f"(Toward) and {size_of['plain private']:.0f} MB (plain)"
    )
    print()
    print(f"{'':<40}{'Toward':>11}{'plain':>11}{'ratio':>8}")
    for label, ours, theirs in results:
        print(f"{label:<40}{ms(ours)}{ms(theirs)}{ours / theirs:>8.2f}")
    print()
    print(f"first list open after unlocking {cold_list * 1000:.1f} ms, ", end="")
    print(f"first search after unlocking {cold_search * 1000:.1f} ms")
    print()
    print("queries (entries matching in both files; hits returned, at most 50):")
    for label, text, count, hits in found:
        print(f"  {text!r:<20} {label:<30} {count:>7,} matching, {hits:>3} returned")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
