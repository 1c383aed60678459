"""Joining a household from its sync folder: one's own other computer, or the partner's.

- My other computer: my slots in keys/ open with my password; a new data folder gets my
  keys, the shared and my private spaces from their database copies when one opens
  (copies.py), and the op files after them (all of them when none opens).
- My partner's computer: an unlocked partner makes an invitation, a one-time code of 120
  bits that wraps K_shared through Argon2id (invites/<id>.json, valid for 7 days). On their
  own computer the partner gives the code and sets their own password there, out of
  sight; their new private space is theirs alone, and the invitation is deleted.
"""

from __future__ import annotations

import contextlib
import json
import secrets
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from toward.core.i18n import translate
from toward.core.spaces import Space
from toward.sync.copies import install_copy
from toward.sync.exchange import exchange, linked_folder
from toward.sync.folder import SyncFolder
from toward.sync.join_leftovers import (
    clear_join_leftover,
    interrupted_join,
    is_join_leftover,
    mark_joining,
    unmark_joining,
)
from toward.sync.keys import publish_slots, read_records
from toward.sync.local import write_link, write_private_folder
from toward.sync.model import Joined, SyncError
from toward.sync.private import PrivateFolder, check_private, claim_private
from toward.sync.sealing import SHARED_SPACE, private_space, space_key
from toward.sync.sending import start_capture
from toward.vault import keywrap
from toward.vault.errors import HouseholdCorrupted, HouseholdExists, WrongPassword
from toward.vault.kdf import KdfCost, KdfParams, derive_key, normalize_password
from toward.vault.keystore import (
    PASSWORD_SLOT,
    PRIVATE_KEY,
    SHARED_KEY,
    Keystore,
    PartnerRecord,
    keystore_exists,
    load_keystore,
    save_keystore,
    slot_aad,
)
from toward.vault.locks import check_folder_free

if TYPE_CHECKING:
    from toward.household import Household, Partner, Unlocked
    from toward.session import Session

INVITE_DAYS = 7
CODE_BYTES = 15  # 120 bits
# Crockford's base 32: no I, L, O or U, so a code read aloud is not misheard.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_READ_AS = {"I": "1", "L": "1", "O": "0"}


def invite(session: Session) -> str:
    """A one-time code for the partner to join from their own computer (shown once).

    Grouped in fours for reading aloud. Valid for 7 days; deleted once used.
    """
    household = session.household
    _local, folder = linked_folder(
        household,
        translate("sync.joining", "Link this household to a sync folder before inviting."),
    )
    if len(household.partners) >= 2:
        raise SyncError(translate("sync.joining", "Both partners are in this household already."))
    code = "".join(ALPHABET[b % 32] for b in secrets.token_bytes(CODE_BYTES * 8 // 5))
    invite_id = uuid.uuid4().hex
    cost = _password_cost(household, session.partner.id)
    params = KdfParams.fresh(cost)
    kek = derive_key(code.encode("ascii"), params)
    wrapped = keywrap.wrap(kek, session.key(SHARED_KEY), _invite_aad(household.id, invite_id))
    now = datetime.now(UTC)
    folder.write_invite(
        invite_id,
        {
            "format": 1,
            "id": invite_id,
            "household_id": household.id,
            "by": session.partner.id,
            "created_at": now.isoformat(timespec="seconds"),
            "expires_at": (now + timedelta(days=INVITE_DAYS)).isoformat(timespec="seconds"),
            "kdf": params.to_json(),
            "shared": wrapped.to_json(),
        },
    )
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def join_partner(
    folder: Path,
    data_dir: Path,
    code: str,
    name: str,
    new_password: str,
    *,
    device_name: str | None = None,
) -> Joined:
    """Join the household in `folder` on this computer, invited with `code`.

    Makes a new household in `data_dir` (empty or not there yet) with K_shared from the
    invitation, a new private space and `new_password`; the shared space comes from its
    database copy (or its op files), then the op files after it are applied.
    """
    from toward.household import check_password

    sync_folder = _household_folder(Path(folder))
    household_id = sync_folder.household_id() or ""
    check_password(new_password)
    records = read_records(sync_folder)
    opened = _open_invitation(sync_folder, household_id, code)
    if opened is None:
        raise SyncError(
            translate(
                "sync.joining",
                "That code does not open an invitation in this folder. It may have been "
                "mistyped, used already or be more than 7 days old.",
            )
        )
    path, invitation, shared_key = opened
    cost = KdfParams.from_json(invitation["kdf"]).cost
    inviter = next((r for r in records if r.id == invitation.get("by")), None)
    if inviter is None:
        raise SyncError(
            translate("sync.joining", "The sync folder does not hold the inviting partner yet.")
        )
    with _new_household(
        Path(data_dir), household_id, [inviter], {"shared": shared_key}, sync_folder
    ) as made:
        household = _open_household(made, cost)
        sponsor = _Sponsor(household, household.partner(inviter.id), shared_key)
        added = household.add_partner(name, new_password, sponsor=sponsor)
    joined = _first_exchange(
        household,
        sync_folder,
        device_name,
        lambda: household.unlock(added.partner.id, new_password),
    )
    with contextlib.suppress(OSError):
        path.unlink()
    return Joined(household.folder, added.partner.name, added.recovery_code, joined)


def join_own(
    folder: Path,
    data_dir: Path,
    name: str,
    password: str,
    *,
    device_name: str | None = None,
    private_folder: Path | None = None,
) -> Joined:
    """Join the household in `folder` on another of one's own computers, with one's password.

    Makes a new household in `data_dir` (empty or not there yet) holding this partner's
    keys; the shared space and this partner's private one come from their database copies
    (or their op files), then the op files after them are applied. With `private_folder`
    (the folder this partner's private changes travel through), the private space's copy
    and op files are read from there too, and this computer uses it from the start.
    """
    sync_folder = _household_folder(Path(folder))
    household_id = sync_folder.household_id() or ""
    records = read_records(sync_folder)
    record = next((r for r in records if _same(r.name, name)), None)
    if record is None:
        raise SyncError(
            translate("sync.joining", "No partner called {name} has linked this folder.").format(
                name=name
            )
        )
    slot = record.slots[PASSWORD_SLOT]
    if slot.device_bound:
        raise SyncError(
            translate(
                "sync.joining",
                "{name}'s password is tied to the computer it was set on. Untie it there "
                "(Settings), link again, then join here.",
            ).format(name=record.name)
        )
    kek = derive_key(normalize_password(password), slot.kdf)
    try:
        keys = {
            key: keywrap.unwrap(kek, wrapped, slot_aad(household_id, record.id, PASSWORD_SLOT, key))
            for key, wrapped in slot.keys.items()
        }
    except keywrap.UnwrapFailed:
        raise WrongPassword(
            translate("sync.joining", "That password doesn't open {name}'s space.").format(
                name=record.name
            )
        ) from None
    private = None
    if private_folder is not None:
        private = PrivateFolder(Path(private_folder), sync_folder)
        check_private(private.path, sync_folder, household_id, record.id)
    databases = {"shared": keys[SHARED_KEY], record.id: keys[PRIVATE_KEY]}
    with _new_household(
        Path(data_dir), household_id, records, databases, sync_folder, private
    ) as made:
        household = _open_household(made, slot.kdf.cost)
    if private is not None:
        write_link(household.folder, sync_folder.path, device_name)
        claim_private(private.path, sync_folder, household_id, record.id)
        write_private_folder(household.folder, record.id, private.path)
    # The keys just unwrapped open the spaces: no second derivation of the same key.
    report = _first_exchange(
        household, sync_folder, device_name, lambda: household.unlock_with_keys(record.id, keys)
    )
    return Joined(household.folder, record.name, None, report)


# -- the steps ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Sponsor:
    """The inviting partner as add_partner needs them: K_shared, from the invitation."""

    household: Household
    partner: Partner
    shared_key: bytes
    locked: bool = False

    def key(self, name: str) -> bytes:
        if name != SHARED_KEY:
            raise KeyError(name)
        return self.shared_key


def _household_folder(folder: Path) -> SyncFolder:
    sync_folder = SyncFolder(folder)
    if not sync_folder.household_id():
        raise SyncError(
            translate(
                "sync.joining",
                "{folder} holds no Toward household yet: link one on the other computer first.",
            ).format(folder=folder)
        )
    return sync_folder


@contextlib.contextmanager
def _new_household(
    data_dir: Path,
    household_id: str,
    records: list[PartnerRecord],
    keys: dict[str, bytes],
    folder: SyncFolder,
    private: SyncFolder | None = None,
) -> Any:
    """A new data folder with these partners and databases; removed again if a step fails.

    Each database is a copy from the sync folder (a private space's from `private` when
    given) when one of that space opens (copies.py), else new and empty, for the op files
    to fill. What a join cut short by a power-off left there is cleared first
    (join_leftovers.py); anything else in `data_dir` is refused and left as it is.
    """
    from toward.household import SHARED_DB, private_db_name

    if keystore_exists(data_dir):
        raise HouseholdExists(
            translate("sync.joining", "A household already lives in {folder}.").format(
                folder=data_dir
            )
        )
    created = not data_dir.exists()
    if not created:
        check_folder_free(data_dir)
        if is_join_leftover(data_dir):
            clear_join_leftover(data_dir)  # a join here was cut short: start over
        elif any(data_dir.iterdir()):
            raise HouseholdExists(
                interrupted_join(data_dir)
                or translate(
                    "sync.joining", "{folder} is not empty: choose an empty folder to join in."
                ).format(folder=data_dir)
            )
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        mark_joining(data_dir, household_id)
        for which, key in keys.items():
            name = SHARED_DB if which == "shared" else private_db_name(which)
            space = SHARED_SPACE if which == "shared" else private_space(which)
            source = folder if which == "shared" or private is None else private
            if not install_copy(source, space, space_key(key, space), key, data_dir / name):
                _new_database(data_dir / name, key)
        # The household file last: a computer switched off before it leaves no household
        # that would open without its databases.
        now = datetime.now(UTC).isoformat(timespec="seconds")
        save_keystore(data_dir, Keystore(household_id, now, tuple(records)))
        unmark_joining(data_dir)
        yield data_dir
    except BaseException:
        if created:
            shutil.rmtree(data_dir, ignore_errors=True)
        else:
            for child in data_dir.iterdir():
                with contextlib.suppress(OSError):
                    shutil.rmtree(child) if child.is_dir() else child.unlink()
        raise


def _new_database(path: Path, key: bytes) -> None:
    from toward.core.schema import STEPS
    from toward.vault.database import open_database
    from toward.vault.migrations import migrate

    conn = open_database(path, key, create=True)
    try:
        migrate(conn, STEPS, path)
        # Its content arrives from the sync folder: nothing here to send back.
        start_capture(conn, snapshot=False)
    finally:
        conn.close()


def _open_household(folder: Path, cost: KdfCost) -> Household:
    from toward.household import Household

    return Household.open(folder, kdf_cost=cost)


def _first_exchange(
    household: Household,
    folder: SyncFolder,
    device_name: str | None,
    unlock: Callable[[], Unlocked],
) -> Any:
    from toward.session import Session

    write_link(household.folder, folder.path, device_name)
    session = Session.start(unlock())
    try:
        publish_slots(household, folder)
        private = session.spaces.conn(Space.PRIVATE)
        if not private.execute("SELECT capture FROM sync_switch").fetchone()[0]:
            start_capture(private, snapshot=False)
        return exchange(session)
    finally:
        session.lock()


def _open_invitation(
    folder: SyncFolder, household_id: str, code: str
) -> tuple[Path, dict[str, Any], bytes] | None:
    cleaned = "".join(_READ_AS.get(c, c) for c in code.upper() if c.isalnum())
    if len(cleaned) != CODE_BYTES * 8 // 5 or any(c not in ALPHABET for c in cleaned):
        return None
    now = datetime.now(UTC)
    for path in folder.invite_paths():
        try:
            data = json.loads(path.read_bytes()[:65536].decode("utf-8"))
            if data.get("household_id") != household_id or data.get("id") != path.stem:
                continue
            if datetime.fromisoformat(str(data["expires_at"])) < now:
                continue
            params = KdfParams.from_json(data["kdf"])
            wrapped = keywrap.WrappedKey.from_json(data["shared"])
        except (OSError, ValueError, KeyError, TypeError, HouseholdCorrupted):
            continue
        kek = derive_key(cleaned.encode("ascii"), params)
        try:
            key = keywrap.unwrap(kek, wrapped, _invite_aad(household_id, path.stem))
        except keywrap.UnwrapFailed:
            continue
        return path, data, key
    return None


def _invite_aad(household_id: str, invite_id: str) -> bytes:
    return f"toward-invite v1/{household_id}/{invite_id}".encode("ascii")


def _password_cost(household: Household, partner_id: str) -> KdfCost:
    record = load_keystore(household.folder).keystore.partner(partner_id)
    return record.slots[PASSWORD_SLOT].kdf.cost


def _same(a: str, b: str) -> bool:
    import unicodedata

    return unicodedata.normalize("NFC", a).casefold() == unicodedata.normalize("NFC", b).casefold()
