"""The device secret: one random value per household in the OS keyring, never a password."""

from __future__ import annotations

import base64

import pytest

from tests.support.memory_keyring import MemoryKeyring
from toward.vault.device import (
    SECRET_BYTES,
    SERVICE,
    DeviceSecrets,
    bind_secret,
    device_fingerprint,
)
from toward.vault.errors import KeyringUnavailable, KnownError

HOUSEHOLD = "c" * 32


def test_an_unbound_slot_uses_the_password_alone():
    assert bind_secret(b"password", None) == b"password"


def test_a_bound_slot_mixes_in_the_device_secret():
    one, two = bytes(32), bytes([1]) * 32
    mixed = bind_secret(b"password", one)
    assert mixed == bind_secret(b"password", one)
    assert mixed not in (b"password", bind_secret(b"password", two))
    assert bind_secret(b"other", one) != mixed


def test_get_or_create_stores_one_random_secret(memory_keyring: MemoryKeyring):
    secrets = DeviceSecrets()
    assert secrets.available()
    assert secrets.get(HOUSEHOLD) is None
    secret = secrets.get_or_create(HOUSEHOLD)
    assert len(secret) == SECRET_BYTES
    assert secrets.get_or_create(HOUSEHOLD) == secret
    assert secrets.get(HOUSEHOLD) == secret
    [(service, account)] = memory_keyring.entries
    assert service == SERVICE
    assert HOUSEHOLD in account
    assert base64.b64decode(memory_keyring.entries[(service, account)]) == secret


def test_each_household_has_its_own_secret():
    secrets = DeviceSecrets()
    assert secrets.get_or_create(HOUSEHOLD) != secrets.get_or_create("d" * 32)


def test_delete_removes_the_entry_and_tolerates_its_absence(memory_keyring: MemoryKeyring):
    secrets = DeviceSecrets()
    secrets.get_or_create(HOUSEHOLD)
    secrets.delete(HOUSEHOLD)
    assert memory_keyring.entries == {}
    secrets.delete(HOUSEHOLD)
    assert secrets.get(HOUSEHOLD) is None


@pytest.mark.parametrize("value", ["", "not base64 at all!", "===="])
def test_an_unreadable_entry_counts_as_missing(memory_keyring: MemoryKeyring, value):
    memory_keyring.set_password(SERVICE, f"household-{HOUSEHOLD}-device", value)
    assert DeviceSecrets().get(HOUSEHOLD) is None


def test_fingerprints_name_a_secret_without_revealing_it():
    secret = bytes(range(32))
    assert device_fingerprint(secret) == device_fingerprint(bytes(range(32)))
    assert device_fingerprint(secret) != device_fingerprint(bytes(32))
    assert secret.hex()[:16] != device_fingerprint(secret)
    assert len(device_fingerprint(secret)) == 16


class RefusingKeyring(MemoryKeyring):
    """A keyring that is present but locked, as when a person dismisses its prompt."""

    def set_password(self, service: str, username: str, password: str) -> None:
        from keyring.errors import KeyringLocked

        raise KeyringLocked("the keyring is locked")


def test_a_keyring_that_refuses_is_a_known_error():
    import keyring

    keyring.set_keyring(RefusingKeyring())
    with pytest.raises(KeyringUnavailable, match="did not store"):
        DeviceSecrets().get_or_create(HOUSEHOLD)


@pytest.mark.no_keyring
def test_without_a_keyring_nothing_is_available():
    secrets = DeviceSecrets()
    assert not secrets.available()
    assert secrets.get(HOUSEHOLD) is None
    with pytest.raises(KnownError):
        secrets.get_or_create(HOUSEHOLD)
    secrets.delete(HOUSEHOLD)
