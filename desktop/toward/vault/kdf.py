"""Password to key: Argon2id with parameters stored per slot, and a floor they may not go below."""

from __future__ import annotations

import base64
import os
import unicodedata
from dataclasses import dataclass

from toward.vault.errors import QT_TRANSLATE_NOOP, HouseholdCorrupted

KEY_BYTES = 32
SALT_BYTES = 16


@dataclass(frozen=True)
class KdfCost:
    """How much memory (KiB), time and parallelism one derivation costs."""

    memory_kib: int
    time_cost: int
    parallelism: int


DEFAULT_COST = KdfCost(memory_kib=64 * 1024, time_cost=3, parallelism=4)
# Below this a stored slot is refused, so a tampered keystore cannot make brute force cheap.
FLOOR_COST = KdfCost(memory_kib=19 * 1024, time_cost=2, parallelism=1)
# Far above anything Toward sets: a file asking for more was tampered with, and deriving
# with it would take the whole memory or run for hours.
CEILING_COST = KdfCost(memory_kib=1024 * 1024, time_cost=32, parallelism=64)


@dataclass(frozen=True)
class KdfParams:
    """The stored parameters of one slot: cost and salt."""

    cost: KdfCost
    salt: bytes

    @classmethod
    def fresh(cls, cost: KdfCost = DEFAULT_COST) -> KdfParams:
        """New parameters with a random salt."""
        return cls(cost=cost, salt=os.urandom(SALT_BYTES))

    def to_json(self) -> dict[str, object]:
        return {
            "algorithm": "argon2id",
            "memory_kib": self.cost.memory_kib,
            "time_cost": self.cost.time_cost,
            "parallelism": self.cost.parallelism,
            "salt": base64.b64encode(self.salt).decode("ascii"),
        }

    @classmethod
    def from_json(cls, data: object) -> KdfParams:
        """Parse stored parameters, refusing anything below the floor."""
        if not isinstance(data, dict) or data.get("algorithm") != "argon2id":
            raise HouseholdCorrupted(
                QT_TRANSLATE_NOOP(
                    "vault.errors", "A key slot names an unknown key-derivation method."
                )
            )
        try:
            cost = KdfCost(
                memory_kib=int(data["memory_kib"]),
                time_cost=int(data["time_cost"]),
                parallelism=int(data["parallelism"]),
            )
            salt = base64.b64decode(data["salt"], validate=True)
        except (KeyError, TypeError, ValueError) as exc:
            raise HouseholdCorrupted(
                QT_TRANSLATE_NOOP("vault.errors", "A key slot's parameters are unreadable.")
            ) from exc
        if (
            cost.memory_kib < FLOOR_COST.memory_kib
            or cost.time_cost < FLOOR_COST.time_cost
            or cost.parallelism < 1
            or len(salt) < SALT_BYTES
        ):
            raise HouseholdCorrupted(
                "A key slot asks for weaker protection than Toward allows; "
                "the household file may have been tampered with."
            )
        if (
            cost.memory_kib > CEILING_COST.memory_kib
            or cost.time_cost > CEILING_COST.time_cost
            or cost.parallelism > CEILING_COST.parallelism
            or len(salt) > 1024
        ):
            raise HouseholdCorrupted(
                "A key slot asks for far more work than Toward ever sets; "
                "the household file may have been tampered with."
            )
        return cls(cost=cost, salt=salt)


def normalize_password(password: str) -> bytes:
    """The bytes a password stands for: NFC, so the same text typed two ways matches.

    A lone surrogate (broken text pasted in) is kept as its own bytes rather than refused:
    no valid password changes, and any text can be a password.
    """
    return unicodedata.normalize("NFC", password).encode("utf-8", "surrogatepass")


def derive_key(secret: bytes, params: KdfParams) -> bytes:
    """A 256-bit key-encryption key from a secret and stored parameters."""
    # argon2 is imported on first use: the lock screen needs only KdfParams.
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        secret=secret,
        salt=params.salt,
        time_cost=params.cost.time_cost,
        memory_cost=params.cost.memory_kib,
        parallelism=params.cost.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )
