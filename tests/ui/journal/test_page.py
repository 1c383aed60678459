"""The journal page: writing, editing, sharing, reading and deleting entries as a person does."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORDS, Couple
from tests.ui.helpers import click, on_disk, retype, show, widget_texts
from tests.ui.journal.support import (
    Answers,
    JournalOf,
    choose_space,
    journal_sections,
    listed,
    open_row,
    save_shortcut,
    share_dialog,
    write_new,
)
from toward import Session
from toward.core.journal import EntryFields, TrustKind
from toward.core.spaces import Space
from toward.ui.journal.model import UnreadRole
from toward.ui.journal.page import JournalPage
from toward.ui.main_view import MainView


def test_empty_journals_say_what_to_do(qtbot: QtBot, journal_of: JournalOf, maya: Session) -> None:
    page = journal_of(maya)
    assert page.panel.currentWidget() is page.placeholder
    assert page.empty.text() == (
        "Nothing here yet — write the first entry.\nOnly you can read your private journal."
    )

    choose_space(qtbot, page, Space.SHARED)

    assert page.empty.text().startswith("Nothing shared yet.")
    assert page.empty.isVisible()


def test_a_new_private_entry_reaches_the_list_and_the_database(
    qtbot: QtBot, journal_of: JournalOf, couple: Couple, maya: Session
) -> None:
    page = journal_of(maya)

    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.panel.currentWidget() is page.editor)
    assert page.body.hasFocus()
    assert page.edit_where.text() == "In your private journal — only you can read it."
    qtbot.keyClicks(page.title_field, "A quiet evening")
    page.body.setFocus()
    qtbot.keyClicks(page.body, "We walked by the river.")
    page.mood.setFocus()
    for _ in range(4):
        qtbot.keyClick(page.mood, Qt.Key.Key_Down)
    assert page.mood.currentText() == "4 · good"
    click(qtbot, page.trust_buttons[TrustKind.EMOTIONAL])
    click(qtbot, page.trust_buttons[TrustKind.SPIRITUAL])
    click(qtbot, page.trust_buttons[TrustKind.SPIRITUAL])  # changed her mind
    qtbot.keyClicks(page.tags, "Walks, river , ")
    page.body.setFocus()
    save_shortcut(qtbot, page)

    assert listed(page) == ["A quiet evening"]
    assert page.panel.currentWidget() is page.reader
    assert page.read_title.text() == "A quiet evening"
    assert "Private" in page.read_meta.text()
    assert "feeling good" in page.read_meta.text()
    assert "#river #walks" in page.read_meta.text()
    assert "We walked by the river." in page.read_body.toPlainText()
    page.list.viewport().grab()  # the list draws its cards without trouble

    with on_disk(couple.folder, "Maya") as check:
        (entry,) = check.journal.entries(Space.PRIVATE)
        assert check.journal.count(Space.SHARED) == 0
    assert entry.title == "A quiet evening"
    assert entry.body == "We walked by the river."
    assert entry.mood == 4
    assert entry.trust_kinds == (TrustKind.EMOTIONAL,)
    assert entry.tags == ("river", "walks")


def test_nothing_is_saved_from_an_empty_editor(
    qtbot: QtBot, journal_of: JournalOf, couple: Couple, maya: Session
) -> None:
    page = journal_of(maya)
    click(qtbot, page.new_button)
    qtbot.keyClicks(page.title_field, "   ")
    click(qtbot, page.save_button)

    assert page.edit_error.isVisible()
    assert page.edit_error.text() == "Write something first — a title or a few words."
    assert page.panel.currentWidget() is page.editor
    assert maya.journal.count(Space.PRIVATE) == 0


def test_cancel_asks_before_throwing_words_away(
    qtbot: QtBot, journal_of: JournalOf, maya: Session, answers: Answers
) -> None:
    page = journal_of(maya)
    click(qtbot, page.new_button)
    qtbot.keyClicks(page.title_field, "Not this one")

    answers.answer = False
    click(qtbot, page.cancel_button)
    assert answers.asked == [
        "Discard your changes? What you wrote since the last save will be lost."
    ]
    assert page.panel.currentWidget() is page.editor
    assert page.title_field.text() == "Not this one"

    answers.answer = True
    click(qtbot, page.cancel_button)
    assert page.panel.currentWidget() is page.placeholder
    assert listed(page) == []
    assert maya.journal.count(Space.PRIVATE) == 0
    assert maya.journal.drafts.all() == [], "no draft is kept of discarded words"


def test_cancel_without_changes_asks_nothing(
    qtbot: QtBot, journal_of: JournalOf, maya: Session
) -> None:
    page = journal_of(maya)
    click(qtbot, page.new_button)
    click(qtbot, page.cancel_button)  # an unexpected question would fail the test
    assert page.panel.currentWidget() is page.placeholder


def test_unsaved_writing_is_kept_as_a_draft_and_offered_again(
    qtbot: QtBot,
    journal_of: JournalOf,
    couple: Couple,
    maya: Session,
    unlock_again: Callable[[str], Session],
) -> None:
    page = journal_of(maya)
    click(qtbot, page.new_button)
    qtbot.keyClicks(page.body, "Half a thought")
    qtbot.waitUntil(lambda: page.editor.draft_label.text() == "Draft kept", timeout=5000)

    with on_disk(couple.folder, "Maya") as check:
        (draft,) = check.journal.drafts.all()
        assert draft.body == "Half a thought"
        assert draft.space is Space.PRIVATE
    with on_disk(couple.folder, "Sam") as check:
        assert check.journal.drafts.all() == [], "a draft lives in its author's private space"

    later = journal_of(unlock_again("Maya"))
    resume = [
        b for b in later.placeholder.findChildren(QPushButton) if "Half a thought" in b.text()
    ]
    assert len(resume) == 1 and resume[0].text().startswith("Continue “Half a thought”")
    click(qtbot, resume[0])
    assert later.panel.currentWidget() is later.editor
    assert later.body.toPlainText() == "Half a thought"
    assert later.editor.draft_notice.isVisible()


def test_an_entry_written_in_the_shared_journal(
    qtbot: QtBot, journal_of: JournalOf, couple: Couple, maya: Session
) -> None:
    page = journal_of(maya)
    choose_space(qtbot, page, Space.SHARED)
    click(qtbot, page.new_button)
    assert page.edit_where.text() == "In the shared journal — Sam can read it once you save."
    qtbot.keyClicks(page.body, "For both of us")
    save_shortcut(qtbot, page)

    assert listed(page) == ["For both of us"]
    assert "Shared by Maya" in page.read_meta.text()
    with on_disk(couple.folder, "Sam") as check:
        assert [e.body for e in check.journal.entries(Space.SHARED)] == ["For both of us"]


def test_editing_an_entry(
    qtbot: QtBot, journal_of: JournalOf, couple: Couple, maya: Session
) -> None:
    maya.journal.write(Space.PRIVATE, EntryFields(title="Older", body="first"))
    maya.journal.write(Space.PRIVATE, EntryFields(title="Draft title", body="first words", mood=2))
    page = journal_of(maya)
    assert listed(page) == ["Draft title", "Older"]

    open_row(qtbot, page, 0)
    click(qtbot, page.edit_button)
    assert page.panel.currentWidget() is page.editor
    assert page.title_field.text() == "Draft title"
    assert page.body.toPlainText() == "first words"
    assert page.mood.currentText() == "2 · low"
    retype(qtbot, page.title_field, "Better title")
    page.body.setFocus()
    qtbot.keyClick(page.body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.body, ", then more")
    save_shortcut(qtbot, page)

    assert listed(page) == ["Better title", "Older"]
    assert page.read_title.text() == "Better title"
    with on_disk(couple.folder, "Maya") as check:
        entries = {e.title: e for e in check.journal.entries(Space.PRIVATE)}
    assert set(entries) == {"Better title", "Older"}
    assert entries["Better title"].body == "first words, then more"
    assert entries["Better title"].mood == 2


def test_sharing_then_the_partner_reads_then_unsharing(
    qtbot: QtBot,
    journal_of: JournalOf,
    couple: Couple,
    maya: Session,
    sam: Session,
    answers: Answers,
) -> None:
    original = maya.journal.write(
        Space.PRIVATE, EntryFields(title="To share", body="Something true")
    )
    page = journal_of(maya)
    open_row(qtbot, page, 0)
    assert page.share_button.isVisible()
    assert not page.unshare_button.isVisible()

    click(qtbot, page.share_button)
    dialog = share_dialog(qtbot, page)
    assert "Sam will be able to read it" in " ".join(widget_texts(dialog))
    click(qtbot, dialog.share_button)

    assert not page.share_button.isVisible()
    assert page.unshare_button.isVisible()
    assert "shared with Sam" in page.read_meta.text()
    with on_disk(couple.folder, "Maya") as check:
        private = check.journal.get(Space.PRIVATE, original.id)
        (copy,) = check.journal.entries(Space.SHARED)
    assert private.info.is_currently_shared
    assert copy.info.origin_id == original.id
    assert copy.body == "Something true"
    choose_space(qtbot, page, Space.SHARED)
    assert listed(page) == ["To share"]
    choose_space(qtbot, page, Space.PRIVATE)

    # Sam sees it, unread, and opening it marks it read.
    sams = journal_of(sam)
    assert sams.space_switch.button(1).text() == "Shared journal · 1 new"
    choose_space(qtbot, sams, Space.SHARED)
    assert listed(sams) == ["To share"]
    assert sams.model.index(0).data(UnreadRole) is True
    entry = open_row(qtbot, sams, 0)
    assert sams.space_switch.button(1).text() == "Shared journal"
    assert "Shared by Maya" in sams.read_meta.text()
    assert not sams.edit_button.isVisible()
    assert not sams.delete_button.isVisible()
    assert not sams.unshare_button.isVisible()
    assert sams.model.index(0).data(UnreadRole) is False
    with on_disk(couple.folder, "Sam") as check:
        assert check.journal.is_read(entry)

    # Maya takes it back and is told honestly that Sam had read it.
    open_row(qtbot, page, 0)
    click(qtbot, page.unshare_button)

    assert answers.told == ["Sam had already opened it."]
    assert page.share_button.isVisible()
    assert not page.unshare_button.isVisible()
    with on_disk(couple.folder, "Maya") as check:
        assert check.journal.count(Space.SHARED) == 0
        assert not check.journal.get(Space.PRIVATE, original.id).info.is_currently_shared


def test_unsharing_an_unread_entry_from_the_shared_journal(
    qtbot: QtBot, journal_of: JournalOf, couple: Couple, maya: Session, answers: Answers
) -> None:
    original = maya.journal.write(Space.PRIVATE, EntryFields(title="Too soon", body="..."))
    maya.journal.share(original)
    page = journal_of(maya)
    choose_space(qtbot, page, Space.SHARED)
    open_row(qtbot, page, 0)
    assert page.unshare_button.isVisible()

    click(qtbot, page.unshare_button)

    assert answers.told == ["Toward saw no sign that Sam opened it, though they may have seen it."]
    assert listed(page) == []
    assert page.panel.currentWidget() is page.placeholder
    with on_disk(couple.folder, "Maya") as check:
        assert check.journal.count(Space.SHARED) == 0
        assert check.journal.count(Space.PRIVATE) == 1


def test_declining_changes_nothing(
    qtbot: QtBot, journal_of: JournalOf, maya: Session, answers: Answers
) -> None:
    answers.answer = False
    maya.journal.write(Space.PRIVATE, EntryFields(title="Keep me", body="..."))
    page = journal_of(maya)
    open_row(qtbot, page, 0)

    click(qtbot, page.share_button)
    dialog = share_dialog(qtbot, page)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    click(qtbot, page.delete_button)

    assert len(answers.asked) == 1 and answers.asked[0].startswith("Delete this entry?")
    assert listed(page) == ["Keep me"]
    assert maya.journal.count(Space.SHARED) == 0
    assert maya.journal.count(Space.PRIVATE) == 1


def test_sharing_only_some_paragraphs(
    qtbot: QtBot, journal_of: JournalOf, couple: Couple, maya: Session
) -> None:
    original = maya.journal.write(
        Space.PRIVATE, EntryFields(title="Two parts", body="For both of us.\n\nJust for me.")
    )
    page = journal_of(maya)
    open_row(qtbot, page, 0)
    click(qtbot, page.share_button)
    dialog = share_dialog(qtbot, page)
    assert dialog.list.count() == 2

    second = dialog.list.item(1)
    dialog.list.setCurrentItem(second)
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)  # untick it
    assert second.checkState() == Qt.CheckState.Unchecked
    assert dialog.summary.text() == (
        "Sharing 1 of 2 paragraphs; the rest stay in your private journal."
    )
    click(qtbot, dialog.share_button)

    with on_disk(couple.folder, "Sam") as check:
        (copy,) = check.journal.entries(Space.SHARED)
    assert copy.body == "For both of us."
    assert maya.journal.get(Space.PRIVATE, original.id).body == "For both of us.\n\nJust for me."


def test_deleting_an_entry(
    qtbot: QtBot, journal_of: JournalOf, couple: Couple, maya: Session, answers: Answers
) -> None:
    maya.journal.write(Space.PRIVATE, EntryFields(title="Stays", body="..."))
    maya.journal.write(Space.PRIVATE, EntryFields(title="Goes", body="..."))
    page = journal_of(maya)
    open_row(qtbot, page, 0)
    assert page.read_title.text() == "Goes"

    click(qtbot, page.delete_button)

    assert "gone for good" in answers.asked[0]
    assert listed(page) == ["Stays"]
    assert page.panel.currentWidget() is page.placeholder
    assert page.empty.text() == "Choose an entry to read it, or write a new one."
    with on_disk(couple.folder, "Maya") as check:
        assert [e.title for e in check.journal.entries(Space.PRIVATE)] == ["Stays"]


def test_keyboard_moves_through_the_list(
    qtbot: QtBot, journal_of: JournalOf, maya: Session
) -> None:
    for title in ("one", "two", "three"):
        maya.journal.write(Space.PRIVATE, EntryFields(title=title, body=""))
    page = journal_of(maya)
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Down)
    qtbot.keyClick(page.list, Qt.Key.Key_Down)

    assert page.panel.currentWidget() is page.reader
    assert page.read_title.text() in {"two", "one"}


def test_markdown_never_fetches_anything(
    qtbot: QtBot, journal_of: JournalOf, maya: Session
) -> None:
    maya.journal.write(
        Space.PRIVATE,
        EntryFields(title="Pictures", body="![x](file:///etc/passwd) [link](https://x.test)"),
    )
    page = journal_of(maya)
    open_row(qtbot, page, 0)
    assert page.read_body.loadResource(0, page.read_body.source()) is None
    assert not page.read_body.openLinks()


def test_share_is_offered_once_the_partner_is_added(qtbot: QtBot, solo: Couple) -> None:
    maya = solo.unlock("Maya")
    try:
        maya.journal.write(Space.PRIVATE, EntryFields(title="Later shared", body="..."))
        view = MainView([maya], journal_sections())
        show(qtbot, view)
        maya.add_partner("Sam", PASSWORDS["Sam"])
        view.refresh_partners()  # what the Settings page's "Add my partner…" dialog does
        page = view.pages["journal"]
        assert isinstance(page, JournalPage)
        open_row(qtbot, page, 0)

        assert page.share_button.isVisible()
    finally:
        maya.lock()


def test_scrolling_down_a_long_journal_fetches_more(
    qtbot: QtBot, journal_of: JournalOf, maya: Session
) -> None:
    for number in range(450):
        maya.journal.write(Space.PRIVATE, EntryFields(title=f"Entry {number:03}", body=""))
    page = journal_of(maya)
    assert page.model.rowCount() == 200

    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: page.model.rowCount() > 200)
    qtbot.keyClick(page.list, Qt.Key.Key_End)
    qtbot.keyClick(page.list, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: page.model.rowCount() == 450)

    assert page.read_title.text().startswith("Entry ")
    assert not page.model.canFetchMore(QModelIndex())


def test_a_save_refreshes_the_list_once(qtbot: QtBot, journal_of: JournalOf, maya: Session) -> None:
    page = journal_of(maya)
    resets: list[int] = []
    page.model.modelReset.connect(lambda: resets.append(1))
    write_new(qtbot, page, "Once", "the list is read again once per save")
    assert listed(page) == ["Once"] and len(resets) == 1
