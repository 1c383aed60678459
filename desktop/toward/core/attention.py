"""What a feature tells the Today page: a count and a few short lines, never full text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class AttentionCard:
    """Something waiting for the partner in one section of the app."""

    section: str  # the sidebar section that deals with it, optionally ':' and a view in it
    title: str
    count: int  # above COUNTED_UP_TO, only "more than that" is known (and shown)
    lines: tuple[str, ...] = ()

    def count_words(self) -> str:
        return count_words(self.count)


# A card says "99+" beyond this, as badges do: counting every one of thousands of waiting
# items would cost the Today page more than the exact figure is worth there.
COUNTED_UP_TO = 99


def count_words(count: int) -> str:
    """A count as a badge shows it: "99+" beyond COUNTED_UP_TO."""
    return f"{COUNTED_UP_TO}+" if count > COUNTED_UP_TO else str(count)


CardSource = Callable[[], "AttentionCard | None"]
