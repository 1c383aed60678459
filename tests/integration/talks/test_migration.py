"""A household from before planned conversations (schema 14) gains them (schema 15) and
the knowing rounds (schema 16)."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

from toward.core import clock
from toward.core.promises import Promises
from toward.core.prompts import PromptLibrary
from toward.core.schema import STEPS
from toward.core.spaces import Space, Spaces
from toward.core.talks import Talks, TalkTopic
from toward.core.talks.knowing import Knowing
from toward.vault.database import open_database
from toward.vault.migrations import migrate, schema_version

MAYA = "partner-maya"


def test_a_version_ten_household_can_plan_a_talk(tmp_path: Path):
    keys = {space: os.urandom(32) for space in Space}
    paths = {space: tmp_path / f"{space}.db" for space in Space}
    for space in Space:
        conn = open_database(paths[space], keys[space], create=True)
        migrate(conn, STEPS[:14], paths[space])
        conn.execute("INSERT INTO meta (key, value) VALUES ('kept', 'yes')")
        conn.close()
    conns = []
    for space in (Space.PRIVATE, Space.SHARED):
        conn = open_database(paths[space], keys[space])
        assert migrate(conn, STEPS, paths[space]) == 14
        assert schema_version(conn) == len(STEPS)
        assert conn.execute("SELECT value FROM meta WHERE key = 'kept'").fetchone()[0] == "yes"
        conns.append(conn)
    spaces = Spaces(MAYA, *conns)
    try:
        talks = Talks(spaces, Promises(spaces, [MAYA, "partner-sam"]))
        talk = talks.plan(TalkTopic.GROWTH, clock.now() + timedelta(hours=1))
        talks.prepare(talk, {"pt-growth-1": "kept privately"})
        assert [t.id for t in talks.all()] == [talk.id]
        assert talks.my_prep(talk) == {"pt-growth-1": "kept privately"}
        knowing = Knowing(spaces, PromptLibrary.bundled())  # schema 16
        assert knowing.start().answered_by == frozenset()
    finally:
        spaces.close()
