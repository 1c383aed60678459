"""The operation log on two real encrypted files: record, apply once, finish, refuse, replay."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from toward.core.schema import STEPS
from toward.vault.database import Connection, open_database
from toward.vault.errors import StorageFull
from toward.vault.migrations import migrate
from toward.vault.oplog import (
    DONE,
    PENDING,
    REFUSED,
    HybridClock,
    Kind,
    Op,
    OpLog,
    OpRefused,
    decode,
    encode,
    stamp_moment,
)


def database(path: Path) -> Connection:
    conn = open_database(path, os.urandom(32), create=True)
    migrate(conn, STEPS, path)
    conn.execute("CREATE TABLE notes (id TEXT PRIMARY KEY, text TEXT NOT NULL)")
    return conn


@pytest.fixture
def files(tmp_path: Path) -> tuple[Connection, Connection]:
    return database(tmp_path / "source.db"), database(tmp_path / "target.db")


def add_note(op: Op, conn: Connection) -> None:
    if op.payload.get("refuse"):
        raise OpRefused("not any more")
    conn.execute("INSERT INTO notes (id, text) VALUES (?, ?)", (op.payload["id"], "copy"))


def keep_note(op: Op, conn: Connection) -> None:
    conn.execute("INSERT INTO notes (id, text) VALUES (?, ?)", (op.payload["id"], "sent"))


def drop_note(op: Op, conn: Connection) -> None:
    conn.execute("DELETE FROM notes WHERE id = ?", (op.payload["id"],))


KINDS = {
    "note": Kind(apply=add_note, finish=keep_note, undo=drop_note),
    "note.nothing_to_undo": Kind(apply=add_note),
}


def notes(conn: Connection) -> list[tuple[str, str]]:
    return [tuple(r) for r in conn.execute("SELECT id, text FROM notes ORDER BY id")]


class Stop(Exception):
    """Stands for the process dying at a step (the crash test uses a real SIGKILL)."""


def stop_at(name: str):
    def on_step(step: str, op: Op) -> None:
        if step == name:
            raise Stop

    return on_step


def mark(conn: Connection, note_id: str) -> None:
    conn.execute("INSERT INTO notes (id, text) VALUES (?, ?)", (note_id, "mine"))


def test_an_operation_lands_in_both_files_and_its_payload_is_erased(files):
    source, target = files
    log = OpLog(source, target, "maya", KINDS)
    op = log.run("note", {"id": "a", "private": "words"}, along=lambda c: mark(c, "m"))
    assert notes(source) == [("a", "sent"), ("m", "mine")]
    assert notes(target) == [("a", "copy")]
    assert log.state(op.id) == DONE and log.was_applied(op.id)
    payload = source.execute("SELECT payload FROM oplog WHERE id = ?", (op.id,)).fetchone()[0]
    assert payload is None


@pytest.mark.parametrize("step", ["recorded", "applied"])
def test_an_operation_stopped_between_the_files_is_finished_once(files, step):
    source, target = files
    log = OpLog(source, target, "maya", KINDS, on_step=stop_at(step))
    with pytest.raises(Stop):
        log.run("note", {"id": "a"}, along=lambda c: mark(c, "m"))
    assert [op.kind for op in log.pending()] == ["note"]
    # At the next unlock, a new log over the same files finishes it; again changes nothing.
    again = OpLog(source, target, "maya", KINDS)
    assert again.finish_pending() == []
    assert again.finish_pending() == []
    assert notes(target) == [("a", "copy")]
    assert notes(source) == [("a", "sent"), ("m", "mine")]
    assert again.pending() == []


def test_applying_twice_changes_nothing(files):
    source, target = files
    log = OpLog(source, target, "maya", KINDS, on_step=stop_at("applied"))
    with pytest.raises(Stop):
        log.run("note", {"id": "a"})
    (op,) = log.pending()
    log.on_step = None
    log._apply(op)  # as a second computer receiving the same operation would
    assert notes(target) == [("a", "copy")]


def test_a_refused_operation_is_undone_on_the_source_and_kept_aside(files):
    source, target = files
    log = OpLog(source, target, "maya", KINDS)
    with pytest.raises(OpRefused):
        log.run("note", {"id": "a", "refuse": True}, along=lambda c: mark(c, "a"))
    assert notes(source) == [] and notes(target) == []
    state, note = source.execute("SELECT state, note FROM oplog").fetchone()
    assert (state, note) == (REFUSED, "not any more")


def test_a_refusal_at_replay_is_reported(files):
    source, target = files
    log = OpLog(source, target, "maya", KINDS, on_step=stop_at("recorded"))
    with pytest.raises(Stop):
        log.run("note", {"id": "a", "refuse": True}, along=lambda c: mark(c, "a"))
    (refusal,) = OpLog(source, target, "maya", KINDS).finish_pending()
    assert refusal.reason == "not any more"
    assert notes(source) == []


def test_refused_operations_are_listed_with_their_reason_and_when_they_were_asked(files):
    source, target = files
    before = datetime.now(UTC).replace(microsecond=0)
    log = OpLog(source, target, "maya", KINDS)
    log.run("note", {"id": "applied"})
    with pytest.raises(OpRefused):
        log.run("note", {"id": "a", "refuse": True}, along=lambda c: mark(c, "a"))
    (refusal,) = log.refused()
    assert (refusal.op.kind, refusal.reason, refusal.op.payload) == ("note", "not any more", {})
    assert before <= stamp_moment(refusal.op.stamp) <= datetime.now(UTC)


def test_a_failed_apply_is_taken_back_when_its_kind_can_undo(files, monkeypatch):
    source, target = files

    def full(op: Op, conn: Connection) -> None:
        raise StorageFull("The disk is full. Nothing was changed.")

    kinds = {"note": Kind(apply=full, undo=drop_note), "keep": Kind(apply=full)}
    log = OpLog(source, target, "maya", kinds)
    with pytest.raises(StorageFull):
        log.run("note", {"id": "a"}, along=lambda c: mark(c, "a"))
    assert notes(source) == [] and log.pending() == []
    # A kind that cannot undo stays pending, and a full disk at replay leaves it so.
    with pytest.raises(StorageFull):
        log.run("keep", {"id": "b"}, along=lambda c: mark(c, "b"))
    assert [op.kind for op in log.pending()] == ["keep"]
    assert log.finish_pending() == []
    assert [op.kind for op in log.pending()] == ["keep"]


def test_a_kind_this_version_does_not_know_is_left_pending(files):
    source, target = files
    log = OpLog(source, target, "maya", KINDS, on_step=stop_at("recorded"))
    with pytest.raises(Stop):
        log.run("note", {"id": "a"})
    older = OpLog(source, target, "maya", {})
    assert older.finish_pending() == []
    assert source.execute("SELECT state FROM oplog").fetchone()[0] == PENDING


def test_stamps_never_go_backwards_and_follow_a_later_stamp_seen():
    clock = HybridClock("maya")
    stamps = [clock.tick() for _ in range(200)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 200
    clock.observe("9999999999999-000007-sam")
    assert clock.tick() == "9999999999999-000008-maya"


def test_stamps_continue_after_the_last_recorded_one(files):
    source, target = files
    source.execute(
        "INSERT INTO oplog (id, kind, author_id, stamp, payload, state, created_at) "
        "VALUES ('x', 'note', 'maya', '9999999999999-000003-maya', NULL, 'done', 'now')"
    )
    op = OpLog(source, target, "maya", KINDS).run("note", {"id": "a"})
    assert op.stamp == "9999999999999-000004-maya"


def test_payloads_carry_text_and_bytes():
    payload = {"text": "naïve ✓", "blob": b"\x00\xff", "rows": [{"n": 1, "none": None}]}
    assert decode(encode(payload)) == payload
