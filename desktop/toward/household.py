"""A household: the data folder, its partners, and the way in for each of them.

household = Household.create(path)
household.add_partner("Maya", "maya's password")
unlocked = household.unlock("Maya", "maya's password")  # a session starts from this
"""

from __future__ import annotations

import contextlib
import functools
import os
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ParamSpec, Protocol, TypeVar

from toward.core import clock
from toward.core.i18n import QT_TRANSLATE_NOOP
from toward.vault import keywrap
from toward.vault.atomic import fsync_folder
from toward.vault.device import DeviceSecrets, bind_secret, device_fingerprint
from toward.vault.errors import (
    DeviceSecretMissing,
    HouseholdExists,
    KeyringUnavailable,
    KnownError,
    PartnerNotFound,
    StorageReadOnly,
    WrongPassword,
)
from toward.vault.kdf import (
    DEFAULT_COST,
    FLOOR_COST,
    KdfCost,
    KdfParams,
    derive_key,
    normalize_password,
)
from toward.vault.keystore import (
    PASSWORD_SLOT,
    PRIVATE_KEY,
    RECOVERY_SLOT,
    SHARED_KEY,
    Keystore,
    PartnerRecord,
    Slot,
    keystore_exists,
    load_keystore,
    save_keystore,
    slot_aad,
)
from toward.vault.locks import check_folder_free, folder_owner, keystore_lock
from toward.vault.recovery import new_recovery_code, normalize_recovery_code
from toward.vault.throttle import AttemptLog

if TYPE_CHECKING:
    from toward.core.spaces import Spaces
    from toward.vault.database import Connection

SHARED_DB = "shared.db"
NEW_SUFFIX = ".new"  # a database made by a setup not yet settled (see add_partner)
MIN_PASSWORD_LENGTH = 8
MAX_NAME_LENGTH = 40
PARTNER_COLOURS = ("#c2185b", "#00838f", "#6a4fb3", "#2e7d32", "#ef6c00", "#1565c0")


class InvalidInput(KnownError):
    """A name or password that cannot be accepted, with the reason."""


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _changes_keystore(method: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run a method that reads, changes and writes household.json alone.

    Never beside another process's Toward (toward.lock), and under the keystore's lock,
    so that two changes at once cannot write each other away.
    """

    @functools.wraps(method)
    def changing(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        household = args[0]
        assert isinstance(household, Household)
        if household.read_only:
            return method(*args, **kwargs)  # refused with StorageReadOnly where it writes
        check_folder_free(household.folder)
        with keystore_lock(household.folder):
            return method(*args, **kwargs)

    return changing


@dataclass(frozen=True)
class Partner:
    id: str
    name: str
    colour: str


@dataclass(frozen=True)
class AddedPartner:
    partner: Partner
    # Shown once; a person who loses it and their password loses their private space.
    recovery_code: str


@dataclass(frozen=True)
class Unlocked:
    """A partner's spaces, opened: what a session starts from (see `Session.start`)."""

    household: Household
    partner: Partner
    spaces: Spaces
    keys: dict[str, bytearray]
    failed_attempts: int  # wrong passwords since this partner last got in


class KeyHolder(Protocol):
    """An unlocked partner as the household sees one: who they are and their keys.

    A session is one; the household needs no more of it to re-wrap keys.
    """

    @property
    def locked(self) -> bool: ...

    @property
    def household(self) -> Household: ...

    @property
    def partner(self) -> Partner: ...

    def key(self, name: str) -> bytes: ...


def _new_id() -> str:
    import uuid  # here: it loads `platform`, which the lock screen need not wait for

    return uuid.uuid4().hex


def private_db_name(partner_id: str) -> str:
    return f"private-{partner_id}.db"


class Household:
    """The partners of one data folder and how each of them unlocks."""

    def __init__(
        self,
        folder: Path,
        keystore: Keystore,
        *,
        notice: str | None = None,
        kdf_cost: KdfCost | None = None,
        device_secrets: DeviceSecrets | None = None,
        read_only: bool = False,
    ) -> None:
        self.folder = folder
        # Read-only: the folder cannot be written to; partners can open and read, and
        # every change is refused with StorageReadOnly.
        self.read_only = read_only
        self._keystore = keystore
        self.notice = notice
        self.device_secrets = device_secrets or DeviceSecrets()
        self.attempts = AttemptLog(folder)
        if kdf_cost is None and keystore.partners:
            kdf_cost = keystore.partners[0].slots[PASSWORD_SLOT].kdf.cost
        self._kdf_cost = kdf_cost or DEFAULT_COST

    # -- finding a household -------------------------------------------------------

    @classmethod
    def create(cls, folder: Path | str, *, kdf_cost: KdfCost = DEFAULT_COST) -> Household:
        """Make a new, empty household in `folder` (created if needed, must hold none yet)."""
        folder = Path(folder)
        check_folder_free(folder)
        if keystore_exists(folder):
            raise HouseholdExists(
                QT_TRANSLATE_NOOP("vault.errors", "A household already lives in {folder}."),
                folder=folder,
            )
        if orphaned_databases(folder):
            # Their keys went with the lost household file; a new household must not
            # adopt (and later fail to open) them.
            raise HouseholdExists(
                QT_TRANSLATE_NOOP(
                    "vault.errors",
                    "{folder} holds Toward databases without a household file. Choose an empty "
                    "folder, or restore the household file from a backup.",
                ),
                folder=folder,
            )
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        keystore = Keystore(household_id=_new_id(), created_at=clock.to_text(clock.now()))
        save_keystore(folder, keystore)
        return cls(folder, keystore, kdf_cost=kdf_cost)

    @classmethod
    def open(
        cls, folder: Path | str, *, kdf_cost: KdfCost | None = None, read_only: bool = False
    ) -> Household:
        """Open the household in `folder`; HouseholdNotFound or HouseholdCorrupted if it can't.

        `kdf_cost` applies to partners added from now on (by default the first partner's).
        `read_only` opens it for reading only (see `read_only`).
        """
        folder = Path(folder)
        loaded = load_keystore(folder)
        household = cls(
            folder,
            loaded.keystore,
            notice=loaded.recovered_from_backup,
            kdf_cost=kdf_cost,
            read_only=read_only,
        )
        if not read_only:
            household._tidy()
        return household

    @classmethod
    def open_or_create(cls, folder: Path | str, *, kdf_cost: KdfCost = DEFAULT_COST) -> Household:
        """A household with no partner yet: a new one, or one whose setup was interrupted."""
        try:
            return cls.create(folder, kdf_cost=kdf_cost)
        except HouseholdExists:
            household = cls.open(folder, kdf_cost=kdf_cost)
            if household.partners:
                raise
            return household

    def check_new_partner(self, name: str, password: str) -> None:
        """Raise InvalidInput if `name` or `password` would be refused by add_partner."""
        cleaned = _clean_name(name)
        check_password(password)
        if any(_same_name(p.name, cleaned) for p in self.partners):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("vault.errors", "There is already a partner called {cleaned}."),
                cleaned=cleaned,
            )

    # -- partners ------------------------------------------------------------------

    @property
    def id(self) -> str:
        return self._keystore.household_id

    @property
    def partners(self) -> list[Partner]:
        return [Partner(p.id, p.name, p.colour) for p in self._keystore.partners]

    def reload(self) -> None:
        """Re-read household.json: a partner who joined on another computer (SYNC.md)."""
        self._refresh()

    def partner(self, name_or_id: str) -> Partner:
        record = self._record(name_or_id)
        return Partner(record.id, record.name, record.colour)

    @_changes_keystore
    def add_partner(
        self,
        name: str,
        password: str,
        sponsor: KeyHolder | None = None,
        colour: str | None = None,
    ) -> AddedPartner:
        """Add a partner; the second one needs the first one's unlocked session as sponsor."""
        name = _clean_name(name)
        check_password(password)
        self._refresh()
        if any(_same_name(p.name, name) for p in self._keystore.partners):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("vault.errors", "There is already a partner called {name}."),
                name=name,
            )
        if len(self._keystore.partners) >= 2:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "A household has two partners; both are already here."
                )
            )
        if self._keystore.partners:
            if sponsor is None or sponsor.locked or sponsor.household.id != self.id:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "vault.errors",
                        "Adding the second partner needs the first partner's unlocked session.",
                    )
                )
            shared_key = sponsor.key(SHARED_KEY)
        else:
            shared_key = keywrap.new_key()
        partner_id = _new_id()
        private_key = keywrap.new_key()
        keys = {PRIVATE_KEY: private_key, SHARED_KEY: shared_key}
        code = new_recovery_code()
        used = {p.colour for p in self._keystore.partners}
        record = PartnerRecord(
            id=partner_id,
            name=name,
            colour=colour or next(c for c in PARTNER_COLOURS if c not in used),
            created_at=clock.to_text(clock.now()),
            slots={
                PASSWORD_SLOT: self._slot(
                    partner_id, PASSWORD_SLOT, normalize_password(password), keys, self._kdf_cost
                ),
                RECOVERY_SLOT: self._slot(
                    partner_id, RECOVERY_SLOT, normalize_recovery_code(code), keys, FLOOR_COST
                ),
            },
        )
        # New databases are made under names no household reads, and take their real names
        # only once the keystore holding their keys is durable: a crash in between leaves
        # leftovers the next setup removes, never a database nobody can open.
        self._settle_new_databases()
        new = [(self._private_path(partner_id), private_key)]
        if not self._keystore.partners:
            self._set_aside_keyless_shared()
            new.append((self._shared_path(), shared_key))
        try:
            for path, key in new:
                self._open(_unsettled(path), key, create=True).close()
            self._save(self._keystore.with_partner(record))
        except BaseException:
            for path, _key in new:
                _remove_database(_unsettled(path))
            raise
        self._settle_new_databases()
        return AddedPartner(Partner(partner_id, name, record.colour), code)

    # -- unlocking -----------------------------------------------------------------

    def unlock(self, name_or_id: str, password: str) -> Unlocked:
        """Open a partner's spaces with their password."""
        if not self.read_only:
            check_folder_free(self.folder)  # unlocking writes (attempts, last opened)
        self._refresh()
        if not self.read_only:
            self._settle_new_databases()
        record = self._record(name_or_id)
        self.attempts.check(record.id)
        keys = self._unwrap(record, PASSWORD_SLOT, self._password_secret(record, password))
        return self._open_spaces(record, keys)

    def unlock_with_keys(self, name_or_id: str, keys: dict[str, bytes]) -> Unlocked:
        """Open a partner's spaces with the keys their password has just unwrapped (joining
        from a sync folder), without deriving the same key a second time."""
        check_folder_free(self.folder)
        self._refresh()
        return self._open_spaces(self._record(name_or_id), keys)

    @_changes_keystore
    def recover(self, name_or_id: str, recovery_code: str, new_password: str) -> Unlocked:
        """Get in with the recovery code and set a new password."""
        check_password(new_password)
        self._refresh()
        record = self._record(name_or_id)
        self.attempts.check(record.id)
        if RECOVERY_SLOT not in record.slots:
            raise WrongPassword(
                QT_TRANSLATE_NOOP("vault.errors", "{name} has no recovery code."), name=record.name
            )
        keys = self._unwrap(record, RECOVERY_SLOT, normalize_recovery_code(recovery_code))
        rebind = record.slots[PASSWORD_SLOT].device_bound and self.device_secrets.available()
        try:
            self._set_password_slot(record, new_password, keys, bound=rebind)
        except KeyringUnavailable:
            # Getting back in matters more than the binding, which can be set again.
            self._set_password_slot(record, new_password, keys, bound=False)
        return self._open_spaces(self._keystore.partner(record.id), keys)

    def wait_seconds(self, name_or_id: str) -> float:
        """How long this partner must wait before the next password try."""
        return self.attempts.wait_seconds(self._record(name_or_id).id)

    # -- changing slots (through an unlocked session) ------------------------------

    @_changes_keystore
    def change_password(self, session: KeyHolder, current: str, new: str) -> None:
        """Re-wrap the session's keys under a new password; no database is re-encrypted."""
        check_password(new)
        record = self._session_record(session)
        self.attempts.check(record.id)
        self._unwrap(record, PASSWORD_SLOT, self._password_secret(record, current))
        keys = {name: session.key(name) for name in (PRIVATE_KEY, SHARED_KEY)}
        self._set_password_slot(record, new, keys, bound=record.slots[PASSWORD_SLOT].device_bound)

    @_changes_keystore
    def set_device_binding(self, session: KeyHolder, password: str, bound: bool) -> None:
        """Bind (or unbind) a partner's password slot to this computer's keyring."""
        record = self._session_record(session)
        if bound and not self.device_secrets.available():
            raise KeyringUnavailable(
                QT_TRANSLATE_NOOP(
                    "vault.errors",
                    "This computer has no keyring, so the household cannot be bound to it.",
                )
            )
        self.attempts.check(record.id)
        self._unwrap(record, PASSWORD_SLOT, self._password_secret(record, password))
        keys = {name: session.key(name) for name in (PRIVATE_KEY, SHARED_KEY)}
        self._set_password_slot(record, password, keys, bound=bound)
        if not any(p.slots[PASSWORD_SLOT].device_bound for p in self._keystore.partners):
            # Nobody relies on the device secret any more: leave nothing in the keyring.
            self.device_secrets.delete(self.id)

    def is_device_bound(self, partner_id: str) -> bool:
        return self._keystore.partner(partner_id).slots[PASSWORD_SLOT].device_bound

    # -- files ---------------------------------------------------------------------

    def database_paths(self, partner_id: str) -> tuple[Path, Path]:
        """The private and the shared database of a partner."""
        return self._private_path(partner_id), self._shared_path()

    def _private_path(self, partner_id: str) -> Path:
        return self.folder / private_db_name(partner_id)

    def _shared_path(self) -> Path:
        return self.folder / SHARED_DB

    def _open(self, path: Path, key: bytes, *, create: bool = False) -> Connection:
        from toward.core.schema import STEPS
        from toward.vault.database import check_pages, open_database
        from toward.vault.migrations import migrate, schema_version

        conn = open_database(path, key, create=create, read_only=self.read_only)
        try:
            if not self.read_only:
                # Unlocking writes its bookkeeping there: only onto sound pages.
                check_pages(conn, path, ("meta",))
            if self.read_only and 0 < schema_version(conn) < len(STEPS):
                raise StorageReadOnly(
                    QT_TRANSLATE_NOOP(
                        "vault.errors",
                        "{name} needs updating for this version of Toward, which cannot be done "
                        "while {folder} is read-only.",
                    ),
                    name=path.name,
                    folder=self.folder,
                )
            migrate(conn, STEPS, path)
        except BaseException:
            conn.close()
            raise
        return conn

    def _settle_new_databases(self) -> None:
        """Finish or clear what an interrupted setup or partner addition left.

        A new database whose partner the keystore holds takes its real name; one whose
        partner it does not hold lost its key with the process that made it, and goes.
        """
        known = {p.id for p in self._keystore.partners}
        for leftover in sorted(self.folder.glob(f"*{NEW_SUFFIX}")):
            final = leftover.with_name(leftover.name.removesuffix(NEW_SUFFIX))
            if final.name == SHARED_DB:
                owner_known = bool(known)
            else:
                owner_known = final.name in {private_db_name(p) for p in known}
            if owner_known and not final.exists():
                os.replace(leftover, final)
                fsync_folder(self.folder)
            elif not owner_known:
                _remove_database(leftover)

    def _set_aside_keyless_shared(self) -> None:
        """A shared.db with no partner in the keystore has no key anywhere (an older
        version's interrupted setup): moved aside so the new household makes its own."""
        shared = self._shared_path()
        if shared.exists():
            stamp = clock.now().strftime("%Y%m%dT%H%M%SZ")
            for path in (shared, *shared.parent.glob(shared.name + "-*")):
                os.replace(path, path.with_name(f"{path.name}.keyless-{stamp}"))

    def _save(self, keystore: Keystore) -> None:
        if self.read_only:
            raise StorageReadOnly(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "{folder} is open read-only: nothing can be changed."
                ),
                folder=self.folder,
            )
        save_keystore(self.folder, keystore)
        self._keystore = keystore

    def _refresh(self) -> None:
        """Re-read household.json before using or changing it.

        Another window (or the other partner's OS account) may have changed it since this
        one was opened; changing a stale copy would write their change away.
        """
        loaded = load_keystore(self.folder)
        if loaded.keystore.household_id != self.id:
            raise HouseholdExists(
                QT_TRANSLATE_NOOP("vault.errors", "{folder} now holds a different household."),
                folder=self.folder,
            )
        self._keystore = loaded.keystore
        if loaded.recovered_from_backup:
            self.notice = loaded.recovered_from_backup

    def _tidy(self) -> None:
        """Remove what an interrupted write or restore left; say what must stay (orphans)."""
        from toward.vault.leftovers import clean_leftovers

        if folder_owner(self.folder) is not None:
            return  # another process's writes may still be under way
        with contextlib.suppress(KnownError, OSError), keystore_lock(self.folder, wait_s=0):
            ids = {p.id for p in self._keystore.partners}
            orphans = [left for left in clean_leftovers(self.folder, ids) if left.orphan]
            if orphans and self.notice is None:
                self.notice = (
                    f"{self.folder} holds a private space that no partner's password opens "
                    f"({orphans[0].path.name}), perhaps from a setup that was cut short. It is "
                    "kept as it is; `toward doctor` says more."
                )

    # -- slots ---------------------------------------------------------------------

    def _session_record(self, session: KeyHolder) -> PartnerRecord:
        if session.locked:
            from toward.core.spaces import SessionLocked

            raise SessionLocked("This session is locked; unlock again to continue.")
        if session.household.id != self.id:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("vault.errors", "That session belongs to another household.")
            )
        self._refresh()
        try:
            return self._keystore.partner(session.partner.id)
        except KeyError:
            raise PartnerNotFound(
                QT_TRANSLATE_NOOP("vault.errors", "{name} is not in this household."),
                name=session.partner.name,
            ) from None

    def _password_secret(self, record: PartnerRecord, password: str) -> bytes:
        """The KDF input of a password slot, with the device secret when it is bound."""
        slot = record.slots[PASSWORD_SLOT]
        if not slot.device_bound:
            return normalize_password(password)
        device_secret = self.device_secrets.get(self.id)
        if device_secret is None or (
            slot.device_id is not None and device_fingerprint(device_secret) != slot.device_id
        ):
            raise DeviceSecretMissing(
                QT_TRANSLATE_NOOP(
                    "vault.errors",
                    "{name}'s password is bound to the computer it was set on, and this "
                    "computer's keyring does not have that key. Use your recovery code to get in "
                    "and set your password again.",
                ),
                name=record.name,
            )
        return bind_secret(normalize_password(password), device_secret)

    def _record(self, name_or_id: str) -> PartnerRecord:
        for record in self._keystore.partners:
            if record.id == name_or_id or _same_name(record.name, name_or_id):
                return record
        raise PartnerNotFound(
            QT_TRANSLATE_NOOP("vault.errors", "No partner called {name_or_id} in this household."),
            name_or_id=name_or_id,
        )

    def _slot(
        self,
        partner_id: str,
        purpose: str,
        secret: bytes,
        keys: dict[str, bytes],
        cost: KdfCost,
        *,
        bound: bool = False,
        device_id: str | None = None,
    ) -> Slot:
        params = KdfParams.fresh(cost)
        kek = derive_key(secret, params)
        wrapped = {
            name: keywrap.wrap(kek, key, slot_aad(self.id, partner_id, purpose, name))
            for name, key in keys.items()
        }
        return Slot(kdf=params, keys=wrapped, device_bound=bound, device_id=device_id)

    def _unwrap(self, record: PartnerRecord, purpose: str, secret: bytes) -> dict[str, bytes]:
        slot = record.slots[purpose]
        kek = derive_key(secret, slot.kdf)
        try:
            keys = {
                name: keywrap.unwrap(kek, wrapped, slot_aad(self.id, record.id, purpose, name))
                for name, wrapped in slot.keys.items()
            }
        except keywrap.UnwrapFailed:
            with self._unless_read_only():
                self.attempts.record_failure(record.id)
            # One whole sentence each: a word glued in stays English in every language.
            template = (
                QT_TRANSLATE_NOOP("vault.errors", "That recovery code doesn't open {name}'s space.")
                if purpose == RECOVERY_SLOT
                else QT_TRANSLATE_NOOP("vault.errors", "That password doesn't open {name}'s space.")
            )
            raise WrongPassword(template, name=record.name) from None
        return keys

    def _set_password_slot(
        self, record: PartnerRecord, password: str, keys: dict[str, bytes], *, bound: bool
    ) -> None:
        device_secret = self.device_secrets.get_or_create(self.id) if bound else None
        old = record.slots[PASSWORD_SLOT].kdf.cost
        # Never weaker than before nor than this household's cost, in any dimension.
        cost = KdfCost(
            memory_kib=max(old.memory_kib, self._kdf_cost.memory_kib),
            time_cost=max(old.time_cost, self._kdf_cost.time_cost),
            parallelism=max(old.parallelism, self._kdf_cost.parallelism),
        )
        slot = self._slot(
            record.id,
            PASSWORD_SLOT,
            bind_secret(normalize_password(password), device_secret),
            keys,
            cost,
            bound=bound,
            device_id=None if device_secret is None else device_fingerprint(device_secret),
        )
        slots = {**record.slots, PASSWORD_SLOT: slot}
        updated = PartnerRecord(record.id, record.name, record.colour, record.created_at, slots)
        self._save(self._keystore.with_partner(updated))

    def _open_spaces(self, record: PartnerRecord, keys: dict[str, bytes]) -> Unlocked:
        from toward.core.spaces import Spaces
        from toward.vault.database import check_files

        for path in self.database_paths(record.id):  # both, before either is opened
            check_files(path)
        private = self._open(self._private_path(record.id), keys[PRIVATE_KEY])
        try:
            shared = self._open(self._shared_path(), keys[SHARED_KEY])
        except BaseException:
            private.close()
            raise
        spaces = Spaces(record.id, private, shared)
        try:
            failures = 0
            with self._unless_read_only():
                failures = self.attempts.record_success(record.id)
        except BaseException:
            spaces.close()
            raise
        return Unlocked(
            self,
            Partner(record.id, record.name, record.colour),
            spaces,
            {name: bytearray(key) for name, key in keys.items()},
            failures,
        )

    @contextlib.contextmanager
    def _unless_read_only(self) -> Iterator[None]:
        """Bookkeeping writes (wrong-password counts) that a read-only folder cannot take."""
        try:
            yield
        except StorageReadOnly:
            if not self.read_only:
                raise


def _unsettled(path: Path) -> Path:
    return path.with_name(path.name + NEW_SUFFIX)


def _remove_database(path: Path) -> None:
    for leftover in (path, *path.parent.glob(path.name + "-*")):
        with contextlib.suppress(OSError):
            leftover.unlink()


def orphaned_databases(folder: Path) -> bool:
    """Whether `folder` holds Toward databases but no household file (their keys)."""
    return not keystore_exists(folder) and (
        (folder / SHARED_DB).exists() or any(folder.glob(private_db_name("*")))
    )


def check_password(password: str) -> None:
    """Refuse passwords too short to protect a private space."""
    if len(unicodedata.normalize("NFC", password)) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "vault.errors", "A password needs at least {MIN_PASSWORD_LENGTH} characters."
            ),
            MIN_PASSWORD_LENGTH=MIN_PASSWORD_LENGTH,
        )


def _clean_name(name: str) -> str:
    cleaned = " ".join(unicodedata.normalize("NFC", name).split())
    if not cleaned:
        raise InvalidInput(QT_TRANSLATE_NOOP("vault.errors", "Please give a name."))
    if len(cleaned) > MAX_NAME_LENGTH:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "vault.errors", "A name can be at most {MAX_NAME_LENGTH} characters."
            ),
            MAX_NAME_LENGTH=MAX_NAME_LENGTH,
        )
    if any(unicodedata.category(ch).startswith("C") and ch not in _EMOJI_JOINERS for ch in cleaned):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "vault.errors", "A name cannot contain control or formatting characters."
            )
        )
    return cleaned


# Invisible characters that emoji need (👩‍💻, ❤️); other format characters (such as
# right-to-left overrides) could make one name look like another, and stay refused.
_EMOJI_JOINERS = {"\u200d", "\ufe0f"}


def _same_name(a: str, b: str) -> bool:
    return unicodedata.normalize("NFC", a).casefold() == unicodedata.normalize("NFC", b).casefold()


def default_data_dir() -> Path | None:
    """The folder named by TOWARD_DATA_DIR, if set."""
    value = os.environ.get("TOWARD_DATA_DIR")
    return Path(value) if value else None
