"""Questions for our therapist: a private list to bring up, shared only by its writer."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

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
        self.body.addWidget(text_label("Questions for our therapist", "Heading"))
        sharing = (
            f" Share one with {self.other} when you want them to know it is coming."
            if (self.other)
            else ""
        )
        self.body.addWidget(
            text_label(
                "Things you want to bring up in a session. Only you see this list."
                + sharing
                + " When you make a summary, you tick which of them go in.",
                "Muted",
            )
        )
        add = QHBoxLayout()
        self.text = QLineEdit()
        self.text.setPlaceholderText("e.g. how do we talk about money without it becoming a fight?")
        self.text.setAccessibleName("A question to add")
        self.text.setMaxLength(MAX_TEXT)
        self.text.returnPressed.connect(self.add_question)
        self.add_button = button("Add question")
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
            self.rows.addWidget(text_label("Nothing on your list yet.", "Muted"))
        for question in mine:
            self._row(question)
        me = self.session.partner.id
        theirs = [q for q in self.session.therapist_questions.shared() if q.info.author_id != me]
        if theirs:
            self.rows.addWidget(text_label(f"Shared by {self.other}", "Heading"))
            for question in theirs:
                self.rows.addWidget(text_label(question.text))

    def _row(self, question: Question) -> None:
        self.rows.addWidget(text_label(question.text))
        holder = QWidget()  # a widget, so clearing the rows removes the whole line
        line = QHBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        shared = question.info.is_currently_shared
        where = f"Shared with {self.other}" if shared else "Only you"
        line.addWidget(text_label(where, "Muted"), 1)
        if self.other:
            toggle = button("Stop sharing" if shared else f"Share with {self.other}", flat=True)
            toggle.clicked.connect(
                lambda _=False, q=question, s=shared: self.unshare(q) if s else self.share(q)
            )
            line.addWidget(toggle)
        talked = button("Talked about", flat=True)
        talked.setToolTip("Take it off the list once it has been brought up")
        talked.clicked.connect(lambda _=False, q=question: self.talked_about(q))
        delete = button("Delete", flat=True)
        delete.clicked.connect(lambda _=False, q=question: self.delete(q))
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
        self._say(f"{self.other} can see this question now.")
        self.refresh()

    def unshare(self, question: Question) -> None:
        self.session.therapist_questions.unshare(question)
        # Shared questions carry no read marks, so whether it was seen cannot be known.
        self._say(f"It is private again. {self.other} may already have seen it.")
        self.refresh()

    def talked_about(self, question: Question) -> None:
        self.session.therapist_questions.mark_talked_about(question)
        self._say("Marked as talked about.")
        self.refresh()

    def delete(self, question: Question) -> None:
        if not dialogs.ask(self, "Delete this question?", question.text, yes="Delete"):
            return
        self.session.therapist_questions.delete(question)
        self._say("")
        self.refresh()
