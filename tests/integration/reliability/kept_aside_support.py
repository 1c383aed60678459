"""A change of Maya's that unlock will keep aside: built in real files, for several suites."""

from __future__ import annotations

import contextlib
from datetime import date

from tests.conftest import Couple
from toward.core.ledger import DraftFields, Money
from toward.core.spaces import Space
from toward.vault.database import transaction


class Crash(Exception):
    """Stands for a process killed right after one step of an operation."""


def correction_left_to_be_refused(couple: Couple) -> str:
    """Maya's correction of a disclosure, recorded, not applied, and no longer applicable.

    Her process stops once the correction is recorded in her file; meanwhile the shared
    ledger learns of another correction of the same disclosure (as another computer's
    would arrive). At her next unlock the recorded one cannot be applied. Returns the id of
    the corrected disclosure.
    """
    maya = couple.unlock("Maya")
    money = Money.from_minor(4_250, "EUR")
    draft = maya.ledger.add_draft(DraftFields(date(2026, 3, 2), money, payee="Books"))
    (disclosure,) = maya.ledger.disclose([draft])

    def stop_once_recorded(step: str, _op: object) -> None:
        if step == "recorded":
            raise Crash

    maya.spaces.ops.on_step = stop_once_recorded
    fix = DraftFields(date(2026, 3, 2), Money.from_minor(4_520, "EUR"), why="MARKER-FIX")
    with contextlib.suppress(Crash):
        maya.ledger.correct(disclosure, fix, "the amount was wrong")
    with transaction(maya.spaces.conn(Space.SHARED)) as shared:
        shared.execute(
            "UPDATE ledger_lines SET superseded_by = 'corrected-elsewhere' WHERE id = ?",
            (disclosure.id,),
        )
    maya.lock()
    return disclosure.id
