"""Prompt decks in the person's language: a translated file per deck, English where not."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from toward.core.formatting import use_locale
from toward.core.prompts import PromptDeckError, PromptLibrary

ENGLISH = {
    "deck": "talk",
    "title": "Talking",
    "description": "Questions to talk about.",
    "prompts": [
        {"id": "t-01", "depth": 1, "text": "What made you smile today?"},
        {"id": "t-02", "depth": 2, "text": "What do you miss?", "topic": "past"},
    ],
}
OTHER_DECK = {
    "deck": "other",
    "title": "Another deck",
    "description": "Not translated yet.",
    "prompts": [{"id": "o-01", "depth": 1, "text": "Where would you go?"}],
}


def folder_with(tmp_path: Path, translation: object | None = None) -> Path:
    (tmp_path / "talk.json").write_text(json.dumps(ENGLISH), "utf-8")
    (tmp_path / "other.json").write_text(json.dumps(OTHER_DECK), "utf-8")
    if translation is not None:
        (tmp_path / "es").mkdir()
        (tmp_path / "es" / "talk.json").write_text(json.dumps(translation), "utf-8")
    return tmp_path


SPANISH = {
    "deck": "talk",
    "title": "Conversar",
    "description": "Preguntas para conversar.",
    "prompts": [{"id": "t-01", "depth": 1, "text": "¿Qué te hizo sonreír hoy?"}],
}


def test_a_translated_deck_replaces_its_words_and_keeps_the_rest(tmp_path):
    library = PromptLibrary.from_folder(folder_with(tmp_path, SPANISH), "es")
    talk = library.deck("talk")
    assert (talk.title, talk.description) == ("Conversar", "Preguntas para conversar.")
    assert library.get("t-01").text == "¿Qué te hizo sonreír hoy?"
    # A prompt the translation misses stays in English, with its depth and topic.
    missing = library.get("t-02")
    assert (missing.text, missing.depth, missing.topic) == ("What do you miss?", 2, "past")
    # A deck with no file in that language stays in English.
    assert library.deck("other").title == "Another deck"
    assert library.get("o-01").text == "Where would you go?"


def test_english_and_an_unknown_language_read_the_english_files(tmp_path):
    folder = folder_with(tmp_path, SPANISH)
    for language in ("en", "de"):
        library = PromptLibrary.from_folder(folder, language)
        assert library.deck("talk").title == "Talking"
        assert library.get("t-01").text == "What made you smile today?"


def test_the_translated_words_are_the_only_difference(tmp_path):
    folder = folder_with(tmp_path, SPANISH)
    english = PromptLibrary.from_folder(folder, "en")
    spanish = PromptLibrary.from_folder(folder, "es")
    assert [d.id for d in spanish.decks] == [d.id for d in english.decks]
    for ours, theirs in zip(english.all(), spanish.all(), strict=True):
        assert (ours.id, ours.deck, ours.depth, ours.topic) == (
            theirs.id,
            theirs.deck,
            theirs.depth,
            theirs.topic,
        )


BROKEN = {
    "an id English lacks": SPANISH | {"prompts": [{"id": "t-99", "text": "¿Y?"}]},
    "another deck's id": SPANISH | {"deck": "other"},
    "a blank prompt": SPANISH | {"prompts": [{"id": "t-01", "text": "  "}]},
    "a blank title": SPANISH | {"title": ""},
    "no prompts": {"deck": "talk", "title": "Conversar"},
    "not json": "{ no",
}


@pytest.mark.parametrize("translation", BROKEN.values(), ids=BROKEN.keys())
def test_a_broken_translation_is_refused_by_language_and_file(tmp_path, translation):
    folder = folder_with(tmp_path)
    (folder / "es").mkdir()
    text = translation if isinstance(translation, str) else json.dumps(translation)
    (folder / "es" / "talk.json").write_text(text, "utf-8")
    with pytest.raises(PromptDeckError, match=r"es/talk\.json"):
        PromptLibrary.from_folder(folder, "es")


def bundled_languages() -> list[str]:
    folder = resources.files("toward.resources").joinpath("prompts")
    return sorted({"es", "de"} | {entry.name for entry in folder.iterdir() if entry.is_dir()})


@pytest.mark.parametrize("language", bundled_languages())
def test_every_bundled_language_has_every_english_prompt(language):
    english = PromptLibrary.bundled()
    translated = PromptLibrary.bundled(language)
    assert [p.id for p in translated.all()] == [p.id for p in english.all()]
    assert all(p.text.strip() for p in translated.all())
    assert [d.daily for d in translated.decks] == [d.daily for d in english.decks]


def test_the_bundled_decks_follow_the_language_in_use():
    try:
        use_locale("de")
        assert PromptLibrary.bundled() is PromptLibrary.bundled("de")
        use_locale("en_US")
        assert PromptLibrary.bundled() is PromptLibrary.bundled("en")
    finally:
        use_locale("en")
