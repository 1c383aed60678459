"""The sidebar's sections, in order. Each feature adds its section here when it lands."""

from __future__ import annotations

from toward.ui.main_view import Section


def default_sections() -> list[Section]:
    from toward.ui.journal_page import JournalPage
    from toward.ui.settings_page import SettingsPage

    return [
        Section("journal", "Journal", "journal", JournalPage),
        Section("settings", "Settings", "settings", SettingsPage),
    ]
