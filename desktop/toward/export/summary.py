"""A summary for a couples therapist, as plain data built from core queries.

What goes in follows three rules (DESIGN §3 and issue 7): only what the exporting partner
can read; the other partner's free text only where its author allowed it (otherwise it is
counted, not quoted); private items only when their own author ticked them one by one.
Structured shared facts (dates, counts, rates) need no such consent. Renderers
(`export.pdf`, `export.markdown`) turn the result into a file; nothing here touches disk.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from toward.core import clock
from toward.core.bids import AnswerCounts, BankPoint
from toward.core.export_log import ExportKind
from toward.core.journal import JournalEntry, JournalFilter, Mood
from toward.core.labels import LabelledStr
from toward.core.ledger import Grouping, LedgerFilter, format_money
from toward.core.period import Period
from toward.core.repairs import GUIDANCE, SEALED_STEPS
from toward.core.repairs import STEPS as REPAIR_STEPS
from toward.core.spaces import RecordNotFound, Space
from toward.core.words import long_date, word
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
from toward.export.talks import TalksPart, talks_part
from toward.vault.errors import KnownError

if TYPE_CHECKING:
    from toward.session import Session

MAX_NOTE = 20_000
LISTED = 40  # rows a list shows before 'and N more': a therapist reads it in minutes


class InvalidSummary(KnownError):
    """A summary that cannot be made as asked, with the reason."""


class Section(LabelledStr):
    """A part of the summary; its label is the part's title."""

    NOTE = "note", "What I want to talk about"
    QUESTIONS = "questions", "Questions for our therapist"
    CHECKINS = "checkins", "My weekly check-ins"
    SINCE = "since", "What happened since last time"
    PRACTICES = "practices", "What we practised"
    BIDS = "bids", "Bids for connection"
    PROMISES = "promises", "Promises and agreements"
    LEDGER = "ledger", "Money ledger"
    REPAIRS = "repairs", "Repair conversations"
    TALKS = "talks", "Planned conversations"
    JOURNAL = "journal", "Journal"


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
            raise InvalidSummary(f"{name!r} is not a section. Choose from: {known}.") from None
    if not chosen:
        raise InvalidSummary("Choose at least one section.")
    return tuple(s for s in SECTION_ORDER if s in chosen)


def session_order(sections: Sequence[Section]) -> tuple[Section, ...]:
    """`sections` in the order a session goes (any not in SECTION_ORDER last), once each."""
    rank = {section: index for index, section in enumerate(SECTION_ORDER)}
    unique = dict.fromkeys(sections)
    return tuple(sorted(unique, key=lambda s: rank.get(s, len(rank))))


# -- the period ------------------------------------------------------------------------


def more_words(count: int, what: str) -> str:
    """'3 more late disclosures are in Toward, not shown here.'"""
    return f"{count} more {word(count, what)} {word(count, 'is', 'are')} in Toward, not shown here."


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
class BidderTotals:
    name: str
    counts: AnswerCounts


@dataclass(frozen=True)
class WeekRate:
    week_start: date
    rates: dict[str, float | None]  # by bidder name: share turned toward, None without bids


@dataclass(frozen=True)
class BidsPart:
    bidders: list[BidderTotals]
    overall: AnswerCounts
    weeks: list[WeekRate]
    bank: list[BankPoint]
    by_kind: list[tuple[str, AnswerCounts]]
    by_time_of_day: list[tuple[str, AnswerCounts]]
    whose_view: str  # whose private bids are counted too


@dataclass(frozen=True)
class ReplyItem:
    author: str
    written_at: datetime
    body: str


@dataclass(frozen=True)
class EntryItem:
    title: str
    author: str
    written_at: datetime
    private: bool  # a private entry its author ticked for this summary
    mood: str | None
    body: str
    replies: list[ReplyItem] = field(default_factory=list)
    replies_not_quoted: int = 0


@dataclass(frozen=True)
class JournalPart:
    entries: list[EntryItem]
    shared_in_period: int
    not_quoted: dict[str, int]  # by author name: shared entries shown only as a count
    replies_not_quoted: int


@dataclass(frozen=True)
class NotePart:
    notes: list[tuple[str, str]]  # (author name, text)


@dataclass(frozen=True)
class PromiseCounts:
    name: str  # who made the promises
    kept: int = 0
    missed: int = 0
    renegotiated: int = 0
    released: int = 0
    still_open: int = 0


@dataclass(frozen=True)
class PromiseItem:
    what: str
    promiser: str
    to: str
    made_on: date
    due: date | None
    status: str
    settled_on: date | None
    author: str = ""  # who wrote it down


@dataclass(frozen=True)
class AgreementItem:
    text: str
    honoured: int
    broken: int
    ended: bool
    author: str = ""  # who wrote it down


@dataclass(frozen=True)
class PromisesPart:
    """Promises are shared facts both partners made together: their words are shown,
    their status notes (free text) are not."""

    counts: list[PromiseCounts]
    promises: list[PromiseItem]  # the latest LISTED of them, oldest first
    promises_in_period: int
    agreements: list[AgreementItem]


@dataclass(frozen=True)
class MoneyLine:
    on: date
    author: str
    payee: str
    amount: str
    detail: str  # 'disclosed 3 days after the agreed 7', or who asked the open question


@dataclass(frozen=True)
class LedgerPart:
    """Amounts, dates, payees and categories are shared facts; no 'why' or response text."""

    disclosures: int
    totals: list[str]  # one per currency, formatted
    by_author: list[tuple[str, str, int]]  # name, amount, count
    by_category: list[tuple[str, str, int]]  # category, amount, count
    late: list[MoneyLine]  # the latest LISTED, newest purchase first
    late_count: int
    open_questions: list[MoneyLine]  # the oldest LISTED
    open_count: int
    agreement: str | None


@dataclass(frozen=True)
class RepairStepItem:
    title: str
    answers: list[tuple[str, str | None]]  # (author, text or None: counted, not quoted)


@dataclass(frozen=True)
class RepairItem:
    topic: str
    kind: str
    started_on: date
    status: str
    steps_reached: int
    steps_total: int
    apology_accepted_by: list[str]
    steps: list[RepairStepItem]
    plan: list[str]
    author: str = ""  # who started it (and named its topic)
    plan_authors: tuple[str, ...] = ()  # who wrote each plan item


@dataclass(frozen=True)
class RepairsPart:
    repairs: list[RepairItem]
    answers_not_quoted: int


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
        return "Summary for an individual session" if self.individual else "Summary for therapy"

    @property
    def scope(self) -> str | None:
        """A line under the byline saying whose words are in it, or None."""
        if not self.individual:
            return None
        me = self.prepared_by[0]
        return (
            f"Only {me}'s own words are in this summary. What anyone else wrote in this "
            "period is left out; counts and dates stand in for it."
        )

    @property
    def byline(self) -> str:
        return f"Prepared by {' and '.join(self.prepared_by)}"


# -- building ------------------------------------------------------------------------


def build_summary(request: SummaryRequest, contributions: Sequence[Contribution]) -> Summary:
    """The summary as the first contributor (the exporting partner) may see it.

    A second contribution (together mode) adds that partner's ticked private entries and
    their note; shared content is read once, through the exporting partner.
    """
    if not contributions:
        raise InvalidSummary("A summary needs the partner who makes it.")
    if not request.sections:
        raise InvalidSummary("Choose at least one section.")
    ids = [c.session.partner.id for c in contributions]
    if len(set(ids)) != len(ids):
        raise InvalidSummary("Each partner contributes once.")
    for contribution in contributions:
        if len(contribution.note) > MAX_NOTE:
            raise InvalidSummary(f"A note can be at most {MAX_NOTE:,} characters.")
    if request.individual and len(contributions) > 1:
        raise InvalidSummary("A summary for an individual session is made by one partner.")
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
            parts[section] = _bids(exporter, request.period, names)
        elif section is Section.PROMISES:
            parts[section] = _promises(exporter, request.period, names)
        elif section is Section.LEDGER:
            parts[section] = _ledger(exporter, request.period, names)
        elif section is Section.REPAIRS:
            parts[section] = _repairs(exporter, request.period, names)
        elif section is Section.TALKS:
            parts[section] = talks_part(exporter, request.period)
        elif section is Section.JOURNAL:
            parts[section] = _journal(request, contributions, names)
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


def _bids(session: Session, period: Period, names: dict[str, str]) -> BidsPart:
    bids = session.bids
    patterns = bids.patterns_between(period.start, period.end)

    def name_of(bidder_id: str) -> str:
        return names.get(bidder_id, "Partner")

    totals: dict[str, AnswerCounts] = {}
    rates: dict[date, dict[str, float | None]] = {}
    for week in patterns.weeks:
        name = name_of(week.bidder_id)
        _add(totals.setdefault(name, AnswerCounts()), week.counts)
        rates.setdefault(week.week_start, {})[name] = week.counts.toward_share
    overall = AnswerCounts()
    for counts in totals.values():
        _add(overall, counts)
    return BidsPart(
        bidders=[BidderTotals(name, counts) for name, counts in totals.items()],
        overall=overall,
        weeks=[WeekRate(start, by_name) for start, by_name in rates.items()],
        bank=patterns.bank,
        by_kind=[(k.label, c) for k, c in patterns.by_kind.items() if c.total],
        by_time_of_day=[(t, c) for t, c in patterns.by_time_of_day.items() if c.total],
        whose_view=names[session.partner.id],
    )


def _add(into: AnswerCounts, counts: AnswerCounts) -> None:
    into.toward += counts.toward
    into.away += counts.away
    into.against += counts.against
    into.missed += counts.missed
    into.late_toward += counts.late_toward


def _journal(
    request: SummaryRequest, contributions: Sequence[Contribution], names: dict[str, str]
) -> JournalPart:
    exporter = contributions[0].session
    journal, consent = exporter.journal, exporter.therapy_consent
    since, until = request.period.bounds()
    shared = journal.entries(Space.SHARED, filter=JournalFilter(since=since, until=until))
    quotable = consent.allowed_ids((e.id, e.info.author_id) for e in shared)
    not_quoted: dict[str, int] = {}
    items: list[tuple[JournalEntry, bool]] = []
    for entry in shared:
        if entry.id not in quotable:
            author = names.get(entry.info.author_id, "Partner")
            not_quoted[author] = not_quoted.get(author, 0) + 1
        elif request.shared_entry_ids is None or entry.id in request.shared_entry_ids:
            items.append((entry, False))
    shown_shared = {e.id for e, _private in items}
    for contribution in contributions:
        own = contribution.session.journal
        for entry_id in sorted(contribution.private_entry_ids):
            try:
                entry = own.get(Space.PRIVATE, entry_id)
            except RecordNotFound:
                continue  # deleted since it was ticked
            if entry.info.shared_id in shown_shared:
                continue  # its shared copy is already in
            items.append((entry, True))
    items.sort(key=lambda pair: pair[0].info.created_at)
    entries, replies_hidden = [], 0
    for entry, private in items:
        item = _entry_item(exporter, entry, private, names)
        replies_hidden += item.replies_not_quoted
        entries.append(item)
    return JournalPart(entries, len(shared), not_quoted, replies_hidden)


def _entry_item(
    session: Session, entry: JournalEntry, private: bool, names: dict[str, str]
) -> EntryItem:
    replies: list[ReplyItem] = []
    hidden = 0
    if not private:
        found = session.journal.replies.of(entry)
        quotable = session.therapy_consent.allowed_ids((r.id, r.info.author_id) for r in found)
        for reply in found:
            if reply.id in quotable:
                author = names.get(reply.info.author_id, "Partner")
                replies.append(ReplyItem(author, reply.info.created_at, reply.body))
            else:
                hidden += 1
    return EntryItem(
        title=entry.display_title,
        author=names.get(entry.info.author_id, "Partner"),
        written_at=entry.info.created_at,
        private=private,
        mood=Mood.label_of(entry.mood),
        body=entry.body.strip(),
        replies=replies,
        replies_not_quoted=hidden,
    )


def _promises(session: Session, period: Period, names: dict[str, str]) -> PromisesPart:
    promises = session.promises
    settled: dict[str, dict[str, int]] = {}
    for month in promises.follow_through(period.start, period.end):
        tally = settled.setdefault(month.promiser_id, {})
        for status in ("kept", "missed", "renegotiated", "released"):
            tally[status] = tally.get(status, 0) + getattr(month, status)
    listed = promises.in_period(period.start, period.end)
    still_open: dict[str, int] = {}
    items = []
    for promise in listed:
        if promise.is_open:
            still_open[promise.promiser_id] = still_open.get(promise.promiser_id, 0) + 1
        items.append(
            PromiseItem(
                what=promise.what,
                promiser=names.get(promise.promiser_id, "Partner"),
                to=names.get(promise.to_id, "Partner"),
                made_on=promise.made_at.astimezone().date(),
                due=promise.due,
                status=promise.status.label,
                settled_on=promise.status_on,
                author=names.get(promise.info.author_id, "Partner"),
            )
        )
    people = [p for p in names if sum(settled.get(p, {}).values()) or still_open.get(p)]
    counts = [
        PromiseCounts(names[p], **settled.get(p, {}), still_open=still_open.get(p, 0))
        for p in people
    ]
    agreements = [
        AgreementItem(
            r.agreement.text,
            r.honoured,
            r.broken,
            r.agreement.ended_at is not None,
            author=names.get(r.agreement.info.author_id, "Partner"),
        )
        for r in promises.agreements_in_period(period.start, period.end)
    ]
    return PromisesPart(counts, items[-LISTED:], len(items), agreements)


def _ledger(session: Session, period: Period, names: dict[str, str]) -> LedgerPart:
    ledger = session.ledger

    def name(partner_id: str) -> str:
        return names.get(partner_id, "Partner")

    late = [
        MoneyLine(d.occurred_on, name(d.author_id), d.payee, format_money(d.money), d.lateness)
        for d in ledger.late(period, limit=LISTED)
    ]
    open_ones = ledger.open_questions(period)
    questions = []
    for d in open_ones[:LISTED]:
        asked = d.open_question
        who = f"question from {name(asked.author_id)}" if asked else "open question"
        if asked:
            who += f" since {long_date(asked.at.astimezone().date())}"
        questions.append(
            MoneyLine(d.occurred_on, name(d.author_id), d.payee, format_money(d.money), who)
        )
    agreement = ledger.agreements.in_force()
    return LedgerPart(
        disclosures=ledger.count(LedgerFilter(period=period)),
        totals=[format_money(m) for m in ledger.totals_per_currency(period).values()],
        by_author=[
            (name(t.key), format_money(t.money), t.count)
            for t in ledger.totals(period, by=Grouping.AUTHOR)
        ],
        by_category=[
            (t.key or "No category", format_money(t.money), t.count)
            for t in ledger.totals(period, by=Grouping.CATEGORY)
        ],
        late=late,
        late_count=ledger.late_count(period),
        open_questions=questions,
        open_count=len(open_ones),
        agreement=agreement.text if agreement else None,
    )


def _repairs(session: Session, period: Period, names: dict[str, str]) -> RepairsPart:
    records = session.repairs.in_period(period.start, period.end)
    answers = session.therapy_consent.repair_answers(r.repair.id for r in records)
    by_step: dict[tuple[str, str], list[tuple[str, str | None]]] = {}
    for answer in answers:
        author = names.get(answer.author_id, "Partner")
        by_step.setdefault((answer.repair_id, answer.step), []).append((author, answer.body))
    items = []
    for record in records:
        repair = record.repair
        steps = [
            RepairStepItem(GUIDANCE[step].title, by_step[(repair.id, step.value)])
            for step in SEALED_STEPS
            if (repair.id, step.value) in by_step
        ]
        items.append(
            RepairItem(
                topic=repair.topic,
                kind=repair.kind.label,
                started_on=repair.info.created_at.astimezone().date(),
                status=record.status.label,
                steps_reached=record.steps_reached,
                steps_total=len(REPAIR_STEPS),
                apology_accepted_by=[names.get(p, "Partner") for p in record.apology_accepted_by],
                steps=steps,
                plan=[item.text for item in record.plan],
                author=names.get(repair.info.author_id, "Partner"),
                plan_authors=tuple(names.get(i.info.author_id, "Partner") for i in record.plan),
            )
        )
    hidden = sum(1 for a in answers if a.body is None)
    return RepairsPart(items, hidden)


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
        topic=item.topic if item.author == me else f"A conversation {item.author} started",
        steps=steps,
        plan=[text for text, _who in mine],
        plan_authors=tuple(who for _text, who in mine),
    )


def holds_words_of_others(part: Part, me: str) -> bool:
    """Whether `part` quotes anything written by someone other than `me`."""
    return own_words_only(part, me) != part
