"""The sync folder's layout (SYNC.md "The folder"): where each file lives, and listing them.

    toward-sync.json                             format version, household id
    keys/<partner-id>.json                       that partner's wrapped key slots
    devices/<device-id>.dev                      sealed: name, partners, last exchange
    shared/<device-id>/<seq>.op                  ops on the shared space
    private/<partner-id>/<device-id>/<seq>.op    ops on one partner's private space
    <space>/<device-id>/<seq>.copy               sealed copy of the space's database as of
                                                 that device's op file <seq> (copies.py)
    invites/<id>.json                            one pending invitation

Every file has one writer. Op files are written under a temporary name in the writer's own
folder and then take their name; they are never rewritten. Anything else a sync engine
leaves (its conflict copies, partial downloads) does not match an op file's name and is
never read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from toward.core.i18n import translate
from toward.sync.model import SyncError
from toward.vault.atomic import TMP_SUFFIX, TargetExists, atomic_file, write_atomically
from toward.vault.leftovers import settled

FORMAT = 1
MARKER = "toward-sync.json"
OP_NAME = re.compile(r"^(\d{8})\.op$")
COPY_NAME = re.compile(r"^(\d{8})\.copy$")
ID_NAME = re.compile(r"^[0-9a-f]{32}$")
MAX_OP_FILE = 64 * 1024 * 1024  # far above a batch's few MB: anything larger is not ours


class SyncFolder:
    """One sync folder, as files: no keys, no databases."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    # -- the marker ------------------------------------------------------------------

    def household_id(self) -> str | None:
        """The household this folder belongs to, or None for a folder not yet linked."""
        try:
            data = json.loads((self.path / MARKER).read_text("utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            raise SyncError(
                translate("sync.folder", "The sync folder's {name} cannot be read.").format(
                    name=MARKER
                )
            ) from exc
        if not isinstance(data, dict) or data.get("format", 0) > FORMAT:
            raise SyncError(
                translate(
                    "sync.folder",
                    "This sync folder was made by a newer version of Toward. Update Toward "
                    "to use it.",
                )
            )
        return str(data.get("household_id", ""))

    def claim(self, household_id: str) -> None:
        """Mark the folder as this household's; refuse one that belongs to another."""
        found = self.household_id()
        if found is not None and found != household_id:
            raise SyncError(
                translate(
                    "sync.folder",
                    "This folder already holds another household's changes. Choose an empty "
                    "folder, or the one this household was linked to.",
                )
            )
        if found is None:
            self.path.mkdir(parents=True, exist_ok=True)
            data = {"format": FORMAT, "household_id": household_id}
            write_atomically(self.path / MARKER, json.dumps(data, indent=2).encode() + b"\n")

    # -- keys ------------------------------------------------------------------------

    def key_files(self) -> dict[str, dict[str, Any]]:
        """Each partner's slots as written to keys/ (unreadable files are left out)."""
        found: dict[str, dict[str, Any]] = {}
        for path in sorted((self.path / "keys").glob("*.json")):
            if not ID_NAME.match(path.stem):
                continue
            try:
                data = json.loads(path.read_bytes()[:1_048_576].decode("utf-8"))
            except (OSError, ValueError):
                continue
            if isinstance(data, dict) and data.get("id") == path.stem:
                found[path.stem] = data
        return found

    def write_key_file(self, partner_id: str, record: dict[str, Any]) -> None:
        path = self.path / "keys" / f"{partner_id}.json"
        data = json.dumps(record, indent=2, ensure_ascii=False).encode("utf-8") + b"\n"
        try:
            if path.read_bytes() == data:
                return
        except OSError:
            pass
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, data)

    # -- op files --------------------------------------------------------------------

    @staticmethod
    def space_dir(space: str) -> str:
        """The folder (relative) holding a space's device folders: shared, private/<id>."""
        return space

    def op_place(self, space: str, device: str, seq: int) -> str:
        """A file's place in the folder, as sealed into it (see sealing)."""
        return f"{space}/{device}/{seq:08d}.op"

    def devices_in(self, space: str) -> list[str]:
        """The devices that wrote files for `space`."""
        root = self.path / space
        try:
            return sorted(p.name for p in root.iterdir() if p.is_dir() and ID_NAME.match(p.name))
        except OSError:
            return []

    def read_op(self, space: str, device: str, seq: int) -> bytes | None:
        """An op file's bytes, or None if it is not (yet) there."""
        path = self.path / self.op_place(space, device, seq)
        try:
            with open(path, "rb") as handle:
                return handle.read(MAX_OP_FILE + 1)
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            return None

    def op_fingerprint(self, space: str, device: str, seq: int) -> tuple[int, int] | None:
        """An op file's size and modification time (ns), or None if it is not there.

        A file still arriving changes them; one that stays bad keeps them (see exchange).
        """
        try:
            found = (self.path / self.op_place(space, device, seq)).stat()
        except OSError:
            return None
        return found.st_size, found.st_mtime_ns

    def op_seqs(self, space: str, device: str) -> list[int]:
        """The seqs of a device's op files here, in order."""
        root = self.path / space / device
        try:
            names = [OP_NAME.match(p.name) for p in root.iterdir()]
        except OSError:
            return []
        return sorted(int(m.group(1)) for m in names if m)

    def remove_op(self, space: str, device: str, seq: int) -> None:
        """Remove one of this computer's own op files (only its writer ever does)."""
        path = self.path / self.op_place(space, device, seq)
        path.unlink(missing_ok=True)

    def highest_seq(self, space: str, device: str) -> int:
        """The highest seq among a device's op files (0 when none)."""
        root = self.path / space / device
        try:
            names = [OP_NAME.match(p.name) for p in root.iterdir()]
        except OSError:
            return 0
        return max((int(m.group(1)) for m in names if m), default=0)

    def write_op(self, space: str, device: str, seq: int, data: bytes) -> bool:
        """Write a new op file; False if one of that name is already there (never rewritten)."""
        path = self.path / self.op_place(space, device, seq)
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            with atomic_file(path, overwrite=False) as handle:
                handle.write(data)
        except TargetExists:
            return False
        return True

    # -- database copies ---------------------------------------------------------------

    def copy_place(self, space: str, device: str, seq: int) -> str:
        """A database copy's place in the folder, as sealed into it."""
        return f"{space}/{device}/{seq:08d}.copy"

    def copies(self, space: str) -> list[tuple[str, int, Path]]:
        """Every database copy of `space` here: its device, seq and path, newest first."""
        found = []
        # This folder's own devices only: a PrivateFolder adds the one folder's copies itself.
        for device in SyncFolder.devices_in(self, space):
            root = self.path / space / device
            try:
                names = [(COPY_NAME.match(p.name), p) for p in root.iterdir()]
            except OSError:
                continue
            found += [(device, int(m.group(1)), p) for m, p in names if m and p.is_file()]
        return sorted(found, key=newest_first)

    def write_copy(
        self, space: str, device: str, seq: int, write: Callable[[BinaryIO], None]
    ) -> bool:
        """Write a new database copy through `write`; False if one of that name is there."""
        path = self.path / self.copy_place(space, device, seq)
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            with atomic_file(path, overwrite=False) as handle:
                write(handle)
        except TargetExists:
            return False
        return True

    def remove_leftovers(self, space: str, device: str) -> int:
        """Remove this computer's temporary files in its own folder of `space` (a write cut
        short); only those old enough that no write of its own still owns them."""
        removed = 0
        root = self.path / space / device
        try:
            paths = [p for p in root.iterdir() if p.name.endswith(TMP_SUFFIX)]
        except OSError:
            return 0
        for path in paths:
            try:
                if settled(path):
                    path.unlink()
                    removed += 1
            except OSError:
                continue
        return removed

    # -- devices and invitations -----------------------------------------------------

    def device_place(self, device: str) -> str:
        return f"devices/{device}.dev"

    def device_files(self) -> dict[str, bytes]:
        found = {}
        for path in sorted((self.path / "devices").glob("*.dev")):
            if ID_NAME.match(path.stem):
                try:
                    found[path.stem] = path.read_bytes()[:1_048_576]
                except OSError:
                    continue
        return found

    def write_device_file(self, device: str, data: bytes) -> None:
        path = self.path / self.device_place(device)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, data)

    def invite_paths(self) -> list[Path]:
        return sorted(p for p in (self.path / "invites").glob("*.json") if ID_NAME.match(p.stem))

    def write_invite(self, invite_id: str, data: dict[str, Any]) -> Path:
        path = self.path / "invites" / f"{invite_id}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, json.dumps(data, indent=2).encode() + b"\n")
        return path


def newest_first(copy: tuple[str, int, Path]) -> tuple[float, int]:
    """Sort key: the most recently written copy first (then the highest seq)."""
    try:
        mtime = copy[2].stat().st_mtime
    except OSError:
        mtime = 0.0
    return -mtime, -copy[1]
