"""The parts of a therapy summary about the weeks between sessions.

What the couple practised, the questions each partner chose to bring, and the weekly
check-ins a partner ticked in. Built here, as
plain data, for `export.summary`; the renderers draw them like any other part.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from toward.core.checkins import QUESTION_KEYS, SHORT
from toward.core.checkins import RESEARCH_CONTEXT as CHECKIN_CONTEXT
from toward.core.export_log import ExportKind
from toward.core.i18n import translate
from toward.core.journal import JournalFilter
from toward.core.ledger import LedgerFilter
from toward.core.period import Period
from toward.core.spaces import Space
from toward.export import words

if TYPE_CHECKING:
    from toward.export.summary import Contribution
    from toward.session import Session

S = TypeVar("S")
P = TypeVar("P")
NOTES_LISTED = 40  # notes a practice shows: a therapist reads it in minutes


@dataclass(frozen=True)
class PracticeItem:
    """A practice from therapy; its notes quoted only where their author allowed it."""

    what: str
    how_often: str
    author: str  # who wrote it down
    set_aside: bool
    times_by: list[tuple[str, int]]  # (who logged, how many times) in the period
    notes: list[tuple[str, date, str]]  # (author, day, text)
    notes_not_quoted: int = 0


@dataclass(frozen=True)
class QuestionsPart:
    questions: list[tuple[str, str]]  # (author name, question), each ticked by its author


@dataclass(frozen=True)
class PracticesPart:
    practices: list[PracticeItem]


@dataclass(frozen=True)
class CheckinWeek:
    week_of: date
    answers: list[str]  # words, one per question in QUESTION_KEYS order
    note: str


@dataclass(frozen=True)
class CheckinsPart:
    """Each present partner's own check-ins, when they ticked them; never the other's."""

    questions: list[str]  # the short names, in order
    people: list[tuple[str, list[CheckinWeek]]]  # (name, their weeks, oldest first)
    context: str


@dataclass(frozen=True)
class SincePart:
    """What happened in the period, in counts only: the first thing a session looks back on."""

    lines: list[str]


# -- what we practised -------------------------------------------------------------------


def practices_part(session: Session, period: Period, names: dict[str, str]) -> PracticesPart:
    """Each practice in use in the period: how often it was meant, how often it was done."""
    records = session.practices.in_period(period.start, period.end)
    every = [t for r in records for t in r.times if t.note]
    quotable = session.therapy_consent.allowed_ids((t.id, t.info.author_id) for t in every)
    items = []
    for record in records:
        by: dict[str, int] = {}
        notes: list[tuple[str, date, str]] = []
        hidden = 0
        for done in record.times:
            who = names.get(done.info.author_id, words.t(words.PARTNER))
            by[who] = by.get(who, 0) + 1
            if done.note and done.id in quotable:
                notes.append((who, done.practised_on, done.note))
            elif done.note:
                hidden += 1
        practice = record.practice
        items.append(
            PracticeItem(
                what=practice.what,
                how_often=practice.how_often,
                author=names.get(practice.info.author_id, words.t(words.PARTNER)),
                set_aside=practice.ended_at is not None,
                times_by=sorted(by.items()),
                notes=notes[-NOTES_LISTED:],
                notes_not_quoted=hidden,
            )
        )
    return PracticesPart(items)


# -- questions for our therapist -------------------------------------------------------------


def questions_part(contributions: Sequence[Contribution], names: dict[str, str]) -> QuestionsPart:
    """The questions each partner present ticked, read from their own private list."""
    questions = []
    for contribution in contributions:
        own = contribution.session.therapist_questions
        who = names[contribution.session.partner.id]
        for question in own.mine(include_talked_about=True):
            if question.id in contribution.question_ids:
                questions.append((who, question.text))
    return QuestionsPart(questions)


# -- only one's own words (a summary for an individual session) ------------------------


def own_practices(part: PracticesPart, me: str) -> PracticesPart:
    """Practices with only `me`'s words: another's practice named by its author alone."""
    return PracticesPart(
        [
            replace(
                item,
                what=item.what
                if item.author == me
                else translate("export.between_sessions", "A practice {partner} wrote down").format(
                    partner=item.author
                ),
                notes=[note for note in item.notes if note[0] == me],
            )
            for item in part.practices
        ]
    )


def own_questions(part: QuestionsPart, me: str) -> QuestionsPart:
    return QuestionsPart([(who, text) for who, text in part.questions if who == me])


def own_checkins(part: CheckinsPart, me: str) -> CheckinsPart:
    return replace(part, people=[(who, weeks) for who, weeks in part.people if who == me])


# -- weekly check-ins -------------------------------------------------------------------


def checkins_part(
    contributions: Sequence[Contribution], period: Period, names: dict[str, str]
) -> CheckinsPart:
    """The check-ins of each partner present who ticked theirs in, read from their own space."""
    people = []
    for contribution in contributions:
        if not contribution.include_checkins:
            continue
        own = contribution.session.checkins.between(period.start, period.end)
        weeks = [
            CheckinWeek(c.week_of, [c.words(key) for key in QUESTION_KEYS], c.note) for c in own
        ]
        people.append((names[contribution.session.partner.id], weeks))
    return CheckinsPart(
        [translate("core.checkins", SHORT[key]) for key in QUESTION_KEYS],
        people,
        translate("core.checkins", CHECKIN_CONTEXT),
    )


# -- what happened since last time -------------------------------------------------------


def since_part(session: Session, period: Period) -> SincePart:
    """A few counted lines about the period, from what the exporting partner can read."""
    days = period.days
    lines = [translate("export.between_sessions", "This summary covers %n days.", None, days)]
    last = session.exports.last(ExportKind.THERAPY_SUMMARY)
    if last is not None:
        made = translate(
            "export.between_sessions", "The last summary for a couples session was made on {day}."
        )
        lines.append(made.format(day=words.day(last.exported_at.astimezone().date())))
    since, until = period.bounds()
    found = []
    entries = session.journal.count(Space.SHARED, filter=JournalFilter(since=since, until=until))
    if entries:
        found.append(
            translate("export.between_sessions", "%n shared journal entries.", None, entries)
        )
    bids = session.bids.patterns_between(period.start, period.end)
    total = sum(w.counts.total for w in bids.weeks)
    if total:
        toward = sum(w.counts.toward for w in bids.weeks)
        logged = translate(
            "export.between_sessions",
            "%n bids for connection logged; {toward} turned toward.",
            None,
            total,
        )
        found.append(logged.format(toward=toward))
    disclosed = session.ledger.count(LedgerFilter(period=period))
    if disclosed:
        found.append(
            translate(
                "export.between_sessions",
                "%n purchases disclosed in the money ledger.",
                None,
                disclosed,
            )
        )
    promises = session.promises.in_period(period.start, period.end)
    if promises:
        kept = sum(m.kept for m in session.promises.follow_through(period.start, period.end))
        promised = len(promises)
        if kept:  # a count, never a missing grade
            settled = translate(
                "export.between_sessions",
                "%n promises made or settled; {kept} kept.",
                None,
                promised,
            )
            found.append(settled.format(kept=kept))
        else:
            found.append(
                translate("export.between_sessions", "%n promises made or settled.", None, promised)
            )
    repairs = session.repairs.in_period(period.start, period.end)
    if repairs:
        opened = len(repairs)
        found.append(
            translate(
                "export.between_sessions",
                "%n repair conversations open at some point.",
                None,
                opened,
            )
        )
    practised = sum(len(r.times) for r in session.practices.in_period(period.start, period.end))
    if practised:
        found.append(
            translate(
                "export.between_sessions",
                "Practices from therapy: practised %n times.",
                None,
                practised,
            )
        )
    if not found:
        found.append(
            translate(
                "export.between_sessions",
                "A quiet stretch: nothing was logged in Toward in this period.",
            )
        )
    return SincePart(lines + found)


def without_unchosen(parts: dict[S, P]) -> dict[S, P]:
    """`parts` less the questions and check-ins when none was ticked: nothing to read there."""
    return {
        section: part
        for section, part in parts.items()
        if not (isinstance(part, QuestionsPart) and not part.questions)
        and not (isinstance(part, CheckinsPart) and not part.people)
    }
