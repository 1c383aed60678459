"""Search results across both journals, each with its space and the matched words in bold."""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from toward.core.formatting import format_date
from toward.core.i18n import translate
from toward.core.journal import Journal, SearchHit
from toward.core.search import HIT_END, HIT_START, strip_hit_marks
from toward.core.spaces import Space
from toward.ui.journal.model import ITEM_MIN_WIDTH, MARKDOWN_MARKS, EntryRole
from toward.ui.kit import theme

HitRole = Qt.ItemDataRole.UserRole + 10
Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractListModel):
    def __init__(self, journal: Journal) -> None:
        super().__init__()
        self._journal = journal
        self.hits: list[SearchHit] = []
        self.query = ""

    def search(self, text: str) -> None:
        self.beginResetModel()
        self.query = text
        self.hits = self._journal.search(text) if text.strip() else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.entry.display_title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = (
                translate("ui.journal.search", "{title}, private: {snippet}")
                if hit.entry.space is Space.PRIVATE
                else translate("ui.journal.search", "{title}, shared: {snippet}")
            )
            return text.format(title=hit.entry.display_title, snippet=strip_hit_marks(hit.snippet))
        if role == EntryRole:
            return hit.entry
        if role == HitRole:
            return hit
        return None


def snippet_html(snippet: str) -> str:
    """The snippet as HTML with the matched words in bold, everything else escaped."""
    escaped = html.escape(MARKDOWN_MARKS.sub(r"\1", snippet.replace("\n", " ")))
    return escaped.replace(HIT_START, "<b>").replace(HIT_END, "</b>")


class SearchHitDelegate(QStyledItemDelegate):
    """Title, where it lives, and the snippet with the found words in bold."""

    def __init__(self, names: dict[str, str], me: str) -> None:
        super().__init__()
        self._names = names
        self._me = me

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(ITEM_MIN_WIDTH, QFontMetrics(option.font).height() * 4 + 30)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        hit: SearchHit = index.data(HitRole)
        if hit is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = option.rect.adjusted(4, 4, -4, -4)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        path = QPainterPath()
        path.addRoundedRect(card, 10, 10)
        painter.fillPath(path, theme.colour("accent_soft" if selected else "surface"))
        painter.setPen(theme.colour("border"))
        painter.drawPath(path)
        entry = hit.entry
        line = QFontMetrics(option.font).height()
        left, width = card.left() + 14, card.width() - 48
        mark = "private" if entry.space is Space.PRIVATE else "shared"
        theme.icon(mark, theme.colour("muted"), 16).paint(
            painter, QRect(card.right() - 26, card.top() + 10, 16, 16)
        )
        title_font = option.font
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(theme.colour("text"))
        painter.drawText(
            QRect(left, card.top() + 8, width, line),
            Qt.AlignmentFlag.AlignLeft,
            QFontMetrics(title_font).elidedText(
                entry.display_title, Qt.TextElideMode.ElideRight, width
            ),
        )
        title_font.setBold(False)
        painter.setFont(title_font)
        painter.setPen(theme.colour("muted"))
        if entry.space is Space.PRIVATE:
            where = (
                translate("ui.journal.search", "Your private journal · also shared")
                if hit.also_shared
                else translate("ui.journal.search", "Your private journal")
            )
        elif entry.info.author_id == self._me:
            where = translate("ui.journal.search", "Shared journal · by you")
        else:
            author = self._names.get(
                entry.info.author_id, translate("ui.journal.search", "your partner")
            )
            where = translate("ui.journal.search", "Shared journal · by {name}").format(name=author)
        where += " · " + format_date(entry.info.created_at, "medium")
        painter.drawText(
            QRect(left, card.top() + 10 + line, width, line), Qt.AlignmentFlag.AlignLeft, where
        )
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setTextWidth(width)
        document.setHtml(snippet_html(hit.snippet))
        painter.translate(left - 4, card.top() + 12 + 2 * line)
        painter.setClipRect(QRect(0, 0, width + 8, 2 * line + 4))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, theme.colour("text"))
        document.documentLayout().draw(painter, context)
        painter.restore()
