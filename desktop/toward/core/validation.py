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
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum

from toward.core import clock
from toward.core.i18n import QT_TRANSLATE_NOOP, in_words, translate
from toward.vault.errors import KnownError, Number

# A stored value → why it cannot be (a whole sentence and its fields), or None.
Rule = Callable[[object], "Refusal | None"]
INT64 = 2**63 - 1
MAX_ID = 64  # ids are uuid4 hex (32); older ids and keys stay well under this
MAX_KEY = 128  # a statement row's digest
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_CONTEXT = "core.validation"


class InvalidRecord(KnownError):
    """A record that Toward could not read back as written, with the record and column."""


@dataclass(frozen=True)
class Refusal:
    """Why one value cannot be stored: an English sentence, marked for translation, whose
    {record} and {column} `check_row` fills, and the rule's own fields (value, limits)."""

    template: str
    fields: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class RecordRules:
    """The columns one record kind stores and what each may hold."""

    name: str  # how a message names one record, marked for translation: "Repair"
    columns: Mapping[str, Rule]


# Every refusal is one sentence with named fields, so a translation can order it freely.
NOT_TEXT = QT_TRANSLATE_NOOP("vault.errors", "{record}: {column} is not text.")
TOO_LONG = QT_TRANSLATE_NOOP(
    "vault.errors", "{record}: {column} holds {length} characters; at most {limit} fit."
)
HOLDS_NUL = QT_TRANSLATE_NOOP("vault.errors", "{record}: {column} holds a NUL character.")
NOT_VALID_TEXT = QT_TRANSLATE_NOOP(
    "vault.errors", "{record}: {column} holds characters that are not valid text."
)
NOT_A_MOMENT = QT_TRANSLATE_NOOP(
    "vault.errors", "{record}: {column} is not a moment Toward can read."
)
NOT_A_MOMENT_VALUE = QT_TRANSLATE_NOOP(
    "vault.errors", "{record}: {column} {value} is not a moment Toward can read."
)
NO_TIME_ZONE = QT_TRANSLATE_NOOP("vault.errors", "{record}: {column} {value} has no time zone.")
NOT_A_DATE = QT_TRANSLATE_NOOP(
    "vault.errors", "{record}: {column} {value} is not a date written as YYYY-MM-DD."
)
NO_SUCH_DATE = QT_TRANSLATE_NOOP(
    "vault.errors", "{record}: {column} {value} is not a date that exists."
)
OUTSIDE_CALENDAR = QT_TRANSLATE_NOOP(
    "vault.errors", "{record}: {column} {value} is outside the years {first} to {last}."
)
NOT_WHOLE = QT_TRANSLATE_NOOP("vault.errors", "{record}: {column} {value} is not a whole number.")
OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "vault.errors", "{record}: {column} {value} is not between {low} and {high}."
)
UNKNOWN_VALUE = QT_TRANSLATE_NOOP(
    "vault.errors", "{record}: {column} {value} is not a value Toward knows."
)
UNKNOWN_LONG_VALUE = QT_TRANSLATE_NOOP(
    "vault.errors", "{record}: {column} holds a value Toward does not know."
)
UNKNOWN_CURRENCY = QT_TRANSLATE_NOOP(
    "vault.errors", "{record}: {column} {value} is not a currency code Toward knows."
)
NOT_AS_WRITTEN = QT_TRANSLATE_NOOP(
    "vault.errors", "{record}: {column} is not written as Toward writes it."
)


# -- rules ------------------------------------------------------------------------------


def text(limit: int, *, optional: bool = False) -> Rule:
    """Text of at most `limit` characters, storable as UTF-8, without NUL."""

    def rule(value: object) -> Refusal | None:
        if value is None and optional:
            return None
        if not isinstance(value, str):
            return Refusal(NOT_TEXT)
        if len(value) > limit:
            return Refusal(TOO_LONG, {"length": Number(len(value)), "limit": Number(limit)})
        if "\x00" in value:
            return Refusal(HOLDS_NUL)
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return Refusal(NOT_VALID_TEXT)
        return None

    return rule


def identifier(*, optional: bool = False) -> Rule:
    return text(MAX_ID, optional=optional)


def moment(*, optional: bool = False) -> Rule:
    """An ISO 8601 timestamp with its offset that converts to UTC (any year the app keeps)."""

    def rule(value: object) -> Refusal | None:
        if value is None and optional:
            return None
        if not isinstance(value, str) or len(value) > 40:
            return Refusal(NOT_A_MOMENT)
        try:
            parsed = datetime.fromisoformat(value)
            if parsed.tzinfo is None:
                return Refusal(NO_TIME_ZONE, {"value": repr(value)})
            parsed.astimezone(UTC)  # at the ends of Python's calendar: out of range
        except (ValueError, OverflowError):
            return Refusal(NOT_A_MOMENT_VALUE, {"value": repr(value)})
        return None

    return rule


def day(*, optional: bool = False) -> Rule:
    """A calendar date, YYYY-MM-DD, that exists, inside Toward's calendar."""

    def rule(value: object) -> Refusal | None:
        if value is None and optional:
            return None
        if not isinstance(value, str) or not _DAY.fullmatch(value):
            return Refusal(NOT_A_DATE, {"value": _shown(value)})
        try:
            parsed = date.fromisoformat(value)
        except ValueError:
            return Refusal(NO_SUCH_DATE, {"value": repr(value)})
        if not clock.in_calendar(parsed):
            # Years are plain ints, not Numbers: "2026", never "2,026".
            years = {"first": clock.FIRST_DAY.year, "last": clock.LAST_DAY.year}
            return Refusal(OUTSIDE_CALENDAR, {"value": repr(value), **years})
        return None

    return rule


def whole_number(low: int = -INT64, high: int = INT64, *, optional: bool = False) -> Rule:
    def rule(value: object) -> Refusal | None:
        if value is None and optional:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            return Refusal(NOT_WHOLE, {"value": _shown(value)})
        if not low <= value <= high:
            limits = {"low": Number(low), "high": Number(high)}
            return Refusal(OUT_OF_RANGE, {"value": Number(value)} | limits)
        return None

    return rule


def flag() -> Rule:
    return whole_number(0, 1)


def one_of(kinds: type[StrEnum], *, optional: bool = False) -> Rule:
    """A value of `kinds`."""
    allowed = {k.value for k in kinds}

    def rule(value: object) -> Refusal | None:
        if value is None and optional:
            return None
        if value not in allowed:
            if isinstance(value, str) and len(value) <= 40:
                return Refusal(UNKNOWN_VALUE, {"value": repr(value)})
            return Refusal(UNKNOWN_LONG_VALUE)
        return None

    return rule


def listed(kinds: type[StrEnum]) -> Rule:
    """Comma-joined values of `kinds` (the trust kinds of an entry)."""
    single = one_of(kinds)

    def rule(value: object) -> Refusal | None:
        if not isinstance(value, str):
            return Refusal(NOT_TEXT)
        return next((why for part in value.split(",") if part and (why := single(part))), None)

    return rule


def pattern(regex: str, *, optional: bool = False) -> Rule:
    compiled = re.compile(regex)

    def rule(value: object) -> Refusal | None:
        if value is None and optional:
            return None
        if not isinstance(value, str) or not compiled.fullmatch(value):
            return Refusal(NOT_AS_WRITTEN)
        return None

    return rule


def currency() -> Rule:
    def rule(value: object) -> Refusal | None:
        from toward.core.ledger.money import KNOWN_CURRENCIES

        if value not in KNOWN_CURRENCIES:
            if isinstance(value, str) and len(value) <= 10:
                return Refusal(UNKNOWN_CURRENCY, {"value": repr(value)})
            return Refusal(UNKNOWN_LONG_VALUE)
        return None

    return rule


def money_minor() -> Rule:
    from toward.core.ledger.money import MAX_MINOR

    return whole_number(-MAX_MINOR, MAX_MINOR)


def _shown(value: object) -> str:
    """A stored value as a refusal quotes it: short, so a huge value never floods a message."""
    shown = repr(value)
    return shown if len(shown) <= 40 else shown[:39] + "…"


# -- checking ---------------------------------------------------------------------------


def check_row(table: str, row: Mapping[str, object], *, where: str = "") -> None:
    """Refuse `row` (any of the table's columns) if a value is not what Toward stores.

    `where` names the record in the message, in the reader's words ("Repair 12 (shared)");
    by default the kind's name, translated. The column keeps its stored name: it is the
    one an export's file shows. Columns without a rule (bookkeeping of plain tables) pass.
    """
    rules = rules_for(table)
    if rules is None:
        return
    for column, value in row.items():
        rule = rules.columns.get(column)
        why = rule(value) if rule is not None else None
        if why is not None:
            record = where or translate(_CONTEXT, rules.name)
            fields = {"record": record, "column": column, **why.fields}
            # No field is named "one" (KnownError's singular of a %n message).
            raise InvalidRecord(why.template, **fields)  # type: ignore[arg-type]


def problem(table: str, row: Mapping[str, object]) -> str | None:
    """Why a stored row cannot be read, in the reader's words, or None (for pages meeting
    damaged rows)."""
    try:
        check_row(table, row)
    except InvalidRecord as exc:
        return in_words(exc)
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
            QT_TRANSLATE_NOOP("core.validation", "Journal entry"),
            record
            | {
                "title": text(journal.MAX_TITLE),
                "body": text(journal.MAX_BODY),
                "mood": mood,
                "trust_kinds": listed(journal.TrustKind),
                "tags": text(journal.MAX_TAGS * (journal.MAX_TAG_LENGTH + 1)),
                "prompt_id": text(200, optional=True),
            },
        ),
        images.TABLE: RecordRules(
            QT_TRANSLATE_NOOP("core.validation", "Picture"),
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
            QT_TRANSLATE_NOOP("core.validation", "Reply"),
            record | {"entry_id": identifier(), "body": text(replies.MAX_REPLY)},
        ),
        bids.TABLE: RecordRules(
            QT_TRANSLATE_NOOP("core.validation", "Bid"),
            record
            | {
                "bidder_id": identifier(),
                "kind": one_of(bids.BidKind),
                "description": text(bids.MAX_TEXT),
                "made_at": moment(),
                "answer": one_of(bids.Answer),
                "note": text(bids.MAX_TEXT),
                "mood_after": mood,
                "late_toward_at": moment(optional=True),
                "late_note": text(bids.MAX_TEXT),
            },
        ),
        ledger.LINES: RecordRules(
            QT_TRANSLATE_NOOP("core.validation", "Ledger line"),
            record
            | {
                "occurred_on": day(),
                "amount_minor": money_minor(),
                "currency": currency(),
                "account": text(ledger.MAX_NAME),
                "payee": text(ledger.MAX_NAME),
                "category": text(ledger.MAX_NAME),
                "purpose": one_of(ledger.Purpose),
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
            QT_TRANSLATE_NOOP("core.validation", "Ledger response"),
            record
            | {
                "disclosure_id": identifier(),
                "kind": one_of(ledger.ResponseKind),
                "text": text(ledger.MAX_TEXT),
            },
        ),
        ledger.AGREEMENTS: RecordRules(
            QT_TRANSLATE_NOOP("core.validation", "Money agreement"),
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
            QT_TRANSLATE_NOOP("core.validation", "Reason kept private"),
            {"disclosure_id": identifier(), "why": text(ledger.MAX_TEXT)},
        ),
        promises.PROMISES: RecordRules(
            QT_TRANSLATE_NOOP("core.validation", "Promise"),
            record
            | {
                "promiser_id": identifier(),
                "to_id": identifier(),
                "what": text(promises.MAX_TEXT),
                "due_on": day(optional=True),
                "made_at": moment(),
                "status": one_of(promises.PromiseStatus),
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
            QT_TRANSLATE_NOOP("core.validation", "Agreement"),
            record
            | {
                "text": text(promises.MAX_TEXT),
                "ended_at": moment(optional=True),
                "repair_id": identifier(optional=True),
            },
        ),
        promises.MOMENTS: RecordRules(
            QT_TRANSLATE_NOOP("core.validation", "Agreement moment"),
            record
            | {
                "agreement_id": identifier(),
                "kind": one_of(promises.MomentKind),
                "note": text(promises.MAX_NOTE),
                "happened_at": moment(),
            },
        ),
        repairs.REPAIRS: RecordRules(
            QT_TRANSLATE_NOOP("core.validation", "Repair"),
            record
            | {
                "topic": text(conversations.MAX_TOPIC),
                "kind": one_of(Topic),
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
            QT_TRANSLATE_NOOP("core.validation", "Repair answer"),
            record
            | {
                "repair_id": identifier(),
                "step": one_of(Step),
                "body": text(sealed.MAX_ANSWER),
                "submitted_at": moment(optional=True),
            },
        ),
        repairs.PLAN_ITEMS: RecordRules(
            QT_TRANSLATE_NOOP("core.validation", "Repair plan item"),
            record
            | {
                "repair_id": identifier(),
                "text": text(conversations.MAX_PLAN_ITEM),
                "promise_id": identifier(optional=True),
                "agreement_id": identifier(optional=True),
            },
        ),
        repairs.MARKS: RecordRules(
            QT_TRANSLATE_NOOP("core.validation", "Repair step mark"),
            {
                "repair_id": identifier(),
                "step": one_of(Step),
                "partner_id": identifier(),
                "kind": one_of(_MarkKind),
                "marked_at": moment(),
            },
        ),
        export_log.TABLE: RecordRules(
            QT_TRANSLATE_NOOP("core.validation", "Export history line"),
            record
            | {
                "kind": one_of(export_log.ExportKind),
                "file_format": pattern(r"[a-z0-9]{1,8}"),
                "period_start": day(optional=True),
                "period_end": day(optional=True),
                "sections": text(2000),
                "protected": flag(),
                "partner_words": whole_number(0, 1, optional=True),  # None: not noted
            },
        ),
        talk_model.TALKS: RecordRules(
            QT_TRANSLATE_NOOP("core.validation", "Planned conversation"),
            record
            | {
                "topic": one_of(TalkTopic),
                "proposed_by": identifier(),
                "proposed_time": moment(),
                "agreed_at": moment(optional=True),
                "notes": text(talks.MAX_NOTES),
                "agreement_id": identifier(optional=True),
                "finished_at": moment(optional=True),
            },
        ),
        talk_model.PREP: RecordRules(
            QT_TRANSLATE_NOOP("core.validation", "Thought prepared for a talk"),
            record
            | {"talk_id": identifier(), "prompt_id": text(200), "body": text(talks.MAX_PREP)},
        ),
        knowing.ROUNDS: RecordRules(
            QT_TRANSLATE_NOOP("core.validation", "Knowing round"), record | {"prompt_id": text(200)}
        ),
        knowing.ANSWERS: RecordRules(
            QT_TRANSLATE_NOOP("core.validation", "Knowing answer"),
            record
            | {
                "round_id": identifier(),
                "mine": text(knowing.MAX_ANSWER),
                "guess": text(knowing.MAX_ANSWER),
                "submitted_at": moment(),
            },
        ),
        knowing.MARKS: RecordRules(
            QT_TRANSLATE_NOOP("core.validation", "Knowing mark"),
            {"round_id": identifier(), "partner_id": identifier(), "marked_at": moment()},
        ),
        practices.PRACTICES: RecordRules(
            QT_TRANSLATE_NOOP("core.validation", "Practice"),
            record
            | {
                "what": text(practices.MAX_WHAT),
                "times_per_week": whole_number(1, practices.MAX_PER_WEEK),
                "ended_at": moment(optional=True),
            },
        ),
        practices.TIMES: RecordRules(
            QT_TRANSLATE_NOOP("core.validation", "Time practised"),
            record
            | {
                "practice_id": identifier(),
                "practised_on": day(),
                "note": text(practices.MAX_NOTE),
            },
        ),
        therapist_questions.TABLE: RecordRules(
            QT_TRANSLATE_NOOP("core.validation", "Question for the therapist"),
            record
            | {
                "text": text(therapist_questions.MAX_TEXT),
                "talked_about_at": moment(optional=True),
            },
        ),
        checkins.TABLE: RecordRules(
            QT_TRANSLATE_NOOP("core.validation", "Weekly check-in"),
            record
            | {"week_of": day(), "note": text(checkins.MAX_NOTE)}
            | {
                key: whole_number(1, len(checkins.ANSWER_WORDS), optional=True)
                for key in checkins.QUESTION_KEYS
            },
        ),
        "read_marks": RecordRules(
            QT_TRANSLATE_NOOP("core.validation", "Read mark"),
            {"record_id": identifier(), "partner_id": identifier(), "read_at": moment()},
        ),
        "therapy_consent": RecordRules(
            QT_TRANSLATE_NOOP("core.validation", "Therapy consent"),
            {
                "record_id": identifier(),
                "author_id": identifier(),
                "allowed": flag(),
                "updated_at": moment(),
            },
        ),
    }
