"""An entry's fields checked and normalised, its display title, and browsing filters."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from toward.core.journal import InvalidEntry, JournalEntry, JournalFilter, Mood, TrustKind
from toward.core.journal.images import sniff_mime
from toward.core.journal.model import MAX_BODY, MAX_TAGS, MAX_TITLE, clean_tag, entry_content
from toward.core.spaces import RecordInfo, Space

NOW = datetime(2025, 3, 1, tzinfo=UTC)


def entry(title: str = "", body: str = "") -> JournalEntry:
    info = RecordInfo("id", Space.PRIVATE, "author", NOW, NOW)
    return JournalEntry(info, title, body, None, (), (), None)


def content(**fields) -> dict[str, object]:
    args = {"title": "", "body": "", "mood": None, "trust_kinds": (), "tags": (), "prompt_id": None}
    return entry_content(**(args | fields))


# -- display title -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "body", "shown"),
    [
        ("A title", "body", "A title"),
        ("   ", "First line\nsecond", "First line"),
        ("", "\n\n## Heading in markdown\nmore", "Heading in markdown"),
        ("", "> a quote", "a quote"),
        ("", "- a list item", "a list item"),
        ("", "", "Untitled entry"),
        ("", "   \n\t ", "Untitled entry"),
        ("", "###", "Untitled entry"),
        ("", "x" * 61, "x" * 60 + "…"),
        ("", "x" * 60, "x" * 60),
    ],
)
def test_display_title(title, body, shown):
    assert entry(title, body).display_title == shown


# -- content -------------------------------------------------------------------------------


def test_title_whitespace_is_folded_and_body_kept_as_typed():
    values = content(title="  two\n\tlines  ", body="  keep\n\n  this  ")
    assert values["title"] == "two lines"
    assert values["body"] == "  keep\n\n  this  "


def test_nul_characters_are_stripped():
    values = content(title="a\x00b", body="c\x00d\x00")
    assert (values["title"], values["body"]) == ("ab", "cd")


def test_a_body_at_the_limit_is_fine_and_one_more_is_refused():
    assert len(content(body="x" * MAX_BODY)["body"]) == MAX_BODY
    with pytest.raises(InvalidEntry, match="too long"):
        content(body="x" * (MAX_BODY + 1))


def test_a_long_title_is_cut_to_the_limit():
    assert len(content(title="t" * (MAX_TITLE + 50))["title"]) == MAX_TITLE


@pytest.mark.parametrize("mood", [0, 6, -1])
def test_mood_outside_the_scale_is_refused(mood):
    with pytest.raises(InvalidEntry, match="Mood"):
        content(mood=mood)


def test_every_mood_has_a_word():
    assert [mood.value for mood in Mood] == [1, 2, 3, 4, 5]
    assert all(mood.label.strip() for mood in Mood)
    assert content(mood=5)["mood"] == 5


def test_trust_kinds_sorted_unique_and_checked():
    values = content(trust_kinds=["spiritual", TrustKind.EMOTIONAL, "spiritual"])
    assert values["trust_kinds"] == "emotional,spiritual"
    with pytest.raises(InvalidEntry, match="kind of trust"):
        content(trust_kinds=["financial"])


def test_tags_cleaned_deduplicated_sorted():
    values = content(tags=["Work", " work ", "home,life", "   ", "Ünïcode  Tag"])
    assert values["tags"] == "home life,work,ünïcode tag"


def test_too_many_tags_are_refused():
    assert content(tags=[f"t{i}" for i in range(MAX_TAGS)])["tags"].count(",") == MAX_TAGS - 1
    with pytest.raises(InvalidEntry, match="tags"):
        content(tags=[f"t{i}" for i in range(MAX_TAGS + 1)])


def test_clean_tag():
    assert clean_tag("  A, B  ") == "a b"
    assert clean_tag("50%_off") == "50%_off"
    assert len(clean_tag("x" * 100)) == 40
    assert clean_tag("a\x00b") == "ab"


# -- filters -------------------------------------------------------------------------------


def test_an_empty_filter_is_no_clause():
    assert JournalFilter().sql() == ("", [])


def test_a_filter_combines_its_parts():
    where, params = JournalFilter(
        mood=2, trust_kind=TrustKind.PHYSICAL, tag="Work", since="2024", until="2025"
    ).sql()
    assert where.count(" AND ") == 4
    assert params == [2, "%,physical,%", "%,work,%", "2024", "2025"]


def test_like_wildcards_in_a_tag_are_escaped():
    _, params = JournalFilter(tag="50%_off\\").sql()
    assert params == ["%,50\\%\\_off\\\\,%"]


# -- pictures by their first bytes ---------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "mime"),
    [
        (b"\x89PNG\r\n\x1a\n...", "image/png"),
        (b"\xff\xd8\xff\xe0...", "image/jpeg"),
        (b"GIF87a...", "image/gif"),
        (b"GIF89a...", "image/gif"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image/webp"),
        (b"RIFF\x00\x00\x00\x00WAVEfmt ", None),
        (b"<svg xmlns=...", None),
        (b"%PDF-1.7", None),
        (b"", None),
        (b"\x89PN", None),
    ],
)
def test_sniff_mime(data, mime):
    assert sniff_mime(data) == mime
