"""Changes that write two files, as a log of operations replayed until done (DESIGN §3).

Two SQLCipher files cannot share one transaction. A change that writes both is an
operation with a stable id, a kind, a JSON payload, its author and a hybrid-logical-clock
stamp, carried in three steps:

1. recorded: committed in the source file (the writer's private space) together with that
   file's first side of the change;
2. applied: the kind's apply function runs on the target file in one transaction that also
   notes the operation's id there, so applying it again changes nothing;
3. done: the kind's finish function (the source's last side, if any) runs in one
   transaction that marks the operation done and erases its payload.

A crash between steps leaves an operation pending; `finish_pending` completes it (at
unlock, before any page reads). An apply function re-checks its rules and raises
`OpRefused` when they no longer hold: the operation is then undone on the source side and
kept, marked refused, never half applied. This module knows no feature; each kind's
functions come from the registry it is given (see `toward.core.operations`).
"""

from __future__ import annotations

import base64
import json
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlcipher3

from toward.vault.database import Connection, transaction
from toward.vault.errors import KnownError

LOG = "oplog"  # in the source file: every operation recorded there, and its state
APPLIED = "oplog_applied"  # in the target file: the ids of operations applied to it

PENDING, DONE, REFUSED = "pending", "done", "refused"
# The steps at which `on_step` is called: after each commit of one operation.
STEPS = ("recorded", "applied", "done")


@dataclass(frozen=True)
class Op:
    """One change across files, as it is recorded and replayed."""

    id: str
    kind: str
    payload: Mapping[str, Any]
    author_id: str
    stamp: str  # hybrid logical clock: orders operations across computers


class OpRefused(Exception):
    """An operation's rule no longer holds where it is applied (it is not applied)."""


Apply = Callable[[Op, Connection], None]


@dataclass(frozen=True)
class Kind:
    """What one kind of operation does to each file.

    `apply` writes the target's side; `finish` the source's side that must wait until the
    target has its part; `undo` takes back the source's recorded side of an operation that
    was refused, or failed before it reached the target. All three see only the operation
    and one connection, inside a transaction the log holds.
    """

    apply: Apply
    finish: Apply | None = None
    undo: Apply | None = None


@dataclass(frozen=True)
class Refusal:
    """An operation kept aside because its rule no longer held, and why."""

    op: Op
    reason: str


class HybridClock:
    """Stamps that follow wall time but never go backwards, nor repeat, on one writer.

    A stamp is "<milliseconds>-<counter>-<node>", zero-padded so text order is time order.
    """

    def __init__(self, node: str, last: str | None = None) -> None:
        self._node = node
        self._wall, self._count = 0, 0
        if last:
            self.observe(last)

    def observe(self, stamp: str) -> None:
        """Move past a stamp seen elsewhere (a recorded or a received operation)."""
        wall, count, _node = stamp.split("-", 2)
        if (int(wall), int(count)) > (self._wall, self._count):
            self._wall, self._count = int(wall), int(count)

    def tick(self) -> str:
        now = time.time_ns() // 1_000_000
        if now > self._wall:
            self._wall, self._count = now, 0
        else:
            self._count += 1
        return f"{self._wall:013d}-{self._count:06d}-{self._node}"


class OpLog:
    """Operations from one source file (a private space) to one target (the shared space)."""

    def __init__(
        self,
        source: Connection,
        target: Connection,
        author_id: str,
        kinds: Mapping[str, Kind],
        *,
        on_step: Callable[[str, Op], None] | None = None,
    ) -> None:
        self._source = source
        self._target = target
        self._author_id = author_id
        self._kinds = kinds
        # Called after each step's commit; the crash test stops the process there.
        self.on_step = on_step
        last = source.execute(f"SELECT max(stamp) FROM {LOG}").fetchone()[0]
        self._clock = HybridClock(author_id, last)

    def run(
        self,
        kind: str,
        payload: Mapping[str, Any],
        *,
        along: Callable[[Connection], None] | None = None,
    ) -> Op:
        """Record an operation (with `along`, the source's first side), apply it, finish it.

        Raises OpRefused when its rule no longer holds, and the error of a failed apply (a
        full disk): in both cases its recorded side is undone when its kind can undo it;
        otherwise it stays pending and is finished at the next unlock.
        """
        if kind not in self._kinds:
            raise ValueError(f"no operation kind {kind!r}")
        self.finish_pending()  # one a failure left earlier in this session goes first
        op = Op(uuid.uuid4().hex, kind, dict(payload), self._author_id, self._clock.tick())
        with transaction(self._source):
            if along is not None:
                along(self._source)
            self._source.execute(
                f"INSERT INTO {LOG} (id, kind, author_id, stamp, payload, state, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (op.id, op.kind, op.author_id, op.stamp, encode(op.payload), PENDING, _now()),
            )
        self._step("recorded", op)
        try:
            self._apply(op)
        except OpRefused as refused:
            self._refuse(op, str(refused))
            raise
        except BaseException:
            self._take_back(op)
            raise
        self._finish(op)
        return op

    def pending(self) -> list[Op]:
        """Operations recorded but not yet done, oldest first."""
        rows = self._source.execute(
            f"SELECT id, kind, author_id, stamp, payload FROM {LOG} WHERE state = ? ORDER BY stamp",
            (PENDING,),
        )
        return [Op(r[0], r[1], decode(r[4]), r[2], r[3]) for r in rows]

    def finish_pending(self) -> list[Refusal]:
        """Finish every pending operation (at unlock); return those refused on the way.

        A known error (a full disk) leaves the rest pending for the next unlock: reading
        must still work.
        """
        refusals = []
        for op in self.pending():
            if op.kind not in self._kinds:
                continue  # written by a newer version of Toward: left for it
            try:
                self._apply(op)
            except OpRefused as refused:
                self._refuse(op, str(refused))
                refusals.append(Refusal(op, str(refused)))
                continue
            except KnownError:
                break
            self._finish(op)
        return refusals

    def refused(self) -> list[Refusal]:
        """Operations kept aside because their rule no longer held, oldest first.

        Their payloads are erased: each keeps its id, kind, author, stamp and reason.
        """
        rows = self._source.execute(
            f"SELECT id, kind, author_id, stamp, note FROM {LOG} WHERE state = ? ORDER BY stamp",
            (REFUSED,),
        )
        return [Refusal(Op(r[0], r[1], {}, r[2], r[3]), r[4]) for r in rows]

    def was_applied(self, op_id: str) -> bool:
        found = self._target.execute(f"SELECT 1 FROM {APPLIED} WHERE op_id = ?", (op_id,))
        return found.fetchone() is not None

    def state(self, op_id: str) -> str | None:
        row = self._source.execute(f"SELECT state FROM {LOG} WHERE id = ?", (op_id,)).fetchone()
        return None if row is None else str(row[0])

    # -- steps -----------------------------------------------------------------------

    def _apply(self, op: Op) -> None:
        with transaction(self._target):
            if self.was_applied(op.id):
                return
            try:
                self._kinds[op.kind].apply(op, self._target)
            except sqlcipher3.IntegrityError as exc:
                # A row the target refuses (a duplicate id): a rule that no longer holds.
                raise OpRefused("The shared space already holds a record in its place.") from exc
            self._target.execute(
                f"INSERT INTO {APPLIED} (op_id, kind, author_id, stamp, applied_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (op.id, op.kind, op.author_id, op.stamp, _now()),
            )
        self._step("applied", op)

    def _finish(self, op: Op) -> None:
        finish = self._kinds[op.kind].finish
        with transaction(self._source):
            if self.state(op.id) != PENDING:
                return
            if finish is not None:
                finish(op, self._source)
            self._close(op, DONE, "")
        self._step("done", op)

    def _refuse(self, op: Op, reason: str) -> None:
        undo = self._kinds[op.kind].undo
        with transaction(self._source):
            if undo is not None:
                undo(op, self._source)
            self._close(op, REFUSED, reason)

    def _take_back(self, op: Op) -> None:
        """Undo an operation that never reached the target, as if it was never asked.

        One that reached it, or whose kind cannot be undone, stays pending instead.
        """
        undo = self._kinds[op.kind].undo
        try:
            if undo is None or self.was_applied(op.id):
                return
            with transaction(self._source):
                undo(op, self._source)
                self._source.execute(f"DELETE FROM {LOG} WHERE id = ?", (op.id,))
        except (KnownError, sqlcipher3.Error):
            pass  # the source cannot take it back now: it stays pending, finished at unlock

    def _close(self, op: Op, state: str, note: str) -> None:
        # The payload may hold private text: once the operation is settled it is erased
        # (secure_delete overwrites it), and only its id, kind, author and stamp remain.
        self._source.execute(
            f"UPDATE {LOG} SET state = ?, payload = NULL, note = ? WHERE id = ?",
            (state, note, op.id),
        )

    def _step(self, name: str, op: Op) -> None:
        if self.on_step is not None:
            self.on_step(name, op)


def stamp_moment(stamp: str) -> datetime:
    """The wall-clock moment of a hybrid-clock stamp (when its operation was asked)."""
    return datetime.fromtimestamp(int(stamp.split("-", 1)[0]) / 1000, UTC)


def encode(payload: Mapping[str, Any]) -> str:
    """A payload as JSON text; bytes (a picture) travel as base64."""
    return json.dumps(payload, default=_encode_value, separators=(",", ":"), sort_keys=True)


def decode(text: str | None) -> dict[str, Any]:
    return {} if text is None else dict(json.loads(text, object_hook=_decode_value))


def _encode_value(value: object) -> object:
    if isinstance(value, bytes | bytearray | memoryview):
        return {"$bytes": base64.b64encode(bytes(value)).decode("ascii")}
    raise TypeError(f"an operation cannot carry {type(value).__name__}")


def _decode_value(obj: dict[str, Any]) -> object:
    if obj.keys() == {"$bytes"}:
        return base64.b64decode(obj["$bytes"])
    return obj


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")
