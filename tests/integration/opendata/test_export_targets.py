"""An export never replaces a file or fills a folder that is already there."""

from __future__ import annotations

import pytest

from toward.core.journal import EntryFields
from toward.core.spaces import Space
from toward.opendata.archive import EncryptedZipSink, ExportRefused, FolderSink
from toward.opendata.export import export_data

PASSWORD = "archive password"


def test_an_archive_does_not_overwrite_an_existing_file(maya, tmp_path):
    target = tmp_path / "keep.zip"
    target.write_bytes(b"last year's archive")
    with pytest.raises(ExportRefused, match="already exists"):
        EncryptedZipSink(target, PASSWORD)
    assert target.read_bytes() == b"last year's archive"


def test_a_file_that_appears_during_the_export_is_kept(maya, tmp_path):
    maya.journal.write(Space.PRIVATE, EntryFields(body="an entry"))
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "new.zip"
    sink = EncryptedZipSink(target, PASSWORD)
    target.write_bytes(b"written meanwhile")
    with pytest.raises(ExportRefused, match="already exists"):
        export_data(maya, sink)
    assert target.read_bytes() == b"written meanwhile"
    assert [p.name for p in target.parent.iterdir()] == ["new.zip"]  # no partial file left


def test_an_archive_replaces_a_file_only_when_asked(maya, tmp_path):
    target = tmp_path / "again.zip"
    target.write_bytes(b"old")
    assert export_data(maya, EncryptedZipSink(target, PASSWORD, overwrite=True)).path == target
    assert target.read_bytes() != b"old"


def test_a_folder_with_files_in_it_is_refused(maya, tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "notes.txt").write_text("mine")
    with pytest.raises(ExportRefused, match="already holds files"):
        FolderSink(tmp_path / "out")
    assert (tmp_path / "out" / "notes.txt").read_text() == "mine"


def test_every_exported_file_is_the_owners_alone(maya, tmp_path):
    maya.journal.write(Space.PRIVATE, EntryFields(body="an entry"))
    folder = export_data(maya, FolderSink(tmp_path / "out")).path
    modes = {p.relative_to(folder): p.stat().st_mode & 0o777 for p in folder.rglob("*")}
    assert modes
    assert all(mode == (0o700 if (folder / p).is_dir() else 0o600) for p, mode in modes.items())
    archive = export_data(maya, EncryptedZipSink(tmp_path / "a.zip", PASSWORD)).path
    assert archive.stat().st_mode & 0o777 == 0o600
    assert folder.stat().st_mode & 0o777 == 0o700


@pytest.mark.parametrize("password", ["pässwörd for us", "パスワードは秘密です", "emoji 🔒 lock"])
def test_an_archive_with_any_password_opens_with_that_password(maya, tmp_path, password):
    from toward.opendata.imports.source import read_import

    maya.journal.write(Space.PRIVATE, EntryFields(body="an entry"))
    archive = export_data(maya, EncryptedZipSink(tmp_path / "a.zip", password)).path
    plan = read_import(maya, archive, password)
    assert plan.skipped  # the entry is already there: read, checked and recognised
