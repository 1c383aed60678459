"""Money: exact arithmetic, per-currency minor units and rounding, reading what people write."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toward.core.formatting import currency_digits
from toward.core.ledger.money import (
    MAX_MINOR,
    InvalidMoney,
    Money,
    format_money,
    parse_amount,
    totals,
)

currencies = st.sampled_from(["JPY", "USD", "EUR", "BHD", "KWD", "CLF", "KRW", "GBP"])
minors = st.integers(min_value=-(10**12), max_value=10**12)


@st.composite
def money(draw: st.DrawFn, currency: str | None = None) -> Money:
    code = currency or draw(currencies)
    return Money.from_minor(draw(minors), code)


def test_a_tenth_and_a_fifth_make_three_tenths_exactly():
    total = Money.of("0.1", "USD") + Money.of("0.2", "USD")
    assert total == Money.of("0.3", "USD") and total.minor == 30


@pytest.mark.parametrize(
    ("currency", "digits", "text"),
    [("JPY", 0, "JPY 1,235"), ("USD", 2, "USD 1,234.50"), ("BHD", 3, "BHD 1,234.500")],
)
def test_each_currency_has_its_own_minor_units(currency: str, digits: int, text: str):
    assert currency_digits(currency) == digits
    amount = "1235" if digits == 0 else "1234.5"
    assert format_money(Money.of(amount, currency)) == text
    with pytest.raises(InvalidMoney, match=currency):
        Money.of("1." + "1" * (digits + 1), currency)


# The minor digits CLDR gives, pinned: stored amounts are whole minor units, so a data
# update that changed a currency's digits would read every stored amount in it 10 or 100
# times off. If this fails after upgrading Babel, the database needs a migration first.
PINNED_DIGITS = {
    0: "ADP AFN ALL BIF BYR CLP COP DJF ESP GNF HUF IDR IQD IRR ISK ITL JPY KMF KPW KRW LAK "
    "LBP LUF MGA MGF MMK MRO PYG RWF SLL SOS STD SYP TMM TRL UGX UYI VND VUV XAF XOF XPF "
    "YER ZMK ZWD",
    3: "BHD JOD KWD LYD OMR TND",
    4: "CLF UYW",
}


def test_the_minor_digits_of_every_currency_are_those_the_stored_amounts_were_written_with():
    from toward.core.ledger.money import KNOWN_CURRENCIES

    expected = {code: digits for digits, codes in PINNED_DIGITS.items() for code in codes.split()}
    found = {code: currency_digits(code) for code in KNOWN_CURRENCIES}
    changed = {code for code, digits in found.items() if digits != expected.get(code, 2)}
    assert not changed, f"CLDR changed the minor digits of {sorted(changed)}"


def test_floats_and_unknown_currencies_are_refused():
    with pytest.raises(InvalidMoney, match="float"):
        Money.of(0.1, "USD")  # type: ignore[arg-type]
    with pytest.raises(InvalidMoney, match="currency code"):
        Money.of("1", "ZZZ")
    with pytest.raises(InvalidMoney, match="without a rate"):
        Money.of("1", "USD") + Money.of("1", "EUR")
    with pytest.raises(InvalidMoney, match="too large"):
        Money.from_minor(MAX_MINOR + 1, "USD")
    for bad in ("NaN", "Infinity", "1e400"):
        with pytest.raises(InvalidMoney):
            Money.of(bad, "USD")


@given(money())
def test_minor_units_round_trip(value: Money):
    assert Money.from_minor(value.minor, value.currency) == value
    assert value.amount.as_tuple().exponent == -currency_digits(value.currency)


@given(currencies, st.lists(minors, max_size=30))
def test_sums_are_exact_and_agree_with_minor_units(currency: str, parts: list[int]):
    values = [Money.from_minor(p, currency) for p in parts]
    total = sum(values, Money.zero(currency))
    assert total.minor == sum(parts)
    assert totals(values).get(currency, Money.zero(currency)) == total


@given(money(), money())
def test_addition_and_subtraction_undo_each_other(a: Money, b: Money):
    b = Money.from_minor(b.minor, a.currency)
    assert a + b - b == a
    assert a - a == Money.zero(a.currency)


@given(currencies, st.decimals(min_value=-(10**9), max_value=10**9, places=6))
def test_rounding_lands_on_the_minor_unit_within_half_of_it(currency: str, amount: Decimal):
    rounded = Money.rounded(amount, currency)
    unit = Decimal(1).scaleb(-currency_digits(currency))
    assert abs(rounded.amount - amount) <= unit / 2
    assert Money.rounded(rounded.amount, currency) == rounded


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [("2.5", "JPY", "2"), ("3.5", "JPY", "4"), ("0.125", "USD", "0.12"), ("0.0005", "BHD", "0")],
)
def test_ties_round_to_even(amount: str, currency: str, expected: str):
    assert Money.rounded(Decimal(amount), currency) == Money.of(expected, currency)


@given(money(), st.sampled_from([".", ","]), st.booleans())
def test_what_is_written_is_read_back(value: Money, separator: str, parentheses: bool):
    digits = currency_digits(value.currency)
    text = f"{abs(value.amount):,.{digits}f}"
    if separator == ",":
        text = text.replace(",", " ").replace(".", ",")
    if value.amount < 0:
        text = f"({text})" if parentheses else f"-{text}"
    assert parse_amount(text, value.currency, decimal_separator=separator) == value


@given(st.text(max_size=30), currencies, st.sampled_from([".", ","]))
def test_any_text_is_an_amount_or_a_clear_refusal(text: str, currency: str, separator: str):
    try:
        parsed = parse_amount(text, currency, decimal_separator=separator)
    except InvalidMoney as exc:
        assert str(exc)
    else:
        assert parsed.currency == currency
