"""Prompt decks (resources/prompts/*.json): questions to write about or ask each other."""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from importlib import resources
from importlib.abc import Traversable
from typing import Protocol


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
    @functools.cache
    def bundled(cls) -> PromptLibrary:
        """The decks shipped with Toward (read once per process)."""
        folder = resources.files("toward.resources").joinpath("prompts")
        files = sorted((f for f in folder.iterdir() if f.name.endswith(".json")), key=_name)
        # Decks for one moment (after a breach) come after the everyday ones.
        return cls(sorted((load_deck(f) for f in files), key=lambda deck: not deck.daily))

    def get(self, prompt_id: str) -> Prompt | None:
        return self._by_id.get(prompt_id)

    def deck(self, deck_id: str) -> Deck:
        for deck in self.decks:
            if deck.id == deck_id:
                return deck
        raise KeyError(deck_id)

    def all(self) -> list[Prompt]:
        return [p for d in self.decks for p in d.prompts]


def load_deck(source: Traversable) -> Deck:
    """Read and check one deck file."""
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
