"""Dates, times, numbers and money as each locale writes them, and the locale following the
language chosen."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from decimal import Decimal

import pytest

from toward.core import formatting
from toward.core.formatting import (
    format_date,
    format_date_time,
    format_money,
    format_number,
    format_time,
)
from toward.core.ledger import Money
from toward.translations import use_language

DAY = date(2026, 3, 1)


@pytest.fixture
def locale() -> Iterator[None]:
    yield
    formatting.use_locale("en")


@pytest.mark.parametrize(
    ("name", "long", "month", "money", "number"),
    [
        ("en", "1 March 2026", "Mar 2026", "-USD 1,234.50", "1,234,567.5"),
        ("en_US", "March 1, 2026", "Mar 2026", "-USD 1,234.50", "1,234,567.5"),
        ("es", "1 de marzo de 2026", "mar 2026", "-1.234,50\xa0USD", "1.234.567,5"),
        ("de", "1. März 2026", "März 2026", "-1.234,50\xa0USD", "1.234.567,5"),
    ],
)
def test_each_locale_writes_dates_money_and_numbers_its_own_way(
    locale: None, name: str, long: str, month: str, money: str, number: str
):
    formatting.use_locale(name)
    assert format_date(DAY) == long
    assert format_date(DAY, "short_month_year") == month
    assert format_money(Money.of("-1234.5", "USD")) == money
    assert format_number(Decimal("1234567.5")) == number


def test_money_shows_every_minor_digit_of_its_currency_and_its_code(locale: None):
    assert format_money(Money.of("12", "USD")) == "USD 12.00"
    assert format_money(Money.of("1200", "JPY")) == "JPY 1,200"
    assert format_money(Money.of("1.5", "BHD")) == "BHD 1.500"
    formatting.use_locale("de")
    assert format_money(Money.of("1200", "JPY")) == "1.200\xa0JPY"


def test_times_follow_the_locale_clock_and_an_aware_moment_is_shown_in_local_time(locale: None):
    assert format_time(time(14, 5)) == "14:05"
    moment = datetime(2026, 3, 1, 14, 5, tzinfo=UTC)
    local = moment.astimezone()
    assert format_date_time(moment) == f"{format_date(local.date())}, {local:%H:%M}"
    formatting.use_locale("en_US")
    assert format_time(time(14, 5)) == "2:05\u202fPM"


def test_a_locale_babel_does_not_know_falls_back_to_english(locale: None):
    assert formatting.use_locale("tlh_XX") == "en_GB"
    assert formatting.use_locale("C") == "en_GB"
    assert format_number(3, decimals=2) == "3.00"


def test_choosing_a_language_sets_the_locale_and_right_to_left_follows_the_script(locale: None):
    try:
        assert use_language("de") == "de"
        assert formatting.current_locale() == "de"
        assert format_date(DAY, "month_year") == "März 2026"
    finally:
        use_language("en")
    assert formatting.current_locale() == "en_GB"
    assert not formatting.is_right_to_left()
    formatting.use_locale("ar")
    assert formatting.is_right_to_left()


@pytest.mark.parametrize(
    ("language", "said"),
    [("en", "12,480 matching entries"), ("de", "12.480 passende Einträge")],
)
def test_a_count_in_a_sentence_is_written_as_the_locale_writes_numbers(
    locale: None, language: str, said: str
):
    from toward.core.i18n import translate

    use_language(language)
    try:
        assert translate("ui.journal.page", "%n matching entries", None, 12480) == said
    finally:
        use_language("en")
