"""What a stored record may hold, one set of rules per record kind, checked on every write.

The features' own writers (through `RecordStore`) and every importer check a row here, so
nothing an import lets in can be something a page cannot read: a date that does not exist,
a currency Toward does not know, a number past what the database holds, an unknown kind.
A rule names the column; `check_row` names the record and the column in its refusal.

A rule checks one value as it is stored (text, a number, an ISO timestamp), never how a
feature normalises its input: that stays with the feature.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum

from toward.core import clock
from toward.vault.errors import KnownError

Rule = Callable[[object], str | None]  # a stored value → why it cannot be, or None
INT64 = 2**63 - 1
MAX_ID = 64  # ids are uuid4 hex (32); older ids and keys stay well under this
MAX_KEY = 128  # a statement row's digest
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class InvalidRecord(KnownError):
    """A record that Toward could not read back as written, with the record and column."""


@dataclass(frozen=True)
class RecordRules:
    """The columns one record kind stores and what each may hold."""

    name: str  # how a message names one record: "Repair", "Journal entry"
    columns: Mapping[str, Rule]


# -- rules ------------------------------------------------------------------------------


def text(limit: int, *, optional: bool = False) -> Rule:
    """Text of at most `limit` characters, storable as UTF-8, without NUL."""

    def rule(value: object) -> str | None:
        if value is None and optional:
            return None
        if not isinstance(value, str):
            return "is not text"
        if len(value) > limit:
            return f"holds {len(value):,} characters; at most {limit:,} fit"
        if "\x00" in value:
            return "holds a NUL character"
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "holds characters that are not valid text"
        return None

    return rule


def identifier(*, optional: bool = False) -> Rule:
    return text(MAX_ID, optional=optional)


def moment(*, optional: bool = False) -> Rule:
    """An ISO 8601 timestamp with its offset that converts to UTC (any year the app keeps)."""

    def rule(value: object) -> str | None:
        if value is None and optional:
            return None
        if not isinstance(value, str) or len(value) > 40:
            return "is not a moment Toward can read"
        try:
            parsed = datetime.fromisoformat(value)
            if parsed.tzinfo is None:
                return f"{value!r} has no time zone"
            parsed.astimezone(UTC)  # at the ends of Python's calendar: out of range
        except (ValueError, OverflowError):
            return f"{value!r} is not a moment Toward can read"
        return None

    return rule


def day(*, optional: bool = False) -> Rule:
    """A calendar date, YYYY-MM-DD, that exists, inside Toward's calendar."""

    def rule(value: object) -> str | None:
        if value is None and optional:
            return None
        if not isinstance(value, str) or not _DAY.fullmatch(value):
            return f"{value!r} is not a date (YYYY-MM-DD)"
        try:
            parsed = date.fromisoformat(value)
        except ValueError:
            return f"{value!r} is not a date that exists"
        if not clock.in_calendar(parsed):
            return f"{value!r} is outside the years {clock.calendar_words()}"
        return None

    return rule


def whole_number(low: int = -INT64, high: int = INT64, *, optional: bool = False) -> Rule:
    def rule(value: object) -> str | None:
        if value is None and optional:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            return f"{value!r} is not a whole number"
        if not low <= value <= high:
            return f"{value:,} is not between {low:,} and {high:,}"
        return None

    return rule


def flag() -> Rule:
    return whole_number(0, 1)


def one_of(kinds: type[StrEnum], what: str, *, optional: bool = False) -> Rule:
    """A value of `kinds`; `what` names it in a message ("a topic")."""
    allowed = {k.value for k in kinds}

    def rule(value: object) -> str | None:
        if value is None and optional:
            return None
        if value not in allowed:
            shown = value if isinstance(value, str) and len(value) <= 40 else "this value"
            return f"{shown!r} is not {what} Toward knows"
        return None

    return rule


def listed(kinds: type[StrEnum], what: str) -> Rule:
    """Comma-joined values of `kinds` (the trust kinds of an entry)."""
    single = one_of(kinds, what)

    def rule(value: object) -> str | None:
        if not isinstance(value, str):
            return "is not text"
        return next((why for part in value.split(",") if part and (why := single(part))), None)

    return rule


def pattern(regex: str, what: str, *, optional: bool = False) -> Rule:
    compiled = re.compile(regex)

    def rule(value: object) -> str | None:
        if value is None and optional:
            return None
        if not isinstance(value, str) or not compiled.fullmatch(value):
            return f"is not {what}"
        return None

    return rule


def currency() -> Rule:
    def rule(value: object) -> str | None:
        from toward.core.ledger.money import KNOWN_CURRENCIES

        if value not in KNOWN_CURRENCIES:
            shown = value if isinstance(value, str) and len(value) <= 10 else "this value"
            return f"{shown!r} is not a currency code Toward knows"
        return None

    return rule


def money_minor() -> Rule:
    from toward.core.ledger.money import MAX_MINOR

    return whole_number(-MAX_MINOR, MAX_MINOR)


# -- checking ---------------------------------------------------------------------------


def check_row(table: str, row: Mapping[str, object], *, where: str = "") -> None:
    """Refuse `row` (any of the table's columns) if a value is not what Toward stores.

    `where` names the record in the message ("Repair 12"); by default the kind's name.
    Columns without a rule (bookkeeping of plain tables) pass.
    """
    rules = rules_for(table)
    if rules is None:
        return
    for column, value in row.items():
        rule = rules.columns.get(column)
        why = rule(value) if rule is not None else None
        if why is not None:
            raise InvalidRecord(f"{where or rules.name}: {column} {why}")


def problem(table: str, row: Mapping[str, object]) -> str | None:
    """Why a stored row cannot be read, or None (for pages meeting damaged rows)."""
    try:
        check_row(table, row)
    except InvalidRecord as exc:
        return str(exc)
    return None


def rules_for(table: str) -> RecordRules | None:
    return _all_rules().get(table)


@functools.cache
def _all_rules() -> dict[str, RecordRules]:
    """Built on first use: the features' enums import the store, which checks through here."""
    from toward.core import bids, checkins, export_log, practices, therapist_questions
    from toward.core.journal import images, replies
    from toward.core.journal import model as journal
    from toward.core.ledger import agreement as ledger_agreement
    from toward.core.ledger import records as ledger
    from toward.core.promises import model as promises
    from toward.core.repairs import conversations, sealed
    from toward.core.repairs import model as repairs
    from toward.core.repairs.steps import Step, Topic
    from toward.core.talks import knowing, talks
    from toward.core.talks import model as talk_model
    from toward.core.talks.topics import TalkTopic

    class _MarkKind(StrEnum):
        SUBMITTED = repairs.SUBMITTED
        ACCEPTED = repairs.ACCEPTED
        SKIPPED = repairs.SKIPPED

    record = {
        "id": identifier(),
        "author_id": identifier(),
        "created_at": moment(),
        "updated_at": moment(),
        "origin_id": identifier(optional=True),
        "shared_id": identifier(optional=True),
        "shared_at": moment(optional=True),
        "unshared_at": moment(optional=True),
    }
    mood = whole_number(1, 5, optional=True)
    return {
        journal.TABLE: RecordRules(
            "Journal entry",
            record
            | {
                "title": text(journal.MAX_TITLE),
                "body": text(journal.MAX_BODY),
                "mood": mood,
                "trust_kinds": listed(journal.TrustKind, "a kind of trust"),
                "tags": text(journal.MAX_TAGS * (journal.MAX_TAG_LENGTH + 1)),
                "prompt_id": text(200, optional=True),
            },
        ),
        images.TABLE: RecordRules(
            "Picture",
            {
                "id": identifier(),
                "entry_id": identifier(),
                "position": whole_number(0, 10_000),
                "name": text(1000),
                "mime": text(100),
                "created_at": moment(),
            },
        ),
        replies.TABLE: RecordRules(
            "Reply",
            record | {"entry_id": identifier(), "body": text(replies.MAX_REPLY)},
        ),
        bids.TABLE: RecordRules(
            "Bid",
            record
            | {
                "bidder_id": identifier(),
                "kind": one_of(bids.BidKind, "a kind of bid"),
                "description": text(bids.MAX_TEXT),
                "made_at": moment(),
                "answer": one_of(bids.Answer, "an answer"),
                "note": text(bids.MAX_TEXT),
                "mood_after": mood,
                "late_toward_at": moment(optional=True),
                "late_note": text(bids.MAX_TEXT),
            },
        ),
        ledger.LINES: RecordRules(
            "Ledger line",
            record
            | {
                "occurred_on": day(),
                "amount_minor": money_minor(),
                "currency": currency(),
                "account": text(ledger.MAX_NAME),
                "payee": text(ledger.MAX_NAME),
                "category": text(ledger.MAX_NAME),
                "purpose": one_of(ledger.Purpose, "a purpose"),
                "why": text(ledger.MAX_TEXT),
                "why_withheld": flag(),
                "import_key": text(MAX_KEY, optional=True),
                "disclosed_at": moment(optional=True),
                "days_taken": whole_number(-100_000, 100_000, optional=True),
                "agreed_days": whole_number(0, 100_000, optional=True),
                "corrects_id": identifier(optional=True),
                "superseded_by": identifier(optional=True),
                "correction_note": text(ledger.MAX_TEXT),
            },
        ),
        ledger.RESPONSES: RecordRules(
            "Ledger response",
            record
            | {
                "disclosure_id": identifier(),
                "kind": one_of(ledger.ResponseKind, "a kind of response"),
                "text": text(ledger.MAX_TEXT),
            },
        ),
        ledger.AGREEMENTS: RecordRules(
            "Money agreement",
            record
            | {
                "threshold_minor": money_minor(),
                "currency": currency(),
                "days": whole_number(0, ledger_agreement.MAX_DAYS),
                "confirmed_by": identifier(optional=True),
                "confirmed_at": moment(optional=True),
                "withdrawn_at": moment(optional=True),
            },
        ),
        ledger.WITHHELD: RecordRules(
            "Reason kept private",
            {"disclosure_id": identifier(), "why": text(ledger.MAX_TEXT)},
        ),
        promises.PROMISES: RecordRules(
            "Promise",
            record
            | {
                "promiser_id": identifier(),
                "to_id": identifier(),
                "what": text(promises.MAX_TEXT),
                "due_on": day(optional=True),
                "made_at": moment(),
                "status": one_of(promises.PromiseStatus, "a promise status"),
                "status_at": moment(optional=True),
                "status_on": day(optional=True),
                "status_note": text(promises.MAX_NOTE),
                "proposed_at": moment(optional=True),
                "proposed_what": text(promises.MAX_TEXT, optional=True),
                "proposed_due_on": day(optional=True),
                "proposal_note": text(promises.MAX_NOTE),
                "renegotiated_from": identifier(optional=True),
                "repair_id": identifier(optional=True),
            },
        ),
        promises.AGREEMENTS: RecordRules(
            "Agreement",
            record
            | {
                "text": text(promises.MAX_TEXT),
                "ended_at": moment(optional=True),
                "repair_id": identifier(optional=True),
            },
        ),
        promises.MOMENTS: RecordRules(
            "Agreement moment",
            record
            | {
                "agreement_id": identifier(),
                "kind": one_of(promises.MomentKind, "a kind of moment"),
                "note": text(promises.MAX_NOTE),
                "happened_at": moment(),
            },
        ),
        repairs.REPAIRS: RecordRules(
            "Repair",
            record
            | {
                "topic": text(conversations.MAX_TOPIC),
                "kind": one_of(Topic, "a topic"),
                "proposed_by": identifier(),
                "proposed_time": moment(),
                "agreed_at": moment(optional=True),
                "paused_by": identifier(optional=True),
                "paused_at": moment(optional=True),
                "resume_at": moment(optional=True),
                "finished_at": moment(optional=True),
            },
        ),
        repairs.ANSWERS: RecordRules(
            "Repair answer",
            record
            | {
                "repair_id": identifier(),
                "step": one_of(Step, "a repair step"),
                "body": text(sealed.MAX_ANSWER),
                "submitted_at": moment(optional=True),
            },
        ),
        repairs.PLAN_ITEMS: RecordRules(
            "Repair plan item",
            record
            | {
                "repair_id": identifier(),
                "text": text(conversations.MAX_PLAN_ITEM),
                "promise_id": identifier(optional=True),
                "agreement_id": identifier(optional=True),
            },
        ),
        repairs.MARKS: RecordRules(
            "Repair step mark",
            {
                "repair_id": identifier(),
                "step": one_of(Step, "a repair step"),
                "partner_id": identifier(),
                "kind": one_of(_MarkKind, "a kind of mark"),
                "marked_at": moment(),
            },
        ),
        export_log.TABLE: RecordRules(
            "Export history line",
            record
            | {
                "kind": one_of(export_log.ExportKind, "a kind of export"),
                "file_format": pattern(r"[a-z0-9]{1,8}", "a file format"),
                "period_start": day(optional=True),
                "period_end": day(optional=True),
                "sections": text(2000),
                "protected": flag(),
                "partner_words": whole_number(0, 1, optional=True),  # None: not noted
            },
        ),
        talk_model.TALKS: RecordRules(
            "Planned conversation",
            record
            | {
                "topic": one_of(TalkTopic, "a topic"),
                "proposed_by": identifier(),
                "proposed_time": moment(),
                "agreed_at": moment(optional=True),
                "notes": text(talks.MAX_NOTES),
                "agreement_id": identifier(optional=True),
                "finished_at": moment(optional=True),
            },
        ),
        talk_model.PREP: RecordRules(
            "Thought prepared for a talk",
            record
            | {"talk_id": identifier(), "prompt_id": text(200), "body": text(talks.MAX_PREP)},
        ),
        knowing.ROUNDS: RecordRules("Knowing round", record | {"prompt_id": text(200)}),
        knowing.ANSWERS: RecordRules(
            "Knowing answer",
            record
            | {
                "round_id": identifier(),
                "mine": text(knowing.MAX_ANSWER),
                "guess": text(knowing.MAX_ANSWER),
                "submitted_at": moment(),
            },
        ),
        knowing.MARKS: RecordRules(
            "Knowing mark",
            {"round_id": identifier(), "partner_id": identifier(), "marked_at": moment()},
        ),
        practices.PRACTICES: RecordRules(
            "Practice",
            record
            | {
                "what": text(practices.MAX_WHAT),
                "times_per_week": whole_number(1, practices.MAX_PER_WEEK),
                "ended_at": moment(optional=True),
            },
        ),
        practices.TIMES: RecordRules(
            "Time practised",
            record
            | {
                "practice_id": identifier(),
                "practised_on": day(),
                "note": text(practices.MAX_NOTE),
            },
        ),
        therapist_questions.TABLE: RecordRules(
            "Question for the therapist",
            record
            | {
                "text": text(therapist_questions.MAX_TEXT),
                "talked_about_at": moment(optional=True),
            },
        ),
        checkins.TABLE: RecordRules(
            "Weekly check-in",
            record
            | {"week_of": day(), "note": text(checkins.MAX_NOTE)}
            | {
                key: whole_number(1, len(checkins.ANSWER_WORDS), optional=True)
                for key in checkins.QUESTION_KEYS
            },
        ),
        "read_marks": RecordRules(
            "Read mark",
            {"record_id": identifier(), "partner_id": identifier(), "read_at": moment()},
        ),
        "therapy_consent": RecordRules(
            "Therapy consent",
            {
                "record_id": identifier(),
                "author_id": identifier(),
                "allowed": flag(),
                "updated_at": moment(),
            },
        ),
    }
