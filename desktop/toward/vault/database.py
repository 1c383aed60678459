"""Opening SQLCipher databases with a raw 256-bit key and the pragmas Toward relies on."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3

from toward.vault.atomic import restrict
from toward.vault.errors import DatabaseDamaged, StorageFull, StorageReadOnly

Connection = sqlcipher3.Connection
DatabaseError = sqlcipher3.DatabaseError

_process_settings_done = False


def _process_settings(conn: Connection) -> None:
    # Process-wide in SQLCipher: keep its own log off stderr (damage is reported to the
    # person by Toward instead). cipher_memory_security stays off: measured on a 20,000-entry
    # journal it made every search about 3x slower and bulk writes over 10x slower, for
    # wiping freed heap memory that core dumps (disabled at start) would be the way to read.
    global _process_settings_done
    if not _process_settings_done:
        conn.execute("PRAGMA cipher_memory_security = OFF")
        conn.execute("PRAGMA cipher_log_level = NONE")
        _process_settings_done = True


def open_database(
    path: Path, key: bytes, *, create: bool = False, read_only: bool = False
) -> Connection:
    """Open (or with `create`, make) the encrypted database at `path`.

    The key is applied before any other statement and proven with a read, so a damaged or
    foreign file is reported as such instead of failing later. `read_only` opens it for
    reading only (a folder that cannot be written to); every write is then refused.
    """
    if read_only:
        return _open_read_only(path, key)
    if len(key) != 32:
        raise ValueError("database keys are 256-bit")
    if not create and not path.exists():
        raise DatabaseDamaged(f"{path.name} is missing from the data folder.")
    if not create and path.stat().st_size == 0:
        raise DatabaseDamaged(f"{path.name} is empty: the file was truncated.")
    new_file = create and not path.exists()
    try:
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    except sqlcipher3.OperationalError as exc:
        raise translate_error(exc, path) from exc
    conn.row_factory = sqlcipher3.Row
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        _process_settings(conn)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        if new_file:
            # SQLite gives the -wal and -shm files the database file's permissions.
            restrict(path)
        for pragma in (
            "synchronous = FULL",
            "foreign_keys = ON",
            "secure_delete = ON",
            "temp_store = MEMORY",
            "busy_timeout = 5000",
            # 32 MiB of decrypted pages per connection: a search re-reads much of the index.
            "cache_size = -32768",
        ):
            conn.execute(f"PRAGMA {pragma}")
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise translate_error(exc, path) from exc
    return conn


def _open_read_only(path: Path, key: bytes) -> Connection:
    if not path.exists():
        raise DatabaseDamaged(f"{path.name} is missing from the data folder.")
    # "immutable" reads the file alone and leaves no -shm or -wal behind. Only a -wal left
    # by a crash needs SQLite's shared memory to be read, which a read-only folder may not
    # allow: then the database is read as of its last checkpoint.
    wal = path.with_name(path.name + "-wal")
    has_wal = wal.exists() and wal.stat().st_size > 0
    attempts = ("mode=ro", "mode=ro&immutable=1") if has_wal else ("mode=ro&immutable=1",)
    last: sqlcipher3.Error | None = None
    for options in attempts:
        uri = f"{path.resolve().as_uri()}?{options}"
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlcipher3.Row
        try:
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            _process_settings(conn)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.execute("PRAGMA temp_store = MEMORY")
            conn.execute("PRAGMA cache_size = -32768")
        except sqlcipher3.DatabaseError as exc:
            conn.close()
            last = exc
            if "not a database" in str(exc) or "malformed" in str(exc):
                break
            continue
        return conn
    assert last is not None
    raise translate_error(last, path) from last


def translate_error(exc: sqlcipher3.Error, path: Path) -> Exception:
    """Map SQLite's messages to the known errors a person can act on."""
    message = str(exc).lower()
    if "full" in message:
        return StorageFull(f"The disk holding {path.parent} is full. Nothing was changed.")
    if "readonly" in message or "read-only" in message:
        return StorageReadOnly(f"Toward cannot write to {path.parent}.")
    if "unable to open" in message:
        return StorageReadOnly(f"Toward cannot open {path.name} in {path.parent}.")
    if "not a database" in message or "malformed" in message or "corrupt" in message:
        return DatabaseDamaged(
            f"{path.name} is damaged and cannot be opened. It has not been changed; "
            "restore it from a backup."
        )
    return exc


def known_database_error(exc: sqlcipher3.Error) -> Exception | None:
    """A database error met outside `transaction` (a damaged page found by a read), in words."""
    message = str(exc).lower()
    if "full" in message:
        return StorageFull("The disk holding the household is full. Nothing was changed.")
    if "readonly" in message or "read-only" in message:
        return StorageReadOnly("Toward cannot write to the household's folder.")
    if "not a database" in message or "malformed" in message or "corrupt" in message:
        return DatabaseDamaged(
            "Part of the household's data is damaged and could not be read. Nothing was "
            "changed. Run `toward doctor` to see which file, and restore it from a backup."
        )
    return None


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """Run the block in one write transaction: all of it lands, or none.

    A COMMIT that fails (a deferred constraint, a full disk) is rolled back too, so the
    connection is never left inside a half-done transaction. A full disk or a read-only
    folder surfaces as the known error a person can act on.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
        if isinstance(exc, sqlcipher3.DatabaseError):
            known = translate_error(exc, _database_path(conn))
            if known is not exc:
                raise known from exc
        raise


def _database_path(conn: Connection) -> Path:
    with contextlib.suppress(sqlcipher3.Error):
        for row in conn.execute("PRAGMA database_list"):
            if row[1] == "main" and row[2]:
                return Path(row[2])
    return Path("database")


def integrity_problems(conn: Connection) -> list[str]:
    """SQLCipher's and SQLite's integrity checks; an empty list means healthy.

    SQLCipher's page check runs first: it reports a page that fails its HMAC as a row,
    while SQLite's check stops with an error on such a page (reported here, not raised).
    """
    problems = [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
    try:
        problems.extend(
            str(row) for (row,) in conn.execute("PRAGMA integrity_check") if row != "ok"
        )
    except sqlcipher3.DatabaseError as exc:
        problems.append(f"the integrity check stopped: {exc}")
    return problems
