"""Dates, times, numbers and money as the person's locale writes them (issue 21).

Every layer formats through here, never with `strftime` or an f-string: "1 March 2026" in
English is "1 de marzo de 2026" in Spanish and "1. März 2026" in German, and money puts its
code where the locale puts it ("USD 12.50", "12,50 USD"). The patterns come from CLDR
through Babel (pure Python, so core may use it). `toward.translations.use_language` sets
the locale together with the language; until then, and in tests, it is English.

Money always shows its ISO code, never a symbol: "$" is a dozen currencies.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import Decimal
from typing import Literal, Protocol

from babel import Locale, UnknownLocaleError

# English with no region reads dates day-month-year on a 24-hour clock, as Toward always
# has (CLDR's en_GB patterns); a person whose system says en_US gets en_US's patterns.
_REGION_FOR_LANGUAGE = {"en": "en_GB"}

DateStyle = Literal[
    "long",  # 1 March 2026
    "medium",  # 1 Mar 2026
    "full",  # Sunday, 1 March 2026
    "day_month",  # 1 March
    "short_day_month",  # 1 Mar
    "weekday_day_month",  # Sunday 1 March
    "short_weekday",  # Sun 1 Mar
    "month_year",  # March 2026
    "short_month_year",  # Mar 2026
    "weekday",  # Sunday
]

# CLDR skeletons: the fields wanted; each locale orders and spells them its own way.
_SKELETONS: dict[str, str] = {
    "long": "yMMMMd",
    "medium": "yMMMd",
    "full": "yMMMMEEEEd",
    "day_month": "MMMMd",
    "short_day_month": "MMMd",
    "weekday_day_month": "MMMMEEEEd",
    "short_weekday": "MMMEd",
    "month_year": "yMMMM",
    "short_month_year": "yMMM",
    "weekday": "EEEE",
}

# Parsed when first used: the lock screen's first paint need not wait for CLDR's data.
_name = _REGION_FOR_LANGUAGE["en"]
_parsed: dict[str, Locale] = {}


def _current() -> Locale:
    if _name not in _parsed:
        _parsed[_name] = Locale.parse(_name)
    return _parsed[_name]


def use_locale(name: str) -> str:
    """Format for `name` ("de", "es_MX", "en-US") from now on; returns the locale in use.

    A bare language gets its usual region ("en" reads as en_GB); an unknown name falls
    back to English rather than failing: a date in English beats no window at all.
    """
    global _name
    code = name.replace("-", "_").split(".")[0]
    if code in ("C", "POSIX", ""):  # a system with no locale set: Babel reads en_US_POSIX
        code = "en"
    code = _REGION_FOR_LANGUAGE.get(code, code)
    try:
        _parsed.setdefault(code, Locale.parse(code))
        _name = code
    except (UnknownLocaleError, ValueError):
        _name = _REGION_FOR_LANGUAGE["en"]
    return str(_current())


def current_locale() -> str:
    """The locale dates and money are formatted for, like "en_GB" or "de"."""
    return str(_current())


def is_right_to_left() -> bool:
    """Whether the current locale's script runs right to left (Arabic, Hebrew, Persian)."""
    return _current().text_direction == "rtl"


def _local(moment: date | datetime) -> date | datetime:
    # An aware moment is shown on this computer's clock; a date or naive time as it is.
    if isinstance(moment, datetime) and moment.tzinfo is not None:
        return moment.astimezone()
    return moment


def format_date(day: date | datetime, style: DateStyle = "long") -> str:
    """`day` as the locale writes it: "1 March 2026" ("long"), "Mar 2026" ("short_month_year").

    An aware datetime is first moved to this computer's time zone, so the day is the one
    the person lived.
    """
    moment = _local(day)
    if isinstance(moment, datetime):
        moment = moment.date()
    from babel.dates import format_skeleton

    return str(format_skeleton(_SKELETONS[style], moment, locale=_current()))


def format_time(moment: datetime | time) -> str:
    """The time of day as the locale writes it: "14:05", "2:05 PM"."""
    shown = moment.astimezone() if isinstance(moment, datetime) and moment.tzinfo else moment
    from babel.dates import format_time as babel_format_time

    return str(babel_format_time(shown, "short", locale=_current()))


def format_date_time(moment: datetime, style: DateStyle = "long") -> str:
    """A day and its time in the locale's order: "1 March 2026, 14:05"."""
    joined: str = _current().datetime_formats["medium"]
    return joined.format(format_time(moment), format_date(moment, style))


def format_number(value: int | Decimal, decimals: int | None = None) -> str:
    """A number with the locale's separators: "1,234.5", "1.234,5"; `decimals` fixes them."""
    from babel.numbers import format_decimal

    if decimals is None:
        return str(format_decimal(value, locale=_current()))
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    return str(format_decimal(value, format=pattern, locale=_current()))


def format_percent(share: float) -> str:
    """A share as a whole percentage: "75%" in English, "75 %" in German."""
    from babel.numbers import format_percent as babel_format_percent

    return str(babel_format_percent(share, locale=_current()))


def currency_digits(code: str) -> int:
    """How many digits a currency's minor unit has (JPY 0, USD 2, BHD 3).

    ISO 4217's minor units (the `iso4217` package, kept current from the standard), as
    bank statements write amounts; CLDR's digits only for codes the standard no longer
    lists (ANG, BGN). CLDR's own digits are display habits (COP, HUF and IDR without
    cents) and would read every stored amount in those currencies 100 times off.
    """
    from iso4217 import Currency

    try:
        exponent = Currency(code).exponent
    except ValueError:
        exponent = None
    if exponent is not None:
        return int(exponent)
    from babel.numbers import get_currency_precision

    return int(get_currency_precision(code))


class Amount(Protocol):
    """An exact amount in one currency: `core.ledger.Money`."""

    @property
    def currency(self) -> str: ...

    @property
    def amount(self) -> Decimal: ...


def format_money(money: Amount) -> str:
    """An amount with its ISO code where the locale puts it: "USD 1,234.50", "1.234,50 USD".

    All of the currency's minor digits are shown ("USD 12.00"): in a ledger a dropped
    zero reads as a different amount.
    """
    from babel.numbers import format_currency

    standard = _current().currency_formats["standard"].pattern
    # "¤¤" is the ISO code. Where the locale glues its symbol to the number ("$12"), a
    # code needs a space ("USD 12"), as CLDR's currency spacing rules say.
    pattern = ";".join(_spaced(part) for part in standard.split(";"))
    # The currency's own minor digits, not the locale's habit for it (see currency_digits).
    digits = currency_digits(money.currency)
    pattern = re.sub(r"\.0+", "." + "0" * digits if digits else "", pattern)
    return str(
        format_currency(
            money.amount,
            money.currency,
            format=pattern,
            locale=_current(),
            currency_digits=False,
        )
    )


def _spaced(pattern: str) -> str:
    pattern = pattern.replace("¤", "¤¤")
    start = pattern.find("¤¤")
    after = pattern[start + 2 : start + 3]
    before = pattern[start - 1 : start] if start > 0 else ""
    if after in ("#", "0"):
        pattern = pattern.replace("¤¤", "¤¤ ", 1)
    elif before in ("#", "0"):
        pattern = pattern.replace("¤¤", " ¤¤", 1)
    return pattern


def upper_first(text: str) -> str:
    """`text` with only its first letter upper-cased, for a label that starts a line.

    Unlike `str.capitalize`, the rest is left as it is: German nouns keep their capitals.
    """
    return text[:1].upper() + text[1:]
