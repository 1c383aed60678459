"""A household: the data folder, its partners, and the way in for each of them.

household = Household.create(path)
household.add_partner("Maya", "maya's password")
session = household.unlock("Maya", "maya's password")
"""

from __future__ import annotations

import contextlib
import os
import unicodedata
import uuid
from dataclasses import dataclass
from pathlib import Path

from toward.core import clock
from toward.core.schema import STEPS
from toward.core.spaces import Spaces
from toward.session import Session, UnlockReport
from toward.vault import keywrap
from toward.vault.database import Connection, open_database
from toward.vault.device import DeviceSecrets, bind_secret
from toward.vault.errors import (
    DeviceSecretMissing,
    HouseholdExists,
    KnownError,
    PartnerNotFound,
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
from toward.vault.migrations import migrate
from toward.vault.recovery import new_recovery_code, normalize_recovery_code
from toward.vault.throttle import AttemptLog

SHARED_DB = "shared.db"
MIN_PASSWORD_LENGTH = 8
MAX_NAME_LENGTH = 40
PARTNER_COLOURS = ("#c2185b", "#00838f", "#6a4fb3", "#2e7d32", "#ef6c00", "#1565c0")


class InvalidInput(KnownError):
    """A name or password that cannot be accepted, with the reason."""


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
    ) -> None:
        self.folder = folder
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
        if keystore_exists(folder):
            raise HouseholdExists(f"A household already lives in {folder}.")
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        keystore = Keystore(household_id=uuid.uuid4().hex, created_at=clock.to_text(clock.now()))
        save_keystore(folder, keystore)
        return cls(folder, keystore, kdf_cost=kdf_cost)

    @classmethod
    def open(cls, folder: Path | str) -> Household:
        """Open the household in `folder`; HouseholdNotFound or HouseholdCorrupted if it can't."""
        folder = Path(folder)
        loaded = load_keystore(folder)
        return cls(folder, loaded.keystore, notice=loaded.recovered_from_backup)

    # -- partners ------------------------------------------------------------------

    @property
    def id(self) -> str:
        return self._keystore.household_id

    @property
    def partners(self) -> list[Partner]:
        return [Partner(p.id, p.name, p.colour) for p in self._keystore.partners]

    def partner(self, name_or_id: str) -> Partner:
        record = self._record(name_or_id)
        return Partner(record.id, record.name, record.colour)

    def add_partner(
        self,
        name: str,
        password: str,
        sponsor: Session | None = None,
        colour: str | None = None,
    ) -> AddedPartner:
        """Add a partner; the second one needs the first one's unlocked session as sponsor."""
        name = _clean_name(name)
        check_password(password)
        if any(_same_name(p.name, name) for p in self._keystore.partners):
            raise InvalidInput(f"There is already a partner called {name}.")
        if len(self._keystore.partners) >= 2:
            raise InvalidInput("A household has two partners; both are already here.")
        if self._keystore.partners:
            if sponsor is None or sponsor.locked or sponsor.household.id != self.id:
                raise InvalidInput(
                    "Adding the second partner needs the first partner's unlocked session."
                )
            shared_key = sponsor.key(SHARED_KEY)
        else:
            shared_key = keywrap.new_key()
        partner_id = uuid.uuid4().hex
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
        created: list[Path] = []
        try:
            for path, key in ((self._private_path(partner_id), private_key),):
                self._open(path, key, create=True).close()
                created.append(path)
            if not self._shared_path().exists():
                self._open(self._shared_path(), shared_key, create=True).close()
                created.append(self._shared_path())
            self._save(self._keystore.with_partner(record))
        except BaseException:
            for path in created:
                for leftover in (path, *path.parent.glob(path.name + "-*")):
                    with contextlib.suppress(OSError):
                        leftover.unlink()
            raise
        return AddedPartner(Partner(partner_id, name, record.colour), code)

    # -- unlocking -----------------------------------------------------------------

    def unlock(self, name_or_id: str, password: str) -> Session:
        """Open a partner's spaces with their password."""
        record = self._record(name_or_id)
        self.attempts.check(record.id)
        slot = record.slots[PASSWORD_SLOT]
        device_secret = None
        if slot.device_bound:
            device_secret = self.device_secrets.get(self.id)
            if device_secret is None:
                raise DeviceSecretMissing(
                    f"{record.name}'s password is bound to the computer this household was "
                    "set up on, and this computer's keyring does not have its key. "
                    "Use your recovery code to get in and set your password again."
                )
        secret = bind_secret(normalize_password(password), device_secret)
        keys = self._unwrap(record, PASSWORD_SLOT, secret)
        return self._start_session(record, keys)

    def recover(self, name_or_id: str, recovery_code: str, new_password: str) -> Session:
        """Get in with the recovery code and set a new password."""
        check_password(new_password)
        record = self._record(name_or_id)
        self.attempts.check(record.id)
        if RECOVERY_SLOT not in record.slots:
            raise WrongPassword(f"{record.name} has no recovery code.")
        keys = self._unwrap(record, RECOVERY_SLOT, normalize_recovery_code(recovery_code))
        rebind = record.slots[PASSWORD_SLOT].device_bound and self.device_secrets.available()
        self._set_password_slot(record, new_password, keys, bound=rebind)
        return self._start_session(self._keystore.partner(record.id), keys)

    def wait_seconds(self, name_or_id: str) -> float:
        """How long this partner must wait before the next password try."""
        return self.attempts.wait_seconds(self._record(name_or_id).id)

    # -- changing slots (through an unlocked session) ------------------------------

    def change_password(self, session: Session, current: str, new: str) -> None:
        check_password(new)
        record = self._keystore.partner(session.partner.id)
        slot = record.slots[PASSWORD_SLOT]
        device_secret = self.device_secrets.get(self.id) if slot.device_bound else None
        self._unwrap(record, PASSWORD_SLOT, bind_secret(normalize_password(current), device_secret))
        keys = {name: session.key(name) for name in (PRIVATE_KEY, SHARED_KEY)}
        self._set_password_slot(record, new, keys, bound=slot.device_bound)

    def set_device_binding(self, session: Session, password: str, bound: bool) -> None:
        record = self._keystore.partner(session.partner.id)
        slot = record.slots[PASSWORD_SLOT]
        if bound and not self.device_secrets.available():
            raise KnownError("This computer has no keyring, so the household cannot be bound.")
        current_secret = self.device_secrets.get(self.id) if slot.device_bound else None
        self._unwrap(
            record, PASSWORD_SLOT, bind_secret(normalize_password(password), current_secret)
        )
        keys = {name: session.key(name) for name in (PRIVATE_KEY, SHARED_KEY)}
        self._set_password_slot(record, password, keys, bound=bound)

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
        conn = open_database(path, key, create=create)
        try:
            migrate(conn, STEPS, path)
        except BaseException:
            conn.close()
            raise
        return conn

    def _save(self, keystore: Keystore) -> None:
        save_keystore(self.folder, keystore)
        self._keystore = keystore

    # -- slots ---------------------------------------------------------------------

    def _record(self, name_or_id: str) -> PartnerRecord:
        for record in self._keystore.partners:
            if record.id == name_or_id or _same_name(record.name, name_or_id):
                return record
        raise PartnerNotFound(f"No partner called {name_or_id} in this household.")

    def _slot(
        self,
        partner_id: str,
        purpose: str,
        secret: bytes,
        keys: dict[str, bytes],
        cost: KdfCost,
        *,
        bound: bool = False,
    ) -> Slot:
        params = KdfParams.fresh(cost)
        kek = derive_key(secret, params)
        wrapped = {
            name: keywrap.wrap(kek, key, slot_aad(self.id, partner_id, purpose, name))
            for name, key in keys.items()
        }
        return Slot(kdf=params, keys=wrapped, device_bound=bound)

    def _unwrap(self, record: PartnerRecord, purpose: str, secret: bytes) -> dict[str, bytes]:
        slot = record.slots[purpose]
        kek = derive_key(secret, slot.kdf)
        try:
            keys = {
                name: keywrap.unwrap(kek, wrapped, slot_aad(self.id, record.id, purpose, name))
                for name, wrapped in slot.keys.items()
            }
        except keywrap.UnwrapFailed:
            self.attempts.record_failure(record.id)
            what = "recovery code" if purpose == RECOVERY_SLOT else "password"
            raise WrongPassword(f"That {what} doesn't open {record.name}'s space.") from None
        return keys

    def _set_password_slot(
        self, record: PartnerRecord, password: str, keys: dict[str, bytes], *, bound: bool
    ) -> None:
        device_secret = self.device_secrets.get_or_create(self.id) if bound else None
        cost = max(record.slots[PASSWORD_SLOT].kdf.cost, self._kdf_cost, key=lambda c: c.memory_kib)
        slot = self._slot(
            record.id,
            PASSWORD_SLOT,
            bind_secret(normalize_password(password), device_secret),
            keys,
            cost,
            bound=bound,
        )
        slots = {**record.slots, PASSWORD_SLOT: slot}
        updated = PartnerRecord(record.id, record.name, record.colour, record.created_at, slots)
        self._save(self._keystore.with_partner(updated))

    def _start_session(self, record: PartnerRecord, keys: dict[str, bytes]) -> Session:
        private = self._open(self._private_path(record.id), keys[PRIVATE_KEY])
        try:
            shared = self._open(self._shared_path(), keys[SHARED_KEY])
        except BaseException:
            private.close()
            raise
        failures = self.attempts.record_success(record.id)
        spaces = Spaces(record.id, private, shared)
        session = Session(
            self,
            Partner(record.id, record.name, record.colour),
            spaces,
            {name: bytearray(key) for name, key in keys.items()},
            UnlockReport(previous_opened_at=None, failed_attempts=failures),
        )
        previous = session.settings.swap_last_opened(clock.now())
        session.report = UnlockReport(previous_opened_at=previous, failed_attempts=failures)
        return session


def check_password(password: str) -> None:
    """Refuse passwords too short to protect a private space."""
    if len(unicodedata.normalize("NFC", password)) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(f"A password needs at least {MIN_PASSWORD_LENGTH} characters.")


def _clean_name(name: str) -> str:
    cleaned = " ".join(unicodedata.normalize("NFC", name).split())
    if not cleaned:
        raise InvalidInput("Please give a name.")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise InvalidInput(f"A name can be at most {MAX_NAME_LENGTH} characters.")
    if any(unicodedata.category(ch).startswith("C") for ch in cleaned):
        raise InvalidInput("A name cannot contain control characters.")
    return cleaned


def _same_name(a: str, b: str) -> bool:
    return unicodedata.normalize("NFC", a).casefold() == unicodedata.normalize("NFC", b).casefold()


def default_data_dir() -> Path | None:
    """The folder named by TOWARD_DATA_DIR, if set."""
    value = os.environ.get("TOWARD_DATA_DIR")
    return Path(value) if value else None
