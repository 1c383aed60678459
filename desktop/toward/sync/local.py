"""This computer's side of a link, kept in the data folder and never synced: sync.json.

It names this computer (a random device id and a name people recognise) and the sync
folder it exchanges with. The id is random and stays with the data folder; a copy of the
data folder used on another computer must be joined afresh instead (SYNC.md).
"""

from __future__ import annotations

import json
import socket
import uuid
from dataclasses import dataclass
from pathlib import Path

from toward.vault.atomic import write_atomically

LOCAL_NAME = "sync.json"


@dataclass(frozen=True)
class LocalLink:
    device_id: str
    device_name: str
    folder: Path


def read_link(data_dir: Path) -> LocalLink | None:
    """The link of the household in `data_dir`, or None when it is not linked."""
    try:
        data = json.loads((data_dir / LOCAL_NAME).read_text("utf-8"))
        return LocalLink(str(data["device_id"]), str(data["device_name"]), Path(data["folder"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_link(data_dir: Path, folder: Path, device_name: str | None = None) -> LocalLink:
    """Link the household in `data_dir` to `folder`, keeping its device id if it has one."""
    existing = read_link(data_dir)
    link = LocalLink(
        existing.device_id if existing else uuid.uuid4().hex,
        device_name or (existing.device_name if existing else socket.gethostname() or "computer"),
        Path(folder).resolve(),
    )
    data = {
        "device_id": link.device_id,
        "device_name": link.device_name,
        "folder": str(link.folder),
    }
    write_atomically(data_dir / LOCAL_NAME, json.dumps(data, indent=2).encode() + b"\n")
    return link
