"""The standing agreement: what is in force, a proposal waiting, and proposing a change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QSpinBox, QWidget

from toward.core.formatting import format_date
from toward.core.i18n import translate
from toward.core.ledger import CURRENCIES, Agreement, Ledger, parse_amount
from toward.core.ledger.agreement import MAX_DAYS
from toward.ui.kit.errors import describe
from toward.ui.kit.flow import FlowLayout
from toward.ui.kit.widgets import Card, button, fit_combo, text_label
from toward.ui.money.amount_text import decimal_separator, typed_amount


class AgreementCard(Card):
    """Everything about the agreement in one card, rebuilt by the page on every change."""

    def __init__(self, ledger: Ledger, names: dict[str, str], other: str) -> None:
        super().__init__(spacing=10)
        self._ledger = ledger
        agreements = ledger.agreements
        self.body.addWidget(text_label(translate("ui.money.agreement", "Our agreement"), "Heading"))
        current = agreements.in_force()
        if current is None:
            self.body.addWidget(
                text_label(
                    translate(
                        "ui.money.agreement",
                        "No agreement yet. Agreeing on an amount and a number of days makes "
                        "telling each other a shared habit rather than a test.",
                    ),
                    "Muted",
                )
            )
        else:
            self.current = text_label(current.text)
            self.body.addWidget(self.current)
            when = current.confirmed_at
            since = (
                translate("ui.money.agreement", "Both of you confirmed it on {date}.").format(
                    date=format_date(when)
                )
                if when
                else ""
            )
            self.body.addWidget(text_label(since, "Muted"))
        proposal = agreements.proposal()
        self.confirm_button = self.decline_button = None
        if proposal is not None:
            by_me = proposal.proposed_by == ledger.partner_id
            if by_me:
                proposed = (
                    translate("ui.money.agreement", "You proposed a change:")
                    if current
                    else translate("ui.money.agreement", "You proposed an agreement:")
                )
            else:
                proposed = (
                    translate("ui.money.agreement", "{name} proposed a change:")
                    if current
                    else translate("ui.money.agreement", "{name} proposed an agreement:")
                ).format(name=names.get(proposal.proposed_by, other))
            self.body.addWidget(text_label(proposed, "Notice"))
            self.body.addWidget(text_label(proposal.text))
            row = QHBoxLayout()
            if by_me:
                waiting = translate("ui.money.agreement", "Waiting for {name} to confirm.")
                self.body.addWidget(text_label(waiting.format(name=other), "Muted"))
                self.decline_button = button(translate("ui.money.agreement", "Withdraw it"))
            else:
                self.confirm_button = button(
                    translate("ui.money.agreement", "Confirm"), primary=True
                )
                self.confirm_button.clicked.connect(lambda: self._act(agreements.confirm, proposal))
                row.addWidget(self.confirm_button)
                self.decline_button = button(translate("ui.money.agreement", "Not now"))
            self.decline_button.clicked.connect(lambda: self._act(agreements.withdraw, proposal))
            row.addWidget(self.decline_button)
            row.addStretch(1)
            self.body.addLayout(row)
        self.body.addWidget(
            text_label(
                translate("ui.money.agreement", "Propose a change")
                if current
                else translate("ui.money.agreement", "Propose an agreement"),
                "Muted",
            )
        )
        holder = QWidget()
        sentence = FlowLayout(holder)  # a sentence of fields, wrapped when narrow
        sentence.addWidget(
            text_label(translate("ui.money.agreement", "Any purchase over"), wrap=False)
        )
        self.amount = QLineEdit(typed_amount(current.threshold.amount) if current else "")
        self.amount.setPlaceholderText("100")
        self.amount.setAccessibleName(translate("ui.money.agreement", "Agreed amount"))
        self.amount.setFixedWidth(self.amount.fontMetrics().horizontalAdvance("100,000.00") + 40)
        sentence.addWidget(self.amount)
        self.currency = QComboBox()
        self.currency.addItems(CURRENCIES)
        self.currency.setCurrentText(current.threshold.currency if current else "USD")
        self.currency.setAccessibleName(translate("ui.money.agreement", "Agreed currency"))
        fit_combo(self.currency)
        sentence.addWidget(self.currency)
        sentence.addWidget(text_label(translate("ui.money.agreement", "within"), wrap=False))
        self.days = QSpinBox()
        self.days.setRange(0, MAX_DAYS)
        self.days.setValue(current.days if current else 7)
        self.days.setSuffix(translate("ui.money.agreement", " days"))
        self.days.setAccessibleName(translate("ui.money.agreement", "Agreed days"))
        sentence.addWidget(self.days)
        self.propose_button = button(translate("ui.money.agreement", "Propose"))
        self.propose_button.clicked.connect(self._propose)
        sentence.addWidget(self.propose_button)
        self.body.addWidget(holder)
        self.error = text_label("", "Error")
        self.error.hide()
        self.body.addWidget(self.error)

    def _propose(self) -> None:
        try:
            text = self.amount.text() or "0"
            threshold = parse_amount(
                text, self.currency.currentText(), decimal_separator=decimal_separator(text)
            )
            self._ledger.agreements.propose(threshold, self.days.value())
        except Exception as exc:  # shown beside the form; a bug is described as one
            self.error.setText(describe(exc))
            self.error.show()

    def _act(self, action: Callable[[Agreement], object], proposal: Agreement) -> None:
        try:
            action(proposal)
        except Exception as exc:
            self.error.setText(describe(exc))
            self.error.show()
