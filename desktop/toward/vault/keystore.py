"""household.json: the partners and their wrapped keys, and nothing readable beyond names.

Kept twice: every change writes the same content, with a generation number one higher, to
household.json.bak and then to household.json, each atomically and under the keystore's
cross-process lock. So losing or damaging any one file leaves every partner's slots in the
other, and a crash between the two writes leaves the newer generation in the .bak, which
is then the one read. A copy that is damaged, belongs to another household or holds a
partner the new content lacks is never overwritten: it is moved aside first.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from toward.vault.atomic import storage_error, write_atomically
from toward.vault.errors import (
    QT_TRANSLATE_NOOP,
    HouseholdCorrupted,
    HouseholdNotFound,
    HouseholdTooNew,
)
from toward.vault.kdf import KdfParams
from toward.vault.keywrap import WrappedKey
from toward.vault.locks import keystore_lock

FORMAT_VERSION = 1
KEYSTORE_NAME = "household.json"
BACKUP_NAME = "household.json.bak"

# Two partners' names and wrapped keys take a few KiB; anything far larger is not ours.
MAX_KEYSTORE_BYTES = 1024 * 1024

PASSWORD_SLOT = "password"
RECOVERY_SLOT = "recovery"
PRIVATE_KEY = "private"
SHARED_KEY = "shared"


@dataclass(frozen=True)
class Slot:
    """One way in to a partner's keys: a password or a recovery code."""

    kdf: KdfParams
    keys: dict[str, WrappedKey]
    device_bound: bool = False
    # For a bound slot: the fingerprint of the device secret mixed in (None in older files).
    device_id: str | None = None

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "kdf": self.kdf.to_json(),
            "device_bound": self.device_bound,
            "keys": {name: key.to_json() for name, key in sorted(self.keys.items())},
        }
        if self.device_id is not None:
            data["device_id"] = self.device_id
        return data

    @classmethod
    def from_json(cls, data: object) -> Slot:
        if not isinstance(data, dict) or not isinstance(data.get("keys"), dict):
            raise HouseholdCorrupted(QT_TRANSLATE_NOOP("vault.errors", "A key slot is unreadable."))
        keys = {str(name): WrappedKey.from_json(value) for name, value in data["keys"].items()}
        if set(keys) != {PRIVATE_KEY, SHARED_KEY}:
            raise HouseholdCorrupted(
                QT_TRANSLATE_NOOP("vault.errors", "A key slot is missing a key.")
            )
        device_id = data.get("device_id")
        return cls(
            kdf=KdfParams.from_json(data.get("kdf")),
            keys=keys,
            device_bound=bool(data.get("device_bound", False)),
            device_id=None if device_id is None else str(device_id),
        )


@dataclass(frozen=True)
class PartnerRecord:
    id: str
    name: str
    colour: str
    created_at: str
    slots: dict[str, Slot]

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "colour": self.colour,
            "created_at": self.created_at,
            "slots": {name: slot.to_json() for name, slot in sorted(self.slots.items())},
        }

    @classmethod
    def from_json(cls, data: object) -> PartnerRecord:
        if not isinstance(data, dict):
            raise HouseholdCorrupted(
                QT_TRANSLATE_NOOP("vault.errors", "A partner entry is unreadable.")
            )
        try:
            slots = {str(k): Slot.from_json(v) for k, v in dict(data["slots"]).items()}
            record = cls(
                id=_hex_id(data["id"]),
                name=str(data["name"]),
                colour=str(data.get("colour", "#7a6ff0")),
                created_at=str(data["created_at"]),
                slots=slots,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise HouseholdCorrupted(
                QT_TRANSLATE_NOOP("vault.errors", "A partner entry is unreadable.")
            ) from exc
        if PASSWORD_SLOT not in slots:
            raise HouseholdCorrupted(
                QT_TRANSLATE_NOOP("vault.errors", "{name} has no password slot."), name=record.name
            )
        return record


@dataclass(frozen=True)
class Keystore:
    household_id: str
    created_at: str
    partners: tuple[PartnerRecord, ...] = ()
    format_version: int = FORMAT_VERSION
    extra: dict[str, object] = field(default_factory=dict)
    # One higher at every save; tells the newer of the two copies (0: written before copies).
    generation: int = field(default=0, compare=False)

    def partner(self, partner_id: str) -> PartnerRecord:
        for record in self.partners:
            if record.id == partner_id:
                return record
        raise KeyError(partner_id)

    def with_partner(self, record: PartnerRecord) -> Keystore:
        """A copy with `record` added, or replacing the partner with the same id."""
        others = tuple(p for p in self.partners if p.id != record.id)
        ordered = sorted((*others, record), key=lambda p: p.created_at)
        return replace(self, partners=tuple(ordered))

    def to_bytes(self) -> bytes:
        data = {
            "format": self.format_version,
            "generation": self.generation,
            "household_id": self.household_id,
            "created_at": self.created_at,
            "partners": [p.to_json() for p in self.partners],
            **self.extra,
        }
        return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> Keystore:
        if len(raw) > MAX_KEYSTORE_BYTES:
            raise HouseholdCorrupted(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "The household file is damaged: it is far too large."
                )
            )
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
            raise HouseholdCorrupted(
                QT_TRANSLATE_NOOP("vault.errors", "The household file is damaged.")
            ) from exc
        if not isinstance(data, dict):
            raise HouseholdCorrupted(
                QT_TRANSLATE_NOOP("vault.errors", "The household file is damaged.")
            )
        version = data.get("format")
        if not isinstance(version, int):
            raise HouseholdCorrupted(
                QT_TRANSLATE_NOOP("vault.errors", "The household file is damaged.")
            )
        if version > FORMAT_VERSION:
            raise HouseholdTooNew(
                "This household was written by a newer version of Toward. Update Toward to open it."
            )
        partners = data.get("partners")
        if not isinstance(partners, list) or len(partners) > 2:
            raise HouseholdCorrupted(
                QT_TRANSLATE_NOOP("vault.errors", "The household file is damaged.")
            )
        try:
            household_id = _hex_id(data["household_id"])
            created_at = str(data["created_at"])
        except (KeyError, TypeError, ValueError) as exc:
            raise HouseholdCorrupted(
                QT_TRANSLATE_NOOP("vault.errors", "The household file is damaged.")
            ) from exc
        generation = data.get("generation", 0)
        if not isinstance(generation, int) or generation < 0:
            raise HouseholdCorrupted(
                QT_TRANSLATE_NOOP("vault.errors", "The household file is damaged.")
            )
        known = {"format", "generation", "household_id", "created_at", "partners"}
        return cls(
            generation=generation,
            household_id=household_id,
            created_at=created_at,
            partners=tuple(PartnerRecord.from_json(p) for p in partners),
            format_version=version,
            extra={k: v for k, v in data.items() if k not in known},
        )


@dataclass(frozen=True)
class LoadedKeystore:
    keystore: Keystore
    # Set when the main file was damaged and the previous copy was used instead.
    recovered_from_backup: str | None = None


def keystore_exists(folder: Path) -> bool:
    return (folder / KEYSTORE_NAME).exists() or (folder / BACKUP_NAME).exists()


def read_copy(path: Path) -> Keystore | Exception:
    """One copy of the keystore, or why it cannot be used (FileNotFoundError: not there).

    HouseholdTooNew is raised, not returned: it is not damage, and an older copy would
    silently undo what the newer version did.
    """
    try:
        return Keystore.from_bytes(_read_limited(path))
    except HouseholdTooNew:
        raise
    except (HouseholdCorrupted, OSError) as exc:
        return exc


def load_keystore(folder: Path) -> LoadedKeystore:
    """Read the newer sound copy of the keystore (household.json on a tie)."""
    main, backup = folder / KEYSTORE_NAME, folder / BACKUP_NAME
    if not main.exists() and not backup.exists():
        raise HouseholdNotFound(
            QT_TRANSLATE_NOOP("vault.errors", "No household in {folder}."), folder=folder
        )
    main_copy, backup_copy = read_copy(main), read_copy(backup)
    if isinstance(main_copy, Keystore):
        if (
            isinstance(backup_copy, Keystore)
            and backup_copy.household_id == main_copy.household_id
            and backup_copy.generation > main_copy.generation
        ):
            # A change interrupted between its two writes: the .bak holds it.
            return LoadedKeystore(backup_copy)
        return LoadedKeystore(main_copy)
    if not isinstance(backup_copy, Keystore):
        if isinstance(backup_copy, FileNotFoundError):
            if isinstance(main_copy, OSError):
                raise HouseholdCorrupted(
                    f"The household file cannot be read: {main_copy}"
                ) from main_copy
            raise main_copy
        raise HouseholdCorrupted(
            "Both the household file and its second copy are damaged. "
            "Restore the data folder from a backup."
        ) from backup_copy
    reason = "missing" if isinstance(main_copy, FileNotFoundError) else "damaged"
    if backup_copy.generation > 0:
        notice = (
            f"The household file was {reason}; Toward opened its second copy "
            f"({BACKUP_NAME}), which holds every partner. Nothing is lost; the next change "
            "writes the household file again (a damaged one is kept aside)."
        )
    else:
        notice = (
            f"The household file was {reason}; Toward opened its previous copy "
            f"({BACKUP_NAME}). Anything changed in the household settings since then "
            "(a new password, a new partner) may need doing again."
        )
    return LoadedKeystore(backup_copy, recovered_from_backup=notice)


def save_keystore(folder: Path, keystore: Keystore) -> Keystore:
    """Write `keystore` to both copies, one generation up; returns what was written.

    Takes the keystore lock (callers that read, change and write hold it around all
    three). Each copy in the way is checked first: a damaged one, one of another
    household, or one holding a partner `keystore` lacks is moved aside, never overwritten.
    """
    with keystore_lock(folder):
        paths = (folder / BACKUP_NAME, folder / KEYSTORE_NAME)
        copies = [read_copy(path) for path in paths]
        newest = max((c.generation for c in copies if isinstance(c, Keystore)), default=0)
        written = replace(keystore, generation=max(newest, keystore.generation) + 1)
        data = written.to_bytes()
        partner_ids = {p.id for p in keystore.partners}
        for path, copy in zip(paths, copies, strict=True):
            if isinstance(copy, FileNotFoundError):
                pass
            elif not isinstance(copy, Keystore):
                _move_aside(path, "damaged")
            elif (
                copy.household_id != keystore.household_id
                or not {p.id for p in copy.partners} <= partner_ids
            ):
                _move_aside(path, "superseded")
            write_atomically(path, data)
        return written


def _move_aside(path: Path, why: str) -> Path:
    """Rename `path` to `<name>.<why>-<time>` (never over another such file)."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S.%fZ")
    aside = path.with_name(f"{path.name}.{why}-{stamp}")
    count = 1
    while aside.exists():
        count += 1
        aside = path.with_name(f"{path.name}.{why}-{stamp}-{count}")
    try:
        os.replace(path, aside)
    except OSError as exc:
        raise storage_error(exc, path) from exc
    return aside


def slot_aad(household_id: str, partner_id: str, slot: str, key_name: str) -> bytes:
    """Associated data binding a wrapped key to its household, partner, slot and purpose."""
    return f"toward/v1/{household_id}/{partner_id}/{slot}/{key_name}".encode("ascii")


def _read_limited(path: Path) -> bytes:
    """A keystore file's bytes, never more than one past the limit (so a huge one is refused)."""
    with open(path, "rb") as handle:
        return handle.read(MAX_KEYSTORE_BYTES + 1)


def _hex_id(value: object) -> str:
    text = str(value)
    int(text, 16)
    if len(text) != 32:
        raise ValueError("not a 128-bit id")
    return text.lower()
