"""The opt-in "bind this household to this computer" secret, kept in the OS keyring.

The keyring never holds a password or a database key (on a shared OS login the other
partner could read it). It holds one random device secret per household that is mixed into
every bound password slot, so a copied data folder cannot be attacked offline with
password guesses alone.
"""

from __future__ import annotations

import base64
import contextlib
import os
from types import ModuleType

from toward.vault.errors import KeyringUnavailable

SERVICE = "Toward"


def _keyring() -> ModuleType:
    # Imported when first needed: it costs about 60 ms of start-up through its backends.
    import keyring
    import keyring.errors

    return keyring


def _fail_keyring() -> type:
    from keyring.backends import fail

    return fail.Keyring


SECRET_BYTES = 32


class DeviceSecrets:
    """Reads and writes the per-household device secret in the OS keyring."""

    def backend_name(self) -> str:
        kr = _keyring()
        backend = kr.get_keyring()
        return getattr(backend, "name", type(backend).__name__)

    def available(self) -> bool:
        """Whether a usable keyring backend exists on this computer."""
        kr = _keyring()
        backend = kr.get_keyring()
        return not isinstance(backend, _fail_keyring()) and backend.priority > 0

    def get(self, household_id: str) -> bytes | None:
        kr = _keyring()
        try:
            value = kr.get_password(SERVICE, _account(household_id))
        except kr.errors.KeyringError:
            return None
        if not value:
            return None
        try:
            return base64.b64decode(value, validate=True)
        except ValueError:
            return None

    def get_or_create(self, household_id: str) -> bytes:
        kr = _keyring()
        existing = self.get(household_id)
        if existing is not None:
            return existing
        secret = os.urandom(SECRET_BYTES)
        try:
            kr.set_password(SERVICE, _account(household_id), base64.b64encode(secret).decode())
        except kr.errors.KeyringError as exc:
            raise KeyringUnavailable(
                f"The keyring ({self.backend_name()}) did not store this computer's key: {exc}"
            ) from exc
        if self.get(household_id) != secret:
            raise KeyringUnavailable(
                f"The keyring ({self.backend_name()}) did not keep this computer's key."
            )
        return secret

    def delete(self, household_id: str) -> None:
        kr = _keyring()
        with contextlib.suppress(kr.errors.KeyringError):
            kr.delete_password(SERVICE, _account(household_id))


def device_fingerprint(device_secret: bytes) -> str:
    """A public name for a device secret, stored in a bound slot.

    It lets an unlock tell "this computer holds a different key" (after a recovery on a new
    computer made a new one) from a wrong password. It reveals nothing about the secret.
    """
    import hashlib  # here, not at start-up: OpenSSL takes a few milliseconds to load

    return hashlib.sha256(b"toward/device-id/v1/" + device_secret).hexdigest()[:16]


def bind_secret(password_bytes: bytes, device_secret: bytes | None) -> bytes:
    """The KDF input for a password slot: the password, mixed with the device secret if bound."""
    if device_secret is None:
        return password_bytes
    import hashlib  # see device_fingerprint
    import hmac

    return hmac.new(device_secret, password_bytes, hashlib.sha256).digest()


def _account(household_id: str) -> str:
    return f"household-{household_id}-device"
