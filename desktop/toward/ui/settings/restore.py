"""Restore from a backup, for a household that cannot be opened: pick the file, prove it opens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from toward.backup import RestoredInPlace, backup_partners, restore_in_place
from toward.core.i18n import translate
from toward.ui.kit import dialogs, theme
from toward.ui.kit.errors import describe
from toward.ui.kit.fitting import tall_enough
from toward.ui.kit.widgets import PasswordField, breakable_path, button, text_label
from toward.ui.platform.background import run_in_background


class RestoreDialog(QDialog):
    """Emits `restored(RestoredInPlace)` once the backup has taken the household's place."""

    restored = Signal(object)

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # the password field
        self.setWindowTitle("Toward")
        self.setModal(True)
        self.setMinimumWidth(theme.scaled(480))
        self.folder = folder
        self.archive: Path | None = None

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(
            text_label(translate("ui.settings.restore", "Restore from a backup"), "Heading")
        )
        in_use = folder.exists() and any(folder.iterdir())
        shown = breakable_path(folder)
        if in_use:
            where = translate(
                "ui.settings.restore",
                "The household in {folder} is kept as it is, moved aside beside it; nothing is "
                "deleted. A partner's password proves the backup opens before it takes its place.",
            )
        else:
            where = translate(
                "ui.settings.restore",
                "The backup is restored into {folder}. A partner's password proves the backup "
                "opens before it takes its place.",
            )
        layout.addWidget(text_label(where.format(folder=shown), "Muted"))
        row = QHBoxLayout()
        self.file_label = text_label(
            translate("ui.settings.restore", "No backup chosen yet."), "Muted"
        )
        self.choose_button = button(translate("ui.settings.restore", "Choose backup file…"))
        self.choose_button.clicked.connect(self.choose_file)
        row.addWidget(self.file_label, 1)
        row.addWidget(self.choose_button)
        layout.addLayout(row)
        form = QFormLayout()
        self.partner = QComboBox()
        self.partner.setAccessibleName(translate("ui.settings.restore", "Whose password"))
        self.password = PasswordField(translate("ui.settings.restore", "Password"))
        form.addRow(translate("ui.settings.restore", "Whose password"), self.partner)
        form.addRow(translate("ui.settings.restore", "Password"), self.password)
        layout.addLayout(form)
        self.message = text_label("", "Error")
        self.message.setAccessibleName(translate("ui.settings.restore", "Restore message"))
        self.message.hide()
        layout.addWidget(self.message)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(translate("ui.settings.restore", "Restoring"))
        self.busy.hide()
        layout.addWidget(self.busy)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(translate("ui.settings.restore", "Restore"))
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        tall_enough(self)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            dialogs.TITLE,
            str(self.folder.parent),
            translate("ui.settings.restore", "Toward backups (*.zip)"),
        )
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path) -> None:
        """Read the partners' names from the backup (checking it on the way)."""
        self.archive = None
        self.restore_button.setEnabled(False)
        self.file_label.setText(path.name)
        self._set_busy(True)
        run_in_background(
            lambda: backup_partners(path),
            lambda names: self._file_read(path, names),
            self._failed,
            owner=self,
        )

    def _file_read(self, path: Path, names: list[str]) -> None:
        self._set_busy(False)
        self.archive = path
        self.partner.clear()
        self.partner.addItems(names)
        self.restore_button.setEnabled(bool(names))
        self.message.hide()
        self.password.setFocus()

    def submit(self) -> None:
        if self.archive is None:
            return
        if not self.password.text():
            self._show(
                translate("ui.settings.restore", "Type the password of the partner chosen above.")
            )
            return
        archive, folder = self.archive, self.folder
        partner, password = self.partner.currentText(), self.password.text()
        self._set_busy(True)
        run_in_background(
            lambda: restore_in_place(archive, folder, partner=partner, password=password),
            self._done,
            self._failed,
            owner=self,
        )

    def _done(self, result: RestoredInPlace) -> None:
        self._set_busy(False)
        self.password.clear()
        self.accept()
        self.restored.emit(result)

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.restore_button.setEnabled(self.archive is not None)
        self.password.selectAll()
        self._show(describe(exc))

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _set_busy(self, on: bool) -> None:
        self.busy.setVisible(on)
        for widget in (self.choose_button, self.password, self.partner, self.restore_button):
            widget.setEnabled(not on)
