"""Errors a person can act on. Anything else is a bug and is reported as one.

A message is written in English as a whole sentence, its names and numbers as
{placeholders} filled from keyword arguments, and marked for translation where it is
raised: `raise StorageFull(QT_TRANSLATE_NOOP("vault.errors", "{where} is full."),
where=...)`. `str(exc)` is the English (logs); the app and the command line show it in
the person's language (`core.i18n.in_words`), with `n` as the count of a `%n` message and each
`Number` field written as the person's locale writes numbers.
vault/ sits below core/ and cannot use core.i18n, hence its own marker.
"""

from __future__ import annotations

# Where a KnownError's message is looked up in the catalogs, whichever layer raised it.
ERRORS_CONTEXT = "vault.errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Mark `text` for translation; the app translates it when it shows the error."""
    return text


class Number(int):
    """A count or a size in a message: "1,000" in English, shown "1.000" to a German reader.

    A plain int field (a year, a version) is shown as it is, without grouping.
    """

    def __format__(self, spec: str) -> str:
        return format(int(self), spec or ",")


class KnownError(Exception):
    """An error with a message fit to show a person as it is."""

    def __init__(self, message: str = "", /, *, one: str | None = None, **fields: object) -> None:
        """`one`: the English singular of a `%n` message, for `str(exc)` when n is 1 (the
        app's English comes from the English catalog)."""
        self.template = message
        self.fields = fields
        english = one if one is not None and fields.get("n") == 1 else message
        english = english.replace("%n", str(fields["n"])) if "n" in fields else english
        super().__init__(english.format(**fields) if fields else english)


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

    def __init__(
        self, message: str, retry_after: float, *, one: str | None = None, **fields: object
    ) -> None:
        super().__init__(message, one=one, **fields)
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
