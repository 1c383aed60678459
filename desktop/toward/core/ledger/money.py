"""Money as exact decimals with an ISO 4217 currency; never a float.

Amounts are stored as whole minor units (cents, fils, yen) in an INTEGER column, so sums in
SQL are exact. Each currency has its own number of minor digits, from CLDR: JPY 0, USD 2,
BHD 3 (`core.formatting.currency_digits`). tests/unit/core/ledger/test_money.py pins them:
a data update that changed one would rescale every stored amount in that currency.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

from babel.core import get_global
from babel.numbers import get_territory_currencies, list_currencies

from toward.core.formatting import currency_digits
from toward.core.formatting import format_money as format_money  # the one money format
from toward.core.i18n import QT_TRANSLATE_NOOP
from toward.vault.errors import KnownError

# Digits and codes come from CLDR through Babel, kept current by its maintainers. A code
# that was ever a currency stays readable (a stored purchase in a retired currency must
# still open); new purchases are offered in the currencies tendered somewhere today.
KNOWN_CURRENCIES: frozenset[str] = frozenset(list_currencies())
CURRENCIES: tuple[str, ...] = tuple(
    sorted(
        {
            code
            for place in get_global("territory_currencies")
            for code in get_territory_currencies(place)
        }
    )
)
TOO_LARGE = QT_TRANSLATE_NOOP(
    "vault.errors", "That amount is too large to be a household purchase."
)
MAX_MINOR = 10**15  # a quadrillion minor units: far beyond any household, well inside int64


class InvalidMoney(KnownError):
    """An amount or currency that cannot be read exactly, with the reason."""


def currency_code(text: str) -> str:
    """The ISO 4217 code in `text` (any case), or InvalidMoney."""
    code = text.strip().upper()
    if code not in KNOWN_CURRENCIES:
        raise InvalidMoney(
            QT_TRANSLATE_NOOP(
                "vault.errors", "'{code}' is not a currency code Toward knows (like USD)."
            ),
            code=text.strip()[:10],
        )
    return code


@dataclass(frozen=True, order=True)
class Money:
    """An exact amount in one currency, with no more digits than the currency has."""

    currency: str
    amount: Decimal

    def __post_init__(self) -> None:
        code = currency_code(self.currency)
        object.__setattr__(self, "currency", code)
        if not isinstance(self.amount, Decimal) or not self.amount.is_finite():
            raise InvalidMoney(
                QT_TRANSLATE_NOOP("vault.errors", "An amount must be an exact decimal number.")
            )
        digits = currency_digits(code)
        if abs(self.amount) > Decimal(MAX_MINOR).scaleb(-digits):
            raise InvalidMoney(TOO_LARGE)
        exact = self.amount.quantize(Decimal(1).scaleb(-digits))
        if exact != self.amount:
            raise InvalidMoney(
                QT_TRANSLATE_NOOP(
                    "vault.errors",
                    "{code} amounts have at most %n decimal places; {amount} has more.",
                ),
                code=code,
                amount=self.amount,
                n=digits,
                one="{code} amounts have at most one decimal place; {amount} has more.",
            )
        object.__setattr__(self, "amount", exact)

    @classmethod
    def of(cls, amount: str | int | Decimal, currency: str) -> Money:
        """Money from a decimal text ('12.50'), an int or a Decimal; floats are refused."""
        if isinstance(amount, float | bool):
            raise InvalidMoney("Amounts are never floats; pass text or a Decimal.")  # for code
        try:
            value = Decimal(amount.strip()) if isinstance(amount, str) else Decimal(amount)
        except InvalidOperation:
            raise InvalidMoney(
                QT_TRANSLATE_NOOP("vault.errors", "'{text}' is not a number."),
                text=str(amount)[:40],
            ) from None
        return cls(currency, value)

    @classmethod
    def from_minor(cls, minor: int, currency: str) -> Money:
        code = currency_code(currency)
        return cls(code, Decimal(minor).scaleb(-currency_digits(code)))

    @classmethod
    def rounded(cls, amount: Decimal, currency: str) -> Money:
        """`amount` rounded to the currency's minor unit, half to even (banker's rounding)."""
        code = currency_code(currency)
        if not amount.is_finite() or abs(amount) > MAX_MINOR:
            raise InvalidMoney(TOO_LARGE)
        step = Decimal(1).scaleb(-currency_digits(code))
        return cls(code, amount.quantize(step, rounding=ROUND_HALF_EVEN))

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls.from_minor(0, currency)

    @property
    def minor(self) -> int:
        """The amount in whole minor units, as stored."""
        return int(self.amount.scaleb(currency_digits(self.currency)))

    def __add__(self, other: Money) -> Money:
        return Money(self.currency, self.amount + self._same(other).amount)

    def __sub__(self, other: Money) -> Money:
        return Money(self.currency, self.amount - self._same(other).amount)

    def __neg__(self) -> Money:
        return Money(self.currency, -self.amount)

    def _same(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise InvalidMoney(
                QT_TRANSLATE_NOOP("vault.errors", "Cannot add {other} to {code} without a rate."),
                other=other.currency,
                code=self.currency,
            )
        return other

    def __str__(self) -> str:
        return format_money(self)


def parse_amount(text: str, currency: str, *, decimal_separator: str = ".") -> Money:
    """An amount as people and statements write it: '1,234.50', '(12.00)', '-5', '€ 3,10'.

    `decimal_separator` is '.' or ','; the other one, spaces and apostrophes are taken as
    thousands separators. Parentheses and a trailing minus mean a negative amount.
    """
    if decimal_separator not in (".", ","):
        raise ValueError("the decimal separator is '.' or ','")
    raw = text.strip()
    cleaned = raw
    for symbol in ("$", "€", "£", "¥", "₹", "\u00a0", " ", "'", "’"):
        cleaned = cleaned.replace(symbol, "")
    code = currency_code(currency)
    if cleaned.upper().startswith(code) or cleaned.upper().endswith(code):
        cleaned = cleaned.upper().replace(code, "")
    negative = False
    if cleaned.startswith("(") and cleaned.endswith(")"):
        negative, cleaned = True, cleaned[1:-1]
    if cleaned.endswith("-"):
        negative, cleaned = True, cleaned[:-1]
    if cleaned.startswith(("-", "+")):
        negative, cleaned = negative ^ (cleaned[0] == "-"), cleaned[1:]
    thousands = "," if decimal_separator == "." else "."
    whole, _, fraction = cleaned.replace(thousands, "").partition(decimal_separator)
    if (
        not _digits(whole or fraction)
        or (whole and not _digits(whole))
        or (fraction and not _digits(fraction))
    ):
        raise InvalidMoney(
            QT_TRANSLATE_NOOP("vault.errors", "'{text}' is not an amount."), text=raw[:40]
        )
    value = Decimal(f"{'-' if negative else ''}{whole or '0'}.{fraction or '0'}")
    return Money(code, value)


def _digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def totals(amounts: Iterable[Money]) -> dict[str, Money]:
    """Sums per currency, in code order."""
    sums: dict[str, Money] = {}
    for money in amounts:
        sums[money.currency] = sums.get(money.currency, Money.zero(money.currency)) + money
    return dict(sorted(sums.items()))
