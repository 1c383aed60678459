"""Ledger lines as a lazy Qt table: pages of disclosures (or drafts) fetched as it scrolls."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from toward.core.formatting import format_date, format_number
from toward.core.i18n import QT_TRANSLATE_NOOP, translate
from toward.core.ledger import Grouping, LedgerLine, Purpose, Total, format_money
from toward.ui.money.words import grouping_heading, purpose_word

PAGE_SIZE = 100  # about seven screenfuls of the table; more as it scrolls
LineRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex

DATE, WHO, PAYEE, CATEGORY, ACCOUNT, AMOUNT, STATUS = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("ui.money.model", "Date"),
    QT_TRANSLATE_NOOP("ui.money.model", "Who"),
    QT_TRANSLATE_NOOP("ui.money.model", "Payee"),
    QT_TRANSLATE_NOOP("ui.money.model", "Category"),
    QT_TRANSLATE_NOOP("ui.money.model", "Account"),
    QT_TRANSLATE_NOOP("ui.money.model", "Amount"),
    QT_TRANSLATE_NOOP("ui.money.model", "Status"),
)

# A page of lines from `offset`, and how many there are in all.
Fetch = Callable[[int, int], list[LedgerLine]]
Count = Callable[[], int]


def status_of(line: LedgerLine, me: str, other_name: str) -> str:
    """What a line's status column says, in plain words."""
    if line.is_draft:
        return (
            translate("ui.money.model", "draft · why kept private")
            if line.why_withheld
            else translate("ui.money.model", "draft")
        )
    parts = []
    theirs = [r for r in line.responses if r.author_id != line.author_id]
    if line.open_question is not None:
        parts.append(translate("ui.money.model", "question open"))
    elif theirs:
        parts.append(theirs[-1].kind.label)
    elif line.author_id == me:
        parts.append(
            translate("ui.money.model", "no response from {name} yet").format(name=other_name)
        )
    else:
        parts.append(translate("ui.money.model", "waiting for your response"))
    if line.lateness:
        parts.append(line.lateness)
    if line.corrects_id:
        parts.append(translate("ui.money.model", "corrected"))
    return " · ".join(parts)


def short_status(line: LedgerLine, me: str) -> str:
    """The status column's few words (the full sentence is its tooltip and in the detail)."""
    if line.is_draft:
        return (
            translate("ui.money.model", "draft · why private")
            if line.why_withheld
            else translate("ui.money.model", "draft")
        )
    theirs = [r for r in line.responses if r.author_id != line.author_id]
    if line.open_question is not None:
        parts = [translate("ui.money.model", "question open")]
    elif theirs:
        parts = [theirs[-1].kind.label]
    else:
        parts = [
            translate("ui.money.model", "not answered yet")
            if line.author_id == me
            else translate("ui.money.model", "for you to see")
        ]
    if line.lateness:
        parts.append(translate("ui.money.model", "late"))
    if line.corrects_id:
        parts.append(translate("ui.money.model", "corrected"))
    return " · ".join(parts)


class LedgerTableModel(QAbstractTableModel):
    """Lines from a fetch function, a page at a time."""

    def __init__(
        self, fetch: Fetch, count: Count, names: dict[str, str], me: str, other: str
    ) -> None:
        super().__init__()
        self._fetch = fetch
        self._count = count
        self._names = names
        self._me = me
        self._other = other
        self._lines: list[LedgerLine] = []
        self._texts: dict[int, tuple[str, ...]] = {}  # row → its cells' words, once asked
        self._total = 0  # empty until the first refresh(), which its page makes
        # Rows asked for so far: the next page's offset. Not len(_lines): a row that
        # cannot be read is left out of a page, and counting shown lines would show the
        # next page's first line twice.
        self._asked = 0

    def set_source(self, fetch: Fetch, count: Count) -> None:
        self._fetch, self._count = fetch, count
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._total = self._count()
        self._lines = self._fetch(PAGE_SIZE, 0)
        self._asked = PAGE_SIZE
        self._texts = {}
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def line(self, row: int) -> LedgerLine:
        return self._lines[row]

    def lines(self) -> list[LedgerLine]:
        """The lines fetched so far."""
        return list(self._lines)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._asked < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self._fetch(PAGE_SIZE, self._asked)
        self._asked += PAGE_SIZE
        if not more:
            return
        self.beginInsertRows(QModelIndex(), len(self._lines), len(self._lines) + len(more) - 1)
        self._lines.extend(more)
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                translate("ui.money.model", HEADERS[section])
                if 0 <= section < len(HEADERS)
                else None
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Sizing the columns asks every role of every cell: the rest are answered first.
        if role not in _ANSWERED:
            return None
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._lines):
            return None
        column = index.column()
        if role == LineRole:
            return self._lines[row]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == AMOUNT else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column != STATUS:
                return None
            return status_of(self._lines[row], self._me, self._other)
        texts = self._texts.get(row)
        if texts is None:
            texts = self._texts[row] = self._row_texts(self._lines[row])
        return texts[column] if 0 <= column < len(texts) else None

    def _row_texts(self, line: LedgerLine) -> tuple[str, ...]:
        category = line.category or "—"
        if line.purpose is Purpose.BUSINESS:
            category += " · " + purpose_word(line.purpose)
        return (
            format_date(line.occurred_on, "medium"),
            translate("ui.money.model", "You")
            if line.author_id == self._me
            else self._names.get(line.author_id, ""),
            line.payee or "—",
            category,
            line.account or "—",
            format_money(line.money),
            short_status(line, self._me),
        )


_ANSWERED = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ToolTipRole,
        LineRole,
    }
)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class TotalsModel(QAbstractTableModel):
    """Totals per month, category or account: the key, the sum, how many lines."""

    def __init__(self, by: Grouping, totals: list[Total]) -> None:
        super().__init__()
        self._by = by
        self._totals = totals

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._totals)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        headers = (
            grouping_heading(self._by),
            translate("ui.money.model", "Total"),
            translate("ui.money.model", "Count"),
        )
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._totals):
            return None  # not -1: that would read the last row
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            total = self._totals[index.row()]
            if column == 0:
                if self._by is Grouping.MONTH:
                    return format_date(date.fromisoformat(total.key + "-01"), "short_month_year")
                return total.key or "—"
            return format_money(total.money) if column == 1 else format_number(total.count)
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return _RIGHT
        return None
