"""The Talks page's light round: how well do we know each other, answers sealed until both
have written, then side by side. No score anywhere."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit

from toward.core.i18n import translate
from toward.core.talks.knowing import INTRODUCTION, Round
from toward.session import Session
from toward.ui.kit.errors import describe
from toward.ui.kit.widgets import Card, button, text_label


class KnowingCard(Card):
    """The latest round: answer it, wait for the other, or see both and start another."""

    def __init__(self, session: Session, together: Sequence[Session] = ()) -> None:
        super().__init__()
        self.session = session
        self.together = [s for s in together if s is not session]
        self.me = session.partner.id
        self.names = {p.id: p.name for p in session.household.partners}
        others = [p.name for p in session.household.partners if p.id != self.me]
        self.other = others[0] if others else None
        self.body.addWidget(
            text_label(translate("ui.talks.knowing", "How well do we know each other?"), "Heading")
        )
        self.body.addWidget(text_label(translate("core.talks.knowing", INTRODUCTION), "Muted"))
        self.error = text_label("", "Error")
        self.error.hide()
        knowing = session.knowing
        latest = next(iter(knowing.rounds(limit=1)), None)
        if self.other is None:
            self.body.addWidget(
                text_label(
                    translate("ui.talks.knowing", "Once your partner has joined, you can play."),
                    "Muted",
                )
            )
        elif latest is None or len(latest.answered_by) >= 2:
            if latest is not None:
                self._revealed(latest)
            self.new_button = button(
                translate("ui.talks.knowing", "A new question")
                if latest
                else translate("ui.talks.knowing", "Start a round")
            )
            self.new_button.clicked.connect(lambda: self._act(knowing.start))
            self.body.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        elif self.me in latest.answered_by:
            self._question(latest)
            self.body.addWidget(
                text_label(
                    translate(
                        "ui.talks.knowing",
                        "Your answer and guess are sealed until {partner} has written theirs.",
                    ).format(partner=self.other),
                    "Notice",
                )
            )
        else:
            self._question(latest)
            if latest.answered_by:
                waiting = translate(
                    "ui.talks.knowing", "{partner} has answered; both appear once you have too."
                ).format(partner=self.other)
                self.body.addWidget(text_label(waiting, "Muted"))
            self._answer_form(latest)
        self.body.addWidget(self.error)

    def _question(self, round_: Round) -> None:
        question = self.session.knowing.question(round_)
        self.body.addWidget(
            text_label(question.text if question else translate("ui.talks.knowing", "(a question)"))
        )

    def _answer_form(self, round_: Round) -> None:
        self.mine = QLineEdit()
        self.mine.setPlaceholderText(translate("ui.talks.knowing", "Your answer, about yourself"))
        self.mine.setAccessibleName(translate("ui.talks.knowing", "Your answer"))
        self.guess = QLineEdit()
        self.guess.setPlaceholderText(
            translate("ui.talks.knowing", "Your guess at {partner}'s answer").format(
                partner=self.other
            )
        )
        self.guess.setAccessibleName(translate("ui.talks.knowing", "Your guess"))
        self.body.addWidget(self.mine)
        self.body.addWidget(self.guess)
        row = QHBoxLayout()
        row.addStretch(1)
        self.seal_button = button(translate("ui.talks.knowing", "Seal my answers"), primary=True)
        self.seal_button.clicked.connect(
            lambda: self._act(
                lambda: self.session.knowing.answer(round_, self.mine.text(), self.guess.text())
            )
        )
        row.addWidget(self.seal_button)
        self.body.addLayout(row)

    def _revealed(self, round_: Round) -> None:
        self._question(round_)
        answers = self.session.knowing.revealed(round_)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        order = [self.me] + [p for p in self.names if p != self.me]
        for column, partner in enumerate(order):
            name = self.names[partner]
            guesser = next((self.names[p] for p in order if p != partner), "")
            grid.addWidget(
                text_label(
                    translate("ui.talks.knowing", "{partner} said").format(partner=name), "Muted"
                ),
                0,
                column,
            )
            theirs = answers.get(partner)
            other = next((a for p, a in answers.items() if p != partner), None)
            grid.addWidget(
                text_label(
                    theirs.mine
                    if theirs
                    else translate(
                        "ui.talks.knowing", "Appears when {partner} next opens Toward."
                    ).format(partner=name)
                ),
                1,
                column,
            )
            grid.addWidget(
                text_label(
                    translate("ui.talks.knowing", "{partner} guessed").format(partner=guesser),
                    "Muted",
                ),
                2,
                column,
            )
            grid.addWidget(
                text_label(
                    other.guess if other else translate("ui.talks.knowing", "Appears soon."),
                    "" if other else "Muted",
                ),
                3,
                column,
            )
            grid.setColumnStretch(column, 1)
        self.body.addLayout(grid)
        self.body.addWidget(
            text_label(
                translate("ui.talks.knowing", "Any surprises? Ask each other about them."), "Muted"
            )
        )

    def _act(self, action: Callable[[], object]) -> None:
        try:
            action()
            # Together mode: the other partner is at the window too, so theirs goes out now.
            for other in self.together:
                other.knowing.publish_ready()
        except Exception as exc:  # a known error is a sentence; anything else a bug
            self.error.setText(describe(exc))
            self.error.show()
        # Otherwise the change notice redraws the page, and this card with it.
