"""Settings: password, auto-lock, binding to this computer, the partner, where data lives."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QStackedWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from toward import __version__
from toward.core.i18n import translate
from toward.core.reminders import DEFAULT_CHECK_IN, ReminderPlan, load_plan, save_plan
from toward.core.settings import AUTO_LOCK_CHOICES
from toward.session import Session
from toward.ui.kit import dialogs, theme
from toward.ui.kit.check_box import WrappingCheckBox
from toward.ui.kit.errors import describe
from toward.ui.kit.widgets import (
    Card,
    PageColumn,
    PasswordField,
    breakable_path,
    button,
    text_label,
)
from toward.ui.main_view import MainView
from toward.ui.partner_form import PartnerForm, RecoveryCodeView
from toward.ui.platform.background import run_in_background
from toward.ui.settings.backup import BackupCard
from toward.ui.settings.language import LanguageCard
from toward.ui.settings.password import NewPasswordDialog
from toward.ui.settings.safety import SafetySettings
from toward.ui.settings.two_computers import TwoComputersCard
from toward.ui.settings.your_data import YourDataCard
from toward.ui.therapy.consent import TherapyConsentCard


class SettingsPage(PageColumn):
    def __init__(self, session: Session, view: MainView) -> None:
        super().__init__(
            translate("ui.settings.page", "Settings"),
            translate("ui.settings.page", "For {name}. Your partner has their own.").format(
                name=session.partner.name
            ),
        )
        self.session = session
        self.view = view
        self.column.addWidget(self._password_card())
        self.column.addWidget(LanguageCard(session, view))
        self.column.addWidget(self._auto_lock_card())
        self.column.addWidget(SafetySettings(session))
        self.column.addWidget(self._reminders_card())
        self.column.addWidget(self._partner_card())
        if len(session.household.partners) > 1:
            self.column.addWidget(TherapyConsentCard(session))
        self.column.addWidget(self._device_card())
        self.column.addWidget(TwoComputersCard(session))
        self.column.addWidget(BackupCard(session, view))
        self.column.addWidget(YourDataCard(session))
        self.column.addWidget(self._about_card())
        self.finish()

    def _password_card(self) -> Card:
        card = Card()
        card.body.addWidget(text_label(translate("ui.settings.page", "Your password"), "Heading"))
        card.body.addWidget(
            text_label(
                translate(
                    "ui.settings.page",
                    "Changing it does not change your recovery code, and your partner's password "
                    "is not affected.",
                ),
                "Muted",
            )
        )
        self.change_password_button = button(translate("ui.settings.page", "Change password…"))
        self.change_password_button.clicked.connect(self.change_password)
        card.body.addWidget(self.change_password_button, 0, Qt.AlignmentFlag.AlignLeft)
        return card

    def _auto_lock_card(self) -> Card:
        card = Card()
        card.body.addWidget(text_label(translate("ui.settings.page", "Locking"), "Heading"))
        row = QHBoxLayout()
        lock_after = text_label(translate("ui.settings.page", "Lock Toward after"), wrap=False)
        row.addWidget(lock_after)
        self.auto_lock = QComboBox()
        lock_after.setBuddy(self.auto_lock)  # the words beside it, heard before its value
        self.auto_lock.setAccessibleName(translate("ui.settings.page", "Auto-lock delay"))
        for minutes in AUTO_LOCK_CHOICES:
            if minutes == 0:
                label = translate("ui.settings.page", "never")
            else:
                label = translate("ui.settings.page", "%n minutes without use", None, minutes)
            self.auto_lock.addItem(label, minutes)
        current = self.auto_lock.findData(self.session.settings.auto_lock_minutes)
        self.auto_lock.setCurrentIndex(max(current, 0))
        self.auto_lock.currentIndexChanged.connect(self._auto_lock_changed)
        row.addWidget(self.auto_lock)
        row.addStretch(1)
        card.body.addLayout(row)
        card.body.addWidget(
            text_label(
                translate("ui.settings.page", "Lock at any time with Ctrl+L or the Lock button."),
                "Muted",
            )
        )
        return card

    def _reminders_card(self) -> Card:
        card = Card()
        card.body.addWidget(
            text_label(translate("ui.settings.page", "Gentle reminders"), "Heading")
        )
        row = QHBoxLayout()
        plan = load_plan(self.session.settings)
        self.check_in_box = WrappingCheckBox(
            translate("ui.settings.page", "Remind me to check in with each other every day at")
        )
        self.check_in_box.setChecked(plan.check_in is not None)
        # PySide6 converts a Python time; its stubs only list QTime.
        self.check_in_time = QTimeEdit(plan.check_in or DEFAULT_CHECK_IN)  # type: ignore[call-overload]
        self.check_in_time.setDisplayFormat("HH:mm")
        self.check_in_time.setAccessibleName(translate("ui.settings.page", "Check-in time"))
        self.check_in_time.setEnabled(plan.check_in is not None)
        row.addWidget(self.check_in_box)
        row.addWidget(self.check_in_time)
        row.addStretch(1)
        card.body.addLayout(row)
        card.body.addWidget(
            text_label(
                translate(
                    "ui.settings.page",
                    "While Toward is open, a small notice appears. It never shows what you wrote, "
                    "names a topic or says whose reminder it is.",
                ),
                "Muted",
            )
        )
        self.check_in_box.toggled.connect(self._reminders_changed)
        self.check_in_time.timeChanged.connect(self._reminders_changed)
        return card

    def _reminders_changed(self) -> None:
        on = self.check_in_box.isChecked()
        self.check_in_time.setEnabled(on)
        at = self.check_in_time.time()
        plan = ReminderPlan(check_in=time(at.hour(), at.minute()) if on else None)
        save_plan(self.session.settings, plan)
        self.view.reminders_changed.emit()

    def _auto_lock_changed(self) -> None:
        self.session.settings.auto_lock_minutes = int(self.auto_lock.currentData())
        self.view.auto_lock_changed.emit()

    def _partner_card(self) -> Card:
        card = Card()
        card.body.addWidget(text_label(translate("ui.settings.page", "Your partner"), "Heading"))
        others = [p for p in self.session.household.partners if p.id != self.session.partner.id]
        if others:
            card.body.addWidget(
                text_label(
                    translate(
                        "ui.settings.page",
                        "You and {name} share this household. Each of you has a private space "
                        "the other cannot open.",
                    ).format(name=others[0].name),
                    "Muted",
                )
            )
        else:
            card.body.addWidget(
                text_label(
                    translate(
                        "ui.settings.page",
                        "Toward works for one of you, and your partner can join whenever they are "
                        "ready. They will choose their own password while you look away.",
                    ),
                    "Muted",
                )
            )
            self.add_partner_button = button(translate("ui.settings.page", "Add my partner…"))
            self.add_partner_button.clicked.connect(self.add_partner)
            card.body.addWidget(self.add_partner_button, 0, Qt.AlignmentFlag.AlignLeft)
        return card

    def _device_card(self) -> Card:
        card = Card()
        card.body.addWidget(text_label(translate("ui.settings.page", "This computer"), "Heading"))
        secrets = self.session.household.device_secrets
        self.bind_box = QCheckBox(translate("ui.settings.page", "Tie my password to this computer"))
        self.bind_box.setChecked(self.session.device_bound)
        card.body.addWidget(self.bind_box)
        card.body.addWidget(
            text_label(
                translate(
                    "ui.settings.page",
                    "Toward keeps a random key in this computer's keyring and mixes it into your "
                    "password. A copy of the data folder (a cloud backup, a lost disk) then can't "
                    "be opened by guessing your password elsewhere. Your password and your keys "
                    "are never stored in the keyring. On a new computer, your recovery code gets "
                    "you in.",
                ),
                "Muted",
            )
        )
        if not secrets.available():
            self.bind_box.setEnabled(False)
            card.body.addWidget(
                text_label(
                    translate(
                        "ui.settings.page", "Not available: this computer has no keyring service."
                    ),
                    "Notice",
                )
            )
        self.bind_box.clicked.connect(self._bind_clicked)
        folder = text_label(
            translate("ui.settings.page", "Data folder: {folder}").format(
                folder=breakable_path(self.session.household.folder)
            ),
            "Muted",
        )
        folder.setAccessibleName(translate("ui.settings.page", "Data folder"))
        card.body.addWidget(folder)
        return card

    def _about_card(self) -> Card:
        card = Card()
        card.body.addWidget(
            text_label(
                translate("ui.settings.page", "About Toward {version}").format(version=__version__),
                "Heading",
            )
        )
        card.body.addWidget(
            text_label(
                translate(
                    "ui.settings.page",
                    "Everything you write is encrypted on this computer. Honest limits: someone "
                    "who can install software on your computer account (a key logger, a modified "
                    "app) can defeat any app's encryption. Separate computer accounts and "
                    "full-disk encryption are the stronger protection.",
                ),
                "Muted",
            )
        )
        return card

    # -- actions -----------------------------------------------------------------------

    def change_password(self) -> None:
        dialog = ChangePasswordDialog(self.session, self)
        dialog.open()

    def _bind_clicked(self, wanted: bool) -> None:
        self.bind_box.setChecked(not wanted)  # until the password confirms it
        dialog = ConfirmPasswordDialog(
            translate("ui.settings.page", "Tie your password to this computer?")
            if wanted
            else translate("ui.settings.page", "Untie your password?"),
            self,
        )

        def confirmed(password: str) -> None:
            session = self.session
            run_in_background(
                lambda: session.set_device_binding(password, wanted),
                lambda _r: self.bind_box.setChecked(wanted),
                lambda exc: dialogs.tell(self, "Toward", describe(exc)),
                owner=self,
            )

        dialog.confirmed.connect(confirmed)
        dialog.open()

    def add_partner(self) -> None:
        dialog = AddPartnerDialog(self.session, self)
        dialog.finished.connect(lambda _r: self.view.refresh_partners())
        dialog.open()


class ConfirmPasswordDialog(QDialog):
    confirmed = Signal(str)

    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        # Destroyed, not hidden, when closed: its fields held secrets.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle("Toward")
        layout = QVBoxLayout(self)
        layout.addWidget(text_label(title, "Heading"))
        layout.addWidget(
            text_label(translate("ui.settings.page", "Type your password to confirm."), "Muted")
        )
        self.password = PasswordField(translate("ui.settings.page", "Your password"))
        layout.addWidget(self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        password = self.password.text()
        self.password.clear()
        self.accept()
        self.confirmed.emit(password)


class ChangePasswordDialog(NewPasswordDialog):
    """Current password, new password twice; the keys are re-wrapped, nothing re-encrypted."""

    def __init__(self, session: Session, parent: QWidget) -> None:
        current = PasswordField(translate("ui.settings.page", "Current password"))
        super().__init__(
            parent,
            heading=translate("ui.settings.page", "Change your password"),
            intro="",
            proof_label=translate("ui.settings.page", "Current"),
            proof=current,
            ok_text=translate("ui.settings.page", "Change password"),
            names=[p.name for p in session.household.partners],
        )
        self.current = current
        self.session = session

    def submit(self) -> None:
        if not self.passwords_match():
            return
        session, current, new = self.session, self.current.text(), self.new.text()
        parent = self.parentWidget()
        self.run(
            lambda: session.change_password(current, new),
            lambda _r: dialogs.tell(
                parent,
                translate("ui.settings.page", "Password changed"),
                translate("ui.settings.page", "Your new password is set."),
            ),
        )


class AddPartnerDialog(QDialog):
    """The second partner joins: their own name, colour and password, then their code."""

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        # Destroyed, not hidden, when closed: its fields held secrets.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.session = session
        self.setWindowTitle("Toward")
        self.setMinimumWidth(theme.scaled(520))
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages)
        first = QWidget()
        column = QVBoxLayout(first)
        column.addWidget(
            text_label(translate("ui.settings.page", "Your partner's private space"), "Title")
        )
        column.addWidget(
            text_label(
                translate(
                    "ui.settings.page",
                    "{name}, please hand over the keyboard now. "
                    "Partner: choose a password only you know.",
                ).format(name=session.partner.name),
                "Muted",
            )
        )
        self.form = PartnerForm(
            taken_colour=session.partner.colour, partner_names=[session.partner.name]
        )
        self.form.submitted.connect(self.submit)
        column.addWidget(self.form)
        row = QHBoxLayout()
        row.addStretch(1)
        cancel = button(translate("ui.settings.page", "Cancel"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.create_button = button(translate("ui.settings.page", "Create my space"), primary=True)
        # Enter in the form submits through the form itself; no default button, or it
        # would submit a second time (or, as Cancel, close the dialog).
        self.create_button.setAutoDefault(False)
        self.create_button.clicked.connect(self.submit)
        row.addWidget(cancel)
        row.addWidget(self.create_button)
        column.addLayout(row)
        self.pages.addWidget(first)

    def submit(self) -> None:
        problem = self.form.problem()
        if problem:
            self.form.show_error(problem)
            return
        session = self.session
        name, colour, password = (
            self.form.name.text(),
            self.form.colours.colour(),
            self.form.password.text(),
        )
        self.create_button.setEnabled(False)
        run_in_background(
            lambda: session.add_partner(name, password, colour),
            self._added,
            self._failed,
            owner=self,
        )

    def _added(self, added: object) -> None:
        self.form.clear_secrets()
        page = QWidget()
        column = QVBoxLayout(page)
        view = RecoveryCodeView(added.partner.name, added.recovery_code)  # type: ignore[attr-defined]
        column.addWidget(view)
        done = button(translate("ui.settings.page", "Done"), primary=True)
        done.setEnabled(False)
        view.acknowledged.connect(done.setEnabled)
        done.clicked.connect(self.accept)
        column.addWidget(done, 0, Qt.AlignmentFlag.AlignRight)
        self.recovery_view = view
        self.done_button = done
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)

    def _failed(self, exc: Exception) -> None:
        self.create_button.setEnabled(True)
        self.form.show_error(describe(exc))
