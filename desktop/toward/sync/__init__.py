"""Toward on two computers (SYNC.md): encrypted op files in a folder a sync engine carries.

    link(household_dir, folder, session)            link an unlocked household to a folder
    link_private(session, folder)                   the partner's private changes through a
                                                    folder only their own computers share
    unlink_private(session)                         ... through the sync folder again
    invite(session) -> code                         a one-time code for the partner to join
    join_own(folder, data_dir, name, password)      one's own other computer joins
    join_partner(folder, data_dir, code, name, new_password)   the partner's computer joins
    exchange(session) -> ExchangeReport             send, apply, publish: one exchange
    status(session) -> SyncStatus                   computers, problems, earlier versions
    earlier_versions(session, table, record_id)     one record's earlier versions, for its author

No Qt here; the app and the command line call these. Every function that writes holds to
the one-process rule through its caller (the app's lock, or the command's).
"""

from toward.sync.exchange import exchange, link, link_private, unlink_private
from toward.sync.joining import invite, join_own, join_partner
from toward.sync.model import (
    DeviceStatus,
    EarlierVersion,
    ExchangeReport,
    Joined,
    NotLinked,
    SyncError,
    SyncStatus,
)
from toward.sync.status import earlier_versions, status

__all__ = [
    "DeviceStatus",
    "EarlierVersion",
    "ExchangeReport",
    "Joined",
    "NotLinked",
    "SyncError",
    "SyncStatus",
    "earlier_versions",
    "exchange",
    "invite",
    "join_own",
    "join_partner",
    "link",
    "link_private",
    "status",
    "unlink_private",
]
