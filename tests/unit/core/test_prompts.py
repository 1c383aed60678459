"""Prompt decks: the bundled files, malformed files, hiding and the prompt of the day."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from toward.core.prompts import Deck, Prompt, PromptDeckError, PromptLibrary, Prompts, load_deck

DECKS = {
    "open-questions",
    "mistrust-reflection",
    "vulnerability-ladder",
    "trust-practices",
    "after-a-breach",
    "planned-talks",
    "knowing-each-other",
}
MOMENTS = {
    "after-a-breach",
    "planned-talks",
    "knowing-each-other",
}  # decks never offered as a prompt of the day
DAY = date(2025, 6, 1)


class MemoryStore:
    """A stand-in for the settings store: text values by key."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get_text(self, key: str) -> str | None:
        return self.values.get(key)

    def set_text(self, key: str, value: str) -> None:
        self.values[key] = value


@pytest.fixture(scope="module")
def library() -> PromptLibrary:
    return PromptLibrary.bundled()


def prompts_for(library: PromptLibrary, partner: str = "maya") -> Prompts:
    return Prompts(library, MemoryStore(), partner)


# -- the bundled decks ---------------------------------------------------------------------


def test_exactly_these_decks_are_bundled(library):
    assert {deck.id for deck in library.decks} == DECKS
    assert len(library.decks) == len(DECKS)


def test_every_deck_has_at_least_fifteen_complete_prompts(library):
    for deck in library.decks:
        assert deck.title.strip() and deck.description.strip()
        assert len(deck.prompts) >= 15, deck.id
        for prompt in deck.prompts:
            assert prompt.id and prompt.text.strip() and prompt.deck == deck.id
            assert isinstance(prompt.depth, int) and prompt.depth >= 1


def test_prompt_ids_are_unique_and_found(library):
    ids = [p.id for p in library.all()]
    assert len(ids) == len(set(ids))
    for prompt in library.all():
        assert library.get(prompt.id) == prompt
    assert library.get("no-such-prompt") is None


def test_a_deck_by_id(library):
    assert library.deck("vulnerability-ladder").prompts[0].topic
    with pytest.raises(KeyError):
        library.deck("nope")


def test_the_ladder_climbs(library):
    depths = [p.depth for p in library.deck("vulnerability-ladder").prompts]
    assert min(depths) == 1 and max(depths) > 1


# -- malformed files -----------------------------------------------------------------------

GOOD_PROMPT = {"id": "x-01", "depth": 1, "text": "A question?"}


def deck_file(tmp_path: Path, content: object, name: str = "broken-deck.json") -> Path:
    path = tmp_path / name
    path.write_text(content if isinstance(content, str) else json.dumps(content), "utf-8")
    return path


def deck_with(*prompts: object, **fields: object) -> dict:
    return {"deck": "x", "title": "X", "description": "d", "prompts": list(prompts)} | fields


def test_a_good_file_loads(tmp_path):
    deck = load_deck(deck_file(tmp_path, deck_with(GOOD_PROMPT, GOOD_PROMPT | {"id": "x-02"})))
    assert deck == Deck(
        "x",
        "X",
        "d",
        (Prompt("x-01", "x", "A question?", 1), Prompt("x-02", "x", "A question?", 1)),
    )


MALFORMED = {
    "not json": "{ not json",
    "empty file": "",
    "a list": "[]",
    "a string": '"a string"',
    "no deck id": {"title": "X", "description": "d", "prompts": [GOOD_PROMPT]},
    "title null": deck_with(GOOD_PROMPT, title=None),
    "deck id a number": deck_with(GOOD_PROMPT, deck=7),
    "prompts not a list": deck_with() | {"prompts": 5},
    "prompt a string": deck_with("just a string"),
    "no text": deck_with({"id": "x-01", "depth": 1}),
    "no depth": deck_with({"id": "x-01", "text": "no depth"}),
    "depth a word": deck_with({"id": "x-01", "depth": "deep", "text": "t"}),
    "depth null": deck_with({"id": "x-01", "depth": None, "text": "t"}),
    "depth zero": deck_with({"id": "x-01", "depth": 0, "text": "t"}),
    "blank text": deck_with({"id": "x-01", "depth": 1, "text": "   "}),
    "text null": deck_with({"id": "x-01", "depth": 1, "text": None}),
    "id null": deck_with({"id": None, "depth": 1, "text": "t"}),
    "id empty": deck_with({"id": "", "depth": 1, "text": "t"}),
    "no id": deck_with({"depth": 1, "text": "t"}),
    "one id twice": deck_with(GOOD_PROMPT, GOOD_PROMPT),
}


@pytest.mark.parametrize("content", MALFORMED.values(), ids=MALFORMED.keys())
def test_a_malformed_file_is_refused_by_name(tmp_path, content):
    with pytest.raises(PromptDeckError, match=r"broken-deck\.json"):
        load_deck(deck_file(tmp_path, content))


def test_a_deck_with_no_prompts_is_empty_not_malformed(tmp_path):
    assert load_deck(deck_file(tmp_path, deck_with())).prompts == ()


def test_a_file_that_is_not_utf8_is_refused_by_name(tmp_path):
    path = tmp_path / "broken-deck.json"
    path.write_bytes(b'{"deck": "\xff\xfe"}')
    with pytest.raises(PromptDeckError, match=r"broken-deck\.json"):
        load_deck(path)


def test_two_files_using_one_id_are_refused(tmp_path):
    first = load_deck(deck_file(tmp_path, deck_with(GOOD_PROMPT), "a.json"))
    second = load_deck(deck_file(tmp_path, deck_with(GOOD_PROMPT, deck="y"), "b.json"))
    with pytest.raises(PromptDeckError, match="x-01"):
        PromptLibrary([first, second])


# -- hiding and the prompt of the day ------------------------------------------------------


def test_hide_and_unhide(library):
    prompts = prompts_for(library)
    first = library.all()[0]
    assert prompts.hidden() == set()
    prompts.hide(first.id)
    prompts.hide(first.id)
    assert prompts.hidden() == {first.id}
    assert first not in prompts.visible()
    assert first not in prompts.visible(first.deck)
    assert all(p.deck == first.deck for p in prompts.visible(first.deck))
    assert len(prompts.visible()) == len(library.all()) - 1
    prompts.unhide(first.id)
    assert prompts.hidden() == set()
    assert first in prompts.visible()


def test_a_damaged_hidden_list_counts_as_nothing_hidden(library):
    store = MemoryStore()
    prompts = Prompts(library, store, "maya")
    for junk in ("{not json", "42", "null", ""):
        store.values["hidden_prompts"] = junk
        assert prompts.hidden() == set(), junk
        assert len(prompts.visible()) == len(library.all())


def test_the_prompt_of_the_day_is_stable_within_a_day(library):
    assert prompts_for(library).of_the_day(DAY) == prompts_for(library).of_the_day(DAY)


def test_the_prompt_of_the_day_changes_across_days(library):
    prompts = prompts_for(library)
    seen = {prompts.of_the_day(DAY + timedelta(days=n)) for n in range(30)}
    assert len(seen) >= 15


def test_partners_get_their_own_prompt_of_the_day(library):
    days = [DAY + timedelta(days=n) for n in range(10)]
    maya, sam = prompts_for(library, "maya"), prompts_for(library, "sam")
    assert [maya.of_the_day(d) for d in days] != [sam.of_the_day(d) for d in days]


def test_the_prompt_of_the_day_is_never_hidden(library):
    prompts = prompts_for(library)
    everything = [p for p in library.all() if library.deck(p.deck).daily]
    for prompt in everything[: len(everything) - 3]:
        prompts.hide(prompt.id)
    left = set(everything[len(everything) - 3 :])
    for n in range(40):
        assert prompts.of_the_day(DAY + timedelta(days=n)) in left


def test_no_prompt_of_the_day_when_all_are_hidden(library):
    prompts = prompts_for(library)
    for prompt in library.all():
        prompts.hide(prompt.id)
    assert prompts.visible() == []
    assert prompts.of_the_day(DAY) is None


def test_hiding_in_one_store_does_not_hide_in_another(library):
    maya, sam = prompts_for(library, "maya"), prompts_for(library, "sam")
    maya.hide(library.all()[0].id)
    assert sam.hidden() == set()
    assert prompts_for(library, "maya").get(library.all()[0].id) == library.all()[0]


def test_a_deck_for_one_moment_is_never_the_prompt_of_the_day(library):
    assert not any(library.deck(deck).daily for deck in MOMENTS)
    assert all(deck.daily for deck in library.decks if deck.id not in MOMENTS)
    prompts = prompts_for(library)
    for prompt in library.all():
        if prompt.deck not in MOMENTS:
            prompts.hide(prompt.id)
    assert prompts.of_the_day(DAY) is None  # only decks for one moment left: nothing offered
    assert len(prompts.visible("after-a-breach")) == len(library.deck("after-a-breach").prompts)
