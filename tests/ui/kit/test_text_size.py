"""The text size followed while the app runs: a larger system font grows every page at once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from tests.ui.journal.support import JournalOf
from toward import Session
from toward.ui.kit import theme


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[None]:
    """The app's own look at the usual text size; the suite's plain one (and font) after."""
    style, palette, sheet, font = (
        qapp.style().name(),
        qapp.palette(),
        qapp.styleSheet(),
        qapp.font(),
    )
    usual = qapp.font()
    usual.setPointSizeF(theme.REFERENCE_POINTS)
    qapp.setFont(usual)
    theme.apply_theme(qapp)
    yield
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setStyle(style)


def _heights(labels: list[QLabel]) -> list[int]:
    return [label.sizeHint().height() for label in labels]


@pytest.mark.usefixtures("themed")
def test_a_font_change_while_running_grows_the_pages_text(
    qapp: QApplication, qtbot: QtBot, journal_of: JournalOf, maya: Session
) -> None:
    page = journal_of(maya)
    labels = [label for label in page.findChildren(QLabel) if label.text() and label.isVisible()]
    assert labels
    before = _heights(labels)
    points = {label: label.font().pointSizeF() for label in labels}

    larger = qapp.font()
    larger.setPointSizeF(2 * theme.REFERENCE_POINTS)  # the person sets 200% text
    qapp.setFont(larger)
    qtbot.waitUntil(lambda: all(label.font().pointSizeF() > points[label] for label in labels))

    assert f"font-size: {2 * theme.SIZES['font_size']:g}pt" in qapp.styleSheet()
    assert all(now > then for now, then in zip(_heights(labels), before, strict=True))


def test_a_font_change_leaves_a_style_sheet_that_is_not_towards_alone(
    qapp: QApplication,
) -> None:
    font, sheet = qapp.font(), qapp.styleSheet()
    try:
        qapp.setStyleSheet("")  # a test's (or an embedder's) own look
        larger = qapp.font()
        larger.setPointSizeF(font.pointSizeF() + 3)
        qapp.setFont(larger)
        assert qapp.styleSheet() == ""
    finally:
        qapp.setFont(font)
        qapp.setStyleSheet(sheet)
