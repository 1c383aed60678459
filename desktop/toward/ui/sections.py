"""The sidebar's sections, in order. Each feature adds its section here when it lands."""

from __future__ import annotations

from toward.ui.main_view import Section


def default_sections() -> list[Section]:
    from toward.ui.bids_page import BidsPage
    from toward.ui.journal_page import JournalPage
    from toward.ui.settings_page import SettingsPage
    from toward.ui.today_page import TodayPage

    return [
        Section("today", "Today", "today", TodayPage),
        Section("journal", "Journal", "journal", JournalPage),
        Section("bids", "Bids", "bids", BidsPage),
        Section("settings", "Settings", "settings", SettingsPage),
    ]
