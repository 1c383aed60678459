"""A break in a repair conversation: asking for one when flooded, and the card while it lasts.

Pausing is part of repairing: when a heart races, the conversation waits a set time and
picks up again, with something calming to do meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from toward.core import clock
from toward.core.formatting import format_time
from toward.core.i18n import translate
from toward.core.repairs import BREAK_ADVICE, DEFAULT_BREAK_MINUTES, Repair
from toward.ui.kit.flow import FlowLayout
from toward.ui.kit.widgets import Card, button, fit_combo, text_label

BREAK_CHOICES = (DEFAULT_BREAK_MINUTES, 30, 45, 60)


class BreakCard(Card):
    """'Taking a break': who paused, when it picks up again, the time left, and going on."""

    def __init__(self, repair: Repair, paused_by: str | None, resume: Callable[[], None]) -> None:
        """`paused_by` is the name of who paused, or None when it was the reader."""
        super().__init__()
        assert repair.resume_at is not None
        self.body.addWidget(text_label(translate("ui.repair.pause", "Taking a break"), "Heading"))
        at = format_time(repair.resume_at)
        if paused_by is None:
            paused = translate(
                "ui.repair.pause", "You needed a pause. The conversation picks up again at {time}."
            )
        else:
            paused = translate(
                "ui.repair.pause",
                "{partner} needed a pause. The conversation picks up again at {time}.",
            )
        self.body.addWidget(text_label(paused.format(partner=paused_by, time=at)))
        self.countdown = text_label(time_left(repair), "Heading")
        self.body.addWidget(self.countdown)
        suggestion = translate("ui.repair.pause", "For the break: {suggestion}")
        self.body.addWidget(text_label(suggestion.format(suggestion=repair.calming_suggestion)))
        self.body.addWidget(text_label(translate("core.repairs.steps", BREAK_ADVICE), "Muted"))
        self.resume_button = button(translate("ui.repair.pause", "We're both ready to go on"))
        self.resume_button.clicked.connect(resume)
        self.body.addWidget(self.resume_button, 0, Qt.AlignmentFlag.AlignRight)

    def tick(self, repair: Repair) -> None:
        """Redraw the time left."""
        self.countdown.setText(time_left(repair))


class FloodedCard(Card):
    """'I'm flooded': a break of a chosen length, offered all through the conversation."""

    def __init__(self, take_break: Callable[[int], None]) -> None:
        super().__init__(spacing=6)
        calm = translate(
            "ui.repair.pause",
            "Heart racing, thoughts spinning? Pausing is part of repairing, not a failure of it.",
        )
        self.body.addWidget(text_label(calm, "Muted"))
        row = FlowLayout()  # side by side, wrapped in a narrow window or a longer language
        self.break_length = QComboBox()
        self.break_length.setAccessibleName(translate("ui.repair.pause", "Length of the break"))
        for minutes in BREAK_CHOICES:
            length = translate("ui.repair.pause", "%n minutes", None, minutes)
            self.break_length.addItem(length, minutes)
        fit_combo(self.break_length)
        row.addWidget(self.break_length)
        self.flooded_button = button(translate("ui.repair.pause", "I'm flooded: take a break"))
        self.flooded_button.clicked.connect(lambda: take_break(self.break_length.currentData()))
        row.addWidget(self.flooded_button)
        self.body.addLayout(row)


def time_left(repair: Repair) -> str:
    """'About 12 minutes left' of the break, never less than one."""
    assert repair.resume_at is not None
    minutes = max(1, round((repair.resume_at - clock.now()).total_seconds() / 60))
    return translate("ui.repair.pause", "About %n minutes left", None, minutes)
