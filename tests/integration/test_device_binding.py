"""Binding a household to this computer: the keyring holds one device secret and nothing else."""

from __future__ import annotations

import base64
import shutil
from pathlib import Path

import keyring
import pytest

from tests.conftest import PASSWORDS, Couple, make_couple
from tests.integration.support import partner_entry, read_keystore
from tests.support.memory_keyring import MemoryKeyring
from toward import DeviceSecretMissing, Household, KnownError, WrongPassword
from toward.core.journal import EntryFields
from toward.core.spaces import Space
from toward.session import Session
from toward.vault.kdf import KdfParams, derive_key, normalize_password
from toward.vault.keystore import slot_aad
from toward.vault.keywrap import UnwrapFailed, WrappedKey, unwrap

MAYA_PW, SAM_PW = PASSWORDS["Maya"], PASSWORDS["Sam"]


def bind(couple: Couple, name: str) -> None:
    session = couple.unlock(name)
    session.set_device_binding(PASSWORDS[name], True)
    assert session.device_bound
    session.lock()


def failures(household: Household, name: str) -> int:
    return household.attempts.state(household.partner(name).id).failures


def move_to_a_new_computer(couple: Couple, tmp_path: Path) -> Household:
    """Copy the data folder and give it an empty keyring, as on another computer."""
    copy = tmp_path / "elsewhere"
    shutil.copytree(couple.folder, copy)
    keyring.set_keyring(MemoryKeyring())
    return Household.open(copy)


def test_a_bound_slot_unlocks_with_the_keyring_entry(couple: Couple, memory_keyring):
    bind(couple, "Maya")
    assert len(memory_keyring.entries) == 1
    household = Household.open(couple.folder)
    assert household.is_device_bound(household.partner("Maya").id)
    assert not household.is_device_bound(household.partner("Sam").id)
    Session.start(household.unlock("Maya", MAYA_PW)).lock()


def test_a_bound_slot_cannot_be_opened_with_the_password_alone(couple: Couple):
    """What an offline attacker with a copy of the folder, but not the keyring, would try."""
    bind(couple, "Maya")
    data = read_keystore(couple.folder)
    maya = partner_entry(data, "Maya")
    slot = maya["slots"]["password"]
    kek = derive_key(normalize_password(MAYA_PW), KdfParams.from_json(slot["kdf"]))
    aad = slot_aad(data["household_id"], maya["id"], "password", "private")
    with pytest.raises(UnwrapFailed):
        unwrap(kek, WrappedKey.from_json(slot["keys"]["private"]), aad)


def test_a_missing_keyring_entry_is_said_plainly_and_not_counted(couple: Couple, memory_keyring):
    bind(couple, "Maya")
    memory_keyring.entries.clear()
    household = Household.open(couple.folder)
    with pytest.raises(DeviceSecretMissing, match="recovery code"):
        Session.start(household.unlock("Maya", MAYA_PW))
    assert failures(household, "Maya") == 0
    Session.start(household.unlock("Sam", SAM_PW)).lock()


def test_the_recovery_code_gets_in_and_binds_again(couple: Couple, memory_keyring):
    bind(couple, "Maya")
    memory_keyring.entries.clear()
    household = Household.open(couple.folder)
    maya = Session.start(
        household.recover("Maya", couple.recovery_codes["Maya"], "new-password-maya")
    )
    assert maya.device_bound
    maya.lock()
    assert len(memory_keyring.entries) == 1
    Session.start(Household.open(couple.folder).unlock("Maya", "new-password-maya")).lock()


def test_on_a_new_computer_the_recovery_code_rebinds(couple: Couple, tmp_path: Path):
    bind(couple, "Maya")
    maya = couple.unlock("Maya")
    maya.journal.write(Space.PRIVATE, EntryFields(title="written on the old computer"))
    maya.lock()
    household = move_to_a_new_computer(couple, tmp_path)
    with pytest.raises(DeviceSecretMissing):
        Session.start(household.unlock("Maya", MAYA_PW))
    maya = Session.start(
        household.recover("Maya", couple.recovery_codes["Maya"], "new-computer-pass")
    )
    assert [e.title for e in maya.journal.entries(Space.PRIVATE)] == ["written on the old computer"]
    maya.lock()
    Session.start(household.unlock("Maya", "new-computer-pass")).lock()


def test_after_one_partner_rebinds_the_other_is_told_the_truth(couple: Couple, tmp_path: Path):
    """Maya's recovery makes a new device secret; Sam's slot still names the old one.

    Sam must hear "this computer lacks the key, use your recovery code", not "wrong
    password" (which would also count against him and throttle him).
    """
    bind(couple, "Maya")
    bind(couple, "Sam")
    household = move_to_a_new_computer(couple, tmp_path)
    Session.start(
        household.recover("Maya", couple.recovery_codes["Maya"], "new-computer-maya")
    ).lock()
    with pytest.raises(DeviceSecretMissing):
        Session.start(household.unlock("Sam", SAM_PW))
    assert failures(household, "Sam") == 0
    Session.start(
        household.recover("Sam", couple.recovery_codes["Sam"], "new-computer-sam1")
    ).lock()
    Session.start(household.unlock("Sam", "new-computer-sam1")).lock()
    Session.start(household.unlock("Maya", "new-computer-maya")).lock()


def test_both_partners_bound_share_the_one_device_secret(couple: Couple, memory_keyring):
    bind(couple, "Maya")
    bind(couple, "Sam")
    assert len(memory_keyring.entries) == 1
    couple.unlock("Maya").lock()
    couple.unlock("Sam").lock()


def test_unbinding_frees_the_slot_and_leaves_nothing_in_the_keyring(couple: Couple, memory_keyring):
    bind(couple, "Maya")
    maya = couple.unlock("Maya")
    maya.set_device_binding(MAYA_PW, False)
    assert not maya.device_bound
    maya.lock()
    assert memory_keyring.entries == {}
    Session.start(Household.open(couple.folder).unlock("Maya", MAYA_PW)).lock()


def test_unbinding_one_partner_keeps_the_secret_the_other_relies_on(couple: Couple, memory_keyring):
    bind(couple, "Maya")
    bind(couple, "Sam")
    maya = couple.unlock("Maya")
    maya.set_device_binding(MAYA_PW, False)
    maya.lock()
    assert len(memory_keyring.entries) == 1
    couple.unlock("Sam").lock()


def test_binding_asks_for_the_password(couple: Couple, memory_keyring):
    maya = couple.unlock("Maya")
    with pytest.raises(WrongPassword):
        maya.set_device_binding("not-the-password", True)
    assert not maya.device_bound
    maya.lock()
    assert memory_keyring.entries == {}


def test_a_password_change_keeps_the_binding(couple: Couple, memory_keyring):
    bind(couple, "Maya")
    maya = couple.unlock("Maya")
    maya.change_password(MAYA_PW, "changed-while-bound")
    assert maya.device_bound
    maya.lock()
    memory_keyring.entries.clear()
    with pytest.raises(DeviceSecretMissing):
        Session.start(Household.open(couple.folder).unlock("Maya", "changed-while-bound"))


def test_changing_a_password_without_the_device_secret_is_explained(couple: Couple, memory_keyring):
    bind(couple, "Maya")
    maya = couple.unlock("Maya")
    memory_keyring.entries.clear()
    with pytest.raises(DeviceSecretMissing):
        maya.change_password(MAYA_PW, "changed-without-key")
    maya.lock()
    assert failures(couple.household, "Maya") == 0


def test_the_keyring_never_holds_a_password_or_a_database_key(couple: Couple, memory_keyring):
    bind(couple, "Maya")
    bind(couple, "Sam")
    maya = couple.unlock("Maya")
    maya.change_password(MAYA_PW, "changed-while-bound")
    keys = [maya.key("private"), maya.key("shared")]
    maya.lock()
    sam = Session.start(
        couple.household.recover("Sam", couple.recovery_codes["Sam"], "recovered-sam-pw")
    )
    keys.append(sam.key("private"))
    sam.lock()

    [(service, account)] = memory_keyring.entries
    value = memory_keyring.entries[(service, account)]
    assert len(base64.b64decode(value)) == 32
    stored = f"{service}|{account}|{value}"
    secrets = [
        MAYA_PW,
        SAM_PW,
        "changed-while-bound",
        "recovered-sam-pw",
        *couple.recovery_codes.values(),
    ]
    for secret in secrets:
        assert secret not in stored
    for key in keys:
        assert base64.b64decode(value) != key
        assert key.hex() not in stored
        assert base64.b64encode(key).decode() not in stored


@pytest.mark.no_keyring
def test_without_a_keyring_binding_is_refused_and_everything_else_works(tmp_path: Path):
    couple = make_couple(tmp_path / "h")
    maya = couple.unlock("Maya")
    with pytest.raises(KnownError, match="no keyring"):
        maya.set_device_binding(MAYA_PW, True)
    assert not maya.device_bound
    maya.journal.write(Space.PRIVATE, EntryFields(title="still works"))
    maya.change_password(MAYA_PW, "no-keyring-password")
    maya.lock()
    household = Household.open(couple.folder)
    Session.start(household.unlock("Maya", "no-keyring-password")).lock()
    Session.start(
        household.recover("Sam", couple.recovery_codes["Sam"], "no-keyring-sam-pw")
    ).lock()
    Session.start(household.unlock("Sam", "no-keyring-sam-pw")).lock()


@pytest.mark.no_keyring
def test_a_bound_household_moved_to_a_computer_without_keyring_recovers_unbound(
    tmp_path: Path,
):
    keyring.set_keyring(MemoryKeyring())
    couple = make_couple(tmp_path / "h")
    bind(couple, "Maya")
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    household = Household.open(couple.folder)
    with pytest.raises(DeviceSecretMissing):
        Session.start(household.unlock("Maya", MAYA_PW))
    maya = Session.start(household.recover("Maya", couple.recovery_codes["Maya"], "unbound-now-1"))
    assert not maya.device_bound
    maya.lock()
    Session.start(household.unlock("Maya", "unbound-now-1")).lock()
