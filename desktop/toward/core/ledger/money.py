"""Money as exact decimals with an ISO 4217 currency; never a float.

Amounts are stored as whole minor units (cents, fils, yen) in an INTEGER column, so sums in
SQL are exact. Each currency has its own number of minor digits: JPY 0, USD 2, BHD 3.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

from toward.vault.errors import KnownError

# ISO 4217 codes in use, with their minor digits where that is not 2.
_NOT_TWO = {
    "BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "JPY": 0, "KMF": 0, "KRW": 0,
    "PYG": 0, "RWF": 0, "UGX": 0, "UYI": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0,
    "XPF": 0,
    "BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
    "CLF": 4, "UYW": 4,
}  # fmt: skip
_TWO = (  # noqa: SIM905 - a table to read, not a list to scroll
    "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BRL BSD BTN BWP "
    "BYN BZD CAD CDF CHF CNY COP CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP "
    "GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT "
    "LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN "
    "NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP "
    "SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD UYU UZS VES "
    "WST XCD YER ZAR ZMW ZWL"
).split()
MINOR_DIGITS: dict[str, int] = {code: 2 for code in _TWO} | _NOT_TWO
CURRENCIES: tuple[str, ...] = tuple(sorted(MINOR_DIGITS))
MAX_MINOR = 10**15  # a quadrillion minor units: far beyond any household, well inside int64


class InvalidMoney(KnownError):
    """An amount or currency that cannot be read exactly, with the reason."""


def currency_code(text: str) -> str:
    """The ISO 4217 code in `text` (any case), or InvalidMoney."""
    code = text.strip().upper()
    if code not in MINOR_DIGITS:
        raise InvalidMoney(f"{text.strip()!r} is not a currency code Toward knows (like USD).")
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
            raise InvalidMoney("An amount must be an exact decimal number.")
        digits = MINOR_DIGITS[code]
        if abs(self.amount) > Decimal(MAX_MINOR).scaleb(-digits):
            raise InvalidMoney("That amount is too large to be a household purchase.")
        exact = self.amount.quantize(Decimal(1).scaleb(-digits))
        if exact != self.amount:
            places = "no decimal places" if digits == 0 else f"at most {digits} decimal places"
            raise InvalidMoney(f"{code} amounts have {places}; {self.amount} has more.")
        object.__setattr__(self, "amount", exact)

    @classmethod
    def of(cls, amount: str | int | Decimal, currency: str) -> Money:
        """Money from a decimal text ('12.50'), an int or a Decimal; floats are refused."""
        if isinstance(amount, float | bool):
            raise InvalidMoney("Amounts are never floats; pass text or a Decimal.")
        try:
            value = Decimal(amount.strip()) if isinstance(amount, str) else Decimal(amount)
        except InvalidOperation:
            raise InvalidMoney(f"{amount!r} is not a number.") from None
        return cls(currency, value)

    @classmethod
    def from_minor(cls, minor: int, currency: str) -> Money:
        code = currency_code(currency)
        return cls(code, Decimal(minor).scaleb(-MINOR_DIGITS[code]))

    @classmethod
    def rounded(cls, amount: Decimal, currency: str) -> Money:
        """`amount` rounded to the currency's minor unit, half to even (banker's rounding)."""
        code = currency_code(currency)
        if not amount.is_finite() or abs(amount) > MAX_MINOR:
            raise InvalidMoney("That amount is too large to be a household purchase.")
        step = Decimal(1).scaleb(-MINOR_DIGITS[code])
        return cls(code, amount.quantize(step, rounding=ROUND_HALF_EVEN))

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls.from_minor(0, currency)

    @property
    def minor(self) -> int:
        """The amount in whole minor units, as stored."""
        return int(self.amount.scaleb(MINOR_DIGITS[self.currency]))

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
            raise InvalidMoney(f"Cannot add {other.currency} to {self.currency} without a rate.")
        return other

    def __str__(self) -> str:
        return format_money(self)


def format_money(money: Money) -> str:
    """'USD 1,234.50', '-JPY 1,200': the code first, so no currency is mistaken for another."""
    digits = MINOR_DIGITS[money.currency]
    sign = "-" if money.amount < 0 else ""
    return f"{sign}{money.currency} {abs(money.amount):,.{digits}f}"


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
        raise InvalidMoney(f"{raw!r} is not an amount.")
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
