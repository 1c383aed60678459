"""A summary as a calm, printable PDF: rendered in memory, charts drawn as vectors.

The bundled DejaVu Sans (resources/fonts, Bitstream Vera licence) is embedded, so names
and journal text in any Latin, Greek or Cyrillic script print as written. Nothing is
written to disk here; export/save.py writes the finished bytes atomically.
"""

from __future__ import annotations

import io
import re
import threading
from collections.abc import Callable, Sequence
from datetime import date
from importlib import resources
from xml.sax.saxutils import escape

from pypdf import PdfReader, PdfWriter
from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from toward.core.bids import AnswerCounts
from toward.core.words import long_date, plural, word
from toward.export.summary import (
    BidsPart,
    CheckinsPart,
    EntryItem,
    JournalPart,
    LedgerPart,
    MoneyLine,
    NotePart,
    PracticesPart,
    PromisesPart,
    QuestionsPart,
    RepairsPart,
    SincePart,
    Summary,
    more_words,
)
from toward.export.talks import KNOWING_NOTE, TalksPart

PAGE_SIZES = {"a4": A4, "letter": LETTER}
FONT, BOLD, ITALIC = "TowardSans", "TowardSans-Bold", "TowardSans-Oblique"
INK = colors.HexColor("#2b2d2f")
MUTED = colors.HexColor("#6b6f73")
RULE = colors.HexColor("#d9dcdf")
SOFT = colors.HexColor("#f3f4f5")
DEPOSIT = colors.HexColor("#5b9a8b")
WITHDRAWAL = colors.HexColor("#c98a7d")
MARGIN = 20 * mm

_fonts_lock = threading.Lock()
_fonts_ready = False


def _register_fonts() -> None:
    global _fonts_ready
    with _fonts_lock:
        if _fonts_ready:
            return
        folder = resources.files("toward.resources").joinpath("fonts")
        for name, file in (
            (FONT, "DejaVuSans.ttf"),
            (BOLD, "DejaVuSans-Bold.ttf"),
            (ITALIC, "DejaVuSans-Oblique.ttf"),
        ):
            data = folder.joinpath(file).read_bytes()
            pdfmetrics.registerFont(TTFont(name, io.BytesIO(data)))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC)
        _fonts_ready = True


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14.5, textColor=INK)
    return {
        "body": ParagraphStyle("paragraph", base, spaceAfter=5),
        "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=20, leading=25),
        "byline": ParagraphStyle("byline", base, textColor=MUTED, spaceAfter=2),
        "h1": ParagraphStyle(
            "h1", base, fontName=BOLD, fontSize=14, leading=18, spaceBefore=14, spaceAfter=6
        ),
        "h2": ParagraphStyle("h2", base, fontName=BOLD, fontSize=11, leading=15, spaceBefore=8),
        "meta": ParagraphStyle("meta", base, fontSize=8.5, leading=12, textColor=MUTED),
        "muted": ParagraphStyle("muted", base, textColor=MUTED),
        "reply": ParagraphStyle("reply", base, leftIndent=14, fontSize=9.5, leading=13.5),
        "reply_meta": ParagraphStyle(
            "reply_meta", base, leftIndent=14, fontSize=8.5, leading=12, textColor=MUTED
        ),
        "step": ParagraphStyle("step", base, fontName=BOLD, spaceBefore=5, spaceAfter=1),
        "cell": ParagraphStyle("cell", base, fontSize=9, leading=12, alignment=TA_LEFT),
    }


def render_pdf(summary: Summary, *, page_size: str = "a4") -> bytes:
    """The summary as PDF bytes, on A4 or US Letter paper."""
    try:
        size = PAGE_SIZES[page_size.lower()]
    except KeyError:
        raise ValueError(f"paper is 'a4' or 'letter', not {page_size!r}") from None
    _register_fonts()
    styles = _styles()
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 6 * mm,
        bottomMargin=MARGIN,
        title=summary.title,
        author=" and ".join(summary.prepared_by),
        subject=f"{summary.period.label}",
        creator="Toward",
        invariant=True,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    story = _story(summary, styles, doc.width)
    doc.build(story, canvasmaker=_numbered_canvas(summary))
    return out.getvalue()


def protect(pdf: bytes, password: str) -> bytes:
    """The same PDF, opened only with `password` (AES-256, never pypdf's default RC4)."""
    if not password:
        raise ValueError("an empty password protects nothing")
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=password, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# -- page furniture --------------------------------------------------------------------


def _numbered_canvas(summary: Summary) -> Callable[..., Canvas]:
    """A canvas that holds pages back until the end, to print 'Page n of N' on each."""
    left = f"{summary.title} · {' & '.join(summary.partners)}"
    right = summary.period.label
    foot = f"Exported {long_date(summary.exported_at.astimezone().date())} · Private, keep safe"

    class NumberedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            kwargs["initialFontName"] = FONT  # else every page names Helvetica, not embedded
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, object]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._furniture(number, total)
                super().showPage()
            super().save()

        def _furniture(self, number: int, total: int) -> None:
            width, height = self._pagesize
            self.saveState()
            self.setFont(FONT, 8)
            self.setFillColor(MUTED)
            top = height - MARGIN + 2 * mm
            self.drawString(MARGIN, top, left)
            self.drawRightString(width - MARGIN, top, right)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, top - 2.5 * mm, width - MARGIN, top - 2.5 * mm)
            self.drawString(MARGIN, MARGIN - 8 * mm, foot)
            self.drawRightString(width - MARGIN, MARGIN - 8 * mm, f"Page {number} of {total}")
            self.restoreState()

    return NumberedCanvas


# -- the story -------------------------------------------------------------------------


def _story(summary: Summary, styles: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    story: list[Flowable] = [
        Paragraph(escape(summary.title), styles["title"]),
        Spacer(1, 4),
        Paragraph(escape(summary.byline), styles["byline"]),
        Paragraph(f"Period: {escape(summary.period.label)}", styles["byline"]),
        *_scope(summary, styles),
        Paragraph(
            "Contents: " + escape(", ".join(s.label for s in summary.sections)),
            styles["byline"],
        ),
        Spacer(1, 6),
    ]
    for section in summary.sections:
        part = summary.parts[section]
        story.append(CondPageBreak(60 * mm))
        story.append(Paragraph(escape(section.label), styles["h1"]))
        if isinstance(part, NotePart):
            story += _note(part, styles)
        elif isinstance(part, BidsPart):
            story += _bids(part, summary.colours, styles, width)
        elif isinstance(part, PromisesPart):
            story += _promises(part, styles, width)
        elif isinstance(part, LedgerPart):
            story += _ledger(part, styles, width)
        elif isinstance(part, RepairsPart):
            story += _repairs(part, styles)
        elif isinstance(part, TalksPart):
            story += _talks(part, styles)
        elif isinstance(part, JournalPart):
            story += _journal(part, styles)
        elif isinstance(part, PracticesPart):
            story += _practices(part, styles)
        elif isinstance(part, QuestionsPart):
            story += _questions(part, styles)
        elif isinstance(part, CheckinsPart):
            story += _checkins(part, styles, width)
        elif isinstance(part, SincePart):
            story += [Paragraph(escape(line), styles["body"]) for line in part.lines]
    return story


_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_ITALIC = re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_HEADING = re.compile(r"^#{1,6}\s+(.*)$", re.MULTILINE)


def _scope(summary: Summary, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """Whose words the summary holds, when that is only its maker's."""
    return [Paragraph(escape(summary.scope), styles["byline"])] if summary.scope else []


def _inline(text: str) -> str:
    """Journal Markdown's emphasis and headings as reportlab markup, on escaped text."""
    marked = _HEADING.sub(r"<b>\1</b>", escape(text))
    marked = _BOLD.sub(r"<b>\2</b>", marked)
    return _ITALIC.sub(r"<i>\2</i>", marked).replace("\n", "<br/>")


def _paragraphs(text: str, style: ParagraphStyle) -> list[Flowable]:
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    flow: list[Flowable] = []
    for block in blocks:
        try:
            flow.append(Paragraph(_inline(block), style))
        except ValueError:  # markup the parser refuses (odd nesting): the plain words
            flow.append(Paragraph(escape(block).replace("\n", "<br/>"), style))
    return flow


def _note(part: NotePart, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    flow: list[Flowable] = []
    written = [(who, text) for who, text in part.notes if text]
    if not written:
        return [Paragraph("No note was written for this summary.", styles["muted"])]
    for who, text in written:
        if len(part.notes) > 1:
            flow.append(Paragraph(f"From {escape(who)}", styles["h2"]))
        flow += _paragraphs(text, styles["body"])
    return flow


def _percent(counts: AnswerCounts) -> str:
    share = counts.toward_share
    return "–" if share is None else f"{share:.0%}"


def _bids(
    part: BidsPart, colours: dict[str, str], styles: dict[str, ParagraphStyle], width: float
) -> list[Flowable]:
    overall = part.overall
    if not overall.total:
        return [Paragraph("No bids were logged in this period.", styles["muted"])]
    balance = part.bank[-1].balance if part.bank else 0
    flow: list[Flowable] = [
        Paragraph(
            f"{plural(overall.total, 'bid')} in this period; {_percent(overall)} turned toward. "
            f"The bank account (turning toward in, turning away or against out) ended the "
            f"period at {balance:+d}.",
            styles["body"],
        ),
        Paragraph(
            f"Counted as {escape(part.whose_view)} sees them in Toward: shared bids and "
            f"those {escape(part.whose_view)} logged privately. No descriptions or notes "
            "are included.",
            styles["meta"],
        ),
        Spacer(1, 6),
    ]
    header: list[object] = [
        "Bids made by",
        "Bids",
        "Turned toward",
        "Away",
        "Against",
        "Not yet answered",
    ]
    rows: list[list[object]] = [header]
    for bidder in part.bidders:
        c = bidder.counts
        rows.append(
            [bidder.name, c.total, f"{c.toward} ({_percent(c)})", c.away, c.against, c.missed]
        )
    rows.append(
        [
            "Both",
            overall.total,
            f"{overall.toward} ({_percent(overall)})",
            overall.away,
            overall.against,
            overall.missed,
        ]
    )
    flow.append(_table(rows, width, styles))
    if overall.late_toward:
        flow.append(
            Paragraph(
                f"{overall.late_toward} of the bids not turned toward at first were "
                "answered later.",
                styles["meta"],
            )
        )
    # The two small tables side by side, then the charts: a chart that does not fit on a
    # page moves whole to the next, and below the tables it left a third of page 1 blank.
    halves: list[list[Flowable]] = []
    if part.by_kind:
        rows = [["Kind of bid", "Bids", "Turned toward"]]
        rows += [[k.capitalize(), c.total, f"{c.toward} ({_percent(c)})"] for k, c in part.by_kind]
        halves.append(
            [Paragraph("By kind of bid", styles["h2"]), _table(rows, width * 0.47, styles)]
        )
    if part.by_time_of_day:
        rows = [["Time of day", "Bids", "Turned toward"]]
        rows += [
            [t.capitalize(), c.total, f"{c.toward} ({_percent(c)})"] for t, c in part.by_time_of_day
        ]
        halves.append(
            [Paragraph("By time of day", styles["h2"]), _table(rows, width * 0.47, styles)]
        )
    if halves:
        flow += [CondPageBreak(40 * mm), Spacer(1, 4)]
        side_by_side = Table([halves], colWidths=[width / 2] * len(halves), hAlign="LEFT")
        side_by_side.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),  # or Helvetica, not embedded
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        flow.append(side_by_side)
    flow += _week_charts(part, colours, styles, width)
    return flow


# Fewer weeks than this make lines of one or two points (a lone dot, a stark 0 to 100%):
# the share chart is left out and the bank account drawn as bars only.
LINE_CHART_WEEKS = 3


def _week_charts(
    part: BidsPart, colours: dict[str, str], styles: dict[str, ParagraphStyle], width: float
) -> list[Flowable]:
    weeks = len(part.weeks)
    if weeks < 2:
        return []
    flow: list[Flowable] = []
    lines = weeks >= LINE_CHART_WEEKS
    if lines:
        flow.append(
            KeepTogether(
                [
                    Paragraph("Share of bids turned toward, week by week", styles["h2"]),
                    _rate_chart(part, colours, width),
                ]
            )
        )
    legend = "Bars: turning toward (up) and turning away or against (down)."
    flow.append(
        KeepTogether(
            [
                Paragraph("The bank account, week by week", styles["h2"]),
                Paragraph(
                    f"{legend} Line: the running balance."
                    if lines
                    else f"{legend} Too few weeks for a line; the figures above are the whole "
                    "period.",
                    styles["meta"],
                ),
                _bank_chart(part, width, balance_line=lines),
            ]
        )
    )
    return flow


def _table(
    rows: Sequence[Sequence[object]],
    width: float,
    styles: dict[str, ParagraphStyle],
    first: float | None = None,
) -> Table:
    """A light table; `first` is the share of the width the first column takes."""
    cells = [[Paragraph(escape(str(v)), styles["cell"]) for v in row] for row in rows]
    columns = len(rows[0])
    first_width = width * (first or (0.3 if columns > 3 else 0.5))
    rest = (width - first_width) / (columns - 1)
    table = Table(
        cells, colWidths=[first_width] + [rest] * (columns - 1), repeatRows=1, hAlign="LEFT"
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BACKGROUND", (0, 0), (-1, 0), SOFT),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _week_labels(starts: Sequence[date]) -> list[tuple[int, str]]:
    step = max(1, -(-len(starts) // 8))  # at most about eight labels
    return [(i, f"{d.day} {d:%b}") for i, d in enumerate(starts) if i % step == 0]


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
                f"{pct}%",
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
        label = f"Bids {name} made"
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


def _promises(
    part: PromisesPart, styles: dict[str, ParagraphStyle], width: float
) -> list[Flowable]:
    if not part.promises and not part.agreements and not part.counts:
        return [Paragraph("No promises were made or settled in this period.", styles["muted"])]
    flow: list[Flowable] = []
    if part.counts:
        rows: list[list[object]] = [
            ["Promises made by", "Kept", "Missed", "Renegotiated", "Released", "Still open"]
        ]
        rows += [
            [c.name, c.kept, c.missed, c.renegotiated, c.released, c.still_open]
            for c in part.counts
        ]
        flow += [_table(rows, width, styles, first=0.22), Spacer(1, 4)]
    if part.promises:
        rows = [["Promise", "Who, to whom", "Made", "Due", "Status"]]
        for p in part.promises:
            status = p.status + (f", {_short_date(p.settled_on)}" if p.settled_on else "")
            due = _short_date(p.due) if p.due else "no day set"
            rows.append([p.what, f"{p.promiser} to {p.to}", _short_date(p.made_on), due, status])
        flow += [
            CondPageBreak(30 * mm),
            Paragraph("Promises made or settled in this period", styles["h2"]),
            *_more(part.promises_in_period - len(part.promises), "earlier promise", styles),
            _table(rows, width, styles, first=0.34),
        ]
    if part.agreements:
        rows = [["Standing agreement", "Kept", "Broken"]]
        rows += [
            [a.text + (" (set aside since)" if a.ended else ""), a.honoured, a.broken]
            for a in part.agreements
        ]
        flow += [
            CondPageBreak(30 * mm),
            Paragraph("Standing agreements", styles["h2"]),
            Paragraph("How often each was kept or broken in this period.", styles["meta"]),
            _table(rows, width, styles, first=0.7),
        ]
    return flow


def _more(count: int, what: str, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """A line for the rows a list leaves out, so a long year stays readable."""
    if count <= 0:
        return []
    text = more_words(count, what)
    return [Paragraph(escape(text), styles["meta"])]


def _short_date(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def _money_rows(lines: Sequence[MoneyLine], last: str) -> list[list[object]]:
    rows: list[list[object]] = [["Purchase", "By", "Payee", "Amount", last]]
    rows += [[_short_date(m.on), m.author, m.payee, m.amount, m.detail] for m in lines]
    return rows


def _ledger(part: LedgerPart, styles: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    flow: list[Flowable] = []
    if part.agreement:
        flow.append(Paragraph(f"The agreement in force: {escape(part.agreement)}", styles["body"]))
    if not part.disclosures:
        flow.append(Paragraph("Nothing was disclosed for this period.", styles["muted"]))
        return flow
    flow.append(
        Paragraph(
            f"{plural(part.disclosures, 'disclosure')} for purchases in this period, "
            f"totalling {escape(' and '.join(part.totals))}. "
            f"{plural(part.late_count, 'disclosure')} came later than agreed; "
            f"{plural(part.open_count, 'question')} still open.",
            styles["body"],
        )
    )
    flow.append(
        Paragraph(
            "Amounts, dates, payees and categories only: the reasons and replies written "
            "in the ledger are not included.",
            styles["meta"],
        )
    )
    rows: list[list[object]] = [["Disclosed by", "Amount", "Disclosures"]]
    rows += [[who, amount, n] for who, amount, n in part.by_author]
    flow += [Spacer(1, 4), _table(rows, width * 0.7, styles, first=0.4)]
    if part.by_category:
        rows = [["Category", "Amount", "Disclosures"]]
        rows += [[what, amount, n] for what, amount, n in part.by_category]
        flow += [
            CondPageBreak(30 * mm),
            Paragraph("By category", styles["h2"]),
            _table(rows, width * 0.7, styles, first=0.4),
        ]
    if part.late:
        flow += [
            CondPageBreak(30 * mm),
            Paragraph("Late disclosures", styles["h2"]),
            _table(_money_rows(part.late, "How late"), width, styles, first=0.14),
            *_more(part.late_count - len(part.late), "late disclosure", styles),
        ]
    if part.open_questions:
        flow += [
            CondPageBreak(30 * mm),
            Paragraph("Open questions", styles["h2"]),
            _table(_money_rows(part.open_questions, "Question"), width, styles, first=0.14),
            *_more(part.open_count - len(part.open_questions), "open question", styles),
        ]
    return flow


def _talks(part: TalksPart, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    flow: list[Flowable] = []
    if not part.talks:
        flow.append(Paragraph("No planned conversations were had in this period.", styles["muted"]))
    for talk in part.talks:
        flow += [
            CondPageBreak(30 * mm),
            Paragraph(escape(talk.topic), styles["h2"]),
            Paragraph(escape(f"had {long_date(talk.had_on)}"), styles["meta"]),
            Spacer(1, 3),
        ]
        if talk.notes:
            flow.append(Paragraph("Notes, taken together", styles["step"]))
            flow += _paragraphs(talk.notes, styles["reply"])
        if talk.agreement:
            flow.append(Paragraph("Agreed", styles["step"]))
            flow.append(Paragraph(escape(talk.agreement), styles["reply"]))
        flow.append(Spacer(1, 6))
    if part.knowing_questions:
        flow += [
            CondPageBreak(30 * mm),
            Paragraph("How well do we know each other?", styles["h2"]),
            Paragraph(escape(KNOWING_NOTE), styles["meta"]),
        ]
        flow += [Paragraph(f"• {escape(q)}", styles["reply"]) for q in part.knowing_questions]
    return flow


def _repairs(part: RepairsPart, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    if not part.repairs:
        return [Paragraph("No repair conversations in this period.", styles["muted"])]
    flow: list[Flowable] = []
    for repair in part.repairs:
        facts = [
            repair.kind,
            f"started {long_date(repair.started_on)}",
            repair.status,
            f"steps completed together: {repair.steps_reached} of {repair.steps_total}",
        ]
        if repair.apology_accepted_by:
            facts.append(f"apology accepted by {' and '.join(repair.apology_accepted_by)}")
        flow += [
            CondPageBreak(30 * mm),
            Paragraph(escape(repair.topic), styles["h2"]),
            Paragraph(escape(" · ".join(facts)), styles["meta"]),
            Spacer(1, 3),
        ]
        for step in repair.steps:
            flow.append(Paragraph(escape(step.title), styles["step"]))
            for author, text in step.answers:
                if text is None:
                    line = f"{escape(author)} answered this step (not quoted)."
                    flow.append(Paragraph(line, styles["reply_meta"]))
                else:
                    flow.append(Paragraph(escape(author), styles["reply_meta"]))
                    flow += _paragraphs(text, styles["reply"])
        if repair.plan:
            flow.append(Paragraph("The plan", styles["step"]))
            flow += [Paragraph(f"• {escape(item)}", styles["reply"]) for item in repair.plan]
        flow.append(Spacer(1, 6))
    if part.answers_not_quoted:
        flow.append(
            Paragraph(
                f"In all, {plural(part.answers_not_quoted, 'answer')} "
                f"{word(part.answers_not_quoted, 'is', 'are')} counted here but not "
                "quoted: their author has not chosen to bring them to therapy.",
                styles["muted"],
            )
        )
    return flow


def _questions(part: QuestionsPart, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    several = len({who for who, _text in part.questions}) > 1
    return [
        Paragraph("• " + escape(f"{who}: {text}" if several else text), styles["body"])
        for who, text in part.questions
    ]


def _checkins(
    part: CheckinsPart, styles: dict[str, ParagraphStyle], width: float
) -> list[Flowable]:
    flow: list[Flowable] = [
        Paragraph(
            "Each answer is about the writer's own week, in their own words for it.",
            styles["meta"],
        )
    ]
    for who, weeks in part.people:
        flow.append(Paragraph(escape(f"{who}'s check-ins"), styles["h2"]))
        if not weeks:
            flow.append(Paragraph("None in this period.", styles["muted"]))
            continue
        rows: list[list[object]] = [["Week of", *part.questions]]
        rows += [[_short_date(w.week_of), *w.answers] for w in weeks]
        flow.append(_table(rows, width, styles, first=0.25))
        for week in weeks:
            if week.note:
                flow.append(
                    Paragraph(escape(f"Week of {long_date(week.week_of)}"), styles["reply_meta"])
                )
                flow += _paragraphs(week.note, styles["reply"])
    flow += [Spacer(1, 4), Paragraph(escape(part.context), styles["muted"])]
    return flow


def _practices(part: PracticesPart, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    if not part.practices:
        return [Paragraph("No practices from therapy were in use in this period.", styles["muted"])]
    flow: list[Flowable] = []
    for item in part.practices:
        done = sum(n for _who, n in item.times_by)
        facts = [f"meant {item.how_often}", f"written down by {item.author}"]
        if item.set_aside:
            facts.append("set aside since")
        logged = ", ".join(f"{who} {n}" for who, n in item.times_by)
        flow += [
            CondPageBreak(25 * mm),
            Paragraph(escape(item.what), styles["h2"]),
            Paragraph(escape(" · ".join(facts)), styles["meta"]),
            Paragraph(
                escape(f"Practised {plural(done, 'time')} in this period")
                + (escape(f" (logged by {logged})") if logged else "")
                + ".",
                styles["body"],
            ),
        ]
        for who, day, text in item.notes:
            flow.append(Paragraph(escape(f"{who}, {long_date(day)}"), styles["reply_meta"]))
            flow += _paragraphs(text, styles["reply"])
        if item.notes_not_quoted:
            flow.append(
                Paragraph(
                    escape(
                        f"{plural(item.notes_not_quoted, 'note')} counted, not quoted: "
                        "their author has not chosen to bring them to therapy."
                    ),
                    styles["muted"],
                )
            )
        flow.append(Spacer(1, 6))
    return flow


def _journal(part: JournalPart, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    flow: list[Flowable] = []
    if not part.entries:
        flow.append(Paragraph("No journal entries are included.", styles["muted"]))
    for entry in part.entries:
        flow += _entry(entry, styles)
    notes = []
    for author, count in sorted(part.not_quoted.items()):
        notes.append(
            f"{author} wrote {count} more shared {word(count, 'entry', 'entries')} in "
            f"this period. {author} has not chosen to bring {word(count, 'it', 'them')} "
            "to therapy, so only the number is shown."
        )
    if part.replies_not_quoted:
        count = part.replies_not_quoted
        notes.append(
            f"{plural(count, 'reply', 'replies')} under these entries "
            f"{word(count, 'is', 'are')} counted, not quoted, for the same reason."
        )
    if notes:
        flow.append(Spacer(1, 6))
        flow += [Paragraph(escape(n), styles["muted"]) for n in notes]
    return flow


def _entry(entry: EntryItem, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    when = long_date(entry.written_at.astimezone().date())
    facts = [
        f"by {entry.author}",
        when,
        "private, chosen for this summary" if entry.private else "shared",
    ]
    if entry.mood:
        facts.append(f"mood: {entry.mood}")
    head: list[Flowable] = [
        CondPageBreak(30 * mm),
        Paragraph(escape(entry.title), styles["h2"]),
        Paragraph(escape(" · ".join(facts)), styles["meta"]),
        Spacer(1, 3),
    ]
    flow = head + _paragraphs(entry.body, styles["body"])
    for reply in entry.replies:
        flow.append(Spacer(1, 3))
        reply_when = long_date(reply.written_at.astimezone().date())
        flow.append(
            Paragraph(escape(f"Reply from {reply.author}, {reply_when}"), styles["reply_meta"])
        )
        flow += _paragraphs(reply.body, styles["reply"])
    flow.append(Spacer(1, 8))
    return flow
