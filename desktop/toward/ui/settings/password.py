"""A dialog that proves who you are one way, then sets a new password (typed twice)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QStyle,
    QStyleOptionFrame,
    QVBoxLayout,
    QWidget,
)

from toward.core.i18n import translate
from toward.ui.kit import theme
from toward.ui.kit.errors import describe
from toward.ui.kit.widgets import PasswordField, StrengthMeter, text_label
from toward.ui.platform.background import run_in_background

if TYPE_CHECKING:
    from toward.household import Household, Partner
    from toward.session import Session


class NewPasswordDialog(QDialog):
    """Heading, a proof field (current password, recovery code), new password twice.

    Subclasses run the change in `submit`; the dialog is destroyed when closed, because
    its fields held secrets.
    """

    def __init__(
        self,
        parent: QWidget,
        *,
        heading: str,
        intro: str,
        proof_label: str,
        proof: QLineEdit,
        ok_text: str,
        names: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle("Toward")
        self.setModal(True)
        self.setMinimumWidth(theme.scaled(460))
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(text_label(heading, "Heading"))
        if intro:
            layout.addWidget(text_label(intro, "Muted"))
        form = QFormLayout()
        self.proof = proof
        self.new = PasswordField(translate("ui.settings.password", "New password"))
        self.confirm = PasswordField(translate("ui.settings.password", "The same password again"))
        form.addRow(proof_label, proof)
        form.addRow(translate("ui.settings.password", "New password"), self.new)
        form.addRow("", StrengthMeter(self.new, names=lambda: names))
        form.addRow(translate("ui.settings.password", "Confirm"), self.confirm)
        layout.addLayout(form)
        self.message = text_label("", "Error")
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The proof field shows its whole placeholder (the recovery code's shape), however
        # wide the form's labels are in the person's language: the dialog grows by what is
        # missing, measured once the style sheet has set the field's font and padding.
        shape = self.proof.placeholderText()
        if shape:
            option = QStyleOptionFrame()
            self.proof.initStyleOption(option)
            room = self.proof.style().subElementRect(
                QStyle.SubElement.SE_LineEditContents, option, self.proof
            )
            missing = self.proof.fontMetrics().horizontalAdvance(shape) + 4 - room.width()
            if missing > 0:
                self.resize(self.width() + missing, self.height())

    def submit(self) -> None:
        raise NotImplementedError

    def passwords_match(self) -> bool:
        if self.new.text() != self.confirm.text():
            self.show_message(
                translate("ui.settings.password", "The two new passwords are not the same.")
            )
            return False
        return True

    def run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Run the change off the UI thread; on success clear every field, then `done`."""
        self.buttons.setEnabled(False)

        def finished(result: Any) -> None:
            for field in (self.proof, self.new, self.confirm):
                field.clear()
            self.buttons.setEnabled(True)
            self.accept()
            done(result)

        run_in_background(work, finished, self._failed, owner=self)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.show_message(describe(exc))


class RecoveryDialog(NewPasswordDialog):
    """Set a new password with the recovery code."""

    recovered = Signal(object)

    def __init__(self, household: Household, partner: Partner, parent: QWidget) -> None:
        code = QLineEdit()
        code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")  # the code's shape
        code.setAccessibleName(translate("ui.settings.password", "Recovery code"))
        super().__init__(
            parent,
            heading=translate("ui.settings.password", "Set a new password for {name}").format(
                name=partner.name
            ),
            intro=translate(
                "ui.settings.password",
                "Type the recovery code you were given at setup, then a new password.",
            ),
            proof_label=translate("ui.settings.password", "Recovery code"),
            proof=code,
            ok_text=translate("ui.settings.password", "Set password"),
            names=[p.name for p in household.partners],
        )
        self.code, self.new_password = code, self.new
        self._household, self._partner = household, partner

    def submit(self) -> None:
        if not self.passwords_match():
            return
        household, partner = self._household, self._partner
        code, password = self.code.text(), self.new.text()

        def recover() -> Session:
            from toward.session import Session

            return Session.start(household.recover(partner.id, code, password))

        self.run(recover, self.recovered.emit)
