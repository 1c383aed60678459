"""The words of a repair conversation: its steps, their guidance, the rule that seals
answers, and what to do during a break. All of it written for Toward, in plain words.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from toward.core.i18n import QT_TRANSLATE_NOOP, translate
from toward.core.labels import LabelledStr


class Step(StrEnum):
    FEELINGS = "feelings"
    LISTEN = "listen"
    PERSPECTIVE = "perspective"
    TOUCHED = "touched"  # what the moment touched in each: an old hurt, a memory, a story
    OWN_PART = "own_part"
    APOLOGY = "apology"
    PLAN = "plan"


STEPS = tuple(Step)
# Steps each partner answers in writing, sealed until both have submitted; the plan is
# written together in the shared space.
SEALED_STEPS = STEPS[:-1]


class Topic(LabelledStr):
    ARGUMENT = "argument", QT_TRANSLATE_NOOP("core.labels", "An argument")
    BROKEN_AGREEMENT = "broken_agreement", QT_TRANSLATE_NOOP("core.labels", "A broken agreement")
    SECRET = "secret", QT_TRANSLATE_NOOP("core.labels", "Something kept secret")
    BREACH_OF_TRUST = "breach_of_trust", QT_TRANSLATE_NOOP("core.labels", "A breach of trust")
    OTHER = "other", QT_TRANSLATE_NOOP("core.labels", "Something else")


@dataclass(frozen=True)
class Guidance:
    """A step's words, kept in English and read in the person's language."""

    english_title: str
    english_guidance: str
    english_prompt: str  # the placeholder in the answer box
    english_heading: str  # the step's name in the record of what was said

    @property
    def title(self) -> str:
        return translate("core.repairs.steps", self.english_title)

    @property
    def guidance(self) -> str:
        return translate("core.repairs.steps", self.english_guidance)

    @property
    def prompt(self) -> str:
        return translate("core.repairs.steps", self.english_prompt)

    @property
    def heading(self) -> str:
        return translate("core.repairs.steps", self.english_heading)


GUIDANCE = {
    Step.FEELINGS: Guidance(
        QT_TRANSLATE_NOOP("core.repairs.steps", "Name what you felt"),
        QT_TRANSLATE_NOOP(
            "core.repairs.steps",
            "Write about your own feelings at the time, in sentences that start with "
            "\u201cI felt\u2026\u201d. Describe what went on inside you rather than what your "
            "partner did wrong: no blame, no \u201cyou always\u201d.",
        ),
        QT_TRANSLATE_NOOP("core.repairs.steps", "I felt\u2026"),
        QT_TRANSLATE_NOOP("core.repairs.steps", "What each of you felt"),
    ),
    Step.LISTEN: Guidance(
        QT_TRANSLATE_NOOP("core.repairs.steps", "Listen without judging"),
        QT_TRANSLATE_NOOP(
            "core.repairs.steps",
            "Read your partner's feelings slowly, as if you were hearing them for the first "
            "time. Then write back what you understood, in your own words. Understanding is "
            "not agreeing; you are checking that you heard them.",
        ),
        QT_TRANSLATE_NOOP("core.repairs.steps", "What I hear is that you felt\u2026"),
        QT_TRANSLATE_NOOP("core.repairs.steps", "What each of you heard"),
    ),
    Step.PERSPECTIVE: Guidance(
        QT_TRANSLATE_NOOP("core.repairs.steps", "Tell it as you saw it"),
        QT_TRANSLATE_NOOP(
            "core.repairs.steps",
            "Describe what happened from where you stood and what it meant to you. Two "
            "accounts can both be true; this is not a trial about the facts.",
        ),
        QT_TRANSLATE_NOOP("core.repairs.steps", "From where I stood\u2026"),
        QT_TRANSLATE_NOOP("core.repairs.steps", "How each of you saw it"),
    ),
    Step.TOUCHED: Guidance(
        QT_TRANSLATE_NOOP("core.repairs.steps", "What it touched in you"),
        QT_TRANSLATE_NOOP(
            "core.repairs.steps",
            "Sometimes a moment hurts more than it seems to deserve, because it presses on "
            "something older: an earlier hurt, a memory from growing up or from another "
            "relationship, a story you tell yourself about what you are worth or whether you "
            "can count on people. Write what this moment touched in you. It can explain why "
            "you reacted as you did; it does not excuse anything, and it blames no one.",
        ),
        QT_TRANSLATE_NOOP("core.repairs.steps", "It touched something in me\u2026"),
        QT_TRANSLATE_NOOP("core.repairs.steps", "What it touched in each of you"),
    ),
    Step.OWN_PART: Guidance(
        QT_TRANSLATE_NOOP("core.repairs.steps", "Own your part"),
        QT_TRANSLATE_NOOP(
            "core.repairs.steps",
            "Name something you brought to what happened, however small: a hard week, a "
            "sharp tone, something left unsaid. Owning a part is not taking all the blame.",
        ),
        QT_TRANSLATE_NOOP("core.repairs.steps", "My part in this was\u2026"),
        QT_TRANSLATE_NOOP("core.repairs.steps", "The part each of you owned"),
    ),
    Step.APOLOGY: Guidance(
        QT_TRANSLATE_NOOP("core.repairs.steps", "Say sorry, and receive it"),
        QT_TRANSLATE_NOOP(
            "core.repairs.steps",
            "Apologize for your part, plainly and without a \u201cbut\u201d. When your "
            "partner's apology appears, you can accept it now or later, when you are ready.",
        ),
        QT_TRANSLATE_NOOP("core.repairs.steps", "I'm sorry that\u2026"),
        QT_TRANSLATE_NOOP("core.repairs.steps", "Apologies"),
    ),
    Step.PLAN: Guidance(
        QT_TRANSLATE_NOOP("core.repairs.steps", "Plan the next time together"),
        QT_TRANSLATE_NOOP(
            "core.repairs.steps",
            "Agree on one or two small, concrete things that would help if this came up "
            "again. Each one can become a promise or a standing agreement.",
        ),
        QT_TRANSLATE_NOOP("core.repairs.steps", "Next time, we\u2026"),
        QT_TRANSLATE_NOOP("core.repairs.steps", "The plan"),
    ),
}

SEALED_RULE = QT_TRANSLATE_NOOP(
    "core.repairs.steps",
    "Your answers stay sealed in your private space. {partner} sees them only after "
    "writing their own answer to the same step, so neither of you writes in reaction to "
    "the other. When you sit together with both of you unlocked, both answers appear "
    "side by side at once. Otherwise each answer appears the next time its writer opens "
    "Toward after both have answered.",
)

SEALED_NOTE = QT_TRANSLATE_NOOP(
    "core.repairs.steps",
    "Your answer stays sealed in your private space until {partner} has answered this "
    "step too. Once submitted, it stays as you wrote it.",
)

DEFAULT_BREAK_MINUTES = 20
BREAK_ADVICE = QT_TRANSLATE_NOOP(
    "core.repairs.steps",
    "When a talk gets too heated, the body needs time to settle before anyone can listen "
    "well. Try not to replay the argument in your head during the break.",
)
CALMING_SUGGESTIONS = (
    QT_TRANSLATE_NOOP(
        "core.repairs.steps", "Walk slowly around the block and notice five things you can see."
    ),
    QT_TRANSLATE_NOOP(
        "core.repairs.steps",
        "Breathe in for a count of four and out for a count of six, for a few minutes.",
    ),
    QT_TRANSLATE_NOOP(
        "core.repairs.steps",
        "Make a warm drink and have it somewhere quiet, away from the screen.",
    ),
    QT_TRANSLATE_NOOP(
        "core.repairs.steps", "Put on one song you love and do nothing but listen to it."
    ),
    QT_TRANSLATE_NOOP(
        "core.repairs.steps",
        "Wash your face with cool water, then roll your shoulders and stretch.",
    ),
    QT_TRANSLATE_NOOP(
        "core.repairs.steps",
        "Sit by a window and watch the sky or the street until your breath slows.",
    ),
)
