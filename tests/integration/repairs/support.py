"""Helpers for the repair suites: a conversation under way, the raw files, a clock to move."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from tests.conftest import Couple
from tests.integration.support import decrypted_pages
from toward.core import clock
from toward.core.repairs import Repair, Topic
from toward.core.spaces import Space
from toward.household import SHARED_DB, private_db_name
from toward.session import Session


def agreed(starter: Session, other: Session, topic: str = "The missed dinner") -> Repair:
    """A conversation `starter` proposed and `other` accepted, ready for its first step."""
    repair = starter.repairs.start(topic, Topic.ARGUMENT, clock.now() + timedelta(hours=2))
    return other.repairs.accept_time(repair)


def on_disk(couple: Couple, session: Session, space: Space) -> bytes:
    """Every decrypted page of one database file (what a reader of the file could see)."""
    conn = session.spaces.conn(space)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    name = SHARED_DB if space is Space.SHARED else private_db_name(session.partner.id)
    return decrypted_pages(couple.folder / name, session.key(space.value))


class MovableClock:
    """`clock.now` replaced by a time the test moves by hand."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.now = clock.now()
        if (self.now.astimezone() + timedelta(hours=2)).date() != self.now.astimezone().date():
            # Late in the evening, move on to tomorrow morning: a break of an hour must not
            # end "tomorrow" in tests that expect "today" (forward only, after what exists).
            local = self.now.astimezone() + timedelta(hours=12)
            self.now = local.replace(hour=10, minute=0, second=0, microsecond=0)
        monkeypatch.setattr(clock, "now", lambda: self.now)

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now
