"""Toward: a private, encrypted desktop companion for a couple working on trust."""

from typing import TYPE_CHECKING

from toward.household import AddedPartner, Household, InvalidInput, Partner
from toward.vault.errors import (
    DatabaseDamaged,
    DatabaseTooNew,
    DeviceSecretMissing,
    HouseholdCorrupted,
    HouseholdExists,
    HouseholdNotFound,
    KnownError,
    PartnerNotFound,
    StorageFull,
    StorageReadOnly,
    TooManyAttempts,
    WrongPassword,
)

if TYPE_CHECKING:
    from toward.session import Session, SessionLocked

__version__ = "0.1.0"


def __getattr__(name: str) -> object:
    # The session (and every feature behind it) loads on first use, after the lock screen.
    if name in ("Session", "SessionLocked"):
        from toward import session

        return getattr(session, name)
    raise AttributeError(f"module 'toward' has no attribute {name!r}")


__all__ = [
    "AddedPartner",
    "DatabaseDamaged",
    "DatabaseTooNew",
    "DeviceSecretMissing",
    "Household",
    "HouseholdCorrupted",
    "HouseholdExists",
    "HouseholdNotFound",
    "InvalidInput",
    "KnownError",
    "Partner",
    "PartnerNotFound",
    "Session",
    "SessionLocked",
    "StorageFull",
    "StorageReadOnly",
    "TooManyAttempts",
    "WrongPassword",
    "__version__",
]
