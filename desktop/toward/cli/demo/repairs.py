"""The demo's repair conversations: one finished with its plan, one under way."""

from __future__ import annotations

from toward.cli.demo.moments import ago
from toward.core.i18n import translate
from toward.core.repairs import SEALED_STEPS, Step, Topic
from toward.session import Session


def add_repairs(maya: Session, sam: Session) -> None:
    """One finished repair conversation with its plan, and one waiting for Sam's answer."""
    dinner = maya.repairs.start(
        translate(
            "cli.demo.repairs", "When I told you about my sister and you weren't really there"
        ),
        Topic.ARGUMENT,
        ago(19, 20),
        started_at=ago(20, 9),
    )
    sam.repairs.accept_time(dinner)
    answers = {
        Step.FEELINGS: (
            translate(
                "cli.demo.repairs",
                "I felt alone at our own table, and then silly for minding so much.",
            ),
            translate(
                "cli.demo.repairs",
                "I felt empty and ashamed that I had nothing left to give you that evening.",
            ),
        ),
        Step.LISTEN: (
            translate(
                "cli.demo.repairs",
                "I hear that you weren't pushing me away; you were running on nothing.",
            ),
            translate(
                "cli.demo.repairs", "I hear that it hurt because it was news that mattered to you."
            ),
        ),
        Step.PERSPECTIVE: (
            translate(
                "cli.demo.repairs",
                "It was the first thing I'd wanted to share all week, "
                "and it seemed to bounce off you.",
            ),
            translate(
                "cli.demo.repairs",
                "I'd had three late nights. I thought nodding was better than saying I was "
                "too tired to talk.",
            ),
        ),
        Step.TOUCHED: (
            translate(
                "cli.demo.repairs",
                "Growing up, news at our table was talked over. Being half-heard still feels "
                "like being small again.",
            ),
            translate(
                "cli.demo.repairs",
                "When I'm empty I go quiet, the way my dad did. I hate seeing myself do it.",
            ),
        ),
        Step.OWN_PART: (
            translate(
                "cli.demo.repairs", "I didn't ask how your day had been before launching into mine."
            ),
            translate(
                "cli.demo.repairs",
                "I pretended to listen instead of telling you I needed ten minutes first.",
            ),
        ),
        Step.APOLOGY: (
            translate(
                "cli.demo.repairs",
                "I'm sorry I went quiet for the rest of the evening instead of saying why.",
            ),
            translate(
                "cli.demo.repairs",
                "I'm sorry I wasn't there for your news. It matters to me, and so do you.",
            ),
        ),
    }
    for step in SEALED_STEPS:
        hers, his = answers[step]
        maya.repairs.submit(dinner, step, hers)
        sam.repairs.submit(dinner, step, his)
        maya.repairs.publish_ready()
    maya.repairs.accept_apology(dinner)
    sam.repairs.accept_apology(dinner)
    tired = sam.repairs.add_plan_item(
        dinner,
        translate("cli.demo.repairs", "Say when I'm too tired to listen, and when I will be"),
    )
    sam.repairs.make_promise(tired)
    phones = maya.repairs.add_plan_item(
        dinner, translate("cli.demo.repairs", "Phones stay in the drawer during dinner")
    )
    maya.repairs.make_agreement(phones)
    maya.repairs.add_plan_item(
        dinner, translate("cli.demo.repairs", "Ask about each other's day before sharing big news")
    )
    maya.repairs.finish(dinner, finished_at=ago(19, 21))
    sam.repairs.finish(dinner, finished_at=ago(19, 21))

    card = maya.repairs.start(
        translate("cli.demo.repairs", "The card purchases I didn't tell you about"),
        Topic.SECRET,
        ago(1, 20),
        started_at=ago(2, 8),
    )
    sam.repairs.accept_time(card)
    maya.repairs.submit(
        card,
        Step.FEELINGS,
        translate("cli.demo.repairs", "I felt ashamed, and afraid you'd be angry."),
    )
    sam.repairs.submit(
        card,
        Step.FEELINGS,
        translate("cli.demo.repairs", "I felt shut out, and scared of what else I don't know."),
    )
    maya.repairs.publish_ready()
    maya.repairs.submit(
        card,
        Step.LISTEN,
        translate(
            "cli.demo.repairs",
            "I hear that finding out from a statement made you wonder what else you don't know.",
        ),
    )
