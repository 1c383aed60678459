"""The PDF's look: paper sizes, colours, the embedded font, paragraph styles, tables and
the small text helpers every section uses."""

from __future__ import annotations

import io
import re
import threading
from collections.abc import Sequence
from datetime import date
from importlib import resources
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from toward.core.formatting import format_date
from toward.export import words

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


def register_fonts() -> None:
    """Register the bundled DejaVu fonts with reportlab, once per process."""
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


def paragraph_styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles every section draws with, by name."""
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


_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")


_ITALIC = re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])")


_HEADING = re.compile(r"^#{1,6}\s+(.*)$", re.MULTILINE)


def _inline(text: str) -> str:
    """Journal Markdown's emphasis and headings as reportlab markup, on escaped text."""
    marked = _HEADING.sub(r"<b>\1</b>", escape(text))
    marked = _BOLD.sub(r"<b>\2</b>", marked)
    return _ITALIC.sub(r"<i>\2</i>", marked).replace("\n", "<br/>")


def paragraphs(text: str, style: ParagraphStyle) -> list[Flowable]:
    """`text` as paragraphs (blank-line separated), its Markdown emphasis kept."""
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    flow: list[Flowable] = []
    for block in blocks:
        try:
            flow.append(Paragraph(_inline(block), style))
        except ValueError:  # markup the parser refuses (odd nesting): the plain words
            flow.append(Paragraph(escape(block).replace("\n", "<br/>"), style))
    return flow


def ruled_table(
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


def more_note(count: int, what: str, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """A line for the rows a list leaves out, so a long year stays readable."""
    if count <= 0:
        return []
    text = words.more(count, what)
    return [Paragraph(escape(text), styles["meta"])]


def short_date(day: date) -> str:
    """'3 Nov 2026': short enough for a table column, as the exporter's locale writes it."""
    return format_date(day, "medium")
