"""After unlock, the person whose change was kept aside is told so above every page."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.conftest import Couple
from tests.integration.reliability.kept_aside_support import correction_left_to_be_refused
from tests.ui.conftest import ControllerFactory
from tests.ui.helpers import click, unlock_controller


def test_a_change_kept_aside_at_unlock_is_told_until_dismissed(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    correction_left_to_be_refused(couple)
    controller = make_controller(couple.folder)
    view = unlock_controller(qtbot, controller, "Maya")

    notice = view.kept_aside
    assert notice.isVisible()
    text = notice.text.text()
    assert text.startswith("Toward could not apply a change you had asked for:")
    assert "Correcting a disclosure" in text
    assert "That disclosure had already been corrected in the meantime." in text
    assert "Nothing of it was half applied" in text
    assert "sqlite" not in text.lower() and "refused" not in text.lower()

    view.show_section("ledger")  # unlike the welcome, it stays while pages change
    assert notice.isVisible()
    click(qtbot, notice.dismiss_button)
    assert not notice.isVisible()


def test_nothing_kept_aside_shows_no_notice(
    qtbot: QtBot, make_controller: ControllerFactory, couple: Couple
) -> None:
    controller = make_controller(couple.folder)
    view = unlock_controller(qtbot, controller, "Maya")
    assert not view.kept_aside.isVisible()
