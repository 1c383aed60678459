"""The shared ledger's totals: the sums per currency, then a table by month, category or
account, one at a time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QStackedWidget, QTableView

from toward.core.formatting import format_number
from toward.core.i18n import translate
from toward.core.ledger import Grouping, Ledger, LedgerFilter, Total, format_money
from toward.core.ledger import totals as money_totals
from toward.ui.kit.widgets import Card, Segmented, clear_layout, text_label
from toward.ui.money.model import TotalsModel
from toward.ui.money.words import grouping_choice, grouping_table_name

GROUPINGS = (Grouping.MONTH, Grouping.CATEGORY, Grouping.ACCOUNT)
# Column widths follow the first rows only: measuring a whole page of 200 cost ~30 ms.
SIZED_BY_ROWS = 50


class TotalsCard(Card):
    """Totals of the disclosures a filter shows; each grouping is summed when first chosen."""

    def __init__(self, ledger: Ledger) -> None:
        super().__init__(spacing=6)
        self.ledger = ledger
        self._shown = 0
        self._where: LedgerFilter | None = None
        self.label: QLabel | None = None
        self.tables: dict[Grouping, QTableView] = {}
        self.by: Segmented | None = None
        self.stack: QStackedWidget | None = None

    def show_for(self, where: LedgerFilter | None) -> None:
        """The totals of what `where` shows; None empties the card (another view is shown)."""
        clear_layout(self.body)
        if where is None:
            return
        # One scan, grouped the way the shown table is: the sums per currency and the count
        # come from its rows, and the other groupings are summed when first chosen.
        self._where = where
        shown_by = GROUPINGS[self._shown]
        grouped = self.ledger.totals(where=where, by=shown_by)
        if not grouped:
            self.body.addWidget(
                text_label(translate("ui.money.totals", "Total: nothing yet."), "Heading")
            )
            return
        count = sum(total.count for total in grouped)
        sums = money_totals(total.money for total in grouped)
        total = translate("ui.money.totals", "Total: {sums}  ({count} disclosures)", None, count)
        text = total.format(
            sums=" · ".join(format_money(m) for m in sums.values()), count=format_number(count)
        )
        self.label = text_label(text, "Heading")
        self.body.addWidget(self.label)
        # One table at a time, full width: three side by side left each too narrow to read.
        self.tables = {}
        self.by = Segmented([grouping_choice(by) for by in GROUPINGS])
        self.by.setAccessibleName(translate("ui.money.totals", "Totals by"))
        self.stack = QStackedWidget()
        self.by.group.button(self._shown).setChecked(True)
        self._show_by(self._shown, grouped)
        self.by.changed.connect(self._show_by)
        self.body.addWidget(self.by, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(self.stack)

    def _show_by(self, index: int, grouped: list[Total] | None = None) -> None:
        """Show the totals table of one grouping, summing and building it the first time."""
        assert self.stack is not None
        self._shown = index
        by = GROUPINGS[index]
        table = self.tables.get(by)
        if table is None:
            if grouped is None:
                grouped = self.ledger.totals(where=self._where, by=by)
            table = _totals_table(by, grouped)
            fits = (
                table.horizontalHeader().sizeHint().height()
                + table.verticalHeader().length()
                + 2 * table.frameWidth()
            )
            table.setFixedHeight(min(fits, 240))
            self.tables[by] = table
            self.stack.addWidget(table)
        self.stack.setCurrentWidget(table)
        self.stack.setFixedHeight(table.height())


def _totals_table(by: Grouping, totals: list[Total]) -> QTableView:
    table = QTableView()
    table.setTabKeyNavigation(False)  # arrows move between cells; Tab moves on
    table.setModel(TotalsModel(by, totals))
    table.setAccessibleName(grouping_table_name(by))
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(SIZED_BY_ROWS)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in (1, 2):  # sized once: sized to contents, it was measured at every layout
        table.resizeColumnToContents(column)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return table
