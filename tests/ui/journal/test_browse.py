"""Browsing a journal by mood, kind of trust, tag and month, as the filter row offers."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.ui.helpers import click
from tests.ui.journal.support import (
    JournalOf,
    choose_space,
    combo_items,
    listed,
    open_titled,
    pick,
    save_shortcut,
)
from toward import Session
from toward.core.formatting import format_date
from toward.core.journal import EntryFields, TrustKind
from toward.core.spaces import Space


def at(year: int, month: int, day: int = 15) -> datetime:
    return datetime(year, month, day, 12, tzinfo=UTC)


def write_a_season(maya: Session) -> None:
    """Four private entries over three months, with moods, kinds of trust and tags."""
    journal = maya.journal
    journal.write(
        Space.PRIVATE,
        EntryFields(
            title="January walk",
            body="Cold.",
            mood=4,
            trust_kinds=[TrustKind.EMOTIONAL],
            tags=["walks"],
        ),
        written_at=at(2025, 1),
    )
    journal.write(
        Space.PRIVATE,
        EntryFields(
            title="Hard week",
            body="Work.",
            mood=2,
            trust_kinds=[TrustKind.MENTAL, TrustKind.EMOTIONAL],
            tags=["work"],
        ),
        written_at=at(2025, 3, 3),
    )
    journal.write(
        Space.PRIVATE,
        EntryFields(title="Spring walk", body="Buds.", mood=4, tags=["walks", "work"]),
        written_at=at(2025, 3, 20),
    )
    journal.write(Space.PRIVATE, EntryFields(title="No mood", body="..."), written_at=at(2025, 5))
    journal.write(
        Space.SHARED,
        EntryFields(title="Ours", body="...", tags=["holidays"]),
        written_at=at(2025, 5),
    )


def test_the_tag_and_month_choices_come_from_the_journal(
    qtbot: QtBot, journal_of: JournalOf, maya: Session
) -> None:
    write_a_season(maya)
    page = journal_of(maya)

    assert combo_items(page.tag_filter) == ["Any tag", "#walks", "#work"]
    assert combo_items(page.month_filter) == ["Any time", "May 2025", "March 2025", "January 2025"]
    assert combo_items(page.mood_filter)[0] == "Any mood"
    assert "Feeling good" in combo_items(page.mood_filter)
    assert combo_items(page.trust_filter) == [
        "Any trust",
        "Emotional",
        "Physical",
        "Mental",
        "Spiritual",
    ]

    choose_space(qtbot, page, Space.SHARED)
    assert combo_items(page.tag_filter) == ["Any tag", "#holidays"]
    choose_space(qtbot, page, Space.PRIVATE)

    # A tag written in the editor joins the choices at once.
    click(qtbot, page.new_button)
    qtbot.keyClicks(page.body, "Planted tomatoes")
    qtbot.keyClicks(page.tags, "Garden")
    page.body.setFocus()
    save_shortcut(qtbot, page)
    assert combo_items(page.tag_filter) == ["Any tag", "#garden", "#walks", "#work"]
    assert combo_items(page.month_filter)[1] == format_date(datetime.now(UTC), "month_year")


def test_mood_tag_and_month_narrow_the_list_and_clear_restores_it(
    qtbot: QtBot, journal_of: JournalOf, maya: Session
) -> None:
    write_a_season(maya)
    page = journal_of(maya)
    everything = ["No mood", "Spring walk", "Hard week", "January walk"]
    assert listed(page) == everything
    assert not page.list_status.isVisible()
    assert not page.clear_filters_button.isVisible()

    pick(qtbot, page.mood_filter, "Feeling good")

    assert listed(page) == ["Spring walk", "January walk"]
    assert page.model.rowCount() == 2
    assert page.list_status.isVisible()
    assert page.list_status.text() == "2 matching entries"
    assert page.clear_filters_button.isVisible()
    assert maya.journal.count(Space.PRIVATE, filter=page.current_filter()) == 2

    pick(qtbot, page.tag_filter, "#work")
    assert listed(page) == ["Spring walk"]
    assert page.current_filter().tag == "work"

    pick(qtbot, page.tag_filter, "Any tag")
    pick(qtbot, page.month_filter, "January 2025")
    assert listed(page) == ["January walk"]
    assert maya.journal.count(Space.PRIVATE, filter=page.current_filter()) == 1

    pick(qtbot, page.mood_filter, "Any mood")
    pick(qtbot, page.month_filter, "March 2025")
    assert listed(page) == ["Spring walk", "Hard week"], "the month's first and last days"

    click(qtbot, page.clear_filters_button)

    assert listed(page) == everything
    assert [c.currentIndex() for c in (page.mood_filter, page.tag_filter, page.month_filter)] == [
        0,
        0,
        0,
    ]
    assert not page.list_status.isVisible()
    assert not page.clear_filters_button.isVisible()


def test_an_entry_found_by_a_filter_opens(
    qtbot: QtBot, journal_of: JournalOf, maya: Session
) -> None:
    write_a_season(maya)
    page = journal_of(maya)
    pick(qtbot, page.mood_filter, "Feeling low")
    entry = open_titled(qtbot, page, "Hard week")
    assert entry.mood == 2
    assert "feeling low" in page.read_meta.text()


def test_nothing_matching_says_so(qtbot: QtBot, journal_of: JournalOf, maya: Session) -> None:
    write_a_season(maya)
    page = journal_of(maya)

    pick(qtbot, page.mood_filter, "Feeling bright")

    assert listed(page) == []
    assert page.panel.currentWidget() is page.placeholder
    assert page.empty.isVisible()
    assert page.empty.text() == "No entries match these filters."
    assert page.list_status.text() == "0 matching entries"


def test_a_december_month_ends_with_the_year(
    qtbot: QtBot, journal_of: JournalOf, maya: Session
) -> None:
    maya.journal.write(
        Space.PRIVATE, EntryFields(title="Late December", body="."), written_at=at(2024, 12, 31)
    )
    maya.journal.write(
        Space.PRIVATE, EntryFields(title="New year", body="."), written_at=at(2025, 1, 1)
    )
    maya.journal.write(
        Space.PRIVATE, EntryFields(title="Early December", body="."), written_at=at(2024, 12, 1)
    )
    page = journal_of(maya)

    pick(qtbot, page.month_filter, "December 2024")
    assert listed(page) == ["Late December", "Early December"]
    pick(qtbot, page.month_filter, "January 2025")
    assert listed(page) == ["New year"]


def test_filters_matching_again_take_back_the_no_match_message(
    qtbot: QtBot, journal_of: JournalOf, maya: Session
) -> None:
    write_a_season(maya)
    page = journal_of(maya)
    pick(qtbot, page.mood_filter, "Feeling bright")
    assert page.empty.text() == "No entries match these filters."

    pick(qtbot, page.mood_filter, "Any mood")

    assert len(listed(page)) == 4
    assert page.panel.currentWidget() is page.placeholder
    assert page.empty.text() == "Choose an entry to read it, or write a new one."


def test_clear_opens_no_entry_by_itself(qtbot: QtBot, journal_of: JournalOf, maya: Session) -> None:
    write_a_season(maya)
    page = journal_of(maya)
    pick(qtbot, page.mood_filter, "Feeling bright")

    click(qtbot, page.clear_filters_button)

    assert len(listed(page)) == 4
    assert page.panel.currentWidget() is page.placeholder, page.read_title.text()
    assert page.prompt_card.isVisible()


def test_one_match_is_counted_in_the_singular(
    qtbot: QtBot, journal_of: JournalOf, maya: Session
) -> None:
    write_a_season(maya)
    page = journal_of(maya)
    pick(qtbot, page.month_filter, "January 2025")
    assert listed(page) == ["January walk"]
    assert page.list_status.text() == "1 matching entry"


def test_the_kind_of_trust_narrows_the_list(
    qtbot: QtBot, journal_of: JournalOf, maya: Session
) -> None:
    write_a_season(maya)
    page = journal_of(maya)

    pick(qtbot, page.trust_filter, "Emotional")

    assert listed(page) == ["Hard week", "January walk"]
    assert page.list_status.text() == "2 matching entries"
    assert maya.journal.count(Space.PRIVATE, filter=page.current_filter()) == 2


def test_each_filter_shows_its_name_beside_it(journal_of: JournalOf, maya: Session) -> None:
    page = journal_of(maya)
    filters = (page.mood_filter, page.trust_filter, page.tag_filter, page.month_filter)
    shown = {
        label.buddy(): label.text()
        for label in page.findChildren(QLabel)
        if label.buddy() is not None and label.isVisibleTo(page)
    }
    assert [shown.get(combo) for combo in filters] == ["Mood", "Kind of trust", "Tag", "Month"]
    assert [combo.accessibleName() for combo in filters] == [shown[c] for c in filters]
