"""Unusual input through the journal page: a huge body, emoji, right-to-left text, no title."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import Couple
from tests.ui.helpers import click, on_disk, type_text
from tests.ui.journal.support import JournalOf, listed, open_titled, save_shortcut, search_for
from toward import Session
from toward.core.spaces import Space
from toward.ui.kit.markdown_view import MARKDOWN_LIMIT

RTL_TITLE = "שלום עולם 🌿"
EMOJI_TITLE = "Sunday 👩‍❤️‍👨 ☕"
RTL_BODY = "مرحبا بالعالم، هذا يوم جميل"


@pytest.fixture
def clipboard() -> object:
    board = QApplication.clipboard()
    yield board
    board.clear()


def test_a_five_megabyte_entry_is_pasted_saved_and_opened(
    qtbot: QtBot, journal_of: JournalOf, couple: Couple, maya: Session, clipboard: object
) -> None:
    line = "a line of an enormous letter, written over many evenings\n"
    body = "# Not a heading here\n" + line * (5_000_000 // len(line))
    assert len(body) > 5_000_000 > MARKDOWN_LIMIT
    page = journal_of(maya)
    click(qtbot, page.new_button)
    qtbot.keyClicks(page.title_field, "The long letter")
    clipboard.setText(body)  # type: ignore[attr-defined]
    page.body.setFocus()
    qtbot.keyClick(page.body, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(page.body.toPlainText()) == len(body)

    save_shortcut(qtbot, page)

    assert listed(page) == ["The long letter"]
    assert page.read_title.text() == "The long letter"
    shown = page.read_body.toPlainText()
    assert shown.startswith("# Not a heading here\n"), "over the limit, shown as plain text"
    assert len(shown) >= len(body) - 1
    with on_disk(couple.folder, "Maya") as check:
        (entry,) = check.journal.entries(Space.PRIVATE)
        assert entry.body == body, "nothing lost"
        assert check.journal.drafts.all() == []


def test_emoji_and_right_to_left_titles_are_shown_and_kept(
    qtbot: QtBot, journal_of: JournalOf, couple: Couple, maya: Session
) -> None:
    page = journal_of(maya)
    for title, body in ((RTL_TITLE, RTL_BODY), (EMOJI_TITLE, "Pancakes 🥞 and rain.")):
        click(qtbot, page.new_button)
        page.title_field.setFocus()
        type_text(page.title_field, title)
        page.body.setFocus()
        type_text(page.body, body)
        save_shortcut(qtbot, page)
        assert page.read_title.text() == title
        assert body in page.read_body.toPlainText()

    assert listed(page) == [EMOJI_TITLE, RTL_TITLE]
    page.list.viewport().grab()  # the cards draw both without trouble
    with on_disk(couple.folder, "Maya") as check:
        titles = {e.title: e.body for e in check.journal.entries(Space.PRIVATE)}
    assert titles == {RTL_TITLE: RTL_BODY, EMOJI_TITLE: "Pancakes 🥞 and rain."}

    search_for(qtbot, page, "بالعالم")
    assert listed(page) == [RTL_TITLE]
    open_titled(qtbot, page, RTL_TITLE)
    assert page.read_title.text() == RTL_TITLE


def test_an_entry_without_a_title_is_listed_by_its_first_words(
    qtbot: QtBot, journal_of: JournalOf, couple: Couple, maya: Session
) -> None:
    page = journal_of(maya)
    click(qtbot, page.new_button)
    qtbot.keyClicks(page.body, "## Started without a title")
    qtbot.keyClick(page.body, Qt.Key.Key_Return)
    qtbot.keyClicks(page.body, "and kept going.")
    save_shortcut(qtbot, page)

    assert listed(page) == ["Started without a title"]
    assert page.read_title.text() == "Started without a title"
    with on_disk(couple.folder, "Maya") as check:
        (entry,) = check.journal.entries(Space.PRIVATE)
    assert entry.title == ""
    assert entry.body == "## Started without a title\nand kept going."
