"""Restoring a backup into an empty folder, or in place of a damaged household."""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from toward.backup.create import session_keys
from toward.backup.manifest import BackupDamaged, Manifest, RestoreRefused, known_os_error
from toward.backup.verify import extract_backup
from toward.core.i18n import QT_TRANSLATE_NOOP
from toward.core.schema import STEPS
from toward.core.spaces import Space
from toward.household import SHARED_DB, Household, private_db_name
from toward.session import Session
from toward.vault.atomic import PRIVATE_MODE, file_mode_for
from toward.vault.database import integrity_problems
from toward.vault.errors import HouseholdCorrupted, KnownError, PartnerNotFound
from toward.vault.keystore import load_keystore
from toward.vault.leftovers import RESTORE_STAGING

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
            extract_backup(handle, Path(scratch))
            return [p.name for p in load_keystore(Path(scratch)).keystore.partners]
    except OSError as exc:
        raise known_os_error(exc, path) from exc
    except HouseholdCorrupted as exc:
        raise BackupDamaged(
            QT_TRANSLATE_NOOP(
                "vault.errors", "The household file in this backup cannot be used: {exc}"
            ),
            exc=exc,
        ) from exc


def restore_backup(archive: Path, folder: Path, *, partner: str, password: str) -> Restored:
    """Restore `archive` into `folder`, which must be empty or not exist yet.

    The files are unpacked beside `folder` first and proven with `partner`'s password (the
    databases it opens pass their integrity checks); only then do they move into place.
    A failed restore leaves nothing behind and never touches anything already there.
    """
    folder = Path(folder)
    if folder.is_dir():
        # An interrupted restore's staging holds nothing but copies from the backup.
        for leftover in folder.glob(f"{RESTORE_STAGING}*"):
            shutil.rmtree(leftover, ignore_errors=True)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise RestoreRefused(
            QT_TRANSLATE_NOOP(
                "vault.errors",
                "{folder} is not empty. Toward restores only into an empty or new folder, so that"
                " nothing is ever overwritten.",
            ),
            folder=folder,
        )
    if not folder.parent.is_dir():
        raise RestoreRefused(
            QT_TRANSLATE_NOOP("vault.errors", "{parent} does not exist."), parent=folder.parent
        )
    # Staged inside the chosen empty folder when there is one: its parent may not be ours
    # to write in (README's two-account setup: a group folder under a root-owned parent).
    # The files get the modes new ones get there: 0660 in a shared folder, else 0600.
    mode = file_mode_for(folder) if folder.exists() else PRIVATE_MODE
    try:
        if folder.exists():
            staging = Path(tempfile.mkdtemp(prefix=RESTORE_STAGING, dir=folder))
        else:
            staging = Path(
                tempfile.mkdtemp(prefix=f".{folder.name}{RESTORE_STAGING}", dir=folder.parent)
            )
    except OSError as exc:
        raise known_os_error(exc, folder) from exc
    try:
        with open(archive, "rb") as handle:
            manifest = extract_backup(handle, staging)
        if manifest.schema_version > len(STEPS):
            raise BackupDamaged(
                QT_TRANSLATE_NOOP(
                    "vault.errors",
                    "This backup was made by a newer version of Toward. Update Toward to restore "
                    "it.",
                )
            )
        household = Household.open(staging)
        if household.id != manifest.household_id:
            raise BackupDamaged(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "This backup's household file belongs to another household."
                )
            )
        try:
            record = household.partner(partner)
        except PartnerNotFound:
            names = ", ".join(p.name for p in household.partners)
            raise PartnerNotFound(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "No partner called {partner} in this backup ({names})."
                ),
                partner=partner,
                names=names,
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
            raise BackupDamaged(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "{value} in this backup fails its integrity check."
                ),
                value=damaged[0],
            )
        for path in staging.iterdir():  # the restored files and those the check made
            os.chmod(path, mode)
        _move_into_place(staging, folder)
    except BaseException as exc:
        shutil.rmtree(staging, ignore_errors=True)
        if isinstance(exc, OSError):
            known = known_os_error(exc, folder)
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
            QT_TRANSLATE_NOOP(
                "vault.errors",
                "The backup was restored into {fresh}, but it could not take the place of "
                "{folder} ({strerror}). Start Toward with --data-dir {fresh}.",
            ),
            fresh=fresh,
            folder=folder,
            strerror=exc.strerror,
        ) from exc
    return RestoredInPlace(replace(restored, folder=folder), aside)


def _move_into_place(staging: Path, folder: Path) -> None:
    if folder.exists():
        # An empty folder the person chose (staging inside it): fill it, then drop staging.
        if any(path != staging for path in folder.iterdir()):
            raise RestoreRefused(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "{folder} is no longer empty; nothing was overwritten."
                ),
                folder=folder,
            )
        for path in sorted(staging.iterdir()):
            os.rename(path, folder / path.name)
        staging.rmdir()
    else:
        os.rename(staging, folder)
