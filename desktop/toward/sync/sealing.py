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
from typing import Any, BinaryIO

from toward.vault.oplog import decode, encode

MAGIC = b"TWS1"
NONCE_BYTES = 12
# A sealed stream (a database copy, too large for one buffer): TWC1, an 8-byte random
# prefix, then chunks of at most CHUNK bytes, each sealed on its own (see seal_stream).
STREAM_MAGIC = b"TWC1"
PREFIX_BYTES = 8
CHUNK = 4 * 1024 * 1024
TAG_BYTES = 16
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


def seal_stream(key: bytes, place: str, source: BinaryIO, target: BinaryIO) -> None:
    """Seal `source` into `target` for the file at `place`, a chunk at a time.

    Each chunk's nonce is the file's random prefix and its index, and its associated data
    names the place, the index and whether it is the last chunk: a chunk moved, dropped,
    or a file cut at a chunk's end does not open. Memory stays at one chunk.
    """
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    aead = AESGCM(key)
    prefix = os.urandom(PREFIX_BYTES)
    target.write(STREAM_MAGIC + prefix)
    chunk = source.read(CHUNK)
    index = 0
    while True:
        following = source.read(CHUNK)
        last = not following
        target.write(aead.encrypt(_nonce(prefix, index), chunk, _chunk_aad(place, index, last)))
        if last:
            return
        chunk, index = following, index + 1


def open_stream(key: bytes, place: str, source: BinaryIO, target: BinaryIO) -> None:
    """Write the content of the sealed stream `source` at `place` to `target`.

    Unreadable if any of it does not open; `target` then holds a part, for the caller to
    discard.
    """
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    aead = AESGCM(key)
    head = source.read(len(STREAM_MAGIC) + PREFIX_BYTES)
    if len(head) < len(STREAM_MAGIC) + PREFIX_BYTES or not head.startswith(STREAM_MAGIC):
        raise Unreadable("not a whole sealed copy")
    prefix = head[len(STREAM_MAGIC) :]
    chunk = source.read(CHUNK + TAG_BYTES)
    index = 0
    while True:
        following = source.read(CHUNK + TAG_BYTES)
        last = not following
        try:
            target.write(aead.decrypt(_nonce(prefix, index), chunk, _chunk_aad(place, index, last)))
        except InvalidTag as exc:
            raise Unreadable("does not authenticate") from exc
        if last:
            return
        chunk, index = following, index + 1


def _nonce(prefix: bytes, index: int) -> bytes:
    return prefix + index.to_bytes(NONCE_BYTES - PREFIX_BYTES, "big")


def _chunk_aad(place: str, index: int, last: bool) -> bytes:
    return f"toward-sync v1 {place} {index} {'last' if last else 'more'}".encode()
