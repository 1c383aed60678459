"""`toward backup OUT` and `toward restore FILE --data-dir DIR`: backups on the command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2

ReadPassword = Callable[[str], "str | None"]
AskChoice = Callable[[str, Sequence[str]], "str | None"]


def add_backup_commands(
    commands: argparse._SubParsersAction,
    add_common: Callable[[argparse.ArgumentParser], None],
) -> None:
    backup = commands.add_parser(
        "backup",
        help="write one backup file of the household (still encrypted)",
        description=(
            "Copy the household file and the encrypted databases, exactly as they are, into "
            "one backup file, then check the copy. Safe while Toward is running."
        ),
    )
    add_common(backup)
    backup.add_argument("out", metavar="OUT", help="the backup file to write (e.g. toward.zip)")
    restore = commands.add_parser(
        "restore",
        help="restore a backup file into an empty data folder",
        description=(
            "Unpack a backup into the data folder (--data-dir), which must be empty or not "
            "exist yet; nothing "
            "is ever overwritten. A partner's password (prompted, or one line on standard "
            "input) proves the backup opens before the restore finishes."
        ),
    )
    add_common(restore)
    restore.add_argument("file", metavar="FILE", help="the backup file")
    restore.add_argument("--partner", metavar="NAME", help="whose password is given")


def run_backup_command(
    args: argparse.Namespace, folder: Path, read_password: ReadPassword, ask_choice: AskChoice
) -> int:
    # Here, not at the top: the parser is built at every start, the app's included, and
    # toward.backup brings the whole core (sessions, SQLCipher) with it.
    from toward.backup import backup_partners, create_backup, restore_backup

    if args.command == "backup":
        out = Path(args.out).expanduser()
        report = create_backup(folder, out)
        size = sum(f.size for f in report.manifest.files)
        print(
            f"Backed up the household in {folder} to {out} "
            f"({len(report.manifest.files)} files, {size / 1024:.0f} KiB, checked).",
        )
        return EXIT_OK
    archive = Path(args.file).expanduser()
    names = backup_partners(archive)
    partner = args.partner or (names[0] if len(names) == 1 else None)
    if partner is None and names:
        partner = ask_choice("Whose password will you give?", names)
    if partner is None:
        print(
            f"toward restore: say whose password you will give with --partner NAME "
            f"({', '.join(names)}).",
            file=sys.stderr,
        )
        return EXIT_USAGE
    password = read_password(f"{partner}'s password: ")
    if password is None:
        print("toward restore: a password is needed to prove the backup opens.", file=sys.stderr)
        return EXIT_USAGE
    restored = restore_backup(archive, folder, partner=partner, password=password)
    print(
        f"Restored the backup of {restored.manifest.created_at} into {folder}; "
        f"{restored.partner}'s password opens it and its databases pass their checks.",
    )
    return EXIT_OK
