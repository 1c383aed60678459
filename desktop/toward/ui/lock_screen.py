"""The neutral lock screen: pick who you are, type your password. No content, no counts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toward import DatabaseDamaged, StorageReadOnly, TooManyAttempts
from toward.core.i18n import translate
from toward.household import Household, Partner
from toward.ui.kit import theme
from toward.ui.kit.errors import describe
from toward.ui.kit.widgets import Card, PasswordField, button, point_at, text_label
from toward.ui.platform.background import run_in_background
from toward.vault.throttle import too_many_attempts

if TYPE_CHECKING:
    from toward.session import Session

CARD_WIDTH = 460


class PartnerChoices:
    """The partners' buttons on the lock screen, one checked at a time.

    Not a QButtonGroup: Qt's Tab skips every button of a group but the checked one, so a
    screen reader's user, going round with Tab, never heard the other partner's name.
    """

    def __init__(self, chosen: Callable[[], None]) -> None:
        self._buttons: list[QPushButton] = []
        self._chosen = chosen  # called when another partner is chosen

    def add(self, choice: QPushButton) -> None:
        self._buttons.append(choice)
        choice.toggled.connect(lambda on: self._toggled(choice, on))

    def buttons(self) -> list[QPushButton]:
        return list(self._buttons)

    def checked(self) -> QPushButton | None:
        return next((choice for choice in self._buttons if choice.isChecked()), None)

    def _toggled(self, choice: QPushButton, on: bool) -> None:
        if not on:  # choosing the chosen partner again leaves them chosen
            if self.checked() is None:
                choice.setChecked(True)
            return
        for other in self._buttons:
            if other is not choice:
                other.setChecked(False)
        self._chosen()


class LockScreen(QWidget):
    """Emits `unlocked(session)` when a partner's password (or recovery code) opens their space."""

    unlocked = Signal(object)
    shown = Signal()  # after its first paint
    # Ways out when the household's files are at fault, not the password.
    restore_requested = Signal()
    read_only_requested = Signal()

    def __init__(
        self,
        household: Household,
        *,
        demo_passwords: dict[str, str] | None = None,
        exclude: set[str] | frozenset[str] = frozenset(),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("LockScreen")
        self.household = household
        self._painted = False
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)

        card = Card(spacing=14)
        card.setMaximumWidth(CARD_WIDTH)
        card.body.addWidget(text_label(translate("ui.lock_screen", "Who's here?"), "Title"))

        self.choices = PartnerChoices(self._partner_changed)
        partners = [p for p in household.partners if p.id not in exclude]
        for partner in partners:
            choice = QPushButton(f"  {partner.name}")
            choice.setAccessibleName(partner.name)  # the spaces only set off the colour dot
            choice.setObjectName("PartnerChoice")
            choice.setCheckable(True)
            choice.setIcon(theme.dot_icon(partner.colour))
            choice.setProperty("partner_id", partner.id)
            self.choices.add(choice)
            card.body.addWidget(choice)

        self.password = PasswordField(translate("ui.lock_screen", "Password"))
        self.password.returnPressed.connect(self.try_unlock)
        self.password.textChanged.connect(lambda: self.message.hide())
        card.body.addWidget(self.password)
        self.message: QLabel = text_label("", "Error")
        self.message.setAccessibleName(translate("ui.lock_screen", "Unlock message"))
        self.message.hide()
        card.body.addWidget(self.message)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(translate("ui.lock_screen", "Opening"))
        self.busy.hide()
        card.body.addWidget(self.busy)

        row = QHBoxLayout()
        self.forgot_button = button(
            translate("ui.lock_screen", "Forgot your password?"), flat=True, hand=False
        )
        self.forgot_button.clicked.connect(self._recover)
        self.unlock_button = button(translate("ui.lock_screen", "Unlock"), primary=True, hand=False)
        self.unlock_button.clicked.connect(self.try_unlock)
        row.addWidget(self.forgot_button)
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        card.body.addLayout(row)
        ways_out = QHBoxLayout()
        self.restore_button = button(
            translate("ui.lock_screen", "Restore from a backup…"), flat=True, hand=False
        )
        self.restore_button.clicked.connect(self.restore_requested.emit)
        self.read_only_button = button(
            translate("ui.lock_screen", "Open read-only"), flat=True, hand=False
        )
        self.read_only_button.clicked.connect(self.read_only_requested.emit)
        for way_out in (self.restore_button, self.read_only_button):
            way_out.hide()
            ways_out.addWidget(way_out)
        ways_out.addStretch(1)
        card.body.addLayout(ways_out)

        column = QVBoxLayout(self)
        column.setContentsMargins(24, 40, 24, 40)
        column.addStretch(2)
        brand = text_label("Toward", "Brand")  # the app's name; centred by the style sheet
        column.addWidget(brand)
        column.addSpacing(12)
        if household.notice:
            column.addWidget(_centred(text_label(household.notice, "Notice"), CARD_WIDTH))
            column.addSpacing(8)
        column.addWidget(_centred(card, CARD_WIDTH))
        if demo_passwords:
            lines = "   ·   ".join(f"{name}: {pw}" for name, pw in demo_passwords.items())
            demo = text_label(
                translate(
                    "ui.lock_screen",
                    "Demo household with sample data, deleted when you quit.\n{passwords}",
                ).format(passwords=lines),
                "Notice",
            )
            demo.setProperty("centred", True)  # by the style sheet
            column.addSpacing(12)
            column.addWidget(_centred(demo, CARD_WIDTH))
        column.addStretch(3)

        if self.choices.buttons():
            self.choices.buttons()[0].setChecked(True)
        self.password.setFocus()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self._after_first_paint)  # once this paint has finished

    def _after_first_paint(self) -> None:
        self.shown.emit()
        # Not sooner: nobody points at anything before seeing it (see widgets.point_at).
        point_at(
            *self.choices.buttons(),
            self.forgot_button,
            self.unlock_button,
            self.restore_button,
            self.read_only_button,
        )

    # -- state -----------------------------------------------------------------------

    def selected_partner(self) -> Partner | None:
        checked = self.choices.checked()
        if checked is None:
            return None
        return self.household.partner(str(checked.property("partner_id")))

    def select(self, name: str) -> None:
        for choice in self.choices.buttons():
            if choice.text().strip() == name:
                choice.setChecked(True)

    def _partner_changed(self) -> None:
        self.password.clear()
        self.message.hide()
        self._apply_wait()
        self.password.setFocus()

    def _apply_wait(self) -> None:
        partner = self.selected_partner()
        wait = self.household.wait_seconds(partner.id) if partner else 0.0
        if wait > 0:
            self._show(describe(too_many_attempts(wait)))
            self.unlock_button.setEnabled(False)
            self._countdown.start()
        else:
            self._countdown.stop()
            self.unlock_button.setEnabled(True)

    def _tick(self) -> None:
        partner = self.selected_partner()
        wait = self.household.wait_seconds(partner.id) if partner else 0.0
        if wait > 0:
            self._show(describe(too_many_attempts(wait)))
        else:
            self._countdown.stop()
            self.message.hide()
            self.unlock_button.setEnabled(True)

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _set_busy(self, on: bool) -> None:
        self.busy.setVisible(on)
        for widget in (self.password, self.unlock_button, self.forgot_button):
            widget.setEnabled(not on)
        for choice in self.choices.buttons():
            choice.setEnabled(not on)

    # -- unlocking -------------------------------------------------------------------

    def try_unlock(self) -> None:
        partner = self.selected_partner()
        if partner is None or not self.unlock_button.isEnabled():
            return
        password = self.password.text()
        if not password:
            self._show(translate("ui.lock_screen", "Type your password."))
            return
        household = self.household
        self._set_busy(True)

        def unlock() -> Session:
            from toward.session import Session  # loaded while the password is typed

            return Session.start(household.unlock(partner.id, password))

        run_in_background(unlock, self._done, self._failed, owner=self)

    def _done(self, session: Session) -> None:
        self._set_busy(False)
        self.password.clear()
        self.unlocked.emit(session)

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.password.selectAll()
        self._show(describe(exc))
        self.restore_button.setVisible(isinstance(exc, DatabaseDamaged))
        self.read_only_button.setVisible(
            isinstance(exc, StorageReadOnly) and not self.household.read_only
        )
        self._apply_wait()
        if isinstance(exc, TooManyAttempts):
            self._countdown.start()
        self.password.setFocus()

    def _recover(self) -> None:
        partner = self.selected_partner()
        if partner is None:
            return
        from toward.ui.settings.password import RecoveryDialog  # rarely needed

        dialog = RecoveryDialog(self.household, partner, self)
        dialog.recovered.connect(self.unlocked.emit)
        dialog.open()


def _centred(widget: QWidget, width: int) -> QWidget:
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addStretch(1)
    widget.setMaximumWidth(width)
    row.addWidget(widget, 10)
    row.addStretch(1)
    return holder
