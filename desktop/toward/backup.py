"""Backups: one zip holding the household's files exactly as they are on disk (still encrypted).

    report = create_backup(folder, out, keys=session_keys([session]))
    restore_backup(out, new_folder, partner="Maya", password="…")

A backup holds household.json (and its .bak) and every database file, byte for byte, with
a manifest of sizes and SHA-256 sums. Nothing is ever decrypted into it: the keystore is
already safe to copy, and the databases are copied as encrypted pages.

Taking a consistent copy while the app writes: a database whose key this process holds
(an unlocked partner's private and the shared one) is copied under SQLite's write lock,
taken on a connection of our own (``BEGIN IMMEDIATE``), after a checkpoint; its -wal file
is copied too when it still holds frames. A database nobody here can open (the other
partner's private space) is not being written by this process; it is copied until two
looks at its files (size, change time, inode) before and after the copy agree, which makes
the copy what a power cut at that moment would have left, and SQLite recovers from that.
No Qt here.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import BinaryIO

from toward import __version__
from toward.core.schema import STEPS
from toward.core.settings import Settings
from toward.core.spaces import Space
from toward.household import SHARED_DB, Household, private_db_name
from toward.session import Session
from toward.vault.atomic import atomic_file, storage_error
from toward.vault.database import integrity_problems, open_database
from toward.vault.errors import (
    HouseholdCorrupted,
    KnownError,
    PartnerNotFound,
)
from toward.vault.keystore import (
    BACKUP_NAME,
    KEYSTORE_NAME,
    PRIVATE_KEY,
    SHARED_KEY,
    load_keystore,
)
from toward.vault.migrations import schema_version

FORMAT_VERSION = 1
MANIFEST_NAME = "toward-backup.json"
PAGE_SIZE = 4096
PLAINTEXT_SQLITE_HEADER = b"SQLite format 3\x00"
DEFAULT_KEEP = 7
# A manifest is a few hundred bytes; anything far larger is not one of ours.
_MANIFEST_LIMIT = 1024 * 1024
_CHUNK = 1024 * 1024
_STABLE_TRIES = 10
_FILE_NAME = re.compile(r"^(household\.json(\.bak)?|(shared|private-[0-9a-f]{32})\.db(-wal)?)$")
_ROLLING_NAME = re.compile(r"^toward-backup-([0-9a-f]{8})-(\d{4}-\d{2}-\d{2})\.zip$")

# What zipfile raises for a damaged or hostile archive (a bad header, an unknown or
# encrypted method, a broken compressed stream).
_ZIP_DAMAGE = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    EOFError,
    ValueError,
    NotImplementedError,
    RuntimeError,
    zlib.error,
)
# Bytes copied so far, bytes in all.
Progress = Callable[[int, int], None]


class BackupDamaged(KnownError):
    """A backup file that is not a complete, unchanged Toward backup."""


class RestoreRefused(KnownError):
    """A restore that would overwrite something, or cannot start."""


@dataclass(frozen=True)
class BackupFile:
    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    household_id: str
    created_at: str
    app_version: str
    schema_version: int
    files: tuple[BackupFile, ...]

    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT_VERSION,
            "app": "toward",
            "app_version": self.app_version,
            "schema_version": self.schema_version,
            "household_id": self.household_id,
            "created_at": self.created_at,
            "files": [{"name": f.name, "size": f.size, "sha256": f.sha256} for f in self.files],
        }
        return (json.dumps(data, indent=2) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> Manifest:
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict) or data.get("app") != "toward":
                raise ValueError("not a Toward manifest")
            version = data["format"]
            if not isinstance(version, int):
                raise ValueError("no format")
            if version > FORMAT_VERSION:
                raise BackupDamaged(
                    "This backup was made by a newer version of Toward. Update Toward to "
                    "restore it."
                )
            files = tuple(
                BackupFile(str(f["name"]), int(f["size"]), str(f["sha256"])) for f in data["files"]
            )
            manifest = cls(
                household_id=str(data["household_id"]),
                created_at=str(data["created_at"]),
                app_version=str(data["app_version"]),
                schema_version=int(data["schema_version"]),
                files=files,
            )
        except BackupDamaged:
            raise
        except (UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
            raise BackupDamaged(
                "This is not a Toward backup, or its list of files is damaged."
            ) from exc
        names = [f.name for f in files]
        if len(set(names)) != len(names) or not all(_FILE_NAME.match(n) for n in names):
            raise BackupDamaged("This backup lists files Toward does not make.")
        if KEYSTORE_NAME not in names and BACKUP_NAME not in names:
            raise BackupDamaged("This backup holds no household file.")
        return manifest


@dataclass(frozen=True)
class BackupReport:
    """What a finished backup holds and how far it was checked."""

    path: Path
    manifest: Manifest
    # Database files opened with a key and found healthy (the others had their sums checked).
    integrity_checked: tuple[str, ...]


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
) -> BackupReport:
    """Copy the household in `folder` into the backup file `out`, then verify it.

    `out` appears only once the whole backup is written and verified; a failure leaves
    whatever was there before. `keys` (see `session_keys`) lets the copy be taken under the
    database's own lock and be integrity-checked.
    """
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
            raise _known(exc, out.parent) from exc
        with atomic_file(out) as handle:
            with zipfile.ZipFile(handle, "w", zipfile.ZIP_STORED) as archive:
                archive.writestr(MANIFEST_NAME, manifest.to_bytes())
                for entry in files:
                    with (
                        open(staging / entry.name, "rb") as source_file,
                        archive.open(entry.name, "w", force_zip64=True) as target,
                    ):
                        while chunk := source_file.read(_CHUNK):
                            target.write(chunk)
                            done += len(chunk)
                            if progress is not None:
                                progress(done, total)
            handle.flush()
            handle.seek(0)
            _, checked = _verify(handle, keys)
    return BackupReport(out, manifest, checked)


def _copy_file(source: Path, target: Path) -> None:
    try:
        shutil.copyfile(source, target)
    except OSError as exc:
        raise _known(exc, source) from exc


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
                f"{path.name} is missing from the data folder; nothing was backed up."
            )
        for name in names:
            (staging / name).unlink(missing_ok=True)
            source = path.with_name(name)
            if source.exists() and source.stat().st_size > 0:
                _copy_file(source, staging / name)
        if [_look(path.with_name(n)) for n in names] == before:
            return
    raise BackupDamaged(
        f"{path.name} kept changing while it was copied. Close Toward elsewhere and try again."
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
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return BackupFile(path.name, path.stat().st_size, digest.hexdigest())


# -- checking a backup -------------------------------------------------------------------


def verify_backup(path: Path, keys: Mapping[str, bytes] | None = None) -> BackupReport:
    """Check a backup file: manifest, sizes, sums, headers; with keys, integrity too."""
    try:
        with open(path, "rb") as handle:
            manifest, checked = _verify(handle, dict(keys or {}))
    except OSError as exc:
        raise _known(exc, path) from exc
    return BackupReport(path, manifest, checked)


def _verify(handle: BinaryIO, keys: Mapping[str, bytes]) -> tuple[Manifest, tuple[str, ...]]:
    with tempfile.TemporaryDirectory(prefix="toward-verify-") as scratch_name:
        scratch = Path(scratch_name)
        manifest = _extract(handle, scratch)
        return manifest, _check_extracted(scratch, manifest, keys)


def _read_manifest(archive: zipfile.ZipFile) -> Manifest:
    try:
        info = archive.getinfo(MANIFEST_NAME)
    except KeyError:
        raise BackupDamaged("This is not a Toward backup: it has no list of files.") from None
    if info.file_size > _MANIFEST_LIMIT:
        raise BackupDamaged("This is not a Toward backup: its list of files is far too large.")
    try:
        raw = archive.read(info)
    except _ZIP_DAMAGE as exc:
        raise BackupDamaged("This backup is damaged: its list of files cannot be read.") from exc
    return Manifest.from_bytes(raw)


def _extract(handle: BinaryIO, target: Path) -> Manifest:
    """Write the backup's files into `target`, checking each size and sum on the way."""
    try:
        archive = zipfile.ZipFile(handle)
    except (*_ZIP_DAMAGE, OSError) as exc:
        raise BackupDamaged("This file is not a Toward backup, or it is damaged.") from exc
    with archive:
        manifest = _read_manifest(archive)
        listed = {f.name for f in manifest.files} | {MANIFEST_NAME}
        if set(archive.namelist()) != listed:
            raise BackupDamaged("This backup's files do not match its list of files.")
        for entry in manifest.files:
            digest = hashlib.sha256()
            written = 0
            try:
                with archive.open(entry.name) as source, open(target / entry.name, "xb") as out:
                    while chunk := source.read(_CHUNK):
                        written += len(chunk)
                        if written > entry.size:
                            break
                        digest.update(chunk)
                        out.write(chunk)
            except _ZIP_DAMAGE as exc:
                raise BackupDamaged(f"{entry.name} in this backup is damaged.") from exc
            except OSError as exc:
                raise _known(exc, target / entry.name) from exc
            if written != entry.size or digest.hexdigest() != entry.sha256:
                raise BackupDamaged(
                    f"{entry.name} in this backup is damaged: it is not the file that was saved."
                )
    return manifest


def _check_extracted(
    folder: Path, manifest: Manifest, keys: Mapping[str, bytes]
) -> tuple[str, ...]:
    try:
        keystore = load_keystore(folder).keystore
    except HouseholdCorrupted as exc:
        raise BackupDamaged(f"The household file in this backup cannot be used: {exc}") from exc
    if keystore.household_id != manifest.household_id:
        raise BackupDamaged("This backup's household file belongs to another household.")
    expected = [SHARED_DB] + [private_db_name(p.id) for p in keystore.partners]
    checked: list[str] = []
    for name in expected if keystore.partners else []:
        path = folder / name
        if not path.exists():
            raise BackupDamaged(f"This backup is missing {name}.")
        with open(path, "rb") as handle:
            head = handle.read(len(PLAINTEXT_SQLITE_HEADER))
        size = path.stat().st_size
        if head == PLAINTEXT_SQLITE_HEADER:
            raise BackupDamaged(f"{name} in this backup is not encrypted.")
        if size == 0 or size % PAGE_SIZE:
            raise BackupDamaged(f"{name} in this backup is cut short.")
        if name in keys:
            conn = open_database(path, keys[name])
            try:
                found = integrity_problems(conn)
                version = schema_version(conn)
            finally:
                conn.close()
            if found:
                raise BackupDamaged(f"{name} in this backup fails its integrity check: {found[0]}")
            if version > len(STEPS):
                raise BackupDamaged(f"{name} in this backup is from a newer version of Toward.")
            checked.append(name)
    return tuple(checked)


# -- restoring ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Restored:
    folder: Path
    manifest: Manifest
    partner: str
    integrity_checked: tuple[str, ...]


def backup_partners(path: Path) -> list[str]:
    """The partners' names in a backup (readable without a password, like household.json)."""
    try:
        with open(path, "rb") as handle, tempfile.TemporaryDirectory() as scratch:
            _extract(handle, Path(scratch))
            return [p.name for p in load_keystore(Path(scratch)).keystore.partners]
    except OSError as exc:
        raise _known(exc, path) from exc
    except HouseholdCorrupted as exc:
        raise BackupDamaged(f"The household file in this backup cannot be used: {exc}") from exc


def restore_backup(archive: Path, folder: Path, *, partner: str, password: str) -> Restored:
    """Restore `archive` into `folder`, which must be empty or not exist yet.

    The files are unpacked beside `folder` first and proven with `partner`'s password (the
    databases it opens pass their integrity checks); only then do they move into place.
    A failed restore leaves nothing behind and never touches anything already there.
    """
    folder = Path(folder)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise RestoreRefused(
            f"{folder} is not empty. Toward restores only into an empty or new folder, so "
            "that nothing is ever overwritten."
        )
    if not folder.parent.is_dir():
        raise RestoreRefused(f"{folder.parent} does not exist.")
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.restoring-", dir=folder.parent))
    except OSError as exc:
        raise _known(exc, folder) from exc
    try:
        with open(archive, "rb") as handle:
            manifest = _extract(handle, staging)
        if manifest.schema_version > len(STEPS):
            raise BackupDamaged(
                "This backup was made by a newer version of Toward. Update Toward to restore it."
            )
        household = Household.open(staging)
        if household.id != manifest.household_id:
            raise BackupDamaged("This backup's household file belongs to another household.")
        try:
            record = household.partner(partner)
        except PartnerNotFound:
            names = ", ".join(p.name for p in household.partners)
            raise PartnerNotFound(
                f"No partner called {partner} in this backup ({names})."
            ) from None
        session = Session.start(household.unlock(record.id, password))
        try:
            keys = session_keys([session])
            problems = {
                private_db_name(record.id): integrity_problems(session.spaces.conn(Space.PRIVATE)),
                SHARED_DB: integrity_problems(session.spaces.conn(Space.SHARED)),
            }
        finally:
            session.lock()
        damaged = [name for name, found in problems.items() if found]
        if damaged:
            raise BackupDamaged(f"{damaged[0]} in this backup fails its integrity check.")
        _move_into_place(staging, folder)
    except BaseException as exc:
        shutil.rmtree(staging, ignore_errors=True)
        if isinstance(exc, OSError):
            known = _known(exc, folder)
            if known is not exc:
                raise known from exc
        raise
    return Restored(folder, manifest, record.name, tuple(sorted(keys)))


@dataclass(frozen=True)
class RestoredInPlace:
    restored: Restored
    # Where the household that was there before now lives, untouched.
    kept_aside: Path | None


def restore_in_place(
    archive: Path, folder: Path, *, partner: str, password: str
) -> RestoredInPlace:
    """Restore `archive` as the household in `folder`, moving what is there aside, whole.

    For a damaged household: nothing in it is deleted or overwritten. The backup is first
    restored (and proven) beside it; only then is the old folder renamed to
    ``<name>.damaged-<time>`` and the restored one takes its name.
    """
    if not folder.exists() or (folder.is_dir() and not any(folder.iterdir())):
        return RestoredInPlace(
            restore_backup(archive, folder, partner=partner, password=password), None
        )
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    fresh = folder.with_name(f"{folder.name}.restored-{stamp}")
    restored = restore_backup(archive, fresh, partner=partner, password=password)
    aside = None
    try:
        if folder.exists():
            aside = folder.with_name(f"{folder.name}.damaged-{stamp}")
            os.rename(folder, aside)
        os.rename(fresh, folder)
    except OSError as exc:
        raise KnownError(
            f"The backup was restored into {fresh}, but it could not take the place of "
            f"{folder} ({exc.strerror}). Start Toward with --data-dir {fresh}."
        ) from exc
    return RestoredInPlace(replace(restored, folder=folder), aside)


def _move_into_place(staging: Path, folder: Path) -> None:
    if folder.exists():
        # An empty folder the person chose: fill it, then drop the staging folder.
        for path in sorted(staging.iterdir()):
            if (folder / path.name).exists():
                raise RestoreRefused(f"{folder} is no longer empty; nothing was overwritten.")
            os.rename(path, folder / path.name)
        staging.rmdir()
    else:
        os.rename(staging, folder)


# -- rolling daily backups ---------------------------------------------------------------


@dataclass(frozen=True)
class BackupPlan:
    """Automatic daily backups into `folder` (None: off), keeping the last `keep`."""

    folder: Path | None = None
    keep: int = DEFAULT_KEEP


def load_backup_plan(settings: Settings) -> BackupPlan:
    folder = settings.get_text("backup_folder")
    try:
        keep = int(settings.get_text("backup_keep") or DEFAULT_KEEP)
    except ValueError:
        keep = DEFAULT_KEEP
    return BackupPlan(Path(folder) if folder else None, max(1, keep))


def save_backup_plan(settings: Settings, plan: BackupPlan) -> None:
    if plan.keep < 1 or plan.keep > 365:
        raise ValueError("keep between 1 and 365 backups")
    settings.set_text("backup_folder", str(plan.folder) if plan.folder else "")
    settings.set_text("backup_keep", str(plan.keep))


def rolling_name(household_id: str, day: date) -> str:
    return f"toward-backup-{household_id[:8]}-{day.isoformat()}.zip"


def rolling_backups(folder: Path, household_id: str) -> list[Path]:
    """This household's rolling backups in `folder`, oldest first."""
    try:
        found = [
            path
            for path in folder.iterdir()
            if (match := _ROLLING_NAME.match(path.name)) and match.group(1) == household_id[:8]
        ]
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise _known(exc, folder) from exc
    return sorted(found, key=lambda p: p.name)


def backup_due(plan: BackupPlan, household_id: str, today: date) -> bool:
    if plan.folder is None:
        return False
    return not (plan.folder / rolling_name(household_id, today)).exists()


def run_rolling_backup(
    data_folder: Path,
    plan: BackupPlan,
    *,
    today: date,
    keys: Mapping[str, bytes] | None = None,
    progress: Progress | None = None,
) -> BackupReport | None:
    """Make today's backup into the plan's folder if there is none yet; keep the last N.

    Only older backups of the same household, named as this function names them, are ever
    removed, and only after today's was written and verified.
    """
    if plan.folder is None:
        return None
    household_id = load_keystore(data_folder).keystore.household_id
    if not backup_due(plan, household_id, today):
        return None
    try:
        plan.folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _known(exc, plan.folder) from exc
    report = create_backup(
        data_folder,
        plan.folder / rolling_name(household_id, today),
        keys=keys,
        progress=progress,
    )
    for old in rolling_backups(plan.folder, household_id)[: -plan.keep]:
        with contextlib.suppress(OSError):
            old.unlink()
    return report


def _known(exc: OSError, path: Path) -> Exception:
    known = storage_error(exc, path)
    if known is not exc:
        return known
    return KnownError(f"Toward could not use {path}: {exc.strerror or exc}.")
