"""Replies under shared entries: both partners, in order, each taking back only their own."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from toward.core import clock
from toward.core.journal import LISTENING_REMINDER, EntryFields, InvalidReply
from toward.core.journal.replies import MAX_REPLY
from toward.core.spaces import NotAllowed, Space
from toward.session import Session


def bodies(session: Session, entry) -> list[str]:
    return [reply.body for reply in session.journal.replies.of(entry)]


def test_both_partners_reply_in_order(maya: Session, sam: Session, monkeypatch):
    entry = maya.journal.write(Space.SHARED, EntryFields(title="how I felt on Sunday"))
    seen = sam.journal.get(Space.SHARED, entry.id)
    moments = iter(datetime(2025, 1, 1, 12, tzinfo=UTC) + timedelta(minutes=m) for m in range(9))
    monkeypatch.setattr(clock, "now", lambda: next(moments))
    first = sam.journal.replies.add(seen, "  I hear you.  ")
    maya.journal.replies.add(entry, "Thank you for reading it.")
    sam.journal.replies.add(seen, "Can we talk tonight?")

    assert bodies(maya, entry) == [
        "I hear you.",
        "Thank you for reading it.",
        "Can we talk tonight?",
    ]
    assert bodies(sam, seen) == bodies(maya, entry)
    assert first.info.author_id == sam.partner.id
    assert first.info.space is Space.SHARED
    assert first.entry_id == entry.id
    assert maya.journal.replies.count(entry) == 3


def test_replies_go_only_under_shared_entries(maya: Session):
    private = maya.journal.write(Space.PRIVATE, EntryFields(title="mine"))
    with pytest.raises(InvalidReply, match="shared journal"):
        maya.journal.replies.add(private, "a note")
    assert maya.journal.replies.of(private) == []
    assert maya.journal.replies.count(private) == 0


def test_a_shared_copy_takes_replies(maya: Session, sam: Session):
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="shared later"))
    copy = maya.journal.share(entry)
    sam.journal.replies.add(sam.journal.get(Space.SHARED, copy.id), "Glad you shared this.")
    assert bodies(maya, copy) == ["Glad you shared this."]
    assert maya.journal.replies.of(entry) == []  # the private original has none


@pytest.mark.parametrize("body", ["", "   ", "\n\t \n"])
def test_an_empty_reply_is_refused(maya: Session, body):
    entry = maya.journal.write(Space.SHARED, EntryFields(title="ours"))
    with pytest.raises(InvalidReply, match="few words"):
        maya.journal.replies.add(entry, body)
    assert maya.journal.replies.count(entry) == 0


def test_a_reply_too_long_is_refused(maya: Session):
    entry = maya.journal.write(Space.SHARED, EntryFields(title="ours"))
    assert len(maya.journal.replies.add(entry, "x" * MAX_REPLY).body) == MAX_REPLY
    with pytest.raises(InvalidReply, match="at most"):
        maya.journal.replies.add(entry, "x" * (MAX_REPLY + 1))
    assert maya.journal.replies.count(entry) == 1


def test_each_partner_deletes_only_their_own_reply(maya: Session, sam: Session):
    entry = maya.journal.write(Space.SHARED, EntryFields(title="ours"))
    seen = sam.journal.get(Space.SHARED, entry.id)
    mine = maya.journal.replies.add(entry, "mine")
    theirs = sam.journal.replies.add(seen, "theirs")
    with pytest.raises(NotAllowed):
        maya.journal.replies.delete(theirs)
    with pytest.raises(NotAllowed):
        sam.journal.replies.delete(mine)
    sam.journal.replies.delete(theirs)
    assert bodies(maya, entry) == ["mine"]


def test_replies_go_with_their_entry(maya: Session, sam: Session):
    entry = maya.journal.write(Space.SHARED, EntryFields(title="ours"))
    other = maya.journal.write(Space.SHARED, EntryFields(title="another"))
    sam.journal.replies.add(sam.journal.get(Space.SHARED, entry.id), "a reply")
    sam.journal.replies.add(sam.journal.get(Space.SHARED, other.id), "stays")
    maya.journal.delete(entry)
    rows = sam.spaces.conn(Space.SHARED).execute("SELECT body FROM journal_replies").fetchall()
    assert [r[0] for r in rows] == ["stays"]


def test_a_reply_to_an_entry_that_is_gone_is_refused(maya: Session, sam: Session):
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="brief"))
    copy = maya.journal.share(entry)
    seen = sam.journal.get(Space.SHARED, copy.id)
    maya.journal.unshare(entry)
    with pytest.raises(InvalidReply, match="no longer"):
        sam.journal.replies.add(seen, "too late")


def test_the_listening_reminder_is_there():
    assert "heard" in LISTENING_REMINDER
