"""Autosaved drafts: one per entry, always in the writer's private file."""

from __future__ import annotations

import pytest

from tests.conftest import Couple
from tests.integration.support import decrypted_pages
from toward.core.journal import EntryFields, InvalidEntry, TrustKind
from toward.core.journal.model import MAX_BODY
from toward.core.spaces import Space
from toward.household import SHARED_DB, private_db_name
from toward.session import Session


def test_save_get_overwrite_discard(maya: Session):
    drafts = maya.journal.drafts
    assert drafts.get(Space.PRIVATE, None) is None
    drafts.save(Space.PRIVATE, None, EntryFields(title="half", body="a first try"))
    drafts.save(
        Space.PRIVATE,
        None,
        EntryFields(
            title=" half  done ",
            body="a second try\x00",
            mood=2,
            trust_kinds=(TrustKind.MENTAL,),
            tags=("Work",),
        ),
        prompt_id="mr-02",
    )
    draft = drafts.get(Space.PRIVATE, None)
    assert draft is not None
    assert (draft.space, draft.entry_id, draft.title, draft.body) == (
        Space.PRIVATE,
        None,
        "half done",
        "a second try",
    )
    assert (draft.mood, draft.trust_kinds, draft.tags, draft.prompt_id) == (
        2,
        (TrustKind.MENTAL,),
        ("work",),
        "mr-02",
    )
    assert draft.updated_at.tzinfo is not None
    assert len(drafts.all()) == 1
    drafts.discard(Space.PRIVATE, None)
    assert drafts.get(Space.PRIVATE, None) is None
    assert drafts.all() == []
    drafts.discard(Space.PRIVATE, None)  # twice is fine


def test_one_draft_per_entry_and_per_space(maya: Session):
    drafts = maya.journal.drafts
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="saved"))
    drafts.save(Space.PRIVATE, None, EntryFields(title="new private", body=""))
    drafts.save(Space.SHARED, None, EntryFields(title="new shared", body=""))
    drafts.save(Space.PRIVATE, entry.id, EntryFields(title="editing", body=""))
    assert drafts.get(Space.PRIVATE, None).title == "new private"
    assert drafts.get(Space.SHARED, None).title == "new shared"
    assert drafts.get(Space.PRIVATE, entry.id).title == "editing"
    assert drafts.get(Space.SHARED, entry.id) is None
    assert {d.title for d in drafts.all()} == {"new private", "new shared", "editing"}
    drafts.discard(Space.SHARED, None)
    assert {d.title for d in drafts.all()} == {"new private", "editing"}


def test_a_draft_for_a_shared_entry_lives_in_the_private_file(
    couple: Couple, maya: Session, sam: Session
):
    entry = maya.journal.write(Space.SHARED, EntryFields(title="ours"))
    marker = "DRAFT-MARKER-71aa"
    maya.journal.drafts.save(
        Space.SHARED, entry.id, EntryFields(title="ours", body=f"rethinking {marker}")
    )
    maya.journal.drafts.save(Space.SHARED, None, EntryFields(title=f"new {marker}", body=""))

    assert sam.journal.drafts.all() == []
    assert sam.journal.drafts.get(Space.SHARED, entry.id) is None
    for session in (maya, sam):
        shared = session.spaces.conn(Space.SHARED)
        assert shared.execute("SELECT count(*) FROM journal_drafts").fetchone()[0] == 0
    assert sam.journal.get(Space.SHARED, entry.id).body == ""

    for session, space in ((maya, Space.PRIVATE), (maya, Space.SHARED), (sam, Space.PRIVATE)):
        session.spaces.conn(space).execute("PRAGMA wal_checkpoint(TRUNCATE)")
    mine = decrypted_pages(couple.folder / private_db_name(maya.partner.id), maya.key("private"))
    shared = decrypted_pages(couple.folder / SHARED_DB, maya.key("shared"))
    theirs = decrypted_pages(couple.folder / private_db_name(sam.partner.id), sam.key("private"))
    assert marker.encode() in mine
    assert marker.encode() not in shared
    assert marker.encode() not in theirs


def test_drafts_survive_a_lock(couple: Couple, maya: Session):
    maya.journal.drafts.save(
        Space.PRIVATE, None, EntryFields(title="unsaved", body="typed before the lock")
    )
    maya.lock()
    again = couple.unlock("Maya")
    try:
        assert again.journal.drafts.get(Space.PRIVATE, None).body == "typed before the lock"
    finally:
        again.lock()


def test_a_draft_over_the_limit_is_refused(maya: Session):
    with pytest.raises(InvalidEntry):
        maya.journal.drafts.save(
            Space.PRIVATE, None, EntryFields(title="", body="x" * (MAX_BODY + 1))
        )
    assert maya.journal.drafts.all() == []


def test_newest_draft_first(maya: Session):
    drafts = maya.journal.drafts
    drafts.save(Space.PRIVATE, None, EntryFields(title="older", body=""))
    drafts.save(Space.SHARED, None, EntryFields(title="newer", body=""))
    assert [d.title for d in drafts.all()] == ["newer", "older"]
    drafts.save(Space.PRIVATE, None, EntryFields(title="older, touched again", body=""))
    assert [d.title for d in drafts.all()] == ["older, touched again", "newer"]
