"""A partner's private folder: their private changes through a folder only their own
computers share (SYNC.md principle 5).

Without one, a partner's private changes travel through the one sync folder, sealed with a
key only they hold: the other partner's computer carries them and cannot read them. Once
they give one, this computer writes that partner's private op files there only and reads
them from there, and moves its own earlier private files out of the one folder (one writer
per file: a writer may remove its own files). Files that another of their computers wrote
to the one folder before it was given the private folder too stay there, and are still
read, until that computer moves them.

Stopping (unlink_private): this computer moves its own files back to the one folder first,
then writes and reads there only. Its own other computers that still use the private folder
read the one folder too, so they miss nothing of it; but what they write to the private
folder reaches this computer only once they stop using it as well (they move their files
back the same way). Nothing is lost meanwhile: each computer keeps what it wrote.

The private folder holds the same layout, private/<partner-id>/<device-id>/<seq>.op (so a
file keeps its sealed place when it moves), and a marker, toward-private.json: household
and partner ids, nothing anyone could open.
"""

from __future__ import annotations

import contextlib
import filecmp
import functools
import json
import shutil
from pathlib import Path
from typing import BinaryIO

from toward.core.i18n import translate
from toward.sync.folder import FORMAT, MARKER, SyncFolder, newest_first
from toward.sync.local import LocalLink
from toward.sync.model import SyncError
from toward.vault.atomic import write_atomically

PRIVATE_MARKER = "toward-private.json"


class PrivateFolder(SyncFolder):
    """One partner's private folder: written to alone, read before the one sync folder."""

    def __init__(self, path: Path, one: SyncFolder) -> None:
        super().__init__(path)
        self.one = one

    def present(self) -> bool:
        """False while the folder is not there (a disk not mounted, a folder moved)."""
        return (self.path / PRIVATE_MARKER).is_file()

    def devices_in(self, space: str) -> list[str]:
        return sorted(set(super().devices_in(space)) | set(self.one.devices_in(space)))

    def read_op(self, space: str, device: str, seq: int) -> bytes | None:
        found = super().read_op(space, device, seq)
        return found if found is not None else self.one.read_op(space, device, seq)

    def op_fingerprint(self, space: str, device: str, seq: int) -> tuple[int, int] | None:
        found = super().op_fingerprint(space, device, seq)
        return found if found is not None else self.one.op_fingerprint(space, device, seq)

    def highest_seq(self, space: str, device: str) -> int:
        return max(super().highest_seq(space, device), self.one.highest_seq(space, device))

    def copies(self, space: str) -> list[tuple[str, int, Path]]:
        return sorted(super().copies(space) + self.one.copies(space), key=newest_first)

    def writers_elsewhere(self, space: str, own_device: str) -> list[str]:
        """The other computers whose files of `space` are in the one folder.

        They do not use this private folder (not yet, or no longer): they are still read
        here, but what this computer writes to the private folder does not reach them.
        """
        return [
            device
            for device in self.one.devices_in(space)
            if device != own_device and self.one.op_seqs(space, device)
        ]

    def move_own_files(self, space: str, device: str) -> int:
        """Move this computer's own op files of `space` here from the one folder."""
        return _move_files(self.one, SyncFolder(self.path), space, device)

    def take_back_own_files(self, space: str, device: str) -> int:
        """Move this computer's own op files of `space` back to the one folder.

        Before this computer stops using the private folder: its own other computers that
        still read the private folder read the one folder too, so nothing of it is missed.
        """
        return _move_files(SyncFolder(self.path), self.one, space, device)


def _move_files(source: SyncFolder, target: SyncFolder, space: str, device: str) -> int:
    """Move one device's op files and database copies of `space` from `source` to `target`
    (its writer only).

    A file is removed from `source` only once the same bytes are in `target`; a name there
    with other bytes (never expected) leaves the source's file where it is.
    """
    moved = 0
    for copy_device, seq, path in source.copies(space):
        if copy_device != device:
            continue
        target.write_copy(space, device, seq, functools.partial(_copy_into, path))
        there = target.path / target.copy_place(space, device, seq)
        if there.is_file() and filecmp.cmp(path, there, shallow=False):
            path.unlink(missing_ok=True)
            moved += 1
    for seq in source.op_seqs(space, device):
        data = source.read_op(space, device, seq)
        if data is None:
            continue
        if target.write_op(space, device, seq, data) or target.read_op(space, device, seq) == data:
            source.remove_op(space, device, seq)
            moved += 1
    for emptied in (source.path / space / device, source.path / space):
        with contextlib.suppress(OSError):
            emptied.rmdir()  # only when it is empty now
    return moved


def _copy_into(path: Path, handle: BinaryIO) -> None:
    with open(path, "rb") as source:
        shutil.copyfileobj(source, handle, 1024 * 1024)


def private_folder(local: LocalLink, one: SyncFolder, partner_id: str) -> PrivateFolder | None:
    """The private folder this computer uses for `partner_id`, or None (the one folder)."""
    path = local.private_folders.get(partner_id)
    return None if path is None else PrivateFolder(path, one)


def claim_private(path: Path, one: SyncFolder, household_id: str, partner_id: str) -> None:
    """Make `path` this partner's private folder; refuse one the partner's computer gets."""
    found = check_private(path, one, household_id, partner_id)
    if found is None:
        path.mkdir(parents=True, exist_ok=True)
        data = {"format": FORMAT, "household_id": household_id, "partner_id": partner_id}
        write_atomically(path / PRIVATE_MARKER, json.dumps(data, indent=2).encode() + b"\n")


def check_private(
    path: Path, one: SyncFolder, household_id: str, partner_id: str | None = None
) -> dict[str, object] | None:
    """Refuse a folder the partner's computer would get, or someone else's; its marker.

    Without `partner_id` (before joining, when it is not known yet) any partner of this
    household's private folder is accepted here; linking checks again.
    """
    path, one_path = Path(path).resolve(), one.path.resolve()
    if path == one_path or one_path in path.parents or path in one_path.parents:
        raise SyncError(
            translate(
                "sync.private",
                "Choose a folder outside the sync folder: your partner's computer receives "
                "everything inside it.",
            )
        )
    if (path / MARKER).exists():
        raise SyncError(
            translate(
                "sync.private",
                "That folder is a household's sync folder. Choose another folder, shared only "
                "between your own computers.",
            )
        )
    marker = path / PRIVATE_MARKER
    try:
        found = json.loads(marker.read_text("utf-8"))
    except FileNotFoundError:
        found = None
    except (OSError, ValueError):
        found = {}
    if found is not None and (
        not isinstance(found, dict)
        or found.get("household_id") != household_id
        or (partner_id is not None and found.get("partner_id") != partner_id)
    ):
        raise SyncError(
            translate(
                "sync.private",
                "That folder already holds someone else's private changes. Choose an empty "
                "folder, or the one you chose on your other computer.",
            )
        )
    return found
