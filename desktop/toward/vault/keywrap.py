"""Wrapping database keys under a key-encryption key with AES-256-GCM."""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from toward.vault.errors import QT_TRANSLATE_NOOP, HouseholdCorrupted

NONCE_BYTES = 12


class UnwrapFailed(Exception):
    """The key-encryption key or the associated data does not match."""


@dataclass(frozen=True)
class WrappedKey:
    nonce: bytes
    ciphertext: bytes

    def to_json(self) -> dict[str, str]:
        return {
            "nonce": base64.b64encode(self.nonce).decode("ascii"),
            "ciphertext": base64.b64encode(self.ciphertext).decode("ascii"),
        }

    @classmethod
    def from_json(cls, data: object) -> WrappedKey:
        if not isinstance(data, dict):
            raise HouseholdCorrupted(
                QT_TRANSLATE_NOOP("vault.errors", "A wrapped key is unreadable.")
            )
        try:
            nonce = base64.b64decode(data["nonce"], validate=True)
            ciphertext = base64.b64decode(data["ciphertext"], validate=True)
        except (KeyError, TypeError, ValueError) as exc:
            raise HouseholdCorrupted(
                QT_TRANSLATE_NOOP("vault.errors", "A wrapped key is unreadable.")
            ) from exc
        if len(nonce) != NONCE_BYTES:
            raise HouseholdCorrupted(
                QT_TRANSLATE_NOOP("vault.errors", "A wrapped key is unreadable.")
            )
        return cls(nonce=nonce, ciphertext=ciphertext)


def new_key() -> bytes:
    """A fresh random 256-bit database key."""
    return os.urandom(32)


def wrap(kek: bytes, key: bytes, aad: bytes) -> WrappedKey:
    """Encrypt `key` under `kek`, bound to `aad` (which slot and which key it is)."""
    # cryptography is imported on first use: the lock screen needs only WrappedKey.
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE_BYTES)
    return WrappedKey(nonce=nonce, ciphertext=AESGCM(kek).encrypt(nonce, key, aad))


def unwrap(kek: bytes, wrapped: WrappedKey, aad: bytes) -> bytes:
    """Decrypt a wrapped key; raises UnwrapFailed for a wrong key or a moved slot."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(kek).decrypt(wrapped.nonce, wrapped.ciphertext, aad)
    except InvalidTag as exc:
        raise UnwrapFailed from exc
