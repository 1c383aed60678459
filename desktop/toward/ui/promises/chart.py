"""Follow-through as a chart: settled promises per partner per month, as counts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from toward.core.formatting import format_date, upper_first
from toward.core.i18n import translate
from toward.core.promises import MonthOfPromises, PromiseStatus
from toward.ui.kit.charts import BarLayer, ChartWithTable, stacked_bar_chart

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


def month_label(month: date) -> str:
    return format_date(month, "short_month_year")


def follow_through_chart(
    months: Sequence[MonthOfPromises], promiser_id: str, title: str
) -> ChartWithTable:
    """Stacked bars: how one partner's promises were settled, month by month."""
    mine = [m for m in months if m.promiser_id == promiser_id]
    layers = [
        BarLayer(
            upper_first(status.label),
            STATUS_COLOURS[status],
            [getattr(month, status.value) for month in mine],
        )
        for status in SETTLED
    ]
    chart = stacked_bar_chart([month_label(m.month) for m in mine], layers)
    rows = [(month_label(m.month), m.kept, m.missed, m.renegotiated, m.released) for m in mine]
    headers = (
        translate("ui.promises.chart", "Month"),
        translate("ui.promises.chart", "Kept"),
        translate("ui.promises.chart", "Missed"),
        translate("ui.promises.chart", "Renegotiated"),
        translate("ui.promises.chart", "Released"),
    )
    return ChartWithTable(chart, headers, rows, title=title)
