"""The weekly check-in: a few private questions about one's own week, and a line over time.

The answers are shown back to their writer as words and as a line with no numbers on it:
never a score, never a verdict, never seen by the partner.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QLineSeries, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QLineEdit, QWidget

from toward.core import clock
from toward.core.checkins import (
    ANSWER_WORDS,
    MAX_NOTE,
    QUESTION_KEYS,
    QUESTIONS,
    RESEARCH_CONTEXT,
    SHORT,
    Checkin,
)
from toward.core.formatting import upper_first
from toward.core.i18n import translate
from toward.session import Session
from toward.ui.kit.charts import ChartWithTable, attach_axes, base_chart, week_label
from toward.ui.kit.errors import describe
from toward.ui.kit.widgets import Card, Segmented, button, text_label

# Distinct in lightness as well as hue, so the lines read apart without colour vision too.
LINE_COLOURS = {"close": "#2f7d6d", "safe": "#c98a2e", "hopeful": "#5a6fb0"}
WEEKS = 12


def checkin_chart(checkins: Sequence[Checkin], title: str) -> ChartWithTable:
    """One line per question over the weeks; the scale's words are in the table, no numbers."""
    chart = base_chart()
    labels = [week_label(c.week_of) for c in checkins]
    lines = []
    for key in QUESTION_KEYS:
        line = QLineSeries()
        line.setName(translate("core.checkins", SHORT[key]))
        pen = QPen(QColor(LINE_COLOURS[key]))
        pen.setWidth(3)
        line.setPen(pen)
        for index, checkin in enumerate(checkins):
            step = checkin.answers[key]
            if step is not None:
                line.append(index, step)
        chart.addSeries(line)
        lines.append(line)
    attach_axes(chart, lines[0], labels, 1, 5)
    for line in lines[1:]:
        for axis in chart.axes():
            line.attachAxis(axis)
    for axis in chart.axes():
        if isinstance(axis, QValueAxis):
            axis.setLabelsVisible(False)  # higher is more; no number to read as a grade
    rows = [(week_label(c.week_of), *(c.words(key) for key in QUESTION_KEYS)) for c in checkins]
    return ChartWithTable(
        chart,
        (
            translate("ui.therapy.checkin", "Week of"),
            *(translate("core.checkins", s) for s in SHORT.values()),
        ),
        rows,
        title=title,
    )


class CheckinCard(Card):
    """This week's questions, the writer's answers kept so far, and their line over time."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.body.addWidget(
            text_label(translate("ui.therapy.checkin", "Your weekly check-in"), "Heading")
        )
        self.body.addWidget(
            text_label(
                translate(
                    "ui.therapy.checkin",
                    "A few questions about your own week, not about your partner. Only you see "
                    "your answers; they go into a summary only if you tick them there.",
                ),
                "Muted",
            )
        )
        self.choices: dict[str, Segmented] = {}
        for key in QUESTION_KEYS:
            question = translate("core.checkins", QUESTIONS[key])
            self.body.addWidget(text_label(question))
            choice = Segmented([upper_first(translate("core.checkins", w)) for w in ANSWER_WORDS])
            choice.setAccessibleName(question)
            self.choices[key] = choice
            self.body.addWidget(choice)
        self.note = QLineEdit()
        self.note.setPlaceholderText(
            translate("ui.therapy.checkin", "A note for yourself (optional)")
        )
        self.note.setAccessibleName(translate("ui.therapy.checkin", "A note for yourself"))
        self.note.setMaxLength(MAX_NOTE)
        self.body.addWidget(self.note)
        self.save_button = button(
            translate("ui.therapy.checkin", "Keep this week's answers"), primary=True
        )
        self.save_button.clicked.connect(self.save)
        self.body.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.status = text_label("", "Muted")
        self.body.addWidget(self.status)
        self.chart_holder = Card(spacing=6)
        self.body.addWidget(self.chart_holder)
        context = text_label(translate("core.checkins", RESEARCH_CONTEXT), "Muted")
        context.setAccessibleName(translate("ui.therapy.checkin", "Research context"))
        self.body.addWidget(context)
        self.chart: ChartWithTable | None = None
        self.refresh()

    def _clear_choices(self) -> None:
        for choice in self.choices.values():
            checked = choice.group.checkedButton()
            if checked is not None:
                choice.group.setExclusive(False)  # an exclusive group cannot be emptied
                checked.setChecked(False)
                choice.group.setExclusive(True)

    def refresh(self) -> None:
        current = self.session.checkins.for_week(clock.now().astimezone().date())
        self._clear_choices()
        if current is not None:
            for key, step in current.answers.items():
                if step is not None:
                    self.choices[key].set_current(step - 1)
            self.note.setText(current.note)
            self.status.setText(
                translate(
                    "ui.therapy.checkin",
                    "You have answered for this week; you can change your answers.",
                )
            )
        else:
            self.note.clear()
            self.status.setText(translate("ui.therapy.checkin", "Not answered yet this week."))
        recent = self.session.checkins.recent(weeks=WEEKS)
        if self.chart is not None:
            self.chart.hide()
            self.chart.deleteLater()
            self.chart = None
        if len(recent) >= 2:
            self.chart = checkin_chart(
                recent, translate("ui.therapy.checkin", "Your check-ins over time")
            )
            self.chart_holder.body.addWidget(self.chart)
            self.chart_holder.show()
        else:
            self.chart_holder.hide()

    def save(self) -> None:
        answers = {
            key: choice.current() + 1 if choice.current() >= 0 else None
            for key, choice in self.choices.items()
        }
        try:
            self.session.checkins.answer(answers, note=self.note.text())
        except Exception as exc:  # a known error is a sentence; anything else a bug
            self.status.setText(describe(exc))
            return
        self.refresh()
        self.status.setText(
            translate(
                "ui.therapy.checkin", "Kept, privately. Thank you for checking in with yourself."
            )
        )
