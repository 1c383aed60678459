"""What a stored record may hold, one set of rules per record kind, checked on every write.

The features' own writers (through `RecordStore`) and every importer check a row here, so
nothing an import lets in can be something a page cannot read: a date that does not exist,
a currency Toward does not know, a number past what the database holds, an unknown kind.
A rule names the column; `check_row` names the record and the column in its refusal.
The rules themselves: `value_rules` (what one value may hold) and `record_rules` (the
columns of each record kind).
"""

from __future__ import annotations

from collections.abc import Mapping

from toward.core.i18n import in_words, translate
from toward.core.record_rules import rules_for
from toward.vault.errors import KnownError

_CONTEXT = "core.validation"


class InvalidRecord(KnownError):
    """A record that Toward could not read back as written, with the record and column."""


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
