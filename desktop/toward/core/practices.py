"""Practices from therapy: what the therapist suggested trying between sessions.

A practice ("a twenty-minute stress-reducing conversation, three evenings a week") belongs
to the couple, so it lives in the shared space: either partner adds it, logs a time it
was practised with a short note, or sets it aside when it no longer fits. The log counts
times practised against the couple's own plan; it never rates either partner. Nothing is
deleted: a set-aside practice and its log stay as history.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from toward.core import clock
from toward.core.attention import AttentionCard
from toward.core.changes import Change
from toward.core.i18n import QT_TRANSLATE_NOOP, translate
from toward.core.spaces import RecordInfo, RecordStore, Space, Spaces
from toward.vault.database import transaction
from toward.vault.errors import KnownError

PRACTICES = "practices"
TIMES = "practice_times"
PRACTICE_COLUMNS = ("what", "times_per_week", "ended_at")
TIME_COLUMNS = ("practice_id", "practised_on", "note")
MAX_WHAT = 300
MAX_NOTE = 2000
MAX_PER_WEEK = 14  # twice a day is the most a plan asks for
SECTION = "summary"  # the sidebar section whose page keeps the practices


class InvalidPractice(KnownError):
    """A practice, or a time practised, that cannot be kept as given, with the reason."""


@dataclass(frozen=True)
class Practice:
    info: RecordInfo
    what: str
    times_per_week: int
    ended_at: datetime | None

    @property
    def id(self) -> str:
        return self.info.id

    @property
    def how_often(self) -> str:
        """'once a week', '3 times a week', 'every day'."""
        return how_often(self.times_per_week)


@dataclass(frozen=True)
class PracticeTime:
    """One time a practice was practised, with whoever logged it and their note."""

    info: RecordInfo
    practice_id: str
    practised_on: date
    note: str

    @property
    def id(self) -> str:
        return self.info.id


@dataclass(frozen=True)
class PracticeRecord:
    """A practice as it stood over a period, with the times it was practised then."""

    practice: Practice
    times: tuple[PracticeTime, ...]


@dataclass(frozen=True)
class WeekOfPractice:
    practice: Practice
    done: int  # times practised this week so far


def how_often(times_per_week: int) -> str:
    """How often a practice is meant to be practised, in the person's language."""
    if times_per_week == 1:
        return translate("core.practices", "once a week")
    if times_per_week == 7:
        return translate("core.practices", "every day")
    return translate("core.practices", "%n times a week", None, times_per_week)


def _build_practice(info: RecordInfo, row: Mapping[str, Any]) -> Practice:
    ended = row["ended_at"]
    return Practice(
        info, row["what"], row["times_per_week"], clock.from_text(ended) if ended else None
    )


def _build_time(info: RecordInfo, row: Mapping[str, Any]) -> PracticeTime:
    return PracticeTime(
        info, row["practice_id"], date.fromisoformat(row["practised_on"]), row["note"]
    )


def _text(value: str, what: str, limit: int, *, required: bool) -> str:
    what = translate("core.practices", what)  # marked where _text is called
    if not isinstance(value, str):
        raise InvalidPractice(
            QT_TRANSLATE_NOOP("vault.errors", "The {what} must be text."), what=what
        )
    text = value.replace("\x00", "").strip()
    if required and not text:
        raise InvalidPractice(
            QT_TRANSLATE_NOOP("vault.errors", "Say in a few words what you will practise.")
        )
    if len(text) > limit:
        raise InvalidPractice(
            QT_TRANSLATE_NOOP("vault.errors", "The {what} can be at most {limit} characters."),
            what=what,
            limit=format(limit, ","),
        )
    return text


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


class Practices:
    """The couple's practices from therapy and their log, in the shared space."""

    def __init__(self, spaces: Spaces) -> None:
        self._spaces = spaces
        self._store: RecordStore[Practice] = RecordStore(
            spaces, PRACTICES, PRACTICE_COLUMNS, _build_practice, change=Change.PRACTICES
        )
        self._times: RecordStore[PracticeTime] = RecordStore(
            spaces, TIMES, TIME_COLUMNS, _build_time, change=Change.PRACTICES
        )

    def add(self, what: str, times_per_week: int, *, added_at: datetime | None = None) -> Practice:
        """Keep a practice the therapist suggested, and how often the couple means to try it.

        `added_at` backdates it (the demo household's story).
        """
        if not isinstance(times_per_week, int) or not 1 <= times_per_week <= MAX_PER_WEEK:
            raise InvalidPractice(
                QT_TRANSLATE_NOOP("vault.errors", "How often is 1 to {MAX_PER_WEEK} times a week."),
                MAX_PER_WEEK=MAX_PER_WEEK,
            )
        content = {
            "what": _text(
                what, QT_TRANSLATE_NOOP("core.practices", "practice"), MAX_WHAT, required=True
            ),
            "times_per_week": times_per_week,
            "ended_at": None,
        }
        return self._store.add(Space.SHARED, content, created_at=added_at)

    def get(self, practice_id: str) -> Practice:
        return self._store.get(Space.SHARED, practice_id)

    def listed(self, *, include_ended: bool = False) -> list[Practice]:
        """Practices oldest first; set-aside ones only when asked for."""
        where = "" if include_ended else "ended_at IS NULL"
        return self._store.list(Space.SHARED, where=where, order="created_at, id")

    def set_aside(self, practice: Practice) -> Practice:
        """End a practice that no longer fits; it stays, with its log, as history."""
        conn = self._spaces.conn(Space.SHARED)
        now = clock.to_text(clock.now())
        with transaction(conn):
            conn.execute(
                f"UPDATE {PRACTICES} SET ended_at = ?, updated_at = ? "
                "WHERE id = ? AND ended_at IS NULL",
                (now, now, practice.id),
            )
        self._spaces.announce(Change.PRACTICES)
        return self.get(practice.id)

    def log(self, practice: Practice, *, on: date | None = None, note: str = "") -> PracticeTime:
        """Note a time the practice was practised (today, or an earlier day)."""
        current = self.get(practice.id)
        if current.ended_at is not None:
            raise InvalidPractice(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "This practice was set aside; times are no longer logged."
                )
            )
        today = clock.now().astimezone().date()
        day = on or today
        if day > today:
            raise InvalidPractice(
                QT_TRANSLATE_NOOP("vault.errors", "A time practised cannot be in the future.")
            )
        if not clock.in_calendar(day):
            raise InvalidPractice(
                QT_TRANSLATE_NOOP("vault.errors", "A day is {calendar_words}."),
                calendar_words=clock.calendar_words(),
            )
        content = {
            "practice_id": current.id,
            "practised_on": day.isoformat(),
            "note": _text(
                note, QT_TRANSLATE_NOOP("core.practices", "note"), MAX_NOTE, required=False
            ),
        }
        return self._times.add(Space.SHARED, content)

    def times(self, practice: Practice, *, limit: int = 20) -> list[PracticeTime]:
        """The practice's log, latest day first."""
        return self._times.list(
            Space.SHARED,
            where="practice_id = ?",
            params=(practice.id,),
            order="practised_on DESC, created_at DESC",
            limit=limit,
        )

    def this_week(self, *, today: date | None = None) -> list[WeekOfPractice]:
        """Each practice in use with the times it was practised this week (Monday on)."""
        day = today or clock.now().astimezone().date()
        rows = self._spaces.conn(Space.SHARED).execute(
            f"SELECT practice_id, count(*) FROM {TIMES} "
            "WHERE practised_on >= ? AND practised_on <= ? GROUP BY practice_id",
            (week_start(day).isoformat(), day.isoformat()),
        )
        done = {practice_id: n for practice_id, n in rows}
        return [WeekOfPractice(p, done.get(p.id, 0)) for p in self.listed()]

    def attention(self, *, today: date | None = None) -> AttentionCard | None:
        """For Today: the practices this week's plan still has room for."""
        due = [w for w in self.this_week(today=today) if w.done < w.practice.times_per_week]
        if not due:
            return None
        lines = tuple(_week_line(w) for w in due[:3])
        return AttentionCard(
            SECTION, translate("core.practices", "Practices from therapy"), len(due), lines
        )

    def in_period(self, start: date, end: date) -> list[PracticeRecord]:
        """Practices in use at some time between two local days, with their times then."""
        high = clock.to_text(
            datetime.combine(end + timedelta(days=1), datetime.min.time()).astimezone()
        )
        low = clock.to_text(datetime.combine(start, datetime.min.time()).astimezone())
        practices = self._store.list(
            Space.SHARED,
            where="created_at < ? AND (ended_at IS NULL OR ended_at >= ?)",
            params=(high, low),
            order="created_at, id",
        )
        times: dict[str, list[PracticeTime]] = {p.id: [] for p in practices}
        for time in self._times.list(
            Space.SHARED,
            where="practised_on >= ? AND practised_on <= ?",
            params=(start.isoformat(), end.isoformat()),
            order="practised_on, created_at",
        ):
            times.setdefault(time.practice_id, []).append(time)
        return [PracticeRecord(p, tuple(times[p.id])) for p in practices]


def _week_line(week: WeekOfPractice) -> str:
    """'Walk together · 3 times a week, practised once so far this week' (whole sentences:
    word order differs between languages)."""
    what, often = week.practice.what, how_often(week.practice.times_per_week)
    if week.done == 0:
        return translate(
            "core.practices", "{what} · {how_often}, not yet practised this week"
        ).format(what=what, how_often=often)
    return translate(
        "core.practices",
        "{what} · {how_often}, practised %n times so far this week",
        None,
        week.done,
    ).format(what=what, how_often=often)
