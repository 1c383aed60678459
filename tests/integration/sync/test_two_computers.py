"""Two and three computers on one machine sharing a sync folder (real SQLCipher files)."""

from __future__ import annotations

import os
import time
from datetime import timedelta
from pathlib import Path

import pytest

from tests.conftest import PASSWORDS, Couple
from tests.integration.sync.support import Computer, own_computers
from toward import sync
from toward.core import clock
from toward.core.journal import EntryFields
from toward.core.repairs import Step, Topic
from toward.core.spaces import Space
from toward.household import Household
from toward.sync.sealing import SHARED_SPACE, Unreadable, open_sealed, private_space, space_key
from toward.vault.errors import HouseholdExists, WrongPassword
from toward.vault.keystore import PRIVATE_KEY, SHARED_KEY


def titles(computer: Computer, space: Space) -> list[str]:
    return sorted(e.title for e in computer.session.journal.entries(space))


def op_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.op"))


def test_the_partners_computers_converge_on_the_shared_space(apart):
    maya, sam, _folder = apart
    maya.session.journal.write(Space.SHARED, EntryFields(title="from maya", body="dinner?"))
    sam.session.journal.write(Space.SHARED, EntryFields(title="from sam", body="yes"))
    sam_report = sam.exchange()
    maya_report = maya.exchange()
    sam.exchange()
    assert sam_report.sent == 1 and maya_report.applied == 1
    assert titles(maya, Space.SHARED) == titles(sam, Space.SHARED) == ["from maya", "from sam"]
    assert [p.name for p in maya.session.household.partners] == ["Maya", "Sam"]
    # Nothing applied is sent back, and nothing is applied twice.
    again = maya.exchange()
    assert (again.sent, again.applied) == (0, 0)


def test_a_private_space_stays_on_its_owners_computers(apart):
    maya, sam, folder = apart
    maya.session.journal.write(Space.PRIVATE, EntryFields(title="mine", body="only mine"))
    maya.exchange()
    sam.exchange()
    assert titles(sam, Space.PRIVATE) == []
    sam_shared = space_key(sam.session.key(SHARED_KEY), SHARED_SPACE)
    sam_private = space_key(sam.session.key(PRIVATE_KEY), private_space(maya.session.partner.id))
    mine = private_space(maya.session.partner.id)
    files = [p for p in op_files(folder) if p.relative_to(folder).as_posix().startswith(mine)]
    assert files
    for path in files:
        place = path.relative_to(folder).as_posix()
        for key in (sam_shared, sam_private):
            with pytest.raises(Unreadable):
                open_sealed(key, place, path.read_bytes())


def test_ones_own_other_computer_gets_both_spaces_and_keeps_them_in_step(own):
    (home, laptop), _folder = own
    home.session.journal.write(Space.PRIVATE, EntryFields(title="private at home"))
    home.exchange()
    laptop.session.journal.write(Space.PRIVATE, EntryFields(title="private on the laptop"))
    laptop.exchange()
    home.exchange()
    expected = ["private at home", "private on the laptop"]
    assert titles(home, Space.PRIVATE) == titles(laptop, Space.PRIVATE) == expected


def test_joining_refuses_a_wrong_password_a_wrong_code_and_a_used_folder(apart, tmp_path):
    maya, _sam, folder = apart
    with pytest.raises(WrongPassword):
        sync.join_own(folder, tmp_path / "x", "Maya", "not her password")
    assert not (tmp_path / "x").exists()
    with pytest.raises(sync.SyncError, match="does not open an invitation"):
        wrong = "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF"
        sync.join_partner(folder, tmp_path / "y", wrong, "Ana", "a-password")
    with pytest.raises(HouseholdExists):
        sync.join_own(folder, maya.folder, "Maya", PASSWORDS["Maya"])


def test_an_invitation_is_a_long_code_used_once(solo: Couple, tmp_path: Path):
    maya = Computer("maya", solo.folder, "Maya", PASSWORDS["Maya"])
    folder = tmp_path / "sync"
    sync.link(maya.folder, folder, maya.session)
    code = sync.invite(maya.session)
    groups = code.split("-")
    assert len(groups) == 6 and all(len(g) == 4 for g in groups)  # 24 x 5 = 120 bits
    assert len(list((folder / "invites").glob("*.json"))) == 1
    joined = sync.join_partner(folder, tmp_path / "sam", code.lower(), "Sam", PASSWORDS["Sam"])
    assert joined.recovery_code
    assert list((folder / "invites").glob("*.json")) == []
    with pytest.raises(sync.SyncError):
        sync.join_partner(folder, tmp_path / "again", code, "Sam", PASSWORDS["Sam"])
    maya.close()


def test_an_expired_invitation_does_not_open(solo: Couple, tmp_path: Path, monkeypatch):
    maya = Computer("maya", solo.folder, "Maya", PASSWORDS["Maya"])
    folder = tmp_path / "sync"
    sync.link(maya.folder, folder, maya.session)
    code = sync.invite(maya.session)
    maya.close()
    (path,) = (folder / "invites").glob("*.json")
    text = path.read_text()
    import json

    data = json.loads(text)
    data["expires_at"] = (clock.now() - timedelta(minutes=1)).isoformat()
    path.write_text(json.dumps(data))
    with pytest.raises(sync.SyncError, match="7 days"):
        sync.join_partner(folder, tmp_path / "sam", code, "Sam", PASSWORDS["Sam"])


def test_damaged_renamed_and_conflict_copied_files_change_nothing_until_whole(apart):
    maya, sam, folder = apart
    maya.session.journal.write(Space.SHARED, EntryFields(title="first"))
    maya.exchange()
    maya.session.journal.write(Space.SHARED, EntryFields(title="second"))
    maya.exchange()
    device_dir = folder / "shared" / _device(maya)
    first, second = sorted(device_dir.glob("*.op"))[-2:]
    whole = first.read_bytes()
    # A file still arriving (cut short) and a sync engine's conflict copy of the next one.
    first.write_bytes(whole[: len(whole) // 2])
    (device_dir / (second.stem + ".sync-conflict-20260101-000000-ABCDEFG.op")).write_bytes(
        second.read_bytes()
    )
    report = sam.exchange()
    assert report.applied == 0 and report.waiting
    assert titles(sam, Space.SHARED) == []
    # A whole file under another number does not authenticate either.
    first.write_bytes(second.read_bytes())
    assert sam.exchange().applied == 0
    first.write_bytes(whole)
    assert sam.exchange().applied == 2
    assert titles(sam, Space.SHARED) == ["first", "second"]
    assert sync.status(sam.session).devices[0].up_to_date


def test_the_same_entry_edited_on_two_computers_keeps_the_earlier_version(own):
    (home, laptop), _folder = own
    entry = home.session.journal.write(Space.SHARED, EntryFields(title="plan", body="v1"))
    home.exchange()
    laptop.exchange()
    on_laptop = laptop.session.journal.get(Space.SHARED, entry.id)
    home.session.journal.edit(entry, EntryFields(title="plan", body="home's words"))
    # Stamps are milliseconds: two edits inside one would tie, and a tie goes by device id.
    time.sleep(0.005)
    laptop.session.journal.edit(on_laptop, EntryFields(title="plan", body="laptop's words"))
    home.exchange()  # earlier
    laptop.exchange()  # later: the laptop's edit is shown
    home.exchange()
    for computer in (home, laptop):
        assert computer.session.journal.get(Space.SHARED, entry.id).body == "laptop's words"
        (earlier,) = sync.status(computer.session).earlier_versions
        assert earlier.record_id == entry.id and earlier.values == {"body": "home's words"}


def test_a_delete_wins_over_an_edit_made_apart(own):
    (home, laptop), _folder = own
    entry = home.session.journal.write(Space.SHARED, EntryFields(title="t", body="v1"))
    home.exchange()
    laptop.exchange()
    laptop.session.journal.edit(
        laptop.session.journal.get(Space.SHARED, entry.id), EntryFields(title="t", body="v2")
    )
    laptop.exchange()  # the edit goes first
    home.session.journal.delete(entry)
    home.exchange()
    laptop.exchange()
    home.exchange()
    assert titles(home, Space.SHARED) == titles(laptop, Space.SHARED) == []


def test_a_row_claiming_the_other_partners_authorship_is_refused(apart):
    maya, sam, _folder = apart
    entry = maya.session.journal.write(Space.SHARED, EntryFields(title="hers", body="her words"))
    maya.exchange()
    sam.exchange()
    # Sam's computer rewrites Maya's words, as a changed Toward could.
    conn = sam.session.spaces.conn(Space.SHARED)
    conn.execute("UPDATE journal_entries SET body = 'not hers' WHERE id = ?", (entry.id,))
    sam.exchange()
    report = maya.exchange()
    assert report.refused and "author" in report.refused[0]
    assert maya.session.journal.get(Space.SHARED, entry.id).body == "her words"
    assert sync.status(maya.session).problems


def test_sealed_answers_cross_only_once_both_have_submitted(apart):
    maya, sam, folder = apart
    repair = maya.session.repairs.start("Dinner", Topic.ARGUMENT, clock.now() + timedelta(hours=1))
    maya.exchange()
    sam.exchange()
    sam.session.repairs.accept_time(sam.session.repairs.get(repair.id))
    sam.exchange()
    maya.exchange()
    maya.session.repairs.submit(maya.session.repairs.get(repair.id), Step.FEELINGS, "SEALED-M")
    maya.exchange()
    sam.exchange()
    assert b"SEALED-M" not in b"".join(p.read_bytes() for p in op_files(folder))
    assert sam.session.repairs.record(sam.session.repairs.get(repair.id)).answers == {}
    sam.session.repairs.submit(sam.session.repairs.get(repair.id), Step.FEELINGS, "SEALED-S")
    sam.exchange()
    published = maya.exchange()  # sees Sam's mark: publishes hers, as at unlock
    assert published.published == 1
    sam.exchange()
    for computer in (maya, sam):
        record = computer.session.repairs.record(computer.session.repairs.get(repair.id))
        assert set(record.answers[Step.FEELINGS].values()) == {"SEALED-M", "SEALED-S"}


def test_a_clock_days_ahead_cannot_order_a_later_edit_before_it(own):
    (home, laptop), _folder = own
    entry = home.session.journal.write(Space.SHARED, EntryFields(title="t", body="v1"))
    home.session.journal.edit(entry, EntryFields(title="t", body="from the fast clock"))
    # The home computer's clock runs three days ahead.
    ahead = int(timedelta(days=3).total_seconds() * 1000)
    home.session.spaces.conn(Space.SHARED).execute(
        "UPDATE sync_outbox SET at_ms = at_ms + ?", (ahead,)
    )
    home.exchange()
    laptop.exchange()
    laptop.session.journal.edit(
        laptop.session.journal.get(Space.SHARED, entry.id), EntryFields(title="t", body="later")
    )
    laptop.exchange()
    home.exchange()
    for computer in (home, laptop):
        assert computer.session.journal.get(Space.SHARED, entry.id).body == "later"


def test_three_computers_converge(couple: Couple, tmp_path: Path):
    computers, _folder = own_computers(couple, tmp_path, count=3)
    try:
        for n, computer in enumerate(computers):
            computer.session.journal.write(Space.SHARED, EntryFields(title=f"from {n}"))
            computer.session.journal.write(Space.PRIVATE, EntryFields(title=f"mine {n}"))
        for _ in range(2):
            for computer in computers:
                computer.exchange()
        shared = {tuple(titles(c, Space.SHARED)) for c in computers}
        private = {tuple(titles(c, Space.PRIVATE)) for c in computers}
        assert shared == {("from 0", "from 1", "from 2")}
        assert private == {("mine 0", "mine 1", "mine 2")}
        names = {d.name for d in sync.status(computers[0].session).devices}
        assert names == {"Laptop 1", "Laptop 2"}
    finally:
        for computer in computers:
            computer.close()


def test_sync_files_are_written_once_under_a_temporary_name(apart):
    maya, _sam, folder = apart
    maya.session.journal.write(Space.SHARED, EntryFields(title="x"))
    maya.exchange()
    names = [p.name for p in folder.rglob("*") if p.is_file()]
    assert not [n for n in names if n.endswith(".tmp")]
    before = {p: p.stat().st_mtime_ns for p in op_files(folder)}
    maya.exchange()
    assert {p: p.stat().st_mtime_ns for p in before} == before


def test_the_household_opens_after_joining_with_the_partners_own_password(apart):
    _maya, sam, _folder = apart
    household = Household.open(sam.folder)
    assert [p.name for p in household.partners] == ["Maya", "Sam"]
    assert os.stat(sam.folder).st_mode & 0o077 == 0


def _device(computer: Computer) -> str:
    from toward.sync.local import read_link

    link = read_link(computer.folder)
    assert link is not None
    return link.device_id
