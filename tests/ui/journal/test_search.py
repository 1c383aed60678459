"""Searching both journals from the journal page: results, snippets, and typed FTS syntax."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.ui.helpers import click, model_texts, texts_containing
from tests.ui.journal.support import JournalOf, choose_space, listed, open_row, search_for
from toward import Session
from toward.core.journal import EntryFields
from toward.core.search import HIT_END, HIT_START
from toward.core.spaces import Space
from toward.ui.journal import page as journal_page
from toward.ui.journal.model import EntryRole
from toward.ui.journal.search import HitRole, SearchResultsModel, snippet_html


@pytest.fixture(autouse=True)
def quick_search(monkeypatch: pytest.MonkeyPatch) -> None:
    """A shorter pause before searching (the first test waits the real one)."""
    monkeypatch.setattr(journal_page, "SEARCH_DELAY_MS", 10)


def write_river_entries(maya: Session, sam: Session) -> None:
    maya.journal.write(
        Space.PRIVATE, EntryFields(title="River walk", body="We walked by the river at dusk.")
    )
    maya.journal.write(Space.PRIVATE, EntryFields(title="Groceries", body="Milk, bread, apples."))
    maya.journal.write(
        Space.SHARED, EntryFields(title="Our river plans", body="Next summer, the river trip.")
    )
    sam.journal.write(
        Space.SHARED, EntryFields(title="Sam's river", body="The river was cold today.")
    )
    sam.journal.write(
        Space.PRIVATE, EntryFields(title="SamSecretRiver", body="A river only Sam knows.")
    )


def bold_words(html: str) -> list[str]:
    """The text of each bold run, as Qt renders the HTML."""
    document = QTextDocument()
    document.setHtml(html)
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().fontWeight() > 500:
                found.append(fragment.text())
            it += 1
        block = block.next()
    return found


def test_typing_searches_both_journals_after_a_pause(
    qtbot: QtBot,
    journal_of: JournalOf,
    maya: Session,
    sam: Session,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(journal_page, "SEARCH_DELAY_MS", 200)  # the page's own pause
    write_river_entries(maya, sam)
    page = journal_of(maya)
    assert page.list.itemDelegate() is page.entry_delegate

    page.search.setFocus()
    qtbot.keyClicks(page.search, "river")
    assert page.list.model() is page.model, "nothing is searched while she is still typing"
    qtbot.waitUntil(lambda: page.list.model() is page.results)

    assert sorted(listed(page)) == ["Our river plans", "River walk", "Sam's river"]
    assert page.list.itemDelegate() is page.hit_delegate
    assert page.list_status.isVisible()
    assert page.list_status.text() == "3 entries found in both journals"
    for switch in (page.space_switch, page.mood_filter, page.tag_filter, page.month_filter):
        assert not switch.isEnabled(), "filters wait while searching"
    where = {
        page.results.index(row).data(): page.results.index(row).data(
            Qt.ItemDataRole.AccessibleTextRole
        )
        for row in range(page.results.rowCount())
    }
    assert where["River walk"].startswith("River walk, private: ")
    assert where["Sam's river"].startswith("Sam's river, shared: ")
    assert "river" in where["Sam's river"]
    page.list.viewport().grab()  # the hit cards draw without trouble
    # What the page shows is what the journal finds.
    assert sorted(h.entry.title for h in maya.journal.search("river")) == sorted(listed(page))

    search_for(qtbot, page, "dusk")
    assert listed(page) == ["River walk"]
    assert page.list_status.text() == "1 entry found in both journals"

    search_for(qtbot, page, "zebra")
    assert listed(page) == []
    assert page.list_status.text() == "Nothing found. Try fewer or different words."


def test_the_partners_private_entries_never_appear(
    qtbot: QtBot, journal_of: JournalOf, maya: Session, sam: Session
) -> None:
    write_river_entries(maya, sam)
    page = journal_of(maya)

    for words in ("river", "SamSecretRiver", "only Sam knows"):
        search_for(qtbot, page, words)
        shown = " ".join(model_texts(page.results))
        assert "SamSecretRiver" not in shown
        assert "only Sam knows" not in shown
    for row in range(page.results.rowCount()):
        open_row(qtbot, page, row)
        assert not texts_containing(page.reader, "only Sam knows")

    sams = journal_of(sam)
    search_for(qtbot, sams, "river")
    assert "River walk" not in listed(sams), "nor Maya's private ones to Sam"
    assert "SamSecretRiver" in listed(sams)


def test_an_entry_shared_from_private_is_found_once(
    qtbot: QtBot, journal_of: JournalOf, maya: Session, sam: Session
) -> None:
    original = maya.journal.write(
        Space.PRIVATE, EntryFields(title="Pelicans", body="The pelicans came back.")
    )
    maya.journal.share(original)
    page = journal_of(maya)

    search_for(qtbot, page, "pelicans")

    assert listed(page) == ["Pelicans"]
    hit = page.results.index(0).data(HitRole)
    assert hit.entry.space is Space.PRIVATE and hit.entry.id == original.id
    assert hit.also_shared
    assert page.list_status.text() == "1 entry found in both journals"

    sams = journal_of(sam)
    search_for(qtbot, sams, "pelicans")
    assert listed(sams) == ["Pelicans"]
    assert sams.results.index(0).data(EntryRole).space is Space.SHARED


def test_choosing_a_result_opens_it_in_the_reader(
    qtbot: QtBot, journal_of: JournalOf, maya: Session, sam: Session
) -> None:
    write_river_entries(maya, sam)
    page = journal_of(maya)
    assert page.space_switch.button(1).text() == "Shared journal · 1 new"
    search_for(qtbot, page, "cold")

    entry = open_row(qtbot, page, 0)

    assert entry.title == "Sam's river"
    assert page.read_title.text() == "Sam's river"
    assert "Shared by Sam" in page.read_meta.text()
    assert "The river was cold today." in page.read_body.toPlainText()
    assert page.space_switch.button(1).text() == "Shared journal", "opened, so read"
    assert maya.journal.is_read(entry)
    assert maya.journal.unread_count() == 0


def test_fts_syntax_typed_in_the_search_never_breaks_it(
    qtbot: QtBot, journal_of: JournalOf, maya: Session
) -> None:
    maya.journal.write(
        Space.PRIVATE, EntryFields(title="Near the river", body='NEAR(river, dusk) * "quoted"')
    )
    page = journal_of(maya)

    for query in (
        '"',
        "*",
        "NEAR(",
        "(",
        ")",
        'river"',
        "riv*",
        "NEAR(river",
        "river AND",
        "OR",
        "-river",
        "title:river",
        "^river",
        '"unbalanced',
        "((()",
        "'; DROP",
    ):
        search_for(qtbot, page, query)  # any exception in the page fails the test
        assert page.list_status.isVisible()
        assert page.list_status.text().endswith(
            ("found in both journals", "Nothing found. Try fewer or different words.")
        )
        assert maya.journal.search(query) is not None

    search_for(qtbot, page, "NEAR(river")
    assert listed(page) == ["Near the river"], "the words are searched for as words"
    search_for(qtbot, page, '"quoted')
    assert listed(page) == ["Near the river"]
    assert maya.journal.count(Space.PRIVATE) == 1, "nothing lost"


def test_clearing_the_search_brings_the_list_back(
    qtbot: QtBot, journal_of: JournalOf, maya: Session, sam: Session
) -> None:
    write_river_entries(maya, sam)
    page = journal_of(maya)
    search_for(qtbot, page, "river")
    open_row(qtbot, page, 0)

    search_for(qtbot, page, "")

    assert page.list.model() is page.model
    assert page.list.itemDelegate() is page.entry_delegate
    assert listed(page) == ["Groceries", "River walk"]
    assert not page.list_status.isVisible()
    assert all(
        w.isEnabled()
        for w in (page.space_switch, page.mood_filter, page.trust_filter, page.tag_filter)
    )
    # The list works as before: its entries open.
    assert open_row(qtbot, page, 0).title == "Groceries"
    assert page.read_title.text() == "Groceries"
    choose_space(qtbot, page, Space.SHARED)
    assert sorted(listed(page)) == ["Our river plans", "Sam's river"]


def test_ctrl_f_goes_to_the_search(qtbot: QtBot, journal_of: JournalOf, maya: Session) -> None:
    page = journal_of(maya)
    click(qtbot, page.new_button)
    assert not page.search.hasFocus()
    qtbot.keyClick(page.body, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()


def test_a_search_follows_an_entry_saved_meanwhile(
    qtbot: QtBot, journal_of: JournalOf, maya: Session
) -> None:
    page = journal_of(maya)
    search_for(qtbot, page, "heron")
    assert listed(page) == []

    click(qtbot, page.new_button)
    qtbot.keyClicks(page.body, "A heron on the canal")
    click(qtbot, page.save_button)

    assert listed(page) == ["A heron on the canal"]
    assert page.list_status.text() == "1 entry found in both journals"
    assert page.panel.currentWidget() is page.reader


def test_snippets_show_html_as_text_and_bold_only_the_words_found(
    qtbot: QtBot, journal_of: JournalOf, maya: Session
) -> None:
    maya.journal.write(
        Space.PRIVATE,
        EntryFields(title="Markup", body="She wrote <b>x</b>& then <i>kites</i> & kites again."),
    )
    page = journal_of(maya)
    search_for(qtbot, page, "kites")
    hit = page.results.index(0).data(HitRole)

    html = snippet_html(hit.snippet)

    assert "<i>" not in html and "<b>x</b>" not in html, html
    assert "&lt;b&gt;x&lt;/b&gt;&amp;" in html
    document = QTextDocument()
    document.setHtml(html)
    assert "<b>x</b>& then <i>kites</i> & kites again." in document.toPlainText()
    assert bold_words(html) == ["kites", "kites"]
    page.list.viewport().grab()

    search_for(qtbot, page, "x")
    assert bold_words(snippet_html(page.results.index(0).data(HitRole).snippet)) == ["x"]


def test_snippet_html_by_itself() -> None:
    snippet = f'a <script>&amp; {HIT_START}word{HIT_END} *soft* "q"\nnext'
    html = snippet_html(snippet)
    assert html == "a &lt;script&gt;&amp;amp; <b>word</b> soft &quot;q&quot; next"
    assert bold_words(html) == ["word"]


def test_hit_marks_typed_in_an_entry_are_not_bold(
    qtbot: QtBot, journal_of: JournalOf, maya: Session
) -> None:
    maya.journal.write(
        Space.PRIVATE,
        EntryFields(title="Odd", body=f"pasted {HIT_START}glyphs{HIT_END} near kites"),
    )
    page = journal_of(maya)
    search_for(qtbot, page, "kites")
    hit = page.results.index(0).data(HitRole)
    assert bold_words(snippet_html(hit.snippet)) == ["kites"]


def test_the_results_model_passes_the_model_tester(
    qtmodeltester: ModelTester, maya: Session, sam: Session
) -> None:
    write_river_entries(maya, sam)
    shared = maya.journal.write(
        Space.PRIVATE, EntryFields(title="Shared river", body="river words")
    )
    maya.journal.share(shared)
    model = SearchResultsModel(maya.journal)
    # The tester checks the model now and again on every change it signals.
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 0

    model.search("river")
    assert model.rowCount() == 4
    titles = [model.index(row).data() for row in range(model.rowCount())]
    assert sorted(titles) == ["Our river plans", "River walk", "Sam's river", "Shared river"]
    assert all(model.index(row).data(HitRole) is not None for row in range(4))
    assert model.index(4).data() is None

    model.search('NEAR( "')
    assert model.rowCount() == 0
    model.search("cold")
    assert [model.index(0).data()] == ["Sam's river"]
    model.search("   ")
    assert model.rowCount() == 0
