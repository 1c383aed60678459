"""Growing delays after wrong passwords, per partner, remembered across restarts.

Kept in attempts.json beside the keystore. It slows down guessing inside the app; the
Argon2id cost is what protects a copied data folder. Every change is a read-modify-write
under the keystore's cross-process lock, through a uniquely named temporary file, so two
processes failing passwords at once lose no count.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from toward.vault.atomic import write_atomically
from toward.vault.errors import QT_TRANSLATE_NOOP, TooManyAttempts
from toward.vault.locks import keystore_lock

ATTEMPTS_NAME = "attempts.json"
FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 300.0


def delay_after(failures: int) -> float:
    """Seconds to wait after `failures` wrong passwords in a row: 0, 0, 0, 5, 10, 20 … 300."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    # Capped before doubling: past ~1,000 failures 2**n no longer fits in a float.
    doublings = min(failures - FREE_ATTEMPTS, 16)
    return min(MAX_DELAY_SECONDS, 5.0 * 2.0**doublings)


def too_many_attempts(seconds: float) -> TooManyAttempts:
    """What to tell a person who must wait before trying again."""
    whole = max(1, int(seconds + 0.999))
    return TooManyAttempts(
        QT_TRANSLATE_NOOP("vault.errors", "Too many wrong passwords. Try again in %n seconds."),
        retry_after=seconds,
        n=whole,
        one="Too many wrong passwords. Try again in %n second.",
    )


@dataclass(frozen=True)
class AttemptState:
    failures: int = 0
    last_failure: float = 0.0


class AttemptLog:
    """Wrong-password counts per partner, persisted in the data folder."""

    def __init__(self, folder: Path, clock: Callable[[], float] = time.time) -> None:
        self._folder = folder
        self._path = folder / ATTEMPTS_NAME
        self._now = clock

    def state(self, partner_id: str) -> AttemptState:
        entry = self._read().get(partner_id, {})
        try:
            return AttemptState(int(entry["failures"]), float(entry["last_failure"]))
        except (KeyError, TypeError, ValueError):
            return AttemptState()

    def wait_seconds(self, partner_id: str) -> float:
        """How long this partner must wait before the next try (0 when they may try now)."""
        state = self.state(partner_id)
        delay = delay_after(state.failures)
        remaining = state.last_failure + delay - self._now()
        # A clock set back (or a failure stamped in the future) never stretches the wait.
        return max(0.0, min(delay, remaining))

    def check(self, partner_id: str) -> None:
        wait = self.wait_seconds(partner_id)
        if wait > 0:
            raise too_many_attempts(wait)

    def record_failure(self, partner_id: str) -> AttemptState:
        with keystore_lock(self._folder):
            data = self._read()
            state = self.state(partner_id)
            new = AttemptState(state.failures + 1, self._now())
            data[partner_id] = {"failures": new.failures, "last_failure": new.last_failure}
            self._write(data)
        return new

    def record_success(self, partner_id: str) -> int:
        """Clear the count and return how many wrong passwords came before this success."""
        with keystore_lock(self._folder):
            data = self._read()
            failures = self.state(partner_id).failures
            if partner_id in data:
                del data[partner_id]
                self._write(data)
        return failures

    def _read(self) -> dict[str, dict[str, float]]:
        try:
            data = json.loads(self._path.read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _write(self, data: dict[str, dict[str, float]]) -> None:
        write_atomically(self._path, json.dumps(data, indent=2).encode("utf-8"))
