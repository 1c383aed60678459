"""Today: the first page after unlocking, this week's bids, the bank account, and what waits."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QTableWidget
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORDS, Couple
from tests.ui.conftest import ControllerFactory, ViewOf
from tests.ui.helpers import (
    activate,
    click,
    destroyed,
    flush_deletes,
    on_disk,
    texts_containing,
    unlock_controller,
    unlock_with,
    widget_texts,
)
from tests.ui.journal.support import listed, open_titled
from toward.core import clock
from toward.core.bids import week_start
from toward.core.journal import EntryFields
from toward.core.spaces import Space
from toward.ui.app import AppController
from toward.ui.bids.page import BidsPage
from toward.ui.bids.quick_log import QuickLogDialog
from toward.ui.journal.page import JournalPage
from toward.ui.kit.charts import ChartWithTable, week_label
from toward.ui.kit.widgets import Card
from toward.ui.lock_screen import LockScreen
from toward.ui.main_view import MainView
from toward.ui.today.page import TodayPage

EMPTY_WEEK = "No bids logged yet this week."


TodayOf = Callable[..., TodayPage]


def unlocked_today(qtbot: QtBot, controller: AppController, name: str = "Maya") -> TodayPage:
    """Unlock through the lock screen; Today is the page shown."""
    view = unlock_controller(qtbot, controller, name)
    page = view.current_page()
    assert isinstance(page, TodayPage), "Today is the first page after unlocking"
    return page


@pytest.fixture
def today_of(view_of: ViewOf) -> TodayOf:
    """A partner's unlocked view with the app's sections; Today is the page shown."""

    def build(name: str = "Maya") -> TodayPage:
        page = view_of(name).current_page()
        assert isinstance(page, TodayPage)
        return page

    return build


def shown_texts(page: TodayPage) -> list[str]:
    """What the page shows now (refreshed widgets replace the old ones once deletes run)."""
    flush_deletes()
    return widget_texts(page)


def week_cards(page: TodayPage) -> dict[str, Card]:
    """The "This week" cards by heading."""
    flush_deletes()
    found = {}
    for card in page.findChildren(Card):
        headings = [label.text() for label in card.findChildren(QLabel)]
        if headings and headings[0].startswith("This week"):
            found[headings[0]] = card
    return found


def card_lines(card: Card) -> list[str]:
    return [label.text() for label in card.findChildren(QLabel)]


def attention_cards(page: TodayPage) -> dict[str, Card]:
    """The "needs attention" cards by heading: each is the one card with an Open button."""
    flush_deletes()
    found = {}
    for card in page.findChildren(Card):
        if any(b.text() == "Open" for b in card.findChildren(QPushButton)):
            found[card.findChildren(QLabel)[0].text()] = card
    return found


def open_button(card: Card) -> QPushButton:
    [go] = [b for b in card.findChildren(QPushButton) if b.text() == "Open"]
    return go


def this_week_at(hours: int) -> datetime:
    """Now less `hours`, kept inside this local week so it counts as this week's."""
    now = clock.now().astimezone()
    monday = datetime.combine(week_start(now.date()), time()).astimezone()
    return max(now - timedelta(hours=hours), monday + timedelta(minutes=1))


def join(qtbot: QtBot, controller: AppController, view: MainView) -> None:
    """Sam unlocks into Maya's window (together mode), as test_together_mode does it."""
    click(qtbot, view.join_button)
    dialog = controller.join_dialog
    assert isinstance(dialog, QDialog)
    screen = dialog.findChild(LockScreen)
    assert screen is not None
    activate(qtbot, dialog)
    unlock_with(qtbot, screen, "Sam", PASSWORDS["Sam"])
    qtbot.waitUntil(lambda: view.together)
    assert destroyed(dialog)


def test_today_comes_first_and_is_shown_after_unlocking(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    controller = make_controller(couple.folder)
    page = unlocked_today(qtbot, controller)
    view = controller.view
    assert view is not None

    labels = [view.nav.item(row).text() for row in range(view.nav.count())]
    assert labels == [
        "Today",
        "Journal",
        "Bids",
        "Money",
        "Promises",
        "Repair",
        "Talks",
        "For therapy",
        "Settings",
    ]
    assert view.nav.currentRow() == 0
    assert page is view.pages["today"]
    assert QApplication.focusWidget() is page.quick_log.text


def test_an_empty_week_invites_a_first_bid(qtbot: QtBot, couple: Couple, today_of: TodayOf) -> None:
    page = today_of()

    [card] = week_cards(page).values()
    lines = card_lines(card)
    assert lines[0] == "This week"
    assert lines[1:] == [
        "Your bids, answered by Sam",
        "No bids logged yet.",
        "Sam's bids, answered by you",
        "No bids logged yet.",
        "No bids logged yet this week. Noticing one is the first step — the small ones count most.",
    ]
    assert attention_cards(page) == {}, "nothing waits, so no card"


def test_this_week_reads_as_sentences_per_bidder(
    qtbot: QtBot, couple: Couple, today_of: TodayOf
) -> None:
    with on_disk(couple.folder, "Maya") as maya:
        for answer in ("toward", "toward", "away", "toward"):
            maya.bids.log(Space.PRIVATE, by_me=True, answer=answer, made_at=this_week_at(1))
        for answer in ("toward", "against", "missed"):
            maya.bids.log(Space.PRIVATE, by_me=False, answer=answer, made_at=this_week_at(2))
    page = today_of()

    [card] = week_cards(page).values()
    assert card_lines(card)[1:] == [
        "Your bids, answered by Sam",
        "3 of 4 turned toward (75%) · 1 turned away",
        "Sam's bids, answered by you",
        "1 of 3 turned toward (33%) · 1 turned against · 1 not yet answered",
    ]
    assert EMPTY_WEEK not in " ".join(shown_texts(page))


def test_last_weeks_bids_are_not_this_weeks(
    qtbot: QtBot, couple: Couple, today_of: TodayOf
) -> None:
    last_week = this_week_at(0) - timedelta(days=7)
    with on_disk(couple.folder, "Maya") as maya:
        maya.bids.log(Space.PRIVATE, by_me=True, answer="away", made_at=last_week)
    page = today_of()

    [card] = week_cards(page).values()
    assert card_lines(card).count("No bids logged yet.") == 2
    assert any(line.startswith(EMPTY_WEEK) for line in card_lines(card))


def test_the_page_follows_a_bid_logged_on_it(
    qtbot: QtBot, couple: Couple, today_of: TodayOf
) -> None:
    page = today_of()

    qtbot.keyClicks(page.quick_log.text, "told me a joke")
    qtbot.keyClick(page.quick_log.text, Qt.Key.Key_Return)

    [card] = week_cards(page).values()
    assert "1 of 1 turned toward (100%)" in card_lines(card)
    assert EMPTY_WEEK not in " ".join(shown_texts(page))
    assert not texts_containing(page, "told me a joke"), "Today shows counts, not bids"
    assert [row[1:] for row in bank_rows(page)][-1] == ["1", "0", "1"]

    click(qtbot, page.quick_log.answer.button(2))  # turned against
    click(qtbot, page.quick_log.text)
    qtbot.keyClicks(page.quick_log.text, "rolled my eyes")
    qtbot.keyClick(page.quick_log.text, Qt.Key.Key_Return)

    [card] = week_cards(page).values()
    assert "1 of 2 turned toward (50%) · 1 turned against" in card_lines(card)
    assert [row[1:] for row in bank_rows(page)][-1] == ["1", "1", "0"]


def test_the_page_follows_a_bid_logged_with_ctrl_b_elsewhere(
    qtbot: QtBot, couple: Couple, today_of: TodayOf
) -> None:
    page = today_of()
    view = page.view
    view.show_section("journal")
    view.nav.setFocus()

    qtbot.keyClick(view.nav, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    dialog = view.findChild(QuickLogDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    click(qtbot, dialog.form.who.button(1))  # Sam made it
    click(qtbot, dialog.form.answer.button(3))  # not yet answered
    click(qtbot, dialog.form.text)
    qtbot.keyClick(dialog.form.text, Qt.Key.Key_Return)
    assert destroyed(dialog)

    view.show_section("today")
    assert view.current_page() is page
    [card] = week_cards(page).values()
    assert "0 of 1 turned toward (0%) · 1 not yet answered" in card_lines(card)


def test_an_unread_shared_entry_gets_a_card_that_opens_the_journal(
    qtbot: QtBot, couple: Couple, today_of: TodayOf
) -> None:
    with on_disk(couple.folder, "Sam") as sam:
        sam.journal.write(
            Space.SHARED, EntryFields(title="SamEntryTitleMarker", body="SamEntryBodyMarker")
        )
    page = today_of()
    view = page.view

    cards = attention_cards(page)
    assert list(cards) == ["Unread in the shared journal · 1"]
    assert card_lines(cards["Unread in the shared journal · 1"])[1:] == [
        "1 shared entry waiting for you"
    ]
    click(qtbot, open_button(cards["Unread in the shared journal · 1"]))

    journal = view.current_page()
    assert isinstance(journal, JournalPage)
    assert view.nav.currentItem().text() == "Journal"
    assert journal.space_switch.button(1).text() == "Shared journal · 1 new"

    click(qtbot, journal.space_switch.button(1))
    open_titled(qtbot, journal, "SamEntryTitleMarker")  # reading it clears the card
    view.show_section("today")
    assert attention_cards(page) == {}


def test_open_on_the_unread_card_shows_the_shared_journal(
    qtbot: QtBot, couple: Couple, today_of: TodayOf
) -> None:
    with on_disk(couple.folder, "Sam") as sam:
        sam.journal.write(Space.SHARED, EntryFields(title="SamEntryTitle", body="Sam's words."))
    page = today_of()

    click(qtbot, open_button(attention_cards(page)["Unread in the shared journal · 1"]))

    journal = page.view.current_page()
    assert isinstance(journal, JournalPage)
    assert journal.space is Space.SHARED
    assert listed(journal) == ["SamEntryTitle"]


def test_a_bid_sam_could_still_meet_gets_a_card_for_sam_that_opens_bids(
    qtbot: QtBot, couple: Couple, today_of: TodayOf
) -> None:
    with on_disk(couple.folder, "Maya") as maya:
        maya.bids.log(Space.SHARED, by_me=True, answer="missed", description="MayaBidMarker")
        maya.bids.log(Space.SHARED, by_me=True, answer="away", kind="question")
        maya.bids.log(Space.SHARED, by_me=True, answer="toward")  # met: no card for it
        maya.bids.log(Space.PRIVATE, by_me=True, answer="missed")  # Sam can't see it
    page = today_of("Sam")
    view = page.view

    cards = attention_cards(page)
    assert list(cards) == ["Bids you could still turn toward · 2"]
    lines = card_lines(cards["Bids you could still turn toward · 2"])[1:]
    assert [line.split(",")[0] for line in lines] == ["A question", "A comment"]
    click(qtbot, open_button(cards["Bids you could still turn toward · 2"]))

    bids = view.current_page()
    assert isinstance(bids, BidsPage)
    assert view.nav.currentItem().text() == "Bids"


def test_maya_gets_no_card_for_her_own_waiting_bids(
    qtbot: QtBot, couple: Couple, today_of: TodayOf
) -> None:
    with on_disk(couple.folder, "Maya") as maya:
        maya.bids.log(Space.SHARED, by_me=True, answer="missed")
        maya.journal.write(Space.SHARED, EntryFields(title="Mine", body="Maya's own words."))
    page = today_of("Maya")
    assert attention_cards(page) == {}


def test_cards_carry_counts_never_content(qtbot: QtBot, couple: Couple, today_of: TodayOf) -> None:
    with on_disk(couple.folder, "Sam") as sam:
        sam.journal.write(
            Space.SHARED, EntryFields(title="SamTitleMarker", body="SamBodyMarker words")
        )
        sam.bids.log(
            Space.SHARED,
            by_me=True,
            answer="missed",
            description="SamBidDescriptionMarker",
            note="SamBidNoteMarker",
        )
        sam.bids.log(Space.PRIVATE, by_me=False, description="SamPrivateBidMarker")
    page = today_of("Maya")

    assert set(attention_cards(page)) == {
        "Unread in the shared journal · 1",
        "Bids you could still turn toward · 1",
    }
    texts = " ".join(shown_texts(page))
    for marker in ("SamTitleMarker", "SamBodyMarker", "SamBid", "SamPrivateBidMarker"):
        assert marker not in texts


def test_the_bank_chart_shows_its_numbers_as_a_table(
    qtbot: QtBot, couple: Couple, today_of: TodayOf
) -> None:
    now = this_week_at(0)
    with on_disk(couple.folder, "Maya") as maya:
        for weeks_ago, by_me, answer in (
            (3, True, "toward"),
            (3, False, "toward"),
            (3, True, "away"),
            (2, False, "against"),
            (2, True, "against"),
            (1, True, "missed"),
            (0, True, "toward"),
        ):
            maya.bids.log(
                Space.PRIVATE, by_me=by_me, answer=answer, made_at=now - timedelta(weeks=weeks_ago)
            )
    page = today_of()
    chart = page.bank_chart
    assert chart.stack.currentWidget() is chart.view
    assert chart.toggle.text() == "Show numbers"

    click(qtbot, chart.toggle)

    assert chart.stack.currentWidget() is chart.table
    assert chart.toggle.text() == "Show chart"
    bank = page.session.today().patterns.bank
    assert len(bank) == 12
    assert bank_rows(page) == [
        [week_label(p.week_start), str(p.deposits), str(p.withdrawals), str(p.balance)]
        for p in bank
    ]
    assert [row[1:] for row in bank_rows(page)][-4:] == [
        ["2", "1", "1"],
        ["0", "2", "-1"],
        ["0", "0", "-1"],
        ["1", "0", "0"],
    ]
    headers = [chart.table.horizontalHeaderItem(c).text() for c in range(4)]
    assert headers == ["Week of", "Deposits", "Withdrawals", "Balance"]

    click(qtbot, chart.toggle)
    assert chart.stack.currentWidget() is chart.view
    assert chart.toggle.text() == "Show numbers"


def bank_rows(page: TodayPage) -> list[list[str]]:
    flush_deletes()
    chart = page.bank_chart
    assert isinstance(chart, ChartWithTable)
    table: QTableWidget = chart.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_the_research_context_is_labelled_with_its_source(
    qtbot: QtBot, couple: Couple, today_of: TodayOf
) -> None:
    page = today_of()
    [context] = [
        label
        for label in page.findChildren(QLabel)
        if label.accessibleName() == "Research context" and not label.isHidden()
    ]
    assert context.text().startswith("Research context, not a grade")
    assert "Gottman & DeClaire, The Relationship Cure, 2001" in context.text()


def test_together_mode_shows_only_the_shown_partners_own_week(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    # Sam's view once showed "This week, as Maya sees it", counted from Maya's private bid.
    with on_disk(couple.folder, "Maya") as maya:
        maya.bids.log(Space.PRIVATE, by_me=True, answer="toward", made_at=this_week_at(1))
        maya.bids.log(Space.SHARED, by_me=True, answer="away", made_at=this_week_at(1))
    with on_disk(couple.folder, "Sam") as sam:
        sam.bids.log(Space.PRIVATE, by_me=False, answer="against", made_at=this_week_at(1))
    controller = make_controller(couple.folder)
    unlocked_today(qtbot, controller, "Maya")
    view = controller.view
    assert view is not None

    join(qtbot, controller, view)
    page = view.current_page()
    assert isinstance(page, TodayPage) and page.session.partner.name == "Sam"
    qtbot.waitUntil(lambda: len(week_cards(page)) == 1)
    assert card_lines(week_cards(page)["This week"])[1:] == [
        "Your bids, answered by Maya",
        "No bids logged yet.",
        "Maya's bids, answered by you",
        "0 of 2 turned toward (0%) · 1 turned away · 1 turned against",
    ]

    click(qtbot, view.switch.button(0))  # Maya's view: her own week, Sam's private bid unseen
    page = view.current_page()
    assert isinstance(page, TodayPage) and page.session.partner.name == "Maya"
    assert card_lines(week_cards(page)["This week"])[1:] == [
        "Your bids, answered by Sam",
        "1 of 2 turned toward (50%) · 1 turned away",
        "Sam's bids, answered by you",
        "No bids logged yet.",
    ]


def test_together_mode_follows_a_bid_logged_by_either(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    controller = make_controller(couple.folder)
    unlocked_today(qtbot, controller, "Maya")
    view = controller.view
    assert view is not None
    join(qtbot, controller, view)
    page = view.current_page()
    assert isinstance(page, TodayPage) and page.session.partner.name == "Sam"

    click(qtbot, page.quick_log.space.button(1))  # shared
    click(qtbot, page.quick_log.text)
    qtbot.keyClicks(page.quick_log.text, "a wink")
    qtbot.keyClick(page.quick_log.text, Qt.Key.Key_Return)

    assert "1 of 1 turned toward (100%)" in card_lines(week_cards(page)["This week"])
    click(qtbot, view.switch.button(0))  # shared: Maya's week counts it too
    page = view.current_page()
    assert isinstance(page, TodayPage) and page.session.partner.name == "Maya"
    assert "1 of 1 turned toward (100%)" in card_lines(week_cards(page)["This week"])
