"""A household on real SQLCipher files: partners, separateness, passwords, recovery."""

from __future__ import annotations

import shutil
import stat
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import PASSWORDS, Couple, make_couple
from tests.integration.support import (
    FakeClock,
    partner_entry,
    passphrase,
    raw_key,
    read_keystore,
    sqlcipher_opens,
    write_keystore,
)
from toward import (
    Household,
    HouseholdExists,
    HouseholdNotFound,
    InvalidInput,
    PartnerNotFound,
    SessionLocked,
    TooManyAttempts,
    WrongPassword,
)
from toward.core.journal import EntryFields
from toward.core.spaces import Space
from toward.household import SHARED_DB, private_db_name
from toward.session import Session
from toward.vault.kdf import DEFAULT_COST, FLOOR_COST, KdfParams, derive_key, normalize_password
from toward.vault.keystore import BACKUP_NAME, KEYSTORE_NAME
from toward.vault.recovery import normalize_recovery_code
from toward.vault.throttle import AttemptLog

MAYA_PW, SAM_PW = PASSWORDS["Maya"], PASSWORDS["Sam"]


def folder_files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


# -- creating a household and adding partners ---------------------------------------------


def test_create_makes_a_private_folder_with_only_the_keystore(tmp_path: Path):
    folder = tmp_path / "new" / "household"
    household = Household.create(folder, kdf_cost=FLOOR_COST)
    assert household.partners == []
    assert [p.name for p in folder.iterdir()] == [KEYSTORE_NAME]
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert Household.open(folder).id == household.id


def test_create_refuses_a_folder_that_holds_a_household(couple: Couple):
    before = folder_files(couple.folder)
    with pytest.raises(HouseholdExists):
        Household.create(couple.folder, kdf_cost=FLOOR_COST)
    assert folder_files(couple.folder) == before


def test_create_refuses_databases_left_without_their_household_file(couple: Couple):
    """Their keys were only in the lost keystore; a new household must not adopt them."""
    (couple.folder / KEYSTORE_NAME).unlink()
    (couple.folder / BACKUP_NAME).unlink()
    with pytest.raises(HouseholdExists, match="without a household file"):
        Household.create(couple.folder, kdf_cost=FLOOR_COST)


def test_opening_an_empty_folder_finds_no_household(tmp_path: Path):
    with pytest.raises(HouseholdNotFound):
        Household.open(tmp_path)
    with pytest.raises(HouseholdNotFound):
        Household.open(tmp_path / "missing")


def test_the_first_partner_gets_a_private_and_the_shared_database(tmp_path: Path):
    household = Household.create(tmp_path / "h", kdf_cost=FLOOR_COST)
    added = household.add_partner("Maya", MAYA_PW)
    assert added.partner.name == "Maya"
    assert household.partners == [added.partner]
    assert (tmp_path / "h" / private_db_name(added.partner.id)).exists()
    assert (tmp_path / "h" / SHARED_DB).exists()
    assert len(normalize_recovery_code(added.recovery_code)) == 25
    session = Session.start(household.unlock("Maya", MAYA_PW))
    assert session.partner == added.partner
    session.lock()


def test_the_second_partner_needs_the_first_ones_unlocked_session(tmp_path: Path):
    couple = make_couple(tmp_path / "h", second=False)
    household = couple.household
    with pytest.raises(InvalidInput, match="unlocked session"):
        household.add_partner("Sam", SAM_PW)
    maya = couple.unlock("Maya")
    maya.journal.write(Space.SHARED, EntryFields(title="Before Sam came"))
    maya.lock()
    with pytest.raises(InvalidInput, match="unlocked session"):
        household.add_partner("Sam", SAM_PW, sponsor=maya)
    stranger = make_couple(tmp_path / "other", second=False).unlock("Maya")
    with pytest.raises(InvalidInput, match="unlocked session"):
        household.add_partner("Sam", SAM_PW, sponsor=stranger)
    stranger.lock()
    assert [p.name for p in Household.open(couple.folder).partners] == ["Maya"]

    maya = couple.unlock("Maya")
    sam_added = maya.add_partner("Sam", SAM_PW)
    maya.lock()
    sam = Session.start(household.unlock("Sam", SAM_PW))
    assert [e.title for e in sam.journal.entries(Space.SHARED)] == ["Before Sam came"]
    assert sam.partner == sam_added.partner
    sam.lock()


def test_a_third_partner_is_refused(couple: Couple):
    before = folder_files(couple.folder)
    maya = couple.unlock("Maya")
    after_unlock = folder_files(couple.folder)
    with pytest.raises(InvalidInput, match="two partners"):
        maya.add_partner("Alex", "alex-password-1")
    assert folder_files(couple.folder) == after_unlock
    maya.lock()
    assert set(folder_files(couple.folder)) == set(before)
    assert [p.name for p in Household.open(couple.folder).partners] == ["Maya", "Sam"]


@pytest.mark.parametrize("name", ["Maya", "maya", "  MAYA ", "Ma\u0079a"])
def test_duplicate_names_are_refused(tmp_path: Path, name: str):
    couple = make_couple(tmp_path / "h", second=False)
    maya = couple.unlock("Maya")
    with pytest.raises(InvalidInput, match="already a partner"):
        maya.add_partner(name, SAM_PW)
    maya.lock()


def test_names_that_differ_only_in_unicode_composition_are_the_same_name(tmp_path: Path):
    household = Household.create(tmp_path / "h", kdf_cost=FLOOR_COST)
    household.add_partner("Zoë", MAYA_PW)
    zoe = Session.start(household.unlock("zoe\u0308", MAYA_PW))
    with pytest.raises(InvalidInput, match="already a partner"):
        zoe.add_partner("ZOE\u0308", SAM_PW)
    zoe.lock()


@pytest.mark.parametrize(
    ("name", "message"),
    [("", "give a name"), ("   ", "give a name"), ("x" * 41, "at most"), ("Ma\x00ya", "control")],
)
def test_unusable_names_are_refused(tmp_path: Path, name: str, message: str):
    household = Household.create(tmp_path / "h", kdf_cost=FLOOR_COST)
    with pytest.raises(InvalidInput, match=message):
        household.add_partner(name, MAYA_PW)
    assert household.partners == []


@pytest.mark.parametrize("password", ["", "short", "7 chars", "e\u0301" * 7])
def test_short_passwords_are_refused_and_nothing_is_written(tmp_path: Path, password: str):
    household = Household.create(tmp_path / "h", kdf_cost=FLOOR_COST)
    before = folder_files(tmp_path / "h")
    with pytest.raises(InvalidInput, match="at least 8 characters"):
        household.add_partner("Maya", password)
    assert folder_files(tmp_path / "h") == before


def test_names_are_tidied_and_colours_differ(couple: Couple):
    maya, sam = couple.household.partners
    assert maya.colour != sam.colour
    household = Household.create(couple.folder.parent / "tidy", kdf_cost=FLOOR_COST)
    assert household.add_partner("  Maya   Rose ", MAYA_PW).partner.name == "Maya Rose"


# -- separateness --------------------------------------------------------------------------


def test_a_partner_cannot_open_the_others_private_database_with_anything_they_have(
    couple: Couple,
):
    maya = couple.unlock("Maya")
    maya_keys = {name: maya.key(name) for name in ("private", "shared")}
    maya_id = maya.partner.id
    maya.lock()
    sam = couple.unlock("Sam")
    sam_private_key, sam_id = sam.key("private"), sam.partner.id
    sam.lock()

    data = read_keystore(couple.folder)
    maya_slots = partner_entry(data, "Maya")["slots"]
    sam_slots = partner_entry(data, "Sam")["slots"]
    maya_code = normalize_recovery_code(couple.recovery_codes["Maya"])

    def kek(secret: bytes, slot: dict) -> bytes:
        return derive_key(secret, KdfParams.from_json(slot["kdf"]))

    attempts = {
        "maya's private key": raw_key(maya_keys["private"]),
        "maya's shared key": raw_key(maya_keys["shared"]),
        "maya's password kek": raw_key(kek(normalize_password(MAYA_PW), maya_slots["password"])),
        "maya's recovery kek": raw_key(kek(maya_code, maya_slots["recovery"])),
        "maya's password on sam's slot": raw_key(
            kek(normalize_password(MAYA_PW), sam_slots["password"])
        ),
        "maya's password as a passphrase": passphrase(MAYA_PW),
        "maya's recovery code as a passphrase": passphrase(couple.recovery_codes["Maya"]),
    }
    sam_private = couple.folder / private_db_name(sam_id)
    before = sam_private.read_bytes()
    opened = [what for what, key in attempts.items() if sqlcipher_opens(sam_private, key)]
    assert opened == []
    assert sam_private.read_bytes() == before
    # The check itself can succeed: Sam's own key opens it, and Maya's opens hers.
    assert sqlcipher_opens(sam_private, raw_key(sam_private_key))
    maya_private = couple.folder / private_db_name(maya_id)
    assert sqlcipher_opens(maya_private, raw_key(maya_keys["private"]))
    assert not sqlcipher_opens(maya_private, raw_key(sam_private_key))


def test_both_partners_open_the_shared_database(couple: Couple):
    maya, sam = couple.unlock("Maya"), couple.unlock("Sam")
    assert maya.key("shared") == sam.key("shared")
    assert maya.key("private") != sam.key("private")
    shared_key = maya.key("shared")
    maya.journal.write(Space.SHARED, EntryFields(title="from Maya"))
    assert [e.title for e in sam.journal.entries(Space.SHARED)] == ["from Maya"]
    maya.lock()
    sam.lock()
    assert sqlcipher_opens(couple.folder / SHARED_DB, raw_key(shared_key))


def test_one_partners_password_or_code_does_not_open_the_other(couple: Couple):
    with pytest.raises(WrongPassword):
        Session.start(couple.household.unlock("Sam", MAYA_PW))
    with pytest.raises(WrongPassword, match="recovery code"):
        Session.start(
            couple.household.recover("Sam", couple.recovery_codes["Maya"], "a-brand-new-password")
        )
    assert couple.household.attempts.state(couple.household.partner("Sam").id).failures == 2
    assert couple.household.attempts.state(couple.household.partner("Maya").id).failures == 0


def test_a_password_slot_moved_to_the_other_partner_does_not_unlock(couple: Couple):
    data = read_keystore(couple.folder)
    maya, sam = partner_entry(data, "Maya"), partner_entry(data, "Sam")
    sam["slots"]["password"] = maya["slots"]["password"]
    write_keystore(couple.folder, data)
    household = Household.open(couple.folder)
    for password in (MAYA_PW, SAM_PW):
        with pytest.raises(WrongPassword):
            Session.start(household.unlock("Sam", password))
    Session.start(household.unlock("Maya", MAYA_PW)).lock()


def test_whole_partner_slots_swapped_do_not_unlock(couple: Couple):
    data = read_keystore(couple.folder)
    maya, sam = partner_entry(data, "Maya"), partner_entry(data, "Sam")
    maya["slots"], sam["slots"] = sam["slots"], maya["slots"]
    write_keystore(couple.folder, data)
    household = Household.open(couple.folder)
    for name in ("Maya", "Sam"):
        for password in (MAYA_PW, SAM_PW):
            with pytest.raises(WrongPassword):
                Session.start(household.unlock(name, password))


def test_keys_swapped_inside_a_slot_do_not_unlock(couple: Couple):
    data = read_keystore(couple.folder)
    keys = partner_entry(data, "Maya")["slots"]["password"]["keys"]
    keys["private"], keys["shared"] = keys["shared"], keys["private"]
    write_keystore(couple.folder, data)
    with pytest.raises(WrongPassword):
        Session.start(Household.open(couple.folder).unlock("Maya", MAYA_PW))


def test_a_recovery_slot_moved_into_the_password_place_does_not_unlock(couple: Couple):
    data = read_keystore(couple.folder)
    slots = partner_entry(data, "Maya")["slots"]
    slots["password"] = slots["recovery"]
    write_keystore(couple.folder, data)
    household = Household.open(couple.folder)
    with pytest.raises(WrongPassword):
        Session.start(household.unlock("Maya", couple.recovery_codes["Maya"]))
    # The recovery slot itself still works where it belongs.
    Session.start(
        household.recover("Maya", couple.recovery_codes["Maya"], "new-password-123")
    ).lock()


def test_slots_from_another_household_do_not_unlock(couple: Couple):
    data = read_keystore(couple.folder)
    data["household_id"] = "f" * 32
    write_keystore(couple.folder, data)
    with pytest.raises(WrongPassword):
        Session.start(Household.open(couple.folder).unlock("Maya", MAYA_PW))


# -- unlocking, wrong passwords and the throttle ------------------------------------------


def test_a_wrong_password_is_refused_and_recorded(couple: Couple):
    maya_id = couple.household.partner("Maya").id
    with pytest.raises(WrongPassword, match="password doesn't open Maya's space") as caught:
        Session.start(couple.household.unlock("Maya", "not-her-password"))
    assert "not-her-password" not in str(caught.value)
    assert couple.household.attempts.state(maya_id).failures == 1
    assert Household.open(couple.folder).attempts.state(maya_id).failures == 1


def test_unknown_partners_are_not_found_and_names_are_forgiving(couple: Couple):
    with pytest.raises(PartnerNotFound):
        Session.start(couple.household.unlock("Alex", MAYA_PW))
    Session.start(couple.household.unlock("  maya".strip().upper(), MAYA_PW)).lock()
    Session.start(couple.household.unlock(couple.household.partner("Maya").id, MAYA_PW)).lock()


def opened(folder: Path, clock: FakeClock) -> Household:
    """Household.open, as after a restart, with the throttle on a hand-moved clock."""
    household = Household.open(folder)
    household.attempts = AttemptLog(folder, clock=clock)
    return household


def test_throttling_holds_across_new_household_instances(couple: Couple):
    clock = FakeClock()
    first = opened(couple.folder, clock)
    for _ in range(3):
        with pytest.raises(WrongPassword):
            Session.start(first.unlock("Maya", "wrong-password"))

    restarted = opened(couple.folder, clock)
    with pytest.raises(TooManyAttempts) as caught:
        Session.start(restarted.unlock("Maya", MAYA_PW))
    assert caught.value.retry_after == 5
    assert restarted.wait_seconds("Maya") == 5
    # Sam is never held back by Maya's lockout.
    assert restarted.wait_seconds("Sam") == 0
    Session.start(restarted.unlock("Sam", SAM_PW)).lock()

    clock.advance(5)
    maya = Session.start(opened(couple.folder, clock).unlock("Maya", MAYA_PW))
    assert maya.report.failed_attempts == 3
    maya.lock()
    assert opened(couple.folder, clock).wait_seconds("Maya") == 0


def test_a_throttled_partner_is_refused_before_any_key_derivation(couple: Couple):
    clock = FakeClock()
    household = opened(couple.folder, clock)
    for _ in range(4):
        with pytest.raises((WrongPassword, TooManyAttempts)):
            Session.start(household.unlock("Maya", "wrong-password"))
        clock.advance(60)
    clock.advance(-60)  # 10 s after the 4th failure is not over yet
    failures = household.attempts.state(household.partner("Maya").id).failures
    with pytest.raises(TooManyAttempts):
        Session.start(household.unlock("Maya", "wrong-password"))
    assert household.attempts.state(household.partner("Maya").id).failures == failures


def test_the_unlock_report_tells_the_previous_opening_and_the_failures_since(tmp_path: Path):
    couple = make_couple(tmp_path / "h", second=False)
    started = datetime.now(UTC)
    first = couple.unlock("Maya")
    assert first.report.previous_opened_at is None
    assert first.report.failed_attempts == 0
    first.lock()

    for _ in range(2):
        with pytest.raises(WrongPassword):
            Session.start(couple.household.unlock("Maya", "someone-guessing"))
    second = Session.start(Household.open(couple.folder).unlock("Maya", MAYA_PW))
    previous = second.report.previous_opened_at
    assert previous is not None
    assert started - timedelta(seconds=1) <= previous <= datetime.now(UTC)
    assert second.report.failed_attempts == 2
    second.lock()

    third = couple.unlock("Maya")
    assert third.report.failed_attempts == 0
    assert third.report.previous_opened_at is not None
    assert third.report.previous_opened_at > previous
    third.lock()


# -- changing a password, recovering ------------------------------------------------------


def checkpointed(session) -> None:
    for space in Space:
        session.spaces.conn(space).execute("PRAGMA wal_checkpoint(TRUNCATE)")


def database_bytes(folder: Path) -> dict[str, bytes]:
    return {n: b for n, b in folder_files(folder).items() if ".db" in n}


def test_a_password_change_rewraps_keys_without_touching_a_database(couple: Couple):
    maya = couple.unlock("Maya")
    maya.journal.write(Space.PRIVATE, EntryFields(title="kept"))
    keys = {name: maya.key(name) for name in ("private", "shared")}
    checkpointed(maya)
    before = database_bytes(couple.folder)
    keystore_before = (couple.folder / KEYSTORE_NAME).read_bytes()

    maya.change_password(MAYA_PW, "a-new-password-for-maya")

    assert database_bytes(couple.folder) == before
    assert (couple.folder / KEYSTORE_NAME).read_bytes() != keystore_before
    assert (couple.folder / BACKUP_NAME).read_bytes() == keystore_before
    maya.lock()
    with pytest.raises(WrongPassword):
        Session.start(Household.open(couple.folder).unlock("Maya", MAYA_PW))
    again = Session.start(Household.open(couple.folder).unlock("Maya", "a-new-password-for-maya"))
    assert {name: again.key(name) for name in ("private", "shared")} == keys
    assert [e.title for e in again.journal.entries(Space.PRIVATE)] == ["kept"]
    again.lock()
    Session.start(couple.household.unlock("Sam", SAM_PW)).lock()


def test_a_password_change_asks_for_the_current_password(couple: Couple):
    maya = couple.unlock("Maya")
    with pytest.raises(WrongPassword):
        maya.change_password("not-the-current-one", "a-new-password-for-maya")
    with pytest.raises(InvalidInput):
        maya.change_password(MAYA_PW, "short")
    maya.lock()
    couple.unlock("Maya").lock()


def test_a_locked_session_cannot_change_anything(couple: Couple):
    maya = couple.unlock("Maya")
    maya.lock()
    maya.lock()  # twice is fine
    with pytest.raises(SessionLocked):
        maya.change_password(MAYA_PW, "a-new-password-for-maya")
    with pytest.raises(SessionLocked):
        maya.journal.entries(Space.PRIVATE)
    with pytest.raises(SessionLocked):
        maya.key("private")
    couple.unlock("Maya").lock()


def test_a_journal_kept_from_before_the_lock_is_locked_too(couple: Couple):
    maya = couple.unlock("Maya")
    journal = maya.journal
    maya.lock()
    with pytest.raises(SessionLocked):
        journal.write(Space.PRIVATE, EntryFields(title="after lock"))


def test_the_recovery_code_sets_a_new_password(couple: Couple):
    maya = couple.unlock("Maya")
    maya.journal.write(Space.PRIVATE, EntryFields(title="still here"))
    maya.lock()
    messy = "  " + couple.recovery_codes["Maya"].lower().replace("-", " ") + " "
    recovered = Session.start(
        Household.open(couple.folder).recover("Maya", messy, "recovered-password-1")
    )
    assert [e.title for e in recovered.journal.entries(Space.PRIVATE)] == ["still here"]
    recovered.lock()
    household = Household.open(couple.folder)
    with pytest.raises(WrongPassword):
        Session.start(household.unlock("Maya", MAYA_PW))
    Session.start(household.unlock("Maya", "recovered-password-1")).lock()
    # The code is a standing second way in, not used up.
    Session.start(
        household.recover("Maya", couple.recovery_codes["Maya"], "recovered-password-2")
    ).lock()


def test_a_wrong_recovery_code_is_refused_and_recorded(couple: Couple):
    maya_id = couple.household.partner("Maya").id
    with pytest.raises(WrongPassword, match="recovery code"):
        Session.start(
            couple.household.recover("Maya", "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE", "a-new-password-1")
        )
    assert couple.household.attempts.state(maya_id).failures == 1
    couple.unlock("Maya").lock()


def test_recovery_refuses_a_short_new_password_before_trying_the_code(couple: Couple):
    with pytest.raises(InvalidInput):
        Session.start(couple.household.recover("Maya", couple.recovery_codes["Maya"], "short"))
    couple.unlock("Maya").lock()


def test_the_recovery_code_still_works_after_a_password_change(couple: Couple):
    maya = couple.unlock("Maya")
    maya.change_password(MAYA_PW, "changed-password-1")
    maya.lock()
    Session.start(
        couple.household.recover("Maya", couple.recovery_codes["Maya"], "changed-password-2")
    ).lock()


# -- several windows on one folder --------------------------------------------------------


def test_a_stale_household_instance_never_writes_a_newer_change_away(tmp_path: Path):
    """Two windows on one folder: a change made in one must survive a change in the other."""
    couple = make_couple(tmp_path / "h", second=False)
    stale = Household.open(couple.folder)
    fresh = Household.open(couple.folder)
    maya = Session.start(fresh.unlock("Maya", MAYA_PW))
    maya.add_partner("Sam", SAM_PW)
    maya.lock()

    maya = Session.start(stale.unlock("Maya", MAYA_PW))
    maya.change_password(MAYA_PW, "changed-in-the-stale-window")
    maya.lock()

    household = Household.open(couple.folder)
    assert [p.name for p in household.partners] == ["Maya", "Sam"]
    Session.start(household.unlock("Sam", SAM_PW)).lock()
    Session.start(household.unlock("Maya", "changed-in-the-stale-window")).lock()
    # And the stale window itself now knows Sam.
    Session.start(stale.unlock("Sam", SAM_PW)).lock()


# -- a damaged keystore at the household level ---------------------------------------------


def test_a_damaged_keystore_opens_from_its_copy_with_a_notice(couple: Couple):
    (couple.folder / KEYSTORE_NAME).write_bytes(b'{"format": 1, "partn')
    household = Household.open(couple.folder)
    assert household.notice is not None
    assert BACKUP_NAME in household.notice
    maya = Session.start(household.unlock("Maya", MAYA_PW))
    maya.change_password(MAYA_PW, "after-the-damage-1")
    maya.lock()
    assert len(list(couple.folder.glob(f"{KEYSTORE_NAME}.damaged-*"))) == 1
    clean = Household.open(couple.folder)
    assert clean.notice is None
    Session.start(clean.unlock("Maya", "after-the-damage-1")).lock()


# -- passwords in any script ---------------------------------------------------------------

passwords = st.text(min_size=8, max_size=40).filter(
    lambda p: len(unicodedata.normalize("NFC", p)) >= 8
)


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(password=passwords)
def test_any_unicode_password_works_however_it_is_composed(tmp_path: Path, password: str):
    folder = tmp_path / f"h-{abs(hash(password))}-{len(list(tmp_path.iterdir()))}"
    household = Household.create(folder, kdf_cost=FLOOR_COST)
    household.add_partner("Maya", password)
    for typed in {password, unicodedata.normalize("NFD", password)}:
        Session.start(household.unlock("Maya", typed)).lock()
    with pytest.raises(WrongPassword):
        Session.start(household.unlock("Maya", password + "x"))
    shutil.rmtree(folder)


# -- the production cost -------------------------------------------------------------------


@pytest.mark.slow
def test_create_uses_the_default_cost_unless_told_otherwise(tmp_path: Path):
    household = Household.create(tmp_path / "h")
    household.add_partner("Maya", MAYA_PW)
    slots = partner_entry(read_keystore(tmp_path / "h"), "Maya")["slots"]
    stored = KdfParams.from_json(slots["password"]["kdf"]).cost
    assert stored == DEFAULT_COST
    # A high-entropy recovery code needs no more than the floor.
    assert KdfParams.from_json(slots["recovery"]["kdf"]).cost == FLOOR_COST
    Session.start(household.unlock("Maya", MAYA_PW)).lock()
    assert Household.open(tmp_path / "h").partners[0].name == "Maya"
