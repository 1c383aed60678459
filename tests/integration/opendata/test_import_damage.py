"""Damaged journal files get a clear message, per entry where only one entry is damaged."""

from __future__ import annotations

import json
import struct
import zipfile

import pytest

from toward.core.spaces import Space
from toward.opendata.imports.plan import ImportRefused
from toward.opendata.imports.source import read_import


def test_json_nested_too_deeply_is_refused(maya, tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(ImportRefused, match="nested too deeply"):
        read_import(maya, path)


def day_one(tmp_path, *entries: dict):
    path = tmp_path / "Journal.json"
    path.write_text(json.dumps({"metadata": {"version": "1.0"}, "entries": list(entries)}))
    return path


def entry(when: str = "2024-03-01T10:00:00Z", text: str = "fine") -> dict:
    return {"uuid": when + text, "creationDate": when, "text": text, "tags": []}


@pytest.mark.parametrize("when", ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00"])
def test_a_day_one_date_at_the_ends_of_time_skips_that_entry(maya, tmp_path, when):
    plan = read_import(maya, day_one(tmp_path, entry(when, "far"), entry()))
    report = plan.apply()
    assert [e.body for e in maya.journal.entries(Space.PRIVATE)] == ["fine"]
    assert any("entry 1" in line and "date could not be read" in line for line in report.lines())


def test_a_day_one_entry_with_broken_text_is_skipped(maya, tmp_path):
    report = read_import(maya, day_one(tmp_path, entry(text="\udfff"), entry())).apply()
    assert [e.body for e in maya.journal.entries(Space.PRIVATE)] == ["fine"]
    assert any("entry 1" in line and "not valid" in line for line in report.lines())


def test_a_jrnl_entry_with_broken_text_or_an_impossible_date_is_skipped(maya, tmp_path):
    path = tmp_path / "jrnl.json"
    entries = [
        {"date": "2024-03-01", "time": "10:00", "title": "broken", "body": "\udfff"},
        {"date": "0001-01-01", "time": "00:00", "title": "early", "body": "b"},
        {"date": "2024-03-02", "time": "10:00", "title": "kept", "body": "fine"},
    ]
    path.write_text(json.dumps({"tags": {}, "entries": entries}))
    report = read_import(maya, path).apply()
    assert [e.title for e in maya.journal.entries(Space.PRIVATE)] == ["kept"]
    assert any("entry 1" in line and "not valid" in line for line in report.lines())


def claiming(path, sizes: dict[str, int]):
    """A small zip whose central directory claims each member unpacks to `sizes[name]`."""
    with zipfile.ZipFile(path, "w") as archive:
        for name in sizes:
            archive.writestr(name, json.dumps({"entries": [entry()]}))
    data = bytearray(path.read_bytes())
    at = data.find(b"PK\x01\x02")
    while at != -1:  # each central directory header: uncompressed size at +24, name at +46
        length = struct.unpack_from("<H", data, at + 28)[0]
        name = data[at + 46 : at + 46 + length].decode()
        struct.pack_into("<I", data, at + 24, sizes[name])
        at = data.find(b"PK\x01\x02", at + 46)
    path.write_bytes(bytes(data))
    return path


def test_a_zip_member_claiming_a_huge_size_is_refused(maya, tmp_path):
    path = claiming(tmp_path / "bomb.zip", {"Journal.json": 0xFFFF_FFF0})
    with pytest.raises(ImportRefused, match=r"bomb\.zip would unpack to more than"):
        read_import(maya, path)
    assert maya.journal.count(Space.PRIVATE) == 0


def test_a_zip_whose_members_add_up_to_too_much_is_refused(maya, tmp_path):
    sizes = {f"part{n}.json": 200 * 1024 * 1024 for n in range(6)}
    with pytest.raises(ImportRefused, match=r"many\.zip would unpack to more than 1,024 MB"):
        read_import(maya, claiming(tmp_path / "many.zip", sizes))
