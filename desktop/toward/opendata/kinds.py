"""The record types an open-format export carries, one small description each.

A `RecordKind` says which table a record type lives in, which columns hold lists or
partner ids, how a feature normalises its content when it comes back in (what each column
may hold is checked for every kind by `toward.core.validation`), and whether it also gets
a CSV file. Adding a record type to the export (and to the import of Toward's own JSON)
is adding one description to `RECORD_KINDS` and its shape to the JSON Schema.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from toward.core import bids, checkins, export_log, practices, therapist_questions
from toward.core.changes import Change
from toward.core.i18n import QT_TRANSLATE_NOOP
from toward.core.journal import images, model, replies
from toward.core.ledger import records as ledger
from toward.core.promises import model as promises
from toward.core.repairs import model as repairs
from toward.core.spaces import Children
from toward.core.talks import knowing
from toward.core.talks import model as talks
from toward.opendata import rows as portable

Row = dict[str, Any]


@dataclass(frozen=True)
class RecordKind:
    """One record type as the export and the JSON import see it."""

    key: str  # its list in the JSON document's "records"
    label: str  # plural, for progress and reports
    table: portable.PortableTable
    lists: tuple[str, ...] = ()  # comma-joined columns carried as JSON lists
    people: tuple[str, ...] = ()  # columns besides author_id that hold a partner id
    files: Children | None = None  # child rows whose `data` travels as files
    files_key: str = ""  # the child rows' list in each record
    folder: str = ""  # where the kind's files go in the export
    csv_columns: tuple[str, ...] = ()  # content columns in its CSV file (none: no CSV)
    # Content in, content as the feature would write it out (its normalising: an entry's
    # tags sorted). What a column may hold at all is core.validation's, for every kind.
    check: Callable[[Mapping[str, Any]], Row] | None = None

    @property
    def csv_name(self) -> str:
        return f"{self.key}.csv"


def _check_entry(content: Mapping[str, Any]) -> Row:
    return model.entry_content(
        content["title"],
        content["body"],
        content["mood"],
        [k for k in content["trust_kinds"].split(",") if k],
        [t for t in content["tags"].split(",") if t],
        content["prompt_id"],
    )


def _check_reply(content: Mapping[str, Any]) -> Row:
    body = content["body"].strip()
    if not body or len(body) > replies.MAX_REPLY:
        raise ValueError(f"a reply holds 1 to {replies.MAX_REPLY:,} characters")
    return {"entry_id": content["entry_id"], "body": body}


JOURNAL_ENTRIES = RecordKind(
    key="journal_entries",
    label=QT_TRANSLATE_NOOP("opendata.kinds", "journal entries"),
    table=portable.PortableTable(
        model.TABLE,
        model.CONTENT_COLUMNS,
        (Children(images.TABLE, "entry_id", images.COLUMNS),),
        change=Change.JOURNAL,
    ),
    lists=("trust_kinds", "tags"),
    files=Children(images.TABLE, "entry_id", images.COLUMNS),
    files_key="pictures",
    folder="journal",
    check=_check_entry,
)

JOURNAL_REPLIES = RecordKind(
    key="journal_replies",
    label=QT_TRANSLATE_NOOP("opendata.kinds", "replies"),
    table=portable.PortableTable(replies.TABLE, ("entry_id", "body"), change=Change.JOURNAL),
    check=_check_reply,
)

BIDS = RecordKind(
    key="bids",
    label=QT_TRANSLATE_NOOP("opendata.kinds", "bids"),
    table=portable.PortableTable(bids.TABLE, bids.CONTENT_COLUMNS, change=Change.BIDS),
    people=("bidder_id",),
    csv_columns=bids.CONTENT_COLUMNS,
)

LEDGER_LINES = RecordKind(
    key="ledger_lines",
    label=QT_TRANSLATE_NOOP("opendata.kinds", "ledger lines"),
    table=portable.PortableTable(ledger.LINES, ledger.LINE_COLUMNS, change=Change.LEDGER),
    csv_columns=tuple(c for c in ledger.LINE_COLUMNS if c != "import_key"),
)

LEDGER_RESPONSES = RecordKind(
    key="ledger_responses",
    label=QT_TRANSLATE_NOOP("opendata.kinds", "ledger responses"),
    table=portable.PortableTable(ledger.RESPONSES, ledger.RESPONSE_COLUMNS, change=Change.LEDGER),
)

LEDGER_AGREEMENTS = RecordKind(
    key="ledger_agreements",
    label=QT_TRANSLATE_NOOP("opendata.kinds", "ledger agreements"),
    table=portable.PortableTable(
        ledger.AGREEMENTS,
        ("threshold_minor", "currency", "days", "confirmed_by", "confirmed_at", "withdrawn_at"),
        change=Change.LEDGER,
    ),
    people=("confirmed_by",),
)

PROMISES = RecordKind(
    key="promises",
    label=QT_TRANSLATE_NOOP("opendata.kinds", "promises"),
    table=portable.PortableTable("promises", promises.PROMISE_COLUMNS, change=Change.PROMISES),
    people=("promiser_id", "to_id"),
    csv_columns=promises.PROMISE_COLUMNS,
)

AGREEMENTS = RecordKind(
    key="agreements",
    label=QT_TRANSLATE_NOOP("opendata.kinds", "agreements"),
    table=portable.PortableTable("agreements", promises.AGREEMENT_COLUMNS, change=Change.PROMISES),
)

AGREEMENT_MOMENTS = RecordKind(
    key="agreement_moments",
    label=QT_TRANSLATE_NOOP("opendata.kinds", "agreement moments"),
    table=portable.PortableTable(
        "agreement_moments", promises.MOMENT_COLUMNS, change=Change.PROMISES
    ),
)

REPAIRS = RecordKind(
    key="repairs",
    label=QT_TRANSLATE_NOOP("opendata.kinds", "repair conversations"),
    table=portable.PortableTable(repairs.REPAIRS, repairs.REPAIR_COLUMNS, change=Change.REPAIRS),
    people=("proposed_by", "paused_by"),
)

REPAIR_ANSWERS = RecordKind(
    key="repair_answers",
    label=QT_TRANSLATE_NOOP("opendata.kinds", "repair answers"),
    table=portable.PortableTable(repairs.ANSWERS, repairs.ANSWER_COLUMNS, change=Change.REPAIRS),
)

REPAIR_PLAN_ITEMS = RecordKind(
    key="repair_plan_items",
    label=QT_TRANSLATE_NOOP("opendata.kinds", "repair plan items"),
    table=portable.PortableTable(repairs.PLAN_ITEMS, repairs.PLAN_COLUMNS, change=Change.REPAIRS),
)


# Sizes, ranges and dates are core.validation's, checked before these; a kind's own check
# adds only what its feature asks beyond a storable value.
def _check_practice(content: Mapping[str, Any]) -> Row:
    if not content["what"].strip():
        raise ValueError("a practice says what it is")
    return dict(content)


PRACTICES = RecordKind(
    key="practices",
    label=QT_TRANSLATE_NOOP("opendata.kinds", "practices from therapy"),
    table=portable.PortableTable(
        practices.PRACTICES, practices.PRACTICE_COLUMNS, change=Change.PRACTICES
    ),
    check=_check_practice,
)

PRACTICE_TIMES = RecordKind(
    key="practice_times",
    label=QT_TRANSLATE_NOOP("opendata.kinds", "times practised"),
    table=portable.PortableTable(practices.TIMES, practices.TIME_COLUMNS, change=Change.PRACTICES),
    csv_columns=practices.TIME_COLUMNS,
)


def _check_question(content: Mapping[str, Any]) -> Row:
    if not content["text"].strip():
        raise ValueError("a question holds some words")
    return dict(content)


THERAPIST_QUESTIONS = RecordKind(
    key="therapist_questions",
    label=QT_TRANSLATE_NOOP("opendata.kinds", "questions for the therapist"),
    table=portable.PortableTable(
        therapist_questions.TABLE, therapist_questions.CONTENT_COLUMNS, change=Change.QUESTIONS
    ),
    check=_check_question,
)


def _check_checkin(content: Mapping[str, Any]) -> Row:
    return {"week_of": content["week_of"], **checkins.content_of(content)}


CHECKINS = RecordKind(
    key="checkins",
    label=QT_TRANSLATE_NOOP("opendata.kinds", "weekly check-ins"),
    table=portable.PortableTable(checkins.TABLE, checkins.CONTENT_COLUMNS, change=Change.CHECKINS),
    csv_columns=checkins.CONTENT_COLUMNS,
    check=_check_checkin,
)


TALKS = RecordKind(
    key="talks",
    label=QT_TRANSLATE_NOOP("opendata.kinds", "planned conversations"),
    table=portable.PortableTable(talks.TALKS, talks.TALK_COLUMNS, change=Change.TALKS),
    people=("proposed_by",),
)

TALK_PREP = RecordKind(
    key="talk_prep",
    label=QT_TRANSLATE_NOOP("opendata.kinds", "thoughts prepared for planned conversations"),
    table=portable.PortableTable(talks.PREP, talks.PREP_COLUMNS, change=Change.TALKS),
)

KNOWING_ROUNDS = RecordKind(
    key="knowing_rounds",
    label=QT_TRANSLATE_NOOP("opendata.kinds", "rounds of how well you know each other"),
    table=portable.PortableTable(knowing.ROUNDS, knowing.ROUND_COLUMNS, change=Change.TALKS),
)

KNOWING_ANSWERS = RecordKind(
    key="knowing_answers",
    label=QT_TRANSLATE_NOOP("opendata.kinds", "answers and guesses"),
    table=portable.PortableTable(knowing.ANSWERS, knowing.ANSWER_COLUMNS, change=Change.TALKS),
)

KNOWING_MARKS = RecordKind(
    key="knowing_marks",
    label=QT_TRANSLATE_NOOP("opendata.kinds", "who has answered which round"),
    table=portable.PortableTable(
        knowing.MARKS,
        ("round_id", "partner_id", "marked_at"),
        keys=("round_id", "partner_id"),
        bookkeeping=False,
        change=Change.TALKS,
    ),
    people=("partner_id",),
)

EXPORT_LOG = RecordKind(
    key="export_log",
    label=QT_TRANSLATE_NOOP("opendata.kinds", "export history lines"),
    table=portable.PortableTable(
        export_log.TABLE, export_log.CONTENT_COLUMNS, change=Change.EXPORTS
    ),
)

LEDGER_WITHHELD = RecordKind(
    key="ledger_withheld",
    label=QT_TRANSLATE_NOOP("opendata.kinds", "reasons kept private"),
    table=portable.PortableTable(
        ledger.WITHHELD,
        ("disclosure_id", "why"),
        keys=("disclosure_id",),
        bookkeeping=False,
        change=Change.LEDGER,
    ),
)

REPAIR_MARKS = RecordKind(
    key="repair_marks",
    label=QT_TRANSLATE_NOOP("opendata.kinds", "repair step marks"),
    table=portable.PortableTable(
        repairs.MARKS,
        ("repair_id", "step", "partner_id", "kind", "marked_at"),
        keys=("repair_id", "step", "partner_id", "kind"),
        bookkeeping=False,
        change=Change.REPAIRS,
    ),
    people=("partner_id",),
)

READ_MARKS = RecordKind(
    key="read_marks",
    label=QT_TRANSLATE_NOOP("opendata.kinds", "read marks"),
    table=portable.PortableTable(
        "read_marks",
        ("record_id", "partner_id", "read_at"),
        keys=("record_id", "partner_id"),
        bookkeeping=False,
        change=Change.READ,
    ),
    people=("partner_id",),
)

THERAPY_CONSENT = RecordKind(
    key="therapy_consent",
    label=QT_TRANSLATE_NOOP("opendata.kinds", "therapy consents"),
    table=portable.PortableTable(
        "therapy_consent",
        ("record_id", "author_id", "allowed", "updated_at"),
        keys=("record_id",),
        bookkeeping=False,
        change=Change.CONSENT,
    ),
)

# Parents before children: a reply's entry, a moment's agreement, is written first.
RECORD_KINDS: tuple[RecordKind, ...] = (
    JOURNAL_ENTRIES,
    JOURNAL_REPLIES,
    BIDS,
    LEDGER_LINES,
    LEDGER_RESPONSES,
    LEDGER_AGREEMENTS,
    LEDGER_WITHHELD,
    PROMISES,
    AGREEMENTS,
    AGREEMENT_MOMENTS,
    REPAIRS,
    REPAIR_ANSWERS,
    REPAIR_PLAN_ITEMS,
    REPAIR_MARKS,
    PRACTICES,
    PRACTICE_TIMES,
    THERAPIST_QUESTIONS,
    CHECKINS,
    TALKS,
    TALK_PREP,
    KNOWING_ROUNDS,
    KNOWING_ANSWERS,
    KNOWING_MARKS,
    EXPORT_LOG,
    THERAPY_CONSENT,
    READ_MARKS,
)
