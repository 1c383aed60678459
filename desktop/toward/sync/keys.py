"""keys/<partner-id>.json: each partner's key slots in the sync folder, as in household.json.

Written by a partner's computer when it links or joins, so their other computers can join
with their password. A household learns of a partner who joined on another computer (their
name and colour) from their file here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from toward.sync.folder import SyncFolder
from toward.vault.errors import HouseholdCorrupted
from toward.vault.keystore import PartnerRecord, load_keystore, save_keystore
from toward.vault.locks import keystore_lock

if TYPE_CHECKING:
    from toward.household import Household


def publish_slots(household: Household, folder: SyncFolder) -> None:
    """Write (or refresh) the slots of every partner this computer holds in keys/.

    Both partners' on a shared home computer: each of them may join from another computer
    of their own, and every computer learns from here who the partners are.
    """
    for record in load_keystore(household.folder).keystore.partners:
        folder.write_key_file(record.id, record.to_json())


def read_records(folder: SyncFolder) -> list[PartnerRecord]:
    """Every sound partner record in keys/, oldest first."""
    records = []
    for data in folder.key_files().values():
        try:
            records.append(PartnerRecord.from_json(data))
        except HouseholdCorrupted:
            continue
    return sorted(records, key=lambda r: r.created_at)


def adopt_partners(household: Household, folder: SyncFolder) -> bool:
    """Add to this household a partner who joined on another computer; True if one was."""
    known = {p.id for p in household.partners}
    new = [r for r in read_records(folder) if r.id not in known]
    if not new or household.read_only:
        return False
    with keystore_lock(household.folder):
        keystore = load_keystore(household.folder).keystore
        for record in new:
            if len(keystore.partners) < 2 and record.id not in {p.id for p in keystore.partners}:
                keystore = keystore.with_partner(record)
        save_keystore(household.folder, keystore)
    household.reload()
    return True
