"""Sealing files for the sync folder: a key per space, AES-256-GCM bound to the file's path.

A space's sync key is derived from its database key (HKDF-SHA256, info "toward-sync v1
<space>"), so the sync folder never holds a database key, and a file of one space cannot
be opened with another's. The file's place in the folder (household, space, device, seq)
is the associated data: a file renamed or moved to another place fails to open, as does a
truncated or altered one.
"""

from __future__ import annotations

import json
import os
import zlib
from typing import Any

from toward.vault.oplog import decode, encode

MAGIC = b"TWS1"
NONCE_BYTES = 12
SHARED_SPACE = "shared"


class Unreadable(Exception):
    """A file that does not open: not (yet) whole, renamed, altered, or of another key."""


def private_space(partner_id: str) -> str:
    return f"private/{partner_id}"


def space_key(database_key: bytes, space: str) -> bytes:
    """The key that seals a space's files in the sync folder."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    info = f"toward-sync v1 {space}".encode()
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(database_key)


def seal(key: bytes, place: str, content: dict[str, Any]) -> bytes:
    """`content` as JSON, compressed and encrypted for the file at `place`."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    plain = zlib.compress(encode(content).encode("utf-8"), 6)
    nonce = os.urandom(NONCE_BYTES)
    return MAGIC + nonce + AESGCM(key).encrypt(nonce, plain, _aad(place))


def open_sealed(key: bytes, place: str, data: bytes) -> dict[str, Any]:
    """The content of a sealed file at `place`; Unreadable if it does not open."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if len(data) < len(MAGIC) + NONCE_BYTES + 16 or not data.startswith(MAGIC):
        raise Unreadable("not a whole sync file")
    nonce = data[len(MAGIC) : len(MAGIC) + NONCE_BYTES]
    try:
        plain = AESGCM(key).decrypt(nonce, data[len(MAGIC) + NONCE_BYTES :], _aad(place))
        content = decode(zlib.decompress(plain).decode("utf-8"))
    except (InvalidTag, zlib.error, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise Unreadable("does not authenticate") from exc
    return content


def _aad(place: str) -> bytes:
    return f"toward-sync v1 {place}".encode()
