"""Importing a card or bank statement: choose the file, map its columns, preview, import.

Reading and checking the file runs off the UI thread. Every imported row becomes a private
draft; nothing is disclosed. A CSV layout is remembered per account for next time.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from toward.core.formatting import format_date
from toward.core.i18n import QT_TRANSLATE_NOOP, translate
from toward.core.ledger import (
    CURRENCIES,
    DATE_FORMATS,
    DELIMITERS,
    CsvLayout,
    Ledger,
    PreviewRow,
    Purpose,
    StatementError,
    format_money,
    guess_layout,
    read_csv,
    read_ofx,
    totals,
)
from toward.core.ledger.csv_statement import ENCODINGS, header_and_rows
from toward.ui.kit import dialogs
from toward.ui.kit.errors import describe
from toward.ui.kit.fitting import fit_to_screen, scrolling_body
from toward.ui.kit.widgets import Segmented, button, fit_combo, text_label
from toward.ui.platform.background import run_in_background

SAMPLE_ROWS = 6
PREVIEW_LIMIT = 500  # rows shown; all of them are imported
OFX_SUFFIXES = (".ofx", ".qfx")
# Per column of the layout: its label, and the name of the choice of column for it.
_COLUMNS = (
    (
        "date_column",
        QT_TRANSLATE_NOOP("ui.money.statement_import", "Date"),
        QT_TRANSLATE_NOOP("ui.money.statement_import", "Column for date"),
    ),
    (
        "payee_column",
        QT_TRANSLATE_NOOP("ui.money.statement_import", "Payee"),
        QT_TRANSLATE_NOOP("ui.money.statement_import", "Column for payee"),
    ),
    (
        "amount_column",
        QT_TRANSLATE_NOOP("ui.money.statement_import", "Amount"),
        QT_TRANSLATE_NOOP("ui.money.statement_import", "Column for amount"),
    ),
    (
        "debit_column",
        QT_TRANSLATE_NOOP("ui.money.statement_import", "Debit (money out)"),
        QT_TRANSLATE_NOOP("ui.money.statement_import", "Column for debit (money out)"),
    ),
    (
        "credit_column",
        QT_TRANSLATE_NOOP("ui.money.statement_import", "Credit (money in)"),
        QT_TRANSLATE_NOOP("ui.money.statement_import", "Column for credit (money in)"),
    ),
    (
        "account_column",
        QT_TRANSLATE_NOOP("ui.money.statement_import", "Account or card"),
        QT_TRANSLATE_NOOP("ui.money.statement_import", "Column for account or card"),
    ),
)
# The names of the separators a CSV file may use (core.ledger's DELIMITERS).
_DELIMITER_WORDS = {
    ",": QT_TRANSLATE_NOOP("ui.money.statement_import", "comma"),
    ";": QT_TRANSLATE_NOOP("ui.money.statement_import", "semicolon"),
    "\t": QT_TRANSLATE_NOOP("ui.money.statement_import", "tab"),
    "|": QT_TRANSLATE_NOOP("ui.money.statement_import", "bar"),
}
_OPTIONAL = {"amount_column", "debit_column", "credit_column", "account_column"}


class ImportDialog(QDialog):
    """One dialog, top to bottom: file and account, the CSV layout, the preview, import."""

    imported = Signal(int, int)  # added, skipped

    def __init__(self, parent: QWidget, ledger: Ledger) -> None:
        super().__init__(parent)
        self.setWindowTitle(dialogs.TITLE)
        self._ledger = ledger
        self._data = b""
        self._is_ofx = False
        self._preview: list[PreviewRow] = []
        self._busy = False
        outer = QVBoxLayout(self)
        layout = scrolling_body(outer)  # on a laptop the form scrolls; the buttons stay
        layout.addWidget(
            text_label(translate("ui.money.statement_import", "Import a statement"), "Heading")
        )
        layout.addWidget(
            text_label(
                translate(
                    "ui.money.statement_import",
                    "Rows become private drafts for you to look over. Nothing is shared until "
                    "you disclose it.",
                ),
                "Muted",
            )
        )
        top = QFormLayout()
        file_row = QHBoxLayout()
        self.file_label = text_label(
            translate("ui.money.statement_import", "No file chosen"), "Muted"
        )
        choose = button(translate("ui.money.statement_import", "Choose a file…"))
        choose.clicked.connect(self._choose)
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(choose)
        top.addRow(translate("ui.money.statement_import", "Statement"), file_row)
        self.account = QLineEdit()
        self.account.setPlaceholderText(translate("ui.money.statement_import", "Business Visa"))
        self.account.setAccessibleName(
            translate("ui.money.statement_import", "Account or card name")
        )
        self.account.editingFinished.connect(self._account_changed)
        top.addRow(translate("ui.money.statement_import", "Account or card"), self.account)
        self.currency = QComboBox()
        self.currency.addItems(CURRENCIES)
        self.currency.setCurrentText("USD")
        self.currency.setAccessibleName(
            translate("ui.money.statement_import", "Currency of the statement")
        )
        fit_combo(self.currency)
        top.addRow(translate("ui.money.statement_import", "Currency"), self.currency)
        self.purpose = Segmented(
            [
                translate("ui.money.statement_import", "Personal"),
                translate("ui.money.statement_import", "Business"),
            ]
        )
        top.addRow(translate("ui.money.statement_import", "The purchases are"), self.purpose)
        layout.addLayout(top)
        self.layout_box = QWidget()
        self._build_layout_controls(self.layout_box)
        self.layout_box.hide()
        layout.addWidget(self.layout_box)
        self.summary = text_label("", "Notice")
        self.summary.hide()
        layout.addWidget(self.summary)
        self.error = text_label("", "Error")
        self.error.hide()
        layout.addWidget(self.error)
        self.table = QTableWidget(0, 4)
        self.table.setTabKeyNavigation(False)  # arrows move between cells; Tab moves on
        self.table.setHorizontalHeaderLabels(
            [
                translate("ui.money.statement_import", "Date"),
                translate("ui.money.statement_import", "Payee"),
                translate("ui.money.statement_import", "Amount"),
                "",
            ]
        )
        self.table.setAccessibleName(
            translate("ui.money.statement_import", "Preview of the rows to import")
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(200)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = button(translate("ui.money.statement_import", "Cancel"))
        cancel.clicked.connect(self.reject)
        self.import_button = button(
            translate("ui.money.statement_import", "Import as drafts"), primary=True
        )
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        buttons.addWidget(cancel)
        buttons.addWidget(self.import_button)
        outer.addLayout(buttons)
        fit_to_screen(self, QSize(780, 780))

    # -- the CSV layout ----------------------------------------------------------------

    def _build_layout_controls(self, box: QWidget) -> None:
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.delimiter = _combo(
            translate("ui.money.statement_import", "Separator"),
            [
                (translate("ui.money.statement_import", _DELIMITER_WORDS.get(sep, name)), sep)
                for sep, name in DELIMITERS.items()
            ],
        )
        self.encoding = _combo(
            translate("ui.money.statement_import", "Encoding"),
            [(e.upper(), e) for e in ENCODINGS],
        )
        self.date_format = _combo(
            translate("ui.money.statement_import", "Date format"),
            [(name, name) for name in DATE_FORMATS],
        )
        self.decimal = _combo(
            translate("ui.money.statement_import", "Decimal separator"),
            [("1,234.50", "."), ("1.234,50", ",")],
        )
        self.has_header = QCheckBox(
            translate("ui.money.statement_import", "The first row names the columns")
        )
        self.negative = QCheckBox(
            translate("ui.money.statement_import", "Purchases are shown as negative amounts")
        )
        for row, (label, widget) in enumerate(
            (
                (translate("ui.money.statement_import", "Separator"), self.delimiter),
                (translate("ui.money.statement_import", "Encoding"), self.encoding),
                (translate("ui.money.statement_import", "Dates"), self.date_format),
                (translate("ui.money.statement_import", "Amounts"), self.decimal),
            )
        ):
            shown = text_label(label, wrap=False)
            shown.setBuddy(widget)  # on Linux a combo is otherwise heard by its value only
            grid.addWidget(shown, row // 2, (row % 2) * 2)
            grid.addWidget(widget, row // 2, (row % 2) * 2 + 1)
        grid.addWidget(self.has_header, 2, 0, 1, 2)
        grid.addWidget(self.negative, 2, 2, 1, 2)
        self.columns: dict[str, QComboBox] = {}
        for index, (name, label, chooser) in enumerate(_COLUMNS):
            combo = QComboBox()
            combo.setAccessibleName(translate("ui.money.statement_import", chooser))
            self.columns[name] = combo
            shown = text_label(translate("ui.money.statement_import", label), wrap=False)
            shown.setBuddy(combo)
            grid.addWidget(shown, 3 + index // 2, (index % 2) * 2)
            grid.addWidget(combo, 3 + index // 2, (index % 2) * 2 + 1)
        for widget in (self.delimiter, self.encoding):
            widget.currentIndexChanged.connect(self._reread_columns)
        for widget in (self.date_format, self.decimal, *self.columns.values()):
            widget.currentIndexChanged.connect(self.refresh_preview)
        for box_ in (self.has_header, self.negative):
            box_.toggled.connect(self._reread_columns)
        self.currency.currentIndexChanged.connect(self.refresh_preview)

    def layout_chosen(self) -> CsvLayout:
        """The layout as the controls say it (StatementError when it cannot be one)."""
        values = {name: combo.currentData() for name, combo in self.columns.items()}
        return CsvLayout(
            date_column=values["date_column"] if values["date_column"] is not None else 0,
            payee_column=values["payee_column"] if values["payee_column"] is not None else 1,
            amount_column=values["amount_column"],
            debit_column=values["debit_column"],
            credit_column=values["credit_column"],
            account_column=values["account_column"],
            delimiter=self.delimiter.currentData(),
            date_format=self.date_format.currentData(),
            decimal_separator=self.decimal.currentData(),
            has_header=self.has_header.isChecked(),
            purchases_negative=self.negative.isChecked(),
            encoding=self.encoding.currentData(),
            currency=self.currency.currentText(),
        )

    def _show_layout(self, layout: CsvLayout) -> None:
        self._quiet = True
        try:
            _select(self.delimiter, layout.delimiter)
            _select(self.encoding, layout.encoding)
            _select(self.date_format, layout.date_format)
            _select(self.decimal, layout.decimal_separator)
            self.has_header.setChecked(layout.has_header)
            self.negative.setChecked(layout.purchases_negative)
            self.currency.setCurrentText(layout.currency)
            self._fill_columns(layout)
        finally:
            self._quiet = False

    def _fill_columns(self, layout: CsvLayout) -> None:
        try:
            rows = header_and_rows(self._data, replace(layout, has_header=False), limit=1)
        except StatementError:
            rows = []
        first = rows[0] if rows else []
        names = [
            f"{i + 1}: {cell.strip()[:24]}"
            if layout.has_header
            else translate("ui.money.statement_import", "Column {number}").format(number=i + 1)
            for i, cell in enumerate(first)
        ]
        for name, combo in self.columns.items():
            combo.blockSignals(True)
            combo.clear()
            if name in _OPTIONAL:
                combo.addItem("—", None)
            for index, label in enumerate(names):
                combo.addItem(label, index)
            _select(combo, getattr(layout, name))
            combo.blockSignals(False)

    def _reread_columns(self) -> None:
        if getattr(self, "_quiet", False) or not self._data or self._is_ofx:
            return
        try:
            layout = self.layout_chosen()
            header_and_rows(self._data, layout, limit=1)  # the file reads this way at all
        except StatementError as exc:
            self._show_error(exc)
            return
        self._fill_columns(layout)
        self.refresh_preview()

    # -- file, preview, import ---------------------------------------------------------

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            dialogs.TITLE,
            str(Path.home()),
            translate("ui.money.statement_import", "Statements (*.csv *.ofx *.qfx *.txt)"),
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Read the chosen file and guess (or recall) how to read it."""
        try:
            self._data = path.read_bytes()
        except OSError as exc:
            unopened = translate(
                "ui.money.statement_import", "The file could not be opened ({reason})."
            )
            self._show_error(StatementError(unopened.format(reason=exc.strerror)))
            return
        self.file_label.setText(path.name)
        self._is_ofx = path.suffix.lower() in OFX_SUFFIXES or self._data.lstrip().startswith(
            (b"OFXHEADER", b"<?xml")
        )
        self.layout_box.setVisible(not self._is_ofx)
        self.currency.setEnabled(not self._is_ofx)
        if not self._is_ofx:
            remembered = self._ledger.remembered_layout(self.account.text().strip())
            self._show_layout(remembered or guess_layout(self._data, self.currency.currentText()))
        self.refresh_preview()

    def _account_changed(self) -> None:
        if not self._data or self._is_ofx:
            return
        remembered = self._ledger.remembered_layout(self.account.text().strip())
        if remembered is not None:
            self._show_layout(remembered)
            self.refresh_preview()

    def refresh_preview(self) -> None:
        """Read the whole file off the UI thread and show what would be imported."""
        if getattr(self, "_quiet", False) or not self._data:
            return
        self.import_button.setEnabled(False)
        try:
            layout = None if self._is_ofx else self.layout_chosen()
        except StatementError as exc:
            self._show_error(exc)
            return
        data, account, ledger = self._data, self.account.text().strip(), self._ledger
        unnamed = translate("ui.money.statement_import", "Imported account")
        self._busy = True

        def work() -> list[PreviewRow]:
            if layout is None:
                rows = read_ofx(data, account)
            else:
                rows = read_csv(data, layout, account or unnamed)
            return ledger.preview_import(rows)

        run_in_background(work, self._show_preview, self._show_error, owner=self)

    def _show_preview(self, preview: list[PreviewRow]) -> None:
        self._busy = False
        self._preview = preview
        self.error.hide()
        new = [p.row for p in preview if not p.duplicate]
        skipped = len(preview) - len(new)
        sums = ", ".join(format_money(m) for m in totals(r.money for r in new).values())
        added = len(new)
        if new and skipped:
            text = translate(
                "ui.money.statement_import",
                "%n new rows totalling {sums}; {skipped} already here, which will be skipped.",
                None,
                added,
            )
        elif new:
            text = translate(
                "ui.money.statement_import", "%n new rows totalling {sums}.", None, added
            )
        elif skipped:
            text = translate(
                "ui.money.statement_import",
                "%n new rows; {skipped} already here, which will be skipped.",
                None,
                added,
            )
        else:
            text = translate("ui.money.statement_import", "%n new rows.", None, added)
        self.summary.setText(text.format(sums=sums, skipped=skipped))
        self.summary.show()
        self.table.setRowCount(min(len(preview), PREVIEW_LIMIT))
        for r, item in enumerate(preview[:PREVIEW_LIMIT]):
            row = item.row
            cells = (
                format_date(row.occurred_on, "medium"),
                row.payee,
                format_money(row.money),
                translate("ui.money.statement_import", "already here") if item.duplicate else "",
            )
            for c, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                if c == 2:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, cell)
        self.table.resizeColumnsToContents()
        self.import_button.setEnabled(bool(new))

    def _show_error(self, exc: Exception) -> None:
        self._busy = False
        self._preview = []
        self.table.setRowCount(0)
        self.summary.hide()
        self.error.setText(describe(exc))
        self.error.show()
        self.import_button.setEnabled(False)

    @property
    def busy(self) -> bool:
        """Whether a preview or an import is running."""
        return self._busy

    def start_import(self) -> None:
        rows = [p.row for p in self._preview]
        if not rows:
            return
        purpose = (Purpose.PERSONAL, Purpose.BUSINESS)[self.purpose.current()]
        account = self.account.text().strip()
        layout = None if self._is_ofx else self.layout_chosen()
        ledger = self._ledger
        self.import_button.setEnabled(False)
        self._busy = True

        def work() -> tuple[int, int]:
            result = ledger.import_statement(rows, purpose=purpose)
            if layout is not None and account:
                ledger.remember_layout(account, layout)
            return result.added, result.skipped

        run_in_background(work, self._done, self._show_error, owner=self)

    def _done(self, counts: tuple[int, int]) -> None:
        self._busy = False
        self.imported.emit(*counts)
        self.accept()


def _combo(name: str, items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for label, value in items:
        combo.addItem(label, value)
    fit_combo(combo)
    return combo


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))
