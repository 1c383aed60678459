"""The demo's planned conversations and a round of getting to know each other."""

from __future__ import annotations

from datetime import datetime, timedelta

from toward.cli.demo.moments import ago
from toward.core.i18n import translate
from toward.core.talks import TalkTopic
from toward.session import Session


def add_talks(maya: Session, sam: Session) -> None:
    """One planned conversation had, with its notes and agreement; one Sam has proposed."""
    dreams = maya.talks.plan(TalkTopic.DREAMS, ago(9, 20), planned_at=ago(11, 8))
    sam.talks.accept_time(dreams)
    maya.talks.prepare(
        dreams,
        {
            "pt-dreams-2": translate(
                "cli.demo.talks", "The year abroad I never took. I still think about it."
            )
        },
    )
    maya.talks.finish(
        dreams,
        translate(
            "cli.demo.talks", "Put a little aside each month for a month by the sea, one day"
        ),
        notes=(
            translate(
                "cli.demo.talks",
                "Maya: a year somewhere new, even a short one. Sam: a workshop of his own, "
                "not just weekends.\nBoth of us were surprised how close the two dreams are.",
            )
        ),
        at=ago(9, 21),
    )
    ahead = (datetime.now().astimezone() + timedelta(days=3)).replace(
        hour=19, minute=0, second=0, microsecond=0
    )
    fun = sam.talks.plan(TalkTopic.FUN, ahead)
    sam.talks.prepare(
        fun,
        {
            "pt-fun-1": translate(
                "cli.demo.talks", "Night swimming. Or the pottery class we keep mentioning."
            )
        },
    )

    played = maya.knowing.start()
    maya.knowing.answer(
        played,
        translate("cli.demo.talks", "Slow breakfast, a long walk, no plans"),
        translate("cli.demo.talks", "A run, then the papers"),
    )
    sam.knowing.answer(
        played,
        translate("cli.demo.talks", "A long run, then the papers in bed"),
        translate("cli.demo.talks", "Slow breakfast and a walk"),
    )
    maya.knowing.publish_ready()
    waiting = sam.knowing.start()
    sam.knowing.answer(
        waiting,
        translate("cli.demo.talks", "Anything with fresh pasta"),
        translate("cli.demo.talks", "Your mum's curry"),
    )
