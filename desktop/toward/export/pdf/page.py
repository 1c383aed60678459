"""A summary as a calm, printable PDF: rendered in memory, charts drawn as vectors.

The bundled DejaVu Sans (resources/fonts, Bitstream Vera licence) is embedded, so names
and journal text in any Latin, Greek or Cyrillic script print as written. Nothing is
written to disk here; export/save.py writes the finished bytes atomically.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from xml.sax.saxutils import escape

from pypdf import PdfReader, PdfWriter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
)

from toward.core.i18n import translate
from toward.export import words
from toward.export.pdf.between import checkins_flow, journal_flow, practices_flow, questions_flow
from toward.export.pdf.record import bids_flow, ledger_flow, promises_flow, repairs_flow, talks_flow
from toward.export.pdf.style import (
    FONT,
    MARGIN,
    MUTED,
    PAGE_SIZES,
    RULE,
    paragraph_styles,
    paragraphs,
    register_fonts,
)
from toward.export.summary import (
    BidsPart,
    CheckinsPart,
    JournalPart,
    LedgerPart,
    NotePart,
    PracticesPart,
    PromisesPart,
    QuestionsPart,
    RepairsPart,
    SincePart,
    Summary,
)
from toward.export.talks import TalksPart
from toward.export.words import t


def render_pdf(summary: Summary, *, page_size: str = "a4") -> bytes:
    """The summary as PDF bytes, on A4 or US Letter paper."""
    try:
        size = PAGE_SIZES[page_size.lower()]
    except KeyError:
        raise ValueError(f"paper is 'a4' or 'letter', not {page_size!r}") from None
    register_fonts()
    styles = paragraph_styles()
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 6 * mm,
        bottomMargin=MARGIN,
        title=summary.title,
        author=words.names(summary.prepared_by),
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


def _numbered_canvas(summary: Summary) -> Callable[..., Canvas]:
    """A canvas that holds pages back until the end, to print 'Page n of N' on each."""
    left = f"{summary.title} · {' & '.join(summary.partners)}"
    right = summary.period.label
    foot = translate("export.pdf.page", "Exported {day} · Private, keep safe").format(
        day=words.day(summary.exported_at.astimezone().date())
    )
    page_of = translate("export.pdf.page", "Page {number} of {pages}")

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
            self.drawRightString(
                width - MARGIN, MARGIN - 8 * mm, page_of.format(number=number, pages=total)
            )
            self.restoreState()

    return NumberedCanvas


def _story(summary: Summary, styles: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    story: list[Flowable] = [
        Paragraph(escape(summary.title), styles["title"]),
        Spacer(1, 4),
        Paragraph(escape(summary.byline), styles["byline"]),
        Paragraph(escape(t(words.PERIOD).format(period=summary.period.label)), styles["byline"]),
        *_scope(summary, styles),
        Paragraph(
            escape(
                translate("export.pdf.page", "Contents: {sections}").format(
                    sections=", ".join(s.label for s in summary.sections)
                )
            ),
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
            story += bids_flow(part, summary.colours, styles, width)
        elif isinstance(part, PromisesPart):
            story += promises_flow(part, styles, width)
        elif isinstance(part, LedgerPart):
            story += ledger_flow(part, styles, width)
        elif isinstance(part, RepairsPart):
            story += repairs_flow(part, styles)
        elif isinstance(part, TalksPart):
            story += talks_flow(part, styles)
        elif isinstance(part, JournalPart):
            story += journal_flow(part, styles)
        elif isinstance(part, PracticesPart):
            story += practices_flow(part, styles)
        elif isinstance(part, QuestionsPart):
            story += questions_flow(part, styles)
        elif isinstance(part, CheckinsPart):
            story += checkins_flow(part, styles, width)
        elif isinstance(part, SincePart):
            story += [Paragraph(escape(line), styles["body"]) for line in part.lines]
    return story


def _scope(summary: Summary, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """Whose words the summary holds, when that is only its maker's."""
    return [Paragraph(escape(summary.scope), styles["byline"])] if summary.scope else []


def _note(part: NotePart, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    flow: list[Flowable] = []
    written = [(who, text) for who, text in part.notes if text]
    if not written:
        return [Paragraph(escape(t(words.NO_NOTE)), styles["muted"])]
    for who, text in written:
        if len(part.notes) > 1:
            flow.append(Paragraph(escape(t(words.NOTE_FROM).format(partner=who)), styles["h2"]))
        flow += paragraphs(text, styles["body"])
    return flow
