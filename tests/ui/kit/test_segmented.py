"""A row of choices tells a screen reader what the row is about, at each choice."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from toward.ui.kit.widgets import Segmented


def test_the_rows_name_is_each_choices_description(qtbot: QtBot) -> None:
    """Orca speaks the name and description of the choice Tab reaches, not the row's."""
    row = Segmented(["Private", "Shared"])
    qtbot.addWidget(row)
    row.setAccessibleName("Private or shared")
    assert row.accessibleName() == "Private or shared"
    assert [row.button(i).accessibleName() or row.button(i).text() for i in range(2)] == [
        "Private",
        "Shared",
    ]
    assert [row.button(i).accessibleDescription() for i in range(2)] == ["Private or shared"] * 2
