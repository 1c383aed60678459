"""The import dialog: the layout guessed and adjustable, the preview off the UI thread,
duplicates skipped, a bad file explained by line, the layout remembered per account."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.integration.ledger.statements import CARD_DEBIT_CREDIT, GERMAN_BANK, OFX_V1
from tests.ui.conftest import ViewOf
from tests.ui.helpers import click
from toward.core.ledger import Purpose
from toward.session import Session
from toward.ui.main_view import Section
from toward.ui.money.page import DRAFTS, LedgerPage
from toward.ui.money.statement_import import ImportDialog


@pytest.fixture
def page(view_of: ViewOf) -> LedgerPage:
    view = view_of("Maya", sections=[Section("ledger", "Money", "money", LedgerPage)])
    page = view.current_page()
    assert isinstance(page, LedgerPage)
    return page


def loaded(qtbot: QtBot, page: LedgerPage, path: Path, account: str = "") -> ImportDialog:
    dialog = page.open_import()
    qtbot.keyClicks(dialog.account, account)
    dialog.load(path)
    qtbot.waitUntil(lambda: not dialog.busy)
    return dialog


def test_a_card_csv_is_previewed_and_imported_as_private_drafts(
    qtbot: QtBot, page: LedgerPage, tmp_path: Path, maya: Session, sam: Session
):
    path = tmp_path / "card.csv"
    path.write_text(CARD_DEBIT_CREDIT)
    dialog = loaded(qtbot, page, path, "Business Visa")
    assert dialog.columns["debit_column"].currentText() == "6: Debit"
    assert dialog.summary.text() == "4 new rows totalling USD 839.90."
    assert dialog.table.rowCount() == 4
    click(qtbot, dialog.purpose.button(1))
    with qtbot.waitSignal(dialog.imported) as done:
        click(qtbot, dialog.import_button)
    assert done.args == [4, 0]
    assert page.views.current() == DRAFTS and len(page.model.lines()) == 4
    assert "4 rows imported as private drafts" in page.heading.text()
    assert {d.purpose for d in maya.ledger.drafts()} == {Purpose.BUSINESS}
    assert sam.ledger.disclosures() == [] and maya.ledger.disclosures() == []
    assert maya.ledger.remembered_layout("Business Visa") is not None

    again = loaded(qtbot, page, path, "Business Visa")
    assert again.summary.text() == "0 new rows; 4 already here, which will be skipped."
    assert not again.import_button.isEnabled()
    again.reject()


def test_the_layout_can_be_adjusted_and_is_remembered_for_the_account(
    qtbot: QtBot, page: LedgerPage, tmp_path: Path, maya: Session
):
    path = tmp_path / "girokonto.csv"
    path.write_bytes(GERMAN_BANK)
    dialog = loaded(qtbot, page, path, "Girokonto")
    dialog.currency.setCurrentText("EUR")
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.summary.text() == "3 new rows totalling EUR 1,252.30."
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("utf-8"))
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert dialog.error.text() == "Line 1: this is not UTF-8 text; try another encoding."
    assert not dialog.import_button.isEnabled()
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("cp1252"))
    qtbot.waitUntil(lambda: not dialog.busy and dialog.import_button.isEnabled())
    with qtbot.waitSignal(dialog.imported):
        click(qtbot, dialog.import_button)
    remembered = maya.ledger.remembered_layout("girokonto")
    assert remembered is not None and (remembered.encoding, remembered.currency) == (
        "cp1252",
        "EUR",
    )


def test_a_bad_file_is_explained_by_line_and_nothing_is_imported(
    qtbot: QtBot, page: LedgerPage, tmp_path: Path, maya: Session
):
    path = tmp_path / "bad.csv"
    path.write_text("Date,Description,Amount\n2026-01-02,Shop,12.00\n2026-01-03,Shop,twelve\n")
    dialog = loaded(qtbot, page, path)
    assert dialog.error.isVisible()
    assert dialog.error.text().startswith("Line 3: 'twelve' is not an amount")
    assert not dialog.import_button.isEnabled() and dialog.table.rowCount() == 0
    dialog.reject()
    assert maya.ledger.drafts() == []


def test_an_ofx_file_needs_no_layout(qtbot: QtBot, page: LedgerPage, tmp_path: Path):
    path = tmp_path / "statement.qfx"
    path.write_text(OFX_V1)
    dialog = loaded(qtbot, page, path)
    assert not dialog.layout_box.isVisible()
    assert dialog.summary.text() == "3 new rows totalling -USD 131.26."
    with qtbot.waitSignal(dialog.imported) as done:
        click(qtbot, dialog.import_button)
    assert done.args == [3, 0]
    assert {line.account for line in page.model.lines()} == {"Account …4417"}
