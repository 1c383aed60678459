"""The keystore loader against random and mutated household.json files.

Whatever the file holds, loading it ends in a Keystore or a KnownError (never another
exception), quickly (no key derivation is started with absurd parameters), and never
changes a file on disk.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import make_couple
from tests.integration.reliability.hypothesis_profile import examples
from toward import Household, KnownError
from toward.vault.keystore import BACKUP_NAME, KEYSTORE_NAME, Keystore, load_keystore

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)


@pytest.fixture(scope="module")
def real_keystore(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    couple = make_couple(tmp_path_factory.mktemp("fuzz") / "household")
    return (couple.folder / KEYSTORE_NAME).read_bytes()


def loads_or_refuses(raw: bytes) -> Keystore | None:
    try:
        return Keystore.from_bytes(raw)
    except KnownError:
        return None


def paths_in(value: object, prefix: tuple = ()) -> list[tuple]:
    """Every path to a value inside a JSON document."""
    found = [prefix]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += paths_in(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += paths_in(inner, (*prefix, index))
    return found


def replaced(document: object, path: tuple, new: object) -> object:
    if not path:
        return new
    copy = json.loads(json.dumps(document))
    target = copy
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = new
    return copy


@examples(200)
@given(raw=st.binary(max_size=2000))
def test_random_bytes(raw: bytes):
    loads_or_refuses(raw)


@examples(200)
@given(document=json_values)
def test_random_json(document: object):
    loads_or_refuses(json.dumps(document).encode())


@examples(300)
@given(data=st.data())
def test_a_real_keystore_with_one_value_replaced(real_keystore: bytes, data: st.DataObject):
    document = json.loads(real_keystore)
    path = data.draw(st.sampled_from(paths_in(document)))
    new = data.draw(
        json_values
        | st.integers(min_value=-(2**70), max_value=2**70)
        | st.sampled_from(["", "argon2id", "password", "0" * 32, "A" * 24])
    )
    keystore = loads_or_refuses(json.dumps(replaced(document, path, new)).encode())
    if keystore is not None:
        for record in keystore.partners:
            for slot in record.slots.values():
                cost = slot.kdf.cost
                # Anything accepted is work Toward could have asked for: no derivation that
                # would run for hours or take the whole memory.
                assert cost.memory_kib <= 1024 * 1024 and cost.time_cost <= 32
                assert 1 <= cost.parallelism <= 64


@examples(200)
@given(data=st.data())
def test_a_real_keystore_with_bytes_flipped_cut_or_added(real_keystore: bytes, data: st.DataObject):
    raw = bytearray(real_keystore)
    for _ in range(data.draw(st.integers(1, 4))):
        action = data.draw(st.sampled_from(["flip", "cut", "insert"]))
        at = data.draw(st.integers(0, max(0, len(raw) - 1)))
        if action == "flip" and raw:
            raw[at] ^= data.draw(st.integers(1, 255))
        elif action == "cut":
            del raw[at:]
        else:
            raw[at:at] = data.draw(st.binary(min_size=1, max_size=8))
    loads_or_refuses(bytes(raw))


def test_deep_nesting_and_a_huge_file_are_refused(tmp_path: Path):
    for raw in (b"[" * 100_000, b'{"a":' * 100_000, b" " * (5 * 1024 * 1024) + b"{}"):
        with pytest.raises(KnownError):
            Keystore.from_bytes(raw)
    (tmp_path / KEYSTORE_NAME).write_bytes(b"[" * 100_000)
    with pytest.raises(KnownError):
        load_keystore(tmp_path)


@examples(40)
@given(main=st.binary(max_size=300), backup=st.one_of(st.none(), st.binary(max_size=300)))
def test_loading_a_folder_never_changes_it(tmp_path_factory, main: bytes, backup: bytes | None):
    folder = tmp_path_factory.mktemp("folder")
    (folder / KEYSTORE_NAME).write_bytes(main)
    if backup is not None:
        (folder / BACKUP_NAME).write_bytes(backup)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    with contextlib.suppress(KnownError):
        Household.open(folder)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
