"""The sidebar's sections, in order. Each feature adds its section here when it lands.

Pages are imported when first built, not at start-up, so the lock screen shows sooner;
ui.app imports them ahead of time, one per turn of the event loop, while a partner types
their password.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from toward.session import Session
from toward.ui.main_view import MainView, Section

PAGES = {
    "today": "toward.ui.today.page:TodayPage",
    "journal": "toward.ui.journal.page:JournalPage",
    "bids": "toward.ui.bids.page:BidsPage",
    "ledger": "toward.ui.money.page:LedgerPage",
    "promises": "toward.ui.promises.page:PromisesPage",
    "repair": "toward.ui.repair.page:RepairPage",
    "talks": "toward.ui.talks.page:TalksPage",
    "summary": "toward.ui.therapy.page:SummaryPage",
    "settings": "toward.ui.settings.page:SettingsPage",
}


def _page(where: str) -> Callable[[Session, MainView], QWidget]:
    module, _, name = where.partition(":")

    def build(session: Session, view: MainView) -> QWidget:
        page: Callable[[Session, MainView], QWidget] = getattr(
            importlib.import_module(module), name
        )
        return page(session, view)

    return build


def default_sections() -> list[Section]:
    return [
        Section("today", "Today", "today", _page(PAGES["today"])),
        Section("journal", "Journal", "journal", _page(PAGES["journal"])),
        Section("bids", "Bids", "bids", _page(PAGES["bids"])),
        Section("ledger", "Money", "money", _page(PAGES["ledger"])),
        Section("promises", "Promises", "promises", _page(PAGES["promises"])),
        Section("repair", "Repair", "repair", _page(PAGES["repair"])),
        Section("talks", "Talks", "heart", _page(PAGES["talks"])),
        Section("summary", "For therapy", "summary", _page(PAGES["summary"])),
        Section("settings", "Settings", "settings", _page(PAGES["settings"])),
    ]


def page_modules() -> list[str]:
    """The modules of every page, to import ahead of their first use."""
    return [where.partition(":")[0] for where in PAGES.values()]
