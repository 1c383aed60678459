"""The encrypted archive is standard WinZip AES-256 that other tools read, a key per file."""

from __future__ import annotations

import io
import os
import shutil
import stat
import subprocess
import zipfile
from datetime import datetime

import pytest
import pyzipper

from toward.core.journal import EntryFields
from toward.core.spaces import Space
from toward.opendata.aes_zip import write_aes_zip
from toward.opendata.archive import EncryptedZipSink, FolderSink, _deflate
from toward.opendata.export import export_data

PASSWORD = "pässwörd for the archive"
BIG = os.urandom(200_001) + b"a repeated line of text\n" * 20_000  # chunks of odd sizes


def _files() -> list[tuple[str, list[bytes]]]:
    return [
        ("empty.txt", []),
        ("notes/one.md", [b"# one\n", b"", b"a body\n"]),
        ("notes/same.md", [b"# one\n", b"", b"a body\n"]),  # same text, other keys
        ("pictures/big.bin", [BIG[i : i + 65_537] for i in range(0, len(BIG), 65_537)]),
        ("名前/é.md", [b"unicode names"]),
    ]


def _archive(files: list[tuple[str, list[bytes]]]) -> bytes:
    out = io.BytesIO()
    modified = datetime(2026, 3, 4, 5, 6, 8)
    write_aes_zip(out, files, PASSWORD.encode(), modified=modified, mode=0o600, compressor=_deflate)
    return out.getvalue()


def test_pyzipper_reads_every_file_back_exactly():
    files = _files()
    with pyzipper.AESZipFile(io.BytesIO(_archive(files))) as archive:
        archive.setpassword(PASSWORD.encode())
        assert archive.namelist() == [name for name, _ in files]
        for name, chunks in files:
            assert archive.read(name) == b"".join(chunks)
        info = archive.getinfo("notes/one.md")
        assert info.date_time == (2026, 3, 4, 5, 6, 8)
        assert stat.S_IMODE(info.external_attr >> 16) == 0o600


def test_the_wrong_password_opens_nothing():
    with pyzipper.AESZipFile(io.BytesIO(_archive(_files()))) as archive:
        archive.setpassword(b"not the password")
        for name in archive.namelist():
            try:
                archive.read(name)
            except RuntimeError:
                continue
            raise AssertionError(f"{name} opened with the wrong password")


def test_every_file_is_encrypted_under_its_own_salt():
    data = _archive(_files())
    plain = zipfile.ZipFile(io.BytesIO(data))  # the standard library reads the structure
    salts = []
    for info in plain.infolist():
        assert info.compress_type == 99  # WinZip AES
        assert info.flag_bits & 1  # encrypted
        local_extra = int.from_bytes(data[info.header_offset + 28 :][:2], "little")
        start = info.header_offset + 30 + len(info.filename.encode()) + local_extra
        salts.append(data[start : start + 16])
    assert len(set(salts)) == len(salts) == len(_files())
    assert b"a body" not in data and b"repeated line" not in data


def test_an_exported_archive_holds_what_the_folder_holds(maya, tmp_path):
    maya.journal.write(Space.PRIVATE, EntryFields(body="an entry of ours"))
    maya.journal.write(Space.SHARED, EntryFields(body="another one"))
    folder = export_data(maya, FolderSink(tmp_path / "folder")).path
    archive = export_data(maya, EncryptedZipSink(tmp_path / "a.zip", PASSWORD)).path
    in_folder = {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }
    with pyzipper.AESZipFile(archive) as opened:
        opened.setpassword(PASSWORD.encode())
        in_archive = {name: opened.read(name) for name in opened.namelist()}
    assert in_archive.keys() == in_folder.keys()
    for name, content in in_folder.items():
        if name != "toward-export.json":  # it names its own export time
            assert in_archive[name] == content, name


@pytest.mark.skipif(shutil.which("7z") is None, reason="7-Zip is not installed")
def test_7zip_checks_and_extracts_every_file(tmp_path):
    files = _files()
    archive = tmp_path / "a.zip"
    archive.write_bytes(_archive(files))
    password = f"-p{PASSWORD}"
    run = {"check": True, "capture_output": True}
    subprocess.run(["7z", "t", password, str(archive)], **run)
    subprocess.run(["7z", "x", "-y", password, f"-o{tmp_path / 'out'}", str(archive)], **run)
    for name, chunks in files:
        path = tmp_path / "out" / name
        assert path.read_bytes() == b"".join(chunks)
        assert path.stat().st_mode & 0o777 == 0o600
    wrong = subprocess.run(["7z", "t", "-pnot the password", str(archive)], capture_output=True)
    assert wrong.returncode != 0
