"""A change file that does not open is waited for; one that stays bad is reported, never
applied, and everything goes on once the sync service copies it again whole."""

from __future__ import annotations

from datetime import timedelta

from toward import sync
from toward.core import clock
from toward.core.journal import EntryFields
from toward.core.spaces import Space
from toward.sync.local import read_link
from toward.sync.unreadable import STAYS_BAD


def test_a_file_that_stays_unreadable_is_reported_and_applied_once_whole(apart, monkeypatch):
    maya, sam, folder = apart
    sam.session.journal.write(Space.SHARED, EntryFields(title="from sam"))
    sam.exchange()
    sams = read_link(sam.folder)
    assert sams is not None
    path = max((folder / "shared" / sams.device_id).glob("*.op"))  # the entry's file
    whole = path.read_bytes()
    path.write_bytes(whole[:-7] + b"damaged")

    first = maya.exchange()
    assert first.applied == 0 and first.bad_files == ()
    assert any("cannot be read yet" in line for line in first.waiting)
    assert all(d.bad_since is None for d in sync.status(maya.session).devices)

    start = clock.now()
    monkeypatch.setattr(clock, "now", lambda: start + STAYS_BAD + timedelta(seconds=1))
    later = maya.exchange()
    assert later.applied == 0
    assert len(later.bad_files) == 1 and "Sam's" in later.bad_files[0]
    (device,) = [d for d in sync.status(maya.session).devices if d.bad_since is not None]
    assert device.name == "Sam's"
    assert [e.title for e in maya.session.journal.entries(Space.SHARED)] == []

    # The file changes (still arriving after all): waited for again, not reported.
    path.write_bytes(whole[:-9] + b"different")
    assert maya.exchange().bad_files == ()

    path.write_bytes(whole)  # copied again whole by the sync service
    mended = maya.exchange()
    assert mended.applied == 1 and mended.bad_files == ()
    assert all(d.bad_since is None for d in sync.status(maya.session).devices)


def test_a_bad_file_behind_good_ones_is_timed_from_the_first_exchange_that_met_it(
    apart, monkeypatch
):
    maya, sam, folder = apart
    sam.session.journal.write(Space.SHARED, EntryFields(title="first"))
    sam.exchange()
    sam.session.journal.write(Space.SHARED, EntryFields(title="second"))
    sam.exchange()
    sams = read_link(sam.folder)
    assert sams is not None
    second = max((folder / "shared" / sams.device_id).glob("*.op"))
    second.write_bytes(second.read_bytes()[:-7] + b"damaged")

    met = maya.exchange()  # applies the good files, then meets the bad one
    assert met.applied >= 1 and met.bad_files == ()
    start = clock.now()
    monkeypatch.setattr(clock, "now", lambda: start + STAYS_BAD + timedelta(seconds=1))
    assert len(maya.exchange().bad_files) == 1
