"""The card a repair conversation about a breach of trust offers: words for each partner, and
questions about facts and about meaning to ask each other."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from toward.core.i18n import translate
from toward.core.prompts import PromptLibrary
from toward.core.repairs import breach
from toward.ui.kit.widgets import Card, button, text_label


class BreachCard(Card):
    """Guidance for both partners; the questions open on demand, to keep the page calm."""

    def __init__(self, library: PromptLibrary) -> None:
        super().__init__(spacing=8)
        self.body.addWidget(
            text_label(translate("ui.repair.breach", "After a breach of trust"), "Heading")
        )
        self.body.addWidget(text_label(translate("core.repairs.breach", breach.INTRODUCTION)))
        guidance = QGridLayout()
        guidance.setHorizontalSpacing(24)
        for column, words in enumerate((breach.FOR_WHO_BROKE_TRUST, breach.FOR_WHO_WAS_HURT)):
            guidance.addWidget(
                text_label(translate("core.repairs.breach", words.heading), "Muted"), 0, column
            )
            guidance.addWidget(
                text_label(translate("core.repairs.breach", words.text)),
                1,
                column,
                Qt.AlignmentFlag.AlignTop,
            )
            guidance.setColumnStretch(column, 1)
        self.body.addLayout(guidance)

        by_kind = breach.questions(library)
        self.questions = QWidget()
        grid = QGridLayout(self.questions)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        for column, (kind, prompts) in enumerate(by_kind.items()):
            words = breach.KINDS[kind]
            box = QVBoxLayout()
            box.setSpacing(6)
            box.addWidget(text_label(translate("core.repairs.breach", words.heading), "Heading"))
            box.addWidget(text_label(translate("core.repairs.breach", words.text), "Muted"))
            for prompt in prompts:
                box.addWidget(text_label(f"\u2022 {prompt.text}"))
            box.addStretch(1)
            grid.addLayout(box, 0, column)
            grid.setColumnStretch(column, 1)
        self.questions.hide()
        count = sum(len(p) for p in by_kind.values())
        self.toggle = button(_show(count), flat=True)
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._show_questions)
        self._count = count
        self.body.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(self.questions)
        self.body.addWidget(
            text_label(
                translate(
                    "ui.repair.breach",
                    "The same questions are in the journal's prompts, to write about "
                    "privately before you ask or answer.",
                ),
                "Muted",
            )
        )

    def _show_questions(self, shown: bool) -> None:
        self.questions.setVisible(shown)
        self.toggle.setText(
            translate("ui.repair.breach", "Hide the questions") if shown else _show(self._count)
        )


def _show(count: int) -> str:
    return translate("ui.repair.breach", "Show the questions ({count})").format(count=count)
