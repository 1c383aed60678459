"""Logging a bid in seconds: what happened, whose bid, how it was answered, Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QGridLayout, QLineEdit, QVBoxLayout, QWidget

from toward.core.bids import Answer, BidKind
from toward.core.formatting import upper_first
from toward.core.i18n import translate
from toward.core.journal import Mood
from toward.core.spaces import Space
from toward.session import Session
from toward.ui.kit import dialogs, theme
from toward.ui.kit.errors import describe
from toward.ui.kit.widgets import Segmented, button, fit_combo, text_label

ANSWERS = (Answer.TOWARD, Answer.AWAY, Answer.AGAINST, Answer.MISSED)


class QuickLogForm(QWidget):
    """A small form that is always ready: type, pick with the keyboard, press Enter."""

    logged = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        others = [p for p in session.household.partners if p.id != session.partner.id]
        self.other_name = others[0].name if others else translate("ui.bids.quick_log", "My partner")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(10)
        self.text = QLineEdit()
        self.text.setPlaceholderText(
            translate("ui.bids.quick_log", "What was the bid? e.g. “showed me the sunset”")
        )
        self.text.setAccessibleName(translate("ui.bids.quick_log", "What was the bid"))
        self.text.returnPressed.connect(self.submit)
        self.kind = QComboBox()
        self.kind.setAccessibleName(translate("ui.bids.quick_log", "Kind of bid"))
        for kind in BidKind:
            self.kind.addItem(upper_first(kind.label), kind)
        fit_combo(self.kind)
        self.who = Segmented(
            [
                translate("ui.bids.quick_log", "I made it"),
                translate("ui.bids.quick_log", "{name} made it").format(name=self.other_name),
            ]
        )
        self.who.setAccessibleName(translate("ui.bids.quick_log", "Whose bid"))
        self.answer = Segmented([upper_first(a.label) for a in ANSWERS])
        self.answer.setAccessibleName(translate("ui.bids.quick_log", "How it was answered"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(translate("ui.bids.quick_log", "Note (optional)"))
        self.note.setAccessibleName(translate("ui.bids.quick_log", "Note"))
        self.note.setToolTip(translate("ui.bids.quick_log", "A note for yourself"))
        self.note.returnPressed.connect(self.submit)
        self.mood = QComboBox()
        # Not the first choice's words: on Linux the choice is read out after the name
        self.mood.setAccessibleName(translate("ui.bids.quick_log", "How you felt afterwards"))
        self.mood.addItem(translate("ui.bids.quick_log", "Mood afterwards"), None)
        afterwards = translate("ui.bids.quick_log", "Afterwards: {mood}")
        for mood in Mood:
            self.mood.addItem(afterwards.format(mood=mood.label), mood.value)
        fit_combo(self.mood)
        self.space = Segmented(
            [translate("ui.bids.quick_log", "Private"), translate("ui.bids.quick_log", "Shared")]
        )
        self.space.setAccessibleName(translate("ui.bids.quick_log", "Where to keep it"))
        if not others:  # (never setVisible(True) before a parent: it would open a window)
            self.space.hide()
        self.error = text_label("", "Error")
        self.error.hide()
        self.confirmation = text_label("", "Muted")  # in the error's place, after logging
        self.confirmation.setAccessibleName(translate("ui.bids.quick_log", "Logged"))
        self.confirmation.hide()
        self.log_button = button(translate("ui.bids.quick_log", "Log bid"), primary=True)
        self.log_button.clicked.connect(self.submit)
        # The description has a line of its own: beside the kind it was cut on a laptop.
        grid.addWidget(self.text, 0, 0, 1, 3)
        grid.addWidget(self.kind, 1, 0)
        grid.addWidget(self.who, 1, 1, 1, 2)
        grid.addWidget(self.answer, 2, 0, 1, 3)
        grid.addWidget(self.note, 3, 0, 1, 2)
        grid.addWidget(self.mood, 3, 2)
        grid.addWidget(self.space, 4, 0, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.error, 4, 1)
        grid.addWidget(self.confirmation, 4, 1)
        grid.addWidget(self.log_button, 4, 2, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(1, 1)
        self.text.textChanged.connect(lambda: self.error.hide())
        self.text.textEdited.connect(lambda: self.confirmation.hide())

    def submit(self) -> None:
        try:
            bid = self.session.bids.log(
                Space.SHARED if self.space.current() == 1 else Space.PRIVATE,
                by_me=self.who.current() == 0,
                description=self.text.text(),
                kind=self.kind.currentData(),
                answer=ANSWERS[self.answer.current()],
                note=self.note.text(),
                mood_after=self.mood.currentData(),
            )
        except Exception as exc:  # a known error is a sentence; anything else a bug
            self.confirmation.hide()
            self.error.setText(describe(exc))
            self.error.show()
            return
        self.confirmation.setText(
            translate("ui.bids.quick_log", "Logged, shared with {name}.").format(
                name=self.other_name
            )
            if bid.space is Space.SHARED
            else translate("ui.bids.quick_log", "Logged, kept private.")
        )
        self.confirmation.show()
        self.text.clear()
        self.note.clear()
        self.mood.setCurrentIndex(0)
        self.logged.emit(bid)

    def focus_text(self) -> None:
        self.text.setFocus()


class QuickLogDialog(QDialog):
    """The quick log from anywhere in the app (Ctrl+B)."""

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(dialogs.TITLE)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(min(theme.scaled(640), 1100))  # within a 1280 px window
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(
            text_label(translate("ui.bids.quick_log", "Log a bid for connection"), "Heading")
        )
        self.form = QuickLogForm(session, self)
        self.form.log_button.setDefault(True)
        self.form.logged.connect(lambda _bid: self.accept())
        layout.addWidget(self.form)
        self.form.focus_text()
