"""Follow-through as a chart: settled promises per partner per month, as counts."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QBarSet, QStackedBarSeries
from PySide6.QtGui import QBrush, QColor

from toward.core.promises import MonthOfPromises, PromiseStatus
from toward.ui.kit.charts import ChartWithTable, attach_axes, base_chart

SETTLED = (
    PromiseStatus.KEPT,
    PromiseStatus.MISSED,
    PromiseStatus.RENEGOTIATED,
    PromiseStatus.RELEASED,
)
# Apart in lightness as well as hue; missed is a soft amber, never an alarm red.
STATUS_COLOURS = {
    PromiseStatus.KEPT: "#2f7d6d",
    PromiseStatus.MISSED: "#e0b050",
    PromiseStatus.RENEGOTIATED: "#7b8fc4",
    PromiseStatus.RELEASED: "#b9b1a8",
}


def month_label(month: object) -> str:
    return month.strftime("%b %Y")  # type: ignore[attr-defined]


def follow_through_chart(
    months: Sequence[MonthOfPromises], promiser_id: str, title: str
) -> ChartWithTable:
    """Stacked bars: how one partner's promises were settled, month by month."""
    mine = [m for m in months if m.promiser_id == promiser_id]
    chart = base_chart()
    series = QStackedBarSeries()
    for status in SETTLED:
        bar = QBarSet(status.label.capitalize())
        colour = QColor(STATUS_COLOURS[status])
        bar.setBrush(QBrush(colour))
        bar.setBorderColor(colour.darker(120))
        for month in mine:
            bar.append(getattr(month, status.value))
        series.append(bar)
    chart.addSeries(series)
    top = max((m.settled for m in mine), default=0)
    attach_axes(chart, series, [month_label(m.month) for m in mine], 0, max(4, top))
    rows = [(month_label(m.month), m.kept, m.missed, m.renegotiated, m.released) for m in mine]
    headers = ("Month", "Kept", "Missed", "Renegotiated", "Released")
    return ChartWithTable(chart, headers, rows, title=title)
