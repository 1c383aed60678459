"""The sidebar's sections, in order. Each feature adds its section here when it lands.

Pages are imported when first built, not at start-up, so the lock screen shows sooner;
ui.app imports them ahead of time, one per turn of the event loop, while a partner types
their password.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from toward.core.i18n import QT_TRANSLATE_NOOP
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


# Key, label (translated where shown: MainView), icon.
_SECTIONS = [
    ("today", QT_TRANSLATE_NOOP("ui.sections", "Today"), "today"),
    ("journal", QT_TRANSLATE_NOOP("ui.sections", "Journal"), "journal"),
    ("bids", QT_TRANSLATE_NOOP("ui.sections", "Bids"), "bids"),
    ("ledger", QT_TRANSLATE_NOOP("ui.sections", "Money"), "money"),
    ("promises", QT_TRANSLATE_NOOP("ui.sections", "Promises"), "promises"),
    ("repair", QT_TRANSLATE_NOOP("ui.sections", "Repair"), "repair"),
    ("talks", QT_TRANSLATE_NOOP("ui.sections", "Talks"), "heart"),
    ("summary", QT_TRANSLATE_NOOP("ui.sections", "For therapy"), "summary"),
    ("settings", QT_TRANSLATE_NOOP("ui.sections", "Settings"), "settings"),
]


def default_sections() -> list[Section]:
    return [Section(key, label, icon, _page(PAGES[key])) for key, label, icon in _SECTIONS]


def page_modules() -> list[str]:
    """The modules of every page, to import ahead of their first use."""
    return [where.partition(":")[0] for where in PAGES.values()]
