"""Toward: a private, encrypted desktop companion for a couple working on trust."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from toward.household import AddedPartner, Household, InvalidInput, Partner
    from toward.session import Session, SessionLocked
    from toward.vault.database import DatabaseError, known_database_error
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

# Loaded on first use: `python -m toward` and the `toward` command import this package
# before anything else, and the app's first window need not wait for the household and
# vault code (nor the session and every feature behind it, which load after the lock
# screen).
_EXPORTS = {
    "toward.household": ("AddedPartner", "Household", "InvalidInput", "Partner"),
    "toward.session": ("Session", "SessionLocked"),
    # A raw database error and its words, for the UI's last resort (loads SQLCipher).
    "toward.vault.database": ("DatabaseError", "known_database_error"),
    "toward.vault.errors": (
        "DatabaseDamaged",
        "DatabaseTooNew",
        "DeviceSecretMissing",
        "HouseholdCorrupted",
        "HouseholdExists",
        "HouseholdNotFound",
        "KnownError",
        "PartnerNotFound",
        "StorageFull",
        "StorageReadOnly",
        "TooManyAttempts",
        "WrongPassword",
    ),
}
_MODULE_OF = {name: module for module, names in _EXPORTS.items() for name in names}


def __getattr__(name: str) -> object:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'toward' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


__all__ = [
    "AddedPartner",
    "DatabaseDamaged",
    "DatabaseError",
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
    "known_database_error",
]
