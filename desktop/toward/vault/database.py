"""Opening SQLCipher databases with a raw 256-bit key and the pragmas Toward relies on."""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3

from toward.vault.atomic import restrict
from toward.vault.errors import (
    QT_TRANSLATE_NOOP,
    DatabaseDamaged,
    KnownError,
    StorageFull,
    StorageReadOnly,
)
from toward.vault.locks import busy
from toward.vault.wal import wal_damage, wal_path

Connection = sqlcipher3.Connection
DatabaseError = sqlcipher3.DatabaseError
# SQLCipher 4's page size (Toward keeps the default): a sound file is whole pages.
PAGE_SIZE = 4096
# Less free space than this makes an I/O error most likely a full disk.
NEARLY_FULL = 256 * 1024

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
        raise _missing(path.name)
    new_file = create and not path.exists()
    if not new_file:
        check_files(path)
        if not os.access(path.parent, os.W_OK):
            raise StorageReadOnly(
                f"Toward cannot open {path.name} for writing: {path.parent} is read-only. "
                "Nothing was changed; the household can still be opened read-only."
            )
        if not os.access(path, os.W_OK):
            raise StorageReadOnly(
                f"{path.name} in {path.parent} is read-only for this account (it may have "
                "been left by another account on this computer). Nothing was changed. Give "
                "this account write access to the file, or open the household read-only."
            )
        if wal_path(path).exists() and wal_path(path).stat().st_size > 0:
            _check_after_crash(path, key)
    side_files = [path.with_name(path.name + end) for end in ("-wal", "-shm")]
    absent = [side for side in side_files if not side.exists()]
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
        _remove_empty_log(absent)
        raise translate_error(exc, path) from exc
    return conn


def _check_after_crash(path: Path, key: bytes) -> None:
    """Check every page's HMAC, log included, before a crashed database is opened to write.

    A log left behind means Toward stopped mid-work: the one time damage is likely, and
    worth the full check (about a second per 50 MiB). Done on a read-only connection,
    which replays the log in memory and never checkpoints it into the file.
    """
    shm = path.with_name(path.name + "-shm")
    made_shm = not shm.exists()
    conn = _open_read_only(path, key, allow_immutable=False)
    try:
        problems = [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
    except sqlcipher3.DatabaseError as exc:
        known = translate_error(exc, path)
        if not isinstance(known, DatabaseDamaged) and known is not exc:
            conn.close()
            raise known from exc  # a full disk, say: not damage
        problems = [str(exc)]
    finally:
        conn.close()
    if problems:
        if made_shm:  # SQLite's index of the log, rebuilt from it at any open
            with contextlib.suppress(OSError):
                shm.unlink()
        raise _damaged(path.name)


def _remove_empty_log(made: list[Path]) -> None:
    """Remove a -wal (and its -shm) that a failed open made and left holding nothing."""
    wal = next((side for side in made if side.name.endswith("-wal")), None)
    with contextlib.suppress(OSError):
        if wal is not None and wal.exists() and wal.stat().st_size == 0:
            for side in made:
                side.unlink(missing_ok=True)


def check_files(path: Path) -> None:
    """Raise DatabaseDamaged if the database's files are unsound where it shows without a
    key: empty, cut short, or a -wal whose replay would drop committed changes.

    Runs before SQLite opens (and so replays the log of) the database.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise _missing(path.name) from None
    except OSError as exc:
        raise translate_error(sqlcipher3.OperationalError(exc.strerror or ""), path) from exc
    if size == 0:
        raise DatabaseDamaged(
            QT_TRANSLATE_NOOP(
                "vault.errors",
                "{name} is empty: the file was truncated. Toward has not opened or changed "
                "it: its files are kept as they are. Restore your last backup; the damaged "
                "files are then kept aside, whole.",
            ),
            name=path.name,
        )
    if size % PAGE_SIZE:
        raise DatabaseDamaged(
            QT_TRANSLATE_NOOP(
                "vault.errors",
                "{name} is cut short (not whole pages). Toward has not opened or changed it: "
                "its files are kept as they are. Restore your last backup; the damaged files "
                "are then kept aside, whole.",
            ),
            name=path.name,
        )
    reason = wal_damage(path)
    if reason is not None:
        raise DatabaseDamaged(
            QT_TRANSLATE_NOOP(
                "vault.errors",
                "{name} cannot be opened safely: {reason}. Toward has not opened or changed "
                "it: its files are kept as they are. Restore your last backup; the damaged "
                "files are then kept aside, whole.",
            ),
            name=path.name,
            reason=reason,
        )


def _damaged(name: str) -> DatabaseDamaged:
    return DatabaseDamaged(
        QT_TRANSLATE_NOOP(
            "vault.errors",
            "{name} is damaged and cannot be opened. Toward has not opened or changed it: "
            "its files are kept as they are. Restore your last backup; the damaged files "
            "are then kept aside, whole.",
        ),
        name=name,
    )


def _missing(name: str) -> DatabaseDamaged:
    return DatabaseDamaged(
        QT_TRANSLATE_NOOP("vault.errors", "{name} is missing from the data folder."), name=name
    )


def _open_read_only(path: Path, key: bytes, *, allow_immutable: bool = True) -> Connection:
    if not path.exists():
        raise _missing(path.name)
    check_files(path)
    # "immutable" reads the file alone and leaves no -shm or -wal behind. Only a -wal left
    # by a crash needs SQLite's shared memory to be read, which a read-only folder may not
    # allow: then the database is read as of its last checkpoint.
    wal = path.with_name(path.name + "-wal")
    has_wal = wal.exists() and wal.stat().st_size > 0
    attempts = ("mode=ro", "mode=ro&immutable=1") if has_wal else ("mode=ro&immutable=1",)
    if not allow_immutable:
        attempts = attempts[:1]
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
    """SQLite's error about the database at `path`, as a known error in a person's words.

    The one place where database errors become words; anything not listed here is a bug
    and stays what it is.
    """
    return _in_words(exc, path.name, path.parent) or exc


def known_database_error(exc: sqlcipher3.Error) -> Exception | None:
    """A database error met outside `transaction` (a damaged page found by a read), in words."""
    return _in_words(exc, None, None)


@contextlib.contextmanager
def database_errors_in_words(path: Path) -> Iterator[None]:
    """Raise the known error for any database error of the block (see `translate_error`)."""
    try:
        yield
    except sqlcipher3.Error as exc:
        known = translate_error(exc, path)
        if known is not exc:
            raise known from exc
        raise


def _in_words(exc: sqlcipher3.Error, name: str | None, folder: Path | None) -> KnownError | None:
    # `name` and `folder` come together (a database of the household) or not at all.
    message = str(exc).lower()
    if "full" in message or ("i/o error" in message and _nearly_full(folder)):
        # A full disk shows as an I/O error when SQLite cannot grow its -shm file.
        if folder is None:
            return StorageFull(
                QT_TRANSLATE_NOOP(
                    "vault.errors",
                    "The disk holding the household is full. Nothing was changed. Free some "
                    "space, then try again.",
                )
            )
        return StorageFull(
            QT_TRANSLATE_NOOP(
                "vault.errors",
                "The disk holding {folder} is full. Nothing was changed. Free some space, then "
                "try again.",
            ),
            folder=folder,
        )
    if "readonly" in message or "read-only" in message:
        if name is None or folder is None:
            return StorageReadOnly(
                QT_TRANSLATE_NOOP(
                    "vault.errors",
                    "Toward cannot write to the household: it is read-only for this account (it "
                    "may belong to another account on this computer). Nothing was changed.",
                )
            )
        return StorageReadOnly(
            QT_TRANSLATE_NOOP(
                "vault.errors",
                "Toward cannot write to {name} in {folder}: it is read-only for this account (it "
                "may belong to another account on this computer). Nothing was changed.",
            ),
            name=name,
            folder=folder,
        )
    if "locked" in message or "busy" in message:
        return busy(folder)
    if "unable to open" in message:
        if name is None or folder is None:
            return StorageReadOnly(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "Toward cannot open part of the household's data."
                )
            )
        return StorageReadOnly(
            QT_TRANSLATE_NOOP("vault.errors", "Toward cannot open {name} in {folder}."),
            name=name,
            folder=folder,
        )
    if any(
        sign in message
        for sign in ("not a database", "malformed", "corrupt", "hmac", "disk i/o error")
    ):
        if name is None:
            return DatabaseDamaged(
                QT_TRANSLATE_NOOP(
                    "vault.errors",
                    "Part of the household's data is damaged and could not be read. Nothing was "
                    "changed. Run `toward doctor` to see which file, and restore it from a backup.",
                )
            )
        return _damaged(name)
    return None


def _nearly_full(folder: Path | None) -> bool:
    try:
        return shutil.disk_usage(folder or Path.cwd()).free < NEARLY_FULL
    except OSError:
        return False


def check_pages(conn: Connection, path: Path, tables: tuple[str, ...]) -> None:
    """Raise DatabaseDamaged unless `tables` pass a quick check (run before writing them).

    Reading every page of those tables proves each one's HMAC, so a write never lands on a
    damaged page.
    """
    for table in tables:
        try:
            if not conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
            ).fetchone():
                continue  # not made yet (a new database): nothing to write over
            rows = [str(row[0]) for row in conn.execute(f"PRAGMA quick_check({table})")]
        except sqlcipher3.DatabaseError as exc:
            raise translate_error(exc, path) from exc
        if rows != ["ok"]:
            raise _damaged(path.name)


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
