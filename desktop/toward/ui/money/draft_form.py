"""Writing down a purchase: a new draft, an edit of one, or a correction of a disclosure."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from toward.core import clock
from toward.core.formatting import format_number
from toward.core.i18n import translate
from toward.core.ledger import (
    CURRENCIES,
    DraftFields,
    InvalidMoney,
    LedgerLine,
    Purpose,
    parse_amount,
)
from toward.ui.kit import dialogs, theme
from toward.ui.kit.check_box import WrappingCheckBox
from toward.ui.kit.errors import describe
from toward.ui.kit.picker_formats import date_format
from toward.ui.kit.widgets import Segmented, button, fit_combo, fit_date_field, text_label
from toward.ui.money.amount_text import decimal_separator, typed_amount

PURPOSES = (Purpose.PERSONAL, Purpose.BUSINESS)


class DraftForm(QDialog):
    """The fields of a purchase; `submit(fields)` saves them and may raise a known error.

    With `correcting`, the form starts from that disclosure and asks what changed.
    """

    def __init__(
        self,
        parent: QWidget,
        title: str,
        submit: Callable[[DraftFields, str], object],
        *,
        start: LedgerLine | None = None,
        correcting: bool = False,
        currency: str = "USD",
        suggestions: dict[str, list[str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(dialogs.TITLE)
        self.setMinimumWidth(theme.scaled(520))
        self._submit = submit
        self._correcting = correcting
        layout = QVBoxLayout(self)
        layout.addWidget(text_label(title, "Heading"))
        form = QFormLayout()
        self.occurred_on = QDateEdit()
        self.occurred_on.setCalendarPopup(True)
        self.occurred_on.setDisplayFormat(date_format())
        fit_date_field(self.occurred_on)
        today = clock.today()
        self.occurred_on.setMaximumDate(QDate(today.year, today.month, today.day))
        # Named as labelled: a screen reader says both when they differ ("Date Date of…").
        date_label = translate("ui.money.draft_form", "Date")
        self.occurred_on.setAccessibleName(date_label)
        form.addRow(date_label, self.occurred_on)
        amount_row = QHBoxLayout()
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(format_number(Decimal(0), 2))  # "0.00", "0,00"
        self.amount.setAccessibleName(translate("ui.money.draft_form", "Amount"))
        self.currency = QComboBox()
        self.currency.addItems(CURRENCIES)
        self.currency.setAccessibleName(translate("ui.money.draft_form", "Currency"))
        fit_combo(self.currency)
        amount_row.addWidget(self.amount, 1)
        amount_row.addWidget(self.currency)
        form.addRow(translate("ui.money.draft_form", "Amount"), amount_row)
        # A row holding a layout gets no buddy of its own: the label is the amount's
        label = form.labelForField(amount_row)
        if isinstance(label, QLabel):
            label.setBuddy(self.amount)
        self.payee = self._name_field(
            translate("ui.money.draft_form", "Payee"),
            translate("ui.money.draft_form", "Who was paid"),
            suggestions,
            "payee",
        )
        form.addRow(translate("ui.money.draft_form", "Payee"), self.payee)
        self.account = self._name_field(
            translate("ui.money.draft_form", "Account or card"),
            translate("ui.money.draft_form", "Visa ending 4417"),
            suggestions,
            "account",
        )
        form.addRow(translate("ui.money.draft_form", "Account or card"), self.account)
        self.category = self._name_field(
            translate("ui.money.draft_form", "Category"),
            translate("ui.money.draft_form", "Office supplies"),
            suggestions,
            "category",
        )
        form.addRow(translate("ui.money.draft_form", "Category"), self.category)
        self.purpose = Segmented(
            [
                translate("ui.money.draft_form", "Personal"),
                translate("ui.money.draft_form", "Business"),
            ]
        )
        self.purpose.setAccessibleName(translate("ui.money.draft_form", "Personal or business"))
        form.addRow(translate("ui.money.draft_form", "For"), self.purpose)
        self.why = QPlainTextEdit()
        self.why.setTabChangesFocus(True)  # Tab moves on: never a keyboard trap
        self.why.setPlaceholderText(
            translate("ui.money.draft_form", "What it was for, in your own words (optional)")
        )
        self.why.setAccessibleName(translate("ui.money.draft_form", "Why"))
        self.why.setFixedHeight(80)
        form.addRow(translate("ui.money.draft_form", "Why"), self.why)
        self.keep_private = WrappingCheckBox(
            translate("ui.money.draft_form", "Keep the why to myself (the rest is shared)")
        )
        self.keep_private.setToolTip(
            translate(
                "ui.money.draft_form",
                "Your partner sees that a note was kept private, never that there was none.",
            )
        )
        form.addRow("", self.keep_private)
        self.note = QLineEdit()
        self.note.setPlaceholderText(
            translate("ui.money.draft_form", "What this correction changes")
        )
        self.note.setAccessibleName(translate("ui.money.draft_form", "What the correction changes"))
        if correcting:
            form.addRow(translate("ui.money.draft_form", "Correction"), self.note)
        layout.addLayout(form)
        self.error = text_label("", "Error")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = button(translate("ui.money.draft_form", "Cancel"))
        cancel.clicked.connect(self.reject)
        self.save = button(
            translate("ui.money.draft_form", "Save correction")
            if correcting
            else translate("ui.money.draft_form", "Save draft"),
            primary=True,
        )
        self.save.clicked.connect(self.try_save)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save)
        layout.addLayout(buttons)
        self._fill(start, currency, today)
        self.amount.setFocus()

    def _name_field(
        self, name: str, hint: str, suggestions: dict[str, list[str]] | None, key: str
    ) -> QLineEdit:
        field = QLineEdit()
        field.setPlaceholderText(hint)
        field.setAccessibleName(name)
        if suggestions and suggestions.get(key):
            completer = QCompleter(suggestions[key], field)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            field.setCompleter(completer)
        return field

    def _fill(self, start: LedgerLine | None, currency: str, today: date) -> None:
        day = start.occurred_on if start else today
        self.occurred_on.setDate(QDate(day.year, day.month, day.day))
        self.currency.setCurrentText(start.money.currency if start else currency)
        if start is None:
            return
        self.amount.setText(typed_amount(start.money.amount))
        self.payee.setText(start.payee)
        self.account.setText(start.account)
        self.category.setText(start.category)
        self.purpose.set_current(PURPOSES.index(start.purpose))
        self.why.setPlainText(start.withheld_why or start.why)
        self.keep_private.setChecked(start.why_withheld)

    def fields(self) -> DraftFields:
        """The form as draft fields; InvalidMoney when the amount does not read."""
        day = self.occurred_on.date()
        text = self.amount.text().strip()
        if not text:
            raise InvalidMoney(translate("ui.money.draft_form", "Write the amount first."))
        separator = decimal_separator(text)
        return DraftFields(
            occurred_on=date(day.year(), day.month(), day.day()),
            money=parse_amount(text, self.currency.currentText(), decimal_separator=separator),
            account=self.account.text(),
            payee=self.payee.text(),
            category=self.category.text(),
            purpose=PURPOSES[self.purpose.current()],
            why=self.why.toPlainText(),
            keep_why_private=self.keep_private.isChecked(),
        )

    def try_save(self) -> None:
        try:
            self._submit(self.fields(), self.note.text())
        except Exception as exc:  # a known error is a sentence to show; anything else a bug
            self.error.setText(describe(exc))
            self.error.show()
            return
        self.accept()
