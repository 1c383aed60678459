"""Bad or unusual input: huge bodies, every script, NULs, empty titles; nothing lost."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toward.core.journal import EntryFields, InvalidEntry
from toward.core.journal.model import MAX_BODY, MAX_TITLE
from toward.core.spaces import Space
from toward.session import Session

UNUSUAL = {
    "emoji": "We laughed 😂🙈 then hugged 🫂 — family: 👨‍👩‍👧‍👦, flag: 🇳🇴",
    "arabic": "كان يومًا طويلًا لكننا تحدثنا بهدوء",
    "hebrew": "דיברנו הערב על האמון בינינו",
    "mixed direction": "I said \u202bשלום\u202c and she said مرحبا back",
    "combining": "cafe\u0301 nai\u0308ve Zalgo: z\u0336\u0335a\u0337l\u0334g\u0338o",
    "cjk": "今日はよく話せた。信頼は少しずつ。",
    "control": "tab\there\r\nwindows line\x0bvertical\x1fseparator",
    "astral": "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𓀀 𝄞",
}


def test_a_five_megabyte_body_round_trips_and_is_searchable(maya: Session, sam: Session):
    paragraph = "An ordinary paragraph about an ordinary day, written at length. " * 20 + "\n\n"
    body = (paragraph * (5_000_000 // len(paragraph) + 1))[:5_000_000] + " needleword"
    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="very long", body=body))
    assert len(maya.journal.get(Space.PRIVATE, entry.id).body) == len(body)
    assert maya.journal.get(Space.PRIVATE, entry.id).body == body
    (hit,) = maya.journal.search("needleword")
    assert hit.entry.id == entry.id
    copy = maya.journal.share(entry)
    assert sam.journal.get(Space.SHARED, copy.id).body == body


@pytest.mark.parametrize("kind", UNUSUAL)
def test_every_script_round_trips(maya: Session, sam: Session, kind: str):
    text = UNUSUAL[kind]
    entry = maya.journal.write(Space.SHARED, EntryFields(title=text, body=text, tags=[text[:30]]))
    seen = sam.journal.get(Space.SHARED, entry.id)
    assert seen.body == text
    assert seen.title == " ".join(text.split())
    assert seen.display_title == " ".join(text.split())
    draft_text = text + " (draft)"
    maya.journal.drafts.save(Space.SHARED, entry.id, EntryFields(title=text, body=draft_text))
    assert maya.journal.drafts.get(Space.SHARED, entry.id).body == draft_text
    reply = sam.journal.replies.add(seen, text)
    assert reply.body == text.strip()


def test_words_in_other_scripts_are_found(maya: Session):
    for text in UNUSUAL.values():
        maya.journal.write(Space.PRIVATE, EntryFields(body=text))
    for word in ("hugged", "بهدوء", "האמון", "cafe", "naive", "今日はよく話せた"):
        assert len(maya.journal.search(word)) == 1, word


def test_nul_characters_are_stripped(maya: Session):
    entry = maya.journal.write(
        Space.PRIVATE, EntryFields(title="a\x00b", body="before\x00after\x00")
    )
    stored = maya.journal.get(Space.PRIVATE, entry.id)
    assert (stored.title, stored.body) == ("ab", "beforeafter")
    edited = maya.journal.edit(stored, EntryFields(title="\x00", body="\x00x"))
    assert (edited.title, edited.body) == ("", "x")


def test_an_empty_title_shows_the_first_line_or_untitled(maya: Session):
    with_body = maya.journal.write(
        Space.PRIVATE, EntryFields(title="   ", body="\n\nFirst real line\nsecond")
    )
    empty = maya.journal.write(Space.PRIVATE, EntryFields(title="", body=""))
    assert with_body.title == ""
    assert with_body.display_title == "First real line"
    assert empty.display_title == "Untitled entry"
    assert maya.journal.get(Space.PRIVATE, empty.id).body == ""


def test_a_body_over_the_limit_writes_nothing(maya: Session, sam: Session):
    too_long = "x" * (MAX_BODY + 1)
    with pytest.raises(InvalidEntry, match="too long"):
        maya.journal.write(Space.PRIVATE, EntryFields(title="huge", body=too_long))
    with pytest.raises(InvalidEntry, match="too long"):
        maya.journal.write(Space.SHARED, EntryFields(title="huge", body=too_long))
    assert maya.journal.count(Space.PRIVATE) == 0
    assert maya.journal.count(Space.SHARED) == 0

    entry = maya.journal.write(Space.PRIVATE, EntryFields(title="fine", body="short"))
    with pytest.raises(InvalidEntry, match="too long"):
        maya.journal.edit(entry, EntryFields(title="fine", body=too_long))
    with pytest.raises(InvalidEntry, match="too long"):
        maya.journal.share(entry, body=too_long)
    assert maya.journal.get(Space.PRIVATE, entry.id).body == "short"
    assert sam.journal.count(Space.SHARED) == 0


def test_any_title_and_body_round_trip(maya: Session):
    @settings(max_examples=60, deadline=None)
    @given(title=st.text(max_size=400), body=st.text(max_size=2000), space=st.sampled_from(Space))
    def round_trip(title, body, space):
        entry = maya.journal.write(space, EntryFields(title=title, body=body))
        stored = maya.journal.get(space, entry.id)
        assert stored.body == unreserved(body)
        assert stored.title == " ".join(unreserved(title).split())[:MAX_TITLE]
        assert stored.display_title  # never empty
        edited = maya.journal.edit(stored, EntryFields(title=body[:50], body=title))
        assert maya.journal.get(space, entry.id).body == unreserved(title)
        assert edited.title == " ".join(unreserved(body[:50]).split())

    round_trip()


def test_any_tag_is_kept_and_filterable(maya: Session):
    from toward.core.journal import JournalFilter

    @settings(max_examples=40, deadline=None)
    @given(st.text(min_size=1, max_size=50))
    def tag_round_trip(tag):
        entry = maya.journal.write(Space.PRIVATE, EntryFields(title="tagged", tags=[tag]))
        if not entry.tags:
            return  # nothing left after tidying (commas and spaces only)
        (kept,) = entry.tags
        found = maya.journal.entries(Space.PRIVATE, filter=JournalFilter(tag=tag))
        assert entry.id in {e.id for e in found}
        assert all(kept in e.tags for e in found)
        assert kept in maya.journal.tags(Space.PRIVATE)

    tag_round_trip()


def unreserved(text: str) -> str:
    """Text as the journal keeps it: NUL and its two search-highlight characters removed."""
    return text.replace("\x00", "").replace("\ue000", "").replace("\ue001", "")
