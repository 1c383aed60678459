"""Schema versions through PRAGMA user_version: one step per version, each in one transaction."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path

from toward.vault.database import Connection, DatabaseError, translate_error
from toward.vault.errors import DatabaseTooNew


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection, steps: Sequence[str], path: Path) -> int:
    """Bring the database at `path` up to ``len(steps)``; return the version it had.

    An existing database is copied (still encrypted) beside itself before its first step,
    so a failed migration never leaves a person without their data.
    """
    current = schema_version(conn)
    target = len(steps)
    if current > target:
        raise DatabaseTooNew(
            f"{path.name} was written by a newer version of Toward (schema {current}, "
            f"this version knows {target}). Update Toward to open it; the file is unchanged."
        )
    if current == target:
        return current
    if current > 0:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copy2(path, path.with_name(f"{path.name}.v{current}.bak"))
    for version in range(current + 1, target + 1):
        try:
            conn.executescript(
                f"BEGIN IMMEDIATE;\n{steps[version - 1]}\nPRAGMA user_version = {version};\nCOMMIT;"
            )
        except DatabaseError as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise translate_error(exc, path) from exc
    return current
