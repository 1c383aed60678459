"""The parts of a summary drawn from the shared record: bids, promises, money, repairs.

These are shared facts (dates, counts, amounts) both partners may see; free text from
repair steps is quoted only where its author allowed it (DESIGN §3).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from toward.core.bids import AnswerCounts, BankPoint
from toward.core.i18n import translate
from toward.core.ledger import Grouping, LedgerFilter, format_money
from toward.core.period import Period
from toward.core.repairs import GUIDANCE, SEALED_STEPS
from toward.core.repairs import STEPS as REPAIR_STEPS
from toward.export import words

if TYPE_CHECKING:
    from toward.session import Session


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


def toward_percent(counts: AnswerCounts) -> str:
    """The share of bids turned toward as '64%', or a dash when there were none."""
    share = counts.toward_share
    return "–" if share is None else words.percent(share)


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


def bids_part(session: Session, period: Period, names: dict[str, str]) -> BidsPart:
    """Bids in `period`: totals by bidder, weekly rates, the bank account, patterns."""
    bids = session.bids
    patterns = bids.patterns_between(period.start, period.end)

    def name_of(bidder_id: str) -> str:
        return names.get(bidder_id, words.t(words.PARTNER))

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
        by_time_of_day=[
            (words.t(words.TIMES_OF_DAY.get(t, t)), c)
            for t, c in patterns.by_time_of_day.items()
            if c.total
        ],
        whose_view=names[session.partner.id],
    )


def _add(into: AnswerCounts, counts: AnswerCounts) -> None:
    into.toward += counts.toward
    into.away += counts.away
    into.against += counts.against
    into.missed += counts.missed
    into.late_toward += counts.late_toward


def promises_part(
    session: Session, period: Period, names: dict[str, str], listed: int
) -> PromisesPart:
    """Promises made and settled in `period`, by whom, and the latest `listed` of them."""
    promises = session.promises
    settled: dict[str, dict[str, int]] = {}
    for month in promises.follow_through(period.start, period.end):
        tally = settled.setdefault(month.promiser_id, {})
        for status in ("kept", "missed", "renegotiated", "released"):
            tally[status] = tally.get(status, 0) + getattr(month, status)
    made = promises.in_period(period.start, period.end)
    still_open: dict[str, int] = {}
    items = []
    for promise in made:
        if promise.is_open:
            still_open[promise.promiser_id] = still_open.get(promise.promiser_id, 0) + 1
        items.append(
            PromiseItem(
                what=promise.what,
                promiser=names.get(promise.promiser_id, words.t(words.PARTNER)),
                to=names.get(promise.to_id, words.t(words.PARTNER)),
                made_on=promise.made_at.astimezone().date(),
                due=promise.due,
                status=promise.status.label,
                settled_on=promise.status_on,
                author=names.get(promise.info.author_id, words.t(words.PARTNER)),
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
            author=names.get(r.agreement.info.author_id, words.t(words.PARTNER)),
        )
        for r in promises.agreements_in_period(period.start, period.end)
    ]
    return PromisesPart(counts, items[-listed:], len(items), agreements)


def ledger_part(session: Session, period: Period, names: dict[str, str], listed: int) -> LedgerPart:
    """The money disclosed in `period`: totals, late disclosures and open questions."""
    ledger = session.ledger

    def name(partner_id: str) -> str:
        return names.get(partner_id, words.t(words.PARTNER))

    late = [
        MoneyLine(d.occurred_on, name(d.author_id), d.payee, format_money(d.money), d.lateness)
        for d in ledger.late(period, limit=listed)
    ]
    open_ones = ledger.open_questions(period)
    questions = []
    for d in open_ones[:listed]:
        asked = d.open_question
        if asked:
            who = translate("export.record_parts", "question from {partner} since {day}").format(
                partner=name(asked.author_id), day=words.day(asked.at.astimezone().date())
            )
        else:
            who = translate("export.record_parts", "open question")
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
            (
                t.key or translate("export.record_parts", "No category"),
                format_money(t.money),
                t.count,
            )
            for t in ledger.totals(period, by=Grouping.CATEGORY)
        ],
        late=late,
        late_count=ledger.late_count(period),
        open_questions=questions,
        open_count=len(open_ones),
        agreement=agreement.text if agreement else None,
    )


def repairs_part(session: Session, period: Period, names: dict[str, str]) -> RepairsPart:
    """Repair conversations started in `period`; answers quoted only where allowed."""
    records = session.repairs.in_period(period.start, period.end)
    answers = session.therapy_consent.repair_answers(r.repair.id for r in records)
    by_step: dict[tuple[str, str], list[tuple[str, str | None]]] = {}
    for answer in answers:
        author = names.get(answer.author_id, words.t(words.PARTNER))
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
                apology_accepted_by=[
                    names.get(p, words.t(words.PARTNER)) for p in record.apology_accepted_by
                ],
                steps=steps,
                plan=[item.text for item in record.plan],
                author=names.get(repair.info.author_id, words.t(words.PARTNER)),
                plan_authors=tuple(
                    names.get(i.info.author_id, words.t(words.PARTNER)) for i in record.plan
                ),
            )
        )
    hidden = sum(1 for a in answers if a.body is None)
    return RepairsPart(items, hidden)
