"""First run: the setup wizard, driven page by page as a couple would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import PASSWORDS
from tests.ui.helpers import click, retype, show, tick, type_text
from toward import Household, WrongPassword
from toward.household import PARTNER_COLOURS
from toward.session import Session
from toward.ui import partner_form
from toward.ui.partner_form import PartnerForm
from toward.ui.setup_wizard import SetupWizard
from toward.vault.kdf import FLOOR_COST


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "household"


@pytest.fixture
def wizard(qtbot: QtBot, folder: Path) -> SetupWizard:
    widget = SetupWizard(folder, kdf_cost=FLOOR_COST)
    show(qtbot, widget)
    return widget


def page_button(wizard: SetupWizard, text: str) -> QPushButton:
    """The visible button with this text on the wizard's current page."""
    page = wizard.pages.currentWidget()
    found = [b for b in page.findChildren(QPushButton) if b.text() == text and b.isVisible()]
    assert len(found) == 1, f"{text!r} on the current page: {found}"
    return found[0]


def shown_code(page: QWidget) -> str:
    codes = [label.text() for label in page.findChildren(QLabel) if label.objectName() == "Code"]
    assert len(codes) == 1
    return codes[0]


def fill_form(qtbot: QtBot, form: PartnerForm, name: str, password: str, confirm: str) -> None:
    retype(qtbot, form.name, name)
    retype(qtbot, form.password, password)
    retype(qtbot, form.confirm, confirm)


def create_first(qtbot: QtBot, wizard: SetupWizard, name: str = "Maya") -> str:
    """Walk from the welcome page to the first recovery code; return the code shown."""
    click(qtbot, wizard.start_button)
    fill_form(qtbot, wizard.first_form, name, PASSWORDS["Maya"], PASSWORDS["Maya"])
    qtbot.keyClick(wizard.first_form.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.first_code_holder)
    return shown_code(wizard.first_code_holder)


def test_welcome_leads_to_the_first_form_with_the_name_focused(
    qtbot: QtBot, wizard: SetupWizard
) -> None:
    assert wizard.pages.currentWidget() is wizard.welcome
    assert "Welcome to Toward" in [label.text() for label in wizard.findChildren(QLabel)]

    click(qtbot, wizard.start_button)

    assert wizard.pages.currentWidget() is wizard.first_page
    assert wizard.first_form.name.hasFocus()


def test_first_form_explains_what_is_wrong(qtbot: QtBot, wizard: SetupWizard, folder: Path) -> None:
    click(qtbot, wizard.start_button)
    form = wizard.first_form
    create = page_button(wizard, "Create my space")

    click(qtbot, create)
    assert form.error.isVisible()
    assert form.error.text() == "Please give your name."

    qtbot.keyClicks(form.name, "   ")
    click(qtbot, create)
    assert form.error.text() == "Please give your name."

    fill_form(qtbot, form, "Maya", "short", "short")
    assert not form.error.isVisible(), "typing hides the old message"
    click(qtbot, create)
    assert form.error.isVisible()
    assert form.error.text() == "The password needs at least 8 characters."

    fill_form(qtbot, form, "Maya", PASSWORDS["Maya"], PASSWORDS["Maya"] + "x")
    qtbot.keyClick(form.confirm, Qt.Key.Key_Return)
    assert form.error.isVisible()
    assert form.error.text() == "The two passwords are not the same."

    assert wizard.pages.currentWidget() is wizard.first_page
    assert not folder.exists(), "nothing is written before the form is right"


def test_strength_follows_the_password_as_it_is_typed(qtbot: QtBot, wizard: SetupWizard) -> None:
    click(qtbot, wizard.start_button)
    meter = wizard.first_form.strength
    assert meter.bar.value() == 0
    assert meter.label.text().startswith("At least 8 characters")

    qtbot.keyClicks(wizard.first_form.password, "password")
    assert meter.bar.value() == 1
    assert meter.label.text().startswith("Weak")

    retype(qtbot, wizard.first_form.password, "Seven tall ferns, 42 quiet owls!")
    assert meter.bar.value() == 4
    assert meter.label.text().startswith("Strong")


def test_setup_end_to_end_with_both_partners(
    qtbot: QtBot, wizard: SetupWizard, folder: Path
) -> None:
    click(qtbot, wizard.start_button)
    form = wizard.first_form
    # Maya picks the third colour, with the mouse.
    click(qtbot, form.colours.group.button(2))
    fill_form(qtbot, form, "Maya", PASSWORDS["Maya"], PASSWORDS["Maya"])
    click(qtbot, page_button(wizard, "Create my space"))
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.first_code_holder)

    # The first recovery code: Continue waits for the "kept" box.
    code_page = wizard.first_code_holder
    maya_code = shown_code(code_page)
    assert form.password.text() == "" and form.confirm.text() == "", "secrets cleared"
    proceed = page_button(wizard, "Continue")
    assert not proceed.isEnabled()
    kept = code_page.findChild(QCheckBox)
    tick(qtbot, kept)
    assert kept.isChecked()
    assert proceed.isEnabled()
    tick(qtbot, kept)
    assert not proceed.isEnabled(), "unticking takes it back"
    tick(qtbot, kept)
    click(qtbot, proceed)
    assert wizard.pages.currentWidget() is wizard.partner_choice

    # The second partner: Maya's colour is not theirs to take.
    click(qtbot, wizard.now_button)
    second = wizard.second_form
    assert second is not None
    assert wizard.pages.currentWidget() is wizard.second_page_holder
    assert second.name.hasFocus()
    swatches = {b.property("colour"): b for b in second.colours.group.buttons()}
    assert not swatches[PARTNER_COLOURS[2]].isEnabled()
    assert all(b.isEnabled() for c, b in swatches.items() if c != PARTNER_COLOURS[2])
    assert second.colours.colour() != PARTNER_COLOURS[2]
    click(qtbot, swatches[PARTNER_COLOURS[2]])
    assert second.colours.colour() != PARTNER_COLOURS[2], "a disabled swatch can't be picked"

    fill_form(qtbot, second, "Sam", PASSWORDS["Sam"], PASSWORDS["Sam"])
    qtbot.keyClick(second.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.second_code_holder)
    sam_code = shown_code(wizard.second_code_holder)
    assert sam_code != maya_code
    assert second.password.text() == "" and second.confirm.text() == ""

    finish = page_button(wizard, "Finish")
    assert not finish.isEnabled()
    tick(qtbot, wizard.second_code_holder.findChild(QCheckBox))
    with qtbot.waitSignal(wizard.finished, timeout=5000) as finished:
        click(qtbot, finish)

    household = finished.args[0]
    assert isinstance(household, Household)
    keystore = json.loads((folder / "household.json").read_text("utf-8"))
    assert len(keystore["partners"]) == 2

    fresh = Household.open(folder)
    assert [(p.name, p.colour) for p in fresh.partners] == [
        ("Maya", PARTNER_COLOURS[2]),
        ("Sam", PARTNER_COLOURS[0]),
    ]
    for name in ("Maya", "Sam"):
        Session.start(fresh.unlock(name, PASSWORDS[name])).lock()
    # Each code shown opens its owner's space (and sets a new password).
    Session.start(fresh.recover("Maya", maya_code, "maya-new-password")).lock()
    Session.start(fresh.recover("Sam", sam_code, "sam-new-password")).lock()
    with pytest.raises(WrongPassword):
        Session.start(fresh.recover("Sam", maya_code, "not-this-one-either"))


def test_later_leaves_one_partner(qtbot: QtBot, wizard: SetupWizard, folder: Path) -> None:
    code = create_first(qtbot, wizard)
    tick(qtbot, wizard.first_code_holder.findChild(QCheckBox))
    click(qtbot, page_button(wizard, "Continue"))

    with qtbot.waitSignal(wizard.finished, timeout=5000) as finished:
        click(qtbot, wizard.later_button)

    assert isinstance(finished.args[0], Household)
    fresh = Household.open(folder)
    assert [p.name for p in fresh.partners] == ["Maya"]
    Session.start(fresh.recover("Maya", code, "maya-new-password")).lock()


def test_second_partner_cannot_take_the_first_ones_name(qtbot: QtBot, wizard: SetupWizard) -> None:
    create_first(qtbot, wizard)
    tick(qtbot, wizard.first_code_holder.findChild(QCheckBox))
    click(qtbot, page_button(wizard, "Continue"))
    click(qtbot, wizard.now_button)
    second = wizard.second_form
    assert second is not None

    fill_form(qtbot, second, "maya", PASSWORDS["Sam"], PASSWORDS["Sam"])
    click(qtbot, page_button(wizard, "Create my space"))
    qtbot.waitUntil(lambda: second.error.isVisible())

    assert second.error.text() == "There is already a partner called maya."
    assert wizard.pages.currentWidget() is wizard.second_page_holder
    assert wizard.pages.isEnabled(), "the form is usable again"


def test_recovery_code_can_be_saved_to_a_file(
    qtbot: QtBot, wizard: SetupWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "kept" / "code.txt"
    target.parent.mkdir()
    monkeypatch.setattr(
        partner_form.QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *args, **kwargs: (str(target), "Text (*.txt)")),
    )
    code = create_first(qtbot, wizard)

    click(qtbot, page_button(wizard, "Save to a file…"))

    saved = target.read_text("utf-8")
    assert code in saved
    assert "Maya" in saved


def test_a_refused_name_can_be_corrected(qtbot: QtBot, wizard: SetupWizard, folder: Path) -> None:
    click(qtbot, wizard.start_button)
    form = wizard.first_form
    qtbot.keyClicks(form.name, "Maya ")
    # A right-to-left override could make one name look like another: refused.
    type_text(form.name, "\N{RIGHT-TO-LEFT OVERRIDE}ayaM")
    qtbot.keyClicks(form.password, PASSWORDS["Maya"])
    qtbot.keyClicks(form.confirm, PASSWORDS["Maya"])
    qtbot.keyClick(form.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.error.isVisible() and wizard.pages.isEnabled())
    assert form.error.text() == "A name cannot contain control or formatting characters."
    assert wizard.pages.currentWidget() is wizard.first_page

    retype(qtbot, form.name, "Maya")
    qtbot.keyClick(form.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not wizard.busy.isVisible() and wizard.pages.isEnabled())

    assert not form.error.isVisible(), form.error.text()
    assert wizard.pages.currentWidget() is wizard.first_code_holder
    assert [p.name for p in Household.open(folder).partners] == ["Maya"]


def test_a_name_with_an_emoji_sequence_is_welcome(
    qtbot: QtBot, wizard: SetupWizard, folder: Path
) -> None:
    name = "Maya \N{WOMAN}\N{ZERO WIDTH JOINER}\N{PERSONAL COMPUTER}"
    click(qtbot, wizard.start_button)
    form = wizard.first_form
    qtbot.keyClicks(form.name, "Maya ")
    type_text(form.name, "\N{WOMAN}\N{ZERO WIDTH JOINER}\N{PERSONAL COMPUTER}")
    qtbot.keyClicks(form.password, PASSWORDS["Maya"])
    qtbot.keyClicks(form.confirm, PASSWORDS["Maya"])
    qtbot.keyClick(form.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.first_code_holder)

    assert [p.name for p in Household.open(folder).partners] == [name]
    assert name in " ".join(label.text() for label in wizard.first_code_holder.findChildren(QLabel))


def test_a_password_built_on_the_name_just_typed_is_weak(qtbot: QtBot, wizard: SetupWizard) -> None:
    click(qtbot, wizard.start_button)
    form = wizard.first_form
    qtbot.keyClicks(form.password, "Oyelaran2024!")
    assert not form.strength.label.text().startswith("Weak")
    qtbot.keyClicks(form.name, "Oyelaran")
    assert form.strength.label.text().startswith("Weak")
