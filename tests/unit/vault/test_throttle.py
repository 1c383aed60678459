"""Wrong-password throttling: growing delays, per partner, surviving restarts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from toward.vault.errors import TooManyAttempts
from toward.vault.throttle import (
    ATTEMPTS_NAME,
    FREE_ATTEMPTS,
    MAX_DELAY_SECONDS,
    AttemptLog,
    AttemptState,
    delay_after,
)

MAYA = "a" * 32
SAM = "b" * 32


class FakeClock:
    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def log(tmp_path: Path, clock: FakeClock) -> AttemptLog:
    return AttemptLog(tmp_path, clock=clock)


def fail(log: AttemptLog, partner: str, times: int) -> None:
    for _ in range(times):
        log.record_failure(partner)


def test_delay_schedule():
    assert [delay_after(n) for n in range(11)] == [0, 0, 0, 5, 10, 20, 40, 80, 160, 300, 300]
    assert FREE_ATTEMPTS == 3
    assert delay_after(1000) == MAX_DELAY_SECONDS


def test_delays_never_shrink_as_failures_grow():
    delays = [delay_after(n) for n in range(50)]
    assert delays == sorted(delays)


def test_the_first_wrong_passwords_are_free(log: AttemptLog):
    fail(log, MAYA, FREE_ATTEMPTS - 1)
    assert log.wait_seconds(MAYA) == 0
    log.check(MAYA)


def test_after_the_free_attempts_a_wait_is_enforced(log: AttemptLog, clock: FakeClock):
    fail(log, MAYA, FREE_ATTEMPTS)
    assert log.wait_seconds(MAYA) == 5
    with pytest.raises(TooManyAttempts, match="Try again in 5 seconds") as caught:
        log.check(MAYA)
    assert caught.value.retry_after == 5
    clock.advance(4.2)
    with pytest.raises(TooManyAttempts, match=r"Try again in 1 second\."):
        log.check(MAYA)
    clock.advance(0.8)
    log.check(MAYA)
    log.record_failure(MAYA)
    assert log.wait_seconds(MAYA) == 10


def test_the_count_survives_a_restart(tmp_path: Path, clock: FakeClock):
    fail(AttemptLog(tmp_path, clock=clock), MAYA, 5)
    restarted = AttemptLog(tmp_path, clock=clock)
    assert restarted.state(MAYA) == AttemptState(5, clock.now)
    assert restarted.wait_seconds(MAYA) == 20
    with pytest.raises(TooManyAttempts):
        restarted.check(MAYA)


def test_one_partners_lockout_never_affects_the_other(log: AttemptLog):
    fail(log, SAM, 8)
    assert log.wait_seconds(SAM) == 160
    assert log.wait_seconds(MAYA) == 0
    log.check(MAYA)
    assert log.record_success(MAYA) == 0
    assert log.state(SAM).failures == 8


def test_success_resets_and_reports_the_count(log: AttemptLog, clock: FakeClock):
    fail(log, MAYA, 4)
    clock.advance(60)
    fail(log, SAM, 1)
    assert log.record_success(MAYA) == 4
    assert log.state(MAYA) == AttemptState()
    assert log.wait_seconds(MAYA) == 0
    assert log.record_success(MAYA) == 0
    assert log.state(SAM).failures == 1


def test_a_success_with_nothing_to_clear_writes_nothing(tmp_path: Path, log: AttemptLog):
    assert log.record_success(MAYA) == 0
    assert not (tmp_path / ATTEMPTS_NAME).exists()


def test_the_file_holds_only_ids_counts_and_times(tmp_path: Path, log: AttemptLog, clock):
    fail(log, MAYA, 2)
    assert json.loads((tmp_path / ATTEMPTS_NAME).read_text()) == {
        MAYA: {"failures": 2, "last_failure": clock.now}
    }


@pytest.mark.parametrize(
    "content",
    ["", "{", "[]", json.dumps({MAYA: "x"}), json.dumps({MAYA: {"failures": "many"}})],
    ids=["empty", "cut", "list", "entry-text", "failures-text"],
)
def test_a_damaged_attempts_file_locks_nobody_out(tmp_path: Path, log: AttemptLog, content):
    (tmp_path / ATTEMPTS_NAME).write_text(content)
    assert log.wait_seconds(MAYA) == 0
    assert log.record_failure(MAYA).failures == 1


def test_a_clock_set_back_never_stretches_the_wait(log: AttemptLog, clock: FakeClock):
    fail(log, MAYA, FREE_ATTEMPTS)
    clock.advance(-3600)
    assert log.wait_seconds(MAYA) <= delay_after(FREE_ATTEMPTS)
