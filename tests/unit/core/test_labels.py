"""Enums that carry their words: stored as the value, shown as the label."""

from __future__ import annotations

import pytest

from toward.core.bids import Answer
from toward.core.journal import Mood


def test_a_member_is_its_value_and_carries_its_label():
    assert Answer("toward") is Answer.TOWARD
    assert Answer.TOWARD == "toward" and f"{Answer.TOWARD}" == "toward"
    assert Answer.TOWARD.label == "turned toward"
    assert Mood(3) is Mood.STEADY and Mood.STEADY == 3 and Mood.STEADY.label == "steady"


def test_an_unknown_value_is_refused():
    with pytest.raises(ValueError):
        Answer("turned toward")


@pytest.mark.parametrize(("value", "label"), [(1, "heavy"), (None, None), (0, None), (9, None)])
def test_a_stored_mood_reads_as_its_word(value: int | None, label: str | None):
    assert Mood.label_of(value) == label
