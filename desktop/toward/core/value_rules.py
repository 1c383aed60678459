"""What one stored value may hold: the rules a record kind's columns are built from.

A rule checks one value as it is stored (text, a number, an ISO timestamp), never how a
feature normalises its input: that stays with the feature. It returns a `Refusal` naming
why, which `toward.core.validation.check_row` turns into a message naming the record and
the column.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum

from toward.core import clock
from toward.core.i18n import QT_TRANSLATE_NOOP
from toward.vault.errors import Number

# A stored value → why it cannot be (a whole sentence and its fields), or None.
Rule = Callable[[object], "Refusal | None"]
INT64 = 2**63 - 1
MAX_ID = 64  # ids are uuid4 hex (32); older ids and keys stay well under this
MAX_KEY = 128  # a statement row's digest
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


@dataclass(frozen=True)
class Refusal:
    """Why one value cannot be stored: an English sentence, marked for translation, whose
    {record} and {column} `check_row` fills, and the rule's own fields (value, limits)."""

    template: str
    fields: Mapping[str, object] = field(default_factory=dict)


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

    return _or_none(rule, optional)


def identifier(*, optional: bool = False) -> Rule:
    return text(MAX_ID, optional=optional)


def moment(*, optional: bool = False) -> Rule:
    """An ISO 8601 timestamp with its offset that converts to UTC (any year the app keeps)."""

    def rule(value: object) -> Refusal | None:
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

    return _or_none(rule, optional)


def day(*, optional: bool = False) -> Rule:
    """A calendar date, YYYY-MM-DD, that exists, inside Toward's calendar."""

    def rule(value: object) -> Refusal | None:
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

    return _or_none(rule, optional)


def whole_number(low: int = -INT64, high: int = INT64, *, optional: bool = False) -> Rule:
    def rule(value: object) -> Refusal | None:
        if isinstance(value, bool) or not isinstance(value, int):
            return Refusal(NOT_WHOLE, {"value": _shown(value)})
        if not low <= value <= high:
            limits = {"low": Number(low), "high": Number(high)}
            return Refusal(OUT_OF_RANGE, {"value": Number(value)} | limits)
        return None

    return _or_none(rule, optional)


def flag() -> Rule:
    return whole_number(0, 1)


def one_of(kinds: type[StrEnum], *, optional: bool = False) -> Rule:
    """A value of `kinds`."""
    allowed = {k.value for k in kinds}

    def rule(value: object) -> Refusal | None:
        return None if value in allowed else _unknown(value, UNKNOWN_VALUE, longest=40)

    return _or_none(rule, optional)


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
        if not isinstance(value, str) or not compiled.fullmatch(value):
            return Refusal(NOT_AS_WRITTEN)
        return None

    return _or_none(rule, optional)


def currency() -> Rule:
    def rule(value: object) -> Refusal | None:
        from toward.core.ledger.money import KNOWN_CURRENCIES

        if value in KNOWN_CURRENCIES:
            return None
        return _unknown(value, UNKNOWN_CURRENCY, longest=10)

    return rule


def money_minor() -> Rule:
    from toward.core.ledger.money import MAX_MINOR

    return whole_number(-MAX_MINOR, MAX_MINOR)


def _or_none(rule: Rule, optional: bool) -> Rule:
    """`rule`, letting None pass as well when the column is optional."""
    if not optional:
        return rule
    return lambda value: None if value is None else rule(value)


def _unknown(value: object, template: str, *, longest: int) -> Refusal:
    """A value Toward does not know: quoted when short text, else only said to be unknown."""
    if isinstance(value, str) and len(value) <= longest:
        return Refusal(template, {"value": repr(value)})
    return Refusal(UNKNOWN_LONG_VALUE)


def _shown(value: object) -> str:
    """A stored value as a refusal quotes it: short, so a huge value never floods a message."""
    shown = repr(value)
    return shown if len(shown) <= 40 else shown[:39] + "…"
