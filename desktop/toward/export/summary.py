"""A summary for a couples therapist, as plain data built from core queries.

What goes in follows three rules (DESIGN §3 and issue 7): only what the exporting partner
can read; the other partner's free text only where its author allowed it (otherwise it is
counted, not quoted); private items only when their own author ticked them one by one.
Structured shared facts (dates, counts, rates) need no such consent. Renderers
(`export.pdf`, `export.markdown`) turn the result into a file; nothing here touches disk.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from toward.core import clock
from toward.core.export_log import ExportKind
from toward.core.formatting import format_number
from toward.core.i18n import QT_TRANSLATE_NOOP, translate
from toward.core.labels import LabelledStr
from toward.core.period import Period
from toward.export import words
from toward.export.between_sessions import (
    CheckinsPart,
    PracticesPart,
    QuestionsPart,
    SincePart,
    checkins_part,
    own_checkins,
    own_practices,
    own_questions,
    practices_part,
    questions_part,
    since_part,
    without_unchosen,
)
from toward.export.journal_part import EntryItem, JournalPart, ReplyItem, journal_part
from toward.export.record_parts import (
    AgreementItem,
    BidderTotals,
    BidsPart,
    LedgerPart,
    MoneyLine,
    PromiseCounts,
    PromiseItem,
    PromisesPart,
    RepairItem,
    RepairsPart,
    RepairStepItem,
    WeekRate,
    bids_part,
    ledger_part,
    promises_part,
    repairs_part,
)
from toward.export.talks import TalksPart, talks_part
from toward.vault.errors import KnownError

if TYPE_CHECKING:
    from toward.session import Session

# The parts live in their own modules; every name stays importable from here.
__all__ = [
    "MAX_NOTE",
    "SECTION_ORDER",
    "AgreementItem",
    "BidderTotals",
    "BidsPart",
    "CheckinsPart",
    "Contribution",
    "EntryItem",
    "InvalidSummary",
    "JournalPart",
    "LedgerPart",
    "MoneyLine",
    "NotePart",
    "Part",
    "Period",
    "PracticesPart",
    "PromiseCounts",
    "PromiseItem",
    "PromisesPart",
    "QuestionsPart",
    "RepairItem",
    "RepairStepItem",
    "RepairsPart",
    "ReplyItem",
    "Section",
    "SincePart",
    "Summary",
    "SummaryRequest",
    "TalksPart",
    "WeekRate",
    "build_summary",
    "holds_words_of_others",
    "more_words",
    "own_words_only",
    "parse_sections",
    "session_order",
    "since_last_summary",
]

MAX_NOTE = 20_000
LISTED = 40  # rows a list shows before 'and N more': a therapist reads it in minutes


class InvalidSummary(KnownError):
    """A summary that cannot be made as asked, with the reason."""


class Section(LabelledStr):
    """A part of the summary; its label is the part's title."""

    NOTE = "note", QT_TRANSLATE_NOOP("core.labels", "What I want to talk about")
    QUESTIONS = "questions", QT_TRANSLATE_NOOP("core.labels", "Questions for our therapist")
    CHECKINS = "checkins", QT_TRANSLATE_NOOP("core.labels", "My weekly check-ins")
    SINCE = "since", QT_TRANSLATE_NOOP("core.labels", "What happened since last time")
    PRACTICES = "practices", QT_TRANSLATE_NOOP("core.labels", "What we practised")
    BIDS = "bids", QT_TRANSLATE_NOOP("core.labels", "Bids for connection")
    PROMISES = "promises", QT_TRANSLATE_NOOP("core.labels", "Promises and agreements")
    LEDGER = "ledger", QT_TRANSLATE_NOOP("core.labels", "Money ledger")
    REPAIRS = "repairs", QT_TRANSLATE_NOOP("core.labels", "Repair conversations")
    TALKS = "talks", QT_TRANSLATE_NOOP("core.labels", "Planned conversations")
    JOURNAL = "journal", QT_TRANSLATE_NOOP("core.labels", "Journal")


# The order a therapist works in: what the couple wants to talk about, what happened since
# last time, the practices, then the record (bids, money, promises, repairs, planned
# conversations, journal).
SECTION_ORDER = (
    Section.NOTE,
    Section.QUESTIONS,
    Section.SINCE,
    Section.CHECKINS,
    Section.PRACTICES,
    Section.BIDS,
    Section.LEDGER,
    Section.PROMISES,
    Section.REPAIRS,
    Section.TALKS,
    Section.JOURNAL,
)


def parse_sections(names: Sequence[str]) -> tuple[Section, ...]:
    """Section keys as typed (any order, duplicates allowed), in the summary's order."""
    chosen = set()
    for name in names:
        try:
            chosen.add(Section(name.strip().lower()))
        except ValueError:
            known = ", ".join(s.value for s in SECTION_ORDER)
            problem = translate("export.summary", "{name} is not a section. Choose from: {known}.")
            raise InvalidSummary(problem.format(name=repr(name), known=known)) from None
    if not chosen:
        raise InvalidSummary(translate("export.summary", "Choose at least one section."))
    return tuple(s for s in SECTION_ORDER if s in chosen)


def session_order(sections: Sequence[Section]) -> tuple[Section, ...]:
    """`sections` in the order a session goes (any not in SECTION_ORDER last), once each."""
    rank = {section: index for index, section in enumerate(SECTION_ORDER)}
    unique = dict.fromkeys(sections)
    return tuple(sorted(unique, key=lambda s: rank.get(s, len(rank))))


# -- the period ------------------------------------------------------------------------


def more_words(count: int, what: str) -> str:
    """'3 more late disclosures are in Toward, not shown here.' (`words.more`)."""
    return words.more(count, what)


def since_last_summary(session: Session, today: date | None = None) -> Period | None:
    """From the day of the last therapy summary (either partner's) to today, if any."""
    last = session.exports.last(ExportKind.THERAPY_SUMMARY)
    if last is None:
        return None
    end = today or clock.today()
    start = min(last.exported_at.astimezone().date(), end)
    return Period(start, end)


# -- what is asked -----------------------------------------------------------------------


@dataclass(frozen=True)
class Contribution:
    """What one partner adds to a summary: their ticked private entries and their note.

    In together mode each partner present brings their own; a private entry is read from
    its author's own session, so no one can tick another's.
    """

    session: Session
    private_entry_ids: frozenset[str] = frozenset()
    note: str = ""
    question_ids: frozenset[str] = frozenset()  # their own questions they ticked
    include_checkins: bool = False  # their weekly check-ins, only when they tick them


@dataclass(frozen=True)
class SummaryRequest:
    period: Period
    sections: tuple[Section, ...]
    # Shared entries to include; None: every one in the period that may be shown.
    shared_entry_ids: frozenset[str] | None = None
    # For an individual session: only the exporter's own words, and not logged.
    individual: bool = False


# -- the summary as plain data ---------------------------------------------------------


@dataclass(frozen=True)
class NotePart:
    notes: list[tuple[str, str]]  # (author name, text)


Part = (
    NotePart
    | BidsPart
    | PromisesPart
    | LedgerPart
    | RepairsPart
    | TalksPart
    | JournalPart
    | PracticesPart
    | QuestionsPart
    | CheckinsPart
    | SincePart
)


@dataclass(frozen=True)
class Summary:
    period: Period
    exported_at: datetime
    prepared_by: list[str]  # one name, or both in together mode
    partners: list[str]
    colours: dict[str, str]  # by partner name, as the app shows them
    sections: tuple[Section, ...]
    parts: dict[Section, Part]
    individual: bool = False  # only the exporter's own words, for an individual session
    partner_words: bool = False  # whether the other partner's words are in it

    @property
    def title(self) -> str:
        if self.individual:
            return translate("export.summary", "Summary for an individual session")
        return translate("export.summary", "Summary for therapy")

    @property
    def scope(self) -> str | None:
        """A line under the byline saying whose words are in it, or None."""
        if not self.individual:
            return None
        me = self.prepared_by[0]
        return translate(
            "export.summary",
            "Only {partner}'s own words are in this summary. What anyone else wrote in this "
            "period is left out; counts and dates stand in for it.",
        ).format(partner=me)

    @property
    def byline(self) -> str:
        return translate("export.summary", "Prepared by {partners}").format(
            partners=words.names(self.prepared_by)
        )


# -- building ------------------------------------------------------------------------


def build_summary(request: SummaryRequest, contributions: Sequence[Contribution]) -> Summary:
    """The summary as the first contributor (the exporting partner) may see it.

    A second contribution (together mode) adds that partner's ticked private entries and
    their note; shared content is read once, through the exporting partner.
    """
    if not contributions:
        raise InvalidSummary(
            translate("export.summary", "A summary needs the partner who makes it.")
        )
    if not request.sections:
        raise InvalidSummary(translate("export.summary", "Choose at least one section."))
    ids = [c.session.partner.id for c in contributions]
    if len(set(ids)) != len(ids):
        raise InvalidSummary(translate("export.summary", "Each partner contributes once."))
    for contribution in contributions:
        if len(contribution.note) > MAX_NOTE:
            too_long = translate("export.summary", "A note can be at most {count} characters.")
            raise InvalidSummary(too_long.format(count=format_number(MAX_NOTE)))
    if request.individual and len(contributions) > 1:
        raise InvalidSummary(
            translate(
                "export.summary", "A summary for an individual session is made by one partner."
            )
        )
    exporter = contributions[0].session
    names = {p.id: p.name for p in exporter.household.partners}
    parts: dict[Section, Part] = {}
    sections = session_order(request.sections)
    for section in sections:
        if section is Section.NOTE:
            parts[section] = NotePart(
                [(names[c.session.partner.id], c.note.strip()) for c in contributions]
            )
        elif section is Section.QUESTIONS:
            parts[section] = questions_part(contributions, names)
        elif section is Section.SINCE:
            parts[section] = since_part(exporter, request.period)
        elif section is Section.CHECKINS:
            parts[section] = checkins_part(contributions, request.period, names)
        elif section is Section.PRACTICES:
            parts[section] = practices_part(exporter, request.period, names)
        elif section is Section.BIDS:
            parts[section] = bids_part(exporter, request.period, names)
        elif section is Section.PROMISES:
            parts[section] = promises_part(exporter, request.period, names, LISTED)
        elif section is Section.LEDGER:
            parts[section] = ledger_part(exporter, request.period, names, LISTED)
        elif section is Section.REPAIRS:
            parts[section] = repairs_part(exporter, request.period, names)
        elif section is Section.TALKS:
            parts[section] = talks_part(exporter, request.period)
        elif section is Section.JOURNAL:
            parts[section] = journal_part(request, contributions, names)
    parts = without_unchosen(parts)
    sections = tuple(s for s in sections if s in parts)
    me = names[exporter.partner.id]
    if request.individual:
        parts = {section: own_words_only(part, me) for section, part in parts.items()}
    return Summary(
        period=request.period,
        exported_at=clock.now(),
        prepared_by=[names[i] for i in ids],
        partners=[p.name for p in exporter.household.partners],
        colours={p.name: p.colour for p in exporter.household.partners},
        sections=sections,
        parts=parts,
        individual=request.individual,
        partner_words=any(holds_words_of_others(part, me) for part in parts.values()),
    )


# -- whose words ---------------------------------------------------------------------
# A summary for an individual session holds only its maker's words, so none of the
# partner's leave and it need not be logged. A couple's summary notes in the shared log
# whether the partner's words are in it. Both read the same author fields of the parts.


def own_words_only(part: Part, me: str) -> Part:
    """`part` without anything written by someone other than `me` (counts and dates stay)."""
    if isinstance(part, NotePart):
        return NotePart([(who, text) for who, text in part.notes if who == me or not text])
    if isinstance(part, JournalPart):
        entries = [
            replace(e, replies=[r for r in e.replies if r.author == me])
            for e in part.entries
            if e.author == me
        ]
        return replace(part, entries=entries)
    if isinstance(part, PromisesPart):
        mine = [p for p in part.promises if p.author == me]
        return replace(
            part,
            promises=mine,
            promises_in_period=part.promises_in_period - (len(part.promises) - len(mine)),
            agreements=[a for a in part.agreements if a.author == me],
        )
    if isinstance(part, LedgerPart):
        others = any(name != me for name, _amount, count in part.by_author if count)
        return replace(
            part,
            late=[line for line in part.late if line.author == me],
            open_questions=[line for line in part.open_questions if line.author == me],
            by_category=[] if others else part.by_category,
        )
    if isinstance(part, RepairsPart):
        return replace(part, repairs=[_own_repair(r, me) for r in part.repairs])
    if isinstance(part, PracticesPart):
        return own_practices(part, me)
    if isinstance(part, QuestionsPart):
        return own_questions(part, me)
    if isinstance(part, CheckinsPart):
        return own_checkins(part, me)
    return part


def _own_repair(item: RepairItem, me: str) -> RepairItem:
    steps = [
        RepairStepItem(
            step.title, [(who, text if who == me else None) for who, text in step.answers]
        )
        for step in item.steps
    ]
    # A plan item whose author is not known is treated as someone else's.
    authors = item.plan_authors if len(item.plan_authors) == len(item.plan) else ()
    mine = [(text, who) for text, who in zip(item.plan, authors, strict=False) if who == me]
    return replace(
        item,
        topic=item.topic
        if item.author == me
        else translate("export.summary", "A conversation {partner} started").format(
            partner=item.author
        ),
        steps=steps,
        plan=[text for text, _who in mine],
        plan_authors=tuple(who for _text, who in mine),
    )


def holds_words_of_others(part: Part, me: str) -> bool:
    """Whether `part` quotes anything written by someone other than `me`."""
    return own_words_only(part, me) != part
