"""Journal entries in both spaces on real SQLCipher files: writing, sharing, read marks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from tests.conftest import Couple
from tests.integration.journal.pictures import GIF, png
from tests.integration.support import decrypted_pages
from toward.core.journal import EntryFields, JournalFilter, TrustKind
from toward.core.spaces import NotAllowed, RecordNotFound, Space
from toward.household import SHARED_DB, private_db_name
from toward.session import Session

KEPT_BACK = "The part about my brother stays with me."


def shared_text(session: Session) -> str:
    """Every title, body and tag in the shared database, as one string."""
    rows = session.spaces.conn(Space.SHARED).execute(
        "SELECT title || ' ' || body || ' ' || tags FROM journal_entries"
    )
    return "\n".join(r[0] for r in rows)


def count_rows(session: Session, space: Space, table: str) -> int:
    return session.spaces.conn(space).execute(f"SELECT count(*) FROM {table}").fetchone()[0]


# -- writing, editing, deleting ------------------------------------------------------------


def test_write_private_and_shared(maya: Session, sam: Session):
    mine = maya.journal.write(Space.PRIVATE, EntryFields(title="mine", body="only me"))
    ours = maya.journal.write(Space.SHARED, EntryFields(title="ours", body="both of us", mood=3))
    assert [e.title for e in maya.journal.entries(Space.PRIVATE)] == ["mine"]
    assert [e.title for e in sam.journal.entries(Space.SHARED)] == ["ours"]
    assert sam.journal.entries(Space.PRIVATE) == []
    seen = sam.journal.get(Space.SHARED, ours.id)
    assert (seen.body, seen.mood, seen.info.author_id) == ("both of us", 3, maya.partner.id)
    with pytest.raises(RecordNotFound):
        sam.journal.get(Space.PRIVATE, mine.id)


def test_the_partners_entry_cannot_be_edited_or_deleted(maya: Session, sam: Session):
    ours = maya.journal.write(Space.SHARED, EntryFields(title="Maya's", body="hers"))
    seen = sam.journal.get(Space.SHARED, ours.id)
    with pytest.raises(NotAllowed):
        sam.journal.edit(seen, EntryFields(title="Sam was here", body="changed"))
    with pytest.raises(NotAllowed):
        sam.journal.delete(seen)
    assert maya.journal.get(Space.SHARED, ours.id).title == "Maya's"
    edited = maya.journal.edit(ours, EntryFields(title="Still Maya's", body="hers, edited"))
    assert sam.journal.get(Space.SHARED, ours.id).body == "hers, edited"
    assert edited.info.updated_at >= ours.info.updated_at
    maya.journal.delete(edited)
    assert sam.journal.entries(Space.SHARED) == []


def test_delete_removes_the_pictures_and_secure_delete_is_on(maya: Session, sam: Session):
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="with pictures"))
    maya.journal.images.attach(entry, "one.png", png())
    maya.journal.images.attach(entry, "two.gif", GIF)
    maya.journal.delete(entry)
    assert count_rows(maya, Space.PRIVATE, "journal_images") == 0
    for session in (maya, sam):
        for space in Space:
            conn = session.spaces.conn(space)
            assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
            assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_deleted_entrys_picture_bytes_are_gone_from_the_file(couple: Couple, maya: Session):
    marker = "PICTURE-MARKER-4b1d"
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="soon gone"))
    maya.journal.images.attach(entry, "shot.png", png(marker))
    path = couple.folder / private_db_name(maya.partner.id)
    conn = maya.spaces.conn(Space.PRIVATE)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert marker.encode() in decrypted_pages(path, maya.key("private"))
    maya.journal.delete(entry)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert marker.encode() not in decrypted_pages(path, maya.key("private"))


# -- sharing -------------------------------------------------------------------------------


def test_share_part_of_an_entry(maya: Session, sam: Session):
    body = f"We talked tonight and it went well.\n\n{KEPT_BACK}\n\nI want to try again."
    entry = maya.journal.write(
        Space.PRIVATE, EntryFields(title="Tonight", body=body, tags=["talks"])
    )
    partial = "We talked tonight and it went well.\n\nI want to try again."
    copy = maya.journal.share(entry, body=partial)

    seen = sam.journal.get(Space.SHARED, copy.id)
    assert (seen.title, seen.body, seen.tags) == ("Tonight", partial, ("talks",))
    assert seen.info.author_id == maya.partner.id
    assert "brother" not in shared_text(sam)
    original = maya.journal.get(Space.PRIVATE, entry.id)
    assert original.body == body
    assert original.info.shared_id == copy.id
    assert original.info.shared_at is not None
    assert original.info.is_currently_shared
    assert maya.journal.shared_copy(original) == copy


def test_a_partial_share_is_checked_like_any_body(maya: Session, sam: Session):
    entry = maya.journal.write(Space.PRIVATE, EntryFields(body="visible\n\nkept"))
    copy = maya.journal.share(entry, body="visible\x00")
    assert sam.journal.get(Space.SHARED, copy.id).body == "visible"


def test_share_with_pictures_copies_them_under_new_ids(maya: Session, sam: Session):
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="photos"))
    first = maya.journal.images.attach(entry, "a.png", png(rgb=(1, 2, 3)))
    second = maya.journal.images.attach(entry, "b.gif", GIF)
    copy = maya.journal.share(entry)

    seen = sam.journal.images.of(sam.journal.get(Space.SHARED, copy.id))
    assert [(i.name, i.mime, i.data) for i in seen] == [
        ("a.png", "image/png", first.data),
        ("b.gif", "image/gif", GIF),
    ]
    assert {i.id for i in seen}.isdisjoint({first.id, second.id})
    assert all(i.space is Space.SHARED and i.entry_id == copy.id for i in seen)
    assert len(maya.journal.images.of(entry)) == 2


def test_share_without_pictures_leaves_none_in_the_shared_space(maya: Session, sam: Session):
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="photos stay"))
    maya.journal.images.attach(entry, "a.png", png())
    copy = maya.journal.share(entry, with_images=False)
    assert sam.journal.images.of(sam.journal.get(Space.SHARED, copy.id)) == []
    assert count_rows(sam, Space.SHARED, "journal_images") == 0
    assert maya.journal.images.count(entry) == 1


def test_sharing_again_after_an_edit_updates_the_copy(maya: Session, sam: Session):
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="v1", body="first words"))
    maya.journal.images.attach(entry, "a.png", png())
    copy = maya.journal.share(entry)
    edited = maya.journal.edit(entry, EntryFields(title="v2", body="second words", mood=4))
    assert sam.journal.get(Space.SHARED, copy.id).title == "v1"  # not changed with it
    again = maya.journal.share(edited, with_images=False)
    assert again.id == copy.id
    seen = sam.journal.get(Space.SHARED, copy.id)
    assert (seen.title, seen.body, seen.mood) == ("v2", "second words", 4)
    assert sam.journal.images.of(seen) == []
    assert sam.journal.count(Space.SHARED) == 1


def test_unshare_from_the_original_unread(maya: Session, sam: Session):
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="second thoughts"))
    maya.journal.images.attach(entry, "a.png", png())
    copy = maya.journal.share(entry)
    shared_at = maya.journal.get(Space.PRIVATE, entry.id).info.shared_at
    maya.journal.replies.add(copy, "I wrote this and then wondered")

    outcome = maya.journal.unshare(maya.journal.get(Space.PRIVATE, entry.id))
    assert outcome.partner_has_read is False
    assert outcome.shared_at == shared_at
    assert sam.journal.entries(Space.SHARED) == []
    for table in ("journal_entries", "journal_images", "journal_replies", "read_marks"):
        assert count_rows(sam, Space.SHARED, table) == 0, table
    original = maya.journal.get(Space.PRIVATE, entry.id)
    assert original.info.shared_id is None
    assert original.info.unshared_at is not None
    assert maya.journal.shared_copy(original) is None
    assert maya.journal.images.count(original) == 1


def test_unshare_from_the_copy_after_the_partner_read_it(maya: Session, sam: Session):
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="read already"))
    copy = maya.journal.share(entry)
    maya.journal.images.attach(copy, "late.png", png())
    seen = sam.journal.get(Space.SHARED, copy.id)
    sam.journal.mark_read(seen)
    sam.journal.replies.add(seen, "Thank you for telling me.")

    with pytest.raises(NotAllowed):
        sam.journal.unshare(seen)
    outcome = maya.journal.unshare(copy)
    assert outcome.partner_has_read is True
    for table in ("journal_entries", "journal_images", "journal_replies", "read_marks"):
        assert count_rows(maya, Space.SHARED, table) == 0, table
    assert maya.journal.get(Space.PRIVATE, entry.id).info.shared_id is None


def test_the_authors_own_reading_is_not_the_partners(maya: Session):
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="just me"))
    copy = maya.journal.share(entry)
    maya.journal.mark_read(copy)
    assert maya.journal.unshare(entry).partner_has_read is False


def test_unsharing_leaves_the_partners_own_entries_alone(maya: Session, sam: Session):
    keep = sam.journal.write(Space.SHARED, EntryFields(title="Sam's"))
    sam.journal.replies.add(keep, "a note to self")
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="Maya's"))
    maya.journal.share(entry)
    maya.journal.unshare(entry)
    assert [e.title for e in sam.journal.entries(Space.SHARED)] == ["Sam's"]
    assert sam.journal.replies.count(keep) == 1


# -- read marks ----------------------------------------------------------------------------


def test_unread_entries_are_the_partners_shared_ones(maya: Session, sam: Session):
    own = sam.journal.write(Space.SHARED, EntryFields(title="Sam's own"))
    first = maya.journal.write(Space.SHARED, EntryFields(title="to Sam 1"))
    second = maya.journal.share(maya.journal.write(Space.PRIVATE, EntryFields(title="to Sam 2")))
    maya.journal.write(Space.PRIVATE, EntryFields(title="never shown"))
    ids = [own.id, first.id, second.id]

    assert sam.journal.unread_ids(ids) == {first.id, second.id}
    assert sam.journal.unread_count() == 2
    assert sam.journal.is_read(sam.journal.get(Space.SHARED, own.id))
    assert maya.journal.unread_ids(ids) == {own.id}
    assert maya.journal.unread_count() == 1
    assert sam.journal.unread_ids([]) == set()

    sam.journal.mark_read(sam.journal.get(Space.SHARED, first.id))
    sam.journal.mark_read(sam.journal.get(Space.SHARED, first.id))  # twice is fine
    assert sam.journal.unread_ids(ids) == {second.id}
    assert sam.journal.unread_count() == 1
    assert not sam.journal.is_read(sam.journal.get(Space.SHARED, second.id))
    assert maya.journal.unread_count() == 1  # Sam's reading is not Maya's


def test_today_counts_unread_entries_up_to_99_then_says_99_plus(maya: Session, sam: Session):
    for n in range(101):
        maya.journal.write(Space.SHARED, EntryFields(title=f"Note {n}"))
    card = sam.journal.attention()
    assert card is not None and card.count_words() == "99+"
    assert card.lines == ("99+ shared entries waiting for you",)
    assert sam.journal.unread_count() == 101  # the journal's own label counts them all


def test_an_unread_entry_stops_counting_when_unshared(maya: Session, sam: Session):
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="unsure"))
    maya.journal.share(entry)
    assert sam.journal.unread_count() == 1
    maya.journal.unshare(entry)
    assert sam.journal.unread_count() == 0


def test_a_private_entry_cannot_be_marked_read(maya: Session):
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="private"))
    with pytest.raises(RecordNotFound):
        maya.journal.mark_read(entry)


# -- backdating and order ------------------------------------------------------------------


def test_written_at_dates_an_entry_in_the_past(maya: Session):
    paper = datetime(2019, 5, 4, 21, 30, tzinfo=timezone(timedelta(hours=2)))
    old = maya.journal.write(Space.PRIVATE, EntryFields(title="from my notebook"), written_at=paper)
    maya.journal.write(Space.PRIVATE, EntryFields(title="today"))
    older = maya.journal.write(
        Space.PRIVATE, EntryFields(title="older still"), written_at=datetime(2018, 1, 1, tzinfo=UTC)
    )
    assert old.info.created_at == paper
    assert old.info.created_at.tzinfo is not None
    assert old.info.updated_at > paper
    assert [e.title for e in maya.journal.entries(Space.PRIVATE)] == [
        "today",
        "from my notebook",
        "older still",
    ]
    assert maya.journal.months(Space.PRIVATE)[1:] == ["2019-05", "2018-01"]
    assert older.id in {e.id for e in maya.journal.entries(Space.PRIVATE, limit=1, offset=2)}


def test_a_naive_written_at_is_refused_and_nothing_is_written(maya: Session):
    with pytest.raises(ValueError, match="naive"):
        maya.journal.write(
            Space.PRIVATE, EntryFields(title="when?"), written_at=datetime(2020, 1, 1)
        )
    assert maya.journal.count(Space.PRIVATE) == 0


def test_a_shared_copy_keeps_the_originals_date(maya: Session, sam: Session):
    when = datetime(2021, 7, 1, 8, 0, tzinfo=UTC)
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="then"), written_at=when)
    copy = maya.journal.share(entry)
    assert sam.journal.get(Space.SHARED, copy.id).info.created_at == when


# -- browsing ------------------------------------------------------------------------------


@pytest.fixture
def browsing(maya: Session) -> Session:
    """Six entries across moods, kinds of trust, tags and months."""
    write = maya.journal.write
    day = datetime(2024, 3, 1, tzinfo=UTC)
    write(Space.PRIVATE, EntryFields(title="a", mood=1, tags=["work"]), written_at=day)
    write(
        Space.PRIVATE,
        EntryFields(title="b", mood=1, trust_kinds=[TrustKind.PHYSICAL]),
        written_at=day,
    )
    write(
        Space.PRIVATE,
        EntryFields(
            title="c",
            mood=5,
            trust_kinds=[TrustKind.EMOTIONAL, TrustKind.SPIRITUAL],
            tags=["50%_off", "home"],
        ),
        written_at=day + timedelta(days=30, hours=23),
    )
    write(
        Space.PRIVATE,
        EntryFields(title="d", mood=3, tags=["work", "homework"]),
        written_at=day.replace(2023),
    )
    write(
        Space.PRIVATE,
        EntryFields(title="e", tags=["500xoff"]),
        written_at=day - timedelta(microseconds=1),
    )
    write(Space.PRIVATE, EntryFields(title="f", trust_kinds=[TrustKind.MENTAL], tags=["a_b"]))
    return maya


def titles_for(session: Session, **filter_fields) -> list[str]:
    found = session.journal.entries(Space.PRIVATE, filter=JournalFilter(**filter_fields))
    assert session.journal.count(Space.PRIVATE, filter=JournalFilter(**filter_fields)) == len(found)
    return sorted(e.title for e in found)


def test_filter_by_mood_and_kind_of_trust(browsing: Session):
    assert titles_for(browsing, mood=1) == ["a", "b"]
    assert titles_for(browsing, mood=5) == ["c"]
    assert titles_for(browsing, mood=2) == []
    assert titles_for(browsing, trust_kind=TrustKind.SPIRITUAL) == ["c"]
    assert titles_for(browsing, trust_kind=TrustKind.EMOTIONAL) == ["c"]
    assert titles_for(browsing, trust_kind=TrustKind.PHYSICAL, mood=1) == ["b"]
    assert titles_for(browsing, trust_kind=TrustKind.PHYSICAL, mood=5) == []


def test_filter_by_tag_matches_whole_tags_only(browsing: Session):
    assert titles_for(browsing, tag="work") == ["a", "d"]
    assert titles_for(browsing, tag="WORK ") == ["a", "d"]
    assert titles_for(browsing, tag="home") == ["c"]
    assert titles_for(browsing, tag="50%_off") == ["c"]
    assert titles_for(browsing, tag="%") == []
    assert titles_for(browsing, tag="_") == []
    assert titles_for(browsing, tag="a_b") == ["f"]
    assert titles_for(browsing, tag="axb") == []
    assert titles_for(browsing, tag="50%") == []


def test_filter_by_period_at_its_boundaries(browsing: Session):
    march = "2024-03-01T00:00:00.000000+00:00"
    april = "2024-04-01T00:00:00.000000+00:00"
    assert titles_for(browsing, since=march, until=april) == ["a", "b", "c"]
    assert titles_for(browsing, since=march, until="2024-03-01T00:00:00.000001+00:00") == [
        "a",
        "b",
    ]
    assert titles_for(browsing, until=march) == ["d", "e"]
    assert titles_for(browsing, since="2024-04-01T00:00:00.000001+00:00", until=april) == []
    assert "f" in titles_for(browsing, since=april)
    # The journal page filters by month with bare "YYYY-MM" bounds, as months() gives them.
    assert titles_for(browsing, since="2024-03", until="2024-04") == ["a", "b", "c"]
    assert titles_for(browsing, since="2024-02", until="2024-03") == ["e"]


def test_tags_and_months(browsing: Session):
    assert browsing.journal.tags(Space.PRIVATE) == [
        "50%_off",
        "500xoff",
        "a_b",
        "home",
        "homework",
        "work",
    ]
    months = browsing.journal.months(Space.PRIVATE)
    assert months[1:] == ["2024-03", "2024-02", "2023-03"]
    assert browsing.journal.tags(Space.SHARED) == []
    assert browsing.journal.months(Space.SHARED) == []


def test_shared_files_hold_no_private_rows(couple: Couple, maya: Session):
    maya.journal.write(Space.PRIVATE, EntryFields(title="PRIVATE-ONLY-3c9e"))
    conn = maya.spaces.conn(Space.SHARED)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"PRIVATE-ONLY-3c9e" not in decrypted_pages(
        couple.folder / SHARED_DB, maya.key("shared")
    )
