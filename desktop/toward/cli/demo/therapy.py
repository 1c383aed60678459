"""What the demo brings to therapy: practices, questions, check-ins, an earlier summary."""

from __future__ import annotations

from datetime import datetime, timedelta

from toward.cli.demo.moments import ago
from toward.core.export_log import ExportKind
from toward.core.i18n import translate
from toward.session import Session


def add_exports(maya: Session, sam: Session) -> None:
    """One earlier therapy summary, so the export history and 'since the last' have one."""
    maya.exports.record(
        ExportKind.THERAPY_SUMMARY,
        file_format="pdf",
        protected=True,
        partner_words=True,
        exported_at=ago(14, 20),
    )
    sam.therapy_consent.set_default(True)


def add_practices(maya: Session, sam: Session) -> None:
    """Two practices from their therapist, tried most weeks, with a few honest notes."""
    talk = maya.practices.add(
        translate("cli.demo.therapy", "A 20-minute stress-reducing conversation after work"),
        3,
        added_at=ago(16, 19),
    )
    small = sam.practices.add(
        translate("cli.demo.therapy", "Tell each other one small thing we held back today"),
        2,
        added_at=ago(9, 21),
    )
    today = datetime.now().astimezone().date()
    for days_ago, who, practice, note in (
        (
            15,
            maya,
            talk,
            translate(
                "cli.demo.therapy", "Hard to start, easier once we sat down. Sam listened properly."
            ),
        ),
        (13, sam, talk, ""),
        (
            10,
            sam,
            talk,
            translate("cli.demo.therapy", "We both wanted to fix things; next time just listen."),
        ),
        (
            8,
            maya,
            small,
            translate(
                "cli.demo.therapy",
                "I said I was worried about the card bill. It went better than I feared.",
            ),
        ),
        (8, maya, talk, ""),
        (6, sam, small, ""),
        (5, maya, talk, translate("cli.demo.therapy", "Short one, but it helped.")),
        (2, sam, talk, translate("cli.demo.therapy", "Ran out of time after ten minutes.")),
        (1, maya, small, ""),
    ):
        who.practices.log(practice, on=today - timedelta(days=days_ago), note=note)


def add_therapist_questions(maya: Session, sam: Session) -> None:
    """A few things each means to bring up; Maya has shared one, one is already talked about."""
    shared = maya.therapist_questions.add(
        translate("cli.demo.therapy", "How do we talk about money without it turning into a trial?")
    )
    maya.therapist_questions.share(shared)
    maya.therapist_questions.add(
        translate("cli.demo.therapy", "Why do I go quiet when Sam asks where I've been?")
    )
    done = maya.therapist_questions.add(
        translate("cli.demo.therapy", "Is it normal to still feel raw after two months?")
    )
    maya.therapist_questions.mark_talked_about(done)
    sam.therapist_questions.add(
        translate("cli.demo.therapy", "How can I ask about the card without sounding suspicious?")
    )
    sam.therapist_questions.add(
        translate("cli.demo.therapy", "What does a good weekly check-in look like for us?")
    )


def add_checkins(maya: Session, sam: Session) -> None:
    """Maya's last five weeks of check-ins, slowly warmer; Sam has not started yet."""
    today = datetime.now().astimezone().date()
    weeks = (
        (
            {"close": 2, "safe": 2, "hopeful": 3},
            translate("cli.demo.therapy", "Everything still feels fragile."),
        ),
        ({"close": 2, "safe": 3, "hopeful": 3}, ""),
        (
            {"close": 3, "safe": 3, "hopeful": 4},
            translate("cli.demo.therapy", "The evening talks are starting to help."),
        ),
        ({"close": 3, "safe": 4, "hopeful": 4}, ""),
        (
            {"close": 4, "safe": 3, "hopeful": 4},
            translate("cli.demo.therapy", "Harder to speak up after the card statement."),
        ),
    )
    for weeks_ago, (answers, note) in zip(range(5, 0, -1), weeks, strict=True):
        maya.checkins.answer(answers, note=note, day=today - timedelta(weeks=weeks_ago))
