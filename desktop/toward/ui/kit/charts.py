"""Charts of bids over weeks, each with its numbers available as a table beside it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCharts import (
    QAbstractSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from toward.core.bids import Answer, BankPoint, WeekOfBids
from toward.core.formatting import format_date, format_percent, upper_first
from toward.core.i18n import translate
from toward.ui.kit import theme

# Distinct in lightness as well as hue, so they read apart without colour vision too.
ANSWER_COLOURS = {
    Answer.TOWARD: "#2f7d6d",
    Answer.AWAY: "#e0b050",
    Answer.AGAINST: "#a8432f",
    Answer.MISSED: "#b9b1a8",
}
ANSWER_PATTERNS = {
    Answer.TOWARD: Qt.BrushStyle.SolidPattern,
    Answer.AWAY: Qt.BrushStyle.SolidPattern,
    Answer.AGAINST: Qt.BrushStyle.SolidPattern,
    Answer.MISSED: Qt.BrushStyle.Dense4Pattern,
}
# A chart's height with its "Show numbers" button above: what a ChartSlot keeps free.
SLOT_HEIGHT = 274


class ChartWithTable(QWidget):
    """A chart, and a button that swaps it for a table of the same numbers."""

    def __init__(
        self,
        chart: QChart,
        headers: Sequence[str],
        rows: Sequence[Sequence[object]],
        *,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.toggle = QPushButton(translate("ui.kit.charts", "Show numbers"))
        self.toggle.setCheckable(True)
        self.toggle.setProperty("chip", True)
        self.toggle.setAccessibleName(
            translate("ui.kit.charts", "{title}: show as a table").format(title=title)
        )
        self.stack = QStackedWidget()
        self.view = QChartView(chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(240)
        self.view.setAccessibleName(title)
        # Not a stop for Tab (nothing in it responds to keys); a screen reader reads its
        # numbers with its name, and the toggle above shows them as a table.
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setAccessibleDescription(numbers_in_words(headers, rows))
        self.stack.addWidget(self.view)
        self._numbers = (title, list(headers), rows)
        self._table: QTableWidget | None = None
        self.toggle.toggled.connect(self._swap)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.stack)

    @property
    def table(self) -> QTableWidget:
        """The numbers as a table, built when first shown (most pages never show it)."""
        if self._table is None:
            title, headers, rows = self._numbers
            table = QTableWidget(len(rows), len(headers))
            table.setTabKeyNavigation(False)  # arrows move between cells; Tab moves on
            table.setAccessibleName(f"{title} (table)")
            table.setHorizontalHeaderLabels(headers)
            table.verticalHeader().hide()
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    item = QTableWidgetItem(str(value))
                    if c:
                        item.setTextAlignment(
                            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                        )
                    table.setItem(r, c, item)
            self.stack.addWidget(table)
            self._table = table
        return self._table

    def _swap(self, table: bool) -> None:
        self.stack.setCurrentWidget(self.table if table else self.view)
        self.toggle.setText(
            translate("ui.kit.charts", "Show chart")
            if table
            else translate("ui.kit.charts", "Show numbers")
        )


def numbers_in_words(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A chart's table read out as a list: 'row label: header value, …' for each row."""
    return "; ".join(
        f"{row[0]}: " + ", ".join(f"{h} {v}" for h, v in zip(headers[1:], row[1:], strict=False))
        for row in rows
    )


class ChartSlot(QWidget):
    """Room for a chart that is built the first time the slot is drawn.

    A chart's scene costs tens of milliseconds to build and lay out, and most charts sit
    below a page's first screenful: scrolled into view, the slot is blank for one turn of
    the event loop, then holds its chart. `chart` builds it at once when asked, and `now`
    does for a page redrawn after a change with this chart already in view.
    """

    def __init__(
        self,
        make: Callable[[], ChartWithTable],
        *,
        now: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._make: Callable[[], ChartWithTable] | None = make
        self._chart: ChartWithTable | None = None
        self.pending = False  # drawn, and its chart not built yet
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setMinimumHeight(SLOT_HEIGHT)
        if now:
            self.chart  # noqa: B018 - builds it

    @property
    def built(self) -> bool:
        return self._chart is not None

    @property
    def chart(self) -> ChartWithTable:
        if self._chart is None:
            assert self._make is not None
            self._chart = self._make()
            self._make = None
            self.pending = False
            self._layout.addWidget(self._chart)
        return self._chart

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._chart is None and not self.pending:
            self.pending = True
            QTimer.singleShot(0, self, self._build)
        super().paintEvent(event)

    def _build(self) -> None:
        self.chart.show()


def base_chart() -> QChart:
    """An empty chart in the app's colours, legend below, no animation."""
    chart = QChart()
    chart.setBackgroundBrush(QBrush(theme.colour("surface")))
    chart.setBackgroundRoundness(10)
    chart.setMargins(QMargins(6, 6, 6, 6))
    chart.legend().setLabelColor(theme.colour("text"))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


def attach_axes(
    chart: QChart, series: QAbstractSeries, categories: Sequence[str], low: int, high: int
) -> None:
    """Category labels below, whole counts from `low` to `high` (rounded out) on the left."""
    axis_x = QBarCategoryAxis()
    axis_x.append(list(categories))
    axis_y = QValueAxis()
    axis_y.setLabelFormat("%d")
    axis_y.setRange(low, high)
    axis_y.applyNiceNumbers()
    for axis, side in (
        (axis_x, Qt.AlignmentFlag.AlignBottom),
        (axis_y, Qt.AlignmentFlag.AlignLeft),
    ):
        axis.setLabelsColor(theme.colour("muted"))
        axis.setGridLineColor(theme.colour("border"))
        axis.setLinePenColor(theme.colour("border_strong"))
        chart.addAxis(axis, side)
        series.attachAxis(axis)


def week_label(week: date) -> str:
    """'2 Mar', '2 mar', '2. März': a week by its first day."""
    return format_date(week, "short_day_month")


@dataclass(frozen=True)
class BarLayer:
    """One layer of stacked bars: its name in the legend, its colour, a value per bar."""

    name: str
    colour: str
    values: Sequence[int]
    pattern: Qt.BrushStyle = Qt.BrushStyle.SolidPattern


def stacked_bar_chart(labels: Sequence[str], layers: Sequence[BarLayer]) -> QChart:
    """Bars labelled `labels`, each stacked from the layers' values, on axes from zero."""
    chart = base_chart()
    series = QStackedBarSeries()
    for layer in layers:
        bar = QBarSet(layer.name)
        colour = QColor(layer.colour)
        bar.setBrush(QBrush(colour, layer.pattern))
        bar.setBorderColor(colour.darker(120))
        for value in layer.values:
            bar.append(value)
        series.append(bar)
    chart.addSeries(series)
    stacks = zip(*(layer.values for layer in layers), strict=True)  # a value per bar each
    top = max((sum(stack) for stack in stacks), default=0)
    attach_axes(chart, series, list(labels), 0, max(4, top))
    return chart


def answers_chart(weeks: Sequence[WeekOfBids], bidder_id: str, title: str) -> ChartWithTable:
    """Stacked bars: how one partner's bids were answered, week by week."""
    mine = [w for w in weeks if w.bidder_id == bidder_id]
    layers = [
        BarLayer(
            upper_first(answer.label),
            ANSWER_COLOURS[answer],
            [getattr(w.counts, answer.value) for w in mine],
            ANSWER_PATTERNS[answer],
        )
        for answer in Answer
    ]
    chart = stacked_bar_chart([week_label(w.week_start) for w in mine], layers)
    rows = [
        (
            week_label(w.week_start),
            w.counts.toward,
            w.counts.away,
            w.counts.against,
            w.counts.missed,
            w.counts.late_toward,
            "—" if w.counts.toward_share is None else format_percent(w.counts.toward_share),
        )
        for w in mine
    ]
    headers = (
        translate("ui.kit.charts", "Week of"),
        translate("ui.kit.charts", "Toward"),
        translate("ui.kit.charts", "Away"),
        translate("ui.kit.charts", "Against"),
        translate("ui.kit.charts", "Not yet answered"),
        translate("ui.kit.charts", "Late toward"),
        translate("ui.kit.charts", "Toward share"),
    )
    return ChartWithTable(chart, headers, rows, title=title)


def bank_chart(points: Sequence[BankPoint], title: str) -> ChartWithTable:
    """The running balance of the emotional bank account."""
    chart = base_chart()
    line = QLineSeries()
    line.setName(translate("ui.kit.charts", "Balance (toward − away − against)"))
    pen = QPen(theme.colour("accent"))
    pen.setWidth(3)
    line.setPen(pen)
    for index, point in enumerate(points):
        line.append(index, point.balance)
    chart.addSeries(line)
    low = min((p.balance for p in points), default=0)
    high = max((p.balance for p in points), default=0)
    labels = [week_label(p.week_start) for p in points]
    attach_axes(chart, line, labels, min(low, 0) - 1, max(high, 0) + 1)
    rows = [(week_label(p.week_start), p.deposits, p.withdrawals, p.balance) for p in points]
    headers = (
        translate("ui.kit.charts", "Week of"),
        translate("ui.kit.charts", "Deposits"),
        translate("ui.kit.charts", "Withdrawals"),
        translate("ui.kit.charts", "Balance"),
    )
    return ChartWithTable(chart, headers, rows, title=title)
