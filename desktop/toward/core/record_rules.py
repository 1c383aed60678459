"""What each record kind stores: its columns and the rule each column's value follows."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from toward.core.i18n import QT_TRANSLATE_NOOP
from toward.core.value_rules import (
    MAX_KEY,
    Rule,
    currency,
    day,
    flag,
    identifier,
    listed,
    moment,
    money_minor,
    one_of,
    pattern,
    text,
    whole_number,
)


@dataclass(frozen=True)
class RecordRules:
    """The columns one record kind stores and what each may hold."""

    name: str  # how a message names one record, marked for translation: "Repair"
    columns: Mapping[str, Rule]


def rules_for(table: str) -> RecordRules | None:
    """The rules of the records `table` stores, or None for a table without any."""
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
