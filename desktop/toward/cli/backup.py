"""`toward backup OUT` and `toward restore FILE --data-dir DIR`: backups on the command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from toward.core.formatting import format_number
from toward.core.i18n import translate

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2

ReadPassword = Callable[[str], "str | None"]
AskChoice = Callable[[str, Sequence[str]], "str | None"]


def add_backup_commands(
    commands: argparse._SubParsersAction,
    add_common: Callable[[argparse.ArgumentParser], None],
) -> None:
    backup = commands.add_parser(
        "backup",
        help=translate("cli.backup", "write one backup file of the household (still encrypted)"),
        description=(
            translate(
                "cli.backup",
                "Copy the household file and the encrypted databases, exactly as they are, into "
                "one backup file, then check the copy. Safe while Toward is running. An existing "
                "file is never overwritten.",
            )
        ),
    )
    add_common(backup)
    backup.add_argument(
        "out",
        metavar="OUT",
        help=translate("cli.backup", "the backup file to write (e.g. toward.zip)"),
    )
    restore = commands.add_parser(
        "restore",
        help=translate("cli.backup", "restore a backup file into an empty data folder"),
        description=(
            translate(
                "cli.backup",
                "Unpack a backup into the data folder (--data-dir), which must be empty or not "
                "exist yet; nothing "
                "is ever overwritten. A partner's password (prompted, or one line on standard "
                "input) proves the backup opens before the restore finishes.",
            )
        ),
    )
    add_common(restore)
    restore.add_argument("file", metavar="FILE", help=translate("cli.backup", "the backup file"))
    restore.add_argument(
        "--partner", metavar="NAME", help=translate("cli.backup", "whose password is given")
    )


def run_backup_command(
    args: argparse.Namespace, folder: Path, read_password: ReadPassword, ask_choice: AskChoice
) -> int:
    # Here, not at the top: the parser is built at every start, the app's included, and
    # toward.backup brings the whole core (sessions, SQLCipher) with it.
    from toward.backup import backup_partners, create_backup, restore_backup

    if args.command == "backup":
        out = Path(args.out).expanduser()
        report = create_backup(folder, out, overwrite=False)
        size = sum(f.size for f in report.manifest.files)
        files = len(report.manifest.files)
        done = translate(
            "cli.backup",
            "Backed up the household in {folder} to {out} (%n files, {size} KiB, checked).",
            None,
            files,
        )
        print(done.format(folder=folder, out=out, size=format_number(round(size / 1024))))
        return EXIT_OK
    archive = Path(args.file).expanduser()
    names = backup_partners(archive)
    partner = args.partner or (names[0] if len(names) == 1 else None)
    if partner is None and names:
        partner = ask_choice(translate("cli.backup", "Whose password will you give?"), names)
    if partner is None:
        say = translate(
            "cli.backup",
            "toward restore: say whose password you will give with --partner NAME ({names}).",
        )
        print(say.format(names=", ".join(names)), file=sys.stderr)
        return EXIT_USAGE
    password = read_password(translate("cli.backup", "{name}'s password: ").format(name=partner))
    if password is None:
        print(
            translate(
                "cli.backup", "toward restore: a password is needed to prove the backup opens."
            ),
            file=sys.stderr,
        )
        return EXIT_USAGE
    restored = restore_backup(archive, folder, partner=partner, password=password)
    done = translate(
        "cli.backup",
        "Restored the backup of {when} into {folder}; {name}'s password opens it and its "
        "databases pass their checks.",
    )
    print(done.format(when=restored.manifest.created_at, folder=folder, name=restored.partner))
    return EXIT_OK
