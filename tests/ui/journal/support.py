"""Helpers for the journal pages: reading the list, opening entries, writing as a person does."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.helpers import activate, click, type_text
from toward import Session
from toward.core.journal import JournalEntry
from toward.core.spaces import Space
from toward.ui.journal.model import EntryRole
from toward.ui.journal.page import JournalPage
from toward.ui.journal.share import ShareDialog
from toward.ui.main_view import Section

JournalOf = Callable[[Session], JournalPage]


def journal_sections() -> list[Section]:
    """A view with the journal alone: these tests don't depend on which other sections exist."""
    return [Section("journal", "Journal", "journal", JournalPage)]


class Answers:
    """Stands in for the modal boxes: answers questions and keeps what was said."""

    def __init__(self, answer: bool = True) -> None:
        self.answer = answer
        self.asked: list[str] = []
        self.told: list[str] = []
        self.titles: list[str] = []  # the titles of the notes told

    def ask(self, parent: object, title: str, text: str, yes: str = "Yes") -> bool:
        self.asked.append(f"{title} {text}")
        return self.answer

    def tell(self, parent: object, title: str, text: str) -> None:
        self.titles.append(title)
        self.told.append(text)


def share_dialog(qtbot: QtBot, page: JournalPage) -> ShareDialog:
    """The share dialog the page has just opened."""
    dialog = page.share_dialog
    assert isinstance(dialog, ShareDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Toward"
    activate(qtbot, dialog)
    return dialog


def listed(page: JournalPage) -> list[str]:
    """The titles the list shows, top to bottom (search results while searching)."""
    model = page.list.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def open_row(qtbot: QtBot, page: JournalPage, row: int) -> JournalEntry:
    """Click an entry (or a search result) in the list."""
    model = page.list.model()
    index = model.index(row, 0)
    page.list.scrollTo(index)
    qtbot.mouseClick(
        page.list.viewport(), Qt.MouseButton.LeftButton, pos=page.list.visualRect(index).center()
    )
    entry = index.data(EntryRole)
    assert page.panel.currentWidget() is page.reader
    return entry


def open_titled(qtbot: QtBot, page: JournalPage, title: str) -> JournalEntry:
    """Click the entry with this title in the list."""
    titles = listed(page)
    assert title in titles, f"{title!r} is not listed: {titles}"
    return open_row(qtbot, page, titles.index(title))


def save_shortcut(qtbot: QtBot, page: JournalPage) -> None:
    """Ctrl+S where the keyboard focus is; the button animates its click, then saves."""
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.panel.currentWidget() is not page.editor)


def choose_space(qtbot: QtBot, page: JournalPage, space: Space) -> None:
    click(qtbot, page.space_switch.button(0 if space is Space.PRIVATE else 1))
    assert page.space is space


def write_new(qtbot: QtBot, page: JournalPage, title: str, body: str) -> None:
    click(qtbot, page.new_button)
    qtbot.keyClicks(page.title_field, title)
    page.body.setFocus()
    qtbot.keyClicks(page.body, body)
    save_shortcut(qtbot, page)


def buttons_on(widget: QWidget, starting: str) -> list[QPushButton]:
    """The push buttons under `widget` whose text starts with `starting` (not those hidden)."""
    found = widget.findChildren(QPushButton)
    return [b for b in found if b.text().startswith(starting) and not b.isHidden()]


def tiny_png(width: int = 2, height: int = 2) -> bytes:
    """A valid PNG of a few pixels, made by hand (RGB, every pixel teal)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    rows = b"".join(b"\x00" + b"\x00\x80\x80" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def search_for(qtbot: QtBot, page: JournalPage, text: str) -> None:
    """Type over the search field, then wait for the results (the search waits for a pause)."""
    field = page.search
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:
        type_text(field, text)  # QTest can only type Latin-1
    assert field.text() == text
    if text.strip():
        qtbot.waitUntil(lambda: page.list.model() is page.results and page.results.query == text)
    else:
        qtbot.waitUntil(lambda: page.list.model() is page.model)


def pick(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Choose an item of a closed combo box with the keyboard (Home, then Down)."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text, f"{text!r} is not among {combo_items(combo)}"


def combo_items(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]
