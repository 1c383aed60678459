"""Full-text search over both spaces on real files: ranking, snippets, each entry once."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import Couple
from tests.integration.support import decrypted_pages
from toward.core.journal import EntryFields, SearchHit
from toward.core.search import HIT_END, HIT_START, strip_hit_marks
from toward.core.spaces import Space
from toward.household import SHARED_DB, private_db_name
from toward.session import Session


def found(session: Session, text: str) -> list[tuple[Space, str]]:
    return [(hit.entry.space, hit.entry.title) for hit in session.journal.search(text)]


def titles(hits: list[SearchHit]) -> list[str]:
    return [hit.entry.title for hit in hits]


# -- ranking and snippets ------------------------------------------------------------------


def test_a_title_match_outranks_a_body_match(maya: Session):
    maya.journal.write(
        Space.PRIVATE, EntryFields(title="groceries", body="we talked about the garden")
    )
    maya.journal.write(Space.PRIVATE, EntryFields(title="the garden", body="groceries again"))
    maya.journal.write(Space.PRIVATE, EntryFields(title="nothing", body="unrelated words only"))
    hits = maya.journal.search("garden")
    assert titles(hits) == ["the garden", "groceries"]
    assert hits[0].rank < hits[1].rank


def test_more_matches_rank_higher(maya: Session):
    filler = " ".join(["ordinary"] * 20)
    maya.journal.write(Space.PRIVATE, EntryFields(title="once", body=f"{filler} apology {filler}"))
    maya.journal.write(
        Space.PRIVATE,
        EntryFields(title="thrice", body=f"{filler} apology apology apology {filler}"),
    )
    maya.journal.write(
        Space.PRIVATE, EntryFields(title="twice", body=f"{filler} apology apology {filler}")
    )
    assert titles(maya.journal.search("apology")) == ["thrice", "twice", "once"]


def test_every_word_must_match(maya: Session):
    maya.journal.write(Space.PRIVATE, EntryFields(title="one", body="walk in the park"))
    maya.journal.write(Space.PRIVATE, EntryFields(title="two", body="walk to the shop"))
    assert titles(maya.journal.search("walk park")) == ["one"]
    assert titles(maya.journal.search("park walk")) == ["one"]
    assert {h.entry.title for h in maya.journal.search("walk")} == {"one", "two"}


def test_the_snippet_marks_the_hit(maya: Session):
    body = "A long day. " * 30 + "Then we finally spoke about forgiveness tonight. " + "Rest. " * 30
    maya.journal.write(Space.PRIVATE, EntryFields(title="evening", body=body))
    (hit,) = maya.journal.search("forgiveness")
    assert f"{HIT_START}forgiveness{HIT_END}" in hit.snippet
    assert "spoke about" in strip_hit_marks(hit.snippet)
    assert len(hit.snippet) < len(body) / 2


def test_tags_are_searched(maya: Session):
    maya.journal.write(
        Space.PRIVATE, EntryFields(title="untitled thoughts", tags=["therapy homework"])
    )
    assert titles(maya.journal.search("homework")) == ["untitled thoughts"]


def test_the_limit(maya: Session):
    for i in range(7):
        maya.journal.write(Space.PRIVATE if i % 2 else Space.SHARED, EntryFields(title=f"walk {i}"))
    assert len(maya.journal.search("walk")) == 7
    assert len(maya.journal.search("walk", limit=3)) == 3


# -- spaces and duplicates -----------------------------------------------------------------


def test_search_spans_both_spaces_and_shows_the_space(maya: Session, sam: Session):
    maya.journal.write(Space.PRIVATE, EntryFields(title="Maya private lighthouse"))
    maya.journal.write(Space.SHARED, EntryFields(title="Maya shared lighthouse"))
    sam.journal.write(Space.SHARED, EntryFields(title="Sam shared lighthouse"))
    sam.journal.write(Space.PRIVATE, EntryFields(title="Sam private lighthouse"))
    assert sorted(found(maya, "lighthouse")) == [
        (Space.PRIVATE, "Maya private lighthouse"),
        (Space.SHARED, "Maya shared lighthouse"),
        (Space.SHARED, "Sam shared lighthouse"),
    ]
    assert sorted(found(sam, "lighthouse")) == [
        (Space.PRIVATE, "Sam private lighthouse"),
        (Space.SHARED, "Maya shared lighthouse"),
        (Space.SHARED, "Sam shared lighthouse"),
    ]


def test_a_shared_entry_appears_once_as_its_private_original(maya: Session, sam: Session):
    entry = maya.journal.write(
        Space.PRIVATE, EntryFields(title="harbour", body="the harbour at dawn")
    )
    copy = maya.journal.share(entry)
    (hit,) = maya.journal.search("harbour")
    assert hit.entry.space is Space.PRIVATE
    assert hit.entry.id == entry.id
    assert hit.also_shared is True
    (seen,) = sam.journal.search("harbour")
    assert (seen.entry.space, seen.entry.id, seen.also_shared) == (Space.SHARED, copy.id, False)


def test_a_private_entry_never_shared_is_not_marked_shared(maya: Session):
    maya.journal.write(Space.PRIVATE, EntryFields(title="harbour"))
    (hit,) = maya.journal.search("harbour")
    assert hit.also_shared is False


def test_kept_back_words_find_only_the_private_original(maya: Session, sam: Session):
    entry = maya.journal.write(
        Space.PRIVATE,
        EntryFields(title="a talk", body="We laughed a lot.\n\nMy jealousy flared up."),
    )
    maya.journal.share(entry, body="We laughed a lot.")
    (hit,) = maya.journal.search("jealousy")
    assert (hit.entry.space, hit.entry.id, hit.also_shared) == (Space.PRIVATE, entry.id, True)
    assert sam.journal.search("jealousy") == []
    (both,) = maya.journal.search("laughed")
    assert both.entry.space is Space.PRIVATE
    assert [h.entry.space for h in sam.journal.search("laughed")] == [Space.SHARED]


def test_after_unsharing_the_original_is_found_alone(maya: Session, sam: Session):
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="driftwood"))
    maya.journal.share(entry)
    maya.journal.unshare(entry)
    (hit,) = maya.journal.search("driftwood")
    assert (hit.entry.space, hit.also_shared) == (Space.PRIVATE, False)
    assert sam.journal.search("driftwood") == []


def test_a_copy_whose_original_was_deleted_is_found_as_shared(maya: Session):
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="given away"))
    copy = maya.journal.share(entry)
    maya.journal.delete(maya.journal.get(Space.PRIVATE, entry.id))
    (hit,) = maya.journal.search("given")
    assert (hit.entry.space, hit.entry.id) == (Space.SHARED, copy.id)


def test_an_original_edited_after_sharing_is_still_found_once(maya: Session):
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="pebble", body="old words"))
    maya.journal.share(entry)
    maya.journal.edit(entry, EntryFields(title="pebble", body="new words"))
    assert len(maya.journal.search("pebble")) == 1
    # The copy still holds the old words, the original does not: one hit, the copy.
    (old,) = maya.journal.search("old")
    assert old.entry.space is Space.SHARED


# -- the index follows every change --------------------------------------------------------


def test_edits_and_deletes_update_the_index(maya: Session):
    entry = maya.journal.write(
        Space.PRIVATE, EntryFields(title="first", body="orchard", tags=["spring"])
    )
    assert titles(maya.journal.search("orchard")) == ["first"]
    edited = maya.journal.edit(entry, EntryFields(title="second", body="meadow", tags=["autumn"]))
    assert maya.journal.search("orchard") == []
    assert maya.journal.search("spring ") == []
    assert titles(maya.journal.search("meadow")) == ["second"]
    assert titles(maya.journal.search("autumn")) == ["second"]
    maya.journal.edit(edited, EntryFields(title="second", body="meadow", mood=2))  # no text change
    assert titles(maya.journal.search("meadow")) == ["second"]
    maya.journal.delete(edited)
    assert maya.journal.search("meadow") == []
    assert maya.journal.search("second") == []


def test_the_partners_edits_reach_the_shared_index(maya: Session, sam: Session):
    entry = sam.journal.write(Space.SHARED, EntryFields(title="bicycle"))
    assert titles(maya.journal.search("bicycle")) == ["bicycle"]
    sam.journal.edit(entry, EntryFields(title="tandem", body=""))
    assert maya.journal.search("bicycle") == []
    assert titles(maya.journal.search("tandem")) == ["tandem"]


def test_resharing_reindexes_the_copy(maya: Session, sam: Session):
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="kite", body="blue"))
    maya.journal.share(entry)
    maya.journal.share(maya.journal.edit(entry, EntryFields(title="kite", body="red")))
    assert sam.journal.search("blue") == []
    assert titles(sam.journal.search("red")) == ["kite"]


def test_a_deleted_entrys_words_are_gone_from_the_index_pages(couple: Couple, maya: Session):
    for i in range(3):
        maya.journal.write(
            Space.PRIVATE, EntryFields(title=f"filler {i}", body="ordinary words " * 20)
        )
    entry = maya.journal.write(
        Space.PRIVATE, EntryFields(title="x", body="I confess zqwordgone today")
    )
    path = couple.folder / private_db_name(maya.partner.id)
    conn = maya.spaces.conn(Space.PRIVATE)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"zqwordgone" in decrypted_pages(path, maya.key("private"))
    maya.journal.delete(entry)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"zqwordgone" not in decrypted_pages(path, maya.key("private"))


def test_an_unshared_copys_words_are_gone_from_the_shared_index(couple: Couple, maya: Session):
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="x", body="regret zqsharedgone"))
    maya.journal.share(entry)
    maya.journal.unshare(entry)
    maya.spaces.conn(Space.SHARED).execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"zqsharedgone" not in decrypted_pages(couple.folder / SHARED_DB, maya.key("shared"))


def test_an_edits_old_words_are_gone_from_the_index_pages(couple: Couple, maya: Session):
    entry = maya.journal.write(
        Space.PRIVATE, EntryFields(title="x", body="first zqeditedaway draft")
    )
    maya.journal.edit(entry, EntryFields(title="x", body="second thoughts"))
    maya.spaces.conn(Space.PRIVATE).execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = couple.folder / private_db_name(maya.partner.id)
    assert b"zqeditedaway" not in decrypted_pages(path, maya.key("private"))


# -- what a person types -------------------------------------------------------------------


def test_the_last_word_matches_as_a_prefix(maya: Session):
    maya.journal.write(Space.PRIVATE, EntryFields(title="trustworthy", body="reconciliation"))
    assert titles(maya.journal.search("trustw")) == ["trustworthy"]
    assert titles(maya.journal.search("recon")) == ["trustworthy"]
    assert maya.journal.search("recon ") == []
    assert maya.journal.search("trustw reconciliation") == []  # only the last word
    assert titles(maya.journal.search("trustworthy recon")) == ["trustworthy"]


def test_diacritics_are_folded_both_ways(maya: Session):
    maya.journal.write(Space.PRIVATE, EntryFields(title="le café", body="naïve résumé"))
    maya.journal.write(Space.PRIVATE, EntryFields(title="the cafe", body="naive resume"))
    maya.journal.write(Space.PRIVATE, EntryFields(title="combining", body="cafe\u0301 at noon"))
    assert sorted(titles(maya.journal.search("cafe"))) == ["combining", "le café", "the cafe"]
    assert sorted(titles(maya.journal.search("café"))) == ["combining", "le café", "the cafe"]
    assert sorted(titles(maya.journal.search("RÉSUMÉ naive"))) == ["le café", "the cafe"]


def test_case_is_ignored(maya: Session):
    maya.journal.write(Space.PRIVATE, EntryFields(title="Sunday Walk"))
    assert titles(maya.journal.search("SUNDAY walk")) == ["Sunday Walk"]


SYNTAX = [
    '"',
    '""',
    "*",
    "NEAR(a b)",
    "NEAR",
    "a AND",
    "AND",
    "OR NOT",
    "(",
    ")",
    "((a)",
    "col:word",
    "title:word",
    "-x",
    "^",
    "^a",
    "a*b",
    "'",
    "a + b",
    "{title body}: a",
    "_",
    "\\",
    "",
    "   ",
    "\n\t",
    "\x00",
]


NOTHING_TO_FIND = {'"', '""', "*", "(", ")", "^", "'", "\\", "\x00", "", "   ", "\n\t"}


def test_fts_syntax_typed_by_a_person_never_raises(maya: Session):
    maya.journal.write(Space.PRIVATE, EntryFields(title="a word and NEAR", body="col word x a b"))
    maya.journal.write(Space.SHARED, EntryFields(title="title word"))
    for text in SYNTAX:
        hits = maya.journal.search(text)
        assert isinstance(hits, list), text
        if text in NOTHING_TO_FIND:
            assert hits == [], text


def test_words_around_operators_are_still_found(maya: Session):
    maya.journal.write(Space.PRIVATE, EntryFields(title="a word and NEAR", body="col word x a b"))
    assert titles(maya.journal.search("NEAR(a b)")) == ["a word and NEAR"]
    assert titles(maya.journal.search("col:word")) == ["a word and NEAR"]
    assert titles(maya.journal.search('"word" AND')) == ["a word and NEAR"]


def test_any_text_searches_without_an_error(maya: Session):
    maya.journal.write(
        Space.PRIVATE, EntryFields(title="something", body='Ünïcödé (text) "quoted" NEAR*')
    )
    maya.journal.write(Space.SHARED, EntryFields(title="shared", body="ärger AND OR"))

    @settings(max_examples=150, deadline=None)
    @given(st.text())
    def search_anything(text):
        assert isinstance(maya.journal.search(text), list)

    search_anything()


def test_any_word_written_is_found(maya: Session):
    written = []

    @settings(max_examples=40, deadline=None)
    @given(st.text(st.characters(categories=["Lu", "Ll", "Lo", "Nd"]), min_size=3, max_size=12))
    def find_it(word):
        entry = maya.journal.write(
            Space.PRIVATE, EntryFields(title="t", body=f"before {word} after")
        )
        written.append(entry)
        assert entry.id in {hit.entry.id for hit in maya.journal.search(word, limit=500)}

    find_it()
    assert written
