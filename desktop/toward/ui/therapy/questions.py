"""Questions for our therapist: a private list to bring up, shared only by its writer."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from toward.core.i18n import translate
from toward.core.therapist_questions import MAX_TEXT, Question
from toward.session import Session
from toward.ui.kit import dialogs
from toward.ui.kit.errors import describe
from toward.ui.kit.widgets import Card, button, clear_layout, text_label


class QuestionsCard(Card):
    """The partner's own open questions, with what they may do with each, and the shared ones."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.names = {p.id: p.name for p in session.household.partners}
        others = [p.name for p in session.household.partners if p.id != session.partner.id]
        self.other = others[0] if others else ""
        self.body.addWidget(
            text_label(translate("ui.therapy.questions", "Questions for our therapist"), "Heading")
        )
        if self.other:
            intro = translate(
                "ui.therapy.questions",
                "Things you want to bring up in a session. Only you see this list. Share one "
                "with {partner} when you want them to know it is coming. When you make a "
                "summary, you tick which of them go in.",
            ).format(partner=self.other)
        else:
            intro = translate(
                "ui.therapy.questions",
                "Things you want to bring up in a session. Only you see this list. When you "
                "make a summary, you tick which of them go in.",
            )
        self.body.addWidget(text_label(intro, "Muted"))
        add = QHBoxLayout()
        self.text = QLineEdit()
        self.text.setPlaceholderText(
            translate(
                "ui.therapy.questions",
                "e.g. how do we talk about money?",
            )
        )
        self.text.setAccessibleName(translate("ui.therapy.questions", "A question to add"))
        self.text.setMaxLength(MAX_TEXT)
        self.text.returnPressed.connect(self.add_question)
        self.add_button = button(translate("ui.therapy.questions", "Add question"))
        self.add_button.clicked.connect(self.add_question)
        # The question on a line of its own, so the example reads whole on a laptop too.
        self.body.addWidget(self.text)
        add.addWidget(self.add_button)
        add.addStretch(1)
        self.body.addLayout(add)
        self.message = text_label("", "Muted")
        self.message.hide()
        self.body.addWidget(self.message)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(6)
        self.body.addLayout(self.rows)
        self.refresh()

    def refresh(self) -> None:
        clear_layout(self.rows)
        mine = self.session.therapist_questions.mine()
        if not mine:
            self.rows.addWidget(
                text_label(translate("ui.therapy.questions", "Nothing on your list yet."), "Muted")
            )
        for question in mine:
            self._row(question)
        me = self.session.partner.id
        theirs = [q for q in self.session.therapist_questions.shared() if q.info.author_id != me]
        if theirs:
            self.rows.addWidget(
                text_label(
                    translate("ui.therapy.questions", "Shared by {partner}").format(
                        partner=self.other
                    ),
                    "Heading",
                )
            )
            for question in theirs:
                self.rows.addWidget(text_label(question.text))

    def _row(self, question: Question) -> None:
        self.rows.addWidget(text_label(question.text))
        holder = QWidget()  # a widget, so clearing the rows removes the whole line
        line = QHBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        shared = question.info.is_currently_shared
        share_with = translate("ui.therapy.questions", "Share with {partner}").format(
            partner=self.other
        )
        where = (
            translate("ui.therapy.questions", "Shared with {partner}").format(partner=self.other)
            if shared
            else translate("ui.therapy.questions", "Only you")
        )
        line.addWidget(text_label(where, "Muted"), 1)
        if self.other:
            toggle = button(
                translate("ui.therapy.questions", "Stop sharing") if shared else share_with,
                flat=True,
            )
            toggle.setAccessibleName(
                (
                    translate("ui.therapy.questions", "Stop sharing: {question}")
                    if shared
                    else translate("ui.therapy.questions", "Share with {partner}: {question}")
                ).format(partner=self.other, question=question.text)
            )
            toggle.clicked.connect(
                lambda _=False, q=question, s=shared: self.unshare(q) if s else self.share(q)
            )
            line.addWidget(toggle)
        talked = button(translate("ui.therapy.questions", "Talked about"), flat=True)
        talked.setToolTip(
            translate("ui.therapy.questions", "Take it off the list once it has been brought up")
        )
        talked.clicked.connect(lambda _=False, q=question: self.talked_about(q))
        delete = button(translate("ui.therapy.questions", "Delete"), flat=True)
        delete.clicked.connect(lambda _=False, q=question: self.delete(q))
        # Every question has these: heard one after another, each says which it is for
        delete.setAccessibleName(
            translate("ui.therapy.questions", "Delete: {question}").format(question=question.text)
        )
        talked.setAccessibleName(
            translate("ui.therapy.questions", "Talked about: {question}").format(
                question=question.text
            )
        )
        line.addWidget(talked)
        line.addWidget(delete)
        self.rows.addWidget(holder)

    def _say(self, text: str, role: str = "Muted") -> None:
        self.message.setObjectName(role)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def add_question(self) -> None:
        try:
            self.session.therapist_questions.add(self.text.text())
        except Exception as exc:  # a known error is a sentence; anything else a bug
            self._say(describe(exc), "Error")
            return
        self._say("")
        self.text.clear()
        self.refresh()

    def share(self, question: Question) -> None:
        self.session.therapist_questions.share(question)
        self._say(
            translate("ui.therapy.questions", "{partner} can see this question now.").format(
                partner=self.other
            )
        )
        self.refresh()

    def unshare(self, question: Question) -> None:
        self.session.therapist_questions.unshare(question)
        # Shared questions carry no read marks, so whether it was seen cannot be known.
        self._say(
            translate(
                "ui.therapy.questions", "It is private again. {partner} may already have seen it."
            ).format(partner=self.other)
        )
        self.refresh()

    def talked_about(self, question: Question) -> None:
        self.session.therapist_questions.mark_talked_about(question)
        self._say(translate("ui.therapy.questions", "Marked as talked about."))
        self.refresh()

    def delete(self, question: Question) -> None:
        if not dialogs.ask(
            self,
            translate("ui.therapy.questions", "Delete this question?"),
            question.text,
            yes=translate("ui.therapy.questions", "Delete"),
        ):
            return
        self.session.therapist_questions.delete(question)
        self._say("")
        self.refresh()
