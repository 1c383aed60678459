"""How fast a year of heavy use becomes a therapy summary, next to plain SQLite.

    python tests/benchmarks/bench_summary.py [--bids N] [--entries N] [--ledger N]
                                             [--promises N] [--repairs N] [--runs N]

Builds a household of two (floor KDF cost) holding a year: bids and journal entries
(shared and private) and ledger disclosures written as rows in batches, with the columns
the features fill; promises (most of them settled) and repair conversations (every step
answered by both, with a plan) through the features' own APIs. The same year goes into
two plain, unencrypted SQLite files built from the same schema steps and read by the
same code (a Session over them), so the ratio is the cost of encryption alone.

Timed, median of --runs after one warm-up run, for the whole year and every section:
  build:    `build_summary` (the core queries into plain data);
  PDF:      `render_pdf` (reportlab, vector charts, embedded font);
  protect:  AES-256 with pypdf;
  Markdown: `render_markdown`.

Not collected by pytest (the file name does not start with test_).
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import sys
import tempfile
import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path

import sqlcipher3
from baseline import PASSWORDS, couple, plain_database, timed
from pypdf import PdfReader

from toward import Household
from toward.core import clock
from toward.core.period import Period
from toward.core.repairs import SEALED_STEPS, Topic
from toward.core.spaces import Space, Spaces
from toward.export.markdown import render_markdown
from toward.export.pdf import protect, render_pdf
from toward.export.summary import Contribution, Section, SummaryRequest, build_summary
from toward.session import Session, UnlockReport

BATCH = 1000
SEED = 7
WORDS = """the evening we talked about money and the kids again I felt tired but calmer after
the walk Sam listened this time and I noticed how much easier it was to say what I meant
trust grows slowly in small moments like dinner without phones or a message when late""".split()  # noqa: SIM905
BOOKKEEPING = "id, author_id, created_at, updated_at, origin_id, shared_id, shared_at, unshared_at"
CATEGORIES = ["Food", "Home", "Car", "Gifts", "Hobbies", "Health", "Children", ""]
PAYEES = ["Bakery", "Garage", "Bookshop", "Pharmacy", "Market", "Cinema", "Hardware store"]


def stamp(moment: datetime) -> str:
    return clock.to_text(moment)


def moment_in(rng: random.Random, first: date, days: int) -> datetime:
    day = first + timedelta(days=rng.randrange(days))
    return datetime.combine(day, time(rng.randrange(7, 23), rng.randrange(60))).astimezone()


def text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def insert(conn: sqlcipher3.Connection, table: str, columns: str, rows: list[tuple]) -> None:
    marks = ", ".join("?" * (len(BOOKKEEPING.split(",")) + len(columns.split(","))))
    sql = f"INSERT INTO {table} ({BOOKKEEPING}, {columns}) VALUES ({marks})"
    for start in range(0, len(rows), BATCH):
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(sql, rows[start : start + BATCH])
        conn.execute("COMMIT")


def seed_rows(maya: Session, sam: Session, args: argparse.Namespace, first: date) -> None:
    """Bids, journal entries and ledger disclosures as rows, the same for every pair."""
    rng = random.Random(SEED)
    ids = [maya.partner.id, sam.partner.id]
    bids: dict[Space, list[tuple]] = {Space.PRIVATE: [], Space.SHARED: []}
    answers = ["toward"] * 6 + ["away"] * 2 + ["against", "missed"]
    for _ in range(args.bids):
        when = stamp(moment_in(rng, first, 365))
        space = Space.SHARED if rng.random() < 0.8 else Space.PRIVATE
        bids[space].append(
            (uuid.uuid4().hex, ids[0], when, when, None, None, None, None, rng.choice(ids),
             rng.choice(["comment", "question", "touch", "help", "invitation", "sigh"]),
             text(rng, 8), when, rng.choice(answers), "", rng.choice([None, 2, 3, 4, 5]))
        )  # fmt: skip
    columns = "bidder_id, kind, description, made_at, answer, note, mood_after"
    for space, rows in bids.items():
        insert(maya.spaces.conn(space), "bids", columns, rows)
    entries: dict[Space, list[tuple]] = {Space.PRIVATE: [], Space.SHARED: []}
    for _ in range(args.entries):
        when = stamp(moment_in(rng, first, 365))
        space = Space.SHARED if rng.random() < 0.6 else Space.PRIVATE
        author = rng.choice(ids) if space is Space.SHARED else ids[0]
        entries[space].append(
            (uuid.uuid4().hex, author, when, when, None, None, None, None, text(rng, 5),
             "\n\n".join(text(rng, 40) for _ in range(3)), rng.choice([None, 2, 3, 4]), "", "")
        )  # fmt: skip
    columns = "title, body, mood, trust_kinds, tags"
    for space, rows in entries.items():
        insert(maya.spaces.conn(space), "journal_entries", columns, rows)
    lines = []
    for _ in range(args.ledger):
        bought = moment_in(rng, first, 365)
        taken = rng.choice([0, 0, 1, 1, 2, 3, 5, 9])
        disclosed = stamp(bought + timedelta(days=taken))
        lines.append(
            (uuid.uuid4().hex, rng.choice(ids), disclosed, disclosed, None, None, None, None,
             bought.date().isoformat(), rng.randrange(300, 25_000), "EUR", "Card",
             rng.choice(PAYEES), rng.choice(CATEGORIES), "personal", text(rng, 6), 0,
             disclosed, taken, 3)
        )  # fmt: skip
    columns = (
        "occurred_on, amount_minor, currency, account, payee, category, purpose, why, "
        "why_withheld, disclosed_at, days_taken, agreed_days"
    )
    insert(maya.spaces.conn(Space.SHARED), "ledger_lines", columns, lines)


def seed_through_apis(maya: Session, sam: Session, args: argparse.Namespace) -> None:
    """Promises and repair conversations, as the partners would make them."""
    rng = random.Random(SEED + 1)
    for i in range(args.promises):
        promiser, other = (maya, sam) if i % 2 else (sam, maya)
        promise = promiser.promises.make(text(rng, 6), to_partner_id=other.partner.id)
        roll = rng.random()
        if roll < 0.55:
            other.promises.mark_kept(promise)
        elif roll < 0.75:
            other.promises.mark_missed(promise)
        elif roll < 0.85:
            asked = promiser.promises.ask_new_terms(promise, text(rng, 6))
            other.promises.accept_new_terms(asked)
    for _ in range(args.repairs):
        repair = maya.repairs.start(text(rng, 5), Topic.ARGUMENT, clock.now() + timedelta(hours=1))
        repair = sam.repairs.accept_time(repair)
        for step in SEALED_STEPS:
            maya.repairs.submit(repair, step, text(rng, 30))
            sam.repairs.submit(repair, step, text(rng, 30))
            maya.repairs.publish_ready()
        maya.repairs.accept_apology(maya.repairs.get(repair.id))
        sam.repairs.accept_apology(sam.repairs.get(repair.id))
        maya.repairs.add_plan_item(maya.repairs.get(repair.id), text(rng, 8))
    maya.therapy_consent.set_default(True)
    sam.therapy_consent.set_default(True)


def plain_sessions(folder: Path, household: Household) -> tuple[Session, Session]:
    """Maya and Sam over unencrypted files: a shared one and one private file each."""
    shared = plain_database(folder / "plain-shared.db")
    sessions = []
    for partner in household.partners:
        private = plain_database(folder / f"plain-{partner.name}.db")
        spaces = Spaces(partner.id, private, shared)
        sessions.append(Session(household, partner, spaces, {}, UnlockReport(None, 0)))
    return sessions[0], sessions[1]


def median_of(runs: int, action: Callable[[], object]) -> float:
    action()  # warm-up: page cache and prepared statements, as after the first use
    return statistics.median(timed(action) for _ in range(runs))


def ms(seconds: float) -> str:
    return f"{seconds * 1000:>9.1f} ms"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bids", type=int, default=5_000)
    parser.add_argument("--entries", type=int, default=500)
    parser.add_argument("--ledger", type=int, default=2_000)
    parser.add_argument("--promises", type=int, default=200)
    parser.add_argument("--repairs", type=int, default=20)
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each (median)")
    args = parser.parse_args(argv)
    today = clock.today()
    period = Period(today - timedelta(days=364), today)
    request = SummaryRequest(period, tuple(Section))

    with tempfile.TemporaryDirectory(prefix="toward-bench-") as tmp:
        folder = Path(tmp)
        household = couple(folder / "household")
        maya = Session.start(household.unlock("Maya", PASSWORDS["Maya"]))
        sam = Session.start(household.unlock("Sam", PASSWORDS["Sam"]))
        plain_maya, plain_sam = plain_sessions(folder, household)
        seeding = {}
        for label, (one, two) in (("Toward", (maya, sam)), ("plain", (plain_maya, plain_sam))):
            seeding[label] = timed(lambda one=one, two=two: seed_rows(one, two, args, period.start))
            seeding[label] += timed(lambda one=one, two=two: seed_through_apis(one, two, args))
        for session in (maya, plain_maya):
            for space in Space:
                session.spaces.conn(space).execute("PRAGMA wal_checkpoint(TRUNCATE)")

        results: list[tuple[str, float, float]] = []
        built = {}
        for label, session in (("Toward", maya), ("plain", plain_maya)):
            built[label] = build_summary(request, [Contribution(session, note="A note.")])
        pdf = render_pdf(built["Toward"])
        results.append(
            (
                "build the summary (all sections)",
                median_of(args.runs, lambda: build_summary(request, [Contribution(maya)])),
                median_of(args.runs, lambda: build_summary(request, [Contribution(plain_maya)])),
            )
        )
        render = median_of(args.runs, lambda: render_pdf(built["Toward"]))
        protecting = median_of(args.runs, lambda: protect(pdf, "for-the-therapist"))
        markdown = median_of(args.runs, lambda: render_markdown(built["Toward"]))
        whole = median_of(
            args.runs,
            lambda: protect(
                render_pdf(build_summary(request, [Contribution(maya)])), "for-the-therapist"
            ),
        )
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        maya.lock()
        sam.lock()

    sqlcipher_version = sqlcipher3.sqlite_version
    print(
        f"A year for a therapy summary: {args.bids:,} bids, {args.entries:,} journal "
        f"entries, {args.ledger:,} ledger lines, {args.promises:,} promises, "
        f"{args.repairs:,} repairs"
    )
    print(f"SQLite {sqlcipher_version} on both sides; Python {sys.version.split()[0]}")
    print(
        f"seeding: {seeding['Toward']:.1f} s encrypted, {seeding['plain']:.1f} s plain; "
        f"median of {args.runs} runs after a warm-up"
    )
    print()
    print(f"{'':<40}{'Toward':>12}{'plain':>12}{'ratio':>8}")
    for label, ours, theirs in results:
        print(f"{label:<40}{ms(ours)}{ms(theirs)}{ours / theirs:>8.2f}")
    print()
    print(f"{'render the PDF':<40}{ms(render)}   ({pages} pages, {len(pdf) / 1024:.0f} KiB)")
    print(f"{'protect it (AES-256)':<40}{ms(protecting)}")
    print(f"{'render Markdown':<40}{ms(markdown)}")
    print(f"{'all of it: build, PDF, protect':<40}{ms(whole)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
