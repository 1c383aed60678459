"""Bank statements into the ledger: new rows become private drafts; layouts are remembered."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from toward.core import clock
from toward.core.changes import Change
from toward.core.ledger.access import LedgerAccess, insert_row
from toward.core.ledger.csv_statement import CsvLayout
from toward.core.ledger.records import LINES, InvalidLedgerLine, Purpose
from toward.core.ledger.statements import PreviewRow, StatementError, StatementRow
from toward.core.ledger.writing import DraftFields, draft_content
from toward.core.settings import Settings
from toward.core.spaces import Space
from toward.vault.database import transaction
from toward.vault.errors import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ImportResult:
    added: int
    skipped: int  # already here, as a draft or a disclosure


_LAYOUT_KEY = "ledger.csv_layout:"


class StatementImport(LedgerAccess):
    """Importing a statement as drafts, skipping rows already here."""

    def preview_import(self, rows: Sequence[StatementRow]) -> list[PreviewRow]:
        """The rows of a statement, each marked when it is already here (skipped on import)."""
        _fields_of(rows, Purpose.PERSONAL, "")  # a row that cannot be a draft is named now
        known = self.known_import_keys(row.import_key for row in rows)
        return [PreviewRow(row, row.import_key in known) for row in rows]

    def import_statement(
        self,
        rows: Sequence[StatementRow],
        *,
        purpose: Purpose = Purpose.PERSONAL,
        category: str = "",
    ) -> ImportResult:
        """Every new row as a private draft, in one transaction; nothing is disclosed."""
        known = self.known_import_keys(row.import_key for row in rows)
        new = [row for row in rows if row.import_key not in known]
        added = self.add_drafts(_fields_of(new, purpose, category))
        return ImportResult(added=added, skipped=len(rows) - len(new))

    def remembered_layout(self, account: str) -> CsvLayout | None:
        """The CSV layout last used for `account`, if any."""
        text = Settings(self._private).get_text(_LAYOUT_KEY + account.casefold())
        return None if text is None else CsvLayout.from_json(text)

    def remember_layout(self, account: str, layout: CsvLayout) -> None:
        Settings(self._private).set_text(_LAYOUT_KEY + account.casefold(), layout.to_json())

    def add_drafts(self, many: Sequence[DraftFields]) -> int:
        """Write many drafts (an import) in one transaction: all of them or none."""
        rows = [draft_content(fields) for fields in many]
        now = clock.to_text(clock.now())
        conn = self._private
        with transaction(conn):
            for content in rows:
                values: dict[str, object] = {"id": uuid.uuid4().hex, "author_id": self.partner_id}
                values |= {"created_at": now, "updated_at": now, **content}
                insert_row(conn, LINES, values)
        self._spaces.announce(Change.LEDGER)
        return len(rows)

    def known_import_keys(self, keys: Iterable[str]) -> set[str]:
        """Which statement-row digests are already here, as a draft or a disclosure."""
        wanted = list(dict.fromkeys(keys))
        found: set[str] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            for space in (Space.PRIVATE, Space.SHARED):
                rows = self._spaces.conn(space).execute(
                    f"SELECT import_key FROM {LINES} WHERE import_key IN ({marks}) "
                    "AND author_id = ?",
                    (*chunk, self.partner_id),
                )
                found |= {r[0] for r in rows}
        return found


def _fields_of(rows: Sequence[StatementRow], purpose: Purpose, category: str) -> list[DraftFields]:
    """Statement rows as drafts, each checked; StatementError names a row that cannot be."""
    many = []
    for row in rows:
        fields = DraftFields(
            row.occurred_on,
            row.money,
            account=row.account,
            payee=row.payee,
            category=category,
            purpose=purpose,
            import_key=row.import_key,
        )
        try:
            draft_content(fields)
        except InvalidLedgerLine as exc:
            raise StatementError(
                QT_TRANSLATE_NOOP("vault.errors", "Line {line}: {problem}"), row.line, problem=exc
            ) from None
        many.append(fields)
    return many
