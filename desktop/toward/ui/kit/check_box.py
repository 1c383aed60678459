"""A check box whose words wrap onto more lines, as a label's do, in a narrow window."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QCheckBox, QSizePolicy, QStyle, QStyleOptionButton, QWidget

from toward.ui.kit import theme

FLAGS = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


class WrappingCheckBox(QCheckBox):
    """A QCheckBox in every way (text(), toggled, the keyboard) except that its text wraps.

    Qt's own check box keeps its text on one line, so a sentence of a setting pushed a
    laptop's page wider than its window.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return option

    def _text_left(self) -> int:
        """Where the words start: after the box and the style's spacing."""
        option = self._option()
        option.text = ""
        contents = self.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, self)
        return contents.left() + 2

    def _text_rect(self, width: int) -> QRect:
        left = self._text_left()
        return self.fontMetrics().boundingRect(
            QRect(left, 0, max(width - left, 1), 10_000), FLAGS, self.text()
        )

    def sizeHint(self) -> QSize:
        one_line = super().sizeHint()
        return QSize(
            one_line.width(), max(one_line.height(), self.heightForWidth(one_line.width()))
        )

    def minimumSizeHint(self) -> QSize:
        longest = max(
            (self.fontMetrics().horizontalAdvance(w) for w in self.text().split()), default=0
        )
        return QSize(self._text_left() + longest, super().minimumSizeHint().height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        indicator = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, None, self)
        return max(self._text_rect(width).height(), indicator) + 2

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)  # the words on every line, not the first only

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        option = self._option()
        option.text = ""  # the style draws the box (and focus); the words are drawn here
        first_line = self.fontMetrics().height()
        option.rect = QRect(0, 0, self.width(), first_line + 2)
        self.style().drawControl(QStyle.ControlElement.CE_CheckBox, option, painter, self)
        group = QPalette.ColorGroup.Normal if self.isEnabled() else QPalette.ColorGroup.Disabled
        # In the accent colour while it has the focus, as the style sheet's QCheckBox:focus.
        words = theme.colour("accent") if self.hasFocus() else None
        painter.setPen(words or self.palette().color(group, self.foregroundRole()))
        painter.drawText(self._text_rect(self.width()), FLAGS, self.text())
        painter.end()
