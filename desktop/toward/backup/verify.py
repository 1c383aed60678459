"""Checking a backup file: manifest, sizes, sums, headers; with keys, integrity too."""

from __future__ import annotations

import hashlib
import tempfile
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import BinaryIO

from toward.backup.manifest import (
    CHUNK,
    MANIFEST_LIMIT,
    MANIFEST_NAME,
    PAGE_SIZE,
    PLAINTEXT_SQLITE_HEADER,
    ZIP_DAMAGE,
    BackupDamaged,
    BackupReport,
    Manifest,
    known_os_error,
)
from toward.core.i18n import QT_TRANSLATE_NOOP
from toward.core.schema import STEPS
from toward.household import SHARED_DB, private_db_name
from toward.vault.database import integrity_problems, open_database
from toward.vault.errors import HouseholdCorrupted
from toward.vault.keystore import load_keystore
from toward.vault.migrations import schema_version

# -- checking a backup -------------------------------------------------------------------


def verify_backup(path: Path, keys: Mapping[str, bytes] | None = None) -> BackupReport:
    """Check a backup file: manifest, sizes, sums, headers; with keys, integrity too."""
    try:
        with open(path, "rb") as handle:
            manifest, checked = verify_stream(handle, dict(keys or {}))
    except OSError as exc:
        raise known_os_error(exc, path) from exc
    return BackupReport(path, manifest, checked)


def verify_stream(handle: BinaryIO, keys: Mapping[str, bytes]) -> tuple[Manifest, tuple[str, ...]]:
    with tempfile.TemporaryDirectory(prefix="toward-verify-") as scratch_name:
        scratch = Path(scratch_name)
        manifest = extract_backup(handle, scratch)
        return manifest, _check_extracted(scratch, manifest, keys)


def _read_manifest(archive: zipfile.ZipFile) -> Manifest:
    try:
        info = archive.getinfo(MANIFEST_NAME)
    except KeyError:
        raise BackupDamaged(
            QT_TRANSLATE_NOOP(
                "vault.errors", "This is not a Toward backup: it has no list of files."
            )
        ) from None
    if info.file_size > MANIFEST_LIMIT:
        raise BackupDamaged(
            QT_TRANSLATE_NOOP(
                "vault.errors", "This is not a Toward backup: its list of files is far too large."
            )
        )
    try:
        raw = archive.read(info)
    except ZIP_DAMAGE as exc:
        raise BackupDamaged(
            QT_TRANSLATE_NOOP(
                "vault.errors", "This backup is damaged: its list of files cannot be read."
            )
        ) from exc
    return Manifest.from_bytes(raw)


def extract_backup(handle: BinaryIO, target: Path) -> Manifest:
    """Write the backup's files into `target`, checking each size and sum on the way."""
    try:
        archive = zipfile.ZipFile(handle)
    except (*ZIP_DAMAGE, OSError) as exc:
        raise BackupDamaged(
            QT_TRANSLATE_NOOP("vault.errors", "This file is not a Toward backup, or it is damaged.")
        ) from exc
    with archive:
        manifest = _read_manifest(archive)
        listed = {f.name for f in manifest.files} | {MANIFEST_NAME}
        if set(archive.namelist()) != listed:
            raise BackupDamaged(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "This backup's files do not match its list of files."
                )
            )
        for entry in manifest.files:
            digest = hashlib.sha256()
            written = 0
            try:
                with archive.open(entry.name) as source, open(target / entry.name, "xb") as out:
                    while chunk := source.read(CHUNK):
                        written += len(chunk)
                        if written > entry.size:
                            break
                        digest.update(chunk)
                        out.write(chunk)
            except ZIP_DAMAGE as exc:
                raise BackupDamaged(
                    QT_TRANSLATE_NOOP("vault.errors", "{name} in this backup is damaged."),
                    name=entry.name,
                ) from exc
            except OSError as exc:
                raise known_os_error(exc, target / entry.name) from exc
            if written != entry.size or digest.hexdigest() != entry.sha256:
                raise BackupDamaged(
                    QT_TRANSLATE_NOOP(
                        "vault.errors",
                        "{name} in this backup is damaged: it is not the file that was saved.",
                    ),
                    name=entry.name,
                )
    return manifest


def _check_extracted(
    folder: Path, manifest: Manifest, keys: Mapping[str, bytes]
) -> tuple[str, ...]:
    try:
        keystore = load_keystore(folder).keystore
    except HouseholdCorrupted as exc:
        raise BackupDamaged(
            QT_TRANSLATE_NOOP(
                "vault.errors", "The household file in this backup cannot be used: {exc}"
            ),
            exc=exc,
        ) from exc
    if keystore.household_id != manifest.household_id:
        raise BackupDamaged(
            QT_TRANSLATE_NOOP(
                "vault.errors", "This backup's household file belongs to another household."
            )
        )
    expected = [SHARED_DB] + [private_db_name(p.id) for p in keystore.partners]
    checked: list[str] = []
    for name in expected if keystore.partners else []:
        path = folder / name
        if not path.exists():
            raise BackupDamaged(
                QT_TRANSLATE_NOOP("vault.errors", "This backup is missing {name}."), name=name
            )
        with open(path, "rb") as handle:
            head = handle.read(len(PLAINTEXT_SQLITE_HEADER))
        size = path.stat().st_size
        if head == PLAINTEXT_SQLITE_HEADER:
            raise BackupDamaged(
                QT_TRANSLATE_NOOP("vault.errors", "{name} in this backup is not encrypted."),
                name=name,
            )
        if size == 0 or size % PAGE_SIZE:
            raise BackupDamaged(
                QT_TRANSLATE_NOOP("vault.errors", "{name} in this backup is cut short."), name=name
            )
        if name in keys:
            conn = open_database(path, keys[name])
            try:
                found = integrity_problems(conn)
                version = schema_version(conn)
            finally:
                conn.close()
            if found:
                raise BackupDamaged(
                    QT_TRANSLATE_NOOP(
                        "vault.errors", "{name} in this backup fails its integrity check: {value}"
                    ),
                    name=name,
                    value=found[0],
                )
            if version > len(STEPS):
                raise BackupDamaged(
                    QT_TRANSLATE_NOOP(
                        "vault.errors", "{name} in this backup is from a newer version of Toward."
                    ),
                    name=name,
                )
            checked.append(name)
    return tuple(checked)
