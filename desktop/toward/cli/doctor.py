"""`toward doctor`: check a household's files, and with a password, its databases.

Without a password it reads only what is readable without one: the keystore, its backup
copy, the key slots' parameters and the presence of the database files. Given one
partner's password it unlocks that partner and runs SQLCipher's integrity checks on the
databases that partner can open (their private one and the shared one). No Qt here.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import TextIO

from toward.cli.sync import unreadable_files
from toward.core.formatting import format_number
from toward.core.i18n import QT_TRANSLATE_NOOP, in_words, translate
from toward.core.operations import nothing_half_applied
from toward.core.spaces import Space
from toward.household import SHARED_DB, Household, private_db_name
from toward.session import Session
from toward.vault.database import integrity_problems
from toward.vault.device import DeviceSecrets, device_fingerprint
from toward.vault.errors import HouseholdCorrupted, KnownError, PartnerNotFound, StorageReadOnly
from toward.vault.kdf import DEFAULT_COST, FLOOR_COST, KdfCost
from toward.vault.keystore import (
    BACKUP_NAME,
    KEYSTORE_NAME,
    PASSWORD_SLOT,
    RECOVERY_SLOT,
    Keystore,
    keystore_exists,
    load_keystore,
)
from toward.vault.leftovers import find_leftovers
from toward.vault.wal import wal_damage

EXIT_HEALTHY, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
# The first bytes of an unencrypted SQLite file; an encrypted one looks random.
PLAINTEXT_SQLITE_HEADER = b"SQLite format 3\x00"
# SQLCipher 4's page size (the vault keeps the default): a whole database file is always a
# whole number of pages, so any other size means the file was cut short.
PAGE_SIZE = 4096
RESTORE_ADVICE = QT_TRANSLATE_NOOP(
    "cli.doctor",
    "Restore the last backup (Settings, or `toward restore`); the damaged files are kept "
    "aside, whole.",
)
# Below this much free space a journal entry with a picture may not fit.
LOW_SPACE = 8 * 1024 * 1024

ReadPassword = Callable[[str], "str | None"]
ChoosePartner = Callable[[str, Sequence[str]], "str | None"]


class Status(StrEnum):
    OK = "ok"
    NOTE = "note"
    PROBLEM = "problem"


@dataclass(frozen=True)
class Check:
    """One line of the report."""

    status: Status
    text: str

    def line(self) -> str:
        return f"  {translate('cli.doctor', _STATUS_WORDS[self.status]):<8} {self.text}"


# The report's first column, a word each.
_STATUS_WORDS = {
    Status.OK: QT_TRANSLATE_NOOP("cli.doctor", "ok"),
    Status.NOTE: QT_TRANSLATE_NOOP("cli.doctor", "note"),
    Status.PROBLEM: QT_TRANSLATE_NOOP("cli.doctor", "problem"),
}


def ok(text: str) -> Check:
    return Check(Status.OK, text)


def note(text: str) -> Check:
    return Check(Status.NOTE, text)


def problem(text: str) -> Check:
    return Check(Status.PROBLEM, text)


def run_doctor(
    folder: Path,
    *,
    partner: str | None,
    read_password: ReadPassword,
    choose_partner: ChoosePartner,
    out: TextIO,
) -> int:
    """Check the household in `folder`, print the report to `out`; returns the exit code.

    0: healthy; 1: a problem was found, or the databases could not be checked (no household,
    wrong password); 2: usage error (unknown partner, or a password with no partner named).
    """
    if not keystore_exists(folder):
        print(
            translate(
                "cli.doctor", "No household in {folder}. Give its folder with --data-dir PATH."
            ).format(folder=folder),
            file=out,
        )
        return EXIT_PROBLEM
    print(
        translate("cli.doctor", "Checking the household in {folder}").format(folder=folder),
        file=out,
    )
    checks = check_files(folder)
    _print(checks, out)
    try:
        household = Household.open(folder, read_only=True)
    except KnownError:
        return _finish(checks, out)  # check_files has said why, line by line

    names = [p.name for p in household.partners]
    if partner is None:
        if len(names) == 1:
            partner = names[0]
        elif len(names) > 1:
            partner = choose_partner(
                translate("cli.doctor", "Whose password will you give?"), names
            )
    if not names:
        db_checks = [
            note(
                translate(
                    "cli.doctor", "Nobody has been set up yet, so there is no database to check."
                )
            )
        ]
    elif partner is None:
        if read_password(translate("cli.doctor", "Password: ")) is not None:
            print(
                translate(
                    "cli.doctor",
                    "This household has two partners: say whose password that is with "
                    "--partner NAME ({items}).",
                ).format(items=", ".join(names)),
                file=out,
            )
            return EXIT_USAGE
        db_checks = [
            note(
                translate(
                    "cli.doctor",
                    "Databases not checked: no password was given (see --partner NAME).",
                )
            )
        ]
    else:
        try:
            name = household.partner(partner).name
        except PartnerNotFound:
            print(
                translate("cli.doctor", "No partner called {partner}. Partners: {items}.").format(
                    partner=partner, items=", ".join(names)
                ),
                file=out,
            )
            return EXIT_USAGE
        password = read_password(translate("cli.doctor", "{name}'s password: ").format(name=name))
        if password is None:
            db_checks = [
                note(
                    translate(
                        "cli.doctor", "Databases not checked: no password was given for {name}."
                    ).format(name=name)
                )
            ]
        else:
            db_checks = check_databases(household, name, password)
    _print(db_checks, out)
    return _finish(checks + db_checks, out)


def check_files(folder: Path) -> list[Check]:
    """What can be checked without a password: keystore, backup, slots and database files."""
    checks: list[Check] = []
    main_store = _read_keystore(folder / KEYSTORE_NAME)
    if isinstance(main_store, Keystore):
        count = len(main_store.partners)
        checks.append(
            ok(
                translate("cli.doctor", "{keystore_name} reads cleanly ({partners})").format(
                    keystore_name=KEYSTORE_NAME, partners=_partners(count)
                )
            )
        )
    else:
        checks.append(problem(f"{KEYSTORE_NAME}: {main_store}"))

    checks.append(_check_backup(folder, main_store))
    # What Toward itself opens: the main file, the .bak in its place, or nothing.
    try:
        loaded: Keystore | None = _load_as_toward_does(folder, checks)
    except KnownError as exc:
        loaded = None
        if in_words(exc) != main_store:
            checks.append(problem(in_words(exc)))

    if loaded is None:
        return checks
    for record in loaded.partners:
        checks.extend(_check_slots(loaded, record.id))
    checks.extend(_check_database_files(folder, loaded))
    checks.extend(_check_folder(folder))
    for leftover in find_leftovers(folder, {p.id for p in loaded.partners}):
        checks.append(problem(leftover.what) if leftover.orphan else note(leftover.what))
    return checks


def _load_as_toward_does(folder: Path, checks: list[Check]) -> Keystore:
    loaded = load_keystore(folder)
    if loaded.recovered_from_backup:
        checks.append(problem(loaded.recovered_from_backup))
    return loaded.keystore


def _check_backup(folder: Path, main_store: Keystore | str) -> Check:
    backup = folder / BACKUP_NAME
    if not backup.exists():
        return note(
            translate(
                "cli.doctor", "{backup_name} not there yet (it is made at the next change)"
            ).format(backup_name=BACKUP_NAME)
        )
    backup_store = _read_keystore(backup)
    if not isinstance(backup_store, Keystore):
        return problem(f"{BACKUP_NAME}: {backup_store}")
    if not isinstance(main_store, Keystore):
        return ok(
            translate("cli.doctor", "{backup_name} reads cleanly").format(backup_name=BACKUP_NAME)
        )
    if backup_store.household_id != main_store.household_id:
        return problem(
            translate("cli.doctor", "{backup_name} belongs to a different household").format(
                backup_name=BACKUP_NAME
            )
        )
    return ok(
        translate("cli.doctor", "{backup_name} present and belongs to the same household").format(
            backup_name=BACKUP_NAME
        )
    )


def check_databases(household: Household, partner: str, password: str) -> list[Check]:
    """Unlock `partner` and run the integrity checks on the databases they can open."""
    # Checking changes nothing: the databases are opened read-only (so no "last opened"
    # is recorded), unless they first need updating to this version, which needs writing.
    reader = Household.open(household.folder, read_only=True)
    try:
        try:
            session = Session.start(reader.unlock(partner, password))
        except StorageReadOnly:
            if not os.access(household.folder, os.W_OK):
                raise
            session = Session.start(Household.open(household.folder).unlock(partner, password))
    except KnownError as exc:
        return [
            problem(
                translate("cli.doctor", "{exc} The databases were not checked.").format(
                    exc=in_words(exc)
                )
            )
        ]
    try:
        name = session.partner.name
        private_path, shared_path = household.database_paths(session.partner.id)
        checks = [
            ok(translate("cli.doctor", "The password opens {name}'s space").format(name=name))
        ]
        for label, space, path in (
            (
                translate("cli.doctor", "{name}'s private space").format(name=name),
                Space.PRIVATE,
                private_path,
            ),
            (translate("cli.doctor", "the shared space"), Space.SHARED, shared_path),
        ):
            try:
                found = integrity_problems(session.spaces.conn(space))
            except KnownError as exc:
                checks.append(problem(f"{label}: {in_words(exc)}"))
                continue
            if found:
                # SQLite's own lines name pages and b-trees: said here in words instead.
                damaged = len(found)
                count = translate("cli.doctor", "%n damaged parts", None, damaged)
                checks.append(
                    problem(
                        translate(
                            "cli.doctor",
                            "{label} ({name}) fails its integrity check ({count} found). "
                            "Nothing was changed. {restore_advice}",
                        ).format(
                            label=label,
                            name=path.name,
                            count=count,
                            restore_advice=translate("cli.doctor", RESTORE_ADVICE),
                        )
                    )
                )
            else:
                checks.append(
                    ok(
                        translate(
                            "cli.doctor", "{label} ({name}) passes its integrity check"
                        ).format(label=label, name=path.name)
                    )
                )
        checks.extend(_kept_aside(session))
        checks.extend(problem(line) for line in unreadable_files(session))  # sync, if linked
    finally:
        session.lock()
    return checks


def _kept_aside(session: Session) -> list[Check]:
    """The partner's changes kept aside by the operation log: noted, since nothing is damaged."""
    checks = []
    for item in session.kept_aside():
        when = item.asked_at.astimezone().strftime("%Y-%m-%d %H:%M")
        checks.append(
            note(
                translate(
                    "cli.doctor", "Kept aside, not applied: {what} (asked {when}). {why}"
                ).format(what=item.what, when=when, why=item.why)
                + " "
                + nothing_half_applied()
            )
        )
    return checks


def _check_slots(keystore: Keystore, partner_id: str) -> list[Check]:
    record = keystore.partner(partner_id)
    checks: list[Check] = []
    password = record.slots.get(PASSWORD_SLOT)
    if password is None:  # the keystore parser refuses this; kept for a clear report
        checks.append(
            problem(translate("cli.doctor", "{name} has no password slot").format(name=record.name))
        )
    else:
        checks.append(
            _kdf_check(
                translate("cli.doctor", "{name}'s password slot").format(name=record.name),
                password.kdf.cost,
            )
        )
        if password.device_bound:
            secret = DeviceSecrets().get(keystore.household_id)
            matches = secret is not None and (
                password.device_id is None or device_fingerprint(secret) == password.device_id
            )
            if matches:
                checks.append(
                    ok(
                        translate(
                            "cli.doctor", "{name}'s password is bound to this computer"
                        ).format(name=record.name)
                    )
                )
            else:
                checks.append(
                    problem(
                        translate(
                            "cli.doctor",
                            "{name}'s password is bound to a computer whose key is not in this "
                            "keyring; the recovery code still opens the space",
                        ).format(name=record.name)
                    )
                )
    if RECOVERY_SLOT in record.slots:
        checks.append(
            ok(translate("cli.doctor", "{name} has a recovery code slot").format(name=record.name))
        )
    else:
        checks.append(
            problem(
                translate("cli.doctor", "{name} has no recovery code slot").format(name=record.name)
            )
        )
    return checks


def _kdf_check(label: str, cost: KdfCost) -> Check:
    described = translate(
        "cli.doctor", "Argon2id with {memory} MiB, {passes} passes, parallelism {lanes}"
    ).format(memory=cost.memory_kib // 1024, passes=cost.time_cost, lanes=cost.parallelism)
    if cost.memory_kib < FLOOR_COST.memory_kib or cost.time_cost < FLOOR_COST.time_cost:
        return problem(
            translate("cli.doctor", "{label}: {described}, below the floor Toward allows").format(
                label=label, described=described
            )
        )
    if cost.memory_kib < DEFAULT_COST.memory_kib or cost.time_cost < DEFAULT_COST.time_cost:
        return ok(
            translate(
                "cli.doctor", "{label}: {described} (at or above the floor, below the default)"
            ).format(label=label, described=described)
        )
    return ok(f"{label}: {described}")


def _check_database_files(folder: Path, keystore: Keystore) -> list[Check]:
    if not keystore.partners:
        return []
    names = [SHARED_DB] + [private_db_name(p.id) for p in keystore.partners]
    private = translate("cli.doctor", "{name}'s private space")
    labels = [translate("cli.doctor", "the shared space")] + [
        private.format(name=p.name) for p in keystore.partners
    ]
    checks = []
    for name, label in zip(names, labels, strict=True):
        path = folder / name
        try:
            size = path.stat().st_size
            with open(path, "rb") as handle:
                head = handle.read(len(PLAINTEXT_SQLITE_HEADER))
        except FileNotFoundError:
            checks.append(
                problem(
                    translate("cli.doctor", "{name} ({label}) is missing").format(
                        name=name, label=label
                    )
                )
            )
            continue
        except OSError as exc:
            checks.append(
                problem(
                    translate("cli.doctor", "{name} ({label}) cannot be read: {strerror}").format(
                        name=name, label=label, strerror=exc.strerror
                    )
                )
            )
            continue
        if size == 0:
            checks.append(
                problem(
                    translate(
                        "cli.doctor", "{name} ({label}) is empty: the file was truncated"
                    ).format(name=name, label=label)
                )
            )
        elif head == PLAINTEXT_SQLITE_HEADER:
            checks.append(
                problem(
                    translate("cli.doctor", "{name} ({label}) is not encrypted").format(
                        name=name, label=label
                    )
                )
            )
        elif size % PAGE_SIZE:
            checks.append(
                problem(
                    translate(
                        "cli.doctor",
                        "{name} ({label}) is {size} bytes, not a whole number of pages: the "
                        "file looks cut short",
                    ).format(name=name, label=label, size=size)
                )
            )
        elif (damage := wal_damage(path)) is not None:
            checks.append(
                problem(
                    translate(
                        "cli.doctor",
                        "{name} ({label}): {damage}. Toward will not open it, so nothing more "
                        "is lost. {restore_advice}",
                    ).format(
                        name=name,
                        label=label,
                        damage=damage,
                        restore_advice=translate("cli.doctor", RESTORE_ADVICE),
                    )
                )
            )
        else:
            checks.append(
                ok(
                    translate("cli.doctor", "{name} ({label}) present, {size}").format(
                        name=name, label=label, size=_size(size)
                    )
                )
            )
    return checks


def _check_folder(folder: Path) -> list[Check]:
    """Whether Toward can write here: a read-only folder and a full disk, said plainly."""
    checks = []
    if not os.access(folder, os.W_OK):
        checks.append(
            problem(
                translate(
                    "cli.doctor",
                    "{folder} cannot be written to: Toward can open it read-only (to read, and "
                    "to make a backup), but nothing can be changed there",
                ).format(folder=folder)
            )
        )
        return checks  # free space matters only where Toward may write
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return checks
    if free < LOW_SPACE:
        checks.append(
            problem(
                translate(
                    "cli.doctor",
                    "The disk holding {folder} is full or nearly ({size} free): new writing "
                    "will be refused until there is room; nothing written is lost",
                ).format(folder=folder, size=_size(free))
            )
        )
    return checks


def _read_keystore(path: Path) -> Keystore | str:
    """The keystore in `path`, or why it cannot be read."""
    try:
        return Keystore.from_bytes(path.read_bytes())
    except FileNotFoundError:
        return "missing"
    except OSError as exc:
        return translate("cli.doctor", "cannot be read ({reason})").format(reason=exc.strerror)
    except HouseholdCorrupted as exc:
        return in_words(exc)


def _partners(count: int) -> str:
    if count == 0:
        return translate("cli.doctor", "no partners yet")
    return translate("cli.doctor", "%n partners", None, count)


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{format_number(round(size / 1024))} KiB"
    return f"{format_number(Decimal(size) / (1024 * 1024), 1)} MiB"


def _print(checks: Sequence[Check], out: TextIO) -> None:
    for check in checks:
        print(check.line(), file=out)


def _finish(checks: Sequence[Check], out: TextIO) -> int:
    problems = sum(1 for c in checks if c.status is Status.PROBLEM)
    if problems:
        print(
            translate("cli.doctor", "%n problems found.", None, problems),
            file=out,
        )
        return EXIT_PROBLEM
    print(translate("cli.doctor", "Everything checked looks healthy."), file=out)
    return EXIT_HEALTHY
