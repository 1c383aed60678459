"""What a feature tells the Today page: a count and a few short lines, never full text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class AttentionCard:
    """Something waiting for the partner in one section of the app."""

    section: str  # the sidebar section that deals with it, optionally ':' and a view in it
    title: str
    count: int
    lines: tuple[str, ...] = ()


CardSource = Callable[[], "AttentionCard | None"]
