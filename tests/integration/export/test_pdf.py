"""The PDF renderer: a valid file on A4 and Letter, fonts embedded, an optional password."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError

from tests.integration.export.support import at, days_ago, pdf_text
from toward.core.bids import Answer
from toward.core.journal import EntryFields
from toward.core.period import Period
from toward.core.spaces import Space
from toward.export.pdf import protect, render_pdf
from toward.export.save import save_summary
from toward.export.summary import (
    Contribution,
    Section,
    Summary,
    SummaryRequest,
    build_summary,
)
from toward.session import Session

ALL = (Section.NOTE, Section.BIDS, Section.JOURNAL)


@pytest.fixture
def summary(maya: Session, sam: Session) -> Summary:
    for day in range(60):
        answer = (Answer.TOWARD, Answer.AWAY, Answer.TOWARD, Answer.MISSED)[day % 4]
        who = maya if day % 2 else sam
        who.bids.log(Space.SHARED, by_me=True, answer=answer, made_at=at(days_ago(day + 1), 19))
    for i in range(12):
        maya.journal.write(
            Space.SHARED,
            EntryFields(
                title=f"Entry {i} – Zoë's café", body="A longer paragraph about the week. " * 40
            ),
            written_at=at(days_ago(i * 4 + 1), 21),
        )
    request = SummaryRequest(Period.last_days(60), ALL)
    return build_summary(request, [Contribution(maya, note="MARKER-NOTE über alles")])


def test_a_valid_pdf_with_pages_period_and_page_numbers(summary: Summary) -> None:
    data = render_pdf(summary)
    reader = PdfReader(io.BytesIO(data))
    pages = len(reader.pages)
    assert pages >= 3
    assert reader.metadata is not None and reader.metadata.title == "Summary for therapy"
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert summary.period.label in text
        assert "Exported" in text
        assert f"Page {number} of {pages}" in text
    assert "MARKER-NOTE über alles" in pdf_text(data)
    assert "Zoë's café" in pdf_text(data)


def test_a4_and_letter(summary: Summary) -> None:
    a4 = PdfReader(io.BytesIO(render_pdf(summary, page_size="a4"))).pages[0].mediabox
    letter = PdfReader(io.BytesIO(render_pdf(summary, page_size="Letter"))).pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)
    assert (round(float(letter.width)), round(float(letter.height))) == (612, 792)
    with pytest.raises(ValueError, match="a4"):
        render_pdf(summary, page_size="A5")


def test_every_font_is_embedded(summary: Summary) -> None:
    reader = PdfReader(io.BytesIO(render_pdf(summary)))
    seen = set()
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            descendant = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            descriptor = descendant["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
            seen.add(str(font["/BaseFont"]).split("+")[-1])
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= seen


def test_a_protected_pdf_opens_only_with_its_password(summary: Summary) -> None:
    data = protect(render_pdf(summary), "therapy-2026")
    reader = PdfReader(io.BytesIO(data))
    assert reader.is_encrypted
    assert "/AESV3" in str(reader.trailer["/Encrypt"].get_object()["/CF"])  # AES-256
    with pytest.raises(FileNotDecryptedError):
        reader.pages[0].extract_text()
    assert PdfReader(io.BytesIO(data)).decrypt("wrong") == 0
    assert "MARKER-NOTE" not in data.decode("latin-1")
    assert "MARKER-NOTE" in pdf_text(data, "therapy-2026")
    with pytest.raises(ValueError, match="empty"):
        protect(data, "")


def test_saving_writes_atomically_and_leaves_nothing_else(summary: Summary, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    pdf = save_summary(
        summary, folder / "summary.pdf", file_format="pdf", page_size="letter", password="pw"
    )
    markdown = save_summary(summary, folder / "summary.md", file_format="md")
    assert sorted(os.listdir(folder)) == ["summary.md", "summary.pdf"]
    assert pdf.path == folder / "summary.pdf" and pdf.protected and not markdown.protected
    assert PdfReader(folder / "summary.pdf").is_encrypted
    assert "MARKER-NOTE" in (folder / "summary.md").read_text("utf-8")


def test_a_saved_summary_is_recorded_with_the_least_that_protects_the_partner(
    summary: Summary, maya: Session, tmp_path: Path
) -> None:
    saved = save_summary(summary, tmp_path / "summary.pdf", file_format="pdf", password="pw")
    record = saved.record(maya.exports)
    assert record is not None
    assert maya.exports.history() == [record]
    assert (record.file_format, record.protected) == ("pdf", True)
    # Who and when, and whether the partner's words are in it: never what it is about.
    assert (record.period_start, record.period_end, record.sections) == (None, None, ())
    assert record.partner_words is summary.partner_words


def test_only_a_pdf_takes_a_password_and_nothing_is_written_otherwise(
    summary: Summary, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ValueError, match="only a PDF"):
        save_summary(summary, folder / "summary.md", file_format="md", password="pw")
    with pytest.raises(ValueError, match="pdf or md"):
        save_summary(summary, folder / "summary.txt", file_format="txt")
    assert not list(folder.iterdir())


def test_a_year_of_weeks_and_a_single_day_both_render(maya: Session) -> None:
    maya.bids.log(Space.SHARED, by_me=True)
    for period in (Period.last_days(1), Period.last_days(365)):
        summary = build_summary(SummaryRequest(period, (Section.BIDS,)), [Contribution(maya)])
        assert "1 bid in this period; 100% turned toward" in pdf_text(render_pdf(summary))


def test_journal_markdown_prints_as_emphasis_and_odd_markup_as_plain_words(
    maya: Session,
) -> None:
    maya.journal.write(
        Space.SHARED, EntryFields(title="Marked", body="**What went well:** the *walk*")
    )
    maya.journal.write(
        Space.SHARED, EntryFields(title="Odd", body="**a *b** c* <b>not markup</b> & more")
    )
    request = SummaryRequest(Period.last_days(7), (Section.JOURNAL,))
    text = pdf_text(render_pdf(build_summary(request, [Contribution(maya)])))
    assert "What went well: the walk" in text and "**" not in text.split("Odd")[0]
    assert "<b>not markup</b> & more" in text


def test_the_bids_tables_fill_the_first_page_before_the_charts(summary: Summary) -> None:
    # A chart too tall for what was left of page 1 moved whole to page 2, leaving a third of
    # page 1 blank; the two small tables now come first, side by side.
    first = PdfReader(io.BytesIO(render_pdf(summary))).pages[0].extract_text()
    assert "By kind of bid" in first and "By time of day" in first
    assert "Share of bids turned toward, week by week" in first


def test_a_short_period_draws_no_line_of_one_or_two_points(maya: Session, sam: Session) -> None:
    maya.bids.log(Space.SHARED, by_me=True, answer=Answer.TOWARD, made_at=at(days_ago(1), 19))
    sam.bids.log(Space.SHARED, by_me=True, answer=Answer.AWAY, made_at=at(days_ago(8), 19))
    request = SummaryRequest(Period.last_days(9), (Section.BIDS,))
    text = pdf_text(render_pdf(build_summary(request, [Contribution(maya)])))
    assert "The bank account, week by week" in text
    assert "Share of bids turned toward, week by week" not in text  # no lone dots, no 0→100%
    assert "Too few weeks for a line" in text
