"""One planned conversation: agreeing a time, preparing privately, notes taken together, and
the one small agreement it ends with."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from toward.core.formatting import format_date, format_time
from toward.core.i18n import translate
from toward.core.spaces import RecordNotFound
from toward.core.talks import AGREEMENT_HINT, Talk, TalkStatus, questions
from toward.session import Session
from toward.ui.kit.errors import describe
from toward.ui.kit.widgets import Card, button, clear_layout, text_label
from toward.ui.repair.time_card import TimeToTalkCard


class TalkView(QWidget):
    closed = Signal()

    def __init__(self, session: Session, talk: Talk) -> None:
        super().__init__()
        self.session = session
        self.talk = talk
        self.me = session.partner.id
        self.names = {p.id: p.name for p in session.household.partners}
        others = [p.name for p in session.household.partners if p.id != self.me]
        self.other = others[0] if others else translate("ui.talks.talk", "your partner")
        self.prep: dict[str, QPlainTextEdit] = {}
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(16)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.talk = self.session.talks.get(self.talk.id)
        except RecordNotFound:  # withdrawn
            self.closed.emit()
            return
        talk = self.talk
        clear_layout(self.layout_)
        self.prep = {}
        self.error = text_label("", "Error")
        self.error.hide()
        self.layout_.addWidget(self._header(talk))
        if talk.status is TalkStatus.FINISHED:
            self.layout_.addWidget(self._record(talk))
        elif talk.status is TalkStatus.PROPOSED:
            self.layout_.addWidget(self._time_card(talk))
        else:
            self.layout_.addWidget(self._together_card(talk))
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self._prep_card(talk))

    # -- building ----------------------------------------------------------------------

    def _header(self, talk: Talk) -> Card:
        card = Card(spacing=6)
        row = QHBoxLayout()
        row.addWidget(text_label(talk.topic.label, "Title"), 1)
        self.back_button = button(translate("ui.talks.talk", "All conversations"), flat=True)
        self.back_button.clicked.connect(self.closed.emit)
        row.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        card.body.addLayout(row)
        card.body.addWidget(text_label(talk.topic.about, "Muted"))
        if talk.agreed_at is not None and talk.finished_at is None:
            when = talk.proposed_time
            agreed = translate("ui.talks.talk", "Time to talk, agreed: {day} at {time}").format(
                day=format_date(when, "weekday_day_month"), time=format_time(when)
            )
            card.body.addWidget(text_label(agreed))
        return card

    def _time_card(self, talk: Talk) -> Card:
        mine = talk.proposed_by == self.me
        self.time_card = TimeToTalkCard(
            proposed_time=talk.proposed_time,
            proposer=None if mine else self.names.get(talk.proposed_by, "?"),
            other=self.other,
            accept=lambda: self._act(lambda: self.session.talks.accept_time(self.talk)),
            suggest=lambda when: self._act(
                lambda: self.session.talks.propose_time(self.talk, when)
            ),
            withdraw=self.withdraw,
        )
        return self.time_card

    def _together_card(self, talk: Talk) -> Card:
        card = Card()
        card.body.addWidget(
            text_label(translate("ui.talks.talk", "Notes, taken together"), "Heading")
        )
        card.body.addWidget(
            text_label(
                translate(
                    "ui.talks.talk",
                    "Whatever you want to remember: what surprised you, what you want to come "
                    "back to. {partner} sees the same notes.",
                ).format(partner=self.other),
                "Muted",
            )
        )
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)  # Tab moves on: never a keyboard trap
        self.notes.setAccessibleName(translate("ui.talks.talk", "Notes, taken together"))
        self.notes.setPlaceholderText(translate("ui.talks.talk", "We talked about\u2026"))
        self.notes.setPlainText(talk.notes)
        self.notes.setMinimumHeight(120)
        card.body.addWidget(self.notes)
        self.save_notes_button = button(translate("ui.talks.talk", "Save the notes"))
        self.save_notes_button.clicked.connect(
            lambda: self._act(
                lambda: self.session.talks.save_notes(self.talk, self.notes.toPlainText())
            )
        )
        card.body.addWidget(self.save_notes_button, 0, Qt.AlignmentFlag.AlignRight)
        card.body.addWidget(
            text_label(translate("ui.talks.talk", "One small agreement"), "Heading")
        )
        card.body.addWidget(text_label(translate("core.talks.topics", AGREEMENT_HINT), "Muted"))
        row = QHBoxLayout()
        self.agreement = QLineEdit()
        self.agreement.setAccessibleName(translate("ui.talks.talk", "One small agreement"))
        self.agreement.setPlaceholderText(
            translate("ui.talks.talk", "e.g. \u201cA walk together every Sunday morning\u201d")
        )
        row.addWidget(self.agreement, 1)
        self.finish_button = button(translate("ui.talks.talk", "Agree and finish"), primary=True)
        self.finish_button.clicked.connect(
            lambda: self._act(
                lambda: self.session.talks.finish(
                    self.talk, self.agreement.text(), notes=self.notes.toPlainText()
                )
            )
        )
        row.addWidget(self.finish_button)
        card.body.addLayout(row)
        return card

    def _record(self, talk: Talk) -> Card:
        card = Card()
        assert talk.finished_at is not None
        card.body.addWidget(
            text_label(
                translate("ui.talks.talk", "You talked on {day}.").format(
                    day=format_date(talk.finished_at, "full")
                ),
                "Notice",
            )
        )
        card.body.addWidget(text_label(translate("ui.talks.talk", "Notes"), "Heading"))
        card.body.addWidget(
            text_label(
                talk.notes or translate("ui.talks.talk", "No notes were kept."),
                "" if talk.notes else "Muted",
            )
        )
        if talk.agreement_id:
            try:
                text = self.session.promises.agreement(talk.agreement_id).text
            except RecordNotFound:
                text = None
            card.body.addWidget(
                text_label(translate("ui.talks.talk", "What you agreed"), "Heading")
            )
            card.body.addWidget(
                text_label(
                    translate(
                        "ui.talks.talk", "{agreement} \u2014 a standing agreement in Promises."
                    ).format(agreement=text)
                    if text
                    else translate(
                        "ui.talks.talk", "The agreement was removed from Promises since."
                    ),
                    "" if text else "Muted",
                )
            )
        return card

    def _prep_card(self, talk: Talk) -> Card:
        card = Card()
        finished = talk.status is TalkStatus.FINISHED
        heading = (
            translate("ui.talks.talk", "What you thought about first")
            if finished
            else translate("ui.talks.talk", "To think about first")
        )
        card.body.addWidget(text_label(heading, "Heading"))
        card.body.addWidget(
            text_label(
                translate(
                    "ui.talks.talk",
                    "Your thoughts stay in your private space; bring what you like to the "
                    "conversation.",
                ),
                "Muted",
            )
        )
        mine = self.session.talks.my_prep(talk)
        for prompt in questions(self.session.prompts.library, talk.topic):
            card.body.addWidget(text_label(prompt.text))
            if finished:
                if mine.get(prompt.id):
                    card.body.addWidget(text_label(mine[prompt.id], "Muted"))
                continue
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)  # Tab moves on: never a keyboard trap
            editor.setAccessibleName(prompt.text)
            editor.setPlaceholderText(translate("ui.talks.talk", "Only you see this"))
            editor.setPlainText(mine.get(prompt.id, ""))
            editor.setFixedHeight(70)
            self.prep[prompt.id] = editor
            card.body.addWidget(editor)
        if not finished:
            self.keep_button = button(translate("ui.talks.talk", "Keep my thoughts"))
            self.keep_button.clicked.connect(self.keep_prep)
            card.body.addWidget(self.keep_button, 0, Qt.AlignmentFlag.AlignRight)
        return card

    # -- acting ------------------------------------------------------------------------

    def keep_prep(self) -> None:
        thoughts = {prompt_id: editor.toPlainText() for prompt_id, editor in self.prep.items()}
        self._act(lambda: self.session.talks.prepare(self.talk, thoughts))

    def withdraw(self) -> None:
        try:
            self.session.talks.withdraw(self.talk)
        except Exception as exc:  # a known error is a sentence; anything else a bug
            self.error.setText(describe(exc))
            self.error.show()
        # Otherwise the change notice finds the conversation gone and closes this view.

    def _act(self, action: Callable[[], object]) -> None:
        try:
            action()
        except Exception as exc:  # a known error is a sentence; anything else a bug
            self.error.setText(describe(exc))
            self.error.show()
            return
        self.refresh()
