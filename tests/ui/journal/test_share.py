"""The share dialog: sharing part of an entry, and its pictures or not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import Couple
from tests.ui.helpers import click, on_disk, tick, widget_texts
from tests.ui.journal.support import JournalOf, open_titled, share_dialog, tiny_png
from toward import Session
from toward.core.journal import EntryFields
from toward.core.spaces import Space
from toward.ui.journal.page import JournalPage
from toward.ui.journal.share import ShareDialog

THREE = "First, the easy part.\n\nSecond, the part only I should read.\n\nThird, the hope."


def open_share(qtbot: QtBot, page: JournalPage, title: str) -> ShareDialog:
    open_titled(qtbot, page, title)
    click(qtbot, page.share_button)
    return share_dialog(qtbot, page)


def toggle_paragraph(qtbot: QtBot, dialog: ShareDialog, row: int) -> None:
    """Tick or untick a paragraph with the keyboard (Space on the current row)."""
    dialog.list.setFocus()
    dialog.list.setCurrentRow(row)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)


def test_keeping_one_paragraph_of_three_back(
    qtbot: QtBot, journal_of: JournalOf, couple: Couple, maya: Session
) -> None:
    original = maya.journal.write(Space.PRIVATE, EntryFields(title="Three parts", body=THREE))
    page = journal_of(maya)
    dialog = open_share(qtbot, page, "Three parts")
    assert dialog.list.isVisible()
    assert [dialog.list.item(r).text() for r in range(3)] == THREE.split("\n\n")
    assert "Untick any paragraph you want to keep to yourself." in widget_texts(dialog)
    assert dialog.summary.text() == ""

    toggle_paragraph(qtbot, dialog, 1)

    assert dialog.list.item(1).checkState() == Qt.CheckState.Unchecked
    assert dialog.summary.text() == (
        "Sharing 2 of 3 paragraphs; the rest stay in your private journal."
    )
    click(qtbot, dialog.share_button)

    assert "shared with Sam" in page.read_meta.text()
    assert "the part only I should read" in page.read_body.toPlainText(), "still all hers"
    assert page.reader.shared_part.isVisible()
    assert page.reader.shared_part.text() == (
        "Shared in part: Sam can read paragraphs 1 and 3 of 3; "
        "the others stay in your private journal."
    )
    with on_disk(couple.folder, "Sam") as check:
        (copy,) = check.journal.entries(Space.SHARED)
        assert copy.body == "First, the easy part.\n\nThird, the hope."
        assert copy.title == "Three parts"
        assert check.journal.search("only I should read") == []
    with on_disk(couple.folder, "Maya") as check:
        kept = check.journal.get(Space.PRIVATE, original.id)
        assert kept.body == THREE
        assert kept.info.is_currently_shared
        assert check.journal.shared_copy(kept).body == "First, the easy part.\n\nThird, the hope."


def test_unticking_every_paragraph_leaves_nothing_to_share(
    qtbot: QtBot, journal_of: JournalOf, maya: Session
) -> None:
    maya.journal.write(Space.PRIVATE, EntryFields(title="Three parts", body=THREE))
    page = journal_of(maya)
    dialog = open_share(qtbot, page, "Three parts")

    for row in range(3):
        toggle_paragraph(qtbot, dialog, row)

    assert not dialog.share_button.isEnabled()
    assert dialog.summary.text().startswith("Sharing 0 of 3 paragraphs")

    toggle_paragraph(qtbot, dialog, 2)
    assert dialog.share_button.isEnabled()
    assert dialog.summary.text().startswith("Sharing 1 of 3 paragraphs")
    toggle_paragraph(qtbot, dialog, 0)
    toggle_paragraph(qtbot, dialog, 1)
    assert dialog.summary.text() == "", "all of it again"

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert maya.journal.count(Space.SHARED) == 0


def test_a_single_paragraph_is_shared_whole_with_no_list(
    qtbot: QtBot, journal_of: JournalOf, couple: Couple, maya: Session
) -> None:
    maya.journal.write(
        Space.PRIVATE, EntryFields(title="One part", body="Just this,\nover two lines.")
    )
    page = journal_of(maya)
    dialog = open_share(qtbot, page, "One part")

    assert dialog.list.isHidden()
    assert not dialog.with_pictures.isVisible(), "no pictures, no picture choice"
    assert dialog.summary.text() == ""
    assert dialog.shared_body() is None
    assert "Share “One part” with Sam?" in widget_texts(dialog)
    click(qtbot, dialog.share_button)

    with on_disk(couple.folder, "Sam") as check:
        assert [e.body for e in check.journal.entries(Space.SHARED)] == [
            "Just this,\nover two lines."
        ]


def test_pictures_are_shared_only_when_ticked(
    qtbot: QtBot, journal_of: JournalOf, couple: Couple, maya: Session
) -> None:
    png = tiny_png()
    without = maya.journal.write(
        Space.PRIVATE, EntryFields(title="Keep the photo", body="Words only.")
    )
    maya.journal.images.attach(without, "photo.png", png)
    with_them = maya.journal.write(
        Space.PRIVATE, EntryFields(title="Share the photos", body="All of it.")
    )
    maya.journal.images.attach(with_them, "one.png", png)
    maya.journal.images.attach(with_them, "two.png", png)
    page = journal_of(maya)

    dialog = open_share(qtbot, page, "Keep the photo")
    assert dialog.with_pictures.isVisible()
    assert dialog.with_pictures.text() == "Include its 1 picture"
    assert dialog.with_pictures.isChecked()
    tick(qtbot, dialog.with_pictures)
    assert not dialog.with_pictures.isChecked()
    click(qtbot, dialog.share_button)

    dialog = open_share(qtbot, page, "Share the photos")
    assert dialog.with_pictures.text() == "Include its 2 pictures"
    click(qtbot, dialog.share_button)

    with on_disk(couple.folder, "Sam") as check:
        copies = {e.title: e for e in check.journal.entries(Space.SHARED)}
        assert check.journal.images.of(copies["Keep the photo"]) == []
        assert [i.name for i in check.journal.images.of(copies["Share the photos"])] == [
            "one.png",
            "two.png",
        ]
    with on_disk(couple.folder, "Maya") as check:
        kept = check.journal.get(Space.PRIVATE, without.id)
        assert [i.name for i in check.journal.images.of(kept)] == ["photo.png"]
