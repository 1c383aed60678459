"""An earlier version opened from the entry itself: a calm link, for its author only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORDS, Couple
from tests.integration.sync.support import Computer, own_computers
from tests.ui.helpers import click, show, widget_texts
from toward.core.journal import EntryFields
from toward.core.spaces import Space
from toward.ui.journal.reader import EntryReader
from toward.ui.sync.earlier import EarlierVersionDialog


def test_the_author_opens_the_earlier_version_from_the_entry(
    qtbot: QtBot, couple: Couple, tmp_path: Path
):
    (home, laptop), _folder = own_computers(couple, tmp_path)
    sam = Computer("home", couple.folder, "Sam", PASSWORDS["Sam"])
    try:
        entry = home.session.journal.write(Space.SHARED, EntryFields(title="plan", body="v1"))
        home.exchange()
        laptop.exchange()
        on_laptop = laptop.session.journal.get(Space.SHARED, entry.id)
        home.session.journal.edit(entry, EntryFields(title="plan", body="home's words"))
        laptop.session.journal.edit(on_laptop, EntryFields(title="plan", body="laptop's words"))
        home.exchange()
        laptop.exchange()  # the later edit, shown everywhere
        home.exchange()

        partners = {p.id: p for p in home.session.household.partners}
        reader = EntryReader(home.session, partners)
        show(qtbot, reader)
        reader.show_entry(home.session.journal.get(Space.SHARED, entry.id))
        assert reader.earlier.isVisible()
        (link,) = reader.earlier.findChildren(QPushButton)
        assert link.text().startswith("Earlier version from Home, ")
        assert link.accessibleName() == link.text()
        assert link.focusPolicy() & Qt.FocusPolicy.TabFocus
        click(qtbot, link)
        dialog = reader.earlier.dialog
        assert isinstance(dialog, EarlierVersionDialog)
        assert "home's words" in widget_texts(dialog)
        dialog.close()

        # The other partner, on the same computer, never sees it.
        his = EntryReader(sam.session, partners)
        show(qtbot, his)
        his.show_entry(sam.session.journal.get(Space.SHARED, entry.id))
        assert not his.earlier.isVisible()
        assert his.earlier.findChildren(QPushButton) == []
    finally:
        for computer in (home, laptop, sam):
            computer.close()


def test_an_entry_never_edited_apart_shows_no_link(qtbot: QtBot, couple: Couple):
    maya = couple.unlock("Maya")
    try:
        entry = maya.journal.write(Space.PRIVATE, EntryFields(title="mine", body="b"))
        reader = EntryReader(maya, {p.id: p for p in maya.household.partners})
        show(qtbot, reader)
        reader.show_entry(entry)
        assert not reader.earlier.isVisible()
    finally:
        maya.lock()
