"""Toward: a private, encrypted desktop companion for a couple working on trust."""

from toward.household import AddedPartner, Household, InvalidInput, Partner
from toward.session import Session, SessionLocked
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

__version__ = "0.1.0"

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
