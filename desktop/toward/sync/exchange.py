"""Linking a household to a sync folder, and one exchange with it (SYNC.md).

An exchange, for the shared space and the unlocked partner's private space:
1. send: what changed here since the last exchange goes out as sealed op files;
2. receive: each other computer's files are applied in order, stopping at the first one
   missing or not (yet) authentic, retried at the next exchange;
3. publish: sealed answers whose other half has now arrived leave their author's space,
   as at unlock; what that wrote is sent at once.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from toward.core.i18n import translate
from toward.core.spaces import RecordNotFound, Space
from toward.sync.applying import Outcome, apply_file, last_applied
from toward.sync.channel import SHARED, Channel, capturing
from toward.sync.copies import keep_copy_fresh
from toward.sync.folder import SyncFolder
from toward.sync.keys import adopt_partners, publish_slots
from toward.sync.local import (
    LocalLink,
    forget_private_folder,
    read_link,
    write_link,
    write_private_folder,
)
from toward.sync.model import ExchangeReport, NotLinked, SyncError
from toward.sync.private import PrivateFolder, claim_private, private_folder
from toward.sync.sealing import Unreadable, open_sealed, private_space, seal, space_key
from toward.sync.sending import flush_unsent, seal_outbox, start_capture
from toward.sync.unreadable import forget_unreadable, note_unreadable
from toward.vault.database import transaction
from toward.vault.keystore import PRIVATE_KEY, SHARED_KEY

if TYPE_CHECKING:
    from toward.household import Household
    from toward.session import Session


def link(
    household_dir: Path, folder: Path, session: Session, device_name: str | None = None
) -> None:
    """Link the unlocked household to `folder`: its keys, this computer, and all its data.

    The existing data is written as the first op files (a snapshot a new computer applies
    before the rest). Linking again to the same folder changes nothing but the name.
    """
    household = session.household
    if Path(household_dir).resolve() != household.folder.resolve():
        raise SyncError(translate("sync.exchange", "That session belongs to another folder."))
    existing = read_link(household.folder)
    if existing is not None and existing.folder != Path(folder).resolve():
        raise SyncError(
            translate("sync.exchange", "This household is already linked to {folder}.").format(
                folder=existing.folder
            )
        )
    sync_folder = SyncFolder(Path(folder))
    sync_folder.claim(household.id)
    write_link(household.folder, Path(folder), device_name)
    publish_slots(household, sync_folder)
    for channel in channels(session):
        if not capturing(channel.conn):
            start_capture(channel.conn, snapshot=True)
    exchange(session)


def link_private(session: Session, folder: Path) -> ExchangeReport:
    """The unlocked partner's private changes travel through `folder` from now on.

    `folder` is shared only between their own computers. This computer's own private files
    move there from the one sync folder at once; then an exchange runs.
    """
    household = session.household
    _local, one = linked_folder(household)
    claim_private(Path(folder), one, household.id, session.partner.id)
    write_private_folder(household.folder, session.partner.id, Path(folder))
    return exchange(session)


def unlink_private(session: Session) -> ExchangeReport:
    """The unlocked partner's private changes travel through the one sync folder again.

    This computer first moves its own private files back from the private folder (their
    own other computers still using it read the one folder too, and miss nothing), then
    writes and reads its private changes in the one folder only; then an exchange runs.
    Refused while the private folder is not there: its files must come back first.
    """
    household = session.household
    local, one = linked_folder(household)
    private = private_folder(local, one, session.partner.id)
    if private is None:
        raise SyncError(
            translate(
                "sync.exchange",
                "Your private changes already travel through the sync folder on this computer.",
            )
        )
    if not private.present():
        raise SyncError(
            translate(
                "sync.exchange",
                "Your private folder {folder} is not there (not mounted, or moved). Connect it "
                "first: this computer moves its own private changes from it back to the sync "
                "folder, so that your other computers miss none of them.",
            ).format(folder=private.path)
        )
    private.take_back_own_files(private_space(session.partner.id), local.device_id)
    forget_private_folder(household.folder, session.partner.id)
    return exchange(session)


def exchange(session: Session) -> ExchangeReport:
    """Send what changed here, apply what the other computers sent, publish what is ready."""
    household = session.household
    local, folder = linked_folder(household)
    adopt_partners(household, folder)
    publish_slots(household, folder)
    writers = device_partners(session)
    sent = written = applied = read = published = 0
    refused: list[str] = []
    waiting: list[str] = []
    bad: list[str] = []
    spaces = []
    for channel in channels(session):
        place = _place(channel, local, folder)
        if place is None:
            waiting.append(
                translate(
                    "sync.exchange",
                    "Your private folder {folder} is not there (not mounted, or moved). Your "
                    "private changes wait on this computer until it is back.",
                ).format(folder=local.private_folders.get(channel.owner or ""))
            )
            continue
        spaces.append((channel, place))
    for channel, place in spaces:
        if not capturing(channel.conn):
            # A partner on a linked computer exchanging for the first time.
            start_capture(channel.conn, snapshot=True)
        sent += seal_outbox(channel, local.device_id, household.id, writers, place)
        written += flush_unsent(channel, local.device_id, place)
        if isinstance(place, PrivateFolder):
            place.move_own_files(channel.space, local.device_id)
        place.remove_leftovers(channel.space, local.device_id)
    partner_ids = [p.id for p in household.partners]
    names = device_names(session, folder)
    for channel, place in spaces:
        for device in place.devices_in(channel.space):
            if device == local.device_id:
                continue
            got = _receive(channel, place, device, household.id, partner_ids)
            read += got.files
            applied += got.ops.applied
            refused.extend(got.ops.refused)
            who = names.get(device, translate("sync.exchange", "another computer"))
            waiting.extend(note.format(device=who) for note in got.notes)
            bad.extend(note.format(device=who) for note in got.bad)
            if got.ops.waiting:
                waiting.append(
                    translate(
                        "sync.exchange",
                        "Changes waiting for what they build on: %n.",
                        None,
                        got.ops.waiting,
                    )
                )
    if applied:
        published = _publish_ready(session)
    for channel, place in spaces:
        sent += seal_outbox(channel, local.device_id, household.id, writers, place)
        written += flush_unsent(channel, local.device_id, place)
        # Last, with everything sent: a joiner from it applies only files after it.
        key = session.key(SHARED_KEY if channel.owner is None else PRIVATE_KEY)
        keep_copy_fresh(channel, key, local.device_id, place, household.folder)
    write_device_file(session, local, folder, writers)
    return ExchangeReport(
        sent=sent,
        applied=applied,
        files_written=written,
        files_read=read,
        refused=tuple(refused),
        waiting=tuple(waiting),
        published=published,
        bad_files=tuple(bad),
    )


def _place(channel: Channel, local: LocalLink, one: SyncFolder) -> SyncFolder | None:
    """Where a space's files go: the one folder, or its owner's private folder when given
    (None while that one is not there: nothing private is written to the one folder then)."""
    if channel.owner is None:
        return one
    private = private_folder(local, one, channel.owner)
    if private is None:
        return one
    return private if private.present() else None


def _publish_ready(session: Session) -> int:
    """Sealed answers whose other half arrived leave their author's space, as at unlock.

    One whose conversation has not arrived here yet waits for a later exchange.
    """
    published = 0
    for publish in (session.repairs.publish_ready, session.knowing.publish_ready):
        with contextlib.suppress(RecordNotFound):
            published += publish()
    return published


def channels(session: Session) -> list[Channel]:
    """The shared space and the session partner's private space, with their sync keys."""
    spaces = session.spaces
    mine = private_space(session.partner.id)
    return [
        Channel(SHARED, spaces.conn(Space.SHARED), space_key(session.key(SHARED_KEY), SHARED)),
        Channel(
            mine,
            spaces.conn(Space.PRIVATE),
            space_key(session.key(PRIVATE_KEY), mine),
            owner=session.partner.id,
        ),
    ]


def linked_folder(
    household: Household, not_linked: str | None = None
) -> tuple[LocalLink, SyncFolder]:
    """This computer's link for `household` and its sync folder, checked to be there.

    Raises NotLinked (with `not_linked`, or a plain message) when the household is not
    linked, and SyncError when the folder is missing or holds another household.
    """
    local = read_link(household.folder)
    if local is None:
        raise NotLinked(
            not_linked
            or translate("sync.exchange", "This household is not linked to a sync folder yet.")
        )
    return local, checked_folder(local, household.id)


def checked_folder(local: LocalLink, household_id: str) -> SyncFolder:
    folder = SyncFolder(local.folder)
    found = folder.household_id()
    if found is None:
        raise SyncError(
            translate(
                "sync.exchange",
                "The sync folder {folder} is not there (not mounted, or moved). Nothing was "
                "changed; Toward tries again later.",
            ).format(folder=local.folder)
        )
    if found != household_id:
        raise SyncError(
            translate(
                "sync.exchange", "The sync folder {folder} now holds another household."
            ).format(folder=local.folder)
        )
    return folder


def device_partners(session: Session) -> list[str]:
    """The partners whose spaces this computer holds: who its changes may come from."""
    household = session.household
    return [p.id for p in household.partners if household.database_paths(p.id)[0].exists()]


@dataclass
class _Received:
    """What reading one device's files did: files applied, their ops, notes in words."""

    files: int = 0
    ops: Outcome = field(default_factory=Outcome)
    notes: list[str] = field(default_factory=list)  # waiting: retried at the next exchange
    bad: list[str] = field(default_factory=list)  # a file that stays bad: never applied


def _receive(
    channel: Channel, folder: SyncFolder, device: str, household_id: str, partners: list[str]
) -> _Received:
    """Apply a device's next files in order; stop at the first missing or unreadable one."""
    got = _Received()
    seq = last_applied(channel.conn, device) + 1
    while True:
        place = folder.op_place(channel.space, device, seq)
        data = folder.read_op(channel.space, device, seq)
        if data is None:
            if folder.highest_seq(channel.space, device) > seq:
                reason = "missing"
                got.notes.append(
                    translate("sync.exchange", "Waiting for a change file from {device}.")
                )
                _note_waiting(channel, device, reason)
            break
        try:
            content = open_sealed(channel.key, place, data)
            if (
                content.get("device") != device
                or content.get("seq") != seq
                or content.get("household") != household_id
            ):
                raise Unreadable("not this file's content")
        except Unreadable:
            _note_waiting(channel, device, "unreadable")
            fingerprint = folder.op_fingerprint(channel.space, device, seq)
            if note_unreadable(channel.conn, device, seq, fingerprint):
                got.bad.append(
                    translate(
                        "sync.exchange",
                        "A change file from {device} stays unreadable: it may have been damaged "
                        "on the way. Toward never applies it, and the changes after it wait.",
                    )
                )
            else:
                got.notes.append(
                    translate(
                        "sync.exchange",
                        "A change file from {device} cannot be read yet; Toward tries again later.",
                    )
                )
            break
        outcome = apply_file(channel, device, seq, content, partners)
        got.files += 1
        got.ops.applied += outcome.applied
        got.ops.refused.extend(outcome.refused)
        got.ops.waiting = outcome.waiting
        if got.files == 1:
            forget_unreadable(channel.conn, device)  # a file that stayed bad opened at last
        seq += 1
    return got


def _note_waiting(channel: Channel, device: str, reason: str) -> None:
    now = datetime.now(UTC).isoformat(timespec="seconds")
    with transaction(channel.conn):
        channel.conn.execute(
            "INSERT INTO sync_applied (device, seq, heard_at, waiting_since, waiting_reason) "
            "VALUES (?, 0, '', ?, ?) ON CONFLICT (device) DO UPDATE SET "
            "waiting_since = coalesce(waiting_since, excluded.waiting_since), "
            "waiting_reason = excluded.waiting_reason",
            (device, now, reason),
        )


# -- devices/ ------------------------------------------------------------------------


def write_device_file(
    session: Session, local: LocalLink, folder: SyncFolder, partners: list[str]
) -> None:
    """This computer's name and partners, sealed with the shared space's key."""
    place = folder.device_place(local.device_id)
    content = {
        "id": local.device_id,
        "name": local.device_name,
        "partners": partners,
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    folder.write_device_file(local.device_id, seal(channels(session)[0].key, place, content))


def read_device_files(session: Session, folder: SyncFolder) -> dict[str, dict[str, object]]:
    """Every other computer's device file that opens with the shared space's key."""
    key = channels(session)[0].key
    found = {}
    for device, data in folder.device_files().items():
        try:
            content = open_sealed(key, folder.device_place(device), data)
        except Unreadable:
            continue
        if content.get("id") == device:
            found[device] = content
    return found


def device_names(session: Session, folder: SyncFolder) -> dict[str, str]:
    return {d: str(c.get("name") or d[:8]) for d, c in read_device_files(session, folder).items()}
