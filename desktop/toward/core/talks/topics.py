"""The big topics of a shared life a planned conversation can be about, in plain words.

The questions to prepare live in the "planned-talks" prompt deck, each naming its topic.
"""

from __future__ import annotations

from enum import StrEnum

from toward.core.prompts import Prompt, PromptLibrary

TALKS_DECK = "planned-talks"


class TalkTopic(StrEnum):
    TRUST = "trust"
    CONFLICT = "conflict"
    CLOSENESS = "closeness"
    WORK_MONEY = "work_money"
    FAMILY = "family"
    FUN = "fun"
    GROWTH = "growth"
    DREAMS = "dreams"

    @property
    def label(self) -> str:
        return _WORDS[self][0]

    @property
    def about(self) -> str:
        return _WORDS[self][1]


_WORDS = {
    TalkTopic.TRUST: ("Trust and commitment", "What you count on each other for, day to day."),
    TalkTopic.CONFLICT: ("Conflict", "How you disagree, and how you come back together."),
    TalkTopic.CLOSENESS: ("Closeness and intimacy", "Touch, attention, and feeling wanted."),
    TalkTopic.WORK_MONEY: ("Work and money", "Time, money, and what security means to each."),
    TalkTopic.FAMILY: ("Family", "The families you come from and the one you make."),
    TalkTopic.FUN: ("Fun and adventure", "Play, curiosity, and trying new things together."),
    TalkTopic.GROWTH: ("Growth and meaning", "How you are changing, and what matters most."),
    TalkTopic.DREAMS: ("Dreams", "What each of you hopes for, and how to help it along."),
}

INTRODUCTION = (
    "A short conversation you plan ahead, about one of the big topics of a life together. "
    "Each of you can think about a few questions privately first. When you sit down, take "
    "notes together, and end with one small thing you agree on."
)
AGREEMENT_HINT = (
    "One small, concrete thing you both agree on. It becomes a standing agreement in "
    "Promises, where either of you can note the moments it is kept."
)


def questions(library: PromptLibrary, topic: TalkTopic) -> list[Prompt]:
    """The questions to prepare for a conversation about `topic`, gentlest first."""
    prompts = library.deck(TALKS_DECK).prompts
    return sorted((p for p in prompts if p.topic == topic.value), key=lambda p: p.depth)
