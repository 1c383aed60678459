"""The form where a partner gives their name, colour and password, and sees their recovery code."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextDocument
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toward.core.formatting import format_number
from toward.core.i18n import translate
from toward.household import MAX_NAME_LENGTH, MIN_PASSWORD_LENGTH, PARTNER_COLOURS
from toward.ui.kit import dialogs
from toward.ui.kit.widgets import PasswordField, StrengthMeter, button, text_label


class ColourPicker(QWidget):
    """A row of round swatches; each partner's colour marks their items and charts."""

    def __init__(self, taken: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.group = QButtonGroup(self)
        for index, colour in enumerate(PARTNER_COLOURS):
            swatch = QPushButton()
            swatch.setCheckable(True)
            swatch.setFixedSize(30, 30)
            swatch.setAccessibleName(
                translate("ui.partner_form", "Colour {number}").format(
                    number=format_number(index + 1)
                )
            )
            swatch.setToolTip(translate("ui.partner_form", "Your colour"))
            swatch.setStyleSheet(
                f"QPushButton {{ background: {colour}; border-radius: 15px;"
                " border: 2px solid transparent; padding: 0; }"
                " QPushButton:checked { border: 3px solid palette(text); }"
                " QPushButton:focus { border: 3px solid palette(highlight); }"
            )
            swatch.setProperty("colour", colour)
            swatch.setEnabled(colour != taken)
            swatch.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the picker is one tab stop
            swatch.setAutoDefault(False)
            self.group.addButton(swatch, index)
            layout.addWidget(swatch)
        layout.addStretch(1)
        first_free = next(i for i, c in enumerate(PARTNER_COLOURS) if c != taken)
        self.group.button(first_free).setChecked(True)
        self.setObjectName("ColourPicker")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(
            translate("ui.partner_form", "Your colour: left and right arrows choose")
        )

    def colour(self) -> str:
        checked = self.group.checkedButton()
        assert checked is not None  # one colour is always chosen
        return str(checked.property("colour"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step: dict[int, int] = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Down: 1,
        }
        if event.key() not in step:
            super().keyPressEvent(event)
            return
        buttons = [b for b in self.group.buttons() if b.isEnabled()]
        checked = self.group.checkedButton()
        assert checked is not None
        current = buttons.index(checked)
        buttons[(current + step[event.key()]) % len(buttons)].setChecked(True)


class PartnerForm(QWidget):
    """Name, colour, password and confirmation, checked as the person types."""

    submitted = Signal()

    def __init__(
        self,
        *,
        taken_colour: str | None = None,
        partner_names: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        """`partner_names`: the people already in the household, easy guesses for a password."""
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(12)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME_LENGTH)
        self.name.setPlaceholderText(translate("ui.partner_form", "What your partner calls you"))
        self.name.setAccessibleName(translate("ui.partner_form", "Your name"))
        self.colours = ColourPicker(taken_colour)
        self.password = PasswordField(translate("ui.partner_form", "Password"))
        self.confirm = PasswordField(translate("ui.partner_form", "The same password again"))
        self.strength = StrengthMeter(
            self.password, names=lambda: (*partner_names, self.name.text())
        )
        self.name.textChanged.connect(self.strength.refresh)
        self.error = text_label("", "Error")
        self.error.hide()
        form.addRow(translate("ui.partner_form", "Your name"), self.name)
        form.addRow(translate("ui.partner_form", "Your colour"), self.colours)
        form.addRow(translate("ui.partner_form", "Password"), self.password)
        form.addRow("", self.strength)
        form.addRow(translate("ui.partner_form", "Confirm"), self.confirm)
        form.addRow("", self.error)
        for field in (self.name, self.password, self.confirm):
            field.returnPressed.connect(self.submitted.emit)
            field.textChanged.connect(self.error.hide)

    def problem(self) -> str | None:
        """What stops the form from being accepted, in words, or None."""
        if not self.name.text().strip():
            return translate("ui.partner_form", "Please give your name.")
        if len(self.password.text()) < MIN_PASSWORD_LENGTH:
            return translate(
                "ui.partner_form",
                "The password needs at least %n characters.",
                None,
                MIN_PASSWORD_LENGTH,
            )
        if self.password.text() != self.confirm.text():
            return translate("ui.partner_form", "The two passwords are not the same.")
        return None

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def clear_secrets(self) -> None:
        self.password.clear()
        self.confirm.clear()


class RecoveryCodeView(QWidget):
    """Shows a recovery code once, with a plain warning and ways to keep it."""

    acknowledged = Signal(bool)

    def __init__(self, name: str, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name, self._code = name, code
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(
            text_label(
                translate("ui.partner_form", "{name}'s recovery code").format(name=name), "Title"
            )
        )
        layout.addWidget(
            text_label(
                translate(
                    "ui.partner_form",
                    "If you ever forget your password, this code lets you set a new one. "
                    "It is shown only now.",
                ),
                "Muted",
            )
        )
        code_label = text_label(code, "Code")
        code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        code_label.setAccessibleName(translate("ui.partner_form", "Recovery code"))
        layout.addWidget(code_label)
        layout.addWidget(
            text_label(
                translate(
                    "ui.partner_form",
                    "Keep it somewhere only you can reach: on paper in a safe place, or in your "
                    "own password manager. If you lose both your password and this code, your "
                    "private space cannot be opened again — not by your partner, not by anyone.",
                ),
                "Notice",
            )
        )
        row = QHBoxLayout()
        self.save_button = button(translate("ui.partner_form", "Save to a file…"))
        self.print_button = button(translate("ui.partner_form", "Print…"))
        self.save_button.clicked.connect(self._save)
        self.print_button.clicked.connect(self._print)
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.kept = QCheckBox(translate("ui.partner_form", "I have put this code somewhere safe"))
        self.kept.toggled.connect(self.acknowledged.emit)
        layout.addWidget(self.kept)

    def _text(self) -> str:
        return translate(
            "ui.partner_form",
            "Toward recovery code for {name}\n\n{code}\n\n"
            "This code lets you set a new password if you forget yours.\n"
            "Keep it private and safe.\n",
        ).format(name=self._name, code=self._code)

    def _save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            dialogs.TITLE,
            translate("ui.partner_form", "Toward recovery code - {name}.txt").format(
                name=self._name
            ),
            translate("ui.partner_form", "Text (*.txt)"),
        )
        if path:
            Path(path).write_text(self._text(), encoding="utf-8")

    def _print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            document = QTextDocument()
            document.setPlainText(self._text())
            document.print_(printer)
