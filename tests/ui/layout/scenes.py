"""Every page in every state worth seeing, and every dialog reachable from a page.

A scene puts the view in one state (a section shown, a view inside it, a dialog opened);
the layout test then checks the main window and every dialog open at that moment. A new
page state or dialog gets a line here, and the layout test covers it at every size.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QWidget

from toward.core.spaces import Space
from toward.ui.main_view import MainView


@dataclass(frozen=True)
class Scene:
    """`act(page, view)` runs with `section` shown (None: whichever is shown).

    An `act` that is a generator is checked after each step it yields: one scene for many
    versions of the same card (every prompt of the day, for one).
    """

    name: str
    section: str | None
    act: Callable[[Any, MainView], object] = lambda page, view: None


def _first_private_entry(page: Any) -> Any:
    return page.journal.entries(Space.PRIVATE, limit=1)[0]


def _every_prompt(page: Any, _view: MainView) -> Iterator[str]:
    """The prompt of the day is one of 66, two lines long or more for most."""
    page.open_view("private")
    for prompt in page.session.prompts.library.all():
        page.prompt_text.setText(prompt.text)
        yield prompt.id


def _share_dialog(page: Any, _view: MainView) -> None:
    page.space_switch.set_current(0)
    page.show_entry(_first_private_entry(page))
    page.share_current()


def _first_conversation(page: Any, _view: MainView) -> None:
    page.open_conversation(page.session.repairs.conversations(limit=1)[0])


def _ask_to_change(page: Any, _view: MainView) -> None:
    for row in page.open_rows:
        if hasattr(row, "change"):
            row.change.click()
            return


def _settings_card(kind_name: str) -> Callable[[Any, MainView], object]:
    def act(page: Any, _view: MainView) -> None:
        for card in page.findChildren(QWidget):
            if type(card).__name__ == kind_name:
                card.open_import()
                return
        raise LookupError(kind_name)

    return act


def _restore(page: Any, view: MainView) -> None:
    from toward.ui.settings.restore import RestoreDialog

    RestoreDialog(page.session.household.folder, view).open()


def _recovery(page: Any, view: MainView) -> None:
    from toward.ui.settings.password import RecoveryDialog

    RecoveryDialog(page.session.household, page.session.partner, view).open()


def _sync_state() -> Any:
    """Two computers as the status line and its details see them: one waits, one problem."""
    from datetime import UTC, datetime, timedelta
    from pathlib import Path

    from toward.sync import DeviceStatus, EarlierVersion, SyncStatus

    now = datetime.now(UTC)
    laptop = DeviceStatus("d1", "Sam's laptop", ("Sam",), now - timedelta(days=2), now)
    earlier = EarlierVersion(
        "journal_entries", "e1", "1", now, {"title": "A morning walk", "body": "We walked. " * 30}
    )
    return SyncStatus(
        folder=Path("/home/maya/Sync/Toward"),
        device_id="d0",
        device_name="Maya's desk",
        devices=(laptop,),
        problems=("A change from another computer was not applied (bids): a newer Toward.",),
        earlier_versions=(earlier,),
    )


def _sync_status_line(_page: Any, view: MainView) -> None:
    from toward.ui.sync import status_line
    from toward.ui.sync.exchanges import Exchanges

    status_line.install(view, Exchanges(lambda: [], view)).show_status(_sync_state())


def _sync_details(_page: Any, view: MainView) -> None:
    from toward.ui.sync.status_line import SyncDetailsDialog

    SyncDetailsDialog(_sync_state(), view).open()


def _two_computers_invited(page: Any, _view: MainView) -> None:
    """Linked to a folder beside the data folder, with an invitation's code shown."""
    from toward import sync
    from toward.ui.settings.two_computers import TwoComputersCard

    (card,) = page.findChildren(TwoComputersCard)
    household = page.session.household
    sync.link(household.folder, household.folder.parent / "sync", page.session)
    card.refresh()
    card.show_own_steps()
    card.show_code("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01")  # the demo couple needs no invitation


SCENES: list[Scene] = [
    Scene("today", "today"),
    Scene("quick log dialog", "today", lambda page, view: view.quick_log()),
    Scene("journal, prompt of the day", "journal"),
    Scene("journal, every prompt of the day", "journal", _every_prompt),
    Scene("journal, shared", "journal", lambda page, view: page.open_view("shared")),
    Scene(
        "journal, reading",
        "journal",
        lambda page, view: (page.open_view("private"), page.show_entry(_first_private_entry(page))),
    ),
    Scene("journal, writing", "journal", lambda page, view: page.start_new()),
    Scene("journal, searching", "journal", lambda page, view: page.search.setText("morning")),
    Scene("prompt browser", "journal", lambda page, view: page.placeholder.browse_prompts()),
    Scene("share dialog", "journal", _share_dialog),
    Scene("bids", "bids"),
    *[
        Scene(f"money, {key}", "ledger", lambda page, view, key=key: page.open_view(key))
        for key in ("shared", "awaiting", "drafts", "late", "agreement")
    ],
    Scene("new purchase dialog", "ledger", lambda page, view: page.new_draft()),
    Scene(
        "edit draft dialog",
        "ledger",
        lambda page, view: page.edit_draft(page.ledger.drafts(limit=1)[0]),
    ),
    Scene(
        "correct disclosure dialog",
        "ledger",
        lambda page, view: page.correct(page.ledger.disclosures(limit=1)[0]),
    ),
    Scene("statement import dialog", "ledger", lambda page, view: page.open_import()),
    Scene("promises", "promises"),
    Scene("promises, asking to change", "promises", _ask_to_change),
    Scene("repair", "repair"),
    Scene("repair, a conversation", "repair", _first_conversation),
    Scene("talks", "talks"),
    Scene("for therapy", "summary"),
    Scene("therapy summary dialog", "summary", lambda page, view: page.make_summary()),
    Scene("settings", "settings"),
    Scene("change password dialog", "settings", lambda page, view: page.change_password()),
    Scene("tie password dialog", "settings", lambda page, view: page._bind_clicked(True)),
    Scene("data import dialog", "settings", _settings_card("YourDataCard")),
    Scene("restore dialog", "settings", _restore),
    Scene("recovery dialog", "settings", _recovery),
    Scene("sync status line", "today", _sync_status_line),
    Scene("sync details dialog", "today", _sync_details),
    Scene("settings, two computers linked", "settings", _two_computers_invited),
]
