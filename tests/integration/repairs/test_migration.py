"""Conversations written before the "what it touched" step go on where they were (schema 14)."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from toward.core.repairs import STEPS as REPAIR_STEPS
from toward.core.repairs import Repairs, Status, Step
from toward.core.schema import STEPS
from toward.core.spaces import Space, Spaces
from toward.vault.database import Connection, open_database
from toward.vault.migrations import migrate, schema_version

MAYA, SAM = "partner-maya", "partner-sam"
WHEN = "2026-03-01T10:00:00.000000+00:00"
BEFORE = ("feelings", "listen", "perspective", "own_part", "apology", "plan")
# Each conversation as schema 13 held it: the steps each partner had submitted.
MARKS = {
    "finished": {MAYA: BEFORE, SAM: BEFORE},
    "owning": {MAYA: BEFORE[:4], SAM: BEFORE[:3]},  # Maya owned her part, Sam has not yet
    "perspectives": {MAYA: BEFORE[:3], SAM: BEFORE[:2]},  # Sam still telling it his way
}


def version_nine(path: Path, key: bytes) -> None:
    conn = open_database(path, key, create=True)
    migrate(conn, STEPS[:13], path)
    for repair_id, marks in MARKS.items():
        finished = WHEN if repair_id == "finished" else None
        conn.execute(
            "INSERT INTO repairs (id, author_id, created_at, updated_at, topic, kind, "
            "proposed_by, proposed_time, agreed_at, finished_at) "
            "VALUES (?, ?, ?, ?, 'the dinner', 'argument', ?, ?, ?, ?)",
            (repair_id, MAYA, WHEN, WHEN, MAYA, WHEN, WHEN, finished),
        )
        conn.executemany(
            "INSERT INTO repair_marks (repair_id, step, partner_id, kind, marked_at) "
            "VALUES (?, ?, ?, 'submitted', ?)",
            [(repair_id, step, who, WHEN) for who, steps in marks.items() for step in steps],
        )
    conn.execute(
        "INSERT INTO repair_marks (repair_id, step, partner_id, kind, marked_at) "
        "VALUES ('finished', 'apology', ?, 'accepted', ?)",
        (SAM, WHEN),
    )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def opened(path: Path, key: bytes) -> Connection:
    conn = open_database(path, key)
    assert migrate(conn, STEPS, path) == 13
    assert schema_version(conn) == len(STEPS)
    return conn


def test_conversations_under_way_keep_their_place_and_new_ones_get_the_step(tmp_path: Path):
    keys = {space: os.urandom(32) for space in Space}
    paths = {space: tmp_path / f"{space}.db" for space in Space}
    for space in Space:
        version_nine(paths[space], keys[space])
    spaces = Spaces(MAYA, *(opened(paths[s], keys[s]) for s in (Space.PRIVATE, Space.SHARED)))
    repairs = Repairs(spaces, (MAYA, SAM))
    try:
        finished = repairs.get("finished")
        assert finished.status() is Status.FINISHED
        assert finished.steps_reached == len(REPAIR_STEPS) == 7
        assert finished.skipped(Step.TOUCHED) and finished.submitted(Step.TOUCHED) == set()
        assert finished.apology_accepted_by() == {SAM}

        owning = repairs.get("owning")
        assert owning.skipped(Step.TOUCHED)
        assert owning.current_step is Step.OWN_PART
        assert owning.submitted(Step.OWN_PART) == {MAYA}

        # Not yet past the perspectives: the new step comes next, as in any new conversation.
        perspectives = repairs.get("perspectives")
        assert not perspectives.skipped(Step.TOUCHED)
        assert perspectives.current_step is Step.PERSPECTIVE
        answered = replace(
            perspectives, marks=perspectives.marks | {("perspective", SAM, "submitted")}
        )
        assert answered.current_step is Step.TOUCHED
    finally:
        spaces.close()
