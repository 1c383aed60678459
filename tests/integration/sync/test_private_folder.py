"""A partner's private folder: their private changes through a folder only their own
computers share, so the partner's computer never holds them (SYNC.md principle 5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSWORDS, Couple
from tests.integration.sync.support import Computer, partners_apart
from toward import sync
from toward.core.journal import EntryFields
from toward.core.spaces import Space
from toward.sync.private import PRIVATE_MARKER
from toward.sync.sealing import SHARED_SPACE, Unreadable, open_sealed, private_space, space_key
from toward.vault.keystore import PRIVATE_KEY, SHARED_KEY


def titles(computer: Computer, space: Space) -> list[str]:
    return sorted(e.title for e in computer.session.journal.entries(space))


def private_files(folder: Path, partner_id: str) -> list[Path]:
    return sorted((folder / private_space(partner_id)).rglob("*.op"))


def test_private_changes_move_to_the_private_folder_and_reach_only_her_computers(
    apart, tmp_path: Path
):
    maya, sam, folder = apart
    mine = tmp_path / "maya-only"
    maya_id = maya.session.partner.id
    maya.session.journal.write(Space.PRIVATE, EntryFields(title="before", body="first words"))
    maya.exchange()
    assert private_files(folder, maya_id)  # one folder for everything, until she chooses

    sync.link_private(maya.session, mine)
    # Her own files left the one folder; the partner's computer keeps nothing of hers.
    assert private_files(folder, maya_id) == []
    assert private_files(mine, maya_id)
    assert sync.status(maya.session).private_folder == mine.resolve()

    laptop_dir = tmp_path / "maya-laptop"
    sync.join_own(folder, laptop_dir, "Maya", PASSWORDS["Maya"], device_name="Maya's laptop")
    laptop = Computer("laptop", laptop_dir, "Maya", PASSWORDS["Maya"])
    sync.link_private(laptop.session, mine)
    assert titles(laptop, Space.PRIVATE) == ["before"]

    laptop.session.journal.write(Space.PRIVATE, EntryFields(title="on the laptop", body="x"))
    maya.session.journal.write(Space.PRIVATE, EntryFields(title="at the desk", body="y"))
    laptop.exchange()
    maya.exchange()
    laptop.exchange()
    expected = ["at the desk", "before", "on the laptop"]
    assert titles(maya, Space.PRIVATE) == titles(laptop, Space.PRIVATE) == expected
    assert private_files(folder, maya_id) == []
    sam.exchange()
    assert titles(sam, Space.PRIVATE) == []

    # Nothing in the private folder opens with any key Sam's computer holds, and nothing
    # but her private op files and the marker is there.
    sam_keys = [
        space_key(sam.session.key(SHARED_KEY), SHARED_SPACE),
        space_key(sam.session.key(PRIVATE_KEY), private_space(sam.session.partner.id)),
        space_key(sam.session.key(PRIVATE_KEY), private_space(maya_id)),
    ]
    found = [p for p in mine.rglob("*") if p.is_file()]
    assert {p.relative_to(mine).parts[0] for p in found} == {PRIVATE_MARKER, "private"}
    assert {p.relative_to(mine).parts[1] for p in found if p.name != PRIVATE_MARKER} == {maya_id}
    assert PRIVATE_MARKER in {p.name for p in found}
    for path in found:
        if path.name == PRIVATE_MARKER:
            assert "first words" not in path.read_text()
            continue
        place = path.relative_to(mine).as_posix()
        for key in sam_keys:
            with pytest.raises(Unreadable):
                open_sealed(key, place, path.read_bytes())
    laptop.close()


def test_a_private_folder_the_partner_would_receive_is_refused(apart, tmp_path: Path):
    maya, sam, folder = apart
    for inside in (folder, folder / "mine", tmp_path):
        with pytest.raises(sync.SyncError, match="outside the sync folder"):
            sync.link_private(maya.session, inside)
    sams = tmp_path / "sam-only"
    sync.link_private(sam.session, sams)
    with pytest.raises(sync.SyncError, match="someone else's private changes"):
        sync.link_private(maya.session, sams)
    assert sync.status(maya.session).private_folder is None


def test_while_the_private_folder_is_away_private_changes_wait_here(apart, tmp_path: Path):
    maya, sam, folder = apart
    mine = tmp_path / "usb"
    sync.link_private(maya.session, mine)
    (mine / PRIVATE_MARKER).rename(tmp_path / "aside")  # the stick is not plugged in
    maya.session.journal.write(Space.PRIVATE, EntryFields(title="kept here"))
    maya.session.journal.write(Space.SHARED, EntryFields(title="for both"))
    report = maya.exchange()
    assert any("private folder" in line for line in report.waiting)
    assert sync.status(maya.session).private_folder_away
    assert private_files(folder, maya.session.partner.id) == []
    sam.exchange()
    assert titles(sam, Space.SHARED) == ["for both"]
    (tmp_path / "aside").rename(mine / PRIVATE_MARKER)
    maya.exchange()
    assert not sync.status(maya.session).private_folder_away
    assert private_files(mine, maya.session.partner.id)


def test_her_computer_without_the_private_folder_yet_is_still_read_until_it_moves(
    own, tmp_path: Path
):
    (home, laptop), folder = own
    mine = tmp_path / "maya-only"
    maya_id = home.session.partner.id
    sync.link_private(home.session, mine)
    laptop.session.journal.write(Space.PRIVATE, EntryFields(title="before the laptop moved"))
    laptop.exchange()  # still to the one folder: the laptop has no private folder yet
    assert private_files(folder, maya_id)
    home.exchange()
    assert titles(home, Space.PRIVATE) == ["before the laptop moved"]

    sync.link_private(laptop.session, mine)  # its own files move; numbering goes on
    assert private_files(folder, maya_id) == []
    laptop.session.journal.write(Space.PRIVATE, EntryFields(title="after"))
    laptop.exchange()
    home.exchange()
    assert titles(home, Space.PRIVATE) == ["after", "before the laptop moved"]


def test_stopping_takes_her_own_files_back_and_her_other_computer_misses_nothing(
    own, tmp_path: Path
):
    (home, laptop), folder = own
    mine = tmp_path / "maya-only"
    maya_id = home.session.partner.id
    sync.link_private(home.session, mine)
    laptop.session.journal.write(Space.PRIVATE, EntryFields(title="laptop, first"))
    laptop.exchange()  # to the one folder: what home writes to the private folder misses it
    assert sync.status(home.session).private_folder_unread_by == ("Laptop 1",)
    sync.link_private(laptop.session, mine)
    assert sync.status(home.session).private_folder_unread_by == ()
    home.session.journal.write(Space.PRIVATE, EntryFields(title="home, before"))
    laptop.session.journal.write(Space.PRIVATE, EntryFields(title="laptop, before"))
    home.exchange()
    laptop.exchange()
    home.exchange()
    home_device = sync.status(home.session).device_id
    assert private_files(folder, maya_id) == []

    sync.unlink_private(home.session)
    assert sync.status(home.session).private_folder is None
    # Home's own files went back to the one folder; the laptop's stay where it writes them.
    assert not (mine / private_space(maya_id) / home_device).exists()
    assert {p.parent.name for p in private_files(folder, maya_id)} == {home_device}
    home.session.journal.write(Space.PRIVATE, EntryFields(title="home, after"))
    laptop.session.journal.write(Space.PRIVATE, EntryFields(title="laptop, after"))
    home.exchange()
    laptop.exchange()
    home.exchange()
    # The laptop, still using the private folder, reads home's changes from the one folder;
    # what it writes to the private folder waits until it stops using it too.
    assert titles(laptop, Space.PRIVATE) == [
        "home, after",
        "home, before",
        "laptop, after",
        "laptop, before",
        "laptop, first",
    ]
    assert "laptop, after" not in titles(home, Space.PRIVATE)
    assert sync.status(laptop.session).private_folder_unread_by == ("Home",)

    sync.unlink_private(laptop.session)
    home.exchange()
    assert titles(home, Space.PRIVATE) == titles(laptop, Space.PRIVATE)
    assert list(mine.rglob("*.op")) == []


def test_stopping_is_refused_while_the_folder_is_away_and_when_none_is_used(apart, tmp_path: Path):
    maya, _sam, folder = apart
    with pytest.raises(sync.SyncError, match="already travel through the sync folder"):
        sync.unlink_private(maya.session)
    mine = tmp_path / "usb"
    sync.link_private(maya.session, mine)
    maya.session.journal.write(Space.PRIVATE, EntryFields(title="on the stick"))
    maya.exchange()
    (mine / PRIVATE_MARKER).rename(tmp_path / "aside")
    with pytest.raises(sync.SyncError, match="Connect it first"):
        sync.unlink_private(maya.session)
    assert sync.status(maya.session).private_folder == mine.resolve()
    assert private_files(mine, maya.session.partner.id)
    assert private_files(folder, maya.session.partner.id) == []


def test_joining_with_the_private_folder_takes_the_private_space_from_its_copy_there(
    solo: Couple, tmp_path: Path
):
    desk = Computer("maya-desk", solo.folder, "Maya", PASSWORDS["Maya"])
    for n in range(3):
        desk.session.journal.write(Space.PRIVATE, EntryFields(title=f"alone {n}", body="words"))
    desk.close()
    maya, sam, folder = partners_apart(solo, tmp_path)
    mine = tmp_path / "maya-only"
    maya_id = maya.session.partner.id
    sync.link_private(maya.session, mine)
    # Her private space's copy moved with its op files: it is in her private folder only.
    assert list((mine / private_space(maya_id)).rglob("*.copy"))
    assert not list((folder / private_space(maya_id)).rglob("*.copy"))

    laptop_dir = tmp_path / "maya-laptop"
    joined = sync.join_own(folder, laptop_dir, "Maya", PASSWORDS["Maya"], private_folder=mine)
    assert joined.report.files_read == 0  # both spaces came from their copies
    laptop = Computer("laptop", laptop_dir, "Maya", PASSWORDS["Maya"])
    assert titles(laptop, Space.PRIVATE) == ["alone 0", "alone 1", "alone 2"]
    assert sync.status(laptop.session).private_folder == mine.resolve()
    laptop.session.journal.write(Space.PRIVATE, EntryFields(title="on the laptop", body="z"))
    laptop.exchange()
    assert private_files(folder, maya_id) == []  # it writes to her private folder from the start
    maya.exchange()
    assert "on the laptop" in titles(maya, Space.PRIVATE)
    laptop.close()
    maya.close()
    sam.close()


def test_joining_with_a_private_folder_of_someone_else_is_refused_and_makes_nothing(
    apart, tmp_path: Path
):
    _maya, sam, folder = apart
    sams = tmp_path / "sam-only"
    sync.link_private(sam.session, sams)
    laptop_dir = tmp_path / "maya-laptop"
    with pytest.raises(sync.SyncError):
        sync.join_own(folder, laptop_dir, "Maya", PASSWORDS["Maya"], private_folder=sams)
    assert not laptop_dir.exists()
