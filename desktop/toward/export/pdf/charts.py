"""The bids charts, drawn as vectors: the share turned toward each week and the bank account."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from toward.core.formatting import format_date
from toward.core.i18n import translate
from toward.export import words
from toward.export.pdf.style import DEPOSIT, FONT, INK, MUTED, RULE, WITHDRAWAL
from toward.export.summary import BidsPart

LINE_CHART_WEEKS = 3


def week_charts(
    part: BidsPart, colours: dict[str, str], styles: dict[str, ParagraphStyle], width: float
) -> list[Flowable]:
    """The weekly rate and bank-account charts, once there are two weeks to draw."""
    weeks = len(part.weeks)
    if weeks < 2:
        return []
    flow: list[Flowable] = []
    lines = weeks >= LINE_CHART_WEEKS
    if lines:
        flow.append(
            KeepTogether(
                [
                    Paragraph(
                        escape(
                            translate(
                                "export.pdf.charts", "Share of bids turned toward, week by week"
                            )
                        ),
                        styles["h2"],
                    ),
                    _rate_chart(part, colours, width),
                ]
            )
        )
    if lines:
        legend = translate(
            "export.pdf.charts",
            "Bars: turning toward (up) and turning away or against (down). Line: the running "
            "balance.",
        )
    else:
        legend = translate(
            "export.pdf.charts",
            "Bars: turning toward (up) and turning away or against (down). Too few weeks for a "
            "line; the figures above are the whole period.",
        )
    flow.append(
        KeepTogether(
            [
                Paragraph(
                    escape(translate("export.pdf.charts", "The bank account, week by week")),
                    styles["h2"],
                ),
                Paragraph(escape(legend), styles["meta"]),
                _bank_chart(part, width, balance_line=lines),
            ]
        )
    )
    return flow


def _week_labels(starts: Sequence[date]) -> list[tuple[int, str]]:
    step = max(1, -(-len(starts) // 8))  # at most about eight labels
    return [(i, format_date(d, "short_day_month")) for i, d in enumerate(starts) if i % step == 0]


def _rate_chart(part: BidsPart, colours: dict[str, str], width: float) -> Drawing:
    height, left, bottom, top = 150.0, 34.0, 22.0, 18.0
    plot_w, plot_h = width - left - 8, height - bottom - top
    drawing = Drawing(width, height, initialFontName=FONT)  # no stray Helvetica
    n = len(part.weeks)

    def x(i: int) -> float:
        return left + (plot_w * i / (n - 1) if n > 1 else plot_w / 2)

    for pct in (0, 25, 50, 75, 100):
        y = bottom + plot_h * pct / 100
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=RULE, strokeWidth=0.4))
        drawing.add(
            String(
                left - 4,
                y - 3,
                words.percent(pct / 100),
                fontName=FONT,
                fontSize=7,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
    for i, label in _week_labels([w.week_start for w in part.weeks]):
        drawing.add(
            String(x(i), 6, label, fontName=FONT, fontSize=7, fillColor=MUTED, textAnchor="middle")
        )
    names = [b.name for b in part.bidders]
    legend_x = left
    for name in names:
        colour = colors.HexColor(colours.get(name, "#5b6b7a"))
        points: list[float] = []
        runs: list[list[float]] = []
        for i, week in enumerate(part.weeks):
            rate = week.rates.get(name)
            if rate is None:  # a week without bids breaks the line rather than dipping to 0
                if points:
                    runs.append(points)
                points = []
                continue
            px, py = x(i), bottom + plot_h * rate
            points += [px, py]
            drawing.add(Circle(px, py, 1.8, fillColor=colour, strokeColor=None))
        if points:
            runs.append(points)
        for run in runs:
            if len(run) >= 4:
                drawing.add(PolyLine(run, strokeColor=colour, strokeWidth=1.4))
        drawing.add(Rect(legend_x, height - 10, 8, 8, fillColor=colour, strokeColor=None))
        label = translate("export.pdf.charts", "Bids {partner} made").format(partner=name)
        drawing.add(
            String(legend_x + 11, height - 9, label, fontName=FONT, fontSize=7.5, fillColor=INK)
        )
        legend_x += 22 + pdfmetrics.stringWidth(label, FONT, 7.5)
    return drawing


def _bank_chart(part: BidsPart, width: float, *, balance_line: bool = True) -> Drawing:
    height, left, bottom, top = 150.0, 34.0, 22.0, 10.0
    plot_w, plot_h = width - left - 8, height - bottom - top
    drawing = Drawing(width, height, initialFontName=FONT)  # no stray Helvetica
    points = part.bank
    high = max([p.deposits for p in points] + [p.balance for p in points] + [1])
    low = min([-p.withdrawals for p in points] + [p.balance for p in points] + [0])
    span = high - low or 1

    def y(value: float) -> float:
        return bottom + plot_h * (value - low) / span

    n = len(points)
    slot = plot_w / n
    bar = min(slot * 0.6, 14)
    drawing.add(Line(left, y(0), left + plot_w, y(0), strokeColor=MUTED, strokeWidth=0.6))
    for value in (high, low):
        if value:
            drawing.add(
                String(
                    left - 4,
                    y(value) - 3,
                    f"{value:+d}",
                    fontName=FONT,
                    fontSize=7,
                    fillColor=MUTED,
                    textAnchor="end",
                )
            )
    drawing.add(
        String(
            left - 4, y(0) - 3, "0", fontName=FONT, fontSize=7, fillColor=MUTED, textAnchor="end"
        )
    )
    line: list[float] = []
    for i, point in enumerate(points):
        centre = left + slot * (i + 0.5)
        if point.deposits:
            drawing.add(
                Rect(
                    centre - bar / 2,
                    y(0),
                    bar,
                    y(point.deposits) - y(0),
                    fillColor=DEPOSIT,
                    strokeColor=None,
                )
            )
        if point.withdrawals:
            drawing.add(
                Rect(
                    centre - bar / 2,
                    y(-point.withdrawals),
                    bar,
                    y(0) - y(-point.withdrawals),
                    fillColor=WITHDRAWAL,
                    strokeColor=None,
                )
            )
        line += [centre, y(point.balance)]
    if balance_line and len(line) >= 4:
        drawing.add(PolyLine(line, strokeColor=INK, strokeWidth=1.3))
    for i, label in _week_labels([p.week_start for p in points]):
        drawing.add(
            String(
                left + slot * (i + 0.5),
                6,
                label,
                fontName=FONT,
                fontSize=7,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    return drawing
