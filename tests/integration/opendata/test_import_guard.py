"""A crafted Toward export cannot write as the other partner, and a damaged one writes nothing."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import sqlcipher3

from tests.conftest import make_couple
from tests.integration.repairs.support import agreed
from toward.core.bids import Answer, BidKind
from toward.core.journal import EntryFields
from toward.core.ledger.ledger import DraftFields
from toward.core.ledger.money import Money
from toward.core.repairs.steps import Step
from toward.core.spaces import Space
from toward.opendata import rows as portable
from toward.opendata.archive import FolderSink
from toward.opendata.export import DOCUMENT_NAME, export_data
from toward.opendata.imports.plan import ImportRefused
from toward.opendata.imports.source import read_import
from toward.opendata.kinds import RECORD_KINDS
from toward.session import Session


def exported(session: Session, folder: Path) -> tuple[Path, dict]:
    out = export_data(session, FolderSink(folder)).path
    return out, json.loads((out / DOCUMENT_NAME).read_text("utf-8"))


def rewrite(out: Path, document: dict) -> None:
    (out / DOCUMENT_NAME).write_text(json.dumps(document), "utf-8")


def test_the_other_partners_records_are_left_out_and_reported(maya, sam, tmp_path):
    sam.journal.write(Space.SHARED, EntryFields(body="Sam's words"))
    maya.journal.write(Space.SHARED, EntryFields(body="Maya's words"))
    out, _ = exported(maya, tmp_path / "out")
    other = make_couple(tmp_path / "other")
    maya2 = other.unlock("Maya")
    try:
        report = read_import(maya2, out).apply()
        bodies = [e.body for e in maya2.journal.entries(Space.SHARED)]
        assert bodies == ["Maya's words"]
        assert any("written by Sam: only Sam can bring it in" in line for line in report.lines())
    finally:
        maya2.lock()


def test_a_forged_shared_record_as_the_other_partner_is_not_written(maya, sam, tmp_path):
    maya.bids.log(Space.SHARED, by_me=True, kind=BidKind.COMMENT, answer=Answer.TOWARD)
    out, document = exported(maya, tmp_path / "out")
    [bid] = document["records"]["bids"]
    bid |= {"id": "forged-bid", "author_id": sam.partner.id, "note": "Sam never wrote this"}
    rewrite(out, document)
    report = read_import(maya, out).apply()
    assert sam.bids.count(Space.SHARED) == 1
    assert any("only Sam can bring it in" in line for line in report.lines())


def test_a_forged_consent_does_not_open_the_other_partners_words(maya, sam, tmp_path):
    entry = sam.journal.write(Space.SHARED, EntryFields(body="Sam's private-ish thoughts"))
    out, document = exported(maya, tmp_path / "out")
    forged = [
        {
            "space": "shared",
            "record_id": entry.id,
            "author_id": author,
            "allowed": 1,
            "updated_at": "2026-01-01T10:00:00.000000Z",
        }
        for author in (maya.partner.id,)
    ]
    document["records"]["therapy_consent"] = forged
    rewrite(out, document)
    read_import(maya, out).apply()
    assert not maya.therapy_consent.allowed(entry.id, sam.partner.id)
    assert maya.therapy_consent.allowed_ids([(entry.id, sam.partner.id)]) == set()


def test_a_consent_in_the_other_partners_name_is_not_imported(maya, sam, tmp_path):
    entry = sam.journal.write(Space.SHARED, EntryFields(body="Sam's words"))
    out, document = exported(maya, tmp_path / "out")
    document["records"]["therapy_consent"] = [
        {
            "space": "shared",
            "record_id": entry.id,
            "author_id": sam.partner.id,
            "allowed": 1,
            "updated_at": "2026-01-01T10:00:00.000000Z",
        }
    ]
    rewrite(out, document)
    report = read_import(maya, out).apply()
    assert maya.therapy_consent.choice(entry.id) is None
    assert any("only Sam can bring it in" in line for line in report.lines())


def test_a_forged_submitted_mark_does_not_reveal_a_sealed_answer(maya, sam, tmp_path):
    repair = agreed(maya, sam)
    maya.repairs.submit(repair, Step.FEELINGS, "Maya's sealed feelings")
    out, document = exported(sam, tmp_path / "out")
    document["records"]["repair_marks"].append(
        {
            "space": "shared",
            "repair_id": repair.id,
            "step": Step.FEELINGS.value,
            "partner_id": sam.partner.id,
            "kind": "submitted",
            "marked_at": "2026-11-22T05:00:00.000000Z",
        }
    )
    rewrite(out, document)
    report = read_import(sam, out).apply()
    maya.repairs.publish_ready()
    assert sam.repairs.answers.revealed([repair.id]) == []
    assert any("sealed answer is not in the export" in line for line in report.lines())


def test_text_that_cannot_be_stored_refuses_the_whole_file(maya, tmp_path):
    maya.bids.log(Space.PRIVATE, by_me=True, kind=BidKind.COMMENT, answer=Answer.TOWARD)
    maya.journal.write(Space.PRIVATE, EntryFields(body="fine"))
    out, document = exported(maya, tmp_path / "out")
    document["records"]["bids"][0]["space"] = "shared"
    document["records"]["journal_entries"][0]["body"] = "\ud800"
    (out / DOCUMENT_NAME).write_text(json.dumps(document), "utf-8")
    fresh = make_couple(tmp_path / "fresh", second=False).unlock("Maya")
    try:
        with pytest.raises(ImportRefused, match=r"Journal entry 1 \(private\): body holds"):
            read_import(fresh, out)
        assert fresh.bids.count(Space.SHARED) == 0
        assert fresh.journal.count(Space.PRIVATE) == 0
    finally:
        fresh.lock()


def test_a_row_the_private_file_refuses_leaves_the_shared_file_untouched(maya, tmp_path):
    maya.bids.log(Space.SHARED, by_me=True, kind=BidKind.COMMENT, answer=Answer.TOWARD)
    maya.ledger.add_draft(DraftFields(date(2024, 5, 1), Money.of("12.50", "EUR"), payee="Bakery"))
    _, document = exported(maya, tmp_path / "out")
    [bid] = document["records"]["bids"]
    [line] = document["records"]["ledger_lines"]
    tables = {kind.key: kind.table for kind in RECORD_KINDS}
    new_bid = {k: v for k, v in bid.items() if k in tables["bids"].columns} | {"id": "new-bid"}
    bad_line = {k: v for k, v in line.items() if k in tables["ledger_lines"].columns}
    bad_line |= {"id": "new-line", "purpose": "not a purpose"}
    batches = [
        portable.RowBatch(tables["bids"], Space.SHARED, [new_bid]),
        portable.RowBatch(tables["ledger_lines"], Space.PRIVATE, [bad_line]),
    ]
    with pytest.raises(sqlcipher3.IntegrityError):
        portable.write_batches(maya.spaces, batches)
    assert maya.bids.count(Space.SHARED) == 1  # the new bid was rolled back with the line


@pytest.mark.parametrize("when", ["2024-13-45T10:00:00Z", "0001-01-01T00:00:00+14:00"])
def test_an_impossible_moment_refuses_the_whole_file(maya, tmp_path, when):
    maya.journal.write(Space.PRIVATE, EntryFields(body="fine"))
    out, document = exported(maya, tmp_path / "out")
    document["records"]["journal_entries"][0]["created_at"] = when
    rewrite(out, document)
    fresh = make_couple(tmp_path / "fresh", second=False).unlock("Maya")
    try:
        with pytest.raises(
            ImportRefused, match=r"Journal entry 1 \(private\): created_at '.*' is not a moment"
        ):
            read_import(fresh, out)
    finally:
        fresh.lock()


def test_a_reply_to_the_other_partners_entry_is_left_out_not_the_whole_file(maya, sam, tmp_path):
    entry = sam.journal.write(Space.SHARED, EntryFields(body="Sam's words"))
    maya.journal.replies.add(entry, "Maya's answer")
    maya.journal.write(Space.PRIVATE, EntryFields(body="mine"))
    out, _ = exported(maya, tmp_path / "out")
    maya2 = make_couple(tmp_path / "other").unlock("Maya")
    try:
        report = read_import(maya2, out).apply()
        assert [e.body for e in maya2.journal.entries(Space.PRIVATE)] == ["mine"]
        assert maya2.journal.count(Space.SHARED) == 0
        assert any("Reply 1 (shared): its entry is neither" in line for line in report.lines())
    finally:
        maya2.lock()


def test_genuine_submitted_marks_come_in_with_their_answers(maya, sam, tmp_path):
    repair = agreed(maya, sam)
    maya.repairs.submit(repair, Step.FEELINGS, "Maya's feelings")
    sam.repairs.submit(repair, Step.FEELINGS, "Sam's feelings")
    maya.repairs.publish_ready()
    out, _ = exported(maya, tmp_path / "out")
    maya2 = make_couple(tmp_path / "other").unlock("Maya")
    try:
        report = read_import(maya2, out).apply()
        assert not any("sealed answer" in line for line in report.lines())
        [mark] = maya2.spaces.conn(Space.SHARED).execute("SELECT partner_id FROM repair_marks")
        assert mark[0] == maya2.partner.id  # hers came in; Sam's was left out
    finally:
        maya2.lock()
