"""The `toward` command: start the app, open a throwaway demo, or check a household.

    toward [--data-dir PATH] [--verbose]     start the app on the data folder
    toward --demo                            a sample couple in a temporary folder
    toward doctor [--partner NAME]           check the keystore and the databases
    toward backup OUT                        one verified backup file of the household
    toward restore FILE --data-dir DIR       restore a backup into an empty folder
    toward export-data --partner NAME --out DIR [--archive FILE.zip]
    toward import-data --partner NAME FILE   a Toward export, Day One or jrnl journal
    toward export --from DATE --to DATE --out FILE.pdf|.md [--partner NAME] [--sections …]
                                             a summary to bring to a couples therapist
    toward sync link|invite|join|now|status  two computers through a synced folder

Every subcommand accepts --data-dir before or after its name. A password is never an
argument: it is prompted for on a terminal, or read as one line from standard input.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import getpass
import logging
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import TextIO

from toward import KnownError, __version__
from toward.cli.hardening import harden_process
from toward.cli.language import use_language_of
from toward.core.i18n import in_words, translate

log = logging.getLogger("toward.cli.main")

DATA_DIR_ENV = "TOWARD_DATA_DIR"
APP_FOLDER = "Toward"
EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `toward` command line; returns the process exit code."""
    if argv is None and _names_a_command(sys.argv[1:]):
        # The system's language for a command's words and --help. Not for the app: it
        # chooses its own once the lock screen is up (loading catalogs first delays it).
        # Tests pass `argv`, and keep the language they set.
        use_language_of(None)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.demo and (args.command or args.data_dir):
        parser.error(
            translate(
                "cli.main",
                "--demo makes its own temporary household; it takes no --data-dir or command",
            )
        )
    if args.command is not None:
        gc.enable()  # paused by toward.__main__ for the app's first window only
    configure_logging(verbose=args.verbose)
    for note in harden_process():
        log.warning("Process hardening: %s.", note)
    try:
        with _one_writer(args):
            return _run(args)
    except KnownError as exc:
        print(f"toward: {in_words(exc)}", file=sys.stderr)
        return EXIT_PROBLEM
    except Exception as exc:
        known = _database_error_in_words(exc)
        if known is None:
            raise  # a bug: its traceback is the report
        print(f"toward: {in_words(known)}", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130


def _names_a_command(words: Sequence[str]) -> bool:
    """Whether the command line names a subcommand or asks for help (not only the app)."""
    after_data_dir = False
    for word in words:
        if after_data_dir:
            after_data_dir = False
        elif word == "--data-dir":
            after_data_dir = True
        elif word in ("-h", "--help") or not word.startswith("-"):
            return True
    return False


def _database_error_in_words(exc: Exception) -> Exception | None:
    """A database error that escaped a command (a damaged page met by a read), in words."""
    if type(exc).__module__.split(".")[0] != "sqlcipher3":
        return None
    from toward.vault.database import DatabaseError, known_database_error

    return known_database_error(exc) if isinstance(exc, DatabaseError) else None


# Commands that change the household: each holds the app's lock (toward.lock) while it runs,
# so it never writes beside a running Toward, nor Toward beside it. The others only read
# (doctor, backup) and may run beside the app.
WRITING_COMMANDS = ("export", "export-data", "import-data")


@contextlib.contextmanager
def _one_writer(args: argparse.Namespace) -> Iterator[None]:
    from toward.vault.locks import check_folder_free, hold_folder

    if args.command in WRITING_COMMANDS:
        with hold_folder(data_dir(args.data_dir)):
            yield
        return
    if args.command == "sync" and args.sync_command == "join":
        # Joining makes a new household in an empty folder, as a restore does.
        check_folder_free(data_dir(args.data_dir))
        yield
        return
    if args.command == "sync":
        with hold_folder(data_dir(args.data_dir)):
            yield
        return
    if args.command == "restore":
        # Restoring fills an empty folder: it takes no lock there, but never races Toward.
        check_folder_free(data_dir(args.data_dir))
    yield


def _run(args: argparse.Namespace) -> int:
    if args.command == "doctor":
        return _doctor(args)
    if args.command in ("backup", "restore"):
        from toward.cli.backup import run_backup_command

        return run_backup_command(args, data_dir(args.data_dir), read_password, ask_choice)
    if args.command in ("export-data", "import-data"):
        from toward.cli.data import run_data_command

        return run_data_command(args, data_dir(args.data_dir), read_password)
    if args.command == "export":
        return _export(args)
    if args.command == "sync":
        from toward.cli.sync import run_sync_command

        return run_sync_command(args, data_dir(args.data_dir), read_password, read_line)
    if args.command == "selftest":
        from toward.cli.selftest import run_selftest

        return run_selftest()
    # Before any household is opened or made, and before Qt's GUI loads: a missing
    # system library would otherwise abort the process (the demo's folder left behind).
    from toward.cli.qt_platform import prepare_platform

    problem = prepare_platform()
    if problem is not None:
        print(f"toward: {problem}", file=sys.stderr)
        return EXIT_PROBLEM
    if args.demo:
        return run_demo()
    return _start_app(data_dir(args.data_dir))


def build_parser() -> argparse.ArgumentParser:
    """The argument parser: global options, repeated on each subcommand."""
    parser = argparse.ArgumentParser(
        prog="toward",
        description=translate(
            "cli.main", "Toward: a private, encrypted companion for a couple working on trust."
        ),
    )
    parser.add_argument("--version", action="version", version=f"Toward {__version__}")
    _add_common(parser, on_subcommand=False)
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate("cli.main", "open a throwaway household with sample data (removed on exit)"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    doctor = commands.add_parser(
        "doctor",
        help=translate(
            "cli.main", "check the household's files and, with a password, its databases"
        ),
        description=(
            translate(
                "cli.main",
                "Check the keystore and database files; given a partner's password (prompted, "
                "or one line on standard input), run the encrypted databases' integrity checks. "
                "Exit code 0: healthy; 1: a problem was found or a check could not be done; "
                "2: usage error.",
            )
        ),
    )
    _add_common(doctor, on_subcommand=True)
    doctor.add_argument(
        "--partner",
        metavar="NAME",
        help=translate("cli.main", "whose password is given (needed with two partners)"),
    )
    from toward.cli.backup import add_backup_commands

    add_backup_commands(commands, lambda sub: _add_common(sub, on_subcommand=True))
    from toward.cli.data import add_data_commands

    add_data_commands(commands, lambda p: _add_common(p, on_subcommand=True))
    _add_export(commands)
    from toward.cli.sync import add_sync_commands

    add_sync_commands(commands, lambda p: _add_common(p, on_subcommand=True))
    # Not listed in --help (no help text): the frozen app's build check, see packaging/.
    commands.add_parser("selftest", description="Check this build works, in a temporary folder.")
    return parser


def _add_export(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser(
        "export",
        help=translate("cli.main", "write a summary for a couples therapist (PDF or Markdown)"),
        description=(
            translate(
                "cli.main",
                "Write a therapy summary of a period as the partner would see it in Toward. "
                "The partner's password is prompted for, or read as the first line of standard "
                "input; with --protect the PDF's password follows (prompted, or the next line). "
                "The export is noted in the export history both partners see, unless it is "
                "for an individual session (--individual): that holds only your own words, so "
                "it is not noted.",
            )
        ),
    )
    _add_common(export, on_subcommand=True)
    export.add_argument(
        "--partner", metavar="NAME", help=translate("cli.main", "whose summary (needed with two)")
    )
    export.add_argument(
        "--from",
        dest="start",
        metavar="DATE",
        required=True,
        help=translate("cli.main", "YYYY-MM-DD"),
    )
    export.add_argument(
        "--to", dest="end", metavar="DATE", required=True, help=translate("cli.main", "YYYY-MM-DD")
    )
    export.add_argument(
        "--sections",
        nargs="+",
        metavar="NAME",
        default=[
            "note",
            "since",
            "practices",
            "bids",
            "ledger",
            "promises",
            "repairs",
            "talks",
            "journal",
        ],
        help=(
            translate(
                "cli.main",
                "any of note, since, practices, bids, ledger, promises, repairs, talks, journal "
                "(default: all of these); questions and checkins are ticked in the app",
            )
        ),
    )
    export.add_argument(
        "--out", metavar="FILE", required=True, help=translate("cli.main", "FILE.pdf or FILE.md")
    )
    export.add_argument(
        "--paper", default="a4", help=translate("cli.main", "a4 (default) or letter")
    )
    export.add_argument(
        "--protect",
        action="store_true",
        help=translate("cli.main", "protect the PDF with a password (AES-256)"),
    )
    export.add_argument(
        "--note-file",
        metavar="PATH",
        help=translate("cli.main", "what you want to talk about, from a text file"),
    )
    export.add_argument(
        "--individual",
        action="store_true",
        help=translate(
            "cli.main",
            "for an individual session: only your own words, not noted in the shared history",
        ),
    )


def _add_common(parser: argparse.ArgumentParser, *, on_subcommand: bool) -> None:
    # On a subcommand the defaults are SUPPRESS, so an option given before the
    # subcommand's name is not overwritten by the subcommand's own default.
    parser.add_argument(
        "--data-dir",
        metavar="PATH",
        default=argparse.SUPPRESS if on_subcommand else None,
        help=translate(
            "cli.main",
            "the household's data folder (also ${variable}; default: the app-data folder)",
        ).format(variable=DATA_DIR_ENV),
    )
    parser.add_argument(
        "--verbose",
        action="store_true",
        default=argparse.SUPPRESS if on_subcommand else False,
        help=translate("cli.main", "log what happens to standard error"),
    )


def configure_logging(*, verbose: bool) -> None:
    """Log to stderr: INFO and up with --verbose, warnings only otherwise."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        stream=sys.stderr,
        format="%(asctime)s %(name)s %(levelname)s: %(message)s",
    )


def data_dir(option: str | None) -> Path:
    """The data folder: --data-dir, else $TOWARD_DATA_DIR, else the platform app-data folder."""
    if option:
        return Path(option).expanduser()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return platform_data_dir()


def platform_data_dir() -> Path:
    """The platform's app-data location for Toward (…/Toward), found without a QApplication."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    # Qt builds the path from the organisation and application names: with the name set
    # and no organisation it is e.g. ~/.local/share/Toward or %APPDATA%/Toward.
    previous = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    QCoreApplication.setOrganizationName("")
    QCoreApplication.setApplicationName(APP_FOLDER)
    try:
        location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    finally:
        QCoreApplication.setOrganizationName(previous[0])
        QCoreApplication.setApplicationName(previous[1])
    if not location:
        raise KnownError(
            translate(
                "cli.main", "This system has no app-data folder; give one with --data-dir PATH."
            )
        )
    return Path(location)


def read_password(prompt: str, stdin: TextIO | None = None) -> str | None:
    """A password: prompted for on a terminal, else one line of stdin; None when none given."""
    stream = sys.stdin if stdin is None else stdin
    if stream is None:
        return None
    value = getpass.getpass(prompt) if stream.isatty() else stream.readline().rstrip("\r\n")
    return value or None


def read_line(prompt: str, stdin: TextIO | None = None) -> str | None:
    """A line that may be seen (a code): asked on a terminal, else one line of stdin."""
    stream = sys.stdin if stdin is None else stdin
    if stream is None:
        return None
    value = input(prompt) if stream.isatty() else stream.readline().rstrip("\r\n")
    return value.strip() or None


def ask_choice(prompt: str, choices: Sequence[str], stdin: TextIO | None = None) -> str | None:
    """Ask on a terminal which of `choices` is meant; None when stdin is not a terminal."""
    stream = sys.stdin if stdin is None else stdin
    if stream is None or not stream.isatty():
        return None
    answer = input(f"{prompt} ({', '.join(choices)}): ").strip()  # names, not words
    return answer or None


def _doctor(args: argparse.Namespace) -> int:
    from toward.cli.doctor import run_doctor

    return run_doctor(
        data_dir(args.data_dir),
        partner=args.partner,
        read_password=read_password,
        choose_partner=ask_choice,
        out=sys.stdout,
    )


def _export(args: argparse.Namespace) -> int:
    from toward.cli.export import run_export

    def read_new_password(prompt: str) -> str | None:
        first = read_password(prompt)
        on_terminal = sys.stdin is not None and sys.stdin.isatty()
        if (
            first
            and on_terminal
            and read_password(translate("cli.main", "The same password again: ")) != first
        ):
            raise KnownError(
                translate("cli.main", "The two passwords differ; nothing was written.")
            )
        return first

    return run_export(
        data_dir(args.data_dir),
        partner=args.partner,
        start=args.start,
        end=args.end,
        sections=args.sections,
        out_path=args.out,
        paper=args.paper,
        protect=args.protect,
        note_file=args.note_file,
        individual=args.individual,
        read_password=read_password,
        read_new_password=read_new_password,
        out=sys.stdout,
    )


def _start_app(folder: Path, demo_passwords: dict[str, str] | None = None) -> int:
    from toward.ui.app import run_app

    log.info("Starting Toward on %s", folder)
    return run_app(folder, demo_passwords=demo_passwords)


def run_demo() -> int:
    """Start the app on a sample household in a temporary folder, removed on exit."""
    from toward.cli.demo import create_demo_household

    use_language_of(None)  # the sample household is written in the system's language
    folder = Path(tempfile.mkdtemp(prefix="toward-demo-"))
    try:
        shown = translate("cli.main", "Demo household in {folder} (removed on exit)")
        print(shown.format(folder=folder), file=sys.stderr, flush=True)
        with _terminate_as_exit():
            passwords = create_demo_household(folder)
        return _start_app(folder, demo_passwords=passwords)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        log.info("Removed the demo household %s", folder)


@contextlib.contextmanager
def _terminate_as_exit() -> Iterator[None]:
    """Turn SIGTERM into SystemExit while the demo is built, so its folder is still removed."""

    def _exit(signum: int, frame: FrameType | None) -> None:
        raise SystemExit(128 + signum)

    try:
        previous = signal.signal(signal.SIGTERM, _exit)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
