"""A household's first snapshot as a sealed copy of each space's database (copies.py): a
join from it holds what a join from the op files holds, a damaged one is passed over, the
partner never gets one they could open, and a write or a join cut short loses nothing."""

from __future__ import annotations

import errno
import importlib
import io
import os
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSWORDS, Couple
from tests.integration.sync.support import Computer
from toward import sync
from toward.core.bids import BidKind
from toward.core.capture import TRAVELLERS
from toward.core.journal import EntryFields
from toward.core.ledger import DraftFields, Money
from toward.core.spaces import Space
from toward.household import Household
from toward.sync import applying, copies
from toward.sync.folder import SyncFolder
from toward.sync.sealing import Unreadable, open_stream, private_space, seal_stream, space_key
from toward.vault.database import open_database
from toward.vault.keystore import PRIVATE_KEY, SHARED_KEY

exchange_module = importlib.import_module("toward.sync.exchange")
joining_module = importlib.import_module("toward.sync.joining")
# What a page reads: every record table, and the earlier versions kept of them.
READ_BY_PAGES = (*(t.name for t in TRAVELLERS), "sync_earlier", "sync_rows")


def _a_household_with_years(home: Computer) -> None:
    """Both partners' words in both spaces, before the household is linked."""
    for name in ("Maya", "Sam"):
        session = Computer(home.name, home.folder, name, PASSWORDS[name]).session
        try:
            for n in range(12):
                session.journal.write(
                    Space.SHARED, EntryFields(title=f"{name} shared {n}", body="river " * 30)
                )
                session.journal.write(
                    Space.PRIVATE, EntryFields(title=f"{name} alone {n}", body="lantern " * 30)
                )
                session.bids.log(Space.SHARED, by_me=n % 2 == 0, kind=BidKind.COMMENT)
            draft = session.ledger.add_draft(
                DraftFields(date.today(), Money.of("12.50", "EUR"), payee="market", why="food")
            )
            session.ledger.disclose([draft])
        finally:
            session.lock()


def _linked_home(couple: Couple, tmp_path: Path) -> tuple[Computer, Path]:
    home = Computer("home", couple.folder, "Maya", PASSWORDS["Maya"])
    _a_household_with_years(home)
    folder = tmp_path / "sync"
    sync.link(home.folder, folder, home.session, device_name="Home")
    sam = Computer("home", couple.folder, "Sam", PASSWORDS["Sam"])
    sam.exchange()  # Sam's private space: its first files and copy
    sam.close()
    return home, folder


def _readable(folder: Path, name: str) -> dict[str, Any]:
    """Every table a page reads, of both spaces, as `name` opens them there."""
    session = Computer("x", folder, name, PASSWORDS[name]).session
    try:
        found: dict[str, Any] = {}
        for space in (Space.SHARED, Space.PRIVATE):
            conn = session.spaces.conn(space)
            for table in READ_BY_PAGES:
                found[f"{space.value}/{table}"] = sorted(
                    tuple(r) for r in conn.execute(f"SELECT * FROM {table}")
                )
            found[f"{space.value}/search"] = sorted(
                r[0] for r in conn.execute("SELECT rowid FROM journal_fts('river OR lantern')")
            )
        return found
    finally:
        session.lock()


def _copies(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.copy"))


def test_a_join_from_the_copies_holds_what_a_join_from_the_op_files_holds(
    couple: Couple, tmp_path: Path
):
    home, folder = _linked_home(couple, tmp_path)
    home.close()
    maya_id = next(p.id for p in couple.household.partners if p.name == "Maya")
    sam_id = next(p.id for p in couple.household.partners if p.name == "Sam")
    # One copy per space: the shared one and each partner's private one.
    spaces = {p.relative_to(folder).parent.parent.as_posix() for p in _copies(folder)}
    assert spaces == {"shared", f"private/{maya_id}", f"private/{sam_id}"}

    for name in ("Maya", "Sam"):
        joined = sync.join_own(folder, tmp_path / f"{name}-copy", name, PASSWORDS[name])
        assert joined.report.files_read == 0  # everything came in the copies
    hidden = tmp_path / "copies-aside"
    hidden.mkdir()
    for n, path in enumerate(_copies(folder)):
        path.rename(hidden / f"{n}.copy")
    for name in ("Maya", "Sam"):
        joined = sync.join_own(folder, tmp_path / f"{name}-ops", name, PASSWORDS[name])
        assert joined.report.files_read > 0

    for name in ("Maya", "Sam"):
        from_copy = _readable(tmp_path / f"{name}-copy", name)
        assert from_copy == _readable(tmp_path / f"{name}-ops", name)
        assert from_copy == _readable(couple.folder, name)
        assert len(from_copy["private/journal_entries"]) == 12
        assert len(from_copy["shared/search"]) == 24


def test_what_stays_on_each_computer_is_not_in_a_copy(couple: Couple, tmp_path: Path):
    before = Computer("home", couple.folder, "Maya", PASSWORDS["Maya"])
    before.session.journal.drafts.save(Space.SHARED, None, EntryFields(title="half", body="x"))
    before.session.settings.set_text("this-computer", "yes")
    before.close()
    home, folder = _linked_home(couple, tmp_path)
    home_private = home.session.spaces.conn(Space.PRIVATE)
    assert home_private.execute("SELECT count(*) FROM journal_drafts").fetchone()[0] == 1
    home.close()
    sync.join_own(folder, tmp_path / "laptop", "Maya", PASSWORDS["Maya"])
    laptop = Computer("laptop", tmp_path / "laptop", "Maya", PASSWORDS["Maya"])
    try:
        for space in (Space.SHARED, Space.PRIVATE):
            conn = laptop.session.spaces.conn(space)
            for table in ("journal_drafts", "oplog", "oplog_applied", "sync_outbox"):
                assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
            keys = [r[0] for r in conn.execute("SELECT key FROM meta")]
            assert "this-computer" not in keys
            state = {r[0] for r in conn.execute("SELECT key FROM sync_state")}
            assert not {k for k in state if k.startswith(("seq/", "copy/", "unreadable/"))}
            assert conn.execute("SELECT capture FROM sync_switch").fetchone()[0] == 1
        # It goes on from the copy: a change at home arrives, one from here reaches home.
        home.session.journal.write(Space.SHARED, EntryFields(title="after", body="later"))
        home.exchange()
        assert laptop.exchange().applied == 1
        laptop.session.journal.write(Space.PRIVATE, EntryFields(title="mine", body="note"))
        laptop.exchange()
        assert home.exchange().applied == 1
    finally:
        laptop.close()
        home.close()


@pytest.mark.parametrize("damage", ["cut short", "a byte changed", "a chunk dropped"])
def test_a_damaged_copy_is_passed_over_for_the_op_files(
    couple: Couple, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str
):
    # Small chunks, so that a copy has many.
    monkeypatch.setattr("toward.sync.sealing.CHUNK", 16 * 1024)
    home, folder = _linked_home(couple, tmp_path)
    home.close()
    for path in _copies(folder):
        data = path.read_bytes()
        if damage == "cut short":
            data = data[: len(data) // 2]
        elif damage == "a byte changed":
            data = data[:-100] + bytes([data[-100] ^ 1]) + data[-99:]
        else:
            whole = 16 * 1024 + 16
            data = data[:12] + data[12 + whole :]
        path.write_bytes(data)
    joined = sync.join_own(folder, tmp_path / "laptop", "Maya", PASSWORDS["Maya"])
    assert joined.report.files_read > 0
    assert _readable(tmp_path / "laptop", "Maya") == _readable(couple.folder, "Maya")
    assert not [p for p in (tmp_path / "laptop").iterdir() if p.name.endswith(".tmp")]


def test_a_private_copy_opens_only_with_its_owners_key(couple: Couple, tmp_path: Path):
    home, folder = _linked_home(couple, tmp_path)
    maya = home.session
    maya_id = maya.partner.id
    sam = Computer("home", couple.folder, "Sam", PASSWORDS["Sam"]).session
    space = private_space(maya_id)
    (copy,) = SyncFolder(folder).copies(space)
    place = SyncFolder(folder).copy_place(space, copy[0], copy[1])
    sams = [sam.key(SHARED_KEY), sam.key(PRIVATE_KEY)]
    tried = [
        space_key(k, s) for k in sams for s in ("shared", space, private_space(sam.partner.id))
    ]
    for key in [*tried, *sams]:
        with open(copy[2], "rb") as sealed, pytest.raises(Unreadable):
            open_stream(key, place, sealed, io.BytesIO())
    with open(copy[2], "rb") as sealed, open(tmp_path / "opened.db", "wb") as plain:
        open_stream(space_key(maya.key(PRIVATE_KEY), space), place, sealed, plain)
    sam.lock()
    home.close()


def test_the_invited_partner_joins_from_the_shared_copy_only(
    solo: Couple, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    maya = Computer("maya", solo.folder, "Maya", PASSWORDS["Maya"])
    for n in range(10):
        maya.session.journal.write(Space.SHARED, EntryFields(title=f"ours {n}", body="field"))
        maya.session.journal.write(Space.PRIVATE, EntryFields(title=f"mine {n}", body="hidden"))
    folder = tmp_path / "sync"
    sync.link(maya.folder, folder, maya.session)
    assert len(_copies(folder)) == 2
    tried = []
    real = joining_module.install_copy

    def recorded(folder: SyncFolder, space: str, *args: Any) -> bool:
        tried.append(space)
        return real(folder, space, *args)

    monkeypatch.setattr(joining_module, "install_copy", recorded)
    code = sync.invite(maya.session)
    joined = sync.join_partner(folder, tmp_path / "sam", code, "Sam", PASSWORDS["Sam"])
    assert tried == ["shared"] and joined.report.files_read == 0
    sam = Computer("sam", tmp_path / "sam", "Sam", PASSWORDS["Sam"])
    try:
        titles = sorted(e.title for e in sam.session.journal.entries(Space.SHARED))
        assert titles == sorted(f"ours {n}" for n in range(10))
        assert sam.session.journal.entries(Space.PRIVATE) == []
        assert [p.name for p in (tmp_path / "sam").glob("private-*.db")] == [
            f"private-{sam.session.partner.id}.db"
        ]
    finally:
        sam.close()
        maya.close()


def test_a_private_copy_moves_with_the_private_op_files(couple: Couple, tmp_path: Path):
    home, folder = _linked_home(couple, tmp_path)
    maya_id = home.session.partner.id
    assert list((folder / "private" / maya_id).rglob("*.copy"))
    sync.link_private(home.session, tmp_path / "mine")
    assert not (folder / "private" / maya_id).exists()
    assert len(list((tmp_path / "mine").rglob("*.copy"))) == 1
    home.close()


def test_a_copy_cut_short_is_written_at_the_next_exchange(
    couple: Couple, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    home = Computer("home", couple.folder, "Maya", PASSWORDS["Maya"])
    _a_household_with_years(home)

    def switched_off(*_args: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(copies, "seal_stream", switched_off)
    folder = tmp_path / "sync"
    with pytest.raises(KeyboardInterrupt):
        sync.link(home.folder, folder, home.session)
    monkeypatch.undo()
    assert _copies(folder) == []
    leftovers = [p for p in folder.rglob("*") if p.name.endswith(".tmp")]
    leftovers += [p for p in couple.folder.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []
    # A computer switched off mid-write leaves a temporary file: never read, then removed.
    device = next((folder / "shared").iterdir())
    left = device / ".00000001.copy.abcd.tmp"
    left.write_bytes(b"TWC1" + os.urandom(4000))
    os.utime(left, (time.time() - 3600, time.time() - 3600))
    home.exchange()
    assert not left.exists()
    assert len(_copies(folder)) == 2
    joined = sync.join_own(folder, tmp_path / "laptop", "Maya", PASSWORDS["Maya"])
    assert joined.report.files_read == 0
    home.close()
    assert _readable(tmp_path / "laptop", "Maya") == _readable(couple.folder, "Maya")


def test_a_join_from_a_copy_cut_short_finishes_at_the_next_exchange(
    couple: Couple, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    home, folder = _linked_home(couple, tmp_path)
    for n in range(5):
        home.session.journal.write(Space.SHARED, EntryFields(title=f"late {n}", body="dusk"))
        home.exchange()  # a file each, after the copy

    # Cut short while a copy is unsealed: nothing is left, and joining again works.
    def switched_off(*_args: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(copies, "open_stream", switched_off)
    with pytest.raises(KeyboardInterrupt):
        sync.join_own(folder, tmp_path / "laptop", "Maya", PASSWORDS["Maya"])
    assert not (tmp_path / "laptop").exists()
    monkeypatch.undo()

    # Cut short while the files after the copy are applied: it goes on from there.
    applied: list[int] = []
    real_apply = applying.apply_file

    def cut_short(*args: Any, **kwargs: Any) -> applying.Outcome:
        if len(applied) == 2:
            raise KeyboardInterrupt
        applied.append(args[2])
        return real_apply(*args, **kwargs)

    monkeypatch.setattr(exchange_module, "apply_file", cut_short)
    with pytest.raises(KeyboardInterrupt):
        sync.join_own(folder, tmp_path / "laptop", "Maya", PASSWORDS["Maya"])
    monkeypatch.undo()
    laptop = Computer("laptop", tmp_path / "laptop", "Maya", PASSWORDS["Maya"])
    try:
        assert laptop.exchange().files_read == 3
    finally:
        laptop.close()
    home.close()
    assert _readable(tmp_path / "laptop", "Maya") == _readable(couple.folder, "Maya")
    assert Household.open(tmp_path / "laptop").partners


def test_a_copy_with_schema_of_its_own_is_passed_over(couple: Couple, tmp_path: Path):
    # A holder of the shared key could send a database with a trigger of their own in it:
    # only this version's schema is taken, rows come in like op files or not at all.
    home, folder = _linked_home(couple, tmp_path)
    shared_key = home.session.key(SHARED_KEY)
    home.close()
    sync_key = space_key(shared_key, "shared")
    ((device, seq, path),) = SyncFolder(folder).copies("shared")
    place = SyncFolder(folder).copy_place("shared", device, seq)
    plain = tmp_path / "opened.db"
    with open(path, "rb") as sealed, open(plain, "wb") as target:
        open_stream(sync_key, place, sealed, target)
    conn = open_database(plain, shared_key)
    conn.execute(
        "CREATE TRIGGER planted AFTER INSERT ON bids BEGIN DELETE FROM journal_entries; END"
    )
    conn.execute("PRAGMA journal_mode = DELETE").fetchone()
    conn.close()
    with open(plain, "rb") as source, open(path, "wb") as target:
        seal_stream(sync_key, place, source, target)

    joined = sync.join_own(folder, tmp_path / "laptop", "Maya", PASSWORDS["Maya"])
    assert joined.report.files_read > 0  # the shared space came from its op files
    laptop = Computer("laptop", tmp_path / "laptop", "Maya", PASSWORDS["Maya"])
    try:
        conn = laptop.session.spaces.conn(Space.SHARED)
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "planted" not in names
    finally:
        laptop.close()
    assert _readable(tmp_path / "laptop", "Maya") == _readable(couple.folder, "Maya")


def test_a_copy_that_cannot_be_written_waits_an_hour_and_the_exchange_goes_on(
    couple: Couple, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    home = Computer("home", couple.folder, "Maya", PASSWORDS["Maya"])
    _a_household_with_years(home)

    def disk_full(*_args: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(copies, "seal_stream", disk_full)
    folder = tmp_path / "sync"
    sync.link(home.folder, folder, home.session)
    assert _copies(folder) == [] and any(folder.rglob("*.op"))
    monkeypatch.undo()
    home.exchange()
    assert _copies(folder) == []  # not again within the hour
    for space in (Space.SHARED, Space.PRIVATE):
        conn = home.session.spaces.conn(space)
        an_hour_ago = (datetime.now(UTC) - timedelta(hours=1, minutes=1)).isoformat()
        conn.execute("UPDATE sync_state SET value = ? WHERE key = 'copy/due'", (an_hour_ago,))
    home.exchange()
    assert len(_copies(folder)) == 2
    home.close()
