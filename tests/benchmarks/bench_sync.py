"""Two computers on the ten-year household: each figure beside a baseline from the same run.

    python tests/benchmarks/bench_sync.py [--household PATH]

Uses a copy of the ten-year household that ten_years.py caches (never the cache itself),
or builds one in a temporary folder when there is none. Prints:
  link (snapshot):    linking it to a sync folder, which writes everything as op files;
  folder size:        the sync folder for ten years, beside the encrypted databases (<2x);
  join:               a new computer joining ("ready": keys, both spaces applied), beside
                      restoring a backup of the same household (<60 s, within 3x);
  a week applied:     a week of the partner's changes applied on the other computer (<1 s),
                      beside writing that week through the app on one computer.
  rows straight in:   the same rows as the join inserted straight into new databases, one
                      statement per table, no sync bookkeeping: the least that joining by
                      applying rows (rather than copying database files) can cost here.

Not collected by pytest (the file name does not start with test_).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from ten_years_data import PASSWORDS, build, cache_root

from toward import Household, sync
from toward.backup import create_backup, restore_backup
from toward.core.bids import BidKind
from toward.core.capture import TRAVELLERS
from toward.core.journal import EntryFields
from toward.core.ledger import DraftFields, Money, ResponseKind
from toward.core.schema import STEPS
from toward.core.spaces import Space
from toward.session import Session
from toward.vault.database import open_database, transaction
from toward.vault.migrations import migrate


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--household", type=Path, help="a ten-year household to copy")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="toward-bench-sync-") as tmp:
        root = Path(tmp)
        desk = root / "desk"
        source = args.household or _cached_household()
        if source is None:
            build(root / "built", print)
            source = root / "built" / "household"
        shutil.copytree(source, desk)
        rows = _run(root, desk)
    width = max(len(r[0]) for r in rows)
    print()
    for name, value, baseline, verdict in rows:
        print(f"{name:<{width}}  {value:>12}   {baseline:<40} {verdict}")
    return 0


def _cached_household() -> Path | None:
    found = sorted(cache_root().glob("ten-years-*/household"), key=lambda p: p.stat().st_mtime)
    return found[-1] if found else None


def _unlock(folder: Path, name: str) -> Session:
    return Session.start(Household.open(folder).unlock(name, PASSWORDS[name]))


def _run(root: Path, desk: Path) -> list[tuple[str, str, str, str]]:
    folder = root / "sync"
    maya, sam = _unlock(desk, "Maya"), _unlock(desk, "Sam")
    began = time.perf_counter()
    sync.link(desk, folder, maya)
    sync.exchange(sam)
    link_s = time.perf_counter() - began
    databases = sum(p.stat().st_size for p in desk.glob("*.db"))
    synced = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    maya.lock()
    sam.lock()

    backup = root / "backup.zip"
    create_backup(desk, backup)
    began = time.perf_counter()
    restore_backup(backup, root / "restored", partner="Maya", password=PASSWORDS["Maya"])
    restore_s = time.perf_counter() - began
    began = time.perf_counter()
    sync.join_own(folder, root / "laptop", "Maya", PASSWORDS["Maya"])
    join_s = time.perf_counter() - began

    straight_s = _rows_straight_in(root, desk)

    sam = _unlock(desk, "Sam")
    began = time.perf_counter()
    _a_week(sam)
    write_s = time.perf_counter() - began
    sync.exchange(sam)
    sam.lock()
    laptop = _unlock(root / "laptop", "Maya")
    began = time.perf_counter()
    report = sync.exchange(laptop)
    apply_s = time.perf_counter() - began
    laptop.lock()

    def verdict(ok: bool) -> str:
        return "ok" if ok else "OVER"

    return [
        ("link (snapshot of ten years)", f"{link_s:.1f} s", "", ""),
        (
            "sync folder size",
            f"{synced / 2**20:.1f} MiB",
            f"encrypted databases {databases / 2**20:.1f} MiB ({synced / databases:.2f}x)",
            verdict(synced < 2 * databases),
        ),
        (
            "new computer joins",
            f"{join_s:.1f} s",
            f"restoring a backup {restore_s:.1f} s ({join_s / restore_s:.1f}x)",
            verdict(join_s < 60 and join_s < 3 * restore_s),
        ),
        (
            "rows straight in (a floor)",
            f"{straight_s:.1f} s",
            f"restoring a backup {restore_s:.1f} s ({straight_s / restore_s:.1f}x)",
            "",
        ),
        (
            f"a week applied ({report.applied} changes)",
            f"{apply_s:.2f} s",
            f"writing it on one computer {write_s:.2f} s",
            verdict(apply_s < 1),
        ),
    ]


def _rows_straight_in(root: Path, desk: Path) -> float:
    """Seconds to insert Maya's two spaces' travelling rows into new databases, in one
    transaction each, with the schema's indexes and full-text triggers (reading excluded)."""
    maya = _unlock(desk, "Maya")
    seconds = 0.0
    try:
        for space in (Space.SHARED, Space.PRIVATE):
            source = maya.spaces.conn(space)
            rows = {
                t.name: source.execute(f"SELECT {', '.join(t.columns)} FROM {t.name}").fetchall()
                for t in TRAVELLERS
            }
            path = root / f"straight-{space}.db"
            conn = open_database(path, os.urandom(32), create=True)
            try:
                migrate(conn, STEPS, path)
                began = time.perf_counter()
                with transaction(conn):
                    for table in TRAVELLERS:
                        marks = ", ".join("?" for _ in table.columns)
                        conn.executemany(
                            f"INSERT INTO {table.name} ({', '.join(table.columns)}) "
                            f"VALUES ({marks})",
                            [tuple(row) for row in rows[table.name]],
                        )
                seconds += time.perf_counter() - began
            finally:
                conn.close()
    finally:
        maya.lock()
    return seconds


def _a_week(sam: Session) -> None:
    """A heavy week of one partner: entries, bids, purchases, responses, a promise."""
    start = datetime.now(UTC) - timedelta(days=7)
    maya_id = next(p.id for p in sam.household.partners if p.id != sam.partner.id)
    for day in range(7):
        when = start + timedelta(days=day)
        sam.journal.write(
            Space.SHARED, EntryFields(title=f"day {day}", body="We talked. " * 40), written_at=when
        )
        sam.journal.write(Space.PRIVATE, EntryFields(title=f"mine {day}", body="Alone. " * 40))
        for n in range(10):
            sam.bids.log(Space.SHARED, by_me=n % 2 == 0, kind=BidKind.COMMENT, made_at=when)
        draft = sam.ledger.add_draft(
            DraftFields(date.today(), Money.of("23.40", "EUR"), payee="market", why="food")
        )
        sam.ledger.disclose([draft])
    for disclosure in sam.ledger.awaiting_my_response(limit=5):
        sam.ledger.respond(disclosure, ResponseKind.ACKNOWLEDGED)
    sam.promises.make("Call about the holidays", to_partner_id=maya_id)


if __name__ == "__main__":
    sys.exit(main())
