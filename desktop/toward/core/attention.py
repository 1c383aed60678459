"""What a feature tells the Today page: a count and a few short lines, never full text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from toward.core.words import count_words


@dataclass(frozen=True)
class AttentionCard:
    """Something waiting for the partner in one section of the app."""

    section: str  # the sidebar section that deals with it, optionally ':' and a view in it
    title: str
    count: int  # above words.COUNTED_UP_TO, only "more than that" is known (and shown)
    lines: tuple[str, ...] = ()

    def count_words(self) -> str:
        return count_words(self.count)


CardSource = Callable[[], "AttentionCard | None"]
