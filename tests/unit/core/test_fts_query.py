"""What a person types becomes a safe FTS5 query: plain words, the last one as a prefix."""

from __future__ import annotations

import sqlcipher3
from hypothesis import given, settings
from hypothesis import strategies as st

from toward.core.search import HIT_END, HIT_START, MAX_TERMS, fts_query, strip_hit_marks

# The journal index's tokenizer, on an in-memory table of the same engine.
_CONN = sqlcipher3.connect(":memory:")
_CONN.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')")
_CONN.executemany(
    "INSERT INTO t (body) VALUES (?)",
    [("NEAR the café, (a and b) col:word -x ^start",), ("another AND OR NOT entry",)],
)


def run(query: str | None) -> list[str]:
    if query is None:
        return []
    return [r[0] for r in _CONN.execute("SELECT body FROM t WHERE t MATCH ?", (query,))]


def test_words_are_quoted_and_the_last_one_is_a_prefix():
    assert fts_query("trust me") == '"trust" "me"*'


def test_a_trailing_space_means_the_last_word_is_finished():
    assert fts_query("trust me ") == '"trust" "me"'


def test_nothing_to_search_for():
    for text in ("", "   ", "\n\t", '"', "*", "()", "-", "^", ":"):
        assert fts_query(text) is None, text


def test_fts_operators_are_searched_as_words():
    assert fts_query("a AND") == '"a" "AND"*'
    assert fts_query("NEAR(a b)") == '"NEAR" "a" "b"'
    assert fts_query("col:word") == '"col" "word"*'
    assert fts_query("-x") == '"x"*'
    assert fts_query("^start") == '"start"*'
    assert fts_query('say "hi') == '"say" "hi"*'
    assert fts_query('say "hi"') == '"say" "hi"'


def test_terms_are_capped():
    query = fts_query(" ".join(f"w{i}" for i in range(MAX_TERMS + 10)))
    assert query is not None
    assert query.count('"') == 2 * MAX_TERMS


def test_the_queries_run_and_find_what_a_person_meant():
    assert run(fts_query("cafe")) == ["NEAR the café, (a and b) col:word -x ^start"]
    assert run(fts_query("NEAR(a b)")) == ["NEAR the café, (a and b) col:word -x ^start"]
    assert run(fts_query("AND OR")) == ["another AND OR NOT entry"]
    assert run(fts_query("anoth")) == ["another AND OR NOT entry"]
    assert run(fts_query("anoth ")) == []
    assert run(fts_query("col:word")) != []


def test_an_underscore_alone_matches_nothing_without_an_error():
    # Python's \w takes "_", the index's tokenizer does not: an empty phrase.
    assert run(fts_query("_")) == []
    assert run(fts_query("_ another")) == ["another AND OR NOT entry"]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_gives_none_or_a_query_the_index_accepts(text):
    query = fts_query(text)
    assert query is None or isinstance(run(query), list)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from("\"*()^:-+ NEARANDORNOT{}[],.\\'")))
def test_operator_soup_never_raises(text):
    run(fts_query(text))


def test_hit_marks_are_stripped():
    assert strip_hit_marks(f"a {HIT_START}word{HIT_END} b") == "a word b"
