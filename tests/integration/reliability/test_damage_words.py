"""Faults met while Toward runs, each a known error in plain words, and nothing lost.

A disk already full when a partner unlocks, a damaged full-text index, and the `toward`
command's words for them.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from tests.conftest import PASSWORDS, Couple, make_couple
from tests.e2e.conftest import run_toward
from tests.integration.reliability.mounts import small_disk
from tests.integration.reliability.test_doctor_faults import doctor
from tests.integration.reliability.test_faults import files_of, fill
from toward import DatabaseDamaged, Household, KnownError, StorageFull
from toward.core.journal import EntryFields
from toward.core.spaces import Space
from toward.household import private_db_name
from toward.session import Session
from toward.vault.database import DatabaseError, known_database_error

INTERNALS = ("sqlite", "btree", "error code", "fts5", "malformed", "vtable")


def test_a_disk_already_full_at_unlock_is_said_plainly_and_loses_nothing(tmp_path: Path):
    with small_disk(tmp_path / "disk", 3072) as disk:
        couple = make_couple(disk / "household")
        maya = couple.unlock("Maya")
        maya.journal.write(Space.PRIVATE, EntryFields(title="before the disk filled"))
        maya.lock()
        filler = fill(disk)
        before = files_of(couple.folder)

        with pytest.raises(StorageFull) as caught:
            Household.open(couple.folder).unlock("Maya", PASSWORDS["Maya"])
        message = str(caught.value)
        assert "is full. Nothing was changed. Free some space" in message
        assert not any(word in message.lower() for word in INTERNALS)
        assert files_of(couple.folder) == before

        filler.unlink()
        maya = Session.start(Household.open(couple.folder).unlock("Maya", PASSWORDS["Maya"]))
        assert maya.journal.count(Space.PRIVATE) == 1
        maya.lock()


def test_a_change_across_files_left_pending_waits_out_a_full_disk_and_is_finished(
    tmp_path: Path,
):
    with small_disk(tmp_path / "disk", 3072) as disk:
        couple = make_couple(disk / "household")
        maya = couple.unlock("Maya")
        entry = maya.journal.write(Space.PRIVATE, EntryFields(title="to be shared"))

        def killed_once_recorded(step: str, _op: object) -> None:
            if step == "recorded":
                raise Killed

        maya.spaces.ops.on_step = killed_once_recorded
        with pytest.raises(Killed):
            maya.journal.share(entry)
        maya.lock()
        filler = fill(disk)
        before = files_of(couple.folder)

        with pytest.raises(StorageFull) as caught:
            Session.start(Household.open(couple.folder).unlock("Maya", PASSWORDS["Maya"]))
        assert "is full. Nothing was changed." in str(caught.value)
        assert files_of(couple.folder) == before  # nothing half finished on a full disk

        filler.unlink()
        maya = Session.start(Household.open(couple.folder).unlock("Maya", PASSWORDS["Maya"]))
        try:
            (copy,) = maya.journal.entries(Space.SHARED)
            assert copy.title == "to be shared"
            assert maya.journal.get(Space.PRIVATE, entry.id).info.shared_id == copy.id
        finally:
            maya.lock()


class Killed(Exception):
    """Stands for the process killed once an operation was recorded."""


def test_a_damaged_search_index_is_a_known_error_in_words(couple: Couple):
    maya = couple.unlock("Maya")
    for i in range(30):
        maya.journal.write(
            Space.PRIVATE, EntryFields(title=f"walk {i}", body="a long walk by the river")
        )
    conn = maya.spaces.conn(Space.PRIVATE)
    conn.execute("UPDATE journal_fts_data SET block = randomblob(length(block)) WHERE id > 10")
    with pytest.raises(DatabaseError) as caught:
        maya.journal.search("river")
    known = known_database_error(caught.value)
    assert isinstance(known, DatabaseDamaged)
    assert "Run `toward doctor` to see which file" in str(known)
    assert not any(word in str(known).lower() for word in INTERNALS)
    maya.lock()

    code, problems = doctor(couple.folder)
    assert code == 1
    assert any("fails its integrity check" in line for line in problems), problems
    assert not any(word in line.lower() for line in problems for word in INTERNALS), problems


def test_a_damaged_page_met_by_a_command_is_said_in_words(couple: Couple, tmp_path: Path):
    maya = couple.unlock("Maya")
    for i in range(80):
        maya.journal.write(
            Space.PRIVATE, EntryFields(title=f"entry {i}", body="a whole page of words " * 300)
        )
    maya.lock()
    path = couple.folder / private_db_name(couple.household.partner("Maya").id)
    data = bytearray(path.read_bytes())
    # The schema's pages come first, then the entries' long bodies fill the rest of the file:
    # a page four fifths of the way in is one of them, however many tables the schema has.
    middle = len(data) // 4096 * 4 // 5 * 4096
    data[middle + 500] ^= 0xFF
    path.write_bytes(bytes(data))

    result = run_toward(
        [
            *("export-data", "--data-dir", str(couple.folder), "--partner", "Maya"),
            *("--out", str(tmp_path / "out")),
        ],
        stdin=PASSWORDS["Maya"] + "\n",
    )
    assert result.returncode == 1
    assert "toward: Part of the household's data is damaged and could not be read" in (
        result.stderr
    )
    assert "Traceback" not in result.stderr
    assert not any(word in result.stderr.lower() for word in INTERNALS)


@pytest.mark.skipif(not hasattr(os, "fork") or os.geteuid() != 0, reason="needs root to switch")
def test_a_read_only_file_left_by_another_account_is_said_plainly():
    """The other OS account's files, readable but not writable here: words, nothing changed."""
    folder = Path(tempfile.mkdtemp(prefix="toward-accounts-", dir="/tmp"))
    try:
        folder.chmod(0o777)
        couple = make_couple(folder / "household")
        couple.folder.chmod(0o777)
        for path in couple.folder.iterdir():
            path.chmod(0o644)  # left by the other account: readable, not writable here
        before = files_of(couple.folder)
        read, write = os.pipe()
        child = os.fork()
        if child == 0:  # pragma: no cover - runs in the child
            os.close(read)
            os.setgid(65534)
            os.setuid(65534)
            try:
                Household.open(couple.folder).unlock("Maya", PASSWORDS["Maya"])
                said = "unlocked"
            except KnownError as exc:
                said = f"{type(exc).__name__}: {exc}"
            except BaseException as exc:
                said = f"BUG {type(exc).__name__}: {exc}"
            os.write(write, said.encode())
            os._exit(0)
        os.close(write)
        with os.fdopen(read, "rb") as pipe:
            said = pipe.read().decode()
        os.waitpid(child, 0)
        assert said.startswith("StorageReadOnly: "), said
        assert "is read-only for this account (it may have been left by another account" in said
        assert files_of(couple.folder) == before
    finally:
        shutil.rmtree(folder)
