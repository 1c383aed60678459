"""What the journal shows while no entry is open: where you are, unsaved drafts to go back
to, and the prompt of the day."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from toward.core import clock
from toward.core.formatting import format_date_time
from toward.core.i18n import translate
from toward.core.journal.drafts import Draft
from toward.core.prompts import Prompt
from toward.session import Session
from toward.ui.journal.prompts import PromptBrowser
from toward.ui.kit.flow import FlowLayout
from toward.ui.kit.widgets import Card, button, clear_layout, text_label


class Invitation(QWidget):
    """The journal's empty panel, which invites writing rather than looking broken."""

    write_requested = Signal(object)  # the Prompt to write about, or None
    resume_requested = Signal(object)  # the Draft to go back to

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        self.empty = text_label("", "Muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drafts_box = QVBoxLayout()
        card = Card()
        card.setMaximumWidth(620)
        card.body.addWidget(
            text_label(translate("ui.journal.invitation", "Prompt of the day"), "Heading")
        )
        self.prompt_text = text_label("")
        self.prompt_text.setAccessibleName(translate("ui.journal.invitation", "Prompt of the day"))
        card.body.addWidget(self.prompt_text)
        row = FlowLayout()  # the buttons wrap under a two-line prompt on a laptop
        self.prompt_write_button = button(
            translate("ui.journal.invitation", "Write about this"), primary=True
        )
        self.prompt_more_button = button(translate("ui.journal.invitation", "More prompts…"))
        self.prompt_hide_button = button(
            translate("ui.journal.invitation", "Not for me"), flat=True
        )
        self.prompt_write_button.clicked.connect(lambda: self.write_requested.emit(self._prompt))
        self.prompt_more_button.clicked.connect(self.browse_prompts)
        self.prompt_hide_button.clicked.connect(self._hide_prompt_of_the_day)
        row.addWidget(self.prompt_write_button)
        row.addWidget(self.prompt_more_button)
        row.add_right(self.prompt_hide_button)
        card.body.addLayout(row)
        self.prompt_card = card
        column.addStretch(1)
        column.addWidget(self.empty)
        column.addLayout(self.drafts_box)
        centred = QHBoxLayout()  # centred without an alignment, which would lose wrapping
        centred.addStretch(0)
        centred.addWidget(card, 1)
        centred.addStretch(0)
        column.addLayout(centred)
        column.addStretch(2)
        self._prompt: Prompt | None = None

    def refresh(self) -> None:
        """Offer today's prompt and the latest drafts (the page words `empty`)."""
        self._show_prompt_of_the_day()
        self._show_drafts()

    def browse_prompts(self) -> None:
        browser = PromptBrowser(self.session.prompts, self)
        browser.chosen.connect(self.write_requested.emit)
        browser.finished.connect(lambda _r: self._show_prompt_of_the_day())
        browser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        browser.open()

    def _show_prompt_of_the_day(self) -> None:
        self._prompt = self.session.prompts.of_the_day(clock.today())
        self.prompt_card.setVisible(self._prompt is not None)
        if self._prompt is not None:
            self.prompt_text.setText(self._prompt.text)

    def _hide_prompt_of_the_day(self) -> None:
        if self._prompt is not None:
            self.session.prompts.hide(self._prompt.id)
            self._show_prompt_of_the_day()

    def _show_drafts(self) -> None:
        clear_layout(self.drafts_box)
        for draft in self.session.journal.drafts.all()[:3]:
            when = format_date_time(draft.updated_at, "day_month")
            untitled = translate("ui.journal.invitation", "Untitled")
            title = draft.title or (draft.body.strip().splitlines() or [untitled])[0][:50]
            resume = button(
                translate("ui.journal.invitation", "Continue “{title}” (unsaved, {when})").format(
                    title=title, when=when
                ),
                flat=True,
            )
            resume.clicked.connect(lambda _=False, d=draft: self._resume(d))
            self.drafts_box.addWidget(resume, 0, Qt.AlignmentFlag.AlignHCenter)

    def _resume(self, draft: Draft) -> None:
        self.resume_requested.emit(draft)
