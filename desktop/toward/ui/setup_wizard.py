"""First run: the first partner, their recovery code, then the second partner now or later."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QProgressBar,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from toward.core.i18n import translate
from toward.household import AddedPartner, Household
from toward.session import Session
from toward.ui.kit.errors import describe
from toward.ui.kit.fitting import let_tab_through
from toward.ui.kit.widgets import Card, button, text_label
from toward.ui.partner_form import PartnerForm, RecoveryCodeView
from toward.ui.platform.background import run_in_background
from toward.vault.kdf import DEFAULT_COST, KdfCost

CARD_WIDTH = 560


class SetupWizard(QWidget):
    """Creates the household; emits `finished(household, sessions)` when the couple is set up.

    `sessions` are the spaces just created, still open: whoever has just chosen a password
    goes straight in rather than typing it again at the lock screen.
    """

    finished = Signal(object, object)
    restore_requested = Signal()  # a new computer: bring a backup back instead
    join_requested = Signal()  # a second computer: the household comes from a sync folder

    def __init__(
        self, folder: Path, *, kdf_cost: KdfCost = DEFAULT_COST, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SetupWizard")
        self._folder = folder
        self._kdf_cost = kdf_cost
        self.household: Household | None = None
        self._sponsor: Session | None = None
        self._joined: Session | None = None  # the second partner, when set up now

        self.pages = QStackedWidget()
        self.welcome = self._welcome_page()
        self.first_form = PartnerForm()
        self.first_page = self._form_page(
            translate("ui.setup_wizard", "Your private space"),
            translate(
                "ui.setup_wizard",
                "Start with the partner at the keyboard. Your password opens your private "
                "space and your shared one; nobody else can open your private space.",
            ),
            self.first_form,
            translate("ui.setup_wizard", "Create my space"),
        )
        self.first_form.submitted.connect(self._create_first)
        self.first_code_holder = QWidget()
        self.partner_choice = self._partner_choice_page()
        self.second_form: PartnerForm | None = None
        self.second_page_holder = QWidget()
        self.second_code_holder = QWidget()
        for page in (
            self.welcome,
            self.first_page,
            self.first_code_holder,
            self.partner_choice,
            self.second_page_holder,
            self.second_code_holder,
        ):
            self.pages.addWidget(page)

        card = Card(spacing=0)
        card.setMaximumWidth(CARD_WIDTH)
        card.body.addWidget(self.pages)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(translate("ui.setup_wizard", "Working"))
        self.busy.hide()
        card.body.addWidget(self.busy)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        let_tab_through(scroll)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(24, 40, 24, 40)
        column.addStretch(1)
        brand = text_label("Toward", "Brand")
        brand.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(brand)
        column.addSpacing(12)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 10)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(2)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setFocusProxy(self.start_button)  # Enter starts, from the keyboard alone

    # -- pages -----------------------------------------------------------------------

    def _welcome_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(14)
        layout.addWidget(text_label(translate("ui.setup_wizard", "Welcome to Toward"), "Display"))
        layout.addWidget(
            text_label(
                translate(
                    "ui.setup_wizard",
                    "A quiet place for the two of you to notice each other, keep your word, "
                    "talk about money openly and repair after hard moments.",
                )
            )
        )
        layout.addWidget(
            text_label(
                translate(
                    "ui.setup_wizard",
                    "Each of you gets a private space that only you can open, with your own "
                    "password. You also share a space together. Nothing moves from private to "
                    "shared unless its author chooses to share it.",
                ),
                "Muted",
            )
        )
        layout.addWidget(
            text_label(
                translate(
                    "ui.setup_wizard",
                    "Everything is encrypted on this computer. Anyone who can install software "
                    "on it could still watch what is typed, so a separate computer account for "
                    "each of you, and disk encryption, make it safer still.",
                ),
                "Notice",
            )
        )
        layout.addStretch(1)
        row = QHBoxLayout()
        self.restore_button = button(
            translate("ui.setup_wizard", "Restore from a backup…"), flat=True
        )
        self.restore_button.clicked.connect(self.restore_requested.emit)
        self.join_button = button(
            translate("ui.setup_wizard", "Join from a sync folder…"), flat=True
        )
        self.join_button.clicked.connect(self.join_requested.emit)
        elsewhere = QVBoxLayout()  # the household is on another computer already
        elsewhere.addWidget(self.join_button, 0, Qt.AlignmentFlag.AlignLeft)
        elsewhere.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        row.addLayout(elsewhere)
        row.addStretch(1)
        self.start_button = button(translate("ui.setup_wizard", "Get started"), primary=True)
        self.start_button.clicked.connect(lambda: self._go(self.first_page, self.first_form.name))
        row.addWidget(self.start_button)
        layout.addLayout(row)
        return page

    def _form_page(self, title: str, intro: str, form: PartnerForm, action: str) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(14)
        layout.addWidget(text_label(title, "Title"))
        layout.addWidget(text_label(intro, "Muted"))
        layout.addWidget(form)
        layout.addStretch(1)
        go = button(action, primary=True)
        go.clicked.connect(form.submitted.emit)
        form.setProperty("action_button", go)
        layout.addWidget(go, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _code_page(self, name: str, code: str, next_text: str, then: object) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        view = RecoveryCodeView(name, code)
        layout.addWidget(view)
        layout.addStretch(1)
        go = button(next_text, primary=True)
        go.setEnabled(False)
        view.acknowledged.connect(go.setEnabled)
        go.clicked.connect(then)
        layout.addWidget(go, 0, Qt.AlignmentFlag.AlignRight)
        page.setProperty("continue_button", go)
        page.setProperty("kept_box", view.kept)
        return page

    def _partner_choice_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(14)
        layout.addWidget(text_label(translate("ui.setup_wizard", "And your partner?"), "Title"))
        layout.addWidget(
            text_label(
                translate(
                    "ui.setup_wizard",
                    "Your partner gets their own private space and password. If they are here, "
                    "hand them the keyboard and look away while they choose a password. If not, "
                    "they can join later from Settings — Toward works for one of you too.",
                )
            )
        )
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.later_button = button(translate("ui.setup_wizard", "Later"))
        self.now_button = button(translate("ui.setup_wizard", "Add my partner now"), primary=True)
        self.later_button.clicked.connect(self._finish)
        self.now_button.clicked.connect(self._show_second_form)
        row.addWidget(self.later_button)
        row.addWidget(self.now_button)
        layout.addLayout(row)
        return page

    # -- steps -----------------------------------------------------------------------

    def _go(self, page: QWidget, focus: QWidget | None = None) -> None:
        self.pages.setCurrentWidget(page)
        self.setFocusProxy(focus or page)
        (focus or page).setFocus()

    def _busy(self, on: bool) -> None:
        self.busy.setVisible(on)
        self.pages.setEnabled(not on)

    def _create_first(self) -> None:
        form = self.first_form
        problem = form.problem()
        if problem:
            form.show_error(problem)
            return
        name, colour, password = form.name.text(), form.colours.colour(), form.password.text()
        folder, cost = self._folder, self._kdf_cost

        def work() -> tuple[Household, str, Session]:
            # A household left without partners (a refused name, an interrupted setup) is
            # reused rather than refused.
            household = Household.open_or_create(folder, kdf_cost=cost)
            added = household.add_partner(name, password, colour=colour)
            return (
                household,
                added.recovery_code,
                Session.start(household.unlock(added.partner.id, password)),
            )

        self._busy(True)
        run_in_background(work, self._first_created, self._failed(form), owner=self)

    def _first_created(self, result: tuple[Household, str, Session]) -> None:
        self._busy(False)
        self.household, code, self._sponsor = result
        self.first_form.clear_secrets()
        page = self._code_page(
            self._sponsor.partner.name,
            code,
            "Continue",
            lambda: self._go(self.partner_choice, self.now_button),
        )
        self._replace(self.first_code_holder, page)
        self.first_code_holder = page
        self._go(page, page.property("kept_box"))

    def _show_second_form(self) -> None:
        assert self._sponsor is not None
        self.second_form = PartnerForm(
            taken_colour=self._sponsor.partner.colour,
            partner_names=[self._sponsor.partner.name],
        )
        page = self._form_page(
            translate("ui.setup_wizard", "Your partner's private space"),
            translate(
                "ui.setup_wizard",
                "{name}, please hand over the keyboard now. "
                "Partner: choose a password only you know.",
            ).format(name=self._sponsor.partner.name),
            self.second_form,
            translate("ui.setup_wizard", "Create my space"),
        )
        self.second_form.submitted.connect(self._create_second)
        self._replace(self.second_page_holder, page)
        self.second_page_holder = page
        self._go(page, self.second_form.name)

    def _create_second(self) -> None:
        form = self.second_form
        assert form is not None and self._sponsor is not None
        problem = form.problem()
        if problem:
            form.show_error(problem)
            return
        sponsor = self._sponsor
        name, colour, password = form.name.text(), form.colours.colour(), form.password.text()
        self._busy(True)

        def work() -> tuple[AddedPartner, Session]:
            added = sponsor.add_partner(name, password, colour)
            return added, Session.start(sponsor.household.unlock(added.partner.id, password))

        run_in_background(
            work,
            self._second_created,
            self._failed(form),
            owner=self,
        )

    def _second_created(self, result: tuple[AddedPartner, Session]) -> None:
        added, self._joined = result
        self._busy(False)
        assert self.second_form is not None
        self.second_form.clear_secrets()
        page = self._code_page(
            added.partner.name,
            added.recovery_code,
            "Finish",
            self._finish,
        )
        self._replace(self.second_code_holder, page)
        self.second_code_holder = page
        self._go(page, page.property("kept_box"))

    def _failed(self, form: PartnerForm):
        def show(exc: Exception) -> None:
            self._busy(False)
            form.show_error(describe(exc))

        return show

    def _finish(self) -> None:
        sessions = [s for s in (self._sponsor, self._joined) if s is not None]
        self._sponsor = self._joined = None
        self.finished.emit(self.household, sessions)

    def _replace(self, old: QWidget, new: QWidget) -> None:
        index = self.pages.indexOf(old)
        self.pages.insertWidget(index, new)
        self.pages.removeWidget(old)
        old.deleteLater()
