"""The Money page: prepare a draft, disclose a batch with its total, acknowledge, ask and
answer, correct, agree, and the Today card that leads here."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import ViewOf
from tests.ui.helpers import click, flush_deletes, tick, widget_texts
from tests.ui.journal.support import Answers
from toward.core import clock
from toward.core.ledger import DraftFields, Grouping, Money, ResponseKind
from toward.session import Session
from toward.translations import use_language
from toward.ui.main_view import MainView, Section
from toward.ui.money.page import AGREEMENT, AWAITING, DRAFTS, LATE, SHARED, LedgerPage
from toward.ui.today.page import TodayPage

LedgerOf = Callable[[str], LedgerPage]
YESTERDAY = clock.today() - timedelta(days=1)


@pytest.fixture
def ledger_of(view_of: ViewOf) -> LedgerOf:
    """Unlock a partner and show their view with the Money page alone."""

    def build(name: str) -> LedgerPage:
        view = view_of(name, sections=[Section("ledger", "Money", "money", LedgerPage)])
        page = view.current_page()
        assert isinstance(page, LedgerPage)
        return page

    return build


def draft(session: Session, amount: str, payee: str, **more) -> None:
    session.ledger.add_draft(DraftFields(YESTERDAY, Money.of(amount, "USD"), payee=payee, **more))


def texts(widget: QWidget) -> list[str]:
    """What a widget shows now (widgets replaced a moment ago are gone first)."""
    flush_deletes()
    return widget_texts(widget)


def shown(page: LedgerPage) -> list[str]:
    return [line.payee for line in page.model.lines()]


def test_a_purchase_is_written_down_as_a_private_draft(
    qtbot: QtBot, ledger_of: LedgerOf, maya: Session, sam: Session
):
    page = ledger_of("Maya")
    form = page.new_draft()
    qtbot.keyClicks(form.amount, "212.45")
    qtbot.keyClicks(form.payee, "Office Depot")
    qtbot.keyClicks(form.category, "office supplies")
    click(qtbot, form.purpose.button(1))
    qtbot.keyClicks(form.why, "Ink for the client reports")
    tick(qtbot, form.keep_private)
    click(qtbot, form.save)
    assert not form.isVisible()
    assert page.views.current() == DRAFTS and shown(page) == ["Office Depot"]
    (saved,) = maya.ledger.drafts()
    assert (str(saved.money), saved.purpose.value, saved.why, saved.why_withheld) == (
        "USD 212.45",
        "business",
        "Ink for the client reports",
        True,
    )
    assert sam.ledger.drafts() == [] and sam.ledger.disclosures() == []


def test_an_unreadable_amount_is_explained_and_nothing_is_saved(
    qtbot: QtBot, ledger_of: LedgerOf, maya: Session
):
    page = ledger_of("Maya")
    form = page.new_draft()
    qtbot.keyClicks(form.amount, "12.345")
    click(qtbot, form.save)
    assert form.isVisible() and form.error.isVisible()
    assert "at most 2 decimal places" in form.error.text()
    assert maya.ledger.drafts() == []
    form.reject()


def test_a_batch_is_disclosed_after_its_total_is_shown(
    qtbot: QtBot, ledger_of: LedgerOf, answers: Answers, maya: Session, sam: Session
):
    draft(maya, "0.10", "Gum")
    draft(maya, "0.20", "Stamp", why="for the tax letter", keep_why_private=True)
    draft(maya, "5.00", "Kept back")
    page = ledger_of("Maya")
    page.open_view("drafts")
    assert page.disclose_button.text() == "Disclose all 3…"
    page.select([line for line in page.model.lines() if line.payee in ("Gum", "Stamp")])
    assert page.disclose_button.text() == "Disclose 2 selected…"

    answers.answer = False
    click(qtbot, page.disclose_button)
    assert "2 purchases, USD 0.30 in total, to Sam" in answers.asked[-1]
    assert "1 keeps its why private" in answers.asked[-1]
    assert len(maya.ledger.drafts()) == 3 and sam.ledger.disclosures() == []
    stamp = next(line for line in page.model.lines() if line.payee == "Stamp")
    page.select([stamp])  # her own draft shows her its why
    assert "Why (kept to yourself): for the tax letter" in texts(page.detail)
    page.select([line for line in page.model.lines() if line.payee in ("Gum", "Stamp")])

    answers.answer = True
    click(qtbot, page.disclose_button)
    assert shown(page) == ["Kept back"]
    assert sorted(d.payee for d in sam.ledger.disclosures()) == ["Gum", "Stamp"]
    assert page.views.button(DRAFTS).text() == "My drafts (1)"
    assert page.heading.text() == "Disclosed 2 purchases to Sam."


def test_the_partner_acknowledges_asks_and_the_author_answers(
    qtbot: QtBot, ledger_of: LedgerOf, maya: Session, sam: Session
):
    draft(maya, "1249", "Dell", why="a laptop", keep_why_private=True)
    draft(maya, "54.99", "Adobe", why="software")
    by_payee = {d.payee: d for d in maya.ledger.disclose(maya.ledger.drafts())}
    dell, adobe = by_payee["Dell"], by_payee["Adobe"]
    page = ledger_of("Sam")
    page.open_view("awaiting")
    assert page.views.current() == AWAITING
    assert sorted(shown(page)) == ["Adobe", "Dell"]

    page.select([line for line in page.model.lines() if line.id == adobe.id])
    assert "Why: software" in texts(page.detail)
    click(qtbot, page.detail.buttons["acknowledge"])
    assert [r.kind for r in maya.ledger.get(adobe.id).responses] == [ResponseKind.ACKNOWLEDGED]

    page.refresh()
    assert shown(page) == ["Dell"]
    assert "Maya kept the why private for now." in texts(page.detail)
    qtbot.keyClicks(page.detail.question, "Is this the one for the new contract?")
    click(qtbot, page.detail.buttons["ask"])
    assert maya.ledger.get(dell.id).open_question is not None
    page.refresh()
    assert shown(page) == []
    assert page.empty.isVisible() and "Nothing is waiting" in page.empty.text()

    mine = ledger_of("Maya")
    mine.open_view("awaiting")
    assert shown(mine) == ["Dell"]  # a question about hers waits for her
    seen = texts(mine.detail)
    assert "Is this the one for the new contract?" in seen
    assert "Why (kept to yourself): a laptop" in seen
    qtbot.keyClicks(mine.detail.question, "Yes, signed on Friday.")
    click(qtbot, mine.detail.buttons["answer"])
    assert [r.kind for r in sam.ledger.get(dell.id).responses] == [
        ResponseKind.QUESTION,
        ResponseKind.ANSWER,
    ]


def test_a_question_needs_words(qtbot: QtBot, ledger_of: LedgerOf, maya: Session):
    draft(maya, "10", "Shop")
    maya.ledger.disclose(maya.ledger.drafts())
    page = ledger_of("Sam")
    page.open_view("awaiting")
    click(qtbot, page.detail.buttons["ask"])
    assert page.detail.error.isVisible() and "Write the question first" in page.detail.error.text()


def test_a_correction_keeps_the_original_visible(
    qtbot: QtBot, ledger_of: LedgerOf, maya: Session, sam: Session
):
    draft(maya, "100", "Shop")
    (original,) = maya.ledger.disclose(maya.ledger.drafts())
    page = ledger_of("Maya")
    assert page.views.current() == SHARED and shown(page) == ["Shop"]
    click(qtbot, page.detail.buttons["correct"])
    form = page.form
    assert form is not None and form.amount.text() == "100.00"
    form.amount.clear()
    qtbot.keyClicks(form.amount, "90")
    click(qtbot, form.save)
    assert "Say in a few words" in form.error.text()
    qtbot.keyClicks(form.note, "The receipt says 90.")
    click(qtbot, form.save)
    assert not form.isVisible()
    assert sam.ledger.totals_per_currency() == {"USD": Money.of("90", "USD")}
    assert "Corrected: The receipt says 90." in texts(page.detail)
    click(qtbot, page.detail.buttons["history"])
    assert any(t.startswith("Earlier: USD 100.00 at Shop") for t in texts(page.detail))
    assert sam.ledger.get(original.id).superseded_by is not None


def test_the_shared_ledger_filters_by_month_category_and_account_with_totals(
    qtbot: QtBot, ledger_of: LedgerOf, maya: Session
):
    draft(maya, "10.10", "A", category="food", account="Visa")
    draft(maya, "20.20", "B", category="travel", account="Visa")
    maya.ledger.add_draft(DraftFields(YESTERDAY, Money.of("300", "JPY"), payee="C",
                                      category="food", account="Cash"))  # fmt: skip
    maya.ledger.disclose(maya.ledger.drafts())
    page = ledger_of("Maya")
    assert page.totals_label.text().startswith("Total: JPY 300 · USD 30.30")
    assert page.category.count() == 1  # listed only when someone goes to choose
    page.category.setFocus()
    qtbot.waitUntil(page.category.hasFocus)
    assert page.category.findData("travel") > 0
    page.category.setCurrentIndex(page.category.findData("food"))
    assert sorted(shown(page)) == ["A", "C"]
    assert page.totals_label.text().startswith("Total: JPY 300 · USD 10.10")
    page.account.setFocus()
    qtbot.waitUntil(page.account.hasFocus)
    page.account.setCurrentIndex(page.account.findData("Visa"))
    assert shown(page) == ["A"]
    table = page.totals_tables[next(iter(page.totals_tables))]
    assert table.model().rowCount() == 1
    assert page.totals_stack.currentWidget() is page.totals_tables[Grouping.MONTH]
    page.totals_by.group.button(1).click()
    assert page.totals_stack.currentWidget() is page.totals_tables[Grouping.CATEGORY]
    page.account.setCurrentIndex(0)  # rebuilt totals keep the chosen grouping
    assert page.totals_stack.currentWidget() is page.totals_tables[Grouping.CATEGORY]


def test_a_new_category_appears_in_the_filter_the_next_time_it_is_opened(
    qtbot: QtBot, ledger_of: LedgerOf, maya: Session
):
    draft(maya, "10", "A", category="food")
    maya.ledger.disclose(maya.ledger.drafts())
    page = ledger_of("Maya")
    page.category.setFocus()
    qtbot.waitUntil(page.category.hasFocus)
    page.category.setCurrentIndex(page.category.findData("food"))
    assert page.category.findData("books") == -1

    page.session.ledger.add_draft(DraftFields(YESTERDAY, Money.of("5", "USD"), category="books"))
    page.session.ledger.disclose(page.session.ledger.drafts())  # the page hears of it
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    page.category.setFocus()
    qtbot.waitUntil(page.category.hasFocus)
    assert page.category.findData("books") > 0
    assert page.category.currentData() == "food", "the choice made stays chosen"
    assert shown(page) == ["A"]


def test_late_disclosures_are_listed_with_how_late(
    qtbot: QtBot, ledger_of: LedgerOf, maya: Session, sam: Session
):
    proposal = sam.ledger.agreements.propose(Money.of("50", "USD"), 3)
    maya.ledger.agreements.confirm(proposal)
    maya.ledger.add_draft(
        DraftFields(YESTERDAY - timedelta(days=9), Money.of("80", "USD"), payee="Late one")
    )
    draft(maya, "80", "On time")
    maya.ledger.disclose(maya.ledger.drafts())
    page = ledger_of("Sam")
    page.open_view("late")
    assert page.views.current() == LATE and shown(page) == ["Late one"]
    assert page.views.button(LATE).text() == "Late (1)"
    status = page.model.index(0, 6)
    assert status.data() == "for you to see · late"  # a few words: the column stays readable
    assert "disclosed 7 days after the agreed 3" in status.data(Qt.ItemDataRole.ToolTipRole)


def test_the_agreement_is_proposed_by_one_and_confirmed_by_the_other(
    qtbot: QtBot, ledger_of: LedgerOf, maya: Session, sam: Session
):
    page = ledger_of("Maya")
    page.open_view("agreement")
    assert page.views.current() == AGREEMENT
    card = page.agreement
    card.amount.clear()
    qtbot.keyClicks(card.amount, "100")
    card.days.setValue(7)
    click(qtbot, card.propose_button)
    assert "Waiting for Sam to confirm." in texts(page.agreement)
    theirs = ledger_of("Sam")
    theirs.open_view("agreement")
    assert "Maya proposed an agreement:" in texts(theirs.agreement)
    click(qtbot, theirs.agreement.confirm_button)
    agreement = maya.ledger.agreements.in_force()
    assert agreement is not None and agreement.days == 7
    assert theirs.agreement.current.text() == (
        "We tell each other about any purchase over USD 100.00 within 7 days."
    )


def test_the_today_card_leads_to_what_waits(qtbot: QtBot, view_of: ViewOf, maya: Session):
    draft(maya, "42", "Bookshop")
    maya.ledger.disclose(maya.ledger.drafts())
    maya.ledger.agreements.propose(Money.of("100", "USD"), 7)
    view: MainView = view_of(
        "Sam",
        sections=[
            Section("today", "Today", "today", TodayPage),
            Section("ledger", "Money", "money", LedgerPage),
        ],
    )
    seen = texts(view.current_page())
    assert "Money shared with you · 1" in seen
    assert "An agreement waiting for you · 1" in seen
    view.show_section("ledger:awaiting")
    page = view.pages["ledger"]
    assert isinstance(page, LedgerPage) and page.views.current() == AWAITING
    assert shown(page) == ["Bookshop"]


def test_the_waiting_list_pages_questions_first_then_the_partners_disclosures(
    ledger_of: LedgerOf, maya: Session, sam: Session, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr("toward.ui.money.model.PAGE_SIZE", 2)
    draft(maya, "10", "Asked about")
    (mine,) = maya.ledger.disclose(maya.ledger.drafts())
    sam.ledger.respond(mine, ResponseKind.QUESTION, "What was it?")
    for n in range(3):
        draft(sam, f"{n + 1}", f"Sam's {n}")
    sam.ledger.disclose(sam.ledger.drafts())
    page = ledger_of("Maya")
    page.open_view("awaiting")
    # A page of 2 first; the table asks for more itself while it has room to show them.
    assert page.model.total == 4 and len(page.model.lines()) in (2, 4)
    while page.model.canFetchMore():
        page.model.fetchMore()
    payees = shown(page)
    assert payees[0] == "Asked about" and sorted(payees[1:]) == ["Sam's 0", "Sam's 1", "Sam's 2"]
    assert page.views.button(AWAITING).text() == "Waiting for you (4)"


def test_a_draft_is_edited_and_deleted_from_the_drafts_view(
    qtbot: QtBot, ledger_of: LedgerOf, answers: Answers, maya: Session
):
    draft(maya, "12", "Typo Shop")
    page = ledger_of("Maya")
    page.open_view("drafts")
    page.select(page.model.lines())
    click(qtbot, page.detail.buttons["edit"])
    form = page.form
    assert form is not None and form.payee.text() == "Typo Shop"
    form.payee.setText("Tidy Shop")  # typing would open the completer's popup offscreen
    click(qtbot, form.save)
    assert shown(page) == ["Tidy Shop"]
    page.select(page.model.lines())
    answers.answer = False
    click(qtbot, page.delete_button)
    assert "Delete 1 draft? Nothing was shared." in answers.asked[-1]
    assert len(maya.ledger.drafts()) == 1
    answers.answer = True
    click(qtbot, page.delete_button)
    assert maya.ledger.drafts() == [] and page.empty.isVisible()


def test_a_new_draft_and_a_disclosure_each_refresh_the_table_once(
    qtbot: QtBot, ledger_of: LedgerOf, answers: Answers, maya: Session
):
    draft(maya, "3.00", "Bakery")
    page = ledger_of("Maya")
    assert page.views.current() == SHARED
    resets: list[int] = []
    page.model.modelReset.connect(lambda: resets.append(1))
    form = page.new_draft()
    qtbot.keyClicks(form.amount, "4.50")
    qtbot.keyClicks(form.payee, "Florist")
    click(qtbot, form.save)
    assert page.views.current() == DRAFTS and sorted(shown(page)) == ["Bakery", "Florist"]
    assert len(resets) == 1  # the new draft and the switch to the drafts view, drawn once
    click(qtbot, page.disclose_button)
    assert shown(page) == [] and len(resets) == 2


@pytest.fixture
def german(maya: Session) -> Iterator[None]:
    """Maya chose German: her view's words, dates and amounts follow it."""
    maya.settings.language = "de"
    yield
    use_language("en")


@pytest.mark.usefixtures("german")
def test_a_correction_starts_from_the_amount_written_the_german_way(
    qtbot: QtBot, ledger_of: LedgerOf, maya: Session
) -> None:
    draft(maya, "1249", "Dell")
    maya.ledger.disclose(maya.ledger.drafts())
    page = ledger_of("Maya")
    click(qtbot, page.detail.buttons["correct"])
    form = page.form
    assert form is not None and form.amount.text() == "1249,00"
    assert form.fields().money == Money.of("1249", "USD")


@pytest.mark.usefixtures("german")
def test_the_agreement_shows_and_reads_a_german_amount(
    qtbot: QtBot, ledger_of: LedgerOf, maya: Session, sam: Session
) -> None:
    sam.ledger.agreements.confirm(maya.ledger.agreements.propose(Money.of("100", "USD"), 7))
    page = ledger_of("Maya")
    page.open_view("agreement")
    card = page.agreement
    assert card.amount.text() == "100,00"
    card.amount.clear()
    qtbot.keyClicks(card.amount, "150,50")
    click(qtbot, card.propose_button)
    proposal = maya.ledger.agreements.proposal()
    assert proposal is not None and proposal.threshold == Money.of("150.50", "USD")
