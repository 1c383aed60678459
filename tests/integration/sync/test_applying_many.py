"""Applying a file of many new rows at once (a household's first snapshot): every rule still
holds, a row that breaks one stays out alone, and a join cut short finishes later."""

from __future__ import annotations

import importlib
import uuid
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSWORDS, Couple
from tests.integration.sync.support import Computer, own_computers
from toward import sync
from toward.core.bids import BidKind
from toward.core.journal import EntryFields
from toward.core.spaces import Space
from toward.sync import applying, sending

# The module (the package names its function `exchange` too).
exchange_module = importlib.import_module("toward.sync.exchange")
RECORD_TABLES = ("bids", "journal_entries", "journal_replies")


def _bid_row(computer: Computer) -> dict[str, Any]:
    """A bid as Sam's computer holds it: the shape of a row in an op file."""
    bid = computer.session.bids.log(Space.SHARED, by_me=True, kind=BidKind.COMMENT)
    conn = computer.session.spaces.conn(Space.SHARED)
    found = conn.execute("SELECT * FROM bids WHERE id = ?", (bid.id,)).fetchone()
    return dict(zip(found.keys(), tuple(found), strict=True))


def _insert(table: str, row: dict[str, Any], n: int) -> dict[str, Any]:
    return {"t": table, "k": [row["id"]], "o": "i", "s": f"{n:013d}-000000-elsewhere", "v": row}


def _tables(computer: Computer) -> dict[str, list[tuple[Any, ...]]]:
    conn = computer.session.spaces.conn(Space.SHARED)
    return {
        name: [tuple(r) for r in conn.execute(f"SELECT * FROM {name} ORDER BY 1, 2")]
        for name in (*RECORD_TABLES, "sync_rows")
    }


def test_new_rows_go_in_together_and_each_row_breaking_a_rule_stays_out_alone(apart):
    maya, sam, _folder = apart
    maya_id, sam_id = maya.session.partner.id, sam.session.partner.id
    template = _bid_row(sam)

    def bid(**changes: Any) -> dict[str, Any]:
        return {**template, "id": uuid.uuid4().hex, **changes}

    good = [bid(description=f"good {n}") for n in range(5)]
    not_his = bid(author_id=maya_id, bidder_id=maya_id, description="claims to be hers")
    unknown_answer = bid(answer="sideways")  # the database's own check refuses it
    orphan = {
        "id": uuid.uuid4().hex,
        "author_id": sam_id,
        "created_at": template["created_at"],
        "updated_at": template["updated_at"],
        "entry_id": uuid.uuid4().hex,  # an entry that has not arrived
        "body": "a reply",
    }
    rows = [*good[:2], not_his, good[2], unknown_answer, *good[3:]]
    ops = [_insert("bids", row, n) for n, row in enumerate(rows, 1)]
    ops.append(_insert("journal_replies", orphan, len(ops) + 1))
    content = {"partners": [sam_id], "ops": ops}
    channel = exchange_module.channels(maya.session)[0]
    household = [maya_id, sam_id]

    outcome = applying.apply_file(channel, "elsewhere", 1, content, household)

    assert outcome.applied == len(good)
    assert len(outcome.refused) == 2
    assert "author" in outcome.refused[0] and "database" in outcome.refused[1]
    assert outcome.waiting == 1
    conn = maya.session.spaces.conn(Space.SHARED)
    ids = {r[0] for r in conn.execute("SELECT id FROM bids WHERE author_id = ?", (sam_id,))}
    assert {b["id"] for b in good} <= ids
    assert not_his["id"] not in ids and unknown_answer["id"] not in ids
    here = conn.execute("SELECT count(*) FROM bids WHERE id = ?", (not_his["id"],)).fetchone()
    assert here[0] == 0
    versions = {r[0] for r in conn.execute("SELECT pk FROM sync_rows WHERE tbl = 'bids'")}
    assert {f'["{b["id"]}"]' for b in good} <= versions
    assert f'["{unknown_answer["id"]}"]' not in versions

    # Applying the same file again changes nothing.
    before = _tables(maya)
    again = applying.apply_file(channel, "elsewhere", 1, content, household)
    assert again.applied == 0
    assert _tables(maya) == before


def test_a_join_cut_short_finishes_at_the_next_exchange(
    couple: Couple, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    # Small files, so the snapshot is many: the join stops after the first few of them.
    monkeypatch.setattr(sending, "BATCH_BYTES", 4000)
    home = own_computers(couple, tmp_path, count=1)[0][0]
    for n in range(30):
        home.session.journal.write(
            Space.SHARED, EntryFields(title=f"entry {n}", body="words " * 40)
        )
    home.exchange()
    files = sorted((tmp_path / "sync" / "shared").rglob("*.op"))
    assert len(files) > 3

    applied_files = []
    real_apply = applying.apply_file

    def cut_short(*args: Any, **kwargs: Any) -> applying.Outcome:
        if len(applied_files) == 3:
            raise KeyboardInterrupt  # the computer switched off mid-join
        applied_files.append(args[2])
        return real_apply(*args, **kwargs)

    monkeypatch.setattr(exchange_module, "apply_file", cut_short)
    laptop_dir = tmp_path / "laptop"
    with pytest.raises(KeyboardInterrupt):
        sync.join_own(tmp_path / "sync", laptop_dir, "Maya", PASSWORDS["Maya"])
    monkeypatch.setattr(exchange_module, "apply_file", real_apply)

    laptop = Computer("laptop", laptop_dir, "Maya", PASSWORDS["Maya"])
    try:
        laptop.exchange()
        laptop.exchange()
        assert _tables(laptop)["journal_entries"] == _tables(home)["journal_entries"]
        assert _tables(laptop)["bids"] == _tables(home)["bids"]
    finally:
        laptop.close()
        home.close()


def test_a_sealed_answer_in_a_file_goes_in_only_once_both_marks_are_here(apart):
    maya, sam, _folder = apart
    maya_id, sam_id = maya.session.partner.id, sam.session.partner.id
    both, one = uuid.uuid4().hex, uuid.uuid4().hex
    at = "2026-01-01T10:00:00+00:00"

    def mark(repair: str, partner: str, n: int) -> dict[str, Any]:
        row = {"repair_id": repair, "step": "feelings", "partner_id": partner}
        key = [repair, "feelings", partner, "submitted"]
        values = {**row, "kind": "submitted", "marked_at": at}
        return {"t": "repair_marks", "k": key, "o": "i", "s": f"{n:013d}-0-x", "v": values}

    def answer(repair: str) -> dict[str, Any]:
        row = {"id": uuid.uuid4().hex, "author_id": sam_id, "created_at": at, "updated_at": at}
        return {**row, "repair_id": repair, "step": "feelings", "body": "sealed words"}

    answers = [answer(both), answer(one)]
    ops = [mark(both, maya_id, 1), mark(both, sam_id, 2), mark(one, sam_id, 3)]
    ops += [_insert("repair_answers", row, n) for n, row in enumerate(answers, 4)]
    # A computer both partners use: each one's marks may come from it.
    content = {"partners": [maya_id, sam_id], "ops": ops}
    channel = exchange_module.channels(maya.session)[0]

    outcome = applying.apply_file(channel, "elsewhere", 1, content, [maya_id, sam_id])

    assert outcome.applied == 4 and outcome.waiting == 1 and not outcome.refused
    conn = maya.session.spaces.conn(Space.SHARED)
    here = {r[0] for r in conn.execute("SELECT repair_id FROM repair_answers")}
    assert both in here and one not in here
