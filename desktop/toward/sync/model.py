"""What the sync package reports: an exchange, the state of things, and its known errors."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from toward.vault.errors import KnownError


class SyncError(KnownError):
    """A sync folder or an invitation that cannot be used, said in words."""


class NotLinked(SyncError):
    """This household is not linked to a sync folder yet."""


@dataclass(frozen=True)
class ExchangeReport:
    """What one exchange did: op counts, and what could not be applied yet or at all."""

    sent: int = 0  # changes written to the sync folder
    applied: int = 0  # changes from other computers applied here
    files_written: int = 0
    files_read: int = 0
    refused: tuple[str, ...] = ()  # in words: changes kept aside, never applied
    waiting: tuple[str, ...] = ()  # in words: what is not here yet, retried next time
    published: int = 0  # sealed answers that left their author's space in this exchange
    bad_files: tuple[str, ...] = ()  # in words: files that stay unreadable, never applied


@dataclass(frozen=True)
class DeviceStatus:
    """Another computer in the sync folder, as this one sees it."""

    id: str
    name: str
    partner_names: tuple[str, ...]
    last_heard: datetime | None  # when this computer last applied a file from it
    waiting_since: datetime | None  # its next file is missing or unreadable since then
    bad_since: datetime | None = None  # its next file stays unreadable (sync.unreadable)

    @property
    def up_to_date(self) -> bool:
        return self.waiting_since is None


@dataclass(frozen=True)
class EarlierVersion:
    """What an author wrote on one computer while the other had a later edit of it."""

    table: str
    record_id: str
    stamp: str
    written_at: datetime
    values: dict[str, object]
    computer: str = ""  # the name of the computer it was written on, when known


@dataclass(frozen=True)
class SyncStatus:
    """Where things stand: the folder, the other computers, problems, earlier versions."""

    folder: Path | None
    device_id: str | None
    device_name: str | None
    devices: tuple[DeviceStatus, ...] = ()
    problems: tuple[str, ...] = ()  # in words
    earlier_versions: tuple[EarlierVersion, ...] = field(default=())
    private_folder: Path | None = None  # where this partner's private changes travel, if set
    private_folder_away: bool = False  # set, but not there now (a disk not mounted)
    # Own other computers that still send private changes through the one folder (not
    # yet given the private folder, or stopped using it): what this one sends misses them.
    private_folder_unread_by: tuple[str, ...] = ()

    @property
    def linked(self) -> bool:
        return self.folder is not None


@dataclass(frozen=True)
class Joined:
    """A household made on this computer from a sync folder."""

    folder: Path  # the new data folder
    partner_name: str
    # Shown once, for a partner who joined by invitation (their new recovery code).
    recovery_code: str | None
    report: ExchangeReport
