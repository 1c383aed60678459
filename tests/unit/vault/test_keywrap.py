"""Wrapping database keys: AES-256-GCM under a key-encryption key, bound to its slot."""

from __future__ import annotations

import pytest

from toward.vault.errors import HouseholdCorrupted
from toward.vault.keystore import slot_aad
from toward.vault.keywrap import (
    NONCE_BYTES,
    UnwrapFailed,
    WrappedKey,
    new_key,
    unwrap,
    wrap,
)

HOUSEHOLD = "0" * 31 + "1"
MAYA = "a" * 32
SAM = "b" * 32


def aad(partner: str = MAYA, slot: str = "password", key: str = "private") -> bytes:
    return slot_aad(HOUSEHOLD, partner, slot, key)


@pytest.fixture
def kek() -> bytes:
    return new_key()


def test_new_keys_are_random_256_bit():
    keys = {new_key() for _ in range(20)}
    assert len(keys) == 20
    assert all(len(k) == 32 for k in keys)


def test_wrap_then_unwrap_gives_the_key_back(kek):
    key = new_key()
    wrapped = wrap(kek, key, aad())
    assert unwrap(kek, wrapped, aad()) == key
    assert key not in wrapped.ciphertext


def test_every_wrap_uses_a_fresh_nonce(kek):
    key = new_key()
    one, two = wrap(kek, key, aad()), wrap(kek, key, aad())
    assert len(one.nonce) == NONCE_BYTES
    assert one.nonce != two.nonce
    assert one.ciphertext != two.ciphertext


def test_a_wrong_kek_fails(kek):
    wrapped = wrap(kek, new_key(), aad())
    with pytest.raises(UnwrapFailed):
        unwrap(new_key(), wrapped, aad())


@pytest.mark.parametrize(
    "elsewhere",
    [
        aad(partner=SAM),
        aad(slot="recovery"),
        aad(key="shared"),
        slot_aad("f" * 32, MAYA, "password", "private"),
    ],
    ids=["other-partner", "other-slot", "other-key", "other-household"],
)
def test_a_wrapped_key_moved_elsewhere_fails(kek, elsewhere):
    wrapped = wrap(kek, new_key(), aad())
    with pytest.raises(UnwrapFailed):
        unwrap(kek, wrapped, elsewhere)


def test_aad_names_household_partner_slot_and_key():
    assert aad() == f"toward/v1/{HOUSEHOLD}/{MAYA}/password/private".encode()
    variants = {
        aad(),
        aad(partner=SAM),
        aad(slot="recovery"),
        aad(key="shared"),
        slot_aad("f" * 32, MAYA, "password", "private"),
    }
    assert len(variants) == 5


def test_tampered_ciphertext_or_nonce_fails(kek):
    wrapped = wrap(kek, new_key(), aad())
    flipped = bytes([wrapped.ciphertext[0] ^ 1]) + wrapped.ciphertext[1:]
    with pytest.raises(UnwrapFailed):
        unwrap(kek, WrappedKey(wrapped.nonce, flipped), aad())
    other_nonce = bytes([wrapped.nonce[0] ^ 1]) + wrapped.nonce[1:]
    with pytest.raises(UnwrapFailed):
        unwrap(kek, WrappedKey(other_nonce, wrapped.ciphertext), aad())


def test_wrapped_keys_round_trip_through_json(kek):
    wrapped = wrap(kek, new_key(), aad())
    assert WrappedKey.from_json(wrapped.to_json()) == wrapped


@pytest.mark.parametrize(
    "broken",
    [
        None,
        "text",
        {"nonce": "AAAA"},
        {"nonce": "AAAAAAAAAAAAAAAA", "ciphertext": "no base64!"},
        {"nonce": "AAAA", "ciphertext": "AAAA"},
    ],
    ids=["none", "text", "no-ciphertext", "bad-b64", "short-nonce"],
)
def test_unreadable_wrapped_keys_are_refused(broken):
    with pytest.raises(HouseholdCorrupted, match="wrapped key"):
        WrappedKey.from_json(broken)
