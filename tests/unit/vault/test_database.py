"""SQLCipher connections: raw key, the pragmas Toward relies on, transactions, known errors."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import sqlcipher3

from toward.vault.database import (
    integrity_problems,
    open_database,
    transaction,
)
from toward.vault.errors import DatabaseDamaged


@pytest.fixture
def key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def db(tmp_path: Path, key: bytes) -> Path:
    path = tmp_path / "space.db"
    conn = open_database(path, key, create=True)
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
    conn.execute("INSERT INTO t (body) VALUES ('hello')")
    conn.close()
    return path


def test_every_connection_gets_the_pragmas(db: Path, key: bytes):
    conn = open_database(db, key)
    pragmas = {
        name: conn.execute(f"PRAGMA {name}").fetchone()[0]
        for name in (
            "journal_mode",
            "synchronous",
            "foreign_keys",
            "secure_delete",
            "temp_store",
            "busy_timeout",
        )
    }
    conn.close()
    assert pragmas == {
        "journal_mode": "wal",
        "synchronous": 2,  # FULL
        "foreign_keys": 1,
        "secure_delete": 1,
        "temp_store": 2,  # MEMORY
        "busy_timeout": 5000,
    }


def test_the_file_is_encrypted(db: Path):
    raw = db.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert b"hello" not in raw
    assert b"CREATE TABLE" not in raw


def test_keys_are_256_bit(db: Path):
    with pytest.raises(ValueError, match="256-bit"):
        open_database(db, b"short")


def test_a_wrong_key_is_reported_as_damage_not_a_raw_error(db: Path):
    before = db.read_bytes()
    with pytest.raises(DatabaseDamaged, match=r"space\.db is damaged"):
        open_database(db, os.urandom(32))
    assert db.read_bytes() == before


def test_a_missing_file_is_not_silently_created(tmp_path: Path, key: bytes):
    with pytest.raises(DatabaseDamaged, match="missing"):
        open_database(tmp_path / "gone.db", key)
    assert not (tmp_path / "gone.db").exists()


def test_a_transaction_lands_whole_or_not_at_all(db: Path, key: bytes):
    conn = open_database(db, key)
    with transaction(conn):
        conn.execute("INSERT INTO t (body) VALUES ('kept')")
    with pytest.raises(RuntimeError), transaction(conn):
        conn.execute("INSERT INTO t (body) VALUES ('rolled back')")
        raise RuntimeError("changed my mind")
    assert not conn.in_transaction
    bodies = [r[0] for r in conn.execute("SELECT body FROM t ORDER BY id")]
    conn.close()
    assert bodies == ["hello", "kept"]


def test_a_failed_commit_rolls_back_and_leaves_the_connection_usable(db: Path, key: bytes):
    conn = open_database(db, key)
    conn.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
    conn.execute(
        "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER "
        "REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)"
    )
    # A deferred foreign key is checked at COMMIT, so the COMMIT itself fails.
    with pytest.raises(sqlcipher3.IntegrityError), transaction(conn):
        conn.execute("INSERT INTO child (parent_id) VALUES (42)")
    assert not conn.in_transaction
    with transaction(conn):
        conn.execute("INSERT INTO t (body) VALUES ('after')")
    assert conn.execute("SELECT count(*) FROM child").fetchone()[0] == 0
    conn.close()


def test_a_healthy_database_has_no_integrity_problems(db: Path, key: bytes):
    conn = open_database(db, key)
    assert integrity_problems(conn) == []
    conn.close()


def test_a_page_failing_its_hmac_is_reported_not_raised(db: Path, key: bytes):
    conn = open_database(db, key)
    with transaction(conn):
        conn.executemany("INSERT INTO t (body) VALUES (?)", [("x" * 500,)] * 50)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    raw = bytearray(db.read_bytes())
    raw[-100] ^= 0xFF  # inside the last page, past the schema
    db.write_bytes(bytes(raw))
    conn = open_database(db, key)
    problems = integrity_problems(conn)
    conn.close()
    assert problems
    assert any("hmac" in p.lower() or "page" in p.lower() for p in problems)
