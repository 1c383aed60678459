"""The one set of rules per record kind: what a stored value may be, checked as hostile input."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from toward.core import clock, record_rules
from toward.core.bids import Answer
from toward.core.ledger.money import CURRENCIES, MAX_MINOR
from toward.core.repairs.steps import Topic
from toward.core.validation import InvalidRecord, check_row
from toward.core.value_rules import INT64


def refused(table: str, row: dict) -> bool:
    try:
        check_row(table, row)
    except InvalidRecord:
        return True
    return False


@given(st.text(max_size=12))
@example("2024-02-30")
@example("2024-13-45")
@example("2024-02-29")
@example("0001-01-01")
@example("２０２４-01-01")  # full-width digits: \d matches them, the calendar does not
def test_a_day_is_accepted_exactly_when_it_is_a_real_date_in_the_calendar(text):
    try:
        real = date.fromisoformat(text)
        ok = len(text) == 10 and text.isascii() and clock.in_calendar(real)
    except ValueError:
        ok = False
    assert refused("ledger_lines", {"occurred_on": text}) is not ok


@given(st.datetimes(timezones=st.just(UTC)))
def test_any_moment_the_app_could_write_is_accepted(moment: datetime):
    assert not refused("bids", {"made_at": clock.to_text(moment)})


def test_a_moment_past_the_ends_of_the_calendar_is_refused():
    assert refused("bids", {"made_at": "0001-01-01T00:00:00+14:00"})
    assert refused("bids", {"made_at": "9999-12-31T23:59:59-14:00"})


@given(st.text(max_size=40))
@example("2024-13-45T10:00:00Z")
@example("2024-03-12T10:00:00")  # no offset: ambiguous
def test_a_moment_that_is_accepted_always_reads_back(text):
    if not refused("bids", {"made_at": text}):
        assert clock.from_text(text).tzinfo is not None  # type: ignore[union-attr]


@given(st.integers(min_value=-(2**80), max_value=2**80))
@example(MAX_MINOR)
@example(MAX_MINOR + 1)
@example(2**63)
def test_money_is_whole_minor_units_within_the_ledgers_range(amount):
    assert refused("ledger_lines", {"amount_minor": amount}) is not (abs(amount) <= MAX_MINOR)


@given(st.one_of(st.floats(), st.booleans(), st.text(max_size=5), st.none()))
def test_money_that_is_not_a_whole_number_is_refused(value):
    assert refused("ledger_lines", {"amount_minor": value})


@given(st.text(max_size=5))
def test_a_currency_is_one_toward_knows_in_its_stored_form(code):
    assert refused("ledger_lines", {"currency": code}) is not (code in CURRENCIES)


@given(st.text(max_size=20))
def test_enums_take_only_their_own_values(value):
    assert refused("repairs", {"kind": value}) is not (value in {t.value for t in Topic})
    assert refused("bids", {"answer": value}) is not (value in {a.value for a in Answer})


@given(st.integers(min_value=-(2**70), max_value=2**70))
def test_whole_numbers_stay_inside_64_bits(number):
    assert refused("bids", {"mood_after": number}) is not (1 <= number <= 5)
    inside = -INT64 <= number <= INT64 and -100_000 <= number <= 100_000
    assert refused("ledger_lines", {"days_taken": number}) is not inside


@given(st.text(alphabet=st.characters(codec=None), max_size=50))
def test_text_is_refused_only_for_nul_or_characters_that_are_not_text(text):
    broken = "\x00" in text or any(0xD800 <= ord(c) <= 0xDFFF for c in text)
    assert refused("journal_entries", {"title": text}) is broken


def test_text_sizes_are_the_features_own():
    assert not refused("journal_replies", {"body": "x" * 5000})
    assert refused("journal_replies", {"body": "x" * 5001})
    with pytest.raises(InvalidRecord, match="body holds 10,000,001 characters"):
        check_row("journal_entries", {"body": "x" * 10_000_001})


@given(st.recursive(st.none() | st.integers() | st.text(max_size=3), st.lists, max_leaves=10))
def test_nested_values_are_never_taken_for_text_or_numbers(value):
    if isinstance(value, list):
        assert refused("journal_entries", {"title": value})
        assert refused("ledger_lines", {"amount_minor": value})


def test_a_refusal_names_the_record_and_the_column():
    with pytest.raises(InvalidRecord) as refusal:
        check_row("repairs", {"kind": "not-a-topic"}, where="Repair 12")
    assert str(refusal.value) == "Repair 12: kind 'not-a-topic' is not a value Toward knows."


def test_every_record_kind_of_the_export_has_rules():
    from toward.opendata.kinds import RECORD_KINDS

    for kind in RECORD_KINDS:
        rules = record_rules.rules_for(kind.table.name)
        assert rules is not None, kind.key
        assert set(kind.table.columns) <= set(rules.columns), kind.key
