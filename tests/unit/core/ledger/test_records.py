"""Ledger records: lateness said as a plain fact."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from toward.core.ledger import LedgerLine, Money, Purpose
from toward.core.spaces import RecordInfo, Space

MOMENT = datetime(2026, 3, 1, tzinfo=UTC)
LINE = LedgerLine(
    info=RecordInfo("id", Space.SHARED, "maya", MOMENT, MOMENT),
    occurred_on=date(2026, 2, 20),
    money=Money.of("10", "USD"),
    account="",
    payee="",
    category="",
    purpose=Purpose.PERSONAL,
    why="",
    why_withheld=False,
    import_key=None,
    disclosed_at=MOMENT,
    days_taken=None,
    agreed_days=None,
    corrects_id=None,
    superseded_by=None,
    correction_note="",
)


@pytest.mark.parametrize(
    ("taken", "agreed", "late", "words"),
    [
        (None, None, 0, ""),
        (9, None, 0, ""),  # no agreement covered it
        (7, 7, 0, ""),
        (8, 7, 1, "disclosed 1 day after the agreed 7"),
        (10, 7, 3, "disclosed 3 days after the agreed 7"),
        (0, 0, 0, ""),
    ],
)
def test_lateness_is_a_fact_in_days(taken, agreed, late: int, words: str):
    line = replace(LINE, days_taken=taken, agreed_days=agreed)
    assert (line.days_late, line.lateness) == (late, words)
