"""Whether a partner's shared writing may be quoted in the other partner's therapy summary.

Each author decides for their own shared texts (an entry, a reply, a repair answer): one
choice per item, and a default for the items they have not decided on. Both live in the
shared space, because the partner who exports must be able to read them. Without a yes,
a summary shows the partner's texts only as counts.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from dataclasses import dataclass

from toward.core import clock
from toward.core.changes import Change
from toward.core.spaces import NotAllowed, RecordNotFound, Space, Spaces
from toward.vault.database import Connection, transaction

TABLE = "therapy_consent"
# The shared tables whose rows are free text a partner wrote (features add theirs here).
TEXT_TABLES = {"journal_entries", "journal_replies", "repair_answers"}
_DEFAULT_KEY = "therapy_consent_default:"


@dataclass(frozen=True)
class RevealedAnswer:
    """A repair answer both partners can read; `body` is None where it may not be quoted."""

    id: str
    repair_id: str
    step: str
    author_id: str
    body: str | None


class TherapyConsent:
    """The unlocked partner's choices for their own texts, and a reader for anyone's."""

    def __init__(self, spaces: Spaces) -> None:
        self._spaces = spaces

    @property
    def _conn(self) -> Connection:
        return self._spaces.conn(Space.SHARED)

    # -- the author's choices ----------------------------------------------------------

    def default_for(self, partner_id: str) -> bool:
        """A partner's default for texts they have not decided on one by one (no, at first)."""
        row = self._conn.execute(
            "SELECT value FROM meta WHERE key = ?", (_DEFAULT_KEY + partner_id,)
        ).fetchone()
        return row is not None and row[0] == "1"

    def set_default(self, allowed: bool) -> None:
        """The unlocked partner's own default."""
        with transaction(self._conn):
            self._conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (_DEFAULT_KEY + self._spaces.partner_id, "1" if allowed else "0"),
            )
        self._spaces.announce(Change.CONSENT)

    def set(self, table: str, record_id: str, allowed: bool) -> None:
        """Allow (or not) one of the unlocked partner's own shared texts in a summary."""
        if table not in TEXT_TABLES:
            raise ValueError(f"{table!r} holds no texts to consent about")
        row = self._conn.execute(
            f"SELECT author_id FROM {table} WHERE id = ?", (record_id,)
        ).fetchone()
        if row is None:
            raise RecordNotFound(f"no shared {table} record {record_id}")
        if row[0] != self._spaces.partner_id:
            raise NotAllowed("Only the author decides whether their words go to therapy.")
        with transaction(self._conn):
            self._conn.execute(
                f"INSERT INTO {TABLE} (record_id, author_id, allowed, updated_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (record_id) DO UPDATE SET "
                "allowed = excluded.allowed, updated_at = excluded.updated_at",
                (record_id, row[0], int(allowed), clock.to_text(clock.now())),
            )
        self._spaces.announce(Change.CONSENT)

    # -- reading -----------------------------------------------------------------------

    def choice(self, record_id: str, author_id: str | None = None) -> bool | None:
        """The author's choice for this one item, or None if they left it to the default.

        With `author_id`, only a choice that author made counts.
        """
        row = self._conn.execute(
            f"SELECT allowed, author_id FROM {TABLE} WHERE record_id = ?", (record_id,)
        ).fetchone()
        if row is None or (author_id is not None and row[1] != author_id):
            return None
        return bool(row[0])

    def allowed(self, record_id: str, author_id: str) -> bool:
        """Whether the exporting partner may quote this text of `author_id`'s in full."""
        if author_id == self._spaces.partner_id:
            return True
        choice = self.choice(record_id, author_id)
        return self.default_for(author_id) if choice is None else choice

    def allowed_ids(self, records: Iterable[tuple[str, str]]) -> builtins.set[str]:
        """Of (record id, author id) pairs, the ids that may be quoted in full."""
        pairs = list(records)
        others = [rid for rid, author in pairs if author != self._spaces.partner_id]
        authors = dict(pairs)  # a choice counts only when the text's own author made it
        choices: dict[str, bool] = {}
        for start in range(0, len(others), 500):  # SQLite's bound-parameter limit
            chunk = others[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            rows = self._conn.execute(
                f"SELECT record_id, author_id, allowed FROM {TABLE} WHERE record_id IN ({marks})",
                chunk,
            )
            choices |= {r[0]: bool(r[2]) for r in rows if r[1] == authors[r[0]]}
        defaults: dict[str, bool] = {}
        allowed = set()
        for record_id, author in pairs:
            if author == self._spaces.partner_id:
                allowed.add(record_id)
                continue
            if record_id in choices:
                if choices[record_id]:
                    allowed.add(record_id)
                continue
            if author not in defaults:
                defaults[author] = self.default_for(author)
            if defaults[author]:
                allowed.add(record_id)
        return allowed

    def repair_answers(self, repair_ids: Iterable[str]) -> list[RevealedAnswer]:
        """The revealed answers of these conversations, quotable ones with their text.

        Only revealed answers are in the shared space (sealed ones stay with their author),
        so nothing sealed can reach a summary through here.
        """
        ids = list(repair_ids)
        if not ids:
            return []
        marks = ", ".join("?" for _ in ids)
        rows = self._conn.execute(
            f"SELECT id, repair_id, step, author_id, body FROM repair_answers "
            f"WHERE repair_id IN ({marks}) ORDER BY created_at",
            ids,
        ).fetchall()
        quotable = self.allowed_ids((r["id"], r["author_id"]) for r in rows)
        return [
            RevealedAnswer(
                r["id"],
                r["repair_id"],
                r["step"],
                r["author_id"],
                r["body"] if r["id"] in quotable else None,
            )
            for r in rows
        ]
