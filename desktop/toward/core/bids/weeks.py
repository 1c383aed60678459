"""Local weeks as UTC ranges, so SQL can count bids per local week and hour.

Weeks start on Monday and hours are counted in local time: the OS time zone, daylight-
saving changes included. Python turns the weeks asked for into UTC ranges, one per week
(two for a week with a daylight-saving change), each with its week and UTC offset. SQL
then finds each range's bids through the made_at index and reads the local hour from the
stored UTC text plus the offset (see patterns.py).
"""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta

from toward.core import clock
from toward.core.bids.model import InvalidBid
from toward.core.i18n import QT_TRANSLATE_NOOP

Span = tuple[str, str, str, int]  # from, until (stored timestamps), week, UTC offset (min)


def week_start(day: date) -> date:
    """The Monday of the week holding `day`."""
    return day - timedelta(days=day.weekday())


def local_spans(first: date, weeks: int) -> list[Span]:
    """The local weeks from Monday `first` on as UTC ranges of one UTC offset each.

    Each span is (from, until) as stored timestamps, the week's Monday, and the UTC offset
    in minutes; a daylight-saving change splits its week in two. The offsets are the C
    library's, as SQLite's 'localtime' would use.
    """
    spans = []
    begin = _local_midnight(first)
    for week in (first + timedelta(weeks=i) for i in range(weeks)):
        end = _local_midnight(week + timedelta(weeks=1))
        for start, until, offset in _offset_runs(begin, end):
            spans.append((_stamp(start), _stamp(until), week.isoformat(), offset // 60))
        begin = end
    return spans


def spans_between(start: date, end: date) -> tuple[date, int, list[Span]]:
    """The Monday before `start`, the weeks up to `end`, and their spans cut to the days.

    The first and the last week keep only their spans' parts from `start` to `end`
    inclusive, in local days.
    """
    first = week_start(start)
    weeks = (week_start(end) - first).days // 7 + 1
    low = _stamp(_local_midnight(start))
    high = _stamp(_local_midnight(end + timedelta(days=1)))
    spans = [
        (max(lo, low), min(hi, high), week, minutes)
        for lo, hi, week, minutes in local_spans(first, weeks)
        if hi > low and lo < high
    ]
    return first, weeks, spans


def check_calendar(start: date, end: date) -> None:
    """Refuse days outside the years Toward works with, gently."""
    if not (clock.in_calendar(start) and clock.in_calendar(end)):
        raise InvalidBid(
            QT_TRANSLATE_NOOP("vault.errors", "Bid patterns cover days {calendar_words}."),
            calendar_words=clock.calendar_words(),
        )


def _offset_runs(begin: int, end: int) -> list[tuple[int, int, int]]:
    """[begin, end) in seconds split where the local UTC offset changes."""
    runs, offset = [], _utc_offset(begin)
    while _utc_offset(end - 1) != offset:
        low, high = begin, end - 1  # the offset is the same at `low`, changed by `high`
        while high - low > 1:
            middle = (low + high) // 2
            low, high = (middle, high) if _utc_offset(middle) == offset else (low, middle)
        runs.append((begin, high, offset))
        begin, offset = high, _utc_offset(high)
    runs.append((begin, end, offset))
    return runs


def _local_midnight(day: date) -> int:
    return int(datetime.combine(day, datetime.min.time()).astimezone().timestamp())


def _utc_offset(moment: int) -> int:
    return time.localtime(moment).tm_gmtoff


def _stamp(moment: int) -> str:
    return clock.to_text(datetime.fromtimestamp(moment, UTC))
