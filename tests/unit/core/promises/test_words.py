"""How promises are dated and shortened for the Today page, and the months of a period."""

from __future__ import annotations

from datetime import date

import pytest

from toward.core.promises import due_words
from toward.core.promises.history import months

TODAY = date(2026, 3, 10)  # a Tuesday


@pytest.mark.parametrize(
    ("due", "words"),
    [
        (None, "no set day"),
        (date(2026, 3, 10), "due today"),
        (date(2026, 3, 11), "due tomorrow"),
        (date(2026, 3, 13), "due Fri 13 Mar"),
        (date(2026, 3, 2), "was due Mon 2 Mar"),
    ],
)
def test_due_words(due: date | None, words: str):
    assert due_words(due, TODAY) == words


def test_months_of_a_period_cross_the_year():
    assert months(date(2025, 11, 30), date(2026, 2, 1)) == [
        date(2025, 11, 1),
        date(2025, 12, 1),
        date(2026, 1, 1),
        date(2026, 2, 1),
    ]
    assert months(date(2026, 1, 31), date(2026, 1, 31)) == [date(2026, 1, 1)]
