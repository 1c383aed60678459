"""The open-format export: schema-valid, complete for the partner, never the other's private."""

from __future__ import annotations

import csv
import json
import threading
import uuid
from datetime import UTC, date, datetime

import jsonschema
import pytest

from tests.conftest import make_couple
from tests.integration.journal.pictures import png
from tests.integration.opendata.households import the_rest_of_the_household
from tests.integration.test_no_plaintext import files_under, leaks
from toward.core.export_log import ExportKind
from toward.core.journal import EntryFields
from toward.core.ledger.ledger import DraftFields
from toward.core.ledger.money import Money
from toward.core.spaces import Space
from toward.opendata.aes_zip import write_aes_zip
from toward.opendata.archive import EncryptedZipSink, ExportRefused, FolderSink, _deflate
from toward.opendata.export import DOCUMENT_NAME, ExportCancelled, export_data, schema_text
from toward.opendata.imports.plan import NeedsPassword
from toward.opendata.imports.source import read_import


def marker() -> str:
    return f"MARK-{uuid.uuid4().hex}"


def household_with_markers(maya, sam) -> dict[str, str]:
    marks = {
        name: marker() for name in ("maya_private", "maya_shared", "sam_private", "sam_shared")
    }
    entry = maya.journal.write(
        Space.PRIVATE,
        EntryFields(
            title=marks["maya_private"],
            body="private text",
            mood=4,
            trust_kinds=["emotional"],
            tags=["walks"],
        ),
    )
    maya.journal.images.attach(entry, "photo", png())
    maya.journal.write(Space.SHARED, EntryFields(body=marks["maya_shared"]))
    sam.journal.write(
        Space.PRIVATE, EntryFields(body=marks["sam_private"], tags=[marks["sam_private"]])
    )
    sam.bids.log(Space.PRIVATE, by_me=True, description=marks["sam_private"])
    shared = sam.journal.write(Space.SHARED, EntryFields(body=marks["sam_shared"]))
    maya.journal.replies.add(maya.journal.get(Space.SHARED, shared.id), "thank you")
    maya.bids.log(Space.SHARED, by_me=False, description="=a question", answer="toward")
    return marks


def test_the_export_holds_what_the_partner_can_read_and_validates(maya, sam, tmp_path):
    marks = household_with_markers(maya, sam)
    summary = export_data(maya, FolderSink(tmp_path / "out"))

    document = json.loads((summary.path / DOCUMENT_NAME).read_text("utf-8"))
    jsonschema.Draft202012Validator(json.loads(schema_text())).validate(document)
    entries = document["records"]["journal_entries"]
    by_text = {e["title"] or e["body"]: e for e in entries}
    assert by_text[marks["maya_private"]]["space"] == "private"
    assert by_text[marks["maya_shared"]]["space"] == "shared"
    assert by_text[marks["sam_shared"]]["space"] == "shared"
    assert summary.counts["journal_replies"] == 1
    assert leaks([summary.path], [marks["sam_private"]]) == []

    month = by_text[marks["maya_private"]]["created_at"][:7]
    text = (summary.path / "journal/private" / f"{month}.md").read_text("utf-8")
    assert text.startswith(f"# Private journal, {month}\n")
    assert "- mood: 4" in text and '- trust_kinds: ["emotional"]' in text
    assert '- tags: ["walks"]' in text and '- space: "private"' in text and "![photo](" in text
    picture = next((summary.path / "journal/private").glob("*.png"))
    assert picture.read_bytes() == png()
    bids_csv = (summary.path / "bids.csv").read_text("utf-8-sig")
    rows = list(csv.DictReader(bids_csv.splitlines()))
    assert rows[0]["description"] == "'=a question"  # never run as a spreadsheet formula
    assert rows[0]["bidder_id"] == "Sam"


def test_each_export_is_noted_in_the_shared_history(maya, sam, tmp_path):
    export_data(maya, FolderSink(tmp_path / "out"))
    noted = sam.exports.last(ExportKind.DATA_EXPORT)
    assert noted is not None and noted.partner_id == maya.partner.id
    assert noted.file_format == "folder" and not noted.protected


def test_a_folder_with_files_is_not_overwritten(maya, tmp_path):
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "keep.txt").write_text("mine")
    with pytest.raises(ExportRefused, match="already holds files"):
        FolderSink(tmp_path / "busy")
    assert (tmp_path / "busy" / "keep.txt").read_text() == "mine"


def test_a_cancelled_export_leaves_nothing(maya, tmp_path):
    for n in range(30):
        maya.journal.write(Space.PRIVATE, EntryFields(body=f"entry {n}"))
    out = tmp_path / "exports"
    out.mkdir()
    cancel = threading.Event()
    seen = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        cancel.set()

    with pytest.raises(ExportCancelled):
        export_data(maya, FolderSink(out / "mine"), progress=progress, cancel=cancel)
    assert seen and seen[0][1] >= 30
    assert list(out.iterdir()) == []
    assert maya.exports.count() == 0


def test_the_encrypted_archive_writes_no_plaintext_anywhere(maya, sam, tmp_path, private_dirs):
    marks = household_with_markers(maya, sam)
    target = tmp_path / "export.zip"
    export_data(maya, EncryptedZipSink(target, "a long archive password"))

    assert [p.name for p in files_under([tmp_path]) if p.suffix == ".zip"] == ["export.zip"]
    assert leaks([tmp_path, private_dirs], list(marks.values())) == []
    assert sam.exports.last(ExportKind.DATA_EXPORT).protected  # type: ignore[union-attr]
    with pytest.raises(NeedsPassword, match="protected by a password"):
        read_import(maya, target)
    with pytest.raises(NeedsPassword, match="does not open"):
        read_import(maya, target, "the wrong password")
    plan = read_import(maya, target, "a long archive password")
    assert plan.total == 0 and plan.skipped  # everything is already here


def test_a_short_archive_password_is_refused(tmp_path):
    with pytest.raises(ExportRefused, match="at least 8"):
        EncryptedZipSink(tmp_path / "x.zip", "short")
    assert not (tmp_path / "x.zip").exists()


def test_ledger_and_promises_get_tables_too(maya, sam, tmp_path):
    the_rest_of_the_household(maya, sam)
    out = export_data(sam, FolderSink(tmp_path / "out")).path
    ledger = list(csv.DictReader((out / "ledger_lines.csv").read_text("utf-8-sig").splitlines()))
    assert [(r["space"], r["amount_minor"], r["currency"]) for r in ledger] == [
        ("shared", "8000", "EUR")
    ]
    assert ledger[0]["why"] == ""  # Maya kept her reason private: not in Sam's export
    promises = list(csv.DictReader((out / "promises.csv").read_text("utf-8-sig").splitlines()))
    assert [(r["what"], r["promiser_id"], r["to_id"]) for r in promises] == [
        ("call the plumber", "Sam", "Maya")
    ]
    document = json.loads((out / DOCUMENT_NAME).read_text("utf-8"))
    assert document["records"]["ledger_withheld"] == []
    assert "a gift" not in (out / DOCUMENT_NAME).read_text("utf-8")
    [talk] = document["records"]["talks"]
    assert (talk["topic"], talk["notes"]) == ("fun", "pottery, then climbing")
    assert document["records"]["talk_prep"] == []  # Maya's thoughts are hers alone
    mine = json.loads(
        (export_data(maya, FolderSink(tmp_path / "hers")).path / DOCUMENT_NAME).read_text("utf-8")
    )
    assert [p["body"] for p in mine["records"]["talk_prep"]] == ["a pottery class"]
    answers = {(a["space"], a["mine"], a["guess"]) for a in document["records"]["knowing_answers"]}
    assert answers == {
        ("shared", "the sea", "the mountains"),
        ("shared", "the mountains", "the sea"),
        ("private", "the mountains", "the sea"),  # Sam's own, as he wrote it
    }
    assert len(document["records"]["knowing_marks"]) == 2


def test_negative_amounts_stay_numbers_and_formulas_stay_text(maya, tmp_path):
    refund = DraftFields(date(2024, 5, 3), Money.of("-35.00", "EUR"), payee="-refund")
    maya.ledger.add_draft(refund)
    out = export_data(maya, FolderSink(tmp_path / "out")).path
    ledger = list(csv.DictReader((out / "ledger_lines.csv").read_text("utf-8-sig").splitlines()))
    assert [(r["amount_minor"], r["payee"]) for r in ledger] == [("-3500", "'-refund")]


def test_the_journal_is_a_markdown_file_per_month_in_parts_when_long(maya, tmp_path, monkeypatch):
    from toward.opendata import journal_markdown

    monkeypatch.setattr(journal_markdown, "PART_CHARS", 600)
    written = {}
    for day, title in ((3, "First walk"), (9, "Second walk"), (20, "Third walk")):
        entry = maya.journal.write(
            Space.PRIVATE,
            EntryFields(title=title, body="a long body " * 40),
            written_at=datetime(2019, 4, day, 9, tzinfo=UTC),
        )
        written[entry.id] = title
    june = maya.journal.write(
        Space.PRIVATE, EntryFields(body="untitled"), written_at=datetime(2019, 6, 1, tzinfo=UTC)
    )
    folder = export_data(maya, FolderSink(tmp_path / "out")).path / "journal/private"

    files = sorted(p.name for p in folder.glob("*.md"))
    assert files == ["2019-04-2.md", "2019-04-3.md", "2019-04.md", "2019-06.md"]
    texts = {name: (folder / name).read_text("utf-8") for name in files}
    assert texts["2019-04.md"].startswith("# Private journal, 2019-04\n\n## First walk\n")
    assert texts["2019-04-2.md"].startswith("# Private journal, 2019-04 (part 2)\n")
    assert texts["2019-06.md"].startswith("# Private journal, 2019-06\n\n## 2019-06-01\n")
    every = "".join(texts.values())
    for entry_id in [*written, june.id]:
        assert every.count(f'- id: "{entry_id}"') == 1


def test_an_older_archive_with_a_file_per_entry_imports(maya, tmp_path):
    """Exports before the monthly files held one Markdown file per entry; import reads the
    JSON document alone, so such an archive imports as it always did."""
    maya.journal.write(Space.PRIVATE, EntryFields(title="Kept", body="from an older export"))
    folder = export_data(maya, FolderSink(tmp_path / "out")).path
    members = [
        (p.relative_to(folder).as_posix(), [p.read_bytes()])
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.suffix != ".md"
    ]
    members.append(("journal/private/2026-01-02-0123456789ab.md", [b'---\ntitle: "Kept"\n---\n']))
    older = tmp_path / "older.zip"
    with older.open("wb") as out:
        write_aes_zip(out, members, b"older archive password", modified=datetime.now(),
                      mode=0o600, compressor=_deflate)  # fmt: skip
    fresh = make_couple(tmp_path / "other").unlock("Maya")
    try:
        read_import(fresh, older, "older archive password").apply()
        (entry,) = fresh.journal.entries(Space.PRIVATE)
        assert (entry.title, entry.body) == ("Kept", "from an older export")
    finally:
        fresh.lock()
