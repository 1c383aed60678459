"""The demo's repair conversations: one finished with its plan, one waiting for Sam."""

from __future__ import annotations

from pathlib import Path

from toward import Household
from toward.cli.demo import DEMO_PASSWORDS, create_demo_household
from toward.core.repairs import Status, Step
from toward.session import Session


def test_one_finished_with_promises_and_one_waiting_for_sam(tmp_path: Path):
    folder = tmp_path / "demo"
    create_demo_household(folder)
    household = Household.open(folder)
    sam = Session.start(household.unlock("Sam", DEMO_PASSWORDS["Sam"]))
    try:
        waiting, finished = sam.repairs.conversations()
        assert finished.status() is Status.FINISHED
        record = sam.repairs.record(finished)
        assert len(record.apologies) == 2 and len(record.apology_accepted_by) == 2
        assert len(record.plan) == 3 and len(record.promise_ids) == 1
        assert [p.id for p in sam.promises.from_repair(finished.id)] == list(record.promise_ids)
        assert finished.info.created_at < waiting.info.created_at
        assert finished.finished_at is not None
        assert finished.info.created_at < finished.finished_at < waiting.info.created_at

        assert waiting.status() is Status.TALKING and waiting.current_step is Step.LISTEN
        assert waiting.submitted(Step.LISTEN) == {household.partners[0].id}
        assert set(sam.repairs.record(waiting).answers) == {Step.FEELINGS}
        assert sam.repairs.attention().lines == ("Your turn: Listen without judging",)
    finally:
        sam.lock()
