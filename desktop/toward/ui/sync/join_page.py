"""First run: "Join from a sync folder", on one's own other computer or the partner's.

The folder, one's name, then either one's password (another computer of one's own) or the
one-time code and a new password (the partner's computer, invited). The household is made
in this computer's data folder and opened at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from toward import sync
from toward.core.i18n import translate
from toward.household import Household
from toward.session import Session
from toward.sync import Joined
from toward.ui.kit import dialogs
from toward.ui.kit.errors import describe
from toward.ui.kit.widgets import Card, PasswordField, breakable_path, button, text_label
from toward.ui.partner_form import RecoveryCodeView
from toward.ui.platform.background import run_in_background

CARD_WIDTH = 560


class JoinPage(QWidget):
    """Emits `joined(household, session)` once the household here is made and open."""

    joined = Signal(object, object)
    back = Signal()

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SetupWizard")
        self.data_dir = data_dir
        self.folder: Path | None = None
        self._opened: tuple[Household, Session] | None = None
        self.card = Card()
        self.card.setMaximumWidth(CARD_WIDTH)
        body = self.card.body
        body.addWidget(
            text_label(translate("ui.sync.join_page", "Join from a sync folder"), "Title")
        )
        body.addWidget(
            text_label(
                translate(
                    "ui.sync.join_page",
                    "Once the sync folder has arrived on this computer, Toward makes the "
                    "household here from it. The folder holds only encrypted files.",
                ),
                "Muted",
            )
        )
        row = QHBoxLayout()
        self.folder_label = text_label(translate("ui.sync.join_page", "No folder chosen yet."))
        self.folder_label.setAccessibleName(translate("ui.sync.join_page", "Sync folder"))
        row.addWidget(self.folder_label, 1)
        self.folder_button = button(translate("ui.sync.join_page", "Choose the folder…"))
        self.folder_button.clicked.connect(self.choose_folder)
        row.addWidget(self.folder_button, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(row)
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("ui.sync.join_page", "Your name"))
        self.name.setAccessibleName(translate("ui.sync.join_page", "Your name"))
        body.addWidget(self.name)
        self.own = QRadioButton(translate("ui.sync.join_page", "This is another computer of mine"))
        self.invited = QRadioButton(
            translate("ui.sync.join_page", "My partner invited me with a code")
        )
        self.own.setChecked(True)
        self.kind = QButtonGroup(self)
        for choice in (self.own, self.invited):
            self.kind.addButton(choice)
            body.addWidget(choice)
        self.password = PasswordField(translate("ui.sync.join_page", "Your password"))
        body.addWidget(self.password)
        # One's own other computer: the folder private changes travel through, if one chose
        # one on the first computer (Settings > Two computers); otherwise none.
        self.private_folder: Path | None = None
        self.private_row = QWidget()
        private_row = QHBoxLayout(self.private_row)
        private_row.setContentsMargins(0, 0, 0, 0)
        self.private_label = text_label(
            translate(
                "ui.sync.join_page",
                "If you keep your private changes in a folder of your own, choose it too.",
            ),
            "Muted",
        )
        self.private_label.setAccessibleName(
            translate("ui.sync.join_page", "Folder for your private changes")
        )
        private_row.addWidget(self.private_label, 1)
        self.private_button = button(
            translate("ui.sync.join_page", "Choose my private folder…"), flat=True
        )
        self.private_button.clicked.connect(self.choose_private_folder)
        private_row.addWidget(self.private_button, 0, Qt.AlignmentFlag.AlignTop)
        body.addWidget(self.private_row)
        self.code = QLineEdit()
        self.code.setPlaceholderText(translate("ui.sync.join_page", "The one-time code"))
        self.code.setAccessibleName(translate("ui.sync.join_page", "The one-time code"))
        self.new_password = PasswordField(
            translate("ui.sync.join_page", "A new password, only yours")
        )
        self.repeat = PasswordField(translate("ui.sync.join_page", "The new password again"))
        for field in (self.code, self.new_password, self.repeat):
            body.addWidget(field)
        self.hint = text_label("", "Muted")
        body.addWidget(self.hint)
        self.error = text_label("", "Error")
        self.error.hide()
        body.addWidget(self.error)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(translate("ui.sync.join_page", "Working"))
        self.busy.hide()
        body.addWidget(self.busy)
        buttons = QHBoxLayout()
        self.back_button = button(translate("ui.sync.join_page", "Back"), flat=True)
        self.back_button.clicked.connect(self.back.emit)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        self.join_button = button(translate("ui.sync.join_page", "Join"), primary=True)
        self.join_button.clicked.connect(self.submit)
        buttons.addWidget(self.join_button)
        body.addLayout(buttons)
        self.kind.buttonToggled.connect(self._kind_changed)
        self._kind_changed()
        _centre(self, self.card)

    def _kind_changed(self, *_args: object) -> None:
        invited = self.invited.isChecked()
        self.password.setVisible(not invited)
        self.private_row.setVisible(not invited)
        for field in (self.code, self.new_password, self.repeat):
            field.setVisible(invited)
        self.hint.setText(
            translate(
                "ui.sync.join_page",
                "Type the code your partner read to you, then choose your own password. "
                "Your partner cannot see it, and your private space here is yours alone.",
            )
            if invited
            else translate(
                "ui.sync.join_page", "Your password is the one you use on your other computer."
            )
        )

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, dialogs.TITLE)
        if chosen:
            self.set_folder(Path(chosen))

    def choose_private_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, dialogs.TITLE)
        if chosen:
            self.set_private_folder(Path(chosen))

    def set_private_folder(self, folder: Path) -> None:
        self.private_folder = folder
        self.private_label.setText(
            translate("ui.sync.join_page", "Your private changes: {folder}").format(
                folder=breakable_path(folder)
            )
        )

    def set_folder(self, folder: Path) -> None:
        self.folder = folder
        self.folder_label.setText(breakable_path(folder))

    # -- joining -------------------------------------------------------------------------

    def problem(self) -> str:
        """What is missing, in words; empty when the form can be sent."""
        if self.folder is None:
            return translate("ui.sync.join_page", "Choose the sync folder first.")
        if not self.name.text().strip():
            return translate("ui.sync.join_page", "Type your name, as it is in the household.")
        if self.invited.isChecked():
            if not self.code.text().strip():
                return translate(
                    "ui.sync.join_page", "Type the one-time code your partner read to you."
                )
            if self.new_password.text() != self.repeat.text():
                return translate("ui.sync.join_page", "The two new passwords are not the same.")
        elif not self.password.text():
            return translate("ui.sync.join_page", "Type your password.")
        return ""

    def submit(self) -> None:
        problem = self.problem()
        if problem:
            self._show_error(problem)
            return
        folder, data_dir, name = self.folder, self.data_dir, self.name.text().strip()
        assert folder is not None
        if self.invited.isChecked():
            code, password = self.code.text(), self.new_password.text()

            def work() -> tuple[Joined, Household, Session]:
                joined = sync.join_partner(folder, data_dir, code, name, password)
                return (joined, *_open(joined, password))
        else:
            password, private = self.password.text(), self.private_folder

            def work() -> tuple[Joined, Household, Session]:
                # A private folder that is not theirs is refused before anything is made.
                joined = sync.join_own(folder, data_dir, name, password, private_folder=private)
                return (joined, *_open(joined, password))

        self._busy(True)
        run_in_background(work, self._done, self._failed, owner=self)

    def _done(self, result: tuple[Joined, Household, Session]) -> None:
        joined, household, session = result
        self._clear_secrets()
        self._busy(False)
        if joined.recovery_code is None:
            self.joined.emit(household, session)
            return
        self._opened = (household, session)
        self._show_recovery_code(joined.partner_name, joined.recovery_code)

    def _show_recovery_code(self, name: str, code: str) -> None:
        """The partner's own recovery code, made here with their space: shown this once."""
        page = Card()
        page.setMaximumWidth(CARD_WIDTH)
        self.recovery_view = RecoveryCodeView(name, code)
        page.body.addWidget(self.recovery_view)
        self.done_button = button(translate("ui.sync.join_page", "Open Toward"), primary=True)
        self.done_button.setEnabled(False)
        self.recovery_view.acknowledged.connect(self.done_button.setEnabled)
        self.done_button.clicked.connect(self._open_after_code)
        page.body.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignRight)
        self.card.hide()
        _centre(self, page)

    def _open_after_code(self) -> None:
        assert self._opened is not None
        household, session = self._opened
        self._opened = None
        self.joined.emit(household, session)

    def _failed(self, exc: Exception) -> None:
        self._busy(False)
        self._show_error(describe(exc))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _busy(self, on: bool) -> None:
        self.busy.setVisible(on)
        self.join_button.setEnabled(not on)
        self.back_button.setEnabled(not on)
        if on:
            self.error.hide()

    def _clear_secrets(self) -> None:
        for field in (self.password, self.code, self.new_password, self.repeat):
            field.clear()


def _open(joined: Joined, password: str) -> tuple[Household, Session]:
    household = Household.open(joined.folder)
    return household, Session.start(household.unlock(joined.partner_name, password))


def _centre(page: QWidget, card: QWidget) -> None:
    """The card in the middle of the window, scrolled when the window is small."""
    layout = page.layout()
    if layout is None:
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(24, 40, 24, 40)
        scroll.setWidget(inner)
        outer.addWidget(scroll)
        page.column = column  # type: ignore[attr-defined]
    column = page.column  # type: ignore[attr-defined]
    while column.count():
        item = column.takeAt(0)
        if item.layout() is not None:  # the previous card's row: the card stays, hidden
            item.layout().setParent(None)
    column.addStretch(1)
    row = QHBoxLayout()  # as in the setup wizard: the card takes the width it may have
    row.addStretch(1)
    row.addWidget(card, 10)
    row.addStretch(1)
    column.addLayout(row)
    column.addStretch(2)
