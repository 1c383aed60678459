"""Password to key: Argon2id, NFC normalization and the floor a stored slot may not go below."""

from __future__ import annotations

import base64
import unicodedata

import pytest

from toward.vault.errors import HouseholdCorrupted
from toward.vault.kdf import (
    DEFAULT_COST,
    FLOOR_COST,
    KEY_BYTES,
    SALT_BYTES,
    KdfCost,
    KdfParams,
    derive_key,
    normalize_password,
)

SALT_A = bytes(range(16))
SALT_B = bytes(range(1, 17))


def params(salt: bytes = SALT_A, cost: KdfCost = FLOOR_COST) -> KdfParams:
    return KdfParams(cost=cost, salt=salt)


def stored(**changes: object) -> dict[str, object]:
    data = params().to_json()
    data.update(changes)
    return data


def test_costs_are_the_designed_ones():
    assert (DEFAULT_COST.memory_kib, DEFAULT_COST.time_cost, DEFAULT_COST.parallelism) == (
        65536,
        3,
        4,
    )
    assert (FLOOR_COST.memory_kib, FLOOR_COST.time_cost) == (19456, 2)


def test_same_secret_salt_and_cost_give_the_same_key():
    first = derive_key(b"a secret", params())
    assert first == derive_key(b"a secret", params())
    assert len(first) == KEY_BYTES


def test_the_key_depends_on_salt_secret_and_cost():
    base = derive_key(b"a secret", params())
    assert derive_key(b"a secret", params(salt=SALT_B)) != base
    assert derive_key(b"a secret!", params()) != base
    costlier = KdfCost(FLOOR_COST.memory_kib, FLOOR_COST.time_cost + 1, 1)
    assert derive_key(b"a secret", params(cost=costlier)) != base


def test_fresh_parameters_have_random_salts_and_default_cost():
    one, two = KdfParams.fresh(), KdfParams.fresh()
    assert one.cost == DEFAULT_COST
    assert len(one.salt) == SALT_BYTES
    assert one.salt != two.salt


@pytest.mark.parametrize(
    ("composed", "decomposed"),
    [
        ("café au lait", "cafe\u0301 au lait"),
        ("Ångström-ñ", "A\u030angstro\u0308m-n\u0303"),
        ("한국어 비밀번호", unicodedata.normalize("NFD", "한국어 비밀번호")),
    ],
)
def test_composed_and_decomposed_passwords_are_the_same_password(composed, decomposed):
    assert composed != decomposed
    assert normalize_password(composed) == normalize_password(decomposed)
    salt = params()
    assert derive_key(normalize_password(composed), salt) == derive_key(
        normalize_password(decomposed), salt
    )


def test_normalized_password_is_nfc_utf8():
    assert normalize_password("cafe\u0301") == "café".encode()


def test_parameters_round_trip_through_json():
    original = KdfParams.fresh(FLOOR_COST)
    assert KdfParams.from_json(original.to_json()) == original
    assert original.to_json()["algorithm"] == "argon2id"


def test_parameters_exactly_at_the_floor_are_accepted():
    assert KdfParams.from_json(stored()).cost == FLOOR_COST


@pytest.mark.parametrize(
    "weaker",
    [
        {"memory_kib": FLOOR_COST.memory_kib - 1},
        {"memory_kib": 8},
        {"time_cost": 1},
        {"time_cost": 0},
        {"parallelism": 0},
        {"salt": base64.b64encode(bytes(SALT_BYTES - 1)).decode()},
    ],
    ids=["memory-1", "memory-8", "time-1", "time-0", "parallelism-0", "short-salt"],
)
def test_stored_parameters_below_the_floor_are_refused(weaker):
    with pytest.raises(HouseholdCorrupted, match="weaker protection"):
        KdfParams.from_json(stored(**weaker))


@pytest.mark.parametrize(
    "broken",
    [
        None,
        [],
        stored(algorithm="argon2i"),
        stored(algorithm="pbkdf2"),
        {k: v for k, v in stored().items() if k != "algorithm"},
    ],
    ids=["none", "list", "argon2i", "pbkdf2", "no-algorithm"],
)
def test_unknown_methods_are_refused(broken):
    with pytest.raises(HouseholdCorrupted, match="unknown key-derivation"):
        KdfParams.from_json(broken)


@pytest.mark.parametrize(
    "broken",
    [
        stored(memory_kib="lots"),
        stored(time_cost=None),
        stored(salt="not base64 !"),
        {k: v for k, v in stored().items() if k != "salt"},
    ],
    ids=["memory-text", "time-none", "salt-not-b64", "no-salt"],
)
def test_unreadable_parameters_are_refused(broken):
    with pytest.raises(HouseholdCorrupted, match="unreadable"):
        KdfParams.from_json(broken)
