"""After a breach of trust: a deck of questions about facts and about meaning, and words for
each partner, offered in a repair conversation about a breach. Written for Toward.
"""

from __future__ import annotations

from dataclasses import dataclass

from toward.core.i18n import QT_TRANSLATE_NOOP
from toward.core.prompts import Prompt, PromptLibrary
from toward.core.repairs.steps import Topic

BREACH_DECK = "after-a-breach"
# The conversations the deck is offered in: a secret kept is a breach of trust too.
BREACH_TOPICS = frozenset({Topic.BREACH_OF_TRUST, Topic.SECRET})
FACTS = "facts"
MEANING = "meaning"


@dataclass(frozen=True)
class Words:
    heading: str
    text: str


INTRODUCTION = QT_TRANSLATE_NOOP(
    "core.repairs.breach",
    "Trust that was broken comes back slowly, from honest answers and from what happens "
    "over the weeks and months after. Some questions ask about facts, some about meaning; "
    "both have their place.",
)

FOR_WHO_BROKE_TRUST = Words(
    QT_TRANSLATE_NOOP("core.repairs.breach", "If you broke the trust"),
    QT_TRANSLATE_NOOP(
        "core.repairs.breach",
        "Answer honestly and completely, even where the truth shows you in a worse light: a "
        "piece found out later hurts more than the whole told now. Let your partner say how "
        "much it hurt, as often as they need to, without defending yourself or asking them to "
        "move on. The same question may come again; each time is a chance to show you are not "
        "hiding. Change shows over time, in promises kept and in things told before being "
        "asked, and Toward keeps a record of both in Promises and in Money.",
    ),
)

FOR_WHO_WAS_HURT = Words(
    QT_TRANSLATE_NOOP("core.repairs.breach", "If you were hurt"),
    QT_TRANSLATE_NOOP(
        "core.repairs.breach",
        "You may ask anything, and ask again. Notice whether a question is about facts or "
        "about meaning. A few clear facts end the guessing; chasing every detail can leave "
        "pictures that are hard to put down. Questions about meaning (why, what it was about, "
        "what it says about the two of you) are where understanding grows. Say what you feel "
        "rather than what your partner is, and take a break when it floods you: coming back "
        "to it is part of the work.",
    ),
)

KINDS = {
    FACTS: Words(
        QT_TRANSLATE_NOOP("core.repairs.breach", "About what happened"),
        QT_TRANSLATE_NOOP(
            "core.repairs.breach",
            "What, when, who: questions with plain answers, to stop the guessing.",
        ),
    ),
    MEANING: Words(
        QT_TRANSLATE_NOOP("core.repairs.breach", "About what it means"),
        QT_TRANSLATE_NOOP(
            "core.repairs.breach",
            "Why, and what it says about each of you and about the two of you.",
        ),
    ),
}


def offered_for(kind: Topic) -> bool:
    """Whether a conversation of this kind is offered the deck."""
    return kind in BREACH_TOPICS


def questions(library: PromptLibrary) -> dict[str, list[Prompt]]:
    """The deck's questions by kind (facts, then meaning), gentlest first."""
    prompts = sorted(library.deck(BREACH_DECK).prompts, key=lambda p: p.depth)
    return {kind: [p for p in prompts if p.topic == kind] for kind in (FACTS, MEANING)}
