"""The entry editor: live preview, autosaved drafts, starting over, cancelling, limits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from tests.conftest import Couple
from tests.ui.helpers import click, on_disk
from tests.ui.journal.support import (
    Answers,
    JournalOf,
    buttons_on,
    choose_space,
    listed,
    open_titled,
    save_shortcut,
)
from toward import Session
from toward.core.journal import EntryFields
from toward.core.journal import model as entry_model
from toward.core.spaces import Space
from toward.ui.journal import editor as journal_editor
from toward.ui.main_view import MainView


@pytest.fixture
def quick_autosave(monkeypatch: pytest.MonkeyPatch) -> int:
    """Drafts kept after a short pause (the real pause is in test_journal_page)."""
    monkeypatch.setattr(journal_editor, "AUTOSAVE_MS", 30)
    return 30


def heading_texts(document: QTextDocument, level: int) -> list[str]:
    found = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == level:
            found.append(block.text())
        block = block.next()
    return found


def italic_texts(document: QTextDocument) -> list[str]:
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            if it.fragment().charFormat().fontItalic():
                found.append(it.fragment().text())
            it += 1
        block = block.next()
    return found


def type_lines(qtbot: QtBot, field: object, *lines: str) -> None:
    for number, line in enumerate(lines):
        if number:
            qtbot.keyClick(field, Qt.Key.Key_Return)
        qtbot.keyClicks(field, line)


def test_the_preview_follows_the_markdown_as_it_is_typed(
    qtbot: QtBot, journal_of: JournalOf, couple: Couple, maya: Session
) -> None:
    page = journal_of(maya)
    click(qtbot, page.new_button)
    preview = page.editor.preview
    assert preview.isVisible()

    type_lines(qtbot, page.body, "# Big news", "", "some *soft* words", "", "- one", "- two")
    assert "soft" not in preview.toPlainText(), "the preview waits for a pause in typing"

    qtbot.waitUntil(lambda: heading_texts(preview.document(), 1) == ["Big news"])
    assert italic_texts(preview.document()) == ["soft"]
    assert "#" not in preview.toPlainText() and "*" not in preview.toPlainText()
    assert maya.journal.count(Space.PRIVATE) == 0, "nothing is saved by previewing"

    click(qtbot, page.editor.preview_toggle)
    assert not preview.isVisible()
    click(qtbot, page.editor.preview_toggle)
    assert preview.isVisible()

    save_shortcut(qtbot, page)

    assert heading_texts(page.read_body.document(), 1) == ["Big news"]
    with on_disk(couple.folder, "Maya") as check:
        (entry,) = check.journal.entries(Space.PRIVATE)
    assert entry.body == "# Big news\n\nsome *soft* words\n\n- one\n- two"
    assert listed(page) == ["Big news"]


def test_typing_keeps_a_draft_in_the_private_database(
    qtbot: QtBot, journal_of: JournalOf, couple: Couple, maya: Session, quick_autosave: int
) -> None:
    page = journal_of(maya)
    click(qtbot, page.new_button)
    qtbot.keyClicks(page.title_field, "Unfinished")
    page.body.setFocus()
    qtbot.keyClicks(page.body, "Words not saved yet")

    qtbot.waitUntil(lambda: page.editor.draft_label.text() == "Draft kept")

    draft = maya.journal.drafts.get(Space.PRIVATE, None)
    assert draft is not None
    assert (draft.title, draft.body) == ("Unfinished", "Words not saved yet")
    with on_disk(couple.folder, "Maya") as check:
        (kept,) = check.journal.drafts.all()
        assert kept.body == "Words not saved yet"
        assert check.journal.count(Space.PRIVATE) == 0, "a draft is not an entry"


def test_words_typed_just_before_a_lock_are_kept_in_the_draft(
    qtbot: QtBot, journal_of: JournalOf, maya: Session
) -> None:
    page = journal_of(maya)
    click(qtbot, page.new_button)
    page.body.setFocus()
    qtbot.keyClicks(page.body, "Typed a moment ago")
    assert page.editor.draft_label.text() != "Draft kept"  # the autosave has not run yet

    view = page.parentWidget()
    while not isinstance(view, MainView):
        view = view.parentWidget()
    view.closing_pages.emit()  # as the app does before it locks

    draft = maya.journal.drafts.get(Space.PRIVATE, None)
    assert draft is not None and draft.body == "Typed a moment ago"


def test_a_draft_for_the_shared_journal_stays_private(
    qtbot: QtBot, journal_of: JournalOf, couple: Couple, maya: Session, quick_autosave: int
) -> None:
    page = journal_of(maya)
    choose_space(qtbot, page, Space.SHARED)
    click(qtbot, page.new_button)
    assert page.edit_where.text() == "In the shared journal — Sam can read it once you save."
    qtbot.keyClicks(page.body, "Not ready for Sam")
    qtbot.waitUntil(lambda: page.editor.draft_label.text() == "Draft kept")

    draft = maya.journal.drafts.get(Space.SHARED, None)
    assert draft is not None and draft.body == "Not ready for Sam"
    assert draft.space is Space.SHARED
    with on_disk(couple.folder, "Sam") as check:
        assert check.journal.drafts.all() == []
        assert check.journal.entries(Space.SHARED) == []
        assert check.journal.search("ready") == []
    with on_disk(couple.folder, "Maya") as check:
        assert check.journal.entries(Space.SHARED) == []
        assert [d.body for d in check.journal.drafts.all()] == ["Not ready for Sam"]


def test_editing_again_brings_back_the_draft_and_start_over_drops_it(
    qtbot: QtBot,
    journal_of: JournalOf,
    couple: Couple,
    maya: Session,
    quick_autosave: int,
) -> None:
    letter = maya.journal.write(Space.PRIVATE, EntryFields(title="Letter", body="Dear you"))
    page = journal_of(maya)
    open_titled(qtbot, page, "Letter")
    click(qtbot, page.edit_button)
    assert not page.editor.draft_notice.isVisible()
    qtbot.keyClick(page.body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.body, ", more to say")
    qtbot.waitUntil(lambda: maya.journal.drafts.get(Space.PRIVATE, letter.id) is not None)

    # The window is gone (a crash, a lock); the journal opens again.
    later = journal_of(maya)
    open_titled(qtbot, later, "Letter")
    assert "more to say" not in later.read_body.toPlainText(), "the entry itself is unchanged"
    click(qtbot, later.edit_button)

    assert later.body.toPlainText() == "Dear you, more to say"
    assert later.editor.draft_notice.isVisible()
    assert later.editor.draft_text.text().startswith("Your unsaved writing from ")
    assert later.editor.draft_text.text().endswith(" is back.")
    with on_disk(couple.folder, "Maya") as check:
        assert check.journal.get(Space.PRIVATE, letter.id).body == "Dear you"

    click(qtbot, later.editor.discard_draft_button)

    assert later.body.toPlainText() == "Dear you"
    assert later.title_field.text() == "Letter"
    assert not later.editor.draft_notice.isVisible()
    assert maya.journal.drafts.get(Space.PRIVATE, letter.id) is None
    click(qtbot, later.cancel_button)  # nothing changed since: no question
    assert later.panel.currentWidget() is later.reader


def test_start_over_on_a_new_entry_empties_the_editor(
    qtbot: QtBot, journal_of: JournalOf, maya: Session
) -> None:
    maya.journal.drafts.save(
        Space.PRIVATE, None, EntryFields(title="Old start", body="An old beginning")
    )
    page = journal_of(maya)

    click(qtbot, page.new_button)
    assert page.title_field.text() == "Old start"
    assert page.body.toPlainText() == "An old beginning"
    assert page.editor.draft_notice.isVisible()

    click(qtbot, page.editor.discard_draft_button)

    assert page.title_field.text() == page.body.toPlainText() == ""
    assert not page.editor.draft_notice.isVisible()
    assert maya.journal.drafts.all() == []


def test_cancel_asks_and_only_a_yes_drops_the_draft(
    qtbot: QtBot, journal_of: JournalOf, maya: Session, answers: Answers, quick_autosave: int
) -> None:
    page = journal_of(maya)
    click(qtbot, page.new_button)
    qtbot.keyClicks(page.body, "Maybe keep this")
    qtbot.waitUntil(lambda: maya.journal.drafts.get(Space.PRIVATE, None) is not None)

    answers.answer = False
    click(qtbot, page.cancel_button)

    assert answers.asked == [
        "Discard your changes? What you wrote since the last save will be lost."
    ]
    assert page.panel.currentWidget() is page.editor
    assert page.body.toPlainText() == "Maybe keep this"
    assert maya.journal.drafts.get(Space.PRIVATE, None) is not None, "the draft is kept"

    answers.answer = True
    click(qtbot, page.cancel_button)

    assert len(answers.asked) == 2
    assert page.panel.currentWidget() is page.placeholder
    assert maya.journal.drafts.all() == []
    assert maya.journal.count(Space.PRIVATE) == 0
    assert not buttons_on(page.placeholder, "Continue")


def test_drafts_are_offered_on_the_placeholder_and_resume_where_they_belong(
    qtbot: QtBot, journal_of: JournalOf, couple: Couple, maya: Session
) -> None:
    letter = maya.journal.write(Space.PRIVATE, EntryFields(title="Letter", body="Dear you"))
    maya.journal.drafts.save(
        Space.PRIVATE, letter.id, EntryFields(title="Letter", body="Dear you, again")
    )
    maya.journal.drafts.save(Space.SHARED, None, EntryFields(title="", body="For both\nof us"))
    page = journal_of(maya)

    offered = sorted(
        b.text().split(" (unsaved")[0] for b in buttons_on(page.placeholder, "Continue")
    )
    assert offered == ["Continue “For both”", "Continue “Letter”"]

    (shared,) = [b for b in buttons_on(page.placeholder, "Continue “For both”")]
    click(qtbot, shared)
    assert page.panel.currentWidget() is page.editor
    assert page.edit_where.text() == "In the shared journal — Sam can read it once you save."
    assert page.body.toPlainText() == "For both\nof us"
    save_shortcut(qtbot, page)
    assert page.space is Space.SHARED, "the page follows the entry to the shared journal"
    assert listed(page) == ["For both"]

    choose_space(qtbot, page, Space.PRIVATE)
    (resume,) = buttons_on(page.placeholder, "Continue")
    assert resume.text().startswith("Continue “Letter”")
    click(qtbot, resume)
    assert page.title_field.text() == "Letter"
    assert page.body.toPlainText() == "Dear you, again"
    save_shortcut(qtbot, page)

    assert page.read_title.text() == "Letter"
    assert maya.journal.drafts.all() == []
    with on_disk(couple.folder, "Maya") as check:
        assert check.journal.get(Space.PRIVATE, letter.id).body == "Dear you, again"
        assert check.journal.count(Space.PRIVATE) == 1, "the draft edited the entry"
    with on_disk(couple.folder, "Sam") as check:
        assert [e.body for e in check.journal.entries(Space.SHARED)] == ["For both\nof us"]


def test_a_too_long_entry_is_refused_and_its_text_kept(
    qtbot: QtBot,
    journal_of: JournalOf,
    maya: Session,
    monkeypatch: pytest.MonkeyPatch,
    quick_autosave: int,
) -> None:
    monkeypatch.setattr(entry_model, "MAX_BODY", 40)
    page = journal_of(maya)
    click(qtbot, page.new_button)
    text = "A long, long thought that goes on and on and on."
    qtbot.keyClicks(page.body, text)
    qtbot.waitUntil(lambda: page.editor.draft_label.text().startswith("Draft not saved"))
    assert "too long" in page.editor.draft_label.text()

    click(qtbot, page.save_button)

    assert page.edit_error.isVisible()
    assert page.edit_error.text() == (
        f"This entry is too long to save ({len(text)} characters; the limit is 40). "
        "Split it into several entries."
    )
    assert page.panel.currentWidget() is page.editor
    assert page.body.toPlainText() == text
    assert maya.journal.count(Space.PRIVATE) == 0

    # Shortened, it saves.
    page.body.setFocus()
    qtbot.keyClick(page.body, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(20):
        qtbot.keyClick(page.body, Qt.Key.Key_Delete)
    save_shortcut(qtbot, page)
    assert [e.body for e in maya.journal.entries(Space.PRIVATE)] == [text[20:]]


def test_new_entry_while_editing_keeps_the_words_typed(
    qtbot: QtBot,
    journal_of: JournalOf,
    maya: Session,
    answers: Answers,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(journal_editor, "AUTOSAVE_MS", 60_000)  # no autosave in this test
    letter = maya.journal.write(Space.PRIVATE, EntryFields(title="Letter", body="Dear you"))
    page = journal_of(maya)
    open_titled(qtbot, page, "Letter")
    click(qtbot, page.edit_button)
    qtbot.keyClick(page.body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.body, " P.S. the words I must not lose")
    answers.answer = False  # if asked whether to drop them: no

    qtbot.keyClick(page.body, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    # The shortcut animates the button's click, which lands a moment later.
    qtbot.waitUntil(lambda: bool(answers.asked) or page.editor.entry is None)

    draft = maya.journal.drafts.get(Space.PRIVATE, letter.id)
    kept_as_draft = draft is not None and "must not lose" in draft.body
    still_editing = bool(answers.asked) and "must not lose" in page.body.toPlainText()
    assert kept_as_draft or still_editing
