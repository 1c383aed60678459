"""Prompt decks (resources/prompts/*.json): questions to write about or ask each other.

A deck in another language is resources/prompts/<lang>/<deck file>.json with the same
ids: its title, description and prompt texts replace the English ones. A language with no
file for a deck keeps that deck in English, and a prompt missing from a translated file
keeps its English text, so a half-done translation still shows every prompt.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from importlib import resources
from importlib.abc import Traversable
from typing import Protocol

from toward.core.formatting import current_locale

ENGLISH = "en"  # the decks' source language: resources/prompts/*.json


class PromptDeckError(ValueError):
    """A prompt file is malformed: which file and what is wrong."""


@dataclass(frozen=True)
class Prompt:
    id: str
    deck: str
    text: str
    depth: int
    topic: str | None = None  # the ladder's topic or the practice it belongs to


@dataclass(frozen=True)
class Deck:
    id: str
    title: str
    description: str
    prompts: tuple[Prompt, ...]
    # False for a deck meant for one moment (after a breach), never a prompt of the day
    daily: bool = True


class PromptLibrary:
    """Every deck, read once from the package's prompt files."""

    def __init__(self, decks: Iterable[Deck]) -> None:
        self.decks = tuple(decks)
        self._by_id: dict[str, Prompt] = {}
        for prompt in (p for d in self.decks for p in d.prompts):
            if prompt.id in self._by_id:
                raise PromptDeckError(
                    f"two prompts share the id {prompt.id} "
                    f"(decks {self._by_id[prompt.id].deck} and {prompt.deck})"
                )
            self._by_id[prompt.id] = prompt

    @classmethod
    def bundled(cls, language: str | None = None) -> PromptLibrary:
        """The decks shipped with Toward in `language` (read once per process and language).

        None: the language the person reads Toward in now, the one their dates are written
        in (`toward.translations.use_language` sets both, per partner).
        """
        return _bundled(language or current_locale().split("_")[0])

    @classmethod
    def from_folder(cls, folder: Traversable, language: str = ENGLISH) -> PromptLibrary:
        """Every deck in `folder`, in `language` where `folder/<language>/` translates it."""
        files = sorted((f for f in folder.iterdir() if f.name.endswith(".json")), key=_name)
        translated = folder.joinpath(language)
        decks = []
        for file in files:
            translation = translated.joinpath(file.name) if language != ENGLISH else None
            has_translation = translation is not None and translation.is_file()
            decks.append(load_deck(file, translation if has_translation else None))
        # Decks for one moment (after a breach) come after the everyday ones.
        return cls(sorted(decks, key=lambda deck: not deck.daily))

    def get(self, prompt_id: str) -> Prompt | None:
        return self._by_id.get(prompt_id)

    def deck(self, deck_id: str) -> Deck:
        for deck in self.decks:
            if deck.id == deck_id:
                return deck
        raise KeyError(deck_id)

    def all(self) -> list[Prompt]:
        return [p for d in self.decks for p in d.prompts]


def load_deck(source: Traversable, translation: Traversable | None = None) -> Deck:
    """Read and check one deck file, in the language of `translation` where it has words."""
    deck = _read_deck(source)
    return deck if translation is None else _translated(deck, translation)


def _translated(deck: Deck, source: Traversable) -> Deck:
    """`deck` with the words `source` translates; English wherever it has none."""
    try:
        data = json.loads(source.read_text("utf-8"))
        if _text(data["deck"], "deck") != deck.id:
            raise ValueError(f"it translates the deck {data['deck']}, not {deck.id}")
        texts = {_text(i["id"], "id"): _text(i["text"], "text").strip() for i in data["prompts"]}
        title = _text(data.get("title", deck.title), "title")
        description = _text(data.get("description", deck.description), "description")
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise PromptDeckError(f"{_where(source)}: {exc}") from exc
    unknown = sorted(set(texts) - {p.id for p in deck.prompts})
    if unknown:
        raise PromptDeckError(
            f"{_where(source)}: no English prompt has the id {', '.join(unknown)}"
        )
    if not all(texts.values()) or not title.strip() or not description.strip():
        raise PromptDeckError(f"{_where(source)}: a title, description or prompt is blank")
    prompts = tuple(replace(p, text=texts.get(p.id, p.text)) for p in deck.prompts)
    return replace(deck, title=title, description=description, prompts=prompts)


def _where(source: Traversable) -> str:
    # "es/after-a-breach.json": which language's file, not only which deck
    parent = getattr(source, "parent", None)
    return f"{parent.name}/{source.name}" if parent is not None else source.name


def _read_deck(source: Traversable) -> Deck:
    try:
        data = json.loads(source.read_text("utf-8"))
        deck_id = _text(data["deck"], "deck")
        prompts = tuple(
            Prompt(
                id=_text(item["id"], "id"),
                deck=deck_id,
                text=_text(item["text"], "text").strip(),
                depth=int(item["depth"]),
                topic=item.get("topic") or item.get("practice"),
            )
            for item in data["prompts"]
        )
        deck = Deck(
            deck_id,
            _text(data["title"], "title"),
            _text(data["description"], "description"),
            prompts,
            daily=bool(data.get("daily", True)),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise PromptDeckError(f"{source.name}: {exc}") from exc
    if any(not p.id or not p.text or p.depth < 1 for p in prompts):
        raise PromptDeckError(f"{source.name}: a prompt has no id, no text or no depth")
    ids = [p.id for p in prompts]
    if len(set(ids)) != len(ids):
        twice = sorted({i for i in ids if ids.count(i) > 1})
        raise PromptDeckError(f"{source.name}: two prompts share the id {', '.join(twice)}")
    return deck


def _text(value: object, field: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{field} must be text, not {type(value).__name__}")
    return value


class HiddenStore(Protocol):
    def get_text(self, key: str) -> str | None: ...
    def set_text(self, key: str, value: str) -> None: ...


class Prompts:
    """One partner's view of the decks: the prompts they hid, and the prompt of the day."""

    _KEY = "hidden_prompts"

    def __init__(self, library: PromptLibrary, store: HiddenStore, partner_id: str) -> None:
        self.library = library
        self._store = store
        self._partner_id = partner_id

    def hidden(self) -> set[str]:
        raw = self._store.get_text(self._KEY)
        try:
            return set(json.loads(raw)) if raw else set()
        except (ValueError, TypeError):
            return set()

    def hide(self, prompt_id: str) -> None:
        self._store.set_text(self._KEY, json.dumps(sorted(self.hidden() | {prompt_id})))

    def unhide(self, prompt_id: str) -> None:
        self._store.set_text(self._KEY, json.dumps(sorted(self.hidden() - {prompt_id})))

    def visible(self, deck_id: str | None = None) -> list[Prompt]:
        hidden = self.hidden()
        return [
            p
            for p in self.library.all()
            if p.id not in hidden and (deck_id is None or p.deck == deck_id)
        ]

    def of_the_day(self, day: date) -> Prompt | None:
        """The same prompt all day for this partner, a different one the next day."""
        daily = {d.id for d in self.library.decks if d.daily}
        choices = [p for p in self.visible() if p.deck in daily]
        if not choices:
            return None
        seed = hashlib.sha256(f"{self._partner_id}/{day.isoformat()}".encode()).digest()
        return choices[int.from_bytes(seed[:8], "big") % len(choices)]

    def get(self, prompt_id: str) -> Prompt | None:
        return self.library.get(prompt_id)


def _name(item: Traversable) -> str:
    return item.name


@functools.cache
def _bundled(language: str) -> PromptLibrary:
    return PromptLibrary.from_folder(
        resources.files("toward.resources").joinpath("prompts"), language
    )
