"""Helpers for the integration suites: the keystore as JSON, raw SQLCipher, a fake clock."""

from __future__ import annotations

import json
from pathlib import Path

import sqlcipher3
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from toward.vault.keystore import KEYSTORE_NAME

# SQLCipher 4 defaults, which the vault keeps: 4096-byte pages ending in a 16-byte IV and a
# 64-byte HMAC; page 1 starts with the 16-byte salt.
PAGE_SIZE = 4096
RESERVE = 80
SALT = 16


def read_keystore(folder: Path) -> dict:
    return json.loads((folder / KEYSTORE_NAME).read_text("utf-8"))


def write_keystore(folder: Path, data: dict) -> None:
    (folder / KEYSTORE_NAME).write_text(json.dumps(data, indent=2), "utf-8")


def partner_entry(data: dict, name: str) -> dict:
    return next(p for p in data["partners"] if p["name"] == name)


def raw_key(key: bytes) -> str:
    """A PRAGMA key argument that hands SQLCipher a raw 256-bit key."""
    return f"\"x'{key.hex()}'\""


def passphrase(text: str) -> str:
    """A PRAGMA key argument that SQLCipher runs through its own passphrase KDF."""
    return "'" + text.replace("'", "''") + "'"


def sqlcipher_opens(path: Path, pragma_key: str) -> bool:
    """Whether plain sqlcipher3, given this key, can read the database at `path`."""
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute(f"PRAGMA key = {pragma_key}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()
    return True


def decrypted_pages(path: Path, key: bytes) -> bytes:
    """Every page of a SQLCipher file decrypted, free pages and unused cell space included.

    This reads below SQLite, so it sees what a deleted row left behind on disk.
    """
    data = path.read_bytes()
    assert len(data) % PAGE_SIZE == 0
    out = []
    for start in range(0, len(data), PAGE_SIZE):
        page = data[start : start + PAGE_SIZE]
        iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + 16]
        body = page[SALT if start == 0 else 0 : PAGE_SIZE - RESERVE]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out.append(decryptor.update(body) + decryptor.finalize())
    return b"".join(out)


class FakeClock:
    """A clock a test moves by hand, for the wrong-password throttle."""

    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
