"""Bids' plain parts: answer counts and rates, Monday-start weeks, the words shown."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toward.core.bids import (
    RESEARCH_CONTEXT,
    Answer,
    AnswerCounts,
    BidKind,
    week_start,
)


def test_counts_total_leaves_late_answers_out():
    counts = AnswerCounts(toward=2, away=1, against=1, missed=4, late_toward=3)
    assert counts.total == 8
    assert counts.toward_share == 0.25


def test_an_empty_period_has_no_rate():
    assert AnswerCounts().total == 0
    assert AnswerCounts().toward_share is None
    assert AnswerCounts(late_toward=1).toward_share is None
    assert AnswerCounts(missed=3).toward_share == 0


@pytest.mark.parametrize("answer", list(Answer))
def test_add_counts_one_answer_and_its_late_answers(answer: Answer):
    counts = AnswerCounts()
    counts.add(answer.value, 3, 1)
    counts.add(answer.value, 2, 0)
    assert getattr(counts, answer.value) == 5
    assert counts.total == 5 and counts.late_toward == 1


def test_add_refuses_an_unknown_answer():
    with pytest.raises(ValueError, match="late_toward"):
        AnswerCounts().add("late_toward", 1, 0)
    with pytest.raises(ValueError, match="bogus"):
        AnswerCounts().add("bogus", 1, 0)


@pytest.mark.parametrize(
    ("day", "monday"),
    [
        (date(2026, 6, 8), date(2026, 6, 8)),  # a Monday is its own week's start
        (date(2026, 6, 14), date(2026, 6, 8)),  # Sunday ends it
        (date(2026, 1, 1), date(2025, 12, 29)),  # across the new year
        (date(2025, 12, 31), date(2025, 12, 29)),
        (date(2024, 3, 1), date(2024, 2, 26)),  # across a leap day
    ],
)
def test_week_start_is_the_monday(day: date, monday: date):
    assert week_start(day) == monday


@given(st.dates(min_value=date(1971, 1, 1), max_value=date(2199, 12, 31)))
def test_week_start_is_a_monday_within_the_last_seven_days(day: date):
    start = week_start(day)
    assert start.weekday() == 0
    assert timedelta(0) <= day - start < timedelta(days=7)
    assert week_start(start + timedelta(days=6)) == start


def test_every_kind_and_answer_has_words():
    assert all(kind.label.strip() for kind in BidKind)
    assert all(answer.label.strip() for answer in Answer)
    assert len({kind.label for kind in BidKind}) == len(BidKind)


def test_research_context_is_labelled_with_its_source():
    assert RESEARCH_CONTEXT.startswith("Research context, not a grade")
    assert "Gottman" in RESEARCH_CONTEXT and "2001" in RESEARCH_CONTEXT
