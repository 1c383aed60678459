"""Schema migrations by PRAGMA user_version, on real encrypted files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import sqlcipher3

from tests.integration.support import raw_key, sqlcipher_opens
from toward.core.schema import STEPS
from toward.vault.database import open_database
from toward.vault.errors import DatabaseTooNew
from toward.vault.migrations import migrate, schema_version

SYNTHETIC = (
    # 1
    "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);",
    # 2: a column and a backfill
    """
    ALTER TABLE notes ADD COLUMN words INTEGER NOT NULL DEFAULT 0;
    UPDATE notes SET words = length(body) - length(replace(body, ' ', '')) + 1;
    """,
    # 3: a second table and an index
    """
    CREATE TABLE tags (note_id INTEGER NOT NULL REFERENCES notes (id), tag TEXT NOT NULL);
    CREATE INDEX tags_by_note ON tags (note_id);
    """,
)


@pytest.fixture
def key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "space.db"


def database_at(path: Path, key: bytes, version: int) -> None:
    """A database migrated to `version` of SYNTHETIC, holding one note."""
    conn = open_database(path, key, create=True)
    if version >= 1:
        migrate(conn, SYNTHETIC[:1], path)
        conn.execute("INSERT INTO notes (body) VALUES ('three little words')")
    migrate(conn, SYNTHETIC[:version], path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    for made_on_the_way in path.parent.glob("*.bak"):
        made_on_the_way.unlink()


def rows(conn: sqlcipher3.Connection, sql: str) -> list[tuple]:
    return [tuple(row) for row in conn.execute(sql)]


def tables(conn: sqlcipher3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_a_fresh_database_goes_to_the_latest_version_without_a_backup(path: Path, key: bytes):
    conn = open_database(path, key, create=True)
    assert migrate(conn, SYNTHETIC, path) == 0
    assert schema_version(conn) == 3
    assert tables(conn) == {"notes", "tags"}
    conn.close()
    assert list(path.parent.glob("*.bak")) == []


@pytest.mark.parametrize("start", [1, 2])
def test_every_older_version_reaches_the_latest_with_its_data(path: Path, key: bytes, start):
    database_at(path, key, start)
    conn = open_database(path, key)
    assert migrate(conn, SYNTHETIC, path) == start
    assert schema_version(conn) == len(SYNTHETIC)
    assert rows(conn, "SELECT body, words FROM notes") == [("three little words", 3)]
    conn.execute("INSERT INTO tags (note_id, tag) VALUES (1, 'x')")
    conn.close()


@pytest.mark.parametrize("start", range(len(SYNTHETIC) + 1))
def test_every_version_is_reachable_and_migrating_twice_is_a_no_op(path: Path, key, start):
    database_at(path, key, start)
    conn = open_database(path, key)
    migrate(conn, SYNTHETIC, path)
    assert schema_version(conn) == 3
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = path.read_bytes()
    assert migrate(conn, SYNTHETIC, path) == 3
    conn.close()
    assert path.read_bytes() == before


@pytest.mark.parametrize("start", [1, 2])
def test_an_encrypted_copy_is_kept_before_migrating(path: Path, key: bytes, start):
    database_at(path, key, start)
    original = path.read_bytes()
    conn = open_database(path, key)
    migrate(conn, SYNTHETIC, path)
    conn.close()
    backup = path.with_name(f"space.db.v{start}.bak")
    assert backup.read_bytes() == original
    assert not backup.read_bytes().startswith(b"SQLite format 3")
    assert sqlcipher_opens(backup, raw_key(key))
    copy = open_database(backup, key)
    assert schema_version(copy) == start
    copy.close()


def test_a_failing_step_leaves_the_previous_version_and_data(path: Path, key: bytes):
    database_at(path, key, 1)
    broken = (
        SYNTHETIC[0],
        SYNTHETIC[1],
        # Its first statement works; the second fails, so the first must be undone.
        "CREATE TABLE half_done (x); INSERT INTO no_such_table VALUES (1);",
    )
    conn = open_database(path, key)
    with pytest.raises(sqlcipher3.OperationalError, match="no_such_table"):
        migrate(conn, broken, path)
    assert not conn.in_transaction
    assert schema_version(conn) == 2  # step 2 landed whole, step 3 not at all
    assert "half_done" not in tables(conn)
    assert rows(conn, "SELECT body, words FROM notes") == [("three little words", 3)]
    # Once the step is fixed the migration finishes from where it stopped.
    assert migrate(conn, SYNTHETIC, path) == 2
    assert schema_version(conn) == 3
    conn.close()


def test_a_failing_first_step_leaves_version_zero(path: Path, key: bytes):
    conn = open_database(path, key, create=True)
    with pytest.raises(sqlcipher3.OperationalError):
        migrate(conn, ("CREATE TABLE a (x); CREATE TABLE a (y);",), path)
    assert schema_version(conn) == 0
    assert tables(conn) == set()
    conn.close()


@pytest.mark.parametrize("written_by", [2, 3])
def test_a_database_newer_than_the_code_is_refused_and_unchanged(path, key, written_by):
    database_at(path, key, written_by)
    before = path.read_bytes()
    conn = open_database(path, key)
    with pytest.raises(DatabaseTooNew, match=f"schema {written_by}, this version knows 1"):
        migrate(conn, SYNTHETIC[:1], path)
    conn.close()
    assert path.read_bytes() == before
    assert list(path.parent.glob("*.bak")) == []


def test_the_real_schema_applies_cleanly(path: Path, key: bytes):
    conn = open_database(path, key, create=True)
    assert migrate(conn, STEPS, path) == 0
    assert schema_version(conn) == len(STEPS)
    assert {"meta", "journal_entries", "read_marks"} <= tables(conn)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()


def test_the_real_schema_migrates_from_every_older_version(tmp_path: Path, key: bytes):
    for start in range(1, len(STEPS)):
        path = tmp_path / f"from-{start}.db"
        conn = open_database(path, key, create=True)
        migrate(conn, STEPS[:start], path)
        assert migrate(conn, STEPS, path) == start
        assert schema_version(conn) == len(STEPS)
        conn.close()


def test_step_10_keeps_older_exports_with_the_partners_words_not_noted(path: Path, key: bytes):
    conn = open_database(path, key, create=True)
    migrate(conn, STEPS[:9], path)
    conn.execute(
        "INSERT INTO export_log (id, author_id, created_at, updated_at, kind, file_format)"
        " VALUES ('e1', 'p1', '2026-01-01', '2026-01-01', 'therapy summary', 'pdf')"
    )
    migrate(conn, STEPS[:10], path)
    assert rows(conn, "SELECT id, partner_words FROM export_log") == [("e1", None)]
    with pytest.raises(sqlcipher3.IntegrityError):
        conn.execute("UPDATE export_log SET partner_words = 2")
    conn.close()


def test_step_11_adds_practices_and_their_times(path: Path, key: bytes):
    conn = open_database(path, key, create=True)
    migrate(conn, STEPS[:10], path)
    assert "practices" not in tables(conn)
    migrate(conn, STEPS[:11], path)
    assert {"practices", "practice_times"} <= tables(conn)
    bookkeeping = "'p1', '2026-01-01', '2026-01-01'"
    conn.execute(
        f"INSERT INTO practices (id, author_id, created_at, updated_at, what, times_per_week)"
        f" VALUES ('x', {bookkeeping}, 'talk', 3)"
    )
    with pytest.raises(sqlcipher3.IntegrityError):
        conn.execute(
            f"INSERT INTO practices (id, author_id, created_at, updated_at, what, times_per_week)"
            f" VALUES ('y', {bookkeeping}, 'talk', 15)"
        )
    with pytest.raises(sqlcipher3.IntegrityError):  # a time belongs to a practice
        conn.execute(
            "INSERT INTO practice_times (id, author_id, created_at, updated_at, practice_id,"
            f" practised_on) VALUES ('t', {bookkeeping}, 'nowhere', '2026-01-02')"
        )
    conn.close()


def test_step_12_adds_questions_for_the_therapist(path: Path, key: bytes):
    conn = open_database(path, key, create=True)
    migrate(conn, STEPS[:11], path)
    assert "therapist_questions" not in tables(conn)
    migrate(conn, STEPS[:12], path)
    columns = {r[1] for r in conn.execute("PRAGMA table_info(therapist_questions)")}
    assert {"text", "talked_about_at", "origin_id", "shared_id"} <= columns
    conn.close()


def test_step_13_adds_the_weekly_check_in(path: Path, key: bytes):
    conn = open_database(path, key, create=True)
    migrate(conn, STEPS[:12], path)
    assert "checkins" not in tables(conn)
    migrate(conn, STEPS[:13], path)
    with pytest.raises(sqlcipher3.IntegrityError):
        conn.execute(
            "INSERT INTO checkins (id, author_id, created_at, updated_at, week_of, close)"
            " VALUES ('c', 'p', '2026-01-01', '2026-01-01', '2025-12-29', 6)"
        )
    conn.close()
