"""`toward export-data` and `toward import-data`: a partner's data out in open formats, and in.

Passwords are read as `toward doctor` reads them: prompted on a terminal, else one line of
standard input each (the partner's password first, then the archive's when one is used).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from toward.core.i18n import translate
from toward.household import Household
from toward.vault.errors import KnownError

if TYPE_CHECKING:  # the parser is built at every start: the core loads when a command runs
    from toward.session import Session

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
ReadPassword = Callable[[str], "str | None"]


def add_data_commands(commands: Any, add_common: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add the two subcommands to the `toward` parser."""
    export = commands.add_parser(
        "export-data",
        help=translate(
            "cli.data", "write everything you can read in open formats (JSON, Markdown, CSV)"
        ),
        description=(
            translate(
                "cli.data",
                "Write your private space and the shared space as a JSON document, Markdown "
                "journal files and CSV tables. Without --archive the files are NOT encrypted. "
                "With --archive they go into one AES-256 encrypted zip instead; its password is "
                "asked after yours (or read as the second line of standard input).",
            )
        ),
    )
    add_common(export)
    export.add_argument(
        "--partner",
        metavar="NAME",
        required=True,
        help=translate("cli.data", "whose data to export"),
    )
    export.add_argument(
        "--out", metavar="DIR", help=translate("cli.data", "a new or empty folder for the files")
    )
    export.add_argument(
        "--archive", metavar="FILE.zip", help=translate("cli.data", "one password-protected zip")
    )
    importer = commands.add_parser(
        "import-data",
        help=translate("cli.data", "bring in a Toward export, a Day One export or a jrnl export"),
        description=(
            translate(
                "cli.data",
                "Import a Toward export (folder, toward-export.json or zip), a Day One export "
                "(zip or Journal.json) or a jrnl JSON export. Journals from other apps go into "
                "your private journal. All of it is imported, or nothing.",
            )
        ),
    )
    add_common(importer)
    importer.add_argument(
        "--partner", metavar="NAME", required=True, help=translate("cli.data", "who imports")
    )
    importer.add_argument(
        "file", metavar="FILE", help=translate("cli.data", "the file or export folder to import")
    )


def run_data_command(args: argparse.Namespace, folder: Path, read_password: ReadPassword) -> int:
    if args.command == "export-data" and bool(args.out) == bool(args.archive):
        print(
            translate("cli.data", "toward: give either --out DIR or --archive FILE.zip."),
            file=sys.stderr,
        )
        return EXIT_USAGE
    household = Household.open(folder)
    name = household.partner(args.partner).name
    password = read_password(translate("cli.data", "{name}'s password: ").format(name=name))
    if password is None:
        missing = translate("cli.data", "toward: no password was given for {name}.")
        print(missing.format(name=name), file=sys.stderr)
        return EXIT_USAGE
    from toward.session import Session  # the session and its features load only now

    session = Session.start(household.unlock(name, password))
    try:
        if args.command == "export-data":
            return _export(session, args, read_password)
        return _import(session, Path(args.file), read_password)
    finally:
        session.lock()


def _export(session: Session, args: argparse.Namespace, read_password: ReadPassword) -> int:
    from toward.opendata.archive import EncryptedZipSink, FolderSink, Sink
    from toward.opendata.export import UNENCRYPTED_WARNING, export_data

    if args.archive:
        archive_password = read_password(translate("cli.data", "Archive password: "))
        if archive_password is None:
            print(translate("cli.data", "toward: no archive password was given."), file=sys.stderr)
            return EXIT_USAGE
        sink: Sink = EncryptedZipSink(Path(args.archive), archive_password)
    else:
        sink = FolderSink(Path(args.out))
        warning = translate("cli.data", "Warning: {warning}")
        print(
            warning.format(warning=translate("opendata.export", UNENCRYPTED_WARNING)),
            file=sys.stderr,
        )
    summary = export_data(session, sink)
    # The kinds are named by their keys ("journal entries"), as the export's files are.
    counts = ", ".join(f"{n} {key.replace('_', ' ')}" for key, n in summary.counts.items() if n)
    print(
        translate("cli.data", "Exported {counts} to {path}").format(
            counts=counts, path=summary.path
        )
        if counts
        else translate("cli.data", "Exported nothing yet to {path}").format(path=summary.path)
    )
    return EXIT_OK


def _import(session: Session, path: Path, read_password: ReadPassword) -> int:
    from toward.opendata.imports.plan import NeedsPassword
    from toward.opendata.imports.source import read_import

    try:
        plan = read_import(session, path)
    except NeedsPassword:
        archive_password = read_password(translate("cli.data", "Archive password: "))
        if archive_password is None:
            raise KnownError(
                translate("cli.data", "This archive is protected by a password; none was given.")
            ) from None
        plan = read_import(session, path, archive_password)
    report = plan.apply()
    for line in report.lines():
        print(line)
    return EXIT_OK
