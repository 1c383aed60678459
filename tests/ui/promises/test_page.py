"""The Promises page: making, settling and renegotiating promises, agreements, follow-through."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
import shiboken6
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from tests.conftest import Couple
from tests.ui.conftest import ViewOf
from tests.ui.helpers import click, flush_deletes, on_disk, show, texts_containing, tick
from tests.ui.journal.support import Answers
from toward.core import clock
from toward.core.formatting import format_date
from toward.core.promises import MISSED_REMINDER, MomentKind, PromiseStatus
from toward.session import Session
from toward.ui.main_view import MainView, Section
from toward.ui.promises.page import PromisesPage
from toward.ui.promises.rows import PromiseRow
from toward.ui.today.page import TodayPage

PROMISES_ONLY = [Section("promises", "Promises", "promises", PromisesPage)]
PageOf = Callable[[str], PromisesPage]


@pytest.fixture
def page_of(view_of: ViewOf) -> PageOf:
    def build(name: str) -> PromisesPage:
        page = view_of(name, sections=PROMISES_ONLY).current_page()
        assert isinstance(page, PromisesPage)
        return page

    return build


@pytest.fixture
def together(qtbot: QtBot, couple: Couple) -> Iterator[MainView]:
    """Maya and Sam unlocked in one window, the Promises page first, Maya's view shown."""
    sessions = [couple.unlock("Maya"), couple.unlock("Sam")]
    view = MainView(sessions, PROMISES_ONLY)
    show(qtbot, view)
    yield view
    if shiboken6.isValid(view):
        shiboken6.delete(view)
    for session in sessions:
        session.lock()


def page(view: MainView) -> PromisesPage:
    flush_deletes()
    shown = view.pages["promises"]
    assert isinstance(shown, PromisesPage)
    return shown


def open_row(promises_page: PromisesPage, what: str) -> PromiseRow:
    flush_deletes()
    [row] = [r for r in promises_page.open_rows if r.promise.what == what]
    return row


def make(qtbot: QtBot, promises_page: PromisesPage, what: str, *, due_in: int | None = None):
    promises_page.what.setFocus()
    qtbot.keyClicks(promises_page.what, what)
    if due_in is not None:
        tick(qtbot, promises_page.due.enabled)
        day = clock.today() + timedelta(days=due_in)
        promises_page.due.set_day(day)
    click(qtbot, promises_page.promise_button)


def test_a_promise_typed_on_the_page_is_stored_for_both(
    qtbot: QtBot, couple: Couple, page_of: PageOf
) -> None:
    maya_page = page_of("Maya")
    make(qtbot, maya_page, "Fix the bike light", due_in=3)
    assert maya_page.what.text() == ""
    row = open_row(maya_page, "Fix the bike light")
    assert "You promised Sam" in row.detail.text()
    assert row.detail.text().endswith(
        "due " + format_date(clock.today() + timedelta(days=3), "short_weekday")
    )
    assert not hasattr(row, "kept"), "only Sam can settle it"
    with on_disk(couple.folder, "Sam") as sam:
        [stored] = sam.promises.open_promises()
        assert (stored.what, stored.due) == ("Fix the bike light", clock.today() + timedelta(3))


def test_an_empty_promise_is_explained_and_the_form_keeps_its_day(
    qtbot: QtBot, page_of: PageOf, answers: Answers
) -> None:
    maya_page = page_of("Maya")
    make(qtbot, maya_page, "   ", due_in=2)
    assert answers.told == ["Write what the promise is."]
    assert maya_page.due.day() == clock.today() + timedelta(days=2)
    assert maya_page.open_rows == []


def test_sam_settles_with_a_word_and_a_missed_promise_is_framed_for_repair(
    qtbot: QtBot, together: MainView, answers: Answers
) -> None:
    maya, sam = together.sessions
    maya.promises.make("Water the plants", to_partner_id=sam.partner.id)
    maya.promises.make("Call the plumber", to_partner_id=sam.partner.id)
    together.set_active(1)
    sams = page(together)
    row = open_row(sams, "Water the plants")
    qtbot.keyClicks(row.note, "they look happy")
    click(qtbot, row.kept)
    missed = open_row(page(together), "Call the plumber")
    click(qtbot, missed.missed)
    assert answers.asked == [
        f"Mark as missed Mark “Call the plumber” as missed?\n\n{MISSED_REMINDER}"
    ]
    settled = {p.what: p for p in maya.promises.settled()}
    assert settled["Water the plants"].status is PromiseStatus.KEPT
    assert settled["Water the plants"].status_note == "they look happy"
    assert settled["Call the plumber"].status is PromiseStatus.MISSED
    shown = page(together)
    assert shown.open_rows == []
    texts = [r.detail.text() for r in shown.settled_rows]
    day = format_date(clock.today(), "short_weekday")
    missed_words = f"missed {day} — a moment for repair, not a verdict"
    assert any(t.endswith(missed_words) for t in texts)
    assert texts_containing(shown, "You wrote: they look happy")


def test_declining_to_mark_missed_changes_nothing(
    qtbot: QtBot, together: MainView, answers: Answers
) -> None:
    maya, sam = together.sessions
    maya.promises.make("Call the plumber", to_partner_id=sam.partner.id)
    together.set_active(1)
    answers.answer = False
    click(qtbot, open_row(page(together), "Call the plumber").missed)
    assert maya.promises.count_open() == 1


def test_renegotiating_a_promise_in_together_mode(
    qtbot: QtBot, together: MainView, answers: Answers
) -> None:
    maya, sam = together.sessions
    maya.promises.make("Book the holiday", to_partner_id=sam.partner.id)
    row = open_row(page(together), "Book the holiday")
    click(qtbot, row.change)
    form = row.change_form
    assert form is not None
    qtbot.waitUntil(form.isVisible)  # new widgets show once the event loop runs
    form.what.selectAll()
    qtbot.keyClicks(form.what, "Book the holiday after payday")
    form.due.set_day(clock.today() + timedelta(days=10))
    qtbot.keyClicks(form.why, "money is tight this month")
    click(qtbot, form.send)
    waiting = open_row(page(together), "Book the holiday")
    assert "Waiting for Sam's answer" in waiting.asked.text()
    assert maya.promises.get(waiting.promise.id).what == "Book the holiday"

    together.set_active(1)
    asked = open_row(page(together), "Book the holiday")
    assert "Maya asked to change it to “Book the holiday after payday”" in asked.asked.text()
    assert "Why: money is tight this month" in asked.asked.text()
    click(qtbot, asked.accept)

    shown = page(together)
    new = open_row(shown, "Book the holiday after payday")
    assert new.promise.due == clock.today() + timedelta(days=10)
    assert texts_containing(new, "Renegotiated from “Book the holiday”")
    [old] = shown.settled_rows
    assert old.promise.status is PromiseStatus.RENEGOTIATED
    assert texts_containing(old, "New terms: “Book the holiday after payday”")
    assert sam.promises.waiting_for_my_answer() == []


def test_keeping_a_promise_as_it_was(qtbot: QtBot, together: MainView) -> None:
    maya, sam = together.sessions
    made = maya.promises.make("Walk the dog", to_partner_id=sam.partner.id)
    maya.promises.ask_new_terms(made, "Walk the dog at weekends")
    together.set_active(1)
    click(qtbot, open_row(page(together), "Walk the dog").decline)
    row = open_row(page(together), "Walk the dog")
    assert row.promise.asked is None and hasattr(row, "kept")


def test_agreements_take_moments_from_either_partner(
    qtbot: QtBot, together: MainView, answers: Answers
) -> None:
    maya, sam = together.sessions
    card = page(together).agreements
    qtbot.keyClicks(card.text, "Phones away at dinner")
    click(qtbot, card.add)
    [row] = page(together).agreements.rows
    qtbot.keyClicks(row.note, "a lovely long dinner")
    click(qtbot, row.honoured)
    together.set_active(1)
    [row] = page(together).agreements.rows
    click(qtbot, row.broken)
    [row] = page(together).agreements.rows
    assert row.tally.text() == "Noted so far: honoured 1 · broken 1"
    assert texts_containing(row, "noted by Maya: a lovely long dinner")
    [agreement] = maya.promises.agreements()
    assert [m.kind for m in maya.promises.moments(agreement)] == [
        MomentKind.BROKEN,
        MomentKind.HONOURED,
    ]
    click(qtbot, row.set_aside)
    assert answers.asked[-1].startswith("Set aside Set aside “Phones away at dinner”?")
    assert page(together).agreements.rows == []
    assert sam.promises.agreements(include_ended=True)[0].ended_at is not None


def test_follow_through_numbers_match_the_counts(qtbot: QtBot, together: MainView) -> None:
    maya, sam = together.sessions
    for what, settle in (("one", "mark_kept"), ("two", "mark_kept"), ("three", "release")):
        made = maya.promises.make(what, to_partner_id=sam.partner.id)
        getattr(sam.promises, settle)(made)
    made = sam.promises.make("four", to_partner_id=maya.partner.id)
    maya.promises.mark_missed(made)
    shown = page(together)
    assert [c.view.accessibleName() for c in shown.charts] == [
        "Your promises, month by month",
        "Sam's promises, month by month",
    ]
    rows = []
    for chart in shown.charts:
        click(qtbot, chart.toggle)
        table = chart.table
        assert isinstance(table, QTableWidget) and table.rowCount() == 6
        rows.append([table.item(5, c).text() for c in range(table.columnCount())])
    month = f"{clock.today():%b %Y}"
    assert rows == [[month, "2", "0", "0", "1"], [month, "0", "1", "0", "0"]]
    assert texts_containing(shown, MISSED_REMINDER)


def test_alone_the_page_explains_promises_wait_for_the_partner(
    solo: Couple, view_of: ViewOf
) -> None:
    shown = view_of("Maya", household=solo, sections=PROMISES_ONLY).current_page()
    assert isinstance(shown, PromisesPage)
    assert shown.what is None
    assert texts_containing(shown, "Once they join Toward")
    assert texts_containing(shown, "No open promises")


def test_today_shows_promises_due_soon_and_opens_the_page(
    qtbot: QtBot, couple: Couple, view_of: ViewOf
) -> None:
    with on_disk(couple.folder, "Sam") as sam:
        maya_id = next(p.id for p in sam.household.partners if p.id != sam.partner.id)
        sam.promises.make("Pick up the prescription", to_partner_id=maya_id, due=clock.today())
    view = view_of("Maya")
    today = view.current_page()
    assert isinstance(today, TodayPage)
    assert texts_containing(today, "Promises due soon · 1")
    assert texts_containing(today, "To you: Pick up the prescription · due today")
    view.show_section("promises")
    assert isinstance(view.current_page(), PromisesPage)


def test_a_new_promise_refreshes_the_today_page(
    qtbot: QtBot, couple: Couple, view_of: ViewOf
) -> None:
    view = view_of("Maya")
    session: Session = view.active
    others = [p.id for p in session.household.partners if p.id != session.partner.id]
    session.promises.make("Tidy the hall", to_partner_id=others[0], due=clock.today())
    flush_deletes()
    assert texts_containing(view.pages["today"], "Promises due soon · 1")


def test_open_promises_show_a_few_then_ten_more_with_an_honest_count(
    qtbot: QtBot, together: MainView
) -> None:
    maya, sam = together.sessions
    made = [maya.promises.make(f"Promise {n:02}", to_partner_id=sam.partner.id) for n in range(13)]
    paged = page(together).open_list.paged
    assert len(paged.rows) == 5
    assert paged.count.text() == "Showing 5 of 13 open promises"
    assert paged.more.text() == "Show 8 more"
    click(qtbot, paged.more)
    assert sorted(r.promise.id for r in paged.rows) == sorted(p.id for p in made)
    assert paged.count.text() == "13 open promises"
    assert paged.more.isHidden()
    sam.promises.mark_kept(made[0])  # a change redraws the lists, keeping the rows opened
    shown = page(together)
    assert len(shown.open_rows) == 12
    assert shown.open_list.paged.count.text() == "12 open promises"
    assert shown.settled_list.paged.count.text() == "1 settled promise"
    assert [r.promise.what for r in shown.settled_rows] == ["Promise 00"]


def test_settled_promises_and_agreements_open_a_page_at_a_time(
    qtbot: QtBot, together: MainView
) -> None:
    maya, sam = together.sessions
    for n in range(12):
        sam.promises.mark_kept(maya.promises.make(f"Done {n}", to_partner_id=sam.partner.id))
    for n in range(7):
        maya.promises.add_agreement(f"Agreement {n}")
    shown = page(together)
    settled = shown.settled_list.paged
    assert settled.count.text() == "Showing 5 of 12 settled promises"
    click(qtbot, settled.more)
    assert len({r.promise.id for r in shown.settled_rows}) == 12
    agreements = shown.agreements.paged
    assert agreements.count.text() == "Showing 5 of 7 agreements"
    assert agreements.more.accessibleName() == "Show 2 more agreements"
    click(qtbot, agreements.more)
    assert sorted(r.agreement.text for r in shown.agreements.rows) == [
        f"Agreement {n}" for n in range(7)
    ]
