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
from enum import StrEnum
from pathlib import Path
from typing import TextIO

from toward.core.i18n import translate
from toward.core.operations import nothing_half_applied
from toward.core.spaces import Space
from toward.core.words import plural
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
RESTORE_ADVICE = (
    "Restore the last backup (Settings, or `toward restore`); the damaged files are kept "
    "aside, whole."
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
        return f"  {self.status.value:<8} {self.text}"


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
        print(f"No household in {folder}. Give its folder with --data-dir PATH.", file=out)
        return EXIT_PROBLEM
    print(f"Checking the household in {folder}", file=out)
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
            partner = choose_partner("Whose password will you give?", names)
    if not names:
        db_checks = [note("Nobody has been set up yet, so there is no database to check.")]
    elif partner is None:
        if read_password("Password: ") is not None:
            print(
                "This household has two partners: say whose password that is with "
                f"--partner NAME ({', '.join(names)}).",
                file=out,
            )
            return EXIT_USAGE
        db_checks = [note("Databases not checked: no password was given (see --partner NAME).")]
    else:
        try:
            name = household.partner(partner).name
        except PartnerNotFound:
            print(f"No partner called {partner}. Partners: {', '.join(names)}.", file=out)
            return EXIT_USAGE
        password = read_password(f"{name}'s password: ")
        if password is None:
            db_checks = [note(f"Databases not checked: no password was given for {name}.")]
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
        checks.append(ok(f"{KEYSTORE_NAME} reads cleanly ({_partners(count)})"))
    else:
        checks.append(problem(f"{KEYSTORE_NAME}: {main_store}"))

    checks.append(_check_backup(folder, main_store))
    # What Toward itself opens: the main file, the .bak in its place, or nothing.
    try:
        loaded: Keystore | None = _load_as_toward_does(folder, checks)
    except KnownError as exc:
        loaded = None
        if str(exc) != main_store:
            checks.append(problem(str(exc)))

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
        return note(f"{BACKUP_NAME} not there yet (it is made at the next change)")
    backup_store = _read_keystore(backup)
    if not isinstance(backup_store, Keystore):
        return problem(f"{BACKUP_NAME}: {backup_store}")
    if not isinstance(main_store, Keystore):
        return ok(f"{BACKUP_NAME} reads cleanly")
    if backup_store.household_id != main_store.household_id:
        return problem(f"{BACKUP_NAME} belongs to a different household")
    return ok(f"{BACKUP_NAME} present and belongs to the same household")


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
        return [problem(f"{exc} The databases were not checked.")]
    try:
        name = session.partner.name
        private_path, shared_path = household.database_paths(session.partner.id)
        checks = [ok(f"The password opens {name}'s space")]
        for label, space, path in (
            (f"{name}'s private space", Space.PRIVATE, private_path),
            ("the shared space", Space.SHARED, shared_path),
        ):
            try:
                found = integrity_problems(session.spaces.conn(space))
            except KnownError as exc:
                checks.append(problem(f"{label}: {exc}"))
                continue
            if found:
                # SQLite's own lines name pages and b-trees: said here in words instead.
                count = f"{len(found)} damaged part{'s' if len(found) != 1 else ''}"
                checks.append(
                    problem(
                        f"{label} ({path.name}) fails its integrity check ({count} found). "
                        f"Nothing was changed. {RESTORE_ADVICE}"
                    )
                )
            else:
                checks.append(ok(f"{label} ({path.name}) passes its integrity check"))
        checks.extend(_kept_aside(session))
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
        checks.append(problem(f"{record.name} has no password slot"))
    else:
        checks.append(_kdf_check(f"{record.name}'s password slot", password.kdf.cost))
        if password.device_bound:
            secret = DeviceSecrets().get(keystore.household_id)
            matches = secret is not None and (
                password.device_id is None or device_fingerprint(secret) == password.device_id
            )
            if matches:
                checks.append(ok(f"{record.name}'s password is bound to this computer"))
            else:
                checks.append(
                    problem(
                        f"{record.name}'s password is bound to a computer whose key is not in "
                        "this keyring; the recovery code still opens the space"
                    )
                )
    if RECOVERY_SLOT in record.slots:
        checks.append(ok(f"{record.name} has a recovery code slot"))
    else:
        checks.append(problem(f"{record.name} has no recovery code slot"))
    return checks


def _kdf_check(label: str, cost: KdfCost) -> Check:
    described = (
        f"Argon2id with {cost.memory_kib // 1024} MiB, {cost.time_cost} passes, "
        f"parallelism {cost.parallelism}"
    )
    if cost.memory_kib < FLOOR_COST.memory_kib or cost.time_cost < FLOOR_COST.time_cost:
        return problem(f"{label}: {described}, below the floor Toward allows")
    if cost.memory_kib < DEFAULT_COST.memory_kib or cost.time_cost < DEFAULT_COST.time_cost:
        return ok(f"{label}: {described} (at or above the floor, below the default)")
    return ok(f"{label}: {described}")


def _check_database_files(folder: Path, keystore: Keystore) -> list[Check]:
    if not keystore.partners:
        return []
    names = [SHARED_DB] + [private_db_name(p.id) for p in keystore.partners]
    labels = ["the shared space"] + [f"{p.name}'s private space" for p in keystore.partners]
    checks = []
    for name, label in zip(names, labels, strict=True):
        path = folder / name
        try:
            size = path.stat().st_size
            with open(path, "rb") as handle:
                head = handle.read(len(PLAINTEXT_SQLITE_HEADER))
        except FileNotFoundError:
            checks.append(problem(f"{name} ({label}) is missing"))
            continue
        except OSError as exc:
            checks.append(problem(f"{name} ({label}) cannot be read: {exc.strerror}"))
            continue
        if size == 0:
            checks.append(problem(f"{name} ({label}) is empty: the file was truncated"))
        elif head == PLAINTEXT_SQLITE_HEADER:
            checks.append(problem(f"{name} ({label}) is not encrypted"))
        elif size % PAGE_SIZE:
            checks.append(
                problem(
                    f"{name} ({label}) is {size} bytes, not a whole number of pages: "
                    "the file looks cut short"
                )
            )
        elif (damage := wal_damage(path)) is not None:
            checks.append(
                problem(
                    f"{name} ({label}): {damage}. Toward will not open it, so nothing more "
                    f"is lost. {RESTORE_ADVICE}"
                )
            )
        else:
            checks.append(ok(f"{name} ({label}) present, {_size(size)}"))
    return checks


def _check_folder(folder: Path) -> list[Check]:
    """Whether Toward can write here: a read-only folder and a full disk, said plainly."""
    checks = []
    if not os.access(folder, os.W_OK):
        checks.append(
            problem(
                f"{folder} cannot be written to: Toward can open it read-only (to read, and "
                "to make a backup), but nothing can be changed there"
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
                f"The disk holding {folder} is full or nearly ({_size(free)} free): new "
                "writing will be refused until there is room; nothing written is lost"
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
        return f"cannot be read ({exc.strerror})"
    except HouseholdCorrupted as exc:
        return str(exc)


def _partners(count: int) -> str:
    return {0: "no partners yet", 1: "1 partner"}.get(count, f"{count} partners")


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KiB"
    return f"{size / (1024 * 1024):.1f} MiB"


def _print(checks: Sequence[Check], out: TextIO) -> None:
    for check in checks:
        print(check.line(), file=out)


def _finish(checks: Sequence[Check], out: TextIO) -> int:
    problems = sum(1 for c in checks if c.status is Status.PROBLEM)
    if problems:
        print(f"{plural(problems, 'problem')} found.", file=out)
        return EXIT_PROBLEM
    print("Everything checked looks healthy.", file=out)
    return EXIT_HEALTHY
