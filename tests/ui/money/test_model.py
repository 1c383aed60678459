"""The ledger's Qt models: correct table models, over disclosures of both partners.

The model tester runs its Python implementation (force_py): Qt's C++ tester, as PySide6
wraps it, lets values of the wrong type through.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from toward.core import clock
from toward.core.ledger import DraftFields, Grouping, Money, Purpose, ResponseKind
from toward.session import Session
from toward.ui.money.model import AMOUNT, PAYEE, STATUS, LedgerTableModel, LineRole, TotalsModel

TODAY = clock.now().astimezone().date()


def _disclose_a_few_months(maya: Session, sam: Session) -> None:
    """Lines of both partners over three months: categories, accounts, responses, a fix."""
    for n in range(7):
        maya.ledger.add_draft(
            DraftFields(
                TODAY - timedelta(days=20 * n + 1),
                Money.of(f"{12 + n}.{n}5", "USD"),
                account="Checking" if n % 2 else "",
                payee=f"Payee {n}",
                category="groceries" if n % 3 else "",
                purpose=Purpose.BUSINESS if n == 4 else Purpose.PERSONAL,
                why="Printer ink" if n == 4 else "",
            )
        )
    mine = maya.ledger.disclose(maya.ledger.drafts())
    sam.ledger.add_draft(DraftFields(TODAY, Money.of("1250", "JPY"), payee="Ramen"))
    sam.ledger.disclose(sam.ledger.drafts())
    sam.ledger.respond(mine[0], ResponseKind.ACKNOWLEDGED)
    sam.ledger.respond(mine[1], ResponseKind.QUESTION, "What was this one?")
    maya.ledger.correct(
        mine[2], DraftFields(mine[2].occurred_on, Money.of("9.99", "USD"), payee="Fixed"), "typo"
    )
    maya.ledger.add_draft(DraftFields(TODAY, Money.of("3", "EUR"), payee="Still a draft"))


def _ledger_model(session: Session, other: str) -> LedgerTableModel:
    ledger = session.ledger
    model = LedgerTableModel(
        lambda limit, offset: ledger.disclosures(limit=limit, offset=offset, newest_first=True),
        ledger.count,
        {session.partner.id: session.partner.name},
        session.partner.id,
        other,
    )
    model.refresh()
    return model


def test_the_ledger_table_passes_the_model_tester_while_it_pages(
    qtmodeltester: ModelTester, maya: Session, sam: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("toward.ui.money.model.PAGE_SIZE", 3)
    _disclose_a_few_months(maya, sam)
    model = _ledger_model(maya, "Sam")
    assert model.total == 8 and model.rowCount() == 3 and model.canFetchMore()
    qtmodeltester.check(model, force_py=True)

    while model.canFetchMore():
        model.fetchMore()
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 8
    payees = [model.index(row, PAYEE).data() for row in range(model.rowCount())]
    assert "Fixed" in payees and "Payee 2" not in payees, "a correction replaces its line"
    ramen = payees.index("Ramen")
    assert model.index(ramen, STATUS).data() == "for you to see"  # the sentence is its tooltip
    assert model.index(ramen, STATUS).data(Qt.ItemDataRole.ToolTipRole) == (
        "waiting for your response"
    )
    assert model.index(ramen, AMOUNT).data(Qt.ItemDataRole.TextAlignmentRole) is not None
    assert model.index(ramen, 0).data(LineRole).payee == "Ramen"


def test_the_drafts_table_passes_the_model_tester(
    qtmodeltester: ModelTester, maya: Session, sam: Session
) -> None:
    _disclose_a_few_months(maya, sam)
    model = LedgerTableModel(
        lambda limit, offset: list(maya.ledger.drafts(limit=limit, offset=offset)),
        lambda: len(maya.ledger.drafts()),
        {maya.partner.id: "Maya"},
        maya.partner.id,
        "Sam",
    )
    model.refresh()
    qtmodeltester.check(model, force_py=True)
    assert [model.index(0, STATUS).data()] == ["draft"]


@pytest.mark.parametrize("by", list(Grouping))
def test_the_totals_table_passes_the_model_tester(
    qtmodeltester: ModelTester, maya: Session, sam: Session, by: Grouping
) -> None:
    _disclose_a_few_months(maya, sam)
    totals = maya.ledger.totals(by=by)
    assert len(totals) > 1
    model = TotalsModel(by, totals)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == len(totals) and model.columnCount() == 3
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Total"


def test_the_totals_table_answers_nothing_outside_its_rows(maya: Session) -> None:
    assert TotalsModel(Grouping.MONTH, []).data(QModelIndex()) is None
    maya.ledger.add_draft(DraftFields(TODAY, Money.of("5", "USD"), payee="Bakery"))
    maya.ledger.disclose(maya.ledger.drafts())
    model = TotalsModel(Grouping.MONTH, maya.ledger.totals(by=Grouping.MONTH))
    assert model.index(0, 1).data() == "USD 5.00"
    assert model.data(QModelIndex()) is None, "an invalid index is not the last row"
    assert model.headerData(3, Qt.Orientation.Horizontal) is None
