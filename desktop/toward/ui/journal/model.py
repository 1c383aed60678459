"""The journal list as a lazy Qt model: pages of entries fetched as the list scrolls."""

from __future__ import annotations

import re

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPainterPath
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from toward.core.formatting import format_date
from toward.core.i18n import translate
from toward.core.journal import Journal, JournalEntry, JournalFilter, Mood
from toward.core.spaces import Space
from toward.ui.kit import theme

PAGE_SIZE = 200
ITEM_MIN_WIDTH = 200  # an entry card at its narrowest (the list is at least 230 px)
EntryRole = Qt.ItemDataRole.UserRole + 1
UnreadRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class JournalListModel(QAbstractListModel):
    """Entries of one space, newest first, fetched a page at a time."""

    def __init__(self, journal: Journal, space: Space, partner_id: str) -> None:
        super().__init__()
        self._journal = journal
        self._space = space
        self._partner_id = partner_id
        self._entries: list[JournalEntry] = []
        self._total = 0
        # Rows asked for so far: the next page's offset. Not len(_entries): a row that
        # cannot be read is left out of a page, and counting shown entries would show
        # the next page's first entry twice.
        self._asked = 0
        self._unread: set[str] = set()
        self.filter = JournalFilter()
        self.refresh()

    @property
    def space(self) -> Space:
        return self._space

    def set_space(self, space: Space) -> None:
        self._space = space
        self.refresh()

    def set_filter(self, journal_filter: JournalFilter) -> None:
        self.filter = journal_filter
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._total = self._journal.count(self._space, filter=self.filter)
        self._entries = self._journal.entries(self._space, filter=self.filter, limit=PAGE_SIZE)
        self._asked = PAGE_SIZE
        self._unread = self._unread_in(self._entries)
        self.endResetModel()

    def _unread_in(self, entries: list[JournalEntry]) -> set[str]:
        if self._space is not Space.SHARED:
            return set()
        return self._journal.unread_ids(e.id for e in entries)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._asked < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self._journal.entries(
            self._space, filter=self.filter, limit=PAGE_SIZE, offset=self._asked
        )
        self._asked += PAGE_SIZE
        if not more:
            return
        start = len(self._entries)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._entries.extend(more)
        self._unread |= self._unread_in(more)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return entry.display_title  # the tooltip: a narrow list cuts long titles short
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if entry.space is Space.SHARED:
                text = translate("ui.journal.model", "{title}, shared, {date}")
            elif entry.info.is_currently_shared:  # the card says so too
                text = translate("ui.journal.model", "{title}, private, a copy shared, {date}")
            else:
                text = translate("ui.journal.model", "{title}, private, {date}")
            return text.format(title=entry.display_title, date=format_date(entry.info.created_at))
        if role == EntryRole:
            return entry
        if role == UnreadRole:
            return self._is_unread(entry)
        return None

    def row_of(self, entry_id: str) -> int:
        for row, entry in enumerate(self._entries):
            if entry.id == entry_id:
                return row
        return -1

    def _is_unread(self, entry: JournalEntry) -> bool:
        return entry.id in self._unread

    def mark_seen(self, entry_id: str) -> None:
        """Drop the unread dot of an entry that was just opened."""
        row = self.row_of(entry_id)
        if entry_id in self._unread and row >= 0:
            self._unread.discard(entry_id)
            self.dataChanged.emit(self.index(row), self.index(row), [UnreadRole])


class EntryDelegate(QStyledItemDelegate):
    """Draws an entry as a small card: mark, title, date and mood, the first line of text."""

    def __init__(self, colours: dict[str, str], names: dict[str, str]) -> None:
        super().__init__()
        self._colours = colours
        self._names = names

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = QFontMetrics(option.font)
        # Narrow: the list stretches each card to its width and the text is elided to fit.
        return QSize(ITEM_MIN_WIDTH, metrics.height() * 3 + 34)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        entry: JournalEntry = index.data(EntryRole)
        if entry is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = option.rect.adjusted(4, 4, -4, -4)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        author_colour = self._colours.get(entry.info.author_id, theme.colour("accent").name())
        if selected:
            fill = theme.colour("accent_soft")
        elif entry.space is Space.PRIVATE:
            fill = theme.tint(author_colour, 0.08)
        else:
            fill = theme.colour("surface")
        path = QPainterPath()
        path.addRoundedRect(card, 10, 10)
        painter.fillPath(path, fill)
        border = (
            theme.colour("focus")
            if option.state & QStyle.StateFlag.State_HasFocus and selected
            else theme.colour("border")
        )
        painter.setPen(border)
        painter.drawPath(path)
        painter.fillRect(QRect(card.left(), card.top() + 10, 3, card.height() - 20), author_colour)

        mark = "private" if entry.space is Space.PRIVATE else "shared"
        theme.icon(mark, theme.colour("muted"), 16).paint(
            painter, QRect(card.right() - 26, card.top() + 12, 16, 16)
        )
        text_left = card.left() + 16
        width = card.width() - 50
        metrics = QFontMetrics(option.font)
        line = metrics.height()
        title_font = QFont(option.font)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(theme.colour("text"))
        title = QFontMetrics(title_font).elidedText(
            entry.display_title, Qt.TextElideMode.ElideRight, width
        )
        painter.drawText(
            QRect(text_left, card.top() + 10, width, line), Qt.AlignmentFlag.AlignLeft, title
        )

        painter.setFont(option.font)
        painter.setPen(theme.colour("muted"))
        meta = format_date(entry.info.created_at, "medium")
        if entry.mood:
            meta += f" · {Mood(entry.mood).label}"
        if entry.space is Space.SHARED:
            partner = translate("ui.journal.model", "Partner")
            meta += f" · {self._names.get(entry.info.author_id, partner)}"
        elif entry.info.is_currently_shared:
            meta += " · " + translate("ui.journal.model", "shared")
        painter.drawText(
            QRect(text_left, card.top() + 12 + line, width, line),
            Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(meta, Qt.TextElideMode.ElideRight, width),
        )
        snippet = _plain(entry.body)
        painter.drawText(
            QRect(text_left, card.top() + 14 + 2 * line, width, line),
            Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(snippet, Qt.TextElideMode.ElideRight, width),
        )
        if index.data(UnreadRole):
            painter.setBrush(theme.colour("accent"))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(card.right() - 22, card.bottom() - 20, 8, 8)
        painter.restore()


MARKDOWN_MARKS = re.compile(r"(^|\s)(#{1,6}\s|>\s?|[-*+]\s|\d+\.\s)|[*_`~]+")


def _plain(markdown: str) -> str:
    """The first words of a Markdown body without its markup, for a one-line preview."""
    return " ".join(MARKDOWN_MARKS.sub(r"\1", markdown[:400]).split())
