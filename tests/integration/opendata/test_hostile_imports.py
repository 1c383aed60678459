"""Fixed hostile samples: every importer refuses each with a named reason and writes nothing."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import make_couple
from tests.integration.opendata.households import the_rest_of_the_household
from tests.integration.repairs.support import agreed
from toward.core.bids import Answer, BidKind
from toward.core.i18n import in_words
from toward.core.journal import EntryFields
from toward.core.spaces import Space
from toward.opendata import rows as portable
from toward.opendata.archive import FolderSink
from toward.opendata.export import DOCUMENT_NAME, export_data
from toward.opendata.imports.plan import ImportRefused
from toward.opendata.imports.source import read_import
from toward.opendata.kinds import RECORD_KINDS
from toward.session import Session
from toward.translations import use_language

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00"
    b"\x00\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe"
    b"\x92\xef\x00\x00\x00\x00IEND\xaeB`\x82"
)


def rows_in(session: Session) -> int:
    return sum(
        portable.count_rows(session.spaces, space, kind.table)
        for kind in RECORD_KINDS
        for space in (Space.PRIVATE, Space.SHARED)
    )


@pytest.fixture
def full_export(maya, sam, tmp_path) -> tuple[Path, dict]:
    """Maya's export of a household with one of every record kind."""
    the_rest_of_the_household(maya, sam)
    agreed(maya, sam)
    maya.bids.log(Space.SHARED, by_me=True, kind=BidKind.COMMENT, answer=Answer.TOWARD)
    maya.journal.write(Space.PRIVATE, EntryFields(body="mine"))
    out = export_data(maya, FolderSink(tmp_path / "out")).path
    return out, json.loads((out / DOCUMENT_NAME).read_text("utf-8"))


@pytest.fixture
def alone(tmp_path) -> Session:
    session = make_couple(tmp_path / "fresh", second=False).unlock("Maya")
    yield session
    session.lock()


# (record list, column, hostile value, what the refusal must say)
TOWARD_SAMPLES = [
    ("repairs", "kind", "not-a-topic", "kind 'not-a-topic' is not a value Toward knows"),
    ("ledger_lines", "occurred_on", "2024-02-30", "'2024-02-30' is not a date that exists"),
    ("ledger_lines", "occurred_on", "2024-13-45", "occurred_on"),
    ("ledger_lines", "currency", "XQZ", "'XQZ' is not a currency code Toward knows"),
    ("ledger_lines", "amount_minor", 2**70, "amount_minor"),
    ("ledger_lines", "amount_minor", -(2**64), "amount_minor"),
    ("ledger_lines", "purpose", "laundering", "purpose"),
    ("bids", "kind", "shout", "kind"),
    ("bids", "answer", "ignored", "answer"),
    ("bids", "made_at", "2024-02-30T10:00:00+00:00", "made_at"),
    ("promises", "due_on", "2024-02-30", "due_on"),
    ("promises", "status", "forgotten", "status"),
    ("journal_entries", "body", "before\x00after", "body holds a NUL character"),
    ("journal_entries", "body", "x" * 10_000_001, "body holds 10,000,001 characters"),
    ("journal_entries", "title", '=HYPERLINK("x")' * 100, "title"),
    ("journal_entries", "mood", 2**65, "mood"),
    ("repairs", "proposed_time", "2024-13-45T10:00:00+00:00", "proposed_time"),
    ("agreements", "text", "y" * 501, "text holds 501 characters"),
]


@pytest.mark.parametrize(("key", "column", "value", "said"), TOWARD_SAMPLES)
def test_a_hostile_value_in_a_toward_export_refuses_the_whole_file(
    full_export, alone, key, column, value, said
):
    out, document = full_export
    records = document["records"][key]
    assert records, f"the household has a {key} record to spoil"
    records[-1][column] = value
    (out / DOCUMENT_NAME).write_text(json.dumps(document), "utf-8")
    with pytest.raises(ImportRefused) as refused:
        read_import(alone, out).apply()
    message = str(refused.value)
    assert said in message
    assert column in message
    assert rows_in(alone) == 0


def test_a_refusal_names_the_record_as_the_issue_asks(full_export, alone):
    out, document = full_export
    document["records"]["repairs"][0]["kind"] = "not-a-topic"
    (out / DOCUMENT_NAME).write_text(json.dumps(document), "utf-8")
    with pytest.raises(
        ImportRefused,
        match=r"^Repair 1 \(shared\): kind 'not-a-topic' is not a value Toward knows\. Nothing",
    ):
        read_import(alone, out)


def test_deeply_nested_json_is_refused(alone, tmp_path):
    path = tmp_path / "deep.json"
    path.write_text('{"format": "toward-export", "x": ' + "[" * 100_000 + "]" * 100_000 + "}")
    with pytest.raises(ImportRefused, match=r"nested too deeply|damaged"):
        read_import(alone, path)
    assert rows_in(alone) == 0


# -- Day One -------------------------------------------------------------------------


def day_one_zip(path: Path, entry: dict, photos: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Journal.json", json.dumps({"entries": [entry]}))
        for name, data in (photos or {}).items():
            archive.writestr(f"photos/{name}", data)
    return path


def entry(**fields) -> dict:
    return {"uuid": "A1", "creationDate": "2024-03-12T20:00:00Z", "text": "hello"} | fields


@pytest.mark.parametrize(
    ("fields", "said"),
    [
        ({"photos": {"identifier": "x"}}, "photos are not a list"),
        ({"photos": "photos/abc.png"}, "photos are not a list"),
        ({"photos": [{"identifier": 42, "md5": "abc", "type": "png"}]}, "identifier is not text"),
        ({"photos": [{"identifier": ["x"], "md5": "abc"}]}, "identifier is not text"),
        ({"photos": [{"md5": {"a": 1}}]}, "md5 is not text"),
        ({"photos": [["not", "an", "object"]]}, "photo 1 is not a JSON object"),
        ({"text": {"markdown": "x"}}, "text is not text"),
        ({"tags": "one,two"}, "tags are not a list"),
    ],
)
def test_a_malformed_day_one_entry_refuses_the_file_naming_the_field(maya, tmp_path, fields, said):
    path = day_one_zip(tmp_path / "dayone.zip", entry(**fields), {"abc.png": PNG})
    with pytest.raises(ImportRefused, match=f"Day One, entry 1 .*{said}"):
        read_import(maya, path)
    assert maya.journal.count(Space.PRIVATE) == 0


def test_a_real_zip_bomb_is_refused_before_it_is_read(maya, tmp_path):
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("Journal.json", json.dumps({"entries": [entry()]}))
        with archive.open("photos/abc.png", "w") as member:
            zeros = bytes(1024 * 1024)
            for _ in range(200):  # 200 MB of zeros: about 200 KB packed
                member.write(zeros)
    assert path.stat().st_size < 1024 * 1024
    with pytest.raises(ImportRefused, match=r"times its packed size, as only a zip bomb does"):
        read_import(maya, path)
    assert maya.journal.count(Space.PRIVATE) == 0


def test_a_jrnl_file_that_is_not_a_list_of_entries_is_refused(maya, tmp_path):
    path = tmp_path / "journal.json"
    path.write_text(json.dumps({"tags": {}, "entries": {"date": "2024-01-01"}}))
    with pytest.raises(ImportRefused):
        read_import(maya, path)
    assert maya.journal.count(Space.PRIVATE) == 0


def test_exported_csv_cells_never_start_a_formula(maya, tmp_path):
    import csv

    notes = ["=1+1", ' =HYPERLINK("http://x")', "\uff1dSUM(A1)", "\t=x", "@SUM(1)", "-2+3"]
    stored = [
        maya.bids.log(
            Space.SHARED, by_me=True, kind=BidKind.COMMENT, answer=Answer.TOWARD, note=note
        ).note
        for note in notes
    ]
    out = export_data(maya, FolderSink(tmp_path / "out")).path
    with (out / "bids.csv").open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert sorted(row["note"] for row in rows) == sorted("'" + note for note in stored)
    assert all(note.lstrip(" ")[:1] in set("=+-@\uff1d") for note in stored)


@pytest.fixture
def in_spanish() -> Iterator[None]:
    use_language("es")
    yield
    use_language("en")


@pytest.mark.parametrize(
    ("key", "column", "value", "said"),
    [
        (
            "journal_entries",
            "body",
            "x" * 10_000_001,
            "Entrada del diario 1 (espacio compartido): body tiene 10.000.001 caracteres; "
            "caben como máximo 10.000.000. No se ha importado nada.",
        ),
        (
            "ledger_lines",
            "occurred_on",
            "2024-02-30",
            "Línea del registro 1 (espacio compartido): occurred_on '2024-02-30' no es una fecha "
            "que exista. No se ha importado nada.",
        ),
    ],
)
def test_a_refusal_is_one_sentence_in_the_readers_language(
    full_export, alone, in_spanish, key, column, value, said
):
    out, document = full_export
    document["records"][key][-1][column] = value
    (out / DOCUMENT_NAME).write_text(json.dumps(document), "utf-8")
    with pytest.raises(ImportRefused) as refused:
        read_import(alone, out)
    assert in_words(refused.value) == said


def test_a_refusal_keeps_its_english_for_the_log_and_numbers_for_the_locale(in_spanish):
    from toward.core.validation import InvalidRecord, check_row

    with pytest.raises(InvalidRecord) as refused:
        check_row("journal_replies", {"body": "x" * 12_345}, where="Reply 3")
    assert str(refused.value) == "Reply 3: body holds 12,345 characters; at most 5,000 fit."
    assert in_words(refused.value) == (
        "Reply 3: body tiene 12.345 caracteres; caben como máximo 5.000."
    )
