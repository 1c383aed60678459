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

from toward.backup.create import create_backup, session_keys
from toward.backup.manifest import (
    FORMAT_VERSION,
    MANIFEST_NAME,
    BackupDamaged,
    BackupExists,
    BackupFile,
    BackupReport,
    Manifest,
    RestoreRefused,
)
from toward.backup.restore import (
    Restored,
    RestoredInPlace,
    backup_partners,
    restore_backup,
    restore_in_place,
)
from toward.backup.rolling import (
    DEFAULT_KEEP,
    BackupPlan,
    backup_due,
    load_backup_plan,
    rolling_backups,
    rolling_name,
    run_rolling_backup,
    save_backup_plan,
)
from toward.backup.verify import verify_backup

__all__ = [
    "DEFAULT_KEEP",
    "FORMAT_VERSION",
    "MANIFEST_NAME",
    "BackupDamaged",
    "BackupExists",
    "BackupFile",
    "BackupPlan",
    "BackupReport",
    "Manifest",
    "RestoreRefused",
    "Restored",
    "RestoredInPlace",
    "backup_due",
    "backup_partners",
    "create_backup",
    "load_backup_plan",
    "restore_backup",
    "restore_in_place",
    "rolling_backups",
    "rolling_name",
    "run_rolling_backup",
    "save_backup_plan",
    "session_keys",
    "verify_backup",
]
