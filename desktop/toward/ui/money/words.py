"""The money page's words for the ledger's plain values: purposes and groupings.

`Purpose` and `Grouping` store plain values ("business", "month"); the page shows them as
a cell, a heading, a switch and an accessible name, each a whole phrase for translators.
"""

from __future__ import annotations

from toward.core.i18n import QT_TRANSLATE_NOOP, translate
from toward.core.ledger import Grouping, Purpose

_PURPOSES = {
    Purpose.PERSONAL: QT_TRANSLATE_NOOP("ui.money.words", "personal"),
    Purpose.BUSINESS: QT_TRANSLATE_NOOP("ui.money.words", "business"),
}

# Per grouping: the totals column's heading, the switch's word, the table's name.
_GROUPINGS = {
    Grouping.MONTH: (
        QT_TRANSLATE_NOOP("ui.money.words", "Month"),
        QT_TRANSLATE_NOOP("ui.money.words", "By month"),
        QT_TRANSLATE_NOOP("ui.money.words", "Totals by month"),
    ),
    Grouping.CATEGORY: (
        QT_TRANSLATE_NOOP("ui.money.words", "Category"),
        QT_TRANSLATE_NOOP("ui.money.words", "By category"),
        QT_TRANSLATE_NOOP("ui.money.words", "Totals by category"),
    ),
    Grouping.ACCOUNT: (
        QT_TRANSLATE_NOOP("ui.money.words", "Account"),
        QT_TRANSLATE_NOOP("ui.money.words", "By account"),
        QT_TRANSLATE_NOOP("ui.money.words", "Totals by account"),
    ),
    Grouping.PURPOSE: (
        QT_TRANSLATE_NOOP("ui.money.words", "Purpose"),
        QT_TRANSLATE_NOOP("ui.money.words", "By purpose"),
        QT_TRANSLATE_NOOP("ui.money.words", "Totals by purpose"),
    ),
    Grouping.AUTHOR: (
        QT_TRANSLATE_NOOP("ui.money.words", "Who"),
        QT_TRANSLATE_NOOP("ui.money.words", "By who"),
        QT_TRANSLATE_NOOP("ui.money.words", "Totals by who"),
    ),
}


def purpose_word(purpose: Purpose) -> str:
    """'business', in the person's language."""
    return translate("ui.money.words", _PURPOSES[purpose])


def grouping_heading(by: Grouping) -> str:
    """'Month': the totals table's first column."""
    return translate("ui.money.words", _GROUPINGS[by][0])


def grouping_choice(by: Grouping) -> str:
    """'By month': the totals card's switch."""
    return translate("ui.money.words", _GROUPINGS[by][1])


def grouping_table_name(by: Grouping) -> str:
    """'Totals by month': the totals table's accessible name."""
    return translate("ui.money.words", _GROUPINGS[by][2])
