"""How long the open-format export and its import take for a large household.

    python tests/benchmarks/bench_export.py [--entries N] [--bids N]

Builds a household (floor KDF cost) whose first partner has N journal entries (about 150
words each, a quarter of them with a small picture, a fifth shared) and N bids, written
straight through each space's connection. Then times, once each (an export is a rare,
long action with a progress bar, not a hot path):

  baseline:  the same rows read from a plain, unencrypted SQLite file and written as one
             JSON file (the least any exporter must do);
  folder:    `export_data` to a folder (JSON, a Markdown file per month, pictures, CSV);
  archive:   `export_data` into an AES-256 zip;
  import:    reading that folder back and importing it into an empty household.

Not collected by pytest (the file name does not start with test_).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from baseline import plain_database, timed

from toward import Household
from toward.core import clock
from toward.core.spaces import Space
from toward.opendata import rows as portable
from toward.opendata.archive import EncryptedZipSink, FolderSink
from toward.opendata.export import export_data
from toward.opendata.imports.source import read_import
from toward.opendata.kinds import BIDS, JOURNAL_ENTRIES
from toward.session import Session
from toward.vault.kdf import FLOOR_COST

PASSWORD = "benchmark-password"
WORDS = ["we", "talked", "walked", "dinner", "trust", "sorry", "listened", "late", "phone"]
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00"
    b"\x00\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe"
    b"\x92\xef\x00\x00\x00\x00IEND\xaeB`\x82"
)


def batches(author: str, entries: int, bids: int) -> list[portable.RowBatch]:
    rng = random.Random(entries)
    start = datetime(2016, 1, 1, tzinfo=UTC)
    private = portable.RowBatch(JOURNAL_ENTRIES.table, Space.PRIVATE)
    shared = portable.RowBatch(JOURNAL_ENTRIES.table, Space.SHARED)
    now = clock.to_text(clock.now())
    for n in range(entries):
        when = clock.to_text(start + timedelta(hours=4 * n))
        row = {
            "id": uuid.uuid4().hex,
            "author_id": author,
            "created_at": when,
            "updated_at": now,
            "title": f"Day {n}",
            "body": " ".join(rng.choices(WORDS, k=150)),
            "mood": rng.randint(1, 5),
            "trust_kinds": "emotional",
            "tags": "us",
            "prompt_id": None,
        }
        target = shared if n % 5 == 0 else private
        target.rows.append(row)
        if n % 4 == 0:
            target.children.setdefault("journal_images", []).append(
                {
                    "id": uuid.uuid4().hex,
                    "entry_id": row["id"],
                    "position": 0,
                    "name": "photo",
                    "mime": "image/png",
                    "data": PNG,
                    "created_at": when,
                }
            )
    bid_batch = portable.RowBatch(BIDS.table, Space.SHARED)
    for n in range(bids):
        when = clock.to_text(start + timedelta(hours=2 * n))
        bid_batch.rows.append(
            {
                "id": uuid.uuid4().hex,
                "author_id": author,
                "created_at": when,
                "updated_at": now,
                "bidder_id": author,
                "kind": "comment",
                "description": "a look",
                "made_at": when,
                "answer": rng.choice(["toward", "away", "against", "missed"]),
                "note": "",
                "mood_after": None,
                "late_toward_at": None,
                "late_note": "",
            }
        )
    return [private, shared, bid_batch]


def baseline(folder: Path, rows: list[portable.RowBatch]) -> float:
    conn = plain_database(folder / "plain.db")
    with conn:
        for batch in rows:
            for row in batch.rows:
                names = ", ".join(row)
                marks = ", ".join("?" for _ in row)
                conn.execute(
                    f"INSERT INTO {batch.table.name} ({names}) VALUES ({marks})",
                    tuple(row.values()),
                )

    def dump() -> None:
        out = {}
        for table in ("journal_entries", "bids"):
            out[table] = [dict(r) for r in conn.execute(f"SELECT * FROM {table}")]
        (folder / "plain.json").write_text(json.dumps(out))

    return timed(dump)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=20_000)
    parser.add_argument("--bids", type=int, default=20_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="toward-bench-") as temp:
        root = Path(temp)
        household = Household.create(root / "h", kdf_cost=FLOOR_COST)
        household.add_partner("Maya", PASSWORD)
        maya = Session.start(household.unlock("Maya", PASSWORD))
        rows = batches(maya.partner.id, args.entries, args.bids)
        portable.write_batches(maya.spaces, rows)
        base = baseline(root, rows)
        folder = timed(lambda: export_data(maya, FolderSink(root / "out")))
        archive = timed(lambda: export_data(maya, EncryptedZipSink(root / "a.zip", PASSWORD)))
        other = Household.create(root / "other", kdf_cost=FLOOR_COST)
        other.add_partner("Maya", PASSWORD)
        fresh = Session.start(other.unlock("Maya", PASSWORD))
        imported = timed(lambda: read_import(fresh, root / "out").apply())
        maya.lock()
        fresh.lock()
    print(f"{args.entries:,} entries ({args.entries // 4:,} pictures), {args.bids:,} bids")
    print(f"{'step':<10} {'seconds':>8} {'× baseline':>11}")
    for name, seconds in (
        ("baseline", base),
        ("folder", folder),
        ("archive", archive),
        ("import", imported),
    ):
        print(f"{name:<10} {seconds:>8.2f} {seconds / base:>11.1f}")


if __name__ == "__main__":
    main(sys.argv[1:])
