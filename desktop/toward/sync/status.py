"""Where things stand, for Settings and the status line: computers, problems, earlier versions."""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING

from toward.core.i18n import translate
from toward.core.spaces import Space
from toward.sync.exchange import checked_folder, read_device_files
from toward.sync.folder import SyncFolder
from toward.sync.local import LocalLink, read_link
from toward.sync.model import DeviceStatus, EarlierVersion, SyncError, SyncStatus
from toward.sync.private import private_folder
from toward.sync.sealing import private_space
from toward.sync.unreadable import bad_since
from toward.vault.database import Connection

if TYPE_CHECKING:
    from toward.session import Session

MAX_PROBLEMS = 20


def status(session: Session) -> SyncStatus:
    """The linked folder, the other computers as this one last heard them, and problems."""
    household = session.household
    local = read_link(household.folder)
    if local is None:
        return SyncStatus(folder=None, device_id=None, device_name=None)
    problems: list[str] = []
    devices: list[DeviceStatus] = []
    conns = [session.spaces.conn(Space.SHARED), session.spaces.conn(Space.PRIVATE)]
    heard = _heard(conns)
    bad: dict[str, datetime] = {}
    for conn in conns:
        for device, since in bad_since(conn).items():
            bad[device] = min(since, bad.get(device, since))
    names = {p.id: p.name for p in household.partners}
    try:
        folder = checked_folder(local, household.id)
        files = read_device_files(session, folder)
    except SyncError as exc:
        problems.append(str(exc))
        files = {}
    for device in sorted(set(files) | set(heard)):
        if device == local.device_id:
            continue
        content = files.get(device, {})
        last, waiting = heard.get(device, (None, None))
        listed = content.get("partners")
        partner_ids = listed if isinstance(listed, list) else []
        devices.append(
            DeviceStatus(
                id=device,
                name=str(content.get("name") or translate("sync.status", "another computer")),
                partner_names=tuple(
                    names.get(str(p), "") for p in partner_ids if isinstance(p, str)
                ),
                last_heard=last,
                waiting_since=waiting,
                bad_since=bad.get(device),
            )
        )
    for conn in conns:
        for tbl, reason in conn.execute(
            "SELECT tbl, reason FROM sync_refused ORDER BY id DESC LIMIT ?", (MAX_PROBLEMS,)
        ):
            problems.append(
                translate(
                    "sync.status", "A change from another computer was not applied ({what}): {why}."
                ).format(what=tbl, why=reason)
            )
    private = private_folder(local, SyncFolder(local.folder), session.partner.id)
    elsewhere: list[str] = []
    if private is not None and private.present():
        for device in private.writers_elsewhere(private_space(session.partner.id), local.device_id):
            name = files.get(device, {}).get("name")
            elsewhere.append(str(name or translate("sync.status", "another computer")))
    return SyncStatus(
        folder=local.folder,
        device_id=local.device_id,
        device_name=local.device_name,
        devices=tuple(devices),
        problems=tuple(problems),
        earlier_versions=tuple(earlier_versions(session, names=_computer_names(local, files))),
        private_folder=local.private_folders.get(session.partner.id),
        private_folder_away=private is not None and not private.present(),
        private_folder_unread_by=tuple(elsewhere),
    )


def earlier_versions(
    session: Session,
    table: str | None = None,
    record_id: str | None = None,
    *,
    names: dict[str, str] | None = None,
) -> list[EarlierVersion]:
    """This partner's earlier versions (of one record, given its table and id): what they
    wrote on one computer while another had a later edit of the same record.

    Only the author's own: the other partner never sees them.
    """
    where, params = "author_id = ?", [session.partner.id]
    if table is not None and record_id is not None:
        where += " AND tbl = ? AND pk = ?"
        params += [table, json.dumps([record_id], separators=(",", ":"), ensure_ascii=False)]
    rows = []
    for conn in (session.spaces.conn(Space.SHARED), session.spaces.conn(Space.PRIVATE)):
        rows += conn.execute(
            f"SELECT tbl, pk, stamp, vals FROM sync_earlier WHERE {where} ORDER BY stamp DESC",
            params,
        ).fetchall()
    rows.sort(key=lambda row: str(row[2]), reverse=True)  # the latest first, both spaces
    if rows and names is None:
        names = _names_for(session)
    found = []
    for tbl, pk, stamp, vals in rows:
        key = json.loads(pk)
        device = stamp.split("-", 2)[2] if stamp.count("-") >= 2 else ""
        found.append(
            EarlierVersion(
                table=tbl,
                record_id=str(key[0]) if len(key) == 1 else pk,
                stamp=stamp,
                written_at=_stamp_time(stamp),
                values=json.loads(vals),
                computer=(names or {}).get(device, ""),
            )
        )
    return found


def _names_for(session: Session) -> dict[str, str]:
    local = read_link(session.household.folder)
    if local is None:
        return {}
    try:
        files = read_device_files(session, checked_folder(local, session.household.id))
    except SyncError:
        files = {}
    return _computer_names(local, files)


def _computer_names(local: LocalLink, files: dict[str, dict[str, object]]) -> dict[str, str]:
    """Each known computer's name; this one's as it calls itself."""
    names = {d: str(c.get("name") or "") for d, c in files.items()}
    names[local.device_id] = local.device_name
    return {d: n for d, n in names.items() if n}


def _heard(conns: list[Connection]) -> dict[str, tuple[datetime | None, datetime | None]]:
    """Per device: when a file from it was last applied, and since when it is awaited."""
    heard: dict[str, tuple[datetime | None, datetime | None]] = {}
    for conn in conns:
        for device, heard_at, waiting_since in conn.execute(
            "SELECT device, heard_at, waiting_since FROM sync_applied"
        ):
            last, waiting = heard.get(device, (None, None))
            new_last = _time(heard_at)
            if new_last and (last is None or new_last > last):
                last = new_last
            new_waiting = _time(waiting_since)
            if new_waiting and (waiting is None or new_waiting < waiting):
                waiting = new_waiting
            heard[device] = (last, waiting)
    return heard


def _time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _stamp_time(stamp: str) -> datetime:
    from datetime import UTC

    return datetime.fromtimestamp(int(stamp.split("-", 1)[0]) / 1000, UTC)
