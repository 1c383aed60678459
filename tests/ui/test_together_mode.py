"""Together mode: the second partner unlocks into the same window; each sees only their own."""

from __future__ import annotations

from datetime import timedelta

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORDS, Couple
from tests.ui.conftest import ControllerFactory
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
    write_entries,
)
from toward.core import clock
from toward.core.bids import Answer
from toward.core.journal import EntryFields
from toward.core.ledger import DraftFields, Money
from toward.core.spaces import Space
from toward.ui.app import AppController
from toward.ui.journal.page import JournalPage
from toward.ui.lock_screen import LockScreen
from toward.ui.main_view import MainView
from toward.ui.sections import default_sections


def entries_listed(view: MainView) -> list[str]:
    page = view.pages["journal"]
    assert isinstance(page, JournalPage)
    return [page.model.index(row).data() for row in range(page.model.rowCount())]


def join(qtbot: QtBot, controller: AppController, view: MainView, name: str = "Sam") -> None:
    click(qtbot, view.join_button)
    dialog = controller.join_dialog
    assert isinstance(dialog, QDialog) and dialog.isVisible()
    screen = dialog.findChild(LockScreen)
    assert screen is not None
    assert [c.text().strip() for c in screen.choices.buttons()] == [name]
    # A screen reader hears what the window is for; its title says only 'Toward'.
    assert dialog.accessibleDescription() == f"{name} unlocks too, for time together"
    assert [c.accessibleName() for c in screen.choices.buttons()] == [name]
    activate(qtbot, dialog)
    unlock_with(qtbot, screen, name, PASSWORDS[name])
    qtbot.waitUntil(lambda: view.together)
    assert destroyed(dialog), "the join dialog (and the password typed in it) is gone"
    assert controller.window.findChild(LockScreen) is None


def test_sam_joins_and_the_foot_offers_both_names(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    controller = make_controller(couple.folder)
    view = unlock_controller(qtbot, controller, "Maya")
    assert not view.together

    join(qtbot, controller, view)

    assert [s.partner.name for s in view.sessions] == ["Maya", "Sam"]
    switch = view.switch
    qtbot.waitUntil(switch.isVisible)  # new widgets show once the event loop runs
    assert [switch.button(i).text() for i in range(2)] == ["Maya", "Sam"]
    assert switch.current() == 1, "the partner who just joined sees their own view first"
    assert view.active.partner.name == "Sam"
    assert view.banner.text().startswith("Welcome, Sam.")
    assert controller.window.windowTitle() == "Toward"


def test_the_welcome_speaks_to_whoever_is_shown_and_goes_with_the_first_page(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    controller = make_controller(couple.folder)
    view = unlock_controller(qtbot, controller, "Maya")
    join(qtbot, controller, view)
    assert view.banner is not None and view.banner.text().startswith("Welcome, Sam.")

    view.set_active(0)
    assert view.banner is not None and view.banner.text().startswith("Welcome, Maya.")
    view.nav.setCurrentRow(1)  # Maya moves on: her welcome is not pinned over every page
    assert view.banner is None
    view.set_active(1)
    assert view.banner is not None and view.banner.text().startswith("Welcome, Sam.")
    view.set_active(0)
    assert view.banner is None


def test_each_partner_sees_only_their_own_private_entries(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    write_entries(couple.household, "Maya", MayaPrivateMarker=Space.PRIVATE)
    write_entries(couple.household, "Sam", SamPrivateMarker=Space.PRIVATE)
    controller = make_controller(couple.folder)
    view = unlock_controller(qtbot, controller, "Maya")
    assert entries_listed(view) == ["MayaPrivateMarker"]
    maya_pages = list(view.pages.values())

    join(qtbot, controller, view)
    flush_deletes()

    assert entries_listed(view) == ["SamPrivateMarker"]
    assert texts_containing(controller.window, "SamPrivateMarker")
    assert not texts_containing(controller.window, "MayaPrivateMarker")
    assert all(page not in view.pages.values() for page in maya_pages)

    click(qtbot, view.switch.button(0))
    flush_deletes()

    assert view.active.partner.name == "Maya"
    assert entries_listed(view) == ["MayaPrivateMarker"]
    assert not texts_containing(controller.window, "SamPrivateMarker")

    click(qtbot, view.switch.button(1))
    flush_deletes()

    assert view.active.partner.name == "Sam"
    assert not texts_containing(controller.window, "MayaPrivateMarker")


def test_switching_keeps_the_section_in_view(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    controller = make_controller(couple.folder)
    view = unlock_controller(qtbot, controller, "Maya")
    join(qtbot, controller, view)
    view.show_section("settings")
    assert view.current_page() is view.pages["settings"]

    click(qtbot, view.switch.button(0))

    assert view.current_page() is view.pages["settings"]
    assert texts_containing(view.current_page(), "For Maya.")


def test_lock_locks_both(qtbot: QtBot, make_controller: ControllerFactory, couple: Couple) -> None:
    controller = make_controller(couple.folder)
    view = unlock_controller(qtbot, controller, "Maya")
    join(qtbot, controller, view)
    maya, sam = view.sessions

    click(qtbot, view.lock_button)

    assert maya.locked and sam.locked
    assert isinstance(controller.window.content(), LockScreen)
    assert not controller.idle.active


def test_the_shorter_auto_lock_of_the_two_applies(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    sam = couple.unlock("Sam")
    sam.settings.auto_lock_minutes = 1
    sam.lock()
    controller = make_controller(couple.folder)
    view = unlock_controller(qtbot, controller, "Maya")
    assert controller.idle.remaining_ms() > 2 * 60_000

    join(qtbot, controller, view)

    assert controller.idle.remaining_ms() <= 61_000


def test_no_join_button_for_a_household_of_one(
    qtbot: QtBot, make_controller: ControllerFactory, solo: Couple
) -> None:
    controller = make_controller(solo.folder)
    view = unlock_controller(qtbot, controller, "Maya")
    assert not texts_containing(view.foot, "joins")


def focus_is_in(page: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is page or page.isAncestorOf(focus))


def test_switching_by_keyboard_keeps_the_keyboard_in_the_page(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    controller = make_controller(couple.folder)
    view = unlock_controller(qtbot, controller, "Maya")
    join(qtbot, controller, view)
    activate(qtbot, controller.window)
    maya_segment = view.switch.button(0)
    maya_segment.setFocus()

    qtbot.keyClick(maya_segment, Qt.Key.Key_Space)
    flush_deletes()

    assert view.active.partner.name == "Maya"
    assert focus_is_in(view.current_page())


def test_a_cancelled_join_leaves_no_password_behind(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    controller = make_controller(couple.folder)
    view = unlock_controller(qtbot, controller, "Maya")
    click(qtbot, view.join_button)
    dialog = controller.join_dialog
    screen = dialog.findChild(LockScreen)
    assert screen is not None
    activate(qtbot, dialog)
    qtbot.keyClicks(screen.password, PASSWORDS["Sam"])
    qtbot.keyClick(screen.password, Qt.Key.Key_Escape)

    assert destroyed(dialog)
    assert not view.together
    assert [s.partner.name for s in view.sessions] == ["Maya"]
    assert not texts_containing(controller.window, PASSWORDS["Sam"])


def test_a_change_after_switching_views_reaches_no_destroyed_page(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    # Maya's Bids and Therapy pages listened for her changes with a lambda, which outlived
    # the pages when Sam's view replaced them: the next change ran on destroyed widgets.
    controller = make_controller(couple.folder)
    view = unlock_controller(qtbot, controller, "Maya")
    maya = view.active
    for key in ("bids", "therapy"):
        view.show_section(key)
    join(qtbot, controller, view)
    flush_deletes()

    maya.bids.log(Space.SHARED, by_me=True, description="Look at this")
    qtbot.wait(10)


def _maya_pages_together(qtbot: QtBot, couple: Couple) -> dict[str, list[str]]:
    """Every text on every page of Maya's view, with Sam together in the window."""
    maya, sam = couple.unlock("Maya"), couple.unlock("Sam")
    try:
        view = MainView([maya, sam], default_sections())
        view.show()  # not through qtbot: destroyed here, before the sessions lock
        qtbot.waitExposed(view)
        assert view.active is maya
        texts = {}
        for key in list(view.pages):
            view.show_section(key)
            flush_deletes()
            texts[key] = widget_texts(view.pages[key])
        shiboken6.delete(view)
    finally:
        maya.lock()
        sam.lock()
    return texts


def test_nothing_in_one_view_comes_from_the_others_private_records(
    qtbot: QtBot, couple: Couple
) -> None:
    # Sam's view once said "Maya's bids, answered by you: 1 of 1" from a bid she logged
    # privately. Here: Maya's pages read the same before and after Sam keeps things private.
    before = _maya_pages_together(qtbot, couple)
    with on_disk(couple.folder, "Sam") as sam:
        moment = clock.now() - timedelta(hours=1)
        sam.bids.log(Space.PRIVATE, by_me=False, description="SamPrivateBid", made_at=moment)
        sam.bids.log(Space.PRIVATE, by_me=True, answer=Answer.AWAY, made_at=moment)
        sam.journal.write(Space.PRIVATE, EntryFields(title="SamPrivateEntry", body="only mine"))
        sam.ledger.add_draft(
            DraftFields(moment.date(), Money.of("12", "USD"), payee="SamPrivatePayee")
        )
    after = _maya_pages_together(qtbot, couple)

    assert set(after) == {section.key for section in default_sections()}
    for key in after:
        assert after[key] == before[key], f"the {key} page changed"
        assert not [t for t in after[key] if "SamPrivate" in t]
