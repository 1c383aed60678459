"""The journal, bids, money and promises pages, and every dialog, say every word of their
own through translate.

A marking translator wraps each translated string in ⟦ ⟧; every button, placeholder,
tooltip, accessible name, table heading and label shown on the page must then carry the mark,
unless it is the household's own data (a title, a name, an amount). A word written
straight into a widget shows up here, unmarked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.conftest import Couple
from tests.ui.conftest import ViewOf
from toward.core import clock, i18n
from toward.core.journal import EntryFields, TrustKind
from toward.core.ledger import DraftFields, Money, ResponseKind
from toward.core.prompts import PromptLibrary
from toward.core.spaces import Space
from toward.translations import use_language
from toward.ui import main_view

# What the household holds (typed by the couple, not words of the app): never marked.
DATA = ("Maya", "Sam", "A walk by the river", "Slow steps.", "Walk the dog", "Hardware")


def _marked(context: str, text: str, disambiguation: str | None, n: int) -> str:
    shown = text.replace("%n", str(n)) if n >= 0 else text
    return f"⟦{shown}⟧"


@pytest.fixture
def marked_words(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # The view turns to the partner's language as it opens: here, to the marked words.
    monkeypatch.setattr(main_view, "use_language", lambda _code=None: i18n.install(_marked))
    i18n.install(_marked)
    yield
    use_language("en")


def _fill(couple: Couple) -> None:
    """Something on every page: an entry, bids, a promise and an agreement, a disclosure."""
    maya, sam = couple.unlock("Maya"), couple.unlock("Sam")
    try:
        maya.journal.write(
            Space.SHARED,
            EntryFields(
                title="A walk by the river",
                body="Slow steps.",
                mood=4,
                trust_kinds=(TrustKind.EMOTIONAL,),
                tags=("walks",),
            ),
        )
        sam.bids.log(Space.SHARED, by_me=True, answer="away", description="Walk the dog")
        maya.bids.log(Space.SHARED, by_me=True, answer="toward", description="Walk the dog")
        maya.promises.make("Walk the dog", to_partner_id=sam.partner.id)
        sam.promises.make("Walk the dog", to_partner_id=maya.partner.id)
        maya.promises.add_agreement("Walk the dog")
        today = clock.now().astimezone().date()
        sam.ledger.add_draft(DraftFields(today, Money.of("12.50", "USD"), payee="Hardware"))
        told = sam.ledger.disclose(sam.ledger.drafts())
        maya.ledger.respond(told[0], ResponseKind.QUESTION, "Walk the dog")
        maya.ledger.add_draft(DraftFields(today, Money.of("3", "EUR"), payee="Hardware"))
    finally:
        maya.lock()
        sam.lock()


def _texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) of the words a person meets on `widget`."""
    yield "accessible name", widget.accessibleName()
    yield "tooltip", widget.toolTip()
    if isinstance(widget, QAbstractButton):
        yield "button", widget.text()
    elif isinstance(widget, QLabel):
        yield "label", widget.text()
    elif isinstance(widget, QLineEdit | QPlainTextEdit):
        yield "placeholder", widget.placeholderText()
    elif isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield "choice", widget.itemText(index)
    if isinstance(widget, QTableWidget | QTableView):
        model = widget.model()
        for column in range(model.columnCount()):
            yield "heading", str(model.headerData(column, widget.horizontalHeader().orientation()))


def _qt_own(widget: QWidget) -> bool:
    """A standard button of a button box (OK, Cancel, Close): Qt's own catalog says it."""
    box = widget.parent()
    return (
        isinstance(widget, QPushButton)
        and isinstance(box, QDialogButtonBox)
        and box.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton
    )


# A currency's ISO code and a recovery code's shape are not words.
NOT_WORDS = re.compile(r"[A-Z]{3}|[X-]+")


def _unmarked(page: QWidget, given: tuple[str, ...] = ()) -> list[str]:
    found = []
    # The prompt decks are translated as files of their own, not through translate().
    decks = PromptLibrary.bundled().decks
    prompts = {prompt.text for deck in decks for prompt in deck.prompts}
    prompts |= {words for deck in decks for words in (deck.title, deck.description)}
    shown = [w for w in page.findChildren(QWidget) if w.isVisibleTo(page)]
    for widget in [page, *shown]:
        if _qt_own(widget):
            continue
        for what, text in _texts(widget):
            if text in prompts:
                continue
            words = text
            if text in given:
                continue
            for data in DATA:
                words = words.replace(data, "")
            if NOT_WORDS.fullmatch(text):
                continue
            if "⟦" not in text and any(c.isalpha() for c in words):
                found.append(f"{type(widget).__name__} {what}: {text!r}")
    return found


@pytest.mark.parametrize("section", ["journal", "bids", "ledger", "promises"])
def test_every_word_on_the_page_is_translated(
    couple: Couple, view_of: ViewOf, marked_words: None, section: str
) -> None:
    _fill(couple)
    view = view_of("Maya")
    view.show_section(section)
    page = view.pages[section]
    problems = _unmarked(page)
    assert not problems, "\n".join(problems)


# Words the dialogs' builders pass in (the caller's, translated there) or the household's.
GIVEN = ("A walk", "Along", "photo.png", "Write down a purchase", "Stop sharing?", "Desk", "b")


def test_every_word_in_every_dialog_is_translated(
    qtbot: QtBot, couple: Couple, marked_words: None
) -> None:
    from tests.ui.test_window_titles import _builders

    session = couple.unlock("Maya")
    parent = QWidget()
    qtbot.addWidget(parent)
    problems = []
    try:
        for name, build in sorted(_builders().items()):
            dialog = build(session, parent, couple)
            problems += [f"{name}: {found}" for found in _unmarked(dialog, GIVEN)]
            dialog.deleteLater()
    finally:
        session.lock()
    assert not problems, "\n".join(problems)


def test_a_long_lists_count_and_more_button_are_translated(
    qtbot: QtBot, marked_words: None
) -> None:
    from toward.ui.kit.paged_rows import PagedRows

    rows = PagedRows(
        ("⟦bid⟧", "⟦bids⟧"),
        "⟦Nothing yet⟧",
        lambda limit, offset: list(range(offset, min(offset + limit, 12))),
        12,
        lambda n: QLabel(str(n)),
        first=5,
        page=5,
    )
    qtbot.addWidget(rows)
    for text in (rows.count.text(), rows.more.text(), rows.more.accessibleName()):
        assert text.startswith("⟦"), text
