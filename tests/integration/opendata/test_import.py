"""Imports: Day One and jrnl files built here in their documented formats, Toward's own JSON."""

from __future__ import annotations

import hashlib
import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.conftest import make_couple
from tests.integration.journal.pictures import GIF, png
from tests.integration.opendata.households import the_rest_of_the_household
from toward.core.bids import Answer, BidKind
from toward.core.journal import EntryFields, TrustKind
from toward.core.spaces import Space
from toward.opendata.archive import FolderSink
from toward.opendata.export import DOCUMENT_NAME, export_data
from toward.opendata.imports.plan import ImportRefused
from toward.opendata.imports.source import read_import


def day_one_zip(path: Path, entries: list[dict], photos: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "Journal.json", json.dumps({"metadata": {"version": "1.0"}, "entries": entries})
        )
        for name, data in photos.items():
            archive.writestr(f"photos/{name}", data)
    return path


def day_one_entry(uuid: str, when: str, text: str, **extra: object) -> dict:
    return {"uuid": uuid, "creationDate": when, "text": text, "tags": [], **extra}


def private_entries(session):
    return session.journal.entries(Space.PRIVATE)


def test_day_one_with_photos(maya, tmp_path):
    picture = png()
    md5 = hashlib.md5(picture).hexdigest()
    entries = [
        day_one_entry(
            "A1",
            "2024-03-12T20:15:00Z",
            "# Evening walk\n\nWe talked about the move.\n\n![](dayone-moment://PHOTO1)\n",
            tags=["walks", "Us"],
            starred=True,
            photos=[{"identifier": "PHOTO1", "md5": md5, "type": "png"}],
        ),
        day_one_entry("A2", "2024-03-13T07:00:00Z", "Coffee, quiet morning."),
        day_one_entry("A3", "not a date", "lost"),
        day_one_entry("A4", "2024-03-14T07:00:00Z", "   "),
        day_one_entry(
            "A5",
            "2024-03-15T07:00:00Z",
            "A photo that went missing",
            photos=[{"identifier": "GONE", "md5": "0" * 32, "type": "jpeg"}],
        ),
    ]
    source = day_one_zip(tmp_path / "dayone.zip", entries, {f"{md5}.png": picture})

    plan = read_import(maya, source)
    assert plan.source == "Day One"
    assert plan.counts == {"journal entries": 3, "pictures": 1}
    assert [line.title for line in plan.first][:2] == ["Evening walk", "Coffee, quiet morning."]
    assert private_entries(maya) == []  # a preview writes nothing
    report = plan.apply()

    assert report.added == {"journal entries": 3, "pictures": 1}
    reasons = [s.line() for s in report.skipped]
    assert any("entry 3" in r and "date could not be read" in r for r in reasons)
    assert any("entry 4" in r and "nothing is written" in r for r in reasons)
    assert any("photos/" in n.reason and "not in the export" in n.reason for n in report.notes)
    walk = next(e for e in private_entries(maya) if e.title == "Evening walk")
    assert walk.body == "We talked about the move."
    assert walk.tags == ("starred", "us", "walks")
    assert walk.info.created_at == datetime(2024, 3, 12, 20, 15, tzinfo=UTC)
    assert [i.data for i in maya.journal.images.of(walk)] == [picture]
    assert maya.journal.count(Space.SHARED) == 0

    again = read_import(maya, source)
    assert again.total == 0
    assert sum("already in your journal" in s.reason for s in again.skipped) == 3
    assert again.apply().total == 0
    assert maya.journal.count(Space.PRIVATE) == 3


def test_jrnl_export(maya, tmp_path):
    document = {
        "tags": {"@work": 1},
        "entries": [
            {
                "date": "2023-11-02",
                "time": "21:40",
                "title": "Long day.",
                "body": "Told Sam about the meeting.\n",
                "tags": ["@work"],
                "starred": True,
            },
            {"date": "2023-11-03", "time": "25:99", "title": "bad", "body": "", "tags": []},
            {"date": "2023-11-04", "time": "08:00", "title": "", "body": "", "tags": []},
        ],
    }
    source = tmp_path / "journal.json"
    source.write_text(json.dumps(document))

    plan = read_import(maya, source)
    assert plan.source == "jrnl" and plan.counts["journal entries"] == 1
    report = plan.apply()
    [entry] = private_entries(maya)
    assert (entry.title, entry.body, entry.tags) == (
        "Long day.",
        "Told Sam about the meeting.",
        ("starred", "work"),
    )
    local = datetime(2023, 11, 2, 21, 40).astimezone()
    assert entry.info.created_at == local
    assert [s.reason for s in report.skipped] == [
        "its date or time could not be read",
        "nothing is written in it",
    ]
    assert read_import(maya, source).total == 0


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("notes.json", b"{not json", "not readable JSON"),
        ("other.json", b'{"hello": 1}', "not a file Toward can import"),
        ("broken.zip", b"PK\x03\x04 broken", "damaged zip file"),
        ("empty.zip", None, "holds no journal"),
    ],
)
def test_malformed_files_are_refused_and_nothing_is_written(maya, tmp_path, name, content, message):
    path = tmp_path / name
    if content is None:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("photos/x.png", png())
    else:
        path.write_bytes(content)
    with pytest.raises(ImportRefused, match=message):
        read_import(maya, path)
    assert maya.journal.count(Space.PRIVATE) == 0


def test_a_damaged_toward_export_is_refused_whole(maya, sam, tmp_path):
    maya.journal.write(Space.PRIVATE, EntryFields(body="one"))
    maya.journal.write(Space.PRIVATE, EntryFields(body="two"))
    out = export_data(maya, FolderSink(tmp_path / "out")).path
    document = json.loads((out / DOCUMENT_NAME).read_text())
    document["records"]["journal_entries"][1]["mood"] = 9
    (out / DOCUMENT_NAME).write_text(json.dumps(document))
    fresh = make_couple(tmp_path / "other").unlock("Maya")
    try:
        with pytest.raises(ImportRefused, match=r"damaged.*journal_entries/1/mood"):
            read_import(fresh, out)
        assert fresh.journal.count(Space.PRIVATE) == 0
    finally:
        fresh.lock()


def test_a_partners_export_cannot_be_imported_by_the_other(maya, sam, tmp_path):
    maya.journal.write(Space.PRIVATE, EntryFields(body="mine alone"))
    out = export_data(maya, FolderSink(tmp_path / "out")).path
    with pytest.raises(ImportRefused, match="made by your partner"):
        read_import(sam, out)


# -- the round trip --------------------------------------------------------------------

texts = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=40)
entry_strategy = st.fixed_dictionaries(
    {
        "space": st.sampled_from(list(Space)),
        "title": texts.map(lambda t: " ".join(t.split())),
        "body": texts,
        "mood": st.none() | st.integers(1, 5),
        "trust_kinds": st.lists(st.sampled_from(list(TrustKind)), unique=True, max_size=2),
        "tags": st.lists(st.from_regex(r"[a-z]{1,8}", fullmatch=True), unique=True, max_size=3),
        "picture": st.booleans(),
        "shared": st.booleans(),
    }
)
bid_strategy = st.fixed_dictionaries(
    {
        "space": st.sampled_from(list(Space)),
        "by_me": st.booleans(),
        "kind": st.sampled_from(list(BidKind)),
        "answer": st.sampled_from(list(Answer)),
        "note": texts,
    }
)


def comparable(document: dict) -> dict:
    """The document with the partners' household-specific ids named by role."""
    # Restored into a household of one, the other partner is only an id in the records.
    me = document["exported_by"]
    people = {"author_id", "bidder_id", "promiser_id", "to_id", "confirmed_by", "partner_id"}
    people |= {"proposed_by"}

    def role(v: object) -> object:
        return v if v is None else "me" if v == me else "other"

    def roles(records: list[dict]) -> list[dict]:
        named = [{k: role(v) if k in people else v for k, v in r.items()} for r in records]
        # Rows keyed by a partner id (marks) come in the order of the household's ids.
        return sorted(named, key=lambda r: json.dumps(r, sort_keys=True))

    return {key: roles(records) for key, records in document["records"].items()}


# Each example builds two households (two KDF runs each): few examples, and no shrinking,
# which would rebuild them hundreds of times.
@settings(
    max_examples=4,
    deadline=None,
    phases=(Phase.explicit, Phase.generate),
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(entries=st.lists(entry_strategy, max_size=4), bids=st.lists(bid_strategy, max_size=3))
def test_round_trip_is_lossless(tmp_path_factory, entries, bids):
    root = tmp_path_factory.mktemp("round")
    first = make_couple(root / "first")
    maya, sam = first.unlock("Maya"), first.unlock("Sam")
    for spec in entries:
        author = maya if spec["space"] is Space.PRIVATE or spec["shared"] else sam
        entry = author.journal.write(
            spec["space"],
            EntryFields(
                title=spec["title"],
                body=spec["body"],
                mood=spec["mood"],
                trust_kinds=spec["trust_kinds"],
                tags=spec["tags"],
            ),
        )
        if spec["picture"]:
            author.journal.images.attach(entry, "a picture", png() if spec["shared"] else GIF)
        if spec["shared"] and spec["space"] is Space.PRIVATE:
            author.journal.share(entry)
    for spec in bids:
        maya.bids.log(
            spec["space"],
            by_me=spec["by_me"],
            kind=spec["kind"],
            answer=spec["answer"],
            note=spec["note"],
        )
    the_rest_of_the_household(maya, sam)
    out1 = export_data(maya, FolderSink(root / "out1")).path
    maya.lock()
    sam.lock()

    second = make_couple(root / "second", second=False)
    maya2 = second.unlock("Maya")
    read_import(maya2, out1).apply()
    out2 = export_data(maya2, FolderSink(root / "out2")).path
    assert read_import(maya2, out1).total == 0
    maya2.lock()

    before = json.loads((out1 / DOCUMENT_NAME).read_text("utf-8"))
    after = json.loads((out2 / DOCUMENT_NAME).read_text("utf-8"))
    assert comparable(after) == comparable(before)


def test_day_one_json_with_its_photos_folder_beside_it(maya, tmp_path):
    picture = png(rgb=(1, 2, 3))
    md5 = hashlib.md5(picture).hexdigest()
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / f"{md5}.png").write_bytes(picture)
    (tmp_path / "outside.png").write_bytes(png())
    entries = [
        day_one_entry(
            "B1",
            "2022-07-01T12:00:00Z",
            "Picnic",
            photos=[
                {"identifier": "P1", "md5": md5, "type": "png"},
                {"identifier": "P2", "md5": "../outside", "type": "png"},
            ],
        )
    ]
    source = tmp_path / "Journal.json"
    source.write_text(json.dumps({"entries": entries}))
    report = read_import(maya, source).apply()
    [entry] = private_entries(maya)
    assert [i.data for i in maya.journal.images.of(entry)] == [picture]
    assert any("does not read" in n.reason for n in report.notes)
