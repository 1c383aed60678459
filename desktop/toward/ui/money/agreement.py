"""The standing agreement: what is in force, a proposal waiting, and proposing a change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QSpinBox, QWidget

from toward.core.ledger import CURRENCIES, Agreement, Ledger, parse_amount
from toward.core.ledger.agreement import MAX_DAYS
from toward.ui.kit.errors import describe
from toward.ui.kit.flow import FlowLayout
from toward.ui.kit.widgets import Card, button, fit_combo, text_label


class AgreementCard(Card):
    """Everything about the agreement in one card, rebuilt by the page on every change."""

    def __init__(self, ledger: Ledger, names: dict[str, str], other: str) -> None:
        super().__init__(spacing=10)
        self._ledger = ledger
        agreements = ledger.agreements
        self.body.addWidget(text_label("Our agreement", "Heading"))
        current = agreements.in_force()
        if current is None:
            self.body.addWidget(
                text_label(
                    "No agreement yet. Agreeing on an amount and a number of days makes "
                    "telling each other a shared habit rather than a test.",
                    "Muted",
                )
            )
        else:
            self.current = text_label(current.text)
            self.body.addWidget(self.current)
            when = current.confirmed_at.astimezone() if current.confirmed_at else None
            since = f"Both of you confirmed it on {when:%d %B %Y}." if when else ""
            self.body.addWidget(text_label(since, "Muted"))
        proposal = agreements.proposal()
        self.confirm_button = self.decline_button = None
        if proposal is not None:
            by_me = proposal.proposed_by == ledger.partner_id
            who = "You proposed" if by_me else f"{names.get(proposal.proposed_by, other)} proposed"
            change = "a change" if current else "an agreement"
            self.body.addWidget(text_label(f"{who} {change}:", "Notice"))
            self.body.addWidget(text_label(proposal.text))
            row = QHBoxLayout()
            if by_me:
                self.body.addWidget(text_label(f"Waiting for {other} to confirm.", "Muted"))
                self.decline_button = button("Withdraw it")
            else:
                self.confirm_button = button("Confirm", primary=True)
                self.confirm_button.clicked.connect(lambda: self._act(agreements.confirm, proposal))
                row.addWidget(self.confirm_button)
                self.decline_button = button("Not now")
            self.decline_button.clicked.connect(lambda: self._act(agreements.withdraw, proposal))
            row.addWidget(self.decline_button)
            row.addStretch(1)
            self.body.addLayout(row)
        self.body.addWidget(
            text_label("Propose a change" if current else "Propose an agreement", "Muted")
        )
        holder = QWidget()
        sentence = FlowLayout(holder)  # a sentence of fields, wrapped when narrow
        sentence.addWidget(text_label("Any purchase over", wrap=False))
        self.amount = QLineEdit(str(current.threshold.amount) if current else "")
        self.amount.setPlaceholderText("100")
        self.amount.setAccessibleName("Agreed amount")
        self.amount.setFixedWidth(self.amount.fontMetrics().horizontalAdvance("100,000.00") + 40)
        sentence.addWidget(self.amount)
        self.currency = QComboBox()
        self.currency.addItems(CURRENCIES)
        self.currency.setCurrentText(current.threshold.currency if current else "USD")
        self.currency.setAccessibleName("Agreed currency")
        fit_combo(self.currency)
        sentence.addWidget(self.currency)
        sentence.addWidget(text_label("within", wrap=False))
        self.days = QSpinBox()
        self.days.setRange(0, MAX_DAYS)
        self.days.setValue(current.days if current else 7)
        self.days.setSuffix(" days")
        self.days.setAccessibleName("Agreed days")
        sentence.addWidget(self.days)
        self.propose_button = button("Propose")
        self.propose_button.clicked.connect(self._propose)
        sentence.addWidget(self.propose_button)
        self.body.addWidget(holder)
        self.error = text_label("", "Error")
        self.error.hide()
        self.body.addWidget(self.error)

    def _propose(self) -> None:
        try:
            threshold = parse_amount(self.amount.text() or "0", self.currency.currentText())
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
