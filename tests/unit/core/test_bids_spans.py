"""Local weeks as UTC ranges of one offset each, which the bid statistics group by."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from toward.core.bids import local_spans

ZONES = [
    "UTC",
    "Europe/London",
    "America/New_York",
    "America/St_Johns",
    "Australia/Lord_Howe",  # a half-hour daylight-saving change
    "Asia/Kathmandu",
    "Pacific/Kiritimati",
    "America/Santiago",  # changes at local midnight
]


@contextmanager
def zone(name: str) -> Iterator[None]:
    before = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()


def moment(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp)


def test_a_london_spring_forward_week_is_split_at_the_change():
    with zone("Europe/London"):
        spans = local_spans(date(2026, 3, 23), 2)
    assert spans == [
        ("2026-03-23T00:00:00.000000+00:00", "2026-03-29T01:00:00.000000+00:00", "2026-03-23", 0),
        ("2026-03-29T01:00:00.000000+00:00", "2026-03-29T23:00:00.000000+00:00", "2026-03-23", 60),
        ("2026-03-29T23:00:00.000000+00:00", "2026-04-05T23:00:00.000000+00:00", "2026-03-30", 60),
    ]


def test_a_fall_back_week_is_longer_by_the_hour():
    with zone("Europe/London"):
        spans = local_spans(date(2026, 10, 19), 1)
    assert [(s[2], s[3]) for s in spans] == [("2026-10-19", 60), ("2026-10-19", 0)]
    assert moment(spans[-1][1]) - moment(spans[0][0]) == timedelta(days=7, hours=1)


def test_one_span_per_week_without_daylight_saving():
    with zone("Asia/Tokyo"):
        spans = local_spans(date(2025, 12, 29), 3)
    assert [(s[0], s[2], s[3]) for s in spans] == [
        ("2025-12-28T15:00:00.000000+00:00", "2025-12-29", 540),
        ("2026-01-04T15:00:00.000000+00:00", "2026-01-05", 540),
        ("2026-01-11T15:00:00.000000+00:00", "2026-01-12", 540),
    ]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(ZONES),
    st.dates(min_value=date(1990, 1, 1), max_value=date(2037, 12, 31)),
    st.integers(min_value=1, max_value=60),
)
def test_spans_tile_the_local_weeks_with_the_right_offsets(name: str, day: date, weeks: int):
    first = day - timedelta(days=day.weekday())
    with zone(name):
        spans = local_spans(first, weeks)
        start = datetime.combine(first, datetime.min.time()).astimezone()
        end = datetime.combine(first + timedelta(weeks=weeks), datetime.min.time()).astimezone()
        assert moment(spans[0][0]) == start
        assert moment(spans[-1][1]) == end
        for before, after in pairwise(spans):
            assert before[1] == after[0]  # no gap, no overlap
        for lo, hi, week, offset in spans:
            assert moment(lo) < moment(hi)
            for edge in (moment(lo), moment(hi) - timedelta(seconds=1)):
                local = edge.astimezone()
                assert local.utcoffset() == timedelta(minutes=offset)
                monday = date.fromisoformat(week)
                assert local.date() - monday < timedelta(days=7)
                assert local.date() >= monday
    weeks_seen = [date.fromisoformat(s[2]) for s in spans]
    assert sorted(set(weeks_seen)) == [first + timedelta(weeks=i) for i in range(weeks)]
    assert weeks_seen == sorted(weeks_seen)
    assert all(moment(s[0]).tzinfo == UTC for s in spans)
