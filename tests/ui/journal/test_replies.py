"""Replies under shared entries, and the count of entries the partner has not read yet."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.conftest import Couple
from tests.ui.helpers import click, flush_deletes, on_disk
from tests.ui.journal.support import JournalOf, choose_space, listed, open_titled
from toward import Session
from toward.core.journal import LISTENING_REMINDER, EntryFields
from toward.core.spaces import Space
from toward.ui.journal.model import UnreadRole
from toward.ui.journal.page import JournalPage


def replies_shown(page: JournalPage) -> list[str]:
    """Each reply as the reader shows it: who, then the words (the time left out)."""
    flush_deletes()  # the replies shown before are replaced, not updated
    labels = [
        label
        for label in page.reader.replies_box.findChildren(QLabel)
        if label.accessibleName().startswith("Reply from ")
    ]
    return [f"{label.accessibleName()}: {label.text().split(chr(10), 1)[1]}" for label in labels]


def reply(qtbot: QtBot, page: JournalPage, text: str) -> None:
    page.reader.reply_field.setFocus()
    qtbot.keyClicks(page.reader.reply_field, text)
    click(qtbot, page.reader.reply_button)


def test_sam_replies_and_both_read_the_thread(
    qtbot: QtBot, journal_of: JournalOf, couple: Couple, maya: Session, sam: Session
) -> None:
    entry = maya.journal.write(
        Space.SHARED, EntryFields(title="Hard day", body="I felt unseen today.")
    )
    sams = journal_of(sam)
    choose_space(qtbot, sams, Space.SHARED)
    open_titled(qtbot, sams, "Hard day")
    reader = sams.reader

    assert reader.replies_box.isVisible()
    assert reader.reply_field.placeholderText() == LISTENING_REMINDER
    assert "No replies yet." in [label.text() for label in reader.findChildren(QLabel)]

    reply(qtbot, sams, "I hear you. Tell me more tonight?")

    assert reader.reply_field.toPlainText() == ""
    assert not reader.reply_error.isVisible()
    assert replies_shown(sams) == ["Reply from Sam: I hear you. Tell me more tonight?"]
    with on_disk(couple.folder, "Maya") as check:
        (stored,) = check.journal.replies.of(entry)
        assert stored.body == "I hear you. Tell me more tonight?"
        assert stored.info.author_id == sam.partner.id

    page = journal_of(maya)
    choose_space(qtbot, page, Space.SHARED)
    open_titled(qtbot, page, "Hard day")
    assert replies_shown(page) == ["Reply from Sam: I hear you. Tell me more tonight?"]
    reply(qtbot, page, "Yes, after dinner.")
    assert replies_shown(page) == [
        "Reply from Sam: I hear you. Tell me more tonight?",
        "Reply from Maya: Yes, after dinner.",
    ]
    with on_disk(couple.folder, "Sam") as check:
        assert [r.body for r in check.journal.replies.of(entry)] == [
            "I hear you. Tell me more tonight?",
            "Yes, after dinner.",
        ]


def test_an_empty_reply_is_refused_kindly(
    qtbot: QtBot, journal_of: JournalOf, maya: Session, sam: Session
) -> None:
    entry = maya.journal.write(Space.SHARED, EntryFields(title="Hard day", body="..."))
    sams = journal_of(sam)
    choose_space(qtbot, sams, Space.SHARED)
    open_titled(qtbot, sams, "Hard day")

    click(qtbot, sams.reader.reply_button)
    assert sams.reader.reply_error.isVisible()
    assert sams.reader.reply_error.text() == "Write a few words first."

    reply(qtbot, sams, "   ")
    assert sams.reader.reply_error.text() == "Write a few words first."
    assert sam.journal.replies.of(entry) == []

    reply(qtbot, sams, "Thank you for writing this.")
    assert not sams.reader.reply_error.isVisible()
    assert [r.body for r in sam.journal.replies.of(entry)] == ["Thank you for writing this."]


def test_private_entries_have_no_replies(
    qtbot: QtBot, journal_of: JournalOf, maya: Session
) -> None:
    maya.journal.write(Space.PRIVATE, EntryFields(title="Mine", body="..."))
    page = journal_of(maya)
    open_titled(qtbot, page, "Mine")
    assert not page.reader.replies_box.isVisible()


def test_a_half_written_reply_does_not_follow_to_another_entry(
    qtbot: QtBot, journal_of: JournalOf, maya: Session, sam: Session
) -> None:
    maya.journal.write(Space.SHARED, EntryFields(title="About work", body="..."))
    maya.journal.write(Space.SHARED, EntryFields(title="About us", body="..."))
    sams = journal_of(sam)
    choose_space(qtbot, sams, Space.SHARED)
    open_titled(qtbot, sams, "About work")
    sams.reader.reply_field.setFocus()
    qtbot.keyClicks(sams.reader.reply_field, "Your boss was unfair")

    open_titled(qtbot, sams, "About us")

    assert "Your boss was unfair" not in sams.reader.reply_field.toPlainText()


def test_the_shared_switch_counts_what_the_partner_has_not_read(
    qtbot: QtBot, journal_of: JournalOf, couple: Couple, maya: Session, sam: Session
) -> None:
    maya.journal.write(Space.SHARED, EntryFields(title="First", body="..."))
    maya.journal.write(Space.SHARED, EntryFields(title="Second", body="..."))
    sam.journal.write(Space.SHARED, EntryFields(title="Sam's own", body="..."))
    sams = journal_of(sam)

    assert sams.space_switch.button(1).text() == "Shared journal · 2 new"
    choose_space(qtbot, sams, Space.SHARED)
    unread = {
        sams.model.index(r).data(): sams.model.index(r).data(UnreadRole)
        for r in range(sams.model.rowCount())
    }
    assert unread == {"First": True, "Second": True, "Sam's own": False}

    open_titled(qtbot, sams, "Second")

    assert sams.space_switch.button(1).text() == "Shared journal · 1 new"
    assert sams.model.index(listed(sams).index("Second")).data(UnreadRole) is False
    assert sams.model.index(listed(sams).index("First")).data(UnreadRole) is True
    with on_disk(couple.folder, "Sam") as check:
        assert check.journal.unread_count() == 1
    with on_disk(couple.folder, "Maya") as check:
        assert check.journal.unread_count() == 1, "Sam's own entry, unread by Maya"

    open_titled(qtbot, sams, "First")
    assert sams.space_switch.button(1).text() == "Shared journal"
    assert sam.journal.unread_count() == 0
    # Maya's own view never counts her own entries.
    assert journal_of(maya).space_switch.button(1).text() == "Shared journal · 1 new"
