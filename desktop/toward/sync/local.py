"""This computer's side of a link, kept in the data folder and never synced: sync.json.

It names this computer (a random device id and a name people recognise), the sync folder
it exchanges with and, per partner who gave one, the private folder their private changes
travel through (shared only between their own computers). The id is random and stays with
the data folder; a copy of the data folder used on another computer must be joined afresh
instead (SYNC.md).
"""

from __future__ import annotations

import json
import socket
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from toward.vault.atomic import write_atomically

LOCAL_NAME = "sync.json"


@dataclass(frozen=True)
class LocalLink:
    device_id: str
    device_name: str
    folder: Path
    private_folders: dict[str, Path] = field(default_factory=dict)  # partner id -> folder


def read_link(data_dir: Path) -> LocalLink | None:
    """The link of the household in `data_dir`, or None when it is not linked."""
    try:
        data = json.loads((data_dir / LOCAL_NAME).read_text("utf-8"))
        private = data.get("private_folders") or {}
        return LocalLink(
            str(data["device_id"]),
            str(data["device_name"]),
            Path(data["folder"]),
            {str(k): Path(v) for k, v in private.items()},
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def write_link(data_dir: Path, folder: Path, device_name: str | None = None) -> LocalLink:
    """Link the household in `data_dir` to `folder`, keeping its device id if it has one."""
    existing = read_link(data_dir)
    link = LocalLink(
        existing.device_id if existing else uuid.uuid4().hex,
        device_name or (existing.device_name if existing else socket.gethostname() or "computer"),
        Path(folder).resolve(),
        dict(existing.private_folders) if existing else {},
    )
    _save(data_dir, link)
    return link


def write_private_folder(data_dir: Path, partner_id: str, folder: Path) -> LocalLink:
    """From now on, `partner_id`'s private changes travel through `folder` on this computer."""
    existing = read_link(data_dir)
    if existing is None:
        raise ValueError("not linked")
    folders = {**existing.private_folders, partner_id: Path(folder).resolve()}
    return _save_private_folders(data_dir, existing, folders)


def forget_private_folder(data_dir: Path, partner_id: str) -> LocalLink:
    """From now on, `partner_id`'s private changes travel through the one sync folder."""
    existing = read_link(data_dir)
    if existing is None:
        raise ValueError("not linked")
    folders = {k: v for k, v in existing.private_folders.items() if k != partner_id}
    return _save_private_folders(data_dir, existing, folders)


def _save_private_folders(
    data_dir: Path, existing: LocalLink, folders: dict[str, Path]
) -> LocalLink:
    link = LocalLink(existing.device_id, existing.device_name, existing.folder, folders)
    _save(data_dir, link)
    return link


def _save(data_dir: Path, link: LocalLink) -> None:
    data: dict[str, object] = {
        "device_id": link.device_id,
        "device_name": link.device_name,
        "folder": str(link.folder),
    }
    if link.private_folders:
        data["private_folders"] = {k: str(v) for k, v in sorted(link.private_folders.items())}
    write_atomically(data_dir / LOCAL_NAME, json.dumps(data, indent=2).encode() + b"\n")
