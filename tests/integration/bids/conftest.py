"""Fixtures for the bids suites: a local time zone chosen by the test, a household of one."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator

import pytest

from tests.conftest import Couple
from toward.core.bids import waiting as waiting_bids
from toward.session import Session


@pytest.fixture
def local_tz() -> Iterator[Callable[[str], None]]:
    """Set the process time zone (SQLite's 'localtime' follows it); restored afterwards."""
    before = os.environ.get("TZ")

    def use(name: str) -> None:
        os.environ["TZ"] = name
        time.tzset()

    yield use
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.fixture
def london(local_tz: Callable[[str], None]) -> None:
    """Europe/London: GMT in winter, BST (UTC+1) from the last Sunday of March to October."""
    local_tz("Europe/London")
    assert time.tzname == ("GMT", "BST")


@pytest.fixture
def alone(solo: Couple) -> Iterator[tuple[Couple, Session]]:
    """A household of one: Maya, before Sam joins."""
    session = solo.unlock("Maya")
    yield solo, session
    session.lock()


@pytest.fixture(autouse=True)
def waiting_window_covers_the_fixed_dates(monkeypatch: pytest.MonkeyPatch) -> None:
    """These suites log bids on fixed 2026 dates; the two-week waiting window is tested
    on its own (test_late_answers.py), with bids dated relative to now."""
    monkeypatch.setattr(waiting_bids, "WAITING_DAYS", 100_000)
