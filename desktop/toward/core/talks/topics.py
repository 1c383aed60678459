"""The big topics of a shared life a planned conversation can be about, in plain words.

The questions to prepare live in the "planned-talks" prompt deck, each naming its topic.
"""

from __future__ import annotations

from enum import StrEnum

from toward.core.i18n import QT_TRANSLATE_NOOP, translate
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
        return translate("core.talks.topics", _WORDS[self][0])

    @property
    def about(self) -> str:
        return translate("core.talks.topics", _WORDS[self][1])


_WORDS = {
    TalkTopic.TRUST: (
        QT_TRANSLATE_NOOP("core.talks.topics", "Trust and commitment"),
        QT_TRANSLATE_NOOP("core.talks.topics", "What you count on each other for, day to day."),
    ),
    TalkTopic.CONFLICT: (
        QT_TRANSLATE_NOOP("core.talks.topics", "Conflict"),
        QT_TRANSLATE_NOOP("core.talks.topics", "How you disagree, and how you come back together."),
    ),
    TalkTopic.CLOSENESS: (
        QT_TRANSLATE_NOOP("core.talks.topics", "Closeness and intimacy"),
        QT_TRANSLATE_NOOP("core.talks.topics", "Touch, attention, and feeling wanted."),
    ),
    TalkTopic.WORK_MONEY: (
        QT_TRANSLATE_NOOP("core.talks.topics", "Work and money"),
        QT_TRANSLATE_NOOP("core.talks.topics", "Time, money, and what security means to each."),
    ),
    TalkTopic.FAMILY: (
        QT_TRANSLATE_NOOP("core.talks.topics", "Family"),
        QT_TRANSLATE_NOOP("core.talks.topics", "The families you come from and the one you make."),
    ),
    TalkTopic.FUN: (
        QT_TRANSLATE_NOOP("core.talks.topics", "Fun and adventure"),
        QT_TRANSLATE_NOOP("core.talks.topics", "Play, curiosity, and trying new things together."),
    ),
    TalkTopic.GROWTH: (
        QT_TRANSLATE_NOOP("core.talks.topics", "Growth and meaning"),
        QT_TRANSLATE_NOOP("core.talks.topics", "How you are changing, and what matters most."),
    ),
    TalkTopic.DREAMS: (
        QT_TRANSLATE_NOOP("core.talks.topics", "Dreams"),
        QT_TRANSLATE_NOOP(
            "core.talks.topics", "What each of you hopes for, and how to help it along."
        ),
    ),
}

INTRODUCTION = QT_TRANSLATE_NOOP(
    "core.talks.topics",
    "A short conversation you plan ahead, about one of the big topics of a life together. "
    "Each of you can think about a few questions privately first. When you sit down, take "
    "notes together, and end with one small thing you agree on.",
)
AGREEMENT_HINT = QT_TRANSLATE_NOOP(
    "core.talks.topics",
    "One small, concrete thing you both agree on. It becomes a standing agreement in "
    "Promises, where either of you can note the moments it is kept.",
)


def questions(library: PromptLibrary, topic: TalkTopic) -> list[Prompt]:
    """The questions to prepare for a conversation about `topic`, gentlest first."""
    prompts = library.deck(TALKS_DECK).prompts
    return sorted((p for p in prompts if p.topic == topic.value), key=lambda p: p.depth)
