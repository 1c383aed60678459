"""The sidebar's sections, in order. Each feature adds its section here when it lands.

Pages are imported when first built, not at start-up, so the lock screen shows sooner;
`prewarm()` imports them in the background while a partner types their password.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from toward.session import Session
from toward.ui.main_view import MainView, Section

PAGES = {
    "today": "toward.ui.today_page:TodayPage",
    "journal": "toward.ui.journal_page:JournalPage",
    "bids": "toward.ui.bids_page:BidsPage",
    "ledger": "toward.ui.ledger_page:LedgerPage",
    "promises": "toward.ui.promises_page:PromisesPage",
    "repair": "toward.ui.repair_page:RepairPage",
    "summary": "toward.ui.summary_page:SummaryPage",
    "settings": "toward.ui.settings_page:SettingsPage",
}


def _page(where: str) -> Callable[[Session, MainView], QWidget]:
    module, _, name = where.partition(":")

    def build(session: Session, view: MainView) -> QWidget:
        page: type[QWidget] = getattr(importlib.import_module(module), name)
        return page(session, view)  # type: ignore[call-arg]

    return build


def default_sections() -> list[Section]:
    return [
        Section("today", "Today", "today", _page(PAGES["today"])),
        Section("journal", "Journal", "journal", _page(PAGES["journal"])),
        Section("bids", "Bids", "bids", _page(PAGES["bids"])),
        Section("ledger", "Money", "money", _page(PAGES["ledger"])),
        Section("promises", "Promises", "promises", _page(PAGES["promises"])),
        Section("repair", "Repair", "repair", _page(PAGES["repair"])),
        Section("summary", "For therapy", "summary", _page(PAGES["summary"])),
        Section("settings", "Settings", "settings", _page(PAGES["settings"])),
    ]


def prewarm() -> None:
    """Import every page module on a background thread (imports only, no widgets)."""

    def load() -> None:
        for where in PAGES.values():
            importlib.import_module(where.partition(":")[0])

    threading.Thread(target=load, name="toward-prewarm", daemon=True).start()
