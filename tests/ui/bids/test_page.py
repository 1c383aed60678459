"""The Bids page: charts per bidder with their numbers, late answers, the recent list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QTableWidget
from pytestqt.qtbot import QtBot

from tests.conftest import Couple
from tests.ui.conftest import ViewOf
from tests.ui.helpers import click, flush_deletes, on_disk, texts_containing, widget_texts
from tests.ui.journal.support import Answers
from toward.core import clock
from toward.core.bids import Answer, Bid, week_start
from toward.core.spaces import Space
from toward.translations import use_language
from toward.ui.bids.page import BidsPage
from toward.ui.kit.charts import ChartWithTable, week_label
from toward.ui.main_view import Section

LATE = "I'm turning toward it now"
CHART_HEADERS = [
    "Week of",
    "Toward",
    "Away",
    "Against",
    "Not yet answered",
    "Late toward",
    "Toward share",
]

BidsOf = Callable[[str], BidsPage]


@pytest.fixture
def bids_of(view_of: ViewOf) -> BidsOf:
    """Unlock a partner and show their view with the Bids page alone."""

    def build(name: str) -> BidsPage:
        page = view_of(name, sections=[Section("bids", "Bids", "bids", BidsPage)]).current_page()
        assert isinstance(page, BidsPage)
        return page

    return build


def weeks_ago(weeks: int, day: int = 0, hour: int = 10) -> datetime:
    """A local moment in the week `weeks` before this one (Monday + `day`), in the past."""
    monday = week_start(clock.today()) - timedelta(weeks=weeks)
    moment = datetime.combine(monday + timedelta(days=day), time(hour)).astimezone()
    assert moment < clock.now()
    return moment


def table_rows(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def headers(table: QTableWidget) -> list[str]:
    return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]


def counts_table(page: BidsPage, name: str) -> QTableWidget:
    flush_deletes()
    [table] = [t for t in page.findChildren(QTableWidget) if t.accessibleName() == name]
    return table


def late_buttons(page: BidsPage) -> list[QPushButton]:
    flush_deletes()
    return [b for b in page.findChildren(QPushButton) if b.text() == LATE]


def recent(page: BidsPage) -> list[tuple[str, str]]:
    """The recent list as (mark, text): the mark is the icon's tooltip, Private or Shared."""
    flush_deletes()
    rows = []
    for line in page.recent_rows:
        [mark] = [
            label.toolTip()
            for label in line.parentWidget().findChildren(QLabel)
            if label is not line
        ]
        rows.append((mark, line.text()))
    return rows


def test_a_chart_per_bidder_and_its_numbers_match_the_patterns(
    qtbot: QtBot, couple: Couple, bids_of: BidsOf
) -> None:
    with on_disk(couple.folder, "Maya") as maya:
        for weeks, by_me, answer in (
            (2, True, "toward"),
            (2, True, "toward"),
            (2, True, "away"),
            (1, True, "missed"),
            (1, False, "against"),
            (0, False, "toward"),
        ):
            maya.bids.log(Space.PRIVATE, by_me=by_me, answer=answer, made_at=weeks_ago(weeks))
    page = bids_of("Maya")
    me, other = page.session.partner.id, page.session.bids.other_id

    assert [chart.view.accessibleName() for chart in page.charts] == [
        "Your bids, answered by Sam",
        "Sam's bids, answered by you",
    ]
    patterns = page.session.bids.patterns(weeks=12)
    for chart, bidder in zip(page.charts, (me, other), strict=True):
        assert isinstance(chart, ChartWithTable)
        click(qtbot, chart.toggle)
        assert chart.stack.currentWidget() is chart.table
        assert chart.table.accessibleName() == f"{chart.view.accessibleName()} (table)"
        assert headers(chart.table) == CHART_HEADERS
        expected = [
            [
                week_label(w.week_start),
                str(w.counts.toward),
                str(w.counts.away),
                str(w.counts.against),
                str(w.counts.missed),
                str(w.counts.late_toward),
                "—" if w.counts.toward_share is None else f"{w.counts.toward_share:.0%}",
            ]
            for w in patterns.weeks
            if w.bidder_id == bidder
        ]
        assert table_rows(chart.table) == expected
        assert len(expected) == 12

    mine, sams = (table_rows(chart.table)[-3:] for chart in page.charts)
    assert [row[1:] for row in mine] == [
        ["2", "1", "0", "0", "0", "67%"],
        ["0", "0", "0", "1", "0", "0%"],
        ["0", "0", "0", "0", "0", "—"],
    ]
    assert [row[1:] for row in sams] == [
        ["0", "0", "0", "0", "0", "—"],
        ["0", "0", "1", "0", "0", "0%"],
        ["1", "0", "0", "0", "0", "100%"],
    ]
    bank = table_rows(page.bank.table)
    assert [row[1:] for row in bank[-3:]] == [["2", "1", "1"], ["0", "1", "0"], ["1", "0", "1"]]

    click(qtbot, page.charts[0].toggle)
    assert page.charts[0].stack.currentWidget() is page.charts[0].view
    assert page.charts[0].toggle.text() == "Show numbers"


def test_bids_by_time_of_day_and_kind(qtbot: QtBot, couple: Couple, bids_of: BidsOf) -> None:
    with on_disk(couple.folder, "Maya") as maya:
        for hour, kind, answer in (
            (8, "touch", "toward"),
            (9, "touch", "away"),
            (13, "question", "toward"),
            (19, "question", "against"),
            (23, "sigh", "missed"),
        ):
            maya.bids.log(
                Space.PRIVATE, by_me=True, kind=kind, answer=answer, made_at=weeks_ago(1, 2, hour)
            )
    page = bids_of("Maya")

    times = counts_table(page, "Bids by time of day")
    assert headers(times) == ["Time of day", "Bids", "Turned toward"]
    assert table_rows(times) == [
        ["Morning", "2", "50%"],
        ["Afternoon", "1", "100%"],
        ["Evening", "1", "0%"],
        ["Night", "1", "0%"],
    ]
    kinds = counts_table(page, "Bids by kind")
    assert headers(kinds) == ["Kind", "Bids", "Turned toward"]
    assert table_rows(kinds) == [
        ["A comment", "0", "—"],
        ["A question", "2", "50%"],
        ["A touch", "2", "50%"],
        ["A request for help", "0", "—"],
        ["An invitation", "0", "—"],
        ["A sigh or a look", "1", "0%"],
        ["Something else", "0", "—"],
    ]
    patterns = page.session.bids.patterns(weeks=12)
    assert [int(row[1]) for row in table_rows(times)] == [
        c.total for c in patterns.by_time_of_day.values()
    ]
    assert [int(row[1]) for row in table_rows(kinds)] == [
        c.total for c in patterns.by_kind.values()
    ]


def test_turning_toward_a_waiting_bid_now(qtbot: QtBot, couple: Couple, bids_of: BidsOf) -> None:
    with on_disk(couple.folder, "Sam") as sam:
        missed = sam.bids.log(
            Space.SHARED, by_me=True, answer="missed", description="SamMissedMarker"
        )
        sam.bids.log(Space.SHARED, by_me=True, answer="toward", description="SamMetMarker")
    page = bids_of("Maya")
    assert texts_containing(page, "Sam's bids you could still meet")
    [late] = late_buttons(page)
    [row] = [label.text() for label in late.parentWidget().findChildren(QLabel)]
    assert "SamMissedMarker" in row and row.endswith("(not yet answered)")

    click(qtbot, late)

    with on_disk(couple.folder, "Sam") as sam:
        answered = sam.bids.get(Space.SHARED, missed.id)
        assert answered.answer is Answer.MISSED, "the first answer stays as it was"
        assert answered.late_toward_at is not None
        [sams_week] = [w for w in sam.bids.patterns(weeks=1).weeks if w.bidder_id == sam.partner.id]
        assert sams_week.counts.late_toward == 1
    assert late_buttons(page) == [], "nothing waits any more"
    assert not texts_containing(page, "Sam's bids you could still meet")
    [sams_row] = [text for _mark, text in recent(page) if "SamMissedMarker" in text]
    assert "not yet answered · turned toward later" in sams_row


def test_only_the_other_partners_shared_bids_wait(
    qtbot: QtBot, couple: Couple, bids_of: BidsOf
) -> None:
    with on_disk(couple.folder, "Maya") as maya:
        maya.bids.log(Space.SHARED, by_me=True, answer="missed", description="MayaOwnMarker")
        maya.bids.log(Space.PRIVATE, by_me=False, answer="away", description="LoggedPrivately")
    with on_disk(couple.folder, "Sam") as sam:
        sam.bids.log(Space.PRIVATE, by_me=True, answer="away", description="SamPrivateMarker")
    page = bids_of("Maya")

    assert late_buttons(page) == []
    assert not texts_containing(page, "SamPrivateMarker"), "Sam's private bids stay his"

    sam_page = bids_of("Sam")
    [late] = late_buttons(sam_page)
    assert "MayaOwnMarker" in late.parentWidget().findChild(QLabel).text()
    assert not texts_containing(sam_page, "LoggedPrivately")


def test_a_bid_turned_toward_elsewhere_is_explained_and_leaves_the_list(
    qtbot: QtBot, couple: Couple, bids_of: BidsOf, answers: Answers
) -> None:
    with on_disk(couple.folder, "Sam") as sam:
        bid = sam.bids.log(Space.SHARED, by_me=True, answer="away")
    page = bids_of("Maya")
    with on_disk(couple.folder, "Maya") as maya_elsewhere:  # another window, say
        maya_elsewhere.bids.turn_toward_late(maya_elsewhere.bids.get(Space.SHARED, bid.id))
    [late] = late_buttons(page)  # this page has not heard of it

    click(qtbot, late)

    assert answers.told == ["This bid was already turned toward."]
    assert late_buttons(page) == [], "the out-of-date row is gone"
    with on_disk(couple.folder, "Sam") as sam:
        assert sam.bids.get(Space.SHARED, bid.id).late_toward_at is not None


def test_the_recent_list_marks_private_and_shared(
    qtbot: QtBot, couple: Couple, bids_of: BidsOf
) -> None:
    with on_disk(couple.folder, "Maya") as maya:
        maya.bids.log(
            Space.PRIVATE, by_me=True, description="PrivateMarker", made_at=weeks_ago(1, 0)
        )
        maya.bids.log(
            Space.SHARED,
            by_me=False,
            kind="invitation",
            answer="against",
            description="SharedMarker",
            made_at=weeks_ago(1, 1),
        )
    page = bids_of("Maya")

    rows = recent(page)
    assert [mark for mark, _text in rows] == ["Shared", "Private"], "newest first"
    shared, private = (text for _mark, text in rows)
    assert ": an invitation — turned against\nSharedMarker" in shared
    assert "· Sam: " in shared
    assert "· Maya: a comment — turned toward\nPrivateMarker" in private


def test_an_empty_recent_list_points_to_the_quick_log(
    qtbot: QtBot, couple: Couple, bids_of: BidsOf
) -> None:
    page = bids_of("Maya")
    assert page.recent_rows == []
    assert texts_containing(page, "Nothing logged yet. The quick log above takes seconds.")
    assert late_buttons(page) == []


def test_a_bid_logged_on_the_page_appears_in_its_list_and_charts(
    qtbot: QtBot, couple: Couple, bids_of: BidsOf
) -> None:
    page = bids_of("Maya")
    form = page.quick_log

    click(qtbot, form.space.button(1))  # shared
    click(qtbot, form.answer.button(1))  # turned away
    click(qtbot, form.text)
    qtbot.keyClicks(form.text, "asked for a hand")
    click(qtbot, form.log_button)

    [(mark, text)] = recent(page)
    assert mark == "Shared"
    assert text.endswith("a comment — turned away\nasked for a hand")
    mine = page.charts[0]
    assert table_rows(mine.table)[-1][1:] == ["0", "1", "0", "0", "0", "0%"]
    assert "Nothing logged yet." not in " ".join(widget_texts(page))
    with on_disk(couple.folder, "Sam") as sam:
        [bid] = sam.bids.recent(Space.SHARED)
        assert isinstance(bid, Bid) and bid.description == "asked for a hand"


def test_charts_are_built_when_scrolled_into_view(
    qtbot: QtBot, couple: Couple, bids_of: BidsOf
) -> None:
    with on_disk(couple.folder, "Maya") as maya:
        maya.bids.log(Space.SHARED, by_me=True, answer="toward")
    page = bids_of("Maya")
    page.window().resize(1000, 500)
    flush_deletes()
    scroll = page.findChild(QScrollArea)
    scroll.verticalScrollBar().setValue(0)
    qtbot.wait(50)  # a few turns of the event loop, drawing what is in view
    assert not page.bank_slot.built, "below the first screenful: not built yet"
    scroll.ensureWidgetVisible(page.bank_slot)
    qtbot.waitUntil(lambda: page.bank_slot.built)
    assert page.bank_slot.chart.isVisible()
    assert page.bank.view.accessibleName() == "Emotional bank account"
    first = page.bank_slot
    page.session.bids.log(Space.PRIVATE, by_me=True, answer="toward")  # the page redraws
    assert page.bank_slot is not first and page.bank_slot.built, "in view: no blank turn"


def test_the_lists_open_a_page_at_a_time_with_their_counts(
    qtbot: QtBot, couple: Couple, bids_of: BidsOf
) -> None:
    with on_disk(couple.folder, "Sam") as sam:
        for n in range(7):
            sam.bids.log(Space.SHARED, by_me=True, answer="away", description=f"Waiting {n}")
    with on_disk(couple.folder, "Maya") as maya:
        for n in range(8):
            maya.bids.log(Space.PRIVATE, by_me=True, answer="toward", description=f"Mine {n}")
    page = bids_of("Maya")
    assert page.waiting.count.text() == "Showing 5 of 7 bids waiting"
    assert len(late_buttons(page)) == 5
    click(qtbot, page.waiting.more)
    assert len(late_buttons(page)) == 7 and page.waiting.more.isHidden()
    assert page.recent.count.text() == "Showing 10 of 15 bids"
    assert page.recent.more.text() == "Show 5 more"
    click(qtbot, page.recent.more)
    assert page.recent.count.text() == "15 bids"
    texts = [text for _mark, text in recent(page)]
    assert sum("Waiting" in t for t in texts) == 7 and sum("Mine" in t for t in texts) == 8
    click(qtbot, late_buttons(page)[0])  # a change redraws the page with the rows opened
    assert len(late_buttons(page)) == 6
    assert page.waiting.count.text() == "6 bids waiting"


def test_the_share_turned_toward_is_written_as_german_writes_a_percentage(
    qtbot: QtBot, couple: Couple, bids_of: BidsOf
) -> None:
    with on_disk(couple.folder, "Maya") as maya:
        maya.settings.language = "de"
        for answer in ("toward", "away"):
            maya.bids.log(
                Space.PRIVATE, by_me=True, kind="touch", answer=answer, made_at=weeks_ago(1, 2, 8)
            )
    try:
        page = bids_of("Maya")
        assert ["Morgens", "2", "50\xa0%"] in table_rows(
            counts_table(page, "Kontaktangebote nach Tageszeit")
        )
    finally:
        use_language("en")
