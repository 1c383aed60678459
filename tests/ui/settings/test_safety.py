"""Settings say honestly what this computer lets Toward do, and keep each partner's choices."""

from __future__ import annotations

import sys

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import Couple
from tests.ui.helpers import on_disk, widget_texts
from toward.ui.main_view import MainView
from toward.ui.platform.capture import capture_blocking_possible
from toward.ui.settings.safety import SafetySettings


def card_text(view: MainView) -> str:
    card = view.pages["settings"].findChild(SafetySettings)
    assert card is not None
    return " ".join(widget_texts(card))


def test_the_settings_start_from_the_safer_defaults(qtbot: QtBot, view_of) -> None:
    card = view_of("Maya").pages["settings"].findChild(SafetySettings)
    assert {name: box.isChecked() for name, box in card.boxes.items()} == {
        "lock_on_screen_lock": True,
        "lock_on_suspend": True,
        "lock_on_minimise": False,
    }


def test_a_saved_choice_is_shown_next_time(qtbot: QtBot, couple: Couple, view_of) -> None:
    with on_disk(couple.folder, "Sam") as sam:
        sam.settings.lock_on_minimise = True
        sam.settings.lock_on_suspend = False
    card = view_of("Sam").pages["settings"].findChild(SafetySettings)
    assert card.boxes["lock_on_minimise"].isChecked()
    assert not card.boxes["lock_on_suspend"].isChecked()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux wording")
def test_on_linux_it_says_screenshots_cannot_be_blocked(qtbot: QtBot, view_of) -> None:
    said = card_text(view_of("Maya"))
    assert not capture_blocking_possible()
    assert "can't stop screenshots" in said
    assert "when your desktop announces it" in said
    assert "Shift pressed three times" in said
    assert "45 seconds" in said


def test_a_damaged_setting_falls_back_to_its_default(couple: Couple) -> None:
    with on_disk(couple.folder, "Maya") as maya:
        maya.settings.set_text("lock_on_suspend", "maybe")
        assert maya.settings.lock_on_suspend is True
