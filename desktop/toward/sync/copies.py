"""A space's snapshot as a sealed copy of its encrypted database (SYNC.md "Database
copies"), written when the space starts travelling and again as it grows.

Applying a ten-year household row by row costs several times restoring a backup (the
full-text index and the indexes are built row by row), so the computer that starts
sending a space also writes a copy of its database: `VACUUM INTO` a temporary file in the
data folder (still SQLCipher-encrypted with the same key), with what stays on each computer
taken out, sealed with the space's sync key a chunk at a time, and named after the op file
of this computer it corresponds to. A computer that joins installs it as that space's
database and applies only the op files after it; when none opens (an older folder, a
damaged file, one removed as it was read) it applies every op file, as before.

The copy is rewritten at the end of an exchange once this computer's op files since its
last copy outgrow FRESH_SHARE of the database, and its older copy then removed: a computer
joining years later applies little, and the folder holds one copy per space and writer.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlcipher3

from toward.sync.channel import Channel, get_state, set_state
from toward.sync.folder import SyncFolder
from toward.sync.sealing import Unreadable, open_stream, seal_stream
from toward.vault.atomic import TMP_SUFFIX, restrict
from toward.vault.database import Connection, open_database, transaction
from toward.vault.errors import KnownError

# Kept per computer, never in a copy: settings, unsaved editor text, the cross-file
# operation log, and this computer's own sync bookkeeping (what it has not sent yet).
LOCAL_ONLY = ("meta", "journal_drafts", "oplog", "oplog_applied", "sync_outbox", "sync_unsent")
# In sync_state: a copy of this space is still to be written (set when capture starts
# with a snapshot; cleared once the copy is in the folder, so a crash writes it later).
COPY_DUE = "copy/due"
# A copy that could not be written ("copy/due" holds when it was tried) is tried again after.
RETRY_AFTER = timedelta(hours=1)
# In sync_state, what a copy keeps: the hybrid clock, past every stamp the copy holds.
KEPT_STATE = ("clock",)
# A fresh copy is due once this computer's op files of a space since its own last copy
# weigh more than a quarter of the space's database: a computer joining later applies at
# most about that much of this computer's files, and the folder holds one copy per writer.
FRESH_SHARE = 0.25


def copy_due(conn: Connection) -> bool:
    """True when a copy is to be written now: due, and not tried in the last hour."""
    value = get_state(conn, COPY_DUE)
    if value is None:
        return False
    try:
        tried = datetime.fromisoformat(value)
    except ValueError:
        return True  # not tried yet
    return datetime.now(UTC) - tried >= RETRY_AFTER


def mark_copy_due(conn: Connection) -> None:
    set_state(conn, COPY_DUE, "1")


def keep_copy_fresh(
    channel: Channel, database_key: bytes, device: str, folder: SyncFolder, data_dir: Path
) -> bool:
    """At the end of an exchange: write this computer's copy of `channel`'s space when it is
    due (the first one, or the files since its last one have grown past FRESH_SHARE), then
    remove its own older copies. True when a copy was written.

    An older copy goes only once the new one is whole in the folder; a computer joining
    from it meanwhile falls back to the next copy or to the op files (never removed).
    """
    if get_state(channel.conn, COPY_DUE) is None and _grown(channel, device, folder):
        mark_copy_due(channel.conn)
    if not copy_due(channel.conn):
        return False
    seq = write_copy(channel, database_key, device, folder, data_dir)
    if seq:
        remove_older_copies(folder, channel.space, device, seq)
    return bool(seq)


def _grown(channel: Channel, device: str, folder: SyncFolder) -> bool:
    """True when this computer's op files of the space since its own last copy weigh more
    than FRESH_SHARE of the space's database (page count, as its file)."""
    last = max((seq for d, seq, _ in folder.copies(channel.space) if d == device), default=0)
    grown = 0
    for seq in folder.op_seqs(channel.space, device):
        if seq > last:
            found = folder.op_fingerprint(channel.space, device, seq)
            grown += found[0] if found else 0
    pages = int(channel.conn.execute("PRAGMA page_count").fetchone()[0])
    size = pages * int(channel.conn.execute("PRAGMA page_size").fetchone()[0])
    return grown > size * FRESH_SHARE


def remove_older_copies(folder: SyncFolder, space: str, device: str, seq: int) -> int:
    """Remove this computer's own copies of `space` older than its copy `seq` (one writer per
    file: only their writer removes them)."""
    removed = 0
    for copy_device, copy_seq, path in folder.copies(space):
        if copy_device == device and copy_seq < seq:
            with contextlib.suppress(OSError):
                path.unlink()
                removed += 1
    return removed


def write_copy(
    channel: Channel, database_key: bytes, device: str, folder: SyncFolder, data_dir: Path
) -> int:
    """Write the sealed copy of `channel`'s space as of this computer's last op file.

    Returns the seq of this computer's copy now in the folder (written now, or there
    already), 0 when there is nothing to copy yet (no op file sent). Once it is in the
    folder, the copy is no longer due. One that cannot be written (a disk full, say) is
    tried again an hour later: the exchange goes on, and meanwhile a joining computer
    applies the op files.
    """
    try:
        return _write_copy(channel, database_key, device, folder, data_dir)
    except (OSError, KnownError, sqlcipher3.DatabaseError):
        with transaction(channel.conn):
            set_state(channel.conn, COPY_DUE, datetime.now(UTC).isoformat(timespec="seconds"))
        return 0


def _write_copy(
    channel: Channel, database_key: bytes, device: str, folder: SyncFolder, data_dir: Path
) -> int:
    temporary = _temporary(data_dir, "sync-copy")
    try:
        channel.conn.execute("VACUUM INTO ?", (str(temporary),))
        conn = open_database(temporary, database_key)
        try:
            seq = int(get_state(conn, f"seq/{device}", "0") or 0)
            if seq > 0:
                _keep_what_travels(conn, device, seq)
            conn.execute("PRAGMA journal_mode = DELETE").fetchone()
        finally:
            conn.close()
        if seq > 0:
            place = folder.copy_place(channel.space, device, seq)
            with open(temporary, "rb") as source:
                folder.write_copy(
                    channel.space,
                    device,
                    seq,
                    lambda target: seal_stream(channel.key, place, source, target),
                )
        with transaction(channel.conn):
            channel.conn.execute("DELETE FROM sync_state WHERE key = ?", (COPY_DUE,))
        return seq
    finally:
        _remove(temporary)


def install_copy(
    folder: SyncFolder, space: str, sync_key: bytes, database_key: bytes, path: Path
) -> bool:
    """Make `path` (not there yet) the newest copy of `space` in `folder` that opens.

    The copy is unsealed beside `path` and takes its name only once it opens with
    `database_key` and is reset for this computer. False when none opens: the caller makes
    a new database, and the op files bring everything.
    """
    for device, seq, source in folder.copies(space):
        temporary = _temporary(path.parent, path.name)
        try:
            with open(source, "rb") as sealed, open(temporary, "wb") as plain:
                open_stream(sync_key, folder.copy_place(space, device, seq), sealed, plain)
                plain.flush()
                os.fsync(plain.fileno())
            _make_it_this_computers(temporary, database_key, device, seq)
            os.replace(temporary, path)
            restrict(path)
            return True
        except (Unreadable, SchemaDiffers, OSError, KnownError, sqlcipher3.DatabaseError):
            continue  # damaged, cut short, or not this key's: the next, or the op files
        finally:
            _remove(temporary)
    return False


def _keep_what_travels(conn: Connection, device: str, seq: int) -> None:
    """In a copy: nothing of this computer's own, and `device`'s files up to `seq` noted as
    applied (a joiner goes on from the next)."""
    with transaction(conn):
        for table in LOCAL_ONLY:
            conn.execute(f"DELETE FROM {table}")
        marks = ", ".join("?" for _ in KEPT_STATE)
        conn.execute(f"DELETE FROM sync_state WHERE key NOT IN ({marks})", KEPT_STATE)
        # What this computer was waiting for is the joiner's to find out again.
        conn.execute("UPDATE sync_applied SET waiting_since = NULL, waiting_reason = NULL")
        conn.execute(
            "INSERT INTO sync_applied (device, seq, heard_at) VALUES (?, ?, '') "
            "ON CONFLICT (device) DO UPDATE SET seq = excluded.seq",
            (device, seq),
        )
        conn.execute("UPDATE sync_switch SET capture = 1")


def _make_it_this_computers(path: Path, database_key: bytes, device: str, seq: int) -> None:
    """Reset what is per computer in an unsealed copy (whoever wrote it), on the schema of
    this version of Toward.

    A copy is a whole database from another computer: beyond rows, it could carry schema
    objects of its own (a trigger, a view). Only a schema exactly as this version makes it
    is taken (SchemaDiffers otherwise), so a copy can bring no more than op files can.
    """
    from toward.core.schema import STEPS
    from toward.vault.migrations import migrate

    conn = open_database(path, database_key)
    try:
        migrate(conn, STEPS, path)
        if _schema(conn) != _fresh_schema(path.parent):
            raise SchemaDiffers(path.name)
        _keep_what_travels(conn, device, seq)
        conn.execute("PRAGMA journal_mode = DELETE").fetchone()
    finally:
        conn.close()


class SchemaDiffers(Exception):
    """A copy whose tables, indexes or triggers are not this version's own."""


def _schema(conn: Connection) -> list[tuple[str, str, str, str | None]]:
    return sorted(
        (str(r[0]), str(r[1]), str(r[2]), r[3])
        for r in conn.execute(
            # SQLite's statistics (ANALYZE) only guide its plans: not part of the schema.
            "SELECT type, name, tbl_name, sql FROM sqlite_master "
            "WHERE name NOT LIKE 'sqlite\\_stat%' ESCAPE '\\'"
        )
    )


def _fresh_schema(folder: Path) -> list[tuple[str, str, str, str | None]]:
    """The schema of a database this version makes (once per process)."""
    if not _FRESH:
        from toward.core.schema import STEPS
        from toward.vault.migrations import migrate

        temporary = _temporary(folder, "schema")
        temporary.unlink()
        try:
            conn = open_database(temporary, os.urandom(32), create=True)
            try:
                migrate(conn, STEPS, temporary)
                _FRESH.extend(_schema(conn))
            finally:
                conn.close()
        finally:
            _remove(temporary)
    return _FRESH


_FRESH: list[tuple[str, str, str, str | None]] = []


def _temporary(folder: Path, name: str) -> Path:
    """An empty temporary file in `folder`, named as vault.leftovers recognises (a write cut
    short leaves only that, removed at a later start)."""
    fd, made = tempfile.mkstemp(prefix=f".{name}.", suffix=TMP_SUFFIX, dir=folder)
    os.close(fd)
    return Path(made)


def _remove(path: Path) -> None:
    """Remove a temporary database and its side files (a migrated copy's .bak too)."""
    sides = [path.with_name(path.name + end) for end in ("", "-wal", "-shm", "-journal")]
    for side in [*sides, *path.parent.glob(f"{path.name}.v*.bak")]:
        with contextlib.suppress(OSError):
            side.unlink()
