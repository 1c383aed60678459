"""Half-done changes a version before the operation log left in real files, finished at unlock.

That version disclosed a purchase in two transactions: the disclosure into the shared file,
then the private why kept and the draft removed in the private one. A kill between the two
left a draft whose disclosure was already shared; disclosing it again was the only repair.
"""

from __future__ import annotations

import contextlib
from datetime import date

from tests.conftest import Couple
from toward.core.ledger import DraftFields, Money
from toward.core.ledger.operations import OLDER_DISCLOSURES_SETTLED
from toward.core.spaces import Space
from toward.vault.database import transaction


class Crash(Exception):
    """Stands for the kill between the older version's two transactions."""


def older_half_disclosure(couple: Couple, why: str) -> tuple[str, str]:
    """Maya's draft disclosed in the shared file only, as the older version left it.

    Made with today's code stopped after the shared side, then stripped of what only this
    version writes (the operation, its id in the shared file, the why it keeps up front, the
    note that the file was looked at). Returns (draft id, disclosure id).
    """
    maya = couple.unlock("Maya")
    money = Money.from_minor(4_250, "EUR")
    fields = DraftFields(date(2026, 3, 2), money, payee="Books", why=why, keep_why_private=True)
    draft = maya.ledger.add_draft(fields)

    def stop_after_the_shared_side(step: str, _op: object) -> None:
        if step == "applied":
            raise Crash

    maya.spaces.ops.on_step = stop_after_the_shared_side
    with contextlib.suppress(Crash):
        maya.ledger.disclose([draft])
    private, shared = maya.spaces.conn(Space.PRIVATE), maya.spaces.conn(Space.SHARED)
    (disclosure_id,) = shared.execute(
        "SELECT id FROM ledger_lines WHERE origin_id = ?", (draft.id,)
    ).fetchone()
    with transaction(private):
        private.execute("DELETE FROM oplog")
        private.execute("DELETE FROM ledger_withheld")
        private.execute("DELETE FROM meta WHERE key = ?", (OLDER_DISCLOSURES_SETTLED,))
    with transaction(shared):
        shared.execute("DELETE FROM oplog_applied")
    maya.lock()
    return draft.id, disclosure_id


def test_a_disclosure_an_older_version_left_half_done_is_finished_at_unlock(couple: Couple):
    draft_id, disclosure_id = older_half_disclosure(couple, "MARKER-WHY a gift for Sam")
    maya = couple.unlock("Maya")
    try:
        assert [d.id for d in maya.ledger.drafts()] == []  # no longer offered again
        disclosure = maya.ledger.get(disclosure_id)
        assert disclosure.withheld_why == "MARKER-WHY a gift for Sam"  # the why is kept
        shared = maya.spaces.conn(Space.SHARED)
        assert (
            shared.execute(
                "SELECT count(*) FROM ledger_lines WHERE origin_id = ?", (draft_id,)
            ).fetchone()[0]
            == 1
        )
    finally:
        maya.lock()
    sam = couple.unlock("Sam")
    try:
        assert sam.ledger.get(disclosure_id).withheld_why == ""
        assert sam.ledger.get(disclosure_id).why == ""
    finally:
        sam.lock()


def test_the_finish_step_runs_once_and_leaves_drafts_never_disclosed(couple: Couple):
    maya = couple.unlock("Maya")
    draft = maya.ledger.add_draft(DraftFields(date(2026, 3, 2), Money.from_minor(900, "EUR")))
    maya.lock()
    again = couple.unlock("Maya")
    try:
        assert [d.id for d in again.ledger.drafts()] == [draft.id]
        meta = again.spaces.conn(Space.PRIVATE).execute(
            "SELECT value FROM meta WHERE key = ?", (OLDER_DISCLOSURES_SETTLED,)
        )
        assert meta.fetchone()[0] == "1"
    finally:
        again.lock()
