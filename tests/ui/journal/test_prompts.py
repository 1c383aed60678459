"""Prompts: the prompt of the day on the journal page, writing about one, hiding, browsing."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from tests.conftest import Couple
from tests.ui.helpers import activate, click, destroyed, on_disk, tick
from tests.ui.journal.support import JournalOf, buttons_on, choose_space, open_titled, save_shortcut
from toward import Session
from toward.core.journal import EntryFields
from toward.core.prompts import Prompt
from toward.core.spaces import Space
from toward.ui.journal.page import JournalPage
from toward.ui.journal.prompts import PromptBrowser


def today_prompt(session: Session) -> Prompt:
    prompt = session.prompts.of_the_day(date.today())
    assert prompt is not None
    return prompt


def open_browser(qtbot: QtBot, page: JournalPage) -> PromptBrowser:
    click(qtbot, page.prompt_more_button)
    browsers = [b for b in page.findChildren(PromptBrowser) if b.isVisible()]
    assert len(browsers) == 1
    browser = browsers[0]
    assert browser.windowTitle() == "Toward"
    activate(qtbot, browser)
    return browser


def items(widget: QListWidget) -> list[str]:
    return [widget.item(row).text() for row in range(widget.count())]


def test_the_placeholder_offers_the_prompt_of_the_day(
    qtbot: QtBot, journal_of: JournalOf, maya: Session
) -> None:
    page = journal_of(maya)

    assert page.panel.currentWidget() is page.placeholder
    assert page.prompt_card.isVisible()
    assert page.prompt_text.text() == today_prompt(maya).text
    assert page.prompt_write_button.isVisible()

    choose_space(qtbot, page, Space.SHARED)
    assert page.prompt_text.text() == today_prompt(maya).text, "the same all day"


def test_writing_about_the_prompt_links_the_entry_to_it(
    qtbot: QtBot, journal_of: JournalOf, couple: Couple, maya: Session
) -> None:
    prompt = today_prompt(maya)
    page = journal_of(maya)

    click(qtbot, page.prompt_write_button)

    assert page.panel.currentWidget() is page.editor
    assert page.editor.prompt_line.isVisible()
    assert page.editor.prompt_line.text() == f"Writing about: “{prompt.text}”"
    assert page.body.hasFocus()
    qtbot.keyClicks(page.body, "My answer, honestly.")
    save_shortcut(qtbot, page)

    assert page.reader.prompt_line.isVisible()
    assert page.reader.prompt_line.text() == f"Written for the prompt: “{prompt.text}”"
    with on_disk(couple.folder, "Maya") as check:
        (entry,) = check.journal.entries(Space.PRIVATE)
    assert entry.prompt_id == prompt.id
    assert entry.body == "My answer, honestly."


def test_the_partner_sees_which_prompt_a_shared_entry_answers(
    qtbot: QtBot, journal_of: JournalOf, maya: Session, sam: Session
) -> None:
    prompt = today_prompt(maya)
    page = journal_of(maya)
    choose_space(qtbot, page, Space.SHARED)
    click(qtbot, page.prompt_write_button)
    assert page.edit_where.text() == "In the shared journal — Sam can read it once you save."
    qtbot.keyClicks(page.title_field, "For the prompt")
    page.body.setFocus()
    qtbot.keyClicks(page.body, "Both of us should read this.")
    save_shortcut(qtbot, page)

    sams = journal_of(sam)
    choose_space(qtbot, sams, Space.SHARED)
    entry = open_titled(qtbot, sams, "For the prompt")

    assert entry.prompt_id == prompt.id
    assert sams.reader.prompt_line.text() == f"Written for the prompt: “{prompt.text}”"


def test_an_entry_without_a_prompt_shows_no_prompt_line(
    qtbot: QtBot, journal_of: JournalOf, maya: Session
) -> None:
    maya.journal.write(Space.PRIVATE, EntryFields(title="Plain", body="..."))
    page = journal_of(maya)
    open_titled(qtbot, page, "Plain")
    assert not page.reader.prompt_line.isVisible()
    click(qtbot, page.new_button)
    assert not page.editor.prompt_line.isVisible()


def test_not_for_me_hides_the_prompt_and_offers_another(
    qtbot: QtBot, journal_of: JournalOf, couple: Couple, maya: Session
) -> None:
    first = today_prompt(maya)
    page = journal_of(maya)

    click(qtbot, page.prompt_hide_button)

    assert first.id in maya.prompts.hidden()
    second = today_prompt(maya)
    assert second.id != first.id
    assert page.prompt_text.text() == second.text
    with on_disk(couple.folder, "Maya") as check:
        assert first.id in check.prompts.hidden(), "remembered after a lock"
        assert check.prompts.of_the_day(date.today()) == second
    with on_disk(couple.folder, "Sam") as check:
        assert first.id not in check.prompts.hidden(), "Sam's prompts are his own"

    # Writing about the new one links to the new one.
    click(qtbot, page.prompt_write_button)
    assert page.editor.prompt_line.text() == f"Writing about: “{second.text}”"


def test_the_browser_lists_the_decks_and_their_prompts(
    qtbot: QtBot, journal_of: JournalOf, maya: Session
) -> None:
    page = journal_of(maya)
    browser = open_browser(qtbot, page)
    library = maya.prompts.library

    assert items(browser.decks) == [deck.title for deck in library.decks]
    assert len(library.decks) == 7
    assert [d.daily for d in library.decks] == [True] * 4 + [False] * 3  # everyday ones first
    assert browser.decks.currentRow() == 0
    first = library.decks[0]
    assert browser.description.text() == first.description
    assert [text.split("\n")[0] for text in items(browser.list)] == [p.text for p in first.prompts]
    assert browser.write_button.isEnabled()

    browser.decks.setFocus()
    qtbot.keyClick(browser.decks, Qt.Key.Key_Down)
    second = library.decks[1]
    assert browser.description.text() == second.description
    assert items(browser.list)[0].startswith(second.prompts[0].text)
    assert len(items(browser.list)) >= 15

    (close,) = buttons_on(browser, "Close")
    click(qtbot, close)
    assert destroyed(browser)


def test_hiding_a_prompt_in_the_browser_and_showing_it_again(
    qtbot: QtBot, journal_of: JournalOf, couple: Couple, maya: Session
) -> None:
    page = journal_of(maya)
    browser = open_browser(qtbot, page)
    deck = maya.prompts.library.decks[0]
    first = deck.prompts[0]
    assert browser.current() == first
    assert browser.hide_button.text() == "Hide this prompt"

    click(qtbot, browser.hide_button)

    assert first.id in maya.prompts.hidden()
    assert not any(text.startswith(first.text) for text in items(browser.list))
    assert browser.current() == deck.prompts[1], "the next one is chosen"

    tick(qtbot, browser.show_hidden)
    hidden_rows = [text for text in items(browser.list) if text.endswith("(hidden)")]
    assert len(hidden_rows) == 1 and hidden_rows[0].startswith(first.text)
    browser.list.setCurrentRow(items(browser.list).index(hidden_rows[0]))
    assert browser.hide_button.text() == "Show it again"

    click(qtbot, browser.hide_button)

    assert first.id not in maya.prompts.hidden()
    assert not any(text.endswith("(hidden)") for text in items(browser.list))
    with on_disk(couple.folder, "Maya") as check:
        assert check.prompts.hidden() == set()
    qtbot.keyClick(browser, Qt.Key.Key_Escape)
    assert destroyed(browser)


def test_hiding_the_prompt_of_the_day_in_the_browser_changes_the_page(
    qtbot: QtBot, journal_of: JournalOf, maya: Session
) -> None:
    today = today_prompt(maya)
    page = journal_of(maya)
    browser = open_browser(qtbot, page)
    deck_row = [d.id for d in maya.prompts.library.decks].index(today.deck)
    browser.decks.setCurrentRow(deck_row)
    ids = [browser.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(browser.list.count())]
    browser.list.setCurrentRow(ids.index(today.id))
    click(qtbot, browser.hide_button)
    qtbot.keyClick(browser, Qt.Key.Key_Escape)

    assert page.prompt_text.text() == today_prompt(maya).text
    assert page.prompt_text.text() != today.text


def test_write_about_this_from_the_browser_opens_the_editor(
    qtbot: QtBot, journal_of: JournalOf, couple: Couple, maya: Session
) -> None:
    page = journal_of(maya)
    browser = open_browser(qtbot, page)
    browser.decks.setCurrentRow(2)
    browser.list.setCurrentRow(3)
    chosen_prompt = browser.current()
    assert chosen_prompt is not None

    with qtbot.waitSignal(browser.chosen) as chosen:
        click(qtbot, browser.write_button)

    assert chosen.args == [chosen_prompt]
    assert destroyed(browser)
    assert page.panel.currentWidget() is page.editor
    assert page.editor.prompt_line.text() == f"Writing about: “{chosen_prompt.text}”"
    activate(qtbot, page)  # the offscreen platform leaves no window active after a dialog
    assert page.body.hasFocus()
    qtbot.keyClicks(page.body, "Written from the browser.")
    save_shortcut(qtbot, page)
    with on_disk(couple.folder, "Maya") as check:
        (entry,) = check.journal.entries(Space.PRIVATE)
    assert entry.prompt_id == chosen_prompt.id


def test_a_prompt_can_be_chosen_with_the_keyboard(
    qtbot: QtBot, journal_of: JournalOf, maya: Session
) -> None:
    page = journal_of(maya)
    browser = open_browser(qtbot, page)
    browser.list.setFocus()
    qtbot.keyClick(browser.list, Qt.Key.Key_Down)
    wanted = browser.current()

    with qtbot.waitSignal(browser.chosen) as chosen:
        qtbot.keyClick(browser.list, Qt.Key.Key_Return)

    assert chosen.args == [wanted]
    assert page.panel.currentWidget() is page.editor
