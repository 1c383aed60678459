"""An amount in a text field: read as the person typed it, filled as they would type it."""

from __future__ import annotations

from decimal import Decimal

from toward.core.formatting import current_locale


def decimal_separator(text: str) -> str:
    """Either separator is accepted: '12,50' is read as twelve fifty when unambiguous."""
    return "," if "," in text and "." not in text and len(text.split(",")[-1]) != 3 else "."


def typed_amount(amount: Decimal) -> str:
    """An amount as the person would type it ('1249,00' in Spanish and German, no grouping),
    whenever `decimal_separator` reads that back as the same number."""
    from babel.numbers import get_decimal_symbol  # as core.formatting: loaded when used

    whole, _, fraction = f"{amount}".partition(".")
    if fraction and get_decimal_symbol(current_locale()) == ",":
        typed = f"{whole},{fraction}"
        if decimal_separator(typed) == ",":
            return typed
    return f"{amount}"
