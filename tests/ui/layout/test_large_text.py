"""Text at 200%: the system's text size doubled, every page and dialog still fits a
1920×1080 screen at 150% (a 1280×720 window), with the same checks as the layout test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.layout.pseudo import no_change
from tests.ui.layout.test_layout import demo, demo_folder, visit  # noqa: F401 - fixtures
from toward import Session
from toward.ui.kit import theme

DOUBLE = 2 * theme.REFERENCE_POINTS  # 200% of the text size Toward's own sizes are made for


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[None]:
    """The app's style, as it is drawn when the system's text is twice the usual size."""
    style, palette, sheet, font = (
        qapp.style().name(),
        qapp.palette(),
        qapp.styleSheet(),
        qapp.font(),
    )
    larger = qapp.font()
    larger.setPointSizeF(DOUBLE)
    qapp.setFont(larger)
    theme.apply_theme(qapp)
    yield
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setStyle(style)


def test_the_style_follows_the_system_text_size(large_text: None) -> None:
    sheet = QApplication.instance().styleSheet()
    assert f"font-size: {2 * theme.SIZES['font_size']:g}pt" in sheet


@pytest.mark.usefixtures("large_text")
def test_every_page_and_dialog_fits_at_200_percent_text(
    qtbot: QtBot, request: pytest.FixtureRequest
) -> None:
    sessions: dict[str, Session] = request.getfixturevalue("demo")  # the layout test's
    problems = visit(qtbot, [sessions["Maya"]], (1280, 720), no_change)
    assert not problems, "\n".join([f"{len(problems)} layout problems:", *problems])
