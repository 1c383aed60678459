"""household.json: round trip, its two copies, and what happens when it is damaged."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from toward.vault.errors import HouseholdCorrupted, HouseholdNotFound
from toward.vault.kdf import FLOOR_COST, KdfParams
from toward.vault.keystore import (
    BACKUP_NAME,
    FORMAT_VERSION,
    KEYSTORE_NAME,
    PASSWORD_SLOT,
    PRIVATE_KEY,
    RECOVERY_SLOT,
    SHARED_KEY,
    Keystore,
    PartnerRecord,
    Slot,
    keystore_exists,
    load_keystore,
    save_keystore,
)
from toward.vault.keywrap import new_key, wrap
from toward.vault.locks import KEYSTORE_LOCK_NAME


def a_slot(*, bound: bool = False) -> Slot:
    kek = new_key()
    keys = {name: wrap(kek, new_key(), name.encode()) for name in (PRIVATE_KEY, SHARED_KEY)}
    return Slot(kdf=KdfParams.fresh(FLOOR_COST), keys=keys, device_bound=bound)


def a_partner(name: str, created_at: str = "2026-01-01T00:00:00.000000+00:00") -> PartnerRecord:
    return PartnerRecord(
        id=uuid.uuid4().hex,
        name=name,
        colour="#c2185b",
        created_at=created_at,
        slots={PASSWORD_SLOT: a_slot(bound=True), RECOVERY_SLOT: a_slot()},
    )


def a_keystore(*names: str) -> Keystore:
    keystore = Keystore(household_id=uuid.uuid4().hex, created_at="2026-01-01T00:00:00+00:00")
    for i, name in enumerate(names):
        keystore = keystore.with_partner(a_partner(name, f"2026-01-0{i + 1}T00:00:00+00:00"))
    return keystore


def as_json(keystore: Keystore) -> dict:
    return json.loads(keystore.to_bytes())


def test_a_keystore_round_trips_through_bytes():
    keystore = a_keystore("Maya", "Sam")
    again = Keystore.from_bytes(keystore.to_bytes())
    assert again == keystore
    assert [p.name for p in again.partners] == ["Maya", "Sam"]
    assert again.partners[0].slots[PASSWORD_SLOT].device_bound is True


def test_unknown_fields_from_a_same_version_writer_are_kept():
    data = as_json(a_keystore("Maya"))
    data["future_note"] = {"kept": True}
    again = Keystore.from_bytes(json.dumps(data).encode())
    assert as_json(again)["future_note"] == {"kept": True}


def test_with_partner_replaces_by_id_and_keeps_creation_order():
    keystore = a_keystore("Maya", "Sam")
    maya = keystore.partners[0]
    renamed = PartnerRecord(maya.id, "Maya R", maya.colour, maya.created_at, maya.slots)
    updated = keystore.with_partner(renamed)
    assert [p.name for p in updated.partners] == ["Maya R", "Sam"]
    assert updated.partner(maya.id).name == "Maya R"
    with pytest.raises(KeyError):
        updated.partner("f" * 32)


def test_save_then_load(tmp_path: Path):
    keystore = a_keystore("Maya")
    assert not keystore_exists(tmp_path)
    save_keystore(tmp_path, keystore)
    assert keystore_exists(tmp_path)
    loaded = load_keystore(tmp_path)
    assert loaded.keystore == keystore
    assert loaded.recovered_from_backup is None


def test_saving_writes_both_copies_one_generation_up_and_leaves_no_temp_file(tmp_path: Path):
    first = a_keystore("Maya")
    assert save_keystore(tmp_path, first).generation == 1
    second = first.with_partner(a_partner("Sam", "2026-02-01T00:00:00+00:00"))
    written = save_keystore(tmp_path, second)
    assert written.generation == 2
    assert (tmp_path / BACKUP_NAME).read_bytes() == written.to_bytes()
    assert (tmp_path / KEYSTORE_NAME).read_bytes() == written.to_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        KEYSTORE_NAME,
        BACKUP_NAME,
        KEYSTORE_LOCK_NAME,
    ]


@pytest.mark.parametrize("lost", [KEYSTORE_NAME, BACKUP_NAME])
@pytest.mark.parametrize("how", ["deleted", "zeroed", "truncated", "flipped"])
def test_the_partner_added_last_survives_the_loss_of_any_one_file(tmp_path: Path, lost, how):
    """Issue 16: the second partner's slots must not live in one file only."""
    save_keystore(tmp_path, a_keystore("Maya"))
    both = load_keystore(tmp_path).keystore.with_partner(
        a_partner("Sam", "2026-02-01T00:00:00+00:00")
    )
    save_keystore(tmp_path, both)
    path = tmp_path / lost
    raw = path.read_bytes()
    if how == "deleted":
        path.unlink()
    elif how == "zeroed":
        path.write_bytes(bytes(len(raw)))
    elif how == "truncated":
        path.write_bytes(raw[: len(raw) // 2])
    else:
        flipped = bytearray(raw)
        flipped[len(raw) // 3] ^= 0x40
        path.write_bytes(bytes(flipped))
    loaded = load_keystore(tmp_path).keystore
    assert [p.name for p in loaded.partners] == ["Maya", "Sam"]
    assert loaded.partner(both.partners[1].id).slots == both.partners[1].slots


def test_a_change_interrupted_between_its_two_writes_reads_the_newer_copy(tmp_path: Path):
    save_keystore(tmp_path, a_keystore("Maya"))
    old_main = (tmp_path / KEYSTORE_NAME).read_bytes()
    both = load_keystore(tmp_path).keystore.with_partner(
        a_partner("Sam", "2026-02-01T00:00:00+00:00")
    )
    save_keystore(tmp_path, both)
    (tmp_path / KEYSTORE_NAME).write_bytes(old_main)  # as if the second write never ran
    loaded = load_keystore(tmp_path)
    assert [p.name for p in loaded.keystore.partners] == ["Maya", "Sam"]
    assert loaded.recovered_from_backup is None


def test_a_copy_of_another_household_is_kept_aside_not_overwritten(tmp_path: Path):
    save_keystore(tmp_path, a_keystore("Maya"))
    foreign = a_keystore("Lee")
    (tmp_path / BACKUP_NAME).write_bytes(foreign.to_bytes())
    save_keystore(tmp_path, load_keystore(tmp_path).keystore)
    aside = list(tmp_path.glob(f"{BACKUP_NAME}.superseded-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == foreign.to_bytes()


@pytest.mark.parametrize(
    "damage",
    [b"", b"{", b"\xff\xfe garbage", b"[]", b'{"format": "one"}', b'{"format": 1}'],
    ids=["empty", "cut", "not-utf8", "list", "format-text", "no-fields"],
)
def test_a_damaged_main_file_falls_back_to_the_bak_with_a_notice(tmp_path: Path, damage):
    good = a_keystore("Maya")
    save_keystore(tmp_path, good)
    save_keystore(tmp_path, good.with_partner(a_partner("Sam", "2026-03-01T00:00:00+00:00")))
    (tmp_path / KEYSTORE_NAME).write_bytes(damage)
    loaded = load_keystore(tmp_path)
    # The second copy holds the latest change (Sam), not the one before it.
    assert [p.name for p in loaded.keystore.partners] == ["Maya", "Sam"]
    assert loaded.recovered_from_backup is not None
    assert "damaged" in loaded.recovered_from_backup
    assert BACKUP_NAME in loaded.recovered_from_backup
    # Loading never repairs anything by itself.
    assert (tmp_path / KEYSTORE_NAME).read_bytes() == damage


def test_a_missing_main_file_falls_back_to_the_bak(tmp_path: Path):
    good = a_keystore("Maya")
    save_keystore(tmp_path, good)
    save_keystore(tmp_path, good)
    (tmp_path / KEYSTORE_NAME).unlink()
    loaded = load_keystore(tmp_path)
    assert loaded.keystore == good
    assert "missing" in (loaded.recovered_from_backup or "")


def test_both_damaged_is_reported_clearly(tmp_path: Path):
    good = a_keystore("Maya")
    save_keystore(tmp_path, good)
    save_keystore(tmp_path, good)
    (tmp_path / KEYSTORE_NAME).write_bytes(b"{broken")
    (tmp_path / BACKUP_NAME).write_bytes(b"")
    with pytest.raises(HouseholdCorrupted, match="Both the household file and its second copy"):
        load_keystore(tmp_path)


def test_a_damaged_main_file_without_bak_is_reported(tmp_path: Path):
    save_keystore(tmp_path, a_keystore("Maya"))
    (tmp_path / BACKUP_NAME).unlink()
    (tmp_path / KEYSTORE_NAME).write_bytes(b"{broken")
    with pytest.raises(HouseholdCorrupted, match="damaged"):
        load_keystore(tmp_path)


def test_a_damaged_main_file_is_moved_aside_never_overwritten(tmp_path: Path):
    good = a_keystore("Maya")
    save_keystore(tmp_path, good)
    save_keystore(tmp_path, good)
    damage = b'{"format": 1, "partners": "torn'
    (tmp_path / KEYSTORE_NAME).write_bytes(damage)
    recovered = load_keystore(tmp_path).keystore
    newer = recovered.with_partner(a_partner("Sam", "2026-04-01T00:00:00+00:00"))
    save_keystore(tmp_path, newer)

    aside = list(tmp_path.glob(f"{KEYSTORE_NAME}.damaged-*"))
    assert len(aside) == 1
    assert aside[0].read_bytes() == damage
    # Both copies now hold the change; the damaged bytes live on only aside.
    assert (tmp_path / BACKUP_NAME).read_bytes() == (tmp_path / KEYSTORE_NAME).read_bytes()
    assert load_keystore(tmp_path).keystore == newer


def test_a_damaged_second_copy_is_moved_aside_never_overwritten(tmp_path: Path):
    good = a_keystore("Maya")
    save_keystore(tmp_path, good)
    save_keystore(tmp_path, good)
    damage = b'{"format": 1, "generation": 9, "partners": [{"torn'
    (tmp_path / BACKUP_NAME).write_bytes(damage)
    assert load_keystore(tmp_path).keystore == good  # the main file is read, and is fine
    save_keystore(tmp_path, good.with_partner(a_partner("Sam", "2026-04-01T00:00:00+00:00")))

    (aside,) = tmp_path.glob(f"{BACKUP_NAME}.damaged-*")
    assert aside.read_bytes() == damage
    assert (tmp_path / BACKUP_NAME).read_bytes() == (tmp_path / KEYSTORE_NAME).read_bytes()


def test_a_newer_format_is_refused(tmp_path: Path):
    data = as_json(a_keystore("Maya"))
    data["format"] = FORMAT_VERSION + 1
    (tmp_path / KEYSTORE_NAME).write_text(json.dumps(data))
    with pytest.raises(HouseholdCorrupted, match="newer version of Toward"):
        load_keystore(tmp_path)


def test_a_newer_format_is_refused_even_when_an_older_bak_exists(tmp_path: Path):
    """An older Toward must not quietly use a stale .bak behind a newer household file."""
    older = a_keystore("Maya")
    save_keystore(tmp_path, older)
    save_keystore(tmp_path, older)
    data = as_json(older.with_partner(a_partner("Sam", "2026-05-01T00:00:00+00:00")))
    data["format"] = FORMAT_VERSION + 1
    newer_bytes = json.dumps(data).encode()
    (tmp_path / KEYSTORE_NAME).write_bytes(newer_bytes)
    with pytest.raises(HouseholdCorrupted, match="newer version of Toward"):
        load_keystore(tmp_path)
    with pytest.raises(HouseholdCorrupted, match="newer version of Toward"):
        save_keystore(tmp_path, older)
    assert (tmp_path / KEYSTORE_NAME).read_bytes() == newer_bytes
    assert not list(tmp_path.glob("*.damaged-*"))


def test_a_missing_household_is_not_found(tmp_path: Path):
    with pytest.raises(HouseholdNotFound):
        load_keystore(tmp_path)
    with pytest.raises(HouseholdNotFound):
        load_keystore(tmp_path / "nowhere")


def _mutate(data: dict, path: str, value: object) -> dict:
    *parents, last = path.split(".")
    node = data
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    if value is KeyError:
        del node[last]
    else:
        node[last] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("household_id", "not-hex", "damaged"),
        ("household_id", "abc", "damaged"),
        ("partners", {"not": "a list"}, "damaged"),
        ("partners.0.id", "xyz", "partner entry"),
        ("partners.0.slots.password", KeyError, "no password slot"),
        ("partners.0.slots.password.keys.shared", KeyError, "missing a key"),
        ("partners.0.slots.password.keys", [], "key slot"),
        ("partners.0.slots.password.kdf.memory_kib", 1024, "weaker protection"),
    ],
)
def test_tampered_or_torn_entries_are_refused(tmp_path: Path, path, value, message):
    data = _mutate(as_json(a_keystore("Maya")), path, value)
    with pytest.raises(HouseholdCorrupted, match=message):
        Keystore.from_bytes(json.dumps(data).encode())


def test_a_third_partner_in_the_file_is_refused():
    data = as_json(a_keystore("Maya", "Sam"))
    data["partners"].append(data["partners"][0])
    with pytest.raises(HouseholdCorrupted):
        Keystore.from_bytes(json.dumps(data).encode())
