"""Automatic daily backups into a folder, keeping the last N."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from toward.backup.create import create_backup
from toward.backup.manifest import BackupReport, Progress, known_os_error
from toward.core.settings import Settings
from toward.vault.keystore import load_keystore

DEFAULT_KEEP = 7
_ROLLING_NAME = re.compile(r"^toward-backup-([0-9a-f]{8})-(\d{4}-\d{2}-\d{2})\.zip$")

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
        raise known_os_error(exc, folder) from exc
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
        raise known_os_error(exc, plan.folder) from exc
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
