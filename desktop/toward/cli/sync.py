"""`toward sync …`: two computers through a sync folder (SYNC.md), for scripts and tests.

    toward sync link FOLDER --partner NAME     link the household to a sync folder
    toward sync link-private FOLDER --partner NAME
                                               that partner's private changes through a
                                               folder only their own computers share
    toward sync unlink-private --partner NAME  ... through the sync folder again
    toward sync invite --partner NAME          a one-time code for the partner (last line)
    toward sync join FOLDER --name NAME        join here: own computer (password), or the
                                               partner's (code, then a new password);
                                               --private-folder FOLDER: one's own
    toward sync now --partner NAME             one exchange: send, apply, publish
    toward sync status --partner NAME          the other computers and any problems

Passwords and codes are read as the other commands read passwords: prompted on a
terminal, else one line of standard input each.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from toward.core.i18n import QT_TRANSLATE_NOOP, translate
from toward.vault.errors import KnownError

if TYPE_CHECKING:
    from toward.session import Session
    from toward.sync import ExchangeReport

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
BAD_FILE_ADVICE = QT_TRANSLATE_NOOP(
    "cli.sync",
    "Check that the sync service shows no errors for this folder on both computers; once it "
    "copies the file again whole, Toward applies it. Nothing is lost: the computer that "
    "wrote it still has those changes.",
)
ReadLine = Callable[[str], "str | None"]


def add_sync_commands(commands: Any, add_common: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add `toward sync` and its actions to the `toward` parser."""
    sync = commands.add_parser(
        "sync",
        help=translate("cli.sync", "keep the household on two computers through a synced folder"),
        description=translate(
            "cli.sync",
            "Keep a household on more than one computer through a folder a sync engine "
            "(Syncthing, a cloud drive, a network share) keeps in step. Everything written "
            "there is encrypted.",
        ),
    )
    add_common(sync)
    actions = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    link = actions.add_parser(
        "link", help=translate("cli.sync", "link this household to a sync folder")
    )
    add_common(link)
    _add_sync_folder(link)
    _add_partner(link)
    _add_device_name(link)
    private = actions.add_parser(
        "link-private",
        help=translate(
            "cli.sync", "keep your private changes in a folder only your own computers share"
        ),
        description=translate(
            "cli.sync",
            "From now on your private changes travel through FOLDER, a folder your sync "
            "service shares only between your own computers, never with your partner's. "
            "This computer's earlier private files move there from the sync folder. Give "
            "the same folder on each of your computers.",
        ),
    )
    add_common(private)
    private.add_argument(
        "folder",
        metavar="FOLDER",
        help=translate("cli.sync", "the folder for your private changes"),
    )
    _add_partner(private)
    unlink_private = actions.add_parser(
        "unlink-private",
        help=translate("cli.sync", "stop using your private folder on this computer"),
        description=translate(
            "cli.sync",
            "From now on your private changes travel through the sync folder again, "
            "encrypted with a key only you hold: your partner's computer holds them and "
            "cannot read them. This computer's own private files move back there from your "
            "private folder first. Your other computers that still use that folder read "
            "them; what they write there reaches this computer once you stop using it on "
            "them too.",
        ),
    )
    add_common(unlink_private)
    _add_partner(unlink_private)
    invite = actions.add_parser(
        "invite", help=translate("cli.sync", "a one-time code for your partner to join")
    )
    add_common(invite)
    invite.add_argument(
        "--partner", metavar="NAME", required=True, help=translate("cli.sync", "who invites")
    )
    join = actions.add_parser(
        "join",
        help=translate("cli.sync", "join a household from its sync folder on this computer"),
        description=translate(
            "cli.sync",
            "Make the household in FOLDER on this computer, in an empty --data-dir. On your "
            "own other computer give your password; on your partner's computer give the "
            "invitation's code, then the new password (one line each on standard input).",
        ),
    )
    add_common(join)
    _add_sync_folder(join)
    join.add_argument(
        "--name",
        metavar="NAME",
        required=True,
        help=translate("cli.sync", "your name in the household"),
    )
    _add_device_name(join)
    join.add_argument(
        "--private-folder",
        metavar="FOLDER",
        help=translate(
            "cli.sync",
            "on your own other computer: the folder your private changes travel through",
        ),
    )
    now = actions.add_parser(
        "now", help=translate("cli.sync", "exchange changes with the sync folder once")
    )
    add_common(now)
    _add_partner(now)
    state = actions.add_parser(
        "status", help=translate("cli.sync", "the other computers and any problems")
    )
    add_common(state)
    _add_partner(state)


def _add_sync_folder(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", metavar="FOLDER", help=translate("cli.sync", "the synced folder"))


def _add_device_name(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--device-name",
        metavar="NAME",
        help=translate("cli.sync", "this computer's name for the others"),
    )


def _add_partner(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--partner",
        metavar="NAME",
        required=True,
        help=translate("cli.sync", "whose password is given"),
    )


def run_sync_command(
    args: argparse.Namespace, data_dir: Path, read_password: ReadLine, read_line: ReadLine
) -> int:
    if args.sync_command == "join":
        return _join(args, data_dir, read_password, read_line)
    from toward import sync

    session = _unlock(data_dir, args.partner, read_password)
    if session is None:
        return EXIT_USAGE
    try:
        if args.sync_command == "link":
            folder = Path(args.folder).expanduser()
            sync.link(data_dir, folder, session, device_name=args.device_name)
            print(
                translate("cli.sync", "Linked the household in {data} to {folder}.").format(
                    data=data_dir, folder=folder.resolve()
                )
            )
        elif args.sync_command == "invite":
            code = sync.invite(session)
            print(
                translate(
                    "cli.sync",
                    "Give this code to your partner, by voice or in person; it works once, "
                    "for 7 days. On their computer: toward sync join FOLDER --name THEIR-NAME",
                )
            )
            print(code)
        elif args.sync_command == "link-private":
            folder = Path(args.folder).expanduser()
            report = sync.link_private(session, folder)
            print(
                translate(
                    "cli.sync", "{name}'s private changes now travel through {folder}."
                ).format(name=session.partner.name, folder=folder.resolve())
            )
            return _print_report(report)
        elif args.sync_command == "unlink-private":
            private = sync.status(session).private_folder
            report = sync.unlink_private(session)
            print(
                translate(
                    "cli.sync",
                    "{name}'s private changes travel through the sync folder again. On your "
                    "other computers that use {folder}, stop using it too: toward sync "
                    "unlink-private",
                ).format(name=session.partner.name, folder=private)
            )
            return _print_report(report)
        elif args.sync_command == "now":
            return _print_report(sync.exchange(session))
        else:
            return _print_status(session)
    finally:
        session.lock()
    return EXIT_OK


def _unlock(data_dir: Path, partner: str, read_password: ReadLine) -> Session | None:
    from toward.household import Household
    from toward.session import Session

    household = Household.open(data_dir)
    name = household.partner(partner).name
    password = read_password(translate("cli.sync", "{name}'s password: ").format(name=name))
    if password is None:
        print(
            translate("cli.sync", "toward: no password was given for {name}.").format(name=name),
            file=sys.stderr,
        )
        return None
    return Session.start(household.unlock(name, password))


def _join(
    args: argparse.Namespace, data_dir: Path, read_password: ReadLine, read_line: ReadLine
) -> int:
    from toward import sync
    from toward.sync.folder import SyncFolder
    from toward.sync.keys import read_records

    folder = Path(args.folder).expanduser()
    own = any(_same(r.name, args.name) for r in read_records(SyncFolder(folder)))
    if args.private_folder and not own:
        print(
            translate(
                "cli.sync",
                "toward: --private-folder is for joining your own other computer; on your "
                "own computer, choose one later with: toward sync link-private",
            ),
            file=sys.stderr,
        )
        return EXIT_USAGE
    if own:
        password = read_password(
            translate("cli.sync", "{name}'s password: ").format(name=args.name)
        )
        if password is None:
            print(translate("cli.sync", "toward: no password was given."), file=sys.stderr)
            return EXIT_USAGE
        private = Path(args.private_folder).expanduser() if args.private_folder else None
        joined = sync.join_own(
            folder,
            data_dir,
            args.name,
            password,
            device_name=args.device_name,
            private_folder=private,
        )
    else:
        code = read_line(translate("cli.sync", "The code your partner gave you: "))
        password = read_password(translate("cli.sync", "Your new password: "))
        if code is None or password is None:
            print(
                translate("cli.sync", "toward: give the code, then a new password."),
                file=sys.stderr,
            )
            return EXIT_USAGE
        joined = sync.join_partner(
            folder, data_dir, code, args.name, password, device_name=args.device_name
        )
    print(
        translate("cli.sync", "{name} joined the household in {data}.").format(
            name=joined.partner_name, data=joined.folder
        )
    )
    if joined.recovery_code:
        print(
            translate(
                "cli.sync",
                "Your recovery code (write it down and keep it safe; it is shown once): {code}",
            ).format(code=joined.recovery_code)
        )
    return _print_report(joined.report)


def _print_report(report: ExchangeReport) -> int:
    """The exchange in lines; EXIT_PROBLEM when a file stays unreadable."""
    print(translate("cli.sync", "Changes sent: %n.", None, report.sent))
    print(translate("cli.sync", "Changes applied from other computers: %n.", None, report.applied))
    for line in report.refused:
        print(translate("cli.sync", "Not applied: {what}").format(what=line))
    for line in report.waiting:
        print(line)
    for line in report.bad_files:
        print(translate("cli.sync", "Problem: {what}").format(what=line))
    if report.bad_files:
        print(translate("cli.sync", BAD_FILE_ADVICE))
    return EXIT_PROBLEM if report.bad_files else EXIT_OK


def _print_status(session: Session) -> int:
    from toward import sync

    state = sync.status(session)
    if not state.linked:
        print(translate("cli.sync", "This household is not linked to a sync folder."))
        return EXIT_OK
    print(translate("cli.sync", "Linked to {folder}.").format(folder=state.folder))
    if state.private_folder is not None:
        print(
            translate("cli.sync", "{name}'s private changes travel through {folder}.").format(
                name=session.partner.name, folder=state.private_folder
            )
        )
    for computer in state.private_folder_unread_by:
        print(
            translate(
                "cli.sync",
                "{computer} sends {name}'s private changes through the sync folder, not the "
                "private folder: what this computer sends there reaches it once it uses the "
                "same folder (toward sync link-private), or once this one stops (toward sync "
                "unlink-private).",
            ).format(computer=computer, name=session.partner.name)
        )
    for device in state.devices:
        if device.bad_since is not None:
            line = translate("cli.sync", "{name}: a change file stays unreadable since {when}.")
        elif device.up_to_date:
            line = translate("cli.sync", "{name}: up to date, last heard {when}.")
        else:
            line = translate("cli.sync", "{name}: waiting for changes since {when}.")
        when = device.bad_since or (
            device.last_heard if device.up_to_date else device.waiting_since
        )
        print(line.format(name=device.name, when=when.isoformat() if when else "—"))
    for problem in state.problems:
        print(problem)
    if any(d.bad_since is not None for d in state.devices):
        print(translate("cli.sync", BAD_FILE_ADVICE))
        return EXIT_PROBLEM
    return EXIT_OK


def _same(a: str, b: str) -> bool:
    import unicodedata

    return unicodedata.normalize("NFC", a).casefold() == unicodedata.normalize("NFC", b).casefold()


def unreadable_files(session: Session) -> list[str]:
    """For `toward doctor`: each computer whose change file stays unreadable, in words."""
    from toward import sync

    try:
        state = sync.status(session)
    except KnownError:
        return []
    return [
        translate(
            "cli.sync", "A change file from {name} stays unreadable since {when}. {advice}"
        ).format(
            name=device.name,
            when=device.bad_since.astimezone().strftime("%Y-%m-%d %H:%M"),
            advice=translate("cli.sync", BAD_FILE_ADVICE),
        )
        for device in state.devices
        if device.bad_since is not None
    ]
