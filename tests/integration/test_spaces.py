"""One record mechanism for both spaces, proven on journal entries and real files."""

from __future__ import annotations

import pytest

from tests.conftest import Couple
from tests.integration.support import decrypted_pages
from toward.core.changes import Change
from toward.core.journal import EntryFields, InvalidEntry, TrustKind
from toward.core.spaces import NotAllowed, RecordNotFound, Space
from toward.household import SHARED_DB, private_db_name
from toward.session import Session


def titles(session: Session, space: Space) -> list[str]:
    return [e.title for e in session.journal.entries(space)]


# -- writing and reading -------------------------------------------------------------------


def test_private_entries_stay_with_their_author(maya: Session, sam: Session):
    entry = maya.journal.write(
        Space.PRIVATE,
        EntryFields(
            title="  Only mine  ",
            body="words",
            mood=4,
            trust_kinds=[TrustKind.MENTAL, TrustKind.EMOTIONAL],
            tags=["Work", " work ", "home,life"],
        ),
    )
    assert entry.space is Space.PRIVATE
    assert entry.info.author_id == maya.partner.id
    assert (entry.title, entry.body, entry.mood) == ("Only mine", "words", 4)
    assert entry.trust_kinds == (TrustKind.EMOTIONAL, TrustKind.MENTAL)
    assert entry.tags == ("home life", "work")
    assert maya.journal.get(Space.PRIVATE, entry.id) == entry
    assert titles(sam, Space.PRIVATE) == []
    assert titles(sam, Space.SHARED) == []
    with pytest.raises(RecordNotFound):
        sam.journal.get(Space.PRIVATE, entry.id)


def test_entries_list_newest_first_with_paging(maya: Session):
    for i in range(5):
        maya.journal.write(Space.PRIVATE, EntryFields(title=f"entry {i}"))
    assert titles(maya, Space.PRIVATE) == [f"entry {i}" for i in reversed(range(5))]
    page = maya.journal.entries(Space.PRIVATE, limit=2, offset=1)
    assert [e.title for e in page] == ["entry 3", "entry 2"]
    assert maya.journal.count(Space.PRIVATE) == 5


def test_a_shared_entry_knows_its_author(maya: Session, sam: Session):
    entry = sam.journal.write(Space.SHARED, EntryFields(title="from Sam"))
    seen = maya.journal.get(Space.SHARED, entry.id)
    assert seen.info.author_id == sam.partner.id
    assert not seen.info.is_shared_copy


def test_bad_content_is_refused(maya: Session):
    with pytest.raises(InvalidEntry, match="Mood"):
        maya.journal.write(Space.PRIVATE, EntryFields(mood=6))
    with pytest.raises(InvalidEntry, match="kind of trust"):
        maya.journal.write(Space.PRIVATE, EntryFields(trust_kinds=["loyalty"]))
    assert maya.journal.count(Space.PRIVATE) == 0


def test_listeners_hear_every_change(maya: Session):
    heard: list[frozenset[Change]] = []
    maya.spaces.subscribe(heard.append)
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="a"))
    maya.journal.edit(entry, EntryFields(title="b", body=""))
    shared = maya.journal.share(entry)
    maya.journal.unshare(shared)
    maya.journal.delete(entry)
    assert heard == [frozenset({Change.JOURNAL})] * 5


# -- only the author changes a record ------------------------------------------------------


def test_only_the_author_edits_or_deletes(maya: Session, sam: Session):
    entry = maya.journal.write(Space.SHARED, EntryFields(title="Maya's", body="hers"))
    theirs = sam.journal.get(Space.SHARED, entry.id)
    with pytest.raises(NotAllowed):
        sam.journal.edit(theirs, EntryFields(title="changed by Sam", body=""))
    with pytest.raises(NotAllowed):
        sam.journal.delete(theirs)
    assert maya.journal.get(Space.SHARED, entry.id).title == "Maya's"
    edited = maya.journal.edit(entry, EntryFields(title="Maya's, edited", body="still hers"))
    assert edited.info.updated_at >= entry.info.updated_at
    assert sam.journal.get(Space.SHARED, entry.id).title == "Maya's, edited"
    maya.journal.delete(edited)
    assert titles(sam, Space.SHARED) == []


def test_only_the_author_unshares(maya: Session, sam: Session):
    copy = maya.journal.share(
        maya.journal.write(Space.PRIVATE, EntryFields(title="shared by Maya"))
    )
    with pytest.raises(NotAllowed):
        sam.journal.unshare(sam.journal.get(Space.SHARED, copy.id))
    assert titles(sam, Space.SHARED) == ["shared by Maya"]


def test_an_edit_keeps_the_prompt_and_can_clear_fields(maya: Session):
    entry = maya.journal.write(
        Space.PRIVATE, EntryFields(title="t", body="b", mood=2), prompt_id="p-1"
    )
    edited = maya.journal.edit(entry, EntryFields(title="t2", body="b2"))
    assert (edited.mood, edited.prompt_id, edited.info.created_at) == (
        None,
        "p-1",
        entry.info.created_at,
    )


# -- sharing and unsharing -----------------------------------------------------------------


def test_share_copies_with_a_link_back(maya: Session, sam: Session):
    entry = maya.journal.write(
        Space.PRIVATE, EntryFields(title="Hard week", body="full text", tags=["us"])
    )
    copy = maya.journal.share(entry)
    original = maya.journal.get(Space.PRIVATE, entry.id)
    assert copy.space is Space.SHARED
    assert copy.info.origin_id == entry.id
    assert copy.info.is_shared_copy
    assert copy.info.author_id == maya.partner.id
    assert copy.info.created_at == entry.info.created_at
    assert original.info.shared_id == copy.id
    assert original.info.is_currently_shared
    assert original.info.shared_at is not None
    seen = sam.journal.get(Space.SHARED, copy.id)
    assert (seen.title, seen.body, seen.tags) == ("Hard week", "full text", ("us",))


def test_share_with_a_partial_body(maya: Session, sam: Session):
    entry = maya.journal.write(
        Space.PRIVATE, EntryFields(title="t", body="the part to share. the rest")
    )
    copy = maya.journal.share(entry, body="the part to share.")
    assert sam.journal.get(Space.SHARED, copy.id).body == "the part to share."
    assert maya.journal.get(Space.PRIVATE, entry.id).body == "the part to share. the rest"


def test_sharing_again_updates_the_one_copy(maya: Session, sam: Session):
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="v1", body="first"))
    first = maya.journal.share(entry)
    edited = maya.journal.edit(entry, EntryFields(title="v2", body="second"))
    assert sam.journal.get(Space.SHARED, first.id).title == "v1"  # not until shared again
    second = maya.journal.share(edited)
    assert second.id == first.id
    assert titles(sam, Space.SHARED) == ["v2"]
    assert sam.journal.get(Space.SHARED, first.id).body == "second"


def test_unsharing_removes_the_copy_and_says_it_was_unread(maya: Session, sam: Session):
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="second thoughts"))
    copy = maya.journal.share(entry)
    outcome = maya.journal.unshare(entry)
    assert outcome.partner_has_read is False
    assert outcome.shared_at == maya.journal.get(Space.PRIVATE, entry.id).info.shared_at
    assert titles(sam, Space.SHARED) == []
    with pytest.raises(RecordNotFound):
        sam.journal.get(Space.SHARED, copy.id)
    original = maya.journal.get(Space.PRIVATE, entry.id)
    assert not original.info.is_currently_shared
    assert original.info.unshared_at is not None
    assert original.title == "second thoughts"


def test_unsharing_says_honestly_that_the_partner_read_it(maya: Session, sam: Session):
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="read already"))
    copy = maya.journal.share(entry)
    sam.journal.mark_read(sam.journal.get(Space.SHARED, copy.id))
    outcome = maya.journal.unshare(maya.journal.get(Space.SHARED, copy.id))
    assert outcome.partner_has_read is True
    assert titles(sam, Space.SHARED) == []
    count = maya.spaces.conn(Space.SHARED).execute("SELECT count(*) FROM read_marks")
    assert count.fetchone()[0] == 0


def test_the_authors_own_reading_does_not_count_as_the_partners(maya: Session):
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="mine"))
    copy = maya.journal.share(entry)
    maya.journal.mark_read(copy)
    assert maya.journal.unshare(entry).partner_has_read is False


def test_share_unshare_share_again(maya: Session, sam: Session):
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="back and forth"))
    first = maya.journal.share(entry)
    maya.journal.unshare(entry)
    again = maya.journal.share(maya.journal.get(Space.PRIVATE, entry.id))
    assert again.id != first.id
    assert titles(sam, Space.SHARED) == ["back and forth"]
    assert maya.journal.get(Space.PRIVATE, entry.id).info.unshared_at is None


def test_deleting_a_shared_copy_is_unsharing(maya: Session, sam: Session):
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="take it back"))
    copy = maya.journal.share(entry)
    maya.journal.delete(copy)
    assert titles(sam, Space.SHARED) == []
    original = maya.journal.get(Space.PRIVATE, entry.id)
    assert original.info.shared_id is None
    assert original.info.unshared_at is not None


def test_deleting_a_shared_original_leaves_the_copy_given(maya: Session, sam: Session):
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="given"))
    copy = maya.journal.share(entry)
    maya.journal.delete(entry)
    with pytest.raises(RecordNotFound):
        maya.journal.get(Space.PRIVATE, entry.id)
    kept = sam.journal.get(Space.SHARED, copy.id)
    assert kept.title == "given"
    assert kept.info.origin_id is None  # no link to a record that no longer exists
    with pytest.raises(NotAllowed):
        sam.journal.delete(kept)
    maya.journal.delete(maya.journal.get(Space.SHARED, copy.id))
    assert titles(sam, Space.SHARED) == []


def test_an_entry_written_in_the_shared_space_is_deleted_not_unshared(maya: Session):
    entry = maya.journal.write(Space.SHARED, EntryFields(title="shared from the start"))
    with pytest.raises(ValueError, match="delete it instead"):
        maya.journal.unshare(entry)


def test_a_share_interrupted_between_the_two_files_is_completed_not_duplicated(
    maya: Session, sam: Session
):
    """A crash after the shared copy landed but before the private link was written."""
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="interrupted"))
    copy = maya.journal.share(entry)
    maya.spaces.conn(Space.PRIVATE).execute(
        "UPDATE journal_entries SET shared_id = NULL, shared_at = NULL WHERE id = ?", (entry.id,)
    )
    again = maya.journal.share(maya.journal.get(Space.PRIVATE, entry.id))
    assert again.id == copy.id
    assert titles(sam, Space.SHARED) == ["interrupted"]
    assert maya.journal.get(Space.PRIVATE, entry.id).info.shared_id == copy.id


def test_only_private_originals_of_ones_own_can_be_shared(maya: Session, sam: Session):
    theirs = sam.journal.write(Space.PRIVATE, EntryFields(title="Sam's private"))
    with pytest.raises(RecordNotFound):
        maya.journal.share(theirs)


# -- read marks ----------------------------------------------------------------------------


def test_read_marks(maya: Session, sam: Session):
    entry = maya.journal.write(Space.SHARED, EntryFields(title="for Sam"))
    theirs = sam.journal.get(Space.SHARED, entry.id)
    assert maya.journal.is_read(entry)  # one's own counts as read
    assert not sam.journal.is_read(theirs)
    sam.journal.mark_read(theirs)
    sam.journal.mark_read(theirs)  # twice is harmless
    assert sam.journal.is_read(theirs)


def test_a_private_entry_is_never_marked_in_the_shared_space(maya: Session):
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="private"))
    with pytest.raises(RecordNotFound):
        maya.journal.mark_read(entry)
    shared = maya.spaces.conn(Space.SHARED)
    assert shared.execute("SELECT count(*) FROM read_marks").fetchone()[0] == 0


def test_deleting_a_shared_entry_removes_its_read_marks(maya: Session, sam: Session):
    entry = maya.journal.write(Space.SHARED, EntryFields(title="read then deleted"))
    sam.journal.mark_read(sam.journal.get(Space.SHARED, entry.id))
    maya.journal.delete(entry)
    shared = maya.spaces.conn(Space.SHARED)
    assert shared.execute("SELECT count(*) FROM read_marks").fetchone()[0] == 0


# -- secure delete -------------------------------------------------------------------------


def test_secure_delete_is_on_for_every_connection(maya: Session, sam: Session):
    for session in (maya, sam):
        for space in Space:
            conn = session.spaces.conn(space)
            assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1


def _pages_after_checkpoint(session: Session, space: Space, couple: Couple) -> bytes:
    conn = session.spaces.conn(space)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    name = SHARED_DB if space is Space.SHARED else private_db_name(session.partner.id)
    return decrypted_pages(couple.folder / name, session.key(space.value))


def test_a_deleted_private_entry_is_gone_from_the_decrypted_pages(couple: Couple, maya: Session):
    kept = maya.journal.write(
        Space.PRIVATE, EntryFields(title="KEPT-TITLE-7f3a", body="KEPT-BODY-7f3a")
    )
    gone = maya.journal.write(
        Space.PRIVATE, EntryFields(title="GONE-TITLE-91c2", body="GONE-BODY-91c2" * 40)
    )
    pages = _pages_after_checkpoint(maya, Space.PRIVATE, couple)
    # The reader below SQLite works: both texts are there before the delete.
    assert b"KEPT-BODY-7f3a" in pages
    assert b"GONE-BODY-91c2" in pages
    maya.journal.delete(gone)
    pages = _pages_after_checkpoint(maya, Space.PRIVATE, couple)
    assert b"KEPT-BODY-7f3a" in pages
    assert b"GONE-TITLE-91c2" not in pages
    assert b"GONE-BODY-91c2" not in pages
    assert kept.id.encode() in pages
    assert gone.id.encode() not in pages


def test_an_edit_leaves_no_trace_of_the_old_text(couple: Couple, maya: Session):
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="t", body="FIRST-DRAFT-4d1e"))
    maya.journal.edit(entry, EntryFields(title="t", body="SECOND-DRAFT-4d1e"))
    pages = _pages_after_checkpoint(maya, Space.PRIVATE, couple)
    assert b"SECOND-DRAFT-4d1e" in pages
    assert b"FIRST-DRAFT-4d1e" not in pages


def test_an_unshared_copy_is_gone_from_the_shared_file(couple: Couple, maya: Session):
    entry = maya.journal.write(
        Space.PRIVATE, EntryFields(title="t", body="SHARED-THEN-TAKEN-BACK-5b")
    )
    maya.journal.share(entry)
    assert b"SHARED-THEN-TAKEN-BACK-5b" in _pages_after_checkpoint(maya, Space.SHARED, couple)
    maya.journal.unshare(entry)
    assert b"SHARED-THEN-TAKEN-BACK-5b" not in _pages_after_checkpoint(maya, Space.SHARED, couple)


def test_without_secure_delete_the_check_would_find_the_text(couple: Couple, maya: Session):
    """A sanity check on the page reader: with secure_delete off, a deleted row lingers."""
    conn = maya.spaces.conn(Space.PRIVATE)
    conn.execute("PRAGMA secure_delete = OFF")
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="t", body="LINGERS-WITHOUT-IT-2e"))
    maya.journal.delete(entry)
    assert b"LINGERS-WITHOUT-IT-2e" in _pages_after_checkpoint(maya, Space.PRIVATE, couple)
    conn.execute("PRAGMA secure_delete = ON")
