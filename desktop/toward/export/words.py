"""The words a therapy summary's Markdown and PDF share, in the exporting partner's language.

A summary is written in the language of the partner who makes it: the one installed in
`core.i18n` while it is built and rendered. Both renderers take their shared headings,
table headers and sentences from here, so a translator writes each of them once; what only
one renderer says stays in it. Dates go through `core.formatting`, never strftime.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from babel.numbers import format_percent

from toward.core.formatting import current_locale, format_date
from toward.core.i18n import QT_TRANSLATE_NOOP, translate


def t(text: str) -> str:
    """One of this module's words (marked with QT_TRANSLATE_NOOP) in the exporter's language."""
    return translate("export.words", text)


# Who wrote something, when their name is not known (a partner who has left)
PARTNER = QT_TRANSLATE_NOOP("export.words", "Partner")
PERIOD = QT_TRANSLATE_NOOP("export.words", "Period: {period}")
NO_NOTE = QT_TRANSLATE_NOOP("export.words", "No note was written for this summary.")
NOTE_FROM = QT_TRANSLATE_NOOP("export.words", "From {partner}")

NO_BIDS = QT_TRANSLATE_NOOP("export.words", "No bids were logged in this period.")
BIDS_HEADER = (
    QT_TRANSLATE_NOOP("export.words", "Bids made by"),
    QT_TRANSLATE_NOOP("export.words", "Bids"),
    QT_TRANSLATE_NOOP("export.words", "Turned toward"),
    QT_TRANSLATE_NOOP("export.words", "Away"),
    QT_TRANSLATE_NOOP("export.words", "Against"),
    QT_TRANSLATE_NOOP("export.words", "Not yet answered"),
)
BY_KIND = QT_TRANSLATE_NOOP("export.words", "By kind of bid")
# core.bids.TIMES_OF_DAY as a table shows them
TIMES_OF_DAY = {
    "morning": QT_TRANSLATE_NOOP("export.words", "Morning"),
    "afternoon": QT_TRANSLATE_NOOP("export.words", "Afternoon"),
    "evening": QT_TRANSLATE_NOOP("export.words", "Evening"),
    "night": QT_TRANSLATE_NOOP("export.words", "Night"),
}

NO_PROMISES = QT_TRANSLATE_NOOP("export.words", "No promises were made or settled in this period.")
PROMISE_COUNTS_HEADER = (
    QT_TRANSLATE_NOOP("export.words", "Promises made by"),
    QT_TRANSLATE_NOOP("export.words", "Kept"),
    QT_TRANSLATE_NOOP("export.words", "Missed"),
    QT_TRANSLATE_NOOP("export.words", "Renegotiated"),
    QT_TRANSLATE_NOOP("export.words", "Released"),
    QT_TRANSLATE_NOOP("export.words", "Still open"),
)
PROMISES_HEADER = (
    QT_TRANSLATE_NOOP("export.words", "Promise"),
    QT_TRANSLATE_NOOP("export.words", "Who, to whom"),
    QT_TRANSLATE_NOOP("export.words", "Made"),
    QT_TRANSLATE_NOOP("export.words", "Due"),
    QT_TRANSLATE_NOOP("export.words", "Status"),
)
PROMISES_IN_PERIOD = QT_TRANSLATE_NOOP("export.words", "Promises made or settled in this period")
PROMISED_TO = QT_TRANSLATE_NOOP("export.words", "{promiser} to {to}")
NO_DAY_SET = QT_TRANSLATE_NOOP("export.words", "no day set")
STATUS_ON = QT_TRANSLATE_NOOP("export.words", "{status}, {day}")
STANDING_AGREEMENTS = QT_TRANSLATE_NOOP("export.words", "Standing agreements")
SET_ASIDE_SINCE = QT_TRANSLATE_NOOP("export.words", "{agreement} (set aside since)")
BROKEN = QT_TRANSLATE_NOOP("export.words", "Broken")

AGREEMENT_IN_FORCE = QT_TRANSLATE_NOOP("export.words", "The agreement in force: {agreement}")
NOTHING_DISCLOSED = QT_TRANSLATE_NOOP("export.words", "Nothing was disclosed for this period.")
LEDGER_FACTS_ONLY = QT_TRANSLATE_NOOP(
    "export.words",
    "Amounts, dates, payees and categories only: the reasons and replies written in the "
    "ledger are not included.",
)
DISCLOSED_HEADER = (
    QT_TRANSLATE_NOOP("export.words", "Disclosed by"),
    QT_TRANSLATE_NOOP("export.words", "Amount"),
    QT_TRANSLATE_NOOP("export.words", "Disclosures"),
)
CATEGORY_HEADER = (
    QT_TRANSLATE_NOOP("export.words", "Category"),
    QT_TRANSLATE_NOOP("export.words", "Amount"),
    QT_TRANSLATE_NOOP("export.words", "Disclosures"),
)
BY_CATEGORY = QT_TRANSLATE_NOOP("export.words", "By category")
LATE_DISCLOSURES = QT_TRANSLATE_NOOP("export.words", "Late disclosures")
OPEN_QUESTIONS = QT_TRANSLATE_NOOP("export.words", "Open questions")
MONEY_HEADER = (
    QT_TRANSLATE_NOOP("export.words", "Purchase"),
    QT_TRANSLATE_NOOP("export.words", "By"),
    QT_TRANSLATE_NOOP("export.words", "Payee"),
    QT_TRANSLATE_NOOP("export.words", "Amount"),
)
HOW_LATE = QT_TRANSLATE_NOOP("export.words", "How late")
QUESTION = QT_TRANSLATE_NOOP("export.words", "Question")

NO_REPAIRS = QT_TRANSLATE_NOOP("export.words", "No repair conversations in this period.")
ANSWERED_NOT_QUOTED = QT_TRANSLATE_NOOP(
    "export.words", "{partner} answered this step (not quoted)."
)
THE_PLAN = QT_TRANSLATE_NOOP("export.words", "The plan")

NO_TALKS = QT_TRANSLATE_NOOP("export.words", "No planned conversations were had in this period.")
HAD_ON = QT_TRANSLATE_NOOP("export.words", "had {day}")
KNOWING = QT_TRANSLATE_NOOP("export.words", "How well do we know each other?")
AGREED = QT_TRANSLATE_NOOP("export.words", "Agreed")

NO_ENTRIES = QT_TRANSLATE_NOOP("export.words", "No journal entries are included.")
REPLY_FROM = QT_TRANSLATE_NOOP("export.words", "Reply from {partner}, {day}")

NO_PRACTICES = QT_TRANSLATE_NOOP(
    "export.words", "No practices from therapy were in use in this period."
)
NOTE_BY = QT_TRANSLATE_NOOP("export.words", "{partner}, {day}")

CHECKINS_ABOUT = QT_TRANSLATE_NOOP(
    "export.words", "Each answer is about the writer's own week, in their own words for it."
)
CHECKINS_OF = QT_TRANSLATE_NOOP("export.words", "{partner}'s check-ins")
NONE_IN_PERIOD = QT_TRANSLATE_NOOP("export.words", "None in this period.")
WEEK_OF = QT_TRANSLATE_NOOP("export.words", "Week of")
WEEK_OF_DAY = QT_TRANSLATE_NOOP("export.words", "Week of {day}")


def header(columns: Sequence[str]) -> list[str]:
    """A table's header row from this module's words."""
    return [t(column) for column in columns]


def day(when: date) -> str:
    """A day as the exporter's locale writes it in running text: '1 March 2026'."""
    return format_date(when, "long")


def percent(share: float) -> str:
    """A share as the exporter's locale writes a percentage: '64%', '64 %'."""
    return str(format_percent(share, locale=current_locale()))


def names(people: Sequence[str]) -> str:
    """'Maya', or 'Maya and Sam'."""
    if len(people) == 2:
        return translate("export.words", "{first} and {second}").format(
            first=people[0], second=people[1]
        )
    return ", ".join(people)


def bids_whole(total: int, toward: str) -> str:
    """'12 bids in this period; 64% turned toward.'"""
    text = translate(
        "export.words", "%n bids in this period; {percent} turned toward.", None, total
    )
    return text.format(percent=toward)


def disclosures(count: int, totals: Sequence[str], late: int, still_open: int) -> str:
    """How much was disclosed, and how much of it came late or is asked about."""
    parts = [
        translate(
            "export.words",
            "%n disclosures for purchases in this period, totalling {amounts}.",
            None,
            count,
        ).format(amounts=names(totals)),
        translate("export.words", "%n of them came later than agreed.", None, late),
        translate("export.words", "%n questions are still open.", None, still_open),
    ]
    return " ".join(parts)


def more(count: int, what: str) -> str:
    """'3 more late disclosures are in Toward, not shown here.'

    `what` is "earlier promise", "late disclosure" or "open question": each its own
    message, since a translator writes a count and its noun together.
    """
    if what == "earlier promise":
        return translate(
            "export.words", "%n more earlier promises are in Toward, not shown here.", None, count
        )
    if what == "late disclosure":
        return translate(
            "export.words", "%n more late disclosures are in Toward, not shown here.", None, count
        )
    return translate(
        "export.words", "%n more open questions are in Toward, not shown here.", None, count
    )


def repair_facts(
    kind: str, started: date, status: str, reached: int, total: int, accepted_by: Sequence[str]
) -> list[str]:
    """A repair conversation's line of facts, as its parts."""
    facts = [
        kind,
        translate("export.words", "started {day}").format(day=day(started)),
        status,
        translate("export.words", "steps completed together: {reached} of {total}").format(
            reached=reached, total=total
        ),
    ]
    if accepted_by:
        facts.append(
            translate("export.words", "apology accepted by {partners}").format(
                partners=names(accepted_by)
            )
        )
    return facts


def entry_facts(author: str, written: date, private: bool, mood: str | None) -> list[str]:
    """A journal entry's line of facts, as its parts."""
    facts = [
        translate("export.words", "by {partner}").format(partner=author),
        day(written),
        translate("export.words", "private, chosen for this summary")
        if private
        else translate("export.words", "shared"),
    ]
    if mood:
        facts.append(translate("export.words", "mood: {mood}").format(mood=mood))
    return facts


def practice_facts(how_often: str, author: str, set_aside: bool) -> list[str]:
    """A practice's line of facts, as its parts."""
    facts = [
        translate("export.words", "meant {how_often}").format(how_often=how_often),
        translate("export.words", "written down by {partner}").format(partner=author),
    ]
    if set_aside:
        facts.append(translate("export.words", "set aside since"))
    return facts


def practised(done: int, times_by: Sequence[tuple[str, int]]) -> str:
    """'Practised 3 times in this period (logged by Maya 2, Sam 1).'"""
    if not times_by:
        return translate("export.words", "Practised %n times in this period.", None, done)
    logged = ", ".join(f"{who} {n}" for who, n in times_by)
    text = translate(
        "export.words", "Practised %n times in this period (logged by {who}).", None, done
    )
    return text.format(who=logged)


def notes_not_quoted(count: int) -> str:
    return translate(
        "export.words",
        "%n notes counted, not quoted: their author has not chosen to bring them to therapy.",
        None,
        count,
    )
