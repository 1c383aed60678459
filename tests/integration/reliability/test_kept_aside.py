"""A change unlock cannot apply is kept aside whole and told to its author, and by doctor."""

from __future__ import annotations

import io

from tests.conftest import PASSWORDS, Couple
from tests.integration.reliability.kept_aside_support import correction_left_to_be_refused
from toward.cli.doctor import run_doctor
from toward.core.spaces import Space


def test_unlock_tells_its_author_what_was_kept_aside_and_why(couple: Couple):
    disclosure_id = correction_left_to_be_refused(couple)
    maya = couple.unlock("Maya")
    try:
        (item,) = maya.report.kept_aside
        assert item.what == "Correcting a disclosure"
        assert item.why == "That disclosure had already been corrected in the meantime."
        # Kept aside whole: the shared ledger took none of it, Maya keeps no orphan why.
        shared = maya.spaces.conn(Space.SHARED)
        corrections = shared.execute(
            "SELECT count(*) FROM ledger_lines WHERE corrects_id = ?", (disclosure_id,)
        )
        assert corrections.fetchone()[0] == 0
        assert (
            maya.spaces.conn(Space.PRIVATE)
            .execute("SELECT state FROM oplog WHERE kind = 'ledger.correct'")
            .fetchone()[0]
            == "refused"
        )
    finally:
        maya.lock()
    sam = couple.unlock("Sam")
    try:
        assert sam.report.kept_aside == ()  # Sam's own changes only
    finally:
        sam.lock()
    again = couple.unlock("Maya")
    try:
        assert again.report.kept_aside == ()  # told once, at the unlock that kept it aside
        assert [k.what for k in again.kept_aside()] == ["Correcting a disclosure"]
    finally:
        again.lock()


def test_doctor_lists_the_changes_kept_aside_in_words(couple: Couple):
    correction_left_to_be_refused(couple)
    couple.unlock("Maya").lock()  # the unlock that keeps it aside
    out = io.StringIO()
    code = run_doctor(
        couple.folder,
        partner="Maya",
        read_password=lambda prompt: PASSWORDS["Maya"],
        choose_partner=lambda prompt, names: None,
        out=out,
    )
    report = out.getvalue()
    assert code == 0, report  # a note, not damage
    (line,) = [line for line in report.splitlines() if "Kept aside" in line]
    assert line.strip().startswith("note")
    assert "Correcting a disclosure" in line
    assert "That disclosure had already been corrected in the meantime." in line
    assert "Nothing of it was half applied" in line
    assert "IntegrityError" not in report and "sqlite" not in report.lower()
