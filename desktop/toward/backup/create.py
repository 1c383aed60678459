"""Making a backup: the files copied as they are, consistently while the app writes.

A database whose key this process holds is copied under SQLite's write lock, taken on a
connection of our own (``BEGIN IMMEDIATE``), after a checkpoint; its -wal file is copied
too when it still holds frames. A database nobody here can open is copied until two looks
at its files (size, change time, inode) before and after the copy agree.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path

from toward import __version__
from toward.backup.manifest import (
    CHUNK,
    MANIFEST_NAME,
    BackupDamaged,
    BackupExists,
    BackupFile,
    BackupReport,
    Manifest,
    Progress,
    known_os_error,
)
from toward.backup.verify import verify_stream
from toward.core.i18n import QT_TRANSLATE_NOOP
from toward.core.schema import STEPS
from toward.household import SHARED_DB, private_db_name
from toward.session import Session
from toward.vault.atomic import PRIVATE_MODE, TargetExists, atomic_file
from toward.vault.database import open_database
from toward.vault.keystore import BACKUP_NAME, KEYSTORE_NAME, PRIVATE_KEY, SHARED_KEY, load_keystore

_STABLE_TRIES = 10


def session_keys(sessions: Iterable[Session]) -> dict[str, bytes]:
    """The database keys the open sessions hold, by file name."""
    keys: dict[str, bytes] = {}
    for session in sessions:
        if session.locked:
            continue
        keys[private_db_name(session.partner.id)] = session.key(PRIVATE_KEY)
        keys[SHARED_DB] = session.key(SHARED_KEY)
    return keys


# -- making a backup ---------------------------------------------------------------------


def create_backup(
    folder: Path,
    out: Path,
    *,
    keys: Mapping[str, bytes] | None = None,
    progress: Progress | None = None,
    overwrite: bool = True,
) -> BackupReport:
    """Copy the household in `folder` into the backup file `out`, then verify it.

    `out` appears only once the whole backup is written and verified; a failure leaves
    whatever was there before. `keys` (see `session_keys`) lets the copy be taken under the
    database's own lock and be integrity-checked. With `overwrite=False` an existing `out`
    is never replaced (BackupExists), not even one that appears meanwhile. The file is
    readable by its owner only (0600), wherever it is written.
    """
    if not overwrite and os.path.lexists(out):
        raise BackupExists(_exists_message(out))
    keys = dict(keys or {})
    keystore = load_keystore(folder).keystore
    databases = [SHARED_DB] + [private_db_name(p.id) for p in keystore.partners]
    with tempfile.TemporaryDirectory(prefix="toward-backup-") as staging_name:
        staging = Path(staging_name)
        for name in (KEYSTORE_NAME, BACKUP_NAME):
            if (folder / name).exists():
                _copy_file(folder / name, staging / name)
        # Nobody can write into a read-only folder, so there is no lock to take (nor could one
        # be: SQLite's lock needs a file beside the database).
        writable = os.access(folder, os.W_OK)
        for name in databases if keystore.partners else []:
            if name in keys and writable:
                _copy_locked(folder / name, staging, keys[name])
            else:
                _copy_stable(folder / name, staging)
        files = tuple(_describe(path) for path in sorted(staging.iterdir()))
        manifest = Manifest(
            household_id=keystore.household_id,
            created_at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            app_version=__version__,
            schema_version=len(STEPS),
            files=files,
        )
        total = sum(f.size for f in files)
        done = 0
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise known_os_error(exc, out.parent) from exc
        with (
            _no_overwrite(out),
            atomic_file(out, mode=PRIVATE_MODE, overwrite=overwrite) as handle,
        ):
            with zipfile.ZipFile(handle, "w", zipfile.ZIP_STORED) as archive:
                archive.writestr(MANIFEST_NAME, manifest.to_bytes())
                for entry in files:
                    with (
                        open(staging / entry.name, "rb") as source_file,
                        archive.open(entry.name, "w", force_zip64=True) as target,
                    ):
                        while chunk := source_file.read(CHUNK):
                            target.write(chunk)
                            done += len(chunk)
                            if progress is not None:
                                progress(done, total)
            handle.flush()
            handle.seek(0)
            _, checked = verify_stream(handle, keys)
    return BackupReport(out, manifest, checked)


def _exists_message(out: Path) -> str:
    return (
        f"{out} already exists. Toward never overwrites a file: choose another name, or "
        "move the old backup first. Nothing was written."
    )


@contextlib.contextmanager
def _no_overwrite(out: Path) -> Iterator[None]:
    try:
        yield
    except TargetExists as exc:
        raise BackupExists(_exists_message(out)) from exc


def _copy_file(source: Path, target: Path) -> None:
    try:
        shutil.copyfile(source, target)
    except OSError as exc:
        raise known_os_error(exc, source) from exc


def _copy_locked(path: Path, staging: Path, key: bytes) -> None:
    """Copy a database (and its -wal) while holding its write lock on our own connection."""
    conn = open_database(path, key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        conn.execute("BEGIN IMMEDIATE")
        try:
            for name in (path.name, path.name + "-wal"):
                source = path.with_name(name)
                if source.exists() and source.stat().st_size > 0:
                    _copy_file(source, staging / name)
        finally:
            conn.execute("ROLLBACK")
    finally:
        conn.close()


def _copy_stable(path: Path, staging: Path) -> None:
    """Copy a database nobody here can lock until its files did not change during the copy."""
    names = (path.name, path.name + "-wal")
    for _ in range(_STABLE_TRIES):
        before = [_look(path.with_name(n)) for n in names]
        if before[0] is None:
            raise BackupDamaged(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "{name} is missing from the data folder; nothing was backed up."
                ),
                name=path.name,
            )
        for name in names:
            (staging / name).unlink(missing_ok=True)
            source = path.with_name(name)
            if source.exists() and source.stat().st_size > 0:
                _copy_file(source, staging / name)
        if [_look(path.with_name(n)) for n in names] == before:
            return
    raise BackupDamaged(
        QT_TRANSLATE_NOOP(
            "vault.errors",
            "{name} kept changing while it was copied. Close Toward elsewhere and try again.",
        ),
        name=path.name,
    )


def _look(path: Path) -> tuple[int, int, int] | None:
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    return stat.st_ino, stat.st_size, stat.st_mtime_ns


def _describe(path: Path) -> BackupFile:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return BackupFile(path.name, path.stat().st_size, digest.hexdigest())
