"""Errors a person can act on. Anything else is a bug and is reported as one."""

from __future__ import annotations


class KnownError(Exception):
    """An error with a message fit to show a person as it is."""


class HouseholdNotFound(KnownError):
    """No household lives in the given folder."""


class HouseholdExists(KnownError):
    """A household already lives in the folder that was to hold a new one."""


class HouseholdCorrupted(KnownError):
    """The keystore (household.json) cannot be read, or was tampered with."""


class HouseholdTooNew(HouseholdCorrupted):
    """The keystore was written by a newer version of Toward (never replaced by its .bak)."""


class WrongPassword(KnownError):
    """The password (or recovery code) does not open this partner's slot."""


class TooManyAttempts(KnownError):
    """Too many wrong passwords in a row: wait before trying again."""

    def __init__(self, message: str, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class PartnerNotFound(KnownError):
    """No partner with that name or id in this household."""


class DeviceSecretMissing(KnownError):
    """The slot is bound to this computer, but the keyring entry is gone."""


class KeyringUnavailable(KnownError):
    """The OS keyring is missing, locked or refused to store the device secret."""


class DatabaseDamaged(KnownError):
    """An encrypted database is missing, truncated or damaged."""


class DatabaseTooNew(KnownError):
    """A database was written by a newer version of Toward."""


class StorageFull(KnownError):
    """The disk holding the data folder is full."""


class StorageReadOnly(KnownError):
    """The data folder cannot be written to."""


class HouseholdBusy(KnownError):
    """Another process (the app, or a command) is using or changing this household."""
